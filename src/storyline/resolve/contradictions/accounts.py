"""One disagreement from the denials grouped on one question: its positions (the denials, the
reports), and whether the denier later told it themself (a changed account)."""

from __future__ import annotations

import re
from collections import Counter

from storyline.model import CONTACT_TYPES, Claim, Contradiction, Event, EventMention, Report
from storyline.resolve.contradictions.evidence import (
    ADMITTED,
    Reader,
    asserts,
    dedupe_reports,
    entity_of,
    only_supposed,
    position,
)
from storyline.resolve.contradictions.words import CARRIED, OPINION, is_qualified, on_topic

# a denial matched to what it stands against: the denial, the events it denies by id, whose
# event it is (None when only words tie it to other claims) and the others it names
Match = tuple[Claim, dict[str, Event], str | None, set[str]]


# the claims told about each event mention, the sentences that deny or decline, the claims of
# each article: read once for all the groups (once per group was minutes at 10,000 articles)
ClaimIndex = tuple[dict[str, list[Claim]], set[tuple[str, int]], dict[str, list[Claim]]]


def claim_index(claims: list[Claim]) -> ClaimIndex:
    about: dict[str, list[Claim]] = {}
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if c.event and c.stance in ("ASSERT", "CONFIRM"):
            about.setdefault(c.event, []).append(c)
        by_doc.setdefault(c.doc, []).append(c)
    # a sentence that itself denies or declines ("not an accurate portrayal of the conversation")
    # tells nothing as fact
    gainsaid = {(c.doc, c.sent) for c in claims if c.stance in ("DENY", "DECLINE")}
    return about, gainsaid, by_doc


def denial_group(
    items: list[Match],
    mentions: dict[str, EventMention],
    mention_entity: dict[str, str],
    index: ClaimIndex,
    reader: Reader,
    said_against: dict[str, list[Claim]],
    by_stem: dict[str, set[str]],
    stems_of: dict[tuple[str, int], set[str]],
    by_team: set[str],
    supposed: frozenset[str] | set[str] = frozenset(),
) -> Contradiction | None:
    evs = {ev.id: ev for _, found, *_ in items for ev in found.values()}
    denial_ids = {d.id for d, *_ in items}
    deniers = {mention_entity.get(d.speaker) for d, *_ in items if d.speaker}
    participants = {p.ref for ev in evs.values() for p in ev.participants}
    subject = items[0][2]
    team = any(d.id in by_team for d, *_ in items)  # "he or anyone on his team": their contacts too
    about_claims, gainsaid, by_doc = index
    # a report counts when it names the people the denial is about: an event the resolver
    # clustered too widely must not bring in reports of other people
    named = {subject} | {c for *_, cs in items for c in cs}
    reports: list[Report] = []
    for ev in evs.values():
        for m_id in ev.members:
            m = mentions.get(m_id)
            if not asserts(m) or m_id in supposed:
                continue  # "has privately mused about firing Rosenstein": no firing told
            told_of = {mention_entity.get(p.ref) for p in m.participants}
            if not told_of & named:
                continue
            if subject in participants and subject not in told_of and len(named) > 1 and not team:
                continue  # "Whitaker spoke for a group" says nothing of Trump speaking with him
            if ev.id in by_stem and not by_stem[ev.id] & stems_of.get((m.doc, m.sent), set()):
                continue  # "Sessions met Trump": no Russian named
            told = [c for c in about_claims.get(m_id, []) if c.id not in denial_ids]
            if any(_instead(c.text, m.trigger) for c in told):
                continue  # "wrote in a Republican rather than vote for Moore": no vote told
            if not told and (m.doc, m.sent) in gainsaid:
                continue
            if told:
                reports += [reader.claim(c, participants) for c in told]
            elif not any(d.doc == m.doc and d.sent == m.sent for d, *_ in items):
                reports.append(reader.mention(m, participants))
    reports += [
        reader.claim(c, participants)
        for d, *_ in items
        for c in said_against.get(d.id, [])
        if not _supposed_claim(c, mentions)
    ]
    reports = dedupe_reports(reports)
    denials = dedupe_reports([reader.claim(d, participants) for d, *_ in items])
    # the denier's own name for what is denied ("has called the Mueller investigation a “witch
    # hunt”") told again is the denier's view once more, not a report of what is denied
    views = {v.lower() for d in denials for v in OPINION.findall(d.text)}
    reports = [r for r in reports if not {v.lower() for v in OPINION.findall(r.text)} & views]
    # a denial by someone we know by name leads ("Marek said" before "She said")
    denials.sort(key=lambda r: r.speaker not in reader.entities)
    if not reports:
        return None
    d_keys = {(r.doc, r.sent) for r in denials}
    # a report a denial tells in its own sentence ("refuted a CNN report that …") stays
    carried = {c.id for d, *_ in items if CARRIED.match(d.denied or "") for c in said_against.get(d.id, [])}
    reports = [r for r in reports if (r.doc, r.sent) not in d_keys or r.claim in carried]
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
        and ADMITTED.search(r.text)
        and any(re.search(rf"\b{re.escape(n)}\b", r.text) for n in surnames)
    ]
    later = _later_accounts(items, by_doc, mention_entity, deniers | {subject}, reader, participants)
    later_keys = {(r.doc, r.sent) for r in later}
    reports = [r for r in reports if (r.doc, r.sent) not in later_keys]
    if not reports:
        return None
    kind = "CHANGED_ACCOUNT" if own or later else "DENIAL"
    qualified = all(
        is_qualified(d.text, entity_of(reader.entities, mention_entity.get(d.speaker) if d.speaker else None))
        for d, *_ in items
    )
    if qualified and not on_topic([d for d, *_ in items], reports):
        # "is not discussing the firing of the special counsel", "never discussed any of this
        # with Trump": what was talked about is denied, not talking, and no report tells it
        return None
    last_denial = max((r.published for r in denials if r.published), default=None)
    first_denial = min((r.published for r in denials if r.published), default=None)
    who = reader.name(subject) or "a source"
    # those the reports tell of most come first in the question ("Sergey Kislyak", not an
    # alphabetical "Abdel Fattah el-Sisi" met once among hundreds of reports)
    weight: Counter[str] = Counter()
    for ev in evs.values():
        for p in ev.participants:
            weight[p.ref] += len(ev.members)
    by_reports = sorted(weight, key=lambda e: (-weight[e], reader.name(e) or ""))
    others = [n for e in by_reports if e != subject if (n := reader.name(e)) is not None]
    question = f"did {who} have contact with {', '.join(others[:3]) or 'those the denial names'}?"
    if team:  # those met, not the campaign's own people
        people = {c for *_, cs in items for c in cs}
        met = [n for e in by_reports if e not in people | {subject} if (n := reader.name(e))]
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
    # the one who denies, when one named person does: "Trump denies it" of a denial about Flynn
    named_deniers = sorted({n for e in deniers if e and (n := reader.name(e))})
    if len(named_deniers) == 1:
        who = named_deniers[0]
    reason = (
        f"{who} {'denied it, then told it' if own else 'denied it, then explained the denial' if later else 'denies it'}"
        f"{' (a qualified denial)' if qualified else ''}; {len(reports)} report(s) in {outlets} outlet(s) "
        f"tell it as fact{': ' if evs else ''}{'; '.join(ev.label for ev in list(evs.values())[:3])}"
    )
    positions = [
        position("denies", denials),
        position("reports", reports, first_denial if own else last_denial),
    ]
    if later:  # the denier's own later account of the denial, beside the reports it meets
        positions.append(position("later account", later))
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


# the denier later explaining the denial away: "The lawmaker later said he misunderstood the
# scope of the question", "honest and correct as I understood it", "a position he later walked
# back", "intended to clarify the views I expressed"
_WALKED_BACK = re.compile(
    r"\b(misunderst\w*|misspo(ke|ken)|clarifi(ed|cation)|(sought|intended|meant|tried|wanted) to clarify|walk(ed|s|ing)? (it |that |this )?back|recant\w*|"
    r"retract(ed|ion)|amend(ed|s)? (his|her|their) (testimony|answers?|statement)|as I understood)\b",
    re.I,
)
# a speaker told by a description, not a name ("The lawmaker", "he", "the attorney general"):
# a few sentences on, the article's own subject, the denier
_DESCRIBED = re.compile(
    r"^\W*(?:(?i:the|a|an|this|that) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,2}|(?i:he|she))\W*$"
)
_PLURAL = re.compile(r"(?<!s)s\W*$|\b(they|those|these|people)\b", re.I)


def _later_accounts(
    items: list[Match],
    by_doc: dict[str, list[Claim]],
    mention_entity: dict[str, str],
    deniers: set[str | None],
    reader: Reader,
    participants: set[str],
) -> list[Report]:
    """Claims a few sentences after a denial, in its article, in which the denier explains it
    away (a changed account, not a report of what was denied): said by the denier, or by a
    speaker the article describes rather than names."""
    spans = {(d.doc, d.sent) for d, *_ in items}
    docs = {doc for doc, _ in spans}
    out = []
    for c in (c for doc in sorted(docs) for c in by_doc.get(doc, [])):
        if c.stance not in ("ASSERT", "CONFIRM") or not _WALKED_BACK.search(c.text):
            continue
        if not any(doc == c.doc and sent < c.sent <= sent + 3 for doc, sent in spans):
            continue
        who = mention_entity.get(c.speaker) if c.speaker else None
        if who is not None and who not in deniers:
            continue
        # one person described ("the lawmaker"), not several ("those officials"), nor the outlet
        said_by = c.speaker_text or ""
        if who is None and (not _DESCRIBED.match(said_by) or _PLURAL.search(said_by)):
            continue
        out.append(reader.claim(c, participants))
    return dedupe_reports(out)


def _instead(text: str, trigger: str) -> bool:
    """The event's word told as what was not done: "rather than vote", "instead of voting"."""
    return bool(re.search(rf"\b(rather than|instead of)\s+{re.escape(trigger)}\b", text, re.I))


def _supposed_claim(c: Claim, mentions: dict[str, EventMention]) -> bool:
    """A claim that names what it tells only as supposed ("rogue killers could be behind the
    disappearance", "Mueller's investigation of possible collusion"): no fact against a denial.
    Not an accusation told ("Ford went public with her allegations … about possible sexual
    misconduct"): the allegation is the report."""
    m = mentions.get(c.event) if c.event else None
    return m is not None and only_supposed(c.text, m.trigger) and not _ALLEGED.search(c.text)


_ALLEGED = re.compile(r"\b(alleg\w*|accus\w*)\b", re.I)
