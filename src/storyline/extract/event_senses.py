"""Lemmas whose event type the parse decides: the kind of object ("fired him" / "fired
missiles"), the governing word ("opened fire", "in charge of"), the modifier ("cardiac
arrest", "hunger strike"). Used by extract/events.py's trigger_type."""

from __future__ import annotations

from typing import Optional

from storyline.extract import acts, courts, documents, elections, legislation, lexicon, requests
from storyline.extract.entities import ROLE_NOUNS
from storyline.extract.nlp import lemma

# Any personal pronoun or "who" makes the object a person ("fired him" / "fired who").
PRONOUNS = lexicon.PERSONAL | {"who"}

PERSON_NOUNS = {
    "prisoner", "hostage", "detainee", "suspect", "inmate", "captive", "journalist", "worker",
    "soldier", "official", "man", "woman", "child", "people", "person", "staff", "employee",
    "activist", "director", "manager", "chief", "executive", "coach", "minister", "aide",
    "adviser", "advisor", "officer", "spokesman", "spokeswoman", "leader", "member",
}  # fmt: skip
WEAPONS = {
    "shot",
    "shots",
    "missile",
    "rocket",
    "round",
    "gun",
    "weapon",
    "bullet",
    "shell",
    "salvo",
    "volley",
}
MONEY_NOUNS = {
    "fee",
    "price",
    "rate",
    "interest",
    "premium",
    "tax",
    "customer",
    "consumer",
    "money",
    "dollar",
}
STATEMENTS = {
    "statement", "report", "data", "figure", "result", "video", "footage", "document", "record",
    "letter", "detail", "information", "plan", "list", "book", "album", "film", "version", "update",
    "oil", "gas", "water", "chemical", "emission", "product", "memo", "email", "transcript", "image",
}  # fmt: skip
CUSTODY = {"prison", "jail", "custody", "detention", "captivity", "hospital"}
AGREEMENTS = {"deal", "agreement", "accord", "treaty", "pact", "contract", "bargain", "settlement"}
PROTEST_STRIKES = {"hunger", "general", "national", "worker", "union", "labor", "labour", "teacher"}


JUSTICE_NOUNS = {"charge", "penalty", "sentence", "conviction", "case", "trial", "row", "suspect", "count"}
ACCUSING = {"charge", "convict", "accuse", "guilty", "suspect", "arrest", "indict", "acquit", "try", "jail"}


def names_a_crime(tok) -> bool:
    """A noun that names the offence someone is accused of ("convicted of murder")."""
    head = tok.head
    if tok.dep_ == "compound":  # "assault charges", "death penalty", "murder trial"
        return lemma(head).lower() in JUSTICE_NOUNS
    return (
        tok.dep_ == "pobj" and head.lower_ in ("with", "of", "for") and lemma(head.head).lower() in ACCUSING
    )


def is_passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _object(tok):
    """The verb's theme: its direct object, or its subject when passive."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":  # "the prisoners released on Monday"
        return tok.head
    return None


def object_lemma(tok) -> str:
    obj = _object(tok)
    return lemma(obj).lower() if obj is not None else ""


def is_person(tok) -> bool:
    """A person or people: a name, a pronoun or a noun of people ("the first five women")."""
    return _is_person(tok)


def _is_person(tok) -> bool:
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in PRONOUNS or lemma(tok).lower() in PERSON_NOUNS


def theme_is_person(tok) -> bool:
    obj = _object(tok)
    return obj is not None and _is_person(obj)


def _fire_verb(tok) -> Optional[str]:
    """Fire a person (dismissal) or fire a weapon / fire on someone (attack)."""
    obj = _object(tok)
    if obj is not None and lemma(obj).lower() in WEAPONS or obj is not None and obj.lower_ in WEAPONS:
        return acts.fired_weapon(tok) or "ATTACK"  # "fired a missile into the sea": a launch
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "at", "into", "upon")
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)  # "fired him on Monday"
        for c in tok.children
    ):
        return "ATTACK"
    return "FIRE" if obj is not None or is_passive(tok) else None


def _charge_verb(tok) -> Optional[str]:
    """Charge someone with a crime, not charge a fee or a battery."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) or theme_is_person(tok):
        return "CHARGE"
    obj = _object(tok)
    if obj is not None and (
        obj.ent_type_ == "MONEY" or lemma(obj).lower() in MONEY_NOUNS | {"battery", "phone"}
    ):
        return None
    return "CHARGE" if is_passive(tok) else None


def _release_verb(tok) -> Optional[str]:
    """Release a prisoner (RELEASE), not a statement, a report or oil."""
    if any(
        c.dep_ == "prep" and c.lower_ == "from" and any(lemma(o).lower() in CUSTODY for o in c.children)
        for c in tok.children
    ):
        return "RELEASE"  # "was released from jail"
    obj = _object(tok)
    if obj is None:
        return None
    if lemma(obj).lower() in STATEMENTS:
        return None
    return "RELEASE" if _is_person(obj) else None


def _execute_verb(tok) -> Optional[str]:
    # "Texas executed eight prisoners", not "executed a search warrant"
    return "EXECUTE" if theme_is_person(tok) else None


def _execution_noun(tok) -> Optional[str]:
    # "came within hours of execution", not "the execution of the warrant"
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and not any(_is_person(o) for o in objs):
                return None
    return "EXECUTE"


def _divorce_verb(tok) -> Optional[str]:
    # "the couple divorced in 1999", not "a realm divorced from reality"
    return None if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children) else "DIVORCE"


def _strike_verb(tok) -> Optional[str]:
    if object_lemma(tok) in AGREEMENTS:
        return "AGREE"  # "struck a deal"
    if _object(tok) is None and not any(c.dep_ == "prep" for c in tok.children):
        return "PROTEST"  # "workers struck"
    return "ATTACK"


def _fire_noun(tok) -> Optional[str]:
    head = lemma(tok.head).lower()
    if head == "open" and tok.dep_ == "dobj":
        return "ATTACK"  # "troops opened fire"
    if any(c.lower_ == "opened" for c in tok.children):
        return "ATTACK"  # "The shooter opened fire at…" parsed with "opened" a modifier of "fire"
    if head == "under" or head in ("come", "draw"):
        return None  # "under fire", "drew fire": criticism
    return "DISASTER"


def _charge_noun(tok) -> Optional[str]:
    if tok.head.lower_ == "in" or any(
        lemma(c).lower() in MONEY_NOUNS | {"service", "battery"} for c in tok.children
    ):
        return None  # "in charge of", "a service charge"
    return "CHARGE"


def _release_noun(tok) -> Optional[str]:
    if any(c.lower_ == "press" or lemma(c).lower() in STATEMENTS for c in tok.children):
        return None
    of = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return "RELEASE" if of and _is_person(of[0]) else None


def _strike_noun(tok) -> Optional[str]:
    mods = {lemma(c).lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    return "PROTEST" if mods & PROTEST_STRIKES else "ATTACK"


def _sentence_noun(tok) -> Optional[str]:
    """A prison sentence, not a sentence of text."""
    mods = {lemma(c).lower() for c in tok.children}
    return (
        "SENTENCE"
        if mods & {"prison", "jail", "life", "death", "year", "month", "suspended", "serve"}
        or (lemma(tok.head).lower() in ("serve", "receive", "hand", "impose", "give", "face"))
        else None
    )


def _name_verb(tok) -> Optional[str]:
    """Name or pick someone for a post ("was named special counsel", "named him as director",
    "selected by Rosenstein to serve as special counsel"), not name a thing, a suspect or a
    winner ("named in the lawsuit", "named as the bomber", "picked a fight")."""

    def post(n) -> bool:
        return lemma(n).lower() in ROLE_NOUNS

    chosen = _object(tok)  # "his being selected": "his" is the one chosen
    person = chosen is not None and (_is_person(chosen) or chosen.lower_ in ("his", "her"))
    # the "as" on the verb or, as the parser often hangs it, on the one named
    named = [tok, chosen] if person else [tok]
    if any(as_pick(t) for t in named):
        return "NOMINATE"  # "chose Gorsuch as his Supreme Court nominee"
    if any(as_role(t) for t in named):
        return "APPOINT"  # "named Wayne Turnage as his transition director"
    for c in tok.children:
        if c.dep_ == "oprd" and post(c):
            return "APPOINT"
        if c.dep_ in ("xcomp", "advcl") and lemma(c).lower() in SERVE and as_role(c):
            return "APPOINT"  # "to serve as special counsel"
        if c.dep_ in ("xcomp", "advcl") and lemma(c).lower() in SUCCEED and person:
            return "NOMINATE"  # "selected Neil Gorsuch to succeed Antonin Scalia", "to fill the vacancy"
    return None


# A person chosen for a post someone leaves: "to succeed Scalia", "to replace Comey", "to fill
# the Scalia vacancy" (the one chosen is the verb's object, or its subject when passive).
SUCCEED = {"succeed", "replace", "fill"}
# What a nominee is called: "unveiled Gorsuch as his pick", "chose him as his nominee".
PICKS = {"nominee", "pick", "choice", "candidate"}
# What announcing a choice names the choice by: "announced the selection", "announced his pick"
CHOSEN = {"selection", "pick", "choice"}


def as_pick(tok) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(lemma(o).lower() in PICKS for o in c.children if o.dep_ == "pobj")
        for c in tok.children
    )


GROUND = {"ground", "floor", "wall", "pavement", "table", "sidewalk"}


def _slam_verb(tok) -> Optional[str]:
    """ "body-slammed a reporter", "slammed Ben Jacobs to the floor": an assault; "Democrats
    slammed the decision" (criticism) is none."""
    if _body(tok):  # a body slam is always bodily, whatever the parse makes of who took it
        return "ATTACK"
    obj = _object(tok)
    if not theme_is_person(tok) and not (obj is not None and lemma(obj).lower() in ROLE_NOUNS):
        return None
    down = any(
        c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "against")
        and any(lemma(o).lower() in GROUND for o in c.children)
        for c in tok.children
    )  # fmt: skip
    return "ATTACK" if down else None


def _body(tok) -> bool:
    """ "body-slammed", "body slamming him", "for body-slamming reporter Ben Jacobs"."""
    before = {c.lower_ for c in tok.children if c.i in (tok.i - 1, tok.i - 2) and c.dep_ != "nsubj"}
    return tok.lower_.startswith("body") or "body" in before  # not "the governing body slammed it"


def _slamming_noun(tok) -> Optional[str]:
    """The gerund read as a noun: "accused Gianforte of 'body slamming' him"."""
    return "ATTACK" if _body(tok) else None


def _unveil_verb(tok) -> Optional[str]:
    """ "unveiled Judge Neil Gorsuch as his pick": a nomination; "announced McMaster as his
    national security adviser" (the "as" on the verb or on the one named): an appointment;
    unveiling a plan an announcement."""
    if theme_is_person(tok):
        named = [tok, _object(tok)]
        if any(as_pick(t) for t in named):
            return "NOMINATE"
        if any(as_role(t) for t in named):
            return "APPOINT"
    as_what = named_as(tok)
    if as_what is not None:
        return "NOMINATE" if as_what[1] in PICKS else "APPOINT"
    if object_lemma(tok) in CHOSEN and not _of_a_thing(_object(tok)):
        return "NOMINATE"  # "Trump announced the selection Monday", "announced his pick": the choice
    return "ANNOUNCE" if lemma(tok).lower() in ("unveil", "announce") else None


def _of_a_thing(noun) -> bool:
    """ "a selection of new phones": what is chosen is no person (nor a name, nor a post: "her
    choice of running mate")."""

    def thing(o) -> bool:
        return not (_is_person(o) or o.pos_ == "PROPN" or lemma(o).lower() in ROLE_NOUNS)

    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and thing(o) for o in c.children)
        for c in noun.children
    )


def named_as(verb):
    """ "announced McMaster as his national security adviser", read on the words when the parse
    hangs them elsewhere (McMaster the subject of the next clause, "as his pick" a clause of its
    own): a person's name right after the verb (a title may open it: "Judge Neil Gorsuch"), then
    "as" and, within four words, a post or a pick. (the name's last token, the post's or pick's
    lemma), else None."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].ent_type_ != "PERSON" and doc[i].pos_ == "PROPN" and i - verb.i <= 2:
        i += 1  # "Judge", "Lt. Gen."
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return None
    while i < len(doc) and doc[i].ent_type_ == "PERSON":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "as":
        return None
    for t in doc[i + 1 : i + 5]:
        word = lemma(t).lower()
        if t.pos_ == "NOUN" and (word in ROLE_NOUNS or word in PICKS):
            return doc[i - 1], word
        if t.pos_ in ("VERB", "PUNCT"):
            break
    return None


def as_role(tok) -> bool:
    """ "as his national security adviser", "as director": a post."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(lemma(o).lower() in ROLE_NOUNS for o in c.children if o.dep_ == "pobj")
        for c in tok.children
    )


def _out_verb(tok) -> Optional[str]:
    """A person forced or pushed out of a post: a dismissal ("Flynn was forced out")."""
    # "out" as a particle, or as a preposition before "of office" (the parser says either)
    if any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children) and theme_is_person(tok):
        return "FIRE"
    return None


SERVE = {"serve", "act", "work"}


def left_from(tok) -> list:
    """The "from" / "of" of a withdrawal, under the word or under its particle ("pulled out of",
    "withdrawal from")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]


# A nominee or a candidate leaving the contest: "withdrew his nomination", "withdrew himself from
# the confirmation process", "his previous nominee, Andrew Puzder, withdrew over ethics concerns"
OWN_BIDS = {"nomination", "name", "candidacy", "bid"}
CONTESTS = {"consideration", "contention", "process", "race", "running", "nomination", "confirmation"}
CONTENDERS = {"nominee", "candidate", "pick"}


def _withdraws_bid(tok, obj) -> bool:
    """One leaving a contest for a post, a resignation from it (RESIGN): the object is one's own
    bid ("his nomination", "her name", "himself from consideration"), or a contender withdraws."""
    left = [lemma(o).lower() for p in left_from(tok) for o in p.children if o.dep_ == "pobj"]
    if any(w not in CONTESTS for w in left):
        return False  # "withdrew his name from the list of those who wished to ask questions"
    if obj is not None:
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        if lemma(obj).lower() in OWN_BIDS and own:
            return True
        if obj.pos_ != "PRON" or not obj.lower_.endswith(("self", "selves")):
            return False
    if left:
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return obj is None and subj is not None and lemma(subj).lower() in CONTENDERS


def _withdraw_verb(tok) -> Optional[str]:
    """A country or a party leaving an agreement or a body ("withdraw from the Paris accord",
    "pulled the United States out of the deal", "leave the agreement"), not withdrawing troops,
    money or a nomination, nor pulling out a gun; a nominee withdrawing resigns (``_withdraws_bid``)."""
    lem = lemma(tok).lower()
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lem == "withdraw" and _withdraws_bid(tok, obj):
        return "RESIGN"
    if lem in ("leave", "exit", "abandon"):
        return "WITHDRAW" if obj is not None and lemma(obj).lower() in AGREEMENTS else None
    out = any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children)
    if lem == "pull" and not (out or left_from(tok)):  # "pulled the United States from the deal"
        return None
    # "pulled out", "will withdraw", "withdrew the United States from": what it leaves is told
    # elsewhere or after "from"; "withdrew his name", "withdraw troops" are no withdrawal of a party
    if obj is None or obj.ent_type_ or lemma(obj).lower() in AGREEMENTS:
        return "WITHDRAW" if obj is None or left_from(tok) or lemma(obj).lower() in AGREEMENTS else None
    return None


def exit_noun(tok) -> Optional[str]:
    """An exit from something ("an exit from the Paris climate accord"), not a door or a poll."""
    return "WITHDRAW" if left_from(tok) else None


def withdraws(tok) -> bool:
    """A party leaving an agreement or a body (``_withdraw_verb``): done by deciding it, as a
    firing is ("the decision to leave the Paris accord"), unlike withdrawing troops."""
    return tok.pos_ == "VERB" and lemma(tok).lower() in WITHDRAW_VERBS and _withdraw_verb(tok) is not None


def _diagnose_verb(tok) -> Optional[str]:
    """An illness found in someone: "was diagnosed with brain cancer", "the type of brain tumor
    diagnosed in Sen. John McCain"; not a judgement ("Meadows diagnosed the problem", "the
    flaws that Mitch McConnell diagnosed in Obamacare", "attempting to diagnose Trump")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN"
        and tok.dep_ in ("acl", "amod", "advcl")
        and not any(c.dep_ == "nsubj" for c in tok.children)
    )
    told_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    return "DIAGNOSE" if passive or told_with else None


def _diagnosis_noun(tok) -> Optional[str]:
    """A diagnosis that names its illness: "his sudden cancer diagnosis", "the diagnosis of brain
    cancer he received"; not one's judgement ("John Gable's diagnosis has authority", "His
    diagnosis is correct")."""
    named = any(
        c.dep_ in ("compound", "amod")
        and c.ent_type_ not in ("PERSON", "ORG")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in tok.children
    )
    return "DIAGNOSE" if named else None


AMBIGUOUS_VERBS = {
    "diagnose": _diagnose_verb,
    "name": _name_verb,
    "select": _name_verb,
    "tap": _name_verb,
    "pick": _name_verb,
    "choose": _name_verb,
    "force": _out_verb,
    "push": _out_verb,
    "fire": _fire_verb,
    "charge": _charge_verb,
    "release": _release_verb,
    "execute": _execute_verb,
    "divorce": _divorce_verb,
    "strike": _strike_verb,
    "unveil": _unveil_verb,
    "announce": _unveil_verb,
    "introduce": _unveil_verb,
    "slam": _slam_verb,
    "body-slam": _slam_verb,
}
WITHDRAW_VERBS = ("withdraw", "pull", "leave", "exit", "abandon")
AMBIGUOUS_VERBS.update(dict.fromkeys(WITHDRAW_VERBS, _withdraw_verb))
AMBIGUOUS_NOUNS = {
    "diagnosis": _diagnosis_noun,
    "fire": _fire_noun,
    "charge": _charge_noun,
    "release": _release_noun,
    "strike": _strike_noun,
    "sentence": _sentence_noun,
    "execution": _execution_noun,
    "exit": exit_noun,
    "slamming": _slamming_noun,
    "body-slamming": _slamming_noun,
}
# Launches and tests of weapons, disclosures, orders and bans (extract/acts.py)
AMBIGUOUS_VERBS.update(acts.VERB_SENSES)
AMBIGUOUS_NOUNS.update(acts.NOUN_SENSES)
# A chamber's acts on a measure or a nominee ("passed the bill", "the repeal failed", "the
# Senate confirmed Gorsuch"): votes, whatever the verb (extract/legislation.py).
AMBIGUOUS_VERBS.update(legislation.VERB_SENSES)
AMBIGUOUS_NOUNS.update(legislation.NOUN_SENSES)


def _first(*senses):
    """The first sense that reads the word as an event: "defeated the bill" a vote, "defeated
    Ossoff by four points" an election."""

    def sense(tok) -> Optional[str]:
        return next((t for f in senses if (t := f(tok)) is not None), None)

    return sense


# A candidate winning or losing a race (extract/elections.py); "defeat" is also a chamber's.
for _word in elections.WIN_VERBS | elections.LOSE_VERBS | elections.BEAT_VERBS:
    AMBIGUOUS_VERBS[_word] = _first(*(f for f in (AMBIGUOUS_VERBS.get(_word), elections.verb_sense) if f))
for _word in elections.WIN_NOUNS | elections.LOSS_NOUNS:
    AMBIGUOUS_NOUNS[_word] = _first(*(f for f in (AMBIGUOUS_NOUNS.get(_word), elections.noun_sense) if f))


# Someone asking someone else to act ("asked Comey to drop the investigation", "Trump's
# request"): a request (extract/requests.py); "pushed out" stays a departure.
for _word in requests.ASKING:
    AMBIGUOUS_VERBS[_word] = _first(*(f for f in (requests.request_verb, AMBIGUOUS_VERBS.get(_word)) if f))
AMBIGUOUS_NOUNS["request"] = requests.request_noun

# A measure pulled before its vote, or told by its fate: the measure's vote (extract/legislation.py)
for _word in legislation.PULLING:
    AMBIGUOUS_VERBS[_word] = _first(*(f for f in (legislation.pulled_verb, AMBIGUOUS_VERBS.get(_word)) if f))
AMBIGUOUS_NOUNS["withdrawal"] = legislation.withdrawal_noun
for _word in (legislation.MEASURES | legislation.EFFORTS) - {"nomination", "nominee"}:
    AMBIGUOUS_NOUNS[_word] = _first(
        *(f for f in (legislation.fated_measure, AMBIGUOUS_NOUNS.get(_word)) if f)
    )

# A bill, a budget or a plan made public ("released a healthcare bill", "the bill released
# Thursday"): an announcement, after the word's other senses (a prisoner released, secrets
# revealed) (extract/documents.py)
for _word in documents.VERBS:
    AMBIGUOUS_VERBS[_word] = _first(*(f for f in (AMBIGUOUS_VERBS.get(_word), documents.release_verb) if f))
for _word in documents.NOUNS:
    AMBIGUOUS_NOUNS[_word] = _first(*(f for f in (documents.release_noun, AMBIGUOUS_NOUNS.get(_word)) if f))
AMBIGUOUS_NOUNS["decision"] = courts.decision_noun  # a court's decision is a ruling (extract/courts.py)
