"""ingest → clean → extract → resolve → store, for whatever the user points at."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import Any, Optional, Union

from storyline import pool
from storyline.clean import clean_html, clean_text
from storyline.extract import analyse_parsed, nlp
from storyline.extract.dates import infer_reference
from storyline.ingest.metadata import choose_published, doc_id, outlet_from_text, outlet_from_url
from storyline.ingest.readers import Failure, RawArticle, read
from storyline.model import Analysis, Document, Resolution
from storyline.resolve.blocking import resolve_components
from storyline.resolve.contradictions.plain import store_search
from storyline.resolve.incremental import resolution_view, resolve_new
from storyline.store.base import Store

BATCH = 64  # articles parsed per nlp.pipe call; each is stored in its own transaction
# With worker processes, small tasks: an article's parse costs far more than shipping it, and
# at the end of a run a worker waits for the others' last task, so a task is a few articles.
PREPARE = 16  # raw articles cleaned per task (cleaning a text is quick; an HTML page is not)
EXTRACT = 4  # documents parsed and analysed per task
# The analyses a run stores are kept (without their texts) for its resolution, which would
# otherwise read them back from the store, in the serial tail of the run; up to this many.
KEEP = 1000


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
    if not (published or raw.meta.published or meta.published or raw.meta.fetched):
        inferred = infer_reference(cleaned.text)
    page_date = meta.published if raw.format == "html" else None  # <meta> of the page
    text_date = meta.published if raw.format != "html" else None  # a dateline in the text
    date, basis = choose_published(
        published, raw.meta.published, page_date, text_date, inferred, fetched=raw.meta.fetched
    )
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


def resolve_store(
    store: Store, force: bool = False, new_fn: Callable[[Store, set[str], int], bool] = resolve_new
) -> bool:
    """Resolve what is pending. Articles never resolved: against the candidates their blocking
    keys and dates fetch (resolve/incremental.py), touching only what they add. Articles whose
    component lost a document: that component again, in full. ``force``: every component
    again, from scratch (`storyline resolve`; after an upgrade, or to converge with a full
    resolution). The generation is read before the analyses: an article stored meanwhile
    keeps it pending. ``new_fn`` resolves new articles (on a Dask cluster: dask_resolve.py)."""
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
        fresh = store.never_resolved(pending)
        if fresh == pending:  # new articles only: against their block (resolve/incremental.py)
            if new_fn(store, pending, generation):
                return True
        # an article removed, or a resolution that died half-way: the components again, in full
        elif _resolve_component(store, store.component(pending), pending, generation):
            return True
    return False


def _resolve_component(store: Store, docs: set[str], pending: set[str], generation: int) -> bool:
    analyses = list(store.resolution_input(docs))
    return store.replace_resolution(
        docs, resolve_components(analyses, store_search(store)), resolved=pending, generation=generation
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


# --- the per-article work: plain records in and out, so that it runs the same in this process,
# in a worker process (--workers) or on a Dask worker; one bad article is one Failure in place.


def warm_up() -> None:
    """Load the model once per worker process, before its first task."""
    nlp.load()


def prepare(raws: list[RawArticle], published: Optional[str] = None) -> list[Union[Document, Failure]]:
    out: list[Union[Document, Failure]] = []
    for raw in raws:
        try:
            out.append(build_document(raw, published))
        except ValueError as exc:
            out.append(Failure(raw.source, str(exc)))
        except Exception as exc:  # a cleaner or date-parser bug: this article only
            out.append(Failure(raw.source, f"cleaning failed: {exc!r}"))
    return out


def extract(docs: list[Document]) -> list[Union[Analysis, Failure]]:
    out: list[Union[Analysis, Failure]] = []
    for doc, parsed in zip(docs, _parse([d.text for d in docs])):
        try:
            if isinstance(parsed, Exception):
                raise parsed
            out.append(analyse_parsed(doc, parsed))
        except Exception as exc:  # a bug on one article must not lose the others
            out.append(Failure(doc.source, f"extraction failed: {exc!r}"))
    return out


def _lost(item: Union[RawArticle, Document, str], exc: BaseException) -> Failure:
    """The failure of an article (or a file, on Dask) whose worker died on it, again when alone."""
    source = item if isinstance(item, str) else item.source
    return Failure(source, f"the worker process died on this input ({exc!r})")


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    published: Optional[str] = None,
    progress: Optional[Callable[[str], None]] = None,
    stdin=None,
    summary: Optional[Summary] = None,
    workers: int = 1,
) -> Summary:
    """Ingest files/folders/globs/'-' into the store, then re-resolve across the whole store.

    Reading happens here; cleaning and extraction in ``workers`` processes (1: this one), the
    results coming back in input order to this process, the one writer, which stores each
    article in its own transaction. Every per-article step is isolated: an article that fails
    anywhere becomes one failure in the summary and the run goes on. Pass ``summary`` to keep
    the counts if the run itself dies (the store unwritable, the disk full)."""
    summary = summary if summary is not None else Summary()

    def raws() -> Iterator[RawArticle]:
        for item in read(list(paths), stdin=stdin):
            if progress:
                progress(item.source)
            if isinstance(item, Failure):
                summary.failed.append(item)
            else:
                yield item

    items: Iterator[RawArticle] = raws()
    if workers > 1:  # a few articles are done before worker processes would have started
        head = list(islice(items, EXTRACT + 1))
        workers = workers if len(head) > EXTRACT else 1
        items = chain(head, items)
    executor = pool.Inline() if workers <= 1 else pool.Workers(workers, warm_up)
    stored: dict[str, Analysis] = {}
    with pool.few_collections():
        try:
            store_all(
                store,
                executor,
                pool.chunked(items, 1 if workers <= 1 else PREPARE),
                published,
                summary,
                workers,
                stored=stored,
            )
        finally:
            executor.close()
        # also when nothing is new: an earlier run may have died before its resolution was saved
        resolve_store(store, new_fn=partial(resolve_new, known=stored))
    return summary


def store_all(
    store: Store,
    executor: pool.Executor,
    raw_chunks: Iterable[list[Any]],  # raw articles; on Dask, the files to read
    published: Optional[str],
    summary: Summary,
    workers: int,
    prepare_fn: Callable[[list[Any]], list[Union[Document, Failure]]] | None = None,
    stored: dict[str, Analysis] | None = None,
) -> None:
    """Clean then extract on ``executor``, and store here, in input order. An article already
    stored (or met earlier in this run) is counted and skipped before its costly extraction.
    At most a few chunks per worker are in flight at each stage: memory stays bounded whatever
    the input's size. ``stored`` receives the stored analyses for the resolution, emptied for
    good past ``KEEP`` of them (the resolution then reads them from the store)."""
    batch = BATCH if workers <= 1 else EXTRACT
    ahead = 1 if workers <= 1 else 2 * workers
    seen_in_run: set[str] = set()
    kept = 0
    prepare_fn = prepare_fn or partial(prepare, published=published)

    def fresh() -> Iterator[Document]:
        for chunk in pool.ordered_map(executor, prepare_fn, raw_chunks, ahead, _lost):
            for doc in chunk:
                if isinstance(doc, Failure):
                    summary.failed.append(doc)
                elif doc.id in seen_in_run or store.has_document(doc.id):
                    summary.duplicate += 1
                else:
                    seen_in_run.add(doc.id)
                    yield doc

    extract_ahead = 1 if workers <= 1 else 4 * workers  # tasks are small: more of them queued
    for results in pool.ordered_map(executor, extract, pool.chunked(fresh(), batch), extract_ahead, _lost):
        for result in results:
            if isinstance(result, Failure):
                summary.failed.append(result)
            elif store.add_analysis(result):
                summary.new += 1
                summary.new_ids.append(result.doc.id)
                if stored is not None:
                    kept += 1
                    if kept <= KEEP:
                        stored[result.doc.id] = resolution_view(result)
                    else:
                        stored.clear()
            else:
                summary.duplicate += 1
