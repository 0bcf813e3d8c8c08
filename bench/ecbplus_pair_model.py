"""Research (bench/ecbplus.py only, not the product): a mention-context pairwise model for
open-domain event coreference, moved out of storyline.resolve (the product runs
storyline.resolve.events.cluster_events alone).

``cluster_by_context(feats, model)``: within each document cluster (``EventFeatures.doc_cluster``)
every pair of mentions gets a coreference probability from a logistic regression over

* symbolic evidence: same lemma, same document, a shared / conflicting participant, a date
  conflict, and two lemma statistics learned on training data (how often mentions of this lemma
  corefer within a story; how often this pair of different lemmas does, e.g. kill ~ murder);
* the cosine of each named vector in ``VecFeatures.vectors`` (any embedding the caller
  computed: the trigger in its sentence, the sentence, a window around the trigger, the bare
  lemma, the document). A missing vector gives cosine 0;
* within one document, the same again with their own weights (how far apart the two sentences
  are, the same sentence, the same lemma, each cosine): a report names its event once and then
  refers back to it in other words ("the shooting" ... "the attack"), while two reports of one
  event tend to reuse the same words, so the evidence weighs differently inside a document and
  across documents (5-fold cross-validation over ECB+ topics 1-35: +0.3 CoNLL F1).

Mentions then merge by average link (the mean probability between two groups) while it stays at
or above ``PairModel.threshold``. numpy only; the embeddings are the caller's business
(``bench/ecbplus.py`` uses all-MiniLM-L6-v2, see requirements-bench.txt).
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, TypeVar

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecbplus_doc_clusters import average_link  # noqa: E402
from storyline.resolve.dates import compatible  # noqa: E402
from storyline.resolve.events import EventFeatures  # noqa: E402

Floats = NDArray[np.float64]
PairIndex = tuple[NDArray[np.intp], NDArray[np.intp]]  # upper-triangle (rows, columns)
K = TypeVar("K", bound=Hashable)


@dataclass
class VecFeatures(EventFeatures):
    """EventFeatures with embeddings of the mention's context by name ("trigger", "sentence",
    "window", "lemma", "doc"), compared by cosine."""

    vectors: Optional[dict[str, Floats | Sequence[float]]] = None


SYMBOLIC = (
    "same_lemma",
    "same_doc",
    "shared_participant",
    "participant_conflict",
    "date_conflict",
    "lemma_prior",
    "pair_prior",
    "pair_seen",
    "same_doc_lemma",
    "same_sentence",
    "sentence_distance",
)


@dataclass(frozen=True)
class PairModel:
    vectors: tuple[str, ...] = ()  # names of EventFeatures.vectors entries, compared by cosine
    weights: tuple[float, ...] = ()  # bias, one per SYMBOLIC feature, one per vector
    threshold: float = 0.4  # average-link stop: mean pair probability
    lemma_prior: Mapping[str, float] = field(default_factory=dict)  # lemma -> logit offset (same-lemma pairs)
    pair_prior: Mapping[tuple[str, str], float] = field(
        default_factory=dict
    )  # (lemma, lemma) sorted -> logit offset
    seen_pairs: frozenset[tuple[str, str]] = frozenset()  # different-lemma pairs met in training

    def matrix(self, feats: list[EventFeatures]) -> tuple[PairIndex, Floats]:
        return pair_matrix(feats, self.vectors, self.lemma_prior, self.pair_prior, self.seen_pairs)

    def probabilities(self, feats: list[EventFeatures]) -> Floats:
        n = len(feats)
        S = np.eye(n)
        if n > 1:
            iu, X = self.matrix(feats)
            s = 1.0 / (1.0 + np.exp(-np.clip(X @ np.asarray(self.weights), -30, 30)))
            S[iu] = s
            S[(iu[1], iu[0])] = s
        return S


def _unit_stack(feats: list[EventFeatures], name: str) -> Floats:
    rows = [getattr(f, "vectors", None) for f in feats]
    rows = [None if r is None else r.get(name) for r in rows]
    dim = next((len(r) for r in rows if r is not None), 1)
    M = np.zeros((len(feats), dim))
    for i, r in enumerate(rows):
        if r is not None:
            v = np.asarray(r, dtype=np.float64)
            norm = np.linalg.norm(v)
            M[i] = v / norm if norm else v
    return M


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def pair_matrix(
    feats: list[EventFeatures],
    vectors: Iterable[str],
    lemma_prior: Mapping[str, float],
    pair_prior: Mapping[tuple[str, str], float],
    seen_pairs: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[PairIndex, Floats]:
    """(upper-triangle indices, feature matrix) for all pairs of ``feats``: a bias column, the
    SYMBOLIC features, then per vector name its cosine and the cosine again within a document."""
    n = len(feats)
    iu = np.triu_indices(n, 1)
    lem = [f.lemma for f in feats]
    cols = [np.ones(len(iu[0]))]
    sym = np.zeros((len(iu[0]), len(SYMBOLIC)))
    for k, (i, j) in enumerate(zip(*iu)):
        a, b = feats[i], feats[j]
        shared = bool(a.participants & b.participants)
        same = lem[i] == lem[j]
        one_doc = a.doc == b.doc
        sym[k, 0] = same
        sym[k, 1] = one_doc
        sym[k, 2] = shared
        sym[k, 3] = bool(a.participants and b.participants and not shared)
        sym[k, 4] = bool(a.date and b.date and not compatible(a.date, b.date))
        if same:
            sym[k, 5] = lemma_prior.get(lem[i], 0.0)
        else:
            key = _pair_key(lem[i], lem[j])
            sym[k, 6] = pair_prior.get(key, 0.0)
            sym[k, 7] = key in seen_pairs
        sym[k, 8] = one_doc and same
        sym[k, 9] = one_doc and a.sent == b.sent
        sym[k, 10] = math.log1p(abs(a.sent - b.sent)) if one_doc else 0.0
    cols += [sym[:, c] for c in range(sym.shape[1])]
    cosines = []
    for name in vectors:
        M = _unit_stack(feats, name)
        cosines.append((M @ M.T)[iu])
    return iu, np.stack(cols + cosines + [sym[:, 1] * c for c in cosines], 1)


def _groups(feats: list[EventFeatures]) -> dict[str, list[EventFeatures]]:
    groups: dict[str, list[EventFeatures]] = defaultdict(list)
    for f in feats:
        groups[f.doc_cluster if f.doc_cluster is not None else f.doc].append(f)
    return groups


def cluster_by_context(feats: list[EventFeatures], model: PairModel) -> list[list[EventFeatures]]:
    out: list[list[EventFeatures]] = []
    groups = _groups(feats)
    for key in sorted(groups, key=str):
        g = sorted(groups[key], key=lambda f: (f.doc, f.sent, f.id))
        labels = average_link(model.probabilities(g), model.threshold)
        clusters: dict[int, list[EventFeatures]] = defaultdict(list)
        for f, lab in zip(g, labels):
            clusters[lab].append(f)
        out += [clusters[lab] for lab in sorted(clusters)]
    return out


# ---------------------------------------------------------------------------------- training


def _lemma_stats(
    feats: list[EventFeatures], gold: Mapping[str, object]
) -> tuple[dict[str, list[int]], dict[tuple[str, str], list[int]]]:
    same: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    diff: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for g in _groups(feats).values():
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                a, b = g[i], g[j]
                s = same[a.lemma] if a.lemma == b.lemma else diff[_pair_key(a.lemma, b.lemma)]
                s[0] += gold[a.id] == gold[b.id]
                s[1] += 1
    return same, diff


def _offsets(stats: dict[K, list[int]], smooth: float) -> dict[K, float]:
    pos = sum(v[0] for v in stats.values())
    tot = sum(v[1] for v in stats.values())
    if not tot or not pos or pos == tot:
        return {}
    base = pos / tot
    lb = math.log(base / (1 - base))
    out: dict[K, float] = {}
    for k, (p, n) in stats.items():
        r = (p + smooth * base) / (n + smooth)
        out[k] = math.log(r / (1 - r)) - lb
    return out


def lemma_priors(
    feats: list[EventFeatures], gold: Mapping[str, object], smooth: float = 5.0
) -> tuple[dict[str, float], dict[tuple[str, str], float], frozenset[tuple[str, str]]]:
    same, diff = _lemma_stats(feats, gold)
    return _offsets(same, smooth), _offsets(diff, smooth), frozenset(diff)


def _logistic(X: Floats, y: Floats, l2: float, iters: int = 50) -> Floats:
    w = np.zeros(X.shape[1])
    reg = l2 * np.r_[0.0, np.ones(X.shape[1] - 1)]
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = X.T @ (X * (p * (1 - p))[:, None]) + np.diag(reg) + 1e-6 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit_pair_model(
    feats: list[EventFeatures],
    gold: Mapping[str, object],
    vectors: Iterable[str] = (),
    threshold: float = 0.4,
    drop: Iterable[str] = (),
    l2: float = 1.0,
    folds: int = 5,
    smooth: float = 5.0,
    fold_of: Optional[Callable[[EventFeatures], object]] = None,
) -> PairModel:
    """Learn a PairModel from mentions with gold event ids (``gold[id]``), pairs taken within
    document clusters. The lemma statistics a training pair sees are computed on the other
    folds (cross-fitting), so that the regression does not learn to trust statistics that
    include the pair itself; the model keeps statistics over all of ``feats``. Folds are groups
    of document clusters, or of ``fold_of(feature)`` values when given (the bench passes the
    ECB+ topic, so that the statistics a pair sees come from other topics, as on test).
    ``drop``: SYMBOLIC feature names (or vector names) to leave out (weight 0), for ablations."""
    vectors = tuple(v for v in vectors if v not in set(drop))
    groups = _groups(feats)
    keys = sorted(groups, key=str)
    fold_key = {key: (fold_of(groups[key][0]) if fold_of else key) for key in keys}
    values = sorted(set(fold_key.values()), key=str)
    Xs, ys = [], []
    for k in range(folds):
        held_values = set(values[k::folds])
        held = [key for key in keys if fold_key[key] in held_values]
        rest = [f for key in keys if fold_key[key] not in held_values for f in groups[key]]
        lp, pp, seen = lemma_priors(rest, gold, smooth)
        for key in held:
            g = groups[key]
            if len(g) < 2:
                continue
            iu, X = pair_matrix(g, vectors, lp, pp, seen)
            Xs.append(X)
            ys.append(np.array([gold[g[i].id] == gold[g[j].id] for i, j in zip(*iu)], dtype=float))
    X, y = np.concatenate(Xs), np.concatenate(ys)
    for name in drop:
        if name in SYMBOLIC:
            X[:, 1 + SYMBOLIC.index(name)] = 0.0
    w = _logistic(X, y, l2)
    lp, pp, seen = lemma_priors(feats, gold, smooth)
    return PairModel(
        vectors=vectors,
        weights=tuple(float(x) for x in w),
        threshold=threshold,
        lemma_prior=lp,
        pair_prior=pp,
        seen_pairs=seen,
    )


def describe(model: PairModel) -> str:
    names = (
        ("bias",)
        + SYMBOLIC
        + tuple(f"cos({v})" for v in model.vectors)
        + tuple(f"same_doc*cos({v})" for v in model.vectors)
    )
    return ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, model.weights))


__all__ = [
    "PairModel",
    "SYMBOLIC",
    "VecFeatures",
    "cluster_by_context",
    "describe",
    "fit_pair_model",
    "lemma_priors",
    "pair_matrix",
]
