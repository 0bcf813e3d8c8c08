"""Assertions that dispute a report or an event, read as denials (issue 13's thirty-eighth round):
"said reports … were fabricated", "are fake news", "maintained there was no election
interference", "its claim that no chemical attack occurred", "who once called the … stories fake
news"; and what is no denial ("That's never happened before", "no indications that their claims
… are false", "insisted there was no comparison", "Pate insists no voters will be
disenfranchised"). Real sentences of AllSides articles (the dev part of
bench/data/denials_allsides.jsonl after its first 288 entries, and dev articles of the unseen
contradiction sets)."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis
from tests.extract.sentences import denials_at as _claims


def _event_text(a, claim) -> str:
    e = next(e for e in a.events if e.id == claim.event)
    return a.doc.text[e.start : e.end]


def test_there_was_no_event_under_a_saying_denies_the_event():
    a = _analysis(
        "Meanwhile, Putin suggested he favored Trump in the election. "
        "But he maintained there was no election interference."
    )
    (d,) = _claims(a, "But he maintained")
    assert "Putin" in d.speaker_text
    assert _event_text(a, d) == "interference"


def test_a_claim_that_no_attack_occurred_is_its_owners_denial():
    a = _analysis(
        "But the Russian foreign ministry doubled down on its claim that no chemical attack occurred, "
        "saying at a briefing: “This is a total deception on a global scale.”"
    )
    (d,) = [c for c in _claims(a, "But the Russian") if c.speaker_text and "ministry" in c.speaker_text]
    assert _event_text(a, d) == "attack"


def test_reports_said_to_be_fabricated_are_denied():
    a = _analysis(
        "Russia, Syria and Iran have said reports of the Douma attack were fabricated by rebels and "
        "rescue workers and that the United States wants to use the incident as a pretext to attack "
        "the Syrian government."
    )
    (d,) = _claims(a, "Russia, Syria")
    assert d.speaker_text == "Russia"


def test_allegations_declared_made_up_are_denied_by_the_declarer():
    a = _analysis(
        "When the head of a Minneapolis political group declared that the allegations of anti-Semitism "
        "against Farrakhan were made up and insisted that the real problem is racist Jews, Ellison "
        "said: “She is correct.”"
    )
    deniers = [c.speaker_text for c in _claims(a, "When the head")]
    assert any("head of a Minneapolis political group" in (s or "") for s in deniers)


def test_reports_insisted_to_be_fake_news_are_denied():
    a = _analysis(
        "Mueller has been investigating since May whether members of the Trump team have lied about "
        "links to Russians and whether Trump himself tried to obstruct justice. How has Trump reacted? "
        "He has for months insisted that reports about links to Russia are fake "
        "news and told a rally of supporters in West Virginia on Thursday night that “they’re trying to "
        "cheat you out of the leadership that you want with a fake story”."
    )
    assert any("Trump" in (c.speaker_text or "") for c in _claims(a, "He has for months"))


def test_who_called_the_stories_fake_news_is_the_noun_the_clause_hangs_on():
    a = _analysis(
        "That’s especially true since the president, who once called the Tillerson-is-leaving stories "
        "fake news, may simply not have made up his mind."
    )
    (d,) = _claims(a, "That’s especially")
    assert "president" in d.speaker_text


def test_never_happened_before_is_novelty_not_a_denial():
    a = _analysis(
        "Bruce Brown spoke about the season. “That’s never happened before – it’s totally different this "
        "year,” he said."
    )
    assert _claims(a, "“That’s never") == []


def test_no_indications_that_claims_are_false_is_no_denial():
    a = _analysis(
        'John Kirby spoke on Monday. "We have no indications that their claims of responsibility are '
        "false,\" he said of the Islamic State's claim and purported reasoning for the attack."
    )
    assert _claims(a, '"We have no') == []


def test_no_comparison_or_a_prediction_denies_no_event():
    a = _analysis(
        "But on Wednesday Ivanka Trump insisted there was no comparison between the two cases. "
        "Pate insists no voters will be disenfranchised by his proposal."
    )
    assert _claims(a, "But on Wednesday") == []
    assert _claims(a, "Pate insists") == []


def test_what_one_cannot_or_will_not_do_is_no_denial():
    # A negated modal of now or later says what can or will not be, not that an act did not
    # happen: the demo's Lindqvist quote was a DENY of Marek's resignation, set against the
    # reports of it (samples/ledger_marek_resigns.txt).
    a = _analysis(
        "Councillor Greta Lindqvist, who chairs the oversight committee, said Marek's resignation would "
        "not end the council's inquiry. \"She can resign from the job. She cannot resign from the "
        'questions," Lindqvist said.'
    )
    assert not [c for c in a.claims if c.stance == "DENY"], a.claims
    for text in (
        "Corbyn was trounced in a no-confidence vote Tuesday, but he again said he won't resign.",
        "Audible gasps of disappointment were heard throughout Union Pub as Comey said he will not "
        "re-read his opening statement published online last night.",
    ):
        a = _analysis(text)
        assert not [c for c in a.claims if c.stance == "DENY"], a.claims
