"""Counts stated in so many words in claims ("17 U.S. intelligence agencies", "only four
intelligence agencies"), and the claims that count the same things differently. Read from the
claim's own text with a pattern, as resolution reads no parses: a number, up to two words, a
plural noun; not money, years, durations, percentages, ranges or ordinals."""

from __future__ import annotations

import re

from storyline.model import Claim
from storyline.resolve.union_find import UnionFind

_WORD = re.compile(r"[a-z]{4,}")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
# "17 U.S. intelligence agencies", "four intelligence agencies", "87 million users' profiles": a
# number, up to two words, a plural noun. Not money, years, percentages or ordinals.
_COUNT = re.compile(
    r"(?<![\w$.,])(\d{1,3}(?:,\d{3})*|" + "|".join(_NUMBER_WORDS) + r")(?: (million|billion))?"
    r"((?: [\w.’'-]+){0,2}?) ([a-z]{3,}s)\b(?! of (?:the|them|those|these))",
    re.I,
)
_RANGE = re.compile(r"\b(or|to|and)\b|\d", re.I)
_RANGE_BEFORE = re.compile(r"\b(or|to|and)\s*$|-\s*$", re.I)
_NOT_COUNTED = {
    "years",
    "days",
    "months",
    "weeks",
    "hours",
    "minutes",
    "times",
    "percent",
    "dollars",
    "points",
}


def stated_counts(text: str) -> list[tuple[float, str, str]]:
    """(value, counted noun, words before it) of each count a sentence states."""
    out = []
    for m in _COUNT.finditer(text):
        number, scale, between, noun = m.groups()
        noun = noun.lower()
        if noun in _NOT_COUNTED or noun.endswith("ss") or _RANGE.search(between):
            continue  # "20 or 30 cases", "five to seven calls": a range, not a count
        if _RANGE_BEFORE.search(text, 0, m.start()):
            continue  # the second number of a range
        n = _NUMBER_WORDS.get(number.lower())
        value = float(n if n is not None else number.replace(",", ""))
        value *= {"million": 1e6, "billion": 1e9}.get((scale or "").lower(), 1)
        out.append((value, noun, between.strip().lower()))
    return out


def qualifiers(c: Claim, noun: str) -> set[str]:
    return {w for _, n, between in stated_counts(c.text) if n == noun for w in _WORD.findall(between)}


def count_groups(
    claims: list[Claim], rare_words: dict[str, set[str]]
) -> list[tuple[str, dict[float, list[Claim]]]]:
    """(counted noun, claims by value) for each group of claims that count the same noun
    differently and share at least three rarer words besides it (two, with the same qualifier
    before the noun), so that two counts of different things stay apart."""
    by_noun: dict[str, list[tuple[float, Claim]]] = {}
    for c in claims:
        if c.stance not in ("ASSERT", "CONFIRM"):
            continue
        for value, noun, _ in {(v, n, b) for v, n, b in stated_counts(c.text)}:
            by_noun.setdefault(noun, []).append((value, c))
    union = UnionFind()
    pairs: dict[str, str] = {}
    for noun, items in by_noun.items():
        for i, (v1, c1) in enumerate(items):
            for v2, c2 in items[i + 1 :]:
                if v1 == v2 or c1.doc == c2.doc and c1.sent == c2.sent:
                    continue
                shared = (rare_words[c1.id] & rare_words[c2.id]) - {noun[:5]}
                # the same qualifier before the noun ("intelligence agencies") counts as a word
                if len(shared) >= 3 or len(shared) >= 2 and qualifiers(c1, noun) & qualifiers(c2, noun):
                    union.union(c1.id, c2.id)
                    pairs[c1.id] = pairs[c2.id] = noun
    groups: dict[str, list[str]] = {}
    for c_id in pairs:
        groups.setdefault(union.find(c_id), []).append(c_id)
    by_id = {c.id: c for c in claims}
    out = []
    for ids in groups.values():
        noun = pairs[ids[0]]
        by_value: dict[float, list[Claim]] = {}
        for c_id in ids:
            for value, n, _ in stated_counts(by_id[c_id].text):
                if n == noun:
                    by_value.setdefault(value, []).append(by_id[c_id])
        if len(by_value) >= 2:
            out.append((noun, by_value))
    return out
