"""Spreadsheet export: one CSV table per kind of record, in a folder.

Every row that states a fact carries the document, offsets and sentence it came from, so a
spreadsheet user can filter and still cite.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from storyline.model import DateRange


def _date(d: dict[str, Any] | None) -> tuple[str, str, str, str, str]:
    """As written (ISO, possibly partial: '2016-12'), then the first and last day it covers."""
    if not d:
        return "", "", "", "", ""
    r = DateRange(d.get("start"), d.get("end"), d.get("text") or "")
    return r.start or "", r.end or "", r.first_day or "", r.last_day or "", r.text


def tables(data: dict[str, Any]) -> dict[str, list[list[Any]]]:
    """Header row plus rows, per table name, from a storyline export document."""
    names = {e["id"]: e["name"] for e in data["entities"]}
    docs = {d["id"]: d for d in data["documents"]}
    out: dict[str, list[list[Any]]] = {
        "documents": [["id", "title", "outlet", "author", "published", "published_basis", "source"]],
        "entities": [["id", "name", "type", "aliases", "mentions"]],
        "mentions": [["entity", "doc", "start", "end", "text"]],
        "events": [
            [
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
            ]
        ],
        "event_sentences": [["event", "doc", "outlet", "published", "start", "end", "text"]],
        "claims": [
            [
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
            ]
        ],
        "contradictions": [["id", "reason", "claims"]],
    }
    for d in data["documents"]:
        out["documents"].append(
            [
                d["id"],
                d.get("title") or "",
                d.get("outlet") or "",
                d.get("author") or "",
                d.get("published") or "",
                d.get("published_basis") or "",
                d["source"],
            ]
        )
    for e in data["entities"]:
        out["entities"].append([e["id"], e["name"], e["type"], "; ".join(e["aliases"]), len(e["mentions"])])
        out["mentions"] += [[e["id"], m["doc"], m["start"], m["end"], m["text"]] for m in e["mentions"]]
    for ev in data["events"]:
        parts = "; ".join(
            f"{names.get(p['entity'], p['entity'])} ({p.get('role') or ''})" for p in ev["participants"]
        )
        n_docs = len({m["doc"] for m in ev["mentions"]})
        out["events"].append(
            [
                ev["id"],
                ev["type"],
                ev["label"],
                ev.get("status", ""),
                *_date(ev["date"]),
                ev.get("first_reported") or "",
                ev.get("confidence", ""),
                names.get(ev["location"], "") if ev["location"] else "",
                parts,
                n_docs,
                "; ".join(ev["sources"]),
            ]
        )
        for m in ev["mentions"]:
            doc = docs.get(m["doc"], {})
            out["event_sentences"].append(
                [
                    ev["id"],
                    m["doc"],
                    doc.get("outlet") or "",
                    doc.get("published") or "",
                    m["start"],
                    m["end"],
                    m["text"],
                ]
            )
    for c in data["claims"]:
        doc = docs.get(c["doc"], {})
        out["claims"].append(
            [
                c["id"],
                c["stance"],
                names.get(c["speaker"], "") if c["speaker"] else "",
                c.get("speaker_text") or "",
                c["event"] or "",
                c["doc"],
                doc.get("outlet") or "",
                doc.get("published") or "",
                c.get("start", ""),
                c.get("end", ""),
                c["text"],
            ]
        )
    for i, k in enumerate(data["contradictions"]):
        out["contradictions"].append(
            [k.get("id", f"contradiction-{i + 1}"), k["reason"], "; ".join(k["claims"])]
        )
    return out


def _csv_text(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return "\ufeff" + buf.getvalue()  # a BOM, so spreadsheet programs read the accents


def write_csv(data: dict[str, Any], out: Path) -> None:
    """One UTF-8 CSV per table, in the folder ``out`` or, for a name ending .zip, in a zip."""
    if out.suffix == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, rows in tables(data).items():
                z.writestr(f"{name}.csv", _csv_text(rows))
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables(data).items():
        (out / f"{name}.csv").write_text(_csv_text(rows), encoding="utf-8", newline="")
