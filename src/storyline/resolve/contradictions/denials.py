"""Denial against report: a denial stands against every report told as fact of the events it
denies, grouped into one disagreement per question."""

from __future__ import annotations

import re
from itertools import combinations

from storyline.model import (
    CONTACT_TYPES,
    Analysis,
    Certainty,
    Claim,
    Contradiction,
    DateRange,
    Entity,
    Event,
    EventTime,
    Polarity,
)
from storyline.resolve.contradictions.accounts import Match, claim_index, denial_group
from storyline.resolve.contradictions.evidence import Reader, entity_of
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.said import find_said_against
from storyline.resolve.contradictions.scope import (
    GROUP,
    NAMED,
    VAGUE,
    carries,
    may_concern,
    owner_of,
    spoken_for,
    team_of,
)
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.contradictions.words import NO_DENIAL, REASON, is_qualified, is_supposed
from storyline.resolve.union_find import UnionFind

WIDE = 40  # mentions of an event of another kind than contact beyond which it is no one fact


def _wide(ev: Event) -> bool:
    """An event of another kind than contact clustered so widely that it is no one fact ("Mueller,
    Russia and Comey investigate", 739 reports at 10,000 articles, against which one denial
    of something else stood): a denial of it falls back to its words, as one of no event does."""
    return ev.type not in CONTACT_TYPES and len(ev.members) > WIDE


def find_denials(
    analyses: list[Analysis],
    events: list[Event],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    reader: Reader,
    search: Search | None = None,
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
    speakers = Speakers(analyses, mention_entity, entities)
    for a in analyses:
        for m in a.mentions:
            if m.type in ("NORP", "GPE"):
                stems_of.setdefault((a.doc.id, m.sent), set()).add(m.key[:5].lower())
            if m.type == "PERSON" and m.id in mention_entity:
                named_in.setdefault((a.doc.id, m.sent), {})[m.text.split()[-1]] = mention_entity[m.id]
                # who a sentence names, for a report that must name a campaign's candidate
                stems_of.setdefault((a.doc.id, m.sent), set()).add(NAMED + mention_entity[m.id])

    said_against, rare_words = find_said_against(analyses, claims, mention_entity, speakers, entities, search)
    by_stem: dict[str, set[str]] = {}  # events matched by a nationality their reports must name
    union = UnionFind()
    matched: dict[str, Match] = {}
    subjects: dict[str, bool] = {}
    by_team: set[str] = set()  # denials that also cover the subject's campaign people
    teams: dict[str, set[str]] = {}
    told_against: list[tuple[str, str | None, str]] = []  # denial, its subject, a report told against it
    told_denials = _told_denials(analyses, claims, member_event, mention_entity, speakers.by_key, reader)
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
            # (``find_said_against`` asks for one)
            if d.id in said_against:
                who = speakers.of(d)
                who = who or spoken_for(d.speaker_text, named_in.get((d.doc, d.sent), {}))
                matched[d.id] = (d, {}, who, set())
                for c in said_against[d.id]:
                    told_against.append((d.id, who, c.id))
            continue
        if d_m.factuality.time is EventTime.FUTURE or is_supposed(d.text):
            continue  # "denied he would fire him": no fact denied
        denier = speakers.of(d)
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
        # whose people had the contacts is said before "with" ("Trump campaign representatives
        # had any contact", "contacts between the Trump campaign and Russian officials"), with
        # whom after it ("any contact with anyone in the Trump campaign"); "had not spoken of
        # sanctions with Russian officials on the day that the Obama administration …" denies
        # nothing of Obama's people (in 2,000 articles it gathered them)
        trigger = re.search(rf"\b{re.escape(d_m.trigger)}\b", d.text)
        at = trigger.start() if trigger else 0
        with_whom = re.compile(r"\bwith\b").search(d.text, at)
        named = named_in.get((d.doc, d.sent), {})
        owner = (
            owner_of(d.text, named, entities, hi=with_whom.start() if with_whom else None)
            if not agents
            else None
        )
        if owner is not None and d_m.type in CONTACT_TYPES:
            subject = owner
        if subject is None:
            continue
        counterparts = set(in_denial) - {subject}
        # "Medvedchuk denied having any contact with anyone in the Trump campaign": his
        # contacts with the candidate's people, or told with the candidate named beside them
        camp = owner_of(d.text, named, entities, lo=at) if owner is None else None
        if camp is not None and camp != subject and d_m.type in CONTACT_TYPES:
            if camp not in teams:
                teams[camp] = team_of(camp, entities)
            counterparts |= {camp} | teams[camp]
        else:
            camp = None
        stems = {w for w in stems_of.get((d.doc, d.sent), set()) if not w.startswith(NAMED)}
        if d_m.type not in CONTACT_TYPES and REASON.search(d.text):
            continue  # "did not fire Comey over the probe": the reason is denied, not the firing
        d_ev = member_event.get(d_m.id)
        found = {d_ev.id: d_ev} if d_ev is not None and not _wide(d_ev) else {}
        # "denied that he or anyone on his team had been in contact with the Russians": the
        # contacts of the subject's campaign people are denied too
        team = set()
        if d_m.type in CONTACT_TYPES and (GROUP.search(d.text) or subject == owner):
            if subject not in teams:
                teams[subject] = team_of(subject, entities)
            team = teams[subject]
        # the last day the article may have been published ("2025": the year's last day)
        told = reader.docs[d.doc].published if d.doc in reader.docs else None
        said_on = DateRange(told, told, told).last_day if told else None
        if d_m.type in CONTACT_TYPES and (counterparts or stems):
            joined: set[str] = set()  # team members with a contact the denial covers
            for who in sorted({subject} | team):
                for ev in by_participant.get(who, []):
                    parts = {p.ref for p in ev.participants}
                    if ev.type not in CONTACT_TYPES or not may_concern(d_m.date, ev.date):
                        continue  # a denial about one meeting says nothing of another
                    if said_on and ev.date and ev.date.first_day and ev.date.first_day > said_on:
                        continue  # a denial tells of what happened before it was made
                    if len(parts) >= 2 and counterparts & parts:
                        found[ev.id] = ev
                    elif len(parts) >= 2 and carries(parts - {who}, stems, entities):
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
                        by_stem.setdefault(ev.id, set()).add(NAMED + camp)
                    else:
                        continue
                    if who != subject:
                        joined.add(who)
                        by_team.add(d.id)
            counterparts = counterparts | joined
        elif counterparts and d_m.type not in VAGUE:
            # any other kind of event denied with the people it names ("denied that he fired
            # Comey"): the reports of that kind of event with all of them, clustered apart
            for ev in by_participant.get(subject, []):
                if ev.type != d_m.type or _wide(ev) or not counterparts <= {p.ref for p in ev.participants}:
                    continue
                if not may_concern(d_m.date, ev.date):
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
        scope = (
            "q" if is_qualified(d.text, entity_of(entities, denier)) else "team" if d.id in by_team else "all"
        )
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
        if d.stance != "DENY" or d.id in matched or REASON.search(d.text) or NO_DENIAL.search(d.text):
            continue
        who = speakers.of(d)
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
    groups: dict[str, list[Match]] = {}
    for d_id, item in matched.items():
        groups.setdefault(union.find("d:" + d_id), []).append(item)
    out: list[Contradiction] = []
    index = claim_index(claims)
    for items in groups.values():
        k = denial_group(
            items, mentions, mention_entity, index, reader, said_against, by_stem, stems_of, by_team
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
    reader: Reader,
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
