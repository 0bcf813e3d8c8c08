"""Labels of acts of saying name what is said when the claims of their sentence tell it ("Haas
confirms firing of Halloran", not "Haas confirms"), and nothing they do not tell. Sentences of the
samples (samples/, courier_halloran_fired.html) and of AllSides 2016–2018
(The Hill, The Christian Science Monitor)."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.labels import said_content


def _labels(tmp_path, text: str, etype: str) -> list[str]:
    store = ingest_texts(tmp_path, {"a": text})
    events = resolve(list(store.resolution_input())).events
    store.close()
    return [e.label for e in events if e.type == etype]


def test_a_confirmation_names_the_firing_it_confirms(tmp_path):
    text = (
        "The Marrowick Courier\n\nThe Marrowick Port Authority on Friday fired its procurement "
        "director, Peter Halloran. Board chairman Viktor Haas confirmed that Halloran had been "
        'dismissed "for serious breaches of the authority\'s procurement rules and its code of conduct."\n'
    )
    assert "Haas confirms firing of Halloran" in _labels(tmp_path, text, "CONFIRM")


def test_a_denial_names_the_attack_it_denies(tmp_path):
    text = (
        "The Hill\n\nGianforte allegedly slammed Ben Jacobs to the floor at the candidate’s campaign "
        "headquarters in Bozeman as The Guardian reporter posed questions about the Republicans’ "
        "ObamaCare repeal plan — a charge Gianforte denies.\n"
    )
    assert _labels(tmp_path, text, "DENY") == ["Gianforte denies attack on Jacobs"]


def test_an_announcement_of_a_meeting_that_will_not_be_names_no_meeting(tmp_path):
    text = (
        "The Christian Science Monitor\n\nSo for example when the Kremlin announced Monday that "
        "Russian President Vladimir Putin would not be meeting with Tillerson, it caused a commotion.\n"
    )
    labels = _labels(tmp_path, text, "ANNOUNCE")
    assert labels and not any("meeting" in x for x in labels)


def test_the_samples_say_what_was_denied_and_confirmed_and_not_when(sample_store):
    labels = {e.label for e in resolve(list(sample_store.resolution_input())).events}
    assert {"Marek denies meeting with Volkov", "Haas confirms firing of Halloran"} <= labels
    # "Lund confirmed after the hearing that his client had been interviewed": the hearing is
    # when he said it, not what he confirmed
    assert not [x for x in labels if x.startswith("Lund confirms ")]


def test_what_is_said_names_who_did_what_or_nothing():
    assert said_content("MEET", [], ["Volkov"]) == "meeting with Volkov"
    # a contact the speaker had no part in: whose meeting it was says too little
    assert said_content("MEET", ["Volkov"], [], with_speaker=False) is None
    assert (
        said_content("MEET", ["Trump"], ["Francis"], with_speaker=False)
        == "meeting between Trump and Francis"
    )
    assert said_content("RESIGN", ["Marek"], []) == "Marek's resignation"
    assert said_content("RESIGN", [], []) is None  # never "confirms the resignation"
    assert said_content("PROPOSE", [], ["Medicaid"]) is None  # "proposal of Medicaid" misreads
