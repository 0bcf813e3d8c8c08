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
from storyline.model import Document, Resolution
from storyline.resolve.blocking import resolve_components
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
    cleaned = clean_html(raw.content, raw.meta.url) if raw.format == "html" else clean_text(raw.content)
    if not cleaned.text.strip():
        raise ValueError("no article text left after cleaning")
    meta = cleaned.metadata
    inferred = None
    if not (published or raw.meta.published or meta.published):
        inferred = infer_reference(cleaned.text)
    page_date = meta.published if raw.format == "html" else None  # <meta> of the page
    text_date = meta.published if raw.format != "html" else None  # a dateline in the text
    date, basis = choose_published(published, raw.meta.published, page_date, text_date, inferred)
    url = raw.meta.url or meta.url
    return Document(
        id=doc_id(cleaned.text),
        source=raw.source,
        original=cleaned.original,
        text=cleaned.text,
        offsets=cleaned.offsets,
        title=raw.meta.title or meta.title,
        outlet=(raw.meta.outlet or meta.outlet or outlet_from_url(url) or outlet_from_text(cleaned.text)),
        author=raw.meta.author or meta.author,
        published=date,
        published_basis=basis,
        raw_format=raw.format,
        removed=cleaned.removed,
        sources=list(meta.sources),
    )


def resolve_store(store: Store, force: bool = False) -> bool:
    """Resolve what is pending: the components (resolve.blocking) of the articles stored since
    they were last resolved, each read from the store alone and its results replacing only its
    own. ``force``: every component again (after an upgrade). The generation is read before
    the analyses: an article stored meanwhile keeps it pending."""
    if force:
        pending = store.unresolved()
        generation = store.generation()
        saved = False
        for docs in store.components():
            saved |= _resolve_component(store, docs, docs & pending, generation)
        if not saved:  # an empty store: still record that it is resolved
            saved = store.save_resolution(Resolution(), generation=generation)
        return saved
    for _ in range(3):  # a concurrent run saved first: what it left pending is ours to finish
        if not store.resolution_pending():
            return False
        # the pending articles before the generation: one stored in between is counted as
        # resolved but stays listed as unresolved, so it is resolved next time, never lost
        pending = store.unresolved()
        generation = store.generation()
        if not pending:  # the counter is behind and nothing is listed: every component again
            return resolve_store(store, force=True)
        if _resolve_component(store, store.component(pending), pending, generation):
            return True
    return False


def _resolve_component(store: Store, docs: set[str], pending: set[str], generation: int) -> bool:
    analyses = list(store.resolution_input(docs))
    return store.replace_resolution(
        docs, resolve_components(analyses), resolved=pending, generation=generation
    )


def _parse(texts: list[str]) -> list:
    """spaCy docs for a batch; when the batch fails, article by article so that only the bad
    one is lost (an exception inside nlp.pipe would otherwise take the whole batch with it)."""
    try:
        return list(nlp.pipe(texts))
    except Exception:
        parsed = []
        for text in texts:
            try:
                parsed.append(next(iter(nlp.pipe([text]))))
            except Exception as exc:
                parsed.append(exc)
        return parsed


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    published: Optional[str] = None,
    progress: Optional[Callable[[str], None]] = None,
    stdin=None,
    summary: Optional[Summary] = None,
) -> Summary:
    """Ingest files/folders/globs/'-' into the store, then re-resolve across the whole store.

    Every per-article step is isolated: an article that fails anywhere becomes one failure in
    the summary and the run goes on. Pass ``summary`` to keep the counts if the run itself dies
    (the store unwritable, the disk full)."""
    summary = summary if summary is not None else Summary()
    batch: list[Document] = []
    seen_in_run: set[str] = set()

    def flush():
        for doc, parsed in zip(batch, _parse([d.text for d in batch])):
            try:
                if isinstance(parsed, Exception):
                    raise parsed
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
        except Exception as exc:  # a cleaner or date-parser bug: this article only
            summary.failed.append(Failure(item.source, f"cleaning failed: {exc!r}"))
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
    # also when nothing is new: an earlier run may have died before its resolution was saved
    resolve_store(store)
    return summary
