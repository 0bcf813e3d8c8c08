"""One short readable line per event: 'Kushner and Flynn meet Kislyak at Trump Tower'."""
from __future__ import annotations

VERBS = {"MEET": ("meet", "meets", "Meeting"), "CALL": ("call", "calls", "Call"),
         "COMMUNICATE": ("talk with", "talks with", "Talks"), "PROPOSE": ("propose to", "proposes to", "Proposal"),
         "STATEMENT": ("make a statement to", "makes a statement to", "Statement"),
         "DENY": ("deny", "denies", "Denial"), "CONFIRM": ("confirm", "confirms", "Confirmation"),
         "TESTIFY": ("testify before", "testifies before", "Testimony"),
         "RESIGN": ("resign from", "resigns from", "Resignation"), "FIRE": ("fire", "fires", "Firing"),
         "RECUSE": ("recuse from", "recuses from", "Recusal"), "APPOINT": ("appoint", "appoints", "Appointment"),
         "PLEAD": ("plead to", "pleads to", "Plea"), "SENTENCE": ("sentence", "sentences", "Sentencing"),
         "INVESTIGATE": ("investigate", "investigates", "Investigation"),
         "ELECTION": ("hold an election with", "holds an election with", "Election"),
         "OTHER": ("act with", "acts with", "Event")}
INTRANSITIVE = {"RESIGN": "resigns", "PLEAD": "pleads guilty", "RECUSE": "recuses", "TESTIFY": "testifies",
                "MEET": "meet", "COMMUNICATE": "talk", "CALL": "talk by phone"}
PASSIVE = {"FIRE": "is fired", "APPOINT": "is appointed", "SENTENCE": "is sentenced",
           "INVESTIGATE": "is investigated"}


def short(name: str, type_: str) -> str:
    return name.split()[-1] if type_ == "PERSON" and len(name.split()) > 1 else name


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def label(type_: str, agents: list[str], others: list[str], place: str | None) -> str:
    agents = list(dict.fromkeys(agents))[:3]
    others = [o for o in dict.fromkeys(others) if o not in agents][:3]
    verb_pl, verb_sg, noun = VERBS.get(type_, VERBS["OTHER"])
    if agents and others:
        text = f"{_join(agents)} {verb_pl if len(agents) > 1 else verb_sg} {_join(others)}"
    elif agents or others:
        who = agents or others
        if not agents and type_ in PASSIVE and len(who) == 1:
            text = f"{who[0]} {PASSIVE[type_]}"
        elif type_ in INTRANSITIVE and (len(who) > 1 or type_ not in CONTACT_TYPES):
            verb = INTRANSITIVE[type_]
            text = f"{_join(who)} {verb if len(who) > 1 or type_ not in CONTACT_TYPES else verb + 's'}"
        else:
            text = f"{noun} involving {_join(who)}"
    else:
        text = noun
    return text + (f" at {place}" if place else "")


CONTACT_TYPES = {"MEET", "COMMUNICATE", "CALL"}
