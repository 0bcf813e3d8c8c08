"""ingest → clean → extract → resolve → store, for whatever the user points at."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Optional

from storyline.clean import clean_html, clean_text
from storyline.extract import analyse_parsed, nlp
from storyline.extract.dates import infer_reference
from storyline.ingest.metadata import choose_published, doc_id, outlet_from_text, outlet_from_url
from storyline.ingest.readers import Failure, RawArticle, read
from storyline.model import Document
from storyline.resolve import resolve
from storyline.store.base import Store

BATCH = 64  # articles parsed per nlp.pipe call; each is stored in its own transaction


@dataclass
class Summary:
    new: int = 0
    duplicate: int = 0
    failed: list[Failure] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.new} new, {self.duplicate} already stored, {len(self.failed)} failed"


def build_document(raw: RawArticle, published: Optional[str] = None) -> Document:
    """Clean one raw article and settle its metadata. Raises ValueError for a bad article."""
    cleaned = (
        clean_html(raw.content, raw.meta.get("url")) if raw.format == "html" else clean_text(raw.content)
    )
    if not cleaned.text.strip():
        raise ValueError("no article text left after cleaning")
    meta = cleaned.metadata
    inferred = None
    if not (published or raw.meta.get("published") or meta.get("date")):
        inferred = infer_reference(cleaned.text)
    page_date = meta.get("date") if raw.format == "html" else None  # <meta> of the page
    text_date = meta.get("date") if raw.format != "html" else None  # a dateline in the text
    date, basis = choose_published(published, raw.meta.get("published"), page_date, text_date, inferred)
    url = raw.meta.get("url") or meta.get("url")
    return Document(
        id=doc_id(cleaned.text),
        source=raw.source,
        original=cleaned.original,
        text=cleaned.text,
        offsets=cleaned.offsets,
        title=raw.meta.get("title") or meta.get("title"),
        outlet=(
            raw.meta.get("outlet")
            or meta.get("sitename")
            or outlet_from_url(url)
            or outlet_from_text(cleaned.text)
        ),
        author=raw.meta.get("author") or meta.get("author"),
        published=date,
        published_basis=basis,
        raw_format=raw.format,
        removed=cleaned.removed,
        sources=list(meta.get("sources") or []),
    )


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    published: Optional[str] = None,
    progress: Optional[Callable[[str], None]] = None,
    stdin=None,
) -> Summary:
    """Ingest files/folders/globs/'-' into the store, then re-resolve across the whole store."""
    summary = Summary()
    batch: list[Document] = []
    seen_in_run: set[str] = set()

    def flush():
        for doc, parsed in zip(batch, nlp.pipe(d.text for d in batch)):
            try:
                analysis = analyse_parsed(doc, parsed)
            except Exception as exc:  # a bug on one article must not lose the others
                summary.failed.append(Failure(doc.source, f"extraction failed: {exc!r}"))
                continue
            if store.add_analysis(analysis):
                summary.new += 1
                summary.new_ids.append(analysis.doc.id)
            else:
                summary.duplicate += 1
        batch.clear()

    for item in read(list(paths), stdin=stdin):
        if progress:
            progress(item.source)
        if isinstance(item, Failure):
            summary.failed.append(item)
            continue
        try:
            doc = build_document(item, published)
        except ValueError as exc:
            summary.failed.append(Failure(item.source, str(exc)))
            continue
        if doc.id in seen_in_run or store.has_document(doc.id):
            summary.duplicate += 1
            continue
        seen_in_run.add(doc.id)
        batch.append(doc)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    if summary.new:
        store.save_resolution(resolve(list(store.resolution_input())))
    return summary
