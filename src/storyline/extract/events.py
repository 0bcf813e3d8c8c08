"""Event mentions: a trigger word, its participants from the dependency parse, date and place."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from storyline.extract import (
    accusations,
    courts,
    documents,
    elections,
    factuality,
    legislation,
    lexicon,
    misconduct,
    requests,
)
from storyline.extract.acts import capability

# Which clause a date or place belongs to, and the tense it is read with: the date side's module.
from storyline.extract.anchoring import REPORTING, TEMPORAL_MARKS, closest, in_temporal_clause  # noqa: F401
from storyline.extract.context import SentenceContext
from storyline.extract.entities import ROLE_NOUNS
from storyline.extract.event_senses import (
    AGREEMENTS,
    AMBIGUOUS_NOUNS,
    AMBIGUOUS_VERBS,
    is_passive,
    left_from,
    named_as,
    names_a_crime,
    object_lemma,
    theme_is_person,
)
from storyline.extract.nlp import lemma
from storyline.model import PLACE_TYPES, Certainty, DateRange, EventMention, Participant, Polarity

# lemma -> event type, for verbs and for nouns (a lemma may be both).
VERB_TRIGGERS = {
    "meet": "MEET",
    "attend": "MEET",
    "gather": "MEET",
    "visit": "MEET",
    "host": "MEET",
    "phone": "CALL",
    "telephone": "CALL",
    "talk": "COMMUNICATE",
    "speak": "COMMUNICATE",
    "discuss": "COMMUNICATE",
    "email": "COMMUNICATE",
    "communicate": "COMMUNICATE",
    "text": "COMMUNICATE",
    "message": "COMMUNICATE",
    "contact": "COMMUNICATE",
    "negotiate": "COMMUNICATE",
    "inform": "COMMUNICATE",
    "propose": "PROPOSE",
    "suggest": "PROPOSE",
    "offer": "PROPOSE",
    "urge": "PROPOSE",
    "announce": "ANNOUNCE",
    "unveil": "ANNOUNCE",
    "declare": "STATEMENT",
    "deny": "DENY",
    "confirm": "CONFIRM",
    "acknowledge": "CONFIRM",
    "admit": "CONFIRM",
    "testify": "TESTIFY",
    "resign": "RESIGN",
    "quit": "RESIGN",
    "fire": "FIRE",
    "dismiss": "FIRE",
    "oust": "FIRE",
    "sack": "FIRE",
    "recuse": "RECUSE",
    "appoint": "APPOINT",
    "nominate": "NOMINATE",
    "hire": "APPOINT",
    "plead": "PLEAD",
    "sentence": "SENTENCE",
    "investigate": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "subpoena": "INVESTIGATE",
    "indict": "CHARGE",
    "charge": "CHARGE",  # "charged a fee" → see trigger_type
    "prosecute": "CHARGE",
    # ACE 2005 and the acts of any kind of news; synonyms curated by hand (no WordNet data
    # ships on PyPI without a runtime download)
    "arrest": "ARREST",
    "detain": "ARREST",
    "apprehend": "ARREST",
    "sue": "SUE",
    "convict": "CONVICT",
    "acquit": "ACQUIT",
    "release": "RELEASE",  # a prisoner, not a statement: see trigger_type
    "free": "RELEASE",
    "parole": "RELEASE",
    "pardon": "PARDON",
    "commute": "PARDON",
    "fine": "FINE",
    "fin": "FINE",  # the rule lemmatiser's lemma of "fined"
    "penalize": "FINE",
    "found": "START_ORG",  # "founded" (the past of "find" lemmatises to "find")
    "extradite": "EXTRADITE",
    "appeal": "APPEAL",
    "elect": "ELECT",
    "re-elect": "ELECT",
    "reelect": "ELECT",
    "die": "DIE",
    "kill": "DIE",
    "murder": "DIE",
    "assassinate": "DIE",
    "execute": "EXECUTE",  # a person, not a plan or a warrant: see event_senses
    "behead": "DIE",
    "injure": "INJURE",
    "wound": "INJURE",
    "hurt": "INJURE",
    "marry": "MARRY",
    "wed": "MARRY",
    "divorce": "DIVORCE",
    "diagnose": "DIAGNOSE",
    "attack": "ATTACK",
    "bomb": "ATTACK",
    "shoot": "ATTACK",
    "shell": "ATTACK",
    "bombard": "ATTACK",
    "invade": "ATTACK",
    "raid": "ATTACK",
    "ambush": "ATTACK",
    "assault": "ATTACK",
    "punch": "ATTACK",
    "storm": "ATTACK",
    "strike": "ATTACK",  # "struck a deal" → AGREE
    "protest": "PROTEST",
    "demonstrate": "PROTEST",
    "rally": "PROTEST",
    "riot": "PROTEST",
    "march": "PROTEST",
    "travel": "TRAVEL",
    "arrive": "TRAVEL",
    "depart": "TRAVEL",
    "flee": "TRAVEL",
    "evacuate": "EVACUATE",
    "pay": "TRANSFER_MONEY",
    "donate": "TRANSFER_MONEY",
    "lend": "TRANSFER_MONEY",
    "fund": "TRANSFER_MONEY",
    "compensate": "TRANSFER_MONEY",
    "buy": "TRANSFER_OWNERSHIP",
    "sell": "TRANSFER_OWNERSHIP",
    "acquire": "TRANSFER_OWNERSHIP",
    "purchase": "TRANSFER_OWNERSHIP",
    "sanction": "SANCTION",
    "merge": "MERGE_ORG",
    "dissolve": "END_ORG",
    "disband": "END_ORG",
    "vote": "VOTE",
    "withdraw": "WITHDRAW",  # from an agreement or a body, see event_senses
    "ban": "BAN",
    "explode": "DISASTER",
    "erupt": "DISASTER",
    "flood": "DISASTER",
    "crash": "DISASTER",
}
NOUN_TRIGGERS = {
    "meeting": "MEET",
    "attendance": "MEET",
    "dinner": "MEET",
    "lunch": "MEET",
    "breakfast": "MEET",
    "gathering": "MEET",
    "summit": "MEET",
    "visit": "MEET",
    "call": "CALL",
    "phonecall": "CALL",
    "discussion": "COMMUNICATE",
    "conversation": "COMMUNICATE",
    "talk": "COMMUNICATE",
    "communication": "COMMUNICATE",
    "contact": "COMMUNICATE",
    "email": "COMMUNICATE",
    "message": "COMMUNICATE",
    "exchange": "COMMUNICATE",
    "interaction": "COMMUNICATE",
    "backchannel": "COMMUNICATE",
    "negotiation": "COMMUNICATE",
    "proposal": "PROPOSE",
    "offer": "PROPOSE",
    "statement": "STATEMENT",
    "announcement": "ANNOUNCE",
    "interview": "STATEMENT",
    "denial": "DENY",
    "confirmation": "CONFIRM",
    "testimony": "TESTIFY",
    "hearing": "TESTIFY",
    "resignation": "RESIGN",
    "firing": "FIRE",
    "dismissal": "FIRE",
    "ouster": "FIRE",
    "recusal": "RECUSE",
    "appointment": "APPOINT",
    "nomination": "NOMINATE",
    "plea": "PLEAD",
    "sentencing": "SENTENCE",
    "investigation": "INVESTIGATE",
    "inquiry": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "indictment": "CHARGE",
    "charge": "CHARGE",  # "a service charge", "in charge of" → see trigger_type
    "prosecution": "CHARGE",
    "election": "ELECTION",
    "vote": "VOTE",
    "referendum": "VOTE",
    "ballot": "VOTE",
    "arrest": "ARREST",
    "detention": "ARREST",
    "lawsuit": "SUE",
    "trial": "TRIAL",
    "retrial": "TRIAL",
    "conviction": "CONVICT",
    "verdict": "CONVICT",
    "ruling": "RULE",  # a court's (extract/courts.py)
    "acquittal": "ACQUIT",
    "release": "RELEASE",  # of a prisoner, not a press release: see trigger_type
    "parole": "RELEASE",
    "pardon": "PARDON",
    "clemency": "PARDON",
    "fine": "FINE",
    "penalty": "FINE",
    "extradition": "EXTRADITE",
    "appeal": "APPEAL",
    "sentence": "SENTENCE",
    "death": "DIE",
    "killing": "DIE",
    "murder": "DIE",
    "assassination": "DIE",
    "execution": "EXECUTE",
    "injury": "INJURE",
    "birth": "BIRTH",
    "marriage": "MARRY",
    "diagnosis": "DIAGNOSE",
    "wedding": "MARRY",
    "divorce": "DIVORCE",
    "attack": "ATTACK",
    "bombing": "ATTACK",
    "shooting": "ATTACK",
    "airstrike": "ATTACK",
    "raid": "ATTACK",
    "invasion": "ATTACK",
    "assault": "ATTACK",
    "massacre": "ATTACK",
    "altercation": "ATTACK",  # a fight with someone, as "a physical altercation with a reporter"
    "scuffle": "ATTACK",
    "brawl": "ATTACK",
    "gunfire": "ATTACK",  # "calls reporting gunfire in Terminal 2 of the airport"
    "rampage": "ATTACK",
    "strike": "ATTACK",  # "a hunger strike" → PROTEST
    "protest": "PROTEST",
    "demonstration": "PROTEST",
    "rally": "PROTEST",
    "riot": "PROTEST",
    "boycott": "PROTEST",
    "ceasefire": "CEASEFIRE",
    "cease-fire": "CEASEFIRE",
    "truce": "CEASEFIRE",
    "armistice": "CEASEFIRE",
    "trip": "TRAVEL",
    "journey": "TRAVEL",
    "arrival": "TRAVEL",
    "evacuation": "EVACUATE",
    "payment": "TRANSFER_MONEY",
    "donation": "TRANSFER_MONEY",
    "loan": "TRANSFER_MONEY",
    "bailout": "TRANSFER_MONEY",
    "compensation": "TRANSFER_MONEY",
    "acquisition": "TRANSFER_OWNERSHIP",
    "purchase": "TRANSFER_OWNERSHIP",
    "takeover": "TRANSFER_OWNERSHIP",
    "sale": "TRANSFER_OWNERSHIP",
    "sanction": "SANCTION",
    "embargo": "SANCTION",
    "agreement": "AGREE",
    "deal": "AGREE",
    "treaty": "AGREE",
    "accord": "AGREE",
    "settlement": "AGREE",
    "founding": "START_ORG",
    "merger": "MERGE_ORG",
    "bankruptcy": "BANKRUPTCY",
    "insolvency": "BANKRUPTCY",
    "dissolution": "END_ORG",
    "withdrawal": "WITHDRAW",
    "pullout": "WITHDRAW",
    "earthquake": "DISASTER",
    "quake": "DISASTER",
    "hurricane": "DISASTER",
    "flood": "DISASTER",
    "tsunami": "DISASTER",
    "ban": "BAN",  # "Trump's travel ban", "a ban on bump stocks"
    "directive": "ENACT",
    "proclamation": "ENACT",
    "edict": "ENACT",
    "explosion": "DISASTER",
    "blast": "DISASTER",
    "spill": "DISASTER",
    "outbreak": "DISASTER",
    "pandemic": "DISASTER",
    "epidemic": "DISASTER",
    "eruption": "DISASTER",
    "wildfire": "DISASTER",
    "fire": "DISASTER",  # "opened fire" → ATTACK
    "crash": "DISASTER",
}
# Verbs that carry a noun trigger's participants: "Kushner held a meeting", "made the proposal".
LIGHT_VERBS = {
    "hold",
    "have",
    "make",
    "attend",
    "arrange",
    "host",
    "conduct",
    "place",
    "give",
    "set",
    "seek",
    "request",
    "plan",
    "schedule",
    "organize",
    "begin",
    "start",
    "open",
    "launch",
    "lead",
    "join",
    "enter",
    "face",
    "receive",
}
# Verbs that make a statement someone's: "Trump himself reportedly dictated a statement from
# Trump Jr.", "the White House issued a statement" (not the ask module's light verbs: "who
# released the emails?" asks for the one who released them)
AUTHOR_VERBS = {"issue", "release", "dictate", "draft", "write", "deliver", "sign", "craft"}
PARTICIPANT_TYPES = {"PERSON", "ORG", "GPE"}  # NORP ("Democrats", "Russian") names no one
PLACE_MENTION_TYPES = {"GPE", "LOC", "FAC"}
AGENT_DEPS = {"nsubj", "agent", "poss"}
OBJECT_DEPS = {"dobj", "nsubjpass", "dative", "attr"}
WITH_PREPS = {"with", "between", "to", "among", "by", "from", "of"}
ANAPHORIC_DETS = {"the", "that", "this", "those", "these"}
# Participants resolved through their antecedent: third person only (news rarely has first- or
# second-person participants), plus "his" (possessor of a noun event) and "who" (relative subject).
PRONOUNS = lexicon.THIRD_PERSON | {"his", "who"}
UNDERGOER_NOUN_TYPES = {"FIRE", "APPOINT", "NOMINATE", "SENTENCE"}  # nouns whose possessor undergoes them
SERIAL = {"first", "second", "third", "fourth", "latest", "next", "last"}  # "his first nomination"
CHOICE_TYPES = {"APPOINT", "NOMINATE"}  # "nominated Gorsuch to the Supreme Court": the court is the post


_FIRED_NOUNS = ROLE_NOUNS | {"employee", "worker", "staff", "man", "woman", "guy"}


def _fires_someone(verb) -> bool:
    """ "Fire"/"dismiss"/"oust" of a person or a post, not "fire off tweets", "dismiss claims"."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        obj is None
        or obj.pos_ in ("PRON", "PROPN")
        or bool(obj.ent_type_)
        or lemma(obj).lower() in _FIRED_NOUNS
    )


def trigger_type(tok) -> Optional[str]:
    pos = tok.pos_
    if accusations.is_accusation(tok):  # before "charge": "charged that Obama ..." is no indictment
        return accusations.ACCUSE
    if pos == "VERB" or (pos == "AUX" and lemma(tok) == "meet"):
        if capability(tok):
            return None  # "a missile capable of striking the U.S." tells what it could do
        raw = lemma(tok)
        lem = raw.lower()
        if lem in courts.VERBS and (ruled := courts.ruling_verb(tok)):
            return ruled  # a court's act, whatever the verb: "upheld the order", "shot down by a court"
        t = VERB_TRIGGERS.get(lem)
        if lem == "call" and any(c.lower_ in ("phone", "telephone") for c in tok.children):
            return "CALL"
        if raw in ("step", "stand") and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            return "RESIGN"  # "Hayward will step down", "stood down as chief executive"
        if t == "CONFIRM" and lemma(tok.head) == "hearing":
            return None
        if lem == "find" and any(c.lower_ == "guilty" for c in tok.children):
            negated = any(c.lower_ == "not" for c in tok.subtree)
            return "ACQUIT" if negated else "CONVICT"  # "was found (not) guilty"
        if lem == "try" and is_passive(tok) and theme_is_person(tok):
            return "TRIAL"  # "he was tried for murder", not "tried to leave"
        if lem == "bear" and tok.lower_ == "born":
            return "BIRTH"
        if lem == "sign" and object_lemma(tok) in AGREEMENTS:
            return "AGREE"
        if lem in AMBIGUOUS_VERBS:
            t = AMBIGUOUS_VERBS[lem](tok)
        if t == "FIRE" and lem in VERB_TRIGGERS and not _fires_someone(tok):
            return None  # "fired off tweets", "dismissed the claims"
        if t == "COMMUNICATE" and _sourcing(tok) or any(c.lower_ == "anonymity" for c in tok.children):
            return None  # "the aide, who spoke on condition of anonymity", "requested anonymity"
        return t or misconduct.verb_type(tok)
    if pos in ("NOUN", "PROPN") and tok.ent_type_ in ("", "EVENT"):
        lem = lemma(tok).lower()
        if courts.names_a_court(tok) or documents.names_a_draft(tok):
            return None  # "a federal appeals court": a court, not an appeal; "the discussion draft"
        if lem == "confirmation" and lemma(tok.head) == "hearing":
            return None  # "confirmation hearing": the hearing is the event
        if lem in AMBIGUOUS_NOUNS:
            return AMBIGUOUS_NOUNS[lem](tok)
        t = NOUN_TRIGGERS.get(lem) or misconduct.noun_type(tok)
        if t == "FINE" and any(lemma(c).lower() == "death" for c in tok.children):
            return "SENTENCE"  # "the death penalty"
        if t and names_a_crime(tok):
            return None  # "charged with murder": the charge is the event, not a killing
        if t == "ARREST" and any(
            lemma(c).lower() in ("cardiac", "heart", "respiratory") for c in tok.children
        ):
            return None  # "cardiac arrest"
        return t
    return None


# Sourcing: "who spoke on condition of anonymity", "requested anonymity to speak frankly", "not
# authorised to speak to the media" tell how a report got its words, not an event of the story.
_UNNAMED = {"anonymity", "anonymously"}
_LICENSED = {"authorize", "authorise", "allow", "permit", "empower", "clear"}


def _sourcing(verb) -> bool:
    """A verb of speaking said of a source's anonymity or leave to speak."""
    if lemma(verb).lower() not in ("speak", "talk", "discuss", "comment"):
        return False
    if any(t.lower_ in _UNNAMED for t in verb.subtree):
        return True  # "spoke on condition of anonymity", "speaking anonymously"
    head = verb.head
    if head.lower_ == "order" and head.head.lower_ == "in":
        head = head.head.head  # "insisted on anonymity in order to discuss"
    if verb.dep_ in ("xcomp", "advcl", "acl") and head.i != verb.i:
        if lemma(head).lower() in _LICENSED:
            return True  # "not authorised to speak to the media"
        # "requested anonymity to speak frankly", "on condition of anonymity to discuss"
        return any(t.lower_ in _UNNAMED for c in head.children if c.i != verb.i for t in c.subtree) or (
            head.lower_ in _UNNAMED
        )
    return False


def _conjuncts(tok):
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _has_to(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


ACCUSING = {"accuse", "suspect"}  # verbs whose object is said to do what "of" names


def accused_in(what):
    """Who is accused of `what` ("accused Cohen of attending a meeting", "Manafort was accused
    by prosecutors of lying"): the verb's object, or its subject when passive; the parser often
    hangs "of" on the object or on the agent, so both are read. None when not an accusation."""
    prep = what.head
    if what.dep_ not in ("pcomp", "pobj") or prep.lower_ != "of" or prep.i == what.i:
        return None
    verb = prep.head
    if verb.dep_ in ("dobj", "pobj") and verb.head.i != verb.i:
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "agent" else verb.head
    if lemma(verb).lower() not in ACCUSING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _subject_of(verb, depth: int = 0):
    """The subject of a verb, following control ("Flynn was forced to resign")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ == "acl" and _has_to(verb):  # "Trump's decision to fire Comey": Trump fires
        poss = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    if verb.dep_ == "xcomp":  # object control: "Trump forced him to resign" — he resigns
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    accused = accused_in(verb)
    if accused is not None:
        return accused
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
        # the gerund of a preposition is done by the subject of the verb it hangs on: "Trump Jr.
        # admitted to meeting a Russian lawyer", "has admitted to having had a meeting"; but one
        # blamed or thanked "for" it is its object: "has savaged his attorney general for
        # recusing himself", "criticizes Pompeo for meeting with ..."
        prep, head = verb.head, verb.head.head
        obj = next((c for c in head.children if c.dep_ == "dobj"), None) if prep.lower_ == "for" else None
        return obj if obj is not None else _subject_of(head, depth + 1)
    if depth < 3 and verb.dep_ in ("xcomp", "pcomp", "advcl", "conj", "ccomp") and verb.head.i != verb.i:
        return _subject_of(verb.head, depth + 1)
    return None


def _named_by(tok):
    """A title noun's name: "(ousted) adviser Michael Flynn" (the title a compound of the name),
    "Flynn, the ousted adviser" (the title in apposition to it); else the token itself."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:  # "Director" in "FBI Director James Comey"
        return tok
    head = tok
    while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    if head.pos_ == "PROPN" and head.ent_type_ in PARTICIPANT_TYPES:
        return head
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return tok.head
    return tok


def _interview_of(trig):
    """The verb an interview is told in ("In an interview with Fox News, Trump said …",
    "told Reuters in an interview"), whose subject gave it; the one it was "with" took it."""
    prep = trig.head
    if (
        trig.lower_ not in ("interview", "interviews")
        or trig.dep_ != "pobj"
        or prep.lower_ not in ("in", "during")
    ):
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj":  # "spoke about his frustration … in an interview"
        verb = verb.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None


def arguments(trig) -> list[tuple[object, str]]:
    """(head token, role) pairs for the trigger's participants."""
    args: list[tuple[object, str]] = []
    if trig.pos_ == "VERB":
        subj = _subject_of(trig)
        if subj is not None and subj.lower_ in ("who", "that", "which") and trig.dep_ == "relcl":
            subj = trig.head  # "Michael Flynn, who was fired": the noun the clause describes
        if subj is None and trig.dep_ in ("amod", "acl") and trig.tag_ == "VBN":
            # "ousted adviser Michael Flynn", "the general just dismissed as adviser"
            args.append((trig.head, "patient"))
        if subj is not None:
            passive = subj.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in trig.children)
            if trig.dep_ == "pcomp" and subj.head.i != trig.i:
                # the gerund's own voice: "Ford is sworn in before testifying" (Ford testifies)
                passive = any(c.dep_ == "auxpass" for c in trig.children)
            args.append((subj, "patient" if passive else "agent"))
        for c in trig.children:
            if c.dep_ in ("dobj", "dative"):
                args.append((c, "patient"))
            elif c.dep_ == "agent":
                args += [(o, "agent") for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ in WITH_PREPS:
                args += [(o, "participant") for o in c.children if o.dep_ == "pobj"]
    elif (
        trig.dep_ == "compound"
        and trig.tag_ == "NN"
        and trig.lower_.endswith("ing")
        and trig.head.ent_type_ == "PERSON"
    ):
        # a gerund the parser took for a noun before a name: "Trump firing Mike Flynn" (Trump
        # a compound of "firing", "firing" one of "Flynn"): the name is its object
        args.append((trig.head, "patient"))
        args += [
            (c, "agent") for c in trig.children if c.dep_ in ("compound", "poss", "nsubj") and c.ent_type_
        ]
    else:
        # "Comey's firing", "McMaster's appointment": the possessor is the one it happens to,
        # unless an "of" names that one ("Trump's firing of Comey")
        ntype = trigger_type(trig)
        # ... but one who makes several is who a "first", "second" or "latest" one is of: "his first
        # Supreme Court nomination" is the president's
        undergoer = ntype in UNDERGOER_NOUN_TYPES and not any(
            c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in SERIAL) for c in trig.children
        )
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in trig.children)
        for c in trig.children:
            if ntype == "ATTACK" and c.dep_ == "prep" and c.lower_ in ("on", "against"):
                args += [(o, "patient") for o in c.children if o.dep_ == "pobj"]  # "strikes on Syria"
            elif ntype == "INVESTIGATE" and c.dep_ == "prep" and c.lower_ in ("into", "of"):
                args += [(o, "patient") for o in c.children if o.dep_ == "pobj"]  # "the probe into Flynn"
            elif ntype == "INVESTIGATE" and c.dep_ == "compound" and c.ent_type_ not in ("", "ORG"):
                # "the Flynn investigation" is of Flynn, "the Mueller investigation" Mueller's own,
                # "the Russia investigation" about Russia: a name before it says only that it is in it
                args.append((c, "participant"))
            # "the Jeff Sessions recusal": a proper noun, even one the tagger gave no type here
            if c.dep_ == "compound" and c.ent_type_ == "ORG" and trig.lower_ in ("interview", "interviews"):
                args.append((c, "participant"))  # "in a CNN interview": the outlet took it
            elif c.dep_ in ("poss", "compound") and (
                c.ent_type_ or c.pos_ == "PROPN" or c.lower_ in PRONOUNS
            ):
                args.append((c, "patient" if undergoer and not has_of else "agent"))
            elif c.dep_ == "prep" and c.lower_ in WITH_PREPS:
                role = "patient" if undergoer and c.lower_ == "of" else "participant"
                args += [(o, role) for o in c.children if o.dep_ == "pobj"]
        head = trig.head
        # "had contacts with", "met with"; "was in contact with" (the copula's subject is in it)
        in_state = trig.dep_ == "pobj" and head.lower_ == "in" and lemma(head.head) in factuality.lx.IN_STATE
        authored = ntype == "STATEMENT" and lemma(head).lower() in AUTHOR_VERBS
        if trig.dep_ in ("dobj", "pobj") and (lemma(head) in LIGHT_VERBS | {"with"} or authored) or in_state:
            verb = head if head.pos_ in ("VERB", "AUX") else head.head
            subj = _subject_of(verb)
            if subj is not None:
                args.append((subj, "agent"))
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in WITH_PREPS:
                    args += [(o, "participant") for o in c.children if o.dep_ == "pobj"]
        elif (verb := _interview_of(trig)) is not None:
            subj = _subject_of(verb)
            if subj is not None:  # "In an interview with CNN, Trump said": Trump gives it
                args.append((subj, "agent"))
            # "Trump told The New York Times in an interview": the paper took it
            if lemma(verb) == "tell":
                args += [
                    (c, "participant") for c in verb.children if c.dep_ in ("dobj", "dative") and c.ent_type_
                ]
        elif trig.dep_ in ("nsubj", "attr"):  # "The meeting was with X", "calls between X were"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                    args += [(o, "participant") for o in c.children if o.dep_ == "pobj"]
    if trig.pos_ != "VERB" and trigger_type(trig) == "DIAGNOSE":
        # "McCain's cancer diagnosis", "who has received a shocking brain cancer diagnosis": the
        # one a diagnosis is of or who receives it is the one diagnosed, never the doctor
        args = [(t, "patient" if r == "agent" else r) for t, r in args]
    out = []
    for tok, role in args:
        tok = _named_by(tok)
        # "the resignation of his adviser, Michael Flynn": the name in apposition
        named = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        out += [(t, role) for t in _conjuncts(tok) + named]
    return out


def _dates_and_places(ctx: SentenceContext) -> tuple[list, list]:
    """(timex, head token) of the sentence's dates and (mention, head token) of its places ("in
    Moscow"): the same for every trigger of the sentence, so found once."""
    doc = ctx.sent.doc
    dated = [
        (t, doc.char_span(t.start, t.end, alignment_mode="expand"))
        for t in ctx.timexes
        if t.type in ("DATE", "TIME") and t.range_start and not t.value.endswith("_REF")
    ]
    places = []
    for m in ctx.mentions:
        if m.type in ("FAC", "GPE", "LOC", "ORG"):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if (
                span is not None
                and span.root.head.lower_ in ("at", "in", "inside", "outside")
                and span.root.dep_ == "pobj"
            ):
                places.append((m, span.root))
    return [(t, span.root) for t, span in dated if span is not None], places


def _withdrawn(tok, args: list) -> list:
    """A withdrawal's arguments: what it leaves is its patient, an agreement by the name it
    goes by ("the Paris climate agreement": Paris), so that reports that say "the Paris
    accord", "the Paris deal" or "the Paris agreement" name the same thing."""
    left = [o for p in left_from(tok) for o in p.children if o.dep_ == "pobj"]
    out = []
    for a, role in args + [(o, "patient") for o in left]:
        if left and a.dep_ == "dobj":
            out.append((a, "agent"))  # "withdrew the United States from the accord": who leaves
        elif lemma(a).lower() in AGREEMENTS:
            out += [
                (c, "patient") for c in a.children if c.dep_ in ("compound", "nmod", "poss") and c.ent_type_
            ]
        else:
            out.append((a, "patient" if role == "participant" else role))
    return out


def _named_place(tok, etype: str, args: list, ctx: SentenceContext):
    """The place an attack or a disaster is named after ("the Manchester bombing", "the London
    terror attacks", "the London Bridge attack"): where it happened, not who did it. A
    possessor still acts ("Russia's attack")."""
    if etype not in PLACE_TYPES or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for arg, _ in args:
        m = ctx.mention_at(arg)
        if arg.dep_ == "compound" and arg.head.i == tok.i and m is not None and m.type in PLACE_MENTION_TYPES:
            return m
    return None


def _measure_of_document(tok, parts: list, ctx: SentenceContext) -> None:
    """What a vote is on, when its sentence says only "the bill" or "the legislation": the
    measure the document named last for a vote ("the American Health Care Act ... Ryan pulled
    the bill"); a named measure is remembered for the sentences after."""
    patients = [p for p in parts if p.role == "patient"]
    if patients:
        ctx.doc.measure = patients[0]
    elif ctx.doc.measure is not None and legislation.names_measure(tok):
        parts.append(ctx.doc.measure)


def extract(ctx: SentenceContext) -> list[EventMention]:
    """The event mentions of one sentence: trigger, participants, date, place, factuality."""
    sent = ctx.sent
    out: list[EventMention] = []
    dated: Optional[list] = None  # the sentence's dates and places, read at its first trigger
    places: list = []
    alleged: Optional[set[int]] = None  # what the sentence's accusations allege, read at its first trigger
    for tok in sent:
        etype = trigger_type(tok)
        if not etype:
            continue
        if dated is None:
            dated, places = _dates_and_places(ctx)
        parts, seen = [], set()
        args = arguments(tok)
        if etype == "WITHDRAW":
            args = _withdrawn(tok, args)
        if etype == accusations.ACCUSE:
            args = accusations.roles(tok, args)
        if etype == "ELECT":  # a result: the winner acts, the loser undergoes
            args = (
                elections.roles(tok, args)
                if lemma(tok).lower() not in VERB_TRIGGERS
                else elections.elected(args)
            )
        chosen = named_as(tok) if etype in CHOICE_TYPES else None
        if chosen is not None:
            # "announced McMaster as his national security adviser": McMaster is the one chosen,
            # however the parse hangs him (the subject of the clause that follows; "Trump named
            # H.R. McMaster as ..." read as a Trump who was named)
            args = [(a, r) for a, r in args if r != "patient"] + [(chosen[0], "patient")]
        if etype in CHOICE_TYPES:  # the post is no participant: two nominees to one court are two choices
            # ("nominated Gorsuch to the Supreme Court", "his first Supreme Court nomination")
            args = [
                (a, r)
                for a, r in args
                if not (a.dep_ == "pobj" and a.head.lower_ in ("to", "for"))
                and not (a.dep_ == "compound" and a.head.i == tok.i and a.ent_type_ in ("ORG", "FAC"))
            ]
        if etype == "REQUEST":  # who asks, who is asked, and the people of what is asked for
            args = requests.roles(tok, args, lambda t: t.ent_type_ in PARTICIPANT_TYPES)
        if etype in misconduct.TYPES:  # "Russian meddling in the U.S. election"
            args = misconduct.roles(tok, etype, args)
        # a bill or a budget made public: what it is, as what a vote is on (extract/documents.py)
        document = documents.published(tok) if etype == "ANNOUNCE" else None
        if etype == "VOTE":  # what is voted on: the law a bill repeals, the nominee confirmed
            args = [(t, "patient") for t in legislation.measure_args(tok)] + args
        elif document is not None:
            # not the chamber whose bill it is ("the Senate bill released Thursday"): it made it public
            named = [
                t for t in legislation.measure_args(document) if lemma(t).lower() not in legislation.CHAMBERS
            ]
            args = [(t, "patient") for t in named] + args
        named_place = _named_place(tok, etype, args, ctx)
        # the place is where it happened, not a participant: a city sees many attacks, and
        # sharing it would merge them all
        args = [(a, r) for a, r in args if named_place is None or ctx.mention_at(a) is not named_place]
        # a pronoun never stands for a name its own event gives ("So he fired Comey": he is not
        # Comey, named in the sentence before)
        given = {m.key for a, _ in args if (m := ctx.mention_at(a)) is not None}
        for arg, role in args:
            m = ctx.mention_at(arg)
            if m is None and arg.lower_ in PRONOUNS:
                m = ctx.antecedent(arg)
                m = None if m is not None and m.key in given else m
            # a law (typed EVENT, as the NER types it) is what a vote is on
            law = (
                (etype == "VOTE" or document is not None)
                and role == "patient"
                and m is not None
                and m.type == "EVENT"
            )
            # "Russian meddling": the nationality is the country that meddles (resolve folds
            # "Russian" into Russia); elsewhere a nationality names no one
            norp = etype in misconduct.TYPES and m is not None and m.type == "NORP" and arg.head.i == tok.i
            if m is not None and (m.type in PARTICIPANT_TYPES or law or norp) and m.key not in seen:
                seen.add(m.key)
                parts.append(Participant(m.id, role))
        if etype == "VOTE" or document is not None:
            _measure_of_document(tok if document is None else document, parts, ctx)
        date = None
        best = closest(tok, dated)
        if best is not None:
            date = DateRange(best.range_start, best.range_end or best.range_start, best.text, best.value)
        loc = named_place or closest(tok, places, limit=3)
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), "")
        failed = legislation.failed_at(tok) if etype == "VOTE" else None
        fact = factuality.read(tok if failed is None else failed)
        alleged = accusations.alleged(sent) if alleged is None else alleged
        if tok.i in alleged and fact.happened:
            fact = replace(fact, certainty=Certainty.PROBABLE)  # "his claims that Obama met Putin"
        if etype in misconduct.TYPES:  # "investigating collusion", "no evidence of collusion"
            fact = misconduct.hedged(tok, fact)
        if etype == "VOTE" and legislation.pulled(tok) and fact.polarity is Polarity.POS:
            fact = replace(fact, polarity=Polarity.NEG)  # the bill pulled: its vote did not take place
        out.append(
            EventMention(
                id=ctx.next_id("e"),
                sent=ctx.index,
                type=etype,
                trigger=tok.text,
                lemma=lemma(tok).lower(),
                start=tok.idx,
                end=tok.idx + len(tok),
                participants=parts,
                date=date,
                location=loc.id if loc else None,
                location_text=loc.text if loc else None,
                sources=list(ctx.report_sources),
                # not reported as a fact that took place: denied, planned, demanded, possible
                negated=not fact.happened,
                anaphoric=tok.pos_ == "NOUN" and det in ANAPHORIC_DETS,
                factuality=fact,
                doc=ctx.doc_id,
            )
        )
    return out
