"""An assault told by the charge it brought is one event (issue 10, dev event gianforte_assault of
bench/data/dedup_allsides.json, May 24, 2017): some outlets tell Greg Gianforte's body slam of
Ben Jacobs (an ATTACK, keyed by the one attacked), others the misdemeanor charge (a CHARGE,
keyed by the one charged), so the participant pass kept them apart. Sentences are quoted from
the AllSides articles."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

CHARGED = {
    # The Hill, 2017-05-25
    "hill": (
        "2017-05-25",
        "Montana law enforcement officials have charged GOP House candidate Greg Gianforte with "
        "misdemeanor assault following an alleged physical altercation with a reporter Wednesday "
        "evening, just hours before voters head to the polls. Gianforte allegedly slammed Ben Jacobs to the "
        "floor at the candidate's campaign headquarters in Bozeman as The Guardian reporter posed "
        "questions about the Republicans' ObamaCare repeal plan.",
    ),
    # Washington Times, 2017-05-25 (a sentence of each of two of its articles)
    "wt": (
        "2017-05-25",
        "Mr. Gianforte defeated Mr. Quist less than 24 hours after he allegedly body-slammed a reporter from Britain's Guardian "
        "newspaper and police charged him with misdemeanor assault. Gianforte, meanwhile, has been "
        "cited for misdemeanor assault.",
    ),
}
# The Guardian, 2017-05-30
ASSAULTED = (
    "Spicer was also asked about incidents of violence against reporters, including in Montana, when "
    "the Guardian's Ben Jacobs was assaulted by Republican congressman-elect Greg Gianforte."
)

# Washington Times, 2017-05-25 (a second article): the incident, read as an attack by Gianforte
# (the figure of speech is taken literally) dated by its day alone
SHOT = (
    "Mr. Gianforte also shot himself in the foot Wednesday with the incident with the reporter, who had "
    "asked him to respond to a Congressional Budget Office analysis."
)


def _groups(texts: dict[str, tuple[str, str]]) -> list[set[tuple[str, str]]]:
    """Each event as the (document, type) of its mentions."""
    analyses = analyses_of(texts)
    res = resolve(analyses)
    seen = {e.id: (a.doc.id, e.type) for a in analyses for e in a.events}
    return [{seen[m] for m in ev.members} for ev in res.events]


def _one(groups: list[set[tuple[str, str]]], *mentions: tuple[str, str]) -> bool:
    return any(set(mentions) <= g for g in groups)


def test_an_assault_joins_the_charge_its_attacker_faced():
    groups = _groups({**CHARGED, "guardian": ("2017-05-30", ASSAULTED)})
    assert _one(groups, ("hill", "CHARGE"), ("guardian", "ATTACK"))


def test_an_assault_told_the_day_after_joins():
    groups = _groups({**CHARGED, "wt2": ("2017-05-25", SHOT)})
    assert _one(groups, ("hill", "CHARGE"), ("wt2", "ATTACK"))


def test_an_assault_told_long_after_the_charge_stays_apart():
    # the same words a month and a half later: "Wednesday" is then July 5, not May 24
    groups = _groups({**CHARGED, "wt2": ("2017-07-06", SHOT)})
    assert not _one(groups, ("hill", "CHARGE"), ("wt2", "ATTACK"))


def test_another_attackers_assault_stays_apart():
    other = ASSAULTED.replace("Republican congressman-elect Greg Gianforte", "Republican candidate Rob Quist")
    groups = _groups({**CHARGED, "guardian": ("2017-05-30", other)})
    assert not _one(groups, ("hill", "CHARGE"), ("guardian", "ATTACK"))
