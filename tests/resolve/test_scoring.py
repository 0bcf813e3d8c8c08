"""Coreference metrics against the CoNLL-2012 reference scorer's documented test cases
(conll/reference-coreference-scorers, test/TestCases.README) and the MUC / B³ papers' examples."""

from __future__ import annotations

import itertools
import random

import pytest
from bench.coref_scoring import b_cubed, ceaf_e, conll, evaluate, max_assignment, muc, split_by

KEY = [["a"], ["b", "c"], ["d", "e", "f"]]


def close(score, recall, precision, f1=None):
    assert score.recall == pytest.approx(recall, abs=1e-4)
    assert score.precision == pytest.approx(precision, abs=1e-4)
    if f1 is not None:
        assert score.f1 == pytest.approx(f1, abs=1e-4)


def test_a1_perfect():
    for metric in (muc, b_cubed, ceaf_e):
        close(metric(KEY, KEY), 1, 1, 1)
    assert conll(KEY, KEY) == pytest.approx(1)


def test_a2_missing_mentions():
    rsp = [["a"], ["d", "e"]]
    close(muc(KEY, rsp), 1 / 3, 1, 0.5)
    close(b_cubed(KEY, rsp), 7 / 18, 1, 14 / 25)  # README truncates to .5599
    close(ceaf_e(KEY, rsp), 0.6, 0.9, 0.72)


def test_a3_false_alarm_mentions():
    rsp = [["a"], ["b", "c", "x"], ["d", "e", "f", "y"], ["z"]]
    close(muc(KEY, rsp), 1, 3 / 5, 0.75)
    close(b_cubed(KEY, rsp), 1, 55 / 108, 0.6748)
    close(ceaf_e(KEY, rsp), 0.88571, 0.66429, 0.75918)


def test_a4_missing_and_false_alarm():
    rsp = [["a"], ["b", "c", "x"], ["d", "y"], ["z"]]
    close(muc(KEY, rsp), 1 / 3, 1 / 3, 1 / 3)
    close(b_cubed(KEY, rsp), 5 / 9, 17 / 42, 0.4683)
    close(ceaf_e(KEY, rsp), 0.73333, 0.55, 0.62857)


def test_a7_duplicate_mention_is_deduplicated():
    rsp = [["a"], ["b", "c", "x", "b"], ["d", "y"], ["z"]]
    close(muc(KEY, rsp), 1 / 3, 1 / 3)
    close(b_cubed(KEY, rsp), 5 / 9, 17 / 42)
    close(ceaf_e(KEY, rsp), 0.73333, 0.55)


def test_a10_gold_mentions_all_singletons():
    rsp = [[m] for m in "abcdef"]
    close(muc(KEY, rsp), 0, 0, 0)
    close(b_cubed(KEY, rsp), 3 / 6, 1, 0.6667)


def test_a11_gold_mentions_all_one_cluster():
    rsp = [list("abcdef")]
    close(muc(KEY, rsp), 1, 3 / 5, 0.75)
    close(b_cubed(KEY, rsp), 1, 7 / 18, 14 / 25)


def test_a12_a13_system_mentions():
    close(b_cubed(KEY, [[m] for m in "axycdez"]), 13 / 36, 4 / 7, 0.4425)
    close(muc(KEY, [[m] for m in "axycdez"]), 0, 0, 0)
    rsp = [list("axycdez")]
    close(b_cubed(KEY, rsp), 17 / 36, 6 / 49, 0.19447)
    close(muc(KEY, rsp), 1 / 3, 1 / 6, 2 / 9)


def test_d1_e1_b_cubed_paper():
    key = [list("12345"), list("67"), list("89ABC")]
    d1 = [list("12345"), list("6789ABC")]
    close(b_cubed(key, d1), 1, 16 / 21, 0.864864865)
    close(muc(key, d1), 1, 9 / 10, 0.947368421)
    e1 = [list("1234589ABC"), list("67")]
    close(b_cubed(key, e1), 1, 7 / 12, 0.736842105)
    close(muc(key, e1), 1, 9 / 10, 0.947368421)


def test_muc_paper_examples():
    close(muc([list("ABCD")], [list("AB"), list("CD")]), 2 / 3, 1)
    close(muc([list("AB"), list("CD")], [list("ABCD")]), 1, 2 / 3)
    close(muc([list("ABC")], [list("AC")]), 1 / 2, 1)
    close(muc([list("BCDEGHJ")], [list("ABC"), list("DEF"), list("GHI")]), 1 / 2, 1 / 2)
    close(muc([list("ABC"), list("DEFG")], [list("AB"), list("CD"), list("FGH")]), 2 / 5, 2 / 4)


def test_n1_only_singletons():
    key = [[m] for m in "abcdef"]
    close(b_cubed(key, key), 1, 1)
    close(ceaf_e(key, key), 1, 1)
    assert muc(key, key).f1 == 0


def test_hungarian_matches_brute_force():
    rng = random.Random(7)
    for _ in range(200):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0.2, 0.5, 1, rng.random()]) for _ in range(m)] for _ in range(n)]
        got = max_assignment(w)
        assert len({a for a, _ in got}) == len(got) == len({b for _, b in got})
        best = 0.0
        if n <= m:
            for cols in itertools.permutations(range(m), n):
                best = max(best, sum(w[i][c] for i, c in enumerate(cols)))
        else:
            for rows in itertools.permutations(range(n), m):
                best = max(best, sum(w[r][j] for j, r in enumerate(rows)))
        assert sum(w[a][b] for a, b in got) == pytest.approx(best)


def test_evaluate_singletons_and_within_doc():
    # mentions "doc:idx"; the key links across documents, the response only within them
    key = [["1:a", "1:b", "2:a"], ["1:c"], ["2:b"]]
    rsp = [["1:a", "1:b"], ["2:a"], ["1:c"], ["2:b"]]
    doc = lambda m: m.split(":")[0]  # noqa: E731
    within = evaluate(key, rsp, within_doc_of=doc)
    assert within.conll == pytest.approx(1)
    cross = evaluate(key, rsp)
    close(cross.muc, 1 / 2, 1)
    no_single = evaluate(key, rsp, singletons=False)
    # key without singletons: {1:a 1:b 2:a}; response: {1:a 1:b}
    close(no_single.b3, (4 / 3) / 3, 1)
    assert split_by(key, doc) == [
        frozenset({"1:a", "1:b"}),
        frozenset({"2:a"}),
        frozenset({"1:c"}),
        frozenset({"2:b"}),
    ]
