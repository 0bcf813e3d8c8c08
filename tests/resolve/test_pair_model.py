"""bench/ecbplus_pair_model.py: the research mention-context pairwise model (numpy only)."""

from __future__ import annotations

import numpy as np
from bench.ecbplus_doc_clusters import average_link
from bench.ecbplus_pair_model import (
    SYMBOLIC,
    PairModel,
    VecFeatures,
    cluster_by_context,
    fit_pair_model,
    lemma_priors,
)

from storyline.resolve.events import EventFeatures, Params, cluster_events


def _f(i, doc, lemma, vec, dc="s1", parts=frozenset()):
    return VecFeatures(
        id=f"m{i}",
        doc=doc,
        sent=0,
        type="EVENT",
        lemma=lemma,
        participants=parts,
        doc_cluster=dc,
        vectors={"trigger": np.asarray(vec, dtype=float)},
    )


def _weights(cos_w, bias):
    return (bias,) + (0.0,) * len(SYMBOLIC) + (cos_w, 0.0)  # cos, then cos within a document


def test_average_link_threshold():
    S = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1.0]])
    lab = average_link(S, 0.5)
    assert lab[0] == lab[1] != lab[2]
    assert len(set(average_link(S, 0.95))) == 3
    assert len(set(average_link(S, 0.1))) == 1


def test_context_merges_synonyms_and_splits_same_lemma():
    feats = [
        _f(1, "a", "kill", [1, 0, 0]),
        _f(2, "b", "murder", [0.95, 0.1, 0]),
        _f(3, "c", "arrest", [0, 1, 0]),
        _f(4, "d", "arrest", [0, 0, 1]),
    ]
    model = PairModel(vectors=("trigger",), weights=_weights(10.0, -5.0), threshold=0.5)
    clusters = cluster_by_context(feats, model)
    got = sorted(sorted(f.id for f in c) for c in clusters)
    assert got == [["m1", "m2"], ["m3"], ["m4"]]
    # the product's rule instead: same lemma or lexicon synonym (kill/murder), so the two
    # arrests stay together whatever their contexts
    got = sorted(sorted(f.id for f in c) for c in cluster_events(feats))
    assert got == [["m1", "m2"], ["m3", "m4"]]


def test_never_across_doc_clusters_and_missing_vectors():
    feats = [
        _f(1, "a", "kill", [1, 0]),
        _f(2, "b", "kill", [1, 0], dc="s2"),
        EventFeatures(id="m3", doc="c", sent=0, type="EVENT", lemma="kill", doc_cluster="s1"),
    ]
    model = PairModel(vectors=("trigger",), weights=_weights(10.0, -5.0), threshold=0.5)
    clusters = cluster_by_context(feats, model)
    assert sorted(sorted(f.id for f in c) for c in clusters) == [["m1"], ["m2"], ["m3"]]


def test_default_params_ignore_vectors():
    feats = [_f(1, "a", "meet", [1, 0]), _f(2, "b", "meet", [0, 1])]
    plain = [
        EventFeatures(id=f.id, doc=f.doc, sent=f.sent, type=f.type, lemma=f.lemma, doc_cluster=f.doc_cluster)
        for f in feats
    ]
    ids = lambda cs: sorted(sorted(f.id for f in c) for c in cs)  # noqa: E731
    assert ids(cluster_events(feats)) == ids(cluster_events(plain))
    # the product's clustering has no research hook: vectors never change its result
    assert not hasattr(Params(), "pair_model") and not hasattr(
        EventFeatures("x", "d", 0, "T", "l"), "vectors"
    )


def test_fit_learns_context_and_lemma_statistics():
    rng = np.random.default_rng(0)
    feats, gold = [], {}
    for s in range(12):  # 12 stories, each: one event told by kill/murder
        base = rng.normal(size=8)  # and an unrelated "say"
        for k, lemma in enumerate(("kill", "murder", "kill", "say", "say")):
            v = base + 0.2 * rng.normal(size=8) if lemma != "say" else rng.normal(size=8)
            f = _f(f"{s}.{k}", f"d{s}.{k}", lemma, v, dc=f"s{s}")
            feats.append(f)
            gold[f.id] = f"s{s}" if lemma != "say" else f.id
    model = fit_pair_model(feats, gold, vectors=("trigger",), threshold=0.5)
    names = ("bias",) + SYMBOLIC + ("cos(trigger)", "same_doc*cos(trigger)")
    w = dict(zip(names, model.weights))
    assert w["cos(trigger)"] > 0
    same, pair, seen = lemma_priors(feats, gold)
    assert pair[("kill", "murder")] > 0 and same["say"] < 0 < same["kill"]
    clusters = cluster_by_context(feats, model)
    pred = {f.id: i for i, c in enumerate(clusters) for f in c}
    assert pred["m0.0"] == pred["m0.1"] == pred["m0.2"] != pred["m0.3"] != pred["m0.4"]
    dropped = fit_pair_model(feats, gold, vectors=("trigger",), drop=("trigger",))
    assert dropped.vectors == ()


def test_within_document_evidence_has_its_own_weights():
    """Inside one report an event is referred back to in other words within a sentence or two;
    a mention far down the report is another event. Different lemmas, random vectors: only the
    sentence distance tells them apart."""
    rng = np.random.default_rng(1)
    feats, gold = [], {}
    for s in range(15):
        for d in range(2):
            doc = f"d{s}.{d}"
            for k, sent in enumerate((0, 1, 6)):
                f = VecFeatures(
                    id=f"m{s}.{d}.{k}",
                    doc=doc,
                    sent=sent,
                    type="EVENT",
                    lemma=f"w{s}{d}{k}",
                    doc_cluster=f"s{s}",
                    vectors={"trigger": rng.normal(size=4)},
                )
                feats.append(f)
                gold[f.id] = f"{doc}:e" if sent < 2 else f.id
    model = fit_pair_model(feats, gold, vectors=("trigger",), threshold=0.5)
    assert len(model.weights) == 1 + len(SYMBOLIC) + 2  # cos and cos within a document
    w = dict(zip(("bias",) + SYMBOLIC, model.weights))
    assert w["sentence_distance"] < 0
    pred = {f.id: i for i, c in enumerate(cluster_by_context(feats, model)) for f in c}
    assert pred["m0.0.0"] == pred["m0.0.1"] != pred["m0.0.2"]
    assert pred["m0.0.0"] != pred["m0.1.0"]
