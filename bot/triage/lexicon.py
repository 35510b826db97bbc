"""The one symptom and risk-factor lexicon.

Everything the bot knows about *which* symptoms and risk factors exist lives
here: the article's four symptom lists, the nine emergency domains, the
always-urgent events, the risk factors, and the lay phrasings (with common
misspellings) that the spaCy pipeline matches.  FAQ answers, the rules and the
tests all read from this module, so a symptom is added in exactly one place.

Phrase syntax (compiled to spaCy Matcher patterns in ``bot.nlp.pipeline``):
- words are separated by spaces and matched case-insensitively;
- ``word*`` matches any token starting with ``word`` (inflections);
- plain words of seven letters or more also match one typo (two from ten letters),
  as long as the first letter is right.
"""

from __future__ import annotations

from dataclasses import dataclass

# Article sections a symptom is listed in.
PHYSICAL = "physical"
NEUROLOGICAL = "neurological"
PSYCHOLOGICAL = "psychological"
CHILD = "child"
COMMON = "common"  # named in the article's introduction / quick review

# The nine domains where a *sudden* change means emergency care now.
EMERGENCY_DOMAINS: dict[str, str] = {
    "vision": "vision",
    "gait": "walking (gait)",
    "balance": "balance",
    "muscle_control": "control of your muscles",
    "personality_mood": "personality or mood",
    "speech_understanding": "speaking clearly or understanding others",
    "memory": "memory",
    "sensation": "sensation (feeling)",
    "alertness": "alertness",
}


# Body parts that go numb or weak ("her leg's gone dead")
_LIMBS = ("hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "fingers", "toes",
          "face", "side", "thumb")


@dataclass(frozen=True)
class Symptom:
    key: str
    label: str
    lists: tuple[str, ...]
    domain: str | None  # emergency domain, if a sudden change here is a red flag
    phrases: tuple[str, ...]
    always_urgent: bool = False  # emergency whatever the onset (seizure, fainting…)
    crisis: bool = False  # thoughts of suicide or self-harm: add a crisis line


_PERSONS = ((" myself", (" himself", " herself", " themselves", " themself")),
            (" my life", (" his life", " her life", " their life")),
            (" my own life", (" his own life", " her own life", " their own life")))


def _for_anyone(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each crisis phrase said of oneself, also said of someone else ("topping myself":
    "topping himself"), so a carer's or friend's report reads like the person's own."""
    out = list(phrases)
    for phrase in phrases:
        for mine, others in _PERSONS:
            if (phrase + " ").find(mine + " ") >= 0:
                out += [(phrase + " ").replace(mine + " ", o + " ").strip() for o in others]
    return tuple(dict.fromkeys(out))


# How long someone was "out for" in a faint: "out for maybe thirty seconds", "out for like 10 sec"
_FAINT_HEDGES = ("", "about ", "maybe ", "like ", "nearly ", "almost ", "at least ", "over ",
                 "around ", "roughly ", "just ", "only ")
_FAINT_AMOUNTS = ("a", "a few", "few", "a couple of", "a couple", "several", "some", "half a",
                  "a good", "a full", "one", "two", "three", "four", "five", "ten", "fifteen",
                  "twenty", "thirty", "forty", "sixty", "1", "2", "3", "4", "5", "10", "15", "20",
                  "30", "40", "60")
_FAINT_UNITS = ("second", "seconds", "secs", "sec", "minute", "minutes", "mins", "min", "moment",
                "moments")
FAINT_SPANS: tuple[str, ...] = tuple(f"out for {hedge}{amount} {unit}" for hedge in _FAINT_HEDGES
                                     for amount in _FAINT_AMOUNTS for unit in _FAINT_UNITS)

SYMPTOMS: tuple[Symptom, ...] = (
    # --- common signs (introduction and quick review) ---
    Symptom("fatigue", "tiredness (fatigue)", (COMMON, CHILD), None, (
        "tired*", "tierd", "tird", "fatigue*", "fatigued", "exhaust*", "exausted", "exhuasted", "exhasted",
        "worn out", "wiped out", "no energy", "low energy", "drained",
        "sleepy all the time", "always sleepy", "knackered", "lethargic",
    )),
    Symptom("weakness", "weakness", (COMMON,), "muscle_control", (
        "weak", "weakness", "weaker", "muscle weakness", "feel feeble", "feeble",
        "legs give way", "arm went weak", "arms feel weak", "legs feel weak",
        # strength said as power (Pidgin "leg no get power"); not a power cut
        "no get power", *(f"{lost} {w} {part}" for lost in ("no power in", "lost power in",
                                                               "lost the power in",
                                                               "no strength in",
                                                               "lost strength in")
                          for w in ("my", "his", "her", "their", "the")
                          for part in ("leg*", "arm*", "hand*", "feet", "foot")),
        "leg no power", "legs no power", "hand no power", "arm no power",
    )),
    Symptom("concentration", "difficulty concentrating", (COMMON, NEUROLOGICAL), None, (
        "concentrat*", "consentrate", "focus*", "cant focus", "can't focus",
        "trouble focusing", "brain fog", "brainfog", "foggy", "fuzzy headed",
        "mind wanders", "hard to think",
    )),
    Symptom("shortness_of_breath", "shortness of breath", (COMMON, PHYSICAL), None, (
        "short of breath", "shortness of breath", "out of breath", "breathless*",
        "can't catch my breath", "cant catch my breath", "winded",
        "hard to breathe", "difficulty breathing", "trouble breathing",
        "struggle to breathe", "struggling to breathe", "breathing is hard",
    )),
    # --- physical ---
    Symptom("bowel_changes", "bowel changes such as diarrhea or constipation", (PHYSICAL,), None, (
        "diarrhea", "diarrhoea", "diarhea", "diarrea", "the runs", "loose stool*",
        "constipat*", "cant poop", "can't poop", "bowel change*", "bowels",
        "bowel movements",
    )),
    Symptom("appetite_loss", "loss of appetite", (PHYSICAL,), None, (
        "no appetite", "lost my appetite", "loss of appetite", "appetite is gone",
        "not hungry", "never hungry", "don't feel like eating", "dont feel like eating",
        "poor appetite", "appetite is poor", "off my food", "off food",
        "don't feel hungry", "dont feel hungry", "not feeling hungry", "barely eating",
        "don't want to eat", "dont want to eat",
    )),
    Symptom("weight_loss", "unwanted weight loss", (PHYSICAL,), None, (
        "losing weight", "lost weight", "weight loss", "dropping weight",
        "dropped weight", "getting thinner", "lost pounds", "lost kilos",
        "weight is dropping",
        "lost a few kilos", "lost a few pounds", "lost some weight", "weight has dropped",
        "lost kilos", "clothes are loose",
    )),
    Symptom("lightheadedness", "lightheadedness, especially when standing up", (PHYSICAL,), None, (
        "lightheaded*", "light headed", "light-headed", "woozy", "head rush*",
        "see stars when i stand", "head spins when i stand",
    )),
    Symptom("pale_skin", "pale skin", (PHYSICAL,), None, (
        "pale", "pale skin", "pallor", "pasty", "washed out", "look grey",
        "skin is yellowish", "yellow skin",
    )),
    Symptom("swollen_tongue", "a swollen or sore tongue", (PHYSICAL,), None, (
        "swollen tongue", "tongue is swollen", "tongue swollen", "sore tongue",
        "tongue is sore", "tongue hurts", "red tongue", "smooth tongue",
        "tongue is red", "tongue feels", "burning tongue", "glossitis",
        "tongue has been sore", "tongue's sore", "tongue has been swollen", "tongue sore",
    )),
    Symptom("bleeding_gums", "bleeding gums", (PHYSICAL,), None, (
        "bleeding gums", "gums bleed*", "gums are bleeding", "bleedy gums",
        "blood when i brush", "gum bleeding",
    )),
    Symptom("mouth_ulcers", "mouth ulcers", (PHYSICAL,), None, (
        "mouth ulcer*", "ulcers in my mouth", "mouth sore*", "sores in my mouth",
        "canker sore*", "ulcers on my tongue",
    )),
    Symptom("nausea", "nausea", (PHYSICAL,), None, (
        "nausea*", "nauseous", "nausious", "queasy", "sick to my stomach",
        "feel sick", "feeling sick",
    )),
    Symptom("vomiting", "vomiting", (PHYSICAL,), None, (
        "vomit*", "throwing up", "threw up", "throw up", "puking", "puked",
    )),
    Symptom("palpitations", "heart palpitations (a racing or pounding heartbeat)", (PHYSICAL,), None, (
        "palpitation*", "palpitations", "heart racing", "heart is racing", "racing heart",
        "heart races", "heart pounds", "heart flutters",
        "heart pounding", "heart is pounding", "pounding heart", "heart flutter*",
        "heart skips", "skipped beats", "heart beating fast",
    )),
    # --- neurological ---
    Symptom("dementia", "dementia (memory and thinking that get worse)", (NEUROLOGICAL,), "memory", (
        "dementia", "demensia", "senile",
    )),
    Symptom("hallucinations", "hearing or seeing things that are not there (hallucinations)",
            (NEUROLOGICAL,), "personality_mood", (
        "hallucinat*", "halucinat*", "hearing voices", "hear voices",
        "seeing things", "see things that aren't there", "see things that arent there",
        "hear things that aren't there",
        "seeing or hearing things", "hearing or seeing things", "hearing things",
    )),
    Symptom("psychosis", "losing touch with reality (psychosis)", (NEUROLOGICAL,),
            "personality_mood", (
        "psychosis", "psychotic", "lost touch with reality", "losing touch with reality",
        "break from reality", "paranoid", "paranoia",
    )),
    Symptom("balance_problems", "problems with balance", (NEUROLOGICAL,), "balance", (
        "balance", "off balance", "unsteady", "wobbly", "the wobbles", "keep falling", "keep falling over",
        # "wobblin aboot lik a new-born lamb" (Scots, the g dropped)
        # (a person wobbling, not a tooth or a table)
        "i'm wobbling", "im wobbling", "i am wobbling", "i'm wobblin", "im wobblin",
        "she's wobbling", "he's wobbling", "she is wobbling", "he is wobbling",
        "wobbles about", "wobbling about", "wobblin about", "wobbling around",
        "wobbling on my feet", "wobbling on her feet", "wobbling on his feet",
        # a loss said with "no", which the negation reader would otherwise take as a denial
        "have no balance", "has no balance", "got no balance", "no balance at all",
        "no balance anymore", "no more balance", "lost all balance",
        "no fit balance", "no fit stand well", "no get balance", "no get balance again",
        "fell over", "unbalanced", "lose my balance", "losing my balance",
        # anyone's: "dad keeps losing his balance" (the verb in any form)
        "lose his balance", "lose her balance", "lose their balance", "lose balance",
        "losing his balance", "losing her balance", "losing their balance",
        # leaning over as she stands: "falling towards one side"
        "falling to one side", "falling towards one side", "falls to one side",
        "fell to one side", "leaning to one side", "leaning towards one side",
        "tilting to one side", "toppling to one side", "keeling to one side",
        "tipping over", "tipping", "falling over", "keep tipping", "sway*",
        # Shetland "reelin aboot an canna bide on her feet", Caribbean "keep tumbling about"
        "reeling about", "reeling around", "reeling all over", "can't stay on her feet",
        "can't stay on his feet", "can't stay on my feet", "cannot stay on her feet",
        "cannot stay on his feet", "can't bide on her feet", "can't bide on his feet",
        "keep tumbling", "keeps tumbling", "tumbling about", "tumbling around", "tumbling over",
        # "falling about like a drunk man" (staggering about is the gait's)
        "falling about",
        # the body unsteady: "mih body not steady" (not "holding the wall": most say "can't
        # walk without holding the wall", and "without" would read as a denial)
        "not steady", "body not steady", "furniture walking",
        # the room tipping: "the whole den went sideways"
        "went sideways", "room went sideways", "everything went sideways", "world went sideways",
        "going sideways", "goes sideways",
        "can't stand up straight", "cant stand up straight", "can't stand straight",
        "cant stand straight", "room tilts", "tilting",
        # "can't keep upright", "cannae keep my feet"
        "can't keep upright", "cant keep upright", "can't stay upright", "cant stay upright",
        "cannot stay upright", "can't keep my feet", "cant keep my feet", "can't stay on my feet",
        "cant stay on my feet",
        # "lost her footing three times"
        "lost her footing", "lost his footing", "lost my footing", "losing her footing",
        "losing his footing", "losing my footing", "lose my footing", "loses her footing",
        "loses his footing",
        # "the floor is moving", "the whole world tilted"
        "floor is moving", "floor's moving", "floor was moving", "floor moving",
        "ground is moving", "ground moving", "world tilted", "world tilting",
        # "my body not balance" (a verb left out), "i feel like falling"
        "not balance", "not balanced", "body not balance", "feel* like falling",
        "feel* like i'm falling", "feel* like im falling", "feel* like i am falling",
        "feel* like i will fall", "feel* like i might fall", "feel* like i'm going to fall",
        "feel* like im going to fall", "feel* like i'm gonna fall", "feel* like im gonna fall",
    )),
    Symptom("tingling_numbness",
            "tingling, numbness or pins and needles in the hands or feet (neuropathy)",
            (NEUROLOGICAL, CHILD), "sensation", (
        "tingl*", "tingeling", "pins and needles", "pins n needles", "pins an needles", "pins & needles",
        "pin and needles", "pins and needle", "numb", "numbness", "numbed", "numbing", "numbish",
        "can't feel my", "cant feel my", "no feeling in", "neuropathy",
        # said without a verb: "my fingers no feeling"
        "fingers no feeling", "hands no feeling", "hand no feeling", "feet no feeling",
        "foot no feeling", "legs no feeling", "leg no feeling", "arm no feeling",
        "arms no feeling", "face no feeling", "toes no feeling",
        "can't feel me", "cant feel me", "couldn't feel my", "couldnt feel my",
        "couldn't feel me", "couldnt feel me", "cannot feel my", "could not feel my",
        "lost all feeling", "like cotton wool", "feel like cotton wool",
        "paresthesia", "paraesthesia", "prickling", "burning feet",
        "lost feeling", "losing feeling", "lost sensation", "losing sensation",
        # ("lost all sensation in my right foot", "lost the feeling in her hand")
        *(f"lost {some} {what}" for some in ("all", "all the", "the", "any", "some", "most",
                                            "all of the", "most of the")
          for what in ("feeling", "sensation")),
        "feet are burning", "hands are burning",
        # a limb "gone dead" (not a phone or a battery), and what it no longer feels
        *(f"{part}{verb} dead" for part in _LIMBS
          for verb in (" went", " gone", "'s gone", " has gone", " have gone", " going",
                       " goes", " feels", " feel", " is", " gone all", " went all")),
        *(f"{cannot} feel the {thing}" for cannot in ("can't", "cant", "cannot", "couldn't",
                                                       "couldnt")
          for thing in ("keys", "floor", "ground", "pedal*", "cup", "pen", "steering wheel",
                        "buttons", "tap", "water")),
    )),
    Symptom("confusion", "confusion or problems thinking", (NEUROLOGICAL,), "alertness", (
        "confused", "confusion", "confuzed", "disoriented", "disorientated", "can't think straight",
        "cant think straight", "muddled", "don't know where i am",
        "asked what day it was", "asked three times", "asking what day it is",
        "dont know where i am", "doesn't know where", "doesnt know where",
        "didn't know where", "didnt know where", "don't know where", "dont know where",
        "doesn't know who", "doesnt know who", "doesn't know what day", "doesnt know what day",
    )),
    Symptom("memory_problems", "memory problems", (NEUROLOGICAL, CHILD), "memory", (
        "memory", "forgetting things", "forget things", "forget many things", "forgetting many things", "forgets many things",
        "forget a lot of things", "forget where", "keep forgetting",
        # a care note's "poor recall", "recall poor today"
        "poor recall", "recall poor", "recall is poor", "recall very poor",
        # "unable to retain anything for more than a minute"
        "unable to retain", "can't retain", "cant retain", "cannot retain", "not retaining",
        "couldn't retain", "could not retain",
        # hours gone missing: "no idea how I got there", "keeps asking what day it is"
        "no idea how i got there", "don't know how i got there", "dont know how i got there",
        "no idea how he got there", "no idea how she got there", "what day it is",
        "lost two hours", "lost a couple of hours", "lost an hour", "hours are missing",
        # Scots and Irish "mind" is remember: "he couldnae mind the dogs' names"
        "can't mind", "cant mind", "cannot mind", "couldn't mind", "couldnt mind",
        "could not mind", "doesn't mind who", "didn't mind who",
        "forgetful*", "forgets things", "can't remember", "cant remember",
        # no memory of today, a name not known: "has no memory at all of mass"
        "no memory of", "no memory at all", "no recollection", "did not know my name",
        # what was known is gone: "has lost all recollection of the past several days"
        "lost all recollection", "lost recollection", "lost all memory", "lost all memories",
        "lost his memory", "lost her memory", "lost my memory", "lost their memory",
        "didn't know my name", "didnt know my name", "doesn't know my name",
        "doesnt know my name", "not know my name",
        "cannot remember", "memory loss", "memory is bad", "losing my memory", "amnesia",
        "forgot where", "forgot who", "forgot how", "forgets where", "forgets who",
        "forgot my own", "forgot my address", "forgot my name", "forgot his name",
        "forgot her name", "forgot what year",
        # everything, or a great deal, forgotten, in any tense ("She forget everything",
        # "I forgetting plenty")
        *(f"{verb} {what}" for verb in ("forget", "forgets", "forgetting", "forgot")
          for what in ("everything", "plenty", "a lot", "lots", "loads", "so much",
                       "all sorts", "stuff", "all the time")),
        "doesn't recogni*", "doesnt recogni*", "didn't recogni*", "didnt recogni*",
        "can't recogni*", "cant recogni*", "not recogni*", "won't recogni*",
        # lost on a way known for years: "got lost coming home from the shops"
        "got lost", "gets lost", "getting lost",
    )),
    Symptom("personality_changes", "personality changes", (NEUROLOGICAL,), "personality_mood", (
        "personality", "not myself", "not himself", "not herself",
        # Scots "nae hissel" (read "no himself")
        "no himself", "no herself", "no myself",
        # acting or behaving oddly, in any of the everyday words for odd ("actin mad")
        *(f"{verb} {odd}" for verb in ("acting", "behaving") for odd in (
            "strange*", "weird", "odd", "oddly", "mad", "crazy", "funny", "peculiar",
            "nuts", "loopy", "differently")),
        # feeling unreal: "like im not me, watching myself from across the room"
        "like im not me", "like i'm not me", "like i am not me", "watching myself",
        "not feel like me", "dont feel like me", "don't feel like me",
        "a different person",
        # what a changed temper does: "started cussing at me", "threw a cup at the dog"
        # ("cuss*" as typed: a typo-tolerant "cussing" would read "Cushing's syndrome")
        "cuss*", "cursing at", "swearing at me", "swearing at us", "lashing out",
        "lashed out", "throwing things", "threw things", "not the man i know",
        "not the woman i know", "not the person i know",
        "went strange", "gone strange", "turned strange", "going strange",
        "turned nasty", "gone nasty", "went nasty", "mean as a snake",
        # "suddenly my father is not like my father"
        *(f"not like my {p}" for p in ("father", "mother", "dad", "mum", "mom", "husband",
                                       "wife", "son", "daughter", "brother", "sister")),
        "behavior changed", "behaviour changed",
        "bizarre", "out of character", "not like him",
        "aggressive", "unlike him", "unlike her", "unlike himself", "unlike herself",
        "not like her", "not like himself", "not like herself", "not acting like himself",
        # the formal words for it: "his altered temperament", "a change in her demeanour"
        "temperament", "demeanour", "demeanor",
        # a temper that flares: "went from calm to raging" (not a "raging headache")
        "from calm to", "into a rage", "in a rage", "fits of rage", "rage attacks",
    )),
    Symptom("taste_smell_loss", "loss of taste or smell", (NEUROLOGICAL,), "sensation", (
        "can't taste", "cant taste", "cannot taste", "can't smell", "cant smell",
        "cannot smell", "lost my sense of taste", "lost my sense of smell",
        "loss of taste", "loss of smell", "food tastes like nothing",
        "no sense of smell", "no sense of taste", "taste is gone", "smell is gone",
        "los* my sense of smell", "los* your sense of smell", "los* sense of smell",
        "los* my sense of taste", "los* your sense of taste", "los* sense of taste",
        "los* the sense of smell", "los* the sense of taste",
        "don't taste the same", "dont taste the same", "doesn't taste the same",
        "doesnt taste the same", "tastes different", "taste different",
        "smell has faded", "taste has faded", "sense of smell has faded",
        "sense of taste has faded", "can't smell things", "sense of smell is going",
    )),
    Symptom("vision_loss", "vision loss or changes in eyesight", (NEUROLOGICAL,), "vision", (
        "can't make out", "cant make out", "cannot make out",
        # "just a grey blank where the work should be"
        "grey blank", "gray blank", "black blank", "blank patch", "blank spot",
        "vision", "vison", "visoin", "eyesight", "visual loss", "visual disturbance*",
        "blurry", "blurred", "blurr*",
        "can't see", "cant see", "cannot see", "can not see", "unable to see",
        "going blind", "went blind", "blind", "double vision", "seeing double",
        # not "doubled" alone: one typo away is "double", as in "double up my dose"
        "everything doubled", "vision doubled", "sight doubled", "things doubled", "looks double", "seeing two of everything", "see two of everything",
        # double vision told as the eyes or the world "going" double
        "eyes go double", "eyes goes double", "eyes going double", "eyes went double",
        "eyes gone double", "eyes are double", "eye went double", "eye goes double",
        "everything went double", "everything goes double", "everything is double",
        "everything looks double", "things look double", "things went double",
        "things go double", "seeing things double", "see double",
        "losing my sight", "lost my sight", "sight",
    )),
    # --- psychological ---
    Symptom("apathy", "apathy (not caring about things)", (PSYCHOLOGICAL,), "personality_mood", (
        "apathy", "apathetic", "don't care about anything", "dont care about anything",
        "can't be bothered", "cant be bothered", "no motivation", "unmotivated",
        "numb emotionally", "emotionally numb", "numb inside", "feel nothing",
        "lost interest", "no emotion", "no emotions", "no feelings", "emotionally flat",
        "flat affect", "expressionless", "no expression",
    )),
    Symptom("agitation", "agitation", (PSYCHOLOGICAL,), "personality_mood", (
        "agitat*", "restless", "on edge", "can't sit still", "cant sit still",
    )),
    Symptom("depression", "low mood or depression", (PSYCHOLOGICAL,), "personality_mood", (
        "depress*", "depresed", "low mood", "feeling low", "feel low", "feeling down",
        "feel down", "sad all the time", "hopeless", "feel empty",
        "mood", "mood has been low", "mood is low", "mood getting lower",
        # said of a person, not of the weather: "me wife say I been miserable and vexed"
        "been miserable", "feeling miserable", "feel miserable", "so miserable",
        "very miserable", "more miserable", "gone miserable", "turned miserable",
    )),
    Symptom("irritability", "irritability", (PSYCHOLOGICAL,), "personality_mood", (
        "irritab*", "irritible", "irritated", "cranky", "grumpy", "snappy",
        # compared with before: "grumpier than a wasp"
        "grumpier", "crankier", "crabbier", "snappier", "moodier", "tetchier", "rattier",
        "short tempered", "short-tempered", "moody",
        # "more cross and contrary than usual"
        "more cross", "so cross", "very cross", "cross and contrary", "more contrary",
        "tetchy", "ratty", "narky", "stroppy", "crabby", "crotchety", "ornery",
    )),
    Symptom("anger", "anger", (PSYCHOLOGICAL,), "personality_mood", (
        "anger", "angry", "rage", "furious", "lose my temper", "losing my temper", "temper",
        "angrier",
        # Caribbean "vexed" / "vex" is angry: "she vex all the time now"
        "vexed", "get vex", "gets vex", "always vex", "so vex", "vex all",
    )),
    Symptom("anxiety", "anxiety", (PSYCHOLOGICAL,), "personality_mood", (
        "anxi*", "anxios", "axiety", "nervous", "worried all the time", "panicky",
        "panic attacks", "panic attack",
    )),
    Symptom("insomnia", "trouble sleeping (insomnia)", (PSYCHOLOGICAL,), None, (
        "insomnia", "insomnia", "can't sleep", "cant sleep", "cannot sleep",
        "not sleeping", "trouble sleeping", "sleepless", "awake all night",
        "can't fall asleep", "cant fall asleep", "wake up at night",
        "haven't been sleeping", "havent been sleeping", "not been sleeping",
        "sleeping badly", "sleeping poorly", "sleep is bad", "sleep badly", "poor sleep",
    )),
    Symptom("disorganized_thoughts", "disorganized thoughts", (PSYCHOLOGICAL,), "alertness", (
        "disorganized thoughts", "disorganised thoughts", "thoughts are jumbled",
        "jumbled thoughts", "thoughts are all over the place", "scattered thoughts",
        "racing thoughts", "muddled thoughts",
    )),
    # --- children and infants ---
    Symptom("syncope", "fainting (syncope)", (CHILD,), None, (
        "faint*", "fanted", "syncope", "syncopal",
    ), always_urgent=True),
    Symptom("headache", "headache", (CHILD,), None, (
        "headache*", "head ache*", "head hurts", "migraine*", "hedache",
    )),
    Symptom("seizures", "seizures", (CHILD,), None, (
        "seizure*", "siezure*", "seisure*", "convuls*", "had a fit", "having fits",
        # ("another fit": never the health sense; "have a fit" alone is also anger)
        "another fit", "had fits", "has fits",
        # clinical words: "generalised tonic-clonic, now post-ictal"
        "tonic-clonic", "tonic clonic", "post-ictal", "postictal", "grand mal", "petit mal",
        "status epilepticus",
        # Pidgin: "my pikin get fit now now", "e don get fit"
        "get fit now", "fit now now", "don get fit", "e get fit",
        # "got a fit in the garden", "took a fit" (any form of the verb)
        # "got fits one hour back" (fits* as typed: the lemma of "get fits" is "get fit")
        "get a fit", "take a fit", "get fits*",
        "epileptic fit", "fitting",
        # a seizure named by the illness: "have epilepsy attack, never before"
        "epilepsy attack", "epileptic attack", "epilepsy fit", "epileptic seizure",
        "epileptic episode", "epilepsy episode", "seized", "seizing", "having a fit", "getting fits",
        # Scots and Irish "took a fit", "she's taken a fit"
        "took a fit", "taken a fit", "tak a fit", "took a wee fit", "took fits",
        # Nigerian Pidgin "she get fit" (had a fit; not "get fit" the exercise)
        "she get fit", "he get fit", "e get fit", "don get fit", "dey get fit", "mama get fit",
        "papa get fit",
        "shaking all over", "whole body shaking", "whole body was shaking",
        "body was jerking", "body started jerking", "jerking all over", "eyes rolled",
        "eyes rolling", "eyes rolled back", "eyes went back", "rolled back in",
        "foaming at the mouth", "frothing at the mouth", "froth at the mouth",
        "went stiff", "gone stiff", "stiff as a board", "stiffened", "went rigid", "rigid and",
        "bit his tongue", "bit her tongue", "bit my tongue", "bitten his tongue",
        "bitten her tongue", "wet himself", "wet herself", "lost control of his bladder",
        "lost control of her bladder", "shaking and not responding", "jerking and not responding",
        "shaking and wouldn't respond", "shaking uncontrollably", "twitching all over",
    ), always_urgent=True),
    Symptom("dizziness", "dizziness", (CHILD,), "balance", (
        "dizz*", "dizy", "vertigo", "room is spinning", "room spinning", "spinning",
    )),
    Symptom("developmental_delay", "developmental delays", (CHILD,), None, (
        "developmental delay*", "development delay*", "delayed development",
        "not crawling", "not walking yet", "not talking yet", "behind on milestones",
        "missing milestones", "slow to develop", "late to walk", "late to talk",
        "behind with walking", "behind with talking", "behind on walking",
        "behind on talking", "behind in development", "isn't growing", "isnt growing",
        "not growing", "not developing", "isn't developing", "isnt developing",
        "not gaining weight", "failure to thrive",
        "delayed speech",
    )),
    Symptom("hypotonia", "low muscle tone (hypotonia)", (CHILD,), "muscle_control", (
        "hypotonia", "low muscle tone", "floppy", "limp", "poor muscle tone",
    )),
    Symptom("tremors", "tremors (shaking)", (CHILD,), "muscle_control", (
        "tremor*", "trembl*", "shaking", "shaky", "shakes", "hands shake",
    )),
    Symptom("myoclonus", "involuntary muscle twitching (myoclonus)", (CHILD,), "muscle_control", (
        "myoclonus", "twitch*", "jerks", "jerking", "muscle spasms", "spasms",
    )),
    # --- emergency domains with no article list entry of their own ---
    Symptom("walking_difficulty", "difficulty walking", (), "gait", (
        "can't walk", "cant walk", "cannot walk", "trouble walking", "hard to walk",
        # walking done badly, in any form ("walks poorly", "can barely walk")
        "walk poorly", "walk badly", "walk very poorly", "walk very badly", "barely walk",
        "hardly walk", "scarcely walk",
        "difficulty walking", "walking funny", "walk funny", "can't walk straight",
        # a denied normal: "his walking is not normal now"
        "walking is not normal", "walking not normal", "walking isn't normal",
        "walking isnt normal", "walking is not right", "walking not right",
        "walking isn't right", "walking isnt right", "walk is not normal", "walk not normal",
        "walking weird", "walks weird", "walking strange", "walking strangely", "walks funny",
        "cant walk straight", "stumbling", "shuffling", "dragging my leg", "limping",
        "legs won't work", "gait",
        # "cannot put one foot in front of the other"
        *(f"{cannot} put one foot in front of the other"
          for cannot in ("can't", "cant", "cannot", "can not", "couldn't", "couldnt", "could not")),
        "no fit walk", "no go fit walk", "no fit stand",
        # a clinical note's gait: "wide based, veering to the R", "unable to ambulate"
        "wide based", "wide-based", "veering", "unable to ambulate", "not ambulating",
        "can't manage more than", "cant manage more than",
        # staggering, a leg dragged behind: "draggin his right leg behind him"
        "stagger*", "dragging his leg", "dragging her leg", "dragging his right leg",
        "dragging his left leg", "dragging her right leg", "dragging her left leg",
        "dragging my right leg", "dragging my left leg", "dragging one leg",
        # toes caught, a walk "gone daft", a clinical note's "ambulated"; legs that stop
        # working stop the walking ("legs just stopped working all at once")
        "catch* my toe*", "catch* me toe*", "catch* his toe*", "catch* her toe*",
        # "trippin over me ain feet", "keeps tripping up"
        *(f"{trip} over {whose} own feet" for trip in ("tripping", "trippin", "tripped", "trip")
          for whose in ("my", "me", "his", "her", "their")),
        "keep tripping", "keeps tripping", "kept tripping", "keep trippin", "tripping up",
        "walking's gone", "walkin's gone", "walking has gone", "walk has gone",
        "steps without support", "steps without help",
        *(f"{legs}{just}stopped working" for legs in ("legs ", "leg ")
          for just in ("", "just ", "have ", "have just ", "has ", "suddenly ")),
    )),
    Symptom("muscle_control_loss", "losing control of muscles", (), "muscle_control", (
        # "I have lost command of my right hand", "my fingers stopped working"
        "fingers stopped working", "hand stopped working", "hands stopped working",
        # hands gone clumsy: "that clumsy he can't tie his boots"
        "clumsy", "clumsiness", "can't tie his", "can't tie her", "can't tie my",
        "cant tie his", "cant tie her", "cant tie my",
        # "his fingers became stiff and not working"
        *(f"{part} {verb}not working" for part in ("fingers", "hand", "hands", "arm", "arms")
          for verb in ("", "are ", "is ", "and ", "just ")),
        # "my hands will not do what I ask of them"
        *(f"{part} {verb} do what i {want}" for part in ("hand", "hands", "arm", "arms", "legs",
                                                          "leg", "fingers", "body")
          for verb in ("will not", "won't", "wont", "would not", "wouldn't", "wouldnt")
          for want in ("ask", "tell", "want")),
        "arm stopped working", "arms stopped working",
        # a limb that will not obey: "my legs not listen to me", "hands not doing what I want"
        *(f"{part} {neg} {obey}" for part in (*_LIMBS, "muscle", "muscles", "body")
          for neg in ("not", "won't", "wont", "will not", "don't", "dont", "do not", "doesn't",
                      "is not", "isn't", "are not", "aren't", "no")
          for obey in ("listen", "listening", "obey", "obeying", "doing what i want",
                       "do what i want", "cooperate", "cooperating")),
        # ...or moves of itself: "they move alone", "her arm moves on its own"
        *(f"{moves} {alone}" for moves in ("move", "moves", "moving", "moved")
          for alone in ("alone", "on their own", "on its own", "by themselves", "by itself",
                        "of their own accord", "of its own accord")),
        # a carer's or a note's wording: "struggling to control arms", "poor motor control"
        "struggling to control", "struggles to control", "trouble controlling",
        "difficulty controlling", "unable to control", "poor motor control", "poor control of",
        "loss of motor control", "lost motor control",
        # "my hands just quit on me"
        "hand quit on", "hands quit on", "arm quit on", "arms quit on", "fingers quit on",
        "hand just quit", "hands just quit", "arm just quit", "fingers just quit",
        "lost command of", "no command of", "lost control of my", "lost control of his",
        "lost control of her",
        "can't move my", "cant move my", "cannot move my", "can't control my",
        "cant control my", "lost control of my", "losing control of my",
        "no control over my", "no control of my", "control over my muscles",
        "control of my muscles",
        "can't lift my", "cant lift my", "cannot lift my", "can't grip", "cant grip",
        # a care note's "unable to grip/coordinate cutlery"
        "unable to grip", "cannot grip", "unable to coordinate", "can't coordinate",
        "cannot coordinate", "poor coordination", "lost coordination", "loss of coordination",
        "uncoordinated",
        "won't do what i", "wont do what i", "hands won't", "hands wont", "arm won't",
        "arm wont", "leg won't", "leg wont", "gave out", "gave way", "weak on one side",
        "weakness on one side", "numb down one side", "paralys*", "paralyz*", "face droop*", "drooping", "droopy",
        "face is drooping", "one side of my face", "dropping things",
        "arm won't move", "leg won't move",
        # the same said in the past: "by 10 my hands wouldn't close on the reins"
        "hands wouldn't", "hands wouldnt", "hand won't", "hand wont", "hand wouldn't",
        "fingers won't", "fingers wont", "fingers wouldn't", "arm wouldn't", "leg wouldn't",
        # a face pulled to one side, however it is said ("face went crooked", "mouth's
        # gone squint", "drooling from one side")
        "face crooked", "crooked face", "face became crooked", "face went crooked",
        "face gone crooked", "face is crooked", "lopsided", "gone squint", "went squint",
        "mouth squint", "drooling from one side", "drooling out of one side",
        "drooling on one side", "drool* from one side", "side of his face", "side of her face",
        "mouth pulled", "face pulled", "mouth slipped", "face slipped",
        # "your mouth's gone down on the one side"
        "gone down on one side", "gone down on the one side", "went down on one side",
        "dropped on one side", "dropped down on one side",
        "no fit move", "no fit hold", "no fit lift",
    )),
    Symptom("speech_problems", "trouble speaking or understanding others", (),
            "speech_understanding", (
        "slurr*", "can't speak", "cant speak", "cannot speak", "can't talk",
        "aphasi*", "dysphasi*", "dysarthri*",
        # a clinical note's "word-finding difficulty"
        "word-finding", "word finding", "finding her words", "finding his words",
        "finding my words", "finding the words",
        # Pidgin and patois: "him talk no clear", "she nah undastan"
        "talk no clear", "talk nor clear", "speak no clear", "word no clear", "mouth twist*",
        "mouth don twist", "nah undastan", "nuh undastan", "no undastan",
        # Pidgin "my talk scatter": speech in pieces
        "talk scatter*", "talk don scatter*", "talk dey scatter*", "word scatter*",
        "words scatter*", "words dey scatter*", "words don scatter*", "speech scatter*",
        "cant talk", "trouble speaking", "hard to speak", "words come out wrong",
        "words are jumbled", "can't get my words out", "cant get my words out",
        "words come out jumbled", "words come out all jumbled", "words coming out jumbled",
        "words came out jumbled", "words came out all jumbled", "jumbled words",
        "can't say what i mean", "cant say what i mean", "cannot say what i mean",
        "can't understand", "cant understand", "cannot understand", "speech",
        "talking gibberish", "making no sense",
        # talking oddly, in the everyday words for odd ("my boss he speak funny")
        *(f"{verb} {odd}" for verb in ("talking", "talks", "talk", "talked", "speaking",
                                        "speaks", "speak", "spoke") for odd in (
            "funny", "weird", "strange*", "odd", "oddly", "peculiar", "all wrong")),
        # the mouth or tongue that stops obeying: "my mouth just quits on me"
        *(f"{part} {just}{verb}" for part in ("mouth", "tongue")
          for just in ("", "just ")
          for verb in ("quit on", "quits on", "quit working", "stopped working",
                       "stops working", "won't work", "wont work", "wouldn't work",
                       "wouldnt work", "wouldn't cooperate", "won't cooperate",
                       "went on strike", "goes on strike")),
        "talking nonsense", "not making sense", "nonsense", "can't find my words",
        "cant find my words", "can't find the words", "cant find the words",
        "can't get the words", "words won't come", "words wont come", "sounds drunk",
        "words wouldn't come", "words wouldnt come", "words would not come",
        "words just wouldn't come", "words just won't come", "head nor tail", "head or tail",
        # a sentence that will not come whole: "by 12 he could not finish one sentence"
        *(f"{cannot} {verb} {det} sentence"
          for cannot in ("can't", "cant", "cannot", "could not", "couldn't", "couldnt",
                         "unable to")
          for verb in ("finish", "get out", "string")
          for det in ("a", "one", "his", "her", "my", "the")),
        "ability to express", "unable to express",
        "speech sounds",
        "no fit talk", "no fit speak", "no fit understand",
        "mumbl*",
        "unable to comprehend", "can't comprehend", "cant comprehend", "cannot comprehend",
        "not comprehending", "not understanding what", "doesn't understand what",
        # a formal letter's "unable to articulate clearly", "appears not to comprehend"
        *(f"{cannot} {verb}" for cannot in ("unable to", "can't", "cannot", "not able to",
                                             "not to", "fails to", "failing to")
          for verb in ("articulate", "comprehend", "enunciate")),
        "doesnt understand what",
        # the formal noun: "my difficulty in comprehending conversation"
        "difficulty comprehending", "difficulty in comprehending", "trouble comprehending",
        "difficulty understanding", "difficulty in understanding", "trouble understanding",
        "problems understanding", "problem understanding", "struggling to understand",
        "struggle to understand", "struggles to understand",
    )),
    Symptom("drowsiness", "reduced alertness or drowsiness", (), "alertness", (
        "can't stay awake", "cant stay awake", "drowsy", "hard to wake",
        "won't wake up", "wont wake up", "not alert", "less alert", "zoned out",
        "dazed", "not with it", "out of it", "spaced out", "very sleepy", "barely awake",
        "unresponsive",
        # care notes: "difficult to rouse at 0400", "GCS dropped"
        "difficult to rouse", "difficult to wake", "hard to rouse", "unable to rouse",
        "impossible to rouse", "impossible to wake", "almost impossible to rouse",
        # a clinical note's lowered alertness: "Pt abruptly obtunded"
        "obtunded", "obtundation", "stuporous",
        "unable to wake", "can't rouse", "cant rouse", "couldn't rouse", "couldnt rouse",
        "could not rouse", "not rousable", "not rousable", "unrousable", "barely rousable",
        "only rousable", "barely rouse", "hardly rouse", "barely wake", "hardly wake",
        "rousable to pain", "rousable only", "gcs dropped", "gcs down",
        "arousable to voice", "rousable to voice", "arousable only", "responds to voice only",
        "responding only to voice",
        "gcs fell", "drop in gcs", "reduced gcs", "reduced consciousness",
        # "rapid drop in alertness, GCS reduced from baseline"
        "drop in alertness", "reduced alertness", "decreased alertness", "alertness dropped",
        "lose alertness", "lost alertness", "losing alertness", "lost her alertness",
        "lost his alertness", "lost all alertness",
        "alertness reduced", "alertness down", "gcs reduced", "gcs lower", "lower gcs",
        "reduced level of consciousness",
        # "went from chatting to barely conscious": awake, but only just
        "barely conscious", "hardly conscious", "semi conscious", "semi-conscious",
        "semiconscious", "half conscious", "in and out of consciousness",
        # eyes open but no one there: "eyes open but nobody home"
        "nobody home", "no one home", "nobody's home", "no one's home",
        # eyes closing, gone vacant: "eyelids drooping", "glassy and vacant, miles away"
        "eyelids drooping", "eyelids droopy", "eyes drooping", "nodding off", "nod off",
        "nods off", "glassy", "vacant", "miles away",
        # "I cannot wake her properly", "dozy and vague"
        "cannot wake", "can't wake", "cant wake", "couldn't wake", "couldnt wake",
        "could not wake", "dozy",
    )),
    Symptom("loss_of_consciousness", "passing out or losing consciousness", (), None, (
        "passed out", "pass out", "passing out", "blacked out", "black out",
        "blackout", "unconscious", "lost consciousness", "collapsed", "collapse*",
        "woke up on the floor", "came round on the floor", "came to on the floor",
        "found on the floor", "found him on the floor", "found her on the floor",
        "found her collapsed", "hit the floor", "dropped to the floor", "fell to the floor",
        "went down like", "keel over", "keels over", "keeling over",
        # out for a time only a faint lasts (not "puffed out for a few months", "was out for
        # a walk")
        *FAINT_SPANS,
        "out for a bit",
        "next thing i knew", "next thing i know",
        # Caribbean "next ting me know, me on de grass"
        *(f"next {thing} {who} {knew}" for thing in ("thing", "ting") for who in ("me", "mi")
          for knew in ("know", "knew")), "next ting i know", "next ting i knew",
        "came round on", "came to on", "slumped over", "slumped to the floor", "went limp", "out cold", "knocked out cold",
        "lights went out", "everything went black", "conked out", "swooned",
        "dropped like a stone", "flaked out", "fell unconscious", "unresponsive for",
        "lost a few minutes", "lost some minutes", "woke up on the ground",
        # coming round to a scene: on the floor, people over you
        "found myself on the floor", "found myself on the ground", "standing over me",
        "then i was on the floor", "then i was on the ground", "next i was on the floor",
        # Pidgin: "fall down for market, e no know anything for small time, then e wake"
        "e no know anything", "no know anything for", "then e wake", "fall down for",
        "next thing i was on the floor", "next thing i was on the ground",
        "suddenly i was on the floor", "suddenly i was on the ground",
        "see i was on the floor", "saw i was on the floor", "realised i was on the floor",
        "realized i was on the floor", "opened my eyes on the floor",
        "opened my eyes i was on the floor", "opened my eyes on the ground",
        "stood over me", "crowded around me", "crowded round me", "gathered around me",
        # northern "us" for me; the floor by its covering
        "stood over us", "standing over us", "flat on the floor", "flat on the lino",
        "flat on the ground", "flat on my back on the", "don't remember going down",
        "dont remember going down", "can't remember going down", "cant remember going down",
        "gathered round me",
        # "no recollection of going down", "found myself lying on the lawn"
        # (not "falling asleep")
        "no recollection of going down", "no memory of going down",
        "no recollection of falling down", "no memory of falling down",
        "don't remember falling down", "dont remember falling down",
        "don't remember falling over", "dont remember falling over", "found myself lying on",
        "found myself lying in", "found myself on the lawn", "found myself on the grass",
        "found myself on the pavement", "found myself on the kitchen floor",
        "went down in a heap", "down in a heap", "crumpl*", "never answered me",
        "didn't answer me", "didnt answer me", "wouldn't answer me", "wouldnt answer me",
        "colaps*", "collasp*", "came to after", "came round after", "came to a",
        "came round a", "drop for ground", "fall for ground", "dropped on shift",
        "dropped at work", "went down and didn't", "went down and wasn't",
        "not responding", "wasn't responding", "wasnt responding", "don't respond",
        "dont respond", "doesn't respond", "doesnt respond", "didn't respond", "didnt respond",
        "wouldn't respond", "wouldnt respond", "not answering me", "no response from",
    ), always_urgent=True),
    Symptom("self_harm", "thoughts of suicide or self-harm", (), None, _for_anyone((
        "suicid*", "kill myself", "killing myself", "end my life", "end it all",
        "ending it all", "ending my life", "take my own life", "don't want to be here",
        "end my own life", "ending my own life", "take my life", "taking my own life",
        "dont want to be here", "don't want to live", "dont want to live",
        "want to die", "wanna die", "self harm", "self-harm", "selfharm",
        "hurt myself", "hurting myself", "cutting myself", "no reason to live",
        # not deserving to be: "sometimes I feel like I should not exist"
        "should not exist", "shouldn't exist", "shouldnt exist", "should not be alive",
        "shouldn't be alive", "shouldnt be alive", "don't deserve to exist",
        "dont deserve to exist", "don't deserve to live", "dont deserve to live",
        # the habit back, its object unsaid: "been cutting again cos of how low i feel"
        "been cutting again", "started cutting again", "back to cutting", "cutting again cos",
        "cutting again because", "cutting again coz",
        # the marks a carer or parent sees: "hiding cuts on her arms under her sleeves"
        *(f"cuts on {whose} {part}" for whose in ("my", "her", "his", "their", "your")
          for part in ("arm", "arms", "wrist", "wrists", "thigh", "thighs", "forearm",
                       "forearms")),
        # ("mi cut up mi arm again tonight", "cutting her arms up", "cut my wrists")
        *(f"{cut} {whose} {part}{up}" for cut, up in (("cut up", ""), ("cutting up", ""),
                                                      ("cut", " up"), ("cutting", " up"),
                                                      ("cutting", ""))
          for whose in ("my", "her", "his", "their")
          for part in ("arm", "arms", "legs", "thighs", "wrists")),
        # (a scratched arm may only itch; scratched wrists were a carer's sign)
        *(f"{act} {whose} wrists" for act in ("cut", "scratching")
          for whose in ("my", "her", "his", "their")),
        # skin hurt till it bleeds: "scratching my arms till they bleed", "picking at her
        # skin until it bleeds"
        *(f"{act} {whose} {part} {till} {it} bleed{s}"
          for act in ("scratching", "scratch", "scratches", "scratched", "picking", "pick",
                      "picks", "picked", "picking at", "pick at", "picks at", "picked at",
                      "clawing", "claw at", "clawing at", "dig at", "digging at", "digging into")
          for whose in ("my", "her", "his", "their")
          for part in ("arms", "arm", "skin", "legs", "wrists", "face", "hands")
          for till in ("till", "until", "til")
          for it, s in (("they", ""), ("it", "s"))),
        "hiding cuts", "hiding the cuts", "hides cuts", "hid cuts", "hiding scars",
        "hiding her scars", "hiding his scars", "fresh cuts",
        "better off dead", "better off without me", "better off if i", "better off if i was gone",
        # hopelessness asked as a question, and a grave named as the better place
        "what's the point any more", "what's the point anymore", "whats the point anymore",
        "whats the point any more", "what is the point any more", "what is the point anymore",
        "what's the point of going on", "whats the point of going on",
        # overboard at sea: "he say he will go overboard when we reach deep sea"
        "jump overboard", "jumping overboard", "throw myself overboard",
        "throw himself overboard", "go overboard when", "go over the side when",
        "resolved to take my own life", "resolved to end my life",
        "better off in the ground", "better off in the cemetery", "better off in the graveyard",
        "better off in the churchyard", "better off with the rest of them",
        # a care note's ligature or noose found
        "ligatur*", "noose",
        # hopelessness, being unmissed, weapons eyed: said without the word
        "point in going on", "point of going on", "no point going on", "no one would notice",
        "bother living", "bother going on", "point of living", "point in living",
        # a clinical note's suicidal ideation ("active SI with plan")
        "active si", "si with plan", "si w/ plan", "passive si", "si with intent",
        "point to living", "why even live", "why am i still here", "reason to keep going",
        "nobody would notice", "no one would even notice", "nobody would even notice",
        "no one would miss me", "nobody would miss me", "eyeing up the rifle",
        "eyeing up the gun", "eyeing the rifle", "eyeing the gun", "eyeing up the rope",
        # ("I've been looking at the old shotgun in the cabinet more than I should")
        *(f"{look} the {old}{weapon}" for look in ("looking at", "staring at",
                                                   "eyeing up")
          for old in ("", "old ") for weapon in ("gun", "shotgun", "rifle", "pistol")),
        "thought about ending it", "thinking about ending it", "thought of ending it",
        "thinking of ending it", "thoughts of ending it", "think about ending it",
        # said aloud, of oneself or another: "nephew talking about ending it"
        *(f"{talk} about ending it" for talk in ("talking", "talks", "talked", "talk", "on",
                                                 "going on", "keeps on", "joking", "jokes")),
        "swim with the crocs", "swim with the crocodiles", "swim with the sharks",
        # passive wishes and saved-up means, said without the word
        "hope i don't wake up", "hope i dont wake up", "hope i won't wake up",
        "hope i wont wake up", "hoping i won't wake up", "hoping i wont wake up",
        "hoping that i simply won't wake up", "hoping that i won't wake up",
        "rather not wake up", "not wake up in the morning", "never wake up again",
        # Pidgin "make i just sleep and no wake up again"
        "no wake up again", "sleep and no wake", "sleep no wake",
        # ...and "make i no dey again" (spelling reads it "not be alive anymore")
        "not be alive anymore", "not be alive any more", "wish i wasn't alive",
        "wish i wasnt alive",
        # the wish said with "want": "make you not want to be alive anymore? asking for me"
        "not want to be alive", "don't want to be alive", "dont want to be alive",
        "no longer want to be alive", "not wanting to be alive",
        "go to sleep and not wake up", "go to sleep and never wake up",
        "manage better without me", "manage rather better without", "be fine without me",
        "stockpil*", "hoarding pills", "hoarding tablets", "hoarding my", "saving up my pills",
        "saving up pills", "saving up tablets", "saving up my tablets",
        "putting aside the pills", "putting aside the tablets", "putting aside my pills",
        "putting aside my tablets", "putting aside the sleeping tablets",
        "putting aside my sleeping tablets", "putting pills aside", "putting tablets aside",
        "burden to everyone", "burden on everyone", "such a burden", "a burden to", "a burden on",
        "not wake up", "never wake up", "don't want to wake up", "dont want to wake up",
        "rather not wake up", "wish i was dead", "wish i were dead", "wish i wasn't here",
        "wish i wasnt here", "wish i could disappear", "disappear forever", "sleep forever", "asleep forever",
        "make it all stop", "painless way to go", "painless way out", "most painless way",
        "go to sleep forever", "tired of living", "tired of life", "tired of this life",
        "tired of being here", "tired of bein here", "not being here anymore",
        # another's talk of it: "da talking about not being here"
        "talking about not being here", "talks about not being here",
        "talked about not being here", "going on about not being here",
        "not being here any more", "not be here anymore", "not be here any more", "how to end it", "how fi end it",
        "how to end my life", "to not exist", "not to exist", "not exist anymore",
        "wish i didn't exist", "wish i didnt exist", "stop existing",
        "no point no more", "no point anymore", "no point any more",
        # (whole, with their "no" or "what's": a bare "point of carrying on" would be read
        # as denied after "no")
        "no point carrying on", "no point in carrying on", "no point of carrying on",
        "what's the point of carrying on", "whats the point of carrying on",
        "what is the point of carrying on", "what's the point in carrying on",
        "whats the point in carrying on",
        "wrote the notes for", "wrote notes for", "written notes for", "done with it all",
        "done wi it all", "done wi' it all",
        "sick of living", "can't go on", "cant go on", "cannot go on", "don't want to go on",
        "dont want to go on", "no point living", "no point in living", "no point going on",
        "life isn't worth", "life isnt worth", "life is not worth", "not worth living",
        "no longer worth living", "isn't worth living", "isnt worth living",
        # everything judged worthless from now on ("nothing's worth it any more")
        *(f"nothing{be} worth it{more}" for be in ("'s", "s", " is", " seems", " feels")
          for more in (" any more", " anymore", " no more")),
        "want it all to end", "want it to end", "want to end it", "end it all", "just end it",
        "want everything to stop", "want it all to stop", "everything to just stop",
        # Pidgin "i wan make everything finish"
        "make everything finish", "make am all finish",
        # drinking a poison: Nigerian "Sniper" (a pesticide), "otapiapia" (rat poison)
        "drink sniper", "take sniper", "go drink sniper", "drink otapiapia", "drink poison",
        "swallow poison", "drink bleach", "drink the bleach", "drink weedkiller",
        "drink the weedkiller", "drink gramoxone", "drink paraquat",
        "want it to stop for good",
        "gonna end it", "going to end it", "wanna end it", "planning to end it", "end it tonight",
        "end it today", "end his life", "end her life",
        "kms", "kys", "unalive*", "unaliv*", "off myself", "top myself", "topping myself",
        # the verb of ending put on oneself: Nigerian "finish herself", "do away with myself"
        "finish myself", "end myself", "do away with myself", "poison myself",
        "shoot myself", "stab myself", "drown myself",
        "take my life", "take his life", "take her life", "take their life",
        "kill himself", "kill herself", "killing himself", "killing herself",
        "wants to die", "want to die", "wanted to die", "wanting to die",
        "hurt himself", "hurt herself", "hurting himself", "hurting herself",
        "harm himself", "harm herself", "harming himself", "harming herself", "harm myself",
        "harming myself", "cutting himself", "cutting herself", "cut myself", "cut himself",
        "cut herself", "burning myself", "burn myself", "banging my head",
        "saving up my pills", "saving my pills", "saving up my tablets", "saving my tablets",
        # ...and the supply told first: "ive got all me tablets saved up"
        *(f"{supply} {kept}" for supply in ("tablets", "pills", "meds", "sleeping tablets",
                                              "painkillers", "paracetamol")
          for kept in ("saved up", "stashed", "stockpiled", "hoarded", "put by", "squirrelled away",
                       "squirreled away", "hidden away")),
        "stockpil*", "hoarding pills", "hoarding tablets", "saved up pills", "saved up tablets",
        "overdose", "take all my pills", "take all my tablets", "take all the pills",
        "swallow all", "jump off", "jump in front", "step in front", "throw myself",
        "a rope", "noose", "hang myself", "hanging myself", "goodbye letter*", "suicide note",
        # (to the people left behind; not "a letter to my landlord")
        *(f"letter to my {who}" for who in (
            "family", "kids", "children", "mum", "mom", "mam", "ma", "dad", "parents", "wife",
            "husband", "partner", "son", "daughter", "sister", "brother", "girlfriend",
            "boyfriend", "friends", "nan", "gran")),
        "letters to everyone", "letters for my family", "letters for my kids",
        # (letters written without a farewell beside them are the "farewell" family's: by
        # lemma "wrote letters" is "write letter to the council")
        "said goodbye to",
        "giving away my", "gave away my", "given away his", "given away her",
        "giving away his", "giving away her", "giving away their", "gave away his",
        "gave away her", "gave away their", "given away my", "given away their",
        # a date said to be missed: "sayin she winna be aroon fer Christmas"
        "won't be around for", "wont be around for", "will not be around for",
        "won't be here for", "wont be here for",
        # meaning gone from life, beside a means or alone
        "life is meaningless", "life feels meaningless", "life is pointless",
        "life feels pointless", "life has no meaning", "no meaning to life",
        "wouldn't care if a", "wouldnt care if a", "hope i don't wake", "hope i dont wake",
        "rather be dead", "rather die", "everyone would be better", "they'd be better off",
        "theyd be better off", "nobody would miss me", "no one would miss me",
        "nobody'd miss me", "no one'd miss me", "noone'd miss me", "nobody'll miss me",
        # the burden said as the others' gain from one's absence: "everyone would be
        # happier if i wasn't there", "easier for them with me gone"
        *(f"{gain} {absent}" for gain in ("better off", "happier", "better", "easier",
                                          "easier for them", "easier for everyone")
          for absent in ("if i wasn't there", "if i wasn't here", "if i wasn't around",
                         "if i weren't here", "if i weren't around", "if i weren't there",
                         "if i was gone", "if i were gone", "with me gone", "without me",
                         "if i was dead", "if i were dead", "if i disappeared")),
        # a way out that would be "easier": "it'd be easier to just go over the side"
        *(f"{easier} {act}" for easier in ("easier to", "easier to just", "better to just")
          for act in ("go over the side", "step off", "jump off", "jump in front",
                      "walk into the sea", "walk into the water", "end it", "end it all",
                      "not wake up", "not be here", "disappear", "drive off the road",
                      "go to sleep forever")),
        "not be around", "won't be around much longer", "wont be around much longer",
        "dark thoughts", "only way out", "way out of this", "can't see a way out",
        "cant see a way out", "no way out", "pills ready", "tablets ready", "into the sea", "into the river",
        "in front of a train", "in front of a bus", "in front of a car", "in front of a lorry",
        # under the wheels: "better to go under a lorry"
        # (not an accident: "nearly went under a bus")
        *(f"{go} under a {vehicle}" for go in ("better to go", "just go", "to go", "step",
                                               "throw myself", "jump")
          for vehicle in ("lorry", "bus", "train", "truck", "car", "tram")),
        # the use or point of living questioned, and wishing to vanish
        "what is the use of living", "what's the use of living", "whats the use of living",
        "no use living", "no use in living", "what is the point of living",
        "what's the point of living", "whats the point of living",
        # ...and of one's life, with or without the article ("what is use of my life")
        *(f"{what} {the}use of {life}" for what in ("what is", "what's", "whats")
          for the in ("", "the ") for life in ("my life", "life")),
        "what is use of living",
        *(f"{wish} {just}{gone}" for wish in ("wish i could", "want to", "wanna", "i'd like to")
          for just in ("", "just ") for gone in ("disappear", "vanish")),
        "off a bridge", "off the bridge", "off a building", "off the roof",
        "take an overdose", "took an overdose", "won't be needing", "wont be needing",
        "won't need it much longer", "wont need it much longer", "loads of paracetamol",
        "lots of paracetamol", "all the paracetamol", "loads of tablets", "loads of pills", "disappear for good", "vanish for good",
        "slit my wrists", "slitting",
        # a blade or razor taken to one's own skin ("scratch my skin with a blade")
        *(f"{whose} with {a}{tool}" for whose in ("my skin", "myself", "my arms", "my legs")
          for a in ("", "a ", "the ") for tool in ("blade", "razor", "razor blade")),
        # a day chosen, affairs put in order, goodbyes: a plan without the words
        "picked the date", "picked a date", "picked the day", "chosen the day", "chosen a date",
        "decided a day", "decided the day", "set a date", "planned everything",
        "planned it all", "worked out how i'd", "worked out how id", "worked out how to do it",
        "worked out exactly how", "worked out when",
        "affairs in order", "who gets what", "won't be here by", "wont be here by",
        "won't need em", "wont need em", "won't need them", "wont need them",
        "goodbye message*", "goodbye text*", "goodbye note*", "bye forever",
        "goodbye forever", "goodbye for good",
        "saying goodbye to everyone", "gave me his medals", "gave away his", "gave away her",
        # a farewell text: "he texted me 'sorry for everything, look after mum'"
        "sorry for everything", *(f"{care} {who} for me" for care in ("look after", "take care of")
                                  for who in ("mum", "mom", "mam", "dad", "the kids", "the dog",
                                              "my kids", "the children", "nan", "gran")),
        # hurting oneself by other means than cutting
        "hand over the hob", "hand on the hob", "burn myself", "burning herself",
        "burning himself", "burns on her", "burns on his", "burns on my", "scratches and burns",
        "fresh cuts", "fresh scratches", "hit myself", "hitting myself", "punching walls",
        "starving myself", "barrel in my mouth", "gun to my head", "gun in my mouth",
        "looking at the rope", "lookin at the rope", "the rope in",
        # weariness of everything, said without the words
        "tired of everything", "tired of it all", "sick of everything", "done with everything",
        "done with it all", "had enough of everything", "had enough of life",
        "had enough of living",
    )), always_urgent=True, crisis=True),
)

SYMPTOMS_BY_KEY: dict[str, Symptom] = {s.key: s for s in SYMPTOMS}

# A seizure described by what was seen, in any words: a sign from each group of a pair,
# at most ``gap`` words apart, in either order (bot/nlp/seizure_signs.py). Stems match
# their inflections.
SEIZURE_SIGNS: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    # the whole body moving: "him whole body dey shake shake", "arms and legs jerking"
    (("whole body", "all over", "entire body", "arms and legs", "hand and leg",
      "hands and legs", "arm and leg", "limbs", "head to toe", "his body", "her body",
      "their body"),
     ("shak", "shook", "jerk", "twitch", "convuls", "thrash", "judder", "spasm", "jolt",
      "flail"), 3),
    # the eyes: "eyes rolled up", "him eye turn go up", "eyes went back in her head"
    (("eye",),
     ("roll", "turn go up", "turned up", "turned upward", "go up", "went up", "went back",
      "gone back", "back in his head", "back in her head", "upward", "flicker"), 2),
    # stiff, then jerking
    (("stiff", "rigid"), ("jerk", "shak", "shook", "twitch", "convuls"), 4),
    # coming round with a bitten tongue: "came to with me tongue bitten", "woke up on the
    # floor with my tongue all bloody" (not "bit her tongue eating toast")
    (("came to", "came round", "come round", "coming round", "woke", "woken", "awoke"),
     ("tongue bitten", "bitten tongue", "tongue all bloody", "tongue was bloody",
      "bloody tongue", "tongue bleeding", "tongue was bleeding", "tongue all cut",
      # or wet: "woke up on the floor ... my pants wet"
      "wet myself", "wet himself", "wet herself", "pants wet", "trousers wet",
      "wet my pants", "wet his pants", "wet her pants", "peed myself", "pissed myself",
      "sore tongue", "tongue sore", "tongue was sore", "tongue hurt"), 12),
    # staring, unreachable, with twitching or lip-smacking: "staring into space, smacking
    # his lips", "arm and face twitching, not answering"
    (("staring", "stared", "blank", "not answering", "wasnt answering", "wasn't answering",
      "didn't respond", "didnt respond", "not responding", "unresponsive", "couldn't answer",
      "couldnt answer", "could not answer"),
     ("twitch", "smack", "lip smack", "chewing motion", "thrash", "jerk"), 12),
    # thrashing or jerking on the ground, or jerking in a rhythm down one side
    (("thrash", "jerk", "convuls", "flail"), ("on the ground", "on the floor", "rhythm"), 4),
)
# Shivering, nerves and laughter shake a body too.
# Signs no play, fright or cold explains, so the words below never veto them: foam or
# froth at the mouth ("foam dey commot for him mouth", "was playing then he fall down ...
# foam come out of his mouth").
SEIZURE_SIGNS_PLAIN: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("foam", "froth", "frothing", "foaming"), ("mouth",), 4),
)
# A fall near a sign of not responding: "nan went down, not answerin" (stems; a gap of
# words between). Read by bot.nlp.collapse_signs.
COLLAPSE_SIGNS: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("went down", "gone down", "goes down", "fell down", "fell over", "fell asleep",
      "dropped", "hit the floor", "hit the ground", "keeled", "slumped", "crumpled",
      "on the floor", "on the ground", "flat out", "just fell", "fell off"),
     ("not answer", "isn't answer", "isnt answer", "wasn't answer", "wasnt answer",
      "won't answer", "wont answer", "not respond", "isn't respond", "isnt respond",
      "wasn't respond", "wasnt respond", "won't respond", "wont respond", "no response",
      "unresponsive", "won't wake", "wont wake", "can't wake", "cant wake", "cannot wake",
      "couldn't wake", "couldnt wake", "not waking", "can't rouse", "cant rouse",
      "not rousable", "not moving", "eyes closed", "no answer", "not talking to"), 6),
    # going dark, then coming to lying down: "my head went light and everything dark, when
    # I open eyes I was lying near my taxi"
    (("everything dark", "everything went dark", "everything went black", "all went black",
      "everything go dark", "everything goes dark", "everyting go dark", "everything go black",
      "everything goes black", "all go dark", "all go black",
      "all went dark", "went all black", "went all dark", "head went light", "blacked",
      "eyes went dark", "vision went dark", "vision went black", "world went black"),
     ("open eyes", "opened my eyes", "open my eyes", "opened eyes", "opened me eyes",
      "was lying", "were lying", "lying on", "lying near", "lying by", "lying in",
      "came round", "came to", "on the floor", "on the ground"), 12),
    # a drop, then coming back to oneself: "dropped down like a stone and then come back
    # to himself", "keeled over, came round a minute later"
    (("drop down", "dropped down", "drops down", "dropped like", "drop like", "went down",
      "gone down", "fell down", "fell like", "like a stone", "like a sack", "like a rock",
      "like a log", "keeled", "crumpled", "slumped", "hit the floor", "hit the ground",
      "fell over", "just fell", "collapsed"),
     ("back to himself", "back to herself", "back to themselves", "back to myself",
      "come round", "came round", "coming round", "come around", "came around",
      "came to himself", "came to herself", "come to himself", "come to herself",
      "woke up on the", "woke on the", "out cold", "knocked out",
      # a gap until someone brings one round: "went down, don't remember nothing till..."
      *(f"remember {what} {till}" for what in ("nothing", "nothin", "anything", "owt", "a thing")
        for till in ("till", "until", "til", "after"))), 10),
)
# Someone else who cannot be woken now ("dad wont wake up proper", "I cannot wake her"):
# not a habit ("won't wake up for school") and never the writer, who is awake.
UNROUSABLE = (
    r"\b(?:can'?t|cant|cannot|couldn'?t|couldnt|could not|unable to) (?:\w+ )?(?:wake|rouse) "
    r"(?:him|her|them|my \w+|dad|mum|mom|mam|nan|gran|grandad|grandma|papa|mama)\b"
    r"(?!\s+(?:up\s+)?(?:for|in the|till|until|on time|early|before|at \d))|"
    r"\b(?:he|she|they|dad|mum|mom|mam|nan|gran|grandad|grandma|papa|mama|my \w+|the \w+)\s+"
    r"(?:won'?t|wont|will not|isn'?t|isnt|is not|not|doesn'?t|doesnt)\s+(?:\w+\s+)?"
    r"(?:waking|wake|rousing|rouse)(?:\s+up)?\b"
    r"(?!\s+(?:up\s+)?(?:for|in the|till|until|on time|early|before|at \d|when|unless|if))|"
    # a fall, then no waking: "she fell, wont wake", "collapsed and not waking up"
    r"\b(?:fell|fallen|fall|collapsed|went down|gone down|dropped|keeled over|passed out)\b"
    r"[^.!?]{0,20}\b(?:won'?t|wont|will not|not|isn'?t|isnt|can'?t|cant|cannot|doesn'?t|doesnt)"
    r"\s+(?:\w+\s+)?(?:waking|wake|rousing|rouse|respond\w*|come round|coming round)\b"
    r"(?!\s+(?:up\s+)?(?:for|in the|till|until|on time|early|before|at \d|when|unless|if))")
# Weariness of a chore or a routine ("tired of cooking the same tea every night", "sick
# of waiting for the bus"): no wish to die, whatever "tired of" reads like to the detector
# (bot/nlp/understanding.py). Never of living, trying, waking, fighting or feeling.
WEARY_OF_A_CHORE = (
    r"\b(?:tired|sick|fed up|bored|weary|sick and tired)\s+(?:of|with)\s+(?:\w+ing\s+)?"
    r"(?:(?:the same|my|our|his|her|the|all the|these|those)\s+)?(?:\w+\s+){0,2}?"
    r"(?:cooking|cleaning|washing|ironing|hoovering|tidying|working|commuting|driving|"
    r"waiting|queuing|queueing|eating|shopping|studying|revising|homework|making|doing the|"
    r"tea|dinners?|meals?|food|lunch|breakfast|rain|weather|traffic|bus|job|work|boss|"
    r"paperwork|forms|queues?|noise|neighbours?|telly|tv|adverts?|same thing|same old)\b")
COLLAPSE_SIGNS_NOT: tuple[str, ...] = (
    "phone", "text", "call", "messages", "door", "email", "mobile", "line", "ring",
)
SEIZURE_SIGNS_NOT: tuple[str, ...] = (
    "cold", "shiver", "chill", "anxious", "anxiety", "nervous", "nerves", "panic", "laugh",
    "play", "wrestl", "tantrum", "danc", "fight", "tickl",
    "crying", "sobbing", "scared", "fright", "rolled my ankle", "rolled her ankle",
    # the eye roll of a teenager
    "roll my eyes", "rolling my eyes", "rolled my eyes", "rolls her eyes", "rolled her eyes",
    "rolling her eyes", "rolls his eyes", "rolled his eyes", "rolling his eyes", "eye roll",
)

# Suicidal thinking told by its means, without the words ("I think of jumping from my
# balcony"): a method, the words that join it to its means, and the means, in one
# sentence (bot/nlp/crisis_means.py). Verbs are stems ("jump" matches "jumping",
# "jumped"; irregular forms are listed); the joining words are a regular expression,
# and up to four words ("my", "the end of the") may stand between them and the means.
_SELF = r"(?:my|him|her|them|your)sel(?:f|ves)"
# Tablets a whole supply of which is a means: the generic words, and over-the-counter
# painkillers by name ("a whole bottle of tylenol"). One list for the method and the question.
_TABLETS = ("pills", "tablets", "meds", "medication", "medicines", "paracetamol", "painkillers",
            "sleeping", "insulin", "tylenol", "panadol", "acetaminophen", "ibuprofen", "advil",
            "nurofen", "aspirin", "co-codamol", "codeine")
_ALL = (r"(?:all|every|everything|the whole|a whole|the lot|the rest|a bottle|a packet|"
        r"a box|a handful|handfuls|the bottle|the packet|the box|my stash|the stash|"
        r"enough|loads|lots|as many)")
CRISIS_MEANS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    # a fall: the verb, then off / from / out of a height
    "height": (("jump", "leap", "throw", "threw", "fling", "flung", "hurl", "fall", "fell", "step",
                "stepp", "drop", "go", "going", "went", "gone", "walk"),
               rf"(?:\s+{_SELF})?\s+(?:off|from|out of|over|down from|of)\b",
               ("balcony", "balconies", "roof", "rooftop", "bridge", "cliff", "cliffs", "crag",
                "crags", "ledge",
                "window", "building", "tower", "block of flats", "car park", "carpark",
                "multi-storey", "multistorey", "parking garage", "parking deck", "flyover",
                "overpass", "top floor", "edge", "railing", "pier", "jetty", "quay",
                "harbour wall", "sea wall", "dock", "terrace", "roof terrace", "parapet")),
    # a stay at a height, hinted at: "standing at the cliffs a bit too long lately, if you
    # know what I mean" (needs an intent word like the fall itself)
    "linger": (("stand", "stood", "sit", "sat", "linger", "hang about", "hang around",
                "hanging about", "hanging around", "stare", "staring", "gaze", "gazing",
                "look", "looking", "peer", "lean", "leant", "walk", "wander", "go up", "went up",
                "going up", "drive", "drove", "driving"),
               r"\s+(?:at|on|by|near|over|up|up on|out on|out to|down to|round to|over to|down at|"
               r"down from|to|onto|on the edge of|"
               r"at the edge of|at the top of|on top of|over the edge of|up to)\b",
               ("balcony", "roof", "rooftop", "bridge", "bridges", "cliff", "cliffs", "ledge",
                "tower", "cliff top", "clifftop", "cliff edge",
                "car park", "carpark", "multi-storey", "multistorey", "parking garage",
                "flyover", "overpass", "top floor", "edge", "railing", "railings", "quarry",
                "viaduct", "the drop", "the tracks", "the railway", "the level crossing",
                "the platform edge")),
    # climbing to a height, hinted at: "says he's going up the quarry for good this time"
    "climb": (("go up", "going up", "went up", "gone up", "head up", "heading up", "climb"),
              r"(?:\s+(?:to|on|onto|up))?",
              ("quarry", "cliff", "cliffs", "cliff top", "clifftop", "bridge", "tower", "roof",
               "rooftop", "multi-storey", "multistorey", "car park", "top floor", "viaduct",
               "crag", "crags", "tor", "lighthouse")),
    # a means dwelt on, hinted at: "contemplating the river rather more than is healthy"
    "dwell": (("contemplat", "eyeing", "eyed", "eye up", "dwell", "fixat", "obsess", "brood"),
              r"(?:\s+(?:on|at|about|over|up))?",
              ("the river", "the bridge", "the cliff", "the cliffs", "the tablets", "the pills",
               "the rope", "the railway", "the tracks", "the sea", "the drop", "the canal",
               "the quarry", "the gun", "the shotgun", "the rifle", "the motorway",
               "the viaduct", "the harbour", "the pier", "the balcony", "the roof")),
    # a means looked at too long: "been lookin at the shotgun in the press langer than I
    # should" (only with such a hint: CRISIS_MEANS_TOO_LONG)
    # pills counted too often: "his pills are still in the cabinet and I keep counting them
    # more often than I ought" (only with such a hint: CRISIS_MEANS_TOO_LONG)
    "count": (("count", "countin", "recount", "tally", "tallying"),
              r"(?:\s+(?:up|out|through|over))?",
              ("them", "the pills", "the tablets", "my pills", "my tablets", "his pills",
               "her pills", "his tablets", "her tablets", "pills", "tablets", "meds")),
    "gaze": (("look", "lookin", "staring", "starin", "stare", "gazing", "gaze", "gazin"),
             r"(?:\s+(?:at|on|over|down))?",
             ("the river", "the bridge", "the cliff", "the cliffs", "the tablets", "the pills",
              "the rope", "the railway", "the tracks", "the sea", "the drop", "the canal",
              "the quarry", "the gun", "the shotgun", "the rifle", "the motorway",
              "the viaduct", "the harbour", "the pier", "the balcony", "the roof",
              "the knife", "the knives", "the blade", "the razor")),
    # going off and not coming back: "might just go for a long drive and not come back"
    # (or taking a boat or the car out: "takin de boat out past de reef an jus not comin back")
    "leave": (("go", "going", "gone", "drive", "driving", "walk", "walking", "head", "heading",
               "wander", "disappear", "swim", "sail", "take", "taking", "took", "row", "paddl"),
              r"[^.!?]{0,40}?\s+(?:and|an|n)",
              ("not come back", "never come back", "not coming back", "never coming back",
               "not be back", "never be back", "not bother coming back", "not comin back",
               "never comin back", "not bother comin back",
               # "walking out past the sandbanks ... and not walking back"
               *(f"{no} {verb} back" for no in ("not", "never")
                 for verb in ("walk", "walking", "walkin", "swim", "swimming", "swimmin")))),
    # in front of / under a vehicle
    "vehicle": (("jump", "step", "stepp", "walk", "throw", "threw", "lie", "lying", "lay", "stand",
                 "stood", "run", "ran", "fling", "flung"),
                rf"(?:\s+{_SELF})?\s+(?:in front of|under|onto the tracks|on the tracks|"
                r"into the path of|into)\b",
                ("train", "tube", "tram", "bus", "lorry", "truck", "car", "traffic",
                 "motorway", "highway", "tracks", "railway", "subway")),
    # walking into water and not coming back
    "water": (("walk", "wade", "wading", "swim out", "swimming out", "go", "going", "went",
               "paddle", "paddling", "swim", "swimming", "float"),
              r"\s+(?:into|in|out into|out to|out past|out beyond|out)\b",
              ("the sea", "the ocean", "the river", "the lake", "the canal", "the waves",
               "the break", "the breakers", "the reef", "the swell", "the rip")),
    # the water or the cold left to take someone: "starting to think the sea would take me
    # easy enough" (with an intent word, like the walk into it)
    "taken": (("sea", "ocean", "river", "tide", "waves", "loch", "lake", "canal", "current",
               "cold", "snow", "frost"),
              r"\s+(?:would|could|might|will|'d|'ll|can|should|may)",
              ("take me", "have me", "claim me", "swallow me", "finish me", "take him",
               "take her", "have him", "have her", "claim him", "claim her")),
    # a poison bought or kept
    "poison": (("bought", "buy", "got", "get", "keep", "keeping", "kept", "hid", "hiding",
                "drink", "take", "swallow"),
               r"",
               ("rat poison", "poison", "weedkiller", "weed killer", "bleach", "antifreeze",
                "pesticide", "paraquat")),
    # a car driven off / into something on purpose
    "crash": (("drive", "driving", "drove", "steer", "swerv", "plough", "plow", "crash"),
              r"(?:\s+(?:the|my|his|her) (?:car|van|truck|ute|bike))?\s+(?:off|into|in front of)\b",
              ("cliff", "bridge", "wall", "tree", "traffic", "lorry", "truck", "river",
               "barrier", "oncoming", "the road")),
    # a rope or a gun used on oneself (the self at most one word on: "hanging the washing I
    # found myself on the lawn" is no method)
    "self": (("hang", "shoot", "strangle", "suffocate", "drown"),
             r"(?=\s+(?:[\w']+\s+)?(?:myself|himself|herself|themselves|yourself)\b)",
             ("myself", "himself", "herself", "themselves", "yourself")),
    # a whole supply of tablets
    "pills": (("swallow", "take", "taking", "took", "down", "neck", "overdos", "od on", "eat",
               "ate", "chug"),
              rf"\s+(?:like\s+)?{_ALL}\b",
              (*_TABLETS, "of them", "of it")),
    # a supply of tablets put by: saving up, hoarding, hiding them away
    "stockpile": (("saving up", "saved up", "save up", "saves up", "hoard", "stockpil", "stash",
                   "squirrel", "been saving", "been collecting", "putting aside", "put aside",
                   # "collected all the sleeping pills in the house" (not "I collect my
                   # tablets from the chemist")
                   "collected all", "collecting all", "gathered all", "gathering all",
                   "gathered up all", "rounded up all",
                   "keep save", "keep saving", "keeping back",
                   "setting aside", "set aside", "hiding", "hid"),
                  r"(?:\s+(?:up|away|aside))?",
                  ("pills", "tablets", "meds", "medication", "medicines", "paracetamol",
                   "painkillers", "sleeping pills", "sleeping tablets", "insulin", "tabs",
                   "sleeping pill", "pill", "tablet",
                   # a care note's "found hoarding oramorph"
                   "oramorph", "morphine", "codeine", "co-codamol", "tramadol", "oxycodone",
                   "opioids", "diazepam", "zopiclone", "amitriptyline", "antidepressants",
                   "sleepers")),
    # a gun fetched, held or loaded ("says he's got the shotgun out and he's done"); a
    # farmer's or a hunter's gun needs an intent word beside it like any method here
    "firearm": (("got", "get", "took", "take", "has", "had", "hold", "held", "load", "clean",
                 "sat with", "sitting with", "fetch", "grab", "pull", "bought", "buy", "keep",
                 "kept", "sitting", "sat"),
                r"",
                ("gun", "guns", "shotgun", "rifle", "pistol", "revolver", "handgun",
                 "firearm",
                 # sat somewhere with it: "sitting in the ute with the rifle"
                 "with the rifle", "with the gun", "with the shotgun", "with my rifle",
                 "with his rifle", "with my gun", "with his gun", "with dad's gun")),
    # farewell notes or letters written, with an intent beside them ("I'm done, I've
    # written the notes"); not notes for the doctor or minutes of a meeting
    "farewell": (("writ", "wrote", "left", "leav", "finish", "seal", "post", "address"),
                 r"",
                 ("notes", "letters", "goodbyes", "note for", "letter for", "notes for",
                  "letters for", "notes to", "letters to")),
    # tablets gathered and kept back: needs a hiding place or time, or an intent word
    # ("collected my sleeping tablets in a drawer for weeks"; not "collect my tablets
    # from the chemist")
    # ...the same told tablets first: "i have many pill saved, i think maybe i take all"
    "hoard": (("pill", "tablet", "meds", "medication", "paracetamol", "painkiller",
               "sleeping pill", "sleeping tablet"),
              r"",
              ("saved", "saved up", "stashed", "hidden", "hoarded", "stockpiled", "put by",
               "squirrelled away", "squirreled away")),
    "gather": (("collect", "gather", "hid", "hide", "saved", "saving", "keeping", "kept"),
               r"(?:\s+(?:up|away|aside))?",
               ("pills", "tablets", "meds", "medication", "medicines", "paracetamol",
                "painkillers", "sleeping pills", "sleeping tablets", "insulin", "tabs")),
}
# Families that are plain on their own ("hang myself", "saving up my tablets"); the others
# need an intent word in the same sentence, since "took all my tablets" or "jumped off the
# wall" is often everyday.
CRISIS_MEANS_PLAIN: frozenset[str] = frozenset({"self", "stockpile"})
# Families with an intent of their own, read anywhere in the message ("im done. wrote
# letters to the kids": a farewell is often told in two short lines); the general intent
# words ("want", "tried to") are everyday beside a letter.
CRISIS_MEANS_OWN_INTENT: dict[str, str] = {
    "farewell": (r"\b(?:(?:i'?m|i am|im|that'?s me) (?:done|finished)(?! (?:with (?:the|my|a|an|"
                 r"work|school|it\b)|for (?:today|now|the day|tonight)))|it'?s time|it is time|"
                 r"(?:not|never) (?:going to |gonna )?be (?:around|here)|"
                 r"won'?t be (?:around|here)|wont be (?:around|here)|goodbye|bye forever|"
                 r"for good|ready to go|can'?t do this any ?more|cant do this any ?more|"
                 r"can'?t go on|cant go on|had enough)\b"),
}
# Everyday readers of a family's means, which make a sentence no method: notes for the
# doctor, letters to the council.
CRISIS_MEANS_EVERYDAY: dict[str, tuple[str, ...]] = {
    "farewell": ("doctor", "gp", "nurse", "consultant", "surgeon", "dentist", "pharmac",
                 "appointment", "clinic", "hospital", "meeting", "class", "lecture", "exam",
                 "revision", "course", "work", "boss", "school", "teacher", "milkman",
                 "landlord", "council", "bank", "insurance", "solicitor", "lawyer",
                 "neighbour", "neighbor", "delivery", "postman", "builder", "plumber",
                 "for today", "for now", "for the day", "for tonight", "thank you notes",
                 "thank-you notes", "sticky notes", "lab notes", "shift notes", "care notes",
                 "handover"),
    # carried over the water, not taken by it: "the sea will take me out on the ferry"
    "taken": ("take me out", "take me across", "take me over", "take me home", "take me back",
              "take me to", "take me round", "take me there", "ferry", "boat", "trip", "sail",
              "cruise", "holiday", "fishing", "surf", "swim"),
}
# Looking up what amount of a medicine would kill: a means, plain on its own.
# Drugs that kill in excess, whose "how many is too many" is a means (B12's is a dose)
_KILLS_IN_EXCESS = (r"(?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol|painkillers|"
                    r"sleeping (?:pills|tablets)|insulin)")
CRISIS_MEANS_RESEARCH = (
    r"\b(?:how (?:many|much)|what (?:quantity|amount|number|dose))\b[^.?!]{0,40}\b(?:pills|"
    r"tablets|meds|medication|medicine|"
    r"paracetamol|painkillers|insulin|tabs|of (?:them|these|those|it))\b[^.?!]{0,40}?"
    r"\b(?:would it take|it would take|it'd take|would take|does it take|it takes|is enough|"
    r"would be enough|to die|to not wake|to never wake|never to wake|not to wake|to end it|"
    r"to kill|to overdose|to od|"
    r"(?:is|are|would be|could be|will be|might be) (?:fatal|lethal|deadly)|would kill|"
    r"could kill)\b|"
    # a drug that kills in excess, and how many of it is too many ("buying 3 packs
    # paracetamol, asked how many would be too many"); not B12 tablets, a dosing question
    rf"\b{_KILLS_IN_EXCESS}\b[^.?!]{{0,60}}\bhow (?:many|much)\b[^.?!]{{0,30}}\btoo (?:many|"
    r"much)\b|"
    rf"\bhow (?:many|much)\b[^.?!]{{0,20}}\b{_KILLS_IN_EXCESS}\b[^.?!]{{0,30}}\btoo (?:many|"
    r"much)\b|"
    # "what happens if u take like a whole bottle of tylenol"
    r"\bwhat (?:happens|would happen|will happen|happen) if (?:i|u|you|ya|someone|somebody|"
    r"a person|one|people) (?:\w+ )?(?:take|took|swallow\w*|down|downed|ate|eat|od on)\s+"
    r"(?:like\s+)?(?:all|(?:a|the) (?:whole )?(?:bottle|packet|pack|box|tub|strip)|"
    r"a handful|handfuls|loads|lots|a load)\b[^.?!]{0,25}?\b(?<!b12 )(?<!b-12 )(?<!vitamin )"
    r"(?:" + "|".join(_TABLETS) + r")\b")
# A wish not to wake or be here, in any of its forms ("I have wished not to wake in the
# mornings", "hoping I never wake", "praying not to see another morning"); not a wish
# about someone else's sleep ("hoping not to wake the baby").
# One's own end: a craft lost with one aboard, a blow that takes one, or one's own death
# ("the chopper went down", "a bus hit me", "I never woke up"); not "my weight went down" or
# "you got me a coffee"
_END_MET = (r"(?:(?:(?:the|a|my|our)\s+)?(?:plane|chopper|helicopter|heli|ferry|boat|ship|bus|car|"
            r"train|lorry|truck|van|coach)\s+(?:\w+\s+)?(?:went down|crashed|came down|sank|"
            r"went under|went off the road|hit me|got me)|(?:a|the)\s+(?:bus|car|train|lorry|"
            r"truck|van)\s+(?:hit|got|took|killed) me|i (?:died|was gone|were gone|never woke|"
            r"never wake|didn'?t wake|did not wake))")
CRISIS_PASSIVE_WISH = (
    # the others' gain from one's absence, any words between: "my family would be relieved
    # of a considerable burden were I no longer here", "they'd all be better off once I'm gone"
    # (and of another's: "saying everyone will be happier if he is gone")
    r"\b(?:relieved|better off|happier|easier|lighter|freer)\b[^.!?]{0,60}?\b(?:were (?:i|he|she)|"
    r"if (?:i|he|she) (?:was|were|is|am)|if (?:i'm|he's|she's)|with (?:me|him|her)|once (?:i|he|she)"
    r"(?:'m|'s| am| is)?|when (?:i|he|she)(?:'m|'s| am| is)?)\s+(?:no longer (?:here|around|alive)|"
    r"not here|not around|gone|dead)\b|"
    # ...or one's own end met without regret: "if the chopper went down I wouldn't be sorry",
    # "wouldn't mind if I never woke up" (the "if" tells the wish; nothing hypothetical)
    r"\bif\b[^.!?]{0,40}?\b" + _END_MET + r"\b[^.!?]{0,30}\b(?:i|i'd)\s+(?:wouldn'?t|would not|"
    r"wouldnt)\s+(?:be sorry|mind|care)\b|"
    r"\b(?:i|i'd)\s+(?:wouldn'?t|would not|wouldnt)\s+(?:be sorry|mind|care)\s+if\b[^.!?]{0,40}?\b"
    + _END_MET + r"\b|"
    # ...or no longer minding whether one wakes or lives: "I find I no longer much mind
    # whether I wake in the morning", "dont really care if i live or die" (not a time to
    # wake: "don't mind if I wake up early")
    r"\b(?:don'?t|do not|dont|no longer|not|doesn'?t|does not|stopped|stop)\s+(?:much |really |"
    r"particularly |greatly |honestly |even |that much |too much )?(?:mind\w*|car(?:e|es|ing))\s+"
    r"(?:whether|if)\s+(?:i|he|she)\s+(?:\w+\s+)?(?:wake|wakes|woke|live|lives|die|dies|make it|"
    r"am here|'m here|is here|exist|see (?:the |another )?(?:morning|tomorrow|day))\b"
    r"(?!\s+(?:up\s+)?(?:early|late|at|on time|for|you|him|her|them|the|anyone|anybody|everyone)"
    r"\b)|"
    # ...or asked whether anyone would notice: "would anyone notice if I simply did not wake"
    # ("should not much mind if I simply failed to wake one morning")
    r"\b(?:notice|care|miss me|mind|matter)\w*\s+if\s+i\s+(?:just |simply |quietly |one day )?"
    r"(?:did not|didn'?t|didnt|never|no longer|stopped|was not|wasn'?t|weren'?t|failed to)\s+"
    r"(?:wake|woke|exist\w*|be here|here|around|alive|live|living|breathing|come back)\b|"
    r"\b(?:notice|care|miss me|mind|matter)\w*\s+if\s+i\s+(?:just |simply |quietly )?"
    r"(?:was|were) (?:gone|dead|not here|no longer here)\b|"
    # ...or asked of God: "I pray God takes me soon", "praying the Lord might not wake me"
    # (not a help asked: "pray God takes me through this", "hope the Lord brings me peace")
    r"\b(?:wish\w*|hop(?:e|ed|es|ing)|pray\w*|asking|begging|beg)\s+(?:\w+\s+){0,4}?(?:that\s+)?"
    r"(?:god|the (?:good )?lord|lord|allah|jesus|the almighty)\s+(?:(?:might|would|will|could|"
    r"should|may|'d|'ll)\s+)?(?:(?:not|never)\s+(?:let me\s+)?wake\s+me|(?:takes?|taking|"
    r"calls?|calling)\s+me(?=\s*(?:[.,!?;]|$|soon|now|home|tonight|away|in my sleep|to (?:him|"
    r"heaven|be with)|before|early|quickly|and))|(?:brings?|bringing)\s+me\s+home)|"
    # ...or a date one means not to live to: "she will make sure she does not see
    # Christmas", "I won't be here for my birthday, I've decided"
    # (an intent said, not a prognosis: "she won't see another birthday, the doctors say";
    # nor a place: "won't see Christmas in this place")
    r"\b(?:make sure|making sure|made sure|determined|decided)\s+(?:that\s+)?"
    r"(?:i|she|he|they)?\s*(?:do(?:es)?n'?t|does not|do not|won'?t|will not|never|not)\s+"
    r"(?:see|make it to|live to see|be here (?:for|at)|be around (?:for|at))\s+"
    r"(?:christmas|xmas|diwali|eid|easter|the new year|new year|(?:another|next|my|his|her|"
    r"their)\s+\w+)\b(?!\s+(?:in|at|here|there|with|on|away)\b)|"
    # ...or a life told long enough: "I feel I have lived enough" (not "lived long enough to
    # see the grandchildren")
    r"\b(?:i|i'?ve|i have|she'?s|she has|he'?s|he has)\s+(?:\w+\s+)?lived\s+(?:long\s+|more than\s+)?"
    r"enough\b(?!\s+to\b)|"
    r"\b(?:wish\w*|hop(?:e|ed|es|ing)|pray\w*|long(?:ed|ing)?|want\w*|would rather|'d rather)"
    r"\s+(?:(?:that\s+)?(?:i|he|she|they)(?:'d|'ll| would| will| could| might)?\s+)?"
    r"(?:to\s+)?(?:not|never|no longer|no more|won'?t|wont|wouldn'?t)\s+(?:to\s+)?"
    r"(?:wake|waking|woke|be here|be alive|"
    r"exist|live (?:any ?more|any longer|another day|much longer)|be around|"
    r"see (?:the |another |tomorrow|morning))"
    # (not a place or a state woken to: "hope I never wake up in a hospital bed again")
    r"(?!\s+(?:him|her|them|the|my|his|you|us|anyone|anybody|everyone|\w+ (?:up|too early))|"
    r"(?:\s+up)?\s+(?:in an?|with|to an?|to that|feeling)\b)")
# The amount past which a medicine harms, found in someone's searches ("found her search
# history - how many paracetamol is too many"): asked plainly, it is a dosing question.
CRISIS_MEANS_SEARCHED = (
    r"\b(?:search\w*|googl\w*|looked up|looking up|look(?:s|ing)? up)\b[^?!]{0,80}?"
    r"\bhow (?:many|much)\b[^.?!]{0,40}\b(?:pills|tablets|meds|medication|medicine|"
    r"paracetamol|painkillers|insulin|tabs)\b[^.?!]{0,30}\btoo (?:many|much)\b")
# The thought, urge or plan that makes a method a crisis ("think of", "keep picturing").
# Dwelling too long on a means: the only intent a mere look at it needs
CRISIS_MEANS_TOO_LONG = (r"(?:too long|(?:a bit |a lot |much |way )?(?:longer|langer) than "
                         r"(?:i|he|she|they) (?:should|ought)|"
                         r"more than is (?:healthy|good for (?:me|him|her)|wise|normal)|"
                         r"more (?:often )?than (?:i|he|she|they) (?:should|ought))")
CRISIS_MEANS_ONLY_TOO_LONG: frozenset[str] = frozenset({"gaze", "count"})
CRISIS_MEANS_INTENT = (
    r"\b(?:think\w*|thought\w*|urges?|tempt\w*|want\w*|wanna|plan\w*|pictur\w*|imagin\w*|"
    r"feel like|felt like|keep seeing|could just|might just|should just|going to|gonna|"
    r"consider\w*|wonder\w*|tonight|easier|ready to|decided|worked out|looked up|"
    r"research\w*|googl\w*|how (?:high|far|many|much)|dream\w* (?:of|about)|fantasi\w*|"
    r"drawn to|pull of|standing on|stood on|sat on the edge|sitting on the edge|nearly|almost|"
    r"tried to|try to|trying to|attempt\w*|talk\w* about|keeps? saying|kept saying|"
    r"says? (?:he|she|they)|saying (?:he|she|they)|said (?:he|she|they)|told (?:me|us|her|him)|"
    r"threaten\w*|"
    r"mention\w*|end it|for good|never come back|not come back|no one would|nobody would|"
    r"would be (?:so )?(?:easy|quick|better)|be better off|someday|one day|"
    r"if it (?:weren't|wasn't|were not|was not|werent|wasnt) for|(?:i|she|he|they)'d|"
    # where tablets are hoarded, and for how long ("in a drawer for some weeks")
    r"in (?:a|my|his|her|the) (?:drawer|sock|box|tin|jar|shoe)|hidden|hiding|"
    # ...and what they are kept for: "pills saved at home, maybe i take them all together"
    r"(?:take|swallow|down|neck)\s+(?:them|those|these|the lot)\s+all\s+(?:together|at once|"
    r"in one go)\b|"
    # a means kept back for later ("she has kept rat poison aside")
    r"aside|put away for|for later|"
    r"secret\w*|for (?:some |a few |several |many )?(?:weeks|months)|it'?s time|it is time|"
    r"where (?:i|he|she|they)(?:'m| am| is|'s| are) going|"
    r"when (?:i'?m|i am|he is|he'?s|she is|she'?s|they are|they'?re) ready|"
    r"not (?:bother )?coming back|never coming back|"
    # the hint itself: too long at a height, "if you know what I mean"
    r"(?:you|ya|u|yeh|ye) (?:know|get|catch) (?:what|wot|wat) i mean|"
    + CRISIS_MEANS_TOO_LONG + "|"
    r"looking down|staring down|the drop|how easy|"
    r"no one would (?:miss|notice)|nobody would (?:miss|notice)|"
    # the amount known: "I know how many I need"
    r"how many (?:i|i'?d|i would|it would|it'?d|he|she) (?:need|take|want))\b")
# ...and none of them counts in a sentence about sport, play or travel ("bungee jumping
# off a bridge"), catching a bus, or one that says never ("I would never jump off it").
CRISIS_MEANS_LEISURE: tuple[str, ...] = (
    "bungee", "skydiv", "parachut", "paraglid", "base jump", "trampolin", "pool", "diving",
    "dive", "for fun", "zipline", "zip line", "holiday", "vacation", "swim team", "surf",
    "snorkel", "dare", "game", "movie", "film", "show", "book", "story", "video",
    "in minecraft", "catch the", "caught the", "to catch", "to work", "to school", "late for",
    "beach", "never", "no longer", "not any more", "not anymore", "for a dip", "a swim",
    # a gun for game or vermin
    "go hunting", "went hunting", "going hunting", "out hunting", "hunting season", "clay",
    "range", "rabbits", "pigeons", "foxes", "deer", "vermin", "crows",
    "pheasant", "grouse", "duck",
)


# Antacids by brand name: a risk factor here, and a medicine whose dose a person may ask to
# change (bot.nlp.boundaries)
ANTACID_BRANDS: tuple[str, ...] = ("gaviscon", "rennie*", "tums", "pepcid")


@dataclass(frozen=True)
class RiskFactor:
    key: str
    label: str
    button: str  # short title for a quick-reply button
    phrases: tuple[str, ...]
    in_article: bool = True  # pregnancy/breastfeeding come from NIH ODS, not the article
    # Pregnancy and breastfeeding raise how much B12 a person needs each day (NIH ODS);
    # they are asked about with the risk factors but never called one.
    higher_need: bool = False


RISK_FACTORS: tuple[RiskFactor, ...] = (
    RiskFactor("vegetarian_vegan", "a vegetarian or vegan diet", "Vegetarian or vegan", (
        "vegan*", "vegetarian*", "vegitarian", "veggie", "plant based", "plant-based",
        # Australian "vego", British "veggo"
        "vego", "vegos", "veggo", "veggos",
        "don't eat meat", "dont eat meat", "no meat", "no animal products",
        "don't eat animal", "dont eat animal",
    )),
    RiskFactor("crohns", "Crohn's disease", "Crohn's disease", (
        "crohn*", "chrons", "crohns disease", "chron's", "ibd",
    )),
    RiskFactor("celiac", "celiac disease", "Celiac disease", (
        "celiac*", "coeliac*", "celiak", "gluten intolerance",
    )),
    RiskFactor("pernicious_anemia", "pernicious anemia (the body can't absorb B12)",
               "Pernicious anemia", (
        "pernicious", "pernicous", "intrinsic factor",
    )),
    RiskFactor("alcohol", "alcohol use disorder", "Heavy drinking", (
        "alcohol*", "alcoholic", "drink a lot", "drink heavily", "heavy drinker",
        "heavy drinking", "drinking problem", "drink problem", "problem with drink",
        "problem with alcohol", "drink too much", "booze", "boozing", "boozer",
        # the verb's forms and the plain ways it is said
        "drinks a lot", "drinks heavily", "drinking heavily", "drinking heavy", "drink heavy",
        "drinks heavy", "drinks too much", "drinking too much", "drank heavily",
        "drank too much", "drinking a lot", "a lot of beer", "too much beer", "beer every",
        "on the drink", "on the booze", "drinking every night",
        "drinks every night", "tinnies", "pints every", "on the lash", "binge drink*",
        "heavy nights out", "heavy night out", "on the piss", "on the sauce",
    )),
    RiskFactor("medications",
               "long-term use of metformin or stomach-acid reducers (such as omeprazole)",
               "Metformin, acid reducers", (
        "metformin", "antacid*", "omeprazole", "lansoprazole", "pantoprazole",
        "esomeprazole", "nexium", "prilosec", "ppi", "ppis", "proton pump",
        "acid reflux meds", "heartburn medication", "heartburn pills",
        "ranitidine", "famotidine", "acid blockers",
        # antacids by name, and metformin as people call it
        *ANTACID_BRANDS, "acid pills", "heartburn tablets",
        "reflux tablets", "reflux pills", "h2 blocker*", "glucophage", "diabetes tablet*",
        "sugar tablet*", "diabetes pills", "diabetes medication",
        "reflux medicine", "reflux meds", "reflux medication", "heartburn medicine",
        "indigestion tablets", "indigestion pills", "indigestion medicine", "acid tablets",
        "stomach acid tablets", "stomach acid pills", "acid reducer*", "acid-reducer*",
        "acid reducing", "acid suppress*", "heartburn chews", "antacid chews",
    )),
    RiskFactor("weight_loss_surgery", "weight-loss surgery", "Weight-loss surgery", (
        "gastric bypass", "bariatric*", "gastric sleeve", "sleeve surgery",
        "weight loss surgery", "weight-loss surgery", "stomach surgery",
        "weight loss op", "weight-loss op", "weight loss operation", "weight-loss operation",
        "stomach op", "op for weight loss", "operation for weight loss",
        "surgery for weight loss",
        "weight loss procedure", "gastric band", "lap band",
        "lap band", "gastrectomy", "stomach stapling", "gastric band", "stomach band",
        "duodenal switch", "roux-en-y", "roux en y", "stomach stapled", "stomach banded",
    )),
    RiskFactor("pregnancy", "pregnancy", "Pregnant", (
        "pregnan*", "pregnent", "expecting a baby", "with child",
    ), in_article=False, higher_need=True),
    RiskFactor("breastfeeding", "breastfeeding", "Breastfeeding", (
        "breastfeed*", "breast feeding", "breast-feeding", "nursing my baby",
        "lactating",
    ), in_article=False, higher_need=True),
)

RISK_FACTORS_BY_KEY: dict[str, RiskFactor] = {r.key: r for r in RISK_FACTORS}

# "Without warning" in its many forms: an onset cue for the lexicon and the time reader
# alike (one list for both)
_WARNING_LEADS = ("without", "with not", "with no", "with zero", "no")
_WARNING_AMOUNTS = ("", "any", "a", "even a", "any kind of", "the least bit of",
                    *(f"the {least}" for least in ("least", "slightest", "smallest", "faintest")),
                    *(f"a {bit}" for bit in ("moment's", "second's", "minute's", "bit of",
                                             "word of", "hint of")))
WITHOUT_WARNING: tuple[str, ...] = tuple(
    " ".join(w for w in (lead, amount, "warning") if w)
    for lead in _WARNING_LEADS
    for amount in (_WARNING_AMOUNTS if lead.startswith("with") else ("",)))

# Onset cues.  "unsure" phrases only count near an onset word, so "not sure if
# it's b12" is not mistaken for an onset answer.
ONSET_PHRASES: dict[str, tuple[str, ...]] = {
    "sudden": (
        "sudden*", "suddenly", "sudenly", "suddently", "all of a sudden",
        # ("just now" and "right now" are the time reader's: "she's fine right now")
        "out of nowhere", "out of the blue", "abrupt*",
        "minutes ago", "an hour ago", "hour ago", "hours ago", "this morning",
        "came on fast", "came on quickly", "came on quick", "overnight",
        "all at once", "instantly", "in an instant", "out of no where",
        # the warning's "without" is no denial of what follows ("without any warning I lost
        # all the sensation in my hand")
        *WITHOUT_WARNING,
        "just started", "woke up with", "woke up and", "just lost",
        "just went", "just had a", "just now started", "seconds ago",
        "just became", "just got", "just turned", "suddenly became", "just forgot",
        "just gave", "since an hour ago", "since this morning",
        "just fell", "just collapsed", "just fainted", "just stopped",
    ),
    "gradual": (
        "gradual*", "graduall*", "slowly", "over time", "bit by bit", "little by little",
        "creeping", "crept up", "for weeks", "for months", "for years", "for a while",
        "past few weeks", "past few months", "past year", "few weeks", "few months",
        "couple of months", "couple of weeks", "several weeks", "several months",
        "months now", "weeks now", "years now", "lately", "recently", "over the last",
        "getting worse over", "slowly getting worse", "for ages", "on and off",
        "ongoing", "long time", "a while now",
        "over the years", "over the months", "over the weeks", "in recent months",
        "in recent weeks", "this past year", "for some time",
    ),
    "unsure": (
        "not sure when", "not sure if it was sudden", "not sure if it was",
        "don't know if it was sudden", "dont know if it was sudden",
        "can't tell if it was sudden", "cant tell if it was sudden",
        "not sure how fast", "don't know when", "dont know when",
        "unsure when", "unsure if it was sudden", "not sure how it started",
        "hard to say when",
    ),
}

# Durations: "for two months", "since last year" (gradual); "20 minutes ago",
# "a few hours ago" (sudden).  Regular expressions over the lower-cased text.
_AMOUNT = r"(?:a|an|one|two|three|four|five|six|several|few|a few|couple of|a couple of|\d+)"
ONSET_PATTERNS: dict[str, tuple[str, ...]] = {
    "gradual": (
        rf"\bfor (?:the (?:last|past) )?{_AMOUNT} (?:days|weeks|months|years)\b",
        rf"\b(?:over|in|for) the (?:last|past) (?:{_AMOUNT} )?(?:weeks|months|years)\b",
        r"\bsince (?:last|january|february|march|april|may|june|july|august|september"
        r"|october|november|december|the spring|the summer|the winter|christmas)\b",
    ),
    "sudden": (
        rf"\b{_AMOUNT} (?:minutes?|mins?|hours?|hrs?) ago\b",
    ),
}

# A whole short reply made of one of these means "I don't know" (about onset).
UNSURE_REPLIES: tuple[str, ...] = (
    "not sure", "unsure", "idk", "i dont know", "i don't know", "dont know",
    "don't know", "no idea", "not certain", "maybe", "can't tell", "cant tell",
    "i'm not sure", "im not sure", "hard to say", "dunno", "possibly",
)

WHO_PHRASES: dict[str, tuple[str, ...]] = {
    "infant": (
        "baby", "babies", "infant*", "newborn*", "new born", "months old",
        "month old", "my bub",
    ),
    "child": (
        "son", "daughter", "child", "children", "kid", "kids", "toddler*",
        "my boy", "my girl", "teen", "teenager", "grandson", "granddaughter",
        "stepson", "stepdaughter", "preschooler", "schoolboy", "schoolgirl",
        "wee ones", "wee one", "weans", "bairns", "bairn",
        # Shetland and Orkney "peerie"/"peedie": small
        "peerie bairns", "peerie ones", "peedie bairns", "peedie ones",
    ),
    "adult": (
        "my mom", "my mum", "my mother", "my dad", "my father", "my husband",
        "my wife", "my partner", "my wife's", "my grandma", "my grandmother",
        "my grandpa", "my grandfather", "my friend", "my sister", "my brother",
        "my boyfriend", "my girlfriend", "my aunt", "my uncle",
        "the wife", "the husband", "the missus", "the mrs", "hubby", "wife", "husband",
        # the word itself, in reply to "you or a child?": "she's 82, so an adult"
        "an adult", "a grown up", "a grown-up", "a grownup",
    ),
    "self": (
        "i", "i'm", "im", "i've", "ive", "me", "myself", "my",
    ),
}

# Who a message names (bot.nlp.people compiles these): whether a question is about the
# asker, someone they know, or nobody in particular, and whether an animal is the patient.
FIRST_PERSON_WORDS: tuple[str, ...] = (
    "i", "i'm", "im", "i've", "ive", "i'd", "me", "myself", "we", "us",
)
FIRST_PERSON_POSSESSIVES: tuple[str, ...] = ("my", "mine", "our", "ours")
THIRD_PERSON_WORDS: tuple[str, ...] = (
    "he", "she", "him", "her", "his", "hes", "shes", "he's", "she's",
)
# Possessives that tie a question to someone the asker knows ("my kids", "her baby").
KNOWN_POSSESSIVES: tuple[str, ...] = ("my", "our", "his", "her", "their", "mine", "ours")
# People by relation or role (each also matches with 's: "mum's").
PEOPLE_NOUNS: tuple[str, ...] = (
    "mum", "mom", "mother", "dad", "father", "husband", "wife", "partner", "son", "daughter",
    "child", "kid", "baby", "brother", "sister", "grandma", "grandpa", "nan", "gran", "granny",
    "friend", "resident", "patient", "client", "customer", "boyfriend", "girlfriend", "aunt",
    "uncle", "toddler", "teen", "grandad", "granddad", "grandfather", "grandmother", "nana",
    "nanna", "mam", "mama", "papa", "colleague", "neighbour", "neighbor", "flatmate",
    "roommate", "res", "pt", "pts", "service user", "nephew", "niece", "grandson",
    "granddaughter", "cousin",
    # a schoolchild in African and Asian English: "a learner of seven years"
    "learner",
)
# Anyone at all: a message with these names a person, though no one in particular
# ("good boy" is a dog too, so these name a person only for the short-question check).
ANYONE_WORDS: tuple[str, ...] = (
    "you", "your", "u", "ur", "they", "them", "their", "someone", "somebody", "nobody",
    "everyone", "anyone", "mi", "mine", "lad", "lass", "guy", "man", "woman", "lady", "boy",
    "girl",
)

# Taking B12 already (symptoms that last after treatment go back to the provider).
TREATED_PHRASES: tuple[str, ...] = (
    "b12 shot*", "b12 injection*", "b12 jab*", "b12 supplement*", "b12 tablet*",
    "b12 pills", "taking b12", "i'm on b12", "im on b12", "been taking b12", "started b12",
    "had b12", "getting b12", "b-12 shot*", "b12 treatment", "treated for b12",
    "b12 spray", "b12 patches",
    # ("been on b12 tabs since spring": the date is the treatment's)
    "b12 tabs", "b12 tab", "b12 lozenge*", "b12 drops", "been on b12", "is on b12",
    "was on b12", "she's on b12", "he's on b12",
)

# Negation cues as spaCy tokens ("don't" is split into "do" + "n't", "dont" into "do" + "nt").
# Domain nouns that name a symptom only when nothing in the clause says they are
# fine ("my vision is blurry" vs "my vision is fine"); matched exactly, no typos.
BARE_NOUNS: frozenset[str] = frozenset({
    "vision", "sight", "eyesight", "memory", "balance", "speech", "personality",
    "gait", "bowels", "mood",
})
NORMAL_WORDS: frozenset[str] = frozenset({
    "fine", "ok", "okay", "good", "normal", "great", "perfect", "alright", "unchanged",
})
# ...and words that call it bad, which end the search for a normal ("memory is terrible
# now cant tell if its today": the "cant" after them denies nothing about the memory)
PROBLEM_WORDS: frozenset[str] = frozenset({
    "terrible", "bad", "awful", "poor", "worse", "worst", "shocking", "dreadful", "rubbish",
    "horrible", "wrong", "failing", "shot", "gone", "off", "weird", "strange", "funny",
})

# Symptoms only a person can tell of: speech, numbness, memory, thoughts of self-harm. A
# message that tells one is about a person whatever animal it names ("dog started barking,
# then my words came out wrong since lunch"), so the vet's decline never hides it.
PERSON_ONLY_SYMPTOMS: frozenset[str] = frozenset({
    "speech_problems", "tingling_numbness", "memory_problems", "self_harm",
})

NEGATION_CUES: tuple[str, ...] = (
    "no", "not", "n't", "nt", "never", "without", "none", "nor", "neither", "deny",
    "denies", "denied", "denying", "negative", "nobody", "nil",
)
# Cues that announce a list ("pt denies numbness, weakness, vision change"): their denial
# runs along commas and "and"/"or" to the end of the clause.
LIST_NEGATION_CUES: frozenset[str] = frozenset({"deny", "denies", "denied", "denying", "nil",
                                                "negative"})
# What still ends such a list: the other clause breaks.
LIST_CONTINUES: frozenset[str] = frozenset({",", "and", "or", "/"})

# Other conditions whose names hold a symptom's word ("what is irritable bowel syndrome?",
# "vitamin A and night blindness"): the name is the other condition, not the symptom.
CONDITION_NAMES_WITH_SYMPTOM_WORDS: tuple[str, ...] = (
    "irritable bowel", "irritable bowels", "night blindness", "night blind", "colour blind",
    "color blind", "colour blindness", "color blindness", "colour-blind", "color-blind",
    "snow blindness", "restless leg", "restless legs", "lazy eye", "dry eye", "dry eyes",
)

# A symptom adjective is also read in its manner-adverb form ("walking unsteadily",
# "staring vacantly"), except where the adverb's everyday sense names no symptom.
FIGURATIVE_ADVERBS: frozenset[str] = frozenset({
    "blindly", "unconsciously", "fittingly", "sightly", "paly", "hopelessly", "numbingly",
    "aggressively", "furiously", "nervously", "bizarrely",
})
# ...and in its -ness noun ("c/o unsteadiness"), except these, which name no symptom.
FIGURATIVE_NOUNS: frozenset[str] = frozenset()
# How rare an adverb or a noun may be and still be read (Zipf: 1 is once per 100 million words).
ADVERB_MIN_ZIPF = 1.0

# Words that end the reach of a negation cue ("no fever but my feet are numb").
# "fit" as health, not a seizure ("she's fit as a fiddle"): these words right after it
FIT_AS_HEALTH_AFTER: tuple[str, ...] = (
    "as a fiddle", "as a flea", "as a butcher's dog", "and well", "and healthy", "and active",
    "enough", "for work", "to work", "to drive", "to travel", "as ever",
)
# "a faint tremor", "a faint smell of gas": "faint" as a word of degree before what is faint,
# not a fainting (these words right after it)
# "Depress" as lowering a thing ("medicines can depress B12 levels", "antacids depress
# absorption"): the words that can follow it then; a person after it ("it depresses me")
# keeps it a mood.
DEPRESS_AS_LOWERING: frozenset[str] = frozenset({"depress", "depresses", "depressing"})
LOWERED_THINGS: frozenset[str] = frozenset({
    "b12", "b-12", "vitamin", "levels", "level", "absorption", "uptake", "stores", "blood",
    "the", "your", "its", "their", "our", "immune", "appetite", "production", "counts",
    "count", "acid", "stomach"})
FAINT_AS_DEGREE_BEFORE: frozenset[str] = frozenset({
    "tremor", "tremors", "tremble", "shake", "shaking", "smell", "taste", "sound", "ringing",
    "buzz", "buzzing", "hum", "humming", "line", "lines", "mark", "marks", "glow", "light",
    "tingle", "tingling", "ache", "aching", "pain", "rash", "hint", "trace", "memory", "idea",
    "voice", "whistle", "click", "clicking", "twitch", "twitching", "pulse", "heartbeat",
    "outline", "shadow", "blur", "sense", "feeling", "numbness", "pins", "burning", "itch",
    "bruise", "bruising", "scar", "stain", "yellow", "pink", "red", "blue", "purple", "rattle",
    "wheeze", "crackle", "hope", "chance", "praise", "heart", "hearted", "tinge", "flicker",
})
# "I can't understand it", "cannae understand why": puzzled, not a loss of understanding
# (the words right after the phrase, then the clause ends)
PUZZLED_AFTER: tuple[str, ...] = (
    "it", "why", "how", "this", "that", "what happened", "what's happened",
    "what has happened", "what's going on", "what is going on", "her", "him", "them",
)
# Words that fear a change still to come ("scared I'm going to go blind", "afraid of
# losing my memory"): what they fear is not told as happening
FEAR_WORDS: frozenset[str] = frozenset({
    "scared", "afraid", "worried", "worry", "worrying", "terrified", "frightened", "fear",
    "fearing", "feared", "petrified", "dread", "dreading", "paranoid",
})
FUTURE_WORDS: frozenset[str] = frozenset({
    "will", "'ll", "wo", "might", "may", "gonna", "eventually", "someday",
})

CLAUSE_BREAKS: tuple[str, ...] = (
    "but", "however", "though", "although", "except", "yet", "and", ".", ",", ";",
    "!", "?", "still", "while", "whereas", "just", "only",
    # texting's laughs end a clause as a full stop does ("no wake up lol kms")
    "lol", "lmao", "lmfao", "haha", "hahaha",
)


def symptoms_in_list(section: str) -> list[Symptom]:
    """Symptoms the article lists under ``section`` (physical, neurological…)."""
    return [s for s in SYMPTOMS if section in s.lists]


def red_flag_symptoms() -> list[Symptom]:
    return [s for s in SYMPTOMS if s.domain is not None]

# An answer taken in, no yes to anything ("ok", "got it", "lovely"), and thanks: one list
# for the follow-ups, the intent guard and the scope gate (regular expressions).
ACKNOWLEDGEMENTS: tuple[str, ...] = (
    "i see", "ok(?:ay)?", "k", "kk", "right", "righto", "alright", "all right", "got it",
    "gotcha", "ah", "oh", "cool", "fair enough", "understood", "noted", "grand", "sound",
    "ah right", "ah ok(?:ay)?", "oh ok(?:ay)?", "ok(?:ay)? then", "right then", "makes sense",
    "i understand", "great", "lovely", "brilliant", "fab", "good", "nice one", "nice",
)
THANKS: tuple[str, ...] = (
    "thanks", "thank you", "thank u", "thanx", "thanks a lot", "many thanks", "thx", "tnx",
    "ty", "cheers", "ta",
)


# Words that put a question on vitamin B12, and topics the bot does not cover.
# The intent guard uses them so that "symptoms of diabetes" never gets a B12
# answer and "b12 ... ?" is never dismissed as out of scope.
# B12 by its own names
B12_NAMES: tuple[str, ...] = (
    # (spelt out as said: "low bee twelve", "vitamin b twelve")
    r"b\s*-?\s*12", r"(?:b|bee)\s*-?\s*twelve", r"cobalamin", r"cyanocobalamin", r"methylcobalamin", r"hydroxocobalamin",
)
B12_TERMS: tuple[str, ...] = (
    *B12_NAMES,
    # named in the article as tied to B12
    r"homocystein\w*", r"megaloblast\w*", r"pernicious", r"intrinsic factor",
)
# Questions about the article itself ("who is the author of this") are in scope too.
ARTICLE_TERMS: tuple[str, ...] = (
    # (the article's sources, not "the best sources of omega 3" or "omega 3 sources": food)
    r"author\w*", r"article",
    r"(?:your|the|its|these|those|article'?s?|which|cited?|list(?: of)?(?: the)?|what) sources?"
    r"\b(?! of)(?<!best sources)(?<!good sources)(?<!main sources)", r"sources?\s*\?",
    # (not a reference for a job: "write a good reference letter for a colleague")
    r"(?<!\ba )(?<!\bgood )(?<!\bjob )(?<!\bcharacter )references?\b"
    r"(?!\s+(?:letters?|checks?|number)\b)", r"medically reviewed",
)
OTHER_TOPICS: tuple[str, ...] = (
    r"vit(amin)?\s*-?\s*(a|c|d|d3|e|k|b1|b2|b3|b6|b9)\b", r"iron\b", r"magnesium", r"zinc",
    r"calcium", r"potassium", r"omega", r"fish oil", r"folate", r"folic", r"diabet\w*",
    # the other B vitamins by number ("b1 deficiency", "b3 and b5"; not b12)
    r"b(?:1|2|3|5|6|7|9)\b",
    # other nutrients and supplements ("can a vegan get enough protein")
    r"protein\w*", r"iodine", r"fib(?:re|er)\b", r"carb(?:s|ohydrates?)\b", r"calories",
    r"selenium", r"creatine", r"collagen", r"probiotics?", r"melatonin", r"biotin",
    r"niacin", r"riboflavin", r"thiamine?",
    r"thyroid", r"covid\w*", r"corona\w*", r"flu\b", r"influenza", r"cancer", r"tumou?r",
    r"asthma", r"arthritis", r"cholesterol", r"blood pressure", r"hypertension",
    r"heart disease", r"heart attack", r"migraine", r"lupus", r"ms\b", r"multiple sclerosis",
    r"parkinson\w*", r"alzheimer\w*", r"adhd", r"autism", r"hiv", r"aids\b", r"std\w*",
    r"pneumonia", r"bronchitis", r"strep", r"measles", r"chickenpox", r"shingles",
    r"kidney stones?", r"gout", r"eczema", r"psoriasis", r"acne", r"ibs\b", r"gerd",
    r"ulcerative colitis", r"hepatitis", r"malaria", r"tuberculosis", r"lyme",
    r"weather", r"recipe", r"football", r"stock", r"bitcoin", r"joke",
    # other operations and scopes ("how do they do a vasectomy"; not a gastrectomy or the
    # ileum's, which the article's weight-loss surgery and absorption touch)
    r"\w+(?<!gastr)(?<!ile)(?<!bariatr)ectom(?:y|ies)", r"\w+oscop(?:y|ies)",
    # sleep's hours and blood sugar ("how many hours sleep do u need at 15")
    r"hours (?:of )?sleep", r"blood sugar",
    # other supplements and herbs ("is ginkgo biloba any use for the memory")
    r"ginkgo", r"ginseng", r"turmeric", r"ashwagandha", r"st\.? john'?s wort", r"echinacea",
    r"glucosamine", r"cod liver oil", r"evening primrose",
    # water drunk, gloves bought ("how much water should i drink daily", "what gloves stop
    # your fingers going numb")
    r"how much water", r"(?:what|which|best|good|warm\w*|thermal|heated) gloves",
    # a walk or a trip ("a pleasant daily walking route")
    # ("route" alone is also how a medicine is given)
    r"(?:walking|hiking|running|cycling|bike|bus|scenic|driving) routes?\b", r"trails?\b", r"hik(?:e|es|ing)\b",
)
