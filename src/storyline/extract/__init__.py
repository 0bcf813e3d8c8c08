"""The extract stage: cleaned documents → sentences, entity mentions, events and claims.

One spaCy pipeline per process, documents fed through ``nlp.pipe`` in batches; each component
below reads the shared spaCy ``Doc`` and adds one kind of result to the ``Analysis``.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from storyline.extract import anchoring, claims, entities, event_time, events, nlp
from storyline.extract.context import DocContext
from storyline.extract.dates import find_timexes
from storyline.model import Analysis, Document, Sentence

log = logging.getLogger(__name__)

# Relative to the day of writing: with only an inferred year we do not know that day, so
# "last December" keeps its month and leaves the year open rather than guess it.
_DEICTIC = re.compile(
    r"\b(last|next|this|ago|yesterday|today|tomorrow|earlier|later|past|coming|"
    r"previous|recent|current)\b",
    re.I,
)


def _open_year(t):
    def strip(iso):
        if not iso or len(iso) < 7 or not iso[:4].isdigit():
            return None
        return "XXXX" + iso[4:]

    start, end = strip(t.range_start), strip(t.range_end)
    return replace(t, range_start=start, range_end=end if start else None)


def analyse(docs: Iterable[Document], batch_size: int = nlp.BATCH_SIZE) -> Iterator[Analysis]:
    docs = list(docs)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield analyse_parsed(document, sdoc)


def analyse_parsed(document: Document, sdoc) -> Analysis:
    sents = [s for s in sdoc.sents if s.text.strip()]
    sentences = []
    for i, s in enumerate(sents):  # a sentence's span never includes the blank lines after it
        text = s.text.rstrip()
        lead = len(text) - len(text.lstrip())
        sentences.append(Sentence(i, s.start_char + lead, s.start_char + len(text), text.strip()))
    starts = [s.start for s in sentences]

    def sent_index(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    mentions = entities.extract_mentions(sdoc, document.id, sent_index)
    try:  # with the tense of the event each date modifies, from the parse
        timexes = find_timexes(document.text, document.published, anchoring.tense_hints(sdoc))
    except Exception:  # a bug in the normaliser costs the article its dates, not the article
        log.warning("no dates for %s: date normalisation failed", document.id, exc_info=True)
        timexes = []
    if document.published_basis == "inferred":
        timexes = [_open_year(t) if _DEICTIC.search(t.text) else t for t in timexes]
    analysis = Analysis(doc=document, sentences=sentences, mentions=mentions)
    doc_ctx = DocContext(document, sdoc, mentions, timexes, spans=sents)
    timed = []  # events an occasion ("at the dinner") times, dated once the article is read
    for i, s in enumerate(sents):
        ctx = doc_ctx.sentence(i, s)
        told = len(doc_ctx.claims)
        try:
            ctx.events = events.extract(ctx)
            found = claims.extract(ctx)
        except Exception:  # one unreadable sentence must not cost the article
            log.warning("%s: sentence %d skipped: %r", document.id, i, s.text[:80], exc_info=True)
            del doc_ctx.claims[told:]
            continue
        analysis.events += ctx.events
        timed += event_time.timed_by(s, ctx.events)
        # a claim read in an earlier sentence because a denial here answers it (told_before)
        analysis.claims += doc_ctx.claims[told:] + found
        doc_ctx.claims += found  # what a later "denied that charge" may answer
    analysis.claims.sort(key=lambda c: c.sent)  # those read late, in their sentence's place
    event_time.inherit(analysis.events, timed)
    return analysis
