"""Spreadsheet export: one CSV table per kind of record, in a folder.

Every row that states a fact carries the document, offsets and sentence it came from, so a
spreadsheet user can filter and still cite.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from storyline.model import DateRange


def _date(d: dict[str, Any] | None) -> tuple[str, str, str, str, str]:
    """As written (ISO, possibly partial: '2016-12'), then the first and last day it covers."""
    if not d:
        return "", "", "", "", ""
    r = DateRange(d.get("start"), d.get("end"), d.get("text") or "")
    return r.start or "", r.end or "", r.first_day or "", r.last_day or "", r.text


HEADERS = {
    "documents": ["id", "title", "outlet", "author", "published", "published_basis", "source"],
    "entities": ["id", "name", "type", "aliases", "mentions"],
    "mentions": ["entity", "doc", "start", "end", "text"],
    "events": [
        "id",
        "type",
        "label",
        "status",
        "date_start",
        "date_end",
        "first_day",
        "last_day",
        "date_text",
        "first_reported",
        "confidence",
        "location",
        "participants",
        "n_documents",
        "sources",
    ],
    "event_sentences": ["event", "doc", "outlet", "published", "start", "end", "text"],
    "claims": [
        "id",
        "stance",
        "speaker",
        "speaker_text",
        "event",
        "doc",
        "outlet",
        "published",
        "start",
        "end",
        "text",
    ],
    "contradictions": ["id", "reason", "claims"],
}


def _document(d: dict[str, Any]) -> list[Any]:
    return [
        d["id"],
        d.get("title") or "",
        d.get("outlet") or "",
        d.get("author") or "",
        d.get("published") or "",
        d.get("published_basis") or "",
        d["source"],
    ]


def _event(ev: dict[str, Any], names: dict[str, str]) -> list[Any]:
    parts = "; ".join(
        f"{names.get(p['entity'], p['entity'])} ({p.get('role') or ''})" for p in ev["participants"]
    )
    return [
        ev["id"],
        ev["type"],
        ev["label"],
        ev.get("status", ""),
        *_date(ev["date"]),
        ev.get("first_reported") or "",
        ev.get("confidence", ""),
        names.get(ev["location"], "") if ev["location"] else "",
        parts,
        len({m["doc"] for m in ev["mentions"]}),
        "; ".join(ev["sources"]),
    ]


def _claim(c: dict[str, Any], names: dict[str, str], docs: dict[str, tuple[str, str]]) -> list[Any]:
    outlet, published = docs.get(c["doc"], ("", ""))
    return [
        c["id"],
        c["stance"],
        names.get(c["speaker"], "") if c["speaker"] else "",
        c.get("speaker_text") or "",
        c["event"] or "",
        c["doc"],
        outlet,
        published,
        c.get("start", ""),
        c.get("end", ""),
        c["text"],
    ]


def write_tables(data: dict[str, Any], folder: Path, walk: Callable[[Any], None] | None = None) -> None:
    """Every table into ``folder``, in one pass over each list of the export: the entities give
    their table and the mentions', the events theirs and the event sentences'. What is held is
    the names of the entities and the outlet and date of each document, never their texts or
    mentions. ``walk`` sees each entity, event and claim as it is read (the span check)."""
    names: dict[str, str] = {}
    docs: dict[str, tuple[str, str]] = {}
    with ExitStack() as stack:
        tables = {}
        for name, header in HEADERS.items():
            fh = stack.enter_context(open(folder / f"{name}.csv", "w", encoding="utf-8", newline=""))
            fh.write("\ufeff")  # a BOM, so spreadsheet programs read the accents
            tables[name] = csv.writer(fh)
            tables[name].writerow(header)
        for d in data["documents"]:
            docs[d["id"]] = (d.get("outlet") or "", d.get("published") or "")
            tables["documents"].writerow(_document(d))
        for e in data["entities"]:
            if walk:
                walk(e)
            names[e["id"]] = e["name"]
            tables["entities"].writerow(
                [e["id"], e["name"], e["type"], "; ".join(e["aliases"]), len(e["mentions"])]
            )
            tables["mentions"].writerows(
                [e["id"], m["doc"], m["start"], m["end"], m["text"]] for m in e["mentions"]
            )
        for ev in data["events"]:
            if walk:
                walk(ev)
            tables["events"].writerow(_event(ev, names))
            for m in ev["mentions"]:
                outlet, published = docs.get(m["doc"], ("", ""))
                tables["event_sentences"].writerow(
                    [ev["id"], m["doc"], outlet, published, m["start"], m["end"], m["text"]]
                )
        for c in data["claims"]:
            if walk:
                walk(c)
            tables["claims"].writerow(_claim(c, names, docs))
        for i, k in enumerate(data["contradictions"]):
            tables["contradictions"].writerow(
                [k.get("id", f"contradiction-{i + 1}"), k["reason"], "; ".join(k["claims"])]
            )


def write_csv(
    data: dict[str, Any],
    out: Path,
    walk: Callable[[Any], None] | None = None,
    check: Callable[[], None] | None = None,
) -> None:
    """One UTF-8 CSV per table, in the folder ``out`` or, for a name ending .zip, in a zip.
    The tables are written into a temporary folder beside ``out`` (``write_tables``), then
    ``check`` runs (it raises to refuse the export) and only then do they replace ``out``'s:
    a refused or failed export leaves ``out`` as it was."""
    parent = out.parent if out.suffix == ".zip" else out
    parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".storyline-csv-", dir=parent) as tmp:
        folder = Path(tmp)
        write_tables(data, folder, walk)
        if check:
            check()
        if out.suffix == ".zip":
            staged = folder / "tables.zip"
            with zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as z:
                for name in HEADERS:
                    with open(folder / f"{name}.csv", "rb") as src, z.open(f"{name}.csv", "w") as dst:
                        shutil.copyfileobj(src, dst)
            os.replace(staged, out)
            return
        for name in HEADERS:
            os.replace(folder / f"{name}.csv", out / f"{name}.csv")
