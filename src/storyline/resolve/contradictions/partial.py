"""A denial that one's views swayed one's work against the claims that one was biased: Strzok
"insisted vehemently and repeatedly that his personal political views had absolutely no impact on
his conduct at the FBI", "He claimed his personal opinions did not affect his work" against
"Republicans charged that Strzok's texts were evidence that he was biased". The denial never
says "bias", the reports never say "views" or "work": the question is the person's bias, told of
them by name. An official, a judge or a reporter accused of bias says so in these words."""

from __future__ import annotations

import re

from storyline.model import Analysis, Claim, Entity
from storyline.resolve.contradictions.speakers import Speakers, surname
from storyline.resolve.contradictions.words import DENIAL_WORD, UNSURE

MAX_REPORTS = 5
# what is denied: one's views, opinions or beliefs affecting one's work or conduct
_VIEWS_DENIED = re.compile(
    r"\b(?:views?|opinions?|beliefs?|politics|feelings)\b[^.;]{0,40}?\b(?:affect\w*|influenc\w*|impact\w*|"
    r"colou?r\w*|sway\w*|bias\w*)\b[^.;]{0,40}?\b(?:work|conduct|actions?|decisions?|judg(?:e?ment)s?|investigations?)\b",
    re.I,
)
_BIAS = re.compile(r"\b(?:bias|biased|animus|prejudiced?)\b", re.I)
# the bias told as absent or only asked about: "no evidence of bias", "not indicative of bias"
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|never|without|nor|whether|if|free (?:from|of)|potential|possible|perceived|appearance)\b|n[’']t",
    re.I,
)
NEAR = 50  # characters between the person's name and the bias told of them


def find_partial(
    analyses: list[Analysis],
    claims: list[Claim],
    speakers: Speakers,
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
) -> dict[str, tuple[str, list[Claim]]]:
    """Denial id → the person it is about, and the claims telling that person was biased."""
    named: dict[tuple[str, int], set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.type in ("PERSON", "ORG") and m.id in mention_entity:  # "Strzok’s" is read as ORG at times
                named.setdefault((a.doc.id, m.sent), set()).add(mention_entity[m.id])
    denials = {}
    for d in claims:
        if d.stance != "DENY" or not _VIEWS_DENIED.search(d.denied or ""):
            continue
        who = speakers.of(d)
        if who is not None and who in entities and entities[who].type == "PERSON":
            denials[d.id] = (d, who)  # not the dateline's place read as the speaker
    if not denials:
        return {}
    people = {who for _, who in denials.values()}
    biased: dict[str, list[Claim]] = {}
    for c in claims:
        if (
            c.stance == "DENY"
            or DENIAL_WORD.search(c.text)
            or UNSURE.search(c.text)
            or _VIEWS_DENIED.search(c.text)
        ):
            continue  # a denial, a doubt, or the denial told again ("claimed that his views …")
        for who in named.get((c.doc, c.sent), set()) & people:
            if _told_biased(c.text, surname(entities[who].name)):
                biased.setdefault(who, []).append(c)
    out = {}
    for d_id, (d, who) in denials.items():
        reports = [c for c in biased.get(who, []) if (c.doc, c.sent) != (d.doc, d.sent)]
        reports = list({(c.doc, c.sent): c for c in reports}.values())[:MAX_REPORTS]
        if reports:
            out[d_id] = (who, reports)
    return out


def _told_biased(text: str, name: str) -> bool:
    """The bias told of the one named just before it ("tainted by Strzok's bias", "Strzok's texts
    were evidence that he was biased"), nowhere in the sentence said to be absent, only possible
    or asked about ("concerned about Strzok's potential bias …, he couldn't actually find evidence
    of bias"), nor a bias against them ("an "extreme bias" against President Trump")."""
    found = False
    for bias in _BIAS.finditer(text):
        before = text[max(0, bias.start() - NEAR) : bias.start()]
        if _NOT_BEFORE.search(before[-40:]):
            return False
        found = found or bool(re.search(rf"\b{re.escape(name)}\b", before))
    return found
