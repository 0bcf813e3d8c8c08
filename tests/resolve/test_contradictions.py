"""Contradictions on small articles written for the test, through the real pipeline."""

from __future__ import annotations

import pytest
from tests.records import rows

from storyline.pipeline import ingest_paths
from storyline.store import SQLiteStore


@pytest.fixture()
def store(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(
        "Harbour Courier\n\nHarbour commissioner Alina Marek denied having met Dmitri Volkov, "
        "the chief executive of Northmere, in an interview on April 10, 2025. "
        "Mayor Henrik Daal denied the story about the budget.\n"
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Harbour Ledger\n\nAlina Marek met Dmitri Volkov at the Grand Quay Hotel on March 3, 2025, "
        "hotel records show, two officials told the Ledger. "
        "Henrik Daal met Ruth Abernathy at City Hall on May 2, 2025, the council said.\n"
    )
    s = SQLiteStore(str(tmp_path / "s.db"))
    ingest_paths(s, [str(a), str(b)])
    return s


def test_denied_contact_with_a_named_person_contradicts_the_report(store):
    contradictions = rows(store.contradictions())
    marek = store.find_entity("Alina Marek").id
    ours = [
        k
        for k in contradictions
        if k["details"][0]["speaker"] == marek
        or any(c["speaker"] == marek and c["stance"] == "DENY" for c in k["details"])
    ]
    assert len(ours) == 1 and "Volkov" in ours[0]["reason"]


def test_a_denial_about_something_else_contradicts_no_meeting(store):
    contradictions = rows(store.contradictions())
    daal = store.find_entity("Henrik Daal").id
    assert not [
        k for k in contradictions if any(c["speaker"] == daal and c["stance"] == "DENY" for c in k["details"])
    ]
