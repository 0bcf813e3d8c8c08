"""Reading stored extractions back as ``Analysis`` objects: in full, or lean for resolution."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from typing import Optional

from storyline.model import (
    Analysis,
    Certainty,
    Claim,
    DateRange,
    Document,
    EventMention,
    EventTime,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Polarity,
    Quantity,
    Sentence,
    Special,
)
from storyline.store.dbapi import Connection, Row


def _document(r: Row, full: bool) -> Document:
    return Document(
        id=r["id"],
        source=r["source"],
        original=r["original"] if full else "",
        text=r["text"] if full else "",
        offsets=OffsetMap.from_json(json.loads(r["offsets"])) if full else OffsetMap(),
        title=r["title"],
        outlet=r["outlet"],
        author=r["author"],
        published=r["published"],
        published_basis=r["published_basis"],
        raw_format=r["raw_format"],
        removed=json.loads(r["removed"]) if full else [],
        sources=json.loads(r["sources"]),
    )


def factuality_of(e: Row) -> Factuality:
    """The factuality columns of an event_mentions row."""
    return Factuality(
        Polarity(e["polarity"]), Certainty(e["certainty"]), EventTime(e["time"]), Special(e["special"])
    )


def _event_mention(e: Row) -> EventMention:
    return EventMention(
        id=e["id"],
        sent=e["sent"],
        type=e["type"],
        trigger=e["trigger"],
        lemma=e["lemma"],
        start=e["start"],
        end=e["end"],
        participants=[Participant(p["mention"], p["role"]) for p in json.loads(e["participants"])],
        date=DateRange(**json.loads(e["date"])) if e["date"] else None,
        location=e["location"],
        location_text=e["location_text"],
        sources=json.loads(e["sources"]),
        negated=bool(e["negated"]),
        anaphoric=bool(e["anaphoric"]),
        factuality=factuality_of(e),
        doc=e["doc"],
    )


def _claim(c: Row) -> Claim:
    return Claim(
        id=c["id"],
        sent=c["sent"],
        stance=c["stance"],
        text=c["text"],
        start=c["start"],
        end=c["end"],
        speaker=c["speaker"],
        speaker_text=c["speaker_text"],
        event=c["event_mention"],
        attributed_to=json.loads(c["attributed_to"]),
        doc=c["doc"],
        quantities=[Quantity(**q) for q in json.loads(c["quantities"])],
        answers=c["answers"],
        denied=c["denied"],
    )


CHUNK = 500  # ids per IN (...) list, well under SQLite's and PostgreSQL's parameter limits


def chunks(ids: Collection[str]) -> Iterator[list[str]]:
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def read_analyses(
    db: Connection, full: bool, begin: str = "BEGIN", docs: Optional[Collection[str]] = None
) -> Iterator[Analysis]:
    """Every document's extraction (or only those of ``docs``, in the same order); without
    ``full``, documents carry no texts, offsets or removed parts and no sentences are read
    (resolution uses none of them)."""
    tables = (
        ("sentences", "mentions", "event_mentions", "claims")
        if full
        else ("mentions", "event_mentions", "claims")
    )
    by_doc: dict[str, dict[str, list[Row]]] = {}
    cols = (
        "*" if full else "id, source, title, outlet, author, published, published_basis, raw_format, sources"
    )
    parts = (
        [("", [])] if docs is None else [(" IN (" + ",".join("?" * len(c)) + ")", c) for c in chunks(docs)]
    )
    documents: list[Row] = []
    # one read transaction (``begin``: PostgreSQL needs REPEATABLE READ for it): an article another
    # process commits meanwhile is either wholly in this snapshot or wholly absent
    db.execute(begin)
    try:
        for where, ids in parts:
            for table in tables:
                order = "doc, idx" if table == "sentences" else "doc, rowid"
                cond = f" WHERE doc{where}" if where else ""
                for r in db.execute(f"SELECT * FROM {table}{cond} ORDER BY {order}", ids):
                    by_doc.setdefault(r["doc"], {}).setdefault(table, []).append(r)
            cond = f" WHERE id{where}" if where else ""
            documents += db.execute(f"SELECT rowid AS n, {cols} FROM documents{cond} ORDER BY rowid", ids)
    finally:
        db.execute("COMMIT")
    documents.sort(key=lambda r: r["n"])
    for r in documents:
        rows = by_doc.pop(r["id"], {})
        yield Analysis(
            doc=_document(r, full),
            sentences=[
                Sentence(s["idx"], s["start"], s["end"], s["text"]) for s in rows.get("sentences", [])
            ],
            mentions=[
                Mention(m["id"], m["sent"], m["start"], m["end"], m["text"], m["type"], m["key"], m["role"])
                for m in rows.get("mentions", [])
            ],
            events=[_event_mention(e) for e in rows.get("event_mentions", [])],
            claims=[_claim(c) for c in rows.get("claims", [])],
        )
