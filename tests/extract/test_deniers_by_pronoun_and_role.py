"""Who denies when the sentence names the denier by a pronoun, by a role that is someone's, or by
the verb a denial hangs on: sentences of AllSides 2016–2018 articles outside every bench's
held-out part, with the sentences before them, the denier written down by hand before the change."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _denier(text: str, start: str) -> str | None:
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2018-01-01")])
    at = a.doc.text.index(start)
    (d,) = [c for c in a.claims if c.start <= at < c.end and c.stance == "DENY"]
    return d.speaker_text


def test_he_is_the_main_subject_before_not_the_woman_inside_its_clause():
    # USA Today (set a, dev): Hill, subject of "feel harassed" inside Thomas's clause, is nearer
    text = (
        "There is a precedent for Kavanaugh’s strategy of denial as well: Thomas’s approach. Thomas didn’t "
        "apologize for making Hill feel harassed, nor did he say there had been a misunderstanding between "
        "them. He flatly denied her allegations."
    )
    assert _denier(text, "He flatly") == "Thomas"


def test_he_is_the_one_who_said_not_whose_allegation_he_spoke_of():
    # NBC News (set a, dev), with a sentence from earlier in the article
    text = (
        "Kavanaugh is trying to save a Supreme Court nomination that has become besieged by accusations of "
        "decades-old sexual misconduct. In a transcript of an interview with Senate investigators released "
        "Wednesday night, Kavanaugh said "
        'Ramirez’s allegation "sounds like an orchestrated hit to take me out." He rejected Swetnick’s '
        'claim in a statement Wednesday as "ridiculous and from the Twilight Zone."'
    )
    # the tagger names no Kavanaugh in this excerpt (it does in the whole article): no one, then,
    # but never the woman whose allegation the sentence before spoke of
    assert "Ramirez" not in (_denier(text, "He rejected") or "")


def test_she_is_no_one_when_the_sentence_before_is_about_a_name_the_tagger_missed():
    # CNN (set c, dev): "Gee" is not tagged; she is not the judge Sabraw named before
    text = (
        "The DOJ not only did that, but sent an update, after Judge Dana Sabraw ordered the government not to "
        "separate any more families, saying that Sabraw’s ruling automatically allowed them to detain "
        "families for longer. Gee tore into that argument Monday night. She forcefully rejected the "
        "government’s claim that the current levels of families entering the US from Central America "
        "without papers represent some kind of crisis."
    )
    assert "Sabraw" not in (_denier(text, "She forcefully") or "")


def test_his_lawyers_deny_for_the_man_his_stands_for():
    # CNN (contradictions, dev)
    text = (
        "Despite Trump's tweet to the contrary, his personal lawyers have repeatedly denied the fact the "
        "president himself is under investigation."
    )
    assert _denier(text, "Despite") == "Trump"


def test_a_transition_team_is_a_body_of_its_own():
    # bench/denials.py dev: the team, not Trump, denies
    text = (
        "Hours earlier, Trump's transition team had denied that he had settled on a defense secretary "
        "despite a report that he had."
    )
    assert "team" in (_denier(text, "Hours") or "")


def test_who_issues_a_statement_denying_denies():
    # contradictions, dev: the denial is a participle of the statement, object of "put out"
    text = "After the meeting, Rosenstein put out another more strongly worded statement denying the story."
    assert _denier(text, "After") == "Rosenstein"


def test_who_goes_out_to_deny_denies():
    # contradictions, dev: an infinitive of purpose with no subject of its own
    text = (
        "Perhaps for that reason, Trump went out the morning after Giulliani's first disastrous interview to "
        "deny the former New York mayor's assertions."
    )
    assert _denier(text, "Perhaps") == "Trump"


def test_despite_denying_is_said_by_the_subject_of_the_verb_it_hangs_on():
    # contradictions, dev
    text = (
        "President Donald Trump appeared to defend his choice of Matthew Whitaker as acting attorney general "
        "in a Friday night tweet, despite previously denying he even knew the man at the helm of the Justice "
        "Department."
    )
    assert _denier(text, "President") == "Donald Trump"
