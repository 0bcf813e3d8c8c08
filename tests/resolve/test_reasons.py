"""Reasons that exclude one another, on the 330's sentences: "only for" one reason against a
reason beyond it, "not due to" one against that very reason."""

from __future__ import annotations

from tests.stores import ingest_texts

# Fox News, 2017-12-04; The Hill, 2017-12-02
ONLY = (
    "Fox News\n\nTrump on Monday called the treatment of Michael Flynn unfair. Trump said earlier this "
    "year that he fired Flynn only for lying to Vice President Pence about the issue.\n"
)
TWEET = (
    "The Hill\n\nTrump in an apparent shift on Saturday tweeted that he had to fire Flynn as national "
    "security adviser because the retired Army general lied to Vice President Pence and the FBI.\n"
)


def _entries(store):
    return [c for c in store.contradictions().items if c.question.startswith("why")]


def test_the_only_reason_against_a_reason_beyond_it(tmp_path):
    store = ingest_texts(tmp_path, {"a": ONLY, "b": TWEET})
    [entry] = _entries(store)
    only, other = entry.positions
    assert "only for lying" in only.reports[0].text
    assert "and the FBI" in other.reports[0].text


def test_the_same_reason_told_again_is_no_disagreement(tmp_path):
    same = "The Hill\n\nTrump tweeted on Saturday that he had to fire Flynn because he lied to Vice President Pence.\n"
    store = ingest_texts(tmp_path, {"a": ONLY, "b": same})
    assert _entries(store) == []


def test_a_reason_ruled_out_against_the_claim_giving_it(tmp_path):
    # National Review, 2016-11-20
    store = ingest_texts(
        tmp_path,
        {
            "c": "National Review\n\nSchindler also challenges Flynn’s claim that he was fired from the DIA "
            "for his well-reported efforts to push President Obama to take ISIS more seriously. Instead, "
            "Schindler says, Flynn was fired for “alienating the [DIA] workforce, not due to anything about "
            "ISIS, as Flynn now maintains.”\n"
        },
    )
    [entry] = _entries(store)
    assert entry.kind == "DENIAL"
    texts = [p.reports[0].text for p in entry.positions]
    assert any("not due to anything about ISIS" in t for t in texts)
    assert any("well-reported efforts" in t for t in texts)
