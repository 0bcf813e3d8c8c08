"""Contradictions: one entry per disagreement, every claim on each side of the same question.

A denial ("Sessions said he had no contacts with the Russians") stands against every report told
as fact of the events it denies: the same event, or, for a denial of a kind of event ("no
contacts with Russians"), every contact of the denier with the people it names or the
nationality it names. Denials and reports connected through shared events or the same question
(who denies, contact with whom) form one disagreement, however many duplicate events the
reports were clustered into. Dates some reports disagree on form DATE disagreements.

One module per kind: ``denials`` (denial against report, grouped by ``accounts``, which also
tells a changed account), ``said`` (denials matched by words), ``numbers``, ``dates``,
``revised`` (an account and the later one, as an article tells them), ``reasons`` (a reason
given as the only one against another), ``attribution``
(who asked for a contact), ``first_told`` (who first told of an event; places live in ``resolve/places.py``),
``blamed`` (a party's denial of an attack against the claims that it carried it out, within
``denials``), ``departed`` (one's account of resigning against the reports of a firing) and
``meant`` (one's account of what a quoted phrase meant against others' readings of it);
``evidence`` tells the facts of each side.
"""

from __future__ import annotations

from storyline.model import CONTACT_TYPES, Analysis, Contradiction, Entity, Event
from storyline.resolve.contradictions.attribution import find_attributions
from storyline.resolve.contradictions.dates import explicit, find_dates
from storyline.resolve.contradictions.denials import find_denials
from storyline.resolve.contradictions.departed import find_departed
from storyline.resolve.contradictions.evidence import Reader, basis_of, count_bases, side_evidence
from storyline.resolve.contradictions.figure_groups import sentence_names
from storyline.resolve.contradictions.gainsaid import find_gainsaid
from storyline.resolve.contradictions.meant import find_meant
from storyline.resolve.contradictions.meetings import first_dates, told_of_pairs
from storyline.resolve.contradictions.numbers import find_counts, find_numbers
from storyline.resolve.contradictions.own_words import find_own_words
from storyline.resolve.contradictions.plain import Search, store_search
from storyline.resolve.contradictions.reasons import find_reasons
from storyline.resolve.contradictions.revised import find_revised
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.places import find_places

__all__ = ["Search", "basis_of", "count_bases", "find_contradictions", "store_search"]


def find_contradictions(
    analyses: list[Analysis],
    events: list[Event],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    search: Search | None = None,
) -> list[Contradiction]:
    """``search``: the store's sentence search, for reports told in plain sentences (``plain``)."""
    reader = Reader(analyses, mention_entity, entities)
    out, rare_words = find_denials(analyses, events, mention_entity, entities, reader, search)
    out += find_dates(analyses, events, reader)
    mentions = {e.id: e for a in analyses for e in a.events}
    out += find_places(events, mentions, mention_entity, entities, reader.mention, explicit, side_evidence)
    # counts and first dates of the pairs in contact, read from the sentences naming both
    told = dict(told_of_pairs(analyses, events, mention_entity, entities, search)) if search else {}
    out += find_numbers(analyses, events, reader, told)
    for pair, sentences in told.items():
        evs = sorted(
            ev.id for ev in events if ev.type in CONTACT_TYPES and {p.ref for p in ev.participants} == pair
        )
        first = first_dates(pair, sentences, evs, reader)
        if first is not None:
            out.append(first)
    speakers = Speakers(analyses, mention_entity, entities)
    names = sentence_names(analyses, mention_entity, speakers.of)
    out += find_counts([c for a in analyses for c in a.claims], reader, rare_words, names)
    # an account and the later one, as the article tells them ("initially said" … "later said")
    out += find_revised(analyses, reader, search)
    # one speaker's account and their own other one, the article marking the change
    out += _new_sentences(find_own_words(analyses, reader, speakers.of), out)
    # a statement and its negation by another source ("Obamacare is not a job killer")
    out += find_gainsaid(analyses, reader)
    # one's own account of resigning against the reports that one was fired
    out += find_departed(analyses, events, reader, speakers, mention_entity, search)
    # what a quoted phrase meant: its author's account against the readings others give it
    out += find_meant(analyses, reader, speakers, search)
    # a reason given as the only one against another reason for the same event
    out += find_reasons(analyses, events, reader, speakers.of)
    if search:  # who asked for a contact, who first told of an event: told differently
        out += find_attributions(analyses, events, entities, reader, search)
    return out


def _new_sentences(found: list[Contradiction], before: list[Contradiction]) -> list[Contradiction]:
    """Those of ``found`` whose sides are not already two sides of an entry found before (the
    same change told as "initially" … "later", or a denial and the denier's own account)."""
    sides = [[{(r.doc, r.sent) for r in p.reports} for p in k.positions] for k in before]
    out = []
    for k in found:
        mine = [{(r.doc, r.sent) for r in p.reports} for p in k.positions]
        if not any(any(mine[0] & a for a in s) and any(mine[1] & b for b in s) for s in sides):
            out.append(k)
    return out
