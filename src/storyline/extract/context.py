"""What every extractor receives: one sentence of a parsed document and what is already known
about it, in the spirit of spaCy components that each read the one shared ``Doc``.

``DocContext`` is built once per document (its entity mentions, time expressions and id
allocator); ``DocContext.sentence(i, span)`` gives the ``SentenceContext`` that
``events.extract`` and ``claims.extract`` read (claims also read the events found before them).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from storyline.extract import attribution
from storyline.extract.pronouns import antecedent
from storyline.model import Claim, Document, EventMention, Mention, Participant


@dataclass
class Ids:
    """The document's ids, one counter per kind: ``doc:e0``, ``doc:e1``, ``doc:c0``…"""

    doc: str
    counts: Counter = field(default_factory=Counter)

    def next(self, kind: str) -> str:
        n = self.counts[kind]
        self.counts[kind] += 1
        return f"{self.doc}:{kind}{n}"


@dataclass
class DocContext:
    document: Document
    sdoc: object  # the spaCy Doc of document.text
    mentions: list[Mention]
    timexes: list  # dates.Timex, sorted by start
    claims: list[Claim] = field(default_factory=list)  # of the sentences read so far
    # the participant that the document's last vote naming its measure was on: what a later
    # "the bill" is (extract/events._measure_of_document)
    measure: Optional[Participant] = None
    spans: list = field(default_factory=list)  # the spaCy spans of the sentences, by index
    ids: Ids = field(init=False)
    by_token: dict[int, Mention] = field(init=False)

    def __post_init__(self) -> None:
        self.ids = Ids(self.document.id)
        self.by_token = {}
        for m in self.mentions:
            span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
            for t in span if span is not None else ():
                self.by_token.setdefault(t.i, m)
        self._tx_starts = [t.start for t in self.timexes]
        self._by_sent: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self._by_sent.setdefault(m.sent, []).append(m)

    @property
    def default_sources(self) -> list[str]:
        """A report no sentence attributes is the article's own, or that of the sources it names."""
        d = self.document
        return d.sources or ([d.outlet] if d.outlet else [])

    def mention_at(self, tok) -> Optional[Mention]:
        return self.by_token.get(tok.i)

    def sentence(self, index: int, span) -> SentenceContext:
        lo = bisect.bisect_left(self._tx_starts, span.start_char)
        hi = bisect.bisect_left(self._tx_starts, span.end_char)
        return SentenceContext(
            doc=self,
            sent=span,
            index=index,
            mentions=self._by_sent.get(index, []),
            timexes=self.timexes[lo:hi],
            sources=attribution.sources(span, self.mention_at),
        )


@dataclass
class SentenceContext:
    doc: DocContext
    sent: object  # the spaCy Span
    index: int  # sentence index in the Analysis
    mentions: list[Mention]  # entity mentions in this sentence
    timexes: list  # time expressions in this sentence
    sources: list[str]  # who this sentence attributes its report to
    events: list[EventMention] = field(default_factory=list)  # set once events are extracted

    @property
    def doc_id(self) -> str:
        return self.doc.document.id

    @property
    def report_sources(self) -> list[str]:
        return self.sources or self.doc.default_sources

    def mention_at(self, tok) -> Optional[Mention]:
        return self.doc.mention_at(tok)

    def antecedent(self, pron, speaker: bool = False) -> Optional[Mention]:
        return antecedent(pron, self.mention_at, speaker=speaker)

    def next_id(self, kind: str) -> str:
        return self.doc.ids.next(kind)
