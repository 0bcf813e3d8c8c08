"""A place nearly every document names places no attack: on 2,000 AllSides articles of 2017 the
United States is named in 71 % of them, and "the US missile strike" read as an attack at the
United States drew April's later "attack" and "strike" (on Syria, in Afghanistan, in Manchester)
into one 129-article event. Sentences of AllSides articles of April and May 2017; the store is
six documents, so the share past which a place is broad is scaled to it."""

from __future__ import annotations

import importlib

import pytest
from tests.resolve.articles import analyses_of

from storyline.resolve import features
from storyline.resolve.entities import resolve_entities
from storyline.resolve.sites import sites

SITES = importlib.import_module("storyline.resolve.sites")

TEXTS = {
    # CNN, 2017-04-13 (moab_dropped)
    "cnn": (
        "2017-04-13",
        "The US military dropped America's most powerful non-nuclear bomb on ISIS targets in Afghanistan "
        "Thursday, the first time this type of weapon has been used in battle, according to US officials.",
    ),
    # Associated Press, 2017-04-08
    "ap": (
        "2017-04-08",
        "Thursday night's strikes — some 60 cruise missiles fired from two ships in the Mediterranean — were "
        "the culmination of a rapid, three-day transformation for Trump, who has long opposed deeper U.S. "
        "involvement in Syria's civil war.",
    ),
    # Washington Times, 2017-04-07
    "wt": (
        "2017-04-07",
        "Mr. Trump ordered missile strikes in Syria Thursday without seeking authorization from Congress, "
        "drawing criticism from some Republicans and Democrats.",
    ),
    # Christian Science Monitor, 2017-04-19
    "csm": (
        "2017-04-19",
        "The Trump administration has portrayed the US missile strike on a Syrian air field earlier this "
        "month as a sign its willingness to make tough decisions.",
    ),
    # The Guardian, 2017-05-25 (manchester_bombing)
    "gu": (
        "2017-05-25",
        "British police have stopped sharing evidence from the investigation into the terror network "
        "behind the Manchester bombing with the United States after a series of leaks left investigators "
        "and the government furious.",
    ),
    # CNN, 2017-05-25
    "cnn2": (
        "2017-05-25",
        "The latest revelations come as intelligence sharing between the US and the UK resumed after a "
        "temporary halt following a series of high-profile leaks to US media of details surrounding the "
        "Manchester bombing investigation, which were blamed on US government officials.",
    ),
}


@pytest.fixture
def attacks(monkeypatch):
    # the United States is named in four of the six documents, Syria in three
    monkeypatch.setattr(SITES, "BROAD_MIN_DOCS", 6)
    monkeypatch.setattr(SITES, "BROAD_SHARE", 0.6)
    analyses = analyses_of(TEXTS)
    entities, mention_entity = resolve_entities(analyses)
    name = {e.id: e.name for e in entities}
    feats = features(analyses, mention_entity, None, {e.id: e.type for e in entities}, sites(entities))
    return {
        f.doc: (name.get(f.location or ""), {name[x] for x in f.where | f.around})
        for f in feats
        if f.type == "ATTACK"
    }


def test_the_country_every_document_names_places_no_attack(attacks):
    assert attacks["csm"][0] != "United States"
    assert all("United States" not in spots for _, spots in attacks.values())


def test_the_places_of_fewer_documents_still_place_their_attacks(attacks):
    assert attacks["cnn"][0] == "Afghanistan"
    assert attacks["wt"][0] == "Syria"
