"""Did it happen: Yes / No / Disputed from the sentences that name the very happening."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from storyline.extract import nlp
from storyline.present.ask.common import TOP, confidence, event_of, evidence, not_said
from storyline.present.ask.match import OPPOSITES, matches, opposite_matches, words
from storyline.present.ask.models import AskAnswer
from storyline.present.ask.parsing import parse, prefetch
from storyline.present.ask.question import Question
from storyline.present.ask.sentence import Sentence, in_articles
from storyline.store.base import Store
from storyline.store.records import EventRecord

NEGATION = re.compile(r"\b(never|not|n't|no|denied|denies|false|untrue|declined|refused)\b", re.I)
UNREAL = {
    "discuss",
    "propose",
    "plan",
    "want",
    "seek",
    "consider",
    "try",
    "suggest",
    "hope",
    "intend",
    "offer",
    "urge",
    "go",  # "was going to fire him": an intention
    "order",  # "Nixon's order for Richardson to sack special prosecutor Archibald Cox": not done
    "demand",
    "request",
    "pressure",
    "would",
    "could",
    "may",
    "might",
}
INSTEAD = re.compile(r"\b(?:rather than|instead of)\s+$", re.I)
DENIALS = {"deny", "dispute", "reject", "refute", "dismiss"}
# "declined to comment", "refused to testify", "failed to disclose", "missed the vote": it did
# not happen
REFUSALS = {"decline", "refuse", "fail", "neglect", "miss", "skip", "boycott"}


def _polarity(s: Sentence, q: Question) -> Optional[bool]:
    """Does the sentence say the happening took place (True), did not (False), or neither: it was
    only discussed, proposed or planned (None)?"""
    doc = parse(s.text)
    # no happening the event tables know ("did the Justice Department comment"): the question's word
    trig = q.trigger or next(iter(q.keywords), None)
    for tok in doc:
        lem = nlp.lemma(tok).lower()
        if trig and lem != trig and lem in q.keywords:
            continue  # "agreement" is the word asked about, not "agree"
        if trig and (lem == trig or tok.lower_.startswith(trig[:4])):
            if tok.dep_ == "amod":  # "alleged Russian efforts": a description, nobody alleging
                continue
            if (
                _someone_else(tok, q) or _done_to(tok, q) or _other_partner(tok, q)
            ):  # "Papadopoulos pleaded guilty ..., and
                continue  # Manafort ... face"; "Thank you to Rex Tillerson" for "did Tillerson thank"
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
                return _reply(doc)  # "asked whether he consulted Tillerson": asked, not told
            # (a noun in a list hangs on the first: "did not have a criminal background, prior record")
            base = tok
            while base.dep_ == "conj" and base.head.i != base.i:
                base = base.head
            if base.dep_ == "relcl" and not _asked_about(base.head, q):
                # "three times the amount that triggers an automatic recount", "The compromise,
                # which ended the shutdown and returned ... employees to work": a thing described
                # by what it does, not a report that it happened to what was asked about
                return None
            near = [c for c in tok.children] + [base.head] + list(base.head.children)
            if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in near):
                return False
            if _denied_word(tok, q) or _nobody(tok) or _left_out(tok, q):
                return False
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
                return None  # "the agreement could be renegotiated": possible, not done
            # "Flake asked no questions": the object denied; "had no official comment": the
            # happening itself as a noun
            if any(
                c.dep_ in ("dobj", "attr") and any(g.lower_ in ("no", "none") for g in c.children)
                for c in tok.children
            ) or (tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)):
                return False
            # "denied reports that Comey had asked": the source says it did not happen
            if any(nlp.lemma(a).lower() in DENIALS for a in tok.ancestors):
                return False
            if any(nlp.lemma(a).lower() in REFUSALS for a in tok.ancestors):
                return False
            if NEVER_CAME.search(s.text[tok.idx :]):
                return False  # "hope ... to return to work on Monday morning, which did not happen"
            if any(nlp.lemma(a).lower() in UNREAL for a in tok.ancestors):
                return None  # "discussed establishing a backchannel": not that it was established
            if INSTEAD.search(s.text[: tok.idx]):
                return False  # "faulting violence on many sides, rather than singling out ..."
            return True
    if q.goal and any(
        nlp.lemma(t).lower() == q.goal and any(c.dep_ == "neg" for c in t.children) for t in doc
    ):
        return False  # "did they agree to renegotiate it": "it cannot be renegotiated", they say
    if trig in OPPOSITES:  # "turned down the invitation", "declined": did not accept it
        for tok in doc:
            lem = nlp.lemma(tok).lower()
            down = lem == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
            if (lem in OPPOSITES[trig] or down and trig == "accept") and not _someone_else(tok, q):
                negated = any(c.dep_ == "neg" for c in tok.children)
                return (
                    None
                    if negated or any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children)
                    else False
                )
    if trig:
        # the question's own word, absent here: the sentence speaks of something else ("After
        # Saturday's statement, white nationalists celebrated" does not say Trump singled them out;
        # "appear in court" does not say whether he spoke there)
        return None
    return not NEGATION.search(s.text)


# what was hoped or planned, said not to have come about
NEVER_CAME = re.compile(
    r"^[^.;]*?,\s*which\s+(?:did\s+not|didn['’]t|never|has\s+not|hasn['’]t)\s+(?:happen|materialize|come)",
    re.I,
)


def _asked_about(tok: Token, q: Question) -> bool:
    """Is the word a name or a word of the question ("the compromise, which ..." is not)?"""
    low = tok.lower_
    return nlp.lemma(tok).lower() in q.keywords or any(k in low or low in k for k in q.name_keys)


def _reply(doc: Doc) -> Optional[bool]:
    """ "When asked whether he consulted Tillerson, Trump said he didn't speak with him": the
    answer the sentence reports, a negated clause under its saying verb; else it says nothing."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or nlp.lemma(root).lower() not in ("say", "tell", "respond", "reply", "answer"):
        return None
    said = [c for c in root.children if c.dep_ == "ccomp"]
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for v in said for c in v.children):
        return False
    return None


MODALS = {"could", "would", "might", "may"}
NOBODY = {"neither", "nobody", "none", "no"}


def _denied_word(tok: Token, q: Question) -> bool:
    """ "pleaded not guilty" for "did he plead guilty": a word of the question on the verb,
    negated there (and not in the question: "did he plead not guilty")."""
    for c in tok.children:
        lem = nlp.lemma(c).lower()
        if lem in q.keywords and any(g.dep_ == "neg" for g in c.children):
            return not re.search(rf"\bnot {re.escape(c.lower_)}\b", q.text, re.I)
    return False


def _someone_else(tok: Token, q: Question) -> bool:
    """Does a named subject do it here, and nobody asked about take part in its clause?"""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
    if not subj or not q.names:
        return False
    clause = " ".join(t.lower_ for c in tok.children if c.dep_ not in ("conj", "cc") for t in c.subtree)
    return not any(k in clause for k in q.name_keys)


def _done_to(tok: Token, q: Question) -> bool:
    """Is the one the question has doing it the one it is done to here ("Thank you to Rex
    Tillerson", "Trump thanked Tillerson" for "did Tillerson thank Trump")?"""
    if not q.subject or q.event_type in ("MEET", "COMMUNICATE"):  # "Kislyak met Sessions" is
        return False  # Sessions meeting Kislyak
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    if any(q.subject in " ".join(t.lower_ for t in c.subtree) for c in doers):
        return False
    # someone else its subject, or nobody (an imperative: "Thank you to ..."); a participle or an
    # infinitive without one ("to ask Comey", "asking") does not tell who does it
    if not doers and tok.i != next((t.i for t in tok.sent if t.is_alpha), tok.i):
        return False
    done = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    done += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    done += [
        g
        for c in tok.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.lower_ == "to"
        for g in p.children
    ]
    return any(q.subject in " ".join(t.lower_ for t in c.subtree) for c in done)


def _other_partner(tok: Token, q: Question) -> bool:
    """ "Tillerson speaks to the media" for "did Tillerson speak to Trump": a contact with someone
    else, named or not (a he/she/them may be the one asked about)."""
    if q.event_type not in ("MEET", "COMMUNICATE", "CALL") or len(q.name_keys) < 2:
        return False
    partners = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children
    ]
    if not partners or any(g.pos_ == "PRON" for g in partners):
        return False
    return not any(k in " ".join(t.lower_ for g in partners for t in g.subtree) for k in q.name_keys)


def _left_out(tok: Token, q: Question) -> bool:
    """ "He thanked his diplomats ... — but not Trump": the one it was asked about left out."""
    keys = [k for k in q.name_keys if k != q.subject]
    for t in tok.subtree:
        if any(t.lower_ == k.split()[-1] for k in keys):
            prev = t.doc[t.i - 1].lower_ if t.i > 0 else ""
            if prev in ("not", "except", "excluding") or any(c.dep_ == "neg" for c in t.children):
                return True
    return False


def _nobody(tok: Token) -> bool:
    """ "neither man spoke", "no one objected": the subject says nobody did it."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in NOBODY or any(g.dep_ == "det" and g.lower_ in NOBODY for g in c.children)
        ):
            return True
    return False


def _states(s: Sentence, q: Question) -> bool:
    """Is the happening a finite verb of the sentence (active, or passive with its auxiliary)?"""
    for tok in parse(s.text):
        if q.trigger and nlp.lemma(tok).lower() == q.trigger:
            # "fired", "was fired", "has sent": a finite verb, a passive or a perfect
            if tok.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ == "auxpass" or c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                for c in tok.children
            ):
                return True
    return False


# "... as saying that wasn’t true", "denied the report": the sentence after a report gainsays it
GAINSAID = re.compile(
    r"\b(?:that|this|it|the (?:report|claim|story|account))\s+(?:\w+\s+){0,2}?(?:was|is|were|are)\s*"
    r"(?:n['’]t|not)\s+(?:true|accurate|correct|the case)\b"
    r"|\b(?:denied|disputed|rejected)\s+(?:that|this|it|the (?:report|claim|story|account))\b",
    re.I,
)
NEXT_DOCS = 2  # articles read whole for a sentence gainsaying the report just before it


def _gainsaid(q: Question, yes: list[Sentence], store: Optional[Store]) -> list[Sentence]:
    """ "The Washington Post reported that Rosenstein had threatened to resign ... NBC followed up
    by quoting two unnamed Justice Department officials as saying that wasn’t true": the sentence
    right after a report that says it is not so, without telling the happening again."""
    out: list[Sentence] = []
    if store is None:
        return out
    for s, sents, at in in_articles(store, yes, NEXT_DOCS):
        for x in sents[at + 1 : at + 3]:
            if GAINSAID.search(x.text) and not (q.trigger and matches(q.trigger, words(x.text))):
                out.append(Sentence(s.doc, x.start, x.end, x.text, s.outlet, s.published, s.title))
                break
    return out


def happened(
    q: Question, good: list[Sentence], evs: list[EventRecord], docs: int, store: Optional[Store] = None
) -> AskAnswer:
    # only sentences that name the very happening and words asked about may contradict each other;
    # a related word ("communication" for "backchannel") supports retrieval, not a verdict
    others = [k for k in q.keywords if k != q.trigger]

    def about(s: Sentence) -> bool:
        # (the words may be in the sentence before, which it leaves them to: "never denied using the word")
        return sum(matches(k, words(s.before + " " + s.text)) for k in others) >= len(others) / 2

    exact = [
        s
        for s in good[:TOP]
        if (not q.trigger or matches(q.trigger, words(s.text)) or q.goal and matches(q.goal, words(s.text)))
        and about(s)
    ]
    if not exact and q.trigger:  # none uses the word: one that tells the opposite ("turned down")
        exact = [s for s in good[:TOP] if opposite_matches(q.trigger, s.text) and about(s)]
    prefetch([s.text for s in exact or good[:1]])
    said = [(s, _polarity(s, q)) for s in exact or good[:1]]
    yes = [s for s, p in said if p is True]
    no = [s for s, p in said if p is False]
    if yes and not no:
        no = _gainsaid(q, yes, store)
    # a sentence that states it ("Trump fired Comey", "Comey was fired") before one that takes it
    # for granted ("the day before firing Comey")
    said.sort(key=lambda sp: sp[1] is True and not _states(sp[0], q))
    best, happened = next(((s, p) for s, p in said if p is not None), said[0])
    ev = event_of(best, evs)
    disagreement = None
    if yes and no:
        disagreement = (
            f"Sources disagree: {yes[0].source} reports it (\u201c{yes[0].text}\u201d); "
            f"{no[0].source} says otherwise (\u201c{no[0].text}\u201d)."
        )
    if ev is not None and ev.status == "DISPUTED" and disagreement is None:
        disagreement = "The sources disagree: the store marks this event as disputed."
    verdict = (
        "Disputed"
        if yes and no
        else "Yes"
        if happened
        else "No"
        if happened is False
        else "Not said outright"
    )
    if verdict == "Not said outright" and (ev is None or ev.status not in ("PLANNED", "POSSIBLE")):
        # sentences that only speak of it ("suggesting that he might be recording his
        # conversations") tell neither a yes nor a no: the sources do not say
        return not_said(q)
    # the store's status of the event stands unless the sentences found tell it as done
    # (a source that says it did not happen says more: "turned down the invitation")
    if (
        ev is not None
        and ev.status in ("PLANNED", "POSSIBLE")
        and happened is not False
        and not (happened and len(yes) > len(no))
        and not (yes and no)  # sources that disagree say more than the store's status
    ):
        verdict = f"Not reported as having happened ({ev.status.lower()})"
    return AskAnswer(
        question=q.text,
        answer=f"{verdict}: {best.text.strip()}",
        confidence=confidence(best, True, docs),
        kind=q.kind,
        # (with another article's sentence that agrees, as other answers cite their support, and
        # one that says otherwise)
        evidence=evidence(
            [best]
            + [s for s in (yes if happened else no) if s.doc != best.doc][:1]
            + (no[:1] if happened else yes[:1])
        ),
        events=[ev.id] if ev else [],
        claims=[],
        disagreement=disagreement,
    )
