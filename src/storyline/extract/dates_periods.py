"""Resolvers for business periods: quarters and halves, year-ago twins, fiscal years, the
story's week, the year end.
"""

from __future__ import annotations

import re
from typing import Optional

from .dates_calendar import shift_value
from .dates_lexicon import ORDINALS
from .dates_resolve import Res, Resolver


def quarter(r: Resolver, m, s) -> Optional[Res]:
    gd = m.groupdict()
    if gd.get("qn"):
        y = int(m["y"]) if m["y"] else r.a.year
        return Res("DATE", f"{r.ystr(y)}-{m['qn']}")
    det = (gd.get("det") or "").lower()
    if gd.get("ord"):
        n = ORDINALS[m["ord"].lower()]
        if m["y"]:
            y = int(m["y"])
        elif det.startswith("last year") or gd.get("ya"):
            y = None if r.a.year is None else r.a.year - 1
        elif det.startswith("next year"):
            y = None if r.a.year is None else r.a.year + 1
        else:
            y = r.a.year
            aq = (r.a.month - 1) // 3 + 1 if r.a.month else None
            # news looks back: a quarter after the anchor's is last year's
            if y is not None and aq and m["u"].lower() == "quarter" and n > aq and not r.future(s):
                y -= 1
        unit = "H" if m["u"].lower() == "half" else "Q"
        if unit == "H" and n > 2:
            return None
        return Res("DATE", f"{r.ystr(y)}-{unit}{n}")
    adj = re.sub(r"\s+", " ", (gd.get("adj") or "").lower())
    if gd.get("y"):  # "the 1988 quarter": the story's quarter in that year
        q = r.last_ref[5:7] if r.last_ref and "-Q" in r.last_ref else None
        q = q or (r.anchor_quarter(-1) or "XXXX-QX")[5:7]
        return Res("DATE", f"{m['y']}-{q}")
    if adj in ORDINALS:
        return Res("DATE", f"{r.ystr(r.a.year)}-Q{ORDINALS[adj]}")
    if det == "this" or adj == "current":
        v = r.anchor_quarter(0)
    elif det == "next":
        v = r.anchor_quarter(1)
    elif det == "last" or adj in ("previous", "past"):
        v = r.anchor_quarter(-1)
    else:
        # "the quarter", "the latest quarter": the last one closed before the anchor,
        # or the quarter the story is about when it named one of this year's
        v = r.anchor_quarter(-1)
        if (
            r.last_ref
            and "-Q" in r.last_ref
            and adj in ("", "same", "corresponding")
            and (v is None or r.last_ref[:4] == v[:4])
        ):
            v = r.last_ref
        # "the year-ago quarter", "the quarter a year ago", "last year's quarter"
        if v and (adj in ("year-earlier", "year-ago", "comparable") or gd.get("ago") or det == "last year's"):
            v = shift_value(v, -1, "Y")
    if v is None:
        return Res("DATE", "XXXX-QX")
    return Res("DATE", v)


def year_earlier(r: Resolver, m, s) -> Optional[Res]:
    noun = (m["noun"] or "").lower()
    ref = r.last_ref
    if ref and ref[:4] != r.ystr(r.a.year):
        ref = None  # only this year's periods have a "year-earlier" twin
    if noun == "quarter" and not (ref and "-Q" in ref):
        ref = r.anchor_quarter(-1)
    if ref is None:
        ref = r.a.iso()[:4] if r.a.year else None
    v = shift_value(ref, -1, "Y") if ref else None
    return Res("DATE", v or "XXXX")


def fiscal_year(r: Resolver, m, s) -> Optional[Res]:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    ended = m.groupdict().get("ended")
    if ended or (rel == "the" and "fiscal" in m.group(0).lower()):
        return Res("DURATION", "P1Y")  # "the fiscal year ended June 30"
    if rel == "the":  # "sales for the year", "a high for the year"
        return Res("DATE", r.ystr(r.a.year))
    step = {"last": -1, "the previous": -1, "the past": -1, "the last": -1, "next": 1, "the next": 1}.get(
        rel, 0
    )
    if rel == "the latest":
        step = -1 if r.a.month and r.a.month < 7 else 0
    y = None if r.a.year is None else r.a.year + step
    return Res("DATE", r.ystr(y))


def story_week(r: Resolver, m, s) -> Optional[Res]:
    # TimeBank leaves the week open within the story's year: 1989-WXX
    return Res("DATE", r.ystr(r.a.year) + "-WXX", rng=(None, None))


def year_end(r: Resolver, m, s) -> Optional[Res]:
    y = r.a.year
    if y is not None and r.a.month and r.a.month <= 3 and not r.future(s):
        y -= 1  # "since year-end" in February is last December
    return Res("DATE", r.ystr(y), "END")
