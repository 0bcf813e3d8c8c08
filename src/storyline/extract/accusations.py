"""Accusations as events: "Trump accused Obama of wiretapping Trump Tower", "his claims that
Obama had him wiretapped", "an allegation he leveled on Twitter", "tweets alleging that Obama
had tapped Trump Tower". The accuser is the agent, the accused the patient. What is alleged
stays the accuser's claim (extract/claims.py reads it, with the accuser as speaker), and an act
under "accused X of" is hedged by factuality, never a fact of its own.

A verb or noun of saying ("claim", "allege", "charge", "assertion") is an accusation only when
the clause it tells has someone named doing something: "claimed that Obama wiretapped him",
not "claimed that he was innocent" nor "charged with fraud" (a criminal charge, CHARGE)."""

from __future__ import annotations

from storyline.extract import lexicon
from storyline.extract.nlp import lemma

ACCUSE = "ACCUSE"
VERBS = {"accuse", "blame"}  # an accusation whatever follows
SAYING_VERBS = {"allege", "claim", "charge", "assert", "contend"}  # with a clause naming the accused
NOUNS = {"accusation", "allegation"}
SAYING_NOUNS = {"claim", "charge", "assertion", "contention"}
# verbs whose subject makes the accusation their object names: "leveled an allegation"
MAKING = {"level", "make", "lodge", "hurl", "repeat", "levy", "issue", "tweet", "post", "float"}
# verbs whose subject sends what their object carries: "fired off tweets accusing him"
SENDING = {"fire", "send", "post", "publish", "write", "issue", "tweet", "pen", "unleash"}
# verbs that say what someone is, not what someone did: "claims that Trump seemed satisfied"
STATES = {"be", "seem", "appear", "become", "remain", "look", "sound", "feel"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
# what the subject of a verb of saying may be when its owner accuses: "Trump's tweets claimed"
CARRIERS = {"tweet", "post", "statement", "message", "letter", "memo", "speech", "remark", "comment"}


def _named(tok) -> bool:
    return tok.ent_type_ in NAMED or tok.pos_ == "PROPN" or tok.lower_ in lexicon.THIRD_PERSON


def _clause(tok):
    """The clause a verb or noun of saying tells: its "that" clause (a ccomp of the verb, an
    acl of the noun), or, for a noun the parse splits from its clause ("his claims that Obama
    had him wiretapped", "that" read as a determiner), the verb the word after "that" hangs on."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
            # "that" as a mark, or misread as the clause's object ("allegations that Trump tried")
            if c.dep_ == "ccomp" or any(m.lower_ == "that" and m.i < c.i for m in c.children):
                return c
    # the parse may hang the clause elsewhere: "his claims that Obama had him wiretapped" ("that"
    # read as a determiner), "he asserted, without evidence, that Obama had engaged in" (the
    # clause on the main verb): the clause of the "that" just after the word, nothing said between
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 6, len(doc))):
        if doc[i].lower_ == "that":
            head = doc[i]
            for _ in range(3):
                if head.pos_ in ("VERB", "AUX") and head.i > i:
                    return head
                if head.head.i == head.i:
                    break
                head = head.head
            return None
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ != "pobj":
            return None
    return None


def _accused_in_clause(clause):
    """Who the clause says did something: its subject, or the agent of a passive ("his
    skyscraper was wiretapped by Obama"); None when that one is not named or the clause only
    says what someone is ("that he was innocent")."""
    if lemma(clause).lower() in STATES:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if passive:
        by = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return by[0] if by and _named(by[0]) else None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _named(subj) else None


def is_accusation(tok) -> bool:
    """Whether the word makes an accusation (its trigger)."""
    lem = lemma(tok).lower()
    if tok.pos_ == "VERB":
        if lem == "blame":  # someone blamed, not "are to blame" nor "the blame game"
            return any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
        if lem in VERBS:
            return True
        if lem in SAYING_VERBS:
            return _accuses_another(tok)
        return False
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        if lem in NOUNS:
            return True
        if lem in SAYING_NOUNS:
            return _accuses_another(tok)
    return False


def _accuses_another(tok) -> bool:
    """A verb or noun of saying accuses when its clause has someone else named doing something:
    "claimed that Obama wiretapped him", not "Sessions claimed that he met Kislyak only twice"
    (one's own account, which a pronoun subject of the clause most often is, is no accusation)."""
    clause = _clause(tok)
    accused = _accused_in_clause(clause) if clause is not None else None
    if accused is None or accused.lower_ in lexicon.THIRD_PERSON:
        return False
    speaker = next((c for c in tok.children if c.dep_ in ("nsubj", "poss")), None)
    return speaker is None or speaker.lower_ != accused.lower_


def _owner(noun, depth: int = 0):
    """Who speaks through a noun: its possessor, the subject of the verb it is the object of
    ("leveled an allegation", "fired off tweets accusing him"), of the clause describing it ("an
    allegation he leveled"), or of the verb its phrase hangs on ("set off a firestorm with a
    series of tweets alleging"). None when no one is read."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for c in noun.children:
        if c.dep_ == "relcl" and lemma(c).lower() in MAKING:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    head = noun.head
    if depth < 4 and head.i != noun.i:
        made = (
            lemma(head).lower() in MAKING
            or lemma(noun).lower() in CARRIERS
            and lemma(head).lower() in SENDING
        )
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and made:
            # "chose to tweet the one allegation": the one who chose
            verb = head.head if head.dep_ == "xcomp" and head.head.i != head.i else head
            subj = next((s for s in verb.children if s.dep_ == "nsubj"), None)
            if subj is not None and lemma(subj).lower() not in CARRIERS:
                return subj
        if noun.dep_ == "pobj" or head.dep_ == "prep" and noun.dep_ == "pobj":
            up = head.head
            if up.pos_ in ("NOUN", "PROPN"):
                return _owner(up, depth + 1)
            if up.pos_ == "VERB" and head.lower_ in ("with", "in", "through", "via"):
                return next((s for s in up.children if s.dep_ == "nsubj"), None)
    return None


def roles(tok, args: list) -> list:
    """(token, role) of an accusation's accuser (agent) and accused (patient), from the
    generic reading ``args`` and what only an accusation has."""
    lem = lemma(tok).lower()
    out = []
    agent = next((a for a, r in args if r == "agent"), None)
    if tok.pos_ == "VERB":
        if agent is None and tok.dep_ == "acl" and tok.head.i != tok.i:
            agent = _owner(tok.head)  # "tweets accusing him", "a series of tweets alleging"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and agent is subj and lemma(subj).lower() in CARRIERS:
            agent = _owner(subj)  # "Trump's tweets claimed that ..."
        if lem in VERBS:
            out = [(a, r) for a, r in args if r == "patient"]
        else:
            clause = _clause(tok)
            accused = _accused_in_clause(clause) if clause is not None else None
            out = [(accused, "patient")] if accused is not None else []
    else:
        agent = _owner(tok)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                out += [(o, "patient") for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "acl" and lemma(c).lower() == "make" and agent is None:  # "accusations made by"
                agent = next((o for a in c.children if a.dep_ == "agent" for o in a.children), None)
        clause = _clause(tok)
        accused = _accused_in_clause(clause) if clause is not None else None
        if accused is not None:
            out.append((accused, "patient"))
        if agent is not None:
            # "Trump's Obama-wiretap accusation": beside its accuser, a name before it is the accused
            out += [(t, "patient") for t in _compound_names(tok) if t.i != agent.i]
    if agent is not None and all(agent.i != a.i for a, _ in out):
        out.insert(0, (agent, "agent"))
    return out


def _compound_names(noun) -> list:
    """Names in the words before the noun ("Obama" in "Obama-wiretap accusation")."""
    found: list = []
    for c in noun.children:
        if c.dep_ == "compound":
            if c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.ent_type_ in NAMED:
                found.append(c)
            found += [g for g in c.children if g.dep_ == "compound" and g.ent_type_ in NAMED]
    return found


def _predicates(head) -> set[int]:
    """The acts a clause states: its verb, and the verbs it chains to ("of attempting to usurp",
    "had him wiretapped", "met Putin and lied"), not the circumstances it names ("during the
    election": the election took place whatever is alleged of it)."""
    out, todo = set(), [head]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo += [c for c in t.children if c.dep_ in ("conj", "xcomp", "ccomp", "pcomp")]
    return out


def alleged(sent) -> set[int]:
    """The acts the sentence's accusations allege: the clause of "claims that Obama met
    Putin" (which the parse may hang elsewhere), the "of" of "accused Obama of meeting Putin".
    An event there is the accuser's allegation, never a fact the report states. (One blamed
    "for" something is blamed for what happened: "blamed Comey for the firing".)"""
    out: set[int] = set()
    for tok in sent:
        if not is_accusation(tok):
            continue
        clause = _clause(tok)
        if clause is not None:
            out |= _predicates(clause)
        if lemma(tok).lower() == "accuse":
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        out |= _predicates(o)
    return out
