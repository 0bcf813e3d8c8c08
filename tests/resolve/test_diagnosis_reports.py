"""Reports of one diagnosis are one event (issue 10, dev event mccain_cancer of
bench/data/dedup_allsides.json, July 19, 2017): the one diagnosed is its key, as the one fired is
a firing's (events.SINGULAR). Sentences are quoted from the AllSides articles."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

REPORTS = {
    # CBN, 2017-07-19
    "cbn": (
        "2017-07-19",
        "The 80-year-old McCain has been diagnosed with one of the most aggressive forms of brain cancer, "
        "the same kind that killed Sen. Ted Kennedy and Beau Biden, the son of former Vice President Joe Biden.",
    ),
    # Reuters, 2017-07-20
    "reuters": (
        "2017-07-20",
        "As it was getting underway, the nearly two dozen Republican senators were shaken by news that "
        "their colleague, veteran Senator John McCain, had been diagnosed with brain cancer.",
    ),
    # Washington Times, 2017-07-21
    "wt": (
        "2017-07-21",
        "With Sen. John McCain of Arizona absent because of his sudden cancer diagnosis, Republican leaders "
        "cannot afford more than one defection and still proceed with the bill or pass a plan.",
    ),
}
# Vox, 2017-05-28: another person's diagnosis
OTHER = "After all was said and done, Stanger needed a trip to the emergency room and was diagnosed with a concussion."


def _groups(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    return [{doc_of[m] for m in ev.members} for ev in res.events]


def test_reports_of_one_diagnosis_are_one_event():
    groups = _groups(REPORTS)
    assert any({"cbn", "reuters", "wt"} <= g for g in groups)


def test_another_persons_diagnosis_stays_apart():
    groups = _groups({**REPORTS, "vox": ("2017-07-20", OTHER)})
    assert not any({"cbn", "vox"} <= g for g in groups)
