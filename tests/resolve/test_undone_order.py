"""An executive order its sentence tells of as not done is no report of the agent's dated order:
"President Trump should immediately issue an executive order blocking Berkeley students" (Fox
News, 2017-02-02) and "Mr. Trump also is expected to sign an executive order for a re-examination
of the Dodd-Frank Wall Street Reform Act" (Washington Times, 2017-02-03). The noun "executive
order" names no agent and is read as done, so it joined Trump's travel-ban order of January 27
(travel_ban_signed, a dev event of bench/data/dedup_allsides.json) as the order of those days;
the "issue" or "sign" of its sentence, asked for or expected, says it is not done."""

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
UNDONE = {
    # Fox News, 2017-02-02, "Who knew there were so many homophobic, racist xenophobes at Berkeley"
    "fox": (
        "2017-02-02",
        "So here's what needs to happen: President Trump should immediately issue an executive order "
        "blocking Berkeley students from receiving any federal funding.",
    ),
    # Washington Times, 2017-02-03, "Trump to delay major new rule for financial advisers"
    "wt": (
        "2017-02-03",
        "Mr. Trump also is expected to sign an executive order for a re-examination of the Dodd-Frank Wall "
        "Street Reform Act and its Volcker Rule that restricts banks from making certain speculative "
        "investments.",
    ),
}


def _groups(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    analyses = analyses_of(texts)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members}
        for ev in resolve(analyses).events
        if any(kinds[m] in ("ENACT", "BAN") for m in ev.members)
    ]


def test_an_order_asked_for_is_not_the_signed_order():
    groups = _groups({**SIGNED, "fox": UNDONE["fox"]})
    assert any("nr" in g for g in groups)
    assert not any({"nr", "fox"} <= g for g in groups)


def test_an_order_expected_is_not_the_signed_order():
    groups = _groups({**SIGNED, "wt": UNDONE["wt"]})
    assert any("nr" in g for g in groups)
    assert not any({"nr", "wt"} <= g for g in groups)
