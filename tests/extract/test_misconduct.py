"""Acts of misconduct as events (extract/misconduct.py) on real sentences of the AllSides 2016–2018
articles: meddling, interference, hacking (INTERFERE), collusion (COLLUDE), wrongdoing and affairs
(MISCONDUCT), so that a denial of one links to it and meets the reports that state it."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Certainty, Document, Polarity


def _analysis(text: str):
    c = clean_text(text)
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published="2017-06-01"
    )
    (a,) = list(analyse([doc]))
    return a


def _acts(text: str, etype: str):
    """(trigger, {mention text: role}, factuality) of the sentence's events of one type."""
    a = _analysis(text)
    names = {m.id: m.text for m in a.mentions}
    return [
        (e.trigger, {names[p.ref]: p.role for p in e.participants if p.ref in names}, e.factuality)
        for e in a.events
        if e.type == etype
    ]


def _denied(text: str) -> list[str]:
    """The triggers of the events the sentence's denials link to."""
    a = _analysis(text)
    events = {e.id: e for e in a.events}
    return [events[c.event].trigger for c in a.claims if c.stance == "DENY" and c.event in events]


def test_a_denial_of_meddling_links_to_the_meddling_by_the_denier():
    text = "Moscow has denied interfering in the U.S. election, and the White House has denied having improper ties to Russia."
    ((trigger, parts, fact),) = _acts(text, "INTERFERE")
    assert trigger == "interfering" and parts == {"Moscow": "agent"}
    assert fact.polarity is Polarity.NEG and fact.certainty is Certainty.CERTAIN
    assert "interfering" in _denied(text)


def test_a_bare_denial_of_meddling_and_of_collusion_each_link_to_their_act():
    text = "The Kremlin has denied meddling and Trump has said there was no collusion."
    assert _denied(text) == ["meddling", "collusion"]


def test_a_denied_affair_is_the_deniers_with_the_women():
    text = "Trump has denied having affairs with the women."
    ((_, parts, fact),) = _acts(text, "MISCONDUCT")
    assert parts == {"Trump": "agent"} and not fact.happened
    assert _denied(text) == ["affairs"]


def test_foreign_affairs_are_no_affair():
    assert _acts("Trump would make good decisions on foreign affairs.", "MISCONDUCT") == []


def test_a_conclusion_that_russia_interfered_is_a_fact_of_russias():
    text = (
        "U.S. intelligence agencies have concluded that Russia interfered in the election to try to tip "
        "it toward Trump and away from his Democratic challenger, Hillary Clinton."
    )
    ((_, parts, fact),) = _acts(text, "INTERFERE")
    assert parts == {"Russia": "agent"} and fact.happened


def test_a_nationality_before_the_noun_does_it_and_the_probe_into_it_is_no_fact():
    text = (
        "Sessions recused himself from the Justice Department's investigation into Russian "
        "interference in the 2016 election."
    )
    ((_, parts, fact),) = _acts(text, "INTERFERE")
    assert parts == {"Russian": "agent"} and not fact.happened


def test_collusion_looked_for_and_not_found_is_no_fact():
    for text in (
        "As the investigation into possible collusion between the 2016 Trump campaign and the Russian "
        "government kicks into high gear, new questions are surfacing about the President's authority "
        "to pardon those close to him.",
        "The FBI has uncovered no evidence of collusion after a yearlong investigation, but they "
        "continue, including a Justice Department special counsel probe that began in May.",
    ):
        ((_, _, fact),) = _acts(text, "COLLUDE")
        assert not fact.happened, text


def test_what_is_hacked_is_the_patient():
    text = (
        "Cozy Bear and Fancy Bear hacked the DNC, and the operation was almost certainly directed by "
        "the Russian government."
    )
    ((_, parts, fact),) = _acts(text, "INTERFERE")
    assert parts.get("DNC") == "patient" and fact.happened


def test_an_act_under_an_inquiry_into_how_it_was_done_is_no_fact():
    text = (
        "The documents could offer insights into the state of the investigation into how Russia "
        "meddled in the 2016 presidential election by hacking Democrats and pushing fake news about "
        "Trump opponent Hillary Clinton."
    )
    acts = _acts(text, "INTERFERE")
    assert {t for t, _, _ in acts} == {"meddled", "hacking"}
    assert not any(fact.happened for _, _, fact in acts)


def test_a_political_hack_is_a_person_not_a_hacking():
    text = (
        "In a speech on the Senate floor, he warned the president: “It would be a very, very, very bad "
        "idea to fire the attorney general because he’s not executing his job as a political hack.”"
    )
    assert _acts(text, "INTERFERE") == []
