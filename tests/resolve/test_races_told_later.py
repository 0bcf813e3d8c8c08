"""A race no report dates is assumed to be of the week before each report (the news of a special
election), so in 2017 reports "Hillary Clinton's loss to Donald Trump" made an event per week of
reports, apart from "Trump's victory over Clinton last November". Such a race joins the race of
the same winner that reports date, before the report was published. Sentences from AllSides
2017 reports (../shared/data), none from the held-out events of bench/news_scale.py."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

DATED = {
    # The Hill, 2017-07-31
    "hill": (
        "2017-07-31",
        "Another GOP strategist, Brian Darling, who previously served as a senior aide to Sen. Rand Paul "
        "(R-Ky.), says congressional leaders should have taken more advantage of party unity immediately "
        "after Trump’s upset victory over Hillary Clinton in November.",
    ),
    # The Hill, 2017-06-21
    "hill2": (
        "2017-06-21",
        "But, between the lines, it was easy to discern the pain of a party still struggling to come to "
        "terms with Trump’s victory over Clinton last November.",
    ),
}
UNDATED = {
    # Fox News, 2017-05-09
    "fox": (
        "2017-05-09",
        "Clinton has said that largely contributed to her loss to Trump, while Comey has defended his actions.",
    ),
    # The Hill, 2017-03-08
    "th": (
        "2017-03-08",
        "Clinton is, of course, in a unique position given that his wife, Hillary Clinton, lost the "
        "presidential election to Trump.",
    ),
}


def _races(texts: dict[str, tuple[str, str]]) -> list[tuple[set[str], str]]:
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        ({doc_of[m] for m in ev.members}, ev.date.start if ev.date else "")
        for ev in res.events
        if any(kinds[m] == "ELECT" for m in ev.members)
    ]


def test_an_undated_race_is_the_dated_race_of_its_winner():
    races = _races({**DATED, **UNDATED})
    assert any({"hill", "hill2", "fox", "th"} <= docs and start == "2016-11" for docs, start in races), races


def test_not_a_race_dated_after_the_report():
    # the same two reports, as if published the week before the dated race: they cannot tell of it
    early = {k: ("2016-10-0" + str(i + 1), text) for i, (k, (_, text)) in enumerate(UNDATED.items())}
    races = _races({**DATED, **early})
    assert not any({"hill", "fox"} <= docs for docs, _ in races), races
