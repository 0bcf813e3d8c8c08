"""A negated account of one's own conduct or knowledge, told with a verb of saying, is a denial
whose content is the act without its negation; a negated stance, a not-knowing-which and a
statement of absence are none. Sentences of AllSides 2016–2018 articles in the dev part of
bench/denials.py's last set (read by hand before the change)."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _claims(text: str):
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2018-01-01")])
    return a.claims


def _denial(text: str):
    denials = [c for c in _claims(text) if c.stance == "DENY"]
    return denials[0] if denials else None


def test_never_worked_for_is_his_denial():
    d = _denial("But Mr. Rosenberg said he never worked for Mr. Trump again for fear of another shakedown.")
    assert d is not None and "Rosenberg" in d.speaker_text
    assert d.denied.startswith("he worked for Mr. Trump")


def test_was_not_a_source_denies_being_one():
    text = (
        "McCabe had said that he was not a source for background leaks about the investigation of the "
        "Clinton Foundation."
    )
    d = _denial(text)
    assert d is not None and "McCabe" in d.speaker_text
    assert d.denied.startswith("that he was a source for background leaks")


def test_did_not_know_that_denies_knowing():
    text = (
        "In prepared testimony obtained by the Associated Press ahead of the hearing, Snyder maintained "
        "that he did not know that Flint’s water was contaminated until Oct. 1, 2015."
    )
    d = _denial(text)
    assert d is not None and "Snyder" in d.speaker_text


def test_a_lawyer_denies_for_his_client():
    d = _denial("Robert Driscoll, an attorney for Butina, said she was not a Russian agent.")
    assert d is not None and "Driscoll" in d.speaker_text


def test_a_negated_stance_is_no_denial():
    text = "But Trump said he did not blame conservatives in his own party who would not vote for the bill."
    assert _denial(text) is None


def test_not_knowing_whether_is_no_denial():
    text = (
        "Shortly before, Sean Spicer, the White House press secretary, said he did not know if Trump has "
        "already made up his mind after listening to industry leaders and foreign leaders."
    )
    assert _denial(text) is None


def test_no_evidence_is_a_statement_of_absence():
    text = (
        "Microsoft said it had no evidence the hackers succeeded in compromising any user credentials or "
        "stole any data."
    )
    assert _denial(text) is None
