"""Contradictions: one entry per disagreement, every claim on each side of the same question.

A denial ("Sessions said he had no contacts with the Russians") stands against every report told
as fact of the events it denies: the same event, or, for a denial of a kind of event ("no
contacts with Russians"), every contact of the denier with the people it names or the
nationality it names. Denials and reports connected through shared events or the same question
(who denies, contact with whom) form one disagreement, however many duplicate events the
reports were clustered into. Dates some reports disagree on form DATE disagreements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations
from typing import Any, TypeGuard

from storyline.model import (
    CONTACT_TYPES,
    Analysis,
    Certainty,
    Claim,
    Contradiction,
    DateRange,
    Entity,
    Event,
    EventMention,
    EventTime,
    Polarity,
    Position,
    Quantity,
    Report,
)
from storyline.resolve.counts import count_groups
from storyline.resolve.places import find_places, told_differently
from storyline.resolve.union_find import UnionFind

# a denial matched to what it stands against: the denial, the events it denies by id, whose
# event it is (None when only words tie it to other claims) and the others it names
_Match = tuple[Claim, dict[str, Event], str | None, set[str]]

# marks a person a sentence names among its nationality stems ("russi"): what a report of a
# campaign's contacts must name
_NAMED = "@"

# kinds of event too wide to tell one from another by their people alone ("said", "asked"):
# the denial of one such event is no denial of every other between the same people
_VAGUE = {"STATEMENT", "PROPOSE", "DENY", "CONFIRM", "ANNOUNCE", "AGREE", "DISASTER", "OTHER"}

# a denial narrower than a plain "we never met": "never met Russian officials to discuss the
# campaign" does not deny meeting the ambassador, only what the meeting was about
_QUALIFIER = re.compile(
    r"\b(to discuss|about the (campaign|election)|regarding the (campaign|election)|"
    r"concerning the (campaign|election)|in (his|her|their) capacity|as a surrogate|"
    r"(related|relating) to the (campaign|election)|on behalf of the campaign|"
    r"outside (of )?(his|her|their) duties|substantive|about the (trump )?campaign|campaign[- ]related|"
    # a denial of what was talked about, not of talking: "did not discuss sanctions",
    # "had not spoken with Whitaker about the investigation"
    r"discuss\w*|(spoke|spoken|talked|talk|speak)\b[^.,;]{0,40}\babout)\b",
    re.I,
)
_REASON = re.compile(
    r"\b(over the|because( of)?|in order to|in exchange for|as a result of|for the purpose)\b", re.I
)
# who stands behind a report: the person themself, sworn testimony or documents, against
# unnamed officials (second-hand)
_FIRST_HAND = re.compile(
    r"\b(testif\w+|under oath|sworn|records? show|documents?|emails?|transcripts?)\b", re.I
)
_SECOND_HAND = re.compile(
    r"\b(officials? (said|say|told)|according to (current and former |former |u\.s\. )?officials|"
    r"familiar with|anonymity|people briefed|sources? (said|say|told)|not authorized)\b",
    re.I,
)
_ADMITTED = re.compile(r"\b(acknowledg\w*|admitt?\w*|conced\w*)\b", re.I)
_LATER_FACT = re.compile(
    r"\b(pleaded guilty|plead guilty|correct(ed|ion)|acknowledged|admitted|confirmed)\b", re.I
)
_EXPLICIT_DATE = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(spring|summer|fall|autumn|winter)\b",
    re.I,
)


def _explicit(date_text: str) -> bool:
    """A date said in so many words: a digit, a month or a season (not "last week")."""
    return bool(_EXPLICIT_DATE.search(date_text))


# a denial of what a group did: "he or anyone on his team", "no one from his campaign",
# "Trump campaign representatives", "any of his associates"
# the subject's people named as such: "anyone on his team", "no one from his campaign"; a bare
# "no one" or "anyone" names no circle (in 10,000 articles it gathered one for whoever said it)
_GROUP = re.compile(
    r"\b((none|any) of (his|her|their|the) (campaign|team|associates|aides|advisers)|"
    r"(his|her|their|the) (campaign|team|associates|aides|advisers)|"
    r"campaign (representatives|officials|aides|advisers|associates|members|team))\b",
    re.I,
)


# whose campaign, team or White House: "the Trump White House", "Trump campaign representatives"
_OWNED = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)? (?:campaign|team|White House|administration|transition)\b")


def _owner(text: str, named: dict[str, str], entities: dict[str, Entity]) -> str | None:
    """The candidate whose people a denial speaks of, named as the owner of a campaign, team or
    White House in the sentence; None when there is none, or they are no candidate."""
    for m in _OWNED.finditer(text):
        who = named.get(m.group(1))
        e = entities.get(who) if who else None
        if e is not None and any(_CANDIDATE.search(r.role) for r in e.roles):
            return e.id
    return None


def _team(subject: str, entities: dict[str, Entity]) -> set[str]:
    """The people of a subject's campaign or circle, as the reports call them: "campaign
    chairman", "Trump's foreign policy adviser", "a longtime Trump adviser", his namesake kin."""
    me = entities.get(subject)
    # a campaign is a candidate's: "campaign adviser" makes one of Trump's people, not Stone's,
    # and "no one" in anyone else's denial ("Ban Ki-moon said no one …") gathers no circle (in
    # 10,000 articles, it gathered whoever was called an adviser into one disagreement)
    if me is None or me.type != "PERSON" or not any(_CANDIDATE.search(r.role) for r in me.roles):
        return set()
    surname = me.name.split()[-1]
    own = re.compile(rf"\b{re.escape(surname)}\b")
    out = set()
    for e in entities.values():
        if e.id == subject or e.type != "PERSON":
            continue
        roles = [r.role for r in e.roles]
        if any(re.search(r"\bcampaign\b", r, re.I) or own.search(r) and _ADVISER.search(r) for r in roles):
            out.add(e.id)
        elif own.search(e.name) and e.name.split()[-1] in (surname, "Jr", "Jr.") and e.name != me.name:
            out.add(e.id)  # "Donald Trump Jr."
    return out


_CANDIDATE = re.compile(r"(?<!vice )\b(candidate|nominee|president|president-elect)\b", re.I)
_ADVISER = re.compile(
    r"\b(advis[eo]r|aide|associate|chairman|manager|lawyer|attorney|son|son-in-law)\b", re.I
)


def _carries(people: set[str], stems: set[str], entities: dict[str, Entity]) -> bool:
    """Whether one of these entities is called by one of these nationality stems
    ("russi" in "the Russian ambassador")."""
    for p in people:
        e = entities.get(p)
        if e is None:
            continue
        names = [e.name, *e.aliases, *(r.role for r in e.roles)]
        if any(stem in n.lower() for stem in stems for n in names):
            return True
    return False


# who speaks for whom: "Trump's lawyers", "a spokesman for Obama"
_FOR = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?:\w+ )?(?:lawyers?|attorneys?|spokes\w+|aides?|representatives?)\b|"
    r"\b(?:spokes\w+|lawyers?|attorneys?|representatives?) (?:for|of) (?:\w+ )?([A-Z][\w-]+)"
)


def _spoken_for(speaker: str | None, named: dict[str, str]) -> str | None:
    """The person a speaker speaks for ("Trump's lawyers": Trump), named in the sentence."""
    m = _FOR.search(speaker or "")
    return named.get(m.group(1) or m.group(2)) if m else None


def _entity(entities: dict[str, Entity], key: str | None) -> Entity | None:
    """``entities.get(key)``, None for no key."""
    return entities.get(key) if key is not None else None


def _asserts(m: EventMention | None) -> TypeGuard[EventMention]:
    """Told as fact: positive and certain, not planned, demanded or supposed."""
    return m is not None and m.factuality.happened and not m.negated


def _qualified(text: str, denier: Entity | None) -> bool:
    """Whether the denial is narrower than a plain "never met": read from where the sentence
    names the denier on, so that "why Flynn denied discussing sanctions and why Sessions denied
    any contacts" qualifies Flynn's denial, not Sessions's. A quote told before its speaker
    ("I never discussed any of this with Trump," Stone told CNN) is read whole."""
    if denier is not None:
        at = text.find(denier.name.split()[-1])
        if at > 0 and _NEGATION.search(text[at:]) or at > 0 and _DENIAL_WORD.search(text[at:]):
            text = text[at:]
    return bool(_QUALIFIER.search(text))


def _may_concern(denied: DateRange | None, reported: DateRange | None) -> bool:
    """Whether a denial dated ``denied`` may be about an event dated ``reported``. A date in a
    denial often is when it was said ("denied having met him, in an interview on April 10"), so
    only a denied date that ends before the reported one starts rules the event out ("did not
    meet him in March" says nothing of a July meeting)."""
    if denied is None or reported is None or denied.last_day is None or reported.first_day is None:
        return True
    return denied.last_day >= reported.first_day


def basis_of(text: str, own: bool = False) -> str:
    """Who stands behind a report: the person themself (``own``), sworn testimony or documents
    (first-hand), unnamed officials (second-hand), or the outlet alone (reported); "" while the
    sentence is unknown."""
    if own or _FIRST_HAND.search(text):
        return "first-hand"
    if _SECOND_HAND.search(text):
        return "second-hand"
    return "reported" if text else ""


def count_bases(evidence: dict[str, Any], reports: Sequence[Report | dict[str, Any]]) -> None:
    """Set the first-hand and second-hand counts of one side from its reports' bases."""
    bases = [r["basis"] if isinstance(r, dict) else r.basis for r in reports]
    evidence["first_hand"] = bases.count("first-hand")
    evidence["second_hand"] = bases.count("second-hand")


class _Reader:
    """Sentences, outlets and dates of the analyses, to quote each side."""

    def __init__(
        self, analyses: list[Analysis], mention_entity: dict[str, str], entities: dict[str, Entity]
    ) -> None:
        self.docs = {a.doc.id: a.doc for a in analyses}
        # resolution reads no sentences: a claim carries its sentence; others are quoted by the
        # store when it lists the disagreement
        self.sents = {(a.doc.id, c.sent): c.text for a in analyses for c in a.claims}
        self.sents.update({(a.doc.id, s.idx): s.text for a in analyses for s in a.sentences})
        self.mention_entity, self.entities = mention_entity, entities

    def name(self, ent: str | None) -> str | None:
        return self.entities[ent].name if ent in self.entities else None

    def basis(self, text: str, speaker: str | None, participants: set[str]) -> str:
        return basis_of(text, speaker is not None and speaker in participants)

    def claim(self, c: Claim, participants: set[str]) -> Report:
        doc = self.docs.get(c.doc)
        who = self.mention_entity.get(c.speaker) if c.speaker else None
        return Report(
            doc=c.doc,
            sent=c.sent,
            text=c.text,
            speaker=who or c.speaker_text,
            speaker_name=self.name(who) or c.speaker_text,
            outlet=doc.outlet if doc else None,
            published=doc.published if doc else None,
            claim=c.id if c.id != c.event else None,  # a denial told without a claim stands as its mention
            mention=c.event,
            basis=self.basis(c.text, who, participants),
        )

    def mention(self, m: EventMention, participants: set[str]) -> Report:
        doc = self.docs.get(m.doc)
        text = self.sents.get((m.doc, m.sent), "")
        return Report(
            doc=m.doc,
            sent=m.sent,
            text=text,
            speaker=doc.outlet if doc else None,
            outlet=doc.outlet if doc else None,
            published=doc.published if doc else None,
            mention=m.id,
            basis=self.basis(text, None, participants),
        )


def _evidence(reports: list[Report], after: str | None = None) -> dict[str, Any]:
    """Facts about one side: independent outlets, who stands behind it, what came when."""
    outlets = {r.outlet or r.doc for r in reports}
    dates = sorted(r.published for r in reports if r.published)
    ev: dict[str, Any] = {
        "reports": len(reports),
        "outlets": len(outlets),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
    }
    count_bases(ev, reports)
    if after:
        later = [r for r in reports if r.published and r.published > after]
        ev["after_other_side"] = len(later)
        ev["later_facts"] = sorted(
            {m.group(1).lower() for r in later for m in [_LATER_FACT.search(r.text)] if m}
        )
    return ev


def _dedupe_reports(reports: list[Report]) -> list[Report]:
    """One report per sentence: a claim wins over the bare event it is about."""
    seen: dict[tuple[str, int], Report] = {}
    for r in reports:
        k = (r.doc, r.sent)
        if k not in seen or r.claim and not seen[k].claim:
            seen[k] = r
    return sorted(seen.values(), key=lambda r: (r.published or "", r.doc, r.sent))


def find_contradictions(
    analyses: list[Analysis], events: list[Event], mention_entity: dict[str, str], entities: dict[str, Entity]
) -> list[Contradiction]:
    reader = _Reader(analyses, mention_entity, entities)
    out, rare_words = _denials(analyses, events, mention_entity, entities, reader)
    out += _dates(analyses, events, reader)
    mentions = {e.id: e for a in analyses for e in a.events}
    out += find_places(events, mentions, mention_entity, entities, reader.mention, _explicit, _evidence)
    out += _numbers(analyses, events, reader)
    out += _counts([c for a in analyses for c in a.claims], reader, rare_words)
    return out


# counts of contacts: "met twice", "two meetings", "six calls" (not durations or ordinals)
_COUNTED = {"meeting", "call", "conversation", "contact", "discussion", "talk", "encounter", "communication"}
_COUNTING_VERBS = {"meet", "talk", "speak", "call", "communicate", "discuss"}


def _count(q: Quantity) -> bool:
    return q.unit in _COUNTED or q.unit == "time" and q.of in _COUNTING_VERBS


def _numbers(analyses: list[Analysis], events: list[Event], reader: _Reader) -> list[Contradiction]:
    """Claims that count the contacts between the same people differently ("met twice" against
    "three meetings"), one disagreement per pair of people."""
    member_event = {m: ev for ev in events for m in ev.members}
    groups: dict[frozenset[str], dict[float, list[tuple[Claim, Event]]]] = {}
    for a in analyses:
        for c in a.claims:
            ev = member_event.get(c.event) if c.event else None
            if ev is None or ev.type not in CONTACT_TYPES or c.stance not in ("ASSERT", "CONFIRM"):
                continue
            parts = frozenset(p.ref for p in ev.participants)
            if len(parts) != 2:
                continue  # "18 contacts" of a campaign with Russians counts something else
            for q in {q.value: q for q in c.quantities if _count(q)}.values():
                groups.setdefault(parts, {}).setdefault(q.value, []).append((c, ev))
    out: list[Contradiction] = []
    for parts, by_value in groups.items():
        if len(by_value) < 2:
            continue
        positions: list[Position] = []
        evs: set[str] = set()
        for value in sorted(by_value):
            reps = _dedupe_reports([reader.claim(c, set(parts)) for c, _ in by_value[value]])
            evs |= {ev.id for _, ev in by_value[value]}
            positions.append(Position(f"{value:g}", reps, _evidence(reps)))
        names = sorted({n for n in map(reader.name, parts) if n is not None})
        ids = [r.claim for p in positions for r in p.reports if r.claim]
        out.append(
            Contradiction(
                claims=list(dict.fromkeys(ids)),
                reason=f"reports count the contacts differently ({', '.join(p.label for p in positions)})",
                kind="NUMBER",
                question=f"how many times were {' and '.join(names)} in contact?",
                positions=positions,
                events=sorted(evs),
            )
        )
    return out


def _denials(
    analyses: list[Analysis],
    events: list[Event],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    reader: _Reader,
) -> tuple[list[Contradiction], dict[str, set[str]]]:
    member_event = {m: ev for ev in events for m in ev.members}
    mentions = {e.id: e for a in analyses for e in a.events}
    claims = [c for a in analyses for c in a.claims]
    by_participant: dict[str, list[Event]] = {}
    for ev in events:
        for p in ev.participants:
            by_participant.setdefault(p.ref, []).append(ev)
    stems_of: dict[tuple[str, int], set[str]] = {}
    named_in: dict[tuple[str, int], dict[str, str]] = {}  # a sentence's people by the word naming them
    # a quote's speaker named but not linked: "…," Sessions said
    by_key: dict[tuple[str, str | None], str] = {}
    for a in analyses:
        for m in a.mentions:
            if m.id in mention_entity:
                by_key.setdefault((a.doc.id, m.key), mention_entity[m.id])
                by_key.setdefault((a.doc.id, m.text), mention_entity[m.id])
            if m.type in ("NORP", "GPE"):
                stems_of.setdefault((a.doc.id, m.sent), set()).add(m.key[:5].lower())
            if m.type == "PERSON" and m.id in mention_entity:
                named_in.setdefault((a.doc.id, m.sent), {})[m.text.split()[-1]] = mention_entity[m.id]
                # who a sentence names, for a report that must name a campaign's candidate
                stems_of.setdefault((a.doc.id, m.sent), set()).add(_NAMED + mention_entity[m.id])

    said_against, rare_words = _said_against(analyses, claims, mention_entity, by_key)
    by_stem: dict[str, set[str]] = {}  # events matched by a nationality their reports must name
    union = UnionFind()
    matched: dict[str, _Match] = {}
    subjects: dict[str, bool] = {}
    by_team: set[str] = set()  # denials that also cover the subject's campaign people
    teams: dict[str, set[str]] = {}
    told_against: list[tuple[str, str | None, str]] = []  # denial, its subject, a report told against it
    told_denials = _told_denials(analyses, claims, member_event, mention_entity, by_key, reader)
    for d in [c for c in claims if c.stance == "DENY"] + told_denials:
        d_m = mentions.get(d.event) if d.event else None
        told_as_fact = d_m is not None and (
            d_m.factuality.polarity is Polarity.NEG and d_m.factuality.certainty is Certainty.CERTAIN
        )
        if d_m is None or not told_as_fact:
            # "denied demanding Comey's loyalty": no event we know, or the denied event told
            # positively after the verb ("denied knowing about the payment") or read as planned
            # ("denied reports that Comey had asked for resources for the inquiry", the inquiry
            # taken for the event), but claims that say it. "Not likely to fire him" and "no
            # intention of firing" deny no fact: with no denial word, they have no such claims
            # (``_said_against`` asks for one)
            if d.id in said_against:
                who = mention_entity.get(d.speaker) if d.speaker else by_key.get((d.doc, d.speaker_text))
                who = who or _spoken_for(d.speaker_text, named_in.get((d.doc, d.sent), {}))
                matched[d.id] = (d, {}, who, set())
                for c in said_against[d.id]:
                    told_against.append((d.id, who, c.id))
            continue
        if d_m.factuality.time is EventTime.FUTURE or _supposed(d.text):
            continue  # "denied he would fire him": no fact denied
        denier = mention_entity.get(d.speaker) if d.speaker else by_key.get((d.doc, d.speaker_text))
        in_denial = [mention_entity[p.ref] for p in d_m.participants if p.ref in mention_entity]
        agents = [
            mention_entity[p.ref] for p in d_m.participants if p.ref in mention_entity and p.role == "agent"
        ]
        # whose event it is: the denier's own ("I never met them", "denied that she met him",
        # the pronoun unlinked), or the one the denial names ("the White House denied Flynn
        # discussed sanctions")
        if denier in in_denial or not agents:
            subject = denier or (in_denial[0] if in_denial else None)
        else:
            subject = agents[0]
        # "the Trump White House denied any contacts with Russian officials", "Pence denied
        # that Trump campaign representatives had any contact": the contacts denied are those
        # of the candidate's people, whoever speaks for them
        owner = _owner(d.text, named_in.get((d.doc, d.sent), {}), entities) if not agents else None
        if owner is not None and d_m.type in CONTACT_TYPES:
            subject = owner
        if subject is None:
            continue
        counterparts = set(in_denial) - {subject}
        # "Medvedchuk denied having any contact with anyone in the Trump campaign": his
        # contacts with the candidate's people, or told with the candidate named beside them
        camp = _owner(d.text, named_in.get((d.doc, d.sent), {}), entities) if owner is None else None
        if camp is not None and camp != subject and d_m.type in CONTACT_TYPES:
            if camp not in teams:
                teams[camp] = _team(camp, entities)
            counterparts |= {camp} | teams[camp]
        else:
            camp = None
        stems = {w for w in stems_of.get((d.doc, d.sent), set()) if not w.startswith(_NAMED)}
        if d_m.type not in CONTACT_TYPES and _REASON.search(d.text):
            continue  # "did not fire Comey over the probe": the reason is denied, not the firing
        d_ev = member_event.get(d_m.id)
        found = {d_ev.id: d_ev} if d_ev is not None else {}
        # "denied that he or anyone on his team had been in contact with the Russians": the
        # contacts of the subject's campaign people are denied too
        team = set()
        if d_m.type in CONTACT_TYPES and (_GROUP.search(d.text) or subject == owner):
            if subject not in teams:
                teams[subject] = _team(subject, entities)
            team = teams[subject]
        # the last day the article may have been published ("2025": the year's last day)
        told = reader.docs[d.doc].published if d.doc in reader.docs else None
        said_on = DateRange(told, told, told).last_day if told else None
        if d_m.type in CONTACT_TYPES and (counterparts or stems):
            joined: set[str] = set()  # team members with a contact the denial covers
            for who in sorted({subject} | team):
                for ev in by_participant.get(who, []):
                    parts = {p.ref for p in ev.participants}
                    if ev.type not in CONTACT_TYPES or not _may_concern(d_m.date, ev.date):
                        continue  # a denial about one meeting says nothing of another
                    if said_on and ev.date and ev.date.first_day and ev.date.first_day > said_on:
                        continue  # a denial tells of what happened before it was made
                    if len(parts) >= 2 and counterparts & parts:
                        found[ev.id] = ev
                    elif len(parts) >= 2 and _carries(parts - {who}, stems, entities):
                        # a contact with someone only a name or role calls Russian counts where
                        # its report says so: in 10,000 articles a candidate and his people met,
                        # between them, nearly everyone some role calls Russian
                        found[ev.id] = ev
                        by_stem.setdefault(ev.id, set()).update(stems)
                    elif parts == {who} and stems and not counterparts:
                        # "met the Russian ambassador" with the ambassador unlinked: the report's
                        # own sentence must name the nationality (checked per report below)
                        found[ev.id] = ev
                        by_stem.setdefault(ev.id, set()).update(stems)
                    elif parts == {who} and camp is not None:
                        # "Medvedchuk was in contact within the Trump campaign": the report's
                        # sentence must name the candidate (checked per report below)
                        found[ev.id] = ev
                        by_stem.setdefault(ev.id, set()).add(_NAMED + camp)
                    else:
                        continue
                    if who != subject:
                        joined.add(who)
                        by_team.add(d.id)
            counterparts = counterparts | joined
        elif counterparts and d_m.type not in _VAGUE:
            # any other kind of event denied with the people it names ("denied that he fired
            # Comey"): the reports of that kind of event with all of them, clustered apart
            for ev in by_participant.get(subject, []):
                if ev.type != d_m.type or not counterparts <= {p.ref for p in ev.participants}:
                    continue
                if not _may_concern(d_m.date, ev.date):
                    continue
                if said_on and ev.date and ev.date.first_day and ev.date.first_day > said_on:
                    continue
                found[ev.id] = ev
        said = said_against.get(d.id, []) if not found else []
        if not found and not said:
            continue
        matched[d.id] = (d, found, subject, counterparts)
        told_against += [(d.id, subject, c.id) for c in said]
        subjects[subject] = True
        # one question per subject: Pence denying any campaign contact and Sessions denying
        # his own are two disagreements, though both stand against the Sessions meetings
        # and a denial narrower than the reports ("not about the campaign") is a question of
        # its own, kept apart from the plain "we never met"
        scope = "q" if _qualified(d.text, _entity(entities, denier)) else "team" if d.id in by_team else "all"
        for ev_id in found:
            union.union("d:" + d.id, f"e:{subject}|{scope}|{ev_id}")
        # the same question asked twice: the same subject denying contact with the same people
        # (other denials about the same people may be about other things: why he was fired)
        if d_m.type in CONTACT_TYPES:
            for who in counterparts or {"~" + s for s in stems}:
                union.union("d:" + d.id, f"q:{subject}|{scope}|{who}")

    # a report joins the denials of one subject only: one sentence told against two people's
    # denials makes no one disagreement of them (in 10,000 articles it joined Trump's and
    # Clinton's); a denial by no one we can name joins the subject's whose denials it shares
    # a report with, when there is one such subject
    against_subjects: dict[str, set[str]] = {}
    for _, subj, c_id in told_against:
        if subj is not None:
            against_subjects.setdefault(c_id, set()).add(subj)
    for d_id, subj, c_id in told_against:
        if subj is None and len(against_subjects.get(c_id, ())) == 1:
            subj = next(iter(against_subjects[c_id]))
        union.union("d:" + d_id, f"c:{subj}|{c_id}")
    # the same subject denying the same thing in other words ("falsely denied discussing
    # sanctions", "maintained that sanctions were never discussed"): one question
    by_subject: dict[str | None, list[str]] = {}
    for d_id, (_, _, subject, _) in matched.items():
        by_subject.setdefault(subject, []).append(d_id)
    # a denial not matched on its own joins its subject's question when it says the same thing
    # in other words: "maintained that the lease was never discussed" next to "falsely denied
    # discussing the lease", though only the second says "denied"
    for d in claims:
        if d.stance != "DENY" or d.id in matched or _REASON.search(d.text) or _NO_DENIAL.search(d.text):
            continue
        who = mention_entity.get(d.speaker) if d.speaker else by_key.get((d.doc, d.speaker_text))
        same = (
            [
                other
                for other in by_subject.get(who, [])
                if len(rare_words[d.id] & rare_words.get(other, set())) >= 2
            ]
            if who
            else []
        )
        if same:
            matched[d.id] = (d, {}, who, set())
            union.union("d:" + d.id, "d:" + same[0])
    for ids in by_subject.values():
        for i, one in enumerate(ids):
            for other in ids[i + 1 :]:
                if len(rare_words.get(one, set()) & rare_words.get(other, set())) >= 2:
                    union.union("d:" + one, "d:" + other)
    # the same subject denying something about the same two or more people ("I didn't talk
    # about Flynn with Comey", "the comment to Comey about Flynn, which Trump denies making"):
    # one question, however differently worded
    for d_id, (d, _, subject, _) in matched.items():
        # by the words naming them, as a split entity ("Comey" linked to "Firing Comey" in one
        # article) still bears its name
        me = entities[subject].name.split()[-1] if subject in entities else None
        others = sorted(set(named_in.get((d.doc, d.sent), {})) - {me})
        if 2 <= len(others) <= 4:  # a sentence naming more is a list, not one matter
            for one, two in combinations(others, 2):
                union.union("d:" + d_id, f"p:{subject}|{one}|{two}")
    groups: dict[str, list[_Match]] = {}
    for d_id, item in matched.items():
        groups.setdefault(union.find("d:" + d_id), []).append(item)
    out: list[Contradiction] = []
    for items in groups.values():
        k = _denial_group(
            items, mentions, mention_entity, claims, reader, said_against, by_stem, stems_of, by_team
        )
        if k is not None:
            out.append(k)
    return out, rare_words


def _told_denials(
    analyses: list[Analysis],
    claims: list[Claim],
    member_event: dict[str, Event],
    mention_entity: dict[str, str],
    by_key: dict[tuple[str, str | None], str],
    reader: _Reader,
) -> list[Claim]:
    """Denials no verb of saying carries as a claim: an event mention told as certainly not
    having happened, attributed to a named source other than the outlet ("In March, Donald
    Jr. told the Times that he'd never had a meeting with Russians"), of an event others tell
    as fact. Each stands in as a DENY claim whose id is the mention's (a claim of its own
    sentence, when there is one, already speaks for it)."""
    said = {(c.doc, c.sent) for c in claims if c.stance in ("DENY", "DECLINE")}
    out = []
    for a in analyses:
        for m in a.events:
            f = m.factuality
            if f.polarity is not Polarity.NEG or f.certainty is not Certainty.CERTAIN:
                continue
            if f.time is EventTime.FUTURE or f.special.value != "NONE" or (m.doc, m.sent) in said:
                continue
            if m.id not in member_event and m.type not in CONTACT_TYPES:
                continue  # nobody tells it as fact (a contact is also matched by its people)
            # the denier's own event ("he'd never had a meeting"): a source that names someone
            # else's ("a source told Fox News that Rosenstein has neither resigned nor been
            # fired") is an outlet's account more than a denial
            own = {mention_entity.get(p.ref) for p in m.participants}
            who = next((s for s in m.sources if by_key.get((a.doc.id, s)) in own - {None}), None)
            if who is None:
                continue
            out.append(
                Claim(
                    id=m.id,
                    sent=m.sent,
                    stance="DENY",
                    text=reader.sents.get((m.doc, m.sent), ""),
                    start=m.start,
                    end=m.end,
                    speaker_text=who,
                    event=m.id,
                    doc=m.doc,
                )
            )
    return out


def _denial_group(
    items: list[_Match],
    mentions: dict[str, EventMention],
    mention_entity: dict[str, str],
    claims: list[Claim],
    reader: _Reader,
    said_against: dict[str, list[Claim]],
    by_stem: dict[str, set[str]],
    stems_of: dict[tuple[str, int], set[str]],
    by_team: set[str],
) -> Contradiction | None:
    evs = {ev.id: ev for _, found, *_ in items for ev in found.values()}
    denial_ids = {d.id for d, *_ in items}
    deniers = {mention_entity.get(d.speaker) for d, *_ in items if d.speaker}
    participants = {p.ref for ev in evs.values() for p in ev.participants}
    subject = items[0][2]
    team = any(d.id in by_team for d, *_ in items)  # "he or anyone on his team": their contacts too
    about_claims: dict[str, list[Claim]] = {}
    for c in claims:
        if c.event and c.stance in ("ASSERT", "CONFIRM"):
            about_claims.setdefault(c.event, []).append(c)
    # a report counts when it names the people the denial is about: an event the resolver
    # clustered too widely must not bring in reports of other people
    named = {subject} | {c for *_, cs in items for c in cs}
    # a sentence that itself denies or declines ("not an accurate portrayal of the conversation")
    # tells nothing as fact
    gainsaid = {(c.doc, c.sent) for c in claims if c.stance in ("DENY", "DECLINE")}
    reports: list[Report] = []
    for ev in evs.values():
        for m_id in ev.members:
            m = mentions.get(m_id)
            if not _asserts(m):
                continue
            told_of = {mention_entity.get(p.ref) for p in m.participants}
            if not told_of & named:
                continue
            if subject in participants and subject not in told_of and len(named) > 1 and not team:
                continue  # "Whitaker spoke for a group" says nothing of Trump speaking with him
            if ev.id in by_stem and not by_stem[ev.id] & stems_of.get((m.doc, m.sent), set()):
                continue  # "Sessions met Trump": no Russian named
            told = [c for c in about_claims.get(m_id, []) if c.id not in denial_ids]
            if not told and (m.doc, m.sent) in gainsaid:
                continue
            if told:
                reports += [reader.claim(c, participants) for c in told]
            elif not any(d.doc == m.doc and d.sent == m.sent for d, *_ in items):
                reports.append(reader.mention(m, participants))
    reports += [reader.claim(c, participants) for d, *_ in items for c in said_against.get(d.id, [])]
    reports = _dedupe_reports(reports)
    denials = _dedupe_reports([reader.claim(d, participants) for d, *_ in items])
    # a denial by someone we know by name leads ("Marek said" before "She said")
    denials.sort(key=lambda r: r.speaker not in reader.entities)
    if not reports:
        return None
    d_keys = {(r.doc, r.sent) for r in denials}
    reports = [r for r in reports if (r.doc, r.sent) not in d_keys]
    if not reports:
        return None
    # the denier later telling it themself: a changed account, not two sources at odds
    own = [r for r in reports if r.speaker in deniers and r.claim]
    # or a report that the denier admitted it ("after acknowledging he met twice with the
    # Russian ambassador"), the denier named in it
    surnames = {reader.entities[e].name.split()[-1] for e in deniers if e in reader.entities}
    own += [
        r
        for r in reports
        if r not in own
        and _ADMITTED.search(r.text)
        and any(re.search(rf"\b{re.escape(n)}\b", r.text) for n in surnames)
    ]
    kind = "CHANGED_ACCOUNT" if own else "DENIAL"
    qualified = all(
        _qualified(d.text, _entity(reader.entities, mention_entity.get(d.speaker) if d.speaker else None))
        for d, *_ in items
    )
    if qualified and not _on_topic([d for d, *_ in items], reports):
        # "is not discussing the firing of the special counsel", "never discussed any of this
        # with Trump": what was talked about is denied, not talking, and no report tells it
        return None
    last_denial = max((r.published for r in denials if r.published), default=None)
    first_denial = min((r.published for r in denials if r.published), default=None)
    who = reader.name(subject) or "a source"
    others = sorted(
        {
            n
            for ev in evs.values()
            for p in ev.participants
            if p.ref != subject
            if (n := reader.name(p.ref)) is not None
        }
    )
    question = f"did {who} have contact with {', '.join(others[:3]) or 'those the denial names'}?"
    if team:  # those met, not the campaign's own people
        people = {c for *_, cs in items for c in cs}
        met = sorted(
            {
                n
                for ev in evs.values()
                for p in ev.participants
                if p.ref not in people | {subject}
                if (n := reader.name(p.ref))
            }
        )
        question = (
            f"did {who} or anyone of {who}'s campaign have contact with {', '.join(met[:3]) or 'them'}?"
        )
    elif subject not in participants:  # "Pence denied any campaign contact with Russians"
        question = f"were there such contacts ({'; '.join(ev.label for ev in list(evs.values())[:2])})?"
    if not evs:  # denied in words only: the question is the denial's own sentence
        question = f"is it so? {' '.join(items[0][0].text.split())[:160]}"
    elif not any(ev.type in CONTACT_TYPES for ev in evs.values()):
        question = f"did it happen: {next(iter(evs.values())).label}?"
    outlets = len({r.outlet or r.doc for r in reports})
    reason = (
        f"{who} {'denied it, then told it' if own else 'denies it'}"
        f"{' (a qualified denial)' if qualified else ''}; {len(reports)} report(s) in {outlets} outlet(s) "
        f"tell it as fact{': ' if evs else ''}{'; '.join(ev.label for ev in list(evs.values())[:3])}"
    )
    positions = [
        Position("denies", denials, _evidence(denials)),
        Position("reports", reports, _evidence(reports, after=first_denial if own else last_denial)),
    ]
    ids = [r.claim for p in positions for r in p.reports if r.claim]
    return Contradiction(
        claims=list(dict.fromkeys(ids)),
        reason=reason,
        kind=kind,
        question=question,
        qualified=qualified,
        positions=positions,
        events=sorted(evs),
    )


# the denied thing is what was talked about: "did not discuss sanctions", "never talked with
# him about the probe" (not "never met them to discuss the campaign": the meeting is denied)
_TOPIC = re.compile(
    r"(?<!\bto )\b(discuss\w*|(spoke|spoken|talked|talk|speak)\b[^.,;]{0,40}?\babout)\b", re.I
)


def _on_topic(denials: list[Claim], reports: list[Report]) -> bool:
    """Whether a report tells what a denial of a topic ("did not discuss sanctions") says was
    not talked about: a word of the topic (in the denial after "discuss"/"about") in a report's
    sentence. Denials qualified otherwise ("to discuss the campaign", "substantive") pass."""
    topics = []
    for d in denials:
        m = _TOPIC.search(d.text)
        if m is None:
            return True
        topic = d.text[m.end() :].split(",")[0]
        # names are whom it was discussed with, not what: "never discussed any of this with
        # Donald Trump" names no topic a report could tell
        topics.append(_stems(topic) - _stems(" ".join(_WITH_NAME.findall(topic))))
    said = set().union(*(_stems(r.text) for r in reports))
    return any(t & said for t in topics)


_WORD = re.compile(r"[a-z]{4,}")
_WITH_NAME = re.compile(r"\bwith ((?:[A-Z][\w’'.-]+ ?)+)")
# "refuted this claim": what is denied is said in another sentence, so its words are not here
_ELSEWHERE = re.compile(
    r"\b(this|that|these|those|such) (\w+ )?(claims?|reports?|story|stories|accounts?|allegations?|charges?|"
    r"comments?|remarks?|accusations?|assertions?|characterizations?)\b"
    r"(?! that)"
    # "denied it", "denied that it took place": the pronoun stands for what was told before
    r"|\bden(y|ies|ied|ying) (that )?(it|this)\b",
    re.I,
)
_PLAIN = set(
    "that this with have said says told than from were been would could about there their they "
    "what which when where after before also into over under more most some such only other "
    "denied denies deny denial false untrue never reports report reported claim claims account "
    "president former official officials statement interview week year month".split()
    # when it was said tells nothing of what was said
    + "late early monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


@lru_cache(maxsize=65_536)
def _stems(text: str) -> frozenset[str]:
    # cached: the same names ("Trump", "the FBI") and claims are read for every denial
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if w not in _PLAIN)


def _said_against(
    analyses: list[Analysis],
    claims: list[Claim],
    mention_entity: dict[str, str],
    by_key: dict[tuple[str, str | None], str],
) -> tuple[dict[str, list[Claim]], dict[str, set[str]]]:
    """Claims elsewhere that say what a denial denies, read from the words: the same people
    (the denier or the one it speaks for, and everyone else the denial names) and at least two
    of the denial's rarer words ("asked", "loyalty"). For denials of what is no event we know:
    "denied demanding Comey's loyalty" against "Comey testified Trump asked for his loyalty"."""
    people: dict[tuple[str, int], set[str]] = {}
    names: dict[tuple[str, int], set[str]] = {}  # the words of names, which say nothing of what was done
    said_by: dict[tuple[str, int], list[tuple[str, str]]] = {}  # a sentence's names and whom they name
    for a in analyses:
        for m in a.mentions:
            names.setdefault((a.doc.id, m.sent), set()).update(_stems(m.text))
            if m.id in mention_entity and m.type in ("PERSON", "ORG"):
                people.setdefault((a.doc.id, m.sent), set()).add(mention_entity[m.id])
                said_by.setdefault((a.doc.id, m.sent), []).append((m.text, mention_entity[m.id]))

    def words_of(c: Claim) -> frozenset[str]:
        return _stems(c.text) - names.get((c.doc, c.sent), set())

    telling = [c for c in claims if c.stance in ("ASSERT", "CONFIRM")]
    told_events = {e.id: e for a in analyses for e in a.events}
    df: dict[str, int] = {}
    for c in claims:
        for w in _stems(c.text):
            df[w] = df.get(w, 0) + 1
    # a word in at most 2% of the claims (or 5, in a small store), and never in more than 120:
    # 2% of a 10,000-article store is 2,500 claims, where "email" or "classified" are common
    rare = min(max(5, len(claims) // 50), 120)
    by_person: dict[str, list[Claim]] = {}
    for c in telling:
        for e in people.get((c.doc, c.sent), ()):
            by_person.setdefault(e, []).append(c)
    out: dict[str, list[Claim]] = {}
    person_ids: dict[str, set[str]] = {}
    rare_words = {c.id: {w for w in words_of(c) if df.get(w, 0) <= rare} for c in claims}
    by_doc: dict[str, list[Claim]] = {}
    for c in telling:
        by_doc.setdefault(c.doc, []).append(c)
    for d in claims:
        if d.stance != "DENY" or _REASON.search(d.text):
            continue
        if not _DENIAL_WORD.search(d.text) or _NO_DENIAL.search(d.text):
            # matched by words alone, a denial must say so ("denied", "disputed", "is false"):
            # "complained that the president was not under investigation" denies nothing
            continue
        denier = mention_entity.get(d.speaker) if d.speaker else by_key.get((d.doc, d.speaker_text))
        if _ELSEWHERE.search(d.text):
            # "denied the story", "has repeatedly denied that bombshell report": what is denied
            # is the report told just before, by someone else
            told = [
                c
                for c in by_doc.get(d.doc, [])
                if d.sent - 3 <= c.sent < d.sent and c.speaker_text != d.speaker_text
                if not (c.speaker and mention_entity.get(c.speaker) == denier)
                # tells something that happened, not "Bannon says." nor "it is unclear whether
                # he offered to resign"
                if c.event is not None and _asserts(told_events.get(c.event)) and not _UNSURE.search(c.text)
                # and of someone the denial names ("Estrich, Ailes' attorney, denied this" is
                # not about Bannon's pay told just before)
                if people.get((d.doc, d.sent), set()) & people.get((c.doc, c.sent), set())
            ]
            if told:
                out[d.id] = [max(told, key=lambda c: c.sent)]
            continue
        named = people.get((d.doc, d.sent), set()) - {denier}
        # the denier's own body ("a Justice Department spokeswoman") is on the denying side, not
        # someone the reports must name
        named -= {e for t, e in said_by.get((d.doc, d.sent), []) if d.speaker_text and t in d.speaker_text}
        # the people a report must name: the denier and the others the denial names; a denier
        # we cannot name ("the bureau") leaves the others to carry it
        if not named or denier is None and len(named) < 2:
            continue
        words = rare_words[d.id]
        hits = []
        # a report naming the denier ("Comey gave her a free pass" against Comey's denial), or,
        # for a denial of what others did ("the FBI has denied it"), everyone else the denial
        # names, with more words in common
        candidates = {c.id: c for c in by_person.get(denier, [])} if denier else {}
        candidates.update((c.id, c) for c in _sharing(by_person, named, person_ids))
        for c in candidates.values():
            if (
                c.doc == d.doc
                and c.sent == d.sent
                or _DENIAL_WORD.search(c.text)
                or _DISMISSED.search(c.text)
                or _UNSURE.search(c.text)
            ):
                continue  # a sentence that itself denies is no report of the denied thing
            own = c.speaker is not None and mention_entity.get(c.speaker) == denier
            # the denier's own words count only when they tell it ("I know Matt Whitaker"), not
            # when they repeat the denial in other words ("he has never been to Prague")
            if own and _NEGATION.search(c.text):
                continue
            # within one article another sentence is often the denial's own setting, so it
            # must share more of the words to be what is denied
            there = people.get((c.doc, c.sent), set())
            # a denial that says what it denies ("denied reports that Comey had asked …",
            # "denied the accusation that officials were withholding …") names its report: two
            # shared words are enough even in its own article
            same = c.doc == d.doc
            need = 2 if same and _OF_REPORTS.search(d.text) or not same and denier in there else 3
            shared = len(words & words_of(c))
            if same and c.sent < d.sent and named <= there and _OF_REPORTS.search(d.text):
                # told before it in its own article, naming everyone the denial names: the
                # reports it denies, though in other words ("asked for more resources for the
                # probe" / "denied reports that he asked for additional money or resources";
                # "withholding information" / "opted not to show the president … the
                # information"), so one word in common, however common, will do
                # (the word naming what is denied, "the allegations", says nothing of it)
                need, shared = 1, len(words_of(d) & words_of(c) - _REPORT_NOUNS)
            # a long denial names people beside the point ("Dowd and Sekulow note, that comment
            # (which Trump denies)"): a report naming the denier and one of them does, with a
            # word more in common
            if shared >= need and named <= there or shared > need and denier in there and named & there:
                hits.append(c)
        if hits:
            out[d.id] = hits
    return out, rare_words


# "denied reports that", "denied the accusation late Wednesday that": the denied content follows
_OF_REPORTS = re.compile(
    r"\bden\w* (\w+ ){0,3}(reports?|accusations?|allegations?|claims?|suggestions?|assertions?)"
    r"( \w+){0,3} that\b",
    re.I,
)
_REPORT_NOUNS = {"alleg", "accus", "sugge", "asser", "claim", "repor", "story", "stori", "accou", "charg"}
_DENIAL_WORD = re.compile(
    r"\b(den(y|ies|ied|ying|ial)|refut\w*|disput\w*|reject\w*|rebut\w*|"
    r"(is|was|are|were|be) (not true|false|untrue|fake))\b",
    re.I,
)
# "confirm or deny", "did not deny", "would deny": no denial made
_NO_DENIAL = re.compile(
    r"\b(confirm(ed)? (or|nor) den\w+|(not|n't|never|neither) (\w+ )?den\w+|would den\w+|to deny)\b", re.I
)
# a sentence opening on a condition supposes, it denies nothing: "If Trump insisted that Flynn
# was a good guy, that doesn't meet the obstruction threshold"
_CONDITION = re.compile(r"\W*(even )?(if|unless|suppose|supposing)\b", re.I)


def _supposed(text: str) -> bool:
    """A denial only supposed: the sentence opens on a condition and no denial is said after
    it ("Even if Trump did tell Russian officials …, that comment (which Trump denies)" denies)."""
    return bool(_CONDITION.match(text)) and not _DENIAL_WORD.search(text.partition(",")[2])


# a sentence that asks or says it is not known tells nothing as fact: "it is unclear whether he
# actually offered to resign", "Karl asked Spicer if he could still say …"
_UNSURE = re.compile(r"\b(unclear|not clear|uncertain)\b|\bask(ed|s|ing)?\b[^.;]{0,80}\b(if|whether)\b", re.I)
_DISMISSED = re.compile(r"\b(false|falsely|untrue|fabricat\w*|hoax|fake)\b", re.I)
_NEGATION = re.compile(r"\b(not|never|no|nothing|none|false|untrue|fabricat\w*|lie|lies)\b|n't", re.I)


def _sharing(by_person: dict[str, list[Claim]], people: set[str], ids: dict[str, set[str]]) -> list[Claim]:
    """The claims naming every one of these people, once each. ``ids``: each person's claim
    ids, filled as needed (a claim looked up in a person's list was quadratic in the store)."""
    first, *rest = sorted(people)
    for p in rest:
        if p not in ids:
            ids[p] = {c.id for c in by_person.get(p, [])}
    return [c for c in by_person.get(first, []) if all(c.id in ids[p] for p in rest)]


def _counts(claims: list[Claim], reader: _Reader, rare_words: dict[str, set[str]]) -> list[Contradiction]:
    """Claims that count the same things differently, one disagreement per group
    (``resolve/counts.py`` finds them), one position per value."""
    out = []
    for noun, by_value in count_groups(claims, rare_words):
        positions = []
        for value in sorted(by_value):
            reps = _dedupe_reports([reader.claim(c, set()) for c in by_value[value]])
            positions.append(Position(f"{value:,g} {noun}", reps, _evidence(reps)))
        out.append(
            Contradiction(
                claims=list(dict.fromkeys(r.claim for p in positions for r in p.reports if r.claim)),
                reason=f"reports count the {noun} differently ({', '.join(p.label for p in positions)})",
                kind="NUMBER",
                question=f"how many {noun}?",
                positions=positions,
            )
        )
    return out


def _dates(analyses: list[Analysis], events: list[Event], reader: _Reader) -> list[Contradiction]:
    """Reports that date the same event differently, each date stated in so many words."""
    mentions = {e.id: e for a in analyses for e in a.events}
    groups: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    for ev in events:
        if ev.type not in CONTACT_TYPES or len(ev.participants) < 2:
            continue
        parts = {p.ref for p in ev.participants}
        by_date: dict[str, list[EventMention]] = {}
        for m_id in ev.members:
            m = mentions.get(m_id)
            if not _asserts(m) or m.date is None or m.date.first_day is None:
                continue
            if not _EXPLICIT_DATE.search(m.date.text or "") or m.factuality.polarity is not Polarity.POS:
                continue
            assert m.date.start is not None  # a first day means a start
            by_date.setdefault(m.date.start[:7], []).append(m)  # month: days within it may be one meeting
        if len(by_date) < 2:
            continue
        # one disagreement per pair of people and kind of contact, however many duplicate events
        key = (ev.type, frozenset(parts))
        g = groups.setdefault(key, {"events": [], "dates": {}})
        g["events"].append(ev)
        for month, ms in by_date.items():
            g["dates"].setdefault(month, []).extend(ms)
    out: list[Contradiction] = []
    for (_, pair), g in groups.items():
        dates = g["dates"]
        # dates a month apart may be one date read two ways only when they overlap; keep distinct
        positions = []
        for month in sorted(dates):
            reps = _dedupe_reports([reader.mention(m, set(pair)) for m in dates[month]])
            positions.append(Position(month, reps, _evidence(reps)))
        names = sorted({n for n in map(reader.name, pair) if n is not None})
        question = f"when did {' and '.join(names[:3])} meet?"
        evs = {ev.id for ev in g["events"]}
        out.append(told_differently("DATE", "date", question, g["events"][0].label, positions, evs))
    return out
