"""A document made public: a bill, a budget or a plan released, unveiled, revealed, introduced,
published or debuted ("Senate Republicans on Thursday revealed the Better Care Reconciliation
Act", "the health-care bill released by Senate Republicans", "The legislation ... debuted on June
22", "the release of the bill"). An ANNOUNCE, as "unveiled" a plan already is, so that reports
telling one release in different words are one kind of event. A prisoner released stays a
RELEASE (extract/event_senses.py); a statement, emails or a report released stay none.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract import legislation
from storyline.extract.nlp import lemma

ANNOUNCE = "ANNOUNCE"
# What is made public: a measure (not a nominee or a motion) or a plan's text
DOCUMENTS = (legislation.MEASURES - {"nomination", "nominee", "motion"}) | {
    "plan", "draft", "text", "version", "proposal", "blueprint", "framework", "outline",
}  # fmt: skip
VERBS = {"release", "unveil", "reveal", "introduce", "publish", "debut", "roll"}
NOUNS = {"release", "unveiling", "rollout", "roll-out", "debut", "publication"}


def _word(tok) -> str:
    return lemma(tok).lower() if tok is not None else ""


def is_document(noun) -> bool:
    """ "the bill", "a draft version", "the Better Care Reconciliation Act" (a law's name)."""
    return noun is not None and (
        _word(noun) in DOCUMENTS or noun.lower_ in DOCUMENTS or noun.ent_type_ == "LAW"
    )


def _theme(verb):
    """What is made public: the object, the subject when passive, the noun a participle describes
    ("the bill released Thursday"), or the subject of "debuted"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if (
        verb.dep_ in ("acl", "amod", "relcl")
        and verb.tag_ == "VBN"
        or _word(verb) == "debut"
        and verb.dep_ == "acl"
    ):
        return verb.head
    if _word(verb) == "debut":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def release_verb(tok) -> Optional[str]:
    """ "released a healthcare bill", "revealing their Obamacare replacement bill", "rolled out
    the plan"; "rolled over", "released the emails" are none."""
    if _word(tok) == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    return ANNOUNCE if is_document(_theme(tok)) else None


def release_noun(tok) -> Optional[str]:
    """ "the release of the bill", "the bill's unveiling"."""
    return (
        ANNOUNCE
        if any(
            (c.dep_ == "poss" and is_document(c))
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.dep_ == "pobj" and is_document(o) for o in c.children)
            )
            for c in tok.children
        )
        else None
    )


def names_a_draft(tok) -> bool:
    """ "the discussion draft released Thursday": which draft, not a discussion."""
    return tok.dep_ == "compound" and _word(tok.head) in ("draft", "text")


def published(tok):
    """The document an ANNOUNCE makes public ("released a healthcare bill": the bill), or None;
    its measure's name is then the event's patient, as a vote's is (extract/legislation.py)."""
    if tok.pos_ == "VERB":
        theme = _theme(tok)
        return theme if is_document(theme) else None
    return next(
        (
            o
            for c in tok.children
            for o in (
                [c] if c.dep_ == "poss" else c.children if c.dep_ == "prep" and c.lower_ == "of" else []
            )
            if (c.dep_ == "poss" or o.dep_ == "pobj") and is_document(o)
        ),
        None,
    )
