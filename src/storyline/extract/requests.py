"""Requests: someone asking someone else to do something ("Trump asked Comey to drop the
investigation", "pressured the FBI director to shut down the probe", "Trump's request").

The asking happened, and is an event of its own (REQUEST): its agent is who asks, its patient
who is asked. What is asked for stays what it was, a demand (factuality reads "drop the
investigation" as DEMAND: it is no fact). The people the requested act names are the request's
content (role ``content``): one request by the same asker to the same person about the same
thing is one event across reports, and a request about another thing is another.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract.nlp import lemma

# Verbs of asking someone to act. "Urge" without someone urged stays a proposal ("urged
# caution"); "tell" only with someone told to act ("told Comey to let it go"), not "told
# reporters that"; "push" is left to the departures ("pushed Flynn to resign": an ouster).
ASKING = {"ask", "urge", "press", "pressure", "tell", "implore", "beg", "request"}
ROLE = "content"


def _to_clause(verb):
    """The infinitive a verb of asking governs: "asked Comey [to drop]", "asked [him to drop]"
    (the parse makes "him" its subject), or None."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return c
    return None


def _asked_for(verb):
    """ "asked for the vote to be pulled", "pressed for Flynn's ouster": what is asked for."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def asked(verb):
    """Who is asked: the object ("asked Comey to"), or the infinitive's subject ("asked him
    to drop", parsed as a clause of its own)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None:
        return obj
    clause = _to_clause(verb)
    if clause is not None:
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def request_verb(tok) -> Optional[str]:
    """ "Asked Comey to drop", "pressured the FBI director to shut down", "requested that",
    "asked for the vote to be pulled": a request. "Asked a question", "told reporters", "pushed
    the bill", "pressed charges" are not; "urged" alone stays a proposal."""
    lem = lemma(tok).lower()
    if lem not in ASKING:
        return None
    if lem == "request":
        return "REQUEST"
    if _to_clause(tok) is not None and asked(tok) is not None:
        return "REQUEST"
    if lem in ("ask", "press") and _asked_for(tok) is not None:
        return "REQUEST"
    return "PROPOSE" if lem == "urge" else None


def content(tok) -> list:
    """The tokens of what is asked for: the infinitive's clause or the "for" object, without
    the one asked (the subject of a clause that the parse makes of "him to drop")."""
    what = _to_clause(tok) or _asked_for(tok)
    if what is None and lemma(tok).lower() == "request":
        what = next((c for c in tok.children if c.dep_ in ("ccomp", "dobj")), None)
    if what is None:
        return []
    who = asked(tok)
    skip = {t.i for t in who.subtree} if who is not None and who.head.i == what.i else set()
    return [t for t in what.subtree if t.i not in skip]


def request_noun(tok) -> Optional[str]:
    """ "Trump's request", "a request to end the investigation": a request. A request for
    comment, a records request are one too, but name no one who asks."""
    return "REQUEST"


def noun_content(tok) -> list:
    """ "a request to end the investigation", "his request that Comey drop it": what is asked."""
    what = next(
        (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None
    )
    if what is None or what.dep_ == "relcl":
        return []
    return list(what.subtree)


def roles(tok, args: list, named) -> list:
    """A request's (token, role) pairs: who asks, who is asked, and the named people and bodies
    of what is asked for (``named``: token -> whether it names someone)."""
    out = [(a, r) for a, r in args if r != "participant" or tok.pos_ != "VERB"]
    if tok.pos_ == "VERB":
        who = asked(tok)
        if who is not None and all(a.i != who.i for a, _ in out):
            out.append((who, "patient"))
        what = content(tok)
    else:
        what = noun_content(tok)
    taken = {a.i for a, _ in out}
    out += [(t, ROLE) for t in what if named(t) and t.i not in taken]
    return out
