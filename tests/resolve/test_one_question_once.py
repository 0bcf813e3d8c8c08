"""One disagreement, one entry: the same denier's denials of the same thing across articles
joined though worded apart (real sentences of the AllSides 2018 articles on the Kavanaugh
allegations and the Daniels payment)."""

from __future__ import annotations

from storyline.model import Claim
from storyline.resolve.contradictions.denials import (
    _ACCUSER_NAMED,
    _CONTACT_DENIED,
    _SUM,
    _TALKED_OF,
    _charged,
    same_words,
)
from storyline.resolve.contradictions.words import word_stems

# Reuters and The Guardian, 2018: Trump's denial that he knew of the payment, in other words
DISPUTED = "He previously disputed knowing anything about the payments."
DENYING = (
    "Donald Trump has admitted that $130,000 of hush money was paid to the pornographic film actor "
    "Stormy Daniels to stop her going public about an alleged affair with him, despite the president "
    "previously denying knowledge of the payment."
)


def _claim(i: str, text: str) -> Claim:
    return Claim(id=i, sent=0, stance="DENY", text=text, start=0, end=len(text), doc=i)


def test_a_words_other_form_is_the_same_word():
    # the words of the story itself are in too many of its claims to be rare
    story = word_stems("Trump, Cohen and the payments to Stormy Daniels")
    one, other = _claim("a", DISPUTED), _claim("b", DENYING)
    rare = {c.id: set(word_stems(c.text) - story) for c in (one, other)}
    assert len(rare["a"] & rare["b"]) < 2  # "knowing", "knowledge": five letters tell them apart
    assert same_words(one, other, rare) >= 2
    # Reuters and Politico, 2017: words beginning alike are not forms of one another
    aides = _claim(
        "c",
        "Mr. Trump and his chief aides have denied Mr. Steele’s allegations that they engaged in an "
        "“extensive conspiracy” to hack computers and troll on social media.",
    )
    cobb = _claim(
        "d",
        "“In response to media speculation and related questions being posed to the Administration,“ "
        "the White House yet again confirms that the President is not considering or discussing the firing",
    )
    rare = {
        c.id: set(word_stems(c.text)) - {"white", "house", "presi", "respo", "quest", "relat"}
        for c in (aides, cobb)
    }
    assert rare["c"] & rare["d"] == {"media"}
    assert same_words(aides, cobb, rare) == 1  # "conspiracy", "considering"


def test_a_denial_names_whose_allegations_it_denies():
    def accuser(text: str) -> str | None:
        m = _ACCUSER_NAMED.search(text)
        return (m.group("by") or m.group("of")) if m else None

    # Fox News, September 2018
    assert (
        accuser("Kavanaugh rebutted a number of claims from Ford, who said he attempted to rape her")
        == "Ford"
    )
    # Reuters, October 2018
    assert accuser("Judge has denied Ford’s allegations.") == "Ford"
    # one account of someone's, not all their allegations
    assert accuser("Trump denied Comey's claim that he asked for his loyalty.") is None
    assert accuser("Kavanaugh has also denied her accusations.") is None


def test_a_denial_of_the_charge_answers_an_accusation_of_it():
    # Politico and Vox, September 2018
    denial = (
        "Senate Republicans are racing to confirm Brett Kavanaugh, betting that the Supreme Court nominee "
        "was persuasive enough in his denial that he sexually assaulted a high school acquaintance to "
        "counter the powerful testimony of his accuser, Christine Blasey Ford."
    )
    ford = (
        "Christine Blasey Ford’s written testimony for Thursday’s Senate hearing with Supreme Court nominee "
        "Brett Kavanaugh begins with a stunning, simple summary of why she has come forward with an "
        "accusation of sexual assault against a man who could soon be one of the most powerful people in "
        "the country."
    )
    ramirez = (
        "Another woman, Deborah Ramirez, has accused Kavanaugh of exposing himself during a drunken "
        "dormitory party during the 1983-84 academic year when both attended Yale University."
    )
    assert _charged(denial, ford)
    assert not _charged(denial, ramirez)  # another charge
    # "denied the allegations" says no charge: the accuser's join reads it another way
    assert not _charged("Kavanaugh has repeatedly denied the allegation.", ford)


def test_a_named_claim_that_says_what_it_is_names_no_accuser():
    # 2017 articles of the news-scale sample: one of Trump's accounts, not all he alleges
    assert not _ACCUSER_NAMED.search(
        "CNN reported that Former FBI Director James Comey would refute Trump’s claim the director told "
        "him three separate times he was not personally under investigation."
    )
    assert not _ACCUSER_NAMED.search(
        "A spokesman for Obama said Trump's claim is false, and noted that presidents do not have the legal "
        "authority to authorize wiretaps in any case."
    )


def test_a_description_before_the_accusers_name_still_names_her():
    # USA TODAY, September 2018
    m = _ACCUSER_NAMED.search(
        "At the same time, some of the nation's leaders in the law were condemning Kavanaugh for his "
        "partisan outburst as he denied the allegations by California psychology professor Christine "
        "Blasey Ford , who says he sexually assaulted her."
    )
    assert m is not None and m.group("by") == "Ford"
    # whom the claims are against is no accuser; nor a description with no name after it
    assert not _ACCUSER_NAMED.search("Moore denied the claims by women against Moore.")
    assert not _ACCUSER_NAMED.search("He denied the allegations by a former aide that he lied.")


def test_a_contact_denied_in_words_is_the_contact_question():
    # Slate, January 2018: an interview denied, told in words no event was read from
    assert _CONTACT_DENIED.search('he was interviewed by Michael Wolff for "Fire And Fury')
    assert not _TALKED_OF.search('he was interviewed by Michael Wolff for "Fire And Fury')
    # what was talked of is denied, not the talk ("denied that he spoke to Comey about Flynn")
    assert _TALKED_OF.search("he spoke to Comey about Flynn")


def test_the_same_sum_in_what_is_denied():
    # The Guardian and Fox News, May 2018: Trump's denial that he knew of the payment, twice
    one = "that he know about the $130,000 payment to Daniels – made by Cohen days before the 2016 presidential election"
    other = "that he know about the $130,000 payment"
    assert _SUM.findall(one) == _SUM.findall(other) == ["$130,000"]
    assert _SUM.findall("a $1.6 million settlement") == ["$1.6 million"]
    assert _SUM.findall("the 2016 election") == []
