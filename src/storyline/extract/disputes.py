"""Denials worded as disputes, answers and quotes rather than with "deny": "pushed back on the
report", "rejected the claim", "dismissed the report as inaccurate", '"Never," Comey
responded', "that never happened", "he doesn't know these gentlemen" (a quote continued after
'…," Conway said.'). Read from the dependency parse; ``claims`` makes the claims.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract.nlp import lemma

# verbs of opposing: a denial when what they oppose was said ("rejected the claim", "pushed
# back on reports that …"), not when it was asked for or put to a vote ("rejected the
# proposal", "pushed back against a request"); some need their particle ("push back")
OPPOSE_VERBS = {"reject": None, "dismiss": None, "push": "back", "brush": "off", "wave": "off"}
OPPOSE_VERBS |= {"shoot": "down", "knock": "down", "swat": "down", "bat": "down", "slap": "down"}
# what was said, as the object of a verb of opposing; not "comments" or "criticism" (opposed,
# not denied: "pushed back against Waters' comments"), nor a bare "idea" ("pushed back on the
# idea" of a summit opposes it), unless a "that" clause tells it as a claim
SAID_NOUNS = {"report", "claim", "allegation", "accusation", "charge", "story", "assertion"}
SAID_NOUNS |= {"suggestion", "characterization", "notion", "account", "reporting", "rumor", "speculation"}
SAID_NOUNS |= {"interview", "tweet", "narrative", "premise", "finding", "insinuation", "contention"}
# the said things a denial names when it points back to one told just before ("pushed back on
# the suggestion"); not a document's "findings" or an "interview", which are no one claim
# (nor "speculation" or a "rumor": "dismissing speculation to the contrary" is no one's claim)
BACK_NOUNS = SAID_NOUNS - {"finding", "interview", "tweet", "narrative", "premise", "speculation", "rumor"}
# what calls a thing said untrue after "as": "dismissed the report as inaccurate", "as fake news"
UNTRUE = {
    "false",
    "untrue",
    "inaccurate",
    "baseless",
    "groundless",
    "bogus",
    "fabricated",
    "fake",
    "nonsense",
}
UNTRUE |= {"ridiculous", "absurd", "hoax", "lie", "fiction", "fantasy", "fabrication", "wrong"}
# one-word answers in quotes: '"Never," Comey responded', '"No," the judge wrote'
NO_WORDS = {"no", "never", "nope"}
ANSWER_VERBS = {"say", "respond", "reply", "answer", "write", "tell", "repeat", "add", "insist"}
# people a negated "know" denies knowing: "doesn't know these gentlemen", "does not know him"
PEOPLE_NOUNS = {"gentleman", "man", "woman", "guy", "person", "people", "individual", "lady"}
NOBODY = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody"}
# "it never happened", "this did not take place": what a pronoun or a said thing stands for
HAPPEN_VERBS = {"happen", "occur"}
POINTERS = {"it", "this", "that"}


def _neg(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def opposed(verb):
    """What a verb of opposing opposes: its object, or the object of "on"/"against" ("pushed
    back on the ABC News report"); None when the verb lacks its particle ("pushed the bill")."""
    lem = lemma(verb).lower()
    if lem not in OPPOSE_VERBS:
        return None
    part = OPPOSE_VERBS[lem]
    if part is not None and not any(c.lower_ == part and c.dep_ in ("prt", "advmod") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and lemma(verb).lower() != "push":
        obj = passive_subject(verb)  # "The allegation was also rejected by the British government."
    if obj is None:
        # the preposition hangs on the verb or on its particle ("pushed back against")
        heads = [verb] + [c for c in verb.children if c.lower_ == part]
        obj = next(
            (
                o
                for h in heads
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    return obj


# what a passive denial's subject is when a denial is made: a thing said, or a word pointing to
# one ("That, however, was disputed by acting FBI Director Andrew McCabe"); a person, a request
# or a suit is refused, not denied ("was denied by the state", "the motion was denied")
SAID_PASSIVE = SAID_NOUNS | {"comment", "remark", "statement", "testimony", "version", "theory", "figure"}
SAID_PASSIVE |= {"estimate", "description", "depiction", "portrayal", "rumour", "idea"}
PASSIVE_POINTERS = {"it", "this", "that", "which"}


def passive_subject(verb):
    """The subject of a passive verb: its own ("The allegation was rejected by …"), that of the
    verb it is joined to ("Reports … had been circulating but were denied by …"), or the noun a
    relative clause hangs on ("an unfounded allegation that has been strongly denied by …")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj


def refused(verb) -> bool:
    """A passive denial whose subject is no thing said: a refusal ("the shooter … was denied by
    the state", "the motion was denied"), not a denial."""
    subj = passive_subject(verb)
    return subj is not None and not (
        lemma(subj).lower() in SAID_PASSIVE | PASSIVE_POINTERS or _that_clause(subj)
    )


def _that_clause(noun) -> bool:
    return any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def _as_untrue(verb) -> bool:
    """ "Dismissed the report as inaccurate", "as 'fake news'"."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "as":
            if any(lemma(t).lower() in UNTRUE for t in p.subtree):
                return True
    return False


# adjectives a to-infinitive denial hangs on when it was made: "the Trump campaign was quick to
# dispute that interpretation", "was the first to deny"; under any other adjective or noun it is
# only possible, hard or wanted ("sufficient to rebut", "hard to deny that", "no opportunity to
# rebut the claims", "ready to rebut")
MADE = {"quick", "swift", "fast", "eager", "keen", "first", "prompt"}


def infinitive_under(verb):
    """The adjective or noun a to-infinitive hangs on ("quick to dispute", "no opportunity to
    rebut", "it is hard to deny"), or None when it is no such infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.i != verb.i and head.pos_ in ("ADJ", "NOUN"):
        return head
    if head.i != verb.i and verb.dep_ == "xcomp":
        # "it is hard to deny", "he’s hard to rebut": the adjective of the verb it hangs on
        return next((c for c in head.children if c.dep_ == "acomp"), None)
    return None


def made_by(verb):
    """Who made a denial told as "X was quick to deny …": the subject of the copula; None when
    the infinitive tells no denial made."""
    under = infinitive_under(verb)
    if under is None or lemma(under).lower() not in MADE or under.dep_ not in ("acomp", "attr"):
        return None
    return next((c for c in under.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# verbs under which a denial is only wanted or asked for: "asked them to knock down the
# allegation", "requested that Comey publicly knock down media reports", "eager to dismiss"
WANTED = {"ask", "request", "urge", "want", "plan", "try", "intend", "seek", "hope", "expect", "need"}


def disputes(verb) -> bool:
    """A verb of opposing that denies what was said: its object is a thing said (a report, a
    claim, "the notion that …"), or it calls the object untrue ("dismissed … as fake news",
    "rejected as untrue a charge"). Not one only wanted ("their intention to dismiss Mueller's
    findings", "asked them to knock down the allegation")."""
    if (
        lemma(verb.head).lower() in WANTED
        and verb.dep_ in ("ccomp", "xcomp")
        or (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and lemma(verb.head).lower() not in ("continue", "appear", "seem")
            and made_by(verb) is None
        )
    ):
        return False
    lem = lemma(verb).lower()
    part = OPPOSE_VERBS.get(lem)
    if part is not None and not any(c.lower_ == part and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    if _as_untrue(verb):
        return True
    obj = opposed(verb)
    return obj is not None and (lemma(obj).lower() in SAID_NOUNS or _that_clause(obj))


def quoted_no(verb) -> bool:
    """'"Never," Comey responded': a one-word answer in quotes before a verb of saying, a
    denial of what was asked (not "he never responded", which declines)."""
    if lemma(verb).lower() not in ANSWER_VERBS:
        return False
    doc = verb.doc
    for c in verb.children:
        if c.lower_ not in NO_WORDS or c.i >= verb.i or c.i == 0 or c.i + 2 >= len(doc):
            continue
        if doc[c.i - 1].is_quote and doc[c.i + 1].text in (",", ".", "!") and doc[c.i + 2].is_quote:
            return True
    return False


def asserted_in(tok, top) -> bool:
    """Whether ``tok`` is told as said by ``top`` above it, not only supposed or set aside on
    the way: "I'm not saying it didn't happen", "as a way of proving that it never happened",
    "I doubt that …"."""
    for v in [tok, *tok.ancestors]:
        if v.i == top.i:
            return True
        if v.i != tok.i and (
            v.dep_ in ("advcl", "relcl", "acl", "pcomp", "pobj", "prep")
            or lemma(v).lower() in DOUBTS
            or lemma(v).lower() in SAYING
            and _neg(v)
        ):
            return False
    return False


DOUBTS = {"doubt", "question", "wonder", "prove", "ask"}
SAYING = {"say", "claim", "suggest", "think", "believe", "mean", "argue", "imply"}


def knows_no_one(verb) -> bool:
    """ "He doesn't know these gentlemen", "does not know Mr. Kavanaugh": a negated "know" of
    named or pointed-at people, a denial of contact told in the present (not "doesn't know
    anyone who would vote for her", nor "don't know who this is")."""
    if lemma(verb).lower() != "know" or not _neg(verb):
        return False
    # one person's denial, not a group's ("voters still don't know Gary Johnson"), and not of
    # knowing someone well
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in ("i", "he", "she") or subj.ent_type_ == "PERSON"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("well", "before") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in NOBODY:
        return False
    if obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them"):
        return True
    return lemma(obj).lower() in PEOPLE_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("these", "those", "the", "this", "that") for c in obj.children
    )


def never_happened(verb) -> bool:
    """ "That never happened", "it did not happen", "the meeting never took place": what was
    told before is denied outright; not "that can't happen again" (a modal), "when that
    didn't happen" (a clause of time), "it did not occur to me" (a thought)."""
    lem = lemma(verb).lower()
    took_place = lem == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lem not in HAPPEN_VERBS and not took_place or not _neg(verb):
        return False
    if any(c.tag_ == "MD" for c in verb.children) or verb.dep_ in ("advcl", "relcl", "acl", "pcomp", "xcomp"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in NOVELTY for c in verb.children):
        return False  # "That's never happened before": something new, no account denied
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return False
    if lem == "occur" and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in POINTERS or lemma(subj).lower() in SAID_NOUNS)


# "never happened before / again": what is new or must not recur, not what was told
NOVELTY = {"before", "again"}


def denied_existence(content) -> list:
    """What a said clause denies took place: "there was no election interference" (the noun),
    "no chemical attack occurred", "the meeting never took place"
    (the noun and the verb); empty when the clause denies no happening ("there was no
    comparison" has no event, which ``claims`` asks for; "no voters will be disenfranchised"
    is a prediction; "if no attack occurred" a supposition)."""
    for t in [content, *(c for c in content.children if c.dep_ == "conj")]:
        if t.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in t.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma(t).lower() == "be" and any(c.dep_ == "expl" for c in t.children):
            attr = next((c for c in t.children if c.dep_ in ("attr", "dobj")), None)
            if attr is not None and _no(attr) and not _neg(t):
                return [attr]  # "there was no election interference"
            continue
        if subj is None or subj.lower_ in POINTERS or t.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
            continue
        lem = lemma(t).lower()
        happening = lem in HAPPEN_VERBS or lem == "take" and any(c.lower_ == "place" for c in t.children)
        # not any act with "no" before it: "no charges had been made" tells a fact, no account
        if _no(subj) and happening and not _neg(t):
            return [subj, t]  # "no chemical attack occurred"
        if happening and _neg(t) and not any(c.lower_ in NOVELTY for c in t.children):
            return [subj, t]  # "the meeting never took place"
    return []


def _no(noun) -> bool:
    """A noun said not to be: "no interference", "no one"."""
    return any(c.lower_ == "no" and c.dep_ in ("det", "advmod", "nummod") for c in noun.children)


def pointer(verb) -> Optional[str]:
    """The word by which "that never happened" points back to what was told: "it"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return "it" if subj.lower_ in POINTERS else None


def quote_speaker(sent):
    """The speaker of a quote this sentence continues: '"…," Conway said. "He doesn't know
    these gentlemen. He didn't work with them."' — the sentence opens a quote (or lies inside
    one opened by the sentence before) right after a sentence that ends '…," X said.'; the
    subject of that verb. None otherwise."""
    doc = sent.doc
    opening = _opening_quote(sent)
    if opening is None or opening == 0:
        return None
    before = doc[opening - 1].sent
    root = before.root
    if lemma(root).lower() not in ANSWER_VERBS | {"tell", "explain", "continue"} or root.i < before.end - 3:
        return None  # the sentence before must end on its verb of saying: '…," Conway said.'
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(t.is_quote for t in doc[before.start : subj.i]):
        return None
    return subj


def _opening_quote(sent) -> Optional[int]:
    """The index of the quote mark that opens the quote this sentence is in, when it opens at
    the start of this sentence or of the one before (a quote of two sentences)."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and first.is_quote and not _closes(sent, first):
        return first.i
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    head = next((t for t in prev if not t.is_space), None)
    if head is not None and head.is_quote and not any(t.is_quote for t in prev if t.i > head.i):
        return head.i
    return None


def _closes(sent, first) -> bool:
    """Whether the quote opened at ``first`` closes before a verb of saying in the same
    sentence ('"…," he said.'): then the sentence names its own speaker."""
    return any(t.is_quote for t in sent if t.i > first.i) and any(
        lemma(t).lower() in ANSWER_VERBS for t in sent if t.pos_ == "VERB"
    )
