"""Turn a matched span into a TimeML type and value, against the anchor and what came before.

One Resolver per document: it keeps the last concrete date mentioned (``last_ref``) so that
anaphoric expressions ("a year earlier", "that day", "the year-ago quarter") resolve the way
TimeBank annotators did, relative to the story's own time line rather than the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from .dates_calendar import (
    SEASON_MONTHS,
    Anchor,
    add_months,
    enclosing_value,
    last_day,
    safe_date,
    shift_value,
    week_value,
    ymd,
)
from .dates_lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    mod_code,
    month_number,
    parse_number,
    unit_of,
)


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
_PAST_PLAN = re.compile(r"\b(?:had|previously)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_START = re.compile(r"[.;!?\n][^.;!?\n]*$")
_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def _unit_code(u: str) -> str:
    return UNITS.get(unit_of(u), ("", "X"))[1]


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


def spoken_year(words: str) -> Optional[str]:
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


class Resolver:
    def __init__(self, text: str, anchor: Anchor):
        self.text = text
        self.a = anchor
        self.last_ref: Optional[str] = None
        self.last_ref_pos = -(10**9)

    # ---- helpers -------------------------------------------------------------------------
    def future(self, pos: int) -> bool:
        """Does the clause before pos talk about the future?"""
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
            return a.year
        if self.future(pos):
            return a.year if (month, day) >= (a.month, a.day or 0) or month >= a.month else a.year + 1
        if a.day and 1 <= (month - a.month) % 12 <= UPCOMING_MONTHS:
            # with a full anchor, a month or two ahead is upcoming ("payable Dec. 7" in October)
            return a.year if month > a.month else a.year + 1
        return a.year - 1 if month > a.month else a.year

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

    # ---- resolvers, one per rule name ------------------------------------------------------
    def r_iso(self, m, s):
        d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if not d:
            return None
        if m["H"]:
            return Res("TIME", f"{ymd(d)}T{m['H']}:{m['M']}")
        return Res("DATE", ymd(d))

    def r_numeric(self, m, s):
        mo, d, y = int(m["m"]), int(m["d"]), m["y"]
        y = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 30 else 2000 + int(y))
        if mo > 12 and d <= 12:
            mo, d = d, mo
        dd = safe_date(y, mo, d) if 1 <= mo <= 12 else None
        return Res("DATE", ymd(dd)) if dd else None

    def _day_from_words(self, when: str, pos: int) -> Optional[str]:
        w = when.strip(" ,").lower()
        w = re.sub(r"^on\s+", "", w)
        if not w:
            return self.a.iso() if self.a.day else None
        if w in ("today", "yesterday", "tomorrow"):
            return self.day_offset({"today": 0, "yesterday": -1, "tomorrow": 1}[w])
        if w in WEEKDAYS:
            d = self.weekday_date(WEEKDAYS[w], "", pos)
            return ymd(d) if d else None
        mm = re.match(r"([a-z]+)\.?\s*(\d{1,2})\D*(?:(\d{4}))?", w)
        if mm and mm.group(1) in MONTHS:
            mo = MONTHS[mm.group(1)]
            y = int(mm.group(3)) if mm.group(3) else self.year_for(mo, pos, int(mm.group(2)))
            if y is None:
                return f"XXXX-{mo:02d}-{int(mm.group(2)):02d}"
            dd = safe_date(y, mo, int(mm.group(2)))
            return ymd(dd) if dd else None
        return None

    def r_clock(self, m, s):
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
        day = self._day_from_words(m["wd0"] or when, s)
        clock = f"T{hh:02d}:{mi:02d}"
        return Res("TIME", (day or "XXXX-XX-XX") + clock, rng=(day, day) if day else (None, None))

    def _md(self, mon: int, d: int, y: Optional[str], s: int) -> Optional[str]:
        yy = int(y) if y else self.year_for(mon, s, d)
        if yy is None:
            return f"XXXX-{mon:02d}-{d:02d}" if 1 <= d <= last_day(2000, mon) else None
        dd = safe_date(yy, mon, d)
        return ymd(dd) if dd else None

    def r_mdy(self, m, s):
        mon = month_number(m["mon"])
        d = int(re.match(r"\d+", m["d"]).group())
        v = self._md(mon, d, m["y"], s)
        if v is None:
            return None
        if m.groupdict().get("d2"):
            d2 = int(re.match(r"\d+", m["d2"]).group())
            v2 = self._md(mon, d2, m["y"] or (v[:4] if v[0].isdigit() else None), s)
            if v2 and d2 > d:
                return Res("DATE", v[:7], rng=(v, v[:4] + v2[4:]))
        return Res("DATE", v)

    r_dmy = r_mdy

    def r_month_range(self, m, s):
        m1, m2 = month_number(m["mon"]), month_number(m["mon2"])
        y2 = int(m["y"]) if m["y"] else self.year_for(m2, s)
        y1 = None if y2 is None else (y2 - 1 if m1 > m2 else y2)
        a, b = f"{self.ystr(y1)}-{m1:02d}", f"{self.ystr(y2)}-{m2:02d}"
        return Res("DATE", enclosing_value(a, b), rng=(a, b))

    def r_month(self, m, s):
        mon = month_number(m["mon"])
        rel = (m["rel"] or "").lower()
        rel = re.sub(r"\s+", " ", rel)
        a = self.a
        yrel = (m["yrel"] or "").lower()
        sy = spoken_year(m["sy"]) if m["sy"] else None
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
        elif rel == "that" and self.last_ref:
            y = int(self.last_ref[:4])
        else:
            y = self.year_for(mon, s)
        mod = mod_code(m["mod"])
        mod = {"FIRST_HALF": "START", "SECOND_HALF": "END"}.get(mod, mod)
        return Res("DATE", f"{self.ystr(y)}-{mon:02d}", mod)

    def r_year(self, m, s):
        y = m["y"]
        mod = mod_code(m["mod"])
        if mod == "FIRST_HALF":
            return Res("DATE", f"{y}-H1")
        if mod == "SECOND_HALF":
            return Res("DATE", f"{y}-H2")
        return Res("DATE", y, mod)

    def r_decade(self, m, s):
        if m["c"]:
            v = m["c"] + m["dd"]
        elif m["dd2"]:
            v = ("19" if int(m["dd2"]) >= 3 else "20") + m["dd2"]
        else:
            v = "19" + str(_DECADE_WORDS.index(m["word"].lower()) + 2)
        return Res("DATE", v, mod_code(m["mod"]))

    def r_century(self, m, s):
        n = int(m["n"])
        return Res("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None

    def _season_year(self, code: str, rel: str, s: int) -> Optional[int]:
        a = self.a
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
        if self.future(s):
            return a.year if first >= a.month or code == "WI" else a.year + 1
        return a.year - 1 if first > a.month and code != "WI" else a.year

    def r_season(self, m, s):
        code = SEASONS[m["s"].lower()]
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        sy = spoken_year(m["sy"]) if m["sy"] else None
        y = int(m["y"] or sy) if (m["y"] or sy) else self._season_year(code, rel, s)
        v = f"{self.ystr(y)}-{code}"
        if m["s2"]:
            code2 = SEASONS[m["s2"].lower()]
            a0 = SEASON_MONTHS[code][0]
            b0 = SEASON_MONTHS[code2][1]
            ys = self.ystr(y)
            return Res("DATE", ys, rng=(f"{ys}-{a0:02d}", f"{ys}-{b0:02d}") if y else (None, None))
        return Res("DATE", v, mod_code(m["mod"]))

    def _anchor_quarter(self, shift: int) -> Optional[str]:
        a = self.a
        if a.year is None or a.month is None:
            return None
        k = a.year * 4 + (a.month - 1) // 3 + shift
        return f"{k // 4:04d}-Q{k % 4 + 1}"

    def r_quarter(self, m, s):
        gd = m.groupdict()
        if gd.get("qn"):
            y = int(m["y"]) if m["y"] else self.a.year
            return Res("DATE", f"{self.ystr(y)}-{m['qn']}")
        det = (gd.get("det") or "").lower()
        if gd.get("ord"):
            n = ORDINALS[m["ord"].lower()]
            if m["y"]:
                y = int(m["y"])
            elif det.startswith("last year") or gd.get("ya"):
                y = None if self.a.year is None else self.a.year - 1
            elif det.startswith("next year"):
                y = None if self.a.year is None else self.a.year + 1
            else:
                y = self.a.year
                aq = (self.a.month - 1) // 3 + 1 if self.a.month else None
                # news looks back: a quarter after the anchor's is last year's
                if y is not None and aq and m["u"].lower() == "quarter" and n > aq and not self.future(s):
                    y -= 1
            unit = "H" if m["u"].lower() == "half" else "Q"
            if unit == "H" and n > 2:
                return None
            return Res("DATE", f"{self.ystr(y)}-{unit}{n}")
        adj = re.sub(r"\s+", " ", (gd.get("adj") or "").lower())
        if gd.get("y"):  # "the 1988 quarter": the story's quarter in that year
            q = self.last_ref[5:7] if self.last_ref and "-Q" in self.last_ref else None
            q = q or (self._anchor_quarter(-1) or "XXXX-QX")[5:7]
            return Res("DATE", f"{m['y']}-{q}")
        if adj in ORDINALS:
            return Res("DATE", f"{self.ystr(self.a.year)}-Q{ORDINALS[adj]}")
        if det == "this" or adj == "current":
            v = self._anchor_quarter(0)
        elif det == "next":
            v = self._anchor_quarter(1)
        elif det == "last" or adj in ("previous", "past"):
            v = self._anchor_quarter(-1)
        else:
            # "the quarter", "the latest quarter": the last one closed before the anchor,
            # or the quarter the story is about when it named one of this year's
            v = self._anchor_quarter(-1)
            if (
                self.last_ref
                and "-Q" in self.last_ref
                and adj in ("", "same", "corresponding")
                and (v is None or self.last_ref[:4] == v[:4])
            ):
                v = self.last_ref
            # "the year-ago quarter", "the quarter a year ago", "last year's quarter"
            if v and (
                adj in ("year-earlier", "year-ago", "comparable") or gd.get("ago") or det == "last year's"
            ):
                v = shift_value(v, -1, "Y")
        if v is None:
            return Res("DATE", "XXXX-QX")
        return Res("DATE", v)

    def r_rel_unit(self, m, s):
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
        ref = self.ref_for(code, s, anaphoric)
        if rel == "the" and not mod:
            return None
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
            d = dt.date.fromisoformat(ref[:10]) if len(ref) >= 10 else None
            if d is None:
                return Res("DATE", "XXXX-WXX", mod)
            v = week_value(d + dt.timedelta(weeks=step))
            return Res("DATE", v + ("-WE" if u == "weekend" else ""), mod)
        if u == "month":
            if len(ref) < 7:
                return Res("DATE", "XXXX-XX", mod)
            y, mo = add_months(int(ref[:4]), int(ref[5:7]), step)
            return Res("DATE", f"{y:04d}-{mo:02d}", mod)
        y = int(ref[:4])
        if u == "year":
            return Res("DATE", f"{y + step:04d}", mod)
        if u == "decade":
            return Res("DATE", f"{(y // 10) + step:03d}", mod)
        return Res("DATE", f"{(y // 100) + step:02d}", mod)

    def r_weekend(self, m, s):
        rel = m["rel"].lower()
        d = self.a.date
        if d is None:
            return Res("DATE", "XXXX-WXX-WE")
        if rel == "the":
            # the weekend just past, unless the story is written during it
            base = d if d.isoweekday() >= 6 else d - dt.timedelta(days=7)
            if self.future(s):
                base = d
        else:
            base = d + dt.timedelta(weeks={"last": -1, "next": 1}.get(rel, 0))
        return Res("DATE", week_value(base) + "-WE")

    def r_dayword(self, m, s):
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
        v = self.day_offset(off)
        if part:
            return Res(
                "TIME", (v or "XXXX-XX-XX") + "T" + PARTS_OF_DAY[part], rng=(v, v) if v else (None, None)
            )
        return Res("DATE", v or "XXXX-XX-XX")

    def r_weekday(self, m, s):
        wd = WEEKDAYS[m["wd"].lower()]
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        if rel in ("early", "late", "earlier", "later"):
            rel = ""
        d = self.weekday_date(wd, rel, s)
        v = ymd(d) if d else f"XXXX-WXX-{wd}"
        if m["part"]:
            return Res("TIME", v + "T" + PARTS_OF_DAY[m["part"].lower()], rng=(v, v) if d else (None, None))
        return Res("DATE", v)

    def r_ago(self, m, s):
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
            and self.last_ref
            and re.search(r"-[QH]\d", self.last_ref)
            and s - self.last_ref_pos < 400
            and self.last_ref[:4] == self.ystr(self.a.year)
        ):
            ref = self.last_ref  # "a year ago" after "the third quarter" → that quarter, a year back
        if ref is None:
            if (
                code == "Y"
                and anaphoric
                and self.last_ref
                and self.a.year is not None
                and self.last_ref[:4] != self.ystr(self.a.year)
            ):
                anaphoric = False  # "a year earlier" after a 1988 figure: still from the story's year
            from_story = anaphoric and self.last_ref is not None
            ref = self.ref_for(code, s, anaphoric)
            if ref and code == "Y" and not from_story:
                ref = ref[:4]
            if ref and code == "M" and not from_story:
                ref = ref[:7]
        if ref is None:
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if code == "W" and len(ref) >= 10:
            return Res("DATE", week_value(dt.date.fromisoformat(ref[:10]) + dt.timedelta(weeks=sign * n)))
        v = shift_value(ref, sign * n, code)
        if v is None:
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        return Res("DATE", v)

    def r_year_earlier(self, m, s):
        noun = (m["noun"] or "").lower()
        ref = self.last_ref
        if ref and ref[:4] != self.ystr(self.a.year):
            ref = None  # only this year's periods have a "year-earlier" twin
        if noun == "quarter" and not (ref and "-Q" in ref):
            ref = self._anchor_quarter(-1)
        if ref is None:
            ref = self.a.iso()[:4] if self.a.year else None
        v = shift_value(ref, -1, "Y") if ref else None
        return Res("DATE", v or "XXXX")

    def r_anaphor(self, m, s):
        w = re.sub(r"\s+", " ", m["w"].lower())
        u = m["u"].lower()
        step = {"the previous": -1, "the following": 1, "the next": 1}.get(w, 0)
        code = {"day": "D", "week": "W", "month": "M", "year": "Y"}[u]
        ref = self.last_ref
        if ref is None:
            return Res("DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[code])
        if code == "D":
            if len(ref) < 10 or not ref[8:10].isdigit():
                return None
            return Res("DATE", ymd(dt.date.fromisoformat(ref[:10]) + dt.timedelta(days=step)))
        if code == "W":
            if len(ref) < 10 or not ref[8:10].isdigit():
                return None
            return Res("DATE", week_value(dt.date.fromisoformat(ref[:10]) + dt.timedelta(weeks=step)))
        if code == "M":
            if len(ref) < 7 or not ref[5:7].isdigit():
                return None
            y, mo = add_months(int(ref[:4]), int(ref[5:7]), step)
            return Res("DATE", f"{y:04d}-{mo:02d}")
        return Res("DATE", f"{int(ref[:4]) + step:04d}")

    def r_duration(self, m, s):
        gd = m.groupdict()
        if gd.get("adj") == "-old":
            return None  # ages are not timexes in TimeML
        n = parse_number(m["n"]) if gd.get("n") else 1
        u = m["u"]
        pre = re.sub(r"\s+", " ", (gd.get("pre") or "").lower())
        if pre in ("the full", "a full", "full") and not gd.get("n") and unit_of(u) == "year":
            # "sales for the full year": the calendar year of the story, not a length
            return Res("DATE", self.ystr(self.a.year))
        if n is not None and (gd.get("more") or "").lower().split() == ["and", "a", "half"]:
            n += 0.5  # "a minute and a half"
        return Res("DURATION", duration_value(n, u))

    def r_units_vague(self, m, s):
        pre = re.sub(r"\s+", " ", (m["pre"] or "").lower().strip())
        if "recent" in pre and m["u"].lower() in ("years", "decades"):
            return Res("DATE", "PAST_REF")
        return Res("DURATION", duration_value(None, m["u"]))

    def r_set(self, m, s):
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

    def r_fiscal_year(self, m, s):
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        ended = m.groupdict().get("ended")
        if ended or (rel == "the" and "fiscal" in m.group(0).lower()):
            return Res("DURATION", "P1Y")  # "the fiscal year ended June 30"
        if rel == "the":  # "sales for the year", "a high for the year"
            return Res("DATE", self.ystr(self.a.year))
        step = {"last": -1, "the previous": -1, "the past": -1, "the last": -1, "next": 1, "the next": 1}.get(
            rel, 0
        )
        if rel == "the latest":
            step = -1 if self.a.month and self.a.month < 7 else 0
        y = None if self.a.year is None else self.a.year + step
        return Res("DATE", self.ystr(y))

    def r_story_week(self, m, s):
        # TimeBank leaves the week open within the story's year: 1989-WXX
        return Res("DATE", self.ystr(self.a.year) + "-WXX", rng=(None, None))

    def r_year_end(self, m, s):
        y = self.a.year
        if y is not None and self.a.month and self.a.month <= 3 and not self.future(s):
            y -= 1  # "since year-end" in February is last December
        return Res("DATE", self.ystr(y), "END")

    def r_spoken_year(self, m, s):
        y = spoken_year(m["w"])
        return Res("DATE", y) if y else None

    def r_present(self, m, s):
        iso = self.a.iso()
        return Res("DATE", "PRESENT_REF", rng=(iso, iso) if iso else (None, None))

    def r_past(self, m, s):
        return Res("DATE", "PAST_REF", rng=(None, None))

    def r_future(self, m, s):
        return Res("DATE", "FUTURE_REF", rng=(None, None))

    def r_vague(self, m, s):
        return Res("DURATION", "PXX")
