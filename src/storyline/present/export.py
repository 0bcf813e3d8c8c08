"""Exports of the whole store. JSON follows the contract ``storyline-export-v2``
(``../shared/contract/export.v2.schema.json``): every event of every status, each with its
status, and every event mention with its trigger and factuality."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any, TypeVar

from pydantic import BaseModel

from storyline.present.exporters import ExportError
from storyline.store.base import Store
from storyline.store.records import ContradictionRecord, Page

T = TypeVar("T", bound=BaseModel)
PAGE = 500  # rows read from the store at a time when streaming
SPAN_BATCH = 100_000  # spans held before they are checked against their documents

FORMAT = "storyline-export-v2"

# "original" is the text every offset points into (the contract's "original text")
DOCUMENT = {
    "id",
    "source",
    "title",
    "outlet",
    "author",
    "published",
    "published_basis",
    "text",
    "original",
    "sources",
}
ENTITY = {"id", "name", "type", "aliases", "roles", "mentions"}
EVENT = {
    "id",
    "type",
    "label",
    "participants",
    "date",
    "location",
    "mentions",
    "sources",
    "status",
    "first_reported",
    "confidence",
    "other_dates",
    "salience",  # an extra field (resolve/salience.py)
}
CLAIM = {"id", "speaker", "speaker_text", "stance", "text", "doc", "start", "end", "event", "attributed_to"}


def export_json(store: Store) -> dict[str, Any]:
    out = _export(store)
    bad = span_errors(out)
    if bad:  # wrong provenance is worse than none: refuse, naming the spans
        raise ExportError(
            f"{len(bad)} span(s) do not match their document's text, e.g. " + "; ".join(bad[:3])
        )
    return out


def span_errors(export: dict[str, Any]) -> list[str]:
    """Every span with doc/start/end/text, anywhere in the export, checked against the text of
    its document. Offsets are into the original (contract), exported as ``original``."""
    originals = {d["id"]: d["original"] for d in export["documents"]}
    spans = _Spans(lambda: ((doc, originals[doc]) for doc in originals))
    for key in ("entities", "events", "claims"):
        spans.walk(export[key])
    spans.check()
    return spans.bad


class _Spans:
    """Spans collected as the export is written, checked against their documents' originals
    in batches: one pass over the documents per SPAN_BATCH spans, never every text at once."""

    def __init__(self, documents: Callable[[], Iterator[tuple[str, str]]]):
        self.documents = documents
        self.pending: dict[str, list[tuple[int, int, str]]] = {}
        self.n = 0
        self.bad: list[str] = []

    def walk(self, node: Any, doc: Any = None) -> None:
        if isinstance(node, dict):
            doc = node.get("doc", doc)
            if isinstance(node.get("start"), int) and isinstance(node.get("text"), str) and doc:
                self.pending.setdefault(doc, []).append((node["start"], node["end"], node["text"]))
                self.n += 1
            for value in node.values():
                self.walk(value, doc)
        elif isinstance(node, list):
            for value in node:
                self.walk(value, doc)
        if self.n >= SPAN_BATCH:
            self.check()

    def check(self) -> None:
        if not self.pending:
            return
        for doc, original in self.documents():
            for start, end, text in self.pending.pop(doc, ()):
                got = original[start:end]
                if got != text:
                    self.bad.append(f"{doc}[{start}:{end}] is {got[:40]!r}, not {text[:40]!r}")
        for doc, spans in self.pending.items():  # a document the store does not have
            self.bad += [f"{doc}[{start}:{end}] is '', not {text[:40]!r}" for start, end, text in spans]
        self.pending, self.n = {}, 0


def _pages(fetch: Callable[[int, int], Page[T]]) -> Iterator[T]:
    offset = 0
    while True:
        items = fetch(PAGE, offset).items
        yield from items
        if len(items) < PAGE:
            return
        offset += PAGE


def _sections(store: Store) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """The export's lists, each read from the store a page at a time."""
    yield (
        "documents",
        (
            d.model_dump(mode="json", include=DOCUMENT)
            for d in _pages(lambda n, o: store.document_records(limit=n, offset=o))
        ),
    )
    yield (
        "entities",
        (
            e.model_dump(mode="json", include=ENTITY)
            for e in _pages(lambda n, o: store.entities(with_mentions=True, limit=n, offset=o))
        ),
    )
    yield (
        "events",
        (
            ev.model_dump(mode="json", include=EVENT)
            for ev in _pages(lambda n, o: store.events(limit=n, offset=o))
        ),
    )
    # claims document by document (the store's order is by document): each page of an
    # offset would count and sort every claim again
    yield (
        "claims",
        (
            c.model_dump(mode="json", include=CLAIM)
            for doc in sorted(store.document_ids())
            for c in store.claims(doc=doc).items
        ),
    )
    yield (
        "contradictions",
        (_contradiction(k) for k in _pages(lambda n, o: store.contradictions(limit=n, offset=o))),
    )


def write_json(store: Store, out: IO[str]) -> None:
    """The JSON export written as it is read, a page of rows at a time: the same text as
    ``json.dumps(export_json(store), ensure_ascii=False, indent=1)`` and a newline. Raises
    ExportError after writing when a span does not match its document (the caller, writing to
    a temporary file, then discards it)."""
    spans = _Spans(
        lambda: ((d.id, d.original) for d in _pages(lambda n, o: store.document_records(limit=n, offset=o)))
    )
    out.write('{\n "format": ' + json.dumps(FORMAT) + ",")
    for i, (key, items) in enumerate(_sections(store)):
        out.write(("\n" if i == 0 else ",\n") + f" {json.dumps(key)}: [")
        first = True
        for item in items:
            if key in ("entities", "events", "claims"):
                spans.walk(item)
            text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            out.write(("\n  " if first else ",\n  ") + text)
            first = False
        out.write("]" if first else "\n ]")
    out.write("\n}\n")
    spans.check()
    if spans.bad:
        raise ExportError(
            f"{len(spans.bad)} span(s) do not match their document's text, e.g. " + "; ".join(spans.bad[:3])
        )


def _export(store: Store) -> dict[str, Any]:
    return {"format": FORMAT, **{key: list(items) for key, items in _sections(store)}}


def _contradiction(k: ContradictionRecord) -> dict[str, Any]:
    """Contract v2 asks `claims` (two or more) and `reason`; the sides come as extra fields.
    Where a side is told as plain fact, with no claim, its event mentions stand in `claims`."""
    ids = list(k.claims)
    if len(ids) < 2:
        ids += [r.mention for p in k.positions for r in p.reports if r.mention and r.mention not in ids]
    return {
        "claims": ids,
        "reason": k.reason,
        "kind": k.kind,
        "question": k.question,
        "qualified": k.qualified,
        "events": k.events,
        "positions": [p.model_dump(mode="json") for p in k.positions],
    }
