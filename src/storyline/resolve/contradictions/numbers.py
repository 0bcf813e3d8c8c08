"""Number against number: claims that count the same contacts or things differently."""

from __future__ import annotations

from storyline.model import CONTACT_TYPES, Analysis, Claim, Contradiction, Event, Position, Quantity
from storyline.resolve.contradictions.evidence import Reader, dedupe_reports, position
from storyline.resolve.contradictions.meetings import Told
from storyline.resolve.counts import count_groups

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


def find_counts(claims: list[Claim], reader: Reader, rare_words: dict[str, set[str]]) -> list[Contradiction]:
    """Claims that count the same things differently, one disagreement per group
    (``resolve/counts.py`` finds them), one position per value."""
    out = []
    for noun, by_value in count_groups(claims, rare_words):
        positions = []
        for value in sorted(by_value):
            reps = dedupe_reports([reader.claim(c, set()) for c in by_value[value]])
            positions.append(position(f"{value:,g} {noun}", reps))
        out.append(
            Contradiction(
                claims=list(dict.fromkeys(r.claim for p in positions for r in p.reports if r.claim)),
                reason=f"reports count the {noun} differently ({', '.join(p.label for p in positions)})",
                kind="NUMBER",
                question=f"how many {noun}?",
                positions=positions,
            )
        )
    return out
