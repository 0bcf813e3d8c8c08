"""One date per event from all its reports: agreement, precision, never after the reports."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.model import DateRange, last_day
from storyline.resolve.dates import Report, agrees_with_majority, choose, compatible


def day(iso: str, text: str = "") -> DateRange:
    return DateRange(iso, iso, text or iso)


def test_the_date_most_reports_agree_on_wins_and_the_other_is_kept_as_a_note():
    reports = [
        Report("a", day("2017-02-13"), "2017-03-01"),
        Report("b", day("2017-02-13"), "2017-03-02"),
        Report("c", DateRange("2017-02", "2017-02", "February"), "2017-03-05"),
        Report("d", day("2017-02-14"), "2017-03-04"),
    ]
    chosen = choose(reports)
    assert chosen.date.start == "2017-02-13"
    assert [d.start for d in chosen.other_dates] == ["2017-02-14"]
    assert chosen.first_reported == "2017-03-01"


def test_precision_wins_among_agreeing_reports():
    reports = [
        Report("a", DateRange("2016-12", "2016-12", "December"), "2017-03-01"),
        Report("b", DateRange("2016-12-29", "2016-12-29", "Dec. 29"), "2017-03-02"),
    ]
    assert choose(reports).date.start == "2016-12-29"
    assert choose(reports).other_dates == []


def test_a_report_without_date_gets_the_others_and_an_open_year_is_filled():
    reports = [
        Report("a", None, "2017-03-01"),
        Report("b", DateRange("XXXX-12-29", "XXXX-12-29", "Dec. 29"), "2017-03-02"),
        Report("c", DateRange("2016-12", "2016-12", "December"), "2017-03-03"),
    ]
    assert choose(reports).date.start == "2016-12-29"


def test_a_past_event_is_never_dated_after_its_first_report():
    # "Flynn resigned on Feb. 13" misread as next year's Feb. 13 by one report
    reports = [
        Report("a", day("2018-02-13"), "2017-12-05"),
        Report("b", None, "2017-02-20"),
    ]
    chosen = choose(reports)
    assert chosen.date is None
    assert chosen.first_reported == "2017-02-20"
    # a range that straddles the first report is cut at it
    straddling = [Report("a", DateRange("2017-02", "2017-02", "February"), "2017-02-14")]
    assert choose(straddling).date.end == "2017-02-14"


def test_a_future_report_is_not_bounded_by_its_own_publication():
    reports = [Report("a", day("2018-02-13"), "2017-12-05", past=False)]
    assert choose(reports).date.start == "2018-02-13"


def test_a_year_only_publication_bounds_by_its_last_day():
    reports = [Report("a", day("2017-06-01"), "2017")]
    assert choose(reports).date.start == "2017-06-01"


def test_agrees_with_majority():
    feb13 = day("2017-02-13")
    assert agrees_with_majority(
        feb13, [feb13, DateRange("2017-02", "2017-02", "February"), day("2017-03-01")]
    )
    assert not agrees_with_majority(feb13, [day("2017-03-01"), day("2017-03-02"), feb13])


_ISO = st.one_of(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2019, 12, 31)).map(date.isoformat),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2019, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.sampled_from(["2016", "2017", "XXXX-12", "XXXX-12-01", "2016-W05", "2016-SU"]),
)
_REPORTS = st.lists(
    st.builds(
        Report,
        doc=st.sampled_from("abcd"),
        date=st.one_of(st.none(), st.builds(lambda s, e: DateRange(s, e, s), _ISO, _ISO)),
        published=st.one_of(st.none(), _ISO),
        past=st.booleans(),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(_REPORTS)
def test_choose_never_raises_and_never_dates_a_past_event_after_its_first_report(reports):
    chosen = choose(reports)
    bounds = [last_day(r.published) for r in reports if r.past and r.published and last_day(r.published)]
    if chosen.date is not None and bounds and chosen.date.first_day:
        assert chosen.date.first_day <= min(bounds)
    assert all(not compatible(chosen.date, d) for d in chosen.other_dates)
