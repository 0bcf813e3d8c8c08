"""Run the benchmarks one after the other and print their headline figures as one table.

    python bench/eval.py [--only tempeval3|dates_allsides|pubyear|factuality|article_extraction|ecbplus|resolution|ask|timeline17|contradictions ...]

Each benchmark runs as `python bench/<name>.py --summary FILE` (same interpreter, repo root as
working directory); its own output goes to the terminal as it comes. FILE holds a JSON list of
rows {"benchmark", "metric", "ours", "reference", "reference_source", "command"}. A benchmark that
exits non-zero or writes no summary gets a FAILED row with the last line of its stderr (e.g. the
message that ../shared is absent); the others still run, and this script then exits 1.
`make eval` runs them all (with the benchmark dependencies installed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHES = {
    name: REPO / "bench" / f"{name}.py"
    for name in (
        "tempeval3",
        "dates_allsides",
        "pubyear",
        "factuality",
        "article_extraction",
        "ecbplus",
        "resolution",
        "ask",
        "timeline17",
        "contradictions",
    )
}
KEYS = ("benchmark", "metric", "ours", "reference", "reference_source", "command")
HEADER = ("benchmark", "metric", "storyline", "reference", "source", "command")


@dataclass
class Result:
    name: str
    command: str
    rows: list[dict] = field(default_factory=list)
    error: str = ""  # why it failed; empty when it succeeded
    seconds: float = 0.0


def _tee(stream, sink, lines: list[str]) -> None:
    """Copy a child's stream to sink line by line, keeping the lines."""
    for line in stream:
        sink.write(line)
        sink.flush()
        lines.append(line)


def check_rows(rows) -> list[dict]:
    """The summary rows, or ValueError saying what is wrong with them."""
    if not isinstance(rows, list) or not rows:
        raise ValueError("summary is not a non-empty JSON list")
    for r in rows:
        missing = [k for k in KEYS if not isinstance(r, dict) or k not in r]
        if missing:
            raise ValueError(f"summary row lacks {', '.join(missing)}")
        if not isinstance(r["ours"], (int, float)):
            raise ValueError(f"summary row {r['metric']!r}: ours is not a number")
    return rows


def run_bench(name: str, script: Path, workdir: Path) -> Result:
    """Run one benchmark with --summary into workdir; never raises for a failing benchmark."""
    summary = workdir / f"{name}.json"
    shown = script.relative_to(REPO) if script.is_relative_to(REPO) else script
    res = Result(name, f"python {shown}")
    print(f"\n== {name}: {res.command} --summary {summary}", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(script), "--summary", str(summary)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    err: list[str] = []
    reader = threading.Thread(target=_tee, args=(proc.stderr, sys.stderr, err), daemon=True)
    reader.start()
    rc = proc.wait()
    reader.join()
    res.seconds = time.perf_counter() - t0
    last = next((line.strip() for line in reversed(err) if line.strip()), "")
    if rc != 0:
        res.error = f"exit {rc}: {last or 'no message on stderr'}"
    elif not summary.is_file():
        res.error = "wrote no summary" + (f" ({last})" if last else " (does it take --summary?)")
    else:
        try:
            res.rows = check_rows(json.loads(summary.read_text(encoding="utf-8")))
        except ValueError as e:  # JSONDecodeError is a ValueError
            res.error = f"bad summary: {e}"
    return res


def _number(x) -> str:
    if x is None:
        return "—"
    return f"{x:.3f}" if abs(x) < 1.5 else f"{x:.1f}"  # fractions vs. percentages (ECB+)


def _cell(x) -> str:
    return str(x).replace("|", "\\|").replace("\n", " ")


def table(results: list[Result]) -> str:
    """One Markdown table of every benchmark's headline rows, FAILED rows for the failed ones."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for res in results:
        if res.error:
            cells = (res.name, "FAILED", "—", "—", res.error, f"`{res.command}`")
            lines.append("| " + " | ".join(map(_cell, cells)) + " |")
        for r in res.rows:
            cells = (
                r["benchmark"],
                r["metric"],
                _number(r["ours"]),
                _number(r["reference"]),
                r["reference_source"] or "—",
                f"`{r['command']}`",
            )
            lines.append("| " + " | ".join(map(_cell, cells)) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--only",
        action="append",
        choices=list(BENCHES),
        metavar="NAME",
        help=f"run only this benchmark ({'|'.join(BENCHES)}); repeatable",
    )
    args = ap.parse_args(argv)
    names = [n for n in BENCHES if n in (args.only or BENCHES)]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="storyline-eval-") as tmp:
        results = [run_bench(name, BENCHES[name], Path(tmp)) for name in names]
    print("\n" + table(results))
    print(
        "\n"
        + ", ".join(f"{r.name} {r.seconds:.1f} s" for r in results)
        + f"; total wall time {time.perf_counter() - t0:.1f} s"
    )
    failed = [r.name for r in results if r.error]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
