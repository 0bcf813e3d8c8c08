"""Factuality of an event mention, read from the dependency parse (FactBank / MEANTIME).

``read(tok)`` starts at the trigger's own clause (negation, modal, tense, adverbs, "if",
"whether", "?") and walks up the chain of predicates that embed it, each of which may change
what the sentence commits to: "said that" keeps, "denied that" negates, "hoped that" makes it
possible, "refused to" / "failed to" negate, "plans to" / "will" put it ahead, "called for X to"
makes it a demand. The rules and their choices are documented in docs/factuality.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.extract import factuality_lexicon as lx
from storyline.extract.event_senses import withdraws
from storyline.extract.factuality_clause import (
    Local,
    condition,
    interrogative,
    lemma,
    local,
    noun_local,
    surface_condition,
    tense,
)
from storyline.model import Certainty, EventTime, Factuality, Polarity, Special

_CERT = (Certainty.CERTAIN, Certainty.PROBABLE, Certainty.POSSIBLE)
_VERBAL = ("VERB", "AUX")
# Relations along which a clause is read in the context of the predicate that embeds it.
_TIME_MARKS = {"when", "once", "until", "till", "before", "after", "whenever"}
_ASSERTED_MARKS = {"though", "although", "whereas"}  # a concession is told as a fact
_COMPLEMENTS = {"xcomp", "ccomp", "pcomp", "csubj", "csubjpass", "oprd", "dobj", "acomp"}
# An event noun as the object or subject of a verb: "held a meeting", "the meeting never happened".
_NOMINAL_OBJ = {"dobj", "nsubjpass", "attr", "oprd"}
_MAX_STEPS = 12  # a chain of embeddings is short; a malformed parse must not loop


@dataclass
class State:
    """What the sentence says of the event so far, innermost first."""

    neg: bool = False
    cert: int = 0  # index into _CERT: more hedging, higher
    time: EventTime | None = None
    special: Special = Special.NONE
    would: bool = False  # "would" not yet read as a future in the past or a hypothesis
    weak: bool = False  # past an adverbial clause: only its time and case still carry over
    opaque: bool = False  # past a source ("said that", "denied that"): a negation higher up
    # ("declined to say whether X") leaves X uncommitted rather than negated

    def flip(self) -> None:
        if self.opaque:
            self.hedge(2)
        else:
            self.neg = not self.neg

    def hedge(self, level: int) -> None:
        self.cert = max(self.cert, level)

    def mark(self, special: Special) -> None:
        if self.special is Special.NONE:  # the innermost context names the case
            self.special = special

    def result(self) -> Factuality:
        if self.would:
            self.mark(Special.HYPOTHETICAL)
        if self.special in (Special.CONDITIONAL, Special.HYPOTHETICAL, Special.DEMAND):
            self.hedge(2)
        if self.special is Special.DEMAND:
            self.time = EventTime.FUTURE
        return Factuality(
            polarity=Polarity.NEG if self.neg else Polarity.POS,
            certainty=_CERT[self.cert],
            time=self.time or EventTime.PAST,
            special=self.special,
        )


def read(tok) -> Factuality:
    """The factuality of the event whose trigger is ``tok`` (a spaCy token)."""
    st = State()
    cur = tok
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") and tok.head.pos_ in _VERBAL:
        cur = tok.head  # "is not aware of it": a predicate adjective is read at its copula
    # a word with its own auxiliaries is a verb whatever its tag ("the strike could last weeks",
    # "last" tagged as an adjective): its modal and tense count; so is the head of a clause with a
    # marker ("until the Senate votes to confirm him", "votes" tagged as a plural noun)
    verbal = (
        cur.pos_ in _VERBAL
        or any(c.dep_ in ("aux", "auxpass") for c in cur.children)
        or cur.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in cur.children)
    )
    fold(st, local(cur) if verbal else noun_local(cur), neg=True)
    for _ in range(_MAX_STEPS):
        cur = step(st, cur)
        if cur is None:
            break
    if st.special is Special.NONE and tok.dep_ not in ("acl", "relcl") and surface_condition(tok):
        # the parse lost the condition the words open; a relative clause in it describes
        # something presupposed ("If the practices highlighted here are …")
        st.mark(Special.CONDITIONAL)
    if st.special is Special.NONE and st.time in (EventTime.PRESENT, None) and _in_generic(tok):
        st.mark(Special.GENERIC)
        st.time = EventTime.PRESENT
    return st.result()


# Prepositions whose gerund tells how or when the clause's event comes about: "draw audiences by
# taking controversial positions", "after working around them every day, you don't want to".
_MEANS_PREPS = {"by", "after", "before", "while", "when", "through"}


def _in_generic(tok) -> bool:
    """'Women who choose abortion often do so', 'Oil companies tend to work with subcontractors,
    which increases …', 'voters don't normally care about what happens in Iowa', 'talking
    heads often draw audiences by taking positions, vilifying opponents': a relative clause or
    a free relative in the simple present, or a gerund of means or time, inside a generic
    clause speaks of the kind too (a past or a modal one does not: "subcontractors, which
    caused the spill")."""
    while tok.dep_ in ("conj", "advcl") and tok.head.i != tok.i and tok.tag_ == tok.head.tag_ == "VBG":
        tok = tok.head  # "by taking positions, vilifying opponents and engaging in disputes"
    if any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
        for c in tok.children
        if c.tag_ not in ("WP", "WDT")
    ):
        return False  # a modal, a tense or a subject of its own
    if tok.tag_ == "VBG":
        return tok.dep_ == "pcomp" and tok.head.lower_ in _MEANS_PREPS and _generic_clause(tok.head.head)
    if tok.tag_ not in ("VBZ", "VBP"):
        return False
    free = tok.dep_ in ("pcomp", "ccomp") and any(
        c.tag_ in ("WP", "WDT") for c in tok.children if c.i < tok.i
    )
    if tok.dep_ != "relcl" and not free:
        return False
    return _generic_clause(tok.head)


def _generic_clause(n) -> bool:
    """Is the clause that ``n`` stands in (``n`` itself when it is a verb) generic?"""
    v = n
    for _ in range(_MAX_STEPS):  # up to the clause the relative hangs in
        if v.pos_ in _VERBAL or v.head.i == v.i:
            break
        v = v.head
    return v.pos_ in _VERBAL and read(v).special is Special.GENERIC


def fold(st: State, loc: Local, neg: bool) -> None:
    """Fold a clause's own reading into the state; ``neg`` also takes its negation."""
    if st.weak:
        st.time = st.time or loc.time
        if loc.special in (Special.CONDITIONAL, Special.QUESTION, Special.HYPOTHETICAL):
            st.mark(loc.special)
        return
    if neg and loc.neg:
        st.flip()
    st.hedge(loc.cert)
    st.time = st.time or loc.time
    if loc.special is not Special.NONE:
        st.mark(loc.special)
    st.would = st.would or loc.would


def step(st: State, c):
    """Move from ``c`` up to the predicate that embeds it, folding in what that predicate says
    of the event; None when nothing embeds it any more."""
    dep, g, prep = c.dep_, c.head, None
    if dep == "compound" and c.pos_ not in _VERBAL and g.pos_ in ("NOUN", "PROPN"):
        return g  # "denied meeting Kislyak" parsed as a compound: read it where its head stands
    if dep in ("acl", "relcl") and c.pos_ in _VERBAL and _has_to(c) and not st.weak:
        if lemma(g) not in lx.NOUN_GOVERNORS:
            st.hedge(2)  # "things to talk about", "every avenue to recover the emails"
            st.time = st.time or EventTime.FUTURE
            return None
    if dep == "relcl" and _has_to(c) and not st.weak and lemma(g) in lx.NOUN_GOVERNORS:
        return _under_noun(st, c, g, None)  # "these promises to address the debt"
    if (
        dep == "acl"
        and c.tag_ == "VBG"
        and not st.weak
        and _none_of(g)
        and lemma(g).lower() not in lx.NOUN_GOVERNORS
    ):
        # "no tourists riding the bus", "there is no one taking calls": nobody does it (but "no
        # danger of Trump firing Mueller" forecasts, below)
        st.flip()
        if g.head.pos_ in _VERBAL:
            st.time = st.time or tense(g.head)
        return None
    if dep in ("relcl", "acl") and not st.weak and _asked(g):
        st.mark(Special.QUESTION)  # "Do you have friends who voted for Trump?": asked, not told
        return None
    if g.i == c.i or dep in ("relcl", "appos", "parataxis", "npadvmod", "advmod", "amod", "compound", "poss"):
        return None
    if dep in ("pobj", "pcomp") and g.pos_ == "ADP" or g.dep_ in ("prep", "agent"):
        prep, g = g.lower_, g.head
        if prep == "of" and g.lower_ == "instead":
            prep, g = "instead", g.head
        if g.i == c.head.i:
            return None
    if dep == "conj":
        return _conjunct(st, c, g)
    if st.weak and g.pos_ not in _VERBAL:
        return None
    if (
        prep in ("of", "with")
        and g.dep_ == "dobj"
        and g.head.pos_ in _VERBAL
        and lemma(g.head).lower() in lx.BELIEVE
    ):
        # "accusing Kavanaugh of assault", "charged him with fraud": the parse hangs the charge
        # on the accused; it is the accusing verb that makes it an allegation
        v = g.head
        return _through_prep(st, c, v, lemma(v).lower(), local(v), prep)
    if g.pos_ in ("NOUN", "PROPN"):
        return _under_noun(st, c, g, prep)
    if g.pos_ == "ADJ" and dep in ("xcomp", "ccomp", "advcl", "pcomp") and not prep:
        return _under_adjective(st, g)
    if g.pos_ == "ADJ" and prep and g.dep_ in ("acomp", "amod"):
        st.weak = True  # "interested in more discussions?": only the clause's case carries
        return g
    if g.pos_ not in _VERBAL:
        return None
    if st.weak:
        fold(st, local(g), neg=False)
        return g
    return _under_verb(st, c, g, prep)


def _none_of(n) -> bool:
    """'no tourists', 'nobody', 'no one': a noun that names no one at all."""
    if n.lower_ in lx.NEG_SUBJECTS or (n.lower_ == "one" and n.i > 0 and n.doc[n.i - 1].lower_ == "no"):
        return True
    return any(d.dep_ == "det" and d.lower_ in lx.NEG_DETS for d in n.children)


def _asked(n) -> bool:
    """Is the noun ``n`` an argument of a yes/no question ("Are you someone who …?", "Do you
    have friends who …?")? A wh-question ("Who is the man who shot him?") presupposes it."""
    for _ in range(4):  # "a lot of friends and family who": up to the argument
        if n.dep_ in ("pobj", "conj", "prep", "appos") and n.head.i != n.i:
            n = n.head
            continue
        break
    v = n.head
    if n.dep_ not in ("dobj", "attr", "nsubj", "nsubjpass") or v.i == n.i or v.pos_ not in _VERBAL:
        return False
    opener = min(v.subtree, key=lambda t: t.i)
    return interrogative(v) and opener.tag_ not in ("WDT", "WP", "WP$", "WRB")


def _conjunct(st: State, c, g):
    """'did not speak or acknowledge': a verb without its own subject and tense shares the
    first conjunct's negation and modality; any conjunct shares its 'if' or 'whether'."""
    verbal = g.pos_ in _VERBAL
    loc = local(g) if verbal else noun_local(g)
    own = any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for x in c.children)
    # "could last and cost": a bare form shares the auxiliary; "didn't like it and left" not
    shared = not own and (c.tag_ in ("VB", "VBG", "VBN") or c.lower_ == lemma(c) or not verbal)
    if shared:
        fold(st, loc, neg=True)
    elif loc.special in (Special.CONDITIONAL, Special.QUESTION) or (
        loc.special is Special.GENERIC and tense(c) is loc.time
    ):
        # "migrants generally plead guilty, and they are then sentenced"; not a past fact
        # beside a generic ("officials often portray it …, but the reduction happened in 1990")
        st.mark(loc.special)
    return g


def _subjunctive(c) -> bool:
    """'asks that they be held liable', 'demanding that Judge be subpoenaed'."""
    auxes = [x for x in c.children if x.dep_ in ("aux", "auxpass")]
    if any(x.tag_ == "MD" or x.tag_ == "TO" for x in auxes):
        return False
    if any(x.lower_ == "be" for x in auxes) or (c.tag_ == "VB" and not auxes):
        return True
    # "demanded that the ethics office investigate": a bare form with a singular noun subject
    # (tagged as a present, which it cannot be) is the subjunctive
    subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
    return c.tag_ == "VBP" and not auxes and subj is not None and subj.tag_ in ("NN", "NNP")


def _mandative(c) -> bool:
    """'that he be fired', 'that they be held liable': a bare 'be' after 'that' is the
    subjunctive of a demand."""
    kids = list(c.children)
    return any(x.dep_ == "mark" and x.lower_ == "that" for x in kids) and any(
        x.dep_ in ("aux", "auxpass") and x.lower_ == "be" and x.tag_ == "VB" for x in kids
    )


def _definite(n) -> bool:
    return any(
        x.dep_ == "poss" or (x.dep_ == "det" and x.lower_ in ("the", "this", "that", "these", "those"))
        for x in n.children
    )


def _has_to(c) -> bool:
    return any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children) or any(
        x.dep_ == "mark" and x.lower_ == "for" for x in c.children
    )


def _under_noun(st: State, c, n, prep):
    """'plans to hire', 'the refusal to testify', 'calls for his removal', 'attempts to stem
    the flow failed'."""
    word = lemma(n).lower()
    if (
        prep in ("about", "on", "over")
        and c.pos_ in _VERBAL
        and c.tag_ == "VBG"
        and word not in lx.NOUN_GOVERNORS
    ):
        st.hedge(2)  # "her message about creating opportunities": a topic, not a deed
        return None
    if word not in lx.NOUN_GOVERNORS or not (
        (c.dep_ in ("acl", "xcomp") and (c.tag_ != "VBN" or _mandative(c)))
        or (c.dep_ == "relcl" and _has_to(c))
        or prep in ("of", "for", "to", "on", "about", "over", "in")
    ):
        return None
    if word in lx.NOUN_TOPIC:  # "negotiations for the return of the hostage"
        if prep is None or _definite(c):
            return None
        st.hedge(2)
        return n
    own = noun_local(n)
    if word in lx.NOUN_DEMAND:
        st.mark(Special.DEMAND)
    elif word in lx.NOUN_COUNTER or word in lx.NOUN_DENY:
        st.flip()
        st.opaque = st.opaque or word in lx.NOUN_DENY
    elif word == "decision" and _done_by_deciding(c) and _definite(n) and not own.neg:
        return n  # the decision is the act; the verb that governs the noun tells if it happened
    elif word in lx.NOUN_PLAN or word in lx.NOUN_WANT:
        st.time = EventTime.FUTURE
        st.hedge(0 if word in lx.NOUN_PLAN else 2)
        if own.neg:
            st.flip()  # "no plans to meet"
    elif word in lx.NOUN_ATTEMPT:
        st.hedge(2)
        if n.dep_ in ("nsubj", "nsubjpass") and lemma(n.head) in ("fail", "collapse", "falter"):
            st.neg, st.cert, st.time = True, 0, st.time or local(n.head).time
            return None
    elif word in lx.NOUN_ALLEGE:
        st.hedge(1)  # "denied allegations of X" still negates X
    return n


def _under_adjective(st: State, a):
    """'unable to cap', 'likely to bow', 'certain to win', 'able to nominate'."""
    word = lemma(a).lower()
    if word in lx.COUNTER:
        st.flip()
    elif word == "unlikely":
        st.flip()
        st.time = st.time or EventTime.FUTURE
        st.hedge(1)
    elif word in lx.EXPECT:
        st.time = st.time or EventTime.FUTURE
        st.hedge(1)
    elif word in lx.PLAN:
        st.time = st.time or EventTime.FUTURE
    elif word in lx.WANT:
        st.hedge(2)
    elif word in lx.HOPE_ADJ:  # "hopeful that it would be enough": hoped, not told
        st.hedge(2)
        _future_in_past(st)
        st.opaque = True
    elif word not in lx.DEGREE_ADJ:  # "would be enough to win him over": as the copula says
        return None
    head = a.head  # "is (not) likely to": the copula's negation and tense count
    if a.dep_ in ("acomp", "xcomp", "oprd") and head.pos_ in _VERBAL:
        fold(st, local(head), neg=True)
        return head
    return None


def _demand(st: State) -> None:
    st.mark(Special.DEMAND)
    st.time = EventTime.FUTURE
    st.hedge(2)


def _phrasal(g) -> str:
    """'went on' → 'go on': the lemma with its particle, for phrasal verbs in the lexicon."""
    prt = next((x.lower_ for x in g.children if x.dep_ == "prt"), None)
    return f"{lemma(g).lower()} {prt}" if prt else ""


def _under_verb(st: State, c, g, prep):
    word, loc = lemma(g).lower(), local(g)
    if prep is not None:
        return _through_prep(st, c, g, word, loc, prep)
    if _phrasal(g) in lx.IMPLICATIVE and _has_to(c) and c.dep_ in ("advcl", "xcomp"):
        _flip_if(st, loc.neg)  # "went on to blather": it happened, no purpose
        fold(st, loc, neg=False)
        return g
    if c.dep_ == "advcl":
        if word in lx.DEMAND and _has_to(c):
            _demand(st)  # "called for Sessions to resign"
        elif _has_to(c) and not any(x.dep_ == "nsubj" for x in c.children):
            st.hedge(2)  # purpose: "pursued every avenue to recover the emails"
        marks = {x.lower_ for x in c.children if x.dep_ in ("mark", "advmod") and x.i < c.i}
        if marks & _TIME_MARKS and (loc.time is EventTime.FUTURE or loc.would):
            # "would stop only when the leak was plugged", "it would be weeks before the Senate
            # voted": the past tense is the sequence of tenses; the event lies ahead
            st.time = EventTime.FUTURE
        if marks & _ASSERTED_MARKS:
            return None  # "though the IRS is pushing the deadline": asserted whatever the main clause is
        st.weak = True  # "after he resigned": his resigning is not under the main clause
        if marks & _TIME_MARKS and loc.special is Special.QUESTION:
            loc.special = Special.NONE  # "why do you never thank me when I appear on …?": presupposed
        fold(st, loc, neg=False)
        if marks & _TIME_MARKS and loc.special is Special.GENERIC and st.time is EventTime.PRESENT:
            st.mark(Special.GENERIC)  # "engineers typically burn off gas before the oil is shipped"
        return g
    if c.pos_ not in _VERBAL:
        return _noun_under_verb(st, c, g, word, loc)
    if c.dep_ not in _COMPLEMENTS:
        return None
    if c.dep_ == "ccomp" and _mandative(c):
        _demand(st)  # "welcomed a recommendation that vaccines be included": asked for, whatever the verb
    _embedded(st, c, g, word, loc)
    fold(st, loc, neg=False)
    return g


def _done_by_deciding(c) -> bool:
    """An act that deciding it does ("the decision to fire Comey", "decided to leave the Paris
    accord"), unlike a plan ("decided to run", "the decision to withdraw troops")."""
    return lemma(c).lower() in lx.DONE_BY_DECIDING or withdraws(c)


def _embedded(st: State, c, g, word: str, loc: Local) -> None:
    """What the embedding predicate ``g`` (lemma ``word``) does to the clause ``c`` under it."""
    to, xcomp = _has_to(c), c.dep_ in ("xcomp", "dobj", "oprd")
    if word in lx.DENY:
        if loc.neg:
            st.hedge(2)  # "did not deny that": uncommitted
        else:
            st.flip()
        st.opaque = True
    elif word in lx.COUNTER and c.dep_ != "ccomp":
        if not loc.neg:  # "never failed to gain": a double negation
            st.flip()
    elif word in lx.DEMAND and (
        to or (xcomp and word not in ("call", "tell")) or (c.dep_ == "ccomp" and _subjunctive(c))
    ):
        _demand(st)
    elif word in lx.MANDATIVE and c.dep_ == "ccomp" and _subjunctive(c):
        _demand(st)  # "proposed that Northmere pay Brightwater": asked for, not done
    elif word == "rule" and any(x.dep_ == "prt" and x.lower_ == "out" for x in g.children):
        if loc.neg:
            st.hedge(2)  # "did not rule out looking into it": possible
        else:
            st.flip()
    elif word == "be" and c.dep_ == "ccomp" and _said_of(g) is not None:
        _as_noun_says(st, _said_of(g))  # "the notion is that Trump is taking …": as "the notion that"
    elif word in ("have", "be") and any(x.lower_ == "yet" for x in [*g.children, *c.children]):
        st.flip()  # "had yet to find any pattern"
    elif word == "decide" and to and g.tag_ in ("VBD", "VBN") and not loc.neg and _done_by_deciding(c):
        pass  # "has decided to withdraw from the accord", "decided to fire Comey": as the noun
    elif word in lx.PLAN and to and (word != "go" or g.tag_ == "VBG"):
        _ahead(st, loc, 0)
    elif word in lx.EXPECT and to:
        _ahead(st, loc, 1)
    elif word in lx.WANT and (to or xcomp):
        _ahead(st, loc, 2)
    elif word in lx.ATTEMPT and (to or xcomp):
        st.hedge(2)
        _flip_if(st, loc.neg)
    elif word in lx.HEDGE_RAISING and to:
        st.hedge(1)  # "seems to have clinched", "is believed to be leaking"
        _flip_if(st, loc.neg)
    elif word in lx.BELIEVE or word in lx.HOPE:
        st.hedge(1 if word in lx.BELIEVE else 2)
        _flip_if(st, loc.neg)  # "I don't think he met": neg-raising
        _future_in_past(st)
        st.opaque = True
    elif word in lx.REPORT or word in lx.REPORT_RAISING:
        ahead = st.time is EventTime.FUTURE or st.would
        if ahead and any(condition(x) for x in g.children if x.i < g.i and x.i < c.i):
            # "If Congress passes it, Trump said he would sign it": the parse hangs the
            # condition on the report; it conditions what is to come in the reported clause
            st.mark(Special.CONDITIONAL)
        wh = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in c.subtree if t.i < c.i)
        if loc.neg and not wh:
            st.hedge(2)  # "did not say that he met": not committed; "don't know who made it" is
        if _announced_act(st, c, g, word, loc):
            st.would = False  # "announced he would recuse himself": he recused by announcing it
        _future_in_past(st)
        st.opaque = True
    elif word in lx.GENERIC_RAISING and to:
        # "Oil companies tend to work with": a kind; "He doesn't tend to respect dissent": the
        # habit of someone named is a fact, as with "often" (factuality_clause._generic)
        subj = next((x for x in g.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        named = subj is not None and (  # "Republicans tend to trust …" is a kind
            subj.pos_ == "PROPN"
            and subj.tag_ != "NNPS"
            or subj.pos_ == "PRON"
            and "Sing" in subj.morph.get("Number")
        )
        st.mark(Special.GENERIC if word == "tend" and not named else Special.NONE)
        _flip_if(st, loc.neg)
    elif word == "have" and to and c.dep_ == "xcomp":
        # "we have to recognize": an obligation, ahead; "he had to resign": he did
        if loc.time is EventTime.PAST:
            _flip_if(st, loc.neg)
        elif loc.neg:  # "will never have to be used": no need, so likely not
            _ahead(st, loc, 2)
        else:
            _demand(st)
    elif word in lx.IMPLICATIVE:
        _flip_if(st, loc.neg)  # "chose not to testify", "did not manage to"
    elif c.dep_ == "xcomp":
        if to and (word in lx.MOTION or any(x.dep_ == "dobj" for x in g.children)):
            st.hedge(2)  # a purpose: "pursued every avenue to recover the emails"
        _flip_if(st, loc.neg)


def _announced_act(st: State, c, g, word: str, loc: Local) -> bool:
    """An act done by announcing it, announced in the past as what one would do: "Sessions
    announced Thursday he would recuse himself", "announced he would withdraw from the Paris
    accord". A plan that deciding does not do ("announced he would run") stays ahead, and so
    does what one "will" do ("announced he will resign next month")."""
    return (
        word == "announce"
        and g.tag_ in ("VBD", "VBN")
        and st.would
        and st.time is None
        and not loc.neg
        and _done_by_deciding(c)
    )


def _said_of(g):
    """The subject of 'is' when it names an allegation, a hope or a plan ('the notion is that …')."""
    subj = next((x for x in g.children if x.dep_ == "nsubj"), None)
    if subj is not None and lemma(subj) in lx.NOUN_ALLEGE | lx.NOUN_WANT | lx.NOUN_PLAN:
        return subj
    return None


def _as_noun_says(st: State, n) -> None:
    word = lemma(n)
    if word in lx.NOUN_ALLEGE:
        st.hedge(1)
    elif word in lx.NOUN_WANT:
        st.hedge(2)
    else:  # "the plan is that he resigns in May"
        st.time = EventTime.FUTURE
    st.opaque = True


def _flip_if(st: State, cond: bool) -> None:
    if cond:
        st.flip()


def _ahead(st: State, loc: Local, hedge: int) -> None:
    """'plans to X' (0), 'expected to X' (1), 'wants to X' (2): X lies ahead; a negated plan
    ("was not planning to quit") says it will not happen."""
    st.time = EventTime.FUTURE
    st.hedge(hedge)
    _flip_if(st, loc.neg)


def _future_in_past(st: State) -> None:
    """'said he would not serve': reported future, not a hypothesis."""
    if st.would:
        st.would = False
        if st.time is None:
            st.time = EventTime.FUTURE


def _noun_under_verb(st: State, c, g, word: str, loc: Local):
    """'held a meeting', 'denied any contacts', 'the meeting never happened', 'cancelled the
    summit', 'demanded answers', 'planned a visit'."""
    loc = local(g, skip=c)  # "no meeting took place", "had no contact": the "no" is the noun's
    such = any(d.lower_ == "such" for d in c.children)
    present = loc.time is EventTime.PRESENT
    if (
        c.dep_ in ("nsubj", "nsubjpass")
        and (loc.would or loc.time is EventTime.FUTURE)
        and any(d.lower_ == "no" for d in c.children)
        and (c.dep_ == "nsubjpass" or word in lx.EXISTENCE)
    ):
        # "announced that no criminal charges would be brought": none lay ahead, no fact denied
        # (a subject that exists already is not made future by its verb: "the indictments will
        # not impact the investigation")
        st.time = EventTime.FUTURE
        return None
    if c.dep_ == "nsubj":
        if word in lx.EXISTENCE:
            fold(st, loc, neg=True)
            return g
        kind = such or (c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children))
        if loc.special is Special.GENERIC or (kind and present and word == "be"):
            st.mark(Special.GENERIC)  # "terrorist attacks are generally rare", "such attacks are"
        return None
    if c.dep_ == "nsubjpass" and such and present and word not in lx.COUNTER_OBJ | lx.PLAN:
        # "such attacks are protected speech": a kind; a bare plural under a present passive
        # is often news ("protests are planned"), "such" is not
        st.mark(Special.GENERIC)
        return None
    if c.dep_ not in _NOMINAL_OBJ:
        return None
    if _definite(c) and word in lx.PLAN | lx.WANT | lx.ATTEMPT and word not in lx.LIGHT:
        return None  # "refused to consider Obama's nomination": the nomination exists
    if word in lx.COUNTER_OBJ:
        _flip_if(st, not loc.neg)
    elif word in lx.DEMAND and word not in ("call", "tell", "challenge", "push", "need"):
        _demand(st)
    elif word in (lx.PLAN | lx.WANT) - {"be", "go", "set", "about", "due"}:
        _ahead(st, loc, 0 if word in lx.PLAN else 2)
    elif word in lx.ATTEMPT:
        st.hedge(2)
    elif word in lx.LIGHT or word in lx.EXISTENCE or c.dep_ == "attr":
        fold(st, loc, neg=True)  # "did not hold a meeting", "there was no contact"
        return g
    elif word in lx.REPORT or word in lx.BELIEVE or word in lx.HOPE:
        if _definite(c) and word in lx.REPORT:
            return None  # "didn't disclose his meeting": the meeting is presupposed
        st.hedge(2 if loc.neg or word in lx.HOPE else 1 if word in lx.BELIEVE else 0)
        st.opaque = True
    else:  # "if BP suffers further cuts": only the clause's condition or question carries;
        # a definite event is presupposed ("Can originalists defend the Court's 2003 ruling?")
        if loc.special in (Special.CONDITIONAL, Special.QUESTION, Special.HYPOTHETICAL) and not _definite(c):
            st.mark(loc.special)
        return None
    fold(st, loc, neg=False)
    return g


# Prepositions that introduce a circumstance whose time follows the clause ("will meet at a
# dinner"); the others ("about", "after", "despite") name something presupposed.
_SCENE_PREPS = {"at", "in", "during", "with", "into", "through"}


def _through_prep(st: State, c, g, word: str, loc: Local, prep: str):
    """An event under a verb through a preposition: 'without saying', 'prevented from
    reporting', 'called for his removal', 'accused of lying', 'at the meeting'."""
    if prep == "in" and word in lx.IN_STATE and c.pos_ not in _VERBAL:
        # "was in contact", "remained in touch": the noun is the clause's predicate, so the
        # clause's own negation counts ("no one was in contact", "was never in contact")
        fold(st, loc, neg=True)
        return g
    if prep in lx.NEG_PREPS:
        st.flip()
        st.weak = True
    elif prep == "from" and word in lx.COUNTER_FROM:
        _flip_if(st, not loc.neg)
    elif (prep == "for" and word in lx.DEMAND) or (prep in ("on", "upon") and word in ("call", "insist")):
        _demand(st)
    elif prep in ("of", "with") and word in lx.BELIEVE:
        st.hedge(1)  # "accused Democrats of using", "charged with failing to disclose"
        st.opaque = True
    elif prep in ("to", "on") and word in lx.PLAN:
        _ahead(st, loc, 0)  # "agreed to a meeting", "plans on meeting"
    elif prep in ("at", "on") and word in lx.ATTEMPT:
        st.hedge(2)  # "aimed at doubling trade"
    elif prep in lx.TOPIC_PREPS and word in lx.TOPIC_VERBS and not _definite(c):
        st.hedge(2)  # "talking about layoffs": discussed, not asserted ("the meeting" is)
        st.weak = True
    elif prep in _SCENE_PREPS:
        st.weak = True
    else:
        return None
    fold(st, loc, neg=False)
    return g
