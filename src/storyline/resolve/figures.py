"""Figures stated in a claim's words: sums of money ("$10 billion to $12 billion", "nearly $25
billion") and counts of things ("107,330 votes", "just under 80,000 votes", "17 Angry
Democrats"), each as the span of values it allows, so that "about 50" and "50", or a range and a
figure inside it, are one figure, and only spans that do not meet disagree. Read with patterns,
as resolution reads no parses; years, percentages, ordinals and durations are no figure."""

from __future__ import annotations

import math
import re

from storyline.model import Figure

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS)
_SCALE = r"(?:\s*(?P<{}>thousand|million|billion|trillion|dozen)|(?P<{}_short>m|bn|k)\b)?"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0}
_SCALES |= {"k": 1e3, "m": 1e6, "bn": 1e9}
# what stands before a figure says how exact it is
_BOUNDS = (
    ("approx", r"about|around|roughly|approximately|some|an estimated|estimated|close to|as many as"),
    ("below", r"nearly|almost|just under|just shy of"),
    ("at most", r"up to|under|less than|fewer than|no more than"),
    ("at least", r"more than|over|at least|upwards of|in excess of|just over|above"),
)
_MOD = r"(?:(?P<mod>" + "|".join(b for _, b in _BOUNDS) + r")\s+)?"
_RANGE = (
    r"(?:\s*(?:to|or|-|–|and)\s*(?P<dollar2>\$)?(?P<n2>" + _NUM + r")" + _SCALE.format("s2", "s2") + r")?"
)
MONEY = re.compile(
    r"(?<![\w$.,])" + _MOD + r"(?:between\s+)?\$(?P<n1>" + _NUM + r")" + _SCALE.format("s1", "s1") + _RANGE,
    re.I,
)
COUNT = re.compile(
    r"(?<![\w$.,%])"
    + _MOD
    + r"(?:between\s+)?(?P<n1>"
    + _NUM
    + r")"
    + _SCALE.format("s1", "s1")
    + _RANGE
    # up to two words, then the plural noun counted ("17 U.S. intelligence agencies")
    + r"(?P<between>(?: [A-Za-z.’'-]+){0,2}?) (?P<noun>[a-z]{3,}s)\b(?! of (?:the|them|those|these)\b)",
    re.I,
)
# durations, shares and times count no thing sources dispute
_NOT_COUNTED = {"years", "days", "months", "weeks", "hours", "minutes", "seconds", "times", "percent"}
_NOT_COUNTED |= {"dollars", "points", "cents"}


def _number(word: str) -> float:
    n = _NUMBER_WORDS.get(word.lower())
    return float(n) if n is not None else float(word.replace(",", ""))


def _span(m: re.Match[str], unit: str, qualifier: str, at: int) -> Figure | None:
    s1 = m.group("s1") or m.group("s1_short") or ""
    s2 = m.group("s2") or m.group("s2_short") or ""
    scale2 = _SCALES.get(s2.lower(), 1.0)
    scale1 = _SCALES.get(s1.lower(), scale2)  # "$10-12 billion"
    low = _number(m.group("n1")) * scale1
    high = _number(m.group("n2")) * scale2 if m.group("n2") else low
    if (
        not m.group("s1")
        and not m.group("n2")
        and unit != "$"
        and 1900 <= low <= 2100
        and "," not in m.group("n1")
    ):
        return None  # a year
    if high < low:
        return None  # "10 to 4": a score or a tally, no span
    if m.group("n2") and re.search(
        r"\bfrom\s+(the\s+)?(current\s+)?$", m.string[max(0, m.start() - 20) : m.start()], re.I
    ):
        return None  # "a doubling of the child tax credit from the current $1,000 to $2,000": a change
    mod = (m.group("mod") or "").lower()
    kind = next((k for k, words in _BOUNDS if mod and re.fullmatch(words, mod)), "")
    if kind == "approx":
        low, high = low * 0.9, high * 1.1
    elif kind == "below":
        low = low * 0.85
    elif kind == "at most":
        low = 0.0
    elif kind == "at least":
        high = math.inf
    return Figure(m.group(0).strip(), low, high, unit, qualifier, at)


def figures(text: str) -> list[Figure]:
    """The figures ``text`` states, in order."""
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in MONEY.finditer(text):
        f = _span(m, "$", "", m.start())
        if f is not None:
            out.append(f)
            taken.append(m.span())
    for m in COUNT.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        noun = m.group("noun").lower()
        between = m.group("between").strip().lower()
        if noun in _NOT_COUNTED or noun.endswith("ss") or re.search(r"\d|%|\bper\b", between):
            continue
        if re.match(r"\s*(%|percent)", text[m.end("n1") :]):
            continue
        f = _span(m, noun, between, m.start())
        if f is not None:
            out.append(f)
    return sorted(out, key=lambda f: f.at)


def meet(a: Figure, b: Figure) -> bool:
    """Whether two figures may be the same value: their spans meet."""
    return a.low <= b.high and b.low <= a.high


def label(f: Figure) -> str:
    return " ".join(f.text.split())
