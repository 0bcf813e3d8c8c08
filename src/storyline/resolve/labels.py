"""One short readable line per event: 'Kushner and Flynn meet Kislyak at Trump Tower'."""

from __future__ import annotations

from storyline.model import CONTACT_TYPES

# Whoever takes part in these does them: "Flynn was forced to resign" → "Flynn resigns".
INTRANSITIVE = {"RESIGN", "PLEAD", "TESTIFY", "RECUSE", "DENY", "CONFIRM", "STATEMENT"}
INTRANSITIVE |= {"DIE", "APPEAL", "TRAVEL", "PROTEST", "VOTE", "MARRY", "DIVORCE"}
# type: (transitive verb, agent alone, patient alone, noun for "X with Y")
PHRASES = {
    "MEET": ("meet", "meet", "is met", "Meeting"),
    "CALL": ("call", "make calls", "is called", "Call"),
    "COMMUNICATE": ("talk with", "talk", "is contacted", "Talks"),
    "PROPOSE": ("make a proposal to", "make a proposal", "receives a proposal", "Proposal"),
    "STATEMENT": ("make a statement to", "make a statement", "is addressed", "Statement"),
    "DENY": ("deny", "deny", "is denied", "Denial"),
    "CONFIRM": ("confirm", "confirm", "is confirmed", "Confirmation"),
    "TESTIFY": ("testify before", "testify", "testifies", "Testimony"),
    "RESIGN": ("resign from", "resign", "resigns", "Resignation"),
    "FIRE": ("fire", "fire someone", "is fired", "Firing"),
    "RECUSE": ("recuse from", "recuse", "is recused", "Recusal"),
    "APPOINT": ("appoint", "appoint someone", "is appointed", "Appointment"),
    "PLEAD": ("plead guilty before", "plead guilty", "pleads guilty", "Plea"),
    "SENTENCE": ("sentence", "sentence someone", "is sentenced", "Sentencing"),
    "INVESTIGATE": ("investigate", "investigate", "is investigated", "Investigation"),
    "ELECTION": ("elect", "hold an election", "is elected", "Election"),
    "OTHER": ("act with", "act", "is involved", "Event"),
}
# ACE 2005 and the acts of any kind of news
PHRASES |= {
    "ANNOUNCE": ("make an announcement to", "make an announcement", "is announced", "Announcement"),
    "ELECT": ("elect", "hold an election", "is elected", "Election"),
    "NOMINATE": ("nominate", "nominate someone", "is nominated", "Nomination"),
    "ARREST": ("arrest", "make an arrest", "is arrested", "Arrest"),
    "CHARGE": ("charge", "bring charges", "is charged", "Charges"),
    "SUE": ("sue", "file a lawsuit", "is sued", "Lawsuit"),
    "TRIAL": ("try", "hold a trial", "goes on trial", "Trial"),
    "CONVICT": ("convict", "convict someone", "is convicted", "Conviction"),
    "ACQUIT": ("acquit", "acquit someone", "is acquitted", "Acquittal"),
    "RELEASE": ("release", "release someone", "is released", "Release"),
    "PARDON": ("pardon", "pardon someone", "is pardoned", "Pardon"),
    "FINE": ("fine", "impose a fine", "is fined", "Fine"),
    "EXTRADITE": ("extradite", "extradite someone", "is extradited", "Extradition"),
    "EXECUTE": ("execute", "execute someone", "is executed", "Execution"),
    "APPEAL": ("appeal against", "appeal", "appeals", "Appeal"),
    "DIE": ("kill", "kill", "dies", "Death"),
    "INJURE": ("injure", "injure", "is injured", "Injury"),
    "BIRTH": ("give birth to", "give birth", "is born", "Birth"),
    "MARRY": ("marry", "marry", "marries", "Wedding"),
    "DIVORCE": ("divorce", "divorce", "divorces", "Divorce"),
    "ATTACK": ("attack", "attack", "is attacked", "Attack"),
    "PROTEST": ("protest against", "protest", "is protested", "Protest"),
    "CEASEFIRE": ("agree a ceasefire with", "agree a ceasefire", "agrees a ceasefire", "Ceasefire"),
    "TRAVEL": ("travel to", "travel", "travels", "Trip"),
    "EVACUATE": ("evacuate", "evacuate", "is evacuated", "Evacuation"),
    "TRANSFER_MONEY": ("pay", "pay", "is paid", "Payment"),
    "TRANSFER_OWNERSHIP": ("sell to", "sell", "is sold", "Sale"),
    "SANCTION": ("sanction", "impose sanctions", "is sanctioned", "Sanctions"),
    "AGREE": ("reach a deal with", "reach a deal", "agrees a deal", "Agreement"),
    "START_ORG": ("found", "found an organisation", "is founded", "Founding"),
    "MERGE_ORG": ("merge with", "merge", "merges", "Merger"),
    "BANKRUPTCY": ("go bankrupt with", "go bankrupt", "goes bankrupt", "Bankruptcy"),
    "END_ORG": ("dissolve", "dissolve", "is dissolved", "Dissolution"),
    "VOTE": ("vote on", "vote", "votes", "Vote"),
    "DISASTER": ("be hit with", "suffer a disaster", "is hit", "Disaster"),
}


def short(name: str, type_: str) -> str:
    return name.split()[-1] if type_ == "PERSON" and len(name.split()) > 1 else name


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _third_person(verb: str) -> str:
    """'meet' → 'meets', 'make a proposal' → 'makes a proposal', 'talk with' → 'talks with'."""
    head, _, rest = verb.partition(" ")
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head = head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s")
    return f"{head} {rest}".strip()


def label(
    type_: str,
    agents: list[str],
    others: list[str],
    place: str | None,
    place_type: str | None = None,
    office: str | None = None,
) -> str:
    """ "Flynn resigns as national security adviser", "Trump fires FBI director Comey",
    "Flynn talks with the Russian ambassador", "Sessions meets Kislyak at Trump Tower"."""
    agents = list(dict.fromkeys(agents))[:3]
    others = [o for o in dict.fromkeys(others) if o not in agents][:3]
    if not agents and type_ in INTRANSITIVE:
        agents, others = others[:1], others[1:]
    transitive, alone, passive, noun = PHRASES.get(type_, PHRASES["OTHER"])
    if agents and others:
        text = (
            f"{_join(agents)} {transitive if len(agents) > 1 else _third_person(transitive)} {_join(others)}"
        )
    elif agents:
        text = f"{_join(agents)} {alone if len(agents) > 1 else _third_person(alone)}"
    elif len(others) == 1 and type_ not in CONTACT_TYPES:
        text = f"{others[0]} {passive}"
    elif others:
        text = f"{noun} with {_join(others)}" if len(others) == 1 else f"{_join(others)} {alone}"
    else:
        text = noun
    if office and type_ == "RESIGN" and agents and not others:
        text += f" as {office}"
    # "in Moscow", "at Trump Tower": a town or a country is a place one is in
    return text + (f" {'in' if place_type in ('GPE', 'LOC') else 'at'} {place}" if place else "")
