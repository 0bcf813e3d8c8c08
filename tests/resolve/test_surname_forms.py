"""Surname forms across documents, on sentences of the AllSides articles that report Donald Trump
Jr.'s Trump Tower meeting and Emmanuel Macron's win over Marine Le Pen (July and May 2017,
bench/data/dedup_allsides.json): "Trump Jr." is Donald Trump Jr., never his father, even when a
headline glues a word before his full name; "Le Pen", a surname with a particle that the NER
types a place as often as a person, is Marine Le Pen."""

from __future__ import annotations

from tests.resolve.articles import entity_ids

TEXTS = [
    # USA TODAY, 2017-07-08
    "WASHINGTON — President Trump’s eldest son, Donald Trump Jr., arranged a previously undisclosed "
    "meeting at Trump Tower last year during the presidential campaign between members of his father’s "
    "inner circle and a Russian lawyer with Kremlin ties, The New York Times reported Saturday.",
    # Vox, 2017-07-09
    "Trump Jr. is claiming that the lawyer did not in fact have any useful information and that the "
    "matter progressed no further — and that Trump himself had no knowledge of the meeting at all.",
    # Fox Online News, 2017-07-10
    "The report comes as Trump and his family separately are grappling with a New York Times report that "
    "Donald Trump Jr. and other members of the president’s inner circle met last summer with a Russian "
    "lawyer.",
    # Politico, 2017-07-14
    "The Agalarovs hosted the 2013 Miss Universe pageant in Moscow; President Donald Trump owned the "
    "franchise at the time, attended the event and befriended the Agalarovs.",
    # USA TODAY, 2017-07-11 (a video caption run into the text)
    "CLOSE Donald Trump Jr. released emails that showed him setting up a meeting to get 'incriminating' "
    "information about Hillary Clinton during the campaign.",
    # The Guardian, 2017-05-07
    "The pro-EU centrist Emmanuel Macron has vowed to unite a divided and fractured France after winning "
    "a decisive victory over the far-right Front National candidate Marine Le Pen in the country’s "
    "presidential election. Le Pen swiftly conceded defeat.",
    # Reason, 2017-05-08
    "Le Pen's loss was not unexpected—she trailed by about 20 points in head-to-head polling against "
    "Macron and ultimately finished nearly 25 percent behind him.",
]


def _entities() -> dict[str, set[str]]:
    """Mention text -> the entity ids it was given."""
    return entity_ids(TEXTS, "2017-07-11")[0]


def test_a_son_named_by_surname_and_suffix_is_the_son():
    ents = _entities()
    son = ents["Donald Trump Jr."]
    assert ents["Trump Jr."] == son
    # the headline's glued word makes no one of him, nor his father
    glued = [ids for text, ids in ents.items() if text.startswith("CLOSE")]
    assert all(ids == son for ids in glued), glued
    assert ents["Donald Trump"] != son


def test_a_particled_surname_alone_is_the_full_name():
    ents = _entities()
    full = ents["Marine Le Pen"]
    assert ents["Le Pen"] == full
