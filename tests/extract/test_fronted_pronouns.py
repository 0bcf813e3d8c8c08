"""A he/she subject of a clause fronted before the main clause points forward to that clause's
named subject. Sentences from a Reuters report (Timeline17, 2009) and AllSides articles."""

from __future__ import annotations

from storyline.extract import entities, nlp
from storyline.extract.context import DocContext
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _resolve(text: str, sentence: str, pronoun: str):
    document = build_document(RawArticle("t", text, "text"), "2009-03-16")
    sdoc = next(nlp.pipe([document.text]))
    starts = [s.start_char for s in sdoc.sents]
    mentions = entities.extract_mentions(sdoc, "t", lambda c: max(k for k, s in enumerate(starts) if s <= c))
    ctx = DocContext(document, sdoc, mentions, [])
    at = document.text.find(sentence)
    pron = next(t for t in sdoc if t.idx >= at and t.lower_ == pronoun)
    m = ctx.sentence(0, pron.sent).antecedent(pron)
    return m.key if m is not None else None


def test_a_fronted_clause_points_to_the_subject_after_it():
    # the sentence before names Musharraf as the one who sacked him: he is Chaudhry, not Musharraf
    text = (
        "Two years after Iftikhar Chaudhry was first sacked by then President Pervez Musharraf, Pakistan "
        "government officials said he would be reinstated as Chief Justice after a nationwide protest led by "
        "Pakistan's lawyers. After he was removed by Musharraf, Chaudhry was reinstated only to be sacked again."
    )
    assert _resolve(text, "After he was removed", "he") == "Iftikhar Chaudhry"


def test_not_when_the_subject_holds_the_pronouns_own_referent():
    # "her communications director, Nick Merrill": her is the one she is, not Merrill
    text = (
        "Hillary Clinton spoke in Ohio on Monday. After she takes an hour away to exercise, her "
        "communications director, Nick Merrill, updates reporters."
    )
    assert _resolve(text, "After she takes", "she") != "Nick Merrill"
