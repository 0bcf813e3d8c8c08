"""One accuser's question whatever the NER calls her name or the verb that denies her charges
(real sentences of the AllSides 2016-2018 articles on Summer Zervos's suit, set d of the unseen
stories)."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.resolve.contradictions.denials import _CHARGES_ONLY, _FROM_UNNAMED
from storyline.resolve.contradictions.speakers import is_person


def _mention(text: str, type_: str) -> Mention:
    return Mention(id="m", sent=0, start=0, end=len(text), text=text, type=type_, key=text)


def test_a_person_by_the_stores_vote_when_the_mention_bears_her_name():
    zervos = Entity(id="e1", name="Summer Zervos", type="PERSON")
    # Reuters, 2018: "He faces a defamation lawsuit from Summer Zervos, …", the name tagged a place
    assert is_person(_mention("Summer Zervos", "GPE"), zervos)
    assert is_person(_mention("Zervos", "PERSON"), zervos)
    # a place linked to a person's entity by a slip of entity resolution is no person
    assert not is_person(
        _mention("Russia", "GPE"), Entity(id="e2", name="Anthony Scaramucci-Russia", type="PERSON")
    )
    # "contacts between the Trump campaign and Russia": the surname tagged ORG names the campaign
    assert not is_person(_mention("Trump", "ORG"), Entity(id="e3", name="Donald Trump", type="PERSON"))
    assert not is_person(_mention("Zervos", "PERSON"), None)


def test_what_a_denial_denies_read_as_one_persons_charges():
    # Reuters: "Trump's lawyer has said her accusations are false and politically motivated."
    assert _CHARGES_ONLY.match("her accusations")
    # New York Times: "He dismissed her accusations and those of other accusers as “made-up nonsense” …"
    assert _CHARGES_ONLY.match("her accusations and those of other accusers")
    assert _CHARGES_ONLY.match("his claims")
    # several accusers, or one account of several
    assert not _CHARGES_ONLY.match("all the allegations")
    assert not _CHARGES_ONLY.match("the allegations")
    assert not _CHARGES_ONLY.match("her claim that he asked her to drop the suit")
    assert not _CHARGES_ONLY.match("her allegations of sexual assault")


def test_charges_of_people_no_one_names():
    # The Guardian, November 2017, before "He has denied all the allegations."
    guardian = (
        "Their claims were followed by allegations from other women who said Moore had romantically "
        "pursued them when they were underage."
    )
    m = _FROM_UNNAMED.search(guardian)
    assert m is not None and guardian[m.end() :].startswith(" Moore had romantically pursued")
    # CNN, October 2018: an accuser named is her own question, not the unnamed accusers'
    assert not _FROM_UNNAMED.search(
        "At the same time, some of the nation's leaders in the law were condemning Kavanaugh for his "
        "partisan outburst as he denied the allegations by California psychology professor Christine "
        "Blasey Ford , who says he sexually assaulted her when they were in high school."
    )
