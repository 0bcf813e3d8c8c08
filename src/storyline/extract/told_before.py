"""The sentence a pointing-back denial answers when no claim was read in it: "Baker has faced
criticism in the past for softening coverage of President Donald Trump. He has denied the
criticisms"; "The suit triggered similar claims from other women … Ailes strongly denied the
claims"; "The Steele dossier's major charge is that … The Trump White House denies the charge".
The sentence names the very thing the denial points back to, nearer than any claim told before
it, so it, not an older claim, tells what is denied: a claim of the report is read in it."""

from __future__ import annotations

from typing import Optional

from storyline.extract.context import SentenceContext
from storyline.extract.nlp import lemma
from storyline.model import Claim

# the words naming each pointing noun's thing when it was told: the noun itself, or the verb or
# adjective it is made from ("his alleged affair" tells an allegation); "report", "story" and
# "account" are left out: "reported", "according to" name a telling, not the thing denied
FORMS = {
    "allegation": {"allegation", "allege", "alleged", "accusation", "accuse"},
    "accusation": {"accusation", "accuse", "allegation", "allege", "alleged"},
    "charge": {"charge", "allegation", "accusation"},
    "claim": {"claim"},
    "criticism": {"criticism", "criticize", "criticise"},
    "characterization": {"characterization", "characterize", "characterise"},
    "assertion": {"assertion", "assert"},
    "suggestion": {"suggestion"},
}


def naming(ctx: SentenceContext, noun: str, after: int, back: int) -> Optional[int]:
    """The nearest sentence before the denial's, later than sentence ``after`` and at most
    ``back`` before it, whose words name the noun's thing; none that tells a denial (the
    denier's own "has denied the allegations" told again)."""
    forms = FORMS.get(noun)
    spans = ctx.doc.spans
    if not forms or len(spans) <= ctx.index:
        return None
    denying = {c.sent for c in ctx.doc.claims if c.stance == "DENY"}
    for j in range(ctx.index - 1, max(after, ctx.index - back - 1), -1):
        if j not in denying and any(lemma(t).lower() in forms and _tells(t) for t in spans[j]):
            return j
    return None


def _tells(tok) -> bool:
    """The word tells the thing, not only names it: a verb or adjective ("accused", "his alleged
    affair"), or a noun told with whose or what it is ("claims from other women", "faced criticism
    for softening coverage", "the dossier's major charge is that …"); not a topic ("a national
    reckoning about sexual assault allegations") nor a thing named again ("Those allegations")."""
    if _named_again(tok):
        return False
    if tok.pos_ != "NOUN":
        return True
    if any(c.dep_ in ("poss", "acl", "relcl", "prep") for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ in ("nsubj", "attr", "dobj")
        and any(c.dep_ == "ccomp" for c in head.children)
        or (tok.dep_ == "dobj" and lemma(head).lower() in ("face", "make", "level", "raise", "lodge", "file"))
    )


def _named_again(tok) -> bool:
    """ "Those allegations sank his hopes …": a noun naming again a thing told before it, which
    does not tell it (the telling is further back)."""
    return any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such") for c in tok.children
    )


def telling(ctx: SentenceContext, j: int) -> Claim:
    """The claim sentence ``j`` tells: its own ASSERT or CONFIRM claim, else one of the report
    (its attributed sources, or the article's), added to the document's claims."""
    own = next((c for c in ctx.doc.claims if c.sent == j and c.stance in ("ASSERT", "CONFIRM")), None)
    if own is not None:
        return own
    span = ctx.doc.spans[j]
    told = ctx.doc.sentence(j, span)
    claim = Claim(
        id=ctx.next_id("c"),
        sent=j,
        stance="ASSERT",
        text=span.text.strip(),
        start=span.start_char,
        end=span.end_char,
        speaker_text=(told.report_sources or [None])[0],
        attributed_to=list(told.sources),
        doc=ctx.doc_id,
    )
    ctx.doc.claims.append(claim)
    return claim
