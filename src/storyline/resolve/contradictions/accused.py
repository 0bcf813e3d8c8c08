"""Accusation against denial: "Trump accused Obama of wiretapping Trump Tower" (an ACCUSE event,
extract/accusations.py: the accuser its agent, the accused its patient) and "Obama, who denied
authorizing wiretaps on anybody", or "Other Obama representatives also denied Trump's
allegation". The accused's denial stands against the accuser's accusations when what it denies
is what they allege (``same_act``: two stems, or one root of seven letters, in the first words
after the word of denying and of accusing), or when it names what it denies only as "the
allegations" (or "Trump's allegation") and answers an accusation told just before it in its
article (by someone named or by people no one names: "more women came out with accusations"),
or one by the accuser it names. The accusations found are told against the denial as
``said.find_said_against``'s claims are, for denials no other route answers, so ``denials``
groups them with the rest: one disagreement per accused and accuser."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from storyline.model import Analysis, Claim, Entity, Event, EventMention, EventTime, EventType, Polarity
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.pointing import generic_charge, pointed, sentence_texts, window_texts
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    GENERIC_DENIAL,
    LINK,
    REPORT_NOUNS,
    VIEW,
    word_stems,
)

ACCUSE = EventType.ACCUSE
BACK = 4  # sentences before a denial the accusation it answers by "the allegations" may be told in
# a name right before the word of denial, only adverbs between: "McCabe denied", "Kavanaugh has
# strongly denied"
_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)(?=(?:\s+[a-z]+ly|\s+(?:has|have|had|also|again|then))*\s*$)")
# charges of one person: "her accusations", "his claims" (not those of women no one names)
_ONES = re.compile(r"\b(?:her|his)\s+(?:\w+\s+)?(?:allegations?|accusations?|claims?|charges?)\b", re.I)
# an accusation told with its answer, which extraction read as no denial: "accusations that he
# denounced in congressional testimony as "fiction"", "allegations, which he denies"
ANSWERED = re.compile(rf"{DENIAL_WORD.pattern}|\bdenounc\w*", re.I)
ALLEGED_WORDS = 10  # words in lower case after the word of accusing that tell what is alleged
SAME_ROOT = 7  # letters two words share at their start to tell the same act on their own
KEPT = 6  # an accuser's accusations kept for one denial (the nearest first)
# a denial naming what it denies only as a charge of one accuser: "denied Trump's allegation",
# "the allegations leveled against him by Ford": the accuser read from the ACCUSE mention there
_CHARGE_WORDS = re.compile(r"\b(allegations?|accusations?|claims?|charges?)\b", re.I)
# what says nothing of what is alleged: the words of accusing, of time, of place in the story
_NOT_ALLEGED = REPORT_NOUNS | VIEW
_NOT_ALLEGED |= {"denie", "wrong", "doing", "evide", "witho", "publi", "tweet", "twitt", "havin", "being"}
# words that tell where or when, not what ("any sexual encounter between the two", "the meeting
# that occurred in Trump Tower between his son and some Russians": no act in common)
_NOT_ALLEGED |= set("betwe again durin about after befor there while where other which".split())


@dataclass
class Accused:
    """The accusations a denial answers, and who made them."""

    reports: list[Claim]
    accuser: str | None  # entity id; None for accusers no one names ("two more women accused Trump")
    # the denial names what it denies only as the accuser's charges ("denied Trump's allegation",
    # "the allegations"): one question with the accuser's others; one matched by what it says it
    # denies ("denied knowing about the meeting") is a question of its own, as one accuser may
    # charge one accused with several things
    charges: bool


@dataclass(frozen=True)
class _Accusation:
    mention: EventMention
    accuser: str | None  # None: accusers the sentence does not name ("women accusing Donald Trump")
    accused: frozenset[str]
    said: Claim  # the accuser's claim in its sentence, or one standing in for the mention
    words: frozenset[str]  # what is alleged: the first words after the word of accusing


def find_accused(
    analyses: list[Analysis],
    claims: list[Claim],
    events: list[Event],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    speakers: Speakers,
    rare_words: dict[str, set[str]],
    search: Search | None = None,
) -> dict[str, Accused]:
    """Per denial id, the accusations of its denier it answers (``Accused``). ``search``: the
    store's sentence search, to read the text of an accusation's sentence that holds no claim."""
    accusations, accusers_in = _accusations(analyses, claims, mention_entity, entities, speakers)
    # across articles, one accuser's accusation of one accused is one event (resolve/events)
    event_of = {m: ev.id for ev in events if ev.type == ACCUSE for m in ev.members}
    by_accused: dict[str, _Index] = {}
    for a in accusations:
        for who in a.accused:
            by_accused.setdefault(who, _Index(who)).add(a, event_of)
    by_doc = {a.doc.id: a for a in analyses}
    out: dict[str, Accused] = {}
    for d in claims:
        if d.stance != "DENY":
            continue
        denier = speakers.of(d)
        if denier is None or denier not in by_accused:
            continue
        if _other_denies(d, denier, speakers):
            continue
        # the accuser the denial names: an accusation told in its own sentence ("denied the
        # allegations leveled against him by Ford", "denied Trump's allegation")
        named = accusers_in.get((d.doc, d.sent), set()) - {denier}
        found = _answered(d, by_accused[denier], named, rare_words.get(d.id, set()), event_of)
        if found:
            accuser, hits, charges = found
            # the nearest first: in its article before it, then the others by article
            hits.sort(key=lambda a: (a.mention.doc != d.doc, abs(a.mention.sent - d.sent), a.mention.doc))
            said = _with_text([a.said for a in hits[:KEPT]], d, by_doc.get(d.doc), search)
            if said:
                out[d.id] = Accused(said, accuser, charges)
    return out


class _Index:
    """One accused's accusations by others, by accuser, article, event and stem of what they
    allege: a denial looks up its few candidates (at 10,000 articles one accused may have
    thousands of accusations and hundreds of denials)."""

    def __init__(self, accused: str) -> None:
        self.accused = accused
        self.by_accuser: dict[str | None, list[_Accusation]] = {}
        self.by_doc: dict[str, list[_Accusation]] = {}
        self.by_event: dict[str, list[_Accusation]] = {}
        self.by_stem: dict[str, list[_Accusation]] = {}

    def add(self, a: _Accusation, event_of: dict[str, str]) -> None:
        if a.accuser == self.accused:
            return
        self.by_accuser.setdefault(a.accuser, []).append(a)
        self.by_doc.setdefault(a.mention.doc, []).append(a)
        if a.mention.id in event_of:
            self.by_event.setdefault(event_of[a.mention.id], []).append(a)
        for stem in {w[:5] for w in a.words}:
            self.by_stem.setdefault(stem, []).append(a)

    def alleging(self, words: set[str]) -> list[_Accusation]:
        found = {id(a): a for w in {w[:5] for w in words} for a in self.by_stem.get(w, [])}
        return list(found.values())


def _others(d: Claim, found: list[_Accusation]) -> list[_Accusation]:
    """Those not told in the denial's own sentence."""
    return [a for a in found if (a.mention.doc, a.mention.sent) != (d.doc, d.sent)]


def _answered(
    d: Claim,
    told: _Index,
    named: set[str],
    d_words: set[str],
    event_of: dict[str, str],
) -> tuple[str | None, list[_Accusation], bool] | None:
    """The accuser a denial answers, their accusations it stands against and whether it names
    them only as charges, or None."""
    generic = denies_charges(d)
    what = {w for w in alleged_words(d.text[_denial_end(d.text) :]) if w[:5] in d_words}
    if len(named) == 1:
        accuser = next(iter(named))
        of_accuser = _others(d, told.by_accuser.get(accuser, []))
        # "denied Trump's allegation": every accusation of that accuser; else what it says it denies
        if generic or not what:  # in its article, or told by the accuser in another
            hits = [a for a in of_accuser if a.mention.doc == d.doc or _told(a)]
        else:
            hits = [a for a in of_accuser if same_act(a.words, what)]
        return (accuser, hits, generic or not what) if hits else None
    if named:
        return None  # "the allegations by Ford and Swetnick": several questions, the words' routes
    # "the allegations", answering the accusation just before it in its article
    if generic:
        before = [
            a for a in _others(d, told.by_doc.get(d.doc, [])) if d.sent - BACK <= a.mention.sent < d.sent
        ]
        if _ONES.search(d.text):  # "denied her accusations": one person's, someone named
            before = [a for a in before if a.accuser is not None]
        if not before:
            return None
        # the accuser of the nearest ("Two more women accused Trump of sexual assault" … "Kristin
        # Anderson claimed that …" … "rejecting all the allegations": Anderson's)
        nearest = max(before, key=lambda a: a.mention.sent).accuser
        before = [a for a in before if a.accuser == nearest]
        if nearest is None:  # no one named: those of this article only, a question of their own
            return None, before, False
        # and the same accusation told in other articles (its event)
        evs = {event_of[a.mention.id] for a in before if a.mention.id in event_of}
        more = [
            a for ev in sorted(evs) for a in _others(d, told.by_event[ev]) if a not in before and _told(a)
        ]
        return nearest, before + more, True
    # what it denies in its own words ("denied authorizing wiretaps"): the accusations alleging it
    hits = [a for a in _others(d, told.alleging(what)) if same_act(a.words, what)]
    accusers = {a.accuser for a in hits}
    if len(accusers) != 1 or None in accusers:
        return None  # no one's, or several accusers' (the words' routes tell them apart)
    return next(iter(accusers)), hits, False


def _with_text(said: list[Claim], d: Claim, a: Analysis | None, search: Search | None) -> list[Claim]:
    """The accusations' claims with their sentence's text; one whose sentence holds no claim is
    read with the store's search when it is in the window before the denial (``window_texts``),
    else left out (a report with no sentence tells nothing)."""
    if all(c.text for c in said):
        return said
    texts: dict[int, str] = {}
    if a is not None and search is not None:
        texts = window_texts(a, d, sentence_texts(a.claims), search)
    out = []
    for c in said:
        text = c.text or (texts.get(c.sent, "") if c.doc == d.doc else "")
        if text:
            out.append(c if c.text else replace(c, text=text))
    return out


def _other_denies(d: Claim, denier: str, speakers: Speakers) -> bool:
    """Whether the name just before the word of denial is someone else's: "… the firing of
    McCabe's former boss, Comey – McCabe denied any hand in leaking …" is McCabe's denial, though
    the speaker read is Comey (the accusations against Comey are not what it answers)."""
    denial = DENIAL_WORD.search(d.text)
    names = _NAME_BEFORE.findall(d.text[: denial.start()]) if denial else []
    who = speakers.named(d.doc, names[-1]) if names else None
    return who is not None and who != denier


def _told(a: _Accusation) -> bool:
    """Whether the accuser's own claim tells what is alleged ("Ford alleges that Kavanaugh
    assaulted her"), not a sentence that names the accusation only in passing ("Those who
    doubted Ford and others accusing Kavanaugh …"), which stands against a denial in its own
    article alone."""
    return a.said.id != a.mention.id


def _denial_end(text: str) -> int:
    """Where what a denial denies begins: after its word of denial (the whole text with none)."""
    m = DENIAL_WORD.search(text)
    return m.end() if m else 0


def denies_charges(d: Claim) -> bool:
    """Whether a denial names what it denies only as charges ("Takei denied the allegations",
    "He denies the allegation"): read from what it denies, not from a charge named elsewhere in
    its sentence ("When lawmakers pressed him about those accusations …, Pruitt … denied
    knowledge of things that were done on his behalf")."""
    return (
        GENERIC_DENIAL.search(d.text) is not None
        or d.denied is not None
        and generic_charge(d.denied)
        or _points_back(d)
    )


def _points_back(d: Claim) -> bool:
    """ "He denies the allegation", "called those accusations false": a charge, pointed back to."""
    noun = pointed(d)
    return noun is not None and _CHARGE_WORDS.fullmatch(noun) is not None


def _accusations(
    analyses: list[Analysis],
    claims: list[Claim],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    speakers: Speakers,
) -> tuple[list[_Accusation], dict[tuple[str, int], set[str]]]:
    """The accusations told as made (not "did not accuse"), with a named accuser and accused, and
    not told in a sentence that itself denies ("Ford's allegation, which Kavanaugh denies"); and
    per sentence, the accusers its accusations name (in a denial: whose charges it denies,
    "denied Trump's allegation", though no accused is read there)."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc, c.sent), []).append(c)
    out = []
    accusers_in: dict[tuple[str, int], set[str]] = {}
    for an in analyses:
        # a sentence's text: the store keeps it with its claims (its sentences only at ingest)
        sentences = {c.sent: c.text for c in an.claims}
        sentences.update({s.idx: s.text for s in an.sentences})
        for m in an.events:
            if m.type != ACCUSE:
                continue
            agents = {
                mention_entity[p.ref] for p in m.participants if p.role == "agent" and p.ref in mention_entity
            }
            accused = {
                mention_entity[p.ref]
                for p in m.participants
                if p.role == "patient" and p.ref in mention_entity
            }
            if len(agents) > 1:
                continue
            accuser = next(iter(agents)) if agents else None
            # whose charge it is, even where it is denied ("denied Trump's allegation")
            if accuser is not None:
                accusers_in.setdefault((m.doc, m.sent), set()).add(accuser)
            f = m.factuality
            if f.polarity is Polarity.NEG or f.time is EventTime.FUTURE:
                continue  # "did not accuse him", "will accuse": no accusation made
            accused = {e for e in accused - {accuser} if e in entities}
            # the sentence's text: "" when it holds no claim (read later, by search, if needed)
            sent = sentences.get(m.sent, "")
            if accuser is not None and accuser not in entities or not accused:
                continue
            if LINK.match(sent):
                continue  # a link to another story ("More:Trump says rush to condemn Saudi Arabia …")
            here = by_sentence.get((m.doc, m.sent), [])
            if any(c.stance in ("DENY", "DECLINE") for c in here) or ANSWERED.search(sent):
                continue  # "a storm of accusations that he denounced … as "fiction"": answered there
            said = next(
                (c for c in here if c.stance in ("ASSERT", "CONFIRM") and speakers.of(c) == accuser), None
            )
            if said is None:  # the accusation told as narration with no claim read: its sentence
                agent = next((p.ref for p in m.participants if p.role == "agent"), None)
                said = Claim(
                    id=m.id,
                    sent=m.sent,
                    stance="ASSERT",
                    text=sent,
                    start=m.start,
                    end=m.end,
                    speaker=agent,
                    speaker_text=entities[accuser].name if accuser else None,
                    event=m.id,
                    doc=m.doc,
                )
            # what is alleged: the words after the word of accusing in its sentence
            at = re.search(rf"\b{re.escape(m.trigger)}\b", sent)
            words = alleged_words(sent[at.end() :] if at else sent)
            out.append(_Accusation(m, accuser, frozenset(accused), said, words))
    return out, accusers_in


def alleged_words(text: str) -> frozenset[str]:
    """The stems of the first words in lower case of what follows the word of accusing or
    denying (no names: "Obama" is in the accusation and in its denial alike), less those that
    say nothing of what is alleged. Only the first: "blame Comey for her loss, citing his decision
    to announce the bureau was revisiting …" charges a loss, not the bureau Comey's "Those were
    lies" spoke of."""
    first = re.findall(r"\b[a-z][a-z-]+\b", text)[:ALLEGED_WORDS]
    return frozenset(w for w in first if word_stems(w) and not word_stems(w) & _NOT_ALLEGED)


def same_act(alleged: frozenset[str], denied: set[str]) -> bool:
    """Whether a denial's words tell the act an accusation alleges: two words of the same stem
    ("advance", "meeting"), or one word of the same root of seven letters or more ("wiretaps",
    "wiretapped"); not one short stem alone ("involvement", "involving": Trump's denial of
    collusion is none of Comey's accusation that he pressured him over a probe "involving" Flynn)."""
    stems = {w[:5] for w in alleged} & {w[:5] for w in denied}
    return len(stems) >= 2 or any(
        len(os.path.commonprefix([a, d])) >= SAME_ROOT for a in alleged for d in denied
    )
