"""Exports of the whole store. JSON follows the contract ``storyline-export-v2``
(``../shared/contract/export.v2.schema.json``): every event of every status, each with its
status, and every event mention with its trigger and factuality."""

from __future__ import annotations

from typing import Any

from storyline.store.base import Store

FORMAT = "storyline-export-v2"

DOCUMENT = {"id", "source", "title", "outlet", "author", "published", "published_basis", "text", "sources"}
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
}
CLAIM = {"id", "speaker", "speaker_text", "stance", "text", "doc", "start", "end", "event", "attributed_to"}


def export_json(store: Store) -> dict[str, Any]:
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


def _contradiction(k) -> dict[str, Any]:
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
