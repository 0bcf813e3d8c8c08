"""Event labels judged by hand: do they read like a news timeline?

    python bench/labels.py --db STORE [--db STORE ...] [--docs N] [--show]

Resolves the first N documents (by id) of the stores with the current code (as
bench/news_scale.py does), draws 50 events at random (fixed seed, events ordered by id, so the
same events are drawn while the clustering stays the same) and looks each label up in
bench/data/labels_allsides.json, a table label -> "ok" or the fault a reader would see
("place as agent", "no subject", ...). A label the table does not hold is reported as
unjudged, for a human to judge and add. Prints the share judged ok.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
FIXTURE = REPO / "bench" / "data" / "labels_allsides.json"
SAMPLE = 50
SEED = 10


def sample_labels(dbs: list[str], n_docs: int) -> list[dict]:
    from storyline.resolve import resolve
    from storyline.store import SQLiteStore

    analyses, seen = [], set()
    for db in dbs:
        if not Path(db).exists():
            sys.exit(f"labels: no store at {db}")
        store = SQLiteStore(db)
        analyses += [a for a in store.resolution_input() if a.doc.id not in seen and not seen.add(a.doc.id)]
        store.close()
    analyses = sorted(analyses, key=lambda a: a.doc.id)[:n_docs]
    res = resolve(analyses)
    events = sorted(res.events, key=lambda e: e.id)
    picked = random.Random(SEED).sample(events, min(SAMPLE, len(events)))
    return [{"id": e.id, "type": e.type, "label": e.label} for e in picked]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", action="append", required=True, help="store(s) to read (repeatable)")
    ap.add_argument("--docs", type=int, default=1000, help="documents resolved (the first N by id)")
    ap.add_argument("--show", action="store_true", help="print every drawn label with its judgement")
    args = ap.parse_args(argv)
    judged = json.loads(FIXTURE.read_text(encoding="utf-8"))["judged"] if FIXTURE.exists() else {}
    rows = sample_labels(args.db, args.docs)
    ok = sum(judged.get(r["label"]) == "ok" for r in rows)
    unjudged = [r for r in rows if r["label"] not in judged]
    for r in rows if args.show else unjudged:
        print(f"  {r['type']:<14} {r['label']!r:<70} {judged.get(r['label'], 'UNJUDGED')}")
    print(
        f"{len(rows)} labels drawn: {ok} judged ok ({ok / max(len(rows), 1):.0%}), "
        f"{len(rows) - ok - len(unjudged)} faulty, {len(unjudged)} unjudged"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
