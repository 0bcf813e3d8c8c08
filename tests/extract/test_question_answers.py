"""Denials whose content is in the question they answer, not in their own words (issue 13's
forty-second round): '"Never," Mr. Comey said' after Grassley's "have you ever been an anonymous
source …?", "Asked by Buzzfeed if he has plans to run, he said, 'No.'", "Asked … if he had made
the robbery story up, Lochte denied the charge"; and a "No" that denies nothing reported, to a
question of opinion or plan ("Asked if he blamed McConnell …", "if King would press charges").
Real sentences of AllSides articles in no bench (the dev part of bench/data/denials_allsides.jsonl
after its first 332 entries)."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis
from tests.extract.sentences import claims_at as _all
from tests.extract.sentences import denials_at as _claims


def test_a_one_word_answer_denies_the_question_before_it():
    a = _analysis(
        "“Director Comey, have you ever been an anonymous source in news reports about matters relating "
        "to the Trump investigation or the Clinton investigation?” Mr. Grassley asked.\n\n"
        "“Never,” Mr. Comey said."
    )
    (d,) = _claims(a, "“Never,”")
    assert "Comey" in d.speaker_text
    assert d.denied.startswith("Comey has ever been an anonymous source in news reports")


def test_a_no_after_its_verb_denies_a_question_of_fact_in_its_sentence():
    a = _analysis(
        "There's been plenty of speculation about Zuckerberg and campaign-like writings he's done "
        'recently. Asked by Buzzfeed if he has plans to run, he said, "No."'
    )
    (d,) = _claims(a, "Asked by Buzzfeed")
    assert d.denied == "he has plans to run"


def test_an_elliptic_answer_denies_what_was_asked():
    a = _analysis(
        "When asked how he knew Bruce Ohr, Simpson said he met him through Steele. "
        "When asked if Fusion GPS employed any Russian speakers, Simpson said the firm did not."
    )
    (d,) = _claims(a, "When asked if Fusion")
    assert "Simpson" in d.speaker_text
    assert d.denied == "Fusion GPS employed any Russian speakers"


def test_a_denial_pointing_at_the_charge_denies_the_question():
    a = _analysis("Asked by NBC's Matt Lauer if he had made the robbery story up, Lochte denied the charge.")
    (d,) = _claims(a, "Asked by NBC")
    assert d.denied == "he had made the robbery story up"


def test_a_denial_of_involvement_denies_what_it_was_questioned_about():
    a = _analysis(
        "In that meeting, which lasted more than two hours, Trump says he questioned Putin about whether "
        "he meddled in the presidential election – and Putin denied he was involved."
    )
    (d,) = [c for c in _claims(a, "In that meeting") if "Putin" in (c.speaker_text or "")]
    assert d.denied == "he meddled in the presidential election"


def test_a_few_words_of_no_before_the_verb_deny_a_direct_question():
    a = _analysis(
        "“Are you considering withdrawing from the race?” Borges asked Trump, fearful that there might be "
        "more devastating revelations about his party’s nominee still to come.\n\n"
        "“Absolutely not,” Trump replied, a rebuke to the slew of spooked Republican lawmakers who were "
        "calling on him to quit."
    )
    (d,) = _claims(a, "“Absolutely not,”")
    assert "Trump" in d.speaker_text
    assert d.denied == "Trump is considering withdrawing from the race"


def test_a_no_to_a_question_of_opinion_or_plan_denies_nothing():
    a = _analysis(
        "Taking questions from reporters after a White House meeting on Afghanistan, Trump appeared to "
        'criticize Congress in general.\n\nAsked if he blamed McConnell in particular, Trump said simply: "No."'
    )
    assert not _claims(a, "Asked if he blamed")
    a = _analysis(
        "At the time, a reporter asked if King would press charges against the attacker.\n\n"
        '"No," King said. "I don\'t plan to."'
    )
    assert not _claims(a, '"No," King said')
    assert _all(a, '"No," King said')  # still his answer, told


def test_a_no_confirming_a_negative_question_denies_nothing():
    a = _analysis('"You don\'t have a position on it at all?" Tapper asked. "No," the Vermont senator said.')
    assert not _claims(a, '"No," the Vermont')


def test_a_direct_question_is_told_whole_with_the_answerer_for_you():
    a = _analysis(
        '"Has anyone come forward to say to you, ‘Hey, remember, I was the one that drove you home’?" '
        'Mitchell asked.\n\n"No," Ford responded.'
    )
    (d,) = _claims(a, '"No," Ford')
    assert d.denied.startswith("anyone has come forward to say to Ford")
    assert "drove Ford home" in d.denied


def test_a_denial_beside_the_asking_keeps_what_it_points_to():
    a = _analysis(
        "MacCallum pointedly asked Kavanaugh to address: the specific allegations (he repeatedly refuted "
        "them); whether he had ever blacked out from drinking too much in high school (he said that never "
        "happened); and whether similar allegations by someone in high school should count against them "
        'later in life ("I think everyone\'s judged on their whole life," he responded.)'
    )
    assert all("blacked out" not in (d.denied or "") for d in _claims(a, "MacCallum"))


def test_a_question_introduced_by_its_asker_is_found_under_the_introduction():
    a = _analysis(
        "Those questions came chiefly from Mr. Whitehouse, who prodded the judge about debts shown on "
        "previous financial disclosures.\n\n"
        "Mr. Whitehouse continued: “Have you ever sought treatment for a gambling addiction?”\n\n"
        "“No,” the judge wrote."
    )
    (d,) = _claims(a, "“No,” the judge")
    assert "sought treatment for a gambling addiction" in d.denied


def test_an_answer_to_a_question_with_a_negation_inside_keeps_its_own_words():
    a = _analysis(
        "Natasha Stoynoff of People magazine also led off her story with the exchange from the second "
        "presidential debate, when Anderson Cooper asked Trump: “Just for the record, are you saying … "
        "that you did not actually kiss women without consent?”\n\n“I have not,” Trump said."
    )
    (d,) = _claims(a, "“I have not,”")
    assert "kiss" not in (d.denied or "")


def test_a_no_to_what_will_be_denies_nothing():
    a = _analysis(
        "Trump has said Mexico will pay for the wall through the new trade deal. Is the US going to be able "
        "to use the NAFTA replacement -- the United States-Mexico-Canada Agreement -- to pay for the "
        'wall?\n\n"We\'re not," said Phil Levy, a senior fellow at the Chicago Council on Global Affairs.'
    )
    assert not _claims(a, '"We\'re not,"')


def test_a_question_in_a_quote_is_no_answer():
    a = _analysis(
        "“If they are saying it is, they should say so. Are they saying it isn’t constitutionally "
        "protected? Are they saying it shouldn’t be?”"
    )
    assert not _claims(a, "Are they saying it shouldn")


def test_the_claim_of_a_no_asked_in_its_own_sentence_starts_there():
    a = _analysis(
        "When asked if any foreign governments other than Russia’s offered or provided assistance to the "
        "Trump campaign, Trump Jr replied: “None that I’m aware of.” Asked if any foreign nationals had done "
        "so, he said: “No.”"
    )
    (d,) = _claims(a, "Asked if any foreign nationals")
    assert d.denied == "any foreign nationals had done so"
    assert d.text.startswith("Asked if any foreign nationals")
