#!/usr/bin/env python3
"""Score clean_html against the ScrapingHub article-extraction benchmark.

Reads ../shared/data/article-extraction (html/*.html.gz + ground-truth.json) beside the repo,
scores each extractor the way the benchmark's evaluate.py does (4-token shingles of ``\\w+``
tokens; per-page TP/FP/FN normalised, precision and recall averaged over pages, F1 of the
averages) and prints plain trafilatura (``extract(html, include_comments=False)``, as the
benchmark runs it) beside ours in the same run.

    python bench/article_extraction.py [--limit N] [--jobs 2] [--favor precision|recall|balanced]
                                       [--summary FILE]

--summary FILE also writes the headline rows (our F1, plain trafilatura's F1) as JSON for
bench/eval.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shlex
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "article-extraction"
sys.path.insert(0, str(ROOT / "src"))

_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in t.keys() | p.keys())
    fn = sum(max(0, t[k] - p[k]) for k in t.keys() | p.keys())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(prec(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(rec(*r) for r in rows if r[0] + r[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def run_page(path: Path, favor: str = "") -> dict:
    import trafilatura

    from storyline.clean import HtmlOptions, clean_html

    options = HtmlOptions(favor=favor) if favor else HtmlOptions()

    html = gzip.open(path, "rt", encoding="utf8").read()
    out = {}
    t = time.perf_counter()
    out["trafilatura"] = trafilatura.extract(html, include_comments=False) or ""
    out["trafilatura_s"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        out["storyline"] = clean_html(html, options=options).text
    except ValueError:
        out["storyline"] = ""
    out["storyline_s"] = time.perf_counter() - t
    return out


PUBLISHED_F1 = 0.958
PUBLISHED_SOURCE = "trafilatura 2.0.0 published F1 0.958, scrapinghub/article-extraction-benchmark"


def summary_rows(ours: dict[str, float], plain: dict[str, float], n_pages: int, command: str) -> list[dict]:
    """Headline rows for bench/eval.py: our F1 and plain trafilatura's, both from this run."""
    from importlib.metadata import version

    plain_name = f"F1, plain trafilatura {version('trafilatura')} (same run)"
    return [
        {
            "benchmark": f"article extraction (ScrapingHub, {n_pages} pages)",
            "metric": metric,
            "ours": round(m["f1"], 4),
            "reference": PUBLISHED_F1,
            "reference_source": PUBLISHED_SOURCE,
            "command": command,
        }
        for metric, m in (("F1, storyline clean_html", ours), (plain_name, plain))
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument(
        "--favor",
        choices=["precision", "recall", "balanced"],
        default="",
        help="override clean_html's trafilatura setting (default: favor_precision)",
    )
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where we lose most")
    ap.add_argument("--summary", metavar="FILE", help="also write the headline rows as JSON here")
    args = ap.parse_args(argv)
    if not (DATA / "ground-truth.json").is_file() or not (DATA / "html").is_dir():
        sys.exit(
            f"benchmark data not found: expected {DATA}/ground-truth.json and {DATA}/html/ "
            "(the shared/ folder beside the repository)"
        )
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf8"))
    paths = sorted((DATA / "html").glob("*.html.gz"))
    if args.limit:
        paths = paths[: args.limit]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_page, paths, [args.favor] * len(paths), chunksize=4))
    rows = {name: [] for name in ("trafilatura", "storyline")}
    per_page = []
    for path, res in zip(paths, results):
        gold = truth[path.name.split(".")[0]].get("articleBody", "")
        for name in rows:
            rows[name].append(tp_fp_fn(gold, res[name]))
        per_page.append((path.name, rows["storyline"][-1], rows["trafilatura"][-1]))
    print(f"{len(paths)} pages, scored as scrapinghub/article-extraction-benchmark evaluate.py")
    print(f"{'extractor':<26}{'precision':>10}{'recall':>10}{'F1':>8}{'s/page':>9}")
    measured = {}
    for name, label in (
        ("trafilatura", "trafilatura 2.3.1 (plain)"),
        ("storyline", f"storyline clean_html{' +' + args.favor if args.favor else ''}"),
    ):
        m = measured[name] = scores(rows[name])
        secs = statistics.mean(r[f"{name}_s"] for r in results)
        print(f"{label:<26}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>8.3f}{secs:>9.3f}")
    if args.worst:
        per_page.sort(key=lambda x: x[1][0] - x[2][0])
        for name, ours, plain in per_page[: args.worst]:
            print(
                f"  {name[:16]} ours tp={ours[0]:.3f} fp={ours[1]:.3f} fn={ours[2]:.3f}  "
                f"plain tp={plain[0]:.3f} fp={plain[1]:.3f} fn={plain[2]:.3f}"
            )
    if args.summary:
        command = "python bench/article_extraction.py"
        command += "".join(
            f" --{k} {shlex.quote(str(v))}" for k, v in (("limit", args.limit), ("favor", args.favor)) if v
        )
        out = summary_rows(measured["storyline"], measured["trafilatura"], len(paths), command)
        Path(args.summary).write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
