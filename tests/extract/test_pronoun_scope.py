"""Which subject of the sentence before a pronoun takes: the main clause's, for who says or
denies and for a subject he/she; the nearest, for a possessive, an object, "it" or "they" of an
event. Sentences of Timeline17's H1N1 articles (BBC, Reuters, 2009: bench/pronouns.py's dev-h1n1
part), the antecedent written down by reading them."""

from __future__ import annotations

from storyline.extract import entities, nlp
from storyline.extract.context import DocContext
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _antecedent(text: str, start: str, pronoun: str, speaker: bool = False) -> str | None:
    document = build_document(RawArticle("t", text, "text"), "2009-06-01")
    sdoc = next(nlp.pipe([document.text]))
    starts = [s.start_char for s in sdoc.sents]
    index = lambda c: max(k for k, s in enumerate(starts) if s <= c)  # noqa: E731
    ctx = DocContext(document, sdoc, entities.extract_mentions(sdoc, document.id, index), [])
    at = document.text.index(start)
    pron = next(t for t in sdoc if t.idx >= at and t.text == pronoun)
    m = ctx.sentence(index(pron.idx), pron.sent).antecedent(pron, speaker=speaker)
    return m.key if m is not None else None


SAMEERAH = (
    "Sameerah Ahmad died at Birmingham Children 's Hospital on Friday evening after contracting the "
    "virus . Her father Imran Ahmad , from Edgbaston , attended the opening of the inquest at Birmingham "
    "Coroner 's Court . The hospital 's Dr Gale Pearson told the court that Sameerah had a condition "
    "which had weakened her immune system . Her death is the third swine-flu related fatality in the UK ."
)


def test_a_possessive_takes_the_nearest_subject_not_the_main_one():
    # BBC: whose death is it? Sameerah's, subject of the clause the doctor's telling holds
    assert _antecedent(SAMEERAH, "Her death", "Her") == "Sameerah"


def test_it_takes_the_nearest_subject_not_the_main_one():
    # Reuters: the drug the WHO spoke of is what "might be less effective", not the WHO
    text = (
        "Flu viruses mutate regularly and can develop resistance to drugs at any time . The WHO has said "
        "Tamiflu was working against strains of the new H1N1 flu but some health experts have expressed "
        "concern that it might be less effective than Relenza , since there have been widespread reports "
        "in the past year of resistance to Tamiflu by seasonal H1N1 flu ."
    )
    assert _antecedent(text, "that it might", "it") == "Tamiflu"


def test_a_subject_she_takes_the_main_subject_before():
    # Reuters: Napolitano said, the Border Patrol inside what she said; she is Napolitano
    text = (
        "`` We know that the cases will continue to rise , '' Sebelius said . Homeland Security Secretary "
        "Janet Napolitano said the Customs and Border Patrol was keeping an eye out for sick travelers , as "
        "usual , and had checked 49 people with flu-like symptoms . She said 41 had been cleared of H1N1 "
        "infection and eight were still being studied ."
    )
    assert _antecedent(text, "She said 41", "She") == "Janet Napolitano"


def test_a_speaker_possessive_keeps_the_main_subject_before():
    # the deniers' path (claims.py) reads a pronoun by the main subject before, possessives too
    assert _antecedent(SAMEERAH, "Her death", "Her", speaker=True) == "Gale Pearson"
