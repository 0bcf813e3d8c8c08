"""Denials read from real AllSides sentences (bench/data/denials_allsides.jsonl, dev part):
with no verb of denial, by a pronoun or an unnamed body, pointing back to what was told; and
what is no denial ("refused to deny", a court denying a motion)."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _claims(text: str):
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2018-01-01")])
    return a


def _denials(a, start: str):
    at = a.doc.text.index(start)
    return [c for c in a.claims if c.stance == "DENY" and c.start <= at < c.end]


def test_no_recollection_is_a_denial_by_the_pronouns_person():
    a = _claims(
        "The email was sent to Colin Powell in 2009. Powell’s office released a statement on "
        "Thursday night saying he had no recollection of the dinner conversation."
    )
    (d,) = _denials(a, "Powell’s office")
    assert d.speaker_text == "Colin Powell"
    denied = next(e for e in a.events if e.id == d.event)
    assert a.doc.text[denied.start : denied.end] in ("dinner", "conversation")


def test_doesnt_recall_is_a_denial():
    a = _claims(
        "Ford named Mark Judge, a classmate of Kavanaugh's, as a witness to the incident at the high "
        "school party, but Judge told the Weekly Standard earlier this week he doesn't recall the episode."
    )
    (d,) = _denials(a, "Ford named")
    assert d.speaker_text == "Mark Judge"


def test_false_and_not_true_said_by_someone_are_denials():
    a = _claims(
        "Russian President Vladimir Putin told NBC in an interview aired Sunday that the allegations "
        "of Russian meddling are “nonsense.”"
    )
    assert [d.speaker_text for d in _denials(a, "Russian President")] == ["Vladimir Putin"]
    a = _claims(
        "Cohen has been accused of making payments to silence women. In his ABC interview, Cohen "
        'rejected those accusations, saying they\'re "absolutely not true."'
    )
    assert [d.speaker_text for d in _denials(a, "In his")] == ["Cohen"]
    a = _claims(
        '"The claims being made by the foundation are false," Michael S. Glassner said. He is the '
        "campaign's executive director."
    )
    assert [d.speaker_text for d in _denials(a, '"The claims')] == ["Michael S. Glassner"]


def test_called_completely_false_is_a_denial():
    a = _claims(
        "Kavanaugh has called Ford’s allegation “completely false” and said in a statement provided "
        "by the White House on Sunday night the incident described by Ramirez “did not happen.”"
    )
    assert "Kavanaugh" in [d.speaker_text for d in _denials(a, "Kavanaugh has")]


def test_a_denial_told_as_a_noun_is_its_subjects():
    a = _claims("Kavanaugh responded through the White House with a categorical denial.")
    assert [d.speaker_text for d in _denials(a, "Kavanaugh")] == ["Kavanaugh"]
    a = _claims("Walsh again repeated her denial in a new statement to committee staff.")
    assert [d.speaker_text for d in _denials(a, "Walsh")] == ["Walsh"]


def test_no_denial_in_climate_denial_or_what_a_court_denies():
    a = _claims(
        "Imagining a world that sets aside climate denial and gets to work is perhaps too much. "
        "The New Jersey Supreme Court denied the state's request to prevent same-sex marriages "
        "temporarily. Anti-Trump forces are getting a sense of the backlash they'd face if they "
        "deny him the nomination."
    )
    assert [c for c in a.claims if c.stance == "DENY"] == []


def test_refused_to_deny_is_no_denial():
    a = _claims(
        "But these come from people who work for Trump—former Secretary of State Rex Tillerson "
        "refused to deny calling him a moron—as well as from members of his party in Congress."
    )
    assert [c for c in a.claims if c.stance == "DENY"] == []


def test_would_dispute_reported_is_a_denial_would_contest_alone_is_not():
    a = _claims(
        "CNN reported that former FBI Director James Comey would dispute President Trump’s claim "
        "that he was told he is not under investigation."
    )
    assert "James Comey" in [d.speaker_text for d in _denials(a, "CNN")]
    assert [
        c for c in _claims("Trump supporters would contest that view.").claims if c.stance == "DENY"
    ] == []


def test_a_pronoun_after_a_name_the_tagger_missed_is_that_name_not_the_object():
    a = _claims(
        "Both Manafort and Page say they do not know each other. Page, who served in a small "
        "volunteer role on the campaign, has also never met Trump. He has repeatedly denied the "
        "allegations against him in the Steele document."
    )
    (d,) = _denials(a, "He has repeatedly")
    assert d.speaker_text != "Trump" and d.speaker_text.endswith("Page")


def test_the_clintons_are_they():
    a = _claims(
        "In August, the Clintons vowed to drastically reduce the size of their foundation to avoid "
        "appearances of conflict. They denied any insinuation of pay-to-play."
    )
    (d,) = _denials(a, "They denied")
    assert d.speaker_text == "Clintons"


def test_the_agency_is_the_organisation_named_before_and_answers_the_report():
    a = _claims(
        "Reuters reported in February that the CFPB was scaling back its probe of Equifax, but the "
        "agency has denied the report."
    )
    (d,) = _denials(a, "Reuters")
    assert d.speaker_text == "CFPB"
    answered = next(c for c in a.claims if c.id == d.answers)
    assert answered.speaker_text == "Reuters" and answered.stance == "ASSERT"


def test_denied_it_answers_the_accusation_told_before():
    a = _claims(
        "But Ford insisted during Thursday's testimony that Kavanaugh and a friend trapped her in a "
        'room during a high school gathering in 1982. She said she\'s "100 percent" sure it was '
        "him, though Kavanaugh adamantly denied it."
    )
    (d,) = _denials(a, "She said")
    assert d.speaker_text == "Kavanaugh" and d.answers is not None
    answered = next(c for c in a.claims if c.id == d.answers)
    assert answered.speaker_text != "Kavanaugh" and answered.stance == "ASSERT"


def test_a_denial_of_allegations_answers_no_unrelated_quote():
    a = _claims(
        'Trump said having Rosendale in the Senate will be "phenomenal." Tester led the backlash '
        "against Jackson, who withdrew his nomination after facing claims of on-the-job drunkenness. "
        "Jackson denied the allegations."
    )
    (d,) = _denials(a, "Jackson denied")
    assert d.answers is None or "drunkenness" in next(c.text for c in a.claims if c.id == d.answers)


def test_not_as_he_claimed_is_the_reports_denial():
    a = _claims(
        "The Tree of Life prize is awarded by the Jewish National Fund, a charity that supports "
        "environmental initiatives and land development in Israel. A number of Jewish organizations "
        "have honored Trump over the years for his philanthropy, but the government of Israel has "
        "not yet given him a prize as he claimed Thursday."
    )
    (d,) = _denials(a, "A number of")
    assert d.speaker_text is None  # the article's own (no outlet given here), not Trump's


def test_he_going_on_from_the_sentence_before_is_who_that_he_is():
    a = _claims(
        'Comey gave four memos to Richman. He has since said he did so as a "private citizen" to '
        "ensure a special counsel was appointed to continue the FBI's investigation into Russian "
        "election interference and the Trump campaign. He has denied leaking classified information."
    )
    (d,) = _denials(a, "He has denied")
    assert d.speaker_text == "Comey"  # before: Trump, the only name in the sentence before


def test_the_second_of_two_joined_verbs_has_the_first_ones_subject():
    a = _claims(
        "Comey wrote about the dossier in his memos. Trump has called the dossier a total fabrication "
        'and, according to Comey, repeatedly denied "the golden showers thing" — a reference to one '
        "of the more salacious allegations in the document."
    )
    assert [d.speaker_text for d in _denials(a, "Trump has")] == ["Trump"]  # one denial, not one of no one


def test_would_not_confirm_whether_declines_and_denies_nothing():
    a = _claims(
        "The plan was announced. White House spokeswoman Sarah Sanders declined on Monday to detail "
        "other aspects of the new border security plan, and would not confirm whether Trump had "
        "approved it."
    )
    assert [c.stance for c in a.claims if c.speaker_text == "Sarah Sanders"] == ["DECLINE"]
