"""kill -9 at any point of an ingest, inside the resolution too: the next command leaves the
store equal to a clean run's (issue 11: killed mid-resolution, the store kept 200 documents and
0 entities forever, and re-running the ingest said "0 new" and left it so)."""

from __future__ import annotations

import os
import random
import time
import urllib.request

import pytest
from tests.robust.procs import SAMPLES, dump, kill_when, start, state, storyline

N_SAMPLES = 14  # articles in samples/


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    t0 = time.monotonic()
    run = storyline("ingest", SAMPLES, "--db", db)
    assert run.returncode == 0, run.stderr
    return {"dump": dump(db), "seconds": time.monotonic() - t0}


def _killed_in_resolution(db):
    """An ingest killed after its last article was stored and before its resolution was."""
    for _ in range(3):  # resolution takes a good fraction of a second: the poll rarely misses it
        for f in db.parent.glob(db.name + "*"):
            f.unlink()
        proc = start("ingest", SAMPLES, "--db", db, "--quiet")
        pending = lambda s: s.get("documents") == N_SAMPLES and s["resolved"] < N_SAMPLES  # noqa: E731
        # the resolution may commit between the poll and the signal (a loaded machine): check
        if kill_when(proc, db, pending) and pending(state(db)):
            return
    pytest.fail("could not kill the ingest inside its resolution in 3 tries")


def _serve_until_up(db) -> str:
    """`storyline serve` until its API answers; its stderr."""
    from tests.present.conftest import free_port

    port = free_port()
    proc = start("serve", "--db", db, "--port", port)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except OSError:
                assert proc.poll() is None and time.time() < deadline, proc.stderr.read()
                time.sleep(0.2)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    return err


@pytest.mark.parametrize(
    "command",
    [("ingest", SAMPLES), ("timeline",), ("resolve",), ("serve",)],
    ids=["ingest", "timeline", "resolve", "serve"],
)
def test_kill_inside_resolution_is_finished_by_the_next_command(tmp_path, clean, command):
    db = tmp_path / "k.db"
    _killed_in_resolution(db)
    half = dump(db)
    # the original failure: every article there, no entity or event, and the store knows it
    assert len(half["documents"]) == N_SAMPLES and half["entities"] == [] and half["events"] == []
    assert state(db) == {"documents": N_SAMPLES, "resolved": 0}
    if command[0] == "serve":
        assert "finishing the cross-document resolution" in _serve_until_up(db)
    else:
        run = storyline(*command, "--db", db)
        assert run.returncode == 0, run.stderr
        if command[0] == "ingest":
            assert run.stdout.startswith(f"0 new, {N_SAMPLES} already stored, 0 failed")
    assert dump(db) == clean["dump"]


def test_kill_at_random_points_then_ingest_again_equals_a_clean_run(tmp_path, clean):
    seed = int(os.environ.get("STORYLINE_FAULT_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    for i in range(3):
        db = tmp_path / f"r{i}.db"
        proc = start("ingest", SAMPLES, "--db", db, "--quiet")
        time.sleep(rng.uniform(0.2, clean["seconds"]))
        proc.kill()  # SIGKILL: no handler, no cleanup
        proc.wait()
        run = storyline("ingest", SAMPLES, "--db", db)
        assert run.returncode == 0, (seed, run.stderr)
        assert dump(db) == clean["dump"], f"STORYLINE_FAULT_SEED={seed}, kill {i}"
