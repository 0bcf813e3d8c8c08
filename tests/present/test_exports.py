"""`storyline export` in every format, over the real pipeline's store of the seed scrapes: each
format reads back with the tool analysts use (csv, networkx, followthemoney) and keeps the facts
and their sentences."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from itertools import combinations

import networkx as nx
import pytest
from click.testing import CliRunner

from storyline.present.cli import cli


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def data(seed_store) -> dict:
    return json.loads(_run("--format", "json", "--db", seed_store.path))


def test_csv_tables_cite_the_original_sentences(seed_store, data, tmp_path):
    _run("--format", "csv", "--db", seed_store.path, "--out", str(tmp_path / "csv"))
    read = {
        p.stem: list(csv.DictReader(p.open(encoding="utf-8-sig", newline="")))
        for p in (tmp_path / "csv").glob("*.csv")
    }
    assert set(read) == {
        "documents",
        "entities",
        "mentions",
        "events",
        "event_sentences",
        "claims",
        "contradictions",
    }
    assert [r["id"] for r in read["events"]] == [e["id"] for e in data["events"]]
    originals = {d.id: d.model_dump() for d in seed_store.document_records().items}
    assert len(read["event_sentences"]) == sum(len(e["mentions"]) for e in data["events"])
    for row in read["event_sentences"]:
        text = originals[row["doc"]]["original"][int(row["start"]) : int(row["end"])]
        assert text == row["text"]
    n_docs = {e["id"]: len({m["doc"] for m in e["mentions"]}) for e in data["events"]}
    assert all(int(r["n_documents"]) == n_docs[r["id"]] for r in read["events"])
    for row in read["events"]:  # ISO days that cover the date as written ('2016-12' → 12-01 .. 12-31)
        if row["date_start"][:4].isdigit():
            assert row["first_day"].startswith(row["date_start"][:7]) and len(row["last_day"]) == 10
    assert len(read["mentions"]) == sum(len(e["mentions"]) for e in data["entities"])


def test_csv_zip_holds_the_same_tables(seed_store, tmp_path):
    import zipfile

    _run("--format", "csv", "--db", seed_store.path, "--out", str(tmp_path / "t.zip"))
    _run("--format", "csv", "--db", seed_store.path, "--out", str(tmp_path / "dir"))
    with zipfile.ZipFile(tmp_path / "t.zip") as z:
        for name in z.namelist():
            assert z.read(name) == (tmp_path / "dir" / name).read_bytes()


def test_csv_needs_a_folder(seed_store, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", seed_store.path])
    assert result.exit_code == 1 and "--out FOLDER" in result.output
    afile = tmp_path / "a.csv"
    afile.write_text("x")
    result = CliRunner().invoke(
        cli, ["export", "--format", "csv", "--db", seed_store.path, "--out", str(afile)]
    )
    assert result.exit_code == 1 and "is a file" in result.output and afile.read_text() == "x"


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_reads_back_with_every_participation(seed_store, data, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    _run(
        "--format",
        fmt,
        "--graph",
        "bipartite",
        "--status",
        "HAPPENED",
        "--status",
        "DISPUTED",
        "--status",
        "NOT_HAPPENED",
        "--status",
        "PLANNED",
        "--status",
        "POSSIBLE",
        "--db",
        seed_store.path,
        "--out",
        str(out),
    )
    g = reader(out)
    kinds = Counter(a["kind"] for _, a in g.nodes(data=True))
    assert kinds["event"] == len(data["events"])
    pairs = {(p["entity"], e["id"]) for e in data["events"] for p in e["participants"]}
    assert {tuple(sorted(e)) for e in g.edges()} == {tuple(sorted(p)) for p in pairs}


def test_entity_graph_weights_count_shared_events(seed_store, data, tmp_path):
    out = tmp_path / "e.graphml"
    _run("--format", "graphml", "--db", seed_store.path, "--out", str(out))
    g = nx.read_graphml(out)
    expected: Counter = Counter()
    happened = [e for e in data["events"] if e.get("status", "HAPPENED") in ("HAPPENED", "DISPUTED")]
    for e in happened:
        expected.update(combinations(sorted({p["entity"] for p in e["participants"]}), 2))
    assert expected, "the seeds have events with two participants"
    assert {tuple(sorted(k)): int(a["weight"]) for *k, a in g.edges(data=True)} == dict(expected)
    assert all(set(a["events"].split("; ")) <= {e["id"] for e in happened} for *_, a in g.edges(data=True))


def test_gexf_carries_time_spans_for_gephis_timeline(seed_store, data, tmp_path):
    from xml.etree import ElementTree as ET

    out = tmp_path / "e.gexf"
    _run("--format", "gexf", "--db", seed_store.path, "--out", str(out))
    graph = ET.parse(out).getroot().find("{*}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    g = nx.read_gexf(out)  # networkx (as Gephi) reads the spans; undated links have none: always shown
    assert g.graph["mode"] == "dynamic"
    dated = [a for *_, a in g.edges(data=True) if a["first"]]
    assert dated and all((a["start"], a["end"]) == (a["first"], a["last"]) for a in dated)
    assert all(a["start"] <= a["end"] for _, a in g.nodes(data=True) if "start" in a)
    tower = next(e for e in data["events"] if "Trump Tower" in e["label"] and len(e["participants"]) >= 2)
    a, b = sorted({p["entity"] for p in tower["participants"]})[:2]
    edge = next(e for e in graph.findall(".//{*}edge") if {e.get("source"), e.get("target")} == {a, b})
    assert edge.get("start") <= tower["date"]["start"] and edge.get("end") >= tower["date"]["end"]


def test_filters_keep_one_entitys_story(seed_store, data, tmp_path):
    kislyak = next(e for e in data["entities"] if e["name"].endswith("Kislyak"))
    part = json.loads(
        _run("--format", "json", "--db", seed_store.path, "--entity", "Kislyak", "--from", "2016-06")
    )
    assert part["events"] and len(part["events"]) < len(data["events"])
    for ev in part["events"]:
        assert kislyak["id"] in {p["entity"] for p in ev["participants"]}
        assert (ev["date"]["end"] or ev["date"]["start"]) >= "2016-06"
    ids = {ev["id"] for ev in part["events"]}
    assert all(c["event"] in ids or c["speaker"] == kislyak["id"] for c in part["claims"])
    docs = {d["id"] for d in part["documents"]}
    assert {m["doc"] for ev in part["events"] for m in ev["mentions"]} <= docs
    # --to and --status as the timeline takes them: comma-separated, or `all`
    every = json.loads(_run("--format", "json", "--db", seed_store.path, "--status", "all"))
    assert len(every["events"]) == len(data["events"])
    early = json.loads(
        _run("--format", "json", "--db", seed_store.path, "--to", "2016-07", "--status", "happened,disputed")
    )
    assert early["events"] and len(early["events"]) < len(data["events"])
    for ev in early["events"]:
        assert ev["status"] in ("HAPPENED", "DISPUTED") and ev["date"]["start"] <= "2016-07-31"
    bad = CliRunner().invoke(cli, ["export", "--db", seed_store.path, "--status", "rumoured"])
    assert bad.exit_code == 2 and "RUMOURED" in bad.output


def test_followthemoney_entities_are_valid_and_linked(seed_store, data):
    from followthemoney import model

    lines = [json.loads(line) for line in _run("--format", "ftm", "--db", seed_store.path).splitlines()]
    # read as data from outside: FtM cleans every value by its type and drops what is invalid
    proxies = [model.get_proxy(d, cleaned=False) for d in lines]
    assert [p.to_dict()["properties"] for p in proxies] == [d["properties"] for d in lines]
    by_id = {p.id: p for p in proxies}
    schemata = Counter(p.schema.name for p in proxies)
    assert schemata["Article"] == len(data["documents"]) and schemata["Event"] == len(data["events"])
    people = {e["id"] for e in data["entities"] if e["type"] == "PERSON"}
    assert schemata["Person"] == len(people)
    for p in proxies:
        if p.schema.name == "Event":
            assert all(ref in by_id for ref in p.get("involved"))
        if p.schema.name == "Documentation":
            assert by_id[p.first("document")].schema.name == "Article" and p.first("entity") in by_id
    kushner_meeting = [p for p in proxies if p.schema.name == "Event" and "Trump Tower" in p.first("name")]
    assert kushner_meeting and len(kushner_meeting[0].get("involved")) >= 3


def test_report_cites_every_timeline_event(seed_store, data):
    md = _run("--format", "md", "--db", seed_store.path).replace("\\", "")
    body, sources = md.split("## Sources", 1)
    quoted = {}
    for ln in sources.splitlines():
        num, _, rest = ln.partition(". ")
        if num.isdigit():
            quoted[int(num)] = rest

    def cited(line: str) -> list[str]:
        return [quoted[int(n)] for n in re.findall(r"\[(\d+)\]", line)]

    for ev in data["events"]:  # labels repeat: some line with the label cites the event's first sentence
        sentence = " ".join(ev["mentions"][0]["text"].split())[:40]
        lines = [ln for ln in body.splitlines() if ev["label"] in ln]
        assert any(sentence in q for ln in lines for q in cited(ln)), (ev["label"], sentence)
    not_facts = [e for e in data["events"] if e["status"] not in ("HAPPENED", "DISPUTED")]
    if not_facts:  # set apart with their status, never on the timeline as facts
        timeline, rest = md.split("## Reported, but not as facts", 1)
        assert all(
            e["label"] not in timeline.split("## Timeline", 1)[1] or e["label"] in rest for e in not_facts
        )


def test_html_report_escapes_article_text(xss_store):
    html = _run("--format", "html", "--db", xss_store)
    md = _run("--format", "md", "--db", xss_store)
    assert "&lt;script" in html or "&lt;img" in html, "the fixture's payload is quoted as text"
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert re.search(r"(?<!\\)<(script|img|b>)", md) is None, "Markdown keeps no raw HTML from articles"


@pytest.mark.browser
def test_html_report_opens_in_chromium_alone(seed_store, tmp_path):
    import os

    chromium = os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        pytest.skip(f"{chromium} is absent: `make browser` (apt-get install -y chromium) installs it")
    from playwright.sync_api import sync_playwright
    from tests.present.test_browser import CHROMIUM_ARGS

    out = tmp_path / "report.html"
    _run("--format", "html", "--db", seed_store.path, "--out", str(out))
    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.as_uri())
        assert page.locator("h2", has_text="Timeline").count() == 1
        first_cite = page.locator("li a[href^='#s']").first
        target = first_cite.get_attribute("href")
        assert page.locator(target).count() == 1
        browser.close()
    assert errors == [] and requests == [out.as_uri()]


def test_a_refused_csv_export_leaves_the_folder_as_it_was(seed_store, tmp_path):
    from pathlib import Path

    from storyline.present.export import export_view
    from storyline.present.export_csv import write_csv
    from storyline.present.exporters import ExportError

    def refuse() -> None:  # what the span check raises once every table is written
        raise ExportError("1 span(s) do not match their document's text")

    walked = []
    out = tmp_path / "tables"
    out.mkdir()
    (out / "entities.csv").write_text("kept")
    with pytest.raises(ExportError):
        write_csv(export_view(seed_store), Path(out), walked.append, refuse)
    assert [p.name for p in out.iterdir()] == ["entities.csv"]
    assert (out / "entities.csv").read_text() == "kept"
    assert walked and {"mentions"} <= set(walked[0])  # the check saw the entities as written
    with pytest.raises(ExportError):
        write_csv(export_view(seed_store), tmp_path / "t.zip", None, refuse)
    assert not (tmp_path / "t.zip").exists()
