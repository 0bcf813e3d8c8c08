"""Whom and what a denial covers: the denier's campaign or team, whom a spokesman speaks
for, the nationality a denial names, the dates it can concern."""

from __future__ import annotations

import re

from storyline.model import DateRange, Entity

# marks a person a sentence names among its nationality stems ("russi"): what a report of a
# campaign's contacts must name
NAMED = "@"

# kinds of event too wide to tell one from another by their people alone ("said", "asked"):
# the denial of one such event is no denial of every other between the same people
VAGUE = {"STATEMENT", "PROPOSE", "DENY", "CONFIRM", "ANNOUNCE", "AGREE", "DISASTER", "OTHER", "ACCUSE"}


# a denial of what a group did: "he or anyone on his team", "no one from his campaign",
# "Trump campaign representatives", "any of his associates"
# the subject's people named as such: "anyone on his team", "no one from his campaign"; a bare
# "no one" or "anyone" names no circle (in 10,000 articles it gathered one for whoever said it)
GROUP = re.compile(
    r"\b((none|any) of (his|her|their|the) (campaign|team|associates|aides|advisers)|"
    r"(his|her|their|the) (campaign|team|associates|aides|advisers)|"
    r"campaign (representatives|officials|aides|advisers|associates|members|team))\b",
    re.I,
)


# whose campaign, team or White House: "the Trump White House", "Trump campaign representatives"
_OWNED = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)? (?:campaign|team|White House|administration|transition)\b")


def owner_of(
    text: str, named: dict[str, str], entities: dict[str, Entity], lo: int = 0, hi: int | None = None
) -> str | None:
    """The candidate whose people a denial speaks of, named as the owner of a campaign, team or
    White House in the sentence (where the name starts between ``lo`` and ``hi``); None when
    there is none, or they are no candidate."""
    for m in _OWNED.finditer(text):
        if m.start() < lo or hi is not None and m.start() >= hi:
            continue
        who = named.get(m.group(1))
        e = entities.get(who) if who else None
        if e is not None and any(_CANDIDATE.search(r.role) for r in e.roles):
            return e.id
    return None


def team_of(subject: str, entities: dict[str, Entity]) -> set[str]:
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
        # one of the subject's people, and called no one else's ("campaign chairman" and
        # "Clinton’s campaign chairman" are Podesta, Clinton's)
        others = any(_campaign_of(r, own) is False for r in roles)
        if not others and any(_campaign_of(r, own) or own.search(r) and _ADVISER.search(r) for r in roles):
            out.add(e.id)
        elif own.search(e.name) and e.name.split()[-1] in (surname, "Jr", "Jr.") and e.name != me.name:
            out.add(e.id)  # "Donald Trump Jr."
    return out


# whose campaign a role names: "Hillary Clinton’s 2016 presidential campaign chairman"
_WHOSE_CAMPAIGN = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)? (?:\d{4} )?(?:presidential )?campaign\b")


_THEIR_CAMPAIGN = re.compile(r"\b(his|her|their)(?: \w+){0,2} campaign\b", re.I)
_NOT_WHOSE = {"the", "a", "an", "his", "her", "their", "its", "former", "senior", "top", "national", "deputy"}


def _campaign_of(role: str, own: re.Pattern[str]) -> bool | None:
    """Whether a campaign role is of the subject's campaign: "campaign chairman", "Trump
    campaign adviser" are (True); "Clinton’s campaign chairman" is another's (False: in 2,000
    articles Podesta's contacts were told against Trump's denial); None for a role that names
    no campaign, or whose only by a pronoun."""
    if not re.search(r"\bcampaign\b", role, re.I):
        return None
    if _THEIR_CAMPAIGN.search(role):
        return None  # "his campaign chairman": whose, the article says elsewhere
    whose = [m.group(1) for m in _WHOSE_CAMPAIGN.finditer(role) if m.group(1).lower() not in _NOT_WHOSE]
    return not whose or any(own.search(w) for w in whose)


# a candidate's own role ("President", "the Republican nominee"), not one that names someone
# else's ("President Donald Trump’s former campaign chairman", "the Republican candidate’s
# campaign manager", "a senior adviser to the president-elect": at 10,000 articles these made
# Manafort a candidate with a campaign of his own)
_CANDIDATE = re.compile(
    r"(?<!vice )(?<!to the )\b(candidate|nominee|president|president-elect)\b(?!['’]s\b|(?-i: [A-Z]))", re.I
)
_ADVISER = re.compile(
    r"\b(advis[eo]r|aide|associate|chairman|manager|lawyer|attorney|son|son-in-law)\b", re.I
)


def carries(people: set[str], stems: set[str], entities: dict[str, Entity]) -> bool:
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


def spoken_for(speaker: str | None, named: dict[str, str]) -> str | None:
    """The person a speaker speaks for ("Trump's lawyers": Trump), named in the sentence."""
    m = _FOR.search(speaker or "")
    return named.get(m.group(1) or m.group(2)) if m else None


def may_concern(denied: DateRange | None, reported: DateRange | None) -> bool:
    """Whether a denial dated ``denied`` may be about an event dated ``reported``. A date in a
    denial often is when it was said ("denied having met him, in an interview on April 10"), so
    only a denied date that ends before the reported one starts rules the event out ("did not
    meet him in March" says nothing of a July meeting)."""
    if denied is None or reported is None or denied.last_day is None or reported.first_day is None:
        return True
    return denied.last_day >= reported.first_day
