"""Acts that news tells with everyday verbs whose sense the object decides: a missile launched
or tested ("North Korea test-launched an ICBM"), information shared or leaked ("divulged
classified information to the Russians"), an executive order signed or issued, a ban imposed.
Used by extract/event_senses.py; "launched a campaign", "shared the blame", "signed a
petition", an oil leak are none of these."""

from __future__ import annotations

from typing import Optional

from storyline.extract.nlp import lemma

LAUNCH = "LAUNCH"
DISCLOSE = "DISCLOSE"
ENACT = "ENACT"
BAN = "BAN"
ATTACK = "ATTACK"

# What is launched or tested as a weapon (a shell or a bullet is fired, never tested)
PROJECTILES = {"missile", "rocket", "icbm", "icbms", "projectile", "warhead"}
TESTED = PROJECTILES | {"bomb", "weapon", "device"}  # "tested a hydrogen bomb"
# Missiles that tests are of, and those that strike targets (a Tomahawk fired from a destroyer)
TESTS = {"ballistic", "intercontinental", "icbm", "hypersonic", "test"}
STRIKING = {"cruise", "tomahawk", "air-to-surface", "anti-aircraft", "surface-to-air"}
# A target the weapon is fired at makes it an attack; the sea a test lands in does not
WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay", "pacific", "zone"}
# What is dropped on a target as an attack: "dropped America's most powerful non-nuclear bomb on
# ISIS targets", "dropped the Massive Ordnance Air Blast"; "dropped an F-bomb", "dropped a
# bombshell" are words, not weapons
MUNITIONS = {"bomb", "bombs", "ordnance", "munition", "munitions", "explosive", "explosives", "moab", "napalm"}  # fmt: skip
NOT_WEAPONS = {"f", "truth", "f-bomb", "bombshell"}
# What is disclosed: information, not oil, blame or values
INFORMATION = {
    "information", "intelligence", "secret", "detail", "data", "document", "memo", "email", "e-mail",
    "file", "material", "classified", "identity", "name", "transcript", "tape", "recording", "letter",
    "report", "conversation", "source", "bean", "dossier", "cable", "content",
}  # fmt: skip
# What leaks or spills out as a substance: a disaster, not a disclosure
SUBSTANCES = {
    "oil", "gas", "water", "chemical", "fuel", "radiation", "liquid", "sewage", "crude", "methane",
    "pipeline", "pipe", "tank", "reactor", "roof", "coffee", "blood", "toxic", "waste", "ammonia",
}  # fmt: skip
# Executive instruments a head of government signs or issues (a bill signed is a law, a
# petition or a contract signed no order)
DECREES = {"order", "decree", "proclamation", "directive", "memorandum", "edict", "executive"}
# What an order imposes
POLICIES = {"ban", "halt", "suspension", "freeze", "moratorium"}


def _theme(tok):
    """The verb's object, its subject when passive, or the noun a participle describes."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":  # "leaked emails", "missiles launched"
        return tok.head
    return None


def _word(tok) -> str:
    return lemma(tok).lower() if tok is not None else ""


def _kinds(noun) -> set[str]:
    """The noun's lemma and those of its modifiers: "classified information", "ballistic missile"."""
    if noun is None:
        return set()
    mods = {_word(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return mods | {_word(noun), noun.lower_}


def _of(noun) -> set[str]:
    """What an "of" after the noun names: "the firing of the missile", "tests of missiles"."""
    return {
        _word(o)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    }


def _when(noun) -> bool:
    """ "on Tuesday", "on Tuesday test" (as the parser reads "on Tuesday test launched"): a date."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def targeted(verb) -> bool:
    """Fired at or on something other than the sea: "fired missiles at a Syrian depot"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "on", "upon", "against")
        and any(o.dep_ == "pobj" and _word(o) not in WATERS and not _when(o) for o in c.children)
        for c in verb.children
    )


def fired_weapon(verb) -> Optional[str]:
    """A test-fired missile or a ballistic one fired into the sea or over a country is a launch
    ("North Korea fired a ballistic missile into the sea of Japan"); one fired at a target, or
    a cruise missile, is an attack ("Israeli aircraft ... firing eight missiles")."""
    theme = _theme(verb)
    if _word(theme) not in PROJECTILES or targeted(verb) or _kinds(theme) & STRIKING:
        return None
    doc = verb.doc
    tested = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test"
    return LAUNCH if tested or _kinds(theme) & TESTS or _over(verb) or _over(theme) else None


def _over(word) -> bool:
    """ "into the sea", "over Japan", "a missile that landed in the Sea of Japan": where a test
    flies (on the verb or, as the parser often hangs it, on the missile)."""
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ in ("into", "over") and any(o.dep_ == "pobj" for o in c.children):
            return True
        if c.dep_ == "relcl" and _word(c) in ("land", "fall", "splash", "fly"):
            return True
    return False


def launch_verb(tok) -> Optional[str]:
    """ "launched an intercontinental ballistic missile", "tested a hydrogen bomb", not "launched
    a campaign" or "tested the waters"."""
    theme = _word(_theme(tok))
    weapons = TESTED if _word(tok) in ("test", "test-fire", "test-launch") else PROJECTILES
    if theme in weapons or _theme(tok) is not None and _theme(tok).lower_ in weapons:
        striking = targeted(tok) or _kinds(_theme(tok)) & STRIKING
        return "ATTACK" if striking and _word(tok) == "launch" else LAUNCH
    return None


def launch_noun(tok) -> Optional[str]:
    """ "the missile launch", "test launches of ICBMs", "nuclear missile testing", "the firing of
    the missile"; a product launch or a drug test is none."""
    if (_kinds(tok) | _of(tok)) & TESTED - {"device"}:
        return LAUNCH
    return None


def disclose_verb(tok) -> Optional[str]:
    """ "shared classified information with", "divulged secrets", "leaked his memos", "spilled
    top secret intelligence", not "shared the blame", "spilled oil"."""
    word = _word(tok)
    theme = _theme(tok)
    kinds = _kinds(theme)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if kinds & SUBSTANCES or (theme is None and _word(subject) in SUBSTANCES):
        return "DISASTER" if word in ("leak", "spill") else None
    if kinds & INFORMATION or "secret" in kinds:
        return DISCLOSE
    if word in ("leak", "divulge"):  # "leaked to the press", "what was leaked": information
        return DISCLOSE
    return None


def leak_noun(tok) -> Optional[str]:
    """ "the leaks to the media", "the CIA leak case" disclose; "a gas leak" is a disaster."""
    if (_kinds(tok) | _of(tok)) & SUBSTANCES or _word(tok.head) == "plug":
        return "DISASTER"
    return DISCLOSE


def enact_verb(tok) -> Optional[str]:
    """An order signed or issued ("signed an executive order", "issued a directive banning"), a
    ban imposed or ordered ("instituted the travel ban", "ordered a halt")."""
    theme = _theme(tok)
    kinds = _kinds(theme)
    if _word(theme) in POLICIES and _word(tok) != "sign":
        return BAN if _word(theme) == "ban" else ENACT
    if _word(tok) not in ("sign", "issue"):
        return None
    if "executive" in kinds and _word(theme) in ("action", "order"):
        return ENACT  # a judge issues orders too ("issued a temporary restraining order")
    if _word(theme) in DECREES - {"order"} or _word(tok) == "sign" and _word(theme) == "order":
        return ENACT
    return None


def capability(tok) -> bool:
    """What something could do, not what it did: "a missile capable of striking the U.S.",
    "the capability to strike"."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "of":
        return _word(head.head) in ("capable", "capability", "ability", "incapable")
    return tok.dep_ in ("acl", "xcomp") and _word(head) in ("capability", "ability", "capacity")


def _munition(noun) -> bool:
    """A bomb named by its noun or in its name ("the Massive Ordnance Air Blast (MOAB)")."""
    words = {_word(t) for t in noun.subtree if t.dep_ in ("compound", "amod", "appos") or t.i == noun.i}
    words |= {t.lower_ for t in noun.subtree if t.dep_ in ("compound", "appos") or t.i == noun.i}
    return bool(words & MUNITIONS) and not words & NOT_WEAPONS


def drop_verb(tok) -> Optional[str]:
    """ "The US military dropped ... bomb on ISIS targets", "the giant bomb U.S. forces dropped":
    an attack; "dropped the charges", "dropped out of the race" are not."""
    theme = _theme(tok)
    if any(c.dep_ == "auxpass" for c in tok.children):  # "the bomb was dropped", parsed nsubj
        theme = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), theme)
    if theme is not None and theme.dep_ in ("nsubj", "nsubjpass") and _munition(theme):
        return ATTACK  # "A GBU-43/B Massive Ordnance Air Blast Bomb (MOAB) ... was dropped"
    if not _on_target(tok):
        return None  # "Reid's decision to drop that bomb", "drop some bombs for you": words
    if theme is not None and _munition(theme):
        return ATTACK
    if tok.dep_ == "relcl" and _munition(tok.head):  # "the bomb (that) U.S. forces dropped"
        return ATTACK
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "the giant bomb U.S. forces dropped"
    if (
        theme is None
        and subj is not None
        and any(c.dep_ == "compound" and _munition(c) for c in subj.children)
    ):
        return ATTACK
    return None


def _on_target(verb) -> bool:
    """A bomb dropped "on ISIS targets", "over Hiroshima", "in Afghanistan": on a place or a foe."""
    return any(
        (t.dep_ == "prep" and t.lower_ in ("on", "over")) or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
        for t in verb.subtree
    )


def dropping_noun(tok) -> Optional[str]:
    """ "The dropping of a 21,000-lb. bomb": an attack."""
    return ATTACK if _of(tok) & MUNITIONS else None


VERB_SENSES = {
    "drop": drop_verb,
    "launch": launch_verb,
    "test": launch_verb,
    "test-fire": launch_verb,
    "test-launch": launch_verb,
    "share": disclose_verb,
    "divulge": disclose_verb,
    "disclose": disclose_verb,
    "reveal": disclose_verb,
    "leak": disclose_verb,
    "spill": disclose_verb,
    "sign": enact_verb,
    "issue": enact_verb,
    "impose": enact_verb,
    "institute": enact_verb,
    "order": enact_verb,
}


def firing_noun(tok) -> Optional[str]:
    """ "the firing of the missile" is a launch, "the firing of Comey" a dismissal."""
    return LAUNCH if _of(tok) & PROJECTILES else "FIRE"


def order_noun(tok) -> Optional[str]:
    """ "Trump's executive order on immigration", not a court's order or the world order."""
    return ENACT if "executive" in _kinds(tok) else None


def decree_noun(tok) -> Optional[str]:
    """A decree a ruler issues, not a court's "consent decree" settling a case."""
    return None if "consent" in _kinds(tok) else ENACT


NOUN_SENSES = {
    "dropping": dropping_noun,
    "firing": firing_noun,
    "decree": decree_noun,
    "order": order_noun,
    "launch": launch_noun,
    "test": launch_noun,
    "testing": launch_noun,
    "leak": leak_noun,
}
