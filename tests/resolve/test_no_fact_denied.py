"""Denials that deny no fact, on the unseen sets' sentences (bench/contradictions_unseen.py): a
dismissal as a name that says nothing is false, a poll's share calling something false, talking
of a topic read as a contact, a contact denied only lately."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve.contradictions.denials import LATELY, topic_only
from storyline.resolve.contradictions.words import only_opinion, tells_of_a_denial


def _denials(store):
    return [c for c in store.contradictions().items if c.kind in ("DENIAL", "CHANGED_ACCOUNT")]


def test_a_dismissal_as_a_name_is_a_view_unless_the_name_says_false():
    # Reuters, 2018-10-02; Fox News, 2018-09-23
    assert only_opinion(
        "Trump dismissed the allegations against Kavanaugh as a “big fat con job” orchestrated by Democrats."
    )
    assert not only_opinion(
        "White House spokeswoman Kerri Kupec dismissed Ramirez's allegation as a \"coordinated smear "
        'campaign," in a statement on Sunday.'
    )
    assert not only_opinion("Moore has dismissed the allegations as false and politically motivated.")


def test_a_polls_share_calling_allegations_false_is_no_ones_denial():
    # Reuters, 2017-12-11; The Atlantic, 2018-10-08
    assert only_opinion(
        "Moore led Jones by six percentage points in a CBS News poll on Sunday, with most Alabama "
        "Republicans saying the allegations against him are false."
    )
    assert only_opinion(
        "(43% of voters said in exit polling that they thought the charges were “definitely or probably false.)"
    )
    # a certainty told in percent is no poll
    assert not only_opinion(
        "Christine Blasey Ford said Thursday she’s “100 percent” certain that Supreme Court nominee Judge "
        "Brett M. Kavanaugh is the person who sexually assaulted her at a high school party, rejecting "
        "suggestions of mistaken identity."
    )


def test_talking_of_a_topic_is_no_contact_talking_with_someone_is():
    # Reuters, 2017-08-17; Washington Times, 2018-12-19; CNN, 2018-05-04; USA TODAY, 2018-01-21
    assert topic_only(
        "Trump also denied he had spoken of “moral equivalency” between white supremacists, neo-Nazis and "
        "Ku Klux Klan members who clashed with anti-racism activists in Charlottesville.",
        "spoken",
    )
    assert topic_only(
        "House Democrats meeting with Mr. Kelly earlier in the day said they were disappointed that the "
        "White House wasn’t talking specifics.",
        "talking",
    )
    assert topic_only("Giuliani says Cohen, Trump did not discuss payment during election", "discuss")
    # whom it was talked with, after what (Washington Times, 2018-06-03; AllSides 2017)
    assert not topic_only(
        "Giuliani said: “Donald Trump says, ‘I didn’t talk about Flynn with Comey.’", "talk"
    )
    assert not topic_only(
        "Mr. Trump and his team have consistently denied any contacts between the campaign and Russian "
        "officials ahead of November’s election.",
        "contacts",
    )
    said = (
        "McConnell and Schumer had not spoken to each other in more than 24 hours, Schumer's spokesman "
        "Matt House said Sunday morning."
    )
    assert not topic_only(said, "spoken")
    assert LATELY.search(said)
    assert not LATELY.search("Sessions did not have communications with the Russians, his spokeswoman said.")


def test_talking_of_a_topic_stands_against_no_meeting_in_the_same_place(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            # Reuters, 2017-08-17
            "a": "Reuters\n\nTrump also denied he had spoken of “moral equivalency” between white supremacists, "
            "neo-Nazis and Ku Klux Klan members who clashed with anti-racism activists in Charlottesville.\n",
            # Reuters, 2017-08-15
            "b": "Reuters\n\nA group of community leaders meeting in Charlottesville likewise said they were "
            "unimpressed by Trump’s latest message.\n",
        },
    )
    assert _denials(store) == []


def test_a_sentence_about_someones_denial_makes_none():
    # sentences of the unseen sets a and b
    assert tells_of_a_denial(
        "The natural assumption is that such a term would mean that, soon after the attack, the victim sought "
        "a doctor’s or emergency room’s help to address either her physical or mental injuries — records might "
        "therefore be a powerful refutation of Kavanaugh’s denials."
    )
    assert tells_of_a_denial(
        "Mr. Judge has submitted two declarations, including one Thursday after Ms. Blasey Ford’s testimony, "
        "elaborating on his denial."
    )
    assert tells_of_a_denial(
        '"I have great confidence in my intelligence people, but I will tell you that President Putin was '
        'extremely strong and powerful in his denial today," Trump said during a press conference with the '
        "Russian leader after their July meeting in Helsinki."
    )
    # … unless it says what is denied, or the denial is its subject or its verb
    assert not tells_of_a_denial(
        "Senate Republicans are racing to confirm Brett Kavanaugh, betting that the Supreme Court nominee was "
        "persuasive enough in his denial that he sexually assaulted a high school acquaintance to counter the "
        "powerful testimony of his accuser, Christine Blasey Ford."
    )
    assert not tells_of_a_denial(
        "Keyser's denial, as a female lifelong friend and Ford's last named witness, is the most consequential "
        "development that has occurred since Ford publicly stepped forward last Sunday."
    )
