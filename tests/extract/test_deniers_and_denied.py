"""Who denies and what, on sentences of stories the project never tuned on (AllSides 2016–2018
articles outside every bench's held-out part, read by hand before the change; set c's dev part of
bench/contradictions_unseen.py): a denier named before "continued to", "sought to", a participle's
saying or a name the parse takes for an adverb; a refusal told in the passive; an editor's
brackets; the word calling a report false parsed inside it; a fact-check calling a claim false."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis
from tests.extract.sentences import claims_at as _claims_at


def _denial(a, start: str):
    (d,) = [c for c in _claims_at(a, start) if c.stance == "DENY"]
    return d


def test_the_subject_of_continued_to_deny_denies():
    # Breitbart: "continued to deny", no subject of its own in the parse
    a = _analysis(
        "Trump continued to deny claims that he backed the Iraq War, pointing to an interview he gave with "
        "Esquire magazine in August 2004, over a year after the war started, when he said that the conflict "
        "was a mess."
    )
    d = _denial(a, "Trump continued")
    assert d.speaker_text and "Trump" in d.speaker_text
    assert "he backed the Iraq War" in d.denied


def test_the_subject_of_sought_to_rebut_denies():
    # The Hill
    a = _analysis(
        "Trump sought to rebut claims that he damaged Israeli intelligence capabilities by revealing highly "
        "classified information to Russian operatives earlier this month."
    )
    d = _denial(a, "Trump sought")
    assert d.speaker_text and "Trump" in d.speaker_text


def test_a_name_the_parse_takes_for_an_adverb_is_the_denier():
    # The Hill (set c, dev): "Pruitt" is tagged an adverb of "denied"; the article names him
    a = _analysis(
        "EPA Administrator Scott Pruitt faced questions about raises for two of his aides. Pruitt earlier "
        "this month denied to Fox News’s Ed Henry that he knew of the raises and said he reversed them as "
        "soon as he learned."
    )
    d = _denial(a, "Pruitt earlier")
    assert d.speaker_text == "Pruitt"
    assert "he knew of the raises" in d.denied


def test_a_license_refused_in_the_passive_is_no_denial():
    # Reuters: "was denied twice" refuses a license, denies no fact
    a = _analysis(
        "George Young, a resident of Hawaii County, also known as the Big Island, applied for a carry "
        "license in 2011 but was denied twice."
    )
    assert not any(c.stance == "DENY" for c in a.claims)


def test_a_right_refused_in_the_passive_is_no_denial():
    # Reuters: what a court refused him, no fact denied
    a = _analysis(
        "Buck contends he was denied effective assistance of counsel; his lawyers had hired the "
        "psychologist to testify on his behalf."
    )
    assert not any(c.stance == "DENY" for c in a.claims)


def test_a_passive_denial_is_made_by_its_agent():
    # Breitbart: the sheriff disputes their accounts, though the parse finds no subject
    a = _analysis(
        "But Breitbart News and InfoWars offered no evidence to link the man’s arrest to the fires and "
        "their accounts of the man’s arrest were disputed the same day by Sonoma County Sheriff Rob Giordano."
    )
    d = _denial(a, "But Breitbart")
    assert "Giordano" in d.speaker_text


def test_an_editors_bracketed_word_is_what_is_called_false():
    # Washington Examiner (set c, dev): "[report]" stands for the CNN report refuted before
    a = _analysis(
        "A department official also refuted a CNN report that quoted an immigration lawyer saying a mother "
        "claimed her baby was taken from her while she was nursing. CNN didn’t name the mother making the "
        "allegation, and Homeland Security said they’ve tried to track it down and can’t find any evidence "
        "it happened. “We do not separate babies from adults,” the official said. “We believe that [report] "
        "is false.”"
    )
    d = _denial(a, "“We believe")
    assert d.denied == "report"
    # it repeats the official's own refutation: the report told there is what it answers
    answered = next(c for c in a.claims if c.id == d.answers)
    assert "while she was nursing" in answered.text


def test_called_false_parsed_inside_the_report_calls_the_report_false():
    # The Hill (set c, dev): "categorically false" hangs in the parse on "was story-shopping"
    a = _analysis(
        "The EPA has been dogged by stories about its administrator's spending and his aides. EPA spokesman "
        "Jahan Wilcox has called reports that Abboud was story-shopping “categorically false.”"
    )
    d = _denial(a, "EPA spokesman")
    assert "Wilcox" in d.speaker_text
    assert d.denied == "reports that Abboud was story-shopping"


def test_a_fact_check_calling_a_statistic_false_is_the_writers_denial():
    # The Federalist: no one but the writer calls it false
    a = _analysis(
        "The statistic published in The Arizona Republic that “the feds lost — yes, lost — 1,475 migrant "
        "children,” is false."
    )
    d = _denial(a, "The statistic")
    assert d.denied.startswith("The statistic published in The Arizona Republic")


def test_a_falsehood_called_so_in_a_quote_is_denied_by_its_speaker():
    # Washington Examiner: "falsehood", after an ellipsis in the quote
    a = _analysis(
        'Paul said Cruz had been on both sides of the amnesty question at one time or another, and: "He '
        "can't have it both ways ... it's a falsehood,\" he said, as cheers and objections were heard."
    )
    d = _denial(a, "Paul said")
    assert "Paul" in d.speaker_text


def test_a_quote_calling_rumors_false_is_the_letters_not_the_outlets():
    # Fox News (set a, dev): the letter's words, in a quote; not the writer's own denial
    a = _analysis(
        "Daniels signed a statement earlier this year denying the affair. “Rumors that I have received hush "
        "money from Donald Trump are completely false,” the letter read."
    )
    d = _denial(a, "“Rumors")
    assert d.speaker_text == "the letter"
