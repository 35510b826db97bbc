"""Is a message a follow-up to the FAQ just answered ("and for kids?", "how long till it
kicks in", "even the nerve stuff?")? Such a message only makes sense with the question
before it, so it is read together with that question (bot.rasa_ext.follow_up).

May import: bot.nlp, bot.triage (nothing from Rasa).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp import boundaries, intent_guard, people, pipeline, spelling, topic_words
from bot.nlp.pipeline import normalise
from bot.triage import knowledge, lexicon

# Longer than this, a message carries its own topic.
MAX_WORDS = 14
# Intents a follow-up is read as alone ("how long till it works" as out of scope), and an
# FAQ whose answer the question before it may change ("and for kids?").
_LOST_ALONE = frozenset({"out_of_scope", "nlu_fallback", "help", "report_symptoms", "faq",
                         # no form is pending when a follow-up is looked for: "im vegan tho"
                         # after the foods is about the answer, not a form answer
                         "inform"})
_WORD = re.compile(r"[^\W\d_]+")

# Which FAQ answer a follow-up gets: its own reading and the reading with the question
# before it, added, the previous answer held back a little (a follow-up more often moves
# on: "and the nerve ones?" after the physical symptoms). Chosen by leaving one writer
# out on the follow-ups of held-out scope sets s1-s7: 76/98 against 65/98 for the
# reading with the question alone (bench/follow_up_keys.py; README: Scope).
ALONE_WEIGHT = 1.0
SAME_AGAIN_PENALTY = 0.3


# Asking about the assistant itself, which no follow-up does
# (not the "you" of anyone: "can you take it as a tablet instead")
_ABOUT_ME = re.compile(r"\b(?:you|u)\b(?!\s+(?:take|get|have|eat|drink|use|give|buy|inject|"
                       r"swallow|absorb|need|catch|reverse|treat|fix|cure|overdo|overdose|"
                       r"recover|store|mix|combine|also)\b)|"
                       r"\b(?:bot|robot|human|person|real|ai|machine|chatbot)\b")


def may_follow(text: str, intent: str | None, has_symptoms: bool,
               previous: str | None = None) -> bool:
    """Short, no emergency, no symptom of a person, no other topic: a message that can lean
    on the question before it. ``previous``: the FAQ key just answered, whose own words are
    no other topic ("what about sleep?" after the mood signs, "what about fish?" after the
    foods)."""
    text = normalise(text)
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS or intent == intent_guard.EMERGENCY_INTENT:
        return False
    # "like what exactly, mood stuff?", "is shaking one of them", "an di mood? like worry":
    # a symptom named as a topic, by nobody, or asked about as one of the answer's list
    # (after a plain acknowledgement: "I see. And what of its effects upon one's mood?")
    asked = _ACKNOWLEDGED.sub("", spelling.correct(text))  # (in dialect: "wat about...")
    if has_symptoms and not (intent_guard.personless_question(asked)
                             or _ON_THE_LIST.search(asked) or _AND_THE_TOPIC.match(asked)
                             or _ABOUT_THE_PART.match(asked)):
        return False
    if previous is not None and (about := _WHAT_ABOUT.match(text)) and _named_in_answer(
            about.group("thing"), previous):
        return True
    return not names_another_topic(text)


# Leaving the topic in so many words: "unrelated but...", "on another note", "random q"
_NEW_TOPIC = re.compile(r"^\W*(?:(?:ok|okay|thanks|thank you|ta|cheers|right|alright|sound|"
                        r"great|cool|and|so)\W+)*(?:totally |completely |slightly )?(?:unrelated|"
                        r"off ?topic|off-topic|different (?:question|topic|thing)|"
                        r"on (?:a|another) (?:different |separate )?note|changing the subject|"
                        r"change of (?:subject|topic)|random (?:question|q)|separate question)\b",
                        re.IGNORECASE)
# Another everyday condition the question is for: "what should I eat for my sugar?"
_FOR_ANOTHER_CONDITION = re.compile(
    r"\b(?:for|with|about|lower|lowering|bring down) (?:my|his|her|your|their|our|the|me|mi) "
    r"(?:sugar|sugars|blood sugar|sugar levels?|pressure|blood pressure|bp|cholesterol|weight|"
    r"skin|spots|acne|cold|flu|cough|hay ?fever|teeth|hair|piles|gout|cholesterol levels?)\b",
    re.IGNORECASE)
# Cooking, eating out, baking: what a food answer leads to, but not about B12
_COOKING = re.compile(r"\b(?:how (?:do|to|should|can) (?:i|you|we|u) (?:cook|bake|fry|grill|roast|"
                      r"prepare|make)|(?:best|good|easiest) way to (?:cook|bake|fry|grill|roast|"
                      r"prepare)|recipes?\b|place to eat|restaurants?|takeaways?|cafe|"
                      r"to rise\b)", re.IGNORECASE)


# A condition named as one ("chronic fatigue syndrome", "Parkinson's disease"); with no risk
# factor of the article's in the message it is another topic, though a symptom word is in
# its name. (Not "what disease causes it", "an autoimmune disease": no name.)
_NAMED_CONDITION = re.compile(
    r"\b(?!(?:a|an|the|which|what|whose|any|other|some|this|that|autoimmune|gut|bowel|"
    r"stomach|intestinal|nerve|blood|my|his|her|their)\b)[a-z]\w+(?:'s)? (?:syndrome|disease|"
    r"disorder)s?\b", re.IGNORECASE)


def names_another_topic(text: str) -> bool:
    """"and is macular degeneration reversible?", "what about gliclazide", "anemia from heavy
    periods, is it permanent?" leave B12; so do an animal, a change of topic said, another
    everyday condition ("for my sugar") and cooking or eating out."""
    if (_NEW_TOPIC.search(text) or _FOR_ANOTHER_CONDITION.search(text)
            or (_COOKING.search(text) and not intent_guard.names_b12(text))
            or intent_guard.is_about_an_animal(text)):
        return True
    if (_NAMED_CONDITION.search(text) and not intent_guard.names_b12(text)
            and not pipeline.extract(spelling.correct(text)).risk_factors):
        return True
    if intent_guard.asks_about_the_thing_itself(text):
        return True  # "what is metformin prescribed for anyway?" after its link to B12
    return bool(intent_guard.topic(text) == "other"
                or boundaries.names_a_substance_beside_the_risks(text)
                or intent_guard.names_another_anaemia(text)
                # (the words a follow-up's own answer is read from are B12's: "mend")
                or topic_words.own_topic_words(_HOW_IT_IS_PUT_RIGHT.sub(" ", _WHEN_TO_CONSULT.sub(
                    " ", _UNDONE.sub(" ", text))))
                or intent_guard.asks_beyond_the_article(text))


def guessed_only(text: str, symptoms: tuple[str, ...]) -> bool:
    """A short question whose every symptom was the detector's guess, none the lexicon's
    and none urgent ("so where I get it from then" read as memory loss after the answer on
    diets): after an answer it leans on that answer, it reports nothing."""
    if not symptoms or any(lexicon.SYMPTOMS_BY_KEY[s].always_urgent for s in symptoms):
        return False
    if len(_WORD.findall(text)) > MAX_WORDS or not _asked(text):
        return False
    return not set(symptoms) & set(pipeline.extract(spelling.correct(text)).symptoms)


def is_follow_up(text: str, intent: str | None, has_symptoms: bool) -> bool:
    """A short message that leans on the previous question and names no other topic."""
    if not may_follow(text, intent, has_symptoms):
        return False
    # Asked as a question, whatever it was read as alone ("any in the mouth?" as thanks)
    # (the "you" of a thanks before it is no question about the assistant: "Thank you. And
    # in children?")
    if stands_alone(text):
        return False
    return intent in _LOST_ALONE or (_asked(text) and not _ABOUT_ME.search(
        _ACKNOWLEDGED.sub("", text).lower()))


# A question that turns to the answer ("and for kids?", "what about fish", "so how long does
# it take") or points back to it ("does that count")
_TURNS_TO_IT = re.compile(r"^\W*(?:(?:ok|okay|right|righto|thanks|thank you|cheers|ta|cool|"
                          r"great|grand|i see)\W+)*(?:and|an|n|&|so|also|or|but|plus|what about|"
                          r"how about|wot about|wat about|even|then|like|such as)\b",
                          re.IGNORECASE)


def stands_alone(text: str) -> bool:
    """A question with its own subject, in words no B12 question uses, that neither turns to
    the answer just given nor points back to it."""
    low = normalise(text).lower()
    if _TURNS_TO_IT.match(low) or _POINTS_BACK.search(_DUMMY_IT.sub(" ", low)):
        return False
    return topic_words.in_words_of_its_own(text)


def asks_leave_of_the_answer(text: str) -> bool:
    """A short question asking leave to change a medicine or take two together ("so
    should I stop it?", "is ok together?"; not "should I stop worrying?"): what it is about
    may be in the turn before."""
    words = _WORD.findall(text)
    return (0 < len(words) <= MAX_WORDS and _asked(text)
            and bool(_TWO_TAKEN.search(text) or intent_guard.changes_a_medicine(text)))


# Two things taken at once, one of them perhaps named before ("Is ok together?")
_TWO_TAKEN = re.compile(rf"\b(?:{boundaries.TOGETHER_WORDS}|"
                        r"with (?:my|the|her|his|their|it|them|these|those))\b", re.IGNORECASE)


def asks_more(text: str) -> bool:
    """"like what exactly", "such as?": more of the answer just given (never a yes)."""
    return bool(_ELABORATE.match(normalise(text)))


def _asked(text: str) -> bool:
    """A question, in any of its sentences and in dialect ("says who? where u getting that
    from", Doric "fit else has it")."""
    mended = spelling.correct(text)
    return intent_guard.is_question(mended) or "?" in mended


# An acknowledgement before the follow-up: "I see.", "ok thanks,", "right"
_ACK = "|".join(sorted(lexicon.ACKNOWLEDGEMENTS, key=len, reverse=True))
_ACK_OR_THANKS = "|".join(sorted((*lexicon.ACKNOWLEDGEMENTS, *lexicon.THANKS), key=len,
                                 reverse=True))
_ACKNOWLEDGED = re.compile(rf"^\W*(?:{_ACK_OR_THANKS})(?:[\s,]+(?:thanks|thank you|then))?\s*"
                           r"[.,!;:]+\s*", re.IGNORECASE)
# A bare acknowledgement, no yes: "ok", "right", "got it" after an answer takes it in; it
# does not accept the symptom check the answer's button offers ("yes", "sure" do)
_ONLY_ACKNOWLEDGED = re.compile(rf"^\W*(?:{_ACK})\W*$", re.IGNORECASE)


def only_acknowledges(text: str) -> bool:
    """"ok", "right", "got it": an answer taken in, no yes to anything."""
    return bool(_ONLY_ACKNOWLEDGED.match(normalise(text)))


# "an di mood? like worry an vex", "and the tingling?": the answer's topic turned to another
# of its kind, a question that names nobody
_AND_THE_TOPIC = re.compile(r"^(?!.*\b(?:i|i'm|im|me|my|mine|he|she|him|her|his|mum|dad|we|our|"
                            r"us|they're)\b)\W*(?:and|an|n|&|what about|how about|wot about|"
                            r"wat about)\s+(?:the |di |da |de |its |their )?(?:\w+\s+){0,2}?\w+"
                            r"\s*\?", re.IGNORECASE)
# "n wot about ur head, like mood n that", "and the ones in your head like mood and worry":
# the topic turned to another part, "your" anyone's (no one named)
_ABOUT_THE_PART = re.compile(r"^(?!.*\b(?:i|i'm|im|me|my|mine|he|she|him|her|his|mum|dad|we|our|"
                             r"us|they're)\b)\W*(?:(?:and|an|n|&|so|but|ok|okay)\W+)?"
                             r"(?:(?:what|wot|wat|how)\s+(?:about|bout|abt)|the ones?|what of)\s+"
                             r"(?:in\s+)?(?:ur|your|yer|yuh|the|di|da|de|its|their|a person'?s)\b",
                             re.IGNORECASE)
# "is shaking one of them", "are fits on the list": a symptom asked about as one of the list
# just given, not a symptom of someone's
_ON_THE_LIST = re.compile(r"^\W*(?:(?:and|so|ok|but)\W+)?(?:is|are|would|does|do|could)\b.{0,40}"
                          r"\b(?:one of (?:them|those|these|the signs|the symptoms)|on (?:the|that|"
                          r"this) list|in (?:the|that|this) list)\b[^.!]{0,15}$|"
                          # "does that include fainting?"
                          r"^\W*(?:(?:and|so|ok|but)\W+)?(?:does|do|would|will|could) (?:that|this|"
                          r"it|they|those|these|the list) (?:also )?include\b[^.!]{0,40}$",
                          re.IGNORECASE)


# A message that points back ("what causes it", "do they come on fast or slow") with no
# answer before it to lean on: at the start of a chat, or after the symptom check, "it"
# is low B12, the only thing the assistant talks about. After a question it declined,
# "it" is that other topic. Only when every word of it is one a B12 question uses: "what
# time is it in manila" and "is it going to rain" point nowhere.
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|that|this|those|these|then)\b|"
                          # "what are the signs in adults": the signs of what the assistant
                          # is about (not "the signs of a stroke": a thing of its own)
                          r"\bthe (?:signs?|symptoms?|causes?|treatments?|cures?|risks?|"
                          r"risk factors|damage|deficiency)\b(?!\s+(?:of|for|from|with)\b)")
_DUMMY_IT = re.compile(r"\bis it (?:ok|okay|alright|safe|normal|true|fine|possible|worth|bad|"
                       r"good|better|going|gonna|gunna|goin)\b|"
                       # a time told from now points nowhere: "when is diwali this year"
                       r"\b(?:this|that|these) (?:year|month|week|weekend|morning|afternoon|"
                       r"evening|time|season|summer|winter|spring|autumn|fall|days)\b")
DEFAULT_CONTEXT = "low vitamin B12:"


def points_back(text: str, intent: str | None, has_symptoms: bool) -> bool:
    """A follow-up (``is_follow_up``) with no answer before it, whose words point back to
    something said before and name nothing a B12 question would not."""
    if not is_follow_up(text, intent, has_symptoms) or intent_guard.topic(text) == "b12":
        return False
    low = normalise(text).lower()
    return (bool(_POINTS_BACK.search(_DUMMY_IT.sub(" ", low)))
            and all(topic_words.in_b12_questions(w) for w in topic_words.words(text)))


def combined(previous: str, text: str) -> str:
    """The text read in place of a follow-up: the question before it, then the follow-up."""
    return f"{previous.strip()} {text.strip()}"


def choose_key(alone: dict[str, float], combined: dict[str, float], previous: str | None,
               weight: float = ALONE_WEIGHT, penalty: float = SAME_AGAIN_PENALTY) -> str | None:
    """The FAQ key for a follow-up from the selector's rankings of the message alone and of
    the message read with the question before it (``weight``, ``penalty``: bench only)."""
    keys = set(alone) | set(combined)
    if not keys:
        return None
    return max(sorted(keys), key=lambda k: combined.get(k, 0.0) + weight * alone.get(k, 0.0)
               - (penalty if k == previous else 0.0))


# A follow-up whose words say which answer it wants, whatever the selector makes of it:
# the same question for another audience, a risk factor named, a shift between "see a
# provider" and "go now", an elaboration of the answer just given, a kind of the same
# anemia, where a figure comes from.
# ("an" and "an'": "and" as Scots and Shetland say it)
_AUDIENCE_LEAD = (r"^\W*(?:(?:and|an|n|&|so|ok|okay|but|what|wot|wat|how|right)\W+)*(?:about\s+)?"
                  # "what about when breastfeeding", "and if ur pregnant"
                  r"(?:(?:if|when|while)\s+(?:(?:ur|you'?re|your|youre|u r|you are|she'?s|"
                  r"she is|i'?m|im|i am)\s+)?)?(?:for|in|with)?\s*"
                  r"(?:the\s+|our\s+|my\s+|a\s+)?(?:(?:peerie|wee|little|small|young)\s+)?")
_AUDIENCE_END = r"(?:\s+(?:then|too|as well|tho|though))?(?:,?\s*is it the same(?: list)?)?\W*$"
_FOR_CHILDREN = re.compile(
    _AUDIENCE_LEAD + r"(?:kids|children|child|babies|baby|toddlers|little ones|wee ones|"
    r"wee yins|weans|bairns|young ones|youngsters|teens|teenagers)" + _AUDIENCE_END,
    re.IGNORECASE)
_FOR_ADULTS = re.compile(
    _AUDIENCE_LEAD + r"(?:adults|grown-?ups|grown ups|grownups|older people|the elderly|"
    r"elderly|men|women)" + _AUDIENCE_END, re.IGNORECASE)
_FOR_PREGNANCY = re.compile(
    _AUDIENCE_LEAD + r"(?:pregnant|pregnancy|breastfeeding|breast feeding|nursing|"
    r"pregnant women|expecting)" + _AUDIENCE_END, re.IGNORECASE)
# What the question before meant, said again: "the metformin i mean", "i meant my tablets"
_CLARIFIED = re.compile(r"^\W*(?:(?:no|sorry|oh)\W+)?(?:(?:the|my|his|her|those|these)\s+(?:\w+\s+)"
                        r"{0,2}(?:i|i'?d) mean[t]?|i mean[t]? (?:the|my|his|her|those|these)\s+"
                        r"(?:\w+\s*){1,3})\W*$", re.IGNORECASE)
# B12 asked of "it", the topic of the answer before: "why does b12 matter for it"
_B12_FOR_IT = re.compile(r"\b(?:for|to|with) (?:it|that|this)\W*$", re.IGNORECASE)
# Answers on a topic beside B12 that "it" can mean
_TOPICS_BESIDE_B12 = frozenset({"homocysteine", "anemia", "risk_factors", "triggers"})
# ...said of someone in a few words ("a woman who is pregnant")
_PREGNANCY_STATE = re.compile(r"\b(?:pregnant|pregnancy|expecting a baby|breast-?feeding|"
                              r"breast feeding|nursing (?:a|her|my|the) baby|nursing mothers?)\b",
                              re.IGNORECASE)
_AUDIENCE_WORDS = 12
_NEEDS_MORE = re.compile(r"\b(?:need|needs|require|requires)\s+(?:any\s+)?(?:more|extra)\b",
                         re.IGNORECASE)
_EXPECTING = re.compile(r"\b(?:is|she'?s|shes|i'?m|im|am) expecting\b(?!\s+(?:a |an |the |my |"
                        r"her |results?|news|call))", re.IGNORECASE)
_DAILY_AMOUNT = "daily_amount"
_URGENT = re.compile(r"\b(?:a ?& ?e|a and e|er|emergency|urgent\w*|ambulance|999|911|112|"
                     r"straight to (?:the )?hospital|go straight)\b", re.IGNORECASE)
_NOT_URGENT = re.compile(r"\b(?:not urgent|less urgent|non.?urgent|gp|doctor|dr|provider|"
                         r"appointment)\b", re.IGNORECASE)
_ELABORATE = re.compile(
    # ("what, even the nerve damage?": surprise, then the same question narrowed)
    r"^\W*(?:like\s+|ok\s+|so\s+|what\W+(?=even\b))?(?:how exactly|what exactly|"
    r"like (?:what|wat|wot)|in what way|"
    r"such as|what sort of (?:changes|things|stuff|signs)|"
    r"what kind of (?:changes|things|stuff|signs)|"
    # "what type exactly", "what kinds?"
    r"what (?:type|types|kind|kinds|sort|sorts)(?: exactly)?\W*$|"
    r"what do you mean|tell me more|go on|more detail|"
    # "like what exactly", "such as?", "for example?"
    r"like what(?: exactly| then| for example)?\W*$|such as(?: what)?\W*$|for example\W*$|"
    r"examples?\W*$|"
    r"why (?:should|would|do|does) (?:i|we|that|it|anyone) (?:care|matter)|"
    r"why does (?:that|it) matter|so what does (?:that|it) mean|what does (?:that|it) mean|"
    r"is (?:that|it) bad|is (?:that|it) serious|"
    # the same question narrowed: "even after years of it?"
    r"(?:and |but )?even (?:if|after|when|with|though|for|in|at|so|the|that|my|his|her)|"
    # the rest of the list just given: "what else does", "any others?"
    r"(?:and |so )?(?:what else|anything else|any others?|what other (?:ones|things|options|"
    r"kinds|types))(?: (?:does|do|can|could|is there|are there|causes? it))?"
    # "what else is there apart from them" (the shots just described)
    r"(?: (?:apart from|besides|other than|instead of|except) (?:them|that|those|these|it|"
    r"the \w+))?\W*$)", re.IGNORECASE)
# A bare "why" ("why though", "how come?", "why's that then"): after the risks, how they
# work; after any other answer, the reason is in that answer
_WHY = re.compile(r"^\W*(?:and |but |so |ok |okay |right )?(?:why|how come|how so)"
                  r"(?:'?s that| though| tho| is that| does that happen| would that be| exactly|"
                  r" do they| does it)?"
                  r"(?: so| then| exactly| though| tho)?\W*$", re.IGNORECASE)
_TRIGGERS = "triggers"
_TREATMENT = "treatment"
_IMPROVEMENT = "improvement_time"
_ABOUT_A_FORM = frozenset({_TREATMENT, _IMPROVEMENT})
_HOW_SOON_IT_WORKS = re.compile(r"\bhow (?:quick|quickly|fast|soon|long)\b[^?.!]{0,30}\b(?:work\w*|"
                                r"kick\w* in|help\w*|take effect|start\w*|have (?:an |any )?"
                                r"effect|make (?:a|any) difference)\b", re.IGNORECASE)
_WHO_GETS_IT = re.compile(r"^\W*(?:and |so |but |ok |okay )?who (?:gets?|is|are|has|have)\b"
                          r"(?: it| this| that| them| low b12| b12 deficiency)?(?: the)? "
                          r"(?:most|more|likeliest|likely|at risk|at most risk)\b|"
                          # "who tends to get it?", "who usually gets it then"
                          r"^\W*(?:and |so |but |ok |okay )?who (?:tends to|usually|typically|"
                          r"normally|mostly|commonly|generally)?\s*gets? (?:it|this|that|low b12|"
                          r"b12 deficiency)(?: then| though| tho| mostly| usually)?\W*$",
                          re.IGNORECASE)
_ANOTHER_FORM = re.compile(r"\b(?:tablets?|pills?|shots?|injections?|jabs?|nasal spray|spray|"
                           r"sublingual|lozenges?|patches?|drops)\b", re.IGNORECASE)
# "how quick though" after how it progresses asks how fast it gets worse
_HOW_FAST = re.compile(r"^\W*(?:and |but |so )?how (?:quick|quickly|fast|soon)\b", re.IGNORECASE)
_PROGRESSION = "progression"
_ANEMIA_KIND = re.compile(r"\b(?:pernicious|megaloblastic)\b", re.IGNORECASE)
_WHERE_FROM = re.compile(r"\bsays who\b|\bwhere(?:'s| is| does| did)? (?:that|this|the|it|"
                         r"those|these)\b[^?.!]{0,20}\bfrom\b|\bwho says\b|"
                         # "where'd you read that", "where are you getting that from"
                         r"\bwhere(?:'d|d| did| do| are| were)? (?:you|u|ya|ye) (?:read|get|got|"
                         r"getting|gettin|find|found|finding|findin|hear|heard|see|saw|learn|"
                         r"learnt|learned|take|took|reading|readin)\b"
                         r"(?: (?:that|this|it|those|these|all that|all this))?|"
                         r"\bwho (?:told|tells) (?:you|u|ya|ye)\b|"
                         # "From where do you obtain that figure?"
                         r"\bfrom where (?:do|did|does) (?:you|u|ya|ye|they) (?:get|obtain|take|"
                         r"find)\b", re.IGNORECASE)
# Not getting enough of it, asked after what B12 does: what the deficiency is
_NOT_ENOUGH = re.compile(r"\b(?:don'?t|dont|do not|doh|doesn'?t|doesnt|can'?t|cant|not|never|"
                         # patois and pidgin "nuh get enough", "no get enough"
                         r"nuh|no|nae|dinnae|dinna)\s+"
                         r"(?:get|getting|have|having|absorb\w*|eat\w*|take|taking)\s+(?:\w+\s+)?"
                         r"enough\b|\b(?:short|low|lacking) (?:of|o|on|in) (?:it|b-?12)\b|"
                         # "and if not enough?"
                         r"\bif (?:there'?s |there is |you have |you get )?not enough\b",
                         re.IGNORECASE)
# How the signs come and change, asked after any answer ("do they all come on at once", "and
# how do they change over time?"); how they get better is the improvement
_HOW_THEY_COME = re.compile(r"\b(?:come|comes|coming|came) on\b|\b(?:all )?at once\b|"
                            r"\bchange\w* over time\b|\bget(?:s|ting)? worse\b|"
                            r"\b(?:progress|worsen)\w*\b|\bhow (?:do|does) (?:it|they|the \w+) "
                            r"develop\b", re.IGNORECASE)
# Whether it undoes itself: "can u get back to normal after", "is it for good"
_UNDONE = re.compile(r"\bback to normal\b|\brevers\w*|\bpermanent\w*|\bfor good\b|"
                     r"\b(?:fully )?recover\w*|\bundo\w*|"
                     # the damage mending: "would such damage mend with treatment?"
                     r"\b(?:mend|mends|mended|mending|heal|heals|healed|healing|repair\w*)\b|"
                     # "will everything come right again after?"
                     r"\bcome right\b|\b(?:be|get) (?:ok|okay|normal|right|alright) again\b|"
                     # "can that get fixed", "will it ever be cured" (how it is fixed is the
                     # treatment, read first)
                     r"\b(?:can|could|will|would)\s+(?:that|it|this|they|those|the damage)\s+"
                     r"(?:ever\s+)?(?:get|be)\s+(?:fixed|cured|undone|sorted|put right)\b",
                     re.IGNORECASE)
_REVERSIBLE = "reversible"
# How it is put right, in everyday words: the treatment
_HOW_IT_IS_PUT_RIGHT = re.compile(
    # (not how long it takes: "how long does it take to fix" is the improvement time)
    r"\bhow\b(?!\s+(?:long|soon|quick\w*|fast|much|many|often))[^?.!]{0,25}"
    r"\b(?:do|does|would|will|can|could|is|are)\b[^?.!]{0,20}\b(?:sort\w*|"
    r"fix\w*|put right|put it right|sorted out|fixed|remed\w*|correct\w*)\b|"
    r"\b(?:what|whit|wat|wot) (?:can|do|will|would|could) (?:they|the doctors?|doctors?|docs?|"
    r"the docs?) (?:do|dae) (?:about|aboot|for) it\b", re.IGNORECASE)
_HOMOCYSTEINE = "homocysteine"
_TOO_HIGH = re.compile(r"\b(?:too high|high|too much|raised|elevated|goes up|go up|builds? up)\b",
                       re.IGNORECASE)
# Where one gets it, or what to eat for it: the foods ("where do you get it from?" after
# what B12 is; "where did you get that from" asks our sources)
_WHERE_ONE_GETS_IT = re.compile(
    r"\bwhere (?:do|can|could|would|should|does|else (?:do|can|could)) (?:i|we|one|they|he|she|"
    r"people|vegans?|vegetarians?|veggies) (?:get|find|source)\b|"
    r"\bwhere (?:do|can|could|would) (?:you|u|ya|ye) (?:get|find) (?:it|b-?12|them|enough|more)"
    r"\b(?! (?:info|information|facts))|"
    r"\bwhat (?:should|can|could|do|must|would) (?:i|we|they|he|she|one|vegans?|vegetarians?) "
    r"(?:eat|buy|cook)\b", re.IGNORECASE)
_FOOD_ASKED = re.compile(r"\b(?:foods?|eat|eating|diet|meals?|what to buy)\b", re.IGNORECASE)
# The name of the kind asked: "what type is it called?", "what's that one called"
_KIND_CALLED = re.compile(r"\b(?:what|which|wat|wot)(?:'s|s| is)?\s+(?:(?:the|that|this|it)\s+)?"
                          r"(?:type|kind|sort|form|one)\b[^?.!]{0,30}\bcalled\b|"
                          r"\bwhat(?:'s|s| is) (?:it|that|this) called\b", re.IGNORECASE)
# When to see someone, asked in other words: "at what juncture ought one to consult a
# physician?", "which of those should prompt a GP call?"
_CONSULTED = (r"(?:physician|doctor|gp|provider|dr|medic|clinician|nurse|surgery|clinic)")
_WHEN_TO_CONSULT = re.compile(
    r"\b(?:when|at what (?:point|stage|juncture|time)|how soon)\b[^?.!]{0,30}\b(?:consult|see|"
    rf"call|ring|contact|visit|go to|get to|book)\b[^?.!]{{0,20}}\b{_CONSULTED}\b|"
    rf"\b(?:prompt|warrant|need|mean|merit|justify)s?\s+(?:a |an |the )?{_CONSULTED}\s+"
    r"(?:call|visit|appointment|review|consultation|trip)\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"^\W*(?:(?:and|so|ok|okay|but)\W+)?how (?:many|much|often)\b[^.?!]{0,25}"
                       r"\W*$", re.IGNORECASE)
_THE_BLOOD = re.compile(r"\b(?:blood|red cells|red blood cells)\b", re.IGNORECASE)
# Whether our sources were checked: "Checked by a doctor?", "and who checked it over?"
_VETTED = re.compile(r"\b(?:checked|reviewed|vetted|verified|approved|signed off|looked over|"
                     r"checked over|fact.?checked)\b", re.IGNORECASE)
# How fast it goes, asked after how it progresses: "at what pace, typically?"
_PACE = re.compile(r"\b(?:pace|rate|speed|how (?:quick|quickly|fast|soon|long))\b", re.IGNORECASE)
# What B12 itself is or does, asked after the deficiency: "ok n wat is b12 itself then", "an
# wat the vitamin do when you got enough?"
_B12_ITSELF = re.compile(r"\b(?:what|wat|wot|whit)(?:'s|s| is| does| do)?\s+(?:b-?12|the vitamin|"
                         r"vitamin b-?12|the b-?12)\s+(?:itself|on its own|actually do|do|does|"
                         r"for|good for)\b", re.IGNORECASE)
# ...and "it", after an answer about B12 in food or in a day: "and what does it actually do
# in you?"
_WHAT_IT_DOES = re.compile(r"\b(?:what|wat|wot|whit) (?:does|do|did) (?:it|b-?12) (?:actually |"
                           r"even |really |exactly )?(?:do|dae)\b", re.IGNORECASE)
# Why someone runs short: the causes ("so why would someone run short of it?")
_WHY_SHORT = re.compile(r"\b(?:why|how come|how) (?:would|do|does|might|could|can|did) "
                        r"(?:someone|somebody|people|folk|you|a person|one|anyone|they|u)\s+"
                        r"(?:\w+\s+)?(?:run|go|get|be|become|end up|fall)\s+(?:short|low|"
                        r"deficient)\b", re.IGNORECASE)
# The nerve damage narrowed down, after how it is treated: whether that part is undone
_EVEN_THE_DAMAGE = re.compile(r"\beven\b[^?.!]{0,20}\b(?:nerve\w*|damage|brain|memory)\b",
                              re.IGNORECASE)
# Something the previous answer itself names: "what about sleep?" after the mood signs
_WHAT_ABOUT = re.compile(r"^\W*(?:(?:and|an|n|so|ok|okay|but)\W+)*(?:what|wat|wot|how) about "
                         r"(?:the |their |your |my )?(?P<thing>[a-z]+(?: [a-z]+)?)\W*$",
                         re.IGNORECASE)
# Which changes are urgent, asked after any answer: the emergency signs ("what kind of
# changes mean A&E straight off")
_WHICH_URGENT = re.compile(r"\b(?:what|which|wat|when)\b[^?.!]{0,40}\b(?:a ?& ?e|a and e|er|"
                           r"emergency|urgent\w*|ambulance|999|911|112|hospital)\b", re.IGNORECASE)


# The lexicon's risk phrases, found even where the extractor's negation drops them ("none
# of those are vegan tho"); the lexicon's alcohol phrases need a verb form, a follow-up
# says just "drinking".
_RISKS = boundaries.phrase_pattern([p for r in lexicon.RISK_FACTORS for p in r.phrases],
                                   r"|drinking|drink every night", re.IGNORECASE)
_DIET = intent_guard.DIET_KEY
_DIET_WORDS = boundaries.phrase_pattern(lexicon.RISK_FACTORS_BY_KEY[_DIET].phrases,
                                        flags=re.IGNORECASE)
# A symptom list asked again for children is the children's list (and the adults' the
# physical list); the daily amount says what children and pregnancy need in one answer.
_CHILD_LIST = intent_guard.SYMPTOM_LIST_KEYS[lexicon.CHILD]
_ADULT_LIST = intent_guard.SYMPTOM_LIST_KEYS[lexicon.PHYSICAL]
_LISTS = frozenset(intent_guard.SYMPTOM_LIST_KEYS.values())
_SAYS_FOR_EVERYONE = frozenset({_DAILY_AMOUNT})
# One child of the writer's or in their care: "my 4 year old", "our wee girl", "she is 5"
_A_CHILD_OF_ONES_OWN = re.compile(
    # (or one child of an age: "and for a 6 year old?" asks one child's amount, a dose)
    r"\b(?:my|our|me|mi|ma|his|her|a|an)\s+(?:little\s+|wee\s+|young\s+|youngest\s+|eldest\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]?(?:yo|y/o|yr|"
    r"yrs|year|years|month|months)(?:[\s-]olds?)?\b|"
    r"\b(?:my|our|me|mi|ma)\s+(?:little\s+|wee\s+|young\s+|youngest\s+|eldest\s+)?"
    rf"{boundaries.CHILD_NOUN}\b|"
    r"\b(?:he|she)(?:'s| is| iz|s)\s+(?:only\s+)?(?:\d|1[0-7]|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b(?!\s*(?:feet|foot|ft|kg|stone|st|lbs?|%))", re.IGNORECASE)
# Another of the article's symptom lists, named by its kind in a few words
_LIST_KIND = re.compile(r"\b(nerve|nerves|neuro\w*|brain|mental|mood|head|psych\w*|"
                        r"mind|feelings|emotion\w*|physical|body)\b", re.IGNORECASE)
_LIST_KIND_WORDS = 8
_LIST_BY_KIND = {
    **dict.fromkeys(("nerve", "neuro", "brain"),
                    intent_guard.SYMPTOM_LIST_KEYS[lexicon.NEUROLOGICAL]),
    **dict.fromkeys(("mental", "mood", "head", "psych", "mind", "feelings", "emotion"),
                    intent_guard.SYMPTOM_LIST_KEYS[lexicon.PSYCHOLOGICAL]),
    **dict.fromkeys(("physical", "body"), intent_guard.SYMPTOM_LIST_KEYS[lexicon.PHYSICAL]),
}
_FOODS = "food_sources"
# Not eating the foods just listed
_NOT_EATING = re.compile(r"\b(?:don'?t|do not|dont|can'?t|cannot|never|won'?t|wont|doesn'?t|"
                         r"does not) (?:eat|touch|have)\b|\bavoid\w*\b|\bno (?:meat|animal)\b",
                         re.IGNORECASE)
# What B12 is or does: a follow-up about not getting enough asks what its lack is
_ABOUT_B12 = frozenset({"what_is_b12", "food_sources", "daily_amount"})
# Answers whose text names risk factors of their own ("Heavy drinking and weight-loss surgery
# can also lead to low B12"): a follow-up naming one of those is answered there again
_NAMES_RISKS = frozenset({_TRIGGERS})


@lru_cache(maxsize=8)
def risks_named_by(key: str) -> frozenset[str]:
    """The risk-factor keys the lexicon reads in an answer's own text."""
    return frozenset(pipeline.extract(knowledge.render(knowledge.ANSWERS_BY_KEY[key])).risk_factors)


_PROVIDER, _EMERGENCY, _ANEMIA, _SOURCES = ("when_to_see_provider", "emergency_signs", "anemia",
                                            "sources")
_WHAT_IS_B12 = "what_is_b12"
# Answers about B12 taken, after which "it" taken with a medicine is an interaction
_ABOUT_B12_TAKEN = frozenset({"treatment", "improvement_time", "dosing", "daily_amount"})


def rule_key(text: str, previous: str | None, symptoms: tuple[str, ...] = ()) -> str | None:
    """The FAQ key a short follow-up asks for in so many words, or None to choose from the
    selector's rankings. Only for a message already judged a follow-up. ``symptoms``: the
    lexicon's symptom keys in it."""
    if previous is None:
        return None
    text = normalise(text)
    # "what about the pernicious one?", "whats the intrinsic factor bit about": a term one
    # answer explains
    for key, term in intent_guard.TERMS:
        if re.search(rf"\b{term}", text, re.IGNORECASE):
            return key
    if previous in _ABOUT_B12_TAKEN and boundaries.taken_alongside_a_medicine(text):
        return boundaries.INTERACTIONS  # "can it be given alongside metformin?"
    if previous == _SOURCES and _VETTED.search(text):
        return _SOURCES  # "checked by a doctor?" after where the answers come from
    if previous == _TREATMENT and _EVEN_THE_DAMAGE.search(text):
        return _REVERSIBLE  # "what, even the nerve damage?" after how it is treated
    if previous != _WHAT_IS_B12 and (_B12_ITSELF.search(text) or (
            previous in _ABOUT_B12 and _WHAT_IT_DOES.search(text))):
        return _WHAT_IS_B12  # "ok n wat is b12 itself then" after the deficiency
    if _WHY_SHORT.search(text):
        return _TRIGGERS  # "so why would someone run short of it?"
    kind = _LIST_KIND.search(text)
    # (the kind named early: "and what about the body, like the stomach and the breathing")
    if previous in _LISTS and kind and len(_WORD.findall(text[:kind.end()])) <= _LIST_KIND_WORDS:
        # "and the nerve ones?" after the physical signs
        word = kind.group(1).lower()
        return _LIST_BY_KIND[next(k for k in _LIST_BY_KIND if word.startswith(k))]
    lists = [intent_guard.SYMPTOM_LIST_KEYS[kind] for key in symptoms
             for kind in lexicon.SYMPTOMS_BY_KEY[key].lists]
    if previous in _LISTS and lists:
        # "what about memory then" after the mood signs: the list that has it
        return previous if previous in lists else lists[0]
    if (previous in _SAYS_FOR_EVERYONE and _PREGNANCY_STATE.search(text)
            and len(_WORD.findall(text)) <= _AUDIENCE_WORDS):
        # "what about a woman who is pregnant?", "and my daughter-in-law, she's
        # breastfeeding": the amount answer says what pregnancy and nursing need
        return previous
    if (previous not in _SAYS_FOR_EVERYONE and _NEEDS_MORE.search(text)
            and (_PREGNANCY_STATE.search(text) or _EXPECTING.search(text))):
        # "my wife is expecting, does she need more?" after the foods: the amount answer
        # tells what pregnancy needs
        return _DAILY_AMOUNT
    if previous in _SAYS_FOR_EVERYONE and _A_CHILD_OF_ONES_OWN.search(text):
        # "and for my 4 year old?" after the daily amount: one child's amount is a dose,
        # for their pediatrician ("and for kids?" stays the daily amount, told for all)
        return boundaries.DOSING
    if _FOR_CHILDREN.match(text):
        return _CHILD_LIST if previous in _LISTS else (
            previous if previous in _SAYS_FOR_EVERYONE else None)
    if _FOR_ADULTS.match(text):
        return _ADULT_LIST if previous == _CHILD_LIST else (
            previous if previous in _SAYS_FOR_EVERYONE else None)
    if _FOR_PREGNANCY.match(text):
        return previous if previous in _SAYS_FOR_EVERYONE else None
    if previous == _PROVIDER and _URGENT.search(text):
        return _EMERGENCY
    if previous != _EMERGENCY and _WHICH_URGENT.search(text):
        return _EMERGENCY
    if previous == _EMERGENCY and _NOT_URGENT.search(text):
        return _PROVIDER
    if previous == _FOODS and _NOT_EATING.search(text):
        return _DIET  # "and if I don't eat any of those?" after the foods
    if _HOW_IT_IS_PUT_RIGHT.search(text):
        return _TREATMENT  # "and how do they sort it out", "how, precisely, is it put right?"
    if previous == _HOMOCYSTEINE and _TOO_HIGH.search(text):
        return _HOMOCYSTEINE  # "and what happens if it is high?" after homocysteine
    if previous != _FOODS and _WHERE_ONE_GETS_IT.search(text):
        return _FOODS  # "right so where do i get it from if not meat"
    if _WHERE_FROM.search(text):
        # ("where do you get it from, like what foods": B12 in food, not our sources)
        return _FOODS if _FOOD_ASKED.search(text) else _SOURCES
    if previous == _ANEMIA and _KIND_CALLED.search(text):
        return _ANEMIA  # "what is that type called?" after the anemia answer
    if previous != _PROVIDER and _WHEN_TO_CONSULT.search(text):
        return _PROVIDER
    if previous != _PROGRESSION and _HOW_THEY_COME.search(text) and not _UNDONE.search(text):
        return _PROGRESSION
    if previous != _REVERSIBLE and _UNDONE.search(text):
        return _REVERSIBLE
    if previous == boundaries.DOSING and _HOW_MANY.match(text):
        return previous  # "how many?" after the dose answer: still a dose
    if previous in _ABOUT_B12 and _NOT_ENOUGH.search(text):
        # "and if you dont get enough of it?"; what it does to the blood is the anemia
        return _ANEMIA if _THE_BLOOD.search(text) else intent_guard.WHAT_IS_DEFICIENCY_KEY
    if previous == _ANEMIA and _ANEMIA_KIND.search(text):
        return _ANEMIA
    if previous in _ABOUT_A_FORM and _HOW_SOON_IT_WORKS.search(text):
        return _IMPROVEMENT  # "how quick do the jabs work" after how it is treated
    if _WHO_GETS_IT.search(text):
        return intent_guard.RISK_KEY  # "who gets it most then" after why it happens
    if (previous in _ABOUT_A_FORM and _ANOTHER_FORM.search(text)
            and len(_WORD.findall(text)) <= 6):
        # "what about tablets instead?" after the shots, "and the tablets?" after how fast
        # the jab works: the same answer
        return previous
    if _WHY.match(text):
        # "why though" after the risks: how they bring deficiency on
        return _TRIGGERS if previous == intent_guard.RISK_KEY else previous
    if _ELABORATE.match(text) or _CLARIFIED.match(text):
        return previous
    if previous in _TOPICS_BESIDE_B12 and _B12_FOR_IT.search(text) and intent_guard.names_b12(text):
        return previous  # "so why does B12 matter for it?" after homocysteine
    if previous == _PROGRESSION and (_HOW_FAST.match(text) or _PACE.search(text)):
        return previous  # "at what pace, typically?" after how it progresses
    risks = _RISKS.findall(text)
    if risks and previous != _DIET and all(_DIET_WORDS.fullmatch(r) for r in risks):
        return _DIET  # "does that happen to vegans then": the diet has an answer of its own
    if risks and previous in _NAMES_RISKS and not people.names_a_person(text) and all(
            set(pipeline.extract(r).risk_factors) <= risks_named_by(previous) for r in risks):
        # "what about taking antacids" after the causes, which name them; one's own ("im on
        # metformin tho", "the indigestion tablets i take") asks about one's risk
        return previous
    if risks:
        return _DIET if all(_DIET_WORDS.fullmatch(r) for r in risks) else intent_guard.RISK_KEY
    if (about := _WHAT_ABOUT.match(text)) and _named_in_answer(about.group("thing"), previous):
        return previous  # "what about sleep?" after the mood signs, which name it
    return None


_TAGS = frozenset({"tho", "though", "then", "too", "also", "eh", "like", "innit", "please", "pls"})
_NOT_A_THING = frozenset({"that", "this", "it", "them", "those", "these", "then", "now", "you",
                          "me", "him", "her", "others", "other", "rest", "same", "one", "ones"})


def _named_in_answer(thing: str, key: str) -> bool:
    """Every word of ``thing`` (its stem: "sleep" for "sleeping") is in the answer's text."""
    # (a tag is no thing: "wat about sleep tho")
    words = [w for w in thing.lower().split() if w not in _NOT_A_THING and w not in _TAGS]
    text = _answer_text(key)
    return bool(words) and all(
        len(w) >= 4 and re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", text)
        for w in words)


@lru_cache(maxsize=32)
def _answer_text(key: str) -> str:
    return knowledge.render(knowledge.ANSWERS_BY_KEY[key]).lower()

