"""Number against number: claims that count the same contacts or things differently."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from storyline.model import CONTACT_TYPES, Analysis, Claim, Contradiction, Event, Figure, Position, Quantity
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.figure_groups import figure_groups
from storyline.resolve.contradictions.meetings import Told
from storyline.resolve.figures import label

# counts of contacts: "met twice", "two meetings", "six calls" (not durations or ordinals)
_COUNTED = {"meeting", "call", "conversation", "contact", "discussion", "talk", "encounter", "communication"}
_COUNTING_VERBS = {"meet", "talk", "speak", "call", "communicate", "discuss"}


def _count(q: Quantity) -> bool:
    return q.unit in _COUNTED or q.unit == "time" and q.of in _COUNTING_VERBS


def find_numbers(
    analyses: list[Analysis],
    events: list[Event],
    reader: Reader,
    told: dict[frozenset[str], list[Told]] | None = None,
) -> list[Contradiction]:
    """Claims that count the contacts between the same people differently ("met twice" against
    "three meetings"), one disagreement per pair of people. ``told``: the counts the sentences
    naming a pair state (``meetings``), beside the claims'."""
    member_event = {m: ev for ev in events for m in ev.members}
    groups: dict[frozenset[str], dict[float, list[tuple[Claim, Event]]]] = {}
    for a in analyses:
        for c in a.claims:
            ev = member_event.get(c.event) if c.event else None
            if ev is None or ev.type not in CONTACT_TYPES or c.stance not in ("ASSERT", "CONFIRM"):
                continue
            parts = frozenset(p.ref for p in ev.participants)
            if len(parts) != 2:
                continue  # "18 contacts" of a campaign with Russians counts something else
            for q in {q.value: q for q in c.quantities if _count(q)}.values():
                groups.setdefault(parts, {}).setdefault(q.value, []).append((c, ev))
    pair_events: dict[frozenset[str], list[Event]] = {}
    for ev in events:
        if ev.type in CONTACT_TYPES:
            pair_events.setdefault(frozenset(p.ref for p in ev.participants), []).append(ev)
    for parts, sentences in (told or {}).items():
        for t in sentences:
            if t.count is not None and pair_events.get(parts):
                groups.setdefault(parts, {}).setdefault(float(t.count), []).append(
                    (t.claim, pair_events[parts][0])
                )
    out: list[Contradiction] = []
    for parts, by_value in groups.items():
        if len(by_value) < 2:
            continue
        positions: list[Position] = []
        evs: set[str] = set()
        for value in sorted(by_value):
            reps = dedupe_reports([reader.claim(c, set(parts)) for c, _ in by_value[value]])
            evs |= {ev.id for _, ev in by_value[value]}
            positions.append(position(f"{value:g}", reps))
        names = sorted({n for n in map(reader.name, parts) if n is not None})
        ids = [r.claim for p in positions for r in p.reports if r.claim]
        out.append(
            Contradiction(
                claims=list(dict.fromkeys(ids)),
                reason=f"reports count the contacts differently ({', '.join(p.label for p in positions)})",
                kind="NUMBER",
                question=f"how many times were {' and '.join(names)} in contact?",
                positions=positions,
                events=sorted(evs),
            )
        )
    return out


def find_counts(
    claims: list[Claim],
    reader: Reader,
    rare_words: dict[str, set[str]],
    names: Callable[[Claim], frozenset[tuple[str, str]]] = lambda c: frozenset(),
) -> list[Contradiction]:
    """Claims that state different figures for the same thing, one disagreement per thing
    (``figure_groups``), one position per figure, the earlier stated first among equals."""
    out = []
    for unit, sides in figure_groups(claims, rare_words, names):
        positions = []
        for side in sides:
            reps = dedupe_reports([reader.claim(c, set()) for c, _ in side])
            positions.append(position(_label(unit, [f for _, f in side]), reps))
        # the figure first stated first: an estimate revised is told as such
        order = sorted(range(len(sides)), key=lambda i: (positions[i].evidence.get("first") or "",))
        if _grown([sides[i] for i in order], [positions[i] for i in order]):
            continue
        positions.sort(key=lambda p: (p.evidence.get("first") or "", p.reports[0].doc, p.reports[0].sent))
        if len(cited(positions)) < 2:  # one sentence, both sides ("She says two boys …, but … four boys"):
            # the second side cites the sentence itself, the export asking two ids at least
            last = positions[-1]
            positions[-1] = position(last.label, [replace(r, claim=None, mention=None) for r in last.reports])
        thing = "the cost" if unit == "$" else f"the {unit}"
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"reports state {thing} differently ({'; then '.join(p.label for p in positions)})",
                kind="NUMBER",
                question="how much?" if unit == "$" else f"how many {unit}?",
                positions=positions,
            )
        )
    return out


# a count so far, which grows: "So far the Mueller team has brought charges against 35 people",
# "As the Mueller probe hits its one-year anniversary, the team has … notched five guilty pleas"
TALLY = re.compile(
    r"\b(so far|to date|thus far|as of|(has|have) (now )?(brought|secured|notched|charged|indicted|filed|"
    r"collected|raised|received|reached|grown|climbed|risen)|notched)\b",
    re.I,
)


def _grown(sides: list[list[tuple[Claim, Figure]]], positions: list[Position]) -> bool:
    """Whether the figures are one tally told as it grew: each side published later than the one
    before and larger, and a count so far among them."""
    dates = [p.evidence.get("first") or "" for p in positions]
    later = all(a < b for a, b in zip(dates, dates[1:]))
    larger = all(max(f.low for _, f in a) < min(f.low for _, f in b) for a, b in zip(sides, sides[1:]))
    return later and larger and any(TALLY.search(c.text) for side in sides for c, _ in side)


def _label(unit: str, figs: list[Figure]) -> str:
    """A side's figure as its first claim states it ("nearly $25 billion", "107,330 votes")."""
    text = label(figs[0])
    return text if unit == "$" or unit in text.lower() else f"{text} {unit}"
