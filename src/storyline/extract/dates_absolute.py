"""Resolvers for calendar expressions: ISO and numeric dates, clock times, month-day, months,
years, decades, centuries, seasons and spoken years.
"""

from __future__ import annotations

import re
from typing import Optional

from .dates_calendar import SEASON_MONTHS, enclosing_value, last_day, safe_date, ymd
from .dates_lexicon import MONTHS, SEASONS, WEEKDAYS, mod_code, month_number, parse_number
from .dates_resolve import Res, Resolver

_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def year_from_words(words: str) -> Optional[str]:
    """ "nineteen ninety-seven" → "1997", "two thousand and one" → "2001"."""
    w = re.sub(r"[\s-]+", " ", words.lower())
    parts = w.split(" ")
    if parts[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(p for p in parts[2:] if p != "and")) if len(parts) > 2 else 0
        return f"{2000 + int(rest or 0):04d}"
    head = {"nineteen": 19, "twenty": 20}[parts[0]]
    tail = " ".join(parts[1:])
    if tail == "hundred":
        return f"{head}00"
    n = parse_number(tail)
    if n is None or not 10 <= n <= 99:
        return None
    return f"{head}{int(n):02d}"


def iso(r: Resolver, m, s) -> Optional[Res]:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not d:
        return None
    if m["H"]:
        return Res("TIME", f"{ymd(d)}T{m['H']}:{m['M']}")
    return Res("DATE", ymd(d))


def numeric(r: Resolver, m, s) -> Optional[Res]:
    mo, d, y = int(m["m"]), int(m["d"]), m["y"]
    y = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 30 else 2000 + int(y))
    if mo > 12 and d <= 12:
        mo, d = d, mo
    dd = safe_date(y, mo, d) if 1 <= mo <= 12 else None
    return Res("DATE", ymd(dd)) if dd else None


def _day_from_words(r: Resolver, when: str, pos: int) -> Optional[str]:
    w = when.strip(" ,").lower()
    w = re.sub(r"^on\s+", "", w)
    if not w:
        return r.a.iso() if r.a.day else None
    if w in ("today", "yesterday", "tomorrow"):
        return r.day_offset({"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    if w in WEEKDAYS:
        d = r.weekday_date(WEEKDAYS[w], "", pos)
        return ymd(d) if d else None
    mm = re.match(r"([a-z]+)\.?\s*(\d{1,2})\D*(?:(\d{4}))?", w)
    if mm and mm.group(1) in MONTHS:
        mo = MONTHS[mm.group(1)]
        y = int(mm.group(3)) if mm.group(3) else r.year_for(mo, pos, int(mm.group(2)))
        if y is None:
            return f"XXXX-{mo:02d}-{int(mm.group(2)):02d}"
        dd = safe_date(y, mo, int(mm.group(2)))
        return ymd(dd) if dd else None
    return None


def clock(r: Resolver, m, s) -> Optional[Res]:
    c = m["clock"].lower()
    if c == "noon":
        hh, mi = 12, 0
    elif c == "midnight":
        hh, mi = 0, 0
    else:
        mm = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", c)
        hh, mi = int(mm.group(1)), int(mm.group(2) or 0)
        if mm.group(3) == "p" and hh < 12:
            hh += 12
        elif mm.group(3) == "a" and hh == 12:
            hh = 0
        if hh > 24 or mi > 59 or (not mm.group(3) and ":" not in c):
            return None
    when = m["when"] or ""
    day = _day_from_words(r, m["wd0"] or when, s)
    clock = f"T{hh:02d}:{mi:02d}"
    return Res("TIME", (day or "XXXX-XX-XX") + clock, rng=(day, day) if day else (None, None))


def _md(r: Resolver, mon: int, d: int, y: Optional[str], s: int) -> Optional[str]:
    yy = int(y) if y else r.year_for(mon, s, d)
    if yy is None:
        return f"XXXX-{mon:02d}-{d:02d}" if 1 <= d <= last_day(2000, mon) else None
    dd = safe_date(yy, mon, d)
    return ymd(dd) if dd else None


def mdy(r: Resolver, m, s) -> Optional[Res]:
    mon = month_number(m["mon"])
    d = int(re.match(r"\d+", m["d"]).group())
    v = _md(r, mon, d, m["y"], s)
    if v is None:
        return None
    if m.groupdict().get("d2"):
        d2 = int(re.match(r"\d+", m["d2"]).group())
        v2 = _md(r, mon, d2, m["y"] or (v[:4] if v[0].isdigit() else None), s)
        if v2 and d2 > d:
            return Res("DATE", v[:7], rng=(v, v[:4] + v2[4:]))
    return Res("DATE", v)


def month_range(r: Resolver, m, s) -> Optional[Res]:
    m1, m2 = month_number(m["mon"]), month_number(m["mon2"])
    y2 = int(m["y"]) if m["y"] else r.year_for(m2, s)
    y1 = None if y2 is None else (y2 - 1 if m1 > m2 else y2)
    a, b = f"{r.ystr(y1)}-{m1:02d}", f"{r.ystr(y2)}-{m2:02d}"
    return Res("DATE", enclosing_value(a, b), rng=(a, b))


_WEEK_ORD = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def week_of_month(r: Resolver, m, s) -> Optional[Res]:
    """ "the first week of March" (days 1–7; "the last week": the month's last seven days), and
    a weekday of it ("the Monday or the Tuesday of that first week of March")."""
    mon = month_number(m["mon"])
    y = int(m["y"]) if m["y"] else r.year_for(mon, s)
    if y is None:
        return None
    ord_ = m["ord"].lower()
    end_month = last_day(y, mon)
    first = end_month - 6 if ord_ in ("last", "final") else 1 + 7 * _WEEK_ORD[ord_]
    days = [d for d in (safe_date(y, mon, first + k) for k in range(7)) if d is not None]
    if m["wd"]:
        want = [WEEKDAYS[w.lower()] for w in (m["wd"], m["wd2"]) if w]
        hit = [d for d in days if d.isoweekday() in want]
        if not hit:
            return None
        a, b = ymd(hit[0]), ymd(hit[-1])
        return Res("DATE", a if a == b else a[:7], rng=(a, b))
    a, b = ymd(days[0]), ymd(days[-1])
    return Res("DATE", a[:7], rng=(a, b))


def month(r: Resolver, m, s) -> Optional[Res]:
    mon = month_number(m["mon"])
    rel = (m["rel"] or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    a = r.a
    yrel = (m["yrel"] or "").lower()
    sy = year_from_words(m["sy"]) if m["sy"] else None
    if m["y"] or sy:
        y = int(m["y"] or sy)
    elif yrel:
        y = None if a.year is None else a.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel in ("last", "this past"):
        # "last February" said in March is February a year back (TimeBank usage)
        y = None if a.year is None else (a.year - 1 if a.month is None or mon >= a.month - 1 else a.year)
    elif rel in ("next", "coming", "this coming"):
        y = None if a.year is None else (a.year + 1 if a.month is None or mon <= a.month else a.year)
    elif rel == "this":
        y = a.year
    elif rel == "that" and r.last_ref:
        y = int(r.last_ref[:4])
    else:
        y = r.year_for(mon, s)
    mod = mod_code(m["mod"])
    mod = {"FIRST_HALF": "START", "SECOND_HALF": "END"}.get(mod, mod)
    return Res("DATE", f"{r.ystr(y)}-{mon:02d}", mod)


def year(r: Resolver, m, s) -> Optional[Res]:
    y = m["y"]
    mod = mod_code(m["mod"])
    if mod == "FIRST_HALF":
        return Res("DATE", f"{y}-H1")
    if mod == "SECOND_HALF":
        return Res("DATE", f"{y}-H2")
    return Res("DATE", y, mod)


def decade(r: Resolver, m, s) -> Optional[Res]:
    if m["c"]:
        v = m["c"] + m["dd"]
    elif m["dd2"]:
        v = ("19" if int(m["dd2"]) >= 3 else "20") + m["dd2"]
    else:
        v = "19" + str(_DECADE_WORDS.index(m["word"].lower()) + 2)
    return Res("DATE", v, mod_code(m["mod"]))


def century(r: Resolver, m, s) -> Optional[Res]:
    n = int(m["n"])
    return Res("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


def _season_year(r: Resolver, code: str, rel: str, s: int) -> Optional[int]:
    a = r.a
    if a.year is None:
        return None
    if a.month is None or rel == "this":
        return a.year
    first, last = SEASON_MONTHS[code]
    if code == "WI":
        first, last = 12, 2
    if rel in ("last", "past", "this past"):
        return a.year if code != "WI" and last < a.month else a.year - 1
    if rel in ("next", "coming"):
        return a.year if first > a.month else a.year + 1
    if r.future(s):
        return a.year if first >= a.month or code == "WI" else a.year + 1
    return a.year - 1 if first > a.month and code != "WI" else a.year


def season(r: Resolver, m, s) -> Optional[Res]:
    code = SEASONS[m["s"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    sy = year_from_words(m["sy"]) if m["sy"] else None
    y = int(m["y"] or sy) if (m["y"] or sy) else _season_year(r, code, rel, s)
    v = f"{r.ystr(y)}-{code}"
    if m["s2"]:
        code2 = SEASONS[m["s2"].lower()]
        a0 = SEASON_MONTHS[code][0]
        b0 = SEASON_MONTHS[code2][1]
        ys = r.ystr(y)
        return Res("DATE", ys, rng=(f"{ys}-{a0:02d}", f"{ys}-{b0:02d}") if y else (None, None))
    return Res("DATE", v, mod_code(m["mod"]))


def spoken_year(r: Resolver, m, s) -> Optional[Res]:
    y = year_from_words(m["w"])
    return Res("DATE", y) if y else None
