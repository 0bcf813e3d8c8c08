"""A statement and its negation by another source ("Obamacare is a certified job killer" /
"Obamacare is not a job killer"), through the real pipeline, on sentences of AllSides articles
(2016–2018)."""

from __future__ import annotations

from tests.stores import ingest_texts

CNN = (
    'CNN\n\nFlorida Sen. Marco Rubio repeated his claim that Obamacare is "a certified job killer." '
    '"It\'s bad for our economy," Rubio said. '
    "In fact, Obamacare is not a job killer, according to the 2015 Kaiser Family Foundation/Health "
    "Research and Education Trust survey released in September.\n"
)


def _ours(store):
    return [k for k in store.contradictions().items if k.reason.startswith("one source says")]


def test_a_statement_and_its_negation_by_another_source_are_one_disagreement(tmp_path):
    ours = _ours(ingest_texts(tmp_path, {"cnn": CNN}))
    assert len(ours) == 1
    k = ours[0]
    assert k.kind == "DENIAL" and k.question == "is obamacare job killer?"
    no, yes = k.positions
    assert no.label == "not job killer" and yes.label == "job killer"
    assert any("is not a job killer" in r.text for r in no.reports)
    assert any("certified job killer" in r.text for r in yes.reports)
    assert len(k.claims) >= 2


def test_a_wish_and_a_denial_told_again_are_no_sides(tmp_path):
    # "hope Trump is not our nominee" is a wish; "denied the fact the president himself is under
    # investigation" tells the denial again, not that he is
    store = ingest_texts(
        tmp_path,
        {
            "hill": 'The Hill\n\n"Most rational RNC members hope Trump is not our nominee," said Al Cardenas. '
            '"The realization is that Donald Trump is going to be our nominee," Reed said.\n',
            "npr": "NPR\n\nComey testified that Trump was not under investigation, Grassley said. "
            "His personal lawyers have repeatedly denied the fact that Trump is under investigation.\n",
        },
    )
    assert not _ours(store)
