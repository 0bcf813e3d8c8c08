"""Resolvers for deictic and anaphoric expressions, counted from the anchor or from the story's
last date: "last week", "the weekend", "yesterday", "Tuesday", "three days ago", "that day",
and PRESENT_REF / PAST_REF / FUTURE_REF.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .dates_calendar import add_months, day_of, month_of, shift_value, week_value, ymd
from .dates_lexicon import PARTS_OF_DAY, UNITS, WEEKDAYS, mod_code, parse_number, unit_of
from .dates_resolve import Res, Resolver


def _unit_code(u: str) -> str:
    return UNITS.get(unit_of(u), ("", "X"))[1]


def rel_unit(r: Resolver, m, s) -> Optional[Res]:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    u = m["u"].lower()
    mod = mod_code(m["mod"])
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "the previous": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
        "the following": 1,
    }.get(rel, 0)
    anaphoric = rel in ("that", "the same", "the previous", "the following")
    code = {"week": "W", "month": "M", "year": "Y", "weekend": "W", "decade": "Y", "century": "Y"}[u]
    ref = r.ref_for(code, s, anaphoric)
    if rel == "the" and not mod:
        return None
    if u == "weekend" and anaphoric and step == 0 and r.last_ref is None and r.a.date:
        # "that weekend" with no date before it to point back to: the nearest one, as "the weekend"
        return Res("DATE", _nearest_weekend(r, s), mod)
    if ref is None:
        v = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "decade": "XXX",
            "century": "XX",
        }[u]
        return Res("DATE", v, mod)
    if u in ("week", "weekend"):
        d = day_of(ref)
        if d is not None:
            v = week_value(d + dt.timedelta(weeks=step))
        else:  # the story's last date is itself a week ("that weekend" twice)
            v = shift_value(ref, step, "W") if re.match(r"\d{4}-W\d\d", ref) else None
            v = v[:8] if v else None
        if v is None:
            return Res("DATE", "XXXX-WXX" + ("-WE" if u == "weekend" else ""), mod)
        return Res("DATE", v + ("-WE" if u == "weekend" else ""), mod)
    if u == "month":
        if month_of(ref) is None:
            return Res("DATE", "XXXX-XX", mod)
        y, mo = add_months(*month_of(ref), step)
        return Res("DATE", f"{y:04d}-{mo:02d}", mod)
    y = int(ref[:4])
    if u == "year":
        return Res("DATE", f"{y + step:04d}", mod)
    if u == "decade":
        return Res("DATE", f"{(y // 10) + step:03d}", mod)
    return Res("DATE", f"{(y // 100) + step:02d}", mod)


def _nearest_weekend(r: Resolver, s: int) -> str:
    """The weekend just past, unless the story is written during it or the event is to come."""
    d = r.a.date
    base = d if d.isoweekday() >= 6 else d - dt.timedelta(days=7)
    if r.future(s):
        base = d
    return week_value(base) + "-WE"


def weekend(r: Resolver, m, s) -> Optional[Res]:
    rel = m["rel"].lower()
    d = r.a.date
    if d is None:
        return Res("DATE", "XXXX-WXX-WE")
    if rel == "the":
        return Res("DATE", _nearest_weekend(r, s))
    else:
        base = d + dt.timedelta(weeks={"last": -1, "next": 1}.get(rel, 0))
    return Res("DATE", week_value(base) + "-WE")


def dayword(r: Resolver, m, s) -> Optional[Res]:
    w = re.sub(r"\s+", " ", (m["w"] or "today").lower())  # "by mid-afternoon": today
    off = {
        "today": 0,
        "tonight": 0,
        "this": 0,
        "yesterday": -1,
        "last": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    part = m["part"].lower() if m["part"] else ("night" if w == "tonight" else None)
    if w == "last" and part != "night":
        return None  # "last morning" is not an expression
    v = r.day_offset(off)
    if part:
        return Res("TIME", (v or "XXXX-XX-XX") + "T" + PARTS_OF_DAY[part], rng=(v, v) if v else (None, None))
    return Res("DATE", v or "XXXX-XX-XX")


def weekday(r: Resolver, m, s) -> Optional[Res]:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if rel in ("early", "late", "earlier", "later"):
        rel = ""
    d = r.weekday_date(wd, rel, s)
    v = ymd(d) if d else f"XXXX-WXX-{wd}"
    if m["part"]:
        return Res("TIME", v + "T" + PARTS_OF_DAY[m["part"].lower()], rng=(v, v) if d else (None, None))
    return Res("DATE", v)


def ago(r: Resolver, m, s) -> Optional[Res]:
    gd = m.groupdict()
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if not gd.get("u"):  # "years ago"
        return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    n = parse_number(m["n"])
    code = _unit_code(m["u"])
    if n is None:
        return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    anaphoric = direction in ("earlier", "later", "before", "after")
    if code in ("S",) or _unit_code(m["u"]) == "M" and UNITS[unit_of(m["u"])][0] == "T":
        code = "D"
        n = 0  # minutes/hours ago: the anchor day
    if UNITS[unit_of(m["u"])][0] == "T":
        code, n = "D", 0
    if code == "DE":
        code, n = "Y", n * 10
    elif code == "CE":
        code, n = "Y", n * 100
    elif code == "WE":
        code = "W"
    if n != int(n):
        if code != "Y":
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        code, n = "M", n * 12
    n = int(n)
    ref = None
    if (
        code == "Y"
        and r.last_ref
        and re.search(r"-[QH]\d", r.last_ref)
        and s - r.last_ref_pos < 400
        and r.last_ref[:4] == r.ystr(r.a.year)
    ):
        ref = r.last_ref  # "a year ago" after "the third quarter" → that quarter, a year back
    if ref is None:
        if (
            code == "Y"
            and anaphoric
            and r.last_ref
            and r.a.year is not None
            and r.last_ref[:4] != r.ystr(r.a.year)
        ):
            anaphoric = False  # "a year earlier" after a 1988 figure: still from the story's year
        from_story = anaphoric and r.last_ref is not None
        ref = r.ref_for(code, s, anaphoric)
        if ref and code == "Y" and not from_story:
            ref = ref[:4]
        if ref and code == "M" and not from_story:
            ref = ref[:7]
    if ref is None:
        return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if code == "W" and day_of(ref):
        return Res("DATE", week_value(day_of(ref) + dt.timedelta(weeks=sign * n)))
    v = shift_value(ref, sign * n, code)
    if v is None:
        return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    return Res("DATE", v)


def anaphor(r: Resolver, m, s) -> Optional[Res]:
    w = re.sub(r"\s+", " ", m["w"].lower())
    u = m["u"].lower()
    step = {"the previous": -1, "the following": 1, "the next": 1}.get(w, 0)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}[u]
    ref = r.last_ref
    if ref is None:
        return Res("DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[code])
    day = day_of(ref)
    if code == "D":
        return Res("DATE", ymd(day + dt.timedelta(days=step))) if day else None
    if code == "W":
        return Res("DATE", week_value(day + dt.timedelta(weeks=step))) if day else None
    if code == "M":
        if month_of(ref) is None:
            return None
        y, mo = add_months(*month_of(ref), step)
        return Res("DATE", f"{y:04d}-{mo:02d}")
    return Res("DATE", f"{int(ref[:4]) + step:04d}")


def present(r: Resolver, m, s) -> Optional[Res]:
    iso = r.a.iso()
    return Res("DATE", "PRESENT_REF", rng=(iso, iso) if iso else (None, None))


def past(r: Resolver, m, s) -> Optional[Res]:
    return Res("DATE", "PAST_REF", rng=(None, None))


def future(r: Resolver, m, s) -> Optional[Res]:
    return Res("DATE", "FUTURE_REF", rng=(None, None))
