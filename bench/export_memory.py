"""Peak memory of every export format against the size of the store (issue 15: exports stream,
so memory must not grow with the store).

Each export runs as its own process (``storyline export``), so its peak resident set size is the
process's own (``wait4``'s ru_maxrss); the output goes to a temporary folder and its size and
time are reported beside it. Give two or more stores of different sizes (copied first: opening
migrates); the last column is the peak's ratio to the first store's.

    python bench/export_memory.py /tmp/storyline-ui-allsides-2000.db /tmp/present-work/big.real10000.db
    python bench/export_memory.py --formats json,csv STORE...
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = ("json", "csv", "graphml", "gexf", "ftm", "md", "html")
CLI = [str(Path(sys.executable).parent / "storyline")]  # the venv's console script


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size if path.exists() else 0


def run(db: str, fmt: str, out: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, bytes written) of one export."""
    target = out / (f"{fmt}-tables" if fmt == "csv" else f"export.{fmt}")
    t0 = time.perf_counter()
    proc = subprocess.Popen([*CLI, "export", "--db", db, "--format", fmt, "--out", str(target)])
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"export --format {fmt} of {db} failed")
    return usage.ru_maxrss / 1024, seconds, size(target)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stores", nargs="+", help="SQLite stores, smallest first (copied before use)")
    ap.add_argument("--formats", default=",".join(FORMATS))
    args = ap.parse_args()
    formats = [f for f in args.formats.split(",") if f]
    tmp = Path(tempfile.mkdtemp(prefix="exportmem"))
    print(f"load average {os.getloadavg()[0]:.2f} at the start ({os.cpu_count()} cores)")
    rows: dict[str, list[tuple[float, float, int]]] = {f: [] for f in formats}
    names = []
    try:
        for i, src in enumerate(args.stores):
            db = str(tmp / f"store{i}.db")
            shutil.copy(src, db)
            # migrate once, outside the measured runs
            opening = "import sys; from storyline.store import open_store; open_store(sys.argv[1]).close()"
            subprocess.run([sys.executable, "-c", opening, db], check=True)
            names.append(Path(src).name)
            for fmt in formats:
                out = tmp / f"out{i}"
                out.mkdir(exist_ok=True)
                rows[fmt].append(run(db, fmt, out))
                shutil.rmtree(out)
                print(
                    f"  {names[-1]} {fmt}: {rows[fmt][-1][0]:.0f} MB peak, {rows[fmt][-1][1]:.1f} s",
                    flush=True,
                )
            os.unlink(db)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    head = "".join(f"{n[:22]:>36}" for n in names)
    print(f"\n{'format':<8}{head}{'peak ratio':>12}")
    for fmt, results in rows.items():
        cells = "".join(f"{mb:>9.0f} MB {s:>7.1f} s {b / 1e6:>8.1f} MB" for mb, s, b in results)
        print(f"{fmt:<8}{cells}{results[-1][0] / results[0][0]:>12.2f}")


if __name__ == "__main__":
    main()
