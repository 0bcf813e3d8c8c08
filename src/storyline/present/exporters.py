"""Every export format behind one call, for the CLI and the API: each is written from the JSON
contract document as a view of the store (``export.export_view``), read a page at a time."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Optional

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
    """The part of the export ``f`` selects. ``data``'s lists are read twice (events and claims
    once more, to find what is kept) and never held: each list of the answer is a ``Section``
    that filters ``data``'s as it is iterated, so only the kept ids stay in memory."""
    if f.empty:
        return data
    from storyline.present.export import Section

    ids: set[str] = set()
    entity_ids: set[Any] = {f.entity} if f.entity else set()
    doc_ids: set[str] = set()
    for ev in data["events"]:
        if f.keeps(ev):
            ids.add(ev["id"])
            entity_ids |= {p["entity"] for p in ev["participants"]} | {ev["location"]}
            doc_ids |= {m["doc"] for m in ev["mentions"]}
    claim_ids: set[str] = set()
    for c in data["claims"]:
        if c["event"] in ids or (f.entity and c["speaker"] == f.entity):
            claim_ids.add(c["id"])
            entity_ids.add(c["speaker"])
            doc_ids.add(c["doc"])

    def kept(key: str, test: Callable[[dict[str, Any]], bool]) -> Section:
        return Section(lambda: (x for x in data[key] if test(x)))

    return {
        **data,
        "documents": kept("documents", lambda d: d["id"] in doc_ids),
        "entities": kept("entities", lambda e: e["id"] in entity_ids),
        "events": kept("events", lambda ev: ev["id"] in ids),
        "claims": kept("claims", lambda c: c["id"] in claim_ids),
        "contradictions": kept(
            "contradictions", lambda k: set(k["claims"]) <= claim_ids or bool(set(k.get("events", ())) & ids)
        ),
    }


def _written(out: Optional[str], write: Callable[[IO[Any]], object], binary: bool = False) -> None:
    """Run ``write`` on a temporary file beside ``out`` (a folder's temp when ``out`` is stdout)
    that replaces ``out`` only when complete, so a failed export leaves nothing half-written and
    its output is never held in memory; then copy it to stdout when no ``out`` is given."""
    import os
    import shutil
    import tempfile

    folder = os.path.dirname(os.path.abspath(out)) if out else None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".storyline-export-", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {out or 'a temporary file'}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8") as fh:
            write(fh)
        if out is None:
            sys.stdout.flush()
            with open(tmp, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
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
    through what happened (HAPPENED and DISPUTED events). Every format is written from the store
    a page at a time (``export_view``): memory holds a page, the ids kept by a filter, and what
    a format must gather before writing (the graph's nodes and edges, the report's lines)."""
    from storyline.present.export import check_spans, export_view, originals, span_check, write_json

    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "csv":  # checked before anything is read
        if out is None:
            raise ExportError("csv writes one file per table: give --out FOLDER or --out FILE.zip")
        if Path(out).exists() and not Path(out).is_dir() and not out.endswith(".zip"):
            raise ExportError(f"{out} is a file: csv needs a folder (or a .zip name) for its tables")
    where = where or ExportFilter()
    if where.statuses is None and fmt in ("graphml", "gexf"):
        where = replace(where, statuses=frozenset(TIMELINE_STATUSES))
    data = filter_data(export_view(store), where)
    if fmt == "json":  # its spans are checked as they are written
        _written(out, lambda fh: write_json(store, fh, data))
        return
    if fmt == "csv" and out is not None:  # its spans too, before the tables replace out's
        from storyline.present.export_csv import write_csv

        walk, check = span_check(store)
        try:
            write_csv(data, Path(out), walk, check)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
        return
    check_spans(data, originals(store))  # one pass before writing: a bad span writes nothing
    if fmt in ("graphml", "gexf"):
        from storyline.present.export_graph import write_graph

        _written(out, lambda fh: write_graph(data, fh, fmt, shape), binary=True)
    elif fmt == "ftm":
        from storyline.present.export_ftm import write_ftm

        _written(out, lambda fh: write_ftm(data, fh))
    else:
        from storyline.present.report import build_report, to_html, to_markdown

        rep = build_report(data)
        _written(out, lambda fh: fh.write(to_markdown(rep) if fmt == "md" else to_html(rep)))
