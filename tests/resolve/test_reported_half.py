"""A denial pointing back to "the reports" whose report is told after a "but" in a sentence that
first tells another denial (``pointing.reported_half``): Breitbart, July 2017, set e's dev
articles of bench/contradictions_unseen.py ("Short denies leaking, but news broke earlier this week
that Short was being terminated." / "After Short originally denied the reports on-the-record, …")."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search
from storyline.resolve.contradictions.pointing import reported_half

# Breitbart News, 2017-07-26
BREITBART = (
    "Scaramucci has made clear he intends to root out leakers in the White House. "
    "He has already terminated one suspected leaker, a White House press aide named Michael Short. "
    "Short denies leaking, but news broke earlier this week that Short was being terminated. "
    "After Short originally denied the reports on-the-record, it came out that his termination was "
    "being processed by the White House counsel’s office. "
    "At that point, to avoid being terminated, Short resigned.\n"
)


def _sides(tmp_path, text: str) -> list[list[str]]:
    store = ingest_texts(tmp_path, {"breitbart": "Breitbart News\n\n" + text})
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    return [[r.text for p in k.positions for r in p.reports] for k in found]


def test_the_reports_denied_are_those_told_after_the_but_of_the_sentence_before(tmp_path):
    sides = _sides(tmp_path, BREITBART)
    assert any(
        any(t.startswith("After Short originally denied the reports") for t in side)
        and any("news broke earlier this week that Short was being terminated" in t for t in side)
        for side in sides
    ), sides


def test_a_clause_after_but_that_denies_too_tells_no_report(tmp_path):
    both = BREITBART.replace(
        "news broke earlier this week that Short was being terminated",
        "news broke earlier this week that the White House denied Short was being terminated",
    )
    sides = _sides(tmp_path, both)
    assert not any(any("news broke earlier this week" in t for t in side) for side in sides), sides


def test_the_half_after_but_is_read_only_after_a_denial():
    assert reported_half(
        "Short denies leaking, but news broke earlier this week that Short was being terminated."
    ) == ("news broke earlier this week that Short was being terminated.")
    # no denial before "but": the sentence is read whole, as before
    assert reported_half("Short was hired in January, but news broke this week that he was leaving.") is None
