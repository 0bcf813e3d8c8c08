"""Who: the one who did or said what was asked in a sentence, or to whom it was done."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from spacy.tokens import Doc, Span, Token

from storyline.extract import nlp
from storyline.present.ask.clues import Clues
from storyline.present.ask.match import FAMILY, TRIGGER_WORDS
from storyline.present.ask.spans import _distance, _new, with_article

WHO_LABELS = ("PERSON", "ORG", "NORP")


def _modifies(e: Span, doc: Doc, subject: str) -> bool:
    """Is the name only a modifier of a common noun at the head of the subject?"""
    head = e.root.head
    return (
        e.root.dep_ in ("compound", "amod")
        and head.pos_ == "NOUN"
        and head.i >= e.end
        and head.text in subject
    )


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
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.tag_ == "VBG":
            # "Cornyn applauded Trump for rejecting a bipartisan deal": the one praised (blamed,
            # thanked) for doing it did it
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if obj is not None:
                return str(doc[obj.left_edge.i : obj.i + 1].text)
        if (
            tok.dep_ == "acl"
            and tok.head.pos_ == "PROPN"
            and tok.head.i < i
            and "," in doc[tok.head.i : i].text
        ):
            # the small model's "Hogan, a Republican, called for ...": the name as the root and
            # the verb hanging on it
            return str(doc[tok.head.left_edge.i : tok.head.i + 1].text)
        # "Sen. John McCain (R-Ariz.), who is battling brain cancer, was absent": a state's subject
        # is the copula's; "said CNN senior political analyst David Gergen": the small model may
        # give the verb two subjects, the one a person's name is in first
        people = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
        kids = list(tok.children) + (list(tok.head.children) if tok.dep_ == "acomp" else [])
        for c in sorted(kids, key=lambda c: c.dep_ == "nsubj" and c.i not in people):
            # "Bureau of Alcohol, Tobacco and Firearms Special Agent in Charge Jill Schneider told":
            # a person's name ending the subject, right before the verb, is who did it
            person = next(
                (
                    e
                    for e in doc.ents
                    if e.label_ == "PERSON"
                    and (e.end == i or _set_off(e, i))
                    and e.root.i in {t.i for t in c.subtree}
                ),
                None,
            )
            if c.dep_ == "nsubj" and person is not None and person.root.i != c.i:
                return str(person.text)
            if c.dep_ == "nsubj" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and not c.ent_type_):
                # "The Senate majority leader, Mitch McConnell, dismissed": the name set beside a
                # description is who did it; so beside a title ("Former Republican Sen. Chuck
                # Hagel (Neb.) ... said", the title the subject)
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
                    # "brokered by their respective leaders, Majority Leader Mitch McConnell and
                    # ...": the name set beside the description
                    named = (
                        _named_apposition(objs[0]) or _named_after(objs[0])
                        if objs[0].pos_ == "NOUN"
                        else None
                    )
                    return named or str(doc[objs[0].left_edge.i : objs[0].i + 1].text)
    return None


def _set_off(e: Span, verb: int) -> bool:
    """A name between commas right before the verb: "a former chief of staff to McConnell, Josh
    Holmes, tweeted", where the small model hangs the apposition on the nearer name."""
    doc = e.doc
    return e.end == verb - 1 and doc[e.end].text == "," and e.start > 0 and doc[e.start - 1].text == ","


def _named_apposition(head: Token) -> Optional[str]:
    """The person's name in apposition to a noun ("the Senate majority leader, Mitch McConnell")."""
    for c in head.children:
        if c.dep_ == "appos":
            ent = next((e for e in head.doc.ents if e.label_ == "PERSON" and e.start <= c.i < e.end), None)
            if ent is not None:
                return str(ent.text)
    return None


def _named_after(noun: Token) -> Optional[str]:
    """The names right after a description and a comma, which the small model may not hang on
    it ("their respective leaders, Majority Leader Mitch McConnell and Minority Leader Charles E.
    Schumer,"): titles only between."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start > noun.i]
    first = next((e for e in people if all(t.is_title for t in doc[noun.i + 2 : e.start])), None)
    if first is None or first.start - noun.i > 5:
        return None
    second = next((e for e in people if e.start > first.end), None)
    if (
        second is not None
        and doc[first.end].lower_ == "and"
        and all(t.is_title for t in doc[first.end + 1 : second.start])
    ):
        return f"{first.text} and {second.text}"
    return str(first.text)


SAYING = {"say", "tell", "write", "state", "argue", "tweet", "add", "warn", "call", "insist", "claim"}


PLAIN_SAYING = {"say", "tell", "write", "state", "tweet", "add"}  # not "call X a Y", "warn"


def _in_role(doc: Doc, cands: list[Span], anchors: Sequence[str], names: list[str]) -> Optional[str]:
    """The person named next to the role asked about: "interpreter Marina Gross", "Donald Tusk,
    president of the European Council", "Dan Coats, the Director of National Intelligence",
    "David Popp, who is the spokesman for ..."; not "Schumer's spokesman Matt House" when
    another's spokesman was asked about."""
    roles = [
        t
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        and nlp.lemma(t).lower() in anchors
        and not any(c.dep_ == "poss" and _new(c.text, names) and c.pos_ == "PROPN" for c in t.children)
    ]
    for e in cands:
        for t in roles:
            inside = e.start <= t.head.i < e.end and t.dep_ in ("compound", "appos")
            # "Tusk, president of": the role set beside the name; not "the U.S. Ambassador",
            # where the name qualifies the role
            if inside or (e.root.head.i == t.i and e.root.dep_ == "appos"):
                return str(e.text)
            # "David Popp, who is the spokesman for": the role in a clause on the name
            be = t.head
            if t.dep_ == "attr" and be.dep_ == "relcl" and e.start <= be.head.i < e.end:
                if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in be.children):
                    return str(e.text)
    return None


def _by_prep(doc: Doc, verbs: list[int], prep: str, names: list[str]) -> Optional[str]:
    """ "requested from White House counsel Donald McGahn copies of ...": a name the verb's
    preposition takes (the small model may misparse what follows it)."""
    for i in verbs:
        for c in doc[i].children:
            if c.dep_ == "prep" and c.lower_ == prep:
                tree = range(c.i, c.right_edge.i + 1)
                named = [
                    e for e in doc.ents if e.label_ in WHO_LABELS and e.start in tree and _new(e.text, names)
                ]
                named.sort(key=lambda e: (e.label_ != "PERSON", e.start))
                if named:
                    return str(named[0].text)
    return None


def _who(
    cl: Clues, says: Optional[str], object_wanted: bool, prep: Optional[str] = None
) -> Optional[tuple[str, float]]:
    """Who did or said it: the subject of the verb asked about, the one next to a role, or the
    verb's object ("who did Trump name"), or the one its preposition takes ("who did they request
    it from")."""
    doc, names, anchors, trigger = cl.doc, cl.names, cl.anchors, cl.trigger
    pos, trig_pos, own, verb_pos = cl.pos, cl.trig_pos, cl.own, cl.verb_pos
    sure = 1.0
    found = _by_prep(doc, verb_pos, prep, names) if prep else None
    if found:  # (else the object, as "who did Trump meet" asks: "Trump met Putin")
        return found, 0.9
    # (or the happening is in what is said: "“I would be thrilled for him to have a public
    # hearing,” Watts told MSNBC" for who said he would be thrilled to have one)
    quoted = bool(trig_pos) and all(
        any(nlp.lemma(a).lower() in SAYING for a in doc[i].ancestors) for i in trig_pos
    )
    if says and says != "be" and (not trig_pos or quoted):
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
        role = _in_role(doc, named, anchors, names)  # "interpreter Marina Gross" (NER: a place)
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
            # (a name in a clause on it is someone else: "fired an aide ... who contradicted the
            # White House account of ... the firing of Rex Tillerson")
            said = {t.i for c in obj.root.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
            tree = [i for i in range(obj.root.left_edge.i, obj.root.right_edge.i + 1) if i not in said]
            if obj.root.pos_ == "NOUN" and not any(e.start in tree for e in cands if e.label_ == "PERSON"):
                return None  # "killing a 32-year-old woman", "an aide at the State Department": no one named
        elif obj is None and any(
            c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "appos" and c.pos_ == "NOUN"  # (misparsed object)
            for i in verb_pos
            for c in doc[i].children
        ):
            return None  # "one of whom is charged": it is done to someone not named here
    # the subject of the question's verb ("Medvedchuk denied ...") answers "who denied"; a
    # light verb of the question ("organized the rally") when the happening has none here
    # (not a verb of a clause on a noun when the happening is here: "rejecting a deal crafted by
    # three Democrats" does not say they rejected it)
    light = [i for i in own if i not in verb_pos and not (trig_pos and doc[i].dep_ in ("acl", "relcl"))]
    subject = _subject(doc, verb_pos + light) if not object_wanted else None
    if subject and _new(subject, names):
        linked = [e for e in cands if e.start >= doc[0].i and e.text in subject]
        # "the Senate intelligence committee subpoenaed": the committee, not the Senate
        linked = [e for e in linked if not _modifies(e, doc, subject)]
        # "CNN's Anderson Cooper": the name at the head of the subject, not its modifier
        linked.sort(key=lambda e: (e.label_ != "PERSON", not subject.endswith(e.text)))
        if len(linked) == 2 and subject == f"{linked[1].text} and {linked[0].text}":
            return subject, sure  # two people who did it together
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
