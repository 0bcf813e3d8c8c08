"""What the store's reads return: typed records shaped like the export contract
(``storyline-export-v2``), plus the extras the CLI and the web UI show (names, counts, outlets).

Every backend returns these, the API declares them as its ``response_model``s (so
``/openapi.json`` documents every answer) and the export is built from them.
"""

from __future__ import annotations

from typing import Any, Generic, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list and how many items the whole list has."""

    items: list[T]
    total: int
    total_is_estimate: bool = Field(
        False, description="`total` is a lower bound: counting stopped there (a search finding 1,000+)"
    )


class Span(BaseModel):
    """Characters of a document's original text, end exclusive."""

    doc: str
    start: int
    end: int
    text: str


class Counts(BaseModel):
    documents: int
    sentences: int
    entities: int
    events: int
    claims: int
    contradictions: int


# --- documents -------------------------------------------------------------------------------
class DocumentSummary(BaseModel):
    id: str
    source: str
    title: Optional[str]
    outlet: Optional[str]
    author: Optional[str]
    published: Optional[str]
    published_basis: str


class DocumentRecord(DocumentSummary):
    """A document with its texts; ``text`` is the cleaned body, ``original`` what offsets index."""

    text: str
    original: str
    removed: list[dict[str, Any]]
    sources: list[str]


class SentenceSpan(BaseModel):
    idx: int
    start: int
    end: int
    text: str


class DocumentDetail(DocumentRecord):
    sentences: list[SentenceSpan]
    events: list[str]


# --- entities --------------------------------------------------------------------------------
class RoleRecord(BaseModel):
    role: str
    doc: str


class EntitySummary(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[RoleRecord]
    n_events: int = Field(description="events with status HAPPENED or DISPUTED it takes part in")
    roles_total: Optional[int] = Field(
        None, description="its roles, all of them, when `roles` holds the first few"
    )


class EntityRecord(EntitySummary):
    mentions: list[Span] = Field(default_factory=list, description="empty unless asked for")


class CoParticipant(BaseModel):
    id: str
    name: str
    type: str
    shared: int


# --- events ----------------------------------------------------------------------------------
class DateRecord(BaseModel):
    start: Optional[str]
    end: Optional[str]
    text: str


class Trigger(BaseModel):
    start: int
    end: int
    text: str


class EventMentionRecord(Span):
    """One report of an event: its sentence (start/end/text) and trigger, with factuality."""

    trigger: Trigger
    polarity: str
    certainty: str
    time: str
    special: str
    date: Optional[DateRecord] = None


class ParticipantRecord(BaseModel):
    entity: str
    role: Optional[str]
    name: str
    type: str


class EventRecord(BaseModel):
    id: str
    type: str
    label: str
    date: Optional[DateRecord]
    location: Optional[str]
    location_name: Optional[str]
    participants: list[ParticipantRecord]
    mentions: list[EventMentionRecord]
    sources: list[str]
    documents: int
    status: str
    first_reported: Optional[str]
    confidence: float
    other_dates: list[DateRecord] = Field(default_factory=list)
    salience: float = 0.0  # importance in the story, 0..1 (resolve/salience.py)


class Highlight(BaseModel):
    start: int
    end: int
    kind: str


class EvidenceSentence(BaseModel):
    start: int
    end: int
    text: str
    highlights: list[Highlight]
    sources: list[str]
    reports: list[str] = Field(
        default_factory=list, description="what this sentence says of the event: HAPPENED, PLANNED, …"
    )


class Evidence(BaseModel):
    doc: str
    title: Optional[str]
    outlet: Optional[str]
    published: Optional[str]
    source: str
    sentences: list[EvidenceSentence]


# --- claims ----------------------------------------------------------------------------------
class ClaimRecord(BaseModel):
    id: str
    speaker: Optional[str]
    speaker_text: Optional[str]
    stance: str
    text: str
    doc: str
    start: int
    end: int
    event: Optional[str]
    attributed_to: list[str]
    outlet: Optional[str]
    title: Optional[str]


class ReportRecord(BaseModel):
    """One sentence on one side of a disagreement."""

    doc: str
    sent: int
    text: str
    speaker: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    claim: Optional[str] = None
    mention: Optional[str] = None
    basis: str = Field("reported", description="first-hand | second-hand | reported")
    speaker_name: Optional[str] = Field(None, description="the speaker's name, for display")


class PositionRecord(BaseModel):
    label: str = Field(description='the side: "denies", "reports", a date')
    reports: list[ReportRecord]
    evidence: dict[str, Any] = Field(description="facts: outlets, first-hand reports, what came later")
    reports_total: Optional[int] = Field(
        None, description="the side's reports, all of them, when `reports` holds only the first few"
    )


class ContradictionRecord(BaseModel):
    id: str
    claims: list[str]
    reason: str
    details: list[ClaimRecord] = Field(description="the claims in full, in the order `claims` names them")
    details_total: Optional[int] = Field(
        None, description="the claims, all of them, when `details` holds only those of the reports shown"
    )
    kind: str = Field("DENIAL", description="DENIAL | CHANGED_ACCOUNT | NUMBER | DATE | PLACE")
    question: str = ""
    qualified: bool = Field(False, description="the denial is narrower than the reports")
    positions: list[PositionRecord] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list)


class EventDetail(EventRecord):
    evidence: list[Evidence]
    claims: list[ClaimRecord]
    # totals over everything: the lists above are capped when the caller asks for a limit
    evidence_total: int = Field(0, description="documents reporting the event, all of them")
    claims_total: int = 0


class EntityDocument(BaseModel):
    doc: str
    title: Optional[str]
    outlet: Optional[str]
    published: Optional[str]
    mentions: int


class EntityDetail(EntityRecord):
    events: list[EventRecord]
    co_participants: list[CoParticipant]
    # totals over everything: the lists are capped when the caller asks for a limit
    events_total: int = 0
    mentions_total: int = 0
    co_participants_total: int = 0
    documents: list[EntityDocument] = Field(default_factory=list, description="most mentions first")
    documents_total: int = 0
    roles_total: int = 0


# --- search, graph, stats --------------------------------------------------------------------
class SearchHit(BaseModel):
    doc: str
    sentence: int
    start: int
    end: int
    text: str
    snippet: str
    title: Optional[str]
    outlet: Optional[str]
    published: Optional[str]


class GraphNode(BaseModel):
    id: str
    name: str
    type: str
    n_events: int
    importance: float = Field(0.0, description="sum of the salience of its HAPPENED/DISPUTED events")


class GraphEdge(BaseModel):
    source: str
    target: str
    events: list[str] = Field(description="the shared events; in a limited graph, the first few")
    shared: int = Field(0, description="how many events the two share")


class EventBrief(BaseModel):
    id: str
    type: str
    label: str
    date: Optional[DateRecord]
    documents: int
    status: str


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events: dict[str, EventBrief]
    total_nodes: int = Field(0, description="entities in the whole graph, before any limit")


class OutletCount(BaseModel):
    outlet: str
    documents: int


class EventTypeCount(BaseModel):
    type: str
    events: int


class StatusCount(BaseModel):
    status: str
    events: int


class EntityTypeCount(BaseModel):
    type: str
    entities: int


class DateSpan(BaseModel):
    first: Optional[str]
    last: Optional[str]


class Stats(BaseModel):
    """Aggregates for the overview: counts (every status), documents per outlet, events per type
    (HAPPENED and DISPUTED events), events per status, entities per type, publication and event
    date spans (HAPPENED and DISPUTED events)."""

    counts: Counts
    outlets: list[OutletCount]
    event_types: list[EventTypeCount]
    event_statuses: list[StatusCount] = Field(description="events per status, every status")
    entity_types: list[EntityTypeCount]
    published: DateSpan
    events_span: DateSpan
