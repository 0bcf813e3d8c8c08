"""Words and regex fragments the date rules are built from (compiled once, at import)."""

from __future__ import annotations

import re
from typing import Optional

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS = {w: i for i, w in enumerate(_ONES)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update(
    {
        "a": 1,
        "an": 1,
        "a couple of": 2,
        "couple of": 2,
        "a dozen": 12,
        "dozen": 12,
        "hundred": 100,
        "a hundred": 100,
        "a half": 0.5,
        "half a": 0.5,
        "one and a half": 1.5,
    }
)
VAGUE_NUMBERS = {"a few", "few", "several", "many", "some", "the next few", "a number of"}

# Unit word → TimeML duration letter; T marks time-of-day units (PT3H).
UNITS = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "night": ("", "D"),
    "week": ("", "W"),
    "weekend": ("", "WE"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
    "centurie": ("", "CE"),
}

MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?"
    r"|Dec\.?)(?![a-z])"
)
# Months safe to take on their own, without a day or a preposition in front.
MON_BARE = (
    r"(?:January|February|April|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Apr\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?![\w'-])"
)
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d{3})"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+dozen|a\s+hundred|a\s+few"
    r"|a|an|several|few|dozen|hundred|one\s+and\s+a\s+half)"
)
NUM = rf"(?:(?<![\d,.])\d{{1,3}}(?:\.\d+)?(?:\s+1/2)?|(?i:{_NUMWORD}))"
UNIT = (
    r"(?i:second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ie))"
    r"(?:s)?(?![\w])"
)
SEASON = r"(?i:spring|summer|fall|autumn|winter)(?![\w])"
# A year said in words, as broadcast transcripts write it ("nineteen ninety-seven").
SPOKEN_YEAR = (
    r"(?:(?i:nineteen|twenty)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
    r"|(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen))?)(?![\w-])"
)
# early/mid/late cut a period into thirds; the phrase is part of the timex (TimeML mod).
MODW = (
    r"(?i:early|earlier|late|later|mid|the\s+(?:end|beginning|start|middle|close|rest"
    r"|remainder)\s+of|(?:end|beginning|start|middle)\s+of"
    r"|the\s+(?:first|second|last|latter)\s+half\s+of)"
)

MOD_CODES = [
    ("half", None),
    ("early", "START"),
    ("earlier", "START"),
    ("beginning", "START"),
    ("start", "START"),
    ("mid", "MID"),
    ("middle", "MID"),
    ("late", "END"),
    ("later", "END"),
    ("end", "END"),
    ("close", "END"),
    ("rest", "END"),
    ("remainder", "END"),
]


def mod_code(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    t = text.lower()
    if "half" in t:
        return "FIRST_HALF" if "first" in t else "SECOND_HALF"
    for word, code in MOD_CODES:
        if word in t:
            return code
    return None


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


_SPACES = re.compile(r"[\s-]+")


def parse_number(text: str) -> Optional[float]:
    """'three' → 3, 'twenty four' → 24, '2 1/2' → 2.5, 'several' → None (vague)."""
    t = _SPACES.sub(" ", text.lower().strip())
    if t in VAGUE_NUMBERS:
        return None
    if t.endswith(" 1/2"):
        base = parse_number(t[:-4])
        return None if base is None else base + 0.5
    try:
        return float(t)
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = t.split(" ")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return _TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def unit_of(text: str) -> str:
    u = text.lower()
    if u.endswith("s"):
        u = u[:-1]
    return u
