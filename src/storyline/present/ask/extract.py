"""The phrase of a sentence that answers a question word: a date, a place, a name, a number,
found by the product's spaCy pipeline in the sentence, never one the question already names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from storyline.extract import nlp
from storyline.present.ask.match import FAMILY, IRREGULAR, TRIGGER_WORDS, american, derived_from, synonyms

DURATION = re.compile(
    r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)(?: and a half)?[- ]"
    r"(?:minute|hour|day|week|month|year|decade)s?(?:-long)?|(?:at least |about |nearly |more than )?a "
    r"(?:week|month|year|decade)|decade-long)\b",
    re.I,
)
# "once more", "once again", "at once": no count of times
TIMES_WORDS = re.compile(
    r"(?<!\bat )\b(once|twice|three times|four times|several times|\w+ times)\b(?! (?:more|again|upon))", re.I
)
DATE_WORDS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?=\s*\d)|\b(january|february|april|june|july|august"
    r"|september|october|november|december)\b|\b(1[89]|20)\d\d\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b"
    # relative dates the normaliser resolves against the article's date ("last month" -> 2018-06)
    r"|\b(?:last|this|earlier this|late last|early last) (?:week|month|year|spring|summer|fall|winter)\b"
    r"|\byesterday\b|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\bnoon(?:-?time)?\b|\bmidnight\b"  # "at 5:30 p.m."
    # "in May", "since March": the two months that are also other words, after a word of time
    r"|\b(?:in|since|until|by|early|late|mid|last|this|next)[ -](?:may|march)\b(?!\s+(?:be|have|not)\b)",
    re.I,
)
CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.I)
TWEETED = re.compile(r"\(@\w+\)\s*$")
RELATIVE = re.compile(r"\b(?:last|this) (?:week|month|year|spring|summer|fall|winter)\b", re.I)
PLACE_LABELS = ("FAC", "GPE", "LOC")
WHO_LABELS = ("PERSON", "ORG", "NORP")
PLACE_KINDS = ("office", "hotel", "airport", "headquarters", "home")
# the last word of a place's name ("Emancipation Park", "Lafayette Square")
PLACE_NAMES = {"Park", "Square", "Hall", "Plaza", "Street", "Avenue", "Boulevard", "Bridge", "Stadium",
               "Arena", "Center", "Centre", "Garden", "Gardens", "Palace", "Airport", "Hotel", "Church",
               "Cathedral", "Museum", "Library", "Building", "Courthouse", "Memorial", "Mall"}  # fmt: skip
ABSTRACT = {"history", "politics", "era", "life", "times", "memory", "culture", "society"}
PLACE_PREPS = ("at", "in", "on", "outside", "inside", "near", "from")
NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON", "NORP"}


_parsed: dict[str, Doc] = {}
CACHE = 2000  # parsed sentences kept between questions (a server answers many about one story)


def prefetch(texts: Sequence[str]) -> None:
    """Parse sentences in one batch (several times faster than one by one) into the cache."""
    todo = list(dict.fromkeys(t for t in texts if t not in _parsed))
    if len(_parsed) + len(todo) > CACHE:
        _parsed.clear()
    for text, doc in zip(todo, nlp.pipe(todo)):
        _parsed[text] = doc


def parse(text: str) -> Doc:
    if text not in _parsed:
        prefetch([text])
    return _parsed[text]


def _new(text: str, names: list[str]) -> bool:
    """Not a name the question already gives, nor a longer form of it ("Roger B. Taney" for
    "Roger Taney": the same surname last)."""
    low = text.lower()
    last = low.split()[-1] if low.split() else ""
    return not any(
        n.lower() in low or low in n.lower() or len(n.split()) >= 2 and n.lower().split()[-1] == last
        for n in names
        if len(n) > 2
    )


QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")
# what one may be at, unnamed: "at a tech industry conference", "during a rally"
OCCASIONS = {
    "conference", "summit", "rally", "meeting", "hearing", "event", "festival", "convention", "forum",
    "ceremony", "briefing", "fundraiser", "dinner", "luncheon", "breakfast", "gala", "town hall", "speech",
}  # fmt: skip


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTE.finditer(text)]


def inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < char < b for a, b in spans)


def _distance(span: Span, anchors: list[int]) -> int:
    return min((abs(span.start - a) for a in anchors), default=0)


NUMBER = (
    r"((?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)"
    r"(?:-and-a-(?:half|quarter))?)"  # "two-and-a-half page memo"
)
# "12.5 million workers", "two dozen people": the scale is part of the number
SCALE = r"(?:\s+(?:dozen|hundred|thousand|million|billion|trillion))?"
RANGE = re.compile(NUMBER + SCALE + r"\s+to\s+" + NUMBER + SCALE + r"\b", re.I)
PART_OF = re.compile(r"\b(?P<n>" + NUMBER + r")\s+(?:out\s+)?of\s+(?:the\s+)?$", re.I)


DAY = re.compile(
    r"\b\d{1,2}\b(?!\d)|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today)\b", re.I
)
MONTH = re.compile(DATE_WORDS.pattern.replace(r"|\b(1[89]|20)\d\d\b", ""), re.I)


def _vague(date: str) -> float:
    """Less sure of a date the less precise it is: a day (or weekday) 0, a month 0.15, a year
    alone 0.3. A recap from a year later ("in May 2017") says less than the day's report; a
    week or month counted from the article's date ("last week") is as vague as a year."""
    if DAY.search(re.sub(r"\b(1[89]|20)\d\d\b", "", date)):
        return 0.0
    if RELATIVE.search(date):
        return 0.3
    return 0.15 if MONTH.search(date) or date.strip().lower() in ("may", "march") else 0.3


def _describes(span: Span) -> bool:
    """A place that only qualifies a person or thing ("the US Attorney", "a Russian official"),
    not where something was; "the Phoenix airport" is a place."""
    head = span.root.head
    return (
        span.root.dep_ in ("compound", "amod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in PLACE_KINDS
        and head.i >= span.end
    )


def _attached(span: Span, verbs: list[int]) -> bool:
    """Is the span the object of a preposition that hangs on one of the verbs?"""
    head = span.root.head
    return span.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in verbs


def _with_state(doc: Doc, best: Span) -> str:
    """ "Alexandria, Virginia"; "the Phoenix airport": a place with its state, or its kind."""
    state = next((e for e in doc.ents if e.start == best.end + 1 and e.label_ == "GPE"), None)
    if state is not None and doc[best.end].text == ",":
        best = doc[best.start : state.end]
    after = doc[best.end] if best.end < len(doc) else None
    if after is not None and after.lower_ in PLACE_KINDS:
        return str(doc[best.start : best.end + 1].text)
    return str(best.text)


def with_article(doc: Doc, span: Span) -> str:
    """ "The Post", not "Post": keep a leading article that spaCy leaves out of a name."""
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return str(doc[span.start - 1 : span.end].text)
    return str(span.text)


def _noun_of(tok: Token, trigger: str) -> bool:
    """ "supervision" for "supervise", "appointment" for "appoint": the happening as a noun."""
    st = trigger[:-1] if trigger.endswith("e") else trigger
    return (
        tok.pos_ == "NOUN"
        and len(st) >= 4
        and tok.lower_.startswith(st)
        and 0 < len(tok.lower_) - len(st) <= 5
    )


def _modifies(e: Span, doc: Doc, subject: str) -> bool:
    """Is the name only a modifier of a common noun at the head of the subject?"""
    head = e.root.head
    return (
        e.root.dep_ in ("compound", "amod")
        and head.pos_ == "NOUN"
        and head.i >= e.end
        and head.text in subject
    )


def _other_object(verb: Token, names: list[str]) -> bool:
    """Is the verb's direct object a name the question does not ask about?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN"]
    return bool(names) and any(_new(" ".join(t.text for t in o.subtree), names) for o in objs)


PERSONAL = {"he", "him", "she", "her"}
DETERMINERS = {
    "the",
    "a",
    "an",
    "both",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "all",
}


def _speaker_of(verb: Token) -> Optional[Span]:
    """The named one a he/she/him/her on the verb stands for when its clause is someone's
    report: "Feinstein said that Trump informed her": the subject of the saying verb above it
    (not the verb itself: "Trump told her")."""
    for a in verb.ancestors:
        if nlp.lemma(a).lower() in {"say", "tell", "write", "state", "tweet", "add"}:
            subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            # the small model calls some people organisations ("a visibly emotional Tillerson")
            ent = next((e for e in a.doc.ents if e.label_ in WHO_LABELS and e.start <= subj.i < e.end), None)
            return ent if ent is not None or subj.pos_ != "PROPN" else a.doc[subj.i : subj.i + 1]
    return None


def _object(doc: Doc, verb_pos: list[int]) -> Optional[Span]:
    """The direct object of the question's verb, or the subject of its passive ("Kellogg was
    named"); a him/her the name of whoever reports it."""
    for i in verb_pos:
        for c in doc[i].children:
            if c.dep_ in ("dobj", "nsubjpass", "oprd") and c.pos_ in ("PROPN", "NOUN"):
                span = doc[c.left_edge.i : c.i + 1]
                if len(span) <= 8:
                    return span
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PERSONAL:
                said = _speaker_of(doc[i])
                if said is not None:
                    return said
        # the small model misparses ("Trump on Monday named" as a noun phrase): a person's name
        # right after the verb
        after = [
            e
            for e in doc.ents
            if e.label_ == "PERSON"
            and i < e.start <= i + 3
            # "fires top Tillerson aide": the name says whose aide, the aide is the one fired
            and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")
        ]
        if after and doc[i].pos_ == "VERB":
            return after[0]
    return None


def _partner(obj: Span, cands: list[Span]) -> Optional[str]:
    """ "Who was indicted with Manafort": a name joined to the one asked about ("Paul Manafort and
    his associate Rick Gates")."""
    for conj in obj.root.conjuncts:
        # "his associate Rick Gates": the name may be the conjunct's apposition
        named = [e for e in cands if conj.left_edge.i <= e.start and e.end <= conj.right_edge.i + 1]
        if named:
            return str(named[0].text)
    return None


def _subject(doc: Doc, trig_pos: list[int]) -> Optional[str]:
    """The subject of the question's verb in the sentence: a name, or a short noun phrase
    ("A Justice Department spokeswoman"); for a passive, the agent ("fired by Trump")."""
    for i in trig_pos:
        tok = doc[i]
        if (
            tok.dep_ == "acl"
            and tok.head.pos_ == "PROPN"
            and tok.head.i < i
            and "," in doc[tok.head.i : i].text
        ):
            # the small model's "Hogan, a Republican, called for ...": the name as the root and
            # the verb hanging on it
            return str(doc[tok.head.left_edge.i : tok.head.i + 1].text)
        for c in tok.children:
            # "Bureau of Alcohol, Tobacco and Firearms Special Agent in Charge Jill Schneider told":
            # a person's name ending the subject, right before the verb, is who did it
            person = next(
                (
                    e
                    for e in doc.ents
                    if e.label_ == "PERSON" and e.end == i and e.root.i in {t.i for t in c.subtree}
                ),
                None,
            )
            if c.dep_ == "nsubj" and person is not None and person.root.i != c.i:
                return str(person.text)
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":
                # "The Senate majority leader, Mitch McConnell, dismissed": the name set beside a
                # description is who did it
                named = _named_apposition(c)
                if named is not None:
                    return named
            if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN"):
                span = doc[c.left_edge.i : c.i + 1]
                if len(span) <= 8:
                    return str(span.text)
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return str(doc[objs[0].left_edge.i : objs[0].i + 1].text)
    return None


def _named_apposition(head: Token) -> Optional[str]:
    """The person's name in apposition to a noun ("the Senate majority leader, Mitch McConnell")."""
    for c in head.children:
        if c.dep_ == "appos":
            ent = next((e for e in head.doc.ents if e.label_ == "PERSON" and e.start <= c.i < e.end), None)
            if ent is not None:
                return str(ent.text)
    return None


SAYING = {"say", "tell", "write", "state", "argue", "tweet", "add", "warn", "call", "insist", "claim"}
PLAIN_SAYING = {"say", "tell", "write", "state", "tweet", "add"}  # not "call X a Y", "warn"


def _in_role(doc: Doc, cands: list[Span], anchors: Sequence[str]) -> Optional[str]:
    """The person named next to the role asked about: "interpreter Marina Gross", "Donald Tusk,
    president of the European Council", "Dan Coats, the Director of National Intelligence"."""
    roles = [t for t in doc if t.pos_ in ("NOUN", "PROPN") and nlp.lemma(t).lower() in anchors]
    for e in cands:
        for t in roles:
            inside = e.start <= t.head.i < e.end and t.dep_ in ("compound", "appos")
            # "Tusk, president of": the role set beside the name; not "the U.S. Ambassador",
            # where the name qualifies the role
            if inside or (e.root.head.i == t.i and e.root.dep_ == "appos"):
                return str(e.text)
    return None


AGE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+teen|twenty|thirty|forty|fifty|sixty)[- ]years?[- ]old\b|\baged? (?P<m>\d{1,3})\b",
    re.I,
)


APPOSED = re.compile(r"\b([A-Z][\w’'-]+),\s+(?:a|an|the)\s+$")


def _conditional(tok: Token) -> bool:
    """Is the word inside an "if" clause ("if all 10 Democrats vote against Kavanaugh")?"""
    return any(
        any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children)
        for a in [tok, *tok.ancestors]
    )


def _modifier_at(doc: Doc, number: int, word: int) -> bool:
    """Is the counted word (at char ``word``) only a modifier of the noun the number counts ("10
    *passport* applications" counts applications, not passports; "a two-and-a-half page memo"
    counts pages)?"""
    num = doc.char_span(number, number + 1, alignment_mode="expand")
    counted = doc.char_span(word, word + 1, alignment_mode="expand")
    if num is None or counted is None:
        return False
    tok = counted.root
    return tok.dep_ == "compound" and num.root.dep_ == "nummod" and num.root.head.i == tok.head.i


def _conditional_at(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and _conditional(span.root)


@dataclass
class Clues:
    """Where the question's words fall in one parsed sentence: what every kind of answer is
    looked for near."""

    doc: Doc
    sentence: str
    names: list[str]
    anchors: Sequence[str]  # the question's words
    trigger: Optional[str]
    pos: list[int]  # tokens that are question words
    trig_pos: list[int]  # tokens that tell the happening asked about
    own: list[int]  # the question's own verbs, when no happening is named
    verb_pos: list[int]  # trig_pos, or else own


def clues(
    kind: str,
    sentence: str,
    names: list[str],
    anchors: Sequence[str],
    trigger: Optional[str],
    object_wanted: bool,
) -> Clues:
    doc = parse(sentence)
    pos = [
        t.i
        for t in doc
        if any(w.startswith(a[: max(3, len(a) - 1)]) for a in anchors for w in {t.lower_, american(t.lower_)})
    ]
    trig_pos = [
        t.i
        for t in doc
        if trigger
        and (
            trigger in (nlp.lemma(t).lower(), american(nlp.lemma(t).lower()))
            or t.lower_ in IRREGULAR.get(trigger, ())
            or _noun_of(t, trigger)
            # "agreed" for "agreement", "plowed" for "rammed": the happening by its verb or another
            or t.pos_ == "VERB"
            and (
                nlp.lemma(t).lower() in synonyms(trigger, kind) or derived_from(trigger, nlp.lemma(t).lower())
            )
            # "on a trip to Africa", "his visit to Puerto Rico" for where one traveled: another
            # word for it as a noun tells where and when (not who, nor a verdict: no subject)
            or kind in ("where", "when")
            and t.pos_ == "NOUN"
            and nlp.lemma(t).lower() in synonyms(trigger, kind)
        )
    ]
    # "fired Comey last week" does not date Flynn's firing: the verb done to someone not asked about
    if len(names) >= 2 and not object_wanted:  # (only when the question names whom it was done to)
        trig_pos = [i for i in trig_pos if not _other_object(doc[i], names)]
    # no happening named ("who requested copies"): the question's own verbs stand for it
    own = [
        t.i
        for t in doc
        if t.pos_ == "VERB" and {nlp.lemma(t).lower(), american(nlp.lemma(t).lower())} & set(anchors)
    ]
    return Clues(doc, sentence, names, anchors, trigger, pos, trig_pos, own, trig_pos or own)


def phrase(
    kind: str,
    sentence: str,
    names: list[str],
    counted: Optional[str] = None,
    anchors: Sequence[str] = (),
    trigger: Optional[str] = None,
    prep: Optional[str] = None,
    mods: Sequence[str] = (),
    says: Optional[str] = None,
    object_wanted: bool = False,
    amount: bool = False,
) -> Optional[tuple[str, float]]:
    """The best answering phrase in one sentence and how surely it answers (0..1), or None.
    ``anchors`` are the question's words; of several candidates the one nearest them wins.
    ``prep``: the question asked "since/until/by when"; ``mods``: the words of a counted thing
    ("acting" directors); ``says``: "who said ...", the saying verb whose subject answers; "be" for
    "who is the ...", answered by the name next to the role; ``object_wanted``: "who did X
    name", answered by the verb's object; ``amount``: "how much", answered by money, a share or a
    quantity, not a bare count ("about two dozen people" does not say what a statue cost)."""
    c = clues(kind, sentence, names, anchors, trigger, object_wanted)
    if kind == "when":
        return _when(c, prep)
    if kind == "where":
        return _where(c, prep)
    if kind == "who":
        return _who(c, says, object_wanted)
    if kind == "how_long":
        return _how_long(c)
    if kind == "how_many":
        return _how_many(c, counted, mods, amount)
    return None


def _when(cl: Clues, prep: Optional[str]) -> Optional[tuple[str, float]]:
    """A date of the happening: after "since/until/by" when asked so, else one on its verb."""
    doc, names, pos, trig_pos = cl.doc, cl.names, cl.pos, cl.trig_pos
    cands = [
        e
        for e in doc.ents
        if e.label_ in ("DATE", "TIME")
        and (
            DATE_WORDS.search(e.text)
            # "in May": the month by the word before it
            or e.text.lower() in ("may", "march")
            and DATE_WORDS.search(doc[max(0, e.start - 1) : e.end].text)
        )
    ]
    # "the pre-rally march Friday night": a lower-case "march" or "may" is no month
    cands = [e[1:] if len(e) > 1 and e[0].text in ("march", "may") else e for e in cands]
    cands = [e for e in cands if not DURATION.fullmatch(e.text.strip()) and _new(e.text, names)]
    # "— David Corn (@DavidCornDC) March 13, 2018": when the tweet was posted, not what it tells
    cands = [e for e in cands if not TWEETED.search(doc[max(0, e.start - 6) : e.start].text)]
    if prep == "clock":  # "at what time did the gunman open fire": a clock time, not the day
        cands = [e for e in cands if CLOCK.search(e.text)]
    elif prep:  # "since when": the date the sentence puts after "since"
        after = [e for e in cands if e.start > 0 and doc[e.start - 1].lower_ == prep]
        if after:
            return after[0].text, 1.0
    # a date that modifies the verb asked about ("on Tuesday fired") beats one of the reporting
    # (no happening named: the question's own verb, "when does his tenure *end*", not the noun
    # of "at the end of Tuesday")
    verbs = trig_pos or cl.own
    linked = [
        e
        for e in cands
        if e.root.head.i in verbs or e.root.head.dep_ == "prep" and e.root.head.head.i in verbs
    ]
    if linked:
        return linked[0].text, 1.0 - _vague(linked[0].text)
    cands.sort(key=lambda e: _distance(e, pos + trig_pos))
    # the verb asked about is here but the date hangs on another ("sent ... Tuesday -- who has
    # recused himself"): likelier the other's date
    free = 0.35 if trig_pos else 0.6
    return (cands[0].text, free - _vague(cands[0].text)) if cands else None


def _where(cl: Clues, prep: Optional[str]) -> Optional[tuple[str, float]]:
    """A place (or an organisation, an occasion) the happening was at."""
    doc, sentence, verb_pos = cl.doc, cl.sentence, cl.verb_pos
    cands = _places(cl)
    if prep:  # "where is Fields from": the place after "from" ("from a trip to Germany")
        after = [
            e
            for e in cands
            if e.start > 0
            and (
                doc[e.start - 1].lower_ == prep
                or any(a.lower_ == prep and a.dep_ == "prep" and e.start - a.i <= 5 for a in e.root.ancestors)
            )
        ]
        if after:
            return _with_state(doc, after[0]), 0.9
        # "called him from Air Force One": a name (not a place NER knows) after the verb's "from"
        named = [
            e
            for e in doc.ents
            if e.label_ not in NOT_PLACES
            and e.root.dep_ == "pobj"
            and e.root.head.lower_ == prep
            and e.root.head.head.i in verb_pos
            and _new(e.text, cl.names)
        ]
        if named:
            return named[0].text, 0.8
    cands += _venues(cl)
    # a place in a quote is what was said, not where it was said ("...for the United
    # States," Clinton said Wednesday), unless the verb asked about is quoted too
    quoted = _quoted(sentence)
    if not any(inside(doc[i].idx, quoted) for i in verb_pos):
        cands = [e for e in cands if not inside(e.start_char, quoted)]
    # a place attached to the verb asked about ("speaking on MSNBC", "met at the hotel") wins
    linked = [e for e in cands if _attached(e, verb_pos)]
    if linked:
        return _with_state(doc, linked[0]), 0.9
    if not cands:  # no named place: a named thing the verb happened at ("on the Senate floor")
        return _unnamed_place(cl, quoted)
    return _nearest_place(cl, cands)


def _places(cl: Clues) -> list[Span]:
    """The named places of the sentence, and the noun phrase a named place qualifies when one
    was at it ("at his New Jersey golf club")."""
    doc, names, verb_pos = cl.doc, cl.names, cl.verb_pos
    cands = [
        e
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        and _new(e.text, names)
        and not (_describes(e) and e.root.head.i not in verb_pos)
        and not (e.start > 1 and doc[e.start - 1].text == "," and doc[e.start - 2].ent_type_ == "GPE")
    ]
    # "Lee Park", "Lafayette Square", "the Gothic Hall": a name ending in a word for a place is
    # one, whatever the small model calls it (a person, an organisation)
    cands += [
        e
        for e in doc.ents
        if e.label_ not in PLACE_LABELS
        and e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
        and len(e) >= 2
        and e[-1].text in PLACE_NAMES
        and _new(e.text, names)
    ]
    # "at his New Jersey golf club", "outside the U.S. Embassy": a named place that qualifies
    # a place one was at; the whole noun phrase is where
    for e in doc.ents:
        head = e.root.head
        if (
            e.label_ in PLACE_LABELS
            and _describes(e)
            and head.lower_ not in ABSTRACT  # "the deadliest in modern U.S. history": no place
            and head.dep_ == "pobj"
            and head.head.lower_ in PLACE_PREPS
            and _new(e.text, names)
        ):
            begin = next(t.i for t in head.subtree if t.dep_ not in ("det", "poss") and t.tag_ != "POS")
            if begin <= e.start:
                cands.append(doc[begin : head.i + 1])
    return cands


def _venues(cl: Clues) -> list[Span]:
    """An organisation or an occasion the happening was at ("speaking at the 2018 Texas Tribune
    Festival": an EVENT after "at", a date between)."""
    doc, names, verb_pos = cl.doc, cl.names, cl.verb_pos
    return [
        e
        for e in doc.ents
        if e.label_ in ("ORG", "EVENT")
        and _new(e.text, names)
        # "participating in White House advisory councils": no place; "an Oval Office
        # meeting" is where the meeting was
        and not (_describes(e) and e.root.head.i not in verb_pos)
        and (
            e.start > 0
            and doc[e.start - 1].lower_ in ("at", "in", "on")
            or e.root.dep_ == "pobj"
            and e.root.head.lower_ in ("at", "in", "on")
            or e.root.head.i in verb_pos
            # "turned himself in to the FBI": where a phrasal verb's "to" takes one
            or e.root.dep_ == "pobj"
            and e.root.head.lower_ == "to"
            and e.root.head.head.i in verb_pos
            and any(c.dep_ == "prt" for c in e.root.head.head.children)
        )
    ]


def _unnamed_place(cl: Clues, quoted: list[tuple[int, int]]) -> Optional[tuple[str, float]]:
    """No named place: a named thing the verb happened at ("on the Senate floor"), else an
    occasion."""
    doc, names, pos, verb_pos = cl.doc, cl.names, cl.pos, cl.verb_pos
    chunks = [
        c
        for c in doc.noun_chunks
        if c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("at", "in", "on")
        and c.root.head.head.pos_ == "VERB"
        and any(t.pos_ == "PROPN" for t in c)
        and not any(t.ent_type_ in NOT_PLACES for t in c)  # "in July", "to Trump"
        and _new(c.text, names)
    ]
    chunks.sort(key=lambda c: (not _attached(c, verb_pos), _distance(c, pos)))
    if chunks:  # less sure when it hangs on another verb ("participating in White House councils")
        return chunks[0].text, 0.6 if _attached(chunks[0], verb_pos) else 0.4
    # no name at all: an occasion the verb happened at ("said Wednesday in an appearance
    # at a tech industry conference"), less sure
    occasions = [
        c
        for c in doc.noun_chunks
        if nlp.lemma(c.root).lower() in OCCASIONS
        and c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("at", "during")
        and any(c.root.i in range(doc[i].left_edge.i, doc[i].right_edge.i + 1) for i in verb_pos)
        and not inside(c.start_char, quoted)
    ]
    if occasions:
        return with_article(doc, occasions[0]), 0.5
    # no name: a common noun the very verb asked about happened in ("hid in the bathroom"), less sure
    rooms = [
        c
        for c in doc.noun_chunks
        if c.root.pos_ == "NOUN"
        and c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("in", "inside", "at", "behind", "under")
        and c.root.head.head.i in verb_pos
        and doc[c.root.head.head.i].pos_ == "VERB"
        and not any(t.ent_type_ for t in c)
        # "in the wake of", "at the end of": a relation to something else, no room
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.root.children)
        and not inside(c.start_char, quoted)
    ]
    if rooms:
        return with_article(doc, rooms[0]), 0.4
    return None


def _nearest_place(cl: Clues, cands: list[Span]) -> Optional[tuple[str, float]]:
    """Of the places found, the one nearest the question's words in the same clause, after "at"/"in"."""
    doc, pos = cl.doc, cl.pos

    # a place after "at"/"in" is where something happened; a bare one may be who's from where
    def cost(e: Span) -> float:  # near the question's words, in the same clause, after "at"/"in"
        clause = sum(
            _distance(e, pos) > 0 and t.text in (",", ";", "and")
            for t in doc[min([e.start, *pos]) : max([e.start, *pos])]
        )
        return (
            _distance(e, pos)
            + 5 * bool(clause)
            + (e.start == 0 or doc[e.start - 1].lower_ not in ("at", "in", "on"))
        )

    cands.sort(key=cost)
    if not cands:
        return None
    best = cands[0]
    if best.root.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return _with_state(doc, best), 0.3  # "pull the United States out": what, not where
    after_prep = best.start > 0 and doc[best.start - 1].lower_ in ("at", "in", "on")
    # "in a Rose Garden speech": the phrase after its article
    after_prep = after_prep or best.root.dep_ == "pobj" and best.root.head.lower_ in ("at", "in", "on")
    return _with_state(doc, best), 0.8 if after_prep else 0.5


def _who(cl: Clues, says: Optional[str], object_wanted: bool) -> Optional[tuple[str, float]]:
    """Who did or said it: the subject of the verb asked about, the one next to a role, or the
    verb's object ("who did Trump name")."""
    doc, names, anchors, trigger = cl.doc, cl.names, cl.anchors, cl.trigger
    pos, trig_pos, own, verb_pos = cl.pos, cl.trig_pos, cl.own, cl.verb_pos
    sure = 1.0
    if says and says != "be" and not trig_pos:
        # "who said Russia is not our ally": the one saying it, surer with the very verb
        same = PLAIN_SAYING if says in PLAIN_SAYING else {says}  # "said" ~ "told reporters"
        exact = [t.i for t in doc if t.pos_ == "VERB" and nlp.lemma(t).lower() in same]
        other = [t.i for t in doc if t.pos_ == "VERB" and nlp.lemma(t).lower() in SAYING]
        if exact and _subject(doc, exact):
            verb_pos = exact
        else:
            verb_pos, sure = (other or verb_pos), 0.6
    cands = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and _new(e.text, names)]
    if says == "be":  # "who is the U.S. ambassador to Russia", "who was Trump's interpreter"
        named = [e for e in doc.ents if e.root.pos_ == "PROPN" and _new(e.text, names)]
        role = _in_role(doc, named, anchors)  # "interpreter Marina Gross" (NER: a place)
        if role is not None:
            return role, 0.9
    if object_wanted:  # "who did Trump name": "named Gen. Keith Kellogg"
        obj = _object(doc, verb_pos)
        partner = _partner(obj, cands) if obj is not None and not _new(obj.text, names) else None
        if partner is not None:  # "Manafort and his associate Rick Gates have been indicted"
            return partner, 0.9
        if obj is not None and _new(obj.text, names):
            linked = [e for e in cands if obj.start <= e.start and e.end <= obj.end]
            if obj.root.pos_ == "NOUN" and linked and not any(e.start <= obj.root.i < e.end for e in linked):
                return None  # "fires top Tillerson aide": the name only says whose aide, not who
            if linked or any(t.pos_ == "PROPN" for t in obj):  # a name, not "a new director"
                return (linked[-1].text if linked else str(obj.text)), 1.0
            tree = range(obj.root.left_edge.i, obj.root.right_edge.i + 1)
            if obj.root.pos_ == "NOUN" and not any(e.start in tree for e in cands):
                return None  # "killing a 32-year-old woman": it names no one
        elif obj is None and any(
            c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "appos" and c.pos_ == "NOUN"  # (misparsed object)
            for i in verb_pos
            for c in doc[i].children
        ):
            return None  # "one of whom is charged": it is done to someone not named here
    # the subject of the question's verb ("Medvedchuk denied ...") answers "who denied"; a
    # light verb of the question ("organized the rally") when the happening has none here
    subject = _subject(doc, verb_pos + [i for i in own if i not in verb_pos]) if not object_wanted else None
    if subject and _new(subject, names):
        linked = [e for e in cands if e.start >= doc[0].i and e.text in subject]
        # "the Senate intelligence committee subpoenaed": the committee, not the Senate
        linked = [e for e in linked if not _modifies(e, doc, subject)]
        # "CNN's Anderson Cooper": the name at the head of the subject, not its modifier
        linked.sort(key=lambda e: (e.label_ != "PERSON", not subject.endswith(e.text)))
        if linked:
            return linked[0].text, sure
        # "Both the city ... declared": no one named, less sure than a name ("McAuliffe declared")
        proper = any(w[:1].isupper() for w in subject.split() if w.lower() not in DETERMINERS)
        return subject, sure if proper else 0.5 * sure
    if subject:
        # "Senate Majority Leader Mitch McConnell" for "who announced a Senate vote": a new
        # name inside a subject that holds one asked about
        inner = [e for e in cands if e.label_ == "PERSON" and e.text in subject]
        if inner:
            return inner[-1].text, sure
        if trigger and TRIGGER_WORDS.get(trigger) not in FAMILY:
            # "Frazier resigned from the council" does not say who resigned after Frazier: the
            # one asked about did it here (only a contact has another party: "Trump met Sessions")
            return None
    if not trig_pos and trigger:  # the verb asked about is not here: no one here did it
        return None
    # a name that only modifies another word ("the Hillary Clinton email scandal", "Trump's
    # boosters") is not who did or said anything
    actors = [e for e in cands if e.root.dep_ not in ("compound", "poss", "amod", "nmod")] or cands
    actors.sort(key=lambda e: (e.label_ != "PERSON", _distance(e, pos + trig_pos)))
    return (with_article(doc, actors[0]), 0.5) if actors else None


def _how_long(cl: Clues) -> Optional[tuple[str, float]]:
    """Of several durations, the one nearest the question's words."""
    doc, sentence, pos, trig_pos = cl.doc, cl.sentence, cl.pos, cl.trig_pos
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in DURATION.finditer(sentence)]
    found = [sp for sp in spans if sp is not None]
    found.sort(key=lambda sp: _distance(sp, pos + trig_pos))
    return (found[0].text, 0.8) if found else None


def _how_many(
    cl: Clues, counted: Optional[str], mods: Sequence[str], amount: bool
) -> Optional[tuple[str, float]]:
    """The number that counts what was asked, an age, a count of times, or money."""
    doc, sentence, pos, trig_pos = cl.doc, cl.sentence, cl.pos, cl.trig_pos
    # "if all 10 Democrats vote against": a condition counts nothing that happened
    nums = [
        e
        for e in doc.ents
        if e.label_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and not _conditional(e.root)
    ]
    if counted == "age":  # "when he was 17 years old", "a 17-year-old", "aged 17"
        keys = [n.split()[-1].lower() for n in cl.names if n.split()]
        for age in AGE.finditer(sentence):
            # "Maria Butina, a 29-year-old Russian": the age of the one it is set beside
            beside = APPOSED.search(sentence[: age.start()])
            if beside and keys and not any(beside.group(1).lower().startswith(k) for k in keys):
                continue
            return (age.group("n") or age.group("m")), 1.0
        # "Gates, 45, is a longtime associate": the age set beside the name asked about
        for name in cl.names:
            last = re.escape(name.split()[-1]) if name.split() else ""
            m = re.search(rf"\b{last},\s+(?P<n>\d{{1,3}})(?:,|\.(?!\d))", sentence) if last else None
            if m and 10 <= int(m.group("n")) <= 110:
                return m.group("n"), 0.9
        return None
    if counted:  # the number that counts what was asked ("six phone calls", "18 undisclosed contacts")
        stem = re.escape(counted[:4])
        # "six phone calls", "the 400,000-member group"
        first = r"\b(?P<n>(?:at least |more than |about |nearly )?" + NUMBER + SCALE + r")[\s-]+"
        # "seven acting directors" before "11 directors" when acting ones were asked about
        for words in ([re.escape(w) + r"\s+" for w in mods], []):
            if words or not mods:
                pattern = first + r"(?:[\w-]+\s+){0,2}" + "".join(words) + stem
                for m in re.finditer(pattern, sentence, re.I):
                    if not _conditional_at(doc, m.start("n")) and not _modifier_at(
                        doc, m.end("n") - 1, m.end() - 1
                    ):
                        # "64 out of 153 appointees were confirmed": the part counts them, the
                        # whole is what they are counted among
                        part = PART_OF.search(sentence[: m.start()])
                        # "fire 400 to 800 rounds per minute": the range, not its first end
                        span = RANGE.match(sentence, m.start("n"))
                        got = part.group("n") if part else span.group(0) if span else m.group("n")
                        return got, 1.0 if words or not mods else 0.7
        for e in nums:
            if nlp.lemma(e.root.head).lower() == counted or e.root.head.lower_.startswith(counted[:4]):
                return e.text, 1.0
    m = TIMES_WORDS.search(sentence)
    if counted in (None, "time") and m:
        return m.group(0), 1.0 if counted == "time" else 0.8
    if counted and counted != "time":
        # "10 Democrats" counts people, not the votes asked about ("18 calls and emails" may
        # well be the contacts asked about)
        nums = [e for e in nums if not (e.root.dep_ == "nummod" and e.root.head.ent_type_ in WHO_LABELS)]
        # "as one source told": "one" on another noun is a way of speaking, not a count of the
        # agents asked about (another number on another noun may count them: "two state
        # police" for troopers, "18 calls and emails" for contacts)
        nums = [
            e
            for e in nums
            if not (
                e.text.lower() == "one"
                and e.root.dep_ == "nummod"
                and not e.root.head.lower_.startswith(counted[:4])
            )
        ]
    if amount:
        nums = [e for e in nums if e.label_ in ("MONEY", "PERCENT", "QUANTITY")]
    nums.sort(key=lambda e: _distance(e, pos + trig_pos))
    # "how many times": a bare number ("one of", "two countries", "12 officers") is no count
    # of times; "twice", "three times", "on two occasions" are
    if counted == "time":
        nums = [e for e in nums if e.end < len(doc) and doc[e.end].lower_ in ("times", "occasions")]
    return (nums[0].text, 0.5) if nums else None
