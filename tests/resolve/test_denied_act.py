"""A report must tell what is denied, and a denial must deny something: sentences of set "d" of
bench/contradictions_unseen.py (The Hill, The New York Times, The Guardian, Vox, USA TODAY,
Newsmax, CNN, Politico; AllSides 2016–2018) that the code before this round set against
something else: the setting of the denied act ("in breach of his plea agreement" / "agreed to a
plea deal"), a denial named and not said of what ("Last week's denial was particularly
jarring"), an inquiry "to determine whether", a talk about a meeting against the meeting, a
refusal ("declined to meet") as a denial of a contact."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.resolve.contradictions.asserted import denied_head, says_act
from storyline.resolve.contradictions.denials import _ABOUT_EVENT, _REFUSED
from storyline.resolve.contradictions.words import UNSURE, tells_of_a_denial

MANAFORT_DENIAL = "Manafort has denied that he misled investigators in breach of his plea agreement."
MANAFORT_PLEA = (
    "Convicted by a Northern Virginia jury in August of eight counts of financial fraud, Mr. Manafort "
    "agreed to a plea deal on the verge of a second trial."
)


def test_the_act_denied_is_the_head_of_the_clause():
    assert denied_head("that he misled investigators in breach of his plea agreement") == "misl"
    assert denied_head("that Trump or his campaign had been wiretapped") == "wireta"
    # any share in something: its reports tell the act in other words ("dictated a statement")
    assert (
        denied_head(
            "Sanders issued to knock down speculation that Trump had any involvement in Donald Jr.’s "
            "initial “adoption of Russian children” explanation for the Trump Tower meeting"
        )
        is None
    )


def test_a_report_says_the_act_in_any_form():
    assert not says_act("misl", MANAFORT_PLEA)
    assert says_act("misl", "Mueller said Manafort had been misleading investigators since his plea.")
    assert not says_act(
        "wireta",
        "The attacks on Obama come amid investigations of any contacts between Trump, his associates and "
        "Russians who may have been involved in efforts to influence last year's presidential election.",
    )


def test_a_denial_named_and_not_said_of_what_denies_nothing():
    assert tells_of_a_denial(
        "Last week's denial was particularly jarring as it came mere hours after Trump’s former personal "
        "attorney, Michael Cohen, pleaded guilty to a slate of crimes that include tax evasion, bank fraud "
        "and illegal campaign contributions."
    )
    # what the noun denies is told: "of a Prague visit", "speculation that …", a quote of it
    assert not tells_of_a_denial(
        "Another possibility, though, is that Cohen’s denial of a Prague visit is in fact technically "
        "correct, but misleading in some respect."
    )
    assert not tells_of_a_denial(
        "This is essentially the same denial Sanders issued to knock down speculation that Trump had any "
        "involvement in Donald Jr.’s initial “adoption of Russian children” explanation."
    )
    assert not tells_of_a_denial(
        "Cohen himself reiterated his denial again Saturday morning, telling CNN, “No, I have never been "
        "to Prague,” and sending this tweet rebutting the story:"
    )


def test_an_inquiry_into_whether_tells_nothing():
    assert UNSURE.search(
        'Trump is "requesting that as part of their investigation into Russian activity, the congressional '
        "intelligence committees exercise their oversight authority to determine whether executive branch "
        'investigative powers were abused in 2016," Spicer said.'
    )
    # declining to say whether, then telling it: a report still
    assert not UNSURE.search(
        "Comey, while declining to directly say whether he thought Trump tried to obstruct justice, "
        "nevertheless testified that he believed Trump directed him to shut down a probe into former "
        "national security adviser Michael Flynn."
    )


def test_the_setting_of_a_denied_act_is_no_report_of_it(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "hill": (
                "The Hill\n\nMueller first revealed last week that Paul Manafort allegedly lied to the special "
                "counsel’s office. " + MANAFORT_DENIAL + " His attorney, Kevin Downing, said in court last "
                "week that he might request further investigation."
            ),
            "nyt": (
                "New York Times\n\nPaul Manafort, President Trump’s former campaign chairman, faces sentencing. "
                + MANAFORT_PLEA
                + " Prosecutors said he had agreed to cooperate."
            ),
        },
    )
    assert not any(MANAFORT_DENIAL in s and MANAFORT_PLEA in s for s in reported_sides(store))


def test_a_talk_about_a_meeting_is_told_apart_from_the_meeting():
    # the mention of "spoke" was clustered with the Trump Tower meeting in set d's store (too few
    # articles here to cluster them): what the denial says of it keeps the meeting out
    assert _ABOUT_EVENT.search(
        "Trump Jr. also said he's not worried about his potential legal exposure concerning a meeting "
        "between himself and Russians at Trump Tower, and he denied that he spoke with his father about "
        "the meeting."
    )
    assert not _ABOUT_EVENT.search("Sessions said he did not have communications with the Russians.")


def test_a_refusal_is_no_denial():
    assert _REFUSED.search(
        '"Cohen further declined to meet with the office about other areas of investigative interest"'
    )
