"""Exports of the whole store. JSON follows the contract ``storyline-export-v1``."""

from __future__ import annotations

from storyline.present.exporters import ExportError

FORMAT = "storyline-export-v1"


def export_json(store) -> dict:
    out = _export(store)
    bad = span_errors(out)
    if bad:  # wrong provenance is worse than none: refuse, naming the spans
        raise ExportError(
            f"{len(bad)} span(s) do not match their document's text, e.g. " + "; ".join(bad[:3])
        )
    return out


def span_errors(export: dict) -> list[str]:
    """Every span with doc/start/end/text, anywhere in the export, checked against the text of
    its document. Offsets are into the original (contract), exported as ``original``."""
    originals = {d["id"]: d["original"] for d in export["documents"]}
    bad: list[str] = []

    def walk(node, doc=None):
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


def _export(store) -> dict:
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
                    "original",  # the text the offsets point into (the contract's "original text")
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
