"""Where the question's words and the happening asked about fall in one parsed sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from storyline.extract import nlp
from storyline.present.ask.match import IRREGULAR, NOUNS_OF, american, derived_from, synonyms
from storyline.present.ask.parsing import parse
from storyline.present.ask.spans import _new


def _noun_of(tok: Token, trigger: str) -> bool:
    """ "supervision" for "supervise", "appointment" for "appoint": the happening as a noun."""
    st = trigger[:-1] if trigger.endswith("e") else trigger
    if tok.pos_ == "NOUN" and tok.lower_ in NOUNS_OF.get(trigger, ()):
        return True  # "gave testimony" for "testified"
    return (
        tok.pos_ == "NOUN"
        and len(st) >= 4
        and tok.lower_.startswith(st)
        and 0 < len(tok.lower_) - len(st) <= 5
    )


def _other_object(verb: Token, names: list[str]) -> bool:
    """Is the verb's direct object a name the question does not ask about?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN"]
    return bool(names) and any(_new(" ".join(t.text for t in o.subtree), names) for o in objs)


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
