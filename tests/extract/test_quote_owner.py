"""Denials that call a thing said false or not accurate where no verb of saying stands above the
words: a quote whose attribution follows it or precedes it in another sentence, a transcript's
line, a verb of calling with a small clause, the writer's own "it is false to claim that".
Real AllSides sentences (bench/data/denials_allsides.jsonl rows 157–173, and the 330 of
bench/contradictions.py)."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import ArticleMeta, RawArticle
from storyline.pipeline import build_document


def _analyse(text: str, outlet: str | None = None):
    meta = ArticleMeta(title=None, outlet=outlet, url=None)
    (a,) = analyse([build_document(RawArticle("t", text, "text", meta), "2018-01-01")])
    return a


def _denials(a, start: str):
    at = a.doc.text.index(start)
    return [c for c in a.claims if c.stance == "DENY" and c.start <= at < c.end]


def test_quote_whose_attribution_the_parse_hangs_under_it():
    a = _analyse(
        "Tapper pressed Kaine, saying Mook told CNN otherwise. \"That is not accurate and I don't "
        'think Robby has said that, Jake," Kaine responded.'
    )
    assert [d.speaker_text for d in _denials(a, '"That is')] == ["Kaine"]


def test_quote_running_on_from_the_sentence_before():
    a = _analyse(
        "Rubio then said, \"Apple initially came out saying we're being ordered to create a backdoor "
        "to an encryption device. That is not accurate.\" Rubio's claim here is again technically true."
    )
    assert [d.speaker_text for d in _denials(a, "That is not")] == ["Rubio"]


def test_quote_running_on_after_an_attribution():
    a = _analyse(
        "Lawmakers wanted to know if Comey had been hearing that argument as well. \"I've heard it a "
        'lot," he said. "It\'s not true, but I\'ve heard it a lot."'
    )
    assert [d.speaker_text for d in _denials(a, "It's not true")] == ["Comey"]


def test_according_to_after_the_quote_and_a_transcript_line():
    a = _analyse(
        "“That is not accurate,” according to Acting FBI Director Andrew McCabe, who said Comey "
        "“enjoyed broad support within the FBI, and still does to this day.”"
    )
    assert [d.speaker_text for d in _denials(a, "“That is")] == ["Andrew McCabe"]
    a = _analyse(
        "9:22 p.m. EDT: Hillary Clinton fact-checks Donald Trump, after he says that she supported the "
        "Trans-Pacific Partnership before she opposed it.  Clinton: That is just not accurate. I was "
        "against it once it was finally negotiated… Trump: …You called it the gold standard of trade deals."
    )
    assert [d.speaker_text for d in _denials(a, "not accurate")] == ["Hillary Clinton"]


def test_a_quote_closed_before_the_words_is_not_its_speakers():
    # the writer's fact check after a quote: no one's denial we can name
    a = _analyse(
        '"(Obama) saved the American auto industry," Granholm said. "Right, and then that renewed '
        "auto industry paid America back in full,\" Granholm said. That's not true, actually."
    )
    assert _denials(a, "That's not true") == []


def test_inaccurate_and_declared_false():
    a = _analyse(
        "Well, at least Bezos will stand up for himself and the free market system that created his "
        'wealth, right?  At first, he did. Amazon called the criticisms "inaccurate" and "misleading."'
    )
    assert [d.speaker_text for d in _denials(a, "Amazon")] == ["Amazon"]
    a = _analyse("Trump had three top officials come out and declare the disclosure story false.")
    assert [d.speaker_text for d in _denials(a, "Trump had")] == ["three top officials"]


def test_the_writers_own_word_is_the_outlets():
    a = _analyse(
        "Some members of the special counsel's team have donated to Democrats in the past, but it is "
        "false to claim that the entire team is made up of Democrats.",
        outlet="Politico",
    )
    assert [d.speaker_text for d in _denials(a, "it is false")] == ["Politico"]
    a = _analyse(
        "The president called Comey a close friend of Mueller's, although it is disputed that the two "
        "are close friends.",
        outlet="Washington Examiner",
    )
    assert "Washington Examiner" in [d.speaker_text for d in _denials(a, "it is disputed")]
    # an "it" that stands for something said is no empty "it"
    a = _analyse("It is not true, the spokesman said.", outlet="Politico")
    assert "Politico" not in [d.speaker_text for d in _denials(a, "It is")]


def test_a_condition_in_a_quote_calls_nothing_false():
    a = _analyse(
        "On Wednesday, he pressed Rogers on media reports that Trump asked him to intercede in the Russia "
        "investigation.\n\n“If what is being said to the media is untrue, then it is unfair to the "
        "president of the United States. And if it is true, that it is something the American people "
        "deserve to know,” Rubio said Wednesday."
    )
    assert _denials(a, "If what") == []
