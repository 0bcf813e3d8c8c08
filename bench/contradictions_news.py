"""Contradictions at news scale: precision and duplicates on the 2,000-article AllSides store.

    python bench/contradictions_news.py --db COPY [--show dev] [--unjudged dev]

The store is bench/news_scale.py's (2,000 AllSides articles of 2017-01-20..2017-07-31, ingested
with the product; /tmp/s36/n/news.db at main 480e4df). Never tuned on before round 45: its
entries are many more than the unseen sets' and span every story of the half-year, so a false
positive a set's dev part hides shows here. Pass a COPY: the store is resolved again with the
current code and the resolution saved into it.

Judgements: bench/data/contradictions_news_judged.jsonl, in contradictions_unseen's format and
matched as there (a quote of one side "a", of another "b", "valid", a disagreement id "q" for a
valid one: entries beyond the first of the same "q" are duplicates; an entry no judgement covers
counts as wrong and is reported unjudged). No gold: recall is not measured here.

Split: an entry is held out when the earliest doc id it cites hashes to 2 (crc32 % 3), as in the
other benches. Held-out entries are printed only as totals; only dev entries were judged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from contradictions import DATA, _jsonl  # noqa: E402
from contradictions_unseen import _show, score  # noqa: E402
from storyline.resolve import resolve  # noqa: E402
from storyline.resolve.contradictions import store_search  # noqa: E402
from storyline.store import SQLiteStore  # noqa: E402

JUDGED = REPO / "bench" / "data" / "contradictions_news_judged.jsonl"
KEYS = ("entries", "precision", "unjudged", "with_wrong_pair", "disagreements", "duplicates")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a COPY of the news store (it is re-resolved in place)")
    ap.add_argument("--show", choices=["dev"], help="print the dev entries")
    ap.add_argument("--unjudged", choices=["dev"], help="print the unjudged dev entries")
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent (the store's articles)", file=sys.stderr)
        return 0
    db = Path(args.db)
    if not db.is_file():
        print(
            f"skipped: {db} is absent (copy /tmp/s36/n/news.db or build it with bench/news_scale.py)",
            file=sys.stderr,
        )
        return 0
    store = SQLiteStore(str(db))
    store.save_resolution(resolve(list(store.resolution_input()), store_search(store)))
    entries = store.contradictions().items
    res = score(entries, [], _jsonl(JUDGED), [])
    rows = res.pop("_rows")
    if args.show or args.unjudged:
        _show(rows, args.show or args.unjudged, bool(args.unjudged))
    out = {"entries": res["entries"]}
    out.update({s: {k: res[s][k] for k in KEYS} for s in ("dev", "held-out")})
    print(json.dumps(out, indent=1))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
