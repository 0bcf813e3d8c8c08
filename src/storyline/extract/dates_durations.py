"""Resolvers for lengths of time and repetitions: durations ("three days", PXY) and sets
("every Monday", "daily").
"""

from __future__ import annotations

import re
from typing import Optional

from .dates_lexicon import PARTS_OF_DAY, UNITS, WEEKDAYS, parse_number, unit_of
from .dates_resolve import Res, Resolver


def duration_value(n: Optional[float], unit: str) -> str:
    """P3D, PT20M, P10Y for a decade, PXY when the count is vague."""
    t, code = UNITS.get(unit_of(unit), ("", "X"))
    if code == "DE":
        code, n = "Y", None if n is None else n * 10
    elif code == "CE":
        code, n = "Y", None if n is None else n * 100
    if n is None:
        return f"P{t}X{code}"
    if n != int(n):  # fractions become the next smaller unit: 2 1/2 years → P2Y6M
        whole, frac = int(n), n - int(n)
        if t:  # time units: 1 1/2 minutes → PT1M30S
            sub = {"H": (60, "M"), "M": (60, "S")}
            if code in sub:
                k, c2 = sub[code]
                left = f"{whole}{code}" if whole else ""
                return f"PT{left}{round(frac * k)}{c2}"
            return f"PT{n:g}{code}"
        sub = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D")}
        if code in sub:
            k, c2 = sub[code]
            t2 = "T" if c2 in ("H",) or t else ""
            left = f"{whole}{code}" if whole else ""
            if t2 and not t:
                return f"P{left}T{round(frac * k)}{c2}"
            return f"P{t}{left}{round(frac * k)}{c2}"
    return f"P{t}{int(n)}{code}"


def duration(r: Resolver, m, s) -> Optional[Res]:
    gd = m.groupdict()
    if gd.get("adj") == "-old":
        return None  # ages are not timexes in TimeML
    n = parse_number(m["n"]) if gd.get("n") else 1
    u = m["u"]
    pre = re.sub(r"\s+", " ", (gd.get("pre") or "").lower())
    if pre in ("the full", "a full", "full") and not gd.get("n") and unit_of(u) == "year":
        # "sales for the full year": the calendar year of the story, not a length
        return Res("DATE", r.ystr(r.a.year))
    if n is not None and (gd.get("more") or "").lower().split() == ["and", "a", "half"]:
        n += 0.5  # "a minute and a half"
    return Res("DURATION", duration_value(n, u))


def units_vague(r: Resolver, m, s) -> Optional[Res]:
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower().strip())
    if "recent" in pre and m["u"].lower() in ("years", "decades"):
        return Res("DATE", "PAST_REF")
    return Res("DURATION", duration_value(None, m["u"]))


def recurring(r: Resolver, m, s) -> Optional[Res]:
    gd = m.groupdict()
    if gd.get("wd") or gd.get("wd2"):
        wd = WEEKDAYS[(gd.get("wd") or gd.get("wd2")).lower().rstrip("s")]
        part = PARTS_OF_DAY[m["part"].lower().rstrip("s")] if gd.get("part") else None
        return Res("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    w = re.sub(r"\s+", " ", m["w"].lower())
    simple = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "nightly": "P1D",
        "hourly": "PT1H",
        "biweekly": "P2W",
    }
    if w in simple:
        return Res("SET", simple[w])
    mm = re.match(r"(?:once|twice|three times) (?:a|per) (\w+)", w)
    if mm:
        return Res("SET", duration_value(1, mm.group(1)))
    u = m["u"].lower()
    if u.rstrip("s") in WEEKDAYS:
        return Res("SET", f"XXXX-WXX-{WEEKDAYS[u.rstrip('s')]}")
    if u.rstrip("s") in PARTS_OF_DAY:
        return Res("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[u.rstrip('s')]}")
    if u.rstrip("s") == "weekend":
        return Res("SET", "XXXX-WXX-WE")
    n = parse_number(m["n"]) if gd.get("n") else 1
    return Res("SET", duration_value(n or 1, u))


def vague(r: Resolver, m, s) -> Optional[Res]:
    return Res("DURATION", "PXX")
