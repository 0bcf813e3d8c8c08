"""Cross-document resolution on real news the project never tuned on: events and entities.

    python bench/resolution.py [--set dev|heldout|all] [--summary FILE] [--show N] [--limit N] [--show-held-out]

Three sets of real articles, each chosen by a fixed filter:
  dev         Flynn's resignation story: AllSides (../shared/data/allsides-2016-2018) articles of
              2017-02-09..2017-02-20 naming "Flynn" (tuned on)
  heldout     Comey's firing: AllSides articles of 2017-05-09..2017-05-16 naming "Comey" and a
              firing word (labelled before any change was made)
  heldout-bp  another story, year and outlets: Timeline17's BP oil spill articles
              (../shared/data/timeline17, BBC, Fox News, Guardian, Reuters, Washington Post) of
              2010-07-20..2010-08-06 naming "Hayward" (labelled after the dev work)
Each article runs through the product pipeline (clean → extract → resolve, default settings).

Gold (bench/data/resolution_gold.json, hand-labelled by reading the sentences):
  events    for a set of key events, the reports of each: (article, a quote of the sentence,
            the trigger word). A system event mention whose sentence holds the quote and whose
            trigger is that word is the gold mention. Scored over the gold mentions the system
            extracted: pairwise and B³ F1 of the system clusters against the gold events.
  entities  surface names of the top entities → the real entity they name (ambiguous
            surfaces such as a bare "Trump" go to the referent they have in these stories).

Reports, per set: the share of system events reported by a single article; event pairwise and
B³ P/R/F1; among the 40 most-mentioned system entities, duplicate groups (one real entity held
by two or more of them) and wrong merges (one of them holding two real entities, the second
with ≥ 2 mentions and ≥ 10 % of the labelled ones).
--summary FILE writes the headline rows for bench/eval.py, each with the figure the same command
gave before issue 10 (commit d40d20b) as its reference. --limit N scores the first N articles of
each set only (a smoke test; parsing is cached under ~/.cache/storyline-bench, keyed by the
extract code).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
GOLD = REPO / "bench" / "data" / "resolution_gold.json"
CACHE = Path.home() / ".cache" / "storyline-bench"
TOP = 40

SETS = {
    "dev": dict(start="2017-02-09", end="2017-02-20", needs=[r"\bFlynn\b"], limit=50),
    "heldout": dict(
        start="2017-05-09",
        end="2017-05-16",
        needs=[r"\bComey\b", r"\b(fired|firing|dismiss\w*|ouster)\b"],
        limit=45,
    ),
    # a different story, year and outlets (BBC, Fox News, Guardian, Reuters, Washington Post)
    "heldout-bp": dict(
        source="timeline17", start="2010-07-20", end="2010-08-06", needs=[r"\bHayward\b"], limit=45
    ),
}


def _timeline17(spec: dict) -> list[dict]:
    """Timeline17's BP oil spill articles (five outlets) in the AllSides record layout."""
    root = REPO.parent / "shared" / "data" / "timeline17"
    if not root.exists():
        sys.exit(f"resolution bench: {root} is absent (needs ../shared/data/timeline17)")
    out = []
    for path in sorted(root.glob("bpoil_*/articles.json")):
        for a in json.loads(path.read_text(encoding="utf-8")):
            out.append(
                {
                    "file": f"{path.parent.name}-{a['uid']}",
                    "content_original": a["text"],
                    "date": a["dct"],
                    "source": path.parent.name.split("_", 1)[1],
                    "title": None,
                }
            )
    return out


def select(name: str) -> list[dict]:
    """The set's articles: the fixed filter, in file order, at most ``limit``."""
    spec = SETS[name]
    if spec.get("source") == "timeline17":
        pool = _timeline17(spec)
        return [
            a
            for a in pool
            if spec["start"] <= a["date"] <= spec["end"]
            and all(re.search(p, a["content_original"]) for p in spec["needs"])
        ][: spec["limit"]]
    if not DATA.exists():
        sys.exit(f"resolution bench: {DATA} is absent (needs ../shared/data/allsides-2016-2018)")
    out = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            text = a.get("content_original") or ""
            if not (spec["start"] <= (a.get("date") or "") <= spec["end"]) or len(text) < 800:
                continue
            if all(re.search(p, text) for p in spec["needs"]):
                out.append(a)
            if len(out) >= spec["limit"]:
                break
    return out


def _extract_hash() -> str:
    h = hashlib.sha1()
    for p in sorted((REPO / "src" / "storyline").glob("**/*.py")):
        if "resolve" not in p.parts and "present" not in p.parts and "store" not in p.parts:
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def analyses(name: str) -> list:
    """Per-article extractions of the set, cached by the extract code's hash (parsing is slow)."""
    from storyline.extract import analyse_parsed, nlp
    from storyline.ingest.readers import RawArticle
    from storyline.model import ArticleMeta
    from storyline.pipeline import build_document

    path = CACHE / f"resolution-{name}-{_extract_hash()}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    docs = []
    for a in select(name):
        raw = RawArticle(
            a["file"],
            a["content_original"],
            "text",
            ArticleMeta(title=a.get("title"), outlet=a.get("source"), published=a.get("date")),
        )
        doc = build_document(raw)
        doc.id = a["file"]  # gold refers to articles by their file name
        docs.append(doc)
    out = [analyse_parsed(d, p) for d, p in zip(docs, nlp.pipe(d.text for d in docs))]
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


# --- events -------------------------------------------------------------------------------


def gold_mentions(A: list, gold_events: dict) -> tuple[dict[str, str], list[str]]:
    """Gold event of each system event mention the gold names; the gold entries not found."""
    by_doc = {a.doc.id: a for a in A}
    out: dict[str, str] = {}
    missing = []
    for name, entries in gold_events.items():
        for g in entries:
            a = by_doc.get(g["doc"])
            hits = [
                e.id
                for e in (a.events if a else [])
                if e.trigger == g["trigger"] and g["quote"] in a.sentences[e.sent].text
            ]
            if hits:
                out.update((h, name) for h in hits)
            else:
                missing.append(f"{g['doc']}: {g['trigger']!r} in {g['quote'][:60]!r}")
    return out, missing


def pairwise(sys_of: dict[str, str], gold_of: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise P/R/F1 over the gold mentions: a pair is linked when both sit in one cluster."""
    ids = sorted(gold_of)
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            s, g = sys_of[a] == sys_of[b], gold_of[a] == gold_of[b]
            tp += s and g
            fp += s and not g
            fn += g and not s
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bcubed(sys_of: dict[str, str], gold_of: dict[str, str]) -> tuple[float, float, float]:
    sys_groups, gold_groups = defaultdict(set), defaultdict(set)
    for m in gold_of:
        sys_groups[sys_of[m]].add(m)
        gold_groups[gold_of[m]].add(m)
    p = sum(
        len(sys_groups[sys_of[m]] & gold_groups[gold_of[m]]) / len(sys_groups[sys_of[m]]) for m in gold_of
    )
    r = sum(
        len(sys_groups[sys_of[m]] & gold_groups[gold_of[m]]) / len(gold_groups[gold_of[m]]) for m in gold_of
    )
    p, r = p / len(gold_of), r / len(gold_of)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def all_clusters(A: list) -> dict[str, str]:
    """Mention id → cluster, for every cluster the resolver forms, including those the product
    leaves out of its events (no named participant, or no report that it happened: a planned
    "Hayward is to step down"). Scores identity apart from what the timeline shows."""
    from storyline.resolve import features
    from storyline.resolve.entities import resolve_entities
    from storyline.resolve.events import cluster_events

    _, mention_entity = resolve_entities(A)
    return {f.id: str(i) for i, c in enumerate(cluster_events(features(A, mention_entity))) for f in c}


def event_scores(A: list, res, gold_events: dict) -> dict:
    gold_of, missing = gold_mentions(A, gold_events)
    every = all_clusters(A)
    every_of = {m: every.get(m, "alone:" + m) for m in gold_of}
    cluster = {m: e.id for e in res.events for m in e.members}
    # a gold mention the system left out of every event is an event of its own
    sys_of = {m: cluster.get(m, "alone:" + m) for m in gold_of}
    docs_of = {e.id: {m.split(":")[0] for m in e.members} for e in res.events}
    single = sum(len(d) == 1 for d in docs_of.values()) / max(1, len(docs_of))
    # per gold event: the share of its reporting articles held by its largest system event
    held = {}
    held_docs = all_docs = pure = labelled = 0
    for name in gold_events:
        ms = [m for m, g in gold_of.items() if g == name]
        docs = {m.split(":")[0] for m in ms}
        best = Counter(sys_of[m] for m in ms).most_common(1)
        top = best[0][0] if best else None
        kept = len({m.split(":")[0] for m in ms if sys_of[m] == top})
        held[name] = (kept / max(1, len(docs)), len(docs))
        held_docs, all_docs = held_docs + kept, all_docs + len(docs)
        # purity: of the gold-labelled mentions in that cluster, the share that are this event
        inside = [g for m, g in gold_of.items() if sys_of[m] == top]
        pure, labelled = pure + inside.count(name), labelled + len(inside)
    return dict(
        held_share=held_docs / max(1, all_docs),
        purity=pure / max(1, labelled),
        events=len(res.events),
        single=single,
        pairwise=pairwise(sys_of, gold_of),
        bcubed=bcubed(sys_of, gold_of),
        bcubed_all=bcubed(every_of, gold_of),
        gold=len(gold_of),
        missing=missing,
        held=held,
    )


# --- entities -----------------------------------------------------------------------------


def surface(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”'‘’()")
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return re.sub(r"^(the|The) ", "", text).lower()


def entity_scores(A: list, res, aliases: dict[str, str]) -> dict:
    """Duplicate groups and wrong merges among the TOP most-mentioned entities, judged through
    the hand-made table surface name → real entity (surfaces not in it are not judged)."""
    text = {m.id: m.text for a in A for m in a.mentions}
    top = sorted(res.entities, key=lambda e: (-len(e.mentions), e.id))[:TOP]
    owner = {}  # real entity -> the top entities whose labelled mentions it mostly is
    wrong = []
    judged = 0
    for e in top:
        labels = Counter(aliases[s] for s in (surface(text[m]) for m in e.mentions) if aliases.get(s))
        judged += sum(labels.values())
        if not labels:
            continue
        main, n = labels.most_common(1)[0]
        if main == "-":  # junk the table marks as no entity at all
            wrong.append(f"{e.name} ({e.type}): junk, {n} mentions")
            continue
        owner.setdefault(main, []).append(e.name)
        total = sum(labels.values())
        for other, k in labels.items():
            if other != main and k >= 2 and k >= 0.1 * total:
                wrong.append(f"{e.name}: {k} of {total} labelled mentions are {other}")
    dups = {g: names for g, names in owner.items() if len(names) > 1}
    return dict(top=top, dups=dups, wrong=wrong, judged=judged)


# --- report -------------------------------------------------------------------------------


def run(name: str, gold: dict, limit: int | None = None) -> dict:
    from storyline.resolve import resolve

    A = analyses(name)[:limit]
    t0 = time.perf_counter()
    res = resolve(A)
    seconds = time.perf_counter() - t0
    ev = event_scores(A, res, gold["sets"][name]["events"])
    en = entity_scores(A, res, gold["entities"])
    return dict(
        name=name, docs=len(A), seconds=seconds, res=res, A=A, **ev, **{"ent_" + k: v for k, v in en.items()}
    )


def show(r: dict, detail: int, each: bool = True) -> None:
    """The set's scores; ``each``: also a line per key event and per entity duplicate or wrong
    merge (off for the held-out sets unless --show-held-out: those lines are what a tuner must
    not read)."""
    pp, pr, pf = r["pairwise"]
    bp, br, bf = r["bcubed"]
    print(f"\n== {r['name']}: {r['docs']} articles, {r['events']} events, resolved in {r['seconds']:.1f}s")
    print(f"  events from a single article: {r['single']:.1%}")
    print(f"  gold event mentions found: {r['gold']} (gold entries not extracted: {len(r['missing'])})")
    print(
        f"  event clusters  pairwise P {pp:.3f} R {pr:.3f} F1 {pf:.3f} | B³ P {bp:.3f} R {br:.3f} F1 {bf:.3f}"
    )
    ap, ar, af = r["bcubed_all"]
    print(
        f"  all clusters, before the product drops unnamed or never-happened ones: B³ P {ap:.3f} R {ar:.3f} F1 {af:.3f}"
    )
    print(
        f"  key events: {r['held_share']:.0%} of their articles in their largest cluster, purity {r['purity']:.3f}"
    )
    for name, (share, n) in r["held"].items() if each else []:
        print(f"    {share:5.0%} of {n:3d} reporting articles in the largest cluster: {name}")
    print(
        f"  top-{TOP} entities: {len(r['ent_dups'])} duplicate groups, {len(r['ent_wrong'])} wrong merges/junk"
    )
    for g, names in r["ent_dups"].items() if each else []:
        print(f"    duplicate {g}: {names}")
    for w in r["ent_wrong"] if each else []:
        print(f"    wrong: {w}")
    if detail and each:
        for e in r["ent_top"][:detail]:
            print(f"    {len(e.mentions):4d} {e.type:6s} {e.name}")


# The same command on the tree before issue 10 (commit d40d20b): the reference of each row
BEFORE = {
    "dev": dict(bcubed=0.214, pairwise=0.168, held=0.38, purity=1.0, single=0.969, dups=3, wrong=1),
    "heldout": dict(bcubed=0.176, pairwise=0.100, held=0.63, purity=0.921, single=0.930, dups=5, wrong=1),
    "heldout-bp": dict(bcubed=0.602, pairwise=0.235, held=0.45, purity=1.0, single=0.985, dups=8, wrong=0),
}


def summary_rows(results: list[dict], command: str, full: bool = True) -> list[dict]:
    rows = []
    for r in results:
        tag = {"dev": "dev", "heldout": "held-out", "heldout-bp": "held-out BP"}[r["name"]]
        before = BEFORE[r["name"]] if full else {}
        for metric, ours, key in (
            (f"event B³ F1 vs hand gold ({tag}, {r['docs']} articles)", r["bcubed"][2], "bcubed"),
            (f"event pairwise F1 vs hand gold ({tag})", r["pairwise"][2], "pairwise"),
            (
                f"event B³ F1, all clusters incl. unnamed/not-happened ({tag})",
                r["bcubed_all"][2],
                "bcubed_all",
            ),
            (
                f"key events: share of their articles in their largest cluster ({tag})",
                r["held_share"],
                "held",
            ),
            (f"key events: purity of that cluster ({tag})", r["purity"], "purity"),
            (f"events from a single article ({tag})", r["single"], "single"),
            (f"top-{TOP} entities: duplicate groups ({tag})", len(r["ent_dups"]), "dups"),
            (f"top-{TOP} entities: wrong merges or junk ({tag})", len(r["ent_wrong"]), "wrong"),
        ):
            ref = before.get(key)
            rows.append(
                dict(
                    benchmark="resolution",
                    metric=metric,
                    ours=round(float(ours), 3),
                    reference=None if ref is None else float(ref),
                    reference_source="storyline before issue 10 (d40d20b), same command" if full else "",
                    command=command,
                )
            )
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list the N most-mentioned entities")
    ap.add_argument("--limit", type=int, help="only the first N articles of each set (smoke test)")
    ap.add_argument(
        "--show-held-out",
        action="store_true",
        help="print the held-out sets' key events and entities one by one",
    )
    ap.add_argument("--summary", metavar="FILE", help="also write the headline rows as JSON here")
    args = ap.parse_args(argv)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = list(SETS) if args.set == "all" else [args.set]
    results = [run(n, gold, args.limit) for n in names]
    for r in results:
        show(r, args.show, r["name"] == "dev" or args.show_held_out)
    if args.summary:
        command = "python bench/resolution.py" + (f" --set {args.set}" if args.set != "all" else "")
        command += f" --limit {args.limit}" if args.limit else ""
        rows = summary_rows(results, command, full=not args.limit)
        Path(args.summary).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
