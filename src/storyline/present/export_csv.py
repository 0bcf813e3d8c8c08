"""Spreadsheet export: one CSV table per kind of record, in a folder.

Every row that states a fact carries the document, offsets and sentence it came from, so a
spreadsheet user can filter and still cite.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

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


def tables(data: dict[str, Any]) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """Each table's name and its rows (header first), read from the export's lists as they are
    written: what is held is the names of the entities and the outlet and date of each document,
    never their texts or mentions."""
    names = {e["id"]: e["name"] for e in data["entities"]}
    docs = {d["id"]: (d.get("outlet") or "", d.get("published") or "") for d in data["documents"]}

    def documents() -> Iterator[list[Any]]:
        for d in data["documents"]:
            yield [
                d["id"],
                d.get("title") or "",
                d.get("outlet") or "",
                d.get("author") or "",
                d.get("published") or "",
                d.get("published_basis") or "",
                d["source"],
            ]

    def entities() -> Iterator[list[Any]]:
        for e in data["entities"]:
            yield [e["id"], e["name"], e["type"], "; ".join(e["aliases"]), len(e["mentions"])]

    def mentions() -> Iterator[list[Any]]:
        for e in data["entities"]:
            yield from ([e["id"], m["doc"], m["start"], m["end"], m["text"]] for m in e["mentions"])

    def events() -> Iterator[list[Any]]:
        for ev in data["events"]:
            parts = "; ".join(
                f"{names.get(p['entity'], p['entity'])} ({p.get('role') or ''})" for p in ev["participants"]
            )
            yield [
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

    def event_sentences() -> Iterator[list[Any]]:
        for ev in data["events"]:
            for m in ev["mentions"]:
                outlet, published = docs.get(m["doc"], ("", ""))
                yield [ev["id"], m["doc"], outlet, published, m["start"], m["end"], m["text"]]

    def claims() -> Iterator[list[Any]]:
        for c in data["claims"]:
            outlet, published = docs.get(c["doc"], ("", ""))
            yield [
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

    def contradictions() -> Iterator[list[Any]]:
        for i, k in enumerate(data["contradictions"]):
            yield [k.get("id", f"contradiction-{i + 1}"), k["reason"], "; ".join(k["claims"])]

    rows = {
        "documents": documents,
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "event_sentences": event_sentences,
        "claims": claims,
        "contradictions": contradictions,
    }
    for name, read in rows.items():
        yield name, itertools.chain([HEADERS[name]], read())


def _write_table(fh: IO[str], rows: Iterable[list[Any]]) -> None:
    fh.write("\ufeff")  # a BOM, so spreadsheet programs read the accents
    csv.writer(fh).writerows(rows)


def write_csv(data: dict[str, Any], out: Path) -> None:
    """One UTF-8 CSV per table, in the folder ``out`` or, for a name ending .zip, in a zip;
    each written row by row as the export is read."""
    if out.suffix == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, rows in tables(data):
                with (
                    z.open(f"{name}.csv", "w") as raw,
                    io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh,
                ):
                    _write_table(fh, rows)
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables(data):
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            _write_table(fh, rows)
