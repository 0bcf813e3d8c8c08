"""Claims the extraction missed or misread in the 330 AllSides articles of bench/contradictions.py
(sentences as the articles write them), read through the real pipeline."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.model import Certainty, Polarity
from storyline.pipeline import build_document


def _analysis(text: str):
    return next(iter(analyse([build_document(RawArticle("t", text, "text"), "2017-12-04")])))


def test_a_quote_a_saying_introduces_with_a_colon_is_its_claim():
    # Politico, the day after Trump's tweet on Flynn: the quote is what the tweet said
    a = _analysis(
        "This was after Trump’s account tweeted Saturday: “I had to fire General Flynn because he lied "
        "to the Vice President and the FBI. He has pled guilty to those lies.”"
    )
    said = [c for c in a.claims if c.stance == "ASSERT"]
    assert [c.speaker_text for c in said] == ["Trump"]
    assert said[0].event is not None  # the firing, told in the quote


def test_a_colon_after_what_was_done_introduces_no_saying():
    # Politico: the Justice Department announced the appointment; Gingrich wrote the quote
    a = _analysis(
        "It was a big reversal for the former House speaker, who wrote in a Twitter post on May 17, the "
        "day the Justice Department announced the special counsel appointment: “Robert Mueller is a "
        "superb choice.”"
    )
    assert not any(c.speaker_text == "Justice Department" for c in a.claims)


def test_someones_account_says_what_they_say():
    a = _analysis(
        "The new debate about obstruction exploded after Trump's account tweeted during the weekend that "
        "he had to fire Flynn because Flynn lied to Vice President Mike Pence and the FBI."
    )
    assert [c.speaker_text for c in a.claims] == ["Trump"]
    # a pronoun's account stays the account's: the nearest name ("the Comey hearing") is not its owner
    b = _analysis(
        "During the Comey hearing, his official presidential Twitter account falsely said that the FBI "
        "chief and his National Security Agency counterpart Mike Rogers testified that Russia had no "
        "influence on the electoral process."
    )
    assert "Comey" not in [c.speaker_text for c in b.claims]


def test_no_danger_of_an_event_forecasts_it_and_denies_nothing():
    # The Hill: critics predicting, not reporting that Trump did not fire Mueller
    a = _analysis(
        "Critics, however, contend that there’s no danger of President Trump firing Mueller and predict "
        "the bill would die in the GOP-controlled House."
    )
    assert not any(c.stance == "DENY" for c in a.claims)
    firing = next(e for e in a.events if e.type == "FIRE")
    assert not (
        firing.factuality.polarity is Polarity.NEG and firing.factuality.certainty is Certainty.CERTAIN
    )


def test_what_would_happen_to_a_subject_noun_is_no_fact_denied():
    # The Hill on the Clinton email investigation: a decision announced, not charges denied
    a = _analysis(
        "In July, FBI director James Comey announced that no criminal charges would be brought against "
        "the Democrat, even as he criticized her and her aides for being “extremely careless in their "
        "handling of very sensitive, highly classified information.”"
    )
    assert [c.stance for c in a.claims if c.speaker_text == "James Comey"] == ["ASSERT"]
    # told as past fact, a negated subject still denies (Politico)
    b = _analysis(
        "However, as of Friday afternoon a spokesman for the Senate Judiciary Committee said no complaint "
        "had arrived from Trump’s legal team."
    )
    assert [c.stance for c in b.claims] == ["DENY"]
