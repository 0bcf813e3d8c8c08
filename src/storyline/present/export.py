"""Exports of the whole store. JSON follows the contract ``storyline-export-v2``
(``../shared/contract/export.v2.schema.json``): every event of every status, each with its
status, and every event mention with its trigger and factuality."""

from __future__ import annotations

from typing import Any

from storyline.present.exporters import ExportError
from storyline.store.base import Store
from storyline.store.records import ContradictionRecord

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
    bad: list[str] = []

    def walk(node: Any, doc: Any = None) -> None:
        if isinstance(node, dict):
            doc = node.get("doc", doc)
            if isinstance(node.get("start"), int) and isinstance(node.get("text"), str) and doc:
                got = originals.get(doc, "")[node["start"] : node["end"]]
                if got != node["text"]:
                    bad.append(
                        f"{doc}[{node['start']}:{node['end']}] is {got[:40]!r}, not {node['text'][:40]!r}"
                    )
            for value in node.values():
                walk(value, doc)
        elif isinstance(node, list):
            for value in node:
                walk(value, doc)

    for key in ("entities", "events", "claims"):
        walk(export[key])
    return bad


def _export(store: Store) -> dict[str, Any]:
    documents = store.document_records().items
    entities = store.entities(with_mentions=True).items
    events = store.events().items  # every status: the export is the whole store
    claims = store.claims().items
    contradictions = store.contradictions().items
    return {
        "format": FORMAT,
        "documents": [d.model_dump(mode="json", include=DOCUMENT) for d in documents],
        "entities": [e.model_dump(mode="json", include=ENTITY) for e in entities],
        "events": [ev.model_dump(mode="json", include=EVENT) for ev in events],
        "claims": [c.model_dump(mode="json", include=CLAIM) for c in claims],
        "contradictions": [_contradiction(k) for k in contradictions],
    }


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
