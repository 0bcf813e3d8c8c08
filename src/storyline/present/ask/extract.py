"""The phrase of a sentence that answers a question word: a date, a place, a name, a number,
found by the product's spaCy pipeline in the sentence, never one the question already names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from storyline.extract import nlp

DURATION = re.compile(
    r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)[- ]"
    r"(?:minute|hour|day|week|month|year|decade)s?(?:-long)?|(?:at least |about |nearly |more than )?a "
    r"(?:week|month|year|decade)|decade-long)\b",
    re.I,
)
TIMES_WORDS = re.compile(r"\b(once|twice|three times|four times|several times|\w+ times)\b", re.I)
DATE_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(1[89]|20)\d\d\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
PLACE_LABELS = ("FAC", "GPE", "LOC")
WHO_LABELS = ("PERSON", "ORG", "NORP")


def _new(text: str, names: list[str]) -> bool:
    low = text.lower()
    return not any(n.lower() in low or low in n.lower() for n in names if len(n) > 2)


def _distance(span, anchors: list[int]) -> int:
    return min((abs(span.start - a) for a in anchors), default=0)


def phrase(
    kind: str, sentence: str, names: list[str], counted: Optional[str] = None, anchors: Sequence[str] = ()
) -> Optional[tuple[str, float]]:
    """The best answering phrase in one sentence and how surely it answers (0..1), or None.
    ``anchors`` are the question's words; of several candidates the one nearest them wins."""
    doc = nlp.load()(sentence)
    pos = [t.i for t in doc if any(t.lower_.startswith(a[: max(3, len(a) - 1)]) for a in anchors)]
    if kind == "when":
        cands = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and DATE_WORDS.search(e.text)]
        cands = [e for e in cands if not DURATION.fullmatch(e.text.strip()) and _new(e.text, names)]
        cands.sort(key=lambda e: _distance(e, pos))
        return (cands[0].text, 0.8) if cands else None
    if kind == "where":
        cands = [e for e in doc.ents if e.label_ in PLACE_LABELS and _new(e.text, names)]
        cands += [e for e in doc.ents if e.label_ == "ORG" and _new(e.text, names)
                  and e.start > 0 and doc[e.start - 1].lower_ in ("at", "in")]
        # a place after "at"/"in" is where something happened; a bare one may be who's from where
        cands.sort(key=lambda e: (e.start == 0 or doc[e.start - 1].lower_ not in ("at", "in", "on"), _distance(e, pos)))
        if not cands:
            return None
        best = cands[0]
        after = doc[best.end] if best.end < len(doc) else None
        if after is not None and after.lower_ in ("office", "hotel", "airport", "headquarters", "home"):
            return doc[best.start : best.end + 1].text, 0.8
        return best.text, 0.8 if best.start > 0 and doc[best.start - 1].lower_ in ("at", "in", "on") else 0.5
    if kind == "who":
        cands = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and _new(e.text, names)]
        # the subject of the question's verb ("Medvedchuk denied ...") answers "who denied"
        linked = [e for e in cands if e.root.dep_ in ("nsubj", "nsubjpass", "agent") and e.root.head.i in pos]
        if linked:
            return linked[0].text, 1.0
        cands.sort(key=lambda e: (e.label_ != "PERSON", _distance(e, pos)))
        return (cands[0].text, 0.5) if cands else None
    if kind == "how_long":
        m = DURATION.search(sentence)
        return (m.group(0), 0.8) if m else None
    if kind == "how_many":
        nums = [e for e in doc.ents if e.label_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")]
        if counted:  # the number that counts what was asked ("six phone calls")
            for e in nums:
                if nlp.lemma(e.root.head).lower() == counted or e.root.head.lower_.startswith(counted[:4]):
                    return e.text, 1.0
        m = TIMES_WORDS.search(sentence)
        if counted in (None, "time") and m:
            return m.group(0), 0.8
        nums.sort(key=lambda e: _distance(e, pos))
        return (nums[0].text, 0.5) if nums else ((m.group(0), 0.5) if m else None)
    return None
