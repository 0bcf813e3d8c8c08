"""Events dated by the occasion they happened at: "Volkov proposed at the dinner" (extract.event_time).

    python bench/event_time.py [--n 60] [--show dev] [--show-held-out]

Takes AllSides 2016–2018 articles with a publication date that say "at / during / over / on / in
the meeting|dinner|call|hearing|…" (split into dev and held out by bench/pubyear.py's hash), runs
the product's extraction on each (its publication date given) and lists every event that took its
date from an earlier dated mention of its occasion. Each was judged by hand in
bench/data/event_time_allsides.jsonl: right when the occasion the sentence names is the one the
date came from and the event happened there (or was to happen there). Reported per part: events
dated this way, judged, and the share of judged ones right. --show dev prints the dev part's
events (for judging); held-out items are printed only with --show-held-out, never while tuning.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pubyear import DATA, REPO, split_of  # noqa: E402

sys.path.insert(0, str(REPO / "src"))

JUDGED = REPO / "bench" / "data" / "event_time_allsides.jsonl"
PHRASE = re.compile(
    r"\b(?:[Aa]t|[Dd]uring|[Oo]ver|[Ii]n|[Oo]n) (?:the|that|this|their|his|her) "
    r"(?:meeting|dinner|lunch|breakfast|call|summit|hearing|session|conversation|talks|interview|rally|briefing)\b"
)


def articles(n: int, offset: int = 0) -> dict[str, list[dict]]:
    import gzip
    import hashlib

    rows = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r.get("content_original") or ""
            if re.match(r"\d{4}-\d\d-\d\d$", str(r.get("date"))) and PHRASE.search(text):
                rows.append(r)
    rows.sort(key=lambda r: hashlib.sha1(r["file"].encode()).hexdigest())
    parts: dict[str, list[dict]] = {"dev": [], "heldout": []}
    for r in rows:
        parts[split_of(r["file"])].append(r)
    return {name: rows[offset : offset + n] for name, rows in parts.items()}


def dated_events(rows: list[dict]) -> list[dict]:
    """Every event an occasion dated, with its sentence and the sentence its date came from."""
    from storyline.extract import analyse_parsed, event_time, nlp
    from storyline.ingest.readers import RawArticle
    from storyline.pipeline import build_document

    found: list = []
    original = event_time.inherit

    def recording(events, links):
        out = original(events, links)
        found.extend(out)
        return out

    event_time.inherit = recording
    out = []
    try:
        for r in rows:
            try:
                doc = build_document(RawArticle(r["file"], r["content_original"], "text"), r["date"])
            except ValueError:
                continue
            del found[:]
            analysis = analyse_parsed(doc, next(nlp.pipe([doc.text])))
            text = {s.idx: s.text for s in analysis.sentences}
            for ev, source in found:
                out.append(
                    {
                        "file": r["file"],
                        "trigger": ev.trigger,
                        "sentence": text.get(ev.sent, ""),
                        "date": ev.date.start if ev.date else None,
                        "from": text.get(source.sent, ""),
                    }
                )
    finally:
        event_time.inherit = original
    return out


def key(item: dict) -> tuple[str, str, str]:
    return item["file"], item["trigger"], item["sentence"][:60]


def main(argv=None) -> int:
    if not DATA.exists():
        print("skipped: ../shared/data/allsides-2016-2018 is absent")
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles per part")
    ap.add_argument(
        "--offset", type=int, default=0, help="skip this many articles of each part (a fresh batch)"
    )
    ap.add_argument("--show", choices=("dev",), help="print the dev part's dated events")
    ap.add_argument("--show-held-out", action="store_true", help="print the held-out part's (after tuning)")
    args = ap.parse_args(argv)
    judged = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                judged[key(j)] = j["right"]
    for name, rows in articles(args.n, args.offset).items():
        items = dated_events(rows)
        verdicts = [judged[key(it)] for it in items if key(it) in judged]
        right = sum(verdicts)
        share = round(right / len(verdicts), 3) if verdicts else None
        print(
            f"{name}: {len(rows)} articles, {len(items)} events dated by their occasion, "
            f"{len(verdicts)} judged, right {right} ({share})"
        )
        if (args.show == "dev" and name == "dev") or (args.show_held_out and name == "heldout"):
            for it in items:
                mark = {True: "RIGHT", False: "WRONG"}.get(judged.get(key(it)), "?")
                print(json.dumps({**it, "judged": mark}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
