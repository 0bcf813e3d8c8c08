"""Question analysis with the product's spaCy pipeline: what is asked (the question word), about
whom (entities), which happening (trigger lemma and event type, from the extractor's own trigger
tables) and which other words a supporting sentence should contain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from storyline.extract import nlp
from storyline.extract.events import LIGHT_VERBS, NOUN_TRIGGERS, VERB_TRIGGERS, trigger_type

NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
# Words that shape the question but that a supporting sentence need not repeat.
QUESTION_WORDS = {
    "when",
    "where",
    "who",
    "whom",
    "whose",
    "what",
    "which",
    "how",
    "many",
    "much",
    "long",
    "did",
    "do",
    "does",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "ever",
    "time",
    "times",
    "first",
    "report",
    "outlet",
    "source",
    "newspaper",
    "paper",
    "publication",
    "say",
    "tell",
    "happen",
    "take",
    "place",
    "date",
    "day",
    "year",
    "held",
    "besides",
    "until",
    "according",  # "according to X": X is the source, not a word the sentence must hold
}
# a name after these is the setting of the happening ("before Congress", "in Cleveland"): a source
# may leave it out
SETTING = {"before", "in", "at", "during", "outside", "inside"}
SAY_VERBS = {"say", "tell", "think", "claim", "write", "state", "argue", "call", "describe", "testify"}
OUTLET_WORDS = (
    r"outlets?|newspapers?|papers?|networks?|news (?:outlet|organization|agency|agencies)s?|publications?"
)
FIRST_RE = re.compile(r"\b(which|what|who)\b.*\bfirst\b.*\b(report|break|publish|reveal)", re.I)


@dataclass
class Question:
    text: str
    kind: str  # when, where, who, how_many, how_long, said, happen, first, what
    names: list[str] = field(default_factory=list)  # entity names as written in the question
    labels: dict[str, str] = field(default_factory=dict)
    setting: list[str] = field(
        default_factory=list
    )  # "testify before Congress": where, not who  # name -> its NER label, where NER found it
    trigger: Optional[str] = None  # lemma of the happening asked about
    event_type: Optional[str] = None
    keywords: list[str] = field(default_factory=list)  # content lemmas, names excluded
    # when the question sets it ("on Saturday", "during the hearing"): words a sentence may leave
    # to its article ("He spoke for only one minute"), so they rank but are not required
    context: list[str] = field(default_factory=list)
    dated: list[str] = field(default_factory=list)  # the day of a where/how question: a keyword to relax
    speaker: Optional[str] = None  # "what did X say": X
    quote: Optional[str] = None  # "who said it was all him": the words said
    future: bool = False  # "where will they meet next": a plan, not what happened
    object_wanted: bool = False  # "who did Trump name ...": the verb's object answers, not its subject
    says: Optional[str] = None  # "who said ...": the saying verb, whose subject answers; "be": a role
    counted: Optional[str] = None  # "how many calls": call
    counted_mods: list[str] = field(default_factory=list)  # "how many acting directors": acting
    amount: bool = False  # "how much": money, a share or a quantity, not any number
    prep: Optional[str] = None  # "since when", "until when": the date wanted follows this word
    # ("clock": "at what time", a clock time wanted)
    dates: list[str] = field(default_factory=list)  # time constraints as written
    forms: dict[str, set[str]] = field(default_factory=dict)  # lemma -> words as the question wrote them
    entities: Optional[list[Any]] = None  # the store's entity of each name, once retrieval looked
    # names a sentence must hold whole: "Melania Trump" when the store's Trump is Donald Trump
    whole: set[str] = field(default_factory=set)
    # a word of the question a place's name may stand for: "agreement" -> "paris" ("the Paris
    # agreement" written "Paris")
    named_by: dict[str, str] = field(default_factory=dict)
    date_from: Optional[str] = None  # answer only from articles published in this window
    date_to: Optional[str] = None
    subject: Optional[str] = None  # the name key of who does it ("did *Tillerson* thank Trump")
    goal: Optional[str] = None  # the verb the happening is to ("agree to *renegotiate*")
    # what "how much" is asked of ("cost *the economy*"): a sentence must name it
    of_what: Optional[str] = None
    # a name that only qualifies a noun of the question: "the FBI inquiry" -> {"fbi": "inquiry"}
    qualifies: dict[str, str] = field(default_factory=dict)

    def in_window(self, published: Optional[str]) -> bool:
        """Published inside [date_from, date_to] (either may be a year or month); no window: yes."""
        if self.date_from is None and self.date_to is None:
            return True
        if not published:
            return False
        if self.date_from and published[: len(self.date_from)] < self.date_from:
            return False
        return not (self.date_to and published[: len(self.date_to)] > self.date_to)

    @property
    def name_keys(self) -> list[str]:
        """The word of each name a sentence must contain: a surname, or the name itself."""
        return [self._key(n) for n in self.names]

    @property
    def required_keys(self) -> list[str]:
        """The name keys a sentence must hold: all but the setting, unless only a setting is named."""
        keys = [self._key(n) for n in self.names if n not in self.setting]
        return keys or self.name_keys

    @property
    def search_keys(self) -> list[str]:
        """The same as the full-text index must match them: whole words as written ("Russians")."""
        return [self._key(n, written=True) for n in self.names]

    def _key(self, name: str, written: bool = False) -> str:
        return name.lower() if name in self.whole else name_key(name, self.labels.get(name), written)


# The common noun at the end of an institution's name: "the Senate Intelligence Committee" is
# not any "committee", "the European Union" not any "union"
INSTITUTIONS = {
    "committee", "department", "union", "council", "house", "agency", "bureau", "court", "party",
    "office", "ministry", "administration", "campaign", "tower", "commission", "service", "caucus",
    "group", "company", "network", "organization", "assembly", "parliament", "embassy", "summit",
}  # fmt: skip
# The common noun at the end of a site's name ("Kennedy Space Center", "Great Smoky Mountains
# National Park")
SITES = {"park", "center", "centre", "station", "base", "museum", "monument", "preserve", "airport"}


def name_key(name: str, label: Optional[str] = None, written: bool = False) -> str:
    words = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() not in ("the", "'s", "’s")]
    words = [re.sub(r"['’]s$", "", w) for w in words]
    words = [w for w in words if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")] or words
    if len(words) >= 2 and len(words[-1]) <= 2:  # "Kim Jong Un": "un" would be any word's start
        return " ".join(words).lower()
    key = (words[-1] if words else name).lower()
    if label == "FAC" and len(words) >= 3 and key in SITES:
        # "the Great Smoky Mountains National Park" is not any "national park" ("National Park
        # Service employees"): the whole name
        return " ".join(words).lower()
    if (
        label in ("ORG", "FAC", "EVENT", "LAW")
        and len(words) >= 3
        and key in INSTITUTIONS
        and words[-2].lower() in ("of", "for")
    ):
        # "the State of the Union" is written so, not "of union"
        return re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I).lower()
    if label in ("ORG", "FAC", "EVENT", "LAW") and len(words) >= 2 and key in INSTITUTIONS:
        return " ".join(words[-2:]).lower()  # "intelligence committee", "european union"
    # "Russians", "Democrats": the people's adjective ("Russian officials") should match too;
    # not a person's name ("Dan Coats"), nor in the full-text index, which matches whole words
    plural = not written and label != "PERSON" and re.search(r"(ans|ats|ists)$", key)
    return key[:-1] if plural else key


CAUSATIVE = {"let", "allow", "enable", "help", "cause"}
PLAN_VERBS = {"expect", "schedule", "plan", "set", "due", "suppose", "intend"}
# "during the hearing", "at the time of the assault": when, as the question sets it
CONTEXT_PREPS = {"during", "amid", "throughout"}
CLAUSE_MARKS = {"when", "while", "as"}


def _context(doc: Any, scene: bool = False) -> set[int]:
    """Token positions of the question's time setting: a phrase after "during", or "at the time
    of"; a source often says it once for several sentences."""
    out: set[int] = set()
    for tok in doc:
        of_time = (
            tok.lower_ == "of"
            and tok.i >= 2
            and doc[tok.i - 1].lower_ == "time"
            and doc[tok.i - 2].lower_ == "the"
        )
        if tok.dep_ == "prep" and (tok.lower_ in CONTEXT_PREPS or of_time):
            out.update(t.i for t in tok.subtree if t.i != tok.i)
        # "who represented Gates in court": the scene of the main verb, a common noun a source
        # may leave to the sentence before ("Gates was represented by a public defender"); only
        # for "who" ("how many votes ... in the final vote" counts in that vote); so is where
        # one was put ("who appointed Luther Strange to the seat": "Strange was appointed by
        # then-Gov. Robert Bentley", the seat told the sentence before)
        if (
            scene
            and tok.dep_ == "prep"
            and tok.lower_ in ("in", "at", "to")
            and tok.head.dep_ == "ROOT"
            and tok.head.pos_ == "VERB"
            and [c.pos_ for c in tok.children] == ["NOUN"]
            and all(t.ent_type_ == "" for t in tok.subtree)
        ):
            out.update(t.i for t in tok.subtree if t.i != tok.i)
        # "who was killed when the car hit the crowd": the clause sets the time; a source tells
        # who died without repeating it ("killing 32-year-old Heather Heyer")
        if (
            tok.dep_ == "advcl"
            and tok.head.dep_ == "ROOT"
            and tok.head.lemma_ not in ("be", "have")
            and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in CLAUSE_MARKS and c.i < tok.i
                for c in tok.children
            )
        ):
            out.update(t.i for t in tok.subtree)
    return out


def _future(root: Any, text: str) -> bool:
    """Is the happening asked about still to come: a modal on the main verb ("where will they
    meet"), a plan verb ("is expected to wrap"), or "next"; not a "will" in a clause under it
    ("when did Flake announce he will support Kavanaugh")."""
    if re.search(r"\bnext\b(?! to)", text, re.I):
        return True
    if root is None:
        return bool(re.search(r"\b(will|shall|going to)\b", text, re.I))
    if nlp.lemma(root).lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in root.children):
        return True
    if root.lower_ == "going" and any(c.dep_ == "xcomp" for c in root.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children)


PERSON_NOUNS = (
    r"(person|people|officials?|senators?|lawmakers?|leaders?|members?|man|men|woman|women|democrats?"
    r"|republicans?|judges?|candidates?|spokes(man|woman|person)|aides?|witness(es)?)\b"
)


def _kind(q: str) -> str:
    low = q.lower().strip()
    if FIRST_RE.search(low) or re.search(r"\bfirst (to )?report", low):
        return "first"
    # "which outlet reported that ...": a source asked for, credited by others or the earliest
    if re.match(rf"^(which|what) ({OUTLET_WORDS})\b.*\b(report|reveal|publish|break|broke)", low):
        return "first"
    # "at what time did the gunman open fire", "in what year": a time asked about like "when"
    if re.match(
        r"^(until|since|by|on|in|at)?\s*when\b|^((at|on|in|by) )?(what|which) (date|day|month|year|time)\b",
        low,
    ):
        return "when"
    if re.match(
        r"^(from |in |at )?where\b|^(in|at) (what|which) (city|town|country|state|place|building|room)\b", low
    ):
        return "where"
    if re.match(r"^(what|which) (city|town|country|state|county)\b.*\bfrom\W*$", low):
        return "where"  # "which state is Lisa Murkowski from": the place after "from"
    if re.match(r"^(on |in |for |over )?how (many|much)\b", low) or re.match(r"^(on |in )?how often\b", low):
        return "how_many"
    if re.match(r"^how old\b", low):  # an age: "17 years old"
        return "how_many"
    if re.match(r"^(for )?how (long|late|early)\b", low):  # "how late": "45 minutes late"
        return "how_long"
    # "which Republican senator was absent": a word or two may qualify the person asked for
    if re.match(r"^(who|whom|whose)\b|^which ([\w-]+ ){0,2}" + PERSON_NOUNS, low):
        return "who"
    if re.match(
        r"^what (did|does|do|has|have|had) .+ (say|said|tell|told|think|claim|write|call|describe)\b", low
    ):
        return "said"
    if re.match(r"^(did|was|were|is|are|has|have|had|does|do)\b", low):
        return "happen"
    return "what"


def analyse(text: str) -> Question:
    """Parse a question; never fails on odd input, it only finds less in it."""
    text = " ".join(text.split())
    doc = nlp.load()(text)
    q = Question(text=text, kind=_kind(text))
    in_name, modifiers = _names(doc, q)
    lead = re.match(r"^(until|since|by|before|after)\s+when\b", text.lower())
    q.prep = lead.group(1) if lead else None
    if re.match(r"^((at|by) )?what time\b", text.lower()):
        q.prep = "clock"  # "at what time": a clock time answers, not the day
    if q.kind == "where" and (
        re.search(r"\bfrom\W*$", text, re.I)
        # "where did Papadopoulos return from before he was arrested": "from" without its object
        or any(t.lower_ == "from" and t.dep_ == "prep" and not list(t.children) for t in doc)
    ):
        q.prep = "from"  # "where is Fields from": the place after "from", not where he went
    if q.kind == "where" and re.search(r"\b(?:trip|travel|go|come|fly|head|move)\w*\s+to\W*$", text, re.I):
        q.prep = "to"  # "where did Trump cancel a trip to": the place after "to"
    stranded = re.search(r"\b(from|with|against)\W*$", text, re.I)
    if q.kind == "who" and stranded:
        q.prep = stranded.group(1).lower()  # "who did they request the recordings from"
    in_date = {i for ent in doc.ents if ent.label_ in ("DATE", "TIME") for i in range(ent.start, ent.end)}
    _capitalised(doc, q, in_name | in_date, in_name)
    nouns = _words(doc, q, in_name, in_date)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    _happening(doc, q, root, in_name, nouns)
    # (only of an active verb: "was Comey fired" has Comey as the one fired)
    # (not "did" as the root: the small model's "Did Richardson sack Archibald Cox" has "Cox" its
    # subject and the rest nouns)
    active = (
        root is not None
        and root.pos_ == "VERB"
        and root.lower_ not in ("did", "does", "do")
        and not any(c.dep_ == "auxpass" for c in root.children)
    )
    subj = (
        next((c for c in root.children if c.dep_ == "nsubj"), None) if active and root is not None else None
    )
    if subj is not None:
        q.subject = next((q._key(n) for n in q.names if subj.text in n.split()), None)
    goal = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) if root else None
    q.goal = nlp.lemma(goal).lower() if goal is not None and q.kind == "happen" else None
    _who_shape(doc, q, root)
    said = nlp.lemma(root).lower() if root is not None else ""
    if q.kind == "where" and q.trigger is None and q.prep is None and said in ("say", "tell", "state"):
        q.says = said  # "where did Comey say he was mildly nauseous": where it was said (not "call ... from")
    _counted(doc, q)
    if q.kind == "how_many" and root is not None and root.pos_ == "VERB":
        obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if (
            obj is not None
            and nlp.lemma(obj).lower() in q.keywords
            and nlp.lemma(obj).lower() not in (q.counted, q.trigger)
        ):
            q.of_what = nlp.lemma(obj).lower()
    # "who called the press conference surreal": the saying verb is how, not what, is asked
    q.keywords = list(dict.fromkeys(k for k in q.keywords + modifiers if k and k != q.says))
    asked = re.match(r"^(?:in |at )?(?:what|which) (city|town|country|state|county)\b", text.lower())
    if q.kind == "where" and asked:  # "which state is Murkowski from": the kind of place wanted
        q.keywords = [k for k in q.keywords if k != asked.group(1)]
    return q


def _qualifier(ent: Any) -> bool:
    """A name before a definite noun it qualifies ("the FBI inquiry"); not a misparsed subject
    ("Did Trump record": no "the"; "the NRSC endorse Moore": the noun itself a modifier)."""
    head = ent.root.head
    return (
        ent.root.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.i >= ent.end
        and head.dep_ != "compound"
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < ent.start for c in head.children)
    )


def _names(doc: Any, q: Question) -> tuple[set[int], list[str]]:
    """The names NER finds (and the settings among them: "testify before Congress"), the dates;
    returns the tokens inside names and the names that only modify a word."""
    in_name: set[int] = set()
    modifiers: list[str] = []
    for ent in doc.ents:
        if ent.root.dep_ == "amod" and ent.label_ not in ("GPE", "NORP") and ent.root.head.pos_ == "NOUN":
            # "Louisville's Confederate memorial": a word to find, not a name to require (a
            # source writes "Louisville's memorial")
            in_name.update(range(ent.start, ent.end))
            modifiers.append(ent.text.lower())
            continue
        if (
            ent.label_ in ("GPE", "NORP")
            and ent.root.dep_ in ("compound", "amod")
            and ent.root.head.pos_ == "NOUN"
        ):
            # "U.S. attorney", "Russian officials": a description of someone, not a name the
            # answer must repeat (sources write "US Attorney", "the Russian ambassador"); "the
            # Paris accord" may be "Paris" alone in a source ("Paris took 20 years to negotiate")
            in_name.update(range(ent.start, ent.end))
            if ent.label_ == "GPE" and ent.root.dep_ == "compound":
                q.named_by[nlp.lemma(ent.root.head).lower()] = ent.text.lower().removeprefix("the ")
            continue
        if ent.label_ in NAME_TYPES:
            q.names.append(re.sub(r"['’]s$", "", ent.text).strip())
            q.labels[q.names[-1]] = ent.label_
            in_name.update(range(ent.start, ent.end))
            prep = ent.root.head
            if ent.root.dep_ == "pobj" and prep.lower_ in SETTING and q.kind not in ("where", "who"):
                q.setting.append(q.names[-1])
            if _qualifier(ent):
                # "the FBI inquiry", "the Moore rally": a source that has named it may go on with
                # "The inquiry is expected to wrap by Friday"
                q.qualifies[q._key(q.names[-1])] = nlp.lemma(ent.root.head).lower()
        elif ent.label_ in ("DATE", "TIME"):
            q.dates.append(ent.text)
    return in_name, modifiers


def _capitalised(doc: Any, q: Question, taken: set[int], in_name: set[int]) -> None:
    """Proper nouns NER missed ("Kislyak" alone; capitalised "Sessions"), added to ``in_name``."""
    run: list[str] = []
    for tok in list(doc) + [None]:
        proper = tok is not None and tok.i > 0 and tok.i not in taken and tok.is_alpha
        # a capital letter: the small model tags some common nouns PROPN ("the city council")
        if proper and tok.text[0].isupper() and tok.lower_ not in QUESTION_WORDS:
            run.append(tok.text)
            in_name.add(tok.i)
        elif run:
            q.names.append(" ".join(run))
            run = []


def _words(doc: Any, q: Question, in_name: set[int], in_date: set[int]) -> set[str]:
    """The question's content words: keywords, the time setting, the speaker of "what did X
    say", the first trigger; returns the lemmas used as nouns ("calls"), not verbs ("called")."""
    nouns: set[str] = set()
    optional = _context(doc, scene=q.kind in ("who", "happen"))
    # "what did Ty Cobb say about the report": the topic, even a word that elsewhere only shapes
    # a question ("report", "time")
    topic = {
        t.i for a in doc if a.lower_ == "about" and a.dep_ == "prep" for t in a.subtree if t.pos_ == "NOUN"
    }
    asked = _asked_for(doc) if q.kind in ("who", "where", "when") else None
    for tok in doc:
        lem = nlp.lemma(tok).lower()
        if tok.i in in_date and q.kind in ("where", "how_many", "how_long"):
            # "where did Pelosi speak on Saturday": the sentence that says where may leave the
            # day to another; "in September" may tell two meetings apart: wanted, not required
            q.dated.append(lem)
        if tok.i in optional and tok.i not in in_name and (tok.is_alpha or tok.like_num) and not tok.is_stop:
            q.context.append(lem)
            continue
        if q.kind == "said" and lem in SAY_VERBS and q.speaker is None:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                q.speaker = " ".join(t.text for t in subj[0].subtree if t.tag_ != "POS" and t.lower_ != "the")
            continue
        if (
            tok.i in in_name
            or tok.is_stop
            and tok.lower_ not in ("first",)
            # spaCy's stop list holds words a question may turn on ("name", "call", "move")
            # but not the light ones ("give the interview", "take part")
            and not (
                tok.pos_ in ("NOUN", "VERB")
                and len(tok.text) > 3
                and nlp.lemma(tok).lower() not in LIGHT_VERBS | {"take", "keep", "become", "seem"}
            )
            or not tok.is_alpha
            and not tok.like_num
        ):
            continue
        if tok.i == asked:
            continue  # "which Republican senator", "in which state": what answers, not a word to find
        if q.trigger is None and trigger_type(tok) and lem not in LIGHT_VERBS:
            q.trigger, q.event_type = lem, trigger_type(tok)
        q.forms.setdefault(lem, set()).add(tok.lower_)
        if tok.pos_ in ("NOUN", "PROPN"):
            nouns.add(lem)
        if tok.pos_ in CONTENT_POS and (
            lem not in QUESTION_WORDS
            and tok.lower_ not in QUESTION_WORDS
            or q.kind == "said"
            and tok.i in topic
        ):
            q.keywords.append(lem)
    return nouns


def _asked_for(doc: Any) -> Optional[int]:
    """The noun after a leading "which"/"what" ("which Republican *senator*", "in which *state*"),
    found by position: the small model parses these questions poorly."""
    lead = [t for t in doc[:3] if t.lower_ in ("which", "what")]
    if not lead or any(t.pos_ not in ("ADP",) for t in doc[: lead[0].i]):
        return None
    for t in doc[lead[0].i + 1 : lead[0].i + 4]:
        if t.pos_ == "NOUN":
            return int(t.i)
        if t.pos_ not in ("ADJ", "PROPN"):
            return None
    return None


def _happening(doc: Any, q: Question, root: Any, in_name: set[int], nouns: set[str]) -> None:
    """The happening asked about: the main verb ("did Comey *ask* ... for the probe"), unless it
    is a light or saying verb ("held the meeting", "say about the meeting"): then the first
    trigger; the verb a plan verb plans; whether it is still to come."""
    if root is not None and root.pos_ == "VERB" and root.i not in in_name:
        lem = nlp.lemma(root).lower()
        if lem not in QUESTION_WORDS | LIGHT_VERBS | SAY_VERBS:
            q.trigger, q.event_type = lem, trigger_type(root)
        elif (
            lem in LIGHT_VERBS
            and q.kind == "who"
            and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in root.children)
        ):
            # "who hosted Fox News Sunday": a light verb done to a name, no happening noun, is
            # itself what was done ("host Chris Wallace")
            q.trigger = lem
        elif q.kind == "who" and lem in SAY_VERBS | {"warn", "tweet"} and not _done_to_thing(root):
            q.says = lem
        elif q.kind == "who" and lem in SAY_VERBS:
            # "who claimed responsibility", "who wrote the memo": a deed done to a thing, not words
            # said; its subject answers
            q.trigger, q.event_type = lem, trigger_type(root)
    elif root is not None and root.i in in_name:
        # the small model takes a name for the verb ("When will Manafort return to court": "Manafort"
        # the root): the first verb after it is the happening
        verb = next((t for t in doc[root.i + 1 :] if t.pos_ == "VERB" and t.i not in in_name), None)
        lem = nlp.lemma(verb).lower() if verb is not None else ""
        if verb is not None and lem not in QUESTION_WORDS | LIGHT_VERBS | SAY_VERBS:
            q.trigger, q.event_type = lem, trigger_type(verb)
    if root is not None and root.lemma_ == "be" and q.kind in ("who", "happen"):
        state = next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if state is not None:
            # "which senator was absent for the vote": the state is the happening, the vote its scene
            q.trigger, q.event_type = nlp.lemma(state).lower(), None
            scene = [t for c in state.children if c.dep_ == "prep" for t in c.subtree if t.dep_ != "prep"]
            for t in scene:
                lem = nlp.lemma(t).lower()
                if lem in q.keywords:
                    q.keywords.remove(lem)
                    q.context.append(lem)
    q.future = _future(root, q.text)
    if root is not None and nlp.lemma(root).lower() in CAUSATIVE:
        # "how many rounds can a bump stock let a shooter fire": the happening is what it lets
        # happen ("allows the shooter to fire 400 to 800 rounds per minute")
        # (the small model may make the verb an object: "let a shooter fire" as a noun "fire")
        let = next(
            (
                c
                for c in root.children
                if c.dep_ in ("ccomp", "xcomp")
                and c.pos_ == "VERB"
                or c.dep_ == "dobj"
                and nlp.lemma(c).lower() in VERB_TRIGGERS
            ),
            None,
        )
        if let is not None:
            q.trigger, q.event_type = nlp.lemma(let).lower(), trigger_type(let)
            q.keywords = [k for k in q.keywords if k != nlp.lemma(root).lower()]
    if root is not None and nlp.lemma(root).lower() in PLAN_VERBS | {"take"}:
        # "when is the inquiry expected to wrap": the happening is the verb planned, not the plan;
        # "how long did the deal take to negotiate": the verb that took the time
        planned = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if planned is not None:
            q.trigger, q.event_type = nlp.lemma(planned).lower(), trigger_type(planned)
            q.keywords = [k for k in q.keywords if k != nlp.lemma(root).lower()]
    if q.trigger is None and q.kind == "happen" and root is not None and nlp.lemma(root).lower() == "have":
        # "did Paddock have a criminal record": having the thing is the happening, its noun the
        # word a verdict is read on ("did not have a criminal record", "had no criminal record")
        held = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if held is not None:
            q.trigger = nlp.lemma(held).lower()
    if q.trigger is None:  # the small model misparses short questions ("did Trump fire Comey" as nouns)
        for k in q.keywords:
            # a noun trigger only as a noun: "how many calls" is about calls, "who called X a Y" is not
            typ = VERB_TRIGGERS.get(k) or (NOUN_TRIGGERS.get(k) if k in nouns else None)
            if typ and k not in LIGHT_VERBS:
                q.trigger, q.event_type = k, typ
                break


def _done_to_thing(verb: Any) -> bool:
    """A saying verb with a common noun for its object and no words or predicate said ("claimed
    *responsibility*", "wrote *the memo*"; not "called Comey a showboat", "told Reuters that")."""
    deps = {c.dep_ for c in verb.children}
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) and not deps & {
        "oprd", "ccomp", "xcomp", "dative",
    }  # fmt: skip


def _who_shape(doc: Any, q: Question, root: Any) -> None:
    """What answers a "who" question: the verb's object ("who did Trump name", "who was
    notified"), the name next to a role ("who is the ambassador"), or whoever said the words."""
    if q.kind != "who":
        return
    aux = re.match(r"^(who|whom)\s+(did|does|do|has|have|had|will|would)\s+(\S+)", q.text, re.I)
    if aux and len(doc) > 2 and (doc[2].pos_ in ("PROPN", "NOUN", "DET", "PRON") or doc[2].text[0].isupper()):
        q.object_wanted = True  # "who did Trump name", not "who has resigned"
    if root is not None and root.lemma_ == "be":
        q.says = "be"  # "who is the U.S. ambassador": a role, the name next to it answers
    if root is not None and (root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children)):
        q.object_wanted = True  # "who was notified": the one it was done to
    if q.says and q.says != "be" and root is not None:
        q.quote = " ".join(t.text for t in doc[root.i + 1 :] if t.is_alpha and t.lower_ != "that")


def _counted(doc: Any, q: Question) -> None:
    """What a "how many" counts ("how many phone calls": call; "how old": an age), with its
    modifiers ("acting" directors); "how much" wants an amount."""
    if q.kind != "how_many":
        return
    q.amount = re.search(r"\bhow much\b", q.text, re.I) is not None
    if q.text.lower().startswith("how old"):
        q.counted = "age"  # "old" stays a word to find: "17 years old", "a 17-year-old"
        return
    many = next((t for t in doc if t.lower_ in ("many", "much", "often")), None)
    if many is not None and many.head.pos_ in ("NOUN", "PROPN"):
        q.counted = nlp.lemma(many.head).lower()
        # "how many acting directors": the number must count acting ones, not all directors
        q.counted_mods = [
            c.lower_ for c in many.head.children if c.dep_ in ("amod", "compound") and c.i != many.i
        ]
    part = re.match(r"^how many of (?:the|those|these|them) (\w+)", q.text, re.I)
    if q.counted is None and part:
        # "how many of those surveyed": a part of them, "48 percent of those surveyed"
        q.counted = part.group(1).lower()
