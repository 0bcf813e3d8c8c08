"""When a text was written, from the offices it gives people: a title is the one its holder has
on the day of writing. "President Trump" is written from 20 January 2017, "President-elect
Trump" between the election and the inauguration, "former national security adviser Michael
Flynn" after 13 February 2017; "then-Senator Sessions" says nothing. The terms are a small
table of public facts (OFFICES); ``window(text)`` returns the span of days that most of the
titles said in the text agree on. Used by extract/dates_reference.infer_reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Titles, as news writes them before a name; lower case, spaces match any run of spaces.
_TITLES = {
    "president": r"president",
    "president-elect": r"president[- ]elect",
    "vice president": r"vice president|vp",
    "candidate": r"(?:republican |democratic |gop |presidential )*(?:candidate|nominee|presumptive nominee|hopeful|contender)",
    "secretary of state": r"secretary of state|u\.?s\.? secretary of state",
    "attorney general": r"(?:u\.?s\.? )?attorney general|ag",
    "deputy attorney general": r"deputy attorney general",
    "fbi director": r"fbi director|director of the fbi",
    "deputy fbi director": r"deputy fbi director|fbi deputy director",
    "special counsel": r"special counsel",
    "national security adviser": r"national security advis[eo]r",
    "cia director": r"cia director|director of the cia",
    "dni": r"director of national intelligence|dni",
    "defense secretary": r"defen[cs]e secretary|secretary of defen[cs]e",
    "chief of staff": r"(?:white house )?chief of staff",
    "homeland security secretary": r"homeland security secretary|secretary of homeland security",
    "press secretary": r"(?:white house )?press secretary",
    "communications director": r"(?:white house )?communications director",
    "un ambassador": r"u\.?n\.? ambassador|ambassador to the (?:united nations|u\.?n\.?)",
    "ambassador": r"(?:russian )?ambassador",
    "justice": r"(?:supreme court )?justice",
    "supreme court nominee": r"supreme court (?:nominee|pick)",
    "speaker": r"(?:house )?speaker|speaker of the house",
    "senate majority leader": r"senate majority leader|majority leader",
    "senate minority leader": r"senate minority leader|minority leader",
    "governor": r"gov\.?|governor",
    "senator": r"sen\.?|senator",
    "prime minister": r"(?:british |u\.?k\.? )?prime minister|(?:british |u\.?k\.? )?pm",
    "french president": r"french president",
    "chancellor": r"(?:german )?chancellor",
    "secretary": r"(?:epa administrator|hhs secretary|health secretary|education secretary|treasury secretary)",
    "white house counsel": r"white house counsel",
}

# (title, surname, first day, last day or None while in office). Dates of taking and leaving
# office, from the public record; kept to people in national news since 2009.
OFFICES: list[tuple[str, str, str, Optional[str]]] = [
    ("president", "Obama", "2009-01-20", "2017-01-20"),
    ("president-elect", "Obama", "2008-11-05", "2009-01-20"),
    ("president", "Trump", "2017-01-20", "2021-01-20"),
    ("president-elect", "Trump", "2016-11-09", "2017-01-20"),
    ("candidate", "Trump", "2015-06-16", "2016-11-08"),
    ("candidate", "Clinton", "2015-04-12", "2016-11-08"),
    ("candidate", "Sanders", "2015-04-30", "2016-07-12"),
    ("candidate", "Cruz", "2015-03-23", "2016-05-03"),
    ("candidate", "Rubio", "2015-04-13", "2016-03-15"),
    ("candidate", "Kasich", "2015-07-21", "2016-05-04"),
    ("candidate", "Carson", "2015-05-04", "2016-03-04"),
    ("candidate", "Romney", "2011-06-02", "2012-11-06"),
    ("candidate", "McCain", "2007-04-25", "2008-11-04"),
    ("president", "Biden", "2021-01-20", "2025-01-20"),
    ("vice president", "Biden", "2009-01-20", "2017-01-20"),
    ("vice president", "Pence", "2017-01-20", "2021-01-20"),
    ("governor", "Pence", "2013-01-14", "2017-01-09"),
    ("secretary of state", "Clinton", "2009-01-21", "2013-02-01"),
    ("secretary of state", "Kerry", "2013-02-01", "2017-01-20"),
    ("secretary of state", "Tillerson", "2017-02-01", "2018-03-31"),
    ("secretary of state", "Pompeo", "2018-04-26", "2021-01-20"),
    ("cia director", "Pompeo", "2017-01-23", "2018-04-26"),
    ("cia director", "Brennan", "2013-03-08", "2017-01-20"),
    ("cia director", "Haspel", "2018-05-21", "2021-01-20"),
    ("dni", "Clapper", "2010-08-09", "2017-01-20"),
    ("dni", "Coats", "2017-03-16", "2019-08-15"),
    ("attorney general", "Holder", "2009-02-03", "2015-04-27"),
    ("attorney general", "Lynch", "2015-04-27", "2017-01-20"),
    ("attorney general", "Sessions", "2017-02-09", "2018-11-07"),
    ("senator", "Sessions", "1997-01-03", "2017-02-08"),
    ("attorney general", "Whitaker", "2018-11-07", "2019-02-14"),
    ("attorney general", "Barr", "2019-02-14", "2020-12-23"),
    ("deputy attorney general", "Yates", "2015-05-13", "2017-01-30"),
    ("deputy attorney general", "Rosenstein", "2017-04-26", "2019-05-11"),
    ("fbi director", "Mueller", "2001-09-04", "2013-09-04"),
    ("fbi director", "Comey", "2013-09-04", "2017-05-09"),
    ("fbi director", "Wray", "2017-08-02", None),
    ("deputy fbi director", "McCabe", "2016-02-01", "2018-01-29"),
    ("special counsel", "Mueller", "2017-05-17", "2019-05-29"),
    ("national security adviser", "Rice", "2013-07-01", "2017-01-20"),
    ("national security adviser", "Flynn", "2017-01-20", "2017-02-13"),
    ("national security adviser", "McMaster", "2017-02-20", "2018-04-09"),
    ("national security adviser", "Bolton", "2018-04-09", "2019-09-10"),
    ("defense secretary", "Carter", "2015-02-17", "2017-01-20"),
    ("defense secretary", "Mattis", "2017-01-20", "2019-01-01"),
    ("chief of staff", "Priebus", "2017-01-20", "2017-07-31"),
    ("chief of staff", "Kelly", "2017-07-31", "2019-01-02"),
    ("homeland security secretary", "Kelly", "2017-01-20", "2017-07-31"),
    ("homeland security secretary", "Nielsen", "2017-12-06", "2019-04-10"),
    ("press secretary", "Earnest", "2014-05-30", "2017-01-20"),
    ("press secretary", "Spicer", "2017-01-20", "2017-07-21"),
    ("press secretary", "Sanders", "2017-07-21", "2019-07-01"),
    ("communications director", "Scaramucci", "2017-07-21", "2017-07-31"),
    ("communications director", "Hicks", "2017-09-12", "2018-03-29"),
    ("un ambassador", "Power", "2013-08-05", "2017-01-20"),
    ("un ambassador", "Haley", "2017-01-27", "2018-12-31"),
    ("governor", "Haley", "2011-01-12", "2017-01-24"),
    ("ambassador", "Kislyak", "2008-07-26", "2017-07-21"),
    ("justice", "Scalia", "1986-09-26", "2016-02-13"),
    ("justice", "Gorsuch", "2017-04-10", None),
    ("supreme court nominee", "Gorsuch", "2017-01-31", "2017-04-07"),
    ("supreme court nominee", "Garland", "2016-03-16", "2017-01-03"),
    ("justice", "Kavanaugh", "2018-10-06", None),
    ("supreme court nominee", "Kavanaugh", "2018-07-09", "2018-10-06"),
    ("justice", "Kennedy", "1988-02-18", "2018-07-31"),
    ("speaker", "Boehner", "2011-01-05", "2015-10-29"),
    ("speaker", "Ryan", "2015-10-29", "2019-01-03"),
    ("speaker", "Pelosi", "2007-01-04", "2011-01-03"),
    ("speaker", "Pelosi", "2019-01-03", "2023-01-03"),
    ("senate majority leader", "Reid", "2007-01-03", "2015-01-03"),
    ("senate minority leader", "Reid", "2015-01-03", "2017-01-03"),
    ("senate majority leader", "McConnell", "2015-01-03", "2021-01-20"),
    ("senate minority leader", "McConnell", "2007-01-03", "2015-01-03"),
    ("senate minority leader", "Schumer", "2017-01-03", "2021-01-20"),
    ("prime minister", "Cameron", "2010-05-11", "2016-07-13"),
    ("prime minister", "May", "2016-07-13", "2019-07-24"),
    ("french president", "Hollande", "2012-05-15", "2017-05-14"),
    ("french president", "Macron", "2017-05-14", None),
    ("chancellor", "Merkel", "2005-11-22", "2021-12-08"),
    ("secretary", "Pruitt", "2017-02-17", "2018-07-06"),
    ("secretary", "Price", "2017-02-10", "2017-09-29"),
    ("secretary", "DeVos", "2017-02-07", "2021-01-08"),
    ("secretary", "Mnuchin", "2017-02-13", "2021-01-20"),
    ("white house counsel", "McGahn", "2017-01-20", "2018-10-17"),
]

# A title held no longer ("former", "ousted") dates the writing after the term; one held at
# another time ("then-", "would-be") or in a hypothesis ("under a President Trump") says nothing.
_AFTER = {"former", "ex", "fired", "ousted", "onetime", "one-time", "retired", "disgraced", "late"}
_NOTHING = {
    "a",
    "an",
    "then",
    "future",
    "would-be",
    "incoming",
    "outgoing",
    "soon-to-be",
    "acting",
    "next",
    "first",
}
_OTHER_OFFICE = {"vice", "deputy", "assistant", "associate", "under", "senior", "lieutenant"}
_FAR = "9999-12-31"


@dataclass(frozen=True)
class Span:
    """Days a text may have been written on, and how many titles in it agree."""

    first: str
    last: str
    votes: int


def _pattern(title: str, surname: str) -> re.Pattern:
    # the title, up to two given names or initials, then the surname; the word before the
    # title ("former", "then-") is read apart
    return re.compile(
        rf"(?:\b(?P<pre>[A-Za-z-]+)[- ]+)?\b(?i:{_TITLES[title]})\.?\s+"
        rf"(?:(?:[A-Z][a-z]+|[A-Z]\.(?:\s?[A-Z]\.)?)\s+){{0,2}}{surname}\b"
    )


def _after_name(title: str, surname: str) -> re.Pattern:
    # "Sessions, now attorney general,", "Flynn, the former national security adviser"
    return re.compile(
        rf"\b{surname},\s+(?P<pre>(?:(?:now|the|a|current|former|then|who\s+is\s+now)[- ]+)*)"
        rf"(?i:{_TITLES[title]})\b"
    )


_COMPILED = [(rx, first, last) for t, s, first, last in OFFICES for rx in (_pattern(t, s), _after_name(t, s))]


def holders(title: str, day: str) -> set[str]:
    """The surnames holding ``title`` ("president", "candidate") on ``day`` (YYYY-MM-DD), by the
    table of offices; none for a month or a year (a term may end inside it)."""
    if len(day) < 10:
        return set()
    day = day[:10]
    return {s for t, s, first, last in OFFICES if t == title and first <= day < (last or _FAR)}


def titles(text: str) -> list[tuple[str, str]]:
    """(first day, last day) for each title said in the text: the days it could be written on."""
    out: dict[int, tuple[str, str]] = {}
    for rx, first, last in _COMPILED:
        for m in rx.finditer(text):
            words = (m["pre"] or "").lower().replace("-", " ").split()
            pre = next((w for w in words if w in _AFTER | _NOTHING), words[-1] if words else "")
            if pre in _NOTHING or pre in _OTHER_OFFICE:
                continue  # "then-Sen. Sessions", "Vice President Biden" (not President Biden)
            if re.search(r"\b\d{4}\s*$", text[max(0, m.start() - 6) : m.start()]):
                continue  # "the 2016 Democratic nominee Hillary Clinton": a past office
            if pre in _AFTER:
                if last is None:
                    continue
                span = (last, _FAR)
            else:
                span = (first, last or _FAR)
            key = m.end()  # one name, one reading: the longest title that ends on it wins
            if key not in out or span[1] < out[key][1] or pre in _AFTER:
                out[key] = span
    return list(out.values())


def window(text: str) -> Optional[Span]:
    """The days covered by the most titles in the text (the latest such days on a tie: an old
    office is named with its plain title in retrospect more often than a future one is), or
    None when the text names no office of the table."""
    spans = titles(text)
    best: Optional[Span] = None
    for day in sorted({first for first, _ in spans}):  # the most titles agree from some first day
        inside = [s for s in spans if s[0] <= day <= s[1]]
        if best is None or len(inside) >= best.votes:
            best = Span(day, min(last for _, last in inside), len(inside))
    return best
