"""Publication year of undated articles, inferred from their own text.

    python bench/pubyear.py [--n 200] [--errors N] [--store N] [--summary FILE]

Takes AllSides 2016–2018 articles (../shared/data/allsides-2016-2018/articles.jsonl.gz) that carry
a publication `date`, strips every field but the body, cleans the body as ingest does and asks
storyline.extract.dates.infer_reference for the publication date. The articles are split by a
hash of their file name into dev (tuned on, --errors prints its misses) and held out; --n of each
are scored. Reported per part: the share whose inferred year is right (no answer counts as
wrong), the share answered, and the share right among the answered. The five seed scrapes
(../shared/corpus/seeds; 000, 001, 003 and 004 written in 2017, 002 in 2018) are checked as well.

--store N (default 30; 0 skips it): the year from the store. Articles of one story (those naming
Flynn or Kislyak) are ingested with the real pipeline into a temporary store: 3N with their
dates, N of dev and N of held-out with every date stripped, and the five seeds. After
resolution every undated article has the year its text gives, or else the year estimated from
the dated reports of the same events (storyline.resolve.published); both are scored.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.clean import clean_text  # noqa: E402
from storyline.extract.dates import infer_reference  # noqa: E402
from storyline.pipeline import ingest_paths  # noqa: E402
from storyline.resolve import resolve  # noqa: E402
from storyline.store import SQLiteStore  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
# read by hand (docs/dates.md): 002 says Flynn "pleaded guilty last December" (2017)
SEED_YEARS = {"000": "2017", "001": "2017", "002": "2018", "003": "2017", "004": "2017"}
STORY = re.compile(r"\b(?:Flynn|Kislyak)\b")


def split_of(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def sample(n: int, story: bool = False, dated: int = 0) -> dict[str, list[dict]]:
    rows = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r.get("content_original") or ""
            if re.match(r"\d{4}-\d\d-\d\d$", str(r.get("date"))) and len(text) > 300:
                if not story or STORY.search(text):
                    rows.append(r)
    rows.sort(key=lambda r: hashlib.sha1(r["file"].encode()).hexdigest())
    out: dict[str, list[dict]] = {"dev": [], "heldout": [], "dated": []}
    for r in rows:
        if len(out["dated"]) < dated:  # kept with its date: evidence for the undated
            out["dated"].append(r)
            continue
        part = out[split_of(r["file"])]
        if len(part) < n:
            part.append(r)
    return out


def score(rows: list[dict], errors: int = 0) -> dict[str, float]:
    right = answered = shown = 0
    for r in rows:
        guess = infer_reference(clean_text(r["content_original"]).text)
        answered += guess is not None
        ok = guess is not None and guess[:4] == r["date"][:4]
        right += ok
        if not ok and shown < errors:
            shown += 1
            print(f"  {r['file']} gold {r['date']} ours {guess} | {r['content_original'][:160]!r}")
    n = len(rows)
    return {
        "n": n,
        "right": right / n,
        "answered": answered / n,
        "precision": right / answered if answered else 0.0,
    }


def seeds() -> tuple[int, int, list[str]]:
    files = sorted(SEEDS.glob("*.txt"))
    got = [infer_reference(clean_text(p.read_text(encoding="utf-8")).text) for p in files]
    right = sum((g or "")[:4] == SEED_YEARS.get(p.name[:3]) for p, g in zip(files, got))
    return right, len(files), [f"{p.name[:3]}:{g}" for p, g in zip(files, got)]


def store_years(n: int) -> dict[str, dict[str, float]]:
    """Undated articles ingested beside dated ones of the same story: the share whose stored
    year is right (from their text, else from the store), and the share the store's estimate
    alone gets right when their text is not read for a date at all."""
    parts = sample(n, story=True, dated=3 * n)
    with tempfile.TemporaryDirectory(prefix="storyline-pubyear-") as tmp:
        src = Path(tmp) / "articles.jsonl"
        gold = {}
        with src.open("w", encoding="utf-8") as f:
            for name, rows in parts.items():
                for r in rows:
                    rec = {"text": r["content_original"], "title": r.get("title")}
                    if name == "dated":
                        rec.update({"published": r["date"], "outlet": r.get("source"), "url": r.get("url")})
                    else:
                        gold[clean_text(r["content_original"]).text] = (name, r["date"][:4])
                    f.write(json.dumps(rec) + "\n")
        seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
        for p in seeds:
            text = p.read_text(encoding="utf-8")
            gold[clean_text(text).text] = ("seeds", SEED_YEARS.get(p.name[:3], ""))
            (Path(tmp) / p.name).write_text(text, encoding="utf-8")
        store = SQLiteStore(str(Path(tmp) / "bench.db"))
        ingest_paths(store, [str(src), *[str(Path(tmp) / p.name) for p in seeds]])
        docs = store.document_records().items
        analyses = list(store.analyses())
        store.close()
    for a in analyses:  # the store's estimate alone: the undated articles' own years forgotten
        if a.doc.text in gold:
            a.doc.published, a.doc.published_basis = None, "unknown"
    alone = resolve(analyses).published
    out: dict[str, dict[str, float]] = {}
    for d in docs:
        if d.text not in gold:
            continue
        name, year = gold[d.text]
        f = out.setdefault(
            name, {"n": 0, "right": 0, "answered": 0, "alone": 0, "alone_answered": 0, "later": 0, "first": 0}
        )
        text_year, store_year = infer_reference(d.text), alone.get(d.id)
        later = store_year if store_year and (not text_year or store_year > text_year[:4]) else text_year
        f["later"] += (later or "")[:4] == year  # the store's year when later than the text's
        f["first"] += ((store_year or text_year) or "")[:4] == year  # the store's year first
        f["n"] += 1
        f["answered"] += d.published is not None
        f["right"] += (d.published or "")[:4] == year
        f["alone_answered"] += d.id in alone
        f["alone"] += alone.get(d.id, "")[:4] == year
        if name == "seeds":
            print(
                f"  seed {d.source[-24:-21]}: stored {d.published} ({d.published_basis}); store alone {alone.get(d.id)}"
            )
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles per part (default 200)")
    ap.add_argument("--errors", type=int, default=0, help="print N dev misses")
    ap.add_argument(
        "--store", type=int, default=30, help="undated story articles per part for the store check"
    )
    ap.add_argument("--summary", metavar="FILE", help="also write the headline rows as JSON here")
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"{DATA} is absent: the shared data lives beside the repo (../shared)", file=sys.stderr)
        return 2
    parts = sample(args.n)
    figures = {name: score(parts[name], args.errors if name == "dev" else 0) for name in ("dev", "heldout")}
    for name, f in figures.items():
        print(
            f"{name}: year right {f['right']:.3f} of {f['n']} articles (no answer = wrong); "
            f"answered {f['answered']:.3f}; right when answered {f['precision']:.3f}"
        )
    seed_right, seed_n, seed_got = seeds() if SEEDS.is_dir() else (0, 0, [])
    print(f"seeds: {seed_right}/{seed_n} years right ({', '.join(seed_got)}; written in {SEED_YEARS})")
    stored = store_years(args.store) if args.store else {}
    for name, f in stored.items():
        print(
            f"store, {name}: year right {f['right'] / f['n']:.3f} of {f['n']} undated articles "
            f"(answered {f['answered'] / f['n']:.3f}); the store's estimate alone right {f['alone'] / f['n']:.3f} "
            f"(answered {f['alone_answered'] / f['n']:.3f}); store first {f['first'] / f['n']:.3f}; "
            f"store when later than the text {f['later'] / f['n']:.3f}"
        )
    if args.summary:
        command = "python bench/pubyear.py" + (f" --n {args.n}" if args.n != 200 else "")
        rows = [
            _row(f"year of undated articles right, {label}", figures[name]["right"], command)
            for name, label in (("dev", "dev"), ("heldout", "held out"))
        ]
        if seed_n:
            rows.append(_row("seed scrapes' year right (of 5)", seed_right / seed_n, command))
        for name, label in (("dev", "dev"), ("heldout", "held out"), ("seeds", "seeds")):
            if name in stored:
                f = stored[name]
                rows.append(
                    _row(f"year right with the store's other reports, {label}", f["right"] / f["n"], command)
                )
        Path(args.summary).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


def _row(metric: str, ours: float, command: str) -> dict:
    return {
        "benchmark": "Publication year from the text, AllSides",
        "metric": metric,
        "ours": round(ours, 4),
        "reference": None,
        "reference_source": "no published figure on this data",
        "command": command,
    }


if __name__ == "__main__":
    sys.exit(main())
