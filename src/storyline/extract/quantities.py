"""Quantities a sentence states about events: "met twice", "six calls", "a 20-minute meeting",
"their third meeting". Read from the parse (number modifiers, "N times"), so a number that
counts nothing ("in 2016", "$5 million") is left alone."""

from __future__ import annotations

from storyline.extract.nlp import lemma
from storyline.model import Quantity

_ADVERBS = {"once": 1, "twice": 2, "thrice": 3}
_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_ORDINALS = {
    w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())
}
# what a count of events is counted in: occasions, contacts, or a duration
_UNITS = {
    "time",
    "meeting",
    "call",
    "conversation",
    "contact",
    "email",
    "message",
    "discussion",
    "talk",
    "encounter",
    "minute",
    "hour",
    "day",
    "interaction",
    "communication",
}


def _number(tok) -> float | None:
    text = tok.lower_.replace(",", "")
    if text in _WORDS:
        return float(_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def quantities(sent) -> list[Quantity]:
    out = []
    for tok in sent:
        low = tok.lower_
        if low in _ADVERBS and tok.dep_ in ("advmod", "npadvmod"):
            out.append(Quantity(tok.text, float(_ADVERBS[low]), "time", lemma(tok.head).lower()))
        elif tok.dep_ == "nummod" and lemma(tok.head).lower() in _UNITS:
            n = _number(tok)
            head = tok.head
            # "a 20-minute meeting": the duration is of the noun it qualifies
            about = (
                head.head
                if lemma(head).lower() in ("minute", "hour", "day") and head.dep_ == "amod"
                else head
            )
            if n is not None:
                text = sent.doc[min(tok.i, head.i) : max(tok.i, head.i) + 1].text
                out.append(Quantity(text, n, lemma(head).lower(), lemma(about).lower()))
        elif low in _ORDINALS and tok.dep_ == "amod" and lemma(tok.head).lower() in _UNITS:
            out.append(
                Quantity(
                    f"{tok.text} {tok.head.text}", float(_ORDINALS[low]), "ordinal", lemma(tok.head).lower()
                )
            )
    return out
