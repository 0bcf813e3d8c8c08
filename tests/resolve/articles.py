"""Real sentences through extraction as documents of their own, and through entity resolution."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve.entities import resolve_entities


def entity_ids(texts: list[str], published: str) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Mention text -> the entity ids it was given (one document per text); entity id -> name."""
    docs = []
    for i, text in enumerate(texts):
        c = clean_text(text)
        docs.append(
            Document(
                id=f"d{i}",
                source="s",
                original=c.original,
                text=c.text,
                offsets=c.offsets,
                published=published,
            )
        )
    analyses = list(analyse(docs))
    entities, mention_entity = resolve_entities(analyses)
    out: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.id in mention_entity:
                out.setdefault(m.text.strip(), set()).add(mention_entity[m.id])
    return out, {e.id: e.name for e in entities}


def analyses_of(texts: dict[str, tuple[str, str]]) -> list:
    """Document id -> (publication day, text): each text extracted as an article of its own."""
    docs = []
    for doc_id, (day, text) in texts.items():
        c = clean_text(text)
        docs.append(
            Document(
                id=doc_id, source=doc_id, original=c.original, text=c.text, offsets=c.offsets, published=day
            )
        )
    return list(analyse(docs))
