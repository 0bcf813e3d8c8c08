"""Two writers at once (issue 11): two ingests of the same files into one store both finish
with the union stored once (one died with "UNIQUE constraint failed: documents.id"), and
processes creating a new store together all succeed (2 of 6 died: "table documents already
exists")."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.robust.procs import REPO, SAMPLES, dump, start, state, storyline


def test_two_ingests_of_the_same_files_into_one_store(tmp_path):
    db = tmp_path / "two.db"
    procs = [start("ingest", SAMPLES, "--db", db, "--quiet") for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outs]
    new = [int(out.split()[0]) for out, _ in outs]
    assert sum(new) == 14, outs  # each article stored by exactly one of them
    stored = dump(db)
    assert len(stored["documents"]) == 14 and stored["integrity"] == "ok"
    assert state(db) == {"documents": 14, "resolved": 14}
    # each article resolved once, against its block (resolve/incremental.py); a full
    # re-resolution keeps every stored article and is itself a fixed point
    assert storyline("resolve", "--db", db).returncode == 0
    full = dump(db)
    assert all(
        full[t] == stored[t] for t in ("documents", "mentions", "event_mentions", "claims", "doc_keys")
    )
    assert storyline("resolve", "--db", db).returncode == 0
    assert dump(db) == full


CREATE = """
import sys, time
from storyline.model import Analysis, Document, OffsetMap, Sentence
from storyline.store import SQLiteStore
path, i, at = sys.argv[1], sys.argv[2], float(sys.argv[3])
time.sleep(max(0.0, at - time.time()))  # every process opens the new store at the same moment
text = f"Article {i}: the harbour board met on Tuesday."
doc = Document(id=f"d{i}", source=f"{i}.txt", original=text, text=text, offsets=OffsetMap.identity(len(text)))
store = SQLiteStore(path)
assert store.add_analysis(Analysis(doc=doc, sentences=[Sentence(0, 0, len(text), text)]))
store.close()
"""


def test_processes_creating_one_new_store_together(tmp_path):
    for trial in range(3):
        path = tmp_path / f"new{trial}.db"
        at = time.time() + 2.0  # after every interpreter has started
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", CREATE, str(path), str(i), str(at)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(6)
        ]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errors
        assert len(dump(path)["documents"]) == 6
        assert state(path)["documents"] == 6
