"""Undated reports of an agent's act (an order signed, secrets shared) are that act, on sentences
of dev reports in bench/data/dedup_allsides.json: Trump's travel-ban order of 2017-01-27
(travel_ban_signed) and his sharing classified intelligence with Russian officials, told from
2017-05-15 (classified_to_lavrov). Such reports name no one the act happens to, so nothing
joined them: each stayed an event of one article. Now one published within days after the
agent's dated act of that kind joins it, and those no report dates, published close together,
are one act; published weeks apart they stay apart."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

SIGNED = {
    # National Review, 2017-01-29
    "nr": (
        "2017-01-29",
        "On Friday, Donald Trump signed an executive order halting admission of refugees for 120 days and "
        "halting travel from seven majority-Muslim countries — Iraq, Iran, Syria, Yemen, Sudan, Libya, and "
        "Somalia — for 90 days while the federal government undertakes a review of admission procedures.",
    ),
}
UNDATED_ORDER = {
    # Vox, 2017-01-28
    "vox": (
        "2017-01-28",
        "Most Republicans in Congress have been either quiet or generally supportive of Donald Trump’s "
        "controversial new executive order barring US entry for natives of seven Muslim-majority countries.",
    ),
    # CNN, 2017-01-28
    "cnn": (
        "2017-01-28",
        "A federal judge in New York blocked part of President Donald Trump's controversial executive order "
        "on immigration Saturday, ruling that authorities could not remove individuals from seven "
        "Muslim-majority countries who had arrived in US airports after the order had been issued.",
    ),
}
SHARED = {
    # CNN, 2017-05-22 (the week after the Post's report of 05-15)
    "cnn": (
        "2017-05-22",
        "It comes a week after the US alliance with Israel was put to the test amid reports that Trump "
        "divulged highly classified intelligence obtained by the Israelis during his meeting with the "
        "Russian foreign minister.",
    ),
    # Fox News, 2017-05-22
    "fox": (
        "2017-05-22",
        "Various reports, quoting anonymous officials, have said Trump did share classified information "
        "with Russian diplomats about the threat posed by the Islamic State group, and several have said "
        "that information came from Israeli intelligence.",
    ),
}


def _analyses(texts: dict[str, tuple[str, str]]):
    return analyses_of(texts)


def _docs_with(analyses, etypes: set[str]) -> list[set[str]]:
    """The documents of each event holding a mention of these types."""
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members} for ev in res.events if any(kinds[m] in etypes for m in ev.members)
    ]


def test_undated_order_joins_the_agents_dated_order_of_days_before():
    groups = _docs_with(_analyses({**SIGNED, **UNDATED_ORDER}), {"ENACT", "BAN"})
    assert {"nr", "vox", "cnn"} in groups


def test_undated_order_weeks_later_stays_apart():
    later = {k: ("2017-03-01", text) for k, (_, text) in UNDATED_ORDER.items()}
    groups = _docs_with(_analyses({**SIGNED, **later}), {"ENACT", "BAN"})
    assert not any({"nr", "vox"} <= g for g in groups)


def test_undated_disclosures_of_one_week_are_one_act():
    groups = _docs_with(_analyses(SHARED), {"DISCLOSE"})
    assert {"cnn", "fox"} in groups


def test_undated_disclosures_weeks_apart_stay_apart():
    apart = {"cnn": SHARED["cnn"], "fox": ("2017-06-22", SHARED["fox"][1])}
    groups = _docs_with(_analyses(apart), {"DISCLOSE"})
    assert not any(len(g) > 1 for g in groups)
