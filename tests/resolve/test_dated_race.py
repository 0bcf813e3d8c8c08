"""A race told by its day, its candidates unlinked, is the race its article is about, on sentences of
dev reports of Emmanuel Macron's win over Marine Le Pen on 2017-05-07 (bench/data/
dedup_allsides.json, macron_wins). CNN (05-08): "The 39-year-old's win over far-right candidate
Marine Le Pen Sunday ...": the parse links no one to "win", and a race naming no one stood for
its article's race only when it pointed back ("the victory"), so it was dropped. Told by a wider
time ("on the weekend"), it still stands for none."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

REPORTS = {
    # USA TODAY, 2017-05-07
    "usa": (
        "2017-05-07",
        "PARIS — The European political establishment breathed a heavy sigh of relief Sunday, as French "
        "voters easily elected pragmatic centrist Emmanuel Macron as president over right-wing challenger "
        "Marine Le Pen, who threatened to upend Europe’s existing order.",
    ),
    # Fox News, 2017-05-07
    "fox": (
        "2017-05-07",
        "Emmanuel Macron, the centrist and political newcomer, defeated far-right candidate Marine Le Pen "
        "Sunday to win the French presidential election.",
    ),
    # Reason, 2017-05-08
    "reason": (
        "2017-05-08",
        "Emmanuel Macron, the former economy minister who pushed liberalization under President Francois "
        "Hollande, roundly defeated the National Front's Marine Le Pen, who campaigned on an "
        "anti-immigration, big government platform.",
    ),
}
CNN = (
    "By turning to Emmanuel Macron as its new president, France has elevated a charismatic new leader in "
    "the great political battle between globalism and nationalism that is underway in Western democracies. "
    "The 39-year-old's win over far-right candidate Marine Le Pen Sunday in the second round of the French "
    "election represents liberal internationalism's most significant response yet to the populist tsunami "
    "that yielded President Donald Trump and Brexit and ended a crop of establishment political careers. "
    "Macron, a proponent of globalization, centrist politics and the European Union, in effect erected a "
    "bastion against the unconventional and disruptive forces that have roiled developed world politics over "
    "the last year."
)


def _held(cnn: str):
    docs = []
    for doc_id, (day, text) in {**REPORTS, "cnn": ("2017-05-08", cnn)}.items():
        c = clean_text(text)
        docs.append(
            Document(
                id=doc_id, source=doc_id, original=c.original, text=c.text, offsets=c.offsets, published=day
            )
        )
    analyses = list(analyse(docs))
    wins = [
        e for a in analyses if a.doc.id == "cnn" for e in a.events if e.type == "ELECT" and e.lemma == "win"
    ]
    macron = next(e for a in analyses if a.doc.id == "fox" for e in a.events if e.type == "ELECT")
    held = {m: ev for ev in resolve(analyses).events for m in ev.members}
    return wins, held, macron


def test_a_race_told_by_its_day_is_the_articles_race():
    wins, held, macron = _held(CNN)
    assert wins and all(not e.participants and e.date for e in wins)  # the premise: only its day
    assert any(held.get(e.id) is held[macron.id] for e in wins)


def test_a_race_told_by_a_wider_time_stays_out():
    # "on the weekend": two days, no day of its own; a bare race told so may be any race
    wins, held, macron = _held(
        CNN.replace(" Sunday in the second round", " on the weekend in the second round")
    )
    assert wins and all(not e.participants and e.date for e in wins)
    assert all(held.get(e.id) is not held[macron.id] for e in wins)
