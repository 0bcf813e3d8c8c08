"""The grouping of a Dask ingest's blocks: key groups from different partitions → whole components."""

from __future__ import annotations

from storyline.dask_resolve import components, packs


def test_a_document_with_keys_in_two_groups_joins_them():
    # "b" is keyed under two names whose groups were reduced apart: one component, whatever the
    # order of the groups; "e" has no key but its own
    groups = [("k:trump", frozenset({"a", "b"})), ("s:kmy", frozenset({"b", "c"})), ("d:e", frozenset({"e"}))]
    groups.append(("k:comey", frozenset({"c", "d"})))
    for order in (groups, groups[::-1]):
        assert components(order) == [["a", "b", "c", "d"], ["e"]]


def test_packs_keep_components_whole():
    comps = [["a", "b", "c"], ["d", "e"], ["f"], ["g"]]
    assert packs(comps, 2) == [["a", "b", "c"], ["d", "e"], ["f", "g"]]
    assert packs(comps, 10) == [["a", "b", "c", "d", "e", "f", "g"]]
