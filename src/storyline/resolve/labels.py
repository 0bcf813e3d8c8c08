"""One short readable line per event: 'Kushner and Flynn meet Kislyak at Trump Tower'."""

from __future__ import annotations

from storyline.model import CONTACT_TYPES

# Whoever takes part in these does them: "Flynn was forced to resign" → "Flynn resigns".
INTRANSITIVE = {"RESIGN", "PLEAD", "TESTIFY", "RECUSE", "DENY", "CONFIRM", "STATEMENT"}
INTRANSITIVE |= {"DIE", "APPEAL", "TRAVEL", "PROTEST", "MARRY", "DIVORCE"}
# type: (transitive verb, agent alone, patient alone, noun for "X with Y")
PHRASES = {
    "MEET": ("meet", "hold a meeting", "is met", "Meeting"),
    "CALL": ("call", "make calls", "is called", "Call"),
    "COMMUNICATE": ("talk with", "hold talks", "is contacted", "Talks"),
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
    # the winner is the agent, the loser the patient (extract/elections.py)
    "ELECT": ("defeat", "win", "loses", "Election result"),
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
    "DIE": ("kill", "die", "dies", "Death"),  # the one participant of a death is who died
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
    # what is voted on is its patient (extract/legislation.py): "the Senate votes on Gorsuch"
    "VOTE": ("vote on", "vote", "is voted on", "Vote"),
    # a VOTE whose measure was pulled before it (resolve/__init__._event): no one voted
    "PULL": ("pull", "pull the bill", "is pulled", "Vote called off"),
    "WITHDRAW": ("withdraw from", "withdraw", "is left", "Withdrawal"),
    "REQUEST": ("ask", "make a request", "is asked", "Request"),  # extract/requests.py
    "DISASTER": ("be hit with", "suffer a disaster", "is hit", "Disaster"),
    # extract/acts.py: "North Korea launches a missile", "Trump shares information with Lavrov
    # and Kislyak", "Trump signs an executive order", "Trump bans ..."
    "LAUNCH": ("launch a missile at", "launch a missile", "is targeted", "Missile launch"),
    "DISCLOSE": ("share information with", "disclose information", "is exposed", "Disclosure"),
    "ENACT": ("sign an executive order on", "sign an executive order", "is ordered", "Executive order"),
    "BAN": ("ban", "impose a ban", "is banned", "Ban"),
    "RULE": ("rule on", "rule", "is ruled on", "Ruling"),
    "DIAGNOSE": ("diagnose", "make a diagnosis", "is diagnosed", "Diagnosis"),
}
# the accuser is the agent, the accused the patient (extract/accusations.py): "Trump accuses Obama"
PHRASES |= {"ACCUSE": ("accuse", "make an accusation", "is accused", "Accusation")}
# extract/misconduct.py: who meddles (agent) in whose affairs (patient); who colludes with whom
PHRASES |= {
    "INTERFERE": ("interfere in", "interfere", "is interfered with", "Interference"),
    "COLLUDE": ("collude with", "collude", "is colluded with", "Collusion"),
    "MISCONDUCT": ("wrong", "do wrong", "is wronged", "Misconduct"),
}


# Places are where an event happens, not who does it ("Ohio meets", "Moscow suffers a disaster"),
# except a country acting as a state in these
STATE_ACTS = {"ATTACK", "SANCTION", "AGREE", "CEASEFIRE", "EXTRADITE", "EXPEL", "TRANSFER_MONEY", "WITHDRAW"}
STATE_ACTS |= {"INTERFERE", "COLLUDE"}
STATE_ACTS |= {
    "LAUNCH",
    "BAN",
    "ENACT",
    "DISCLOSE",
}  # "North Korea launches a missile"  # "Moscow interfered": Russia meddling, not an interference in Moscow
PLACE_TYPES = ("GPE", "LOC", "FAC")
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


# Acts of saying, whose label names what was said when the claims of their sentences tell it:
# "Marek denies meeting with Volkov", not "Marek denies" (resolve/said.py)
SAYING = {"DENY": "deny", "CONFIRM": "confirm", "ANNOUNCE": "announce", "STATEMENT": "comment on"}
# What it is said about, by the noun of PHRASES and the word before whom it befalls: "firing
# of Comey", "charges against Manafort", "withdrawal from Paris". Acts not listed here read
# badly or wrongly as a noun with a party ("proposal of Medicaid", "disaster of NYT") and are
# left out.
LINKS = {"MEET": "with", "CALL": "with", "COMMUNICATE": "with", "COLLUDE": "with", "INTERFERE": "in"}
LINKS |= {"FIRE": "of", "APPOINT": "of", "NOMINATE": "of", "ARREST": "of", "INVESTIGATE": "of"}
LINKS |= {"CHARGE": "against", "ATTACK": "on", "SANCTION": "on", "WITHDRAW": "from"}
# acts told by who does them, with the doer's name: "Flynn's resignation" (a person's only)
BY_DOER = {"RESIGN", "RECUSE", "TESTIFY", "PLEAD"}
# acts that befall people: "nomination of Supreme Court" is a court's seat misread as a nominee
TO_PEOPLE = {"FIRE", "APPOINT", "NOMINATE", "ARREST", "CHARGE"}
# what one denies without a party named: "Volkov denies misconduct"
UNCOUNTED = {"MISCONDUCT", "COLLUDE", "INTERFERE"}
SAID_PARTIES = 3  # a label stays short: "meeting between Halloran, Marek and Volkov" at most


def said_content(
    type_: str, doers: list[str], undergoers: list[str], with_speaker: bool = True
) -> str | None:
    """What an act of saying is about, as a noun phrase from the act it asserts or denies and
    its parties other than the speaker: "meeting with Volkov", "firing of Halloran", "Flynn's
    resignation", "misconduct"; None when it would name no one (never "the resignation"), or
    would not say who did what: "Volkov's meeting", of a contact the speaker had no part in.
    ``with_speaker``: the speaker took part in it ("Marek denies meeting with Volkov")."""
    if type_ not in LINKS and type_ not in BY_DOER and type_ not in UNCOUNTED:
        return None
    doers = [d for d in dict.fromkeys(doers) if _named(d)][:SAID_PARTIES]
    undergoers = [u for u in dict.fromkeys(undergoers) if u not in doers and _named(u)][:SAID_PARTIES]
    noun = PHRASES[type_][3].lower()
    if type_ in CONTACT_TYPES or type_ == "COLLUDE":
        parties = (doers + undergoers)[:SAID_PARTIES]
        if with_speaker and parties:
            return f"{noun} with {_join(parties)}"
        if len(parties) > 1:
            return f"{noun} between {_join(parties)}"
    elif type_ in LINKS and undergoers:
        return f"{noun} {LINKS[type_]} {_join(undergoers)}"
    elif type_ in BY_DOER and len(doers) == 1:
        return f"{doers[0]}'s {noun}"
    return noun if type_ in UNCOUNTED and not doers and not undergoers else None


# Two parties of a contact that no report says who started: "Volkov and Halloran meet"
RECIPROCAL = {"MEET": "meet", "CALL": "speak by phone", "COMMUNICATE": "talk"}


def short(name: str, type_: str) -> str:
    """ "Flynn" for Michael Flynn, "Trump Jr." for Donald Trump Jr.; other names whole, without
    the stray punctuation a scraped name may start with ("& DNC")."""
    name = name.strip("&-–—,;: ")
    words = name.split()
    if type_ != "PERSON" or len(words) < 2:
        return name
    if words[-1].lower() in SUFFIXES and len(words) > 2:
        return f"{words[-2]} {words[-1]}"
    return words[-1]


def label_roles(
    etype: str, roles: dict[str, str], types: dict[str, str], place: str | None
) -> tuple[dict[str, str], str | None]:
    """(roles of the label's parties, the place): a place named as a party ("met in Ohio" read
    as a participant) becomes the event's place when it has none, and is left out otherwise."""
    places = [
        e
        for e, r in roles.items()
        if types[e] in PLACE_TYPES and not (types[e] == "GPE" and etype in STATE_ACTS)
    ]
    if places and place is None:
        place = places[0]
    return {e: r for e, r in roles.items() if e not in places}, place


def _named(party: str) -> bool:
    """A name starts with a capital or a digit ("pro-EU", "van" are words the NER misread),
    after the office written before it ("director Comey"); a title no one holds is written as
    such ("the Russian ambassador")."""
    last = party.split()[-1] if party.split() else ""
    return last[:1].isupper() or last[:1].isdigit() or party.startswith("the ")


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
    said: str | None = None,
) -> str:
    """ "Flynn resigns as national security adviser", "Trump fires FBI director Comey",
    "Flynn talks with the Russian ambassador", "Sessions meets Kislyak at Trump Tower";
    ``said``: what an act of saying is about ("Marek denies meeting with Volkov")."""
    agents = [a for a in dict.fromkeys(agents) if _named(a)][:3]
    others = [o for o in dict.fromkeys(others) if o not in agents and _named(o)][:3]
    if place in agents or place in others:
        place = None  # "the Senate votes on Obamacare", not "... at the Senate" as well
    if not agents and type_ in INTRANSITIVE:
        agents, others = others[:1], others[1:]
    transitive, alone, passive, noun = PHRASES.get(type_, PHRASES["OTHER"])
    if said and agents and not others and type_ in SAYING:
        verb = SAYING[type_]
        text = f"{_join(agents)} {verb if len(agents) > 1 else _third_person(verb)} {said}"
    elif agents and others:
        text = (
            f"{_join(agents)} {transitive if len(agents) > 1 else _third_person(transitive)} {_join(others)}"
        )
    elif agents:
        text = f"{_join(agents)} {alone if len(agents) > 1 else _third_person(alone)}"
    elif len(others) == 1 and type_ not in CONTACT_TYPES:
        text = f"{others[0]} {passive}"
    elif others:
        # "Giuliani holds talks", not "Talks with Giuliani": a timeline line has a subject
        text = f"{_join(others)} {RECIPROCAL.get(type_, alone) if len(others) > 1 else _third_person(alone)}"
    else:
        text = noun
    if office and type_ == "RESIGN" and agents and not others:
        text += f" as {office}"
    # "in Moscow", "at Trump Tower": a town or a country is a place one is in
    return text + (f" {'in' if place_type in ('GPE', 'LOC') else 'at'} {place}" if place else "")
