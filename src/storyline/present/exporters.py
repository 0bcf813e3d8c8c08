"""Every export format behind one call, for the CLI and the API: the JSON contract document is
built once from the store and each other format is a view of it."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Optional

from storyline.model import TIMELINE_STATUSES, first_day, last_day

EXPORT_FORMATS = ("json", "csv", "graphml", "gexf", "ftm", "md", "html")


class ExportError(ValueError):
    """An export that cannot be written as asked (a bad path, csv without a folder)."""


@dataclass
class ExportFilter:
    """Which part of the story to export: the events one entity takes part in, those whose date
    overlaps [date_from, date_to], those with one of ``statuses``; with them the claims about
    them, their participants and the documents that report them. Empty means everything."""

    entity: Optional[str] = None  # entity id
    date_from: Optional[str] = None  # ISO date
    date_to: Optional[str] = None
    statuses: Optional[frozenset[str]] = None

    def keeps(self, ev: dict[str, Any]) -> bool:
        if self.entity and self.entity not in {p["entity"] for p in ev["participants"]}:
            return False
        if self.statuses is not None and (ev.get("status") or "HAPPENED") not in self.statuses:
            return False
        if self.date_from or self.date_to:
            d = ev.get("date") or {}
            lo, hi = first_day(d.get("start")), last_day(d.get("end") or d.get("start"))
            if lo is None or hi is None:
                return False  # an undated event is not inside any period
            if (self.date_from and hi < self.date_from) or (
                self.date_to and lo > (last_day(self.date_to) or self.date_to)
            ):
                return False
        return True

    @property
    def empty(self) -> bool:
        return not (self.entity or self.date_from or self.date_to or self.statuses is not None)


def filter_data(data: dict[str, Any], f: ExportFilter) -> dict[str, Any]:
    if f.empty:
        return data
    events = [ev for ev in data["events"] if f.keeps(ev)]
    ids = {ev["id"] for ev in events}
    claims = [c for c in data["claims"] if c["event"] in ids or (f.entity and c["speaker"] == f.entity)]
    claim_ids = {c["id"] for c in claims}
    entity_ids = {p["entity"] for ev in events for p in ev["participants"]} | {
        ev["location"] for ev in events
    }
    entity_ids |= {c["speaker"] for c in claims} | ({f.entity} if f.entity else set())
    doc_ids = {m["doc"] for ev in events for m in ev["mentions"]} | {c["doc"] for c in claims}
    return {
        **data,
        "documents": [d for d in data["documents"] if d["id"] in doc_ids],
        "entities": [e for e in data["entities"] if e["id"] in entity_ids],
        "events": events,
        "claims": claims,
        "contradictions": [
            k
            for k in data["contradictions"]
            if set(k["claims"]) <= claim_ids or set(k.get("events", ())) & {ev["id"] for ev in events}
        ],
    }


def _text_out(out: Optional[str], text: str) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _stream_json(store: Any, out: Optional[str]) -> None:
    """The whole store as JSON, written as it is read (memory does not grow with the store),
    into a temporary file beside ``out`` that replaces it only when complete and checked."""
    import os
    import shutil
    import tempfile

    from storyline.present.export import write_json

    folder = os.path.dirname(os.path.abspath(out)) if out else None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".storyline-export-", suffix=".json", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {out or 'a temporary file'}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            write_json(store, fh)
        if out is None:
            with open(tmp, encoding="utf-8") as fh:
                shutil.copyfileobj(fh, sys.stdout)
            sys.stdout.flush()
        else:
            os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out or 'the export'}: {exc.strerror or exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_export(
    store: Any,
    fmt: str,
    out: Optional[str] = None,
    shape: str = "entities",
    where: Optional[ExportFilter] = None,
) -> None:
    """Write the store (or the part ``where`` selects) in ``fmt``. JSON and CSV keep every status
    unless asked, and the report sets what did not happen apart; the network links entities only
    through what happened (HAPPENED and DISPUTED events)."""
    from storyline.present.export import export_json

    where = where or ExportFilter()
    if fmt == "json" and where.empty:
        _stream_json(store, out)
        return
    if where.statuses is None and fmt in ("graphml", "gexf"):
        where = replace(where, statuses=frozenset(TIMELINE_STATUSES))
    data = filter_data(export_json(store), where)
    if fmt == "json":
        _text_out(out, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        from storyline.present.export_csv import write_csv

        if out is None:
            raise ExportError("csv writes one file per table: give --out FOLDER or --out FILE.zip")
        if Path(out).exists() and not Path(out).is_dir() and not out.endswith(".zip"):
            raise ExportError(f"{out} is a file: csv needs a folder (or a .zip name) for its tables")
        try:
            write_csv(data, Path(out))
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    elif fmt in ("graphml", "gexf"):
        import io

        from storyline.present.export_graph import write_graph

        buf = io.BytesIO()
        write_graph(data, buf, fmt, shape)  # networkx writes bytes to a file object
        if out is None:
            sys.stdout.buffer.write(buf.getvalue())
            sys.stdout.flush()
        else:
            _text_out(out, buf.getvalue().decode("utf-8"))
    elif fmt == "ftm":
        import io

        from storyline.present.export_ftm import write_ftm

        text = io.StringIO()
        write_ftm(data, text)
        _text_out(out, text.getvalue())
    elif fmt in ("md", "html"):
        from storyline.present.report import build_report, to_html, to_markdown

        rep = build_report(data)
        _text_out(out, to_markdown(rep) if fmt == "md" else to_html(rep))
    else:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
