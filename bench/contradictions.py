"""Contradictions on real news: disagreements an editor would flag, found once each.

    python bench/contradictions.py [--n 240] [--seed 13] [--db PATH] [--summary FILE] [--show]

Takes the AllSides 2016–2018 articles of the Russia-investigation stories (at least three
mentions of Kislyak, Flynn, Sessions, Comey or Kushner, and Russia), samples --n, ingests them
with the real pipeline into --db (reused when it exists: build once, iterate on resolution) and
resolves them again with the current code. The gold set (bench/data/contradictions_allsides.jsonl,
read from the articles by hand) names, per disagreement, quotes of the denying side and a pattern
the other side's sentences match. A system entry finds a gold disagreement when one of its
denying sentences contains a gold quote and one of its other side's sentences matches the
pattern. Every third gold entry (index % 3 == 2, fixed before any tuning) is held out.

Reports: recall of gold disagreements (dev, held-out), precision of reported DENIAL and
CHANGED_ACCOUNT entries (those matching some gold entry; the gold covers denials only), and the
share of duplicates (entries beyond the first that find the same gold disagreement).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.pipeline import ingest_paths  # noqa: E402
from storyline.resolve import resolve  # noqa: E402
from storyline.store import SQLiteStore  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
GOLD = REPO / "bench" / "data" / "contradictions_allsides.jsonl"
SEEDS = REPO / "bench" / "data" / "contradictions_seeds.jsonl"
STORY = re.compile(r"\b(?:Kislyak|Flynn|Sessions|Comey|Kushner)\b")
COMMAND = "python bench/contradictions.py"


def sample(n: int, seed: int) -> list[dict]:
    rows = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r.get("content_original") or ""
            if (
                re.match(r"\d{4}-\d\d-\d\d$", str(r.get("date")))
                and len(STORY.findall(t)) >= 3
                and re.search(r"\bRussia", t)
            ):
                rows.append(r)
    rows.sort(key=lambda r: r["file"])
    random.Random(seed).shuffle(rows)
    return rows[:n]


def build(db: Path, n: int, seed: int) -> None:
    src = db.with_suffix(".jsonl")
    with src.open("w", encoding="utf-8") as f:
        for r in sample(n, seed):
            rec = {"text": r["content_original"], "title": r.get("title"), "url": r.get("url")}
            rec.update({"outlet": r.get("source"), "published": r["date"]})
            f.write(json.dumps(rec) + "\n")
    store = SQLiteStore(str(db))
    ingest_paths(store, [str(src)])
    store.close()


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def finds(entry, gold: dict) -> bool:
    if not gold["deny"]:  # a number, date or attribution: any entry of that kind on those people
        return entry.kind == gold["kind"] and all(w in entry.question for w in gold.get("names", []))
    if entry.kind not in ("DENIAL", "CHANGED_ACCOUNT") or len(entry.positions) < 2:
        return False
    denies = [norm(r.text) for r in entry.positions[0].reports]
    others = [r.text for p in entry.positions[1:] for r in p.reports]
    pat = re.compile(gold["report"], re.I)
    return any(norm(q) in d for q in gold["deny"] for d in denies) and any(pat.search(t) for t in others)


def score(entries, gold: list[dict]) -> dict:
    found = {g["id"]: [e.id for e in entries if finds(e, g)] for g in gold}
    matched = {e for ids in found.values() for e in ids}
    denials = [e for e in entries if e.kind in ("DENIAL", "CHANGED_ACCOUNT")]
    hit = [g for g in gold if found[g["id"]]]
    n_matching = sum(len(ids) for ids in found.values() if ids)
    split = {
        name: [g for i, g in enumerate(gold) if (i % 3 == 2) == (name == "held-out")]
        for name in ("dev", "held-out")
    }
    out = {
        "gold": len(gold),
        "entries": len(entries),
        "denial_entries": len(denials),
        "precision": len([e for e in denials if e.id in matched]) / len(denials) if denials else 0.0,
        "duplicates": (n_matching - len(hit)) / n_matching if n_matching else 0.0,
        "found": {g["id"]: found[g["id"]] for g in gold},
    }
    for name, gs in split.items():
        out[f"recall_{name}"] = sum(bool(found[g["id"]]) for g in gs) / len(gs)
        out[f"n_{name}"] = len(gs)
    return out


def seeds_score() -> dict:
    """The seeds' disagreements (bench/data/contradictions_seeds.jsonl, our own reading of the
    five articles): how many are found, as a single entry each."""
    folder = REPO.parent / "shared" / "corpus" / "seeds"
    if not folder.is_dir():
        return {}
    gold = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "seeds.db"))
        ingest_paths(store, [str(folder)])
        entries = store.contradictions().items
        store.close()
    found = {g["id"]: [e.id for e in entries if finds(e, g)] for g in gold}
    return {
        "gold": len(gold),
        "entries": len(entries),
        "found": sum(bool(v) for v in found.values()),
        "found_once": sum(len(v) == 1 for v in found.values()),
        "by_gold": found,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--db", help="store to build once and reuse (default: a temporary one)")
    ap.add_argument("--summary", help="write headline rows for bench/eval.py here")
    ap.add_argument("--show", action="store_true", help="print every DENIAL entry with its sides")
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent", file=sys.stderr)
        return 0
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bench.db"
    if not db.exists():
        build(db, args.n, args.seed)
    store = SQLiteStore(str(db))
    store.save_resolution(resolve(list(store.resolution_input())))  # the current code's answer
    entries = store.contradictions().items
    res = score(entries, gold)
    if args.show:
        for e in entries:
            print(f"\n#{e.id} {e.kind} {e.question} {'(qualified)' if e.qualified else ''}\n  {e.reason}")
            for p in e.positions:
                for r in p.reports[:3]:
                    print(f"  [{p.label}] {r.outlet}: {' '.join(r.text.split())[:160]}")
    print(json.dumps(res, indent=1))
    store.close()
    seeds = seeds_score()
    if seeds:
        print(json.dumps({"seeds": seeds}, indent=1))
    if args.summary:
        rows = [
            (f"recall of disagreements, dev ({res['n_dev']})", res["recall_dev"]),
            (f"recall of disagreements, held-out ({res['n_held-out']})", res["recall_held-out"]),
            ("precision of reported denial entries", res["precision"]),
            ("share of duplicate entries", res["duplicates"]),
        ]
        if seeds:
            rows.append(
                (f"seeds: disagreements found as single entries (of {seeds['gold']})", seeds["found_once"])
            )
        Path(args.summary).write_text(
            json.dumps(
                [
                    {
                        "benchmark": f"contradictions (AllSides, {args.n} articles)",
                        "metric": m,
                        "ours": v,
                        "reference": None,
                        "reference_source": "",
                        "command": COMMAND,
                    }
                    for m, v in rows
                ]
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
