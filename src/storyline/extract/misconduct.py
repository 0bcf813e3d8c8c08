"""Acts of misconduct as events, so that a denial of one meets the reports of it: "Russia denied
meddling in the election" against "intelligence agencies concluded Russia interfered", "Trump
has denied any collusion", "denied having an affair with the women", "denied any wrongdoing".

Three kinds, read in the articles as three questions: INTERFERE (one country or body meddling
in another's affairs or election, or hacking it), COLLUDE (acting in secret with another:
"collusion between the campaign and Russia", "coordinated with WikiLeaks") and MISCONDUCT
(wrongdoing of one's own, an affair). The nouns are events with participants like the verbs:
"Russian meddling in the U.S. election" has Russia as agent (the nationality before it) and
the United States as patient (whose election it is). Such nouns are often asked about or
alleged ("an investigation into possible collusion", "allegations of Russian meddling"): that
is factuality's reading of the governing noun, which never makes them a fact.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from storyline.extract.nlp import lemma
from storyline.model import Certainty, Factuality, Special

INTERFERE = "INTERFERE"
COLLUDE = "COLLUDE"
MISCONDUCT = "MISCONDUCT"
VERBS = {"meddle": INTERFERE, "interfere": INTERFERE, "hack": INTERFERE, "collude": COLLUDE}
NOUNS = {
    "meddling": INTERFERE,
    "interference": INTERFERE,
    "hacking": INTERFERE,
    "hack": INTERFERE,
    "collusion": COLLUDE,
    "wrongdoing": MISCONDUCT,
    "misconduct": MISCONDUCT,
    "impropriety": MISCONDUCT,
}
# "coordinated with Russia", "coordination between the campaign and WikiLeaks"; not "coordinated
# the response", "policy coordination"
WITH_SOMEONE = {"coordinate": COLLUDE, "coordination": COLLUDE, "conspire": COLLUDE}
# an affair as a relationship ("an affair with Daniels", "an alleged affair", "denied having
# affairs"), not a matter ("foreign affairs", "the whole affair", "Veterans Affairs")
LOVE = {
    "extramarital",
    "alleged",
    "sexual",
    "romantic",
    "adulterous",
    "illicit",
    "secret",
    "brief",
    "consensual",
}
# conduct called wrong: "any improper activity", "illegal conduct"; not "activity" alone
WRONG = {"improper", "illegal", "inappropriate", "unlawful", "criminal", "unethical", "corrupt"}
CONDUCT = {"activity", "conduct", "behavior", "behaviour", "dealing", "act", "action", "practice"}
# the target of an interference: "in the election", "in U.S. affairs", "with the investigation"
TARGET_PREPS = {"in", "with", "into"}


def _with(tok) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def _affair(tok) -> bool:
    if _with(tok) or any(c.dep_ == "amod" and c.lower_ in LOVE for c in tok.children):
        return True
    # "denied having affairs": the object of "have", with no word saying which matter
    bare = not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    return bare and tok.dep_ == "dobj" and lemma(tok.head).lower() == "have"


def _hacked(tok) -> bool:
    """ "The DNC hack", "the email hacks", "Russian hack", "the hack of the DNC": what is hacked
    or who hacks is named with it."""
    return any(
        c.dep_ in ("compound", "poss")
        or c.dep_ == "amod"
        and c.ent_type_ == "NORP"
        or c.dep_ == "prep"
        and c.lower_ in ("of", "on", "into")
        for c in tok.children
    )


def verb_type(tok) -> Optional[str]:
    lem = lemma(tok).lower()
    if lem in WITH_SOMEONE:
        return WITH_SOMEONE[lem] if _with(tok) else None
    return VERBS.get(lem)


def noun_type(tok) -> Optional[str]:
    lem = lemma(tok).lower()
    if lem in WITH_SOMEONE:
        return WITH_SOMEONE[lem] if _with(tok) else None
    if lem == "affair":
        return MISCONDUCT if _affair(tok) else None
    if lem == "hack" and not _hacked(tok):
        return None  # "a political hack": a person
    if lem in CONDUCT:
        return MISCONDUCT if any(c.dep_ == "amod" and c.lower_ in WRONG for c in tok.children) else None
    if tok.lower_ == "quo" and tok.doc[max(tok.i - 2, 0) : tok.i].text.lower() == "quid pro":
        return MISCONDUCT  # "there was any quid pro quo" (its noun is "quo")
    return NOUNS.get(lem)


def roles(tok, etype: str, args: list) -> list:
    """(token, role) of the act, beyond the generic reading ``args``: who does it when a
    nationality names them ("Russian meddling", "Russia's interference" is the possessor
    already), and for an interference what it is in ("in the U.S. election": the United
    States, its election's owner; "in Ukraine")."""
    out = list(args)
    if tok.pos_ == "NOUN":
        out += [
            (c, "agent") for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
        ]
    if etype != INTERFERE:
        return out
    targets = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in TARGET_PREPS:
            continue
        for o in p.children:
            if o.dep_ == "pobj":
                targets += [o] if o.ent_type_ else []
                targets += [
                    c for c in o.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_
                ]
    if lemma(tok).lower() in ("hack", "hacking") and tok.pos_ == "NOUN":
        # what is hacked is named before it: "the DNC hack" (a nationality still does it)
        targets += [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ not in ("", "NORP")]
    taken = {t.i for t in targets}
    return [(a, r) for a, r in out if a.i not in taken] + [(t, "patient") for t in targets]


TYPES = {INTERFERE, COLLUDE, MISCONDUCT}

# What an act is looked into, looked for or alleged as: "investigating collusion", "the probe
# into Russian interference", "no evidence of collusion", "the collusion allegations". The
# reports of the Russia story name collusion far more often this way than as a fact.
INQUIRY = {
    "investigate", "investigation", "probe", "inquiry", "examine", "examination", "review",
    "question", "look", "hearing", "query", "counterintelligence",
}  # fmt: skip
EVIDENCE = {"evidence", "proof", "sign", "indication", "hint", "trace"}
ALLEGED = {
    "allegation", "accusation", "claim", "charge", "suspicion", "theory", "narrative", "hoax",
    "rumor", "story", "conspiracy", "myth", "speculation", "concern", "fraud", "delusion",
}  # fmt: skip
_CLIMB = 3  # nouns up from the act: "the probe into allegations of collusion with Russia"


def _negated(gov) -> bool:
    """ "no evidence", "did not find any evidence", "hasn't seen evidence"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
        return True
    verb = gov.head
    return gov.dep_ in ("dobj", "attr", "pobj") and any(c.dep_ == "neg" for c in verb.children)


def hedged(tok, fact: Factuality) -> Factuality:
    """The act's factuality once what governs it is read: asked about (QUESTION, POSSIBLE),
    looked for without being found (POSSIBLE), found or alleged (PROBABLE); unchanged when
    nothing such governs it or it is no fact already."""
    if not fact.happened:
        return fact
    g = tok
    for _ in range(_CLIMB):
        if g.dep_ == "conj":
            g = g.head
        if g.dep_ == "compound" or g.dep_ in ("dobj", "nsubjpass") and g.pos_ == "NOUN":
            gov = g.head
        elif g.dep_ in ("pobj", "pcomp") and g.head.dep_ == "prep":
            gov = g.head.head  # "the probe into Russian interference", "into how Russia meddled"
        elif g.dep_ in ("acl", "ccomp", "relcl") and g.head.pos_ == "NOUN":
            gov = g.head  # "allegations Russia meddled", "no evidence that Trump had ever colluded"
        else:
            return fact
        word = lemma(gov).lower()
        if word in INQUIRY:
            return replace(fact, certainty=Certainty.POSSIBLE, special=Special.QUESTION)
        if word in EVIDENCE:
            # "no evidence of collusion" asserts no act and denies none either: possible
            return replace(fact, certainty=Certainty.POSSIBLE if _negated(gov) else Certainty.PROBABLE)
        if word in ALLEGED:
            return replace(fact, certainty=Certainty.PROBABLE)
        if gov.pos_ not in ("NOUN", "VERB"):  # "into how Russia meddled … by hacking Democrats"
            return fact
        g = gov
    return fact
