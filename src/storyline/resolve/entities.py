"""Merge entity mentions across the whole store into entities.

Within a document the extract stage already linked surnames, titles and short outlet names to a
key. Here keys from different documents merge: the same full name, transliteration variants
("Sergei"/"Sergey" Kislyak), a middle initial ("Sergey I. Kislyak"), a surname-only key to the one
full name that ends with it, a short outlet name ("Post") to the one outlet that ends with it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

from rapidfuzz.distance import JaroWinkler

from storyline.model import Analysis, Entity, Role

_TRANSLIT = [
    (r"ey\b", "ei"),
    (r"iy\b", "i"),
    (r"yi\b", "i"),
    (r"ii\b", "i"),
    (r"kh", "h"),
    (r"ph", "f"),
    (r"w", "v"),
    (r"y", "i"),
    (r"j", "i"),
    (r"ck", "k"),
]
NAME_SIMILARITY = 0.9  # Jaro-Winkler on normalised first names with identical surnames


def fold(name: str) -> str:
    """Lower-case ASCII form used to compare names."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b[a-z]\.\s*", "", s)  # middle initials
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^the ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def phonetic(word: str) -> str:
    for pat, rep in _TRANSLIT:
        word = re.sub(pat, rep, word)
    return word


def entity_id(type_: str, name: str) -> str:
    return "ent_" + hashlib.sha1(f"{type_}|{fold(name)}".encode()).hexdigest()[:10]


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _group_type(types: Counter) -> str:
    """The type most mentions give; a tie goes to PERSON (the NER's usual slip is a bare
    surname as ORG, never a person as anything else)."""
    best = max(types.values())
    return "PERSON" if types.get("PERSON") == best else types.most_common(1)[0][0]


def resolve_entities(analyses: list[Analysis]) -> tuple[list[Entity], dict[str, str]]:
    """Entities and a map mention id → entity id."""
    keys: dict[str, Counter] = defaultdict(Counter)  # folded key -> types
    surface: dict[str, Counter] = defaultdict(Counter)  # folded key -> key spellings (by document)
    for a in analyses:
        for m in a.mentions:
            k = fold(m.key)
            if k:
                keys[k][m.type] += 1
                surface[k][m.key] += 1
    uf = _UnionFind()
    people = [k for k, t in keys.items() if _group_type(t) == "PERSON"]
    full = [k for k in people if len(k.split()) >= 2]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_surname[phonetic(k.split()[-1])].append(k)
    for names in by_surname.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                fa, fb = phonetic(a.split()[0]), phonetic(b.split()[0])
                if fa == fb or JaroWinkler.similarity(fa, fb) >= NAME_SIMILARITY:
                    uf.union(a, b)
    # surname-only keys join the one full name (or the dominant one) with that surname
    for k in people:
        if len(k.split()) == 1:
            cands = by_surname.get(phonetic(k), [])
            roots = Counter()
            for c in cands:
                roots[uf.find(c)] += sum(keys[c].values())
            if len(roots) == 1 or (roots and roots.most_common(1)[0][1] >= 3 * sum(roots.values()) / 4):
                uf.union(roots.most_common(1)[0][0], k)
    # short organisation names ("Post", "Times") join the one longer organisation ending so
    orgs = [k for k, t in keys.items() if _group_type(t) == "ORG"]
    for k in orgs:
        if len(k.split()) == 1:
            longer = {uf.find(o) for o in orgs if o != k and o.split()[-1] == k}
            if len(longer) == 1:
                uf.union(longer.pop(), k)

    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(k)].append(k)
    key_entity: dict[str, Entity] = {}
    for members in groups.values():
        types = sum((keys[k] for k in members), Counter())
        type_ = _group_type(types)
        spellings = sum((surface[k] for k in members), Counter())
        # canonical: the most used full name ("Donald Trump" over "Donald J. Trump" and over
        # "Trump"), written as a name rather than in capitals
        full = [s for s in spellings if len(s.split()) >= 2] or list(spellings)
        name = max(full, key=lambda s: (not s.isupper(), spellings[s], len(s), s))
        ent = Entity(
            id=entity_id(type_, name),
            name=name,
            type=type_ if type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT") else "OTHER",
        )
        for k in members:
            key_entity[k] = ent

    mention_entity: dict[str, str] = {}
    aliases: dict[str, set] = defaultdict(set)
    roles: dict[str, set] = defaultdict(set)
    for a in analyses:
        for m in a.mentions:
            ent = key_entity.get(fold(m.key))
            if ent is None:
                continue
            mention_entity[m.id] = ent.id
            ent.mentions.append(m.id)
            aliases[ent.id].add(re.sub(r"\s+", " ", m.text).strip())
            aliases[ent.id].add(m.key)
            if m.role:
                roles[ent.id].add((re.sub(r"\s+", " ", m.role).strip(), a.doc.id))
    entities = {e.id: e for e in key_entity.values()}
    for e in entities.values():
        e.aliases = sorted(aliases[e.id] - {e.name})
        e.roles = [Role(r, d) for r, d in sorted(roles[e.id])]
    return sorted(entities.values(), key=lambda e: e.id), mention_entity
