"""Exports of the whole store. JSON follows the contract ``storyline-export-v1``."""

from __future__ import annotations

FORMAT = "storyline-export-v1"
# v1's closed set of event types; a newer type is exported as OTHER with the type itself in
# the extra field "subtype" (v2 opens the set)
V1_TYPES = {
    "MEET", "CALL", "COMMUNICATE", "PROPOSE", "STATEMENT", "DENY", "CONFIRM", "TESTIFY", "RESIGN",
    "FIRE", "RECUSE", "APPOINT", "PLEAD", "SENTENCE", "INVESTIGATE", "ELECTION", "OTHER",
}  # fmt: skip


def _event(ev: dict) -> dict:
    out = {
        k: ev[k] for k in ("id", "type", "label", "participants", "date", "location", "mentions", "sources")
    }
    if out["type"] not in V1_TYPES:
        out["type"], out["subtype"] = "OTHER", ev["type"]
    out["salience"] = ev.get("salience", 0.0)
    return out


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
        "events": [_event(ev) for ev in events],
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
