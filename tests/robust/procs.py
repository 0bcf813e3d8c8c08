"""Real `storyline` processes and store snapshots, for the crash, concurrency and serve tests."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
# rowids and ingestion times differ between two equal runs; everything else must not
VOLATILE = {"rowid", "ingested_at"}
CLI = [sys.executable, "-c", "from storyline.present.cli import main; main()"]


def storyline(*args, **kwargs) -> subprocess.CompletedProcess:
    cmd = [*CLI, *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=600, **kwargs)


def start(*args) -> subprocess.Popen:
    cmd = [*CLI, *map(str, args)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def state(db) -> dict:
    """store_state as {key: value}, or {} while the store is not there yet."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return dict(con.execute("SELECT key, value FROM store_state").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def kill_when(proc: subprocess.Popen, db, ready, poll: float = 0.005, timeout: float = 300) -> bool:
    """kill -9 the process as soon as ``ready(state)`` holds; False if it finished first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if ready(state(db)):
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(poll)
    proc.wait()
    return False


def dump(db) -> dict:
    """Every storyline table's rows, sorted, without rowids and ingestion times."""
    con = sqlite3.connect(str(db))
    con.row_factory = sqlite3.Row
    out = {}
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'sentences_fts%'"
        )
    ]
    for t in sorted(tables):
        rows = [
            tuple((k, r[k]) for k in r.keys() if k not in VOLATILE) for r in con.execute(f"SELECT * FROM {t}")
        ]
        out[t] = sorted(rows, key=repr)
    out["integrity"] = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    return out
