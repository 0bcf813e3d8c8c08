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
    precision: str = Field(description="day, days (a span of up to a month), month, year or span")


class EntityRef(BaseModel):
    id: str
    name: str
    type: str


class Window(BaseModel):
    model_config = {"populate_by_name": True}

    from_: str = Field(alias="from", serialization_alias="from", description="first month, YYYY-MM")
    to: str = Field(description="last month, YYYY-MM")


class TimelineAnswer(BaseModel):
    model_config = {"populate_by_name": True}

    entity: Optional[EntityRef]
    from_: Optional[str] = Field(alias="from", serialization_alias="from", description="the window shown")
    to: Optional[str]
    window: Optional[Window] = Field(
        description="the densest period: the shortest run of months with half the dated events"
    )
    statuses: list[str] = Field(description="the statuses shown")
    dated: list[TimelineEvent] = Field(
        description="the `limit` most salient dated events of the window, in date order"
    )
    dated_total: int = Field(description="dated events in the window")
    undated: list[EventRecord] = Field(
        description="the most salient undated events; page them with /api/events?dated=false"
    )
    undated_total: int
    total: int
    limit: int


class MonthCount(BaseModel):
    month: str
    events: int


class DensityAnswer(BaseModel):
    months: list[MonthCount] = Field(
        description="events per month of their first day (day- or month-precise ones)"
    )
    window: Optional[Window]
    dated_total: int
    undated_total: int


class SearchAnswer(BaseModel):
    q: str
    sentences: ApiPage[SearchHit]
    entities: Page[EntitySummary]
    events: Page[EventRecord]


class GraphAnswer(BaseModel):
    focus: Optional[str]
    depth: int
    limit: int
    total_nodes: int = Field(description="entities in the graph before the limit")
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    events: dict[str, EventBrief] = Field(
        description="the events the edges list; none when the graph is cut to `limit`"
        " (page a pair's with /api/events?entity=A&entity=B)"
    )


__all__ = ["ApiPage", "DensityAnswer", "GraphAnswer", "SearchAnswer", "TimelineAnswer", "TimelineEvent"]
