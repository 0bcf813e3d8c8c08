"""A party's denial of an attack against the claims that tell the party carried it out:
"Damascus has denied responsibility for the attack", "Syrian state media denied government
forces had launched any chemical attack" against "the government of Bashar al-Assad was
responsible for the attack" (Macron), "the chemical attack was … executed by Syrian regime
forces" (Tillerson); "Russia has denied the Syrian regime carried out the … attack" against the
same, the question being Syria's.

The words of such a story ("chemical", "attack") are in too many of its sentences to match a
denial by (``said``), and the attacks are clustered so widely that their events name no one
attack (``denials._wide``): the one said to act is what ties the two sides. A state is one party
under its several names (``states``: "Damascus", "the Assad regime", "Syrian forces"). Reports
are claims told within ``DAYS`` of the denial: an attack denied and one blamed weeks apart are
most often two attacks (the 2017 and 2018 attacks in Syria)."""

from __future__ import annotations

import re
from datetime import date

from storyline.model import Analysis, Claim, Mention
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.contradictions.words import DENIAL_WORD, DISMISSED, NEGATION, UNSURE

DAYS = 21  # how far apart a denial and a report of the same attack may be told
MAX_REPORTS = 5  # the nearest in time kept for one denial
# an attack named as a thing done, not the verb ("said it did not attack the airbase" names
# no attack its reports could blame)
_ATTACK = (
    r"(?:(?:the|any|a|an|this|that|last week[’']s|chemical|gas|poison|sarin|chlorine|nerve[- ]agent|"
    r"suicide|terror(?:ist)?|missile|deadly|toxic)[- ](?:weapons? )?(?:attacks?|strikes?|bombings?|massacre)"
    r"|chemical (?:weapons?|arms|agents?)|nerve agents?|sarin|chlorine)\b"
)
# the one said to have done it: "carried out", "was behind", "was responsible for", "used"
_DONE = (
    r"(?:carried out|carry out|launched|(?:was|were|is|are|been) (?:responsible for|behind)|used|"
    r"conducted|executed|perpetrated|committed|dropped|deployed|ordered)"
)
# between the one named and the act: its body ("the Syrian regime forces", "Assad's government")
# and auxiliaries or adverbs, no other word ("the Syrian airbase from which …" names no actor)
_BETWEEN = (
    r"(?:[’']s)?(?:\s+(?:government|regime|forces|military|army|authorities|officials|aircraft|warplanes|"
    r"troops|jets|has|have|had|reportedly|allegedly|again|also|then|previously|repeatedly|itself))*"
)
_BLAMED = re.compile(rf"^{_BETWEEN}\s+{_DONE}\b[^.;:!?]{{0,60}}?\b{_ATTACK}", re.I)
# the passive: "the chemical attack was planned and directed and executed by Syrian regime forces"
_BLAMED_BY = re.compile(
    rf"\b{_ATTACK}[^.;:!?]{{0,60}}?\b(?:carried out|executed|launched|conducted|perpetrated|committed|ordered|"
    r"directed) by (?:the )?$",
    re.I,
)
# a denial of one's own part, its clause naming no other actor: "responsibility for the
# attack", "ever using chemical weapons", "the chemical weapons allegations", "government
# forces had launched any chemical attack"; not "reports of the Douma attack" (Russia's: that
# the attack took place at all, whoever carried it out)
_OWN = re.compile(
    r"^(?:ever |any |its |their |the )?(?:responsibility|involvement|role|part|using|use of|launching|"
    r"carrying out|conducting|being behind)\b"
    r"|^(?:the |any |all )?(?:[\w-]+ ){0,3}(?:allegations?|accusations?|charges?|claims?)\b"
    r"|^(?:the |its |their )?(?:government |army |military |armed |regime )?(?:forces|troops)\b",
    re.I,
)
# a hedge before what is blamed: "if Assad used chemical weapons", "to prove the Assad regime
# was responsible", "believes Assad carried out", "it will prove", "“it looks like” Russia was
# behind the attack"
HEDGE = re.compile(
    r"\b(if|unless|whether|would|could|may|might|will|prove|believ\w*|possibl\w*|likely|suspect\w*|"
    r"alleg\w*|accus\w*|question\w*|threat\w*|warn\w*|looks? like|appear\w*|seem\w*|apparent\w*)\b|\?",
    re.I,
)


def find_blamed(
    analyses: list[Analysis], claims: list[Claim], speakers: Speakers, mention_entity: dict[str, str]
) -> dict[str, tuple[str, list[Claim]]]:
    """Denial id → the party it says did not carry out the attack, and the claims telling that
    party did."""
    published = {a.doc.id: day(a.doc.published) for a in analyses}
    mentions: dict[tuple[str, int], list[tuple[Analysis, Mention]]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.id in mention_entity:
                mentions.setdefault((a.doc.id, m.sent), []).append((a, m))
    # each claim's actors said to have carried out an attack, read once
    blamed: dict[str, set[str]] = {}
    for c in claims:
        if (
            c.stance == "DENY"
            or DENIAL_WORD.search(c.text)
            or DISMISSED.search(c.text)
            or UNSURE.search(c.text)
        ):
            continue
        for a, m in mentions.get((c.doc, c.sent), []):
            party = _actor(a, m, speakers, mention_entity)
            if party is None:
                continue
            at, after = m.start - c.start, c.text[m.end - c.start :]
            found = _BLAMED.match(after) or _BLAMED_BY.search(c.text[max(0, at - 140) : at])
            if found is None or NEGATION.search(found.group()) or HEDGE.search(c.text[max(0, at - 60) : at]):
                continue
            blamed.setdefault(party, set()).add(c.id)
    by_id = {c.id: c for c in claims}
    out: dict[str, tuple[str, list[Claim]]] = {}
    for d in claims:
        if d.stance != "DENY" or not DENIAL_WORD.search(d.text):
            continue
        accused = _accused(d, mentions.get((d.doc, d.sent), []), speakers, mention_entity)
        if accused is None or accused not in blamed:
            continue
        when = published.get(d.doc)
        told = [
            by_id[c_id]
            for c_id in blamed[accused]
            if (by_id[c_id].doc, by_id[c_id].sent) != (d.doc, d.sent)
            and near(when, published.get(by_id[c_id].doc))
        ]
        told = list({(c.doc, c.sent): c for c in told}.values())  # one per sentence
        told.sort(key=lambda c: (_apart(when, published.get(c.doc)), c.doc, c.sent))
        if told:
            out[d.id] = (accused, told[:MAX_REPORTS])
    return out


def _accused(
    d: Claim, mentions: list[tuple[Analysis, Mention]], speakers: Speakers, mention_entity: dict[str, str]
) -> str | None:
    """Whom a denial says did not carry out the attack: the actor its denied clause names, or
    the denier itself when the clause names no other ("denied responsibility for the attack")."""
    clause = d.denied or ""
    if not clause or not re.search(_ATTACK, clause, re.I):
        return None
    at = d.text.find(clause)
    if at < 0:
        return None
    for a, m in mentions:
        start = m.start - d.start
        if at <= start < at + len(clause):
            party = _actor(a, m, speakers, mention_entity)
            if party is not None and _BLAMED.match(d.text[m.end - d.start :]):
                return party
    if _OWN.match(clause):
        return speakers.of(d)
    return None


def _actor(a: Analysis, m: Mention, speakers: Speakers, mention_entity: dict[str, str]) -> str | None:
    """The party a mention names as one who acts: a state by its capital, government, regime or
    forces ("Damascus", "the Syrian government", "the Assad regime"), its leader ("Assad used
    chemical weapons", "Assad's government"), or anyone named."""
    entity = mention_entity[m.id]
    states = speakers.states
    if entity in states.seat or entity in states.states:
        return states.acting(a, m, entity) or (entity if entity in states.states else None)
    return states.leader.get(entity, entity)


def day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _apart(one: date | None, other: date | None) -> int:
    return abs((one - other).days) if one and other else DAYS + 1


def near(one: date | None, other: date | None) -> bool:
    """Told within ``DAYS`` of each other, or either undated (nothing says they are apart)."""
    return one is None or other is None or _apart(one, other) <= DAYS
