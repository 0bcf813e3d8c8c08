"""Coreference metrics, implemented from their definitions.

A *clustering* is an iterable of clusters, each an iterable of hashable mention ids. Key and
response may cover different mentions (predicted mentions); the formulas below follow the
CoNLL-2012 reference scorer (Pradhan et al. 2014) for that case: a key mention missing from the
response counts as a response singleton for MUC, and B³/CEAF simply find no overlap for it.

    muc(key, response)        Vilain et al. 1995: links
    b_cubed(key, response)    Bagga & Baldwin 1998: per-mention overlap
    ceaf_e(key, response)     Luo 2005: best one-to-one alignment of entities, φ4 similarity
    conll(key, response)      the average F1 of the three (CoNLL-2012)
    evaluate(key, response, singletons=True, within_doc_of=None)  all of the above

Every metric returns ``Score(recall, precision, f1)`` in [0, 1].
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Optional

Clustering = Iterable[Iterable[Hashable]]


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    f1: float


def _f(r: float, p: float) -> float:
    return 2 * r * p / (r + p) if r + p else 0.0


def _norm(clusters: Clustering) -> list[frozenset]:
    """Clusters as frozensets; a mention listed twice (in one or two clusters) is kept once,
    in its first cluster, as the reference scorer's de-duplication does."""
    seen: set = set()
    out = []
    for c in clusters:
        s = []
        for m in c:
            if m not in seen:
                seen.add(m)
                s.append(m)
        if s:
            out.append(frozenset(s))
    return out


def _index(clusters: list[frozenset]) -> dict:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(gold: list[frozenset], other: list[frozenset]) -> tuple[float, float]:
    where = _index(other)
    num = den = 0
    for c in gold:
        parts = {where.get(m, ("missing", m)) for m in c}  # unmatched mentions: own partition
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def muc(key: Clustering, response: Clustering) -> Score:
    k, r = _norm(key), _norm(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    rec = rn / rd if rd else 0.0
    prec = pn / pd if pd else 0.0
    return Score(rec, prec, _f(rec, prec))


def _b3_side(gold: list[frozenset], other: list[frozenset]) -> float:
    where = _index(other)
    total = sum(len(c) for c in gold)
    if not total:
        return 0.0
    acc = 0.0
    for c in gold:
        overlap: dict = defaultdict(int)
        for m in c:
            if m in where:
                overlap[where[m]] += 1
        acc += sum(n * n for n in overlap.values()) / len(c)
    return acc / total


def b_cubed(key: Clustering, response: Clustering) -> Score:
    k, r = _norm(key), _norm(response)
    rec, prec = _b3_side(k, r), _b3_side(r, k)
    return Score(rec, prec, _f(rec, prec))


def max_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Hungarian algorithm (shortest augmenting paths, O(n²m)) on a dense n×m matrix of
    non-negative weights: the pairs (row, column) of a one-to-one matching of maximum total
    weight. Rows or columns may be left unmatched when the matrix is not square."""
    n = len(weights)
    m = len(weights[0]) if n else 0
    if not n or not m:
        return []
    transposed = n > m
    if transposed:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    inf = float("inf")
    # minimise cost = -weight; rows 1..n, columns 1..m, 0 is the virtual start column
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    match = [0] * (m + 1)  # column -> row
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = match[j0]
            delta, j1 = inf, 0
            row = weights[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [(match[j] - 1, j - 1) for j in range(1, m + 1) if match[j]]
    return [(c, r) for r, c in pairs] if transposed else pairs


def _components(k: list[frozenset], r: list[frozenset]) -> list[tuple[list[int], list[int]]]:
    """Connected components of the bipartite graph key entity -- response entity (sharing a
    mention), so that the assignment is solved per component: the same optimum, much faster."""
    where = _index(r)
    parent = list(range(len(k) + len(r)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(k):
        for mnt in c:
            j = where.get(mnt)
            if j is not None:
                a, b = find(i), find(len(k) + j)
                if a != b:
                    parent[a] = b
    comps: dict = defaultdict(lambda: ([], []))
    for i in range(len(k)):
        comps[find(i)][0].append(i)
    for j in range(len(r)):
        comps[find(len(k) + j)][1].append(j)
    return [c for c in comps.values() if c[0] and c[1]]


def phi4(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def ceaf_e(key: Clustering, response: Clustering) -> Score:
    k, r = _norm(key), _norm(response)
    total = 0.0
    for ki, ri in _components(k, r):
        if len(ki) == 1 and len(ri) == 1:
            total += phi4(k[ki[0]], r[ri[0]])
            continue
        w = [[phi4(k[i], r[j]) for j in ri] for i in ki]
        total += sum(w[a][b] for a, b in max_assignment(w))
    rec = total / len(k) if k else 0.0
    prec = total / len(r) if r else 0.0
    return Score(rec, prec, _f(rec, prec))


def conll(key: Clustering, response: Clustering) -> float:
    k, r = _norm(key), _norm(response)
    return (muc(k, r).f1 + b_cubed(k, r).f1 + ceaf_e(k, r).f1) / 3


def split_by(clusters: Clustering, doc_of: Callable[[Hashable], Hashable]) -> list[frozenset]:
    """Each cluster cut into its per-document parts: the within-document view of a clustering."""
    out = []
    for c in clusters:
        parts: dict = defaultdict(set)
        for m in c:
            parts[doc_of(m)].add(m)
        out += [frozenset(p) for p in parts.values()]
    return out


def drop_singletons(clusters: Clustering) -> list[frozenset]:
    return [c for c in _norm(clusters) if len(c) > 1]


@dataclass(frozen=True)
class Report:
    muc: Score
    b3: Score
    ceaf_e: Score

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3


def evaluate(
    key: Clustering,
    response: Clustering,
    singletons: bool = True,
    within_doc_of: Optional[Callable[[Hashable], Hashable]] = None,
) -> Report:
    """All metrics on one (meta-)document. ``singletons=False`` removes singleton clusters from
    key and response first (Cattan et al. 2021). ``within_doc_of`` (mention -> document) scores
    the within-document view: both clusterings cut at document boundaries first."""
    k, r = _norm(key), _norm(response)
    if within_doc_of is not None:
        k, r = split_by(k, within_doc_of), split_by(r, within_doc_of)
    if not singletons:
        k, r = drop_singletons(k), drop_singletons(r)
    return Report(muc(k, r), b_cubed(k, r), ceaf_e(k, r))
