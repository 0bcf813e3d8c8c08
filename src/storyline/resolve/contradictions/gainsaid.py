"""A statement and its negation, told by different sources: Rubio "repeated his claim that
Obamacare is 'a certified job killer'" / "In fact, Obamacare is not a job killer, according to
the 2015 Kaiser Family Foundation … survey". Neither side need use a verb of denial, and neither
need tell an event: the negated side says "X is not (a) Y" of a named subject (a capitalised
word, not a pronoun: "the president is not under investigation" and "the president was under
investigation" are said of too many things), the other says "X is … Y" of the same subject with
the same words of the predicate (two at least, in order), neither negated nor denied in the
words before it ("denied the fact the president himself is under investigation" is the denial
again). Hedged and supposed sentences tell neither side."""

from __future__ import annotations

import re

from storyline.model import Analysis, Claim, Contradiction
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.words import DENIAL_WORD, NEGATION, UNSURE, is_supposed

# "Obamacare is not a job killer", "the dossier was not a fabrication": the subject word, a
# copula, "not", then the predicate up to a clause break
_NEGATED = re.compile(
    r"\b(?P<subj>[A-Z][\w’'-]{2,})\s+(?:is|are|was|were)\s+(?:not|never)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<pred>[a-z][a-z -]{2,50}?)"
    r"(?=\s*[,.;:!?\"”’)(]|\s+(?:according|but|and|because|as|since|which|who|that)\b|\s*$)"
)
_PRONOUNS = {"it", "this", "that", "there", "these", "those", "what", "which", "who", "she", "they", "you"}
# a wish or an aim is no statement: "hope Trump is not our nominee", "make certain that Donald
# Trump is not elected president"
_AIM = re.compile(
    r"\b(hop(e|es|ed|ing)|wish\w*|want\w*|ensur\w*|make (certain|sure)|pray\w*|so that|in order)\b", re.I
)
_STOP = {"the", "and", "for", "any", "all", "one", "very", "really", "just", "only", "more", "much"}
_COPULA = r"(?:is|are|was|were|[’']s|has been|have been)"
_GAP = 40  # words between the copula and the predicate on the told side ("a certified")


def _predicate(pred: str) -> list[str]:
    return [w for w in pred.split() if len(w) >= 3 and w not in _STOP]


def _sure(c: Claim) -> bool:
    return not is_supposed(c.text) and not UNSURE.search(c.text)


def find_gainsaid(analyses: list[Analysis], reader: Reader) -> list[Contradiction]:
    out = []
    for (subj, pred), (no, yes) in sorted(gainsaid([c for a in analyses for c in a.claims]).items()):
        said_not = dedupe_reports([reader.claim(c, set()) for c in no])
        said_so = dedupe_reports([reader.claim(c, set()) for c in yes])
        positions = [
            position(f"not {pred}", said_not),
            position(pred, said_so),
        ]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"one source says {subj} is {pred}, another that it is not",
                kind="DENIAL",
                question=f"is {subj} {pred}?",
                positions=positions,
            )
        )
    return out


def gainsaid(claims: list[Claim]) -> dict[tuple[str, str], tuple[list[Claim], list[Claim]]]:
    """(subject, predicate) -> the claims saying it is not so, and those saying it is."""
    by_word: dict[str, list[Claim]] = {}
    for c in claims:
        for w in set(re.findall(r"[a-z’'-]+", c.text.lower())):
            by_word.setdefault(w, []).append(c)
    groups: dict[tuple[str, str], tuple[list[Claim], list[Claim]]] = {}
    for c in claims:
        if not _sure(c):
            continue
        for m in _NEGATED.finditer(c.text):
            subj, words = m.group("subj"), _predicate(m.group("pred"))
            if len(words) < 2 or subj.lower() in _STOP | _PRONOUNS:
                continue
            if _AIM.search(c.text[max(0, m.start() - _GAP) : m.start()]):
                continue
            told = re.compile(
                rf"\b{re.escape(subj)}\b\W+{_COPULA}\b(?P<gap>[^.;:]{{0,{_GAP}}}?)\b"
                + r"\W+".join(re.escape(w) for w in words)
                + r"\b",
                re.I,
            )
            key = (subj.lower(), " ".join(words))
            for other in by_word.get(subj.lower(), []):
                if other.doc == c.doc and other.sent == c.sent or not _sure(other):
                    continue
                if (other.speaker_text or "").lower() == (c.speaker_text or "-").lower():
                    continue  # one source saying both is no disagreement between sources
                t = told.search(other.text)
                if t is None or NEGATION.search(t.group("gap")) or _NEGATED.search(other.text[t.start() :]):
                    continue
                before = other.text[max(0, t.start() - _GAP * 2) : t.start()]
                if NEGATION.search(before) or DENIAL_WORD.search(before):
                    continue  # the told side told as denied: "denied the fact the president himself is"
                no, yes = groups.setdefault(key, ([], []))
                if c not in no:
                    no.append(c)
                if other not in yes:
                    yes.append(other)
    return groups
