"""Blocking keys: which documents resolution may link, so that it runs by component.

Every cross-document link resolution makes goes through an entity mention's name: the same
folded name, a name folded to a group or a country ("Russians" → Russia), a surname, a given
name, a near-identical surname (compared within the first two letters of its phonetic form), a
short organisation name ending a longer one, a title ("the Russian ambassador") held by a person
named with it. Events link only through the entities (and unheld titles) they share, claims
through their speakers and events. ``doc_keys`` gives one key per such handle, a superset of
what ``resolve_entities`` compares: two documents that share no key are never linked.

Resolution therefore runs on each connected component of the graph "documents sharing a key"
(``resolve_components``), and the store's resolution is the union of its components'. A full
resolution (``storyline resolve``) and the removal of an article re-resolve components; an
ingest resolves its new articles against a block of candidates fetched through the same keys
and a date window (``resolve/incremental.py``). Statistics resolution takes over "the store"
(which names are countries, salience scaled by its maximum, how rare a claim's word is) are
taken over the component (the block): the story the document belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storyline.model import Analysis, Mention, Resolution

if TYPE_CHECKING:
    from storyline.resolve.contradictions.plain import Search
from storyline.resolve.entities import (
    _POSSESSIVE,
    COUNTRY_NAMES,
    IRREGULAR_DEMONYMS,
    TITLE_DROP,
    TITLE_SYNONYMS,
    _bare,
    _is_title,
    demonym_stems,
    fold,
    phonetic,
)
from storyline.resolve.union_find import UnionFind


def _group_forms(k: str) -> tuple[set[str], set[str]]:
    """Every key ``entities.group_key`` may fold ``k`` to, whatever countries the store names:
    (its own forms, the countries it may name). A country form is taken only when the store
    names that country, as a place: never a person or an organisation compared by name."""
    own = {k}
    k = COUNTRY_NAMES.get(k, k)
    own.add(k)
    m = re.fullmatch(r"(\w+) department", k)
    if m:
        own.add(f"department of {m.group(1)}")
    if " " in k:
        return own, set()
    w = re.sub(r"(?<=[a-z]{3})s$", "", k)
    w = re.sub(r"(?<=[a-z]{4})ic$", "", w)
    own.add(w)
    countries = {IRREGULAR_DEMONYMS[k]} if k in IRREGULAR_DEMONYMS else set()
    for country in demonym_stems(w):
        if len(country) >= 3:
            countries.add(COUNTRY_NAMES.get(country, country))
    countries.add(w + "y")
    return own, countries - own


@lru_cache(maxsize=1 << 16)  # names repeat across documents
def _name_keys(k: str) -> frozenset[str]:
    return frozenset(_name_forms(k))


def _name_forms(k: str) -> Iterator[str]:
    own, countries = _group_forms(k)
    yield from ("k:" + c for c in countries)
    for g in own:
        yield "k:" + g
        words = g.split()
        yield "l:" + words[-1]  # a short organisation name ("Post") and the longer ones ending so
        if len(words) >= 2:
            bare = _bare(g)
            yield "k:" + bare  # "Sergey I. Kislyak" and "Sergey Kislyak"
            sur = phonetic(bare.split()[-1])
            yield "s:" + sur
            yield "g:" + words[0]
            if len(sur) >= 5:
                yield "b:" + sur[:2]  # near-identical surnames are compared within this bucket
        else:
            yield "s:" + phonetic(g)  # a bare surname
            yield "g:" + g  # a bare given name ("Hillary")
            if len(phonetic(g)) >= 5:
                yield "b:" + phonetic(g)[:2]


@lru_cache(maxsize=1 << 14)
def _title_keys(role: str) -> frozenset[str]:
    return frozenset(_title_forms(role))


def _title_forms(role: str) -> Iterator[str]:
    """The office a title names ("ambassador"), in every form it may fold to."""
    role = re.split(r",| to | for | who | since ", role.lower())[0]
    words = [w for w in fold(role).split() if w not in TITLE_DROP]
    if words:
        last = TITLE_SYNONYMS.get(words[-1], words[-1])
        yield from ("t:" + g for forms in _group_forms(last) for g in forms)


def mention_keys(m: Mention) -> Iterator[str]:
    if m.role:
        yield from _title_keys(m.role)
    if _is_title(m):
        return
    k = fold(m.key)
    if k:
        yield from _name_keys(k)


def keys(mentions: Iterable[Mention]) -> set[str]:
    # a mention's keys are its key's and its role's: a document names the same few people
    # dozens of times, each of them computed once
    out: set[str] = set()
    for m in {(m.key, m.role): m for m in mentions}.values():
        out.update(mention_keys(m))
    # a law's second name keyed to its first ("Obamacare" to the Affordable Care Act), which the
    # store joins to that name wherever it comes alone (entities._join_aliases)
    for text, key in {(m.text, m.key) for m in mentions if m.type != "PERSON" and not m.role}:
        own, k = fold(_POSSESSIVE.sub("", text.strip())), fold(key)
        if own and not set(own.split()) & set(k.split()):
            out.update(_name_keys(own))
    return out


def doc_keys(a: Analysis) -> set[str]:
    return keys(a.mentions)


def components(analyses: list[Analysis]) -> list[list[Analysis]]:
    """The analyses grouped by connected component, each in the order given, components in the
    order of their first document."""
    uf = UnionFind()
    for a in analyses:
        uf.find("d:" + a.doc.id)
        for key in doc_keys(a):
            uf.union("d:" + a.doc.id, key)
    groups: dict[str, list[Analysis]] = {}
    for a in analyses:
        groups.setdefault(uf.find("d:" + a.doc.id), []).append(a)
    return list(groups.values())


def resolve_components(analyses: list[Analysis], search: Optional[Search] = None) -> Resolution:
    """The store's resolution: each component's on its own (see the module's docstring).
    ``search``: the store's sentence search (plain reports of denials)."""
    from storyline.resolve import resolve  # the package imports entities, as this module does

    return merge(resolve(part, search) for part in components(analyses))


def merge(parts: Iterable[Resolution]) -> Resolution:
    out = Resolution()
    for r in parts:
        out.entities += r.entities
        out.events += r.events
        out.contradictions += r.contradictions
        out.published.update(r.published)
    out.entities.sort(key=lambda e: e.id)
    return out
