"""Event dates on real news: AllSides 2016–2018 articles of one story through the whole pipeline.

    python bench/dates_allsides.py [--n 150] [--seed 0] [--summary FILE] [--show N] [--check FILE]

Takes the articles of ../shared/data/allsides-2016-2018/articles.jsonl.gz that name Flynn or
Kislyak (the Russia story; they carry a publication `date`), samples --n of them, ingests them
into a temporary SQLite store with the real pipeline and resolves them. Reports, over the
resolved events:

* dated after all reports: the share of HAPPENED dated events whose first day is after the
  publication of every document that reports them (target 0), and after the first report that
  tells them as a fact (not negated, not future, no demand or condition);
* majority agreement: the share of dated events whose date is compatible with more than half
  of their dated mentions (and among events with at least two dated mentions);
* hand check: events whose date a person judged right or wrong by reading the sentences and the
  publication dates (bench/data/dates_allsides_check.jsonl, keyed by event label, date and first
  sentence); the first half of the file is dev, the second half held out. --show N prints N
  dated events to judge.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.model import Status, last_day  # noqa: E402
from storyline.pipeline import ingest_paths  # noqa: E402
from storyline.resolve import resolve  # noqa: E402
from storyline.resolve.dates import agrees_with_majority, interval, told_as_fact  # noqa: E402
from storyline.store import SQLiteStore  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
CHECK = REPO / "bench" / "data" / "dates_allsides_check.jsonl"
STORY = re.compile(r"\b(?:Flynn|Kislyak)\b")


def sample(n: int, seed: int) -> list[dict]:
    rows = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r.get("content_original") or ""
            if re.match(r"\d{4}-\d\d-\d\d$", str(r.get("date"))) and STORY.search(text):
                rows.append(r)
    rows.sort(key=lambda r: r["file"])
    random.Random(seed).shuffle(rows)
    return rows[:n]


def run(rows: list[dict], tmp: Path):
    src = tmp / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for r in rows:
            rec = {"text": r["content_original"], "title": r.get("title"), "url": r.get("url")}
            rec.update({"outlet": r.get("source"), "published": r["date"]})
            f.write(json.dumps(rec) + "\n")
    store = SQLiteStore(str(tmp / "bench.db"))
    summary = ingest_paths(store, [str(src)])
    analyses = list(store.analyses())
    store.close()
    return summary, analyses, resolve(analyses)


def key(label: str, start: str, sentence: str) -> str:
    return hashlib.sha1(f"{label}|{start}|{sentence}".encode()).hexdigest()[:16]


def describe(analyses, resolution):
    """Per event: its date, its mentions' dates, the publication of its reports, sentences."""
    info = {}
    for a in analyses:
        for e in a.events:
            sent = a.sentences[e.sent].text if e.sent < len(a.sentences) else ""
            info[e.id] = (e, a.doc.published, sent)
    out = []
    for ev in resolution.events:
        members = [info[m] for m in ev.members if m in info]
        out.append((ev, members))
    return out


def figures(events) -> dict:
    dated = [(ev, ms) for ev, ms in events if ev.date is not None and interval(ev.date)]
    happened = [
        (ev, ms)
        for ev, ms in dated
        if getattr(ev, "status", Status.HAPPENED) == Status.HAPPENED
        and any(m.factuality.happened and not m.negated for m, _, _ in ms)
    ]

    def after(ev, ms, which, as_fact=False) -> bool:
        pubs = [
            last_day(p)
            for m, p, _ in ms
            if p and last_day(p) and (not as_fact or (not m.negated and told_as_fact(m.factuality)))
        ]
        first = interval(ev.date)[0]
        return bool(pubs) and first[:4].isdigit() and first > which(pubs)

    after_all = sum(after(ev, ms, max) for ev, ms in happened)
    after_first = sum(after(ev, ms, min, as_fact=True) for ev, ms in happened)
    agree = [agrees_with_majority(ev.date, [m.date for m, _, _ in ms]) for ev, ms in dated]
    multi = [
        agrees_with_majority(ev.date, [m.date for m, _, _ in ms])
        for ev, ms in dated
        if sum(m.date is not None for m, _, _ in ms) >= 2
    ]
    return {
        "events": len(events),
        "dated": len(dated),
        "happened_dated": len(happened),
        "after_all_reports": after_all / len(happened) if happened else 0.0,
        "after_all_reports_n": after_all,
        "after_first_report": after_first / len(happened) if happened else 0.0,
        "after_first_report_n": after_first,
        "majority_agree": sum(agree) / len(agree) if agree else 0.0,
        "majority_agree_multi": sum(multi) / len(multi) if multi else 0.0,
        "multi_n": len(multi),
        "with_other_dates": sum(bool(ev.other_dates) for ev, _ in dated),
    }


def show(events, n: int, seed: int) -> None:
    dated = [(ev, ms) for ev, ms in events if ev.date is not None and interval(ev.date)]
    dated.sort(key=lambda x: hashlib.sha1(f"{seed}{x[0].label}{x[0].date.start}".encode()).hexdigest())
    for ev, ms in dated[:n]:
        first_sent = ms[0][2] if ms else ""
        print(
            json.dumps(
                {
                    "key": key(ev.label, ev.date.start, first_sent),
                    "label": ev.label,
                    "date": [ev.date.start, ev.date.end, ev.date.text],
                    "other_dates": [d.text for d in ev.other_dates],
                    "mentions": [
                        {
                            "published": p,
                            "trigger": m.trigger,
                            "date": m.date.text if m.date else None,
                            "sentence": s,
                        }
                        for m, p, s in ms[:4]
                    ],
                },
                ensure_ascii=False,
            )
        )


def hand_check(events, path: Path) -> dict:
    if not path.is_file():
        return {}
    verdicts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = len(verdicts) // 2
    current = {}
    for ev, ms in events:
        if ev.date is not None and ms:
            current[key(ev.label, ev.date.start, ms[0][2])] = ev
    out = {}
    for name, part in (("dev", verdicts[:half]), ("held_out", verdicts[half:])):
        found = [v for v in part if v["key"] in current]
        right = sum(v["verdict"] == "right" for v in found)
        out[name] = (right, len(found), len(part))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=150, help="articles to sample (default 150)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print N dated events to judge by hand")
    ap.add_argument("--check", default=str(CHECK), help="hand verdicts (JSONL with key, verdict)")
    ap.add_argument("--summary", metavar="FILE", help="also write the headline rows as JSON here")
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"{DATA} is absent: the shared data lives beside the repo (../shared)", file=sys.stderr)
        return 2
    t0 = time.time()
    rows = sample(args.n, args.seed)
    with tempfile.TemporaryDirectory(prefix="storyline-dates-") as tmp:
        summary, analyses, resolution = run(rows, Path(tmp))
    events = describe(analyses, resolution)
    if args.show:
        show(events, args.show, args.seed)
    f = figures(events)
    hc = hand_check(events, Path(args.check))
    print(f"articles {len(rows)} ({summary.line()}), events {f['events']}, dated {f['dated']}")
    print(
        f"HAPPENED dated events dated after all their reports: {f['after_all_reports']:.3f} "
        f"({f['after_all_reports_n']}/{f['happened_dated']}); after the first report telling it as fact: "
        f"{f['after_first_report']:.3f} ({f['after_first_report_n']}/{f['happened_dated']})"
    )
    print(
        f"dated events whose date agrees with the majority of their mentions: {f['majority_agree']:.3f}; "
        f"among events with >= 2 dated mentions: {f['majority_agree_multi']:.3f} (n={f['multi_n']}); "
        f"events with other_dates: {f['with_other_dates']}"
    )
    for name, (right, found, total) in hc.items():
        share = right / found if found else 0.0
        print(f"hand check {name}: {right}/{found} right ({share:.3f}); {total - found} verdicts not matched")
    print(f"({time.time() - t0:.0f}s)")
    if args.summary:
        command = "python bench/dates_allsides.py" + (f" --n {args.n}" if args.n != 150 else "")
        rows_out = [
            _row("HAPPENED events dated after all their reports (target 0)", f["after_all_reports"], command),
            _row("dated events agreeing with the majority of their mentions", f["majority_agree"], command),
        ]
        for name, (right, found, _total) in hc.items():
            label = "dev" if name == "dev" else "held out"
            rows_out.append(
                _row(f"hand-checked event dates right, {label}", right / found if found else 0.0, command)
            )
        Path(args.summary).write_text(json.dumps(rows_out, indent=2) + "\n", encoding="utf-8")
    return 0


def _row(metric: str, ours: float, command: str) -> dict:
    return {
        "benchmark": "Event dates, AllSides (Russia story)",
        "metric": metric,
        "ours": round(ours, 4),
        "reference": None,
        "reference_source": "no published figure on this data",
        "command": command,
    }


if __name__ == "__main__":
    sys.exit(main())
