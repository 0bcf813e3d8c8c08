"""An illness found in someone is a DIAGNOSE event (issue 10, dev event mccain_cancer of
bench/data/dedup_allsides.json: Senator McCain's brain cancer, July 19, 2017), on real sentences
quoted from AllSides 2017 articles: the diagnosed one is its patient, whether the verb or the
noun tells it; a judgement ("diagnosed the problem") is none."""

from __future__ import annotations

import pytest

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.extract.events import trigger_type
from storyline.extract.nlp import load
from storyline.model import Document

# (a real sentence, a word of it, the type it must be read as; None: no event)
SENSES = [
    (
        "The 80-year-old McCain has been diagnosed with one of the most aggressive forms of brain cancer, the same kind that killed Sen. Ted Kennedy and Beau Biden.",
        "diagnosed",
        "DIAGNOSE",
    ),
    (
        "PHOENIX — Glioblastoma, the type of brain tumor diagnosed in Sen. John McCain, is an aggressive type that is difficult to treat, experts say.",
        "diagnosed",
        "DIAGNOSE",
    ),
    (
        "With Sen. John McCain of Arizona absent because of his sudden cancer diagnosis, Republican leaders cannot afford more than one defection.",
        "diagnosis",
        "DIAGNOSE",
    ),
    (
        "After all was said and done, Stanger needed a trip to the emergency room and was diagnosed with a concussion.",
        "diagnosed",
        "DIAGNOSE",
    ),
    # judgements, not illnesses
    (
        'Freedom Caucus Chairman Mark Meadows diagnosed the problem: "We have not gotten enough of our members to get to yes at this point.',
        "diagnosed",
        None,
    ),
    (
        "CBO's report is a picture of an insurance market that has all of the flaws that Mitch McConnell diagnosed in Obamacare, but worse.",
        "diagnosed",
        None,
    ),
    (
        "John Gable’s diagnosis has authority: he has more than 30 years in the tech business.",
        "diagnosis",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES)
def test_sense_from_the_parse(text, word, expected):
    found = {(t.text, trigger_type(t)) for t in load()(text)}
    assert word in {w for w, _ in found}
    got = {t for w, t in found if w == word}
    assert got == {expected} if expected else got <= {None}, found


@pytest.mark.parametrize(
    "text",
    [
        # Washington Times, 2017-07-20: the possessor of a diagnosis is the one diagnosed
        "Senate Republican leaders plowed ahead with plans to put Obamacare in the rearview mirror by "
        "August but faced even longer odds Thursday, reeling from Sen. John McCain’s cancer diagnosis "
        "and budget estimates.",
        # Washington Times, 2017-07-25: ... and so is who receives one
        "Sen. John McCain of Arizona, who has received a shocking brain cancer diagnosis, made a "
        "dramatic return to the chamber.",
    ],
)
def test_the_diagnosed_is_the_patient(text):
    c = clean_text(text)
    doc = Document(
        id="d", source="s", original=c.original, text=c.text, offsets=c.offsets, published="2017-07-20"
    )
    (a,) = analyse([doc])
    names = {m.id: m.text for m in a.mentions}
    roles = {(names.get(p.ref, ""), p.role) for e in a.events if e.type == "DIAGNOSE" for p in e.participants}
    assert any("McCain" in n and r == "patient" for n, r in roles), roles
