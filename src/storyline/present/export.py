"""Exports of the whole store. JSON follows the contract ``storyline-export-v1``."""

from __future__ import annotations

FORMAT = "storyline-export-v1"


def export_json(store) -> dict:
    documents, _ = store.documents(with_text=True)
    entities, _ = store.entities(with_mentions=True)
    events, _ = store.events()
    claims, _ = store.claims()
    contradictions, _ = store.contradictions()
    return {
        "format": FORMAT,
        "documents": [
            {
                k: d[k]
                for k in (
                    "id",
                    "source",
                    "title",
                    "outlet",
                    "author",
                    "published",
                    "published_basis",
                    "text",
                    "sources",
                )
            }
            for d in documents
        ],
        "entities": [
            {k: e[k] for k in ("id", "name", "type", "aliases", "roles", "mentions")} for e in entities
        ],
        "events": [
            {
                k: ev[k]
                for k in ("id", "type", "label", "participants", "date", "location", "mentions", "sources")
            }
            for ev in events
        ],
        "claims": [
            {
                k: c[k]
                for k in (
                    "id",
                    "speaker",
                    "speaker_text",
                    "stance",
                    "text",
                    "doc",
                    "start",
                    "end",
                    "event",
                    "attributed_to",
                )
            }
            for c in claims
        ],
        "contradictions": [{"claims": k["claims"], "reason": k["reason"]} for k in contradictions],
    }
