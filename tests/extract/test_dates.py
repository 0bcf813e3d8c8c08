"""Date normaliser: spans, TimeML values, ranges, reference inference, CLI, scorer."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.dates import Timex, find_timexes, infer_reference
from storyline.present.cli_dates import dates

REPO = Path(__file__).resolve().parents[2]


def one(text: str, anchor: str | None, phrase: str) -> Timex:
    """The timex whose text is ``phrase``."""
    hits = [t for t in find_timexes(text, anchor) if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.text for t in find_timexes(text, anchor)]}"
    return hits[0]


# (sentence, anchor, expected span text, type, value, range_start, range_end)
CASES = [
    (
        "The White House announced on March 2 that they met.",
        "2017-03-03",
        "March 2",
        "DATE",
        "2017-03-02",
        "2017-03-02",
        "2017-03-02",
    ),
    (
        "He is set to be sentenced on Dec. 18.",
        "2018-12-12",
        "Dec. 18",
        "DATE",
        "2018-12-18",
        "2018-12-18",
        "2018-12-18",
    ),
    (
        "The hearing was held December 18, 2016.",
        None,
        "December 18, 2016",
        "DATE",
        "2016-12-18",
        "2016-12-18",
        "2016-12-18",
    ),
    ("Filed 2016-12-01 in court.", None, "2016-12-01", "DATE", "2016-12-01", "2016-12-01", "2016-12-01"),
    ("Dated 12/01/2016 and signed.", None, "12/01/2016", "DATE", "2016-12-01", "2016-12-01", "2016-12-01"),
    (
        "They met with the ambassador in December.",
        "2017-03-03",
        "December",
        "DATE",
        "2016-12",
        "2016-12",
        "2016-12",
    ),
    ("The report came out in April 2017.", None, "April 2017", "DATE", "2017-04", "2017-04", "2017-04"),
    (
        "The discussion took place on December 1 or 2, according to the Post.",
        "2017-05-27",
        "December 1 or 2",
        "DATE",
        "2016-12",
        "2016-12-01",
        "2016-12-02",
    ),
    (
        "He spoke with Kislyak in late December.",
        "2017-03-03",
        "late December",
        "DATE",
        "2016-12",
        "2016-12-21",
        "2016-12-31",
    ),
    (
        "Talks began in early December.",
        "2017-03-03",
        "early December",
        "DATE",
        "2016-12",
        "2016-12-01",
        "2016-12-10",
    ),
    (
        "Talks stalled in mid-December.",
        "2017-03-03",
        "mid-December",
        "DATE",
        "2016-12",
        "2016-12-11",
        "2016-12-20",
    ),
    (
        "The deal should close by the end of the month.",
        "2016-11-15",
        "the end of the month",
        "DATE",
        "2016-11",
        "2016-11-21",
        "2016-11-30",
    ),
    (
        "The calls took place between April and November 2016.",
        None,
        "April and November 2016",
        "DATE",
        "2016",
        "2016-04",
        "2016-11",
    ),
    (
        "The exchanges ran from April to July.",
        "2016-12-01",
        "April to July",
        "DATE",
        "2016",
        "2016-04",
        "2016-07",
    ),
    ("Sessions met him twice last year.", "2017-07-20", "last year", "DATE", "2016", "2016", "2016"),
    ("Sales rose this year.", "2017-07-20", "this year", "DATE", "2017", "2017", "2017"),
    (
        "Trump told the Times in an interview last week.",
        "2016-02-05",
        "last week",
        "DATE",
        "2016-W04",
        "2016-01-25",
        "2016-01-31",
    ),
    (
        "The Times reported on Friday that he had proposed it.",
        "2017-05-27",
        "Friday",
        "DATE",
        "2017-05-26",
        "2017-05-26",
        "2017-05-26",
    ),
    (
        "On Friday evening, the Times also reported it.",
        "2017-05-27",
        "Friday evening",
        "TIME",
        "2017-05-26TEV",
        "2017-05-26",
        "2017-05-26",
    ),
    (
        "Russia interfered through the summer and fall of 2016.",
        None,
        "the summer and fall of 2016",
        "DATE",
        "2016",
        "2016-06",
        "2016-11",
    ),
    ("Sales slowed this summer.", "2016-10-01", "this summer", "DATE", "2016-SU", "2016-06", "2016-08"),
    (
        "Profit rose in the third quarter.",
        "1989-10-26",
        "the third quarter",
        "DATE",
        "1989-Q3",
        "1989-07",
        "1989-09",
    ),
    ("Third-quarter profit rose.", "1989-10-26", "Third-quarter", "DATE", "1989-Q3", "1989-07", "1989-09"),
    ("Prices doubled in the 1990s.", None, "the 1990s", "DATE", "199", "1990", "1999"),
    (
        "Flynn is currently under investigation.",
        "2017-05-27",
        "currently",
        "DATE",
        "PRESENT_REF",
        "2017-05-27",
        "2017-05-27",
    ),
    ("Stocks are down now.", "2017-05-27", "now", "DATE", "PRESENT_REF", "2017-05-27", "2017-05-27"),
    ("Officials confirmed it only recently.", "2017-05-27", "recently", "DATE", "PAST_REF", None, None),
    (
        "meetings over the last seven years",
        "2017-05-27",
        "the last seven years",
        "DURATION",
        "P7Y",
        None,
        None,
    ),
    ("He held the 20-minute meeting.", None, "20-minute", "DURATION", "PT20M", None, None),
    ("He has cooperated over the past year.", "2018-12-12", "the past year", "DURATION", "P1Y", None, None),
    ("It lasted seven years.", None, "seven years", "DURATION", "P7Y", None, None),
    ("They meet every week.", None, "every week", "SET", "P1W", None, None),
    ("The paper is printed daily.", None, "daily", "SET", "P1D", None, None),
    (
        "He left three days ago.",
        "2016-12-05",
        "three days ago",
        "DATE",
        "2016-12-02",
        "2016-12-02",
        "2016-12-02",
    ),
    ("He resigned yesterday.", "2016-12-05", "yesterday", "DATE", "2016-12-04", "2016-12-04", "2016-12-04"),
    ("They meet on Tuesday.", "2016-12-08", "Tuesday", "DATE", "2016-12-06", "2016-12-06", "2016-12-06"),
    ("They will meet on Tuesday.", "2016-12-08", "Tuesday", "DATE", "2016-12-13", "2016-12-13", "2016-12-13"),
    (
        "Flynn pleaded guilty last December.",
        "2018-12-12",
        "last December",
        "DATE",
        "2017-12",
        "2017-12",
        "2017-12",
    ),
    ("He was seen here in 2013.", None, "2013", "DATE", "2013", "2013", "2013"),
    ("Sessions met Kislyak in January.", "2017", "January", "DATE", "2017-01", "2017-01", "2017-01"),
    ("Trump fired Flynn in February.", "2017-05-19", "February", "DATE", "2017-02", "2017-02", "2017-02"),
    (
        "The vote took place on Nov. 8.",
        "2017-05-19",
        "Nov. 8",
        "DATE",
        "2016-11-08",
        "2016-11-08",
        "2016-11-08",
    ),
    (
        "Results arrive at 5 p.m. EST, Nov. 6.",
        "1989-11-07",
        "5 p.m. EST, Nov. 6",
        "TIME",
        "1989-11-06T17:00",
        "1989-11-06",
        "1989-11-06",
    ),
    ("A year earlier, profit was flat.", "1989-10-26", "A year earlier", "DATE", "1988", "1988", "1988"),
    (
        "Profit fell in the third quarter. A year earlier, it rose.",
        "1989-10-26",
        "A year earlier",
        "DATE",
        "1988-Q3",
        "1988-07",
        "1988-09",
    ),
    (
        "The rally was held the weekend.",
        "1989-10-30",
        "the weekend",
        "DATE",
        "1989-W43-WE",
        "1989-10-28",
        "1989-10-29",
    ),
    ("It happened early last year.", "2017-07-20", "early last year", "DATE", "2016", "2016-01", "2016-04"),
    ("The law took effect in mid-2016.", None, "mid-2016", "DATE", "2016", "2016-05", "2016-08"),
    (
        "Output grew in the first half of 2016.",
        None,
        "the first half of 2016",
        "DATE",
        "2016-H1",
        "2016-01",
        "2016-06",
    ),
    # spoken years (broadcast transcripts) after a month or a season
    (
        "January nineteen ninety-seven was cold.",
        "1998-02-27",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
        "1997-01",
        "1997-01",
    ),
    (
        "Profit fell in the third quarter. For the quarter a year ago, it rose.",
        "1989-10-30",
        "the quarter a year ago",
        "DATE",
        "1988-Q3",
        "1988-07",
        "1988-09",
    ),
    (
        "In the year-earlier third quarter, it rose.",
        "1989-10-30",
        "the year-earlier third quarter",
        "DATE",
        "1988-Q3",
        "1988-07",
        "1988-09",
    ),
    (
        "Sales fell in the third quarter from the corresponding period last year.",
        "1989-10-30",
        "the corresponding period last year",
        "DATE",
        "1988-Q3",
        "1988-07",
        "1988-09",
    ),
    (
        "In London at mid-afternoon yesterday, shares fell.",
        "1989-11-02",
        "mid-afternoon yesterday",
        "TIME",
        "1989-11-01TAF",
        "1989-11-01",
        "1989-11-01",
    ),
    ("For the week, the index dropped 3.8%.", "1989-10-30", "the week", "DATE", "1989-WXX", None, None),
    ("Three days later, the index fell.", "1989-10-30", "Three days", "DURATION", "P3D", None, None),
    (
        "The lease runs for at least 20 more years.",
        "1998-02-27",
        "at least 20 more years",
        "DURATION",
        "P20Y",
        None,
        None,
    ),
    (
        "Eight trading days after Oct. 12, it fell.",
        "1989-10-30",
        "Eight trading days",
        "DURATION",
        "P8D",
        None,
        None,
    ),
    (  # AllSides: a week of a month is its seven days, not a one-week duration and a month
        "Berkeley's city council in California proposed legislation in the final week of May that would ban plastic straws.",
        "2018-06-15",
        "the final week of May",
        "DATE",
        "2018-05",
        "2018-05-25",
        "2018-05-31",
    ),
    (
        "The timing of the visit was either in the last week of August or the first week of September 2016.",
        "2017-03-02",
        "the first week of September 2016",
        "DATE",
        "2016-09",
        "2016-09-01",
        "2016-09-07",
    ),
    (  # a weekday of that week
        'Halloran said the dinner took place "on the Monday or the Tuesday of that first week of March".',
        "2025-06-03",
        "Monday or the Tuesday of that first week of March",
        "DATE",
        "2025-03",
        "2025-03-03",
        "2025-03-04",
    ),
    (
        "Prices fell in the winter of nineteen ninety-four.",
        "1998-02-23",
        "the winter of nineteen ninety-four",
        "DATE",
        "1994-WI",
        "1994-12",
        "1995-02",
    ),
]


@pytest.mark.parametrize(
    "text,anchor,phrase,typ,value,rs,re_", CASES, ids=[c[2] + "|" + str(c[1]) for c in CASES]
)
def test_phrase(text, anchor, phrase, typ, value, rs, re_):
    t = one(text, anchor, phrase)
    assert (t.type, t.value, t.range_start, t.range_end) == (typ, value, rs, re_)
    assert text[t.start : t.end] == phrase


@pytest.mark.parametrize(
    "text,phrase,value,rs",
    [
        ("The discussion took place on December 1 or 2.", "December 1 or 2", "XXXX-12", "XXXX-12-01"),
        ("They met in December.", "December", "XXXX-12", "XXXX-12"),
        ("The vote was on Nov. 8.", "Nov. 8", "XXXX-11-08", "XXXX-11-08"),
        ("He resigned in late December.", "late December", "XXXX-12", "XXXX-12-21"),
    ],
)
def test_yearless_without_anchor(text, phrase, value, rs):
    t = one(text, None, phrase)
    assert t.value == value and t.range_start == rs


def test_relative_without_anchor_stays_open():
    ts = {t.text: t for t in find_timexes("He left last year and returned yesterday on Friday.", None)}
    assert ts["last year"].value == "XXXX" and ts["last year"].range_start is None
    assert ts["yesterday"].range_start is None
    assert ts["Friday"].value == "XXXX-WXX-5"


def test_year_only_anchor_takes_its_year():
    assert one("They met in December.", "2016", "December").value == "2016-12"
    assert one("They met on March 2.", "2016", "March 2").value == "2016-03-02"


def test_month_after_anchor_month_is_previous_year():
    assert one("They met in December.", "2017-03", "December").value == "2016-12"
    assert one("They met in March.", "2017-03", "March").value == "2017-03"


def test_month_shortly_after_full_anchor_is_upcoming():
    # business news names dates a month or two ahead ("payable Dec. 7" in late October)
    assert one("The dividend is payable Dec. 7 to holders.", "1989-10-30", "Dec. 7").value == "1989-12-07"
    assert one("Shares were tendered by Nov. 16.", "1989-10-30", "Nov. 16").value == "1989-11-16"
    assert one("Sales rose in January.", "1989-11-20", "January").value == "1990-01"
    # further ahead: last year's; with a month-only or year-only anchor: unchanged
    assert one("Sales rose in April.", "1989-10-26", "April").value == "1989-04"
    assert one("Sales rose in March.", "1989-10-26", "March").value == "1989-03"
    assert one("They met in April.", "2017-03", "April").value == "2016-04"
    assert one("They met in April.", "2017", "April").value == "2017-04"


def test_rates_and_event_relative_soon_are_not_timexes():
    assert [
        t.text for t in find_timexes("a dividend of $1.76 a year and 700 seats a week", "1989-10-30")
    ] == []
    assert [
        t.text for t in find_timexes("He was killed soon after, as soon as they left.", "1989-10-30")
    ] == []
    assert one("It should finish within a year.", "1989-10-30", "a year").value == "P1Y"
    assert one("Fix it as soon as possible.", "1989-10-30", "as soon as possible").value == "FUTURE_REF"


def test_durations_halves_and_vague():
    assert one("It took a minute and a half.", None, "a minute and a half").value == "PT1M30S"
    assert one("They will stay for a while.", None, "a while").value == "PXX"
    assert one("Sales for the full year rose.", "1989-10-30", "the full year").value == "1989"


def test_past_plan_is_not_future():
    assert one("The offer had been due to expire Friday.", "1989-10-30", "Friday").value == "1989-10-27"


def test_the_year_and_year_shifts():
    assert one("Sales for the year rose.", "1989-10-30", "the year").value == "1989"
    assert (
        one("In the fiscal year ended June 30, sales rose.", "1989-10-30", "the fiscal year").value == "P1Y"
    )
    # "a year earlier" in a report counts from the report's year, not from an older figure
    t = one(
        "Sales topped 1987 levels. Net was $4 million, up from $3 million a year earlier.",
        "1989-10-26",
        "a year earlier",
    )
    assert t.value == "1988"


def test_ordinal_second_is_not_a_duration():
    assert [t.text for t in find_timexes("A second group of directors sold shares.", None)] == []
    assert [t.text for t in find_timexes("The quarter-to-quarter comparison is unfair.", "1989-10-30")] == []
    assert one("He paused for a second.", None, "a second").value == "PT1S"
    assert [t.text for t in find_timexes("It matters to the future of our peoples.", None)] == []


def test_former_is_not_a_timex():
    assert find_timexes("former National Security Advisor Michael Flynn", "2017-05-27") == []


def test_may_and_march_need_context():
    texts = [t.text for t in find_timexes("May I ask? Thousands march in the capital.", "2017-05-01")]
    assert texts == []
    assert one("It opened in May.", "2017-06-01", "May").value == "2017-05"


def test_counts_are_not_years():
    assert [t.text for t in find_timexes("About 2000 people and $2016 raised.", None)] == []


def test_bad_anchor_raises():
    with pytest.raises(ValueError):
        find_timexes("today", "yesterday")


def test_seed_like_paragraph():
    text = (
        "Flynn pleaded guilty last December to lying to the FBI. He has been cooperating "
        "with special counsel Robert Mueller over the past year, and is set to be sentenced "
        "on December 18."
    )
    got = [(t.text, t.value) for t in find_timexes(text, "2018-12-12")]
    assert got == [("last December", "2017-12"), ("the past year", "P1Y"), ("December 18", "2018-12-18")]


# --- infer_reference --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia interfered in the 2016 presidential election, the FBI says.", "2016"),
        ("The calls took place between April and November 2016. Kislyak, seen here in 2013.", "2016"),
        ("Conversations accelerated after the Nov. 8 vote, during the 2016 campaign.", "2016"),
        ("Flynn met Kislyak in December and again in January.", None),
        ("About 2000 people marched.", None),
        ("The plant will be finished by 2030. It opened in 2014.", "2014"),
        ("Published: Dec. 18, 2016. Flynn met Kislyak.", "2016-12-18"),
        # the latest year, told as over: the year after
        ("Contacts took place in the last seven months of the 2016 presidential race.", "2017"),
        ("The Times reported it in a 2016 piece. Assange denied it in 2016.", "2017"),
        ("Shipments fell in 2015 but rose again last year, officials said in 2015.", "2016"),
        # ... but not when that year's days are written out, or "this year" is said with it
        (
            "Shipments fell in the first months of 2018 compared with last year. So far this year, 2018 is calm.",
            "2018",
        ),
        ("The rally on July 4, 2016, drew thousands. Organizers said turnout last year was lower.", "2016"),
        # "in the last year" is the past twelve months, not the year before
        ("Police made 90 arrests in 2015, more than in the last year.", "2015"),
        # a year in a sentence about what is to come is not when the text was written
        ("The company will return to the market in 2018. It left in 2016, officials said in 2016.", "2016"),
        # an election told as over, with its transition behind: written the year after
        ("Russia interfered in the 2016 presidential election. They met during the transition.", "2017"),
        ("They met during the 2016 campaign. A year later the 2018 midterm race began.", "2018"),
        ("Sign up for newsletters. Copyright © 2019 The Times. It opened in 2014.", "2014"),
        ("", None),
    ],
)
def test_infer_reference(text, expected):
    assert infer_reference(text) == expected


def test_infer_reference_on_seeds():
    seeds = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("shared seeds not present")
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in seeds}
    # all three written in 2017: 000 names "President Trump" and "former National Security
    # Advisor Michael Flynn" (after 13 February 2017) and says no year; 001 tells the 2016
    # election as over; 004 has "Sessions, now attorney general" and "the presidential campaign
    # last year" (extract/dates_offices.py)
    assert infer_reference(texts["000"]) == "2017"
    assert infer_reference(texts["001"]) == "2017"
    assert infer_reference(texts["004"]) == "2017"


# --- CLI ----------------------------------------------------------------------------------


def test_cli_json_lines():
    r = CliRunner().invoke(
        dates, ["--anchor", "2017-05-27", "-"], input="On Friday evening the Times reported it.\n"
    )
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert rows == [
        {"start": 3, "end": 17, "text": "Friday evening", "type": "TIME", "value": "2017-05-26TEV"}
    ]


def test_cli_file_and_default_stdin(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("They met in December.", encoding="utf-8")
    r = CliRunner().invoke(dates, [str(p)])
    assert r.exit_code == 0 and json.loads(r.output)["value"] == "XXXX-12"
    r = CliRunner().invoke(dates, [], input="in 2013")
    assert json.loads(r.output)["value"] == "2013"


def test_cli_bad_anchor():
    r = CliRunner().invoke(dates, ["--anchor", "May 5"], input="x")
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


# --- robustness ---------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789 ,.-/'\n")
    + [
        "May",
        "March",
        "Dec.",
        "Friday",
        "last",
        "year",
        "the",
        "2016",
        "ago",
        "three",
        "days",
        "of",
        "early",
        "mid",
        "quarter",
        "third",
        "evening",
        "a",
        "X",
        "é",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ALPHABET, max_size=40).map("".join),
    st.sampled_from([None, "2016", "2016-12", "2016-12-01", "2016-02-29"]),
)
def test_fuzz_never_raises(text, anchor):
    for t in find_timexes(text, anchor):
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    infer_reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_any_text(text):
    for t in find_timexes(text, "2016-12-01"):
        assert t.text == text[t.start : t.end]


# --- scorer -------------------------------------------------------------------------------


def _bench():
    spec = importlib.util.spec_from_file_location("tempeval3", REPO / "bench" / "tempeval3.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_scorer_on_hand_made_pair():
    b = _bench()
    raw = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT><TEXT>'
        'A &amp; B met <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> '
        'and <TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3> for '
        '<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>'
    )
    text, anchor, gold = b.parse_tml(raw)
    assert anchor == "1998-01-08" and text.startswith("A & B met yesterday")
    assert [g.text for g in gold] == ["yesterday", "last year", "two days"]
    S = b.Span
    # system: exact "yesterday" (right value), "year" inside "last year" (wrong value),
    # a spurious one, and misses "two days".
    system = [
        S(gold[0].start, gold[0].end, "DATE", "1998-01-07"),
        S(gold[1].start + 5, gold[1].end, "DATE", "1998"),
        S(0, 1, "DATE", "PRESENT_REF"),
    ]
    sc = b.Scores()
    sc.add(gold, system)
    f = sc.figures()
    assert f["strict_P"] == pytest.approx(1 / 3) and f["strict_R"] == pytest.approx(1 / 3)
    assert f["relaxed_P"] == pytest.approx(2 / 3) and f["relaxed_R"] == pytest.approx(2 / 3)
    assert f["relaxed_F1"] == pytest.approx(2 / 3)
    assert f["value_acc"] == pytest.approx(1 / 2)
    assert f["value_P"] == pytest.approx(1 / 3) and f["value_R"] == pytest.approx(1 / 3)
    assert f["type_acc"] == 1.0


# --- the windowed scan finds exactly what a scan of every rule over the whole text finds ----


def _same_candidates(text):
    from storyline.extract import dates as D

    full = sorted((s, e, p) for s, e, p, _ in D._candidates_full(text))
    fast = sorted((s, e, p) for s, e, p, _ in D._candidates(text))
    assert fast == full


_WORDS = st.sampled_from(
    [
        " ",
        " ",
        ", ",
        ".",
        "-",
        "\n",
        "'",
        "/",
        ":",
        "0",
        "1",
        "9",
        "12",
        "1989",
        "2016",
        "30",
        "p.m.",
        "a.m.",
        "Dec.",
        "December",
        "May",
        "Monday",
        "Mondays",
        "last",
        "next",
        "this",
        "the",
        "year",
        "years",
        "month",
        "week",
        "weekend",
        "quarter",
        "third",
        "fiscal",
        "ago",
        "earlier",
        "three",
        "a",
        "few",
        "early",
        "mid",
        "late",
        "end",
        "of",
        "night",
        "tonight",
        "morning",
        "summer",
        "now",
        "current",
        "recent",
        "soon",
        "future",
        "daily",
        "every",
        "biweekly",
        "nineteen",
        "ninety",
        "eighties",
        "'80s",
        "FY",
        "Q3",
        "for",
        "while",
        "between",
        "and",
        "or",
        "to",
        "$",
        "%",
        "million",
        "thousand",
        "period",
        "half",
        "x" * 30,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=80).map("".join))
def test_windowed_scan_equals_full_scan(text):
    _same_candidates(text)


def test_windowed_scan_equals_full_scan_on_long_text():
    text = (
        "Profit rose 12% in the fiscal third quarter ended Sept. 30, compared with $1.76 a "
        "share a year earlier. "
        + "Nothing here at all. "
        * 40
        + "On Monday at 5 p.m. EST, Dec. 7, 1989, the board met; shares will be payable "
        "between April and November 2016, and the company has been profitable for a while."
    )
    _same_candidates(text)


def test_infer_reference_ignores_scheduled_future_years():
    text = (
        "Dredging is scheduled to begin in October 2025, with the first berth due to open in 2027. "
        "The contract was awarded in 2025 after a vote in April 2025."
    )
    assert infer_reference(text) == "2025"


# --- the normaliser never raises, whatever sequence of expressions and anchor --------------

_EXPRESSIONS = st.sampled_from(
    [
        "that weekend",
        "the weekend",
        "last weekend",
        "that week",
        "the same week",
        "the following week",
        "the previous month",
        "that day",
        "the next day",
        "a week earlier",
        "two weeks later",
        "a year earlier",
        "the year-ago quarter",
        "the third quarter",
        "the quarter",
        "Dec. 31",
        "Feb. 29",
        "Feb. 30",
        "December 1 or 2",
        "between April and November 2016",
        "week 53",
        "Jan. 1, 2016",
        "2015-12-31",
        "12/31/2015",
        "last summer",
        "this winter",
        "the winter of 2015",
        "Monday",
        "last Friday night",
        "yesterday morning",
        "midmorning",
        "5 p.m.",
        "the 1990s",
        "the 21st century",
        "fiscal 2016",
        "three days ago",
        "1 1/2 years ago",
        "now",
        "recently",
        "years ago",
        "every Monday",
        "that year",
        "late that month",
        "the end of the year",
    ]
)
_DAYS = st.dates(min_value=date(1000, 1, 1), max_value=date(8999, 12, 31))
_ANCHORS = st.one_of(
    st.none(),
    _DAYS.map(date.isoformat),
    _DAYS.map(lambda d: d.isoformat()[:7]),
    st.integers(1000, 8999).map(lambda y: f"{y:04d}"),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_EXPRESSIONS, min_size=1, max_size=8),
    _ANCHORS,
    st.sampled_from([". It happened ", " and ", ", "]),
)
def test_normaliser_never_raises(exprs, anchor, glue):
    text = "It happened " + glue.join(exprs) + "."
    for t in find_timexes(text, anchor):
        assert text[t.start : t.end] == t.text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_EXPRESSIONS, min_size=1, max_size=6),
    _ANCHORS,
    st.lists(st.sampled_from(["PAST", "FUTURE", None]), min_size=1, max_size=6),
)
def test_normaliser_never_raises_whatever_tense_the_parse_gives(exprs, anchor, tenses):
    # the parse's tense of each expression's event (extract.anchoring.tense_hints), any mix
    text = "It happened " + ", ".join(exprs) + "."
    for t in find_timexes(text, anchor, lambda char: tenses[char % len(tenses)]):
        assert text[t.start : t.end] == t.text
        if t.range_start and t.range_end and t.range_start[:1].isdigit() and t.range_end[:1].isdigit():
            assert t.range_start[:4] <= t.range_end[:4]


def test_weekend_twice_is_the_same_weekend():
    # a story's week as its last date ("2017-W28-WE") used to crash the next "that weekend"
    text = "It happened that weekend. Something else happened that weekend."
    found = find_timexes(text, "2017-07-17")
    assert [t.text for t in found] == ["that weekend", "that weekend"]
    assert found[0].value == found[1].value
    assert found[0].range_start <= "2017-07-17"


def test_cli_survives_two_anaphoric_weekends():
    text = "It happened that weekend. Something else happened that weekend."
    result = CliRunner().invoke(dates, ["--anchor", "2017-07-17", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 2


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31", "0999"])
def test_anchor_outside_the_calendar_is_a_clear_error(anchor):
    with pytest.raises(ValueError, match="anchor year"):
        find_timexes("It happened three days ago.", anchor)


def test_year_only_anchor_counts_past_months_back_from_the_storys_latest_month():
    # an inferred year: "December" after "March 2" of that year is last December
    text = "The White House announced on March 2 that they met in December. He resigned in February."
    got = {t.text: t.value for t in find_timexes(text, "2017")}
    assert got == {"March 2": "2017-03-02", "December": "2016-12", "February": "2017-02"}
    # a future date does not move the story's month: "set to be sentenced on December 18"
    text = "He is set to be sentenced on December 18. He pleaded guilty in March."
    assert {t.text: t.value for t in find_timexes(text, "2018")}["March"] == "2018-03"


def test_then_continues_the_storys_time_line():
    text = "In June 2016, Trump Jr. met the lawyer. Then in August, after Assange had posted the emails, Nix wrote."
    assert one(text, "2018-04-02", "August").value == "2016-08"
    # without a word that continues the story, a bare month keeps the anchor's past preference
    text = "The DNC was hacked in July 2016. In March, Mueller indicted twelve officers."
    assert one(text, "2018-04-02", "March").value == "2018-03"


def test_year_only_anchor_follows_a_story_that_moves_on_month_by_month():
    # samples/portside_weekly_analysis.txt has only a year (2025, from its text); its story runs
    # from February to May: each month a little after the last one is the same year, not 2024
    text = (
        "On February 24, Halloran emailed Volkov a draft of the scoring criteria that every other "
        "bidder would only see on March 20. Then came the dinner. Marek told the Courier on April "
        "10 that she had never met him. Halloran was fired on May 9 and Marek resigned on May 12."
    )
    got = {t.text: t.value for t in find_timexes(text, "2025")}
    assert got["March 20"] == "2025-03-20" and got["May 9"] == "2025-05-09" and got["May 12"] == "2025-05-12"
