"""The one interface the pipeline and the presentation layer use to reach a store.

Two backends implement exactly these methods: SQLite (``sqlite.py``) and PostgreSQL
(``postgres.py``), sharing their SQL (``sql.py``, ``queries*.py``). Reads
return the typed records of ``storyline.store.records`` (shaped like the export contract,
``export.v2.schema.json``); lists come as a ``Page`` (items and the total over all pages).
``status`` filters take a collection of ``model.Status`` values; None means every status.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Optional

from storyline.model import TIMELINE_STATUSES, Analysis, Contradiction, DateRange, Resolution
from storyline.store.records import (
    ClaimRecord,
    ContradictionRecord,
    Counts,
    DocumentDetail,
    DocumentRecord,
    DocumentSummary,
    EntityDetail,
    EntityRecord,
    EventDetail,
    EventRecord,
    Graph,
    Page,
    SearchHit,
    Stats,
)

if TYPE_CHECKING:
    from storyline.resolve.incremental import Merge


class NotFound(LookupError):
    """An id that is not in the store."""


def contradiction_doc(c: Contradiction, claim_doc: Callable[[str], Optional[str]]) -> Optional[str]:
    """One document of a contradiction (all of them are in one component): the first report's,
    else the first claim's."""
    for p in c.positions:
        for r in p.reports:
            if r.doc:
                return r.doc
    for claim in c.claims:
        doc = claim_doc(claim)
        if doc:
            return doc
    return None


def cap_reports(k: ContradictionRecord, max_reports: Optional[int]) -> ContradictionRecord:
    """The disagreement with each side's first ``max_reports`` reports and their claims (the
    totals kept), for lists: one side of a disagreement can have a thousand reports."""
    if max_reports is None or all(len(p.reports) <= max_reports for p in k.positions):
        return k
    positions = [
        p.model_copy(update={"reports": p.reports[:max_reports], "reports_total": len(p.reports)})
        for p in k.positions
    ]
    shown = {r.claim for p in positions for r in p.reports if r.claim}
    details = [c for c in k.details if c.id in shown]
    return k.model_copy(update={"positions": positions, "details": details, "details_total": len(k.details)})


class Store(ABC):
    # --- writing -------------------------------------------------------------------------
    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def add_analysis(self, analysis: Analysis) -> bool:
        """Store one document with everything extracted from it, atomically.
        Returns False (and stores nothing) when the document is already there."""

    @abstractmethod
    def analyses(self) -> Iterator[Analysis]:
        """Every stored document's extraction in full (texts, offsets, sentences)."""

    @abstractmethod
    def resolution_input(self, docs: Optional[Collection[str]] = None) -> Iterator[Analysis]:
        """What cross-document resolution reads, and only that: each document's id, source,
        title, outlet and publication (no texts, offsets or sentences) with its entity
        mentions, event mentions and claims; of every document, or of ``docs`` only, in the
        order they were stored either way."""

    @abstractmethod
    def save_resolution(self, resolution: Resolution, generation: Optional[int] = None) -> bool:
        """Replace the cross-document entities, events and contradictions atomically.
        ``generation``: the ``generation()`` read before the analyses were; False (and nothing
        saved) when a concurrent run already saved a resolution of more articles."""

    @abstractmethod
    def replace_resolution(
        self,
        docs: Collection[str],
        resolution: Resolution,
        resolved: Collection[str],
        generation: Optional[int] = None,
    ) -> bool:
        """Replace the entities, events and contradictions of the component ``docs`` (and any
        left with no mention) by ``resolution``, atomically, and mark ``resolved`` (new
        articles of the component) resolved. ``generation`` as for ``save_resolution``."""

    # incremental resolution (resolve/incremental.py)
    @abstractmethod
    def docs_near(self, keys: Collection[str], lo: Optional[str], hi: Optional[str], limit: int) -> set[str]:
        """The ``limit`` documents published from day ``lo`` to day ``hi`` (None: any date)
        that share the most of these keys (ties: the smallest ids), none sharing none."""

    @abstractmethod
    def event_docs(self, etype: str, keys: Collection[str], lo: str, hi: str, limit: int) -> set[str]:
        """The documents reporting a stored event of type ``etype`` whose date overlaps the days
        ``lo`` to ``hi``: the ``limit`` that share the most of these keys, none sharing none."""

    @abstractmethod
    def never_resolved(self, docs: Collection[str]) -> set[str]:
        """Those of ``docs`` none of whose mentions belongs to a stored entity or event."""

    @abstractmethod
    def resolved_as(self, ids: Collection[str]) -> dict[str, str]:
        """The stored entity of each of these entity mentions, the event of each event mention."""

    @abstractmethod
    def merge_resolution(
        self, merge: Merge, resolved: Collection[str], generation: Optional[int] = None
    ) -> bool:
        """Write an incremental resolution (resolve.incremental.Merge) atomically: the new
        mentions' entities and events, stored ones extended, new ones inserted; mark
        ``resolved`` resolved. ``generation`` as for ``save_resolution``."""

    @abstractmethod
    def remove_documents(self, ids: Collection[str]) -> set[str]:
        """Remove the documents with their sentences, mentions and claims, and the entities,
        events and contradictions left with no mention, atomically; mark the other documents of
        their components unresolved and return them. An unknown id raises NotFound and nothing
        is removed."""

    @abstractmethod
    def unresolved(self) -> set[str]:
        """Documents stored (or whose component lost a document) since their component was
        last resolved."""

    @abstractmethod
    def keys_of(self, docs: Collection[str]) -> set[str]:
        """The blocking keys (resolve.blocking) of these documents, stored with each article."""

    @abstractmethod
    def docs_with(self, keys: Collection[str]) -> set[str]:
        """The documents that have any of these blocking keys."""

    @abstractmethod
    def document_ids(self) -> Iterator[str]:
        """Every document id, in the order stored."""

    def component(self, docs: Collection[str]) -> set[str]:
        """``docs`` and every document linked to them through shared blocking keys,
        transitively: what resolving them may touch. Each key and document is read once."""
        seen_docs, seen_keys = set(docs), set[str]()
        frontier = set(docs)
        while frontier:
            keys = self.keys_of(frontier) - seen_keys
            seen_keys |= keys
            frontier = self.docs_with(keys) - seen_docs if keys else set()
            seen_docs |= frontier
        return seen_docs

    def components(self) -> Iterator[set[str]]:
        """Every component of the store, in the order of its first stored document."""
        done: set[str] = set()
        for doc in self.document_ids():
            if doc not in done:
                comp = self.component({doc})
                done |= comp
                yield comp

    @abstractmethod
    def generation(self) -> int:
        """A number every stored article increases, in the article's own transaction."""

    @abstractmethod
    def resolution_pending(self) -> bool:
        """Articles were stored since the last saved resolution (or a run died resolving)."""

    # --- reading -------------------------------------------------------------------------
    @abstractmethod
    def counts(self) -> Counts: ...

    @abstractmethod
    def documents(self, limit: Optional[int] = None, offset: int = 0) -> Page[DocumentSummary]: ...

    @abstractmethod
    def document_records(self, limit: Optional[int] = None, offset: int = 0) -> Page[DocumentRecord]:
        """Documents with their texts, for the export."""

    @abstractmethod
    def document(self, doc_id: str) -> DocumentDetail: ...

    @abstractmethod
    def entities(
        self,
        type: Optional[str] = None,
        q: Optional[str] = None,
        doc: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        with_mentions: bool = False,
        max_roles: Optional[int] = None,
    ) -> Page[EntityRecord]:
        """Entities, most events first; ``mentions`` filled only ``with_mentions``; ``max_roles``:
        each entity's first roles only, with ``roles_total``."""

    def entities_named(self, q: str, limit: int = 20, max_roles: Optional[int] = None) -> Page[EntityRecord]:
        """Entities named by the whole text, else by any of its words ("Sessions Kislyak" → both),
        most events first. This default reads ``entities(q=…)``, names holding the text; the SQL
        backends match whole words (store/words.py) through an index."""
        page = self.entities(q=q, limit=limit, max_roles=max_roles)
        words = [w for w in re.findall(r"\w+", q) if len(w) > 2][:5]
        if page.total or len(words) < 2:
            return page
        found: dict[str, EntityRecord] = {}
        total = fetched = 0
        for w in words:
            each = self.entities(q=w, limit=limit, max_roles=max_roles)
            total, fetched = total + each.total, fetched + len(each.items)
            for e in each.items:
                found.setdefault(e.id, e)
        # an entity named by two of the words counts once (exact when every word's were all fetched)
        return Page(
            items=sorted(found.values(), key=lambda e: -e.n_events)[:limit],
            total=total - (fetched - len(found)),
        )

    @abstractmethod
    def entity(self, entity_id: str, limit: Optional[int] = None) -> EntityDetail:
        """``limit``: at most this many mentions, events (the most salient, in date order),
        co-participants and documents; the ``*_total`` fields count them all."""

    @abstractmethod
    def find_entity(self, name_or_id: str, max_roles: Optional[int] = None) -> Optional[EntityRecord]:
        """The entity with this id, else the one whose name or alias is this name
        (case-insensitive), else whose name or alias contains it; most events first; or None.
        ``max_roles`` as for ``entities`` (a filter needs none of a central figure's thousands)."""

    @abstractmethod
    def events(
        self,
        entity: Optional[str | Sequence[str]] = None,
        type: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        doc: Optional[str] = None,
        outlet: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        q: Optional[str] = None,
        status: Optional[Collection[str]] = None,
        dated: Optional[bool] = None,
        sort: str = "date",
        max_mentions: Optional[int] = None,
    ) -> Page[EventRecord]:
        """Events in date order, undated last (``sort="salience"``: most salient first).
        ``entity``: an id, or several that must all take part; ``q``: words that must each occur
        in the label, a participant's name or alias, or the place; ``dated``: only events with
        (True) or without (False) a date; ``max_mentions``: at most this many mentions per event
        (``documents`` and ``first_reported`` still count them all)."""

    def event_months(self, **filters: Any) -> list[tuple[str, int]]:
        """Dated events per month of their first day, [("2017-05", 41), ...] in month order, over
        what ``events(**filters)`` lists; events dated only to a year or a longer span left out.
        This default pages through ``events``; a backend answers it with one query."""
        counts: dict[str, int] = {}
        offset = 0
        while True:
            page = self.events(**filters, dated=True, limit=1000, offset=offset, max_mentions=0)
            for ev in page.items:
                r = DateRange(ev.date.start, ev.date.end, "") if ev.date else None
                lo, hi = (r.first_day, r.last_day) if r else (None, None)
                if lo and hi and (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days <= 31:
                    counts[lo[:7]] = counts.get(lo[:7], 0) + 1
            offset += 1000
            if offset >= page.total:
                return sorted(counts.items())

    @abstractmethod
    def event(self, event_id: str, limit: Optional[int] = None) -> EventDetail:
        """``limit``: at most this many documents of evidence, mentions and claims; the
        ``*_total`` fields count them all."""

    @abstractmethod
    def claims(
        self,
        stance: Optional[str] = None,
        doc: Optional[str] = None,
        event: Optional[str] = None,
        entity: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> Page[ClaimRecord]: ...

    @abstractmethod
    def contradictions(self, limit: Optional[int] = None, offset: int = 0) -> Page[ContradictionRecord]: ...

    def disagreements(
        self,
        kinds: Optional[Collection[str]] = None,
        entity: Optional[str] = None,
        event: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        max_reports: Optional[int] = None,
    ) -> Page[ContradictionRecord]:
        """Contradictions of these kinds, about this entity (one of its events, or it speaking
        on a side) or this event. ``max_reports``: each side's first reports only (with
        ``reports_total``), and the claims of those (with ``details_total``). Written with the
        methods above, so every backend has it."""
        items = self.contradictions().items
        if kinds:
            items = [k for k in items if k.kind in kinds]
        if event:
            items = [k for k in items if event in k.events]
        if entity:
            own = self.events_with(entity, {ev for k in items for ev in k.events})
            items = [
                k
                for k in items
                if own & set(k.events) or any(r.speaker == entity for p in k.positions for r in p.reports)
            ]
        end = None if limit is None else offset + limit
        return Page(items=[cap_reports(k, max_reports) for k in items[offset:end]], total=len(items))

    def events_with(self, entity: str, among: Collection[str]) -> set[str]:
        """Which of the events ``among`` (ids) the entity takes part in, HAPPENED or DISPUTED.
        This default pages through ``events``; a backend answers it with one query."""
        found: set[str] = set()
        offset = 0
        while among:
            page = self.events(
                entity=entity, status=TIMELINE_STATUSES, limit=1000, offset=offset, max_mentions=0
            )
            found |= {ev.id for ev in page.items if ev.id in among}
            offset += 1000
            if offset >= page.total:
                break
        return found

    @abstractmethod
    def search(self, q: str, limit: int = 20, offset: int = 0, newest: bool = False) -> Page[SearchHit]:
        """Full-text search over sentences, best first; ``newest``: a search with more matches
        than are counted ranks only the newest of them (a page at once, on any store)."""

    @abstractmethod
    def graph(self, entity: Optional[str] = None, depth: int = 1, limit: Optional[int] = None) -> Graph:
        """Entities as nodes, shared HAPPENED/DISPUTED events as edges, and those events;
        ``limit``: only the entities with the most summed event salience (and the focus)."""

    @abstractmethod
    def stats(self) -> Stats: ...

    @abstractmethod
    def close(self) -> None: ...
