"""Ask the story: hand-written questions with gold answers and evidence, answered by `ask`.

    python bench/ask.py [--set seeds|comey] [--latency N [--store DB] [--copies K | --filler M]]
                        [--summary FILE] [--show [all]]

Sets (bench/data/, written from reading the texts before looking at any output; each split
alternately into dev and held-out, tuning only ever on dev):
  seeds  ask_seeds.jsonl about ../shared/corpus/seeds (5 scrapes)
  comey  ask_allsides_comey.jsonl about the firing of James Comey: the 38 AllSides articles of
         2017-05-09..19 with "Comey" in the title or first 600 characters (its first 38
         questions alternate dev / held-out; the 62 after them are all dev)
  comey2 ask_allsides_comey2.jsonl, more questions about the same 38 Comey articles, asked of the
         same store (all dev: written in round 11 from reading fourteen of them the earlier questions
         use little, before any run; drafts whose evidence or wording overlapped an existing
         question, dev or held-out, were dropped unread, so no held-out question is duplicated)
  flynn  ask_allsides_flynn.jsonl about Michael Flynn's resignation: the 10 AllSides articles of
         2017-02-13..17 with "Flynn" in the title or first 600 characters (all dev: written
         to widen the dev set beyond one story)
  helsinki ask_allsides_helsinki.jsonl about the Trump-Putin summit in Helsinki: the 17 AllSides
         articles of 2018-07-15..18 with "Helsinki" in the title or first 600 characters (all dev:
         41 questions written from reading three of them, Reuters, CNN and Fox, before any run)
  kavanaugh ask_allsides_kavanaugh.jsonl about the Senate hearing of Christine Blasey Ford and Brett
         Kavanaugh: the 33 AllSides articles of 2018-09-27..29 with "Kavanaugh" in the title or
         first 600 characters (all dev: written from reading some of them before any run)
  charlottesville ask_allsides_charlottesville.jsonl about the Unite the Right rally and the car attack
         in Charlottesville: the 23 AllSides articles of 2017-08-12..15 with "Charlottesville" in the
         title or first 600 characters (all dev: written from reading some of them before any run,
         to check that fixes made on the other sets are general)
  paris  ask_allsides_paris.jsonl about the withdrawal from the Paris climate agreement: the 12 AllSides
         articles of 2017-06-01..03 with "Paris" in the title or first 600 characters (all dev: written
         from reading six of them before any run, a story of another kind than the Russia ones)
  manafort ask_allsides_manafort.jsonl about the indictment of Paul Manafort and Rick Gates: the 11
         AllSides articles of 2017-10-30..11-01 with "Manafort" in the title or first 600 characters
         (all dev: written from reading seven of them before any run)
  tillerson ask_allsides_tillerson.jsonl about the firing of Rex Tillerson: the 10 AllSides articles
         of 2018-03-13..14 with "Tillerson" in the title or first 600 characters (all dev: written
         from reading them before any run)
  vegas  ask_allsides_vegas.jsonl about the Las Vegas shooting of October 1, 2017: the 14 AllSides
         articles of 2017-10-02..04 with "Las Vegas" in the title or first 600 characters (all dev:
         written from reading nine of them before any run; a mass shooting, its toll and reactions)
  alabama ask_allsides_alabama.jsonl about the Alabama Senate special election of December 12, 2017
         (Doug Jones over Roy Moore): the 16 AllSides articles of 2017-12-12..14 with "Moore" in the
         title or first 600 characters (all dev: written from reading them before any run; an
         election: a result, vote counts, a refusal to concede)
  shutdown ask_allsides_shutdown.jsonl about the federal government shutdown of January 20-22, 2018:
         the 30 AllSides articles of 2018-01-19..23 with "shutdown" in the title or first 600
         characters (all dev: written from reading them before any run; a budget fight in Congress:
         votes, deadlines, blame, a deal)
A question is *answer correct* when the answer contains one gold answer (case-insensitive; for
disputed facts, "@disagreement" means the answer must report the disagreement), or, for an
unanswerable one, when it is exactly "The sources do not say."; *evidence correct* when a returned
sentence contains one gold evidence phrase (unanswerable: no evidence returned). --latency N
ingests the first N AllSides articles into a temporary store and times `ask` on every question;
--filler M adds M other real AllSides articles through the Store API first (sentences only).
--show prints the dev questions' answers only: held-out answers are not read while tuning.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
ALLSIDES = SHARED / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
SETS = {
    "seeds": "ask_seeds.jsonl",
    "comey": "ask_allsides_comey.jsonl",
    "comey2": "ask_allsides_comey2.jsonl",
    "flynn": "ask_allsides_flynn.jsonl",
    "helsinki": "ask_allsides_helsinki.jsonl",
    "kavanaugh": "ask_allsides_kavanaugh.jsonl",
    "charlottesville": "ask_allsides_charlottesville.jsonl",
    "paris": "ask_allsides_paris.jsonl",
    "manafort": "ask_allsides_manafort.jsonl",
    "tillerson": "ask_allsides_tillerson.jsonl",
    "vegas": "ask_allsides_vegas.jsonl",
    "alabama": "ask_allsides_alabama.jsonl",
    "shutdown": "ask_allsides_shutdown.jsonl",
}
# AllSides stories: (first day, last day, name in the title or the first 600 characters)
STORIES = {
    "comey": ("2017-05-09", "2017-05-19", "Comey"),
    "flynn": ("2017-02-13", "2017-02-17", "Flynn"),
    "helsinki": ("2018-07-15", "2018-07-18", "Helsinki"),
    "kavanaugh": ("2018-09-27", "2018-09-29", "Kavanaugh"),
    "charlottesville": ("2017-08-12", "2017-08-15", "Charlottesville"),
    "paris": ("2017-06-01", "2017-06-03", "Paris"),
    "manafort": ("2017-10-30", "2017-11-01", "Manafort"),
    "tillerson": ("2018-03-13", "2018-03-14", "Tillerson"),
    "vegas": ("2017-10-02", "2017-10-04", "Las Vegas"),
    "alabama": ("2017-12-12", "2017-12-14", "Moore"),
    "shutdown": ("2018-01-19", "2018-01-23", "shutdown"),
}
STORE_OF = {"comey2": "comey"}  # a second question set about a story asks that story's store


VERDICTS = ("yes", "no", "disputed")  # "did X happen": the answer opens with one of them


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _allsides(keep) -> list[dict]:
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        return [a for a in map(json.loads, fh) if keep(a)]


def story_articles(name: str) -> list[dict]:
    first, last, who = STORIES[name]

    def keep(a):
        return first <= a["date"] <= last and (who in a["title"] or who in a["content_original"][:600])

    return _allsides(keep)


def comey_articles() -> list[dict]:
    return story_articles("comey")


def write_jsonl(arts: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for a in arts:
            row = {"text": a["content_original"], "title": a["title"], "outlet": a["source"],
                   "published": a["date"], "url": a["url"]}  # fmt: skip
            out.write(json.dumps(row) + "\n")


def build_store(name: str, tmp: Path, keep: Path | None = None) -> str:
    """``keep``: a folder where the store is kept and reused when it exists (ingests take minutes);
    built under another name first, so an interrupted build is never reused."""
    import shutil

    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    name = STORE_OF.get(name, name)
    db = tmp / f"{name}.db"
    kept = keep / db.name if keep else None
    if kept and kept.exists():
        return str(kept)
    store = SQLiteStore(str(db))
    if name == "seeds":
        ingest_paths(store, [str(SEEDS)])
    else:
        src = tmp / f"{name}.jsonl"
        write_jsonl(story_articles(name), src)
        ingest_paths(store, [str(src)])
    store.close()
    if kept:
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(db, kept.with_suffix(".part"))
        kept.with_suffix(".part").rename(kept)
        return str(kept)
    return str(db)


def judge(row: dict, ans) -> tuple[bool, bool]:
    from storyline.present.ask import NOT_SAID

    if not row["answers"]:
        return ans.answer == NOT_SAID, not ans.evidence
    text = _norm(ans.answer)

    def holds(g: str) -> bool:
        if g == "@disagreement":
            return ans.disagreement is not None or "disagree" in text
        if g.lower() in VERDICTS:  # the verdict itself, not "no" in "Yes: Flake asked no questions"
            return re.match(rf"{_norm(g)}\b", text) is not None  # "not said outright" is no "no"
        return _norm(g) in text

    ok = any(holds(g) for g in row["answers"])
    ev = any(_norm(g) in _norm(e.text) for e in ans.evidence for g in row["evidence"])
    return ok, ev


def run_set(name: str, db: str, show: str | None, window: tuple[str, str] | None = None) -> dict:
    """``window``: ask within the story's publication dates (``ask --from/--to``)."""
    from storyline.present.ask import ask
    from storyline.store import SQLiteStore

    store = SQLiteStore(db)
    rows = [json.loads(line) for line in open(DATA / SETS[name], encoding="utf-8")]
    out: dict = {}
    for split in ("dev", "heldout"):
        part = [r for r in rows if r["split"] == split]
        answerable = [r for r in part if r["answers"]]
        if not answerable:  # a set written for widening dev only has no held-out part
            continue
        scope = {"date_from": window[0], "date_to": window[1]} if window else {}
        res = {r["id"]: judge(r, ask(store, r["question"], **scope)) for r in part}
        both = sum(res[r["id"]][0] and res[r["id"]][1] for r in answerable)
        out[split] = {
            "n": len(answerable),
            "answer": sum(res[r["id"]][0] for r in answerable) / len(answerable),
            "evidence": sum(res[r["id"]][1] for r in answerable) / len(answerable),
            "both": both / len(answerable),
            "unanswerable": f"{sum(res[r['id']][0] for r in part if not r['answers'])}"
            f"/{sum(1 for r in part if not r['answers'])}",
            "unanswerable_ok": sum(res[r["id"]][0] for r in part if not r["answers"]),
        }
        if show and (split == "dev" or show == "all"):  # held-out errors are never read while tuning
            for r in part:
                a = ask(store, r["question"], **scope)
                ok, ev = res[r["id"]]
                mark = ("A" if ok else "-") + ("E" if ev else "-")
                print(
                    f"  [{split} {mark}] {r['question']}\n      -> {a.answer[:140]}  (gold: {r['answers'][:2]})"
                )
    store.close()
    return out


class Timed:
    """The store with the seconds spent inside its methods counted: what grows with the store
    (searches, event reads) apart from what does not (parsing the question and a dozen sentences)."""

    def __init__(self, store):
        self._store, self.seconds = store, 0.0

    def __getattr__(self, name):
        attr = getattr(self._store, name)

        def call(*a, **k):
            t0 = time.perf_counter()
            try:
                return attr(*a, **k)
            finally:
                self.seconds += time.perf_counter() - t0

        return call


def synthetic_copies(src: Path, copies: int) -> Path:
    """A larger store for the search cost only: ``src``'s documents and sentences copied
    ``copies`` more times under new ids (SQLite INSERT ... SELECT; the FTS5 triggers index them).
    Events, entities and claims are not copied. Reused when it exists."""
    import shutil
    import sqlite3

    dst = src.with_name(f"{src.stem}.x{copies + 1}{src.suffix}")
    if dst.exists():
        return dst
    shutil.copy(src, dst)
    db = sqlite3.connect(dst)
    for k in range(1, copies + 1):
        db.execute(
            "INSERT INTO documents (id, source, title, outlet, author, published, published_basis, raw_format,"
            " original, text, offsets) SELECT id || '~' || ?, source, title, outlet, author, published,"
            " published_basis, raw_format, '', '', '[]' FROM documents WHERE id NOT LIKE '%~%'",
            (k,),
        )
        db.execute(
            "INSERT INTO sentences (doc, idx, start, end, ostart, oend, text) SELECT doc || '~' || ?, idx,"
            " start, end, ostart, oend, text FROM sentences WHERE doc NOT LIKE '%~%'",
            (k,),
        )
        db.commit()
    db.close()
    return dst


def real_filler(db: Path, n: int, tmp: Path) -> float:
    """Add n more AllSides articles (after the first ones --latency ingests, never the Comey
    story's) to the store at ``db`` through the Store API: each one read and cleaned by the
    product (``build_document``), split into sentences by spaCy's rule-based sentencizer and
    stored with ``add_analysis``, so the full-text index holds their real sentences. Entity and
    event extraction is skipped (it is what takes an ingest hours on this machine): the events
    ask reads are those of the Comey articles, which went through the whole pipeline.
    Returns the seconds it took."""
    import spacy

    from storyline.ingest.readers import Failure, read
    from storyline.model import Analysis, Sentence
    from storyline.pipeline import build_document
    from storyline.store import SQLiteStore

    comey = {a["url"] for a in comey_articles()}
    arts = []
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["url"] not in comey and a["content_original"].strip():
                arts.append(a)
    src = tmp / "filler.jsonl"
    write_jsonl(arts[-n:], src)  # from the end: the first ones may be in the store already
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    store = SQLiteStore(str(db))
    t0 = time.perf_counter()
    for item in read([str(src)]):
        if isinstance(item, Failure):
            continue
        try:
            doc = build_document(item)
        except ValueError:
            continue
        parsed = splitter(doc.text)
        sents = [
            Sentence(idx=i, start=s.start_char, end=s.end_char, text=s.text)
            for i, s in enumerate(parsed.sents)
            if s.text.strip()
        ]
        store.add_analysis(Analysis(doc=doc, sentences=sents))
    store.close()
    return time.perf_counter() - t0


def latency(n: int, tmp: Path, keep: str | None = None, copies: int = 0, filler: int = 0) -> dict:
    """Time every question on a store of the first n AllSides articles plus the Comey ones
    (reused from ``keep`` when that store exists, so a second run skips the long ingest)."""
    from storyline.pipeline import ingest_paths
    from storyline.present.ask import ask
    from storyline.store import SQLiteStore

    db = Path(keep) if keep else tmp / "big.db"
    t_ingest = 0.0
    if not db.exists():
        arts = []
        with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
            for line in fh:
                arts.append(json.loads(line))
                if len(arts) >= n:
                    break
        arts += comey_articles()  # the questions' own story, so answers are found, not only misses
        src = tmp / "big.jsonl"
        write_jsonl(arts, src)
        store = SQLiteStore(str(db))
        t0 = time.perf_counter()
        ingest_paths(store, [str(src)])
        t_ingest = time.perf_counter() - t0
        store.close()
    if copies:
        db = synthetic_copies(db, copies)
    if filler:  # reused when it exists, like the --store one
        big = db.with_name(f"{db.stem}.real{filler}{db.suffix}")
        if not big.exists():
            import shutil

            shutil.copy(db, big.with_suffix(".part"))
            print(
                f"filler: {filler} real articles added in {real_filler(big.with_suffix('.part'), filler, tmp):.0f} s"
            )
            big.with_suffix(".part").rename(big)
        db = big
    store = Timed(SQLiteStore(str(db)))
    counts = store.counts()
    questions = [
        json.loads(line)["question"] for f in SETS.values() for line in open(DATA / f, encoding="utf-8")
    ]
    ask(store, questions[0])  # model loaded once per process, as in `serve`
    times, in_store = [], []
    for q in questions:
        store.seconds = 0.0
        t0 = time.perf_counter()
        ask(store, q)
        times.append(time.perf_counter() - t0)
        in_store.append(store.seconds)
    store.close()
    times.sort()
    big = run_set("comey", str(db), False)  # the Comey questions among ~n other articles
    # ... and asked within the story's week, as an analyst of that story would (--from/--to)
    scoped = run_set("comey", str(db), False, STORIES["comey"][:2])
    return {
        "comey_on_big": big,
        "comey_on_big_scoped": scoped,
        "documents": counts.documents,
        "sentences": counts.sentences,
        "ingest_s": t_ingest,
        "median_s": statistics.median(times),
        "p95_s": times[int(0.95 * (len(times) - 1))],
        "max_s": times[-1],
        "store_share": sum(in_store) / sum(times),
        "store_median_s": statistics.median(in_store),
        "questions": len(times),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=list(SETS), action="append", help="default: both")
    ap.add_argument(
        "--latency", type=int, default=0, metavar="N", help="also time ask on N+38 AllSides articles"
    )
    ap.add_argument("--store", metavar="DB", help="keep the --latency store here (reused when it exists)")
    ap.add_argument("--stores", metavar="DIR", help="keep the sets' stores here (reused when they exist)")
    ap.add_argument("--only-latency", action="store_true", help="skip the two small sets")
    ap.add_argument(
        "--copies",
        type=int,
        default=0,
        metavar="K",
        help="time on the --store store's texts copied K more times",
    )
    ap.add_argument(
        "--filler",
        type=int,
        default=0,
        metavar="M",
        help="time on the --latency store plus M other real AllSides articles, sentence-split only",
    )
    ap.add_argument("--summary", metavar="FILE")
    ap.add_argument(
        "--show",
        nargs="?",
        const="dev",
        choices=["dev", "all"],
        help="print the dev questions and answers (--show all: held-out ones too)",
    )
    args = ap.parse_args(argv)
    if not SEEDS.is_dir() or not ALLSIDES.is_file():
        sys.exit(f"shared data absent: need {SEEDS} and {ALLSIDES}")
    rows, cmd = [], "python bench/ask.py"
    with tempfile.TemporaryDirectory(prefix="storyline-ask-") as tmp:
        for name in [] if args.only_latency else args.set or list(SETS):
            res = run_set(name, build_store(name, Path(tmp), args.stores and Path(args.stores)), args.show)
            for split, r in res.items():
                print(
                    f"{name:6} {split:8} n={r['n']:2}  answer {r['answer']:.3f}  evidence {r['evidence']:.3f}  "
                    f"both {r['both']:.3f}  unanswerable said so {r['unanswerable']}"
                )
                for metric in ("answer", "both"):
                    rows.append({"benchmark": "ask", "metric": f"{name} {split}: {metric} correct",
                                 "ours": round(r[metric], 3), "reference": 0.8,
                                 "reference_source": "issue 12 target", "command": cmd})  # fmt: skip
        if args.latency:
            lat = latency(args.latency, Path(tmp), args.store, args.copies, args.filler)
            for how, key in (
                ("", "comey_on_big"),
                (" asked --from/--to the story's dates", "comey_on_big_scoped"),
            ):
                for split, r in lat[key].items():
                    print(
                        f"comey on the {lat['documents']}-document store{how}, {split}: answer {r['answer']:.3f}  "
                        f"both {r['both']:.3f}  unanswerable said so {r['unanswerable']}"
                    )
            print(
                f"latency: {lat['documents']} documents, {lat['sentences']} sentences (ingest {lat['ingest_s']:.0f} s); "
                f"{lat['questions']} questions: median {lat['median_s']:.3f} s, p95 {lat['p95_s']:.3f} s, "
                f"max {lat['max_s']:.3f} s; in store calls {100 * lat['store_share']:.0f} % "
                f"(median {lat['store_median_s']:.3f} s)"
            )
            rows.append({"benchmark": "ask", "metric": f"seconds per question, median, {lat['documents']} docs",
                         "ours": round(lat["median_s"], 3), "reference": 1.0,
                         "reference_source": "issue 12 target (< 1 s on 10,000)",
                         "command": f"{cmd} --latency {args.latency}"})  # fmt: skip
    if args.summary:
        Path(args.summary).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
