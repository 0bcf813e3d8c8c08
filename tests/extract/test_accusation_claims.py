"""Accusations told as narration, read as the accuser's claim (real AllSides 2016–2018
sentences): the accuser speaks, the accused does what "of" names, and a denial of a visit."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis
from tests.extract.sentences import claims_at as _claims_of

PRAGUE = (
    "Mr. Steele’s Russian sources accused Mr. Trump’s attorney, Michael Cohen, of attending a "
    "meeting with Russian agents in Prague to cover up their role in Moscow’s hacking. Mr. Cohen "
    "has said he has never been to Prague and was in California at the time."
)


def test_an_accusation_is_the_accusers_claim_that_the_accused_did_it():
    a = _analysis(PRAGUE)
    (c,) = _claims_of(a, "Mr. Steele")
    assert c.stance == "ASSERT" and c.speaker_text == "Mr. Steele’s Russian sources"
    told = next(e for e in a.events if e.id == c.event)
    assert told.type == "MEET" and a.doc.text[told.start : told.end] == "attending"
    # the accused attends ("of" hangs on "attorney", the object, in the parse)
    names = {m.id: m.key for m in a.mentions}
    assert "Michael Cohen" in {names.get(p.ref) for p in told.participants}


def test_never_having_been_somewhere_is_a_denial_of_the_visit():
    a = _analysis(PRAGUE)
    (d,) = _claims_of(a, "Mr. Cohen has said")
    assert d.stance == "DENY" and d.speaker_text == "Michael Cohen"


def test_a_passive_accusation_is_told_by_the_agent_not_the_accused():
    a = _analysis(
        "Penguin Random House art director Giuseppe Castellano was accused by one woman of sexual harassment."
    )
    (c,) = a.claims
    assert c.stance == "ASSERT" and c.speaker_text == "one woman"


def test_charged_that_is_a_claim_and_not_accusing_is_none():
    a = _analysis("And Trump has charged that the New York case against him is politically motivated.")
    assert [(c.stance, c.speaker_text) for c in a.claims] == [("ASSERT", "Trump")]
    a = _analysis("In Monday's interview, Swetnick did not accuse Kavanaugh of assaulting her.")
    assert not [c for c in a.claims if c.stance == "ASSERT"]
