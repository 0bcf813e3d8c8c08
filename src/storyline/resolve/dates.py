"""Comparing and combining normalised date ranges, where the year may be open ('XXXX')."""

from __future__ import annotations

import calendar
from typing import Optional

from storyline.model import DateRange


def _bounds(iso: str, upper: bool) -> str:
    """'2016-12' → '2016-12-01' (or '2016-12-31' as an upper bound)."""
    parts = iso.split("-")
    year, month, day = parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
    if month is None:
        month = "12" if upper else "01"
    if day is None:
        if upper:
            y = int(year) if year.isdigit() else 2000
            day = str(calendar.monthrange(y, int(month))[1]) if month.isdigit() else "31"
        else:
            day = "01"
    return f"{year}-{month}-{day[:2]}"


def interval(d: DateRange) -> Optional[tuple[str, str]]:
    if not d or not d.start or not _plain(d.start):
        return None
    return _bounds(d.start, False), _bounds(d.end if d.end and _plain(d.end) else d.start, True)


def _plain(iso: str) -> bool:
    head = iso.split("-")
    return (
        len(head[0]) == 4
        and all(p[:2].isdigit() or p == "XX" for p in head[1:3])
        and (head[0].isdigit() or head[0] == "XXXX")
    )


def _strip_year(iv):
    return iv[0][5:], iv[1][5:]


def compatible(a: Optional[DateRange], b: Optional[DateRange]) -> bool:
    """True unless both dates are known and cannot describe the same time."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    if ia[0].startswith("X") or ib[0].startswith("X"):
        ia, ib = _strip_year(ia), _strip_year(ib)
        if ia[0] > ia[1] or ib[0] > ib[1]:  # a range that wraps the year end: say yes
            return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def width(d: DateRange) -> int:
    """How much time a date covers, for picking the most specific one (smaller is narrower)."""
    iv = interval(d)
    if iv is None:
        return 10**6
    lo, hi = iv
    if lo[:4] != hi[:4]:
        return 400 * (int(hi[:4]) - int(lo[:4]) + 1) if lo[:4].isdigit() and hi[:4].isdigit() else 10**5
    return (int(hi[5:7]) - int(lo[5:7])) * 31 + int(hi[8:10]) - int(lo[8:10]) + 1


def combine(dates: list[Optional[DateRange]]) -> Optional[DateRange]:
    """The most specific date, with an open year filled from a compatible dated member."""
    known = [d for d in dates if interval(d) is not None]
    if not known:
        return None
    best = min(known, key=lambda d: (width(d), d.start.startswith("X")))
    if best.start.startswith("X"):
        years = [d.start[:4] for d in known if d.start[:4].isdigit() and compatible(d, best)]
        if years:
            year = max(set(years), key=years.count)
            return DateRange(
                year + best.start[4:], year + (best.end or best.start)[4:], best.text, best.value
            )
    return best
