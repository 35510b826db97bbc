"""Requests the assistant must not fulfil: a diagnosis, a dose, stopping a medicine,
checking an interaction (issue #14). Each gets a fixed boundary answer
(bot.triage.knowledge), never a B12 fact picked by the classifier.

May import: bot.nlp, bot.triage (nothing from Rasa).

Patterns over the normalised text, built around the verbs and nouns of each request
rather than whole phrases; measured on the held-out scope sets (README: Boundaries).
"""

from __future__ import annotations

import re

from bot.nlp import people, spelling
from bot.nlp.pipeline import normalise
from bot.triage import knowledge, lexicon

# A longer message is a story, not a request: its symptoms and times matter more.
MAX_CHARS = 500

DIAGNOSIS = knowledge.NO_DIAGNOSIS_KEY
DOSING = "dosing"
STOP_MEDICINE = "stop_medicine"
INTERACTIONS = "interactions"
# The requests about a medicine (the rest is the diagnosis)
MEDICINE_KEYS = frozenset({DOSING, STOP_MEDICINE, INTERACTIONS})
# The lexicon's risk factor of the linked medicines (metformin, acid reducers)
MEDICATIONS = "medications"

_SUBJECT = (r"(?:i|u|you|we|he|she|they|it|this|that|my \w+(?: \w+)?|his \w+|her \w+|"
            r"our \w+|the (?:baby|kid|child|patient))")
_B12_WORDS = (r"(?:b\s?12|b-12|cobalamin|deficien\w*|defici\w*|low b12|pernicious|"
              r"megaloblastic|an(?:a)?emi\w*|it|this|that|the b12 (?:kind|type|one)|"
              # "do I have lack of B12", "have I got a shortage of b12"
              r"(?:lack|shortage|deficit|want) of (?:vitamin )?b\s?-?12|"
              r"not enough (?:vitamin )?b\s?12)")
_OTHER_CAUSE = (r"(?:something else|thyroid|iron|folate|stress|anxiety|depression|age|"
                r"dementia|alzheimer\w*|ms|diabet\w*|neuropathy|burn-?out|pregnan\w*|"
                r"the job|just (?:stress|tired|tiredness|age|old|old age|ageing|aging|getting old|"
                r"a teenager|a teen|being \w+|lazy|hormones|nerves|a phase)|my \w+|her \w+|"
                r"his \w+)")

_DIAGNOSIS = re.compile("|".join((
    # "do i have it", "does my son have b12 deficiency", "have i got pernicious anaemia"
    # (not "where do i get b12": getting it from food)
    rf"(?<!where )(?<!how )\b(?:do|does|did|have|has)\s+{_SUBJECT}\s+(?:really |actually |"
    rf"already )?(?:(?:have|has|got)\s+(?:a |an |the )?(?:b12|vitamin b12|low b12|{_B12_WORDS})"
    rf"|get\s+(?:low b12|b12 deficien\w*|deficien\w*|an(?:a)?emi\w*|it|this|that))\b",
    # "how do i know for sure it's b12 and not stress"
    r"\bhow (?:do|can|would|will|could) (?:i|we|you|u) (?:know|tell|be sure)\b[^.?!]{0,40}"
    r"\b(?:it'?s|its|it is|if|whether|that)\b[^.?!]{0,20}\b(?:b12|deficien\w*)",
    # "am i deficient", "is she low in b12", "am i b12 deficient"
    # a result told, then "deficient or not?" ("b12 210, folate normal. deficient ba or not")
    r"\b(?:deficient|low|def)\b(?:\s+(?:ba|po|la|lah|ah|eh|then|really|yet|b12))?\s+or not\b",
    r"\b(?:am i|are you|is (?:she|he|my \w+)|are (?:we|they))\s+(?:really |probably |"
    r"already )?(?:b12[ -]?)?(?:deficient|low (?:in|on) b12|low b12|lacking)",

    # "this is b12 deficiency yes?", "it's low b12, right?"
    # ("she have b12 low yes?", "dat is b12 right?")
    r"\b(?:this is|this's|it'?s|it is|that'?s|thats|(?:that|dat|dis|this) (?:is|be)|i have|i got|"
    r"(?:she|he) (?:has|have|got)|i'?m)\b"
    r"[^.?!]{0,20}\b(?:b12|deficien\w*|anemi\w*|anaemi\w*)\b[^.?!]{0,15}\b(?:yes|right|"
    r"correct|innit|"
    r"isn'?t it|no|yeah|true)\s*\?|"
    r"\b(?:this is|it'?s|it is|that'?s|thats|i'?m|i am|i have|i got|she'?s|he'?s|she is|"
    r"he is)\b[^.?!]{0,20}\b(?:b12|deficien\w*|anemi\w*|"
    r"anaemi\w*)\b[^.?!]{0,15}\b(?:isn'?t it|innit|ain'?t it|eh|aye|right)\s*$",
    # a statement asked: "I have B12 deficiency already?", "so she has low b12 then?"
    r"\b(?:i|she|he|we|they|my \w+) (?:have|has|got|have got|has got)\s+(?:a |the )?(?:low\s+)?"
    r"(?:b-?12|vitamin b-?12)(?:\s+(?:deficiency|def|low))?(?:\s+(?:already|then|now|too|"
    r"as well))?\s*\?|"
    # a bare guess after what was told: "Lightheaded when I stand up for weeks. B12?"
    r"[.!;,]\s*(?:low\s+)?(?:b-?12|vitamin b-?12)(?:\s+(?:deficiency|def|low))?\s*\?+\s*$|"
    # the tag alone: "pale for months, b12 innit? just say"
    # (a guess of its own, not a fact's tag: "eggs have b12 innit")
    r"(?:^|[,.;!?]\s*)(?:low |prob |probably |must be |deffo |defo |definitely |surely )?"
    r"(?:b12|deficien\w*|anemi\w*|anaemi\w*)\s*,?\s*(?:innit|isn'?t it|ain'?t it|"
    r"(?:right|yes|yeah|correct)\s*\?)",
    # "does that confirm b12 def", "would you classify this as deficiency", "diagnosis?"
    r"\bconfirm\w*\b[^.?!]{0,30}\b(?:b12|deficien\w*|def\b|anemi\w*|anaemi\w*)",
    r"\b(?:classify|class|count|call|label)\w*\b[^.?!]{0,25}\bas\b[^.?!]{0,10}"
    r"\b(?:b12 deficien\w*|low b12|deficien\w*|anemi\w*|anaemi\w*)",
    r"\bdiagnos\w*\s*\?",
    # "diagnose me", "what's my diagnosis", "your verdict"
    r"\bdiagnos(?:e|is|ing)\b[^.?!]{0,20}\b(?:me|my|him|her|mine|symptoms?)\b",
    r"\b(?:my|his|her|a) diagnosis\b|\bverdict\b|"
    r"\bwhat(?:'?s| is) (?:wrong|the matter) with (?:me|him|her|my \w+)\b",
    # "just tell me yes or no", "confirm i have it", "tell me if it's b12"
    r"\byes or no\b|\b(?:ja|si|oo) or (?:nee|no|hindi)\b",
    # a carer asked to pass a verdict on: "her daughter asks if it could be B12. Can I tell
    # her yes?", "shall I tell the family it's b12"
    r"\b(?:can|could|should|shall|may) (?:i|we) (?:just )?(?:tell|say to|reassure|assure) "
    r"(?:her|him|them|the family|the daughter|the son|my \w+)\b[^.?!]{0,12}\b(?:yes|it is|"
    r"it'?s|its|that it|she has|he has)\b",
    r"\b(?:confirm|tell (?:me|us|her|him)|say|let (?:me|us) know|be straight)\b[^.?!]{0,40}"
    r"\b(?:i have|i'?m|i am|she has|he has|it'?s|it is|its|is it|if|whether|do i need|"
    r"does (?:she|he) need)\b[^.?!]{0,40}\b(?:b12|deficien\w*|anemi\w*|anaemi\w*)",
    # "tell me what i have", "what have i got", "can you tell from her symptoms if...",
    # "can u check if i have it"
    r"\b(?:tell (?:me|us) )?what (?:i|she|he|we)(?:'ve| have| has)? got\b(?! to\b)|"
    r"\btell (?:me|us) what (?:i|she|he|we) (?:have|has)\b|"
    r"\bwhat (?:do|have|does) (?:i|she|he|we|you think i) (?:have|got)\b(?=\s*(?:[.?!,]|then\b|$))",
    r"\b(?:can|could|would) (?:you|u) (?:just )?(?:tell|check|say|confirm)\b[^.?!]{0,40}"
    r"\b(?:if|whether)\b[^.?!]{0,40}\b(?:b12|deficien\w*|an(?:a)?emi\w*|i have|i'?ve got|"
    r"i am|i'?m|(?:she|he) (?:has|is))\b",
    r"\b(?:check|confirm)\w*\s+(?:if|whether)\s+(?:i|she|he|we|they|my \w+)\s+(?:have|has|"
    r"got|am|is)\b",
    # an opinion asked: "do you reckon shes got a b12 deficiency", "think I'm low in b12?"
    r"\b(?:you|u|ya|ye|yuh|y'all)\s+(?:reckon|think|suppose|guess|say|believe)\s+"
    r"(?:that\s+)?(?:i'?ve|i have|i'?m|im|"
    r"i am|i|she'?s|he'?s|shes|hes|she|he|they'?ve|we'?ve|(?:my|our|his|her) \w+(?:'s| has| is)?)"
    r"\s+(?:got\s+|has\s+|have\s+|is\s+|am\s+)?(?:a\s+|the\s+)?(?:low (?:in |on )?|"
    r"deficient in\s+)?(?:b-?12|deficien\w*|an(?:a)?emi\w*|pernicious)",
    # a guess at the cause, then a tag: "out of puff on every climb. That'll be B12, will it?"
    r"\b(?:that'?ll|that will|it'?ll|it will|that'?d|that would|it'?d|it would|must|got to|"
    r"gotta)\s+be\s+(?:the\s+|my\s+|a\s+)?(?:low\s+)?(?:b-?12|deficien\w*|an(?:a)?emi\w*)"
    r"\b[^.?!]{0,25}\?",
    # Pidgin: "Na B12 deficiency I get?" (is it B12 deficiency I have?)
    r"\bna\s+(?:low\s+)?(?:b-?12|deficien\w*|an(?:a)?emi\w*)[^.?!]{0,25}\b(?:i|e|im|she|he|"
    r"we|una|my \w+)\s+(?:get|dey get|don get|have|has|dey)\b[^.!]{0,15}\?",
    # Scots "am ah deficient?"
    r"\bam ah\s+(?:\w+\s+)?(?:deficient|low|short)\b",
    # "would you call that B12 deficiency?"
    r"\b(?:call|consider)\s+(?:that|this|it|them)\s+(?:a |an )?(?:b12|low b12|deficien\w*|"
    r"an(?:a)?emi\w*)",
    # "how likely is it that i have", "what's the chance"
    r"\b(?:how likely|chances?|probability|odds|scale of)\b[^.?!]{0,40}\b(?:i|she|he|my \w+)\b"
    r"[^.?!]{0,20}\b(?:have|has|am|is|got|deficient|b12)\b",
    # "could my pins and needles be b12", "is my tiredness from b12"
    # (not "is it b12 injections you need": which treatment)
    r"\b(?:could|can|might|would|is|are)\s+(?:it|this|that|these|my [\w']+(?: \w+){0,5}|"
    r"his [\w']+|her [\w']+)\s+(?:be |all be |really be )?(?:from|due to|caused by|because of|"
    r"down to|the|a sign of|signs of)?\s*(?:low |my |a |her |his |their |your |a lack of |"
    r"lack of |a shortage of |short of |not enough )?(?:b12|b-12)\b"
    r"(?!\s*(?:injections?|jabs?|shots?|tablets?|pills?|supplements?|spray|levels? (?:test|"
    r"check)|foods?|rich|test|risk|(?:kind|type|sort) of an(?:a)?emi|one\b|kind\b|type\b|"
    r"sort\b|advice|info\w*|article|page|guidance|content|facts?|answers?|site|leaflet|"
    r"fact ?sheet|deficiency info))",
    r"\bis (?:my|his|her) \w+(?: \w+)? (?:caused by|from|because of|due to) (?:low |a )?"
    r"(?:b12|deficien\w*)",
    # a report closed by asking whether it is B12: "b12 def or nah", "this one b12 confirm?",
    # "she is lacking b12?", "she have b12 low?"
    r"\b(?:b12 (?:def\w*|deficien\w*|low)|low b12|(?:is it|it'?s|its|this|that'?s|this one) "
    r"b12) or (?:nah|naw|na|not|no|nope)\b",
    r"\bb12\s+(?:def\w*\s+)?confirm\w*\b",
    # a guess put as a question: "reckon it's my b12?", "think that's the b12?", "is b12
    # problem?", "it's a b12 thing?"
    # (patois "yuh tink a B12?": "a" for "it's"; texted without its "?" at the end)
    r"\b(?:reckon|think|tink|guess|suppose|bet)\b[^.?!]{0,10}\b(?:it'?s|its|it is|that'?s|thats|"
    r"this is|it could be|it might be|it may be|it'?d be|could be|might be|a)\s+(?:my |the |his |"
    r"her |their |low |a |an )?(?:b12|b-12|deficien\w*|an(?:a)?emi\w*)\b"
    r"(?!\s*(?:injections?|jabs?|shots?|tablets?|pills?|supplements?|spray|foods?|rich|"
    r"test|advice|info\w*))[^.?!]{0,15}(?:\?|\s*$)",
    # patois: "mi tongue sore an mi tired fi weeks, a B12 dat?"
    # (and "a b12 dat fi sure?")
    r"\b(?:a|is|iz|it'?s)\s+(?:the |da |di )?b-?12\s+(?:dat|that|this|dis|it)"
    r"(?:\s+(?:fi|for) (?:sure|real|true))?\s*\?",
    # ...and "dat is B12?", "tell me straight, is b12?" (not "what is b12?")
    r"\b(?:dat|that|dis|this)\s+(?:is|iz|be)\s+(?:the |da |di )?b-?12\s*\?|"
    r"(?:^|[,.;:!]\s*)(?:is|iz)\s+(?:it\s+)?b-?12\s*\?",
    # the formal form: "would you consider this consistent with B12 deficiency in my case"
    r"\b(?:this|that|these|it|my \w+|i|she|he|her \w+|his \w+)\b[^.?!]{0,30}\b(?:consistent|"
    r"compatible|in keeping|suggestive|indicative)\s+(?:with|of)\s+(?:a |an )?(?:b12|vitamin b12|"
    r"low b12|deficien\w*|an(?:a)?emi\w*|pernicious)",
    # (not "what is b12 deficiency?", a definition)
    r"(?<!what )(?<!whats )(?<!what's )\b(?:is (?:it |this |that )?|it'?s |its |this is |that'?s )"
    r"(?:a |the |my |an )?(?:b12|b-12) (?:problem|issue|trouble|thing|sickness|lack)\s*\?",
    # (not "they": "what symptoms children have when they are low in B12?" asks in general)
    # ("should I see a doctor if I think I'm low in B12?" asks when to go, not what it is)
    r"(?<!\bif )(?<!\bthink )\b(?:i|she|he|we|my \w+|our \w+)(?: is| are| am|'s|'m)? "
    r"(?:lacking|short (?:of|on)|"
    r"low (?:in|on)|deficient in) (?:vitamin )?b12\s*\?",
    r"\b(?:i|she|he|they|we|my \w+|our \w+) (?:have|has|got|get) (?:b12 low|low b12)\s*\?",
    # "does that mean my b12 is low", "does this mean her b12's low"
    r"\b(?:does|do|would|could|can) (?:that|this|it|these|those|they) (?:mean|indicate|"
    r"suggest|show)\s+(?:that )?(?:my|his|her|their|our|the) (?:b12|vitamin b12)(?: level)?"
    r"(?:'s| is| are| must be)? (?:low|deficient|too low|lacking)",
    # reading a result: "mcv 108, does that mean low b12", "b12 level 180, is that low?"
    r"\b(?:does|do|would|could|can) (?:that|this|it|these|those|they) (?:mean|indicate|"
    r"suggest|show|point to|confirm)\s+(?:that )?(?:i'?m |i am |i have |i've got |i got |"
    r"(?:she|he) (?:has|is) |it'?s |it is |there'?s )?(?:a |an |very |really )?(?:low b12|"
    r"b12 deficien\w*|b12 an(?:a)?emi\w*|deficien\w*|anemi\w*|anaemi\w*|pernicious|"
    r"megaloblastic|macrocytic)",
    # a result put down to B12: "homocysteine came back at 18, is that because my b12 is low"
    r"\b(?:is|was|could) (?:that|this|it) (?:be )?(?:because|due to|from|caused by|down to)"
    r"\s+(?:of\s+)?(?:my|her|his|their|low|a)\s+(?:low\s+)?(?:b12|deficien\w*)",
    r"\b(?:level|levels|result|results|reading|count|mcv|mch|ferritin|folate|hb|"
    # (a unit's or a number's own full stop may sit between: "25 pmol/L. Is that deficient?")
    r"ha?emoglobin|serum|pg/ml|ng/l|pmol/l|bloods|came back|come back|tests? showed)\b"
    r"[^?!]{0,40}\b(?:is that|is this|is it|"
    r"are they|are those)\s+(?:too |very |really |a bit )?(?:a |an )?(?:low|normal|ok|okay|bad|"
    r"high|deficient|deficiency|borderline|good|fine|problem|concern)\b(?!\s+to\b)",
    # "does this sound like b12 deficiency to you?"
    r"\b(?:sound|sounds|look|looks|seem|seems) like (?:a |an |it'?s |its )?(?:low b12|"
    r"b12 deficien\w*|b12|deficien\w*|anemi\w*|anaemi\w*|pernicious)",
    # "does that mean i'm deficient", "so i have pernicious anaemia then?"
    r"\b(?:mean|means) (?:i'?m|i am|i have|i'?ve|i got|she'?s|he'?s|she has|he has|we have|"
    r"(?:she|he)'?ve)\b",
    r"\bso i (?:have|got|am)\b[^.?!]{0,30}\b(?:then|now)?\?",
    r"\b(?:is|are) (?:my|his|her) (?:result|level|b12|number|reading)s?\b[^.?!]{0,30}"
    r"\b(?:deficien\w*|low|normal|bad)\b",
    # (at the head of a clause: "how many steps a day do u reckon i do" asks a number)
    r"(?:^|[,.;:!?]\s*|\b(?:so|and|but|well|honestly|seriously|ok|okay)\s+)(?:do|would|did) "
    r"(?:you|u) (?:think|reckon|say)\b[^.?!]{0,40}\b(?:i|she|he|it|my)\b",
    # "is my anaemia the pernicious kind?", "b12 deficient or not?", "we have it right?",
    # "would you diagnose", "she wants to know if she has it", "your assessment"
    r"\bis (?:my|his|her|our) an(?:a)?emi\w* (?:the )?(?:pernicious|b12|megaloblastic)\b",
    r"\b(?:deficient|deficiency|low|b12) or not\b",
    r"\b(?:i|we|she|he|they) (?:have|has|got)(?: got)? it,? (?:right|yeah|yes|innit|no|then)\s*\?",
    r"\b(?:would|could|can|will) (?:you|u) (?:please )?diagnos\w*",
    r"\b(?:wants?|wanted|like) to know (?:if|whether) (?:she|he|i|they|we) (?:has|have|is|am|are|"
    r"got)\b",
    r"\byour (?:professional )?(?:assessment|opinion|view)\b",
    # "is that me b12?", "is b12 low in me?"
    r"\bis (?:that|this|it) (?:me|ma|mi) b12\b",
    r"\bis (?:my |me |the )?b12 low in (?:me|him|her|them|my \w+)\b",
    # "kindly confirm whether my fatigue and pallor indicate B12 deficiency"
    r"\b(?:confirm|tell me|say) (?:whether|if)\b[^.?!]{0,60}\b(?:indicates?|means?|suggests?|"
    r"points? to|is|are)\s+(?:a\s+)?(?:low b12|b12 deficien\w*|deficien\w*|an(?:a)?emi\w*|"
    r"pernicious)",
    # "MCV is high, that means b12 problem?"
    r"(?<!does )(?<!did )(?<!do )\b(?:that|this|which) means? (?:i have |i'?ve got |i'?m |a )?"
    r"(?:low b12|b12|deficien\w*|"
    r"an(?:a)?emi\w*|pernicious)[^.?!]{0,20}\?",
    # "that means b12 low right", "so thats b12 deficiency yeah", "is it defo b12"
    r"\b(?:this is|this's|it'?s|it is|that'?s|thats|that means?|this means?)\b[^.?!]{0,20}"
    r"\b(?:low b12|b12 (?:is )?(?:low|def\w*|deficien\w*)|deficien\w*|an(?:a)?emi\w*|pernicious)"
    r"[^.?!]{0,15}\b(?:yes|yeah|right|correct|innit|ya|yh|no)\s*$",
    r"\b(?:is it|it'?s|its|is this|is that) (?:defo|deffo|definitely|def|surely|for sure|"
    r"100%|really) (?:low )?b12\b",
)))

# Words of two things taken at once, for the interaction checks of the intent guard and
# the follow-ups (one source: each adds the words only its own reading allows)
TOGETHER_WORDS = r"together|same time|alongside|along with|mix\w*|combin\w*"
_MEDICINE = (r"(?:metformin|glucophage|glycomet|omeprazole|omeprazol|esomeprazole|nexium|"
             r"lansoprazole|pantoprazole|rabeprazole|pan 40|famotidine|ranitidine|ppi|ppis|"
             r"antacids?|acid (?:reducers?|blockers?|reflux \w+)|heartburn (?:pills?|tablets?|"
             r"medicine|meds|medication)|stomach (?:pills?|tablets?|meds|medicine)|"
             r"diabetes (?:pills?|tablets?|meds|medicine|medication)|medicines?|medications?|"
             # antacids by name (the lexicon's risk factor): "cut my gaviscon down"
             + "|".join(b.replace("*", r"\w*") for b in lexicon.ANTACID_BRANDS) + "|"
             r"meds|pills?|tablets?|tabs|drugs?|injections?|shots?|jabs?|b12)")
# ...as things taken: bare "b12" is as often a level ("signs of low b12")
MEDICINE_WORDS = _MEDICINE.removesuffix("|b12)") + ")"

# B12 as a level, not a medicine: "can that drop my b12 level", "cut my b12 absorption"
_NOT_A_MEDICINE = (r"(?!\s*(?:levels?|status|absorption|deficien\w*|counts?|stores?|blood|results?|"
                   r"anaemia|anemia|shortage))")
# Asking leave, in any register: "should I", "ought I to", "must she", "do I need to"
# (not a how-to: "how do I stop them" asks how to end cold sores, not leave to stop a medicine)
_MAY_ONE = (r"(?<!how )(?:should|can|could|do|may|shall|must|ought|need) "
            r"(?:i|we|she|he|they|my \w+)(?: (?:to|need to|have to|really))?")
_STOP = re.compile("|".join((
    rf"\b(?:stop|stopping|stopped|quit|quitting|cease|ceasing|ceased|discontinue\w*|come off|"
    rf"coming off|came off|"
    rf"ditch|ditching|pack in|packing in|"
    rf"get off|give (?:it |them )?up|skip|skipping|cut (?:out|down|back)|take (?:it |them )?out)"
    # (the body that stops taking B12 in is a cause: "why would the body stop absorbing b12";
    # food given up is a diet: "people who skip meat")
    # ("stop you absorbing b12": a cause, whoever's body it is)
    rf"\b(?!\s+(?:(?:you|me|him|her|them|us|people|someone|the body|your body|my body|it)\s+"
    rf"(?:from\s+)?)?(?:absorb\w*|taking in|making|producing|using (?:b-?12|vitamin|the vitamin)|"
    rf"meat|meals?|breakfast|lunch|"
    rf"dinner|dairy|food|eating|animal|fish|eggs|milk))"
    # (someone stopped doing something else: "stop the kids fighting over the tablet")
    rf"(?!\s+(?:\w+\s+){{0,3}}?(?:fighting|arguing|squabbling|bickering|playing|hogging|grabbing|"
    rf"watching|scrolling|gaming|snatching|sharing|breaking|dropping)\b)"
    rf"[^.?!]{{0,40}}\b{_MEDICINE}\b"
    rf"{_NOT_A_MEDICINE}",
    # the medicine left to the turn before: "I take them every day. Can I just stop?"
    rf"\b{_MAY_ONE} (?:just |simply )?(?:stop|quit|discontinue|"
    r"come off|pack in)(?: (?:taking|using))?(?: (?:them|it|those|these))?(?: now)?\s*(?:[?.!]|$)",
    # "can i cut my gaviscon down to half"
    rf"\b(?:cut|cutting|reduce|reducing|halve|halving|lower|lowering)\s+(?:my |his |her |the )?"
    rf"{_MEDICINE}\s+(?:down|back|to half|in half|by half)\b",
    # "I take antacid tablet two times a day. Can I cut to one myself"
    rf"\b{_MEDICINE}\b[^?!]{{0,60}}\b(?:cut|reduce|drop|go|come) (?:it |them |down |back )?"
    rf"to (?:one|1|half|a half|every other day)\b",
    # a prescribed dose split or put off: "her jab is due, can we give half and the rest
    # next week", "could I delay my injection a fortnight"
    r"\b(?:delay|postpone|put off|push back|hold off on|hold)\s+(?:\w+\s+){0,2}?"
    r"(?:injections?|shots?|jabs?|doses?)\b",
    # "my doctor has me on omeprazole but I want to halve it": the medicine, then "it"
    rf"\b{_MEDICINE}\b[^?!]{{0,60}}\b(?:halve|cut|reduce|lower|drop|skip|pause)\s+(?:it|them|"
    rf"the dose|my dose)\b(?!\s+(?:getting|from|happening|coming|down to size))",
    # verbs with other senses ("going vegan for the cut", "drop my b12 level") govern the
    # medicine only close by: "cut my metformin", "drop the omeprazole"
    rf"\b(?:cut|reduce|swap|switch|change|halve|drop|pause)\s+(?:\w+\s+){{0,2}}?{_MEDICINE}\b"
    rf"{_NOT_A_MEDICINE}",
    # a medicine named in the turn before: "should i just stop it then", "so should i stop
    # taking mine" (not "how do i stop it getting worse")
    rf"\b{_MAY_ONE} (?:just |simply |then |"
    r"now |maybe )?(?:stop|quit|come off|give up|cut out|discontinue|cease|pause|halt)\s+"
    r"(?:taking\s+|using\s+|having\s+|giving\s+)?"
    r"(?:it|them|mine|hers|his|that|those|these|theirs)\b(?!\s+(?:getting|from|happening|"
    r"coming|spreading|progress\w*|worse|before))",
    # ...in British slang: "should I pack it in then", "can I just ditch them"
    rf"\b{_MAY_ONE} (?:just |simply |then |"
    r"now |maybe )?(?:pack (?:it|them|that|those) in|knock (?:it|them|that) on the head|"
    r"(?:ditch|bin|chuck|drop) (?:it|them|that|those)|leave (?:it|them|that|those) off)\b",
    # "can i just swap to something else", "could she switch to a different one"
    rf"\b{_MAY_ONE} (?:just |simply |then |"
    r"now |maybe )?(?:swap|switch|change)\s+(?:it |them |mine |over )?(?:to|for)\s+(?:something "
    r"else|another (?:one|kind|type|brand|tablet|pill|medicine)|a different (?:one|kind|type|"
    r"brand|tablet|pill|medicine))\b",
    # "so I should stop it?", "I can come off them then?"
    r"(?<!how )\b(?:i|we|she|he) (?:should|can|could|must) (?:just |then |now )?(?:stop|quit|"
    r"come off)\s+"
    r"(?:taking\s+)?(?:it|them|mine|that|those)\b[^.!]{0,20}\?",
    # "can I just take half so it doesn't lower my b12" (a prescribed medicine changed)
    rf"\b{_MEDICINE}\b[^?!]{{0,60}}\b(?:take|have|use) (?:only |just )?(?:half|a half|less|"
    r"fewer|one less)\b",
    # "so i just stop taking it can?" (Singlish "can?" asks leave)
    r"\b(?:so|then|and) (?:i|we) (?:just |simply )?(?:stop|quit|come off)\s+(?:taking\s+)?"
    r"(?:it|them|mine)\b[^.?!]{0,15}\?",
    rf"\b{_MEDICINE}\b[^.?!]{{0,40}}\b(?:should|can|could|do) (?:i|she|he|we) "
    rf"(?:just |simply |maybe |now )?(?:stop|quit|skip|come off|cut|reduce|swap|change)",
)))

# Bare words that only a dose question uses ("strength", "units", "ml" also describe
# symptoms or drinks: "my strength is going", "units of alcohol"; they count in a phrase).
_DOSE_WORD = (r"(?:dose|doses|dosage|dosing|mg|mcg|µg|ug|micrograms?|milligrams?|iu|"
              r"(?:what|which) strength|strength of (?:the |my )?(?:b12|tablets?|pills?|"
              r"spray|shots?|injections?))")
_CHILD = (r"(?:child|children|kid|kids|kiddo|baby|babies|infant|newborn|toddler|son|"
          r"daughter|grandson|granddaughter|teen|teenager|\d+\s?(?:yo|y/o|yr|yrs|year|years|"
          r"month|months|mo)(?:[- ]old)?)")

# A word for a child, one list for the dosing boundary and for follow-ups ("and for my boy?")
CHILD_NOUN = (r"(?:child|children|kid|kids|kiddo|baby|babies|infant|newborn|toddler|son|"
              r"daughter|grandson|granddaughter|grandbaby|grandchild|grandkid|grandkids|teen|"
              r"teenager|boy|girl|niece|nephew)(?![-\s]in[-\s]law)")
# A child named, not a duration ("for 3 months" is how long)
# A child's age told as "5 yo", "8 yr old", "9 months old"
_AN_AGE = r"\d+\s?(?:yo|y/o|yr old|years?[- ]olds?|months?[- ]olds?)"
_A_CHILD = rf"(?:{CHILD_NOUN}(?:'s)?\b|{_AN_AGE}\b)"

# B12's forms as a medicine
_FORMS = (r"(?:tablets?|pills?|tabs|capsules?|jabs?|injections?|shots?|sprays?|vials?|"
          r"ampoules?|gummies|liquid|drops)")

# Sharing one's own tablets with someone else: a dose that is not theirs
# (a child told first takes only these: "my son keeps breaking things" is no sharing)
_SHARING_AFTER_A_CHILD = r"(?:crush|put|mix|give|share|split|halve)"
_SHARING = (r"(?:crush\w*|put|mix\w*|give|giving|gave|share|sharing|split\w*|halve|halving|"
            r"break|breaking|snap|snapping|dissolve|dissolving|grind|grinding)")

_DOSING = re.compile("|".join((
    # a child named, then a share of one's own tablets ("my grandson is 10, half of my 1000
    # tablet is ok for him?") or the giving of it, patois "how much drops fi gi mi baby"
    rf"\b{_A_CHILD}[^?!]{{0,60}}\b(?:half|a half|part|a piece|a quarter) (?:of )?"
    rf"(?:my|mine|a|the|his|her) (?:\w+ )?{_FORMS}\b",
    rf"\bhow (?:much|many)\b[^.?!]{{0,30}}\b(?:give|giving|gi)\s+(?:my|mi|me|our|the|a|her|his)\s+"
    rf"(?:\w+\s+)?{_A_CHILD}",
    rf"\b{_DOSE_WORD}\b",
    # one's own amount raised or lowered: "may I increase my B12 tablets to three a day"
    rf"\b(?:increase|raise|up|double|triple|reduce|lower|cut down|cut back)\s+(?:on\s+)?(?:my|"
    rf"the|his|her|our|mi|me)\s+(?:b-?12\s+|vitamin b-?12\s+)?{_FORMS}\b",
    # a child's amount asked in two words ("how much b12 toddler?") and an adult's tablet
    # offered to a child ("adult b12 tablet for toddler ok?")
    rf"\bhow (?:much|many)\b[^.?!]{{0,20}}\b{_A_CHILD}\s*(?:[.?!]|$)",
    rf"\b(?:adult|adults'?|grown[- ]?ups?'?|my|mine|mum'?s|mom'?s|dad'?s)\s+(?:\w+\s+)?{_FORMS}\s+"
    rf"(?:for|to|on)\s+(?:a |an |my |the |our |his |her )?(?:\w+ )?{_A_CHILD}",
    r"\b\d[\d,.]*\s?(?:mcg|mg|µg|ug|iu|ml)\b",
    # "how much b12 should i take", "how many tablets a day", "how much to inject"
    # (not a likelihood: "how much more likely are vegans to get it")
    # (nor a drink's amount: "how many units a week is safe to drink")
    r"\bhow (?:much|many)\b(?! (?:more|less) likely)(?! (?:units?|pints?|glasses|cups?|litres?|"
    r"liters?|bottles?|cans?|drinks?|beers?|wine|water|coffee|tea|alcohol|booze)\b)"
    r"[^.?!]{0,40}\b(?:should|can|could|do|must|to|"
    r"may)\s+(?:i|you|we|"
    r"she|he|they|\w+)?\s*(?:take|give|use|inject|pin|pop|eat|drink|draw|have|get|be (?:taking|"
    r"on|using|giving))\b",
    # ...with the one who takes it told between: "how much B12 must the old lady I look
    # after take"
    r"\bhow (?:much|many) (?:b-?12|vitamin b-?12)\b[^.?!]{0,10}\b(?:should|must|can|could|"
    r"do|does)\s+(?:the|my|our|his|her|this|that|a|an)\s+(?:[\w']+\s+){1,6}?(?:take|have|"
    r"get|be given)\s*(?:[.?!]|$)",
    # "how many should I do myself each week" (injections)
    r"\bhow (?:much|many)\b[^.?!]{0,30}\b(?:should|can|do|must) (?:i|we|you|she|he) do\s+"
    r"(?:myself|at home|(?:each|every|a|per) (?:day|week|fortnight|month))\b|"
    rf"\bhow (?:much|many)\b[^.?!]{{0,15}}\bfor (?:my|our|his|her|a|the) (?:\w+ )?{_A_CHILD}|"
    # "how much should my son have, he's 9": a child's amount is the pediatrician's
    # (B12 or its forms only, or nothing between: "how many hours of sleep does a 15 year
    # old need" is no dose)
    # (a unit may come first: "how many mcg of b12 should my 5 year old have")
    rf"\bhow (?:much|many)(?:\s+(?:mcg|micrograms?|mg|milligrams?|units?|iu|ml|drops?)(?:\s+of)?)?"
    rf"(?:\s+(?:b-?12|vitamin b-?12|of (?:it|them|these|those|the \w+)|"
    rf"{_FORMS}))?\s+(?:should|can|could|does|do|must|would)\s+(?:my|our|"
    # ("my 8 yr old sister": the age then who)
    rf"his|her|a|an|the)\s+(?:\w+\s+)?{_A_CHILD}\s+(?:(?!take|have|get|be|need)\w+\s+)?"
    rf"(?:take|have|get|be given|be taking|be on|need)\b|"
    r"\bhow (?:much|many)\s+(?:a|per|each) day\b|"
    # the helper left out, as second-language English says it: "how much I give her?"
    r"\bhow (?:much|many)\s+(?:of (?:it|them)\s+)?(?:i|we)\s+(?:give|giving|take|taking)\b|"
    r"\bhow (?:much|many)\b[^.?!]{0,30}\b(?:b12|tablets?|pills?|drops?|gummies|sprays?|"
    r"shots?|injections?|jabs?|tabs)\b[^.?!]{0,30}\b(?:take|give|use|inject|for (?:a|my|her|"
    # (an adult's need is the daily amount: "how much b12 for a pregnant woman")
    r"his)(?! (?:pregnant|breast-?feeding|nursing|grown|adult|woman|man|lady|person)\b)|"
    r"a day|per day|daily|each day|(?:a|per|each|every) (?:week|fortnight|month))\b",
    # ...the times first: "b12 morning or night, which is best to take it"
    r"\b(?:b-?12|tablets?|pills?|spray|gummies|supplements?)\b[^.?!]{0,10}\b(?:morning|night|"
    r"evening|bedtime)\s+or\s+(?:at\s+)?(?:morning|night|evening|bedtime)\b",
    # two forms on one day: "safe to use b12 spray and tablets same day?"
    rf"\b{_FORMS}\s+(?:and|&|with|plus)\s+(?:the\s+)?{_FORMS}\b[^.?!]{{0,20}}\b(?:same "
    r"(?:day|time)|together|at once)\b",
    # an amount a day asked of oneself: "b12 gummies, 2 a day ok for me?"
    # ("is 2 b12 tablets a day too much")
    r"\b(?:one|two|three|four|1|2|3|4)\s+(?:\w+\s+){0,2}?a\s+day\b[^.?!]{0,15}\b(?:ok|okay|"
    r"alright|fine|"
    r"safe|too much)\b",
    # when to take it: "should i take my b12 before breakfast or at night"
    r"\b(?:when|what time|should (?:i|we|she|he)|do (?:i|we)|best time)\b[^.?!]{0,30}\btak(?:e|ing)"
    r"\b[^.?!]{0,25}\b(?:before|after|with|without|at|in the)\s+(?:breakfast|food|night|"
    r"bed|bedtime|morning|meals?|an empty stomach|empty stomach|lunch|dinner|tea|coffee)\b",
    r"\bhow (?:often|frequently)\b[^.?!]{0,40}\b(?:injections?|shots?|jabs?|tablets?|"
    r"take|get|have)\b",
    # "can i ask for it more often", "how long before a session should i take it"
    # (not how often a group runs low: "vegans get low on B12 more often")
    r"\b(?:it|them|(?<!low )(?<!low on )(?<!low in )(?<!short of )b12|injections?|jabs?|shots?|"
    r"tablets?|pills?|doses?|"
    r"spray)\s+(?:more|less) "
    r"(?:often|frequently)\b|"
    r"\bhow long (?:before|after)\b[^.?!]{0,30}\b(?:should|do|can) (?:i|we|you) "
    r"(?:take|have|use)\b",
    # too much of the vitamin, not "drinks too much beer"
    r"\b(?:(?:take|taking|took|have|having|get|getting|give|giving) too much|too much (?:b12|"
    # (not an overdose taken or tried: "tried to overdose as a teenager" is self-harm)
    r"b-12|vitamin|of the b12|supplement)|too high|(?<!tried to )(?<!try to )(?<!trying to )"
    r"(?<!attempted to )(?<!took an )(?<!taken an )(?<!an )overdose|"
    # "is taking b12 every day overkill", not "is asking my gp overkill"
    r"(?:tak\w+|b12|tablets?|pills?|shots?|injections?|jabs?|supplements?)\b"
    r"(?:(?!\bor\b)[^.?!]){0,25}\boverkill|"
    # "the most B12 a pensioner can safely take", "how much b12 is too much"
    r"\bthe most (?:b-?12|vitamin b-?12|of (?:it|this|that|them))\b[^.?!]{0,40}"
    r"\b(?:take|have|give|use)\b|"
    r"\bhow much (?:b-?12|vitamin b-?12|of (?:it|them|the b12))\b[^.?!]{0,25}\bis too much\b|"
    r"double (?:up|the|his|her|my|dose|one|shot|injection|jab)|"
    # a count of a form: "my baby is 8 months how much b12 drops"
    r"\bhow (?:much|many)\s+(?:b-?12\s+|vitamin b-?12\s+)?(?:drops|tablets|pills|gummies|"
    r"sprays|mcg|micrograms|ml)\b|"
    # "can i take double that?"
    r"\b(?:take|have|give|use)\s+(?:\w+\s+)?(?:double|twice) (?:that|it|as much)\b(?!')|"
    r"a double\b"
    # (not "a double shift", "a double bed")
    r"(?! (?:shift|decker|bed|room|espresso|shot of|whisky|vodka|gin|act|glazing|vision|take|"
    r"check|header|date|cream|figures)\b)|"
    # (not a time it takes: "does it take 2 to 3 weeks to work")
    r"take (?:two|2|both|an extra|another one)\b(?!(?:\s*(?:to|or|-)\s*\w+)?\s+(?:weeks?|days?|"
    r"months?|hours?|years?|minutes?|mins?|wks?)\b)|"
    # "can I take double today" after a missed one
    r"(?:take|have|give) (?:a )?double(?: (?:today|tomorrow|now|the next day|next time))?"
    r"(?=\s*(?:\?|$))|"
    # "can i take double b12 to get better quicker" (Jamaican "tek double", read "took")
    rf"(?:take|took|have|give|use)\s+(?:a\s+)?double\s+(?:(?:the|my|her|his)\s+)?"
    rf"(?:b-?12|vitamin|dose|doses|amount|{_FORMS})\b|"
    # "can I take double to catch up"
    r"(?:take|have|give) (?:a )?double(?: (?:dose|doses|amount|tablets?))? (?:to|so (?:i|we|"
    r"she|he)) (?:catch up|make up|make it up)|"
    # more than one at a time: "can I take five b12 tablets a day to get better faster"
    r"(?:take|taking|have|having|pop|popping|use)\s+(?:three|four|five|six|seven|eight|ten|"
    r"[3-9]|1\d|several|multiple|a few|extra|more)\s+(?:of (?:the|my|these|those|them) )?"
    r"(?:\w+\s+)?(?:tablets?|pills?|tabs|"
    r"capsules|gummies|sprays?|doses?|shots?|injections?|jabs?|lozenges|drops)|"
    r"(?:take|have|pop|use)\s+(?:two|three|four|five|six|ten|[2-9])\s+(?:to (?:get|feel|make|"
    r"speed|catch|help|be)|so (?:i|it|that)|instead|at once|at a time|together)\b|"
    r"(?:two|2) of (?:the|my|his|her) (?:b12 )?(?:tablets?|pills?|tabs|capsules|gummies|shots?|"
    r"sprays?|doses?|vitamins?)|instead of (?:the )?(?:one|1))\b",
    r"\b(?:can|could|may|should)\s+(?:i|we)\s+give\b[^.?!]{0,40}\b(?:b12|tablets?|pills?|"
    r"drops?|gummies|spray|shots?|vitamins?)\b",
    r"\b(?:give|giving)\b[^.?!]{0,15}\b(?:my|her|his)\b[^.?!]{0,20}\b(?:b12|tablets?|pills?|"
    r"drops?|gummies|spray|shots?)\b[^.?!]{0,20}\bto\b",
    r"\b(?:safe|ok|okay|alright|fine)\b[^.?!]{0,25}\b(?:every day|daily|each day|long term)\b",
    r"\b(?:inject|pin|draw up)\b[^.?!]{0,30}\b(?:myself|at home|how much|how many)\b",
    # a course: "the usual loading regime for IM hydroxocobalamin"
    r"\b(?:loading|maintenance)\s+(?:doses?|schedule|regime|regimen|course|phase)\b|"
    r"\b(?:regime|regimen|dosing schedule)\b",
    # someone else's medicine: "share my b12 jabs with my wife", "use my leftover
    # injections", "give my 4yo one of my tablets", "take my moms b12 pills"
    rf"\b(?:share|sharing|borrow\w*)\b[^.?!]{{0,25}}\b{_FORMS}\b|"
    rf"\b(?:leftover|left over|spare|old)\s+(?:b12\s+)?{_FORMS}\b|"
    rf"\b(?:use|using|take|taking|have)\s+(?:my\s+)?(?:mum|mom|mam|ma|dad|da|wife|husband|"
    rf"partner|friend|sister|brother|son|daughter|nan|gran|nani|nana|dadi|nanny|granny|grandma|"
    rf"grandad|grandpa|abuela|abuelo|aunt|auntie|uncle)'?s\b[^.?!]{{0,15}}\b{_FORMS}\b|"
    r"\b(?:give|giving)\b[^.?!]{0,30}\b(?:one of|some of|a few of)\s+(?:my|her|his|the|mine|"
    r"hers|ours)\b",
    # a missed dose made up: "missed my b12 jab last month, can i have two this time"
    rf"\bmissed\s+(?:a|my|her|his|the|last|this)\s+(?:\w+\s+)?(?:b12\s+)?(?:doses?|{_FORMS})\b|"
    r"\b(?:two|2|both)\s+(?:this|next) (?:time|week|month)\b",
    # an amount put in something: "how much b12 should i stack with me pre workout"
    r"\bhow (?:much|many)\b[^.?!]{0,40}\b(?:should|can|could|do|must|to|may)\s+(?:i|you|we|"
    r"she|he|they)\s+(?:be\s+)?(?:add\w*|stack\w*|mix\w*|supplement\w*|start\w*|"
    r"put\w*(?! (?:aside|away|by|back|down|off)))\b",  # (not money put aside)
    # another form in place of the prescribed one: "sublingual instead of the injections"
    # ("can tablets work instead of shots" asks about treatment; "the jabs": _INSTEAD_OF_THE)
    rf"\binstead of (?:my |her |his )(?:b12 )?{_FORMS}\b",
    # how many at once: "i take one or two each day?"
    r"\b(?:one|1|two|2|three|3)\s+or\s+(?:two|2|three|3|four|4)\b[^.?!]{0,20}"
    r"(?:\?|\b(?:a day|each day|per day|daily|at a time|at once))",
    # how to take it: "b12 tablet with food or on an empty stomach?"
    r"\b(?:b12|tablets?|pills?|capsules?)\b[^.?!]{0,20}\b(?:with food|empty stomach|before food|"
    r"after food|with (?:a )?meals?)\b",
    r"\b(?:is|would) (?:that|this|it) (?:be )?too much\b",
    # a child taking it: "could my 8 year old take those tablets", "how much b12 should a
    # 12 year old hockey player take"
    rf"\b(?:can|could|may|should|ok for|okay for|safe for)\s+(?:my|our|his|her|a|an|the)?\s*"
    rf"(?:[\w-]+\s+)?{_CHILD}\b(?:\s+[\w-]+){{0,3}}?\s+(?:take|use|be given|be on|"
    rf"(?:have|get)\s+(?:my|those|these|the|some|a|one of)\s+(?:[\w-]+\s+){{0,2}}{_FORMS})\b",
    # a child and a tablet with a doing between: "can i crush one of my b12 tablets into my
    # 2 year olds food", "can i take nanis b12 tablets, im 8"
    # ("break my b12 tablet and give half to my grandson")
    rf"\b(?:{_SHARING}|take|taking)\b[^.?!]{{0,30}}\b{_FORMS}"
    rf"\b[^.?!]{{0,30}}\b(?:{_A_CHILD}|(?:i'?m|im|i am|aged) (?:[1-9]|1[0-5])\b)",
    # ...the tablets named first: "the adult b12 tablets, could i give one to my 8 year old"
    rf"\b{_FORMS}\b[^.?!]{{0,30}}\b{_SHARING}\b[^.?!]{{0,20}}\b{_A_CHILD}",
    # ...and the child told first: "my granddaughter is 2, can i crush my b12 pill into her food"
    rf"\b{_A_CHILD}[^.?!]{{0,40}}\b{_SHARING_AFTER_A_CHILD}\b[^.?!]{{0,30}}"
    rf"\b{_FORMS}\b",
    # the most one may take: "whats the max b12 i can take", "way more than that"
    r"\b(?:max|maximum|upper limit|highest (?:dose|amount)|safe (?:limit|upper))\b",
    r"\btak(?:e|ing) (?:way |much |a lot |loads |lots |heaps |far )?more than\b",
    # "cyanocobalamin or methylcobalamin, which one and how much"
    # ...or asked after a question on taking it: "I can take tablets also in between? how many?"
    r"(?:\band|,)\s*how (?:much|many)\s*\??\s*$",
    r"\b(?:take|taking|tablets?|pills?|jabs?|shots?|injections?|spray|doses?)\b[^?!]*[.?!]\s*"
    r"how (?:much|many)\s*\??\s*$",
)))

_INTERACTION = re.compile("|".join((
    r"\binteract\w*\b",
    r"\b(?:with|together|alongside|along with|same time|at once|plus|stack|on top(?: of)?|"
    r"as well(?: as)?|(?:at )?different times|apart|separately)\b",
)))
# Weaker joints that count beside taking: "can he take b12 tablets too", "take b12 while
# I'm on antibiotics" (not "does celiac cause low b12 too or only low iron")
_INTERACTION_TAKING = re.compile(r"\b(?:while|whilst|too|also|mix\w*|combin\w*)\b")
# B12 added to what is taken already: "I take warfarin, is it safe if I add b12 tablets",
# "on warfarin, ok if i add b12 spray?" (not "add b12 drops to porridge": no medicine)
_ADDED = re.compile(r"\b(?:add|adding|added)\b")
_TAKES = re.compile(r"\b(?:take|takes|taking|took|use|using|go in|goes in|have|having)\b")
_B12 = re.compile(r"\b(?:" + "|".join(lexicon.B12_TERMS) + r"|neurobion)")
_OTHER_MEDICINE = re.compile(
    # (and dialect "mi"/"me": "mi blood pressure tablets")
    r"\b(?:my|his|her|other|the|mi|me)\b[^.?!]{0,40}(?<!b12 )\b(?:pills?|tablets?|medicines?|"
    r"medications?|meds|drugs?|prescriptions?)\b|"
    # "i'm on nine different pills already"
    r"\b(?:on|taking|take)\b[^.?!]{0,20}\b(?:pills|tablets|medicines|medications|meds)\b|"
    # a combination drug by its two names: "a patient on artemether-lumefantrine"
    r"\bon (?:co-)?[a-z]{5,}-[a-z]{5,}\b|"
    r"\b[a-z]{4,}(?:pril|sartan|statin|olol|dipine|prazole|"
    r"thyroxine|formin|cillin|mycin|farin|xetine|pine|tidine|trexate|azepam)\b|"
    r"\b(?:iron|vitamin [a-z]\d?|folic acid|folate|magnesium|zinc|calcium|creatine|whey|"
    r"the pill|contracepti\w*|anticonceptie\w*|blood thinner|antibiotics?|"
    r"antidepressants?|herbal|prenatals?|levothyroxine|warfarin|insulin)\b")


# A medicine the article ties to B12 (metformin, acid reducers) doing something to it is a
# risk-factor question ("does my metformin mess with b12"), not B12 taken with it.
def phrase_pattern(phrases: list[str] | tuple[str, ...], extra: str = "",
                   flags: int = 0) -> re.Pattern[str]:
    """The lexicon's phrases as one regex ("word*" is any word that starts so), for a
    check that needs no spaCy pass; ``extra``: more alternatives, already regex."""
    words = "|".join(re.escape(p.rstrip("*")) + (r"\w*" if p.endswith("*") else "")
                     for p in phrases)
    return re.compile(rf"\b(?:{words}{extra})\b", flags)


_LINKED_MEDICINE = phrase_pattern(lexicon.RISK_FACTORS_BY_KEY[MEDICATIONS].phrases)
_TAKING_B12 = re.compile(r"\b(?:take|takes|taking|took|use|uses|using|have|having|start\w*|"
                         r"add\w*|give|gives|giving|get|gets|getting|on)\b[^.?!]{0,20}\b(?:b12|b-12)")


_GENERIC_MEDICINE = re.compile(r"\b(?:my|his|her|the)\s+(?:prescriptions?|meds|medications?|"
                               r"medicines?|pills|tablets)\b")


def _only_a_linked_medicine(text: str) -> bool:
    # what is left once the linked ones are gone ("my prescription" alone may be that one)
    others = _GENERIC_MEDICINE.sub(" ", _LINKED_MEDICINE.sub(" ", text))
    return (bool(_LINKED_MEDICINE.search(text)) and not _OTHER_MEDICINE.search(others)
            and not _TAKING_B12.search(text))


# "can i take them with my blood thinner?" after the B12 tablets were named
_B12_WITH_THEM = re.compile(r"\b(?:take|taking|have|having|use|using|mix|mixing)\s+(?:my |the |"
                            r"some |a )?(?:vitamin )?b-?12(?: \w+)?\s+(?:with|alongside|"
                            r"together with|along with|on top of|while on|whilst on)\s+(?:them|"
                            r"those|these|it)\b")
_TAKEN_WITH = re.compile(r"\b(?:take|taking|have|having|use|using|mix|mixing)\s+(?:it|them|these|"
                         r"those|this|that|both|the two|the (?:tablets?|pills?|jabs?|shots?|"
                         r"injections?|supplements?|vitamins?))\s+(?:with|alongside|"
                         r"together with|along with|and|while on|whilst on)\b|"
                         # while on another: "can i have them if im on warfarin"
                         r"\b(?:take|taking|have|having|use|using|get|getting)\s+(?:it|them|these|"
                         r"those|the (?:tablets?|pills?|jabs?|shots?|injections?|supplements?|"
                         r"vitamins?))\s+(?:if|when|while|whilst)\s+(?:i'?m|im|i am|i|she'?s|"
                         r"she is|she|he'?s|he is|he|you'?re|you are|ur)\s+"
                         r"(?:on|taking|take|takes|using)\b|"
                         # the passive: "can it be given alongside metformin?"
                         r"\b(?:it|they|them|these|those|b12|the (?:tablets?|pills?|jabs?|shots?|"
                         r"injections?|supplements?))\s+(?:\w+\s+)?(?:be|being)\s+(?:taken|given|"
                         r"used|had|mixed|combined)\s+(?:with|alongside|together with|along with|"
                         r"on top of|at the same time as)\b|"
                         # the object left out, as second-language English says it: "she can
                         # take together with her blood pressure medicine?"
                         r"\b(?:take|taking|have|having|use|using|mix|mixing)\s+(?:together "
                         r"with|alongside|along with)\b|"
                         # "ok with my blood pressure pills?"
                         r"^\W*(?:is (?:it|that|this) |it'?s |its )?(?:ok|okay|safe|fine|alright|"
                         r"all right) (?:to (?:take|have|mix) (?:it |them |these |those )?)?"
                         r"(?:with|alongside|together with|on top of) (?:my|his|her|their|the|me) |"
                         # "is that ok with my warfarin?" after the B12 tablet was named
                         r"\b(?:is|are) (?:that|it|this|they|these|those) (?:\w+ )?(?:ok|okay|"
                         r"safe|fine|alright|all right) (?:to take )?(?:with|alongside|"
                         r"on top of|together with)\b|"
                         # "with my warfarin?" after "can I take b12 tablets"
                         r"^\W*(?:(?:ok|okay|so|right|alright)\W+)?(?:and |but |what about |even )?"
                         r"(?:with|alongside|on top of|"
                         r"together with) (?:my|his|her|their|the|me) ")


# "might those tablets interfere with my warfarin?": the thing talked of before, said to act
# on another medicine
_ACTS_ON = re.compile(r"\b(?:it|they|them|these|those|this|that|(?:the|those|these) (?:tablets?|"
                      r"pills?|jabs?|shots?|injections?|supplements?|vitamins?))\s+(?:\w+\s+)?"
                      r"(?:interfere|interact|clash|react|conflict)\w*\s+with\s+(?:my|his|"
                      r"her|their|the|me)\b")


def taken_alongside_a_medicine(text: str) -> bool:
    """"Can it be given alongside metformin?": the thing talked of before taken with a
    medicine named here (the conversation says whether that thing was B12)."""
    low = normalise(text).lower()
    return bool(_TAKEN_WITH.search(low)) and names_a_medicine(low)


def takes_it_with(text: str) -> bool:
    """Another medicine taken with "it" or "them", the thing talked of before ("can I take
    them with my blood pressure pills?"), or said to act on it: an interaction when that
    thing was B12."""
    low = normalise(text).lower()
    return (bool(_TAKEN_WITH.search(low)) and read(text) == INTERACTIONS) or bool(
        _ACTS_ON.search(low))


# Two things taken together, both named before ("i got her b12 tablets" / "she's on
# warfarin" / "ok for her to take them together?")
_TOGETHER = re.compile(
    r"\b(?:take|taking|took|have|having|use|using|mix|mixing|combine|combining|on|be on)\s+"
    r"(?:them|these|those|both|the two|the 2|it|em|'em)(?: both)?\s+(?:together|at the same time|"
    r"at once|alongside each other|with each other)\b|"
    r"\b(?:ok|okay|safe|fine|alright|all right)\s+(?:to\s+)?(?:be\s+)?(?:take|taken|have|had|mix|"
    r"mixed|use|used)\s+together\b|"
    # "I'm also on blood thinners, is that ok together", "would they be safe together"
    r"\b(?:is|are|would|will|is it|are they)\s+(?:it|that|this|they|those|these|them|the two|"
    r"both)\s+(?:be\s+)?(?:ok|okay|safe|fine|alright|all right|a problem|bad)\s+(?:to (?:take|"
    r"have|use|mix) )?together\b|"
    # "I take also blood pressure tablets. Together is ok?"
    r"\btogether\s+(?:is|are|be|it'?s|its)?\s*(?:(?:it|that|this|they)\s+)?(?:ok|okay|safe|fine|alright|"
    r"all right|good|a problem|bad)\b")


def asks_together(text: str) -> bool:
    """Whether two things named before may be taken together: an interaction when one of
    them was B12 and the other a medicine (the conversation says)."""
    return bool(_TOGETHER.search(normalise(text).lower()))


# A prescribed dose split, anywhere a medicine is named ("her jab is due, can we give half
# now and the rest next week"; not "half my dinner now and the rest later")
_SPLIT_DOSE = re.compile(r"\b(?:give|take|have|do|split)\s+(?:only |just )?(?:half|a half|part|"
                         r"halves)\b[^?!]{0,40}\b(?:rest|other half|later|next|remainder)\b")
_A_MEDICINE = re.compile(rf"\b{_MEDICINE}\b")


# "take the tablets with ...": the tablets taken are the ones talked of, not another medicine
_THE_ONES_TAKEN = re.compile(r"\b(take|taking|have|having|use|using|mix|mixing)\s+the (?:tablets?|"
                             r"pills?|jabs?|shots?|injections?|supplements?|vitamins?)\b")


def _interaction(text: str) -> bool:
    # "have anything to do with B12" asks of a link, not of taking two together
    text = _TO_DO_WITH.sub(" about ", text)
    joined = bool(_INTERACTION.search(text)) or bool(
        _INTERACTION_TAKING.search(text) and _TAKES.search(text)) or bool(_ADDED.search(text))
    others = _THE_ONES_TAKEN.sub(r"\1 them", text)
    other = bool(_OTHER_MEDICINE.search(others) or _DRUG_NAME.search(others)
                 or _MEDICINE_CLASS.search(others))
    if (_TAKEN_WITH.search(text) and (other or _SUBSTANCE.search(text))
            and not _LINKED_MEDICINE.search(text)):
        return True
    return (joined and bool(_B12.search(text))
            and bool(other or _LINKED_MEDICINE.search(text))
            and not _only_a_linked_medicine(text)
            and bool(re.search(r"\b(?:can|could|may|should|is|are|ok|okay|safe|fine|does|"
                               r"do)\b|\?", text)))


# A prescribed treatment (injections, or what a prescriber gave) changed on one's own: "can
# i do the shots every week instead", "may I self-administer an additional one", "can I
# switch myself from the jabs to tablets"
# Someone else's B12 medicine taken: "me mam gets b12 jabs, can i have one of hers"
_SOMEONE_ELSES = re.compile(
    r"\b(?:can|could|may|should|shall) (?:i|we|she|he)\b[^.?!]{0,30}\b(?:have|take|use|borrow|"
    r"try|share|nick|pinch)\s+(?:one of |some of |a few of |a couple of )?(?:(?:hers|his|theirs)"
    # (the pronoun that owns, ending the clause: not "should he have his b12 checked")
    r"(?=\s*(?:[.?!,;]|$|then\b|too\b|instead\b))|(?:my |me |ma )?(?:mum|mam|mom|dad|nan|gran|"
    r"wife|husband|partner|friend|sister|brother|mate|neighbou?r)'?s\b)")
_TO_DO_WITH = re.compile(r"\b(?:(?:got|have|has|had)\s+)?(?:anything|something|owt|much)\s+to do "
                         r"with\b")
_OWN_CHANGE = re.compile(
    r"\b(?:(?:can|could|may|should|shall) (?:i|we|she|he|they)|is it (?:ok|okay|alright|"
    r"all right|fine|safe) (?:if|for) (?:i|me|we|us|she|her|he|him|they|them)|"
    # "would it be acceptable to have them monthly instead"
    r"(?:would|is|will) it (?:be )?(?:ok|okay|alright|all right|fine|safe|acceptable|"
    r"possible) to)\b[^.?!]{0,50}"
    r"\b(?:every (?:\w+ )?(?:week|day|fortnight|month)|monthly|weekly|fortnightly|"
    r"(?:tablets?|pills?) on top|more often|less often|(?:an )?(?:extra|"
    r"additional) (?:one|shot|jab|injection|dose)|instead|switch\w*|swap\w*|replac\w*|"
    r"change (?:from|to|over))\b")
# One form of B12 for another: "can i just swap to tablets myself", "switch from the jabs
# to the spray"
_SWAPS_FORM = re.compile(
    rf"\b(?:swap|switch|change|move|go)\w*\s+(?:(?:it|them|over|myself|him|her)\s+)*"
    rf"(?:from\s+(?:the\s+|my\s+|her\s+|his\s+)?(?:b12\s+)?{_FORMS}\s+)?(?:to|onto|for)\s+"
    rf"(?:the\s+|some\s+)?(?:b12\s+)?{_FORMS}\b|"
    # "can i just take loads of tablets instead and skip them" (the shots named before)
    rf"\btake\s+(?:loads of |lots of |a lot of |more |extra |some )?(?:b12\s+)?{_FORMS}\s+"
    r"instead\b(?=[^.?!]*\b(?:skip|instead of|rather than)\b|(?<=instead)(?=[^.?!]*$))")


def swaps_form(text: str) -> str | None:
    """The words that ask to change one form of B12 for another, if any."""
    found = _SWAPS_FORM.search(normalise(text).lower())
    return found.group(0) if found else None


# (the treatment itself: "can I see my GP instead?" changes no treatment)
_B12_TREATMENT = re.compile(r"\b(?:shots?|jabs?|injections?|hydroxocobalamin|prescri\w+)\b")
# B12 taken with something named ("mixing b12 with my adderall ok?", "stack b12 with her
# pre-workout"): an interaction, whatever the other thing is (not a meal or a drink)
_B12_WITH = re.compile(
    r"\b(?:mix\w*|stack\w*|combin\w*)\s+(?:\w+\s+)?b12\b[^.?!]{0,10}\b(?:with|alongside|and)\s+"
    r"(?:my |her |his |their |the |some |a )?(?!food|meals?|water|breakfast|lunch|dinner|milk|"
    r"juice|folate|folic)\w+|"
    # "can i take b12 with my adderall": someone's own other medicine, by any name
    r"\b(?:take|taking|have|having|use|using)\s+(?:\w+\s+)?b12\b[^.?!]{0,10}\b(?:with|"
    r"alongside)\s+(?:my|her|his|their)\s+(?!food|meals?|water|breakfast|lunch|dinner|tea|"
    r"supper|milk|juice|coffee|cereal|porridge|folate|folic|diet|b12|other b12|doctor|gp|"
    r"nurse|pharmacist)[a-z]{4,}\b")


# Another form in place of "the" one: someone's treatment changed when a person is named,
# a question about the forms when nobody is ("can tablets work instead of the jabs")
_INSTEAD_OF_THE = re.compile(rf"\binstead of the (?:b12 )?{_FORMS}\b")


# The rarer verbs of a request to stop or change a medicine (the common ones are common
# English already): in a request they name no topic of their own
_REQUEST_VERB = re.compile(r"discontinu\w*|ceas\w*|halv\w*")


def request_words(text: str) -> frozenset[str]:
    """The verbs of a request to stop or change a medicine ("ought I to discontinue it?")."""
    text = normalise(spelling.correct(text)).lower()
    return frozenset(w for m in _STOP.finditer(text) for w in re.findall(r"[^\W\d_]+", m.group(0))
                     if _REQUEST_VERB.fullmatch(w))


def read(text: str) -> str | None:
    """The boundary a message asks to cross, if any (checked in this order: stopping a
    medicine, an interaction, a dose, a diagnosis)."""
    if len(text) > MAX_CHARS:
        return None
    text = normalise(spelling.correct(text)).lower()  # "tak me tablets at da sam time"
    if _STOP.search(text) and re.search(r"\b(?:should|can|could|may|ok|okay|alright|"
                                        r"is it|do i|would)\b|\?", text):
        return STOP_MEDICINE
    if _CHANGE_A_NAMED_DRUG.search(text):
        return STOP_MEDICINE  # "I should like to reduce my gabapentin and rely on B12"
    if _SPLIT_DOSE.search(text) and _A_MEDICINE.search(text):
        return STOP_MEDICINE  # a dose split or put off ("give half and the rest next week")
    if _OWN_CHANGE.search(text) and _B12_TREATMENT.search(text):
        return STOP_MEDICINE  # never changed without the prescriber
    if _B12_WITH_THEM.search(text):
        return INTERACTIONS  # "can i take b12 alongside them" after a medicine was named
    if _interaction(text) or (_B12_WITH.search(text) and re.search(
            r"\b(?:ok|okay|safe|fine|alright|can|could|should|is it|bad)\b|\?", text)):
        return INTERACTIONS
    if _DOSING.search(text) and not _needs_only(text):
        return DOSING
    if _SOMEONE_ELSES.search(text) and re.search(rf"\b(?:b-?12|{_FORMS})\b", text):
        return DOSING
    if _INSTEAD_OF_THE.search(text) and people.names_a_person(text):
        return DOSING  # "can I have tablets instead of the jabs": someone's own treatment
    if ((_DIAGNOSIS.search(text) and not _HOW_ANOTHER_IS_DIAGNOSED.search(text))
            or (_EITHER_OR.search(text) and people.SOMEONE.search(text))):
        return DIAGNOSIS
    return None


# How another condition is diagnosed, asked in general ("how is dementia diagnosed?"): no
# request for a verdict, and not B12's (the scope gate reads it)
_HOW_ANOTHER_IS_DIAGNOSED = re.compile(
    r"^\W*(?:and |so |ok |okay )?how (?:is|are|do (?:you|they|doctors) (?:get )?)\s*"
    r"(?!(?:it|this|that|these|those|they|b-?12|vitamin|low|the b12|a b12|pernicious|"
    r"megaloblastic|deficien\w*|an(?:a)?emi\w*|my|his|her|their)\b)"
    r"(?:(?!b-?12|deficien|an(?:a)?emi|pernicious|megaloblastic)[\w'-]+\s+){1,4}?"
    r"(?:diagnosed|diagnose)\s*\??\s*$", re.IGNORECASE)


# "is it low b12 or is he just a teenager", "b12 or my thyroid", "b12 def or could it be
# something else": a diagnosis when it is about someone ("can u get it as a teen or is it an
# old ppl thing", "what foods have b12 or iron?" ask in general)
_EITHER_OR = re.compile(
    r"\b(?:b12|deficiency|deficient|def|anemia|anaemia)\b[^.?!]{0,25}\bor\s+(?:is (?:it|he|"
    r"she|that|this)|could it be|might it be|maybe|something|just)\b"
    # ("ask my gp about b12 or is that overkill" asks whether to ask, not what it is)
    r"(?!\s+(?:\w+\s+)?(?:overkill|necessary|needed|worth|too much|a thing|silly|paranoid|"
    r"over the top|excessive|overdoing|a waste))|"
    # "b12 deficiency or overtraining?", "b12 or carpal tunnel, which one"
    r"\b(?:b12|deficiency|deficient|anemia|anaemia)\b\s+or\s+(?:\w+\s+){0,2}?\w+\s*"
    r"(?:\?|,?\s*which\b)|"
    # "is it b12 or my thyroid", "iron or b12?", "or is it just b12"
    rf"\b(?:b12|deficiency|anemia|anaemia)\b[^.?!]{{0,25}}\bor\b\s+(?:the (?:start|beginning) "
    rf"of |early |a sign of |signs of |the first signs? of )?{_OTHER_CAUSE}|"
    rf"\b{_OTHER_CAUSE}\s+or\s+(?:low |a )?b12\b|"
    r"\bor (?:is it |just )?(?:low )?b12\b")


# With symptoms told, any either-or with B12 asks which it is ("tired, pale, sore tongue for
# weeks. b12 or something else?", "is the brain fog b12 or too many late ones", "MS and not
# b12?", "which one is it", "can you confirm?"); not B12's forms ("b12 shots or tablets").
_WHICH_CAUSE = re.compile(
    r"\b(?:b12|b-12|deficien\w*|an(?:a)?emi\w*)\s*\??,?\s+or\b|"
    r"\bor\b[^.?!]{0,30}\b(?:b12|deficien\w*)\b(?!\s+(?:shots?|jabs?|injections?|tablets?|"
    r"pills?|supplements?|spray|levels?|tests?|foods?))|"
    r"\band not (?:low )?b12\b|"
    r"\bwhich (?:one )?is it\b|\bwhich one\b|\b(?:can|could) (?:you|u) confirm\b|"
    # ...or whether B12 is the cause, yes or no: "my gums bleed. that b12?", "she has B12
    # problem?", "it is B12 deficiency for sure?", "whether it is due to a lack of B12"
    r"\b(?:that|this|it|these|those|all this|all that)(?:'s| is| be| are| was)? (?:from |due to |"
    r"caused by |because of )?(?:(?:a|the|my|her|his) )?(?:low |lack of )?(?:vitamin )?b-?12"
    r"(?: deficiency| problem| issue| low| thing)?\s*(?:\?|for sure\b)|"
    r"\b(?:has|have|got|is it|it is|it's|its|is) (?:a |the )?(?:low )?b-?12 (?:problem|deficiency|"
    r"issue)\b[^.!]{0,20}\?|"
    r"\bdue to (?:a )?(?:lack|shortage|deficiency|want) of (?:vitamin )?b-?12\b")


def asks_which_cause(text: str) -> bool:
    """Told with symptoms, the message asks whether they are B12 or something else."""
    return bool(_WHICH_CAUSE.search(normalise(text).lower()))


# "how much b12 does an adult need a day" asks the article's daily amount, not a dose.
_NEED = re.compile(r"\b(?:need|needs|needed|requirement|recommended|rda|supposed to|meant to|"
                   r"aim for|aiming for|every day|a day's worth|"
                   r"should (?:an? )?(?:adult|person|woman|man|people|grown ?up) (?:get|have)|"
                   r"(?:per|a|each) day|daily|enough)\b")


def asks_the_daily_amount(text: str) -> bool:
    """"how much b12 should i aim for every day": the article's daily amount, no dose."""
    return _needs_only(normalise(spelling.correct(text)).lower())


def _needs_only(text: str) -> bool:
    # (a child's need too: "how much b12 a day should kids be getting" is the daily amount,
    # whose answer sends a child's to the pediatrician; giving or taking is a dose)
    # (one's own child's amount is theirs to set: "how many mcg should my 5 year old have a
    # day" is a dose)
    return bool(_NEED.search(text)) and not re.search(
        r"\b(?:take|taking|give|giving|inject|dose|dosage|mg|tablets?|pills?|supplements?|"
        r"supplementing|gummies|drops|spray|shots?|injections?|too much|safe|safely|the most|"
        r"double|twice|\d{3,})\b",
        text) and not _ONES_OWN_CHILD.search(text)


_ONES_OWN_CHILD = re.compile(rf"\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:{_AN_AGE}|baby|toddler|"
                             r"infant|newborn|kid|child|little one)\b")


# A substance other than B12 (a drug suffix, another vitamin or mineral, a named medicine
# class): "how much melatonin for my 8 year old" is another drug's dose, out of scope.
_DRUG_SUFFIXES = (
    r"\b[a-z]{3,}(?:pril|sartan|statin|olol|dipine|prazole|thyroxine|cillin|mycin|farin|"
    r"xetine|tidine|trexate|azepam|profen|tamol|codone|done|zolam|semide|lukast|sone|pentin|"
    r"gabalin|"
    r"mab|nib|vir|cycline|floxacin|gliptin|glitazone|xaban|gatran|parin|triptan|"
    r"tropin|tadine|pramine|oxetine|traline|aline|triptyline|pine|zepam|azine|opram|"
    r"barb\w*)\b")
_DRUG_NAME = re.compile(_DRUG_SUFFIXES)
# One's own prescribed drug, named, to be cut down or stopped ("reduce my gabapentin")
_CHANGE_A_NAMED_DRUG = re.compile(
    r"\b(?:stop|stopping|quit|quitting|come off|coming off|cut down|cut|cutting|reduce|"
    r"reducing|lower|lowering|halve|halving|drop|dropping|taper|tapering|wean)\s+(?:off\s+|"
    r"down\s+)?(?:my|his|her|their|mum'?s|dad'?s)\s+" + _DRUG_SUFFIXES)
# Medicine classes named by what they do: "alongside my statin", "with his blood thinners"
# What a medicine named by its use treats
_TREATED = (r"(?:blood pressure|bp|heart|thyroid|cholesterol|epilepsy|seizures?|pain|sleeping|"
            r"sleep|anxiety|depression|asthma|arthritis|gout|kidneys?|migraines?|allergy|"
            r"allergies|hay ?fever|mental health|nerves?)")
_MEDICINE_CLASSES = (r"statins?|blood thinners?|beta[- ]?blockers?|antidepressants?|painkillers?|"
                     r"pain killers?|inhalers?|contraceptives?|the pill|hrt|chemo\w*|"
                     r"antipsychotics?|anticoagulants?|diuretics?|water (?:tablets?|pills?)|"
                     # "my ARVs" (HIV medicines), "her anticonvulsants"
                     r"arvs?|antiretrovirals?|antivirals?|anticonvulsants?|antiepileptics?|"
                     r"immunosuppressants?|"
                     # a medicine named by what it treats: "blood pressure tablets", "her heart
                     # pills" (the stomach and diabetes ones are the linked medicines above)
                     rf"{_TREATED} (?:tablets?|pills?|meds|medicines?|medications?)|"
                     # ...or after it: "tablets for her blood pressure", "pills for his heart"
                     rf"(?:tablets?|pills?|meds|medicines?|medications?) for (?:my |his |her |"
                     rf"the |their |your )?{_TREATED}")
_MEDICINE_CLASS = re.compile(r"\b(?:" + _MEDICINE_CLASSES + r")\b")
_SUBSTANCE = re.compile(
    _DRUG_SUFFIXES + r"|"
    r"\b(?:iron|vitamin (?:a|c|d|d3|e|k|b1|b2|b3|b5|b6|b7|b9)|b1|b6|b9|folic acid|folate|"
    r"magnesium|zinc|calcium|potassium|creatine|whey|protein|melatonin|caffeine|"
    r"paracetamol|panadol|tylenol|aspirin|ibuprofen|nurofen|advil|antibiotics?|"
    r"antihistamines?|steroids?|insulin|ashwagandha|fish oil|omega|collagen|biotin|"
    r"probiotics?|water|sleep|coffee|alcohol|echinacea|ginseng|turmeric|ginkgo|garlic|"
    r"st\.? john'?s wort|valerian|evening primrose|cod liver oil|elderberry|spirulina|"
    + _MEDICINE_CLASSES + r")\b")


def names_a_medicine(text: str) -> bool:
    """A medicine by name or by class, linked to B12 or not ("warfarin", "her statin",
    "metformin")."""
    low = normalise(text).lower()
    return bool(_OTHER_MEDICINE.search(low) or _DRUG_NAME.search(low)
                or _MEDICINE_CLASS.search(low) or _LINKED_MEDICINE.search(low))


def names_another_substance(text: str) -> bool:
    """Another drug, vitamin or mineral; the medicines the article ties to B12 (metformin,
    acid reducers) are not another topic."""
    return bool(_SUBSTANCE.search(_LINKED_MEDICINE.sub(" ", normalise(text).lower())))


_ALCOHOL = phrase_pattern(lexicon.RISK_FACTORS_BY_KEY["alcohol"].phrases)


def names_a_substance_beside_the_risks(text: str) -> bool:
    """names_another_substance, alcohol aside: a risk factor the article names, so "what
    about drinking alcohol?" after the risk factors stays on them (while "how much alcohol
    is safe" asked alone is still no B12 dose)."""
    return names_another_substance(_ALCOHOL.sub(" ", normalise(text).lower()))
