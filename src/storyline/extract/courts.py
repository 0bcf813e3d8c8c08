"""Court rulings: a court or a judge deciding a case, an order or a request ("A federal appeals
court ruled Thursday", "the 9th Circuit refused to reinstate the ban", "which was shot down by a
federal appeals court", "the court's decision"): RULE events, whatever the verb, so that reports
telling one ruling in different words are one kind of event. The court decides: "Democrats
blocked the bill" is a chamber's vote (extract/legislation.py), "shot down" a drone an attack.
An "appeals court" is a court, not an appeal.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract.nlp import lemma

RULE = "RULE"
# Nouns that are a court; a panel or a bench only when a court's ("a three-judge panel"), since a
# Senate panel is a committee
COURTS = {"court", "circuit", "tribunal", "judiciary", "judge", "justice", "magistrate"}
PANELS = {"panel", "bench"}
COURT_WORDS = COURTS | {"appeal", "appeals", "three-judge", "judicial", "appellate"}
TITLES = {"judge", "justice", "magistrate"}  # "Judge James Robart": a judge by title
# What a court does to a case, an order, a law or a request
VERBS = {
    "rule", "uphold", "overturn", "overrule", "reverse", "affirm", "strike", "block", "halt",
    "reject", "deny", "refuse", "decline", "shoot", "vacate", "order", "grant", "dismiss", "throw",
    "side", "invalidate", "suspend", "stay", "lift", "reinstate", "restore", "maintain", "allow", "issue",
}  # fmt: skip
# A verb without a subject of its own takes it from the verb it hangs on: "refused to
# reinstate", "In refusing to overturn the order, the U.S. Court of Appeals ... emphasized"
CARRIED = {"xcomp", "advcl", "pcomp", "conj", "prep"}


def _word(tok) -> str:
    return lemma(tok).lower()


def is_court(noun) -> bool:
    """ "a federal appeals court", "the 9th Circuit", "Judge James Robart", "a three-judge
    panel"; not "the Justice Department" (a department) or "a Senate panel"."""
    word = _word(noun)
    if word in COURTS or noun.lower_ in COURTS:
        return True
    mods = {_word(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if word in PANELS:
        return bool(mods & COURT_WORDS)
    return noun.ent_type_ == "PERSON" and bool(mods & TITLES)


def _subject(verb, depth: int = 0):
    """Who does the verb: its subject, its agent when passive, or that of the verb it hangs on."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    if depth < 3 and verb.dep_ in CARRIED and verb.head is not verb:
        return _subject(verb.head, depth + 1)
    return None


def ruling_verb(tok) -> Optional[str]:
    """A court's act ("upheld the restraining order", "was blocked by a federal judge"), or
    "ruled" said of one named before ("even before it ruled 3-to-0 on Thursday"); "ruled out"
    and "ruled the country" are none."""
    if tok.dep_ == "xcomp" and _word(tok.head) in VERBS:
        return None  # "refused to reinstate the ban": one ruling, told by the refusal
    subject = _subject(tok)
    if subject is not None and is_court(subject):
        return RULE
    if _word(tok) != "rule" or any(
        c.dep_ in ("prt", "dobj") and c.ent_type_ != "CARDINAL" for c in tok.children
    ):
        return None
    return RULE if subject is not None and subject.lower_ in ("it", "they") else None


def decision_noun(tok) -> Optional[str]:
    """ "a Ninth Circuit Court of Appeals decision", "the court's decision", "a decision by the
    judge": a ruling; anyone else's decision is none."""
    for c in tok.children:
        if c.dep_ in ("compound", "nmod", "poss") and is_court(c):
            return RULE
        if (
            c.dep_ == "prep"
            and c.lower_ == "by"
            and any(o.dep_ == "pobj" and is_court(o) for o in c.children)
        ):
            return RULE
    return None


def names_a_court(tok) -> bool:
    """ "appeals court", "appeal court judges": the word says which court, not that one was
    appealed to."""
    return tok.dep_ in ("compound", "amod", "nmod") and is_court(tok.head)
