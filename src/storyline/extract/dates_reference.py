"""infer_reference: a reference date from the text's own evidence, when metadata has none.

A dateline or "Published: Dec. 18, 2016" gives the full date. Otherwise we return the latest
*well-supported* year: a year said in a date-like context ("in 2013", "November 2016", "the
2016 presidential race", "Dec. 18, 2016") or said twice. Event dates ("the Nov. 8 vote")
support the year they sit with. Years used as targets ("by 2030", "until 2025") are not
evidence of when the text was written. We return a year rather than an event's full date on
purpose: the story is written *after* its events, and an anchor set to an event's day would
push later months ("in January") into the wrong year.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .dates_calendar import safe_date
from .dates_lexicon import MON, MONTHS, YEAR
from .dates_offices import window

_DATELINE = re.compile(
    rf"(?i:published|updated|posted|last\s+modified)(?:\s+on)?\s*:?\s*(?:\w+day,?\s+)?"
    rf"(?:(?P<mon>{MON})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{YEAR})"
    rf"|(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))"
)
_YEAR = re.compile(rf"(?<![\w$£€#.,/:'-])(?P<y>{YEAR})(?![\w'])")
_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|during|of|early|late|mid|the|from|after|before|fiscal|year|spring|summer"
    r"|fall|autumn|winter|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    r"|\d{1,2},|mid-)\s*$"
)
_CONTEXT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:presidential|election|elections|campaign|race|vote|primary|primaries"
    r"|season|midterms?|budget|fiscal|summit|games|olympics|world\s+cup|census)\b",
    re.I,
)
_FUTURE_BEFORE = re.compile(r"\b(?:by|until|till|through|before|in|for)\s+(?:the\s+end\s+of\s+)?$", re.I)
_FUTURE_VERB = re.compile(
    r"\b(?:will|would|plans?|planned|target|goal|aims?|expected|projected|forecast"
    r"|due|scheduled|slated|set\s+to|upcoming|next)\b",
    re.I,
)
_EVENT = re.compile(
    rf"\b(?P<mon>{MON})\s+(?P<d>\d{{1,2}})\s+(?:vote|election|elections|primary|"
    rf"ballot|poll|referendum|inauguration)\b"
)


# An election or campaign year ("the 2016 presidential race", "during the 2016 campaign").
_ELECTION_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:presidential\s+|general\s+|midterm\s+)?(?:election|campaign|race|vote)s?\b", re.I
)
# Told after that election: its transition, inauguration or the election as "last year's".
_POST_ELECTION = re.compile(
    r"\b(?:(?:post-election|presidential)\s+transition|during\s+the\s+transition|the\s+transition\s+(?:period|team)"
    r"|inaugurat(?:ion|ed)|took\s+office|since\s+taking\s+office|first\s+(?:\d+|hundred)\s+days"
    r"|last\s+year's\s+(?:presidential\s+)?(?:election|campaign|race)"
    r"|(?:election|campaign|race)\s+last\s+year"
    r"|(?:election|campaign)\s+(?:loss|defeat|victory|win)|(?:since|after)\s+the\s+(?:presidential\s+)?election"
    r"|(?:last|final|closing)\s+(?:\w+\s+)?(?:months|weeks|days)\s+of\s+the\s+(?:\d{4}\s+)?(?:presidential\s+)?(?:race|campaign))\b",
    re.I,
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*$", re.I)


_AHEAD = re.compile(r"\b(?:ahead\s+of|upcoming|next|run(?:ning)?\s+(?:in|for)|bid|will|would|could)\b", re.I)


def _after_election(text: str, base: Optional[int]) -> Optional[int]:
    """The year after the election year the text is otherwise dated to, when it tells that
    election as over: "interfered in the 2016 presidential election ... during the transition".
    Only when that election year is the latest well-supported year (``base``) and is not told
    as one to come ("ahead of the 2020 election")."""
    if base is None or not _POST_ELECTION.search(text):
        return None
    for m in _YEAR.finditer(text):
        if int(m["y"]) != base or not _ELECTION_AFTER.match(text, m.end()):
            continue
        clause = re.split(r"[.!?]\s", text[max(0, m.start() - 80) : m.start()])[-1]
        if not _AHEAD.search(clause):
            return base + 1
    return None


# A sentence about what is to come: a year said in it is a plan or a target, not a date told.
_FUTURE_SENTENCE = re.compile(
    r"\b(?:will|won't|would|plans?\s+to|planned|expected\s+to|projected|forecast|scheduled|slated"
    r"|set\s+to|upcoming|next|ahead\s+of|run(?:ning)?\s+(?:in|for)|bid\s+(?:in|for)|is\s+to|are\s+to"
    r"|going\s+to|must|by\s+the\s+end\s+of)\b",
    re.I,
)
# "last year", "a year ago"; not "in the last year" (the twelve months before)
_LAST_YEAR = re.compile(r"(?<!the\s)\blast\s+year\b|\ba\s+year\s+ago\b", re.I)
# A document or a season named by its year: "a 2016 piece", "a January 2017 report". News names
# the year of what it cites when that year is over; one of the current year goes without it.
_NAMED_BY_YEAR = re.compile(
    rf"\b(?:a|an|the)\s+(?:(?:{MON})\s+)?(?P<y>{YEAR})\s+(?:report|article|piece|story|interview|study"
    r"|book|memo|letter|e-?mail|speech|statement|survey|poll|op-ed|column|video|documentary|lawsuit|ruling)s?\b",
    re.I,
)
_THIS_YEAR = re.compile(r"\b(?:this|earlier\s+this|later\s+this)\s+year\b", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (a cheap split: enough for cue words)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left + 1 : right]


def _full_date(text: str, year: int) -> bool:
    """A day of that year written out ("Dec. 18, 2016"): news writes the year of a day mostly
    for days of the year it is written in or the one before, and rarely for days still to come."""
    return re.search(rf"\b{MON}\s+\d{{1,2}},?\s+{year}\b", text) is not None


def infer_reference(text: str) -> Optional[str]:
    """ISO YYYY-MM-DD / YYYY-MM / YYYY inferred from the text, or None without evidence."""
    if not text:
        return None
    m = _DATELINE.search(text)
    if m:
        if m["y"]:
            d = safe_date(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
        else:
            d = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if d:
            return d.isoformat()
    year = _fit(text, _latest_year(text))
    return None if year is None else f"{year:04d}"


def _latest_year(text: str) -> Optional[int]:
    """The latest well-supported year said in the text, moved on a year when the text tells
    that year as over; None when no year is said."""
    scores: dict[int, float] = {}
    this_year: set[int] = set()  # years said in a sentence that also says "this year"
    for m in _YEAR.finditer(text):
        y = int(m["y"])
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 25]
        clause = re.split(r"[.!?]\s", text[max(0, m.start() - 60) : m.start()])[-1]  # this sentence
        sentence = _sentence(text, m.start(), m.end())
        if _FUTURE_BEFORE.search(before) and _FUTURE_VERB.search(clause):
            continue  # "will be done by 2030": a target, not a date said
        if _FUTURE_SENTENCE.search(sentence) and not _full_date(sentence, y):
            continue  # "the 2020 race he is expected to enter": a year to come
        if re.match(r"\s*(?:people|troops|votes|dollars|shares|miles|jobs|%|percent)\b", after):
            continue
        if _COPYRIGHT.search(before):
            continue  # "Copyright © 2019": when the page was scraped, not written
        support = 2.0 if (_CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after)) else 1.0
        scores[y] = scores.get(y, 0.0) + support
        if _THIS_YEAR.search(sentence):
            this_year.add(y)
    if not scores:
        return None
    if _EVENT.search(text):
        # an election day said without its year belongs with the latest year that is said
        latest = max(scores)
        scores[latest] += 1.0
    year = max(scores)
    if year in this_year or _full_date(text, year):
        return year
    shifted = _after_election(text, year)
    if shifted:
        return shifted
    if any(int(m["y"]) == year for m in _NAMED_BY_YEAR.finditer(text)):
        return year + 1  # "in a 2016 piece": that year is over
    if _LAST_YEAR.search(text) and not _THIS_YEAR.search(text):
        # told as "last year" elsewhere, and the latest year said is only a year, not a day of it:
        # that year is most often the one before the writing
        return year + 1
    return year


# An election placed by the writing's year: "last year's presidential election", "the
# midterms next year". US presidential elections fall in years divisible by four, midterms
# two years later: the year of writing is that year plus the offset.
_ELECTION_YEAR_SAID = re.compile(
    r"\b(?P<when>last|this|next)\s+year's\s+(?P<kind>presidential|midterm)"
    r"|\b(?P<kind2>presidential|midterm)\s+(?:election|campaign|race|vote)s?\s+(?P<when2>last|this|next)\s+year\b",
    re.I,
)
_OFFSET = {"last": 1, "this": 0, "next": -1}


def _election_residue(text: str) -> Optional[int]:
    """The year of writing modulo 4 that an election placed by "last/this/next year" implies."""
    m = _ELECTION_YEAR_SAID.search(text)
    if not m:
        return None
    when, kind = (m["when"] or m["when2"]).lower(), (m["kind"] or m["kind2"]).lower()
    return ((0 if kind == "presidential" else 2) + _OFFSET[when]) % 4


def _fit(text: str, year: Optional[int]) -> Optional[int]:
    """The year said, brought within the days the titles of the text allow
    (extract/dates_offices: "President Trump" is written from 2017) and onto an election
    placed by "last year's presidential election". The year said and a term's start are
    lower bounds on the year of writing, a term's end an upper one unless a later year is said
    (a plain title is often given in retrospect: "Russian Ambassador Sergey Kislyak" in 2018;
    on AllSides dev, 0.440 against 0.435 when the term's end wins); of the years left, the
    first that holds nearly as many of the allowed days as any (a term that starts in
    mid-June hardly speaks for that year)."""
    span, residue = window(text), _election_residue(text)
    if span is None and residue is None:
        return year
    if span is None:
        first, last = (None, None) if year is None else (f"{year:04d}-01-01", f"{year + 3:04d}-12-31")
    else:
        first, last = span.first, span.last
        if year is not None and f"{year:04d}" > first[:4]:
            first, last = (f"{year:04d}-01-01", max(last, f"{year:04d}-12-31"))
        if year is None and int(last[:4]) - int(first[:4]) > 4:
            return None  # a long term and no year said: no year to choose
    if first is None:
        return None  # "last year's presidential election" alone: no year to start from
    low, high = int(first[:4]), min(int(last[:4]), int(first[:4]) + 4)
    years = [y for y in range(low, high + 1) if residue is None or y % 4 == residue] or [low]
    days = {y: _days_within(y, first, last) for y in years}
    return next(y for y in years if days[y] >= 0.75 * max(days.values()))


def _days_within(year: int, first: str, last: str) -> int:
    a = max(date(year, 1, 1), date.fromisoformat(first))
    b = min(date(year, 12, 31), date.fromisoformat(min(last, "9999-12-30")))
    return max(0, (b - a).days + 1)
