"""Pronoun subjects of news events: does "He pleaded guilty" get the right person, or none?

    python bench/pronouns.py [--set dev|dev-h1n1|dev-rule|heldout|all] [--show]

Each item of bench/data/pronouns_allsides.json (AllSides sentences, quoted, judged by hand;
splits dev and heldout), of bench/data/pronouns_h1n1.json (Timeline17's H1N1 articles: another
story, year and outlets, with "it"/"they" of organisations and unnamed people; split dev-h1n1)
and of bench/data/pronouns_rule.json (AllSides 2016 subject he/she where the sentence-before
main-subject rule changes the answer; split dev-rule) is run through the product's extract stage
(the spaCy pipeline, entity mentions, the document context) as the whole article, or as a short
document (the sentences before, then the pronoun's sentence) when the article is absent. The
first such pronoun of the quoted sentence is resolved by the resolver the event extractor calls
(SentenceContext.antecedent). An answer is right when it names the annotated person (their
surname is a word of the mention's key; "|" joins other names of one referent), or is empty
when the passage names no one the pronoun
can stand for. Prints accuracy, the share left empty and the share wrong, per split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
FIXTURES = [REPO / "bench" / "data" / f"pronouns_{name}.json" for name in ("allsides", "h1n1", "rule")]
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
TIMELINE17 = REPO.parent / "shared" / "data" / "timeline17"
SPLITS = ("dev", "dev-h1n1", "dev-rule", "heldout")


def _articles(files: set[str]) -> dict[str, str]:
    """Article text by item file: an AllSides file name, or "H1N1_reuters/1009" (Timeline17)."""
    out = {}
    for story in {f.split("/")[0] for f in files if "/" in f}:
        path = TIMELINE17 / story / "articles.json"
        for a in json.loads(path.read_text(encoding="utf-8")) if path.exists() else []:
            out[f"{story}/{a['uid']}"] = a["text"]
    if not DATA.exists():
        return out
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("file") in files:
                out[row["file"]] = row.get("content_original") or ""
    return out


def resolve_items(items: list[dict]) -> list[str | None]:
    """The key of the mention each item's pronoun resolves to (None: left empty)."""
    from storyline.extract import (
        anchoring,  # noqa: F401  (the extract stage's own imports)
        entities,
        nlp,
    )
    from storyline.extract.context import DocContext
    from storyline.ingest.readers import RawArticle
    from storyline.pipeline import build_document

    articles = _articles({it["file"] for it in items})
    out = []
    for i, item in enumerate(items):
        # the whole article when the data is here (what the product sees), else the passage
        text = articles.get(item["file"]) or f"{item['context']} {item['sentence']}"
        try:
            document = build_document(RawArticle(f"p{i}", text, "text"), "2017-06-01")
        except ValueError:  # the cleaner kept nothing of the article (one H1N1 Reuters page)
            document = None
        if document is None or document.text.find(item["sentence"][:40]) < 0:
            text = f"{item['context']} {item['sentence']}"
            document = build_document(RawArticle(f"p{i}", text, "text"), "2017-06-01")
        sdoc = next(nlp.pipe([document.text]))
        sents = list(sdoc.sents)
        starts = [s.start_char for s in sents]
        index = lambda c, starts=starts: max(k for k, s in enumerate(starts) if s <= c)  # noqa: E731
        mentions = entities.extract_mentions(sdoc, document.id, index)
        ctx = DocContext(document, sdoc, mentions, [])
        at = document.text.rfind(item["sentence"][:40])
        pron = next((t for t in sdoc if t.idx >= at and t.lower_ == item["pronoun"].lower()), None)
        if pron is None:
            out.append(None)
            continue
        m = ctx.sentence(index(pron.idx), pron.sent).antecedent(pron)
        out.append(m.key if m is not None else None)
    return out


def right(answer: str | None, gold: str | None) -> bool:
    if gold is None or answer is None:
        return gold is None and answer is None
    a = answer.lower().split()
    for name in gold.split("|"):  # "World Health Organization|WHO"
        g = name.lower().split()
        # the surname, and the given name when both sides have one (Sadiq Khan is not Harun Khan)
        if g[-1] in a and (len(g) == 1 or len(a) == 1 or g[0] in a):
            return True
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--show", action="store_true", help="print every item's answer")
    args = ap.parse_args(argv)
    items = [it for path in FIXTURES for it in json.loads(path.read_text(encoding="utf-8"))["items"]]
    for split in SPLITS:
        if args.set not in ("all", split):
            continue
        part = [it for it in items if it["split"] == split]
        answers = resolve_items(part)
        ok = [right(a, it["antecedent"]) for a, it in zip(answers, part)]
        empty = sum(a is None for a in answers)
        wrong = sum(a is not None and not k for a, k in zip(answers, ok))
        if args.show:
            for a, it, k in zip(answers, part, ok):
                print(
                    f"  {'ok ' if k else 'BAD'} {it['sentence'][:60]!r:<64} gold={it['antecedent']} got={a}"
                )
        n = len(part)
        print(
            f"{split}: {n} pronouns, accuracy {sum(ok) / n:.2f}, left empty {empty / n:.2f} "
            f"(gold empty {sum(it['antecedent'] is None for it in part) / n:.2f}), wrong {wrong / n:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
