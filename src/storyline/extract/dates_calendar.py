"""Calendar arithmetic on TimeML values: anchors, shifts, ISO weeks and value → ISO range.

Values are plain TimeML strings ("2016-12-01", "2016-12", "2016-W05", "2016-Q3", "2016-SU",
"201" for a decade, "XXXX-12-01" for an open year). Everything here is pure and cheap: the
normaliser calls it for every expression it finds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
# "early/mid/late" cut a month into thirds by day and a year into thirds by month.
MOD_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
MOD_MONTHS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}

# Anchors a news story can have; arithmetic around them (± centuries) stays in datetime's range.
MIN_YEAR, MAX_YEAR = 1000, 8999
_ANCHOR_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Anchor:
    """The reference date, possibly partial ("2016", "2016-12")."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, text: Optional[str]) -> Anchor:
        """Parse an ISO anchor; raises ValueError on anything else (None → empty anchor)."""
        if text is None or text == "":
            return cls()
        m = _ANCHOR_RE.match(text.strip()[:10])
        if not m:
            raise ValueError(f"anchor must be YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}")
        y, mo, d = (int(g) if g else None for g in m.groups())
        if not MIN_YEAR <= y <= MAX_YEAR:
            # counting weeks or decades from year 1 or 9999 leaves the calendar
            raise ValueError(f"anchor year must be {MIN_YEAR}-{MAX_YEAR}, got {text!r}")
        if mo is not None and not 1 <= mo <= 12:
            raise ValueError(f"bad month in anchor {text!r}")
        if d is not None:
            dt.date(y, mo, d)  # raises ValueError for 2016-02-30
        return cls(y, mo, d)

    @property
    def date(self) -> Optional[dt.date]:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    def iso(self) -> Optional[str]:
        if self.year is None:
            return None
        s = f"{self.year:04d}"
        if self.month:
            s += f"-{self.month:02d}"
            if self.day:
                s += f"-{self.day:02d}"
        return s


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def ymd(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def add_months_date(d: dt.date, n: int) -> dt.date:
    y, m = add_months(d.year, d.month, n)
    return dt.date(y, m, min(d.day, last_day(y, m)))


def day_of(value: Optional[str]) -> Optional[dt.date]:
    """The calendar day a value names ("2017-06-05", "2017-06-05TMO"), else None: a week
    ("2017-W23-WE"), month or open year is not a day, whatever its length."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d])", value or "")
    return safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def month_of(value: Optional[str]) -> Optional[tuple[int, int]]:
    """(year, month) of a value naming a month or a day in it, else None ("2016-Q3" has none)."""
    m = re.match(r"(\d{4})-(\d{2})(?![\d])", value or "")
    return (int(m[1]), int(m[2])) if m and 1 <= int(m[2]) <= 12 else None


def safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_VALUE_RE = re.compile(
    r"^(?P<y>\d{4}|XXXX)(?:-(?:(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?|W(?P<w>\d{2})(?P<we>-WE)?"
    r"|Q(?P<q>\d)|H(?P<h>\d)|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def shift_value(value: str, n: int, unit: str) -> Optional[str]:
    """Shift a concrete value by n units (Y, Q, M, W, D), keeping its granularity.

    "1989-Q3" − 1Y → "1988-Q3"; "2016-12-01" − 3D → "2016-11-28". Returns None when the shift
    is finer than the value (days off a month) so the caller can fall back to the anchor.
    """
    m = _VALUE_RE.match(value)
    if not m or m["y"] == "XXXX":
        return None
    y = int(m["y"])
    if m["m"] and m["m"] != "XX":
        mo = int(m["m"])
        if m["d"] and m["d"] != "XX":
            d = dt.date(y, mo, int(m["d"]))
            if unit == "D":
                return ymd(d + dt.timedelta(days=n))
            if unit == "W":
                return ymd(d + dt.timedelta(weeks=n))
            months = {"M": n, "Q": 3 * n, "Y": 12 * n}.get(unit)
            return ymd(add_months_date(d, months)) if months is not None else None
        months = {"M": n, "Q": 3 * n, "Y": 12 * n}.get(unit)
        if months is None:
            return None
        y2, m2 = add_months(y, mo, months)
        return f"{y2:04d}-{m2:02d}"
    if m["w"]:
        if unit not in ("W", "Y"):
            return None
        mon = week_monday(y, int(m["w"])) + dt.timedelta(weeks=n if unit == "W" else 52 * n)
        return week_value(mon) + (m["we"] or "")
    if m["q"]:
        if unit == "Y":
            return f"{y + n:04d}-Q{m['q']}"
        if unit == "Q":
            k = y * 4 + int(m["q"]) - 1 + n
            return f"{k // 4:04d}-Q{k % 4 + 1}"
        return None
    if unit != "Y":
        return None
    rest = value[4:]
    return f"{y + n:04d}{rest}" if (m["h"] or m["s"] or not rest) else None


def value_range(value: str, mod: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """ISO calendar range a TimeML value denotes, narrowed by an early/mid/late mod."""
    if not value:
        return None, None
    if re.fullmatch(r"\d{3}", value):  # decade "201" → 2010..2019
        return value + "0", value + "9"
    if re.fullmatch(r"\d{2}", value):  # century "19" → 1900..1999
        return value + "00", value + "99"
    m = _VALUE_RE.match(value)
    if not m:
        return None, None
    ys = m["y"]
    y = int(ys) if ys != "XXXX" else None
    if m["m"] and m["m"] != "XX":
        mo = int(m["m"])
        if m["d"] and m["d"] != "XX":
            s = f"{ys}-{mo:02d}-{m['d']}"
            return s, s
        if mod in MOD_DAYS:
            a, b = MOD_DAYS[mod]
            b = min(b, last_day(y or 2001, mo))  # XXXX: a non-leap year
            return f"{ys}-{mo:02d}-{a:02d}", f"{ys}-{mo:02d}-{b:02d}"
        return f"{ys}-{mo:02d}", f"{ys}-{mo:02d}"
    if y is None:
        return None, None
    if m["w"]:
        mon = week_monday(y, int(m["w"]))
        if m["we"]:
            return ymd(mon + dt.timedelta(days=5)), ymd(mon + dt.timedelta(days=6))
        return ymd(mon), ymd(mon + dt.timedelta(days=6))
    if m["q"]:
        a, b = QUARTER_MONTHS[int(m["q"])]
        return f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}"
    if m["h"]:
        a, b = HALF_MONTHS[int(m["h"])]
        return f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}"
    if m["s"]:
        a, b = SEASON_MONTHS[m["s"]]
        if m["s"] == "WI":  # winter 2016 runs December 2016 – February 2017
            return f"{y:04d}-12", f"{y + 1:04d}-02"
        return f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}"
    if m["m"] == "XX":
        return None, None
    if mod in MOD_MONTHS:
        a, b = MOD_MONTHS[mod]
        return f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}"
    return f"{y:04d}", f"{y:04d}"


def enclosing_value(a: str, b: str) -> str:
    """The finest common TimeML value containing both ISO prefixes a and b ("2016-04","2016-11" → "2016")."""
    out = []
    for pa, pb in zip(a.split("-"), b.split("-")):
        if pa != pb:
            break
        out.append(pa)
    return "-".join(out) if out else "XXXX"
