"""A denial told in a clause of time or concession inside someone else's report: "McClatchy
reported that Special Counsel Robert Mueller has uncovered evidence that Cohen “secretly made a
late-summer trip to Prague …” after he “vehemently denied for months that he ever has been in
Prague …”" (Media Matters). Extraction gave its "he" to the report's subject (Mueller); the clause
hangs on the clause just before it, so its "he" is the person named last before it (Cohen), whose
denial it is, as the clause's own "he ever has been in Prague" says."""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.model import Claim

# "after he “vehemently denied", "although she had denied", "even as he disputed"
_CLAUSE_DENIAL = re.compile(
    r"\b(?:after|before|since|although|though|even though|even as|while|when)\s+(?:he|she)\s+"
    r"(?:had\s+|has\s+)?[“\"]?(?:\w+ly\s+)?(?:den(?:y|ies|ied)|disput(?:es|ed)|reject(?:s|ed)|refut(?:es|ed))\b",
    re.I,
)


def clause_denier(d: Claim, persons: list[tuple[str, str]], mention_entity: dict[str, str]) -> Claim:
    """``d`` with the person named last before its pronoun as the speaker, when the speaker
    extraction gave is named before that person; else ``d``. ``persons``: the sentence's person
    mentions (text, mention id)."""
    if d.stance != "DENY" or not (d.speaker or d.speaker_text):
        return d
    m = _CLAUSE_DENIAL.search(d.text)
    if m is None:
        return d
    # the speaker's entity: its mention's, or that of the sentence's person its words name
    speaker = (
        mention_entity.get(d.speaker)
        if d.speaker
        else next((mention_entity.get(mid) for text, mid in persons if text == d.speaker_text), None)
    )
    if speaker is None:
        return d
    named = [(d.text.rfind(text, 0, m.start()), text, mid) for text, mid in persons]
    named = [n for n in named if n[0] >= 0]
    if not named:
        return d
    at, text, last = max(named)
    if mention_entity.get(last) in (None, speaker):
        return d
    # the teller named before the one the clause hangs on ("Mueller has uncovered evidence that
    # Cohen … after he …"), not after it
    if not any(i < at and mention_entity.get(mid) == speaker for i, _, mid in named):
        return d
    return replace(d, speaker=last, speaker_text=text)
