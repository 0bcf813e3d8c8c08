"""What resolution reads once instead of at every comparison gives what reading it each time gave."""

from __future__ import annotations

from storyline.resolve.blocking import doc_keys, mention_keys
from storyline.resolve.events import _Memo


def test_a_documents_keys_are_its_mentions_keys(seed_store):
    """``doc_keys`` reads each (key, role) of a document once: the five real scrapes name the
    same people dozens of times, and their keys are those of every mention taken one by one."""
    analyses = list(seed_store.resolution_input())
    assert len(analyses) == 5
    for a in analyses:
        every = {k for m in a.mentions for k in mention_keys(m)}
        assert doc_keys(a) == every and len(every) > 20
        assert len({(m.key, m.role) for m in a.mentions}) < len(a.mentions)  # names repeat


def test_candidates_are_tested_once_and_as_far_as_a_search_goes():
    tested = []

    def candidates():
        for c in ["sentence 3", "sentence 2", "sentence 1"]:
            tested.append(c)
            yield c

    memo = _Memo(candidates())  # type: ignore[arg-type]
    assert next(c for c in memo if c.endswith("3")) == "sentence 3" and tested == ["sentence 3"]
    assert next(c for c in memo if c.endswith("2")) == "sentence 2"
    assert list(memo) == ["sentence 3", "sentence 2", "sentence 1"] == tested
    assert list(memo) == tested  # a further pass tests nothing again
