"""Retrieval: sentences by full-text search (FTS5; the product has no torch, so no sentence
vectors) and events by entity and type, through the ``Store`` interface only; the sentences are
ranked by ``rank.score``."""

from __future__ import annotations

import re

from storyline.model import STATUSES
from storyline.present.ask.described import role_in
from storyline.present.ask.match import query_forms
from storyline.present.ask.names import _learned, descriptions, entities_of, namesakes, short_forms
from storyline.present.ask.pronouns import _described_age, _from_before, _resolve_pronouns
from storyline.present.ask.queries import MAX_QUERIES, PER_QUERY, _learned_tier, _synonym_forms, _tiers
from storyline.present.ask.question import Question
from storyline.present.ask.rank import _about, score
from storyline.present.ask.sentence import Sentence
from storyline.present.ask.speakers import PRONOUN_SAYS, _join_quotes, _join_speaker
from storyline.store.base import Store
from storyline.store.records import EventRecord

ALL_STATUSES = [s.value for s in STATUSES]


EVENTS = 200  # events read for the entity asked about


ENOUGH = 120  # candidate sentences after which less specific searches are skipped


def sentences(store: Store, q: Question) -> list[Sentence]:
    """Sentences that share words with the question, best first. The searches stop once enough
    candidates are in (the cost of a search grows with the store; the first tiers are the best)."""
    found: dict[tuple[str, int], Sentence] = {}
    seen: dict[str, tuple[str, int]] = {}
    done = 0
    namesakes(store, q)
    described = descriptions(store, q)
    short = short_forms(store, q)
    learned = _learned(store, q, described)
    for tier in _tiers(q, described, short) + _learned_tier(q, learned):
        for query in dict.fromkeys(tier):
            if done >= MAX_QUERIES:
                break
            done += 1
            # in a window, more hits are read to keep as many from inside it (Store.search has
            # no date filter)
            scoped = q.date_from is not None or q.date_to is not None
            for h in store.search(query, limit=PER_QUERY * (4 if scoped else 1)).items:
                if not q.in_window(h.published):
                    continue
                same = " ".join(h.text.split()).lower()
                kept = seen.get(same)
                if kept is not None:  # a syndicated copy of a sentence already found: keep the
                    k = found[kept]  # earliest published one, so "who reported it first" holds
                    if h.published and (not k.published or h.published < k.published):
                        found[kept] = Sentence(h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title)
                    continue
                seen[same] = (h.doc, h.start)
                if (h.doc, h.start) not in found:
                    found[(h.doc, h.start)] = Sentence(
                        h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                    )
        if len(found) >= ENOUGH:
            break
    if (
        (q.trigger or q.kind in ("when", "where") and q.keywords)
        and q.names
        and q.kind != "said"
        and done < MAX_QUERIES
    ):
        _pronoun_sentences(store, q, found, seen)
    if q.kind == "said" and q.speaker and q.keywords and done < MAX_QUERIES:
        _pronoun_sentences(store, q, found, seen)  # "“It is disturbing ...,” he said."
    if q.kind == "said" and q.speaker:
        _join_quotes(store, q, found)
    if q.kind == "who" and q.says and q.says != "be":
        _join_speaker(store, q, found)
    if q.counted == "age" and len(q.required_keys) == 1 and done < MAX_QUERIES:
        # "The 81-year-old senator ...": an age told by description, in an article naming them
        docs = {s.doc for s in found.values() if q.required_keys[0] in s.text.lower()}
        for h in store.search("year old", limit=PER_QUERY).items:
            same = " ".join(h.text.split()).lower()
            if h.doc in docs and same not in seen and role_in(h.text) and q.in_window(h.published):
                seen[same] = (h.doc, h.start)
                found[(h.doc, h.start)] = Sentence(
                    h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                )
    for key, roles in learned.items():  # scored like the store's descriptions
        described[key] = described.get(key, []) + roles
    score(q, list(found.values()), described, short)
    # a sentence that lacks the happening ("Schumer said he told Trump ...") is likelier about it
    # when its article speaks of it elsewhere
    on_topic = {s.doc for s in found.values() if s.trigger and not s.loose and s.coverage >= 0.5}
    about = _about(q, list(found.values()))
    _resolve_pronouns(store, q, list(found.values()), described, short)
    _from_before(store, q, list(found.values()), described, short)
    if q.counted == "age":
        _described_age(store, q, list(found.values()))
    for s in found.values():
        if not s.trigger and s.doc in on_topic:
            s.score += 1.5
        elif s.loose and s.doc in on_topic:  # less than the happening itself said in it
            s.score += 0.75
        s.score += about[s.doc]
    return sorted(found.values(), key=lambda s: -s.score)


def _pronoun_sentences(
    store: Store, q: Question, found: dict[tuple[str, int], Sentence], seen: dict[str, tuple[str, int]]
) -> None:
    """ "He spoke for only one minute", "They spoke for approximately 30 minutes": the happening
    with everyone asked about as a pronoun, which no search by name finds. Searched by the
    happening alone, kept only in articles already found naming them (``_resolve_pronouns``
    then looks for the name in the sentences before)."""
    docs = {s.doc for s in found.values()}
    # no happening named ("when is Fields's next court date"): the question's first word for it
    happening = q.trigger or q.keywords[0]
    others = [k for k in q.keywords if k != happening][:1]
    queries = [(f, f) for f in query_forms(happening, q.forms.get(happening, set()))[:2]]
    # "... Paris accord," he said on Fox News: another verb for it, with a word of the question
    queries += [(f, f"{f} {k}") for f in _synonym_forms(q.trigger or "", q.kind)[:4] for k in others]
    for form, query in queries:
        # the pronoun does it: "He later apologized", not "when he felt it was time to speak"
        # (or a thing of theirs: "His next court date was set for Aug. 25", when no verb is asked)
        who = "he|she|they" if q.trigger else "he|she|they|his|her|their"
        # (or "we" or "I" anywhere before it: a speaker's quote going on, "We knocked on a random
        # door ... and hid in the bathroom"; ``_resolve_pronouns`` looks for who said it)
        first = rf"|(?-i:\b(?:I|We|we)\b).*\b{re.escape(form)}\b" if q.trigger else ""
        does = re.compile(rf"\b(?:{who})\s+(?:\w+\s+){{0,2}}?{re.escape(form)}\b{first}", re.I)
        if q.kind == "said":  # the topic in words a he or she says (the speaker named before)
            does = PRONOUN_SAYS
        for h in store.search(query, limit=PER_QUERY).items:
            same = " ".join(h.text.split()).lower()
            if h.doc in docs and same not in seen and does.search(h.text) and q.in_window(h.published):
                seen[same] = (h.doc, h.start)
                found[(h.doc, h.start)] = Sentence(
                    h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                )


def events(store: Store, q: Question) -> list[EventRecord]:
    """Events whose participants or label name everyone the question names, of its type first."""
    names = q.name_keys
    if not names:
        return []
    found = entities_of(store, q)
    ents = [e for e in found if e is not None]
    if not ents:
        return []
    # the fewest events to read ("Kislyak", not "Trump"), among people and organisations: a place
    # is an event's location, not one of its participants
    actors = [e for e in ents if e.type in ("PERSON", "ORG") and e.n_events > 0] or ents
    rarest = min(actors, key=lambda e: e.n_events)
    pool = store.events(entity=rarest.id, type=q.event_type, status=ALL_STATUSES, limit=EVENTS)
    out = []
    for ev in pool.items:
        if q.date_to and ev.first_reported and ev.first_reported[: len(q.date_to)] > q.date_to:
            continue  # first reported after the window asked about
        text = (
            ev.label + " " + " ".join(p.name for p in ev.participants) + " " + (ev.location_name or "")
        ).lower()
        if all(n in text for n in names):
            out.append(ev)
    return sorted(out, key=lambda e: -e.documents)
