"""What a denial denies, read from the parse of real AllSides sentences (the 330 of
bench/contradictions.py and the dev part of bench/data/denials_allsides.jsonl): the object or
clause of its verb, not the rest of the sentence; and the earlier claim a denial pointing back
answers ("the allegations of the first five women", "denies having said any such thing")."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis


def _denial(a, start: str):
    at = a.doc.text.index(start)
    (d,) = [c for c in a.claims if c.stance == "DENY" and c.start <= at < c.end]
    return d


def test_a_denial_in_a_relative_clause_denies_its_object_not_the_main_clause():
    # The Guardian (the 330): what Cohen could face is told, not denied
    text = (
        "Cohen, who has denied all wrongdoing, could face charges including bank fraud, wire fraud, "
        "campaign violations, tax crimes or other charges relating to payments made to multiple women."
    )
    d = _denial(_analysis(text), "Cohen")
    assert d.denied == "all wrongdoing"


def test_a_misparsed_object_is_what_follows_the_verb_up_to_the_next_predicate():
    # Washington Times (the 330): "as untrue a charge" is parsed as a preposition; the court filing
    # and what his lawyer said are the setting, not what is denied
    text = (
        "In a court filing to quash a Republican congressional subpoena, Mr. Comey rejected as untrue a "
        "charge from Mr. Trump that he had leaked classified information, and on Friday his lawyer said "
        "that the memos were his own."
    )
    d = _denial(_analysis(text), "In a court")
    assert "leaked classified information" in d.denied
    assert "filing" not in d.denied and "lawyer" not in d.denied


def test_denied_reports_keep_their_clause_and_not_the_participle_after_it():
    # The Washington Post (denials dev)
    d = _denial(
        _analysis(
            "Secretary of State Rex W. Tillerson denied reports on Friday that Nikki Haley was making a run for his job."
        ),
        "Secretary",
    )
    assert "Nikki Haley was making a run" in d.denied


def test_the_allegations_of_the_women_point_back_to_their_accusation():
    # Reuters (denials dev): "of the first five women" says who told it, not what
    a = _analysis(
        "Reuters was unable to independently verify the allegations from either woman, and Moore’s campaign "
        "did not immediately respond to a request for comment. Five other women have accused Moore of sexual "
        "misconduct or of dating them when he was in his 30s and they were teenagers. National Republican "
        "Party leaders have responded with demands that he drop out of the Senate race. Moore on Wednesday "
        "denied the allegations of the first five women to step forward."
    )
    d = _denial(a, "Moore on Wednesday")
    answered = next(c for c in a.claims if c.id == d.answers)
    assert "accused Moore of sexual misconduct" in answered.text


def test_a_denial_of_having_said_it_answers_the_deniers_own_claim():
    # National Review (denials dev): what Firtash denies saying is what a cable says he said
    a = _analysis(
        "According to a 2008 State Department cable exposed by WikiLeaks, Dmytro Firtash acknowledged that, "
        "to do business in Ukraine after the Soviet Union fell, he needed the permission of the powerful "
        "Russian crime boss Semion Mogilevich. (Not surprisingly, Firtash denies having said any such thing.)"
    )
    d = _denial(a, "(Not surprisingly")
    answered = next(c for c in a.claims if c.id == d.answers)
    assert "needed the permission" in answered.text


def test_denied_allegations_answer_an_accusation_told_as_a_noun_with_of():
    # Newsmax (denials dev): the allegations are told only as "claims of on-the-job drunkenness"
    a = _analysis(
        "The president blames Tester for the backlash against Jackson, who eventually withdrew his nomination "
        "after facing anonymous ethics allegations, including claims of on-the-job drunkenness and wrecking a "
        "government vehicle. Jackson denied the allegations."
    )
    d = _denial(a, "Jackson denied")
    answered = next(c for c in a.claims if c.id == d.answers)
    assert "drunkenness" in answered.text
