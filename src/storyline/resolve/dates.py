"""Comparing and combining normalised date ranges, where the year may be open ('XXXX')."""

from __future__ import annotations

from typing import Optional

from storyline.model import DateRange, first_day, last_day


def interval(d: DateRange) -> Optional[tuple[str, str]]:
    if not d or not d.start or not _plain(d.start):
        return None
    lo, hi = _day(first_day, d.start), _day(last_day, d.end if d.end and _plain(d.end) else d.start)
    return (lo, hi) if lo and hi else None


def _day(bound, iso: str) -> Optional[str]:
    """``first_day``/``last_day`` that keep an open year open (a leap year stands in for it)."""
    if iso.startswith("XXXX"):
        day = bound("2000" + iso[4:])
        return "XXXX" + day[4:] if day else None
    return bound(iso)


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
