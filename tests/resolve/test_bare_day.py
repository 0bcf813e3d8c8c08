"""A report naming no one that gives the day of the only event of its kind that day is that
event: "following Tuesday's special election defeat in Georgia" (The Hill, 2017-06-24) names
neither Handel nor Ossoff, and the document names neither most, so no participant or topic
joined it to the race the reports of June 20-21 tell (handel_wins_georgia, a dev event of
bench/data/dedup_allsides.json). Kinds that happen many times a day (talks, sayings, hearings)
are not singled out by a day."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

RACE = {
    # Fox News, 2017-06-21
    "fox": (
        "2017-06-21",
        "President Trump and his allies cheered Republican Karen Handel's victory Tuesday in the closely "
        "watched Georgia runoff as a clear endorsement of the administration's agenda.",
    ),
    # Atlanta Journal-Constitution, 2017-06-20
    "ajc": (
        "2017-06-20",
        "Republican Karen Handel celebrated her win over Democrat Jon Ossoff on Tuesday to a crowd chanting "
        "“Karen, Karen, Karen” as she heads to Congress to represent Atlanta’s northern suburbs.",
    ),
    # CBN, 2017-06-21
    "cbn": (
        "2017-06-21",
        "Georgia's sixth district is still in Republican hands this morning after GOP candidate Karen Handel "
        "soundly defeated Democratic challenger, Jon Ossoff.",
    ),
}
BARE = {
    # The Hill, 2017-06-24
    "hill": (
        "2017-06-24",
        "Ryan is among the small group of Democrats who are sounding calls for a changing of the guard atop "
        "the party's leadership hierarchy following Tuesday's special election defeat in Georgia — the "
        "Democrats' fourth loss since Trump took office.",
    ),
}


def _groups(texts: dict[str, tuple[str, str]], kind: str) -> list[set[str]]:
    analyses = analyses_of(texts)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    types = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members}
        for ev in resolve(analyses).events
        if any(types[m] == kind for m in ev.members)
    ]


def test_a_defeat_on_the_day_of_the_only_race_that_day_is_that_race():
    assert {"fox", "ajc", "cbn", "hill"} in _groups({**RACE, **BARE}, "ELECT")


def test_a_defeat_on_another_day_stays_apart():
    # the same sentence a week later: its Tuesday is June 27, when no race was told
    later = {k: ("2017-07-01", text) for k, (_, text) in BARE.items()}
    assert not any("hill" in g and "fox" in g for g in _groups({**RACE, **later}, "ELECT"))
