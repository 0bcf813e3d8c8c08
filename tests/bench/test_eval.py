"""bench/eval.py and the --summary rows of the benchmarks it runs.

TempEval-3 and article extraction run here on a small slice of ../shared/data (skipped, saying
so, when it is absent) so their code cannot rot; bench/ecbplus.py needs torch and is smoke-tested
in tests/resolve/test_ecbplus_bench.py. eval.py's failure handling runs fake benchmark scripts.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap

import pytest
from tests.conftest import REPO, shared_path

KEYS = {"benchmark", "metric", "ours", "reference", "reference_source", "command"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_bench", REPO / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _check_format(rows: list[dict]) -> dict[str, dict]:
    for r in rows:
        assert set(r) == KEYS, r
        assert isinstance(r["ours"], float) and isinstance(r["reference_source"], str)
        assert r["reference"] is None or isinstance(r["reference"], float)
        assert r["command"].startswith("python bench/")
    return {r["metric"]: r for r in rows}


# --- the benchmarks on a slice ----------------------------------------------------------------


def test_tempeval3_summary_on_a_few_files(tmp_path, capsys):
    data = shared_path("data", "tempeval3")
    for split, n in (("TimeBank", 4), ("AQUAINT", 2)):
        (tmp_path / split).mkdir()
        for f in sorted((data / split).glob("*.tml"))[:n]:
            (tmp_path / split / f.name).symlink_to(f)
    out = tmp_path / "summary.json"
    assert _load("tempeval3").main(["--data", str(tmp_path), "--summary", str(out)]) == 0
    assert "value P/R/F1" in capsys.readouterr().out  # the usual table is still printed
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    assert list(rows) == [
        "value F1 (relaxed), all",
        "value F1 (relaxed), TimeBank (dev)",
        "value F1 (relaxed), AQUAINT (held out)",
        "relaxed span F1, all",
    ]
    for metric, r in rows.items():
        assert 0.5 < r["ours"] <= 1.0, (metric, r["ours"])
    assert rows["value F1 (relaxed), all"]["reference"] == 0.78
    assert rows["relaxed span F1, all"]["reference"] is None
    assert rows["relaxed span F1, all"]["ours"] >= rows["value F1 (relaxed), all"]["ours"]
    assert rows["relaxed span F1, all"]["command"] == f"python bench/tempeval3.py --data {tmp_path}"


def test_article_extraction_summary_on_a_few_pages(tmp_path):
    shared_path("data", "article-extraction", "ground-truth.json")
    out = tmp_path / "summary.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "article_extraction.py"),
            "--limit",
            "4",
            "--jobs",
            "1",
            "--summary",
            str(out),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "4 pages, scored as" in proc.stdout
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    ours, plain = rows.values()
    assert ours["metric"] == "F1, storyline clean_html"
    assert plain["metric"].startswith("F1, plain trafilatura ") and "same run" in plain["metric"]
    assert 0.7 < ours["ours"] <= 1.0 and 0.7 < plain["ours"] <= 1.0
    assert ours["reference"] == plain["reference"] == 0.958
    assert ours["command"] == "python bench/article_extraction.py --limit 4"


def test_resolution_summary_on_a_few_articles(tmp_path, capsys):
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    out = tmp_path / "summary.json"
    assert _load("resolution").main(["--set", "dev", "--limit", "6", "--summary", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "events from a single article" in printed and "gold event mentions found" in printed
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    assert [m.split(" (")[0] for m in rows] == [
        "event B³ F1 vs hand gold",
        "event pairwise F1 vs hand gold",
        "event B³ F1, all clusters incl. unnamed/not-happened",
        "key events: share of their articles in their largest cluster",
        "key events: purity of that cluster",
        "events from a single article",
        "top-40 entities: duplicate groups",
        "top-40 entities: wrong merges or junk",
    ]
    for r in rows.values():
        assert r["reference"] is None and r["command"] == "python bench/resolution.py --set dev --limit 6"
    assert 0.0 <= rows["events from a single article (dev)"]["ours"] <= 1.0


# --- eval.py ----------------------------------------------------------------------------------


def test_table_rows_numbers_and_failures():
    ev = _load("eval")
    ok = ev.Result(
        "tempeval3",
        "python bench/tempeval3.py",
        rows=[
            {
                "benchmark": "TempEval-3",
                "metric": "value F1",
                "ours": 0.8081,
                "reference": 0.78,
                "reference_source": "HeidelTime | test set",
                "command": "python bench/tempeval3.py",
            },
            {
                "benchmark": "ECB+",
                "metric": "CoNLL F1",
                "ours": 77.43,
                "reference": None,
                "reference_source": "",
                "command": "python bench/ecbplus.py",
            },
        ],
    )
    bad = ev.Result("ecbplus", "python bench/ecbplus.py", error="exit 1: ECB+ not found")
    lines = ev.table([ok, bad]).splitlines()
    assert lines[0] == "| benchmark | metric | storyline | reference | source | command |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert lines[2] == (
        "| TempEval-3 | value F1 | 0.808 | 0.780 | HeidelTime \\| test set | `python bench/tempeval3.py` |"
    )
    assert lines[3] == "| ECB+ | CoNLL F1 | 77.4 | — | — | `python bench/ecbplus.py` |"
    assert lines[4] == ("| ecbplus | FAILED | — | — | exit 1: ECB+ not found | `python bench/ecbplus.py` |")
    assert len(lines) == 5


def _script(path, body: str):
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_failed_benchmarks_get_a_row_and_the_rest_still_runs(tmp_path, monkeypatch, capsys):
    ev = _load("eval")
    row = {
        "benchmark": "fake",
        "metric": "F1",
        "ours": 0.9,
        "reference": None,
        "reference_source": "none",
        "command": "python fake.py",
    }
    head = "import json, sys\nsummary = sys.argv[sys.argv.index('--summary') + 1]\n"
    monkeypatch.setattr(
        ev,
        "BENCHES",
        {
            "crashes": _script(
                tmp_path / "crashes.py",
                head + "print('working', file=sys.stderr)\n"
                "sys.exit('data not found at ../shared/data/x; pass --data DIR')\n",
            ),
            "silent": _script(tmp_path / "silent.py", "print('no summary written')\n"),
            "garbled": _script(tmp_path / "garbled.py", head + "open(summary, 'w').write('[{}]')\n"),
            "ok": _script(tmp_path / "ok.py", head + f"json.dump([{row!r}], open(summary, 'w'))\n"),
        },
    )
    assert ev.main([]) == 1
    captured = capsys.readouterr()
    table = [ln for ln in captured.out.splitlines() if ln.startswith("| ")]
    assert table[1].startswith(
        "| crashes | FAILED | — | — | exit 1: data not found at ../shared/data/x; pass --data DIR |"
    )
    assert table[2].startswith("| silent | FAILED | — | — | wrote no summary")
    assert table[3].startswith("| garbled | FAILED | — | — | bad summary: summary row lacks")
    assert table[4] == "| fake | F1 | 0.900 | — | none | `python fake.py` |"
    assert "working" in captured.err  # the child's stderr is passed through
    assert "total wall time" in captured.out
    assert "failed: crashes, silent, garbled" in captured.err


def test_only_picks_benchmarks(tmp_path, monkeypatch, capsys):
    ev = _load("eval")
    empty = "import sys\nopen(sys.argv[2], 'w').write('[]')\n"  # an empty list is a failure
    monkeypatch.setattr(ev, "BENCHES", {n: _script(tmp_path / f"{n}.py", empty) for n in "abc"})
    assert ev.main(["--only", "c", "--only", "a"]) == 1
    failed = [ln.split(" | ")[0] for ln in capsys.readouterr().out.splitlines() if "FAILED" in ln]
    assert failed == ["| a", "| c"]
    with pytest.raises(SystemExit):  # --only takes the benchmarks' names only
        ev.main(["--only", "nope"])
