"""Attacks told by where and when alone are one attack, on sentences of dev reports in
bench/data/dedup_allsides.json (westminster_attack, 2017-03-22): the first days' reports name no
attacker and no victim, so no participant joined them and each stayed an event of one article.
Two that put an attack in London on one day make it; an undated one of the next days placed
there joins it; one published weeks later (June's attack at London Bridge) stays apart."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

DATED = {
    # Fox News, 2017-03-22
    "fox1": (
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
}
UNDATED = {
    # New York Times, 2017-03-22
    "nyt": (
        "2017-03-22",
        "Jeremy Shapiro, a former State Department official now at the European Council on Foreign "
        "Relations, said that the London attack was consistent with the recent pattern of attacks in which "
        "a vehicle was used to kill people, citing assaults in France, Germany and Israel.",
    ),
}


def _attack_docs(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members} for ev in res.events if any(kinds[m] == "ATTACK" for m in ev.members)
    ]


def test_two_reports_of_an_attack_in_london_on_one_day_are_one():
    assert {"fox1", "npr"} in _attack_docs(DATED)


def test_an_undated_report_of_the_next_days_placed_there_joins_it():
    assert any({"fox1", "npr", "nyt"} <= g for g in _attack_docs({**DATED, **UNDATED}))


def test_an_undated_report_weeks_later_stays_apart():
    later = {k: ("2017-06-05", text) for k, (_, text) in UNDATED.items()}
    assert not any({"fox1", "nyt"} <= g for g in _attack_docs({**DATED, **later}))
