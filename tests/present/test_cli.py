"""The CLI over a store built from the samples: the commands a user types, their errors."""

from __future__ import annotations

import json
from collections import Counter

from click.testing import CliRunner

from storyline.present.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_timeline_formats_and_filters(sample_store):
    db = sample_store.path
    as_json = json.loads(run("timeline", "--db", db, "--format", "json").output)
    assert as_json and all("label" in e and "mentions" in e for e in as_json)
    dated = [e["date"]["start"] for e in as_json if e["date"] and not e["date"]["start"].startswith("X")]
    assert dated == sorted(dated)
    md = run("timeline", "--db", db, "--format", "md", "--entity", "Alina Marek").output
    assert md.startswith("| date | event |") and "Marek" in md
    window = json.loads(
        run("timeline", "--db", db, "--format", "json", "--from", "2025-05", "--to", "2025-05").output
    )
    assert window and all(
        e["date"]["start"][:7] <= "2025-05" <= (e["date"]["end"] or e["date"]["start"])[:7] for e in window
    )


def test_show_event_and_entity(sample_store):
    db = sample_store.path
    ev = json.loads(run("events", "--db", db, "--format", "json").output)[0]
    out = run("show", ev["id"], "--db", db).output
    assert ev["label"] in out and "==" in out
    ent = run("show", "Dmitry Volkov", "--db", db).output
    assert ent.startswith("Dmitri Volkov") or ent.startswith("Dmitry Volkov")


def test_clear_errors(tmp_path, sample_store):
    missing = run("timeline", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1 and "no store at" in missing.output
    assert not (tmp_path / "none.db").exists()
    bad_date = run("timeline", "--db", sample_store.path, "--from", "2025-13-01")
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output
    unknown = run("show", "ev_nope", "--db", sample_store.path)
    assert unknown.exit_code == 1 and "no event with id" in unknown.output
    nobody = run("timeline", "--db", sample_store.path, "--entity", "Nobody Atall")
    assert nobody.exit_code == 1 and "no entity matches" in nobody.output


def test_dates_command(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text("The discussion took place on December 1 or 2.")
    lines = run("dates", "--anchor", "2017-05-27", src).output.strip().splitlines()
    t = json.loads(lines[0])
    assert t["text"] == "December 1 or 2" and t["type"] == "DATE" and t["start"] == 29


def test_status_filter(tmp_path):
    from tests.present.conftest import build_hand_store

    db = build_hand_store(tmp_path / "hand.db")["path"]
    default = json.loads(run("timeline", "--db", db, "--format", "json").output)
    assert default and {e["status"] for e in default} <= {"HAPPENED", "DISPUTED"}
    assert "ev-plan" not in {e["id"] for e in default}
    planned = json.loads(run("events", "--db", db, "--format", "json", "--status", "planned").output)
    assert [e["id"] for e in planned] == ["ev-plan"]
    both = run("timeline", "--db", db, "--status", "PLANNED,not_happened", "--format", "md").output
    assert "[planned] Kushner meets Kislyak" in both and "[not happened] Flynn testifies" in both
    every = json.loads(run("timeline", "--db", db, "--format", "json", "--status", "all").output)
    assert len(every) == len(default) + 2
    bad = run("timeline", "--db", db, "--status", "MAYBE")
    assert bad.exit_code == 2 and "MAYBE" in bad.output
    shown = run("show", "ev-no-testimony", "--db", db).output
    assert "status: NOT_HAPPENED" in shown


def test_contradictions_command_filters_and_formats(sample_store):
    """`storyline contradictions`: text and json, the kind filter and the entity filter agree
    with the whole list; an unknown entity is a clear error."""
    db = sample_store.path
    everything = json.loads(run("contradictions", "--db", db, "--format", "json").output)
    assert everything, "the samples hold Marek's denial against the reports"
    denials = json.loads(run("contradictions", "--db", db, "--format", "json", "--kind", "denial").output)
    assert denials == [k for k in everything if k["kind"] == "DENIAL"]
    text = run("contradictions", "--db", db, "--format", "text").output
    first = everything[0]
    assert first["kind"] in text and first["positions"][0]["label"] in text
    marek = json.loads(
        run("contradictions", "--db", db, "--format", "json", "--entity", "Alina Marek").output
    )
    assert marek and all(k in everything for k in marek)
    missing = run("contradictions", "--db", db, "--entity", "Nobody Whatsoever")
    assert missing.exit_code != 0 and "no entity matches" in missing.output


def test_python_dash_m_runs_the_same_cli(tmp_path, sample_store):
    """``python -m storyline`` (a venv whose scripts are not on PATH) is the same CLI: its
    commands, the optional ones registered from their own modules among them, and its errors."""
    import subprocess
    import sys

    def py(*args):
        return subprocess.run(
            [sys.executable, "-m", "storyline", *map(str, args)], capture_output=True, text=True, timeout=120
        )

    helped = py("--help")
    assert helped.returncode == 0 and all(c in helped.stdout for c in ("ask", "summary", "timeline", "serve"))
    missing = py("ask", "When did Flynn resign?", "--db", tmp_path / "none.db")
    assert missing.returncode == 1 and "no store at" in missing.stderr
    found = py("timeline", "--db", sample_store.path, "--format", "json")
    assert found.returncode == 0 and json.loads(found.stdout)


def test_status_and_brackets_print_as_written(seeds_store):
    """A disputed event's "[disputed]" mark is text, not rich markup: markup silently dropped
    the mark, so a disputed meeting read as a plain fact in the terminal timeline."""
    events = json.loads(run("timeline", "--db", seeds_store, "--format", "json").output)
    marks = Counter(f"[{e['status'].lower().replace('_', ' ')}]" for e in events if e["status"] != "HAPPENED")
    assert marks, "the seeds hold disputed events (a denial against reported meetings)"
    out = CliRunner().invoke(cli, ["timeline", "--db", seeds_store], env={"COLUMNS": "240"}).output
    assert {mark: out.count(mark) for mark in marks} == dict(marks)


def test_a_date_without_its_year_reads_as_such(seeds_store):
    """A month the article gives with no year anyone can tell ("pleaded guilty last December" in
    an article whose year is only inferred) is stored as XXXX-12 and printed in words."""
    events = json.loads(run("timeline", "--db", seeds_store, "--format", "json").output)
    open_year = [e for e in events if e["date"] and e["date"]["start"].startswith("XXXX-")]
    assert open_year, "the seeds hold a month without its year"
    out = CliRunner().invoke(cli, ["timeline", "--db", seeds_store], env={"COLUMNS": "240"}).output
    assert "XXXX" not in out and out.count("year unknown") >= len(open_year)
