"""bench/ecbplus_doc_clusters.py: which documents tell the same story (the ECB+ bench's stories)."""

from __future__ import annotations

import pytest
from bench.ecbplus_doc_clusters import _names, cluster_documents, similarity, split_by_years

# Two earthquakes told in the same words: only names and numbers tell the stories apart.
QUAKE_A = (
    "Earthquake destroys homes\nA 6.1 magnitude earthquake struck Aceh province early on "
    "Tuesday, killing 12 people and destroying hundreds of homes, officials said."
)
QUAKE_A2 = "Aceh digs out\nRescuers in Aceh pulled survivors from the rubble after the 6.1 tremor."
QUAKE_B = (
    "Earthquake destroys homes\nA 7.0 magnitude earthquake struck Arequipa province early on "
    "Tuesday, killing 12 people and destroying hundreds of homes, officials said."
)
QUAKE_B2 = "Arequipa mourns\nVillages around Arequipa lie flattened after the 7.0 tremor."


def test_names_skip_line_openers_and_keep_numbers():
    got = _names('Police said Lindsay Lohan\'s car hit 3 cars in Los Angeles.\n"Nobody" was hurt.')
    assert got == {"lindsay": 1, "lohan": 1, "3": 1, "los": 1, "angeles": 1}


def test_names_tell_two_stories_of_one_kind_apart():
    texts = {"a1": QUAKE_A, "a2": QUAKE_A2, "b1": QUAKE_B, "b2": QUAKE_B2}
    dc = cluster_documents(texts, threshold=0.2)
    assert dc["a1"] == dc["a2"] != dc["b1"] == dc["b2"]
    # the same texts by all their words: the two reports told alike go together
    words = cluster_documents(texts, threshold=0.2, terms="words")
    assert words["a1"] == words["b1"]


def test_words_vocabulary_and_bad_terms():
    texts = {"a1": QUAKE_A, "a2": QUAKE_A2}
    assert len(set(cluster_documents(texts, threshold=0.0, terms="words").values())) == 1
    assert cluster_documents({}, terms="words") == {}
    with pytest.raises(ValueError, match="terms must be one of"):
        cluster_documents(texts, terms="nouns")


# One shooting told twice: the first report names the gunman, the second the victim, so they
# share no name but most of their words; a second shooting elsewhere shares the words too.
SHOT_A1 = (
    "Gunman opens fire at mall\nPolice said John Carver opened fire inside the Westfield mall "
    "food court, wounding three shoppers before officers arrested him near the parking garage."
)
SHOT_A2 = (
    "Shopper recalls mall gunfire\nMary Dunne was buying lunch in the food court when the gunman "
    "opened fire, wounding three shoppers; officers arrested him near the parking garage."
)
SHOT_B = (
    "Shooting at school\nOfficers in Toledo arrested Peter Lang after he opened fire at Lincoln "
    "High School, wounding two students, police said."
)


# other news of the day, so that words common to every report weigh little
OTHER = {
    "o1": "Stocks slip\nShares in Tokyo fell for a third day as investors weighed the yen.",
    "o2": "Rain delays final\nThe Wimbledon final moved to Monday after heavy rain in London.",
    "o3": "Budget vote\nLawmakers in Ottawa passed the budget after a night of debate.",
}


def test_mixed_terms_add_the_words_two_reports_share():
    texts = {"a1": SHOT_A1, "a2": SHOT_A2, "b": SHOT_B, **OTHER}
    ids, names = similarity(texts, "names")
    _, mixed = similarity(texts, "mixed")
    a1, a2, b = ids.index("a1"), ids.index("a2"), ids.index("b")
    assert names[a1, a2] == 0  # not one name in common
    assert mixed[a1, a2] > 2 * max(mixed[a1, b], mixed[a2, b])  # their words are one story's
    dc = cluster_documents(texts, threshold=0.1)  # the default vocabulary is the mixed one
    assert dc["a1"] == dc["a2"] != dc["b"]
    by_names = cluster_documents(texts, threshold=0.1, terms="names")
    assert by_names["a1"] != by_names["a2"]


def test_documents_told_years_apart_are_less_alike():
    # Two trades of one player told in the same names, 2008 and 2012: near the threshold, the
    # year tells the stories apart; a document of unknown year is not pushed away
    texts = {
        "t1": "Teixeira signs with Yankees\nMark Teixeira agreed to join the Yankees, the team said.",
        "t2": "Yankees land Teixeira\nThe Yankees signed Mark Teixeira to an eight-year deal.",
        "u1": "Quake hits Aceh\nA 6.1 earthquake struck Aceh on Tuesday.",
    }
    ids, sim = similarity(texts, "mixed")
    cos = float(sim[ids.index("t1"), ids.index("t2")])
    at = cos - 0.03  # a threshold the pair passes by less than the penalty
    assert len({cluster_documents(texts, threshold=at)[k] for k in ("t1", "t2")}) == 1
    apart = cluster_documents(texts, threshold=at, years={"t1": 2008, "t2": 2012, "u1": None})
    assert apart["t1"] != apart["t2"]
    same = cluster_documents(texts, threshold=at, years={"t1": 2008, "t2": None, "u1": 2012})
    assert same["t1"] == same["t2"]


# Two Watergate deaths told in the same names (ECB+ topic 28, dev): Mark Felt's and Fred
# LaRue's reports share "Watergate", "Deep Throat", "Nixon", "White House".
FELT = {
    "f1": "Mark Felt, the mysterious Deep Throat source who helped Washington Post reporters crack "
    "the Watergate scandal that brought down President Richard Nixon, has died at age 95.",
    "f2": "W. Mark Felt, the former FBI second-in-command who revealed himself as Deep Throat, has "
    "died. Felt died Thursday in Santa Rosa after heart failure, a Watergate figure to the end.",
    "f3": "Felt, the FBI's associate director during the Watergate scandal, better known as Deep "
    "Throat, died at his home in Santa Rosa. Nixon's White House never forgave Felt.",
}
LARUE = {
    "l1": "Fred LaRue, known as the bagman of the Watergate scandal, whom many suspected of being "
    "Deep Throat, had died. LaRue, a Nixon White House aide, was found dead in a hotel.",
    "l2": "Watergate bagman Fred LaRue, 75, dies. Frederick LaRue, the Nixon White House aide who "
    "delivered payoffs to Watergate conspirators, died in a hotel in Biloxi.",
    "l3": "Fred LaRue, Watergate figure, dies at 75. LaRue, a top Nixon campaign official, died at a "
    "hotel in Biloxi, Mississippi; some had named him Deep Throat.",
}


def test_a_story_whose_halves_are_told_in_two_years_is_cut_in_two():
    texts = {**FELT, **LARUE}
    merged = cluster_documents(texts, threshold=0.0)
    assert len(set(merged.values())) == 1  # at a low threshold the shared names hold them together
    ids, sim = similarity(texts, "mixed")
    one = [0] * len(ids)
    told = {**dict.fromkeys(FELT, 2008), **dict.fromkeys(LARUE, 2004)}
    cut = split_by_years(sim, one, [told[i] for i in ids])
    story = dict(zip(ids, cut))
    assert story["f1"] == story["f2"] == story["f3"] != story["l1"] == story["l2"] == story["l3"]
    # one year for all, or a half with fewer than YEAR_SUPPORT dated documents: one story
    assert split_by_years(sim, one, [2008] * len(ids)) == one
    few = {**told, "l3": None}
    assert split_by_years(sim, one, [few[i] for i in ids]) == one
    # a story of fewer than SPLIT_MIN documents is never cut
    assert split_by_years(sim[:5, :5], one[:5], [told[i] for i in ids[:5]]) == one[:5]
