"""The span rules: one compiled regex per kind of expression, plus a context check.

Spans follow TempEval-3 (TimeML) conventions learnt from the gold data: modifiers that
change the meaning are inside ("last week", "late December", "the end of 1990", "about two
years ago"), prepositions are outside ("in December" → "December"), and a leading "the" is
inside for noun phrases ("the third quarter", "the past year", "the weekend").
Each rule is bound to its resolver function (dates_absolute, dates_relative, dates_periods,
dates_durations); the regex decides the span, the resolver the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from . import dates_absolute as absolute
from . import dates_durations as durations
from . import dates_periods as periods
from . import dates_relative as relative
from .dates_lexicon import DAY, MODW, MON, NUM, SEASON, SPOKEN_YEAR, UNIT, WD, YEAR
from .dates_resolve import Res, Resolver

I = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    """A span regex bound to the function that turns its match into a value."""

    resolve: Callable[[Resolver, re.Match, int], Optional[Res]]
    regex: re.Pattern
    check: Optional[Callable[[re.Match, str], bool]] = None

    @property
    def name(self) -> str:
        return self.resolve.__name__


def _c(p: str, flags: int = 0) -> re.Pattern:
    # every timex starts at a word start; saying so lets the engine skip mid-word positions
    return re.compile(r"(?<!\w)(?:" + p + ")", flags)


_PREP = r"(?i:in|since|until|till|by|of|during|through|from|to|and|or|before|after|between|on|at|for|last|next|this|that|early|late|mid|throughout|around|as\s+of)"


def _month_alone_ok(m: re.Match, text: str) -> bool:
    # "May"/"March" are also a verb and a noun: take them alone only after a preposition.
    if m.group("mon") in ("May", "March", "Mar.") and not m.group("rel") and not m.group("mod"):
        before = text[max(0, m.start() - 16) : m.start()]
        return re.search(_PREP + r"\s+$", before) is not None
    return True


def _year_ok(m: re.Match, text: str) -> bool:
    s = m.start("y")
    before = text[max(0, s - 6) : s]
    if re.search(r"[$£€#\d.,/:]\s?$|No\.\s?$|\b(?:Room|room|route|Route|Flight|flight|page)\s$", before):
        return False
    after = text[m.end() : m.end() + 20]
    # "1500 troops", "2000 people": counts, not years
    if re.match(
        r"\s+(?:people|troops|soldiers|votes|dollars|shares|miles|feet|meters|jobs|"
        r"workers|employees|men|women|children|cases|units|cars|homes|acres|tons|"
        r"barrels|points|pages|copies|rounds)\b",
        after,
    ):
        return False
    return not re.match(r"\s*(?:-|to)\s*\d{4}\b", after) or bool(m.group("fiscal"))


def _season_ok(m: re.Match, text: str) -> bool:
    if m.group("y") or m.group("sy") or m.group("rel") or m.group("mod") or m.group("s2"):
        return True
    word = m.group("s").lower()
    if word in ("spring", "fall", "autumn"):
        before = text[max(0, m.start() - 20) : m.start()]
        return (
            re.search(r"(?i:\b(?:in|during|since|until|by|through|over|this|last|next)\s+the\s+$)", before)
            is not None
        )
    return True


def _duration_ok(m: re.Match, text: str) -> bool:
    after = text[m.end() : m.end() + 12]
    if m.group("u").lower().startswith("quarter") and re.match(r"\s+(?:of|point|percent)\b", after):
        return False  # "three-quarters of", "a quarter of the shares"
    if re.match(r"\s+old\b", after):
        return False  # ages are not timexes in TimeML
    if (
        m.group("u").lower() == "second"
        and m.group("n").lower() in ("a", "an", "one")
        and _SECOND_AFTER.match(text, m.end())
    ):
        return False  # "a second group", "a second betrayal": the ordinal
    if m.group("n").lower() in ("a", "an") and not m.group("pre") and _is_rate(m, text):
        return False
    return _not_in_word(m, text)


_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:thousand|million|billion|hundred|dozen|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b)[^.;,\d]{0,22}$",
    re.I,
)
_NOT_RATE_WORD = re.compile(
    r"(?i:\b(?:for|in|within|over|about|than|took|take|takes|lasted|last|nearly|almost|barely"
    r"|only|just|after|least|of|once|twice|than|under|into|up\s+to|by|per|since)\s+$)"
)


def _is_rate(m: re.Match, text: str) -> bool:
    """ "$1.76 a year", "700 seats a week", "20% annually": a rate, not a timex."""
    before = text[max(0, m.start() - 30) : m.start()]
    return bool(_RATE_BEFORE.search(before)) and not _NOT_RATE_WORD.search(before)


_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|few|several|many|couple\s+of|dozen|hundred))[\s-]+$"
)


def _bare_ago_ok(m: re.Match, text: str) -> bool:
    # "three days later": the count makes it the duration "three days" (TimeBank's span)
    return _COUNT_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) is None


# after "a second" these make it a length of time; any other word makes it the ordinal
_SECOND_AFTER = re.compile(
    r"\s+[a-z]+\b(?<!\blater)(?<!\bago)(?<!\bearlier)(?<!\bbefore)"
    r"(?<!\bafter)(?<!\bor)(?<!\band)(?<!\blonger)(?<!\bto)(?<!\bof)"
)


def _not_in_word(m: re.Match, text: str) -> bool:
    e = m.end()
    return not (
        e < len(text)
        and (text[e].isalnum() or text[e] == "-" and e + 1 < len(text) and text[e + 1].isalpha())
    )


def _bare_units_ok(m: re.Match, text: str) -> bool:
    before = text[max(0, m.start() - 12) : m.start()]
    return (
        re.search(r"(?i:\b(?:for|over|in|within|took|take|takes|lasted|spent|spend|after)\s+$)", before)
        is not None
    )


def _soon_ok(m: re.Match, text: str) -> bool:
    w = m.group(0).lower()
    if w == "soon":
        # "soon after the vote", "as soon as trading opened": relative to an event
        if re.match(r"\s+(?:after|afterwards?|thereafter)\b", text[m.end() : m.end() + 14]):
            return False
        if re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
            return False
    if w == "the future" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return False  # "the future of our peoples": prospects, not a time
    return True


def _present_ok(m: re.Match, text: str) -> bool:
    w = m.group(0).lower()
    after = text[m.end() : m.end() + 12]
    if w == "current":  # the adjective before a noun; not "current account" style compounds
        return re.match(r"\s+(?:account|accounts|affairs|events)\b", after) is None
    if w == "now" and re.match(r"-\w", after):  # "now-defunct"
        return False
    return True


WHEN_TIME = rf"(?:,?\s+(?:(?i:on)\s+)?(?:{WD}|{MON}\s+{DAY}(?:,?\s+{YEAR})?|(?i:today|yesterday|tomorrow)))?"
CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
    r"|(?i:noon|midnight)|\d{1,2}:\d\d(?:\s*(?:o'clock))?)"
)

RULES: list[Rule] = [
    Rule(
        absolute.iso,
        _c(
            r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d)?)?(?![\d-])"
        ),
    ),
    Rule(absolute.numeric, _c(r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")),
    Rule(
        absolute.clock,
        _c(
            rf"(?:(?P<wd0>{WD})\s+(?:(?i:at)\s+)?)?(?P<clock>{CLOCK})(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?(?P<when>{WHEN_TIME})"
        ),
    ),
    Rule(
        absolute.mdy,
        _c(
            rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s*(?P<d>{DAY})(?:\s*(?:or|and|-|–|to|through)\s*(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?"
        ),
    ),
    Rule(
        absolute.mdy,
        _c(
            rf"(?:(?P<wd>{WD}),?\s+)?(?<![\d.])(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?"
        ),
    ),
    Rule(
        absolute.week_of_month,
        _c(
            rf"(?:(?P<wd>{WD})\s+(?:(?i:or|and)\s+(?:(?i:the)\s+)?(?P<wd2>{WD})\s+)?(?i:of)\s+)?(?i:the|that)\s+(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of|in)\s+(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?(?![\w-])"
        ),
    ),
    Rule(
        absolute.month_range,
        _c(
            rf"(?i:between|from)\s+(?P<t>(?P<mon>{MON})\s+(?:(?i:and|to|until|till|through|-)\s+)(?P<mon2>{MON}),?(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)"
        ),
    ),
    Rule(
        absolute.month_range,
        _c(rf"(?P<t>(?P<mon>{MON})\s*[-–]\s*(?P<mon2>{MON}),?(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)"),
    ),
    Rule(
        absolute.month,
        _c(
            rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|that))\s+|(?P<mod>{MODW})(?:-|\s+)(?:(?i:in)\s+)?)?(?P<mon>{MON})(?!\.?\s*{DAY})(?:,?\s+(?:(?i:of)\s+)?(?P<y>{YEAR})|\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year)|,?\s+(?:(?i:of)\s+)?(?P<sy>{SPOKEN_YEAR}))?(?![\w-])"
        ),
        _month_alone_ok,
    ),
    Rule(
        absolute.year,
        _c(
            rf"(?:(?P<mod>{MODW})(?:-|\s+))?(?:(?P<fiscal>(?i:fiscal|calendar|FY|the\s+fiscal\s+year|the\s+year|fiscal\s+year))\s*)?(?<![\w$'])(?P<y>{YEAR})(?![\w'])"
        ),
        _year_ok,
    ),
    Rule(
        absolute.decade,
        _c(
            rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{MODW})(?:-|\s+))?(?:(?P<c>1[5-9]|20)(?P<dd>\d)0'?s|'(?P<dd2>\d)0'?s|(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))(?![\w])"
        ),
    ),
    Rule(absolute.century, _c(r"(?:(?i:the)\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?i:century)")),
    Rule(
        absolute.season,
        _c(
            rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<rel>(?i:this\s+past|last|next|this|coming|past))\s+|(?P<mod>{MODW})(?:-|\s+))?(?P<s>{SEASON})(?:\s+(?i:and|or|to)\s+(?P<s2>{SEASON}))?(?:,?\s+(?:(?i:of)\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPOKEN_YEAR})))?"
        ),
        _season_ok,
    ),
    Rule(
        periods.quarter,
        _c(
            rf"(?:(?P<det>(?i:the|this\s+year's|last\s+year's|next\s+year's|its|their))\s+)?(?:(?P<ya>(?i:year-ago|year-earlier|prior-year|year-before))\s+)?(?:(?P<fiscal>(?i:fiscal|calendar))\s+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?:(?i:fiscal)\s+)?(?P<u>(?i:quarter|half))(?![\w])(?:,?\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{YEAR}))?"
        ),
    ),
    Rule(
        periods.quarter,
        _c(
            r"(?P<det>(?i:the|this|last|next|that|last\s+year's))\s+(?:(?P<adj>(?i:latest|current|recent|previous|past|same|comparable|corresponding|year-earlier|year-ago|fiscal|most\s+recent|second|first|third|fourth))\s+)?(?P<u>(?i:quarter))(?![\w-])(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))(?![\w-]))?"
        ),
    ),
    Rule(
        periods.quarter,
        _c(
            r"(?P<det>(?i:the))\s+(?P<adj>(?i:latest|recent|most\s+recent|year-earlier|year-ago|comparable|corresponding|same|current))\s+(?P<u>(?i:period))(?![\w])(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))(?![\w-]))?"
        ),
    ),
    Rule(
        periods.quarter,
        _c(
            rf"(?P<det>(?i:the))\s+(?P<y>{YEAR})\s+(?:(?P<ord>(?i:first|second|third|fourth))\s+)?(?P<u>(?i:quarter|period|half))(?![\w])"
        ),
    ),
    Rule(periods.quarter, _c(rf"\b(?P<qn>Q[1-4])(?:\s+(?P<y>{YEAR}))?\b")),
    Rule(
        relative.rel_unit,
        _c(
            rf"(?:(?P<mod>{MODW})\s+(?:(?i:in|of)\s+)?)?(?P<rel>(?i:last|next|this|past|coming|previous|current|following|the\s+previous|the\s+following|the\s+current|the\s+same|that|this\s+past))\s+(?P<u>(?i:week|month|year|weekend|decade|century))(?![\w-])"
        ),
    ),
    Rule(
        relative.rel_unit,
        _c(rf"(?P<mod>{MODW})\s+(?:(?i:in|of)\s+)?(?P<rel>(?i:the))\s+(?P<u>(?i:week|month|year))(?![\w-])"),
    ),
    Rule(
        periods.fiscal_year,
        _c(
            r"(?P<rel>(?i:the\s+current|this|the\s+latest|last|next|the\s+previous|the\s+past|the\s+last|the\s+next|the))\s+(?i:fiscal\s+year)(?=\s+(?P<ended>(?i:ended|ending|that\s+ended|which\s+ended)))?(?![\w-])"
        ),
    ),
    Rule(
        periods.fiscal_year,
        _c(
            r"(?P<rel>(?i:the))\s+(?i:year)(?=\s+(?P<ended>(?i:ended|ending|that\s+ended|which\s+ended))(?![\w-]))"
        ),
    ),
    Rule(
        periods.fiscal_year,
        _c(
            r"(?i:for|of)\s+(?P<t>(?P<rel>(?i:the))\s+(?i:year))(?![\w'-])(?!\s+(?i:ended|ending|that|which|to|before|after|ago|earlier|of|in|when|he|she|they|it)\b)(?!\s+\d)"
        ),
    ),
    # "for the week", "the week's most active session": the story's week (market reports)
    Rule(
        periods.story_week,
        _c(
            r"(?i:for|of)\s+(?P<t>(?i:the)\s+(?i:week))(?![\w'-])(?!\s+(?i:ended|ending|that|which|to|before|after|ago|earlier|of|in|when|he|she|they|it|beginning|starting)\b)(?!\s+\d)"
        ),
    ),
    Rule(periods.story_week, _c(r"(?P<t>(?i:the)\s+(?i:week))(?='s\b)")),
    Rule(periods.year_end, _c(r"(?i:year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)(?![\w-])")),
    Rule(
        absolute.spoken_year,
        _c(rf"(?:(?i:the\s+year)\s+)?(?P<w>{SPOKEN_YEAR})(?!\s+(?i:years|people|dollars))"),
    ),
    Rule(relative.weekend, _c(r"(?P<rel>(?i:the|this|last|next))\s+(?i:weekend)(?![\w])")),
    Rule(
        relative.dayword,
        _c(
            r"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![\w])"
        ),
    ),
    Rule(
        relative.dayword,
        _c(
            r"(?P<w>(?i:this|last|tomorrow|yesterday))\s+(?P<part>(?i:morning|afternoon|evening|night))(?![\w])"
        ),
    ),
    Rule(
        relative.dayword,
        _c(
            r"(?i:mid)[\s-]?(?P<part>(?i:morning|afternoon))(?:\s+(?P<w>(?i:today|yesterday|tomorrow)))?(?![\w-])"
        ),
    ),
    Rule(
        relative.weekday,
        _c(
            rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|early|late|earlier|later))\s+)?(?P<wd>{WD})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
        ),
    ),
    Rule(
        relative.ago,
        _c(
            rf"(?:(?P<approx>(?i:about|almost|nearly|roughly|some|more\s+than|less\s+than|at\s+least|only|just|over))\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|from\s+now|hence))(?![\w])"
        ),
    ),
    Rule(
        relative.ago,
        _c(r"(?P<n>(?i:years|months|weeks|days|decades))\s+(?P<dir>(?i:ago|earlier|later))(?![\w])"),
        _bare_ago_ok,
    ),
    Rule(
        periods.year_earlier,
        _c(
            r"(?:(?P<the>(?i:the|its|their))\s+(?:(?i:comparable|corresponding)\s+)?(?=(?i:year-earlier|year-ago|year\s+earlier|prior-year|year-before)\s+(?i:period|quarter|months?|week|year)))?(?P<w>(?i:year-earlier|year-ago|year\s+earlier|prior-year|year-before))(?:\s+(?P<noun>(?i:period|quarter|month|months|week|year))(?![\w-]))?(?![\w-])"
        ),
    ),
    Rule(
        relative.anaphor,
        _c(
            r"(?P<w>(?i:that|the\s+same|the\s+previous|the\s+following|the\s+next))\s+(?P<u>(?i:day|year|month|week))(?![\w-])"
        ),
    ),
    Rule(
        durations.duration,
        _c(
            rf"(?:(?P<pre>(?i:the\s+(?:past|last|next|first|coming|previous|final|remaining|following|latest|same|initial)|past|last|next|first|coming|previous|final|another|(?:the|its|their)(?!\s+[\w.]+-(?:second|minute|hour|day|week|month|quarter|year|decade))|nearly|almost|about|more\s+than|less\s+than|at\s+least|some|roughly|up\s+to|a\s+full|full))\s+)*(?P<n>{NUM})[\s-]+(?:(?i:more|additional|extra|further|trading|business|working)\s+)?(?P<u>{UNIT})(?P<adj>-old|-long)?(?:\s+(?P<more>(?i:or\s+so|and\s+a\s+half|or\s+two|or\s+more)))?"
        ),
        _duration_ok,
    ),
    Rule(
        durations.duration,
        _c(
            r"(?P<pre>(?i:the\s+(?:past|last|next|coming|first|final|whole|entire|full)|past))\s+(?P<u>(?i:year|month|week|decade|century|quarter))(?![\w-])"
        ),
    ),
    Rule(
        durations.units_vague,
        _c(
            r"(?P<pre>(?i:the\s+(?:coming|next|past|last)|coming|recent|the\s+recent|in\s+recent))?\s*(?P<u>(?i:years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])"
        ),
        _bare_units_ok,
    ),
    Rule(
        durations.units_vague,
        _c(
            r"(?P<pre>(?i:the\s+coming|coming|recent|the\s+recent|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few))\s+(?P<u>(?i:years|months|weeks|days|decades|hours))(?![\w-])"
        ),
    ),
    Rule(
        durations.recurring,
        _c(
            rf"(?P<w>(?i:every|each|per))\s+(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT}|{WD}|(?i:morning|evening|afternoon|night|weekend)s?)(?![\w-])"
        ),
    ),
    Rule(
        durations.recurring,
        _c(
            r"(?P<w>(?i:daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|(?:once|twice|three\s+times)\s+(?:a|per)\s+(?:day|week|month|year)))(?![\w-])"
        ),
    ),
    Rule(
        durations.recurring,
        _c(
            r"(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s)(?![\w])|(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<part>(?i:mornings|afternoons|evenings|nights))(?![\w])"
        ),
    ),
    Rule(
        relative.present,
        _c(
            r"(?<![\w-])(?i:now|currently|current|presently|at\s+present|nowadays|these\s+days|at\s+the\s+moment|for\s+the\s+time\s+being)(?![\w])"
        ),
        _present_ok,
    ),
    Rule(relative.past, _c(r"(?<![\w-])(?i:recently|recent|lately|the\s+past)(?![\w-])")),
    Rule(
        durations.vague,
        _c(
            r"(?i:for|over|in|after|within)\s+(?P<t>(?i:a\s+while|a\s+long\s+time|a\s+(?:fairly\s+|very\s+)?(?:long|lengthy|short)\s+(?:time|period|while)|some\s+time))(?![\w-])"
        ),
    ),
    Rule(
        relative.future,
        _c(
            r"(?<![\w-])(?i:as\s+soon\s+as\s+possible|soon|the\s+future|the\s+near\s+future|someday|a\s+later\s+date|the\s+days\s+ahead)(?![\w-])"
        ),
        _soon_ok,
    ),
]
# Rules later in the list lose ties of equal length (precise date rules first).

# ---- trigger words: where each rule can match ---------------------------------------------
# Every rule's match contains at least one trigger of its classes below. One scan (triggers())
# finds all trigger words; each rule then runs only in windows around its triggers instead of
# over the whole text (the rules have optional prefixes, so the regex engine would otherwise
# try every word start ~40 times). Triggers may over-fire ("Market" for "Mar"); the rules decide.
_TRIGGER_CLASSES = {
    "WD": "monday tuesday wednesday thursday friday saturday sunday",
    "DW": "today tonight yesterday tomorrow morning afternoon evening noon midnight",
    "U": "second minute hour day night week month quarter year decade centur",
    "MON": "jan feb mar apr may jun jul aug sep oct nov dec",
    "S": "spring summer fall autumn winter",
    "N": "nineteen twenty thousand thirties forties fifties sixties seventies eighties nineties",
    "Q": "half period",
    "SET": "daily weekly monthly annually yearly nightly hourly biweekly",
    "REF": "now current present moment time recent lately past soon future someday later ahead"
    " while long short lengthy",
}
# A letter run is a trigger when it starts with one of the words above (case-insensitive);
# classes are tried in the order above ("Monday" is WD, "months" U, "December" MON).
_TRIGGER_WORD = re.compile(
    "|".join(f"(?P<{c}>{'|'.join(ws.split())})" for c, ws in _TRIGGER_CLASSES.items()), re.I
)
_TRIGGER_PREFIX3 = frozenset(w[:3] for ws in _TRIGGER_CLASSES.values() for w in ws.split())
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Rules that let a prefix glue onto a trigger word ("midmorning", from "mid[\s-]?morning"):
# the trigger then sits inside the letter run, after the prefix.
_GLUED_PREFIXES = ("mid",)


def triggers(text: str) -> dict[str, list[int]]:
    """Start offsets of trigger words by class ("D" for digit runs), in text order."""
    out: dict[str, list[int]] = {}
    match = _TRIGGER_WORD.match
    prefixes = _TRIGGER_PREFIX3
    for t in _TOKEN.finditer(text):
        w = t.group()
        if w[0].isdigit():
            c = "D"
        else:
            m = match(w) if w[:3].lower() in prefixes else None
            if m is None:
                low = w.lower()
                glued = next((p for p in _GLUED_PREFIXES if low.startswith(p)), "")
                m = match(w, len(glued)) if glued and low[len(glued) : len(glued) + 3] in prefixes else None
            if m is None:
                continue
            c = m.lastgroup
        out.setdefault(c, []).append(t.start())
    return out


NEEDS = {
    "iso": "D",
    "numeric": "D",
    "clock": "D DW",
    "mdy": "MON",
    "month_range": "MON",
    "week_of_month": "MON",
    "month": "MON",
    "year": "D",
    "decade": "D N",
    "century": "D",
    "season": "S",
    "quarter": "D U Q",
    "rel_unit": "U",
    "fiscal_year": "U",
    "story_week": "U",
    "year_end": "U",
    "spoken_year": "N",
    "weekend": "U",
    "dayword": "DW U",
    "weekday": "WD",
    "ago": "U",
    "year_earlier": "U",
    "anaphor": "U",
    "duration": "U",
    "units_vague": "U",
    "recurring": "U WD DW SET",
    "present": "REF U",
    "past": "REF",
    "vague": "REF",
    "future": "REF U",
}
RULE_NEEDS: list[tuple[str, ...]] = [tuple(NEEDS[r.name].split()) for r in RULES]
# Longest stretch of a match before / after the trigger word inside it (generous).
WINDOW_BACK, WINDOW_FWD = 90, 110
