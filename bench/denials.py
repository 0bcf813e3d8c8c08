"""Denials read from single sentences: stance, speaker and what is denied, on real news.

    python bench/denials.py [--split dev|held-out|all] [--show] [--first N]

Gold (bench/data/denials_allsides.jsonl, read by hand): 70 sentences of AllSides 2016–2018
articles outside the 330 of bench/contradictions.py, picked by patterns (a pronoun or an
unnamed body denying, "no recollection", "not true", "his denial", "denied it", "did not deny",
"if he denies", a court denying a motion), each with the speaker of its denial (any of a few
names; none when it is no denial), its stance (DENY, or NONE: no denial made) and a word of
what it denies. Every third entry in file order is held out, fixed when the set was written.
The next 45 (--first 70 scores the first set alone) were read the same way from other articles,
picked by disputes worded without "deny": "pushed back on", "rejected", "dismissed … as fake
news", "disputed", "rebutted", "never happened", a one-word "No," answer, a present-tense "does
not know"; with opposing and voting ("rejected the proposal") as no denial. First run on them,
before any change: dev stance 0.831, speaker 0.783, content 0.338; held out 0.816, 0.636, 0.238.
The next 15 (--first 115 scores the set before them), read the same way from other articles,
have a verb of denial as a to-infinitive under an adjective or noun: made ("was quick to
dispute", "eager to deny") or not ("sufficient to rebut", "hard to deny that", "no opportunity
to rebut"). First run on them: dev 2 of 10 read right.
The next 27 (--first 130 scores the set before them), read the same way from other articles,
picked by what a denial names: "denied meeting / knowing / having", "denied that …", "denied
reports that …", "rejected the idea / notion that …", "denied any involvement / connection",
"denied the allegations" and "denied it" pointing back, "denies having said any such thing";
one "denies the American people the chance" is no denial. First run on them, before any change:
dev stance 18/18, speaker 17/17, content 7/17.
The next 17 (--first 157 scores the set before them), read the same way from other articles,
call a thing said false or not accurate with no verb of denial: '"That is not accurate …," Kaine
responded', a quote's later sentence ("That is absolutely false."), a transcript's "Clinton: That
is just not accurate.", "called the criticisms 'inaccurate'", "declared her claims 'false'",
"declaring that a story … was false". First run on them: dev stance 5/11, speaker 4/11, content 0/6.
The next 52 (--first 174 scores the set before them) are all dev: read the same way from articles
in no bench (issue 13's nineteenth round: deniers of infinitive and participle denials, editor's
brackets, "called … false" inside the object, fact-checks), and tuned on; none is held out.
Two dev words were corrected in the twenty-fourth round: "denied the Times story" and "rejected
those accusations" had the pointing noun as their word ("story", "accusations"), a word no
antecedent holds; their words are now from what the antecedent tells ("black site", "embarrass").
The next 39 (--after 226 scores them alone, --first 226 the sets before), read the same way from
articles in no bench (issue 13's own-denial round), are a verb of saying over a negated clause:
one's own conduct or knowledge denied ("said he never worked for Mr. Trump", "said he was not a
source for background leaks", "maintained that he did not know that …", a lawyer's "said she was
not a Russian agent") or no denial ("said he does not support the bill", "did not know if …",
"was not surprised", "said she did not vote for Trump": no charge answered). Every third held
out. First run on them, before any change: dev stance 17/26, speaker 5/13, content 5/13; held out
stance 6/13, speaker 0/6, content 0/6.
The next 23 (--after 265 scores them alone), all dev, read the same way from articles in no bench
(issue 13's thirty-third round), are shapes that hid a denial or made a false one: a passive with
the denier as agent ("was strongly denied by Cohen", "were denied by the White House press
secretary"), "dismissed such speculation as 'nonsense'", "told NBC News that she never had …",
"says it has no connection to", and no denial in "was denied by the state" (a license), "rejected
by the … Senate" (a bill), "dismissed the debate as 'premature'", "told CNN that he did not
regret his move". First run on them, before any change: stance 20/23, speaker 7/12, content 2/11.
The next 44 (--after 288 scores them alone, --after 265 --first 288 the set before), all dev, read
the same way from articles in no bench (issue 13's thirty-eighth round), are assertions disputing a
report or an event: "said the reports were untrue", "claiming the reports … were inaccurate",
"insisted that such allegations were false", "declared that the allegations … were made up",
"insisted that reports … are fake news", "maintained there was no election interference",
"insist that no votes were changed", "called the article 'fake news'"; and 18 that are none:
"acknowledged the claim was wrong", "insist … that the story was true", conditionals ("If the
reports are accurate"), "would require the plaintiff to prove that the allegations … are false",
"That's never happened before", "no indications that their claims … are false", "insisted there
was no comparison", "The judge dismissed the case". First run on them, before any change: stance
35/44, speaker 18/26, content 2/11.
The next 38 (--after 332 scores them alone, --first 332 the sets before), all dev, read the same
way from articles in no bench (issue 13's forty-second round), are answers whose content is in the
question they answer: "Asked if he knew about the meeting, Trump told Reuters, 'No.'", '"Never,"
Mr. Comey said' after Grassley's question, "Asked … if he had made the robbery story up, Lochte
denied the charge", "said the firm did not", a transcript's "Mr. Baier: But that's not true.", a
fact-check's "That's false."; and 13 that deny nothing reported: a "No" to a question of opinion,
plan or judgement ("Asked if he blamed McConnell", "if King would press charges", "if this was a
loss for the president") or confirming a negative question ("You don't have a position on it at
all?"). First run on them, before any change: stance 20/38, speaker 11/25, content 7/25, clause 0/25.

Each article is run through the real extraction (``storyline.extract.analyse``); the claims
of the gold sentence are those whose span holds it.

- stance: a DENY claim on the sentence exactly when the gold says DENY;
- speaker (DENY items): a DENY claim whose speaker names one of the gold's speakers;
- clause (DENY items with a word): the word is in the clause the claim says it denies
  (``Claim.denied``, what the resolution routes read); added in the forty-second round;
- content (DENY items with a word): the speaker's DENY claim links what it denies (its event,
  or for "denied it / the charge", the earlier claim it answers) and the word is in that
  sentence's clause: the event's own sentence, or the answered claim's, or, for a one-word
  answer ('"No," Kavanaugh replied'), the question its claim's text carries.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.extract import analyse  # noqa: E402
from storyline.ingest.readers import ArticleMeta, RawArticle  # noqa: E402
from storyline.pipeline import build_document  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
GOLD = REPO / "bench" / "data" / "denials_allsides.jsonl"


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def load(files: set[str]) -> dict[str, dict]:
    out = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["file"] in files:
                out[r["file"]] = r
    return out


def score(gold: list[dict], show: bool = False) -> dict[str, tuple[int, int]]:
    rows = load({g["file"] for g in gold})
    docs = {}
    for fn, r in rows.items():
        meta = ArticleMeta(title=r.get("title"), outlet=r.get("source"), url=r.get("url"))
        docs[fn] = build_document(RawArticle(fn, r["content_original"], "text", meta), r.get("date"))
    analyses = dict(zip(docs, analyse(docs.values())))
    tally = {"stance": [0, 0], "speaker": [0, 0], "content": [0, 0], "clause": [0, 0]}
    for g in gold:
        a = analyses[g["file"]]
        want = norm(g["text"])[:60]
        sents = [s for s in a.sentences if want in norm(s.text) or norm(s.text) in norm(g["text"])]
        spans = [(s.start, s.end) for s in sents]
        claims = [c for c in a.claims if any(lo <= c.start < hi or c.start <= lo < c.end for lo, hi in spans)]
        denials = [c for c in claims if c.stance == "DENY"]
        ok = bool(denials) == (g["stance"] == "DENY") and bool(sents)
        tally["stance"][0] += ok
        tally["stance"][1] += 1
        spk = None
        if g["stance"] == "DENY":
            names = [n.lower() for n in g["speaker"]]
            spk = next(
                (c for c in denials if c.speaker_text and any(n in c.speaker_text.lower() for n in names)),
                None,
            )
            tally["speaker"][0] += spk is not None
            tally["speaker"][1] += 1
        got = ""
        if g["stance"] == "DENY" and g["denied"]:
            c = spk or (denials[0] if denials else None)
            where = []
            if c is not None:
                ev = next((e for e in a.events if e.id == c.event), None)
                if ev is not None:
                    s = next(s for s in a.sentences if s.start <= ev.start < s.end + 1)
                    where.append(s.text)
                ante = next((x for x in a.claims if x.id == c.answers), None)
                if ante is not None:
                    where.append(ante.text)
                if any(c.start < lo < c.end for lo, _ in spans):  # a one-word answer carries its question
                    where.append(c.text)
            got = " | ".join(where)
            tally["content"][0] += g["denied"].lower() in got.lower()
            tally["content"][1] += 1
            # the clause the claim says it denies (``Claim.denied``), which the resolution routes read
            tally["clause"][0] += c is not None and g["denied"].lower() in (c.denied or "").lower()
            tally["clause"][1] += 1
        if show:
            mark = "ok " if ok and (g["stance"] != "DENY" or spk is not None) else "BAD"
            print(f"{mark} [{g['stance']}/{g['speaker']}] {g['text'][:110]}")
            for c in claims:
                print(f"      {c.stance:7} {c.speaker_text!r} ev={c.event} answers={c.answers}")
            if not sents:
                print("      (sentence not found)")
            if g["stance"] == "DENY" and g["denied"]:
                print(f"      content {g['denied']!r} in: {got[:200]!r}")
                print(f"      denied clause: {(c.denied if c is not None else None)!r}")
    return {k: (v[0], v[1]) for k, v in tally.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "held-out", "all"], default="all")
    ap.add_argument("--show", action="store_true", help="print each sentence and its claims (dev only)")
    ap.add_argument("--first", type=int, help="score only the first N entries (earlier sets: 70 … 226)")
    ap.add_argument(
        "--after", type=int, default=0, help="score only the entries after the first N (288: the last set)"
    )
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"no AllSides data at {DATA}")
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")][args.after : args.first]
    splits = ["dev", "held-out"] if args.split == "all" else [args.split]
    for split in splits:
        part = [g for g in gold if g["split"] == split]
        res = score(part, show=args.show and split == "dev")
        figs = ", ".join(f"{k} {n}/{d} = {n / d:.3f}" for k, (n, d) in res.items() if d)
        print(f"{split} ({len(part)} sentences): {figs}")


if __name__ == "__main__":
    main()
