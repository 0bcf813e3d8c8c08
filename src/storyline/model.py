"""The one data model that flows through ingest → clean → extract → resolve → store → present.

Offsets: every span a user sees points into ``Document.original`` (the text as the user gave
it, or for HTML the text trafilatura extracted). The pipeline works on ``Document.text`` (the
cleaned body) and maps back through ``Document.offsets``.
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Optional


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    FAC = "FAC"
    NORP = "NORP"
    EVENT = "EVENT"
    OTHER = "OTHER"


class EventType(StrEnum):
    """The core of an open upper-case set: ours first, then the ACE 2005 subtypes we can name."""

    MEET = "MEET"
    CALL = "CALL"
    COMMUNICATE = "COMMUNICATE"
    PROPOSE = "PROPOSE"
    STATEMENT = "STATEMENT"
    DENY = "DENY"
    CONFIRM = "CONFIRM"
    TESTIFY = "TESTIFY"
    RESIGN = "RESIGN"
    FIRE = "FIRE"
    RECUSE = "RECUSE"
    APPOINT = "APPOINT"
    PLEAD = "PLEAD"
    SENTENCE = "SENTENCE"
    INVESTIGATE = "INVESTIGATE"
    ELECTION = "ELECTION"
    # ACE 2005 subtypes and the acts of any kind of news (export.v2.schema.json)
    ANNOUNCE = "ANNOUNCE"
    ELECT = "ELECT"
    NOMINATE = "NOMINATE"
    ARREST = "ARREST"
    CHARGE = "CHARGE"
    SUE = "SUE"
    TRIAL = "TRIAL"
    CONVICT = "CONVICT"
    ACQUIT = "ACQUIT"
    RELEASE = "RELEASE"
    PARDON = "PARDON"
    FINE = "FINE"
    EXTRADITE = "EXTRADITE"
    APPEAL = "APPEAL"
    EXECUTE = "EXECUTE"
    DIE = "DIE"
    INJURE = "INJURE"
    BIRTH = "BIRTH"
    MARRY = "MARRY"
    DIVORCE = "DIVORCE"
    ATTACK = "ATTACK"
    PROTEST = "PROTEST"
    CEASEFIRE = "CEASEFIRE"
    TRAVEL = "TRAVEL"
    EVACUATE = "EVACUATE"
    TRANSFER_MONEY = "TRANSFER_MONEY"
    TRANSFER_OWNERSHIP = "TRANSFER_OWNERSHIP"
    SANCTION = "SANCTION"
    AGREE = "AGREE"
    START_ORG = "START_ORG"
    MERGE_ORG = "MERGE_ORG"
    BANKRUPTCY = "BANKRUPTCY"
    END_ORG = "END_ORG"
    VOTE = "VOTE"
    WITHDRAW = "WITHDRAW"  # a party leaving an agreement or a body
    ACCUSE = "ACCUSE"  # an accuser (agent) blames the accused (patient): extract/accusations.py
    # someone asking another to act (extract/requests.py); what is asked stays a demand
    REQUEST = "REQUEST"
    # misconduct (extract/misconduct.py): "Russian meddling in the U.S. election", "collusion
    # with Russia", "denied any wrongdoing", "an affair with"
    INTERFERE = "INTERFERE"
    COLLUDE = "COLLUDE"
    MISCONDUCT = "MISCONDUCT"
    DISASTER = "DISASTER"
    # extract/acts.py: a missile launched or tested, information shared or leaked, an executive
    # order signed or issued, a ban imposed
    LAUNCH = "LAUNCH"
    DISCLOSE = "DISCLOSE"
    ENACT = "ENACT"
    BAN = "BAN"
    # extract/courts.py: a court deciding a case, an order or a request ("ruled", "upheld",
    # "refused to reinstate"); unlike CONVICT or SENTENCE it need not end a criminal case
    RULE = "RULE"
    # an illness found in someone ("McCain has been diagnosed with brain cancer", "his cancer
    # diagnosis"): the one diagnosed is the patient, the doctor (seldom named) the agent
    DIAGNOSE = "DIAGNOSE"
    OTHER = "OTHER"


class Stance(StrEnum):
    ASSERT = "ASSERT"
    DENY = "DENY"
    CONFIRM = "CONFIRM"
    DECLINE = "DECLINE"


class Polarity(StrEnum):
    """FactBank / MEANTIME polarity of an event mention."""

    POS = "POS"
    NEG = "NEG"


class Certainty(StrEnum):
    CERTAIN = "CERTAIN"
    PROBABLE = "PROBABLE"
    POSSIBLE = "POSSIBLE"


class EventTime(StrEnum):
    """When the event lies relative to the publication of the report."""

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"


class Special(StrEnum):
    """Contexts in which a mention reports no fact: "if X quits", "called for X to resign"."""

    NONE = "NONE"
    CONDITIONAL = "CONDITIONAL"
    DEMAND = "DEMAND"
    QUESTION = "QUESTION"
    GENERIC = "GENERIC"
    HYPOTHETICAL = "HYPOTHETICAL"


class Status(StrEnum):
    """What all the reports of an event, taken together, say of it."""

    HAPPENED = "HAPPENED"
    NOT_HAPPENED = "NOT_HAPPENED"
    PLANNED = "PLANNED"
    POSSIBLE = "POSSIBLE"
    DISPUTED = "DISPUTED"


class PublishedBasis(StrEnum):
    METADATA = "metadata"
    TEXT = "text"
    USER = "user"
    INFERRED = "inferred"
    UNKNOWN = "unknown"


# Kept as tuples of plain strings for callers that validate user input against them.
ENTITY_TYPES = tuple(EntityType)
EVENT_TYPES = tuple(EventType)
STANCES = tuple(Stance)
PUBLISHED_BASES = tuple(PublishedBasis)
STATUSES = tuple(Status)
# Contact between people: a meeting, a call or any other communication.
CONTACT_TYPES = frozenset({EventType.MEET, EventType.CALL, EventType.COMMUNICATE})
# Happenings a place and a day identify, whoever did them: "the Manchester bombing", "the
# terror attack in London on Saturday night" (the attacker is often unnamed, or named later).
PLACE_TYPES = frozenset({EventType.ATTACK, EventType.DISASTER})
# Statuses the default timeline and the contradiction finder treat as facts (or as disputed).
TIMELINE_STATUSES = frozenset({Status.HAPPENED, Status.DISPUTED})


@dataclass(frozen=True)
class Factuality:
    """FactBank / MEANTIME factuality of one event mention, read from its sentence."""

    polarity: Polarity = Polarity.POS
    certainty: Certainty = Certainty.CERTAIN
    time: EventTime = EventTime.PAST
    special: Special = Special.NONE

    @property
    def happened(self) -> bool:
        """Reported as a fact that took place (or is taking place)."""
        return (
            self.polarity is Polarity.POS
            and self.certainty is Certainty.CERTAIN
            and self.time is not EventTime.FUTURE
            and self.special is Special.NONE
        )


@dataclass(frozen=True)
class Participant:
    """A participant of an event mention (``ref`` is a mention id) or of an event (an entity id)."""

    ref: str
    role: str


@dataclass(frozen=True)
class Role:
    """A title a document gives an entity ("the Russian ambassador")."""

    role: str
    doc: str


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
    def from_json(cls, data: list[list[int]]) -> OffsetMap:
        return cls([(s[0], s[1], s[2]) for s in data])


@dataclass
class ArticleMeta:
    """What an article says of itself (its record, its page's <meta>, its own byline and
    dateline); None where it says nothing."""

    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # as found, not yet normalised
    outlet: Optional[str] = None  # publisher or site name
    url: Optional[str] = None
    sources: list[str] = field(default_factory=list)  # sources the article names for itself
    fetched: Optional[str] = None  # when a crawler fetched the page (WARC-Date): a last resort date


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
    removed: list[dict[str, Any]] = field(default_factory=list)  # what the cleaner dropped and why
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

    @property
    def first_day(self) -> Optional[str]:
        """The first day the range covers (YYYY-MM-DD), None when its year is open."""
        return first_day(self.start)

    @property
    def last_day(self) -> Optional[str]:
        """The last day the range covers, never before ``first_day``."""
        lo = self.first_day
        end = self.end if self.end and not self.end.startswith("X") else self.start
        hi = last_day(end)
        return None if lo is None or hi is None else max(lo, hi)


def _split_iso(iso: Optional[str]) -> Optional[tuple[int, Optional[int], Optional[int]]]:
    if not iso or not iso[:4].isdigit():
        return None
    parts = iso[:10].split("-")
    try:
        nums = [int(p) for p in parts[:3]]
    except ValueError:  # "2016-W23", "2016-SU": a week or season, no month to pad
        return None
    return nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None


def first_day(iso: Optional[str]) -> Optional[str]:
    """'2016' → '2016-01-01', '2016-12' → '2016-12-01'; None for an open year or a bad value."""
    parts = _split_iso(iso)
    if parts is None:
        return None
    y, m, d = parts
    return f"{y:04d}-{m or 1:02d}-{d or 1:02d}"


def last_day(iso: Optional[str]) -> Optional[str]:
    """'2016' → '2016-12-31', '2017-02' → '2017-02-28'; None for an open year or a bad value."""
    parts = _split_iso(iso)
    if parts is None:
        return None
    y, m, d = parts
    m = m or 12
    if not 1 <= m <= 12:
        return None
    return f"{y:04d}-{m:02d}-{d or calendar.monthrange(y, m)[1]:02d}"


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
    participants: list[Participant] = field(default_factory=list)  # ref: mention id
    date: Optional[DateRange] = None
    location: Optional[str] = None  # mention id of the place
    location_text: Optional[str] = None
    sources: list[str] = field(default_factory=list)
    negated: bool = False  # denied or only possible ("did not meet", "could fire")
    anaphoric: bool = False  # "the meeting": refers back to an event the document named
    factuality: Factuality = field(default_factory=Factuality)
    doc: str = ""  # document id


@dataclass(frozen=True)
class Quantity:
    """A number a sentence states of an event: "twice" (2, time), "six calls" (6, call)."""

    text: str
    value: float
    unit: str  # time | call | meeting | minute | ordinal | …
    of: str = ""  # the word it counts or measures ("meet", "meeting")


@dataclass(frozen=True)
class Figure:
    """A figure a claim's sentence states, as the span of values it allows: "$10 billion to $12
    billion" (1e10–1.2e10, "$"), "nearly $25 billion" (2.125e10–2.5e10), "more than 100 emails"
    (100–inf, "emails"), "107,330 votes" (107330, "votes")."""

    text: str  # the words stating it
    low: float
    high: float
    unit: str  # "$" or the plural noun counted
    qualifier: str = ""  # the words between the number and the noun ("angry", "intelligence")
    at: int = 0  # where it starts in the claim's text


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
    doc: str = ""  # document id
    quantities: list[Quantity] = field(default_factory=list)  # numbers the sentence states
    # the earlier claim a denial answers: "McCabe denied that charge", "the agency has denied
    # the report" name what they deny only by pointing back to it
    answers: Optional[str] = None  # claim id, same document
    # what a denial says it denies, as its verb's object or clause reads ("Trump, who has denied
    # the allegations, said on Twitter …": "the allegations"); None when not read from a verb
    denied: Optional[str] = None


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
    roles: list[Role] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # mention ids


@dataclass
class Event:
    id: str
    type: str
    label: str
    members: list[str] = field(default_factory=list)  # event mention ids
    participants: list[Participant] = field(default_factory=list)  # ref: entity id
    date: Optional[DateRange] = None
    location: Optional[str] = None  # entity id
    sources: list[str] = field(default_factory=list)
    status: Status = Status.HAPPENED
    first_reported: Optional[str] = None  # earliest publication date among the reports
    confidence: float = 1.0  # how sure the status and date are, 0..1
    other_dates: list[DateRange] = field(default_factory=list)  # dates some reports disagree on
    salience: float = 0.0  # importance in the story, 0..1 (resolve/salience.py)


@dataclass
class Report:
    """One sentence on one side of a disagreement: a claim, or an event told as fact."""

    doc: str
    sent: int
    text: str
    speaker: Optional[str] = None  # entity id, or the words naming the source
    outlet: Optional[str] = None
    published: Optional[str] = None
    claim: Optional[str] = None  # claim id
    speaker_name: Optional[str] = None  # how to show the speaker: the entity's name or the words
    mention: Optional[str] = None  # event mention id
    basis: str = "reported"  # first-hand | second-hand | reported: who stands behind it


@dataclass
class Position:
    """One side of a disagreement ("denies", "reports", "twice", "2016-07")."""

    label: str
    reports: list[Report] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)  # facts, never a verdict


# what a disagreement is about: a denial against reports, one speaker's account against their own
# later one, two numbers, dates or places for the same thing, two people said to have asked for it
CONTRADICTION_KINDS = ("DENIAL", "CHANGED_ACCOUNT", "NUMBER", "DATE", "PLACE", "ATTRIBUTION")


@dataclass
class Contradiction:
    claims: list[str]
    reason: str
    kind: str = "DENIAL"  # one of CONTRADICTION_KINDS
    question: str = ""  # what the sides disagree on: "did Sessions meet Kislyak?"
    qualified: bool = False  # the denial is narrower than the report ("to discuss the campaign")
    positions: list[Position] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # event ids the disagreement concerns


@dataclass
class Resolution:
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    # undated documents → the year estimated from the dated reports of the same events
    published: dict[str, str] = field(default_factory=dict)
