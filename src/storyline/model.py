"""The one data model that flows through ingest → clean → extract → resolve → store → present.

Offsets: every span a user sees points into ``Document.original`` (the text as the user gave
it, or for HTML the text trafilatura extracted). The pipeline works on ``Document.text`` (the
cleaned body) and maps back through ``Document.offsets``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "OTHER")
EVENT_TYPES = (
    "MEET",
    "CALL",
    "COMMUNICATE",
    "PROPOSE",
    "STATEMENT",
    "DENY",
    "CONFIRM",
    "TESTIFY",
    "RESIGN",
    "FIRE",
    "RECUSE",
    "APPOINT",
    "PLEAD",
    "SENTENCE",
    "INVESTIGATE",
    "ELECTION",
    "OTHER",
)
STANCES = ("ASSERT", "DENY", "CONFIRM", "DECLINE")
PUBLISHED_BASES = ("metadata", "text", "user", "inferred", "unknown")


class OffsetMap:
    """Maps offsets in a cleaned text back to the original text.

    Built from segments ``(clean_start, orig_start, length)``: each copies ``length``
    characters of the original verbatim. Characters of the cleaned text outside every segment
    were inserted by the cleaner (a space that splits a glued word, a paragraph break) and map
    to the original offset of the next copied character, so they never cover original text.
    """

    def __init__(self, segments: list[tuple[int, int, int]] | None = None):
        self.segments = sorted(segments or [])
        self._starts = [s[0] for s in self.segments]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)] if length else [])

    def to_original(self, clean_offset: int) -> int:
        """Original offset of the character at ``clean_offset`` (or of the end, for ends)."""
        if not self.segments:
            return clean_offset
        i = bisect.bisect_right(self._starts, clean_offset) - 1
        if i >= 0:
            cs, os_, n = self.segments[i]
            if clean_offset <= cs + n:
                return os_ + (clean_offset - cs)
        # inserted character: snap to the next copied character
        if i + 1 < len(self.segments):
            return self.segments[i + 1][1]
        cs, os_, n = self.segments[-1]
        return os_ + n

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for a cleaned span, end exclusive. Inserted characters at
        either edge cover nothing: the span shrinks to the copied characters inside it."""
        o_start = self.to_original(start)
        if end <= start or not self.segments:
            return (o_start, o_start) if end <= start else (start, end)
        i = bisect.bisect_right(self._starts, end - 1) - 1
        if i < 0:
            return o_start, o_start
        cs, os_, n = self.segments[i]
        o_end = os_ + min(end - cs, n)  # end of the last copied character in the span
        return o_start, max(o_start, o_end)

    def to_json(self) -> list[list[int]]:
        return [list(s) for s in self.segments]

    @classmethod
    def from_json(cls, data) -> OffsetMap:
        return cls([tuple(s) for s in data])


@dataclass
class Document:
    id: str
    source: str
    original: str  # what every offset points into
    text: str  # cleaned body the pipeline reads
    offsets: OffsetMap
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD, YYYY-MM or YYYY
    published_basis: str = "unknown"
    raw_format: str = "text"  # text | html | json | csv
    removed: list[dict] = field(default_factory=list)  # what the cleaner dropped and why
    sources: list[str] = field(default_factory=list)  # sources the article names for itself


@dataclass
class Sentence:
    idx: int
    start: int  # in Document.text
    end: int
    text: str


@dataclass
class DateRange:
    """A normalised date: ISO start/end (YYYY[-MM[-DD]]), 'XXXX' where the year is open."""

    start: Optional[str]
    end: Optional[str]
    text: str
    value: Optional[str] = None  # TimeML value when there is one


@dataclass
class Mention:
    """An entity mention in one document, already linked within the document."""

    id: str
    sent: int
    start: int  # in Document.text
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    key: str  # in-document canonical name this mention resolves to
    role: Optional[str] = None  # title the document gives ("the Russian ambassador")


@dataclass
class EventMention:
    id: str
    sent: int
    type: str
    trigger: str
    lemma: str
    start: int  # trigger offsets in Document.text
    end: int
    participants: list[dict] = field(default_factory=list)  # {"mention": id, "role": str}
    date: Optional[DateRange] = None
    location: Optional[str] = None  # mention id of the place
    location_text: Optional[str] = None
    sources: list[str] = field(default_factory=list)
    negated: bool = False  # denied or only possible ("did not meet", "could fire")
    anaphoric: bool = False  # "the meeting": refers back to an event the document named


@dataclass
class Claim:
    id: str
    sent: int
    stance: str
    text: str
    start: int  # in Document.text
    end: int
    speaker: Optional[str] = None  # mention id
    speaker_text: Optional[str] = None
    event: Optional[str] = None  # event mention id
    attributed_to: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """Everything extracted from one document, before cross-document resolution."""

    doc: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


# --- cross-document results (resolve stage) -------------------------------------------------


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)  # {"role": str, "doc": doc id}
    mentions: list[str] = field(default_factory=list)  # mention ids


@dataclass
class Event:
    id: str
    type: str
    label: str
    members: list[str] = field(default_factory=list)  # event mention ids
    participants: list[dict] = field(default_factory=list)  # {"entity": id, "role": str}
    date: Optional[DateRange] = None
    location: Optional[str] = None  # entity id
    sources: list[str] = field(default_factory=list)


@dataclass
class Contradiction:
    claims: list[str]
    reason: str


@dataclass
class Resolution:
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
