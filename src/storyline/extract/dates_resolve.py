"""The context every date resolver reads: the anchor, the text, and the story's last date.

Each span rule (dates_rules) is bound to one resolver function, ``f(r, match, start) → Res``,
grouped by family: dates_absolute (calendar dates, months, years, seasons), dates_relative
(deictic and anaphoric: "last week", "Tuesday", "three days ago", "that day"), dates_periods
(quarters, fiscal years, year ends) and dates_durations (durations and sets). One Resolver per
document keeps the last concrete date mentioned (``last_ref``) so that anaphoric expressions
("a year earlier", "that day", "the year-ago quarter") resolve the way TimeBank annotators did,
relative to the story's own time line rather than the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from .dates_calendar import Anchor, month_of, ymd


@dataclass
class Res:
    type: str
    value: str
    mod: Optional[str] = None
    rng: Optional[tuple[Optional[str], Optional[str]]] = None  # overrides value_range()


# Words in the clause before an expression that point to the future ("will meet on Friday").
_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|is\s+to|are\s+to|to\s+be|expected\s+to|scheduled|set\s+to|due"
    r"|until|upcoming|going\s+to|next|payable|of\s+record|record|effective|expires?"
    r"|starting|begins?)\b",
    re.I,
)
# A bare month this many months after a full-date anchor is the coming one, not last year's
# (TimeBank: 37 of 38 such months/days one or two months ahead are upcoming).
UPCOMING_MONTHS = 2
# With a year-only anchor, a past month this many months or more after the latest month the
# story placed is last year's (bench/dates_year_only.py, agreement with the full-date reading:
# dev 0.742 when any later month counted back, 0.749 never; 2 → 0.771, 3 → 0.791, 4 → 0.780,
# 6 → 0.787; held out 0.739 → 0.811 with 3).
COUNT_BACK_MONTHS = 3
_PAST_PLAN = re.compile(r"\b(?:had|previously)\s+(?:\w+\s+)?$", re.I)
# Words that continue the story's time line from its last date: "Then in August", "later that".
_CONTINUES = re.compile(r"\b(?:then|later|subsequently|afterwards?|soon\s+after)\b[^.;!?]*$", re.I)
_CLAUSE_START = re.compile(r"[.;!?\n][^.;!?\n]*$")


class Resolver:
    def __init__(self, text: str, anchor: Anchor, tense: Optional[Callable[[int], Optional[str]]] = None):
        self.text = text
        self.a = anchor
        self.tense = tense  # offset → "PAST" / "FUTURE" / None, from the parse (extract.anchoring)
        self.last_ref: Optional[str] = None
        self.last_ref_pos = -(10**9)
        self.latest_month = 0  # with a year-only anchor: the latest month told as past in that year

    def hint(self, pos: int) -> Optional[str]:
        """The tense of the event the expression at pos modifies, when a parse says it."""
        return self.tense(pos) if self.tense is not None else None

    def future(self, pos: int) -> bool:
        """Does the expression at pos point to the future? The parse's tense when there is one,
        else the words of the clause before it."""
        hint = self.hint(pos)
        if hint is not None:
            return hint == "FUTURE"
        before = self.text[max(0, pos - 60) : pos]
        m = _CLAUSE_START.search(before)
        clause = before[m.start() + 1 :] if m else before
        cue = _FUTURE_CUE.search(clause)
        if cue is None:
            return False
        # "had been scheduled to expire Friday", "previously had been due": a past plan
        return _PAST_PLAN.search(clause[: cue.start()]) is None

    def year_for(self, month: int, pos: int, day: int = 0) -> Optional[int]:
        """Year of a month (and day) mentioned without one: news-style past preference."""
        a = self.a
        if a.year is None:
            return None
        if a.month is None:
            # a year-only anchor (inferred from the text): a month told as past is counted back
            # from the latest month the story has placed in that year when it lies well after
            # it, "announced on March 2 that they met in December" → last December; a month or
            # two after it is the story moving on ("February 24 … March 20 … May 9")
            if self.latest_month and not self.future(pos):
                return a.year - 1 if month - self.latest_month >= COUNT_BACK_MONTHS else a.year
            return a.year
        if self.future(pos):
            return a.year if (month, day) >= (a.month, a.day or 0) or month >= a.month else a.year + 1
        following = self._following(month, pos)
        if following is not None:
            return following
        if self.hint(pos) == "PAST":
            # told in the past: the latest such day on or before the anchor, never after it
            return a.year if (month, day if a.day else 0) <= (a.month, a.day or 0) else a.year - 1
        if a.day and 1 <= (month - a.month) % 12 <= UPCOMING_MONTHS:
            # with a full anchor, a month or two ahead is upcoming ("payable Dec. 7" in October)
            return a.year if month > a.month else a.year + 1
        return a.year - 1 if month > a.month else a.year

    def _following(self, month: int, pos: int) -> Optional[int]:
        """ "In June 2016 they met. Then in August ...": a month that continues the story's
        time line ("then", "later") follows the story's last month-precise date, not the
        anchor — the first such month on or after it, when that is before the anchor."""
        ref = month_of(self.last_ref)
        if ref is None or pos - self.last_ref_pos > 400:
            return None
        if not _CONTINUES.search(self.text[max(0, pos - 25) : pos]):
            return None
        y = ref[0] if month >= ref[1] else ref[0] + 1
        return y if (y, month) < (self.a.year, self.a.month or 13) else None

    def ystr(self, y: Optional[int]) -> str:
        return "XXXX" if y is None else f"{y:04d}"

    def day_offset(self, n: int) -> Optional[str]:
        d = self.a.date
        return ymd(d + dt.timedelta(days=n)) if d else None

    def weekday_date(self, wd: int, rel: str, pos: int) -> Optional[dt.date]:
        d = self.a.date
        if d is None:
            return None
        cur = d.isoweekday()
        if rel in ("last", "this past"):
            back = (cur - wd) % 7 or 7
            return d - dt.timedelta(days=back)
        if rel in ("next", "coming", "this coming"):
            fwd = (wd - cur) % 7 or 7
            return d + dt.timedelta(days=fwd)
        if rel == "this":
            return d + dt.timedelta(days=wd - cur)
        if self.future(pos):
            return d + dt.timedelta(days=(wd - cur) % 7)
        return d - dt.timedelta(days=(cur - wd) % 7)

    def ref_for(self, unit_code: str, pos: int, anaphoric: bool) -> Optional[str]:
        """The value to count from: the story's last date for anaphora, else the anchor."""
        if anaphoric and self.last_ref:
            return self.last_ref
        a = self.a
        if a.year is None:
            return None
        if unit_code in ("D", "W") or (unit_code == "M" and a.day):
            return a.iso() if a.day else None
        if unit_code == "M":
            return a.iso() if a.month else None
        return a.iso()

    def note(self, res: Optional[Res], start: int, rule: str = "") -> None:
        """Remember a concrete date as the reference for later anaphora."""
        if rule in ("ago", "year_earlier", "anaphor", "present", "past", "future"):
            return  # "a year earlier" twice in a row both count from the story's date
        if res and res.type in ("DATE", "TIME") and res.value[:1].isdigit() and len(res.value) >= 4:
            self.last_ref = res.value.split("T")[0]
            self.last_ref_pos = start
            ym = month_of(self.last_ref)
            if self.a.month is None and ym and ym[0] == self.a.year and not self.future(start):
                self.latest_month = max(self.latest_month, ym[1])

    def anchor_quarter(self, shift: int) -> Optional[str]:
        a = self.a
        if a.year is None or a.month is None:
            return None
        k = a.year * 4 + (a.month - 1) // 3 + shift
        return f"{k // 4:04d}-Q{k % 4 + 1}"
