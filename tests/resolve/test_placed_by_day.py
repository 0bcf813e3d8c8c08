"""A report of an attack naming no one and no place, giving only its day, joins the attack that
reports placed on that day (issue 10, dev event westminster_attack of
bench/data/dedup_allsides.json, March 22, 2017). The Guardian's "In the frenzied attack on
Wednesday, Masood also stabbed to death PC Keith Palmer" names the attacker on "stabbed", not on
"attack", and no place: the by-day attachment (``events._that_day``) runs before the placed
reports make their event, so it had none to give it to. Sentences are quoted from the AllSides
articles."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

PLACED = {
    # Fox News, 2017-03-22
    "fox": (
        "2017-03-22",
        "Five people, including a London police officer who was stabbed and the alleged assailant, were "
        "killed in a terror attack that saw more 40 people injured outside the Parliament building on "
        'Wednesday in an act described as "sick and depraved" by British Prime Minister Theresa May.',
    ),
    # NPR, 2017-03-22
    "npr": (
        "2017-03-22",
        "British authorities have made eight arrests in their investigation into Wednesday's attack in "
        "London, police said Thursday morning.",
    ),
    # NPR, 2017-03-22
    "npr2": (
        "2017-03-22",
        "The attack happened midday Wednesday in London, near the U.K. Parliament building.",
    ),
}
# The Guardian, 2017-03-23
GUARDIAN = "In the frenzied attack on Wednesday, Masood also stabbed to death PC Keith Palmer, a 48-year-old husband and father."
# Charles Krauthammer, a column of the day of another strike: a possible strike, dated by "today"
TODAY = "A preemptive strike against those facilities is still unlikely, but today conceivable."


def _attack_docs(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members} for ev in res.events if any(kinds[m] == "ATTACK" for m in ev.members)
    ]


def test_an_attack_told_by_its_day_alone_joins_the_attack_placed_that_day():
    groups = _attack_docs({**PLACED, "guardian": ("2017-03-23", GUARDIAN)})
    assert any({"fox", "npr", "npr2", "guardian"} <= g for g in groups)


def test_a_report_of_weeks_later_stays_apart():
    groups = _attack_docs({**PLACED, "guardian": ("2017-04-20", GUARDIAN)})
    assert not any({"fox", "guardian"} <= g for g in groups)


def test_not_by_the_day_of_writing():
    groups = _attack_docs({**PLACED, "column": ("2017-03-22", TODAY)})
    assert not any({"fox", "column"} <= g for g in groups)
