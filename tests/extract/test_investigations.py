"""Who an investigation is of: "into" / "of" names the one investigated; a name compounded
before the noun ("the Flynn investigation", "the Mueller investigation", "the Russia
investigation") may be the target, the investigator or the subject, so it is only said to be in
it. Before, such a name was the agent, and the store's largest undated event read "Flynn
investigates". Sentences from AllSides 2016-2018 reports (../shared/data), none from the
held-out events of bench/news_scale.py."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _investigations(text: str) -> list[dict[str, str]]:
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2017-06-01")])
    names = {m.id: m.text for m in a.mentions}
    return [
        {names[p.ref]: p.role for p in e.participants if p.ref in names}
        for e in a.events
        if e.type == "INVESTIGATE"
    ]


def test_into_names_the_one_investigated():
    (parts,) = _investigations(
        "“It would be unthinkable if the president actually did what was reported, asked FBI Director "
        "Comey to, in effect, back off of at least the investigation into General Flynn,” Warner said."
    )
    assert parts == {"Flynn": "patient"}
    (parts,) = _investigations(
        "Sherman argued that the ousting of Comey, who was leading the investigation into Russia, amounted "
        'to the "high crimes and misdemeanors" required in the Constitution for removal from office.'
    )
    assert parts.get("Russia") == "patient"
    assert parts.get("Comey") == "agent"  # who leads it, as before


def test_a_name_before_the_noun_is_not_the_investigator():
    (parts,) = _investigations(
        "Trump requested that everyone present leave the room except Coats and CIA Director Mike Pompeo "
        "(just as Trump reportedly did before he asked Comey to drop the Flynn investigation)."
    )
    assert parts == {"Flynn": "participant"}
    (parts,) = _investigations(
        "Mr. McCabe also undercut White House claims that the Russia investigation was not a major area "
        "of focus for the FBI."
    )
    assert parts == {"Russia": "participant"}


def test_an_organisation_before_the_noun_still_investigates():
    parts = _investigations(
        "Trump has indicated that the FBI’s investigation into Russia’s meddling in the 2016 elections and "
        "links to his campaign made up part of his thinking when he dismissed the director."
    )
    assert {"FBI": "agent"}.items() <= parts[0].items()
