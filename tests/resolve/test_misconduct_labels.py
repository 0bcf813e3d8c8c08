"""Labels of misconduct events (extract/misconduct.py): a country that meddles is a party, not the
place ("Russia has denied meddling in the election, although U.S. intelligence agencies have
concluded Moscow interfered", unseen set d, was labelled "Interference in Moscow")."""

from __future__ import annotations

from storyline.resolve.labels import label, label_roles


def test_a_country_that_interferes_is_its_agent_not_its_place():
    roles, place = label_roles("INTERFERE", {"e1": "agent"}, {"e1": "GPE"}, None)
    assert roles == {"e1": "agent"} and place is None
    assert label("INTERFERE", ["Russia"], [], None) == "Russia interferes"


def test_a_place_met_in_stays_the_place():
    roles, place = label_roles("MEET", {"e1": "participant"}, {"e1": "GPE"}, None)
    assert roles == {} and place == "e1"
