"""A large store built straight through the ``Store`` API (no NLP), for the UI at scale (issue 14).

10,000 events among 5,000 entities, reported by 12 outlets in about 3,000 articles. What makes it
realistic for the UI: a few people take part in most events (popularity falls off as 1/rank);
the story runs 2015-2018 with one busy spring (2017-03..2017-08) and a handful of historical
dates; most dates are days, some months, years or multi-day spans, 15 % are undated; an event is
reported by 1 to ~40 articles (heavy-tailed), so ``resolve.salience`` spreads out. Every surname
is a unique made-up six-letter word, so a search for two surnames has one right answer, which
``Truth`` keeps for the tests. Seeded: the same store every run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import Counter
from dataclasses import dataclass, field

from storyline.model import (
    Analysis,
    DateRange,
    Document,
    Entity,
    Event,
    EventMention,
    Mention,
    OffsetMap,
    Participant,
    Resolution,
    Sentence,
)
from storyline.resolve.salience import score
from storyline.store import SQLiteStore

OUTLETS = [
    "Reuters", "Associated Press", "The New York Times", "The Washington Post", "Fox News",
    "CNN", "BBC News", "The Guardian", "Politico", "The Hill", "Breitbart", "NPR",
]  # fmt: skip
FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Frank", "Grace", "Hugo", "Irene", "James"]
CITIES = ["Vienna", "Geneva", "Brussels", "Ottawa", "Lisbon", "Oslo", "Warsaw", "Dublin", "Prague", "Madrid"]
VERBS = {"MEET": "met", "CALL": "called", "TESTIFY": "testified against", "SUE": "sued", "FIRE": "fired",
         "APPOINT": "appointed", "CHARGE": "charged", "AGREE": "agreed with", "PROTEST": "protested against",
         "ATTACK": "attacked", "SANCTION": "sanctioned", "INVESTIGATE": "investigated", "ARREST": "arrested"}  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
N_EVENTS, N_ENTITIES = 10_000, 5_000
BUSY = ("2017-03", "2017-08")  # the story's dense period
PER_ARTICLE = 12  # event reports per article


def _surnames(rng: random.Random, n: int) -> list[str]:
    """n distinct six-letter words, none inside another name, a city or an outlet."""
    cons, vows = "bdfgklmnprstvz", "aeiou"
    taken = " ".join(FIRST + CITIES + OUTLETS + list(VERBS.values())).lower()
    out: dict[str, None] = {}
    while len(out) < n:
        w = "".join(rng.choice(cons) + rng.choice(vows) for _ in range(3))
        if w not in taken:
            out[w] = None
    return [w.capitalize() for w in out]


@dataclass
class Truth:
    """What the tests check the UI against, known from construction."""

    events: dict[str, set[str]] = field(default_factory=dict)  # event id -> participant ids
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    months: dict[str, int] = field(default_factory=dict)  # dated (day/month-precise) events per month
    path: str = ""

    def pair(self, rank: int = 0) -> tuple[str, str, int]:
        """The ``rank``-th pair of entities by shared events (ids in order), and how many they share."""
        shared: Counter[tuple[str, str]] = Counter()
        for ids in self.events.values():
            shared.update((a, b) for a in ids for b in ids if a < b)
        (a, b), n = shared.most_common()[rank]
        return a, b, n


def _event_date(rng: random.Random) -> DateRange | None:
    r = rng.random()
    if r < 0.15:
        return None
    if r < 0.152:  # background history
        y = rng.randint(1968, 1999)
        return DateRange(str(y), str(y), str(y))
    if rng.random() < 0.6:  # the busy spring, peaking in May 2017
        day = dt.date(2017, 5, 20) + dt.timedelta(days=round(rng.gauss(0, 40)))
    else:
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
    p = rng.random()
    iso = day.isoformat()
    if p < 0.78:
        return DateRange(iso, iso, f"{MONTHS[day.month - 1]} {day.day}")
    if p < 0.88:
        return DateRange(iso[:7], iso[:7], f"in {MONTHS[day.month - 1]}")
    if p < 0.94:
        return DateRange(iso[:4], iso[:4], f"in {day.year}")
    end = (day + dt.timedelta(days=rng.randint(1, 4))).isoformat()
    return DateRange(iso, end, f"{MONTHS[day.month - 1]} {day.day} to {end[8:]}")


def build_big_store(path: str, seed: int = 14) -> Truth:
    rng = random.Random(seed)
    truth = Truth(path=path)
    surnames = _surnames(rng, N_ENTITIES - len(CITIES))
    people = [
        (f"ent-{i:04d}", f"{FIRST[i % len(FIRST)]} {s}", "PERSON" if i % 4 else "ORG", s)
        for i, s in enumerate(surnames)
    ]
    cities = [(f"gpe-{c.lower()}", c, "GPE", c) for c in CITIES]
    # popularity 1/(rank+3): a few names in most events, a long tail in one or two
    cum = list(itertools.accumulate(1 / (i + 3) for i in range(len(people))))
    entity_mentions: dict[str, list[str]] = {e[0]: [] for e in people + cities}
    events: list[Event] = []
    reports: list[tuple[str, int, str, list[tuple], tuple | None, DateRange | None]] = []
    for n in range(N_EVENTS):
        etype = rng.choice(list(VERBS))
        k = rng.choice((1, 2, 2, 2, 3))
        who = []
        while len(who) < k:
            p = rng.choices(people, cum_weights=cum)[0]
            if p not in who:
                who.append(p)
        place = rng.choice(cities) if rng.random() < 0.3 else None
        date = _event_date(rng)
        ev_id = f"ev-{n:05d}"
        label = f"{who[0][3]} {VERBS[etype]} " + (" and ".join(w[3] for w in who[1:]) or "reporters")
        events.append(Event(ev_id, etype, label, date=date, location=place[0] if place else None))
        truth.events[ev_id] = {w[0] for w in who}
        n_reports = min(40, int(rng.paretovariate(1.3)))
        for _ in range(n_reports):
            reports.append((ev_id, n, etype, who, place, date))
    truth.names = {e[0]: e[1] for e in people + cities}

    # articles: reports published close to their event's date, 12 to an article, per outlet
    rng.shuffle(reports)
    reports.sort(
        key=lambda r: r[5].first_day if r[5] and r[5].first_day and r[5].first_day > "2014" else "2016-06-01"
    )
    analyses = []
    by_event: dict[str, list[str]] = {}
    for a, chunk in enumerate(range(0, len(reports), PER_ARTICLE)):
        batch = reports[chunk : chunk + PER_ARTICLE]
        outlet = OUTLETS[a % len(OUTLETS)]
        d0 = batch[0][5]
        base = (
            dt.date.fromisoformat(d0.first_day)
            if d0 and d0.first_day and d0.first_day > "2014"
            else dt.date(2016, 6, 1)
        )
        published = (base + dt.timedelta(days=rng.randint(0, 20))).isoformat()
        doc_id = f"doc-{a:05d}"
        sentences, texts, pos = [], [], 0
        mentions: list[Mention] = []
        ems: list[EventMention] = []
        for i, (ev_id, _n, etype, who, place, date) in enumerate(batch):
            text = f"{who[0][1]} {VERBS[etype]}" + "".join(f" {w[1]}" for w in who[1:])
            text += (f" in {place[1]}" if place else "") + (f" {date.text}" if date else "") + "."
            sentences.append(Sentence(i, pos, pos + len(text), text))
            parts = []
            for w in who + ([place] if place else []):
                s = text.index(w[1])
                mid = f"{doc_id}:m{len(mentions)}"
                mentions.append(Mention(mid, i, pos + s, pos + s + len(w[1]), w[1], w[2], w[1]))
                entity_mentions[w[0]].append(mid)
                if w is not place:
                    parts.append(Participant(mid, "agent" if w is who[0] else "patient"))
            t = text.index(VERBS[etype])
            em_id = f"{doc_id}:e{i}"
            trig = VERBS[etype]
            ems.append(
                EventMention(
                    em_id,
                    i,
                    etype,
                    trig,
                    trig,
                    pos + t,
                    pos + t + len(trig),
                    parts,
                    date,
                    None,
                    None,
                    [outlet],
                )
            )
            by_event.setdefault(ev_id, []).append(em_id)
            texts.append(text)
            pos += len(text) + 1
        body = " ".join(texts)
        doc = Document(
            id=doc_id,
            source=f"https://example.org/{outlet.lower().replace(' ', '-')}/{doc_id}",
            original=body,
            text=body,
            offsets=OffsetMap.identity(len(body)),
            published_basis="metadata",
            title=f"{batch[0][3][0][1]} in the news",
            outlet=outlet,
            published=published,
        )
        analyses.append(Analysis(doc, sentences, mentions, ems, []))
    published = {em.id: an.doc.published for an in analyses for em in an.events}
    for ev in events:
        ev.members = by_event.get(ev.id, [])
        ev.first_reported = min((published[m] for m in ev.members), default=None)
        ev.participants = [Participant(x, None) for x in sorted(truth.events[ev.id])]
    events = [ev for ev in events if ev.members]
    truth.events = {ev.id: truth.events[ev.id] for ev in events}
    score(events, analyses)
    entities = [
        Entity(eid, name, etype, [name, short] if short != name else [name], [], entity_mentions[eid])
        for eid, name, etype, short in people + cities
    ]
    store = SQLiteStore(path)
    store.db.execute("PRAGMA synchronous = OFF")  # a throwaway test store: no fsync per article
    for an in analyses:
        store.add_analysis(an)
    store.save_resolution(Resolution(entities, events, []))
    store.close()
    # months as the store holds them (events without a report were dropped above)
    truth.months = {}
    for ev in events:
        r = ev.date
        if r and r.first_day and r.last_day:
            if (dt.date.fromisoformat(r.last_day) - dt.date.fromisoformat(r.first_day)).days <= 31:
                truth.months[r.first_day[:7]] = truth.months.get(r.first_day[:7], 0) + 1
    return truth


if __name__ == "__main__":
    import sys
    import time

    t0 = time.perf_counter()
    t = build_big_store(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.db")
    print(f"{len(t.events)} events in {time.perf_counter() - t0:.1f} s")
