"""Answers of the API that wrap store records: pages with their paging, the timeline, search
and the graph. The records themselves live in ``storyline.store.records``."""

from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, Field

from storyline.store.records import (
    EntitySummary,
    EventBrief,
    EventRecord,
    GraphEdge,
    GraphNode,
    Page,
    SearchHit,
)

T = TypeVar("T")


class ApiPage(Page[T], Generic[T]):
    limit: int
    offset: int


class TimelineEvent(EventRecord):
    day_start: str = Field(description="first day the event's date covers")
    day_end: Optional[str] = Field(description="last day the event's date covers")


class EntityRef(BaseModel):
    id: str
    name: str
    type: str


class TimelineAnswer(BaseModel):
    model_config = {"populate_by_name": True}

    entity: Optional[EntityRef]
    from_: Optional[str] = Field(alias="from", serialization_alias="from")
    to: Optional[str]
    statuses: list[str] = Field(description="the statuses shown")
    dated: list[TimelineEvent]
    undated: list[EventRecord]
    total: int


class SearchAnswer(BaseModel):
    q: str
    sentences: ApiPage[SearchHit]
    entities: Page[EntitySummary]
    events: Page[EventRecord]


class GraphAnswer(BaseModel):
    focus: Optional[str]
    depth: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events: dict[str, EventBrief]


__all__ = ["ApiPage", "GraphAnswer", "SearchAnswer", "TimelineAnswer", "TimelineEvent"]
