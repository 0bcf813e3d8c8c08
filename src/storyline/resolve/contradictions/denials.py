"""Denial against report: a denial stands against every report told as fact of the events it
denies, grouped into one disagreement per question."""

from __future__ import annotations

import re
from collections import Counter
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
    EventMention,
    EventTime,
    EventType,
    Polarity,
)
from storyline.resolve.contradictions.accounts import Match, claim_index, denial_group
from storyline.resolve.contradictions.accused import find_accused
from storyline.resolve.contradictions.asserted import Assertions, find_asserted
from storyline.resolve.contradictions.blamed import find_blamed
from storyline.resolve.contradictions.carried import find_carried
from storyline.resolve.contradictions.clause_denier import clause_denier
from storyline.resolve.contradictions.evidence import Reader, asserts, entity_of, only_supposed
from storyline.resolve.contradictions.partial import find_partial
from storyline.resolve.contradictions.plain import Search, sentences_of
from storyline.resolve.contradictions.pointing import Pointed, find_pointing, generic_charge, pointed
from storyline.resolve.contradictions.said import ACCUSATION, find_said_against
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
from storyline.resolve.contradictions.speakers import Speakers, is_person
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    GENERIC_DENIAL,
    NO_DENIAL,
    REASON,
    REPORT_NOUNS,
    alleged_only,
    is_qualified,
    is_supposed,
    only_opinion,
    tells_of_a_denial,
)
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
    """Every denial matched to what it stands against (``_Denials.match``), joined into one
    disagreement per question (``join``). Also returns each claim's rarer words."""
    found = _Denials(analyses, events, mention_entity, entities, reader, search)
    for d in [c for c in found.claims if c.stance == "DENY"] + found.told_denials():
        found.match(d)
    found.join()
    return found.disagreements(), found.rare_words


class _Denials:
    """The denials of the analyses, the events and claims they stand against, and the union
    of those told about the same question."""

    def __init__(
        self,
        analyses: list[Analysis],
        events: list[Event],
        mention_entity: dict[str, str],
        entities: dict[str, Entity],
        reader: Reader,
        search: Search | None,
    ) -> None:
        self.analyses, self.mention_entity, self.entities, self.reader, self.search = (
            analyses,
            mention_entity,
            entities,
            reader,
            search,
        )
        self.member_event = {m: ev for ev in events for m in ev.members}
        self.mentions = {e.id: e for a in analyses for e in a.events}
        # a denial in a clause hanging on another's report ("… that Cohen “secretly made a trip …”
        # after he “vehemently denied …”"): the one named last before it denies
        persons: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for a in analyses:
            for m in a.mentions:
                if m.id in mention_entity and is_person(m, entities.get(mention_entity[m.id])):
                    persons.setdefault((a.doc.id, m.sent), []).append((m.text, m.id))
        originals = [c for a in analyses for c in a.claims]
        self.claims = [clause_denier(c, persons.get((c.doc, c.sent), []), mention_entity) for c in originals]
        # the speaker extraction gave such a denial, by claim id: its denied act's agent read as
        # the same one ("he ever … colluded") is the denier too
        self.clause_denied = {
            c.id: mention_entity.get(o.speaker or "", "")
            for o, c in zip(originals, self.claims)
            if c is not o
        }
        self.by_participant: dict[str, list[Event]] = {}
        for ev in events:
            for p in ev.participants:
                self.by_participant.setdefault(p.ref, []).append(ev)
        self.stems_of: dict[tuple[str, int], set[str]] = {}
        # a sentence's people by the word naming them
        self.named_in: dict[tuple[str, int], dict[str, str]] = {}
        self.speakers = Speakers(analyses, mention_entity, entities)
        for a in analyses:
            for m in a.mentions:
                if m.type in ("NORP", "GPE"):
                    self.stems_of.setdefault((a.doc.id, m.sent), set()).add(m.key[:5].lower())
                if is_person(m, entities.get(mention_entity.get(m.id, ""))):
                    self.named_in.setdefault((a.doc.id, m.sent), {})[m.text.split()[-1]] = mention_entity[
                        m.id
                    ]
                    # who a sentence names, for a report that must name a campaign's candidate
                    self.stems_of.setdefault((a.doc.id, m.sent), set()).add(NAMED + mention_entity[m.id])
        self.said_against, self.rare_words = find_said_against(
            analyses, self.claims, mention_entity, self.speakers, entities, search
        )
        # what a denial denies, told as fact in other sentences, for the denials still unanswered
        self.pointed: dict[str, Pointed] = {}
        self.assertions = (
            find_asserted(
                analyses, self.claims, set(self.said_against), mention_entity, entities, self.speakers, search
            )
            if search is not None
            else Assertions(None, {})
        )
        self.asserted = self.assertions.found
        self.said_against.update(self.asserted)
        # a denial pointing back ("McCabe denied that charge"): what it points to, told just
        # before it and in other articles in the same words
        if search is not None:
            self.pointed = find_pointing(
                analyses, mention_entity, entities, self.speakers, search, self.assertions.index
            )
            for d_id, back in self.pointed.items():
                have = self.said_against.setdefault(d_id, [])
                ids = {c.id for c in have}
                have += [c for c in back.reports if c.id not in ids]
        # the accused's denial of what an accuser alleges ("Obama, who denied authorizing wiretaps
        # on anybody" against "Trump accused Obama of wiretapping Trump Tower"): the accusations
        self.accused = find_accused(
            analyses, self.claims, events, mention_entity, entities, self.speakers, self.rare_words, search
        )
        # only for denials nothing else answers: added to another's reports, one accuser's
        # accusations joined the questions they answer into one ("knew of the payment", "knew of
        # the Trump Tower meeting", both Cohen's)
        self.accused = {d: acc for d, acc in self.accused.items() if not self.said_against.get(d)}
        for d_id, acc in self.accused.items():
            self.said_against[d_id] = list(acc.reports)
        # a party's denial of an attack, against the claims telling that party carried it out
        # ("Damascus has denied responsibility for the attack" / "the government of Bashar
        # al-Assad was responsible for the attack"): the question is that party's
        # and a denial that one's views swayed one's work, against the claims one was biased
        self.blamed = find_blamed(analyses, self.claims, self.speakers, mention_entity)
        self.blamed.update(find_partial(analyses, self.claims, self.speakers, mention_entity, entities))
        for d_id, (_, reports) in self.blamed.items():
            have = self.said_against.setdefault(d_id, [])
            ids = {c.id for c in have}
            have += [c for c in reports if c.id not in ids]
        # a report the denial tells in its own sentence ("refuted a CNN report that …"), beside
        # those found elsewhere (added last: a denial with it is still looked up elsewhere)
        for d_id, told in find_carried(self.claims).items():
            have = self.said_against.setdefault(d_id, [])
            ids = {c.id for c in have}
            have += [c for c in told if c.id not in ids]
        self.by_stem: dict[str, set[str]] = {}  # events matched by a nationality their reports must name
        self.union = UnionFind()
        self.matched: dict[str, Match] = {}
        self.by_team: set[str] = set()  # denials that also cover the subject's campaign people
        self.teams: dict[str, set[str]] = {}
        # denial, its subject, a report told against it
        self.told_against: list[tuple[str, str | None, str]] = []

    def told_denials(self) -> list[Claim]:
        return _told_denials(
            self.analyses,
            self.claims,
            self.member_event,
            self.mention_entity,
            self.speakers.by_key,
            self.reader,
        )

    def team(self, subject: str) -> set[str]:
        if subject not in self.teams:
            self.teams[subject] = team_of(subject, self.entities)
        return self.teams[subject]

    def match(self, d: Claim) -> None:
        """Match one denial: to the events it denies when its event is told as a certain, past,
        negated fact, else to the claims that say it in words."""
        if only_opinion(d.text) or tells_of_a_denial(d.text):
            return  # a view of it ("dismissed … as a "big fat con job"", a poll's share), or talk of one
        d_m = self.mentions.get(d.event) if d.event else None
        if d_m is not None and re.search(
            rf"{_REFUSED.pattern}(?: \w+){{0,2}} {re.escape(d_m.trigger)}\b", d.text, re.I
        ):
            return  # "Cohen further declined to meet with the office": a refusal denies no fact
        told_as_fact = d_m is not None and (
            d_m.factuality.polarity is Polarity.NEG
            and (
                d_m.factuality.certainty is Certainty.CERTAIN
                # the hedge is the charge's, not the denial's: matched by its event when its
                # words found nothing
                or d.id not in self.said_against
                and d_m.factuality.certainty is Certainty.PROBABLE
                and alleged_only(d.text)
            )
        )
        if (
            d_m is None
            or d.id in self.blamed
            or not told_as_fact
            or _occasion(d.text, d_m.trigger)
            or (d_m.type == EventType.COMMUNICATE and topic_only(d.text, d_m.trigger))
            or LATELY.search(d.text)
        ):
            self._by_words(d)
        elif d_m.factuality.time is not EventTime.FUTURE and not is_supposed(d.text):
            self._by_events(d, d_m)  # not "denied he would fire him": no fact denied

    def _by_words(self, d: Claim) -> None:
        """ "denied demanding Comey's loyalty": no event we know, or the denied event told
        positively after the verb ("denied knowing about the payment") or read as planned
        ("denied reports that Comey had asked for resources for the inquiry", the inquiry taken
        for the event), but claims that say it. "Not likely to fire him" and "no intention of
        firing" deny no fact: with no denial word, they have no such claims
        (``find_said_against`` asks for one)."""
        if d.id not in self.said_against:
            return
        who = (
            self.blamed[d.id][0]
            if d.id in self.blamed
            else self.speakers.of(d) or spoken_for(d.speaker_text, self.named_in.get((d.doc, d.sent), {}))
        )
        self.matched[d.id] = (d, {}, who, set())
        for c in self.said_against[d.id]:
            self.told_against.append((d.id, who, c.id))
        # a contact with someone it names denied in words no event was read from ("Trump says he
        # was never interviewed by Michael Wolff"): the same question as the subject's denial of
        # contact with them read from an event ("I never spoke to him for book")
        if who is not None and not is_qualified(d.text, entity_of(self.entities, who)):
            for other in self._contacted(d, who):
                self.union.union("d:" + d.id, f"q:{who}|all|{other}")

    def _place(self, e: str) -> bool:
        return e in self.entities and self.entities[e].type in ("GPE", "LOC", "FAC")

    def _contacted(self, d: Claim, subject: str) -> set[str]:
        """The people a denial's denied clause names as met, spoken to or interviewed by, not
        what was talked of ("denied that he spoke to Comey about Flynn")."""
        denied = d.denied or ""
        if not _CONTACT_DENIED.search(denied) or _TALKED_OF.search(denied):
            return set()
        named = self.named_in.get((d.doc, d.sent), {})
        return {
            e
            for word, e in named.items()
            if e != subject
            and re.search(rf"\b{re.escape(word)}\b", denied)
            and e in self.entities
            and self.entities[e].type == "PERSON"
        }

    def _subject(self, d: Claim, d_m: EventMention, denier: str | None) -> tuple[str | None, str | None, int]:
        """Whose event it is, whose campaign's people a contact denial speaks for (the owner),
        and where the denied event's word is in the sentence."""
        in_denial = [self.mention_entity[p.ref] for p in d_m.participants if p.ref in self.mention_entity]
        agents = [
            self.mention_entity[p.ref]
            for p in d_m.participants
            if p.ref in self.mention_entity and p.role == "agent"
        ]
        # the denier's own ("I never met them", "denied that she met him", the pronoun
        # unlinked), or the one the denial names ("the White House denied Flynn discussed
        # sanctions")
        if denier in in_denial or not agents or agents[0] == self.clause_denied.get(d.id):
            subject = denier or (in_denial[0] if in_denial else None)
        else:
            subject = agents[0]
        if subject is not None and subject != denier and self._place(subject):
            # a place visited is no one who meets ("Cohen's denial of a Prague visit", Prague
            # read as the visit's agent): the denier, or the one person the sentence names
            people = {e for e in self.named_in.get((d.doc, d.sent), {}).values() if e != subject}
            subject = denier or (next(iter(people)) if len(people) == 1 else subject)
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
        named = self.named_in.get((d.doc, d.sent), {})
        owner = (
            owner_of(d.text, named, self.entities, hi=with_whom.start() if with_whom else None)
            if not agents
            else None
        )
        if owner is not None and d_m.type in CONTACT_TYPES:
            subject = owner
        return subject, owner, at

    def _by_events(self, d: Claim, d_m: EventMention) -> None:
        """A denial of an event told as a certain, negated fact: its own event when others
        tell it, or the events of that kind with the people it names."""
        denier = self.speakers.of(d)
        subject, owner, at = self._subject(d, d_m, denier)
        if subject is None or _unnamed_patient(d, d_m, subject, self.mention_entity):
            # no one whose act it is, or the one it was done to unnamed ("his client had not been
            # contacted by the FBI" is not the FBI's talks with Mark Judge): what the denial says
            # may still be told
            self._by_words(d)
            return
        in_denial = {self.mention_entity[p.ref] for p in d_m.participants if p.ref in self.mention_entity}
        counterparts = in_denial - {subject}
        # "Medvedchuk denied having any contact with anyone in the Trump campaign": his
        # contacts with the candidate's people, or told with the candidate named beside them
        named = self.named_in.get((d.doc, d.sent), {})
        camp = owner_of(d.text, named, self.entities, lo=at) if owner is None else None
        if camp is not None and camp != subject and d_m.type in CONTACT_TYPES:
            counterparts |= {camp} | self.team(camp)
        else:
            camp = None
        stems = {w for w in self.stems_of.get((d.doc, d.sent), set()) if not w.startswith(NAMED)}
        if d_m.type not in CONTACT_TYPES and REASON.search(d.text):
            return  # "did not fire Comey over the probe": the reason is denied, not the firing
        d_ev = self.member_event.get(d_m.id)
        # its own cluster, unless that is what was talked about: "denied that he spoke with his
        # father about the meeting", clustered with the meeting, denies no meeting
        talked_of = d_ev is not None and d_ev.type != d_m.type and _ABOUT_EVENT.search(d.text)
        found = {d_ev.id: d_ev} if d_ev is not None and not _wide(d_ev) and not talked_of else {}
        named_here = set(self.named_in.get((d.doc, d.sent), {}).values())
        if d_ev is not None and _someone_else_done_to(d_m, d_ev, self.mention_entity, named_here):
            found = {}
        # "denied that he or anyone on his team had been in contact with the Russians": the
        # contacts of the subject's campaign people are denied too
        team = set()
        if d_m.type in CONTACT_TYPES and (GROUP.search(d.text) or subject == owner):
            team = self.team(subject)
        # the last day the article may have been published ("2025": the year's last day)
        told = self.reader.docs[d.doc].published if d.doc in self.reader.docs else None
        said_on = DateRange(told, told, told).last_day if told else None
        if d_m.type in CONTACT_TYPES and (counterparts or stems):
            counterparts |= self._contacts(d, d_m, subject, team, counterparts, stems, camp, said_on, found)
        elif counterparts and d_m.type not in VAGUE:
            self._same_kind(d_m, subject, counterparts, said_on, found)
        said = self.said_against.get(d.id, []) if not found else []
        if not found and not said:
            return
        self.matched[d.id] = (d, found, subject, counterparts)
        self.told_against += [(d.id, subject, c.id) for c in said]
        # one question per subject: Pence denying any campaign contact and Sessions denying
        # his own are two disagreements, though both stand against the Sessions meetings
        # and a denial narrower than the reports ("not about the campaign") is a question of
        # its own, kept apart from the plain "we never met"
        scope = (
            "q"
            if is_qualified(d.text, entity_of(self.entities, denier))
            else "team"
            if d.id in self.by_team
            else "all"
        )
        for ev_id in found:
            self.union.union("d:" + d.id, f"e:{subject}|{scope}|{ev_id}")
        # the same question asked twice: the same subject denying contact with the same people
        # (other denials about the same people may be about other things: why he was fired)
        if d_m.type in CONTACT_TYPES:
            for who in counterparts or {"~" + s for s in stems}:
                self.union.union("d:" + d.id, f"q:{subject}|{scope}|{who}")

    def _contacts(
        self,
        d: Claim,
        d_m: EventMention,
        subject: str,
        team: set[str],
        counterparts: set[str],
        stems: set[str],
        camp: str | None,
        said_on: str | None,
        found: dict[str, Event],
    ) -> set[str]:
        """A denial of contact: the contacts of the subject (and of the team it covers) with
        the people or the nationality it names, into ``found``; returns the team members with
        such a contact."""
        joined: set[str] = set()
        for who in sorted({subject} | team):
            for ev in self.by_participant.get(who, []):
                parts = {p.ref for p in ev.participants}
                if ev.type not in CONTACT_TYPES or not may_concern(d_m.date, ev.date):
                    continue  # a denial about one meeting says nothing of another
                if said_on and ev.date and ev.date.first_day and ev.date.first_day > said_on:
                    continue  # a denial tells of what happened before it was made
                if len(parts) >= 2 and counterparts & parts:
                    found[ev.id] = ev
                elif len(parts) >= 2 and carries(parts - {who}, stems, self.entities):
                    # a contact with someone only a name or role calls Russian counts where
                    # its report says so: in 10,000 articles a candidate and his people met,
                    # between them, nearly everyone some role calls Russian
                    found[ev.id] = ev
                    self.by_stem.setdefault(ev.id, set()).update(stems)
                elif parts == {who} and stems and not counterparts:
                    # "met the Russian ambassador" with the ambassador unlinked: the report's
                    # own sentence must name the nationality (checked per report below)
                    found[ev.id] = ev
                    self.by_stem.setdefault(ev.id, set()).update(stems)
                elif parts == {who} and camp is not None:
                    # "Medvedchuk was in contact within the Trump campaign": the report's
                    # sentence must name the candidate (checked per report below)
                    found[ev.id] = ev
                    self.by_stem.setdefault(ev.id, set()).add(NAMED + camp)
                else:
                    continue
                if who != subject:
                    joined.add(who)
                    self.by_team.add(d.id)
        return joined

    def _same_kind(
        self,
        d_m: EventMention,
        subject: str,
        counterparts: set[str],
        said_on: str | None,
        found: dict[str, Event],
    ) -> None:
        """Any other kind of event denied with the people it names ("denied that he fired
        Comey"): the reports of that kind of event with all of them, clustered apart. A charge
        denied is also an accusation ("he denied he was charging Priebus with leaking" against
        "Scaramucci accused Priebus of leaking to the news media")."""
        kinds = {d_m.type} | _SAME_ACT.get(d_m.type, set())
        for ev in self.by_participant.get(subject, []):
            if ev.type not in kinds or _wide(ev) or not counterparts <= {p.ref for p in ev.participants}:
                continue
            if not may_concern(d_m.date, ev.date):
                continue
            if said_on and ev.date and ev.date.first_day and ev.date.first_day > said_on:
                continue
            found[ev.id] = ev

    def join(self) -> None:
        """Join the matched denials told about the same question."""
        self._join_reports()
        self._join_same_words()
        self._join_same_people()
        self._join_same_reports()
        self._join_same_assertion()
        self._join_same_accuser()
        self._join_same_answer()
        self._join_same_place()

    def _join_reports(self) -> None:
        """A report joins the denials of one subject only: one sentence told against two
        people's denials makes no one disagreement of them (in 10,000 articles it joined
        Trump's and Clinton's); a denial by no one we can name joins the subject's whose
        denials it shares a report with, when there is one such subject."""
        against_subjects: dict[str, set[str]] = {}
        for _, subj, c_id in self.told_against:
            if subj is not None:
                against_subjects.setdefault(c_id, set()).add(subj)
        for d_id, subj, c_id in self.told_against:
            if subj is None and len(against_subjects.get(c_id, ())) == 1:
                subj = next(iter(against_subjects[c_id]))
            self.union.union("d:" + d_id, f"c:{subj}|{c_id}")

    def _join_same_words(self) -> None:
        """The same subject denying the same thing in other words ("falsely denied discussing
        sanctions", "maintained that sanctions were never discussed"): one question."""
        by_subject: dict[str | None, list[str]] = {}
        for d_id, (_, _, subject, _) in self.matched.items():
            by_subject.setdefault(subject, []).append(d_id)
        rare_words = self.rare_words
        # a denial not matched on its own joins its subject's question when it says the same
        # thing in other words: "maintained that the lease was never discussed" next to
        # "falsely denied discussing the lease", though only the second says "denied"
        for d in self.claims:
            if (
                d.stance != "DENY"
                or d.id in self.matched
                or REASON.search(d.text)
                or NO_DENIAL.search(d.text)
                or only_opinion(d.text)
                or tells_of_a_denial(d.text)
            ):
                continue
            who = self.speakers.of(d)
            same = (
                [
                    other
                    for other in by_subject.get(who, [])
                    # a verdict on another's saying ("'That is not accurate,' according to …") says
                    # what it denies in no word of its own: its words are its setting
                    if not (other in self.pointed and self.pointed[other].verdict)
                    and len(rare_words[d.id] & rare_words.get(other, set())) >= 2
                ]
                if who
                else []
            )
            if same:
                self.matched[d.id] = (d, {}, who, set())
                self.union.union("d:" + d.id, "d:" + same[0])
        # "Both men later rejected that assertion during the hearing. They had actually testified
        # that … and did not say that …": a denial the next sentence goes on with, its speaker a
        # bare pronoun, is the same speaker's
        after = {(d.doc, d.sent): d_id for d_id, (d, _, _, _) in self.matched.items()}
        for d in self.claims:
            if d.stance != "DENY" or d.id in self.matched or (d.speaker_text or "").lower() not in _PRONOUNS:
                continue
            before = after.get((d.doc, d.sent - 1))
            if before is not None and not NO_DENIAL.search(d.text):
                self.matched[d.id] = (d, {}, self.matched[before][2], set())
                self.union.union("d:" + d.id, "d:" + before)
        for subject, ids in by_subject.items():
            for i, one in enumerate(ids):
                for other in ids[i + 1 :]:
                    if same_words(self.matched[one][0], self.matched[other][0], rare_words) >= 2:
                        self.union.union("d:" + one, "d:" + other)
            if subject not in self.entities or self.entities[subject].type != "ORG":
                continue
            # a body's denials in one article answer the one story it is asked about ("The White
            # House sharply disputed the report" … "rejected the characterization that the
            # president tried to shut down an investigation"); a person there may deny two things
            # (Trump's comment about Flynn, and the "nut job" comment)
            first: dict[str, str] = {}
            for d_id in ids:
                doc = self.matched[d_id][0].doc
                self.union.union("d:" + d_id, "d:" + first.setdefault(doc, d_id))

        # the same sum in what one subject denies ("did not know about the $130,000 payment to
        # Daniels", "didn't know about the $130,000 payment"): the story's own words are in too
        # many of its claims to be rare, the sum names the thing
        for d_id, (d, _, subject, _) in self.matched.items():
            for sum_ in _SUM.findall(d.denied or "") if subject is not None else []:
                self.union.union("d:" + d_id, f"m:{subject}|{sum_.replace(' ', '')}")

    def _join_same_reports(self) -> None:
        """One subject's denials whose reports tell the same thing in other words ("a claim that
        Russian authorities recorded Trump watching prostitutes urinate in a hotel suite", "video
        recordings of him watching prostitutes urinate on one another in a Moscow hotel room"):
        one question, though the denials share no word ("vehemently denied it", "denied the
        allegations that day")."""
        by_subject: dict[str, list[tuple[str, set[str]]]] = {}
        for d_id, subj, c_id in self.told_against:
            words = self.rare_words.get(c_id)
            if subj is not None and words:
                by_subject.setdefault(subj, []).append((d_id, words))
        for items in by_subject.values():
            for i, (one, words) in enumerate(items):
                for other, more in items[i + 1 :]:
                    if one != other and len(words & more) >= SAME_REPORT_WORDS:
                        self.union.union("d:" + one, "d:" + other)

    def _join_same_assertion(self) -> None:
        """A denial matched by what it denies ("denied demanding Comey's loyalty") and another
        denial of the same subject told against a claim asserting it, or against the same
        sentences: one question."""
        for d_id, reports in self.asserted.items():
            if d_id not in self.matched:
                continue
            d, _, subject, _ = self.matched[d_id]
            # the sentences its reports are: the same sentences told against another denial
            sentences = {(c.doc, c.sent) for c in reports}
            for o_id, (_, found, other, _) in self.matched.items():
                if o_id == d_id or other != subject or o_id in self.asserted:
                    continue
                told = self.said_against.get(o_id, [])
                same = any((c.doc, c.sent) in sentences for c in told) or any(
                    (m.doc, m.sent) in sentences
                    for ev in found.values()
                    for m in (self.mentions.get(x) for x in ev.members)
                    if m is not None
                )
                if same or any(self.assertions.tells(d, c) for c in told):
                    self.union.union("d:" + d_id, "d:" + o_id)

    def _join_same_accuser(self) -> None:
        """One subject's denials of "the allegations" and no more ("Moore has denied the
        allegations", "Kavanaugh has repeatedly denied the allegation"), each answering an
        accusation told in its own article ("Ford alleges that Kavanaugh assaulted her"): one
        question per accuser, the one telling it or the one person it names beside the subject
        ("one of the women who accused him, Leigh Corfman"), or, for accusers it does not name
        ("several women have accused Moore"), the subject's unnamed accusers. Across articles
        such denials share no words, so the other joins leave one entry per article."""
        claims = {c.id: c for c in self.claims}
        unnamed: dict[str, list[tuple[str, set[str]]]] = {}
        for d_id, subj, c_id in self.told_against:
            d, c = self.matched[d_id][0], claims.get(c_id)
            if subj is None or c is None:
                continue
            # or a denial of the charge itself ("his denial that he sexually assaulted a high school
            # acquaintance") against an accusation of it ("an accusation of sexual assault")
            charged = _charged(d.text, c.text)
            # what extraction read it denies, when that is one person's charges and no more
            # ("Trump's lawyer has said her accusations are false", "dismissed her accusations"):
            # a denial of them, whatever verb says so
            of_charges = d.denied is not None and _CHARGES_ONLY.match(d.denied) is not None
            if not charged and not of_charges and not _OF_ALLEGATIONS.search(d.text):
                continue
            teller = self.speakers.of(c)
            if teller == subj or teller not in self.entities or self.entities[teller].type != "PERSON":
                named = {e for e in self.named_in.get((c.doc, c.sent), {}).values() if e != subj}
                teller = next(iter(named)) if len(named) == 1 else None
            if teller is not None:
                # not "disputed that account", "that comment (which Trump denies)", "denied the
                # allegation that he asked …": one account each, though one accuser tells them;
                # but any denial of what someone is told to accuse him of ("Ramirez has accused
                # Kavanaugh of exposing himself" … "Kavanaugh has denied that allegation as well")
                if charged or of_charges or GENERIC_DENIAL.search(d.text) or ACCUSATION.search(c.text):
                    self.union.union("d:" + d_id, f"a:{subj}|{teller}")
            elif (accused := ACCUSATION.search(c.text) or _FROM_UNNAMED.search(c.text)) is not None:
                # what the accusation charges: the words after "accused … of", "alleged that"
                names = {n.lower()[:5] for n in self.named_in.get((c.doc, c.sent), {})}
                said = {w[:5] for w in re.findall(r"[a-z]{6,}", c.text[accused.end() :].lower())}
                unnamed.setdefault(subj, []).append((d_id, said - names - REPORT_NOUNS - _FUNCTION))
        # a denial naming whose allegations it denies ("Kavanaugh rebutted a number of claims from
        # Ford", "denied Corfman's allegations"): that accuser's question, whatever the reports
        # told against it; not "denied Comey's claim that he asked …", one account of several
        for d_id, (d, _, subj, _) in self.matched.items():
            m = _ACCUSER_NAMED.search(d.text)
            who = self.named_in.get((d.doc, d.sent), {}).get(m.group("by") or m.group("of")) if m else None
            if subj is not None and who not in (None, subj) and self.entities[who].type == "PERSON":
                self.union.union("d:" + d_id, f"a:{subj}|{who}")
        # an accusation by people no one names that a denial answers (accused.py: "Another three
        # women also claim Mr. Moore pursued them" … "Mr. Moore denied the allegations"): with the
        # other denials of such accusers, below
        for d_id, acc in self.accused.items():
            subj = self.matched[d_id][2] if d_id in self.matched else None
            if subj is not None and acc.accuser is None:
                names = {n.lower()[:5] for c in acc.reports for n in self.named_in.get((c.doc, c.sent), {})}
                said = {w[:5] for c in acc.reports for w in re.findall(r"[a-z]{6,}", c.text.lower())}
                unnamed.setdefault(subj, []).append((d_id, said - names - REPORT_NOUNS - _FUNCTION))
        # accusers it does not name ("several women have accused Moore of sexual misconduct",
        # "… of pursuing sexual relationships with them"): the same when the charges share a
        # word, as one subject may be accused of several things by people no one names
        # (misconduct, and colluding with Russia)
        for items in unnamed.values():
            for i, (one, words) in enumerate(items):
                for other, more in items[i + 1 :]:
                    if words & more:
                        self.union.union("d:" + one, "d:" + other)
        # a denial of an accuser's charges (accused.py: "denied Trump's allegation"): that accuser's question
        for d_id, acc in self.accused.items():
            subj = self.matched[d_id][2] if d_id in self.matched else None
            if subj is not None and acc.accuser != subj and acc.charges:
                self.union.union("d:" + d_id, f"a:{subj}|{acc.accuser}")
        # a denial pointing back to a charge one person told ("Kavanaugh has also denied this
        # allegation" after "Deborah Ramirez claimed that …"): that accuser's question
        for d_id, back in self.pointed.items():
            if d_id not in self.matched or self.matched[d_id][2] is None:
                continue
            pd, subj = self.matched[d_id][0], self.matched[d_id][2]
            if back.accuser is not None and back.accuser != subj:
                self.union.union("d:" + d_id, f"a:{subj}|{back.accuser}")
            # one subject's denials of "the allegations" and no more in one article answer the
            # same charges ("Porter denied the allegations", "These outrageous allegations are
            # simply false," Porter said)
            if generic_charge(pd.text):
                for o_id, match in self.matched.items():
                    o = match[0]
                    if o_id != d_id and match[2] == subj and o.doc == pd.doc and generic_charge(o.text):
                        self.union.union("d:" + d_id, "d:" + o_id)

    def _join_same_answer(self) -> None:
        """Denials in one article that only point back ("which dismissed it", "The allegation was
        also rejected by the British government", "these claims") and answer the same claim
        (``Claim.answers``, read in extraction): one question. One of them matched (through its
        antecedent) takes in the others, whose antecedent names no one of theirs (the British
        government, the allegation of GCHQ's spying): the same claim answered, the same
        disagreement, with the matched one's subject."""
        first: dict[tuple[str, str], str] = {}
        for d_id, (d, *_) in self.matched.items():
            if d.answers and pointed(d) is not None:
                first.setdefault((d.doc, d.answers), d_id)
        for d in self.claims:
            if d.stance != "DENY" or d.id in self.matched or not d.answers or pointed(d) is None:
                continue
            other = first.get((d.doc, d.answers))
            if other is None or NO_DENIAL.search(d.text) or REASON.search(d.text):
                continue
            if only_opinion(d.text) or tells_of_a_denial(d.text) or is_supposed(d.text):
                continue
            self.matched[d.id] = (d, {}, self.matched[other][2], set())
            self.union.union("d:" + d.id, "d:" + other)

    def _join_same_place(self) -> None:
        """One subject's denials of having been to the same place ("No, I have never been to
        Prague", "vehemently denied for months that he ever has been in Prague"): one question,
        whatever reports each was told against (two articles' accounts of the same McClatchy
        report share only names)."""
        places: dict[tuple[str, int], dict[str, str]] = {}
        for a in self.analyses:
            for m in a.mentions:
                if m.type == "GPE" and m.id in self.mention_entity:
                    places.setdefault((a.doc.id, m.sent), {})[m.text] = self.mention_entity[m.id]
        for d_id, (d, _, subj, _) in self.matched.items():
            if subj is None:
                continue
            for text, place in places.get((d.doc, d.sent), {}).items():
                if re.search(rf"{_BEEN_TO.pattern}{re.escape(text)}\b", d.text, re.I):
                    self.union.union("d:" + d_id, f"at:{subj}|{place}")

    def _join_same_people(self) -> None:
        """The same subject denying something about the same two or more people ("I didn't
        talk about Flynn with Comey", "the comment to Comey about Flynn, which Trump denies
        making"): one question, however differently worded."""
        for d_id, (d, _, subject, _) in self.matched.items():
            # by the words naming them, as a split entity ("Comey" linked to "Firing Comey" in
            # one article) still bears its name
            me = self.entities[subject].name.split()[-1] if subject in self.entities else None
            named = set(self.named_in.get((d.doc, d.sent), {}))
            # a denial matched by what it denies naming one other ("denied that he had ever asked
            # Comey to drop an investigation") is about the people its reports name too, when
            # most of them do ("… asked him to drop the bureau's investigation of … Michael Flynn")
            reports = self.asserted.get(d_id, [])
            if len(named - {me}) < 2 and len(reports) >= 2:
                counts = Counter(n for c in reports for n in set(self.named_in.get((c.doc, c.sent), {})))
                named |= {n for n, k in counts.items() if k * 2 > len(reports)}
            others = sorted(named - {me})
            if 2 <= len(others) <= 4:  # a sentence naming more is a list, not one matter
                for one, two in combinations(others, 2):
                    self.union.union("d:" + d_id, f"p:{subject}|{one}|{two}")

    def _only_supposed(self) -> set[str]:
        """The mentions of the denied events whose sentences only suppose them ("has privately
        mused about firing Rosenstein", ``only_supposed``): their sentences read from the store,
        as resolution holds only the claims' (none with no store: tests of analyses alone)."""
        told = [
            m
            for _, found, *_ in self.matched.values()
            for ev in found.values()
            for m in (self.mentions.get(x) for x in ev.members)
            if asserts(m)
        ]
        keys = {(m.doc, m.sent) for m in told if (m.doc, m.sent) not in self.reader.sents}
        texts = {**sentences_of(self.search, keys), **self.reader.sents}
        return {m.id for m in told if only_supposed(texts.get((m.doc, m.sent), ""), m.trigger)}

    def disagreements(self) -> list[Contradiction]:
        groups: dict[str, list[Match]] = {}
        for d_id, item in self.matched.items():
            groups.setdefault(self.union.find("d:" + d_id), []).append(item)
        out: list[Contradiction] = []
        index = claim_index(self.claims)
        supposed = self._only_supposed()
        for items in groups.values():
            k = denial_group(
                items,
                self.mentions,
                self.mention_entity,
                index,
                self.reader,
                self.said_against,
                self.by_stem,
                self.stems_of,
                self.by_team,
                supposed,
            )
            if k is not None:
                out.append(k)
        return out


def _unnamed_patient(d: Claim, d_m: EventMention, subject: str, mention_entity: dict[str, str]) -> bool:
    """A denial of a passive act told with its agent, the one it was done to no one we link
    ("his client had not been contacted by the FBI"): it is about that one, not about the
    agent's acts with anyone."""
    passive = re.search(
        rf"\b(been|being|was|were|is|are|be|get|got)\s+(\w+ly\s+)?{re.escape(d_m.trigger)}\s+by\b",
        d.text,
        re.I,
    )
    if passive is None:
        return False
    agents = {mention_entity.get(p.ref) for p in d_m.participants if p.role == "agent"}
    others = {mention_entity.get(p.ref) for p in d_m.participants if p.role != "agent"} - {None}
    return subject in agents and not others


_PRONOUNS = {"he", "she", "they"}
# the kinds of event one act is read as: "charging X with leaking" (a charge) is accusing X
_SAME_ACT: dict[str, set[str]] = {EventType.CHARGE: {EventType.ACCUSE}}
# a sum of money: "$130,000", "$1.6 million"
_SUM = re.compile(r"\$\s?\d[\d,.]*\d(?: (?:million|billion))?")
# a contact told in a denied clause: "he was interviewed by Michael Wolff", "had met with him"
_CONTACT_DENIED = re.compile(
    r"\b(interview(ed|s)?|met|meet(s|ing)?|spoke|spoken|speak(s|ing)?|talk(ed|s)?|contact(ed)?)\b", re.I
)
_TALKED_OF = re.compile(r"\b(about|regarding|concerning|discuss\w*)\b", re.I)
_ABOUT_EVENT = re.compile(
    r"\b(about|concerning|regarding) (the|a|that|this|his|her|their) (\w+ ){0,2}"
    r"(meetings?|gathering|calls?|conversations?|talks|dinner|summit)\b",
    re.I,
)
_REFUSED = re.compile(r"\b(?:declin|refus)(?:e|es|ed|ing) to\b", re.I)
# a denial of allegations, whether or not it says of what: "Moore calls the allegations
# "completely false"", "has dismissed all the allegations", "denied the allegations of the first
# five women"
_OF_ALLEGATIONS = re.compile(
    r"\b(den(y|ies|ied|ying)|dismiss\w*|reject\w*|disput\w*|call\w*)\b[^.;]{0,30}?"
    r"\b(allegations?|accusations?|claims?|charges?)\b",
    re.I,
)
# what a denial denies read as one person's charges and no more: "her accusations", "his
# claims", "her accusations and those of other accusers"; not "all the allegations" (several
# accusers), "her claim that he asked …" (one account)
_CHARGES_ONLY = re.compile(
    r"(her|his) (\w+ )?(allegations?|accusations?|claims?|charges?)(?! (that|of|from|by|about)\b)(\W|$)",
    re.I,
)
# having been somewhere: "never been to Prague", "ever has been in Prague", "denied visiting Prague"
_BEEN_TO = re.compile(r"\b(?:been|being) (?:to|in) |\b(?:visit(?:ed|ing)?|travel(?:l?ed|l?ing)? to|went to) ")
# charges told as those of people no one names, with what they say ("allegations from other
# women who said Moore had romantically pursued them", "accusations by several women that …")
_FROM_UNNAMED = re.compile(
    r"\b(allegations?|accusations?|claims?|charges?) (from|by) (\w+ ){0,3}(women|men|accusers|people)"
    r"( who (said|say|says|allege|alleged|claim|claimed))?\b",
    re.I,
)
# the accuser a denial names: "claims from Ford, who said …", "the allegations by Corfman", "Ford's
# allegations.", the clause ending there; not followed by what they say ("Comey's claim that …",
# "Trump's claim the director told him …": one account of several). The name may follow a
# description ("the allegations by California psychology professor Christine Blasey Ford"), a
# few words, none a preposition or a relative ("claims by women against Moore": no one named)
_ALLEGED = r"(allegations?|accusations?|claims?|charges?)"
_CLAUSE_END = r"(?=\s*([.,;:!?”\"“)]|$)|\s+(and|against|as|but|while)\b)"
_DESCRIBED_AS = r"(?:[A-Z][\w.-]+ ){0,2}(?:(?!(?:against|about|of|that|who|whom|which|on|in|at|for|to|with|and|or|from|by)\b)[a-z]+ ){0,3}"
_ACCUSER_NAMED = re.compile(
    rf"\b{_ALLEGED} (made )?(from|by) (?:the )?{_DESCRIBED_AS}(?:[A-Z][\w.-]+ ){{0,2}}(?P<by>[A-Z][\w.-]+)\b{_CLAUSE_END}"
    rf"|\b(?P<of>[A-Z][\w.-]+)(?:’s|'s) (\w+ )?{_ALLEGED}\b{_CLAUSE_END}"
)
# what a denial of a charge denies ("his denial that he sexually assaulted …", "denied that he
# groped her") and what an accusation charges ("an accusation of sexual assault", "accused him of
# groping"): the words after each
_DENIED_CHARGE = re.compile(r"\bden(ial|ied|ies|y)\b (\w+ ){0,2}?that (he|she|they)\b", re.I)
_CHARGE = re.compile(r"\b(accusations?|allegations?|charges?) of\b|" + ACCUSATION.pattern, re.I)


def _charged(denial: str, report: str) -> bool:
    """A denial of a charge told against an accusation of the same charge: a word of six letters
    or more among the few after the one ("sexually assaulted a high school acquaintance") begins
    as one among the few after the other ("sexual assault against a man")."""
    d, c = _DENIED_CHARGE.search(denial), _CHARGE.search(report)
    if d is None or c is None:
        return False
    one, other = (
        {w[:5] for w in re.findall(r"[a-z]+", t.lower())[:CHARGE_WORDS] if len(w) >= 6} - _FUNCTION
        for t in (denial[d.end() :], report[c.end() :])
    )
    return bool(one & other)


CHARGE_WORDS = 6  # the words that tell a charge ("sexually assaulted a high school acquaintance")
# words of six letters or more that say nothing of what someone is accused of
_FUNCTION = {
    w[:5]
    for w in "against during because including according between without through within around people someone having whether".split()
}
# the denied event's word in a clause of when the denial was made: "Kavanaugh "emphatically
# denied" the allegation when she spoke with him by phone on Friday" denies no phone call ("never
# spoke with Russian officials during the campaign": "during" dates what is denied)
_WHEN = re.compile(r"\b(when|while)\b[^,;.]{0,40}$", re.I)


def _occasion(text: str, trigger: str) -> bool:
    denial = DENIAL_WORD.search(text)
    if denial is None:
        return False
    at = re.search(rf"\b{re.escape(trigger)}\b", text[denial.end() :])
    return at is not None and bool(_WHEN.search(text[denial.end() : denial.end() + at.start()]))


# a denial of contact lately: "McConnell and Schumer had not spoken to each other in more than 24
# hours" says nothing of the "cordial" meeting of last week
LATELY = re.compile(
    r"\b(in|for) (more than |over |nearly |almost |the (past|last) )?(\d+|a few|several|two|three) "
    r"(hours|days|weeks|months)\b|\bin (hours|days|weeks|months)\b",
    re.I,
)
# what is talked of, right after the word of talking: "spoken of "moral equivalency"", "talking
# specifics", "did not discuss payment", or the word closing a quote ("called the vision "not fully
# informed""); not whom ("spoken to each other", "talked with Russian officials", "contacts between
# the campaign and Russian officials", "called the Russians", "spoke publicly about")
_TOPIC_AFTER = re.compile(
    r"\s+(of|about|on)\b|[.,]?[”\"’]|\s+(?!(with|to|by|from|between|among|any|anyone|anybody|the|"
    r"him|her|them|us|me|each|one|in|at|during|since|for|after|before|until|again|directly|privately|"
    r"personally|publicly|ever|never|or|and|but)\b)[a-z]+\b(?!\s+(with|to)\b)"
)


def topic_only(text: str, trigger: str) -> bool:
    """A word of talking with no one it is talked with, only what: "Trump also denied he had
    spoken of "moral equivalency" between white supremacists …", "the White House wasn't talking
    specifics": no contact denied, so no contacts stand against it (the words may still say
    what is denied)."""
    at = re.search(rf"\b{re.escape(trigger)}\b", text)
    if at is None or not _TOPIC_AFTER.match(text, at.end()):
        return False
    # "didn't talk about Flynn with Comey", "did not discuss sanctions with Kislyak": whom, after what
    clause = re.split(r"[,.;]", text[at.end() :], maxsplit=1)[0]
    return not re.search(r"\b(with|to)\b", clause)


SAME_REPORT_WORDS = 4  # rarer words two reports share to tell the same thing


def same_words(one: Claim, other: Claim, rare: dict[str, set[str]]) -> int:
    """How many rarer words two claims share, a word's other forms counted as the same word: the
    five letters of a stem tell "knowing" ("knowi") from "knowledge" ("knowl"), so "previously
    disputed knowing anything about the payments" and "previously denying knowledge of the
    payment" shared one. A word is another's form when, its ending ("-ing", "-ed", "-s") taken
    off, it begins the other ("know" in "knowledge", "leak" in "leaking"; not "consider" in
    "conspiracy", though both begin "cons")."""
    mine, theirs = rare.get(one.id, set()), rare.get(other.id, set())
    shared = mine & theirs
    words = [w for w in _WORDS.findall(one.text.lower()) if w[:5] in mine - shared]
    more = [w for w in _WORDS.findall(other.text.lower()) if w[:5] in theirs - shared]
    forms = {
        a[:5]
        for a in words
        for b in more
        if a[:5] != b[:5] and (b.startswith(_root(a)) or a.startswith(_root(b)))
    }
    return len(shared) + len(forms)


_WORDS = re.compile(r"[a-z]{5,}")
_ENDING = re.compile(r"(ing|ed|es|s)$")


def _root(word: str) -> str:
    root = _ENDING.sub("", word)
    return root if len(root) >= 4 else word


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


def _someone_else_done_to(
    m: EventMention, ev: Event | None, mention_entity: dict[str, str], named_here: set[str]
) -> bool:
    """A negated act told with no one it was done to, clustered with acts done to people the
    reports name and its sentence names none of ("Trump … said he has a new candidate … but did not
    announce his pick", clustered with his nomination of Ronny Jackson): it tells of another one,
    no denial of that. Not "A source told Fox News that Rosenstein has neither resigned nor been
    fired" (the one fired named, though not linked to the act). ``named_here``: the people the
    sentence names."""
    if ev is None or m.type in CONTACT_TYPES:
        return False
    named = ({mention_entity.get(p.ref) for p in m.participants} - {None}) | named_here
    done_to = {mention_entity.get(p.ref) for p in m.participants if p.role != "agent"} - {None}
    others = {p.ref for p in ev.participants if p.role != "agent"} - {None}
    return not done_to and bool(others) and not others & named
