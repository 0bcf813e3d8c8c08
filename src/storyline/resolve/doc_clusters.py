"""Which documents tell the same story: TF-IDF over content words, average-link agglomeration.

    cluster_documents({doc_id: text}, threshold=0.2) -> {doc_id: cluster_id}

Names and rare content words dominate the vectors (log-scaled term frequency, smoothed IDF),
so "Tara Reid enters rehab" and "Lindsay Lohan enters rehab" fall apart while two reports of
the same check-in stay together. Average link (the mean cosine between all pairs of the two
groups) avoids the chaining that single link produces through generic reports. The result is
``EventFeatures.doc_cluster``: cross-document event merging never crosses it.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from storyline.resolve.context import average_link

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d{2,}")
STOP = frozenset("""a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own said same says she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself
yourselves new one two news reported report reports told according year years time people
monday tuesday wednesday thursday friday saturday sunday http https www com html htm""".split())


def _terms(text: str) -> Counter:
    out: Counter = Counter()
    for w in _WORD.findall(text):
        lw = w.lower().strip("'-")
        if len(lw) < 3 or lw in STOP:
            continue
        if lw.endswith("'s"):
            lw = lw[:-2]
        out[lw] += 1
    return out


def tfidf(texts: dict[str, str]) -> tuple[list[str], np.ndarray]:
    ids = sorted(texts)
    counts = [_terms(texts[i]) for i in ids]
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {w: j for j, w in enumerate(sorted(w for w, n in df.items() if n >= 1))}
    n = len(ids)
    mat = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, c in enumerate(counts):
        for w, k in c.items():
            mat[i, vocab[w]] = (1 + math.log(k)) * math.log((1 + n) / (1 + df[w]))
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return ids, mat / norms


def cluster_documents(texts: dict[str, str], threshold: float = 0.2) -> dict[str, str]:
    """Map each document id to a cluster id ("dc" + smallest member index). Groups merge, most
    similar first, while their average pairwise cosine stays at or above ``threshold``."""
    ids, vecs = tfidf(texts)
    n = len(ids)
    if n == 0:
        return {}
    labels = average_link(vecs @ vecs.T, threshold)   # a label is its group's smallest index
    out = {ids[i]: f"dc{label}" for i, label in enumerate(labels)}
    return out
