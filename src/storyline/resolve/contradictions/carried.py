"""A denial of a report it tells in its own words: "refuted a CNN report that quoted an
immigration lawyer saying a mother claimed her baby was taken from her while she was nursing",
"dismissed a New York Times report that the president's eldest son knew …", "rejected the
president's claim that …". The named outlet's report is the other side, told in the denial's own
sentence, even when no other sentence of the store tells it; so it is for a later denial that
extraction found answers that report ('"We believe that [report] is false."')."""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.model import Claim
from storyline.resolve.contradictions.words import (
    CARRIED,
    DENIAL_WORD,
    NO_DENIAL,
    REASON,
    only_opinion,
    unquoted,
)


def find_carried(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Per denial, the report it tells in its own sentence (``CARRIED``), told by its owner."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.stance in ("ASSERT", "CONFIRM"):
            by_sentence.setdefault((c.doc, c.sent), []).append(c)
    denials = [
        d
        for d in claims
        if d.stance == "DENY"
        and DENIAL_WORD.search(d.text)
        and not (REASON.search(unquoted(d.text)) or NO_DENIAL.search(d.text) or only_opinion(d.text))
    ]
    out: dict[str, list[Claim]] = {}
    carried: dict[str, Claim] = {}
    for d in denials:
        m = CARRIED.match(d.denied or "")
        told = (
            _told_in(by_sentence.get((d.doc, d.sent), []), m["who"] or m["owner"] or m["by"]) if m else None
        )
        if told is not None:
            carried[told.id] = told
            out[d.id] = [told]
    for d in denials:
        if d.answers in carried and d.id not in out:
            out[d.id] = [carried[d.answers]]
    return out


def _told_in(sentence: list[Claim], who: str | None) -> Claim | None:
    """The report's claim among its sentence's: told by no one named (the noun's claim, then
    given the owner the denial names), or by that owner."""
    owner = re.sub(r"[’']s$", "", who.strip()) if who else None
    for c in sentence:
        if c.speaker_text is None:
            return replace(c, speaker_text=owner) if owner else c
        if owner and (c.speaker_text in owner or owner in c.speaker_text):
            return c
    return None
