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
from storyline.extract.entities import ROLE_NOUNS
from storyline.extract.nlp import lemma
from storyline.model import Document, EventMention, Mention


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

    def antecedent(self, pron) -> Optional[Mention]:
        return antecedent(pron, self.mention_at)

    def next_id(self, kind: str) -> str:
        return self.doc.ids.next(kind)


def antecedent(pron, mention_at) -> Optional[Mention]:
    """The person a pronoun refers to: the nearest subject that is a person, in its sentence or
    the one before, else the nearest person mentioned there."""
    doc = pron.doc
    sent_start = pron.sent.start
    prev_sents = [s for s in doc.sents if s.end <= sent_start][-1:]
    window_start = prev_sents[0].start if prev_sents else sent_start
    people = [(t, mention_at(t)) for t in reversed(doc[window_start : pron.i])]
    people = [(t, m) for t, m in people if m is not None and m.type == "PERSON"]
    if pron.dep_ not in ("poss", "nsubj", "nsubjpass"):
        # "Trump forced him to resign": an object pronoun is never the subject of its own verb
        # (binding); a subject pronoun may be ("Kushner said he met"), and "his" may be
        bound = {m.id for t, m in people if t.sent == pron.sent and t.head.i == pron.head.i}
        people = [(t, m) for t, m in people if m.id not in bound]
    subjects = [
        (t, m)
        for t, m in people
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ == "compound"
    ]
    # in the pronoun's own sentence, a subject counts when its clause is the main one or holds
    # the pronoun: "When Vega pressed Trump, the President-elect spent 90 seconds filibustering,
    # where he eventually denied …" — he is not Vega, whose clause is beside his
    above = {t.i for t in pron.ancestors}

    def verb_of(t):
        return t.head if t.dep_ != "compound" else t.head.head

    subjects = [
        (t, m)
        for t, m in subjects
        if t.sent != pron.sent or verb_of(t).i in above or verb_of(t).dep_ == "ROOT"
    ]
    # the clause holding the pronoun has a title for its subject ("the President-elect"): that
    # is who the pronoun is, named just before in the sentence ("When Vega pressed Trump, the
    # President-elect …"), not the subject of the sentence before
    titled = [
        c
        for v in (pron.head, *pron.head.ancestors)
        for c in v.children
        if c.dep_ == "nsubj"
        and c.i < pron.i
        and mention_at(c) is None
        and any(lemma(w).lower() in ROLE_NOUNS for w in c.subtree)
    ]
    own = [(t, m) for t, m in people if t.sent == pron.sent]
    if titled and own:
        return own[0][1]
    # a main clause's subject before one inside a relative clause ("Flynn, whom Trump had
    # chosen, misled officials. … forced him to resign": him = Flynn)
    for t, m in subjects:
        if verb_of(t).dep_ not in ("relcl", "acl"):
            return m
    if subjects:
        return subjects[0][1]
    return people[0][1] if people else None
