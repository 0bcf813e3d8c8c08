"""Denials worded as disputes, answers and quotes (extract/disputes.py), read from real AllSides
sentences of the dev part of bench/data/denials_allsides.jsonl: "pushed back on reports that",
"rejected the claim", "dismissed the report as inaccurate", '"No," Kavanaugh replied', "that
never happened", "doesn't know these gentlemen" in a quote continued after '…," X said.'; and
opposing that denies nothing ("rejected those" demands, "rejected the proposal")."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis
from tests.extract.sentences import denials_at as _claims


def test_pushed_back_on_reports_that_is_a_denial_of_what_they_tell():
    a = _analysis(
        "The president also pushed back on media reports that his campaign advisers may have had "
        "inappropriate contacts with Russian officials."
    )
    (d,) = _claims(a, "The president")
    denied = next(e for e in a.events if e.id == d.event)
    assert a.doc.text[denied.start : denied.end] == "contacts"


def test_pushed_back_against_with_the_preposition_on_its_particle():
    a = _analysis(
        "New allegations that Donald Trump groped women have sent the Republican nominee's campaign "
        "into a tailspin. Already struggling under the weight of the 2005 tape, Trump's campaign "
        "pushed back against the new charges by questioning their timing."
    )
    (d,) = _claims(a, "Already struggling")
    assert "Trump" in (d.speaker_text or "")


def test_dismissed_the_report_as_inaccurate_answers_the_report():
    a = _analysis(
        "The Wall Street Journal reported on Saturday that Trump administration officials said the "
        "United States would not pull out of the agreement and had offered to re-engage in the deal. "
        "McMaster dismissed the report as inaccurate."
    )
    (d,) = _claims(a, "McMaster")
    assert "McMaster" in d.speaker_text
    answered = next(c for c in a.claims if c.id == d.answers)
    assert "re-engage" in answered.text


def test_rejected_a_claim_denies_rejected_demands_or_a_proposal_do_not():
    a = _analysis(
        "Trump's comments came a day after the White House accused Russia of attempting to cover up "
        "the role of the Syrian government in the chemical attack. Russia has rejected the claim, "
        "saying the U.S. has been too quick to blame Syrian President Bashar al-Assad."
    )
    (d,) = _claims(a, "Russia has rejected")
    assert d.speaker_text == "Russia"
    assert "cover up" in next(c.text for c in a.claims if c.id == d.answers)
    b = _analysis(
        "Ms. Blasey Ford, through her lawyers, announced a number of preconditions, including "
        "demanding multiple witnesses. Republicans rejected those and said they were sticking with "
        "their plans for Monday."
    )
    assert not _claims(b, "Republicans rejected")


def test_a_one_word_answer_is_a_denial_carrying_its_question():
    a = _analysis(
        "Sen. Graham quickly gave Kavanaugh an opportunity to provide a straight answer. "
        '"Did you ever knowingly participate in stealing anything from Senator Leahy or any other '
        'senator?" Graham asked. "No," Kavanaugh replied.'
    )
    (d,) = _claims(a, '"No," Kavanaugh')
    assert d.speaker_text and "Kavanaugh" in d.speaker_text
    assert "stealing" in d.text and not _claims(a, '"No,"', "DECLINE")


def test_never_responded_still_declines():
    a = _analysis("Comey never responded to a request for comment.")
    assert not _claims(a, "Comey") and _claims(a, "Comey", "DECLINE")


def test_that_never_happened_answers_what_was_told():
    a = _analysis(
        "Lawyers for Montes say their client was apprehended by Border Patrol and deported on "
        "February 18. DHS said Wednesday that never happened."
    )
    (d,) = _claims(a, "DHS said")
    assert "deported" in next(c.text for c in a.claims if c.id == d.answers)


def test_doesnt_know_these_gentlemen_in_a_continued_quote_is_the_speakers_denial():
    a = _analysis(
        "Kellyanne Conway was asked Tuesday about the President's relationship with former campaign "
        'aides including Carter Page. "I have spoken directly to the President and other senior '
        'officials about this," Conway said. "He doesn\'t know these gentlemen. He didn\'t work with them."'
    )
    (d,) = _claims(a, "He doesn't know")
    assert "Conway" in d.speaker_text


def test_voters_not_knowing_candidates_is_no_denial():
    a = _analysis(
        "\"The reality is that even with all we've done through earned media, the majority of voters "
        "still don't know Gary Johnson and Gov. Weld, and what we find is once they know them they do "
        'quite well," said Joe Hunter, a campaign spokesman.'
    )
    assert not _claims(a, "The reality")


def test_dismissed_as_fake_news_is_a_denial():
    a = _analysis(
        "President Donald Trump wrapped up the official portion of his United Kingdom visit Friday. "
        "Trump ended up denying that he criticized British Prime Minister Theresa May, the day after "
        "a British tabloid published an interview with him in which he did just that. He dismissed "
        'the interview, conducted by a Rupert Murdoch-owned publication, as "fake news" saying it '
        "didn't include his comments praising May."
    )
    (d,) = _claims(a, "He dismissed")
    assert "Trump" in d.speaker_text


def test_these_are_false_charges_is_a_denial_by_who_says_it():
    a = _analysis(
        "Jeff Sessions on Tuesday directly addressed allegations of racism that have dogged him for "
        'three decades. "These are damnably false charges," Sessions told the Senate Judiciary Committee.'
    )
    (d,) = _claims(a, '"These are')
    assert "Sessions" in d.speaker_text
    b = _analysis("Critics said these are false choices.")
    assert not _claims(b, "Critics")


def test_a_denial_framed_by_a_saying_answers_what_was_told_before_not_the_frame():
    # "Mr. Comey said Mr. Trump denied the allegations": Comey's saying tells the denial, the
    # allegations are the dossier's, told in the sentence before (NYT, April 15, 2018)
    a = _analysis(
        "It was at the end of the meeting that Mr. Comey said he asked to speak to Mr. Trump alone "
        "to brief him on the salacious “Steele dossier,” which contains unverified allegations about "
        "Mr. Trump, including a claim that the Russian government has video recordings of him "
        "watching prostitutes urinate on one another in a Moscow hotel room in 2013.\n\n"
        "Mr. Comey said Mr. Trump denied the allegations that day, saying, “Do I look like a guy who "
        "needs hookers?” Weeks later, in a telephone call after the dossier was published by "
        "BuzzFeed, Mr. Trump again denied the account in graphic terms, Mr. Comey said."
    )
    # nor, for the second denial, the sentence telling the first
    for start in ("Trump denied", "Trump again"):
        (d,) = _claims(a, start)
        assert d.answers is not None
        assert "video recordings" in next(c.text for c in a.claims if c.id == d.answers)


def test_a_denial_answers_nothing_told_after_it_in_its_sentence():
    # the Hill, April 2018: what Trump told Comey after the denial is not what he denied
    a = _analysis(
        "While the president denied the allegations, Comey says that Trump told him that Putin "
        'bragged that Russia has "some of the most beautiful hookers in the world."'
    )
    (d,) = _claims(a, "While the president")
    assert d.answers is None


def test_an_answer_with_what_it_says_is_a_claim_of_who_answers():
    # Politico, June 12, 2017: the press secretary's statement after a colon
    a = _analysis(
        'White House press secretary Sean Spicer responded in a statement: "Mr. Ruddy never spoke '
        'to the President regarding this issue."'
    )
    (d,) = _claims(a, "White House")
    assert d.speaker_text == "Sean Spicer"
    assert a.doc.text[next(e for e in a.events if e.id == d.event).start :].startswith("spoke")
    # answering a report says nothing of its own
    assert _analysis("Sanders responded to the report on Tuesday.").claims == []


def test_a_denial_told_as_quick_to_deny_was_made_by_the_subject():
    # AllSides sentences (dev part of bench/data/denials_allsides.jsonl)
    a = _analysis("But the Trump campaign was quick to dispute that interpretation.")
    (d,) = _claims(a, "But the Trump")
    assert d.speaker_text == "the Trump campaign"
    a = _analysis(
        "The president was especially eager to deny a steady stream of reports of chaos, infighting "
        "and disarray in his first month in the White House."
    )
    (d,) = _claims(a, "The president")
    assert d.speaker_text == "The president"


def test_a_denial_only_possible_or_hard_is_none():
    for text in (
        "Rarely do I agree with Washington Post columnist Eugene Robinson, but he’s hard to rebut when "
        "he writes about guns.",
        "Getting an order would have been easy, especially since he would have had no opportunity to "
        "rebut the claims against him.",
        "Second, it would be difficult to deny that marijuana hasn't demonstrated positive benefits.",
        "The committee said the evidence made the doping situation impossible to dispute.",
    ):
        a = _analysis(text)
        assert [c for c in a.claims if c.stance == "DENY"] == [], text
