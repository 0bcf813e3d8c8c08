"""TempEval-3 benchmark for storyline.extract.dates.find_timexes.

    python bench/tempeval3.py [--data DIR] [--errors N] [--split TimeBank|AQUAINT] [--summary FILE] [--parse]

Reads ../shared/data/tempeval3/{TimeBank,AQUAINT}/*.tml (relative to the repo root). For each
document the raw text is the <TEXT> content with tags stripped (character offsets kept, XML
entities decoded), the anchor is the CREATION_TIME TIMEX3. Scoring follows the TempEval-3
scorer: strict = identical extents, relaxed = overlapping extents (one-to-one), type/value
accuracy over relaxed matches, value F1 = relaxed matches with the right value (P over system
timexes, R over gold timexes). TimeBank is the development set; AQUAINT is held out.
--summary FILE also writes the headline rows as JSON for bench/eval.py. --parse parses each
document with spaCy and gives the normaliser the tense of the event each expression modifies,
as the pipeline does (extract.anchoring); without it the normaliser sees only the words.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shlex
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.extract.dates import find_timexes  # noqa: E402

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>|&(#?\w+);")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


def parse_tml(raw: str) -> tuple[str, str | None, list[Span]]:
    """(text, anchor, gold timexes) from one TimeML document."""
    anchor = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        a = dict(_ATTR.findall(m.group(1)))
        if a.get("functionInDocument") == "CREATION_TIME":
            anchor = a.get("value", "")[:10] or None
            break
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    out: list[str] = []
    n = 0
    gold: list[Span] = []
    open_timex: dict | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(4):  # entity: &amp; → &
            ch = html.unescape("&" + m.group(4) + ";")
            out.append(ch)
            n += len(ch)
            continue
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = dict(_ATTR.findall(attrs))
            open_timex["_start"] = n
        elif open_timex is not None:
            gold.append(
                Span(open_timex["_start"], n, open_timex.get("type", ""), open_timex.get("value", ""))
            )
            open_timex = None
    out.append(body[pos:])
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return text, anchor, gold


def match(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one relaxed matching: exact extents first, then greatest overlap."""
    pairs, used_g, used_s = [], set(), set()
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if j not in used_s and (s.start, s.end) == (g.start, g.end):
                pairs.append((g, s))
                used_g.add(i)
                used_s.add(j)
                break
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        best, best_ov = None, 0
        for j, s in enumerate(system):
            if j in used_s:
                continue
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            pairs.append((g, system[best]))
            used_g.add(i)
            used_s.add(best)
    return pairs


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
        pairs = match(gold, system)
        self.n_gold += len(gold)
        self.n_sys += len(system)
        self.relaxed += len(pairs)
        self.strict += sum((g.start, g.end) == (s.start, s.end) for g, s in pairs)
        self.type_ok += sum(g.type == s.type for g, s in pairs)
        self.value_ok += sum(g.value == s.value for g, s in pairs)
        return pairs

    def figures(self) -> dict[str, float]:
        sp, sr, sf = prf(self.strict, self.n_sys, self.n_gold)
        rp, rr, rf = prf(self.relaxed, self.n_sys, self.n_gold)
        vp, vr, vf = prf(self.value_ok, self.n_sys, self.n_gold)
        return {
            "strict_P": sp,
            "strict_R": sr,
            "strict_F1": sf,
            "relaxed_P": rp,
            "relaxed_R": rr,
            "relaxed_F1": rf,
            "type_acc": self.type_ok / self.relaxed if self.relaxed else 0.0,
            "value_acc": self.value_ok / self.relaxed if self.relaxed else 0.0,
            "value_P": vp,
            "value_R": vr,
            "value_F1": vf,
        }


def find_data(arg: str | None) -> Path:
    d = Path(arg) if arg else REPO.parent / "shared" / "data" / "tempeval3"
    if not (d / "TimeBank").is_dir() and not (d / "AQUAINT").is_dir():
        sys.exit(
            f"TempEval-3 data not found at {d} (expected TimeBank/ and AQUAINT/ with .tml "
            f"files); pass --data DIR"
        )
    return d


def system_spans(text: str, anchor: str | None, parse: bool = False) -> list[Span]:
    tense = None
    if parse:  # the pipeline's way: tense hints from the spaCy parse of the document
        from storyline.extract import anchoring, nlp

        tense = anchoring.tense_hints(nlp.load()(text))
    return [Span(t.start, t.end, t.type, t.value, t.text) for t in find_timexes(text, anchor, tense)]


# HeidelTime-t, TempEval-3 Task A on the TempEval-3 (platinum) test set, not on TBAQ.
HEIDELTIME_VALUE_F1 = 0.78
HEIDELTIME_SOURCE = (
    "HeidelTime ≈0.78 value F1 on the TempEval-3 test set, not this data (UzZaman et al. 2013)"
)


def summary_rows(totals: dict[str, Scores], command: str) -> list[dict]:
    """Headline rows for bench/eval.py: value F1 on all, TimeBank and AQUAINT; relaxed span F1."""

    def row(metric: str, ours: float, reference: float | None, source: str) -> dict:
        return {
            "benchmark": "TempEval-3 (TimeBank + AQUAINT)",
            "metric": metric,
            "ours": round(ours, 4),
            "reference": reference,
            "reference_source": source,
            "command": command,
        }

    rows = [
        row(
            f"value F1 (relaxed), {label}",
            totals[split].figures()["value_F1"],
            HEIDELTIME_VALUE_F1,
            HEIDELTIME_SOURCE,
        )
        for split, label in (
            ("all", "all"),
            ("TimeBank", "TimeBank (dev)"),
            ("AQUAINT", "AQUAINT (held out)"),
        )
    ]
    rows.append(
        row(
            "relaxed span F1, all",
            totals["all"].figures()["relaxed_F1"],
            None,
            "no published figure on this data",
        )
    )
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="directory holding TimeBank/ and AQUAINT/")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per kind")
    ap.add_argument("--split", choices=["TimeBank", "AQUAINT"], help="error listing split")
    ap.add_argument("--summary", metavar="FILE", help="also write the headline rows as JSON here")
    ap.add_argument(
        "--parse",
        action="store_true",
        help="give the normaliser the parse's tense hints (as the pipeline does)",
    )
    args = ap.parse_args(argv)
    data = find_data(args.data)
    t0 = time.time()
    totals = {}
    errors = {"missed": [], "spurious": [], "value": [], "extent": []}
    for split in ("TimeBank", "AQUAINT"):
        sc = Scores()
        for f in sorted((data / split).glob("*.tml")):
            text, anchor, gold = parse_tml(f.read_text(encoding="utf-8"))
            system = system_spans(text, anchor, args.parse)
            pairs = sc.add(gold, system)
            if args.errors and (args.split in (None, split)):
                mg = {id(g) for g, _ in pairs}
                ms = {id(s) for _, s in pairs}
                for g in gold:
                    if id(g) not in mg:
                        errors["missed"].append(
                            f"{f.name} [{anchor}] {g.text!r} {g.type} {g.value}  …{text[max(0, g.start - 40) : g.end + 20]!r}"
                        )
                for s in system:
                    if id(s) not in ms:
                        errors["spurious"].append(
                            f"{f.name} {s.text!r} {s.type} {s.value}  …{text[max(0, s.start - 40) : s.end + 20]!r}"
                        )
                for g, s in pairs:
                    if g.value != s.value:
                        errors["value"].append(
                            f"{f.name} [{anchor}] gold {g.text!r} {g.type} {g.value} | sys {s.text!r} {s.type} {s.value}"
                        )
                    elif (g.start, g.end) != (s.start, s.end):
                        errors["extent"].append(f"gold {g.text!r} | sys {s.text!r}")
        totals[split] = sc
    allsc = Scores()
    for sc in totals.values():
        for k in ("n_gold", "n_sys", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(allsc, k, getattr(allsc, k) + getattr(sc, k))
    totals["all"] = allsc
    if args.errors:
        for kind, rows in errors.items():
            print(f"== {kind} ({len(rows)})")
            for r in rows[: args.errors]:
                print("  ", r)
    print(
        f"{'split':10} {'gold':>5} {'sys':>5}  {'strict P/R/F1':>20}  {'relaxed P/R/F1':>20}"
        f"  {'type':>5} {'value':>5}  {'value P/R/F1':>20}"
    )
    for name, sc in totals.items():
        f = sc.figures()
        print(
            f"{name:10} {sc.n_gold:5d} {sc.n_sys:5d}  "
            f"{f['strict_P']:.3f}/{f['strict_R']:.3f}/{f['strict_F1']:.3f}  "
            f"{f['relaxed_P']:.3f}/{f['relaxed_R']:.3f}/{f['relaxed_F1']:.3f}  "
            f"{f['type_acc']:.3f} {f['value_acc']:.3f}  "
            f"{f['value_P']:.3f}/{f['value_R']:.3f}/{f['value_F1']:.3f}"
        )
    print(f"({time.time() - t0:.1f}s)")
    if args.summary:
        command = "python bench/tempeval3.py"
        if args.data:
            command += f" --data {shlex.quote(args.data)}"
        if args.parse:
            command += " --parse"
        rows = summary_rows(totals, command)
        Path(args.summary).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
