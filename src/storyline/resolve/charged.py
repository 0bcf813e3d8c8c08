"""An assault told by the charge it brought: "Greg Gianforte was charged with misdemeanor assault
following an alleged physical altercation with a reporter Wednesday evening", "a criminal
charge for body-slamming a reporter the day before the vote", "Ben Jacobs was assaulted by
Republican congressman-elect Greg Gianforte". Outlets tell one happening by the attack or by the
charge, in any mix; a charge is keyed by the one charged (events.SINGULAR), an attack by its
victim, so the participant pass never joins them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from storyline.model import DateRange
from storyline.resolve.dates import compatible
from storyline.resolve.events import DAY_NEWS_DAYS, _Cluster, _family, _main_agent, _main_key, _one_day
from storyline.resolve.placed import _published

CASES = {"ARREST", "CHARGE"}  # a case opened against one person (events.FAMILIES: PROSECUTE)
# Days between an attack and its attacker's charge or arrest: the same night or the next days
CHARGE_DAYS = 2


def _case_day(c: _Cluster) -> Optional[date]:
    day = _one_day(c.agreed_date)
    return date.fromisoformat(day) if day else None


def _before(a: _Cluster, case: _Cluster, day: date) -> bool:
    """The attack fits a case of ``day``: its reports date it within ``CHARGE_DAYS`` before (or
    on) that day, or give no date and tell it in a document that tells the case, published in
    the days after ("his alleged violent assault of an innocent journalist", The Hill, beside
    the charge): an undated shooting by the one charged, days later, may be another ("Stephens
    pulled a pistol and shot himself in the head", the day after the Cleveland killer's charge)."""
    if not a.dates:
        published = _published(a)
        return (
            bool(a.docs & {f.doc for f in case.members if f.type in CASES})
            and published is not None
            and 0 <= (published - day).days <= DAY_NEWS_DAYS
        )
    span = DateRange((day - timedelta(days=CHARGE_DAYS)).isoformat(), day.isoformat(), "")
    return all(compatible(d, span) for d in a.dates)


def join_charged(merged: list[_Cluster], alive: list[bool]) -> None:
    """An attack whose reports name one attacker is the case (arrest or charge) its attacker's
    reports tell on its day or within ``CHARGE_DAYS`` after, when that person has one such case
    and neither is told as not done (whom the attack happened to is not the charge's key: the
    one charged is)."""
    cases: dict[str, list[int]] = {}
    for j, t in enumerate(merged):
        key = _main_key(t) if alive[j] and _family(t.type) == "PROSECUTE" else None
        if key is not None and _case_day(t) is not None:
            cases.setdefault(key, []).append(j)
    case_ids = {j for ids in cases.values() for j in ids}
    attacks = [i for i, a in enumerate(merged) if alive[i] and a.type == "ATTACK" and i not in case_ids]
    for i in attacks:
        a = merged[i]
        attacker = _main_agent(a)
        if attacker is None or set(a.agents) != {attacker}:
            continue
        fits = [
            j
            for j in cases.get(attacker, ())
            if alive[j]
            and _before(a, merged[j], _case_day(merged[j]) or date.min)
            and not {True, False} <= merged[j].kinds | a.kinds
        ]
        if len(fits) == 1:
            merged[fits[0]].absorb(a)
            alive[i] = False
