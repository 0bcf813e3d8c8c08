"""Word classes for reading factuality (extract/factuality.py), after FactBank's source-introducing
predicates (Saurí & Pustejovsky 2009) and MEANTIME's guidelines.

Each class says what an embedding word does to the event it governs. Lemmas, lower case.
"""

from __future__ import annotations

# "said that X" / "reportedly X": the source's commitment is kept (documented in
# docs/factuality.md: attribution is not hedging).
REPORT = {
    "say", "tell", "report", "state", "announce", "write", "add", "note", "claim", "confirm",
    "acknowledge", "admit", "reveal", "disclose", "testify", "explain", "declare", "insist",
    "affirm", "clarify", "show", "find", "learn", "know", "realize", "notice", "discover",
    "recall", "indicate", "conclude", "argue", "assert", "maintain", "contend", "tweet",
    "post", "agree", "prove", "demonstrate", "establish", "verify", "concede", "recount",
    "describe", "complain", "emphasize", "stress", "warn", "point", "observe",
}  # fmt: skip
# "denied that X", "disputed X": X is negated from the source's point of view.
DENY = {"deny", "dispute", "refute", "reject", "rebut", "contest", "disavow", "repudiate"}
# "believed X", "expects that X": probable.
BELIEVE = {
    "believe", "think", "expect", "suspect", "estimate", "assume", "presume", "feel",
    "consider", "reckon", "predict", "anticipate", "judge", "allege", "accuse", "charge",
    "suppose", "understand",
}  # fmt: skip
# "hoped that X", "suggests X": only possible.
HOPE = {"hope", "wish", "fear", "speculate", "suggest", "worry", "imagine", "guess"}
# "refused to X", "failed to X", "prevented X from": X did not happen (counter-factive).
COUNTER = {
    "refuse", "fail", "decline", "neglect", "avoid", "forget", "omit", "forgo", "resist",
    "unable", "unwilling", "cease", "forbid", "prohibit", "impossible",
}  # fmt: skip
# ... through "from": "kept X from forming", "prevented from reporting"
COUNTER_FROM = {
    "prevent", "stop", "keep", "bar", "block", "ban", "prohibit", "forbid", "refrain",
    "restrict", "exclude", "discourage", "deter", "dissuade", "preclude", "stave", "hold", "shy",
}  # fmt: skip
# ... of an event noun: "cancelled the meeting", "the summit was postponed", "denied any
# contacts" (not "stopped the bloodshed" or "rejected the proposals": those took place)
COUNTER_OBJ = {
    "cancel", "scrap", "postpone", "prevent", "avoid", "skip", "miss", "delay",
    "forgo", "shelve", "veto", "deny", "disavow", "forestall", "thwart", "foil", "avert",
    "preempt", "scuttle",
}  # fmt: skip
# prepositions that negate their object whatever the verb: "left without saying"
NEG_PREPS = {"without", "instead"}
# "managed to X", "forced him to X", "began X": X happened (implicative).
IMPLICATIVE = {
    "manage", "force", "begin", "start", "continue", "resume", "help", "cause", "make",
    "proceed", "compel", "end", "succeed", "dare", "choose", "remember", "get", "finish",
    "keep on", "go on", "lead", "oblige", "allow", "let", "enable", "permit",
}  # fmt: skip
# "plans to X", "is scheduled to X", "is to X": X lies ahead (certain as a plan).
PLAN = {
    "plan", "schedule", "set", "intend", "vow", "promise", "pledge", "prepare", "decide",
    "be", "go", "about", "due", "aim", "arrange", "slate", "poise", "agree", "commit",
    "determine", "certain", "sure", "bound", "resolve", "vote",
}  # fmt: skip
# "expected to X", "likely to X": ahead and only probable.
EXPECT = {"expect", "likely", "poised", "predict", "anticipate"}
# "wants to X", "threatened to X", "considered X-ing": ahead and only possible.
WANT = {
    "want", "hope", "wish", "threaten", "consider", "propose", "offer", "weigh", "plot",
    "desire", "aspire", "look", "mull", "contemplate", "like", "discuss", "debate", "explore", "love", "eager",
    "willing", "ready", "able", "prefer", "intent", "keen", "possible", "free", "reluctant",
    "hesitate", "hesitant",
}  # fmt: skip
# "hopeful that X", "afraid that X": only possible, as under "hoped that".
HOPE_ADJ = {"hopeful", "optimistic", "afraid", "fearful", "worried", "concerned", "anxious", "nervous"}
# "enough to X", "quick to X": the degree says nothing of X; the copula's modal and tense do.
DEGREE_ADJ = {"enough", "quick", "swift"}
# "tried to X": attempted, outcome open (time of the attempt, not the future).
ATTEMPT = {
    "try", "attempt", "seek", "struggle", "strive", "bid", "endeavor", "work", "fight", "push",
    "design", "mean", "aim", "scramble", "race", "rush",
}  # fmt: skip
# Verbs of motion whose "to" clause is a purpose: "massed to defend", "left to start a career".
MOTION = {
    "come",
    "leave",
    "arrive",
    "travel",
    "fly",
    "mass",
    "gather",
    "return",
    "head",
    "move",
    "deploy",
    "send",
}
# Talk about something: "talking about layoffs", "conferred on putting a blockade" (not asserted).
TOPIC_VERBS = {
    "talk", "speak", "discuss", "confer", "negotiate", "debate", "consult", "argue", "think",
    "worry", "speculate", "ask", "inquire", "testify", "comment", "decide", "vote",
}  # fmt: skip
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning", "for"}
NOUN_TOPIC = {
    "talk",
    "negotiation",
    "discussion",
    "debate",
    "consultation",
    "question",
    "speculation",
    "vote",
}
# "called for X to resign", "urged X to", "asked him to": demanded, not done.
DEMAND = {
    "urge", "call", "demand", "ask", "request", "press", "pressure", "exhort", "implore",
    "beg", "encourage", "invite", "instruct", "direct", "require", "order", "petition",
    "appeal", "lobby", "need", "tell", "advise", "command", "challenge", "dare", "summon",
    "warrant", "merit", "deserve",
    "subpoena", "push", "nudge", "prod",
}  # fmt: skip
# "proposed that Northmere pay Brightwater", "recommended that the board fire him": a subjunctive
# clause under these is asked for, not done (a plain "suggested that he met" is another sense).
MANDATIVE = {"propose", "suggest", "recommend", "insist", "advocate", "stipulate", "move", "prefer"}
# "seems to X", "appears to X", "is believed to X": probable (hedged).
HEDGE_RAISING = {"seem", "appear", "believe", "think", "suspect", "rumor", "allege", "suppose"}
# "is said to X", "is reported to X": attribution, kept.
REPORT_RAISING = {"say", "report", "know", "confirm", "show", "find"}
# "tends to X", "used to X": generic or habitual.
GENERIC_RAISING = {"tend", "use"}

# Nouns that govern an event: "plans to hire", "the refusal to testify", "calls for his removal".
NOUN_PLAN = {"plan", "decision", "intention", "vow", "promise", "pledge", "schedule", "agreement", "deal"}
# Acts that are done by deciding them: "his decision to recuse himself", "the decision to fire
# Comey" report the recusal and the firing, not a plan (unlike "the decision to withdraw troops").
DONE_BY_DECIDING = {
    "recuse",
    "fire",
    "dismiss",
    "oust",
    "sack",
    "resign",
    "quit",
    "appoint",
    "name",
    "pardon",
}
NOUN_WANT = {
    "threat", "proposal", "offer", "hope", "possibility", "prospect", "chance", "risk",
    "option", "idea", "willingness", "desire", "wish", "intent", "temptation", "fear", "interest",
    "danger", "likelihood",  # "there’s no danger of President Trump firing Mueller": a forecast
}  # fmt: skip
NOUN_ATTEMPT = {"attempt", "bid", "effort", "try", "push", "campaign", "drive", "quest", "struggle"}
NOUN_DEMAND = {
    "call", "demand", "request", "appeal", "order", "petition", "pressure", "plea", "push", "need",
    "recommendation", "requirement", "ultimatum", "instruction",
}  # fmt: skip
NOUN_COUNTER = {"refusal", "failure", "inability", "reluctance", "unwillingness", "ban", "moratorium"}
NOUN_DENY = {"denial", "refutation"}
NOUN_ALLEGE = {
    "allegation", "accusation", "charge", "suspicion", "rumor", "speculation", "suggestion",
    "theory", "notion", "belief", "impression", "perception",
}  # fmt: skip
NOUN_GOVERNORS = (
    NOUN_PLAN | NOUN_WANT | NOUN_ATTEMPT | NOUN_DEMAND | NOUN_COUNTER | NOUN_DENY | NOUN_ALLEGE | NOUN_TOPIC
)

# Modal auxiliaries.
FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
POSSIBLE_AUX = {"may", "might", "could", "can", "ca"}
ABILITY_AUX = {"can", "could", "ca"}  # "could not be heard": denied, not uncertain
DEONTIC_AUX = {"should", "must", "ought", "shall"}
WOULD_AUX = {"would", "'d"}

# Adverbs on the clause.
PROBABLE_ADVS = {
    "likely",
    "probably",
    "apparently",
    "allegedly",
    "supposedly",
    "presumably",
    "seemingly",
    "purportedly",
}
POSSIBLE_ADVS = {"perhaps", "possibly", "maybe", "conceivably", "potentially"}
NEG_ADVS = {"never", "not", "n't", "nt", "no", "neither", "nor"}
GENERIC_ADVS = {
    "typically", "usually", "routinely", "generally", "often", "commonly", "normally",
    "frequently", "always", "rarely", "seldom", "sometimes", "traditionally", "regularly",
    "annually", "every",
}  # fmt: skip
# Adjectives on a noun trigger: "the alleged meeting", "a planned summit", "no meetings".
PROBABLE_AMODS = {
    "alleged",
    "reported",
    "suspected",
    "purported",
    "rumored",
    "supposed",
    "apparent",
    "likely",
}
FUTURE_AMODS = {
    "planned",
    "proposed",
    "upcoming",
    "scheduled",
    "future",
    "expected",
    "forthcoming",
    "possible",
    "potential",
    "prospective",
    "impending",
    "anticipated",
    "intended",
}
PLANNED_AMODS = {"planned", "scheduled", "upcoming", "forthcoming", "impending"}
NEG_AMODS = {"cancelled", "canceled", "aborted", "scrapped", "postponed", "abandoned"}
NEG_DETS = {"no", "neither"}
# "under no circumstances", "in no way", "at no time", "by no means": the clause is negated
NO_WAY_NOUNS = {"circumstance", "way", "time", "point", "means", "case", "account"}
NEG_SUBJECTS = {"nobody", "none", "nothing", "noone"}

# Subordinators of a condition and of an embedded question.
CONDITION_MARKS = {"if", "unless", "whether", "provided", "providing", "lest", "assuming"}
QUESTION_MARKS = {"whether", "if"}
# Verbs whose clause may be an embedded question ("asked whether", "investigate whether").
QUESTION_GOVERNORS = {
    "ask", "wonder", "investigate", "probe", "examine", "know", "decide", "determine",
    "question", "debate", "consider", "evaluate", "see", "check", "remember", "say",
    "announce", "explore", "study", "review", "assess", "clear", "unclear", "sure", "idea",
    "matter", "inquire", "weigh", "tell", "reveal", "discuss",
}  # fmt: skip
# Verbs of existence: "the meeting never happened", "the meeting was cancelled".
EXISTENCE = {
    "happen", "occur", "take", "go", "begin", "start", "end", "continue", "proceed",
    "resume", "conclude", "last", "fail", "collapse", "succeed", "close", "open",
}  # fmt: skip
# Light verbs: "held a meeting", "had contact", "made the proposal".
LIGHT = {
    "hold", "have", "make", "attend", "arrange", "host", "conduct", "give", "take", "do",
    "organize", "establish", "create", "form", "launch", "join", "enter", "face",
    "receive", "open", "pursue", "carry", "stage", "set", "convene", "begin", "start",
}  # fmt: skip

# The rule lemmatizer's slips on words that matter here ("hoped" → "hop").
LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope", "slated": "slate", "staged": "stage"}
# Subjects that report rather than generalise: "officials say", "critics argue".
SOURCE_WORDS = {
    "officials", "sources", "people", "experts", "analysts", "critics", "aides", "lawyers",
    "prosecutors", "investigators", "democrats", "republicans", "lawmakers", "reports",
    "documents", "records", "polls", "scientists", "authorities", "observers", "supporters",
}  # fmt: skip
# "not just the liberation", "not only return": not a negation of what follows
NOT_FOCUS = {"just", "only", "merely", "simply", "solely", "necessarily"}
# Subjects that speak of anyone: "everyone pays attention", "you never know".
GENERIC_SUBJECTS = {"you", "one", "everyone", "everybody", "anyone", "anybody"}
PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}
PAST_BE = {"was", "were"}

# verbs of being in a state, whose subject is in it and whose negation is its: "was in
# contact", "stayed in touch", "got in touch"
IN_STATE = {"be", "remain", "stay", "keep", "get"}
