"""Denials worded in shapes the parse hid: a passive with the denier as its agent ("The
allegation was also rejected by the British government"), a hearer before the clause ("told The
Hill that he did not …"), "no" parsed as a number ("had absolutely no impact on"), a tie denied
in the present ("says it has no connection to"), a bare answer ('"I am not."'), a quote's first
sentence whose speaker follows; and refusals that are no denial ("was denied by the state").
Sentences of AllSides 2016–2018 articles: the dev parts of bench/contradictions.py and
bench/contradictions_unseen.py, and the last set of bench/denials.py (read by hand first)."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _claims(text: str):
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2018-01-01")])
    return a.claims


def _denials(text: str):
    return [c for c in _claims(text) if c.stance == "DENY"]


def test_rejected_by_a_government_is_its_denial():
    text = (
        "Trump cited a Fox News report that British intelligence had spied on him. "
        "The allegation was also rejected by the British government."
    )
    (d,) = _denials(text)
    assert "British government" in d.speaker_text


def test_denied_by_the_press_secretary_is_his_denial_not_the_reports():
    text = (
        "Reports of Bilden’s withdrawal had been circulating for days but were denied by the White House "
        "press secretary, Sean Spicer, who said he was 100% committed to the role."
    )
    assert any("Spicer" in (d.speaker_text or "") for d in _denials(text))


def test_one_asked_who_dismisses_speculation_denies_it():
    text = (
        "Putin, though, was directly asked during the press conference whether he had compromising "
        "material on Trump, and dismissed such speculation as “nonsense.”"
    )
    assert any("Putin" in (d.speaker_text or "") for d in _denials(text))


def test_a_person_denied_by_the_state_is_refused_not_denying():
    text = (
        "At one point, the shooter tried to get a license to carry a gun in Texas but was denied by the "
        "state, Abbott said, citing the director of Texas' Department of Public Safety."
    )
    assert _denials(text) == []


def test_told_a_network_that_he_never_directed_denies_it():
    text = "This week, Trump told Fox News that he never directed Cohen to do anything wrong."
    (d,) = _denials(text)
    assert "Trump" in d.speaker_text


def test_no_impact_parsed_as_a_number_still_negates():
    text = (
        "However, Strzok insisted vehemently and repeatedly that his personal political views had absolutely "
        "no impact on his conduct at the FBI in the investigations involving either the Trump campaign or "
        "Clinton."
    )
    (d,) = _denials(text)
    assert "Strzok" in d.speaker_text


def test_a_camp_says_it_has_no_connection():
    text = (
        "The Sanders camp says it has no connection to the websites and denies any attempt to embarrass or "
        "harass Democratic superdelegates."
    )
    assert any("Sanders" in (d.speaker_text or "") for d in _denials(text))


def test_a_bare_negated_answer_denies_what_was_asked():
    text = (
        'Asked if he is accusing Priebus of leaking his financial disclosure, Scaramucci tells me "I am not."'
    )
    (d,) = _denials(text)
    assert "Scaramucci" in d.speaker_text and "accusing Priebus" in d.text


def test_a_quote_whose_speaker_follows_denies_his_own_act():
    text = (
        "President Trump argued Thursday that he never told Michael Cohen to break the law. "
        "“I never directed Michael Cohen to break the law. He was a lawyer and he is supposed to know "
        "the law,” the president tweeted, in his first public reaction to Mr. Cohen’s sentence."
    )
    assert any("directed" in d.text and "Trump" in (d.speaker_text or "") for d in _denials(text))


def test_not_regretting_a_move_is_no_denial():
    text = (
        "Reid later told CNN that he did not regret his move, noting archly that Romney did not win the "
        "election."
    )
    assert _denials(text) == []
