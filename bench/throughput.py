"""Throughput of `storyline ingest` against bare spaCy `nlp.pipe` over the same cleaned texts.

Both run in this one process on the same machine, so the ratio is what counts (target ≥ 0.7).
Corpus: the first N real articles of ../shared/data/allsides-2016-2018 (default 300).

    python bench/throughput.py [N]
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"


def main(n: int) -> None:
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: the shared data lives beside the repo (../shared)")
    from storyline.extract import nlp
    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    tmp = Path(tempfile.mkdtemp())
    src = tmp / "articles.jsonl"
    with gzip.open(DATA, "rt") as fh, open(src, "w") as out:
        for i, line in enumerate(fh):
            if i >= n:
                break
            a = json.loads(line)
            out.write(
                json.dumps(
                    {
                        "text": a["content_original"],
                        "title": a["title"],
                        "outlet": a["source"],
                        "published": a["date"],
                        "url": a["url"],
                    }
                )
                + "\n"
            )
    nlp.load()  # both runs start with their model loaded; warm both up on the same text
    nlp.load()("Warm-up sentence about a meeting in December.")

    store = SQLiteStore(str(tmp / "bench.db"))
    t0 = time.perf_counter()
    summary = ingest_paths(store, [str(src)])
    t_pipe = time.perf_counter() - t0
    docs = [d.model_dump() for d in store.document_records().items]
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)

    import spacy

    bare = spacy.load(nlp.MODEL)  # the model as shipped: every component on every token
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=nlp.BATCH_SIZE):
        pass
    t_spacy = time.perf_counter() - t0

    print(f"articles: {len(texts)} stored ({summary.line()}), {words} words after cleaning")
    print(f"{'run':<28}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    for name, t in (("storyline ingest (all)", t_pipe), ("bare spaCy nlp.pipe", t_spacy)):
        print(f"{name:<28}{t:>9.1f}{len(texts) / t:>12.1f}{words / t:>10.0f}")
    print(f"ratio pipeline / bare spaCy: {t_spacy / t_pipe:.2f}  (target >= 0.70)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
