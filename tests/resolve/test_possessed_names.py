"""A bill named with its owner glued before it, on sentences of AllSides articles of March-July
2017 (bench/news_scale.py's archive): "Speaker Paul Ryan’s American Health Care Act", "the
House’s American Health Care Act", "this American Health Care Act" are the American Health Care
Act, one participant of the votes on it, not four. A country's ministry stays its own."""

from __future__ import annotations

from collections import Counter

from tests.resolve.articles import entity_ids

from storyline.resolve.entities import _join_possessed, fold
from storyline.resolve.union_find import UnionFind

TEXTS = [
    # Breitbart News, 2017-03-11
    "Analysis from the Brookings Institution says that 15 million people could lose coverage under "
    "Speaker Paul Ryan’s American Health Care Act.",
    # The Hill, 2017-07-25
    "It’s already clear there are not enough votes to pass the House’s American Health Care Act or "
    "something along the lines of the 2015 bill that would repeal as much of ObamaCare as possible and "
    "set up a two-year period to craft a replacement.",
    # The Hill, 2017-03-20
    "“The president asked us specifically would we support him on this American Health Care Act” if the "
    "changes were made, Walker told reporters after his White House meeting.",
    # National Review, 2017-03-29
    "Many conservatives now say that Trump’s American Health Care Act was the best available bad option.",
    # a vote on it told plainly (Vox, 2017-03-24)
    "The American Health Care Act failed because it was a terrible piece of legislation.",
]


def _entities(texts: list[str]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Mention text -> the entity ids it was given; entity id -> name."""
    return entity_ids(texts, "2017-07-25")


def test_a_typographic_apostrophe_folds_as_a_straight_one():
    assert fold("Trump’s American Health Care Act") == fold("Trump's American Health Care Act")
    assert fold("Beto O’Rourke") == fold("Beto O'Rourke")


def test_a_bill_with_its_owner_before_it_is_the_bill():
    ents, names = _entities(TEXTS)
    glued = {text: ids for text, ids in ents.items() if text.endswith("American Health Care Act")}
    # the premise: the NER took the owner into the name, at least for some of them
    assert any(not text.lower().startswith(("the american", "american")) for text in glued), glued
    assert len(set().union(*glued.values())) == 1, {t: [names[i] for i in ids] for t, ids in glued.items()}


def test_a_countrys_ministry_is_not_every_countrys():
    # the store's folded names with their types, as resolve_entities counts them
    keys = {
        "russia s foreign ministry": Counter({"ORG": 1}),
        "china s foreign ministry": Counter({"ORG": 1}),
        "foreign ministry": Counter({"ORG": 3}),
        "russia": Counter({"GPE": 40}),
        "china": Counter({"GPE": 30}),
        "u s supreme court": Counter({"ORG": 2}),  # "U.S.": initials, no owner
        "supreme court": Counter({"ORG": 9}),
        "paul ryan s american health care act": Counter({"ORG": 1}),
        "american health care act": Counter({"ORG": 12}),
    }
    uf = UnionFind()
    _join_possessed(keys, uf)
    assert uf.find("russia s foreign ministry") != uf.find("foreign ministry")
    assert uf.find("china s foreign ministry") != uf.find("foreign ministry")
    assert uf.find("u s supreme court") != uf.find("supreme court")
    assert uf.find("paul ryan s american health care act") == uf.find("american health care act")
