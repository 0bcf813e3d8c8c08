"""Exports of the whole store. JSON follows the contract ``storyline-export-v2``
(``../shared/contract/export.v2.schema.json``): every event of every status, each with its
status, and every event mention with its trigger and factuality."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import IO, Any, Optional, TypeVar

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
    _refuse(span_errors(out))
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


class Section:
    """One list of the export, read from the store anew on every pass, a page at a time: a
    consumer that iterates it holds one page, never the whole list."""

    def __init__(self, read: Callable[[], Iterator[dict[str, Any]]]):
        self._read = read

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._read()


def _readers(store: Store) -> dict[str, Callable[[], Iterator[dict[str, Any]]]]:
    """Each list of the export as a function that reads it from the store page by page."""

    def documents() -> Iterator[dict[str, Any]]:
        for d in _pages(lambda n, o: store.document_records(limit=n, offset=o)):
            yield d.model_dump(mode="json", include=DOCUMENT)

    def entities() -> Iterator[dict[str, Any]]:
        for e in _pages(lambda n, o: store.entities(with_mentions=True, limit=n, offset=o)):
            yield e.model_dump(mode="json", include=ENTITY)

    def events() -> Iterator[dict[str, Any]]:
        for ev in _pages(lambda n, o: store.events(limit=n, offset=o)):
            yield ev.model_dump(mode="json", include=EVENT)

    def claims() -> Iterator[dict[str, Any]]:
        # document by document (the store's order is by document): each page of an offset
        # would count and sort every claim again
        for doc in sorted(store.document_ids()):
            for c in store.claims(doc=doc).items:
                yield c.model_dump(mode="json", include=CLAIM)

    def contradictions() -> Iterator[dict[str, Any]]:
        for k in _pages(lambda n, o: store.contradictions(limit=n, offset=o)):
            yield _contradiction(k)

    return {
        "documents": documents,
        "entities": entities,
        "events": events,
        "claims": claims,
        "contradictions": contradictions,
    }


def export_view(store: Store) -> dict[str, Any]:
    """The export as ``export_json`` shapes it, each list a ``Section`` read from the store as it
    is iterated: what the other formats are written from without holding the store."""
    return {"format": FORMAT, **{key: Section(read) for key, read in _readers(store).items()}}


def _sections(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    return ((key, data[key]) for key in ("documents", "entities", "events", "claims", "contradictions"))


def check_spans(data: dict[str, Any], documents: Callable[[], Iterator[tuple[str, str]]]) -> None:
    """Raise ExportError when a span of the export's entities, events or claims does not match
    its document's text (read through ``documents``, a pass per SPAN_BATCH spans)."""
    spans = _Spans(documents)
    for key in ("entities", "events", "claims"):
        for item in data[key]:
            spans.walk(item)
    spans.check()
    _refuse(spans.bad)


def span_check(store: Store) -> tuple[Callable[[Any], None], Callable[[], None]]:
    """(walk, check) for an export that checks its spans as it writes: ``walk`` each entity,
    event and claim as it is read, then ``check`` raises ExportError if a span is wrong."""
    spans = _Spans(originals(store))

    def check() -> None:
        spans.check()
        _refuse(spans.bad)

    return spans.walk, check


def _refuse(bad: list[str]) -> None:
    if bad:  # wrong provenance is worse than none: refuse, naming the spans
        raise ExportError(
            f"{len(bad)} span(s) do not match their document's text, e.g. " + "; ".join(bad[:3])
        )


def originals(store: Store) -> Callable[[], Iterator[tuple[str, str]]]:
    """Every document's id and original text, a page at a time, on each call."""
    return lambda: (
        (d.id, d.original) for d in _pages(lambda n, o: store.document_records(limit=n, offset=o))
    )


def write_json(store: Store, out: IO[str], data: Optional[dict[str, Any]] = None) -> None:
    """The JSON export written as it is read, a page of rows at a time: the same text as
    ``json.dumps(export_json(store), ensure_ascii=False, indent=1)`` and a newline; ``data``: a
    view of the store to write instead (``export_view``, filtered). Raises ExportError after
    writing when a span does not match its document (the caller, writing to a temporary file,
    then discards it)."""
    walk, check = span_check(store)
    out.write('{\n "format": ' + json.dumps(FORMAT) + ",")
    for i, (key, items) in enumerate(_sections(data if data is not None else export_view(store))):
        out.write(("\n" if i == 0 else ",\n") + f" {json.dumps(key)}: [")
        first = True
        for item in items:
            if key in ("entities", "events", "claims"):
                walk(item)
            text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            out.write(("\n  " if first else ",\n  ") + text)
            first = False
        out.write("]" if first else "\n ]")
    out.write("\n}\n")
    check()


def _export(store: Store) -> dict[str, Any]:
    return {"format": FORMAT, **{key: list(items) for key, items in _sections(export_view(store))}}


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
