"""Which documents tell the same story: TF-IDF vectors, average-link agglomeration.

    cluster_documents({doc_id: text}, threshold=0.2, terms="mixed") -> {doc_id: cluster_id}

The ECB+ bench's stories (bench/ecbplus.py): the pipeline computes none (its events merge by
participants, places and dates), so this lives in bench/, not in storyline.resolve (issue 10).

Two vocabularies. ``terms="words"``: every content word (log-scaled term frequency, smoothed
IDF), so "Tara Reid enters rehab" and "Lindsay Lohan enters rehab" fall apart while two reports
of the same check-in stay together. ``terms="names"``: only capitalised words that do not open a
line, and numbers: what tells one earthquake, one shooting, one trade from another of the
same kind is who, where, when and how many, not the vocabulary of the kind, which two stories of
the same kind share. On ECB+ names separate the sub-stories better (pairwise F1 of same-cluster
document pairs against the gold subtopics at threshold 0.2, printed by bench/ecbplus.py: 0.83
dev / 0.91 test, against 0.82 / 0.81 with all words). ``terms="mixed"`` (the default) weighs
the two cosines 0.7 / 0.3 (``NAME_WEIGHT``).
Average link (the mean cosine between all pairs of the two groups) avoids the chaining that
single link produces through generic reports. With the documents' years, a story whose two
halves (spectral bisection) are told in two different years is then cut in two
(``split_by_years``). The result is ``EventFeatures.doc_cluster``:
cross-document event merging never crosses it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Optional

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d{2,}")
_NAME = re.compile(r"\b(?:[A-Z][A-Za-z'\-]+|\d[\d,.:]*)")
STOP = frozenset(
    """a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own said same says she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself
yourselves new one two news reported report reports told according year years time people
monday tuesday wednesday thursday friday saturday sunday http https www com html htm""".split()
)


def _words(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for w in _WORD.findall(text):
        lw = w.lower().strip("'-")
        if len(lw) < 3 or lw in STOP:
            continue
        if lw.endswith("'s"):
            lw = lw[:-2]
        out[lw] += 1
    return out


def _names(text: str) -> Counter[str]:
    """Capitalised words except the first of a line (a title, a paragraph: capitalised whatever
    it is), and numbers ("6.1", "2009"). Sentence-initial words inside a paragraph stay: telling
    them from names needs a tagger, and as common words their IDF is low."""
    out: Counter[str] = Counter()
    for line in text.splitlines():
        for k, m in enumerate(_NAME.finditer(line)):
            w = m.group().rstrip(",.:").lower()
            if (
                not w
                or w in STOP
                or (k == 0 and w[0].isalpha() and not line[: m.start()].strip(" \"'\u201c\u2018(["))
            ):
                continue
            out[w.removesuffix("'s")] += 1
    return out


TERMS = {"words": _words, "names": _names}


def tfidf(texts: dict[str, str], terms: str = "words") -> tuple[list[str], np.ndarray]:
    """(sorted ids, one L2-normalised TF-IDF row per id) over the ``terms`` vocabulary."""
    ids = sorted(texts)
    counts = [TERMS[terms](texts[i]) for i in ids]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {w: j for j, w in enumerate(sorted(df))}
    n = len(ids)
    mat = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, c in enumerate(counts):
        for w, k in c.items():
            mat[i, vocab[w]] = (1 + math.log(k)) * math.log((1 + n) / (1 + df[w]))
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return ids, mat / norms


def average_link(S: NDArray[np.floating], threshold: float) -> list[int]:
    """Cluster label per row of the similarity matrix ``S``: merge the two groups with the
    highest mean pairwise similarity while it is at or above ``threshold``."""
    n = len(S)
    sums = S.astype(np.float64).copy()
    np.fill_diagonal(sums, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members = {i: [i] for i in range(n)}
    while n > 1:
        avg = sums / np.outer(size, size)
        avg[~alive, :] = -np.inf
        avg[:, ~alive] = -np.inf
        a, b = divmod(int(np.argmax(avg)), n)
        if not np.isfinite(avg[a, b]) or avg[a, b] < threshold:
            break
        if b < a:
            a, b = b, a
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = -np.inf
        size[a] += size[b]
        alive[b] = False
        members[a] += members.pop(b)
    labels = [0] * len(S)
    for root, ms in members.items():
        for i in ms:
            labels[i] = root
    return labels


# terms="mixed": the names' cosine weighs this much, all words' the rest. Names tell two stories
# of one kind apart; the words keep together two reports of one story that name different
# people (a suspect in one, the victim in the other). ECB+ dev topics 1-35 at threshold 0.2:
# subtopic F1 0.844 against 0.835 with names alone, event CoNLL +0.2 (0.5: same, 0.6: -0.05).
NAME_WEIGHT = 0.7


def similarity(texts: dict[str, str], terms: str) -> tuple[list[str], NDArray[np.floating]]:
    """(sorted ids, cosine matrix) over the ``terms`` vocabulary, or both mixed."""
    if terms == "mixed":
        ids, names = tfidf(texts, "names")
        _, words = tfidf(texts, "words")
        return ids, NAME_WEIGHT * (names @ names.T) + (1 - NAME_WEIGHT) * (words @ words.T)
    ids, vecs = tfidf(texts, terms)
    return ids, vecs @ vecs.T


# Two documents told in different years (``years``: a dateline's, or the year the text names)
# lose this much cosine: two earthquakes, two rehab stays, two trades of one player told in the
# same names are mostly years apart, while one story's reports are of one time. A penalty, not
# a veto: the year read from a text is often another one it mentions. ECB+ dev topics 1-35:
# subtopic F1 0.844 -> 0.885, event CoNLL 77.7 -> 78.1, entities 72.7 -> 72.8 (0.03: 77.8,
# 0.05: 78.1, 0.07: 78.1, 0.1: 77.8, 0.2: 77.4).
YEAR_PENALTY = 0.06


def cluster_documents(
    texts: dict[str, str],
    threshold: float = 0.2,
    terms: str = "mixed",
    years: Optional[dict[str, Optional[int]]] = None,
) -> dict[str, str]:
    """Map each document id to a cluster id ("dc" + smallest member index). Groups merge, most
    similar first, while their average pairwise cosine stays at or above ``threshold``. With
    ``years`` (document id -> the year it is told in, None when unknown), two documents of
    known, different years are ``YEAR_PENALTY`` less alike."""
    if terms not in (*TERMS, "mixed"):
        raise ValueError(f"terms must be one of {sorted((*TERMS, 'mixed'))}, not {terms!r}")
    ids, sim = similarity(texts, terms)
    if not ids:
        return {}
    penalised = sim
    if years:
        y = np.array([years.get(i) or 0 for i in ids])
        penalised = sim - YEAR_PENALTY * ((y[:, None] != y[None, :]) & (y[:, None] > 0) & (y[None, :] > 0))
    labels = average_link(penalised, threshold)  # a label is its group's smallest index
    if years:
        labels = split_by_years(sim, labels, [years.get(i) for i in ids])
    return {ids[i]: f"dc{label}" for i, label in enumerate(labels)}


# A story of at least SPLIT_MIN documents is cut in two (spectral bisection, the normalised cut)
# when the cut is cheaper than SPLIT_NCUT and the two halves are told in two different years,
# each the year most of its half's dated documents share, by at least YEAR_SUPPORT of them.
# The pairwise YEAR_PENALTY is diluted where most documents give no year (two Watergate deaths,
# two DUI arrests of one team's players a year apart stay one story); a half's year is not.
# ECB+ dev topics 1-35: three stories cut, all along their gold subtopics; subtopic F1 0.885 ->
# 0.92, event CoNLL 78.65 -> 79.04, entities 73.35 -> 73.29 (ncut 0.9 / 1.0: same; 1.1: 78.66,
# five cuts; support 2: same, 4: 78.86).
SPLIT_MIN = 6
SPLIT_NCUT = 1.0
YEAR_SUPPORT = 3


def bisect(S: NDArray[np.floating]) -> tuple[float, list[int]]:
    """(normalised cut, rows of one side) of the best two-way cut of the similarity matrix
    ``S`` along its Fiedler vector (Shi & Malik 2000); each side keeps at least 3 rows."""
    W = np.clip(S, 0, None).astype(np.float64)
    np.fill_diagonal(W, 0)
    d = W.sum(1)
    n = len(W)
    if n < 6 or (d <= 0).any():
        return math.inf, []
    _, vecs = np.linalg.eigh(np.eye(n) - W / np.sqrt(np.outer(d, d)))
    order = np.argsort(vecs[:, 1] / np.sqrt(d))
    best: tuple[float, list[int]] = (math.inf, [])
    for t in range(3, n - 2):
        a, b = order[:t], order[t:]
        cut = W[np.ix_(a, b)].sum()
        ncut = cut / W[a].sum() + cut / W[b].sum()
        if ncut < best[0]:
            best = (float(ncut), [int(i) for i in a])
    return best


def _year(years: list[Optional[int]]) -> Optional[int]:
    """The year most of these documents are told in, if YEAR_SUPPORT of them and no other
    year as many."""
    top = Counter(y for y in years if y).most_common(2)
    if not top or top[0][1] < YEAR_SUPPORT or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def split_by_years(S: NDArray[np.floating], labels: list[int], years: list[Optional[int]]) -> list[int]:
    """``labels`` with each story cut in two where its halves are told in different years."""
    out = list(labels)
    for label in sorted(set(labels)):
        rows = [i for i, x in enumerate(labels) if x == label]
        if len(rows) < SPLIT_MIN:
            continue
        ncut, side = bisect(S[np.ix_(rows, rows)])
        if ncut >= SPLIT_NCUT:
            continue
        a = [rows[i] for i in side]
        b = [i for i in rows if i not in a]
        ya, yb = _year([years[i] for i in a]), _year([years[i] for i in b])
        if ya is not None and yb is not None and ya != yb:
            for i in a:
                out[i] = min(a)
            for i in b:
                out[i] = min(b)
    return out
