"""The resolve stage: per-document extractions across the whole store → entities, events,
contradictions."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Optional, cast

from storyline.extract.legislation import PULLING
from storyline.model import (
    CONTACT_TYPES,
    PLACE_TYPES,
    TIMELINE_STATUSES,
    Analysis,
    Certainty,
    Claim,
    DateRange,
    Entity,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Participant,
    Polarity,
    Resolution,
    Special,
    Stance,
)
from storyline.resolve.charged import CASES
from storyline.resolve.contradictions import Search, find_contradictions
from storyline.resolve.dates import event_date, interval, night
from storyline.resolve.entities import resolve_entities, title_refs
from storyline.resolve.events import EventFeatures, cluster_events
from storyline.resolve.labels import SAYING, label, label_roles, short
from storyline.resolve.measures import acts, with_kin_acts
from storyline.resolve.published import estimate_published, later_estimates, redated, with_estimates
from storyline.resolve.said import said_about, what_is_said
from storyline.resolve.salience import score as score_salience
from storyline.resolve.sites import broad, containers, innermost, site_of, sites, treaties
from storyline.resolve.status import set_status
from storyline.resolve.trips import trip

# Singular events identified by who does them (one resigns once); the others by whom they
# happen to (one is fired once, by someone who may fire many).
ACTOR_IS_KEY = {"RESIGN", "PLEAD", "RECUSE", "TESTIFY"}


def _key_participants(etype: str, linked: list[tuple[str, str]]) -> frozenset[str]:
    if etype == "REQUEST":  # what is asked for: one asker asks one person many things
        return frozenset(x for x, r in linked if r == "content")
    if etype == "VOTE":  # what is voted on, not who votes with whom
        return frozenset(x for x, r in linked if r == "patient")
    if etype == "ELECT":  # the race, named by its winner or its loser
        return frozenset(x for x, _ in linked)
    if etype in ACTOR_IS_KEY:
        return frozenset(x for x, r in linked if r == "agent") or frozenset(x for x, _ in linked)
    return frozenset(x for x, r in linked if r != "agent")


def _pulled(e: EventMention) -> bool:
    """A vote told by its bill being pulled ("Ryan yanked the health insurance bill"): the one
    who pulls it casts no vote, so he never keeps it from the votes others tell of that day."""
    return e.type == "VOTE" and e.lemma in PULLING


# Decrees: a ban or an order is made by announcing it ("Trump said on Wednesday he would ban
# transgender people from the U.S. military" is the ban, told the day it was decreed). Acts on a
# person done by deciding them (a firing, a resignation, extract/factuality_lexicon.
# DONE_BY_DECIDING) are read as facts by extraction already when told as decided ("his decision
# to fire Comey"); what it leaves ahead of them ("will resign next month") is still ahead.
DECIDED = {"BAN", "ENACT"}


def _decided(e: EventMention) -> bool:
    """An act done by deciding it, told as decided and still ahead, without a hedge, a demand or a
    condition: "Trump's sudden decision to ban transgender personnel", "Trump said on Wednesday
    he would ban transgender people". Not "wants to ban" (a wish), "called for him to resign" (a
    demand), "may fire" (a possibility), nor a denial."""
    f = e.factuality
    return (
        e.type in DECIDED
        and f.polarity is Polarity.POS
        and f.certainty is Certainty.CERTAIN
        and f.time is EventTime.FUTURE
        and f.special is Special.NONE
    )


def _factual(e: EventMention, published: Optional[str] = None) -> Optional[bool]:
    """True: reported as a fact; None: denied or alleged (may join the fact it disputes or
    hedges); False: planned, demanded, possible, conditional — never merged into a fact. An act
    told as decided (``_decided``) is True: the clusters keep it from facts done after its report
    (``events._decided_before``)."""
    f = e.factuality
    if (f.happened and not e.negated) or _decided(e):
        return True
    if f.polarity is Polarity.NEG or (e.negated and f == Factuality()):
        return None  # only "negated" is known (no factuality read): treat it as a denial
    if _alleged(e, published) or _planned_for_before(e, published):
        return None
    return False


def _planned_for_before(e: EventMention, published: Optional[str]) -> bool:
    """A plan, told without a hedge, for a day already past when the report was published: "Trump
    Jr. arranged a previously undisclosed meeting at Trump Tower last year" refers to the meeting
    held then, if it was; may join it (as an allegation does), never a fact by itself."""
    f = e.factuality
    if not (
        f.polarity is Polarity.POS
        and f.certainty is Certainty.CERTAIN
        and f.time is EventTime.FUTURE
        and f.special is Special.NONE
    ):
        return False
    iv = interval(e.date)
    return iv is not None and bool(published) and iv[1][:4].isdigit() and iv[1] < cast(str, published)[:10]


# Outcomes a report forecasts: "Sessions' likely confirmation by the Senate on Wednesday" is
# no report of the vote, as "allegedly pressured" is of the pressure
FORECAST_TYPES = {"VOTE", "ELECT"}


def _alleged(e: EventMention, published: Optional[str]) -> bool:
    """A past act told as alleged or reported ("Gianforte allegedly body-slammed a reporter",
    "Trump allegedly pressured the former FBI director to drop ..."): the news is the act, told
    with the outlet's hedge, as others tell it plainly; not a plan, a demand, a possibility, a
    forecast, nor anything dated on or after the day of the report."""
    f = e.factuality
    if e.type in FORECAST_TYPES or not (
        f.polarity is Polarity.POS
        and f.certainty is Certainty.PROBABLE
        and f.time is EventTime.PAST
        and f.special is Special.NONE
    ):
        return False
    iv = interval(e.date)
    if iv is None or not published:
        return iv is None
    return iv[1][:4].isdigit() and iv[1] < published[:10]


# A chamber votes on one bill many times a year (a motion, the bill, a rival bill, months
# apart): a vote an article tells without a date is its news, of the days before it was
# published, not March's vote on the same law told in July. So is a race a candidate won or
# lost ("Ossoff lost", not his April primary). For clustering only.
RECENT_DAYS = 7


def _recent(e: EventMention, published: Optional[str]) -> Optional[DateRange]:
    if e.type not in ("VOTE", "ELECT") or not published or len(published) < 10 or _factual(e) is False:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return DateRange((day - timedelta(days=RECENT_DAYS)).isoformat(), day.isoformat(), "")


def _by_then(e: EventMention, d: Optional[DateRange], published: Optional[str]) -> Optional[DateRange]:
    """A date after its report, of something the report tells as done, is misread ("leveled an
    unproven allegation this weekend" on a Monday, read as the next weekend): for clustering,
    the mention is undated, as the event's date already drops it (dates.choose)."""
    iv = interval(d)
    if iv is None or not published or len(published) < 10 or not iv[0][:4].isdigit():
        return d
    return None if iv[0] > published[:10] and _factual(e, published) is True else d


def _casualties_date(e: EventMention, a: Analysis) -> Optional[DateRange]:
    """An attack's day the sentence gives its casualties: "killed in a terror attack that saw
    more than 40 people injured outside the Parliament building on Wednesday"."""
    if e.type not in PLACE_TYPES:
        return None
    days = {
        (x.date.start, x.date.end): x.date
        for x in a.events
        if x.sent == e.sent and x.type in CASUALTIES and x.date
    }
    return next(iter(days.values())) if len(days) == 1 else None


def _doc_places(
    analyses: list[Analysis], mention_entity: dict[str, str], places: dict[str, str]
) -> Iterator[set[str]]:
    """Each document's places (as ``sites`` tells them), for which contains which."""
    for a in analyses:
        yield {places[x] for m in a.mentions if (x := mention_entity.get(m.id)) is not None and x in places}


CASUALTIES = {"DIE", "INJURE"}
TOPIC_TYPES = {"PERSON", "ORG", "GPE"}
TOPIC_SIZE = 3  # the entities a document names most: who a bare "the testimony" there is about


def _topic(a: Analysis, mention_entity: dict[str, str]) -> frozenset[str]:
    counts = Counter(
        mention_entity[m.id] for m in a.mentions if m.type in TOPIC_TYPES and m.id in mention_entity
    )
    return frozenset(x for x, n in counts.most_common(TOPIC_SIZE) if n >= 2)


def _named_in(
    a: Analysis, mention_entity: dict[str, str], types: Optional[set[str]] = TOPIC_TYPES
) -> dict[int, frozenset[str]]:
    """Sentence → the people and bodies it names (of ``types``, any when None): "the Jeff
    Sessions recusal", whose compound the parse does not link to the trigger, is still about
    the one the sentence names."""
    out: dict[int, set[str]] = {}
    for m in a.mentions:
        if (types is None or m.type in types) and m.id in mention_entity:
            out.setdefault(m.sent, set()).add(mention_entity[m.id])
    return {k: frozenset(v) for k, v in out.items()}


def features(
    analyses: list[Analysis],
    mention_entity: dict[str, str],
    titles: Optional[dict[str, str]] = None,
    kinds: Optional[dict[str, str]] = None,
    places: Optional[dict[str, str]] = None,
    agreements: Optional[dict[str, str]] = None,
) -> list[EventFeatures]:
    """``kinds``: entity id → type. Only people then count as an event's agents, whose
    disagreement keeps two firings apart: "the Justice Department appoints Mueller" is
    Rosenstein's appointing him, a body acting through its people. ``places``: entity id →
    the place an attack there is told at (``sites``); ``agreements``: entity id → the place an
    agreement is named after (``treaties``)."""
    titles = title_refs(analyses, mention_entity) if titles is None else titles
    kinds = kinds or {}
    places = places or {}
    agreements = agreements or {}
    refs = {**titles, **mention_entity}
    doc_places = list(_doc_places(analyses, mention_entity, places)) if places else []
    wide = broad(doc_places)
    told_at = places
    places = {x: p for x, p in places.items() if p not in wide}
    inside = containers(ps - wide for ps in doc_places)
    out = []
    for a in analyses:
        topic = _topic(a, mention_entity)
        named = _named_in(a, mention_entity)
        spots = _named_in(a, mention_entity, None) if places or agreements else {}
        for e in a.events:
            linked = [(refs[p.ref], p.role) for p in e.participants if p.ref in refs]
            location = mention_entity.get(e.location) if e.location else None
            etype, location, linked = trip(e.type, e.lemma, linked, location, kinds)
            where: frozenset[str] = frozenset()
            if etype == "WITHDRAW":
                # "withdrawing from the Paris Agreement", a name the parse leaves out: Paris's
                linked += [(agreements[x], "patient") for x in spots.get(e.sent, ()) if x in agreements]
            if etype in PLACE_TYPES:
                location, linked = site_of(location, linked, told_at, kinds)
                # "the US strike", "the Manchester bombing with the United States": no place and
                # no one attacked, for all the archive names it (an attacking country stays)
                location = None if location in wide else location
                linked = [(x, r) for x, r in linked if r == "agent" or told_at.get(x) not in wide]
                # the places its sentence names: "terrorist attacks at a concert Monday in
                # Manchester", where the parse links none to the trigger
                where = innermost(frozenset(places[x] for x in spots.get(e.sent, ()) if x in places), inside)
            out.append(
                EventFeatures(
                    id=e.id,
                    doc=a.doc.id,
                    sent=e.sent,
                    type=etype,
                    lemma=e.lemma,
                    # who asks and who is asked; what is asked about is the key (requests.py)
                    participants=frozenset(x for x, r in linked if r != "content"),
                    key_participants=_key_participants(etype, linked),
                    date=night(_by_then(e, e.date or _casualties_date(e, a), a.doc.published))
                    or _recent(e, a.doc.published),
                    location=location,
                    anaphoric=e.anaphoric,
                    negated=e.negated,
                    agents=frozenset(
                        x
                        for x, r in linked
                        if r == "agent" and kinds.get(x, "PERSON") == "PERSON" and not _pulled(e)
                    ),
                    factual=_factual(e, a.doc.published),
                    decided=_decided(e),
                    topic=topic | named.get(e.sent, frozenset()),
                    named=named.get(e.sent, frozenset()),
                    published=a.doc.published,
                    where=where,
                    around=frozenset().union(*(inside.get(x, frozenset()) for x in {location, *where} if x)),
                )
            )
    return out


def resolve(analyses: list[Analysis], search: Optional[Search] = None) -> Resolution:
    """``search``: the store's sentence search, which contradictions read plain reports with."""
    # an article's dates read with a year its text gave wrongly, moved onto the year it has now
    analyses = redated(analyses, {a.doc.id: a.doc.published for a in analyses})
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    mentions = {e.id: e for a in analyses for e in a.events}
    claims = [c for a in analyses for c in a.claims]
    # each event's status reads the denials of its own mentions: indexed once, not scanned per event
    denials: dict[str, list[Claim]] = {}
    for c in claims:
        if c.event is not None and c.stance == Stance.DENY:
            denials.setdefault(c.event, []).append(c)
    mention_doc = {e.id: a.doc.id for a in analyses for e in a.events}
    published = {a.doc.id: a.doc.published for a in analyses}
    titles = title_refs(analyses, mention_entity)
    title_text = _title_text(analyses, titles)
    places = sites(entities)
    wide = broad(list(_doc_places(analyses, mention_entity, places)))
    said = said_about(analyses, mention_entity)
    kinds = {e.id: e.type for e in entities}
    named_acts = acts(entities)
    clusters = list(
        cluster_events(
            with_kin_acts(
                features(analyses, mention_entity, titles, kinds, places, treaties(entities)), named_acts
            )
        )
    )

    def build(published: dict[str, Optional[str]]) -> list[Event]:
        def event_of(
            members: list[EventFeatures], told: Optional[dict[str, Event]] = None
        ) -> Optional[Event]:
            return _event(
                members,
                mentions,
                mention_entity,
                by_id,
                published,
                titles,
                title_text,
                places,
                said,
                told,
                wide,
            )

        out, made = [], []
        for members in clusters:
            event = event_of(members)
            # kept whatever its status: a denied or only possible event stays reachable, off the
            # timeline (status NOT_HAPPENED / POSSIBLE), instead of being dropped
            if event is not None:
                own = [c for m in event.members for c in denials.get(m, ())]
                out.append(set_status(event, mentions, own, mention_doc, published))
                made.append(members)
        # an act of saying labelled again with the events of what it says: "Varga confirmed the
        # dinner" names no one there, the dinner's other reports do
        told = {m: ev for ev in out for m in ev.members}
        for ev, members in zip(out, made):
            if ev.type in SAYING:
                again = event_of(members, told)
                ev.label = again.label if again else ev.label
        return out

    events = build(published)
    # an undated article takes the year of the dated reports of its events; its events are then
    # dated again, bounded by that year like any report's
    estimates = later_estimates(published, estimate_published(analyses, events, mention_doc, mention_entity))
    if estimates:
        moved = redated(analyses, with_estimates(published, estimates))
        if any(x is not y for x, y in zip(moved, analyses)):
            # "on March 21" read with the text's wrong year (2019): the article's events are
            # dated, and so grouped, again with the year the other reports gave it
            analyses = moved
            mentions = {e.id: e for a in analyses for e in a.events}
            feats = features(analyses, mention_entity, titles, kinds, places, treaties(entities))
            feats = with_kin_acts(feats, named_acts)
            clusters = list(cluster_events(feats))
        events = build(with_estimates(published, estimates))
    score_salience(events, analyses)
    facts = [ev for ev in events if ev.status in TIMELINE_STATUSES]
    contradictions = find_contradictions(analyses, facts, mention_entity, by_id, search)
    return Resolution(entities=entities, events=events, contradictions=contradictions, published=estimates)


def _title_text(analyses: list[Analysis], titles: dict[str, str]) -> dict[str, str]:
    """Title id → how the reports most often write it ("Russian ambassador")."""
    seen: dict[str, Counter[str]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.id in titles:  # a title mention always has its role (entities._is_title)
                seen.setdefault(titles[m.id], Counter())[cast(str, m.role)] += 1
    return {t: "the " + c.most_common(1)[0][0] for t, c in seen.items()}


def _role_as(etype: str, mtype: str, role: str) -> Optional[str]:
    """A report's role read in the event's type: in a departure labelled a resignation, the
    one fired resigns and the one who fired forced it; labelled a firing, the reverse. In a case
    told by the attack it is for (resolve.charged), the attacker is the one charged, and whom he
    attacked is none of the case's parties (None): "Gianforte is charged", not "charges Jacobs"."""
    if etype in CASES and mtype == "ATTACK":
        return "patient" if role == "agent" else None
    if etype == "ATTACK" and mtype in CASES:  # ... and told mostly by the attack, the reverse
        return "agent" if role == "patient" else None
    if etype == "RESIGN" and mtype == "FIRE":
        return {"patient": "agent", "agent": "participant"}.get(role, role)
    if etype == "FIRE" and mtype == "RESIGN":
        return {"agent": "patient"}.get(role, role)
    return role


def _office(ent: Entity, docs: set[str]) -> Optional[str]:
    """The title the event's own reports give a person ("national security adviser")."""
    offices = Counter(
        re.sub(r"^((the|his|her|former|then-?|acting|\w+ed)\s+)+", "", r.role.strip(), flags=re.I)
        for r in ent.roles
        if r.doc in docs and not r.role.lower().startswith(("a ", "an "))
    )
    office = offices.most_common(1)[0][0] if offices else None
    if not office or len(office.split()) > 4 or not re.match(r"^[\w .-]+$", office):
        return None
    # "FBI director", "national security adviser": acronyms kept, the rest in lower case
    return " ".join(w if w.isupper() and len(w) <= 4 else w.lower() for w in office.split())


# A label names the parties its reports name, not one that a single report among many adds:
# "the Senate votes on Obamacare", not "the Senate, Congressional Budget Office and the House".
LABEL_SHARE = 3  # a party named by fewer than one in this many of the top one's mentions is left out


def _main_parties(parties: list[str], seen: dict[str, Counter[str]]) -> list[str]:
    counts = {e: sum(seen[e].values()) for e in parties if e in seen}
    top = max(counts.values(), default=0)
    return [e for e in parties if e not in seen or counts[e] * LABEL_SHARE >= top]


def _told_at(loc: str, locs: Counter[str], docs: set[str], by_id: dict[str, Entity]) -> bool:
    """A label's place is one two reports give (one report's "wins in Kansas, Montana and South
    Carolina" does not put Georgia's race in Kansas), and never a person."""
    return by_id[loc].type != "PERSON" and (locs[loc] >= 2 or len(docs) == 1)


def _event(
    members: list[EventFeatures],
    mentions: dict[str, EventMention],
    mention_entity: dict[str, str],
    by_id: dict[str, Entity],
    published: dict[str, Optional[str]],
    titles: Optional[dict[str, str]] = None,
    title_text: Optional[dict[str, str]] = None,
    places: Optional[dict[str, str]] = None,
    said: Optional[dict[str, list[str]]] = None,
    told: Optional[dict[str, Event]] = None,
    wide: frozenset[str] = frozenset(),
) -> Optional[Event]:
    """One event from its mentions: the roles most mentions give, the most specific date of the
    reports that say it happened, the most named place, every source in report order."""
    titles, title_text = titles or {}, title_text or {}
    types = Counter(m.type for m in members)
    etype = max(types, key=lambda t: (types[t], t != "COMMUNICATE"))
    roles_seen: dict[str, Counter[str]] = {}
    unheld: dict[str, Counter[str]] = {}  # titles no one holds ("the Russian ambassador"): for the label
    for m in members:
        for p in mentions[m.id].participants:
            ent = mention_entity.get(p.ref)
            if ent in wide and etype in PLACE_TYPES and p.role != "agent":
                continue  # "the Manchester bombing with the United States" (sites.broad)
            role = _role_as(etype, m.type, p.role)
            if role is None:
                continue
            if ent:
                roles_seen.setdefault(ent, Counter())[role] += 1
            elif p.ref in titles:
                unheld.setdefault(titles[p.ref], Counter())[role] += 1
    locs = Counter(m.location for m in members if m.location in by_id)
    loc = locs.most_common(1)[0][0] if locs else None
    if not roles_seen and not (etype in PLACE_TYPES and loc):
        # "the investigation", "contacts": no one to link it to; but "the terror attack in
        # London" is one, by its place
        return None
    # "participant" ("a meeting between X and Y") says nothing about who did what: any report
    # that does say it wins
    roles = {ent: max(c, key=lambda r: (r != "participant", c[r])) for ent, c in roles_seen.items()}
    when = event_date(members, mentions, published)  # agreed by the reports, never after them
    docs = {m.doc for m in members}

    def name(e: str, role: str) -> str:
        ent = by_id[e]
        text = short(ent.name, ent.type)
        office = _office(ent, docs) if etype in ("FIRE", "APPOINT") and role == "patient" else None
        return f"{office} {text}" if office else text

    # people meet, places do not: "Ohio" in "met in Ohio" misread as a party is the place
    # a site the NER typed as a body or a person ("London Bridge", "Manchester Arena") is a place
    # of an attack: "Attack at Manchester Arena", not "Arena attacks"
    sited = places if etype in PLACE_TYPES and places else {}
    kinds = {e: "FAC" if e in sited and by_id[e].type != "GPE" else by_id[e].type for e in roles}
    parties, loc = label_roles(etype, roles, kinds, loc)
    if etype in CONTACT_TYPES:
        roles = parties or roles
    doers = [e for e, r in parties.items() if r == "agent"]
    # a person acting for a body says who did it: "Rosenstein appoints Mueller", not "Justice
    # Department and Rosenstein appoint"
    people = [e for e in doers if by_id[e].type == "PERSON"]
    called_off = False
    if etype == "VOTE":  # a chamber's vote, whichever of its members a report names
        chambers = [e for e in doers if by_id[e].type == "ORG"]
        # who pulls a bill casts no vote: told mostly by its pulling, or with no chamber voting
        # and its puller the one most named, the vote was called off ("Ryan pulls the bill",
        # not "Ryan votes")
        pulled = [m for m in members if _pulled(mentions[m.id])]
        pullers = {
            x
            for m in pulled
            for p in mentions[m.id].participants
            if p.role == "agent" and (x := mention_entity.get(p.ref))
        }
        main = _main_parties(people, roles_seen)
        voter = max(main, key=lambda e: sum(roles_seen[e].values()), default=None)
        called_off = 2 * len(pulled) >= len(members) or (
            len(pulled) >= 2 and not chambers and voter in pullers
        )
        people = [e for e in people if e in pullers] if called_off else chambers or people
    agents = [name(e, "agent") for e in _main_parties(people or doers, roles_seen)]
    # one resigns from an office or a body, not from the person who forced it
    others = [
        name(e, r)
        for e, r in parties.items()
        if r not in ("agent", "content")
        and not (etype == "RESIGN" and agents and by_id[e].type == "PERSON")
        and e in _main_parties([x for x, q in parties.items() if q != "agent"], roles_seen)
    ]
    if etype == "VOTE":  # one measure, by the name most reports give it (resolve/measures.py)
        measures = [e for e, r in parties.items() if r == "patient"]
        measure = max(measures, key=lambda e: sum(roles_seen[e].values()), default=None)
        others = [name(measure, "patient")] if measure else others
        if called_off and measure and by_id[measure].type == "PERSON":
            others = []  # a bill is pulled, not a person ("Heller is pulled": a voter misread)
    others += [title_text[t] for t in unheld if t in title_text and len(others) < 3]
    # "Trump asks Comey about Flynn": what most of a request's reports say it is about
    asked_about = {e: sum(roles_seen[e].values()) for e, r in parties.items() if r == "content"}
    top = max(asked_about.values(), default=0)
    about = [name(e, "content") for e, n in asked_about.items() if n == top][:2]
    office = None
    if etype == "RESIGN" and len(agents) == 1:
        key = next(e for e, r in parties.items() if r == "agent")
        office = _office(by_id[key], docs)
    sources = list(
        dict.fromkeys(s for m in sorted(members, key=lambda m: m.id) for s in mentions[m.id].sources)
    )
    first = min(m.id for m in members)
    return Event(
        id="ev_" + hashlib.sha1(first.encode()).hexdigest()[:10],
        type=etype,
        label=label(
            "PULL" if called_off else etype,
            agents,
            others,
            by_id[loc].name if loc and _told_at(loc, locs, docs, by_id) else None,
            place_type=by_id[loc].type if loc else None,
            office=office,
            said=what_is_said(members, said or {}, mentions, mention_entity, by_id, set(roles), told)
            if etype in SAYING
            else None,
        )
        + (f" about {' and '.join(about)}" if about else ""),
        members=sorted(m.id for m in members),
        participants=[Participant(e, r) for e, r in roles.items()],
        date=when.date,
        location=loc,
        sources=sources,
        first_reported=when.first_reported,
        other_dates=when.other_dates,
    )
