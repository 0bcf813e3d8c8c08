"""Denials that point back ("He denies the allegation", "disputed that account"): is the
sentence they point back to found, and is what it tells read?

    python bench/pointing.py [--split dev|held-out|all] [--show]

Gold (bench/data/pointing_allsides.jsonl, read by hand before any run): 22 denials of AllSides
2016–2018 articles outside the 330 of bench/contradictions.py and the three unseen sets, picked
by "denied that charge / the report / the allegation(s) / it", "disputed that account",
"rejected those accusations", each with its denier, a piece of the sentence before it that
tells what it denies (the antecedent; its proposition told there) and a word of what is denied.
Every third entry in file order is held out, fixed when the set was written.

Each article is run through the real extraction (``storyline.extract.analyse``). Scored on the
speaker's DENY claim of the gold sentence:

- before: the claim extraction found it answers (``Claim.answers``) is told in the antecedent;
- antecedent: ``pointing.antecedent`` picks the antecedent sentence (right), another (wrong)
  or none (left unmatched, no guess);
- content: the clause ``pointing.told_clause`` reads from it holds the gold word.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from denials import DATA, load, norm  # noqa: E402
from storyline.extract import analyse  # noqa: E402
from storyline.ingest.readers import ArticleMeta, RawArticle  # noqa: E402
from storyline.pipeline import build_document  # noqa: E402
from storyline.resolve.contradictions.pointing import antecedent, names_of, sentence_texts, window_texts  # noqa: E402

GOLD = REPO / "bench" / "data" / "pointing_allsides.jsonl"


def score(gold: list[dict], show: bool = False) -> dict[str, int]:
    rows = load({g["file"] for g in gold})
    docs = {}
    for fn, r in rows.items():
        meta = ArticleMeta(title=r.get("title"), outlet=r.get("source"), url=r.get("url"))
        docs[fn] = build_document(RawArticle(fn, r["content_original"], "text", meta), r.get("date"))
    analyses = dict(zip(docs, analyse(docs.values())))
    sentences = [(a.doc.id, s.idx, s.text) for a in analyses.values() for s in a.sentences]

    def search(q: str, limit: int) -> list[tuple[str, int, str]]:
        """The store's search over these articles: sentences holding every word."""
        words = [w.lower() for w in re.findall(r"\w+", q)]
        return [h for h in sentences if all(w in re.findall(r"\w+", h[2].lower()) for w in words)][:limit]

    tally = {"items": 0, "denial read": 0, "before": 0, "right": 0, "wrong": 0, "none": 0, "content": 0}
    for g in gold:
        tally["items"] += 1
        a = analyses[g["file"]]
        want = norm(g["text"])
        sents = [s for s in a.sentences if want[:50] in norm(s.text)]
        idx = {s.idx for s in sents}
        denials = [c for c in a.claims if c.stance == "DENY" and c.sent in idx]
        d = next((c for c in denials if g["speaker"].lower() in (c.speaker_text or "").lower()), None)
        d = d or (denials[0] if denials else None)
        line = f"{g['text'][:70]!r}"
        if d is None:
            tally["none"] += 1
            if show:
                print(f"NO DENIAL {line}")
            continue
        tally["denial read"] += 1
        ante_gold = norm(g["antecedent"])
        answered = next((c for c in a.claims if c.id == d.answers), None)
        if answered is not None:
            s = next((s for s in a.sentences if s.idx == answered.sent), None)
            tally["before"] += s is not None and ante_gold in norm(s.text)
        names = names_of(None, d, {}) | {g["speaker"].split()[-1]}
        # as resolution reads them: the claims' sentences, the others found by their words
        texts = window_texts(a, d, sentence_texts(a.claims), search)
        found = antecedent(d, texts, a.claims, names)
        if found is None:
            tally["none"] += 1
            mark = "none "
        elif ante_gold in norm(found.text):
            tally["right"] += 1
            tally["content"] += norm(g["denied"]) in norm(found.clause)
            mark = "right"
        else:
            tally["wrong"] += 1
            mark = "WRONG"
        if show:
            print(f"{mark} {line} denied={d.denied!r} speaker={d.speaker_text!r}")
            if found is not None:
                print(f"      clause: {found.clause[:150]!r}")
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "held-out", "all"], default="all")
    ap.add_argument("--show", action="store_true", help="print each dev item")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"no AllSides data at {DATA}")
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    for split in ["dev", "held-out"] if args.split == "all" else [args.split]:
        part = [g for g in gold if g["split"] == split]
        res = score(part, show=args.show and split == "dev")
        print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in res.items()))


if __name__ == "__main__":
    main()
