"""Bills and the laws they would change. A vote on a bill is often told by the law it repeals or
replaces: "the speaker was forced to pull the American Health Care Act" and "the failed push to
repeal ObamaCare" report one House vote, keyed by two different acts (extract/legislation.py
makes the repealed law the patient of "a bill to repeal Obamacare"). The archive says which
acts go together: the sentences of their votes name both ("the American Health Care Act, the
Republican bill to repeal and replace the Affordable Care Act")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from storyline.model import Entity
from storyline.resolve.events import EventFeatures

# Documents whose vote sentences must name two acts together before either keys the other's vote:
# one article comparing two laws is no evidence that one would change the other.
KIN_ACT_DOCS = 3


def acts(entities: Iterable[Entity]) -> set[str]:
    """Entities named as an act of a legislature ("the Affordable Care Act", "the National
    Defense Authorization Act"), whatever type the NER gave them."""
    return {e.id for e in entities if e.name.split()[-1:] == ["Act"]}


def with_kin_acts(feats: list[EventFeatures], named_acts: set[str]) -> list[EventFeatures]:
    """The vote mentions keyed by an act, given the acts their key goes with (``kin_keys``)."""
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in feats:
        if f.type != "VOTE":
            continue
        for key in f.key_participants & named_acts:
            for other in (f.named & named_acts) - f.key_participants:
                docs[key, other].add(f.doc)
                docs[other, key].add(f.doc)
    kin: dict[str, set[str]] = defaultdict(set)
    for (key, other), ds in docs.items():
        if len(ds) >= KIN_ACT_DOCS:
            kin[key].add(other)
    if not kin:
        return feats
    return [
        replace(f, kin_keys=frozenset().union(*(kin.get(k, set()) for k in f.key_participants)))
        if f.type == "VOTE" and f.key_participants & kin.keys()
        else f
        for f in feats
    ]
