"""The question an answer denies: '"Never," Comey said' after "Director Comey, have you ever been
an anonymous source …?", "Asked by Buzzfeed if he has plans to run, he said, 'No.'", "Asked … if
he had made the robbery story up, Lochte denied the charge". The answer's own words name nothing;
what it denies is the question's proposition, told as a statement ("he had made the robbery story
up", "Mr. Comey has ever been an anonymous source …") so that reports of it can be found."""

from __future__ import annotations

import re

from storyline.extract.nlp import lemma

ASKING = {"ask", "question", "press"}
WHETHER = {"if", "whether"}
# the auxiliary a yes-no question opens with ("Have you ever been …?", "Did you write it?")
QUESTION_AUX = {"have", "has", "had", "did", "do", "does", "is", "are", "was", "were"}
# verbs of opinion, wish or plan a question may ask about (not "get", "see": acts)
OPINIONS = {"think", "believe", "feel", "want", "like", "support", "agree", "blame", "intend", "expect"}
OPINIONS |= {"hope", "wish", "mind", "care", "favor", "favour", "oppose", "endorse", "accept", "regret"}
# verbs of judging: "whether the candidate’s statements disqualified him"
JUDGING = {"disqualify", "deserve", "matter", "qualify", "hurt", "help"}
MODALS = {"would", "should", "could", "will", "can", "might", "may", "must", "ca", "wo"}
# a bare answer after its verb of saying: 'he said, "No."', 'told Reuters, "No.'
NO_ANSWERS = {("no",), ("never",), ("nope",), ("absolutely", "not"), ("not", "at", "all")}
# "you" answered by someone else named: the verb agreeing with a third person
_THIRD = {"have": "has", "are": "is", "were": "was", "do": "does", "'re": "is", "’re": "is"}
# what a denial's own clause says when it names nothing of what it denies
_EMPTY = re.compile(
    r"^\W*(?:(?:it|that|this|so|them|those|these|the|any|such|all|firmly|flatly|strongly|i|he|she|we|they|"
    r"do|did|does|had|has|have|was|were|is|are|not|n[’']t|never|no|none|charges?|claims?|allegations?|"
    r"accusations?|suggestions?|questions?|idea|notion|things?|reports?|story|stories|"
    r"involved|involvement|having|being)\W*)*$",
    re.I,
)


def names_nothing(denied: str | None) -> bool:
    """A denied clause with no word of what is denied: "", "it", "the charge", "I did", "firmly",
    "he was involved", "having any involvement" (the question says what)."""
    return _EMPTY.match(denied or "") is not None


def asked_in(sent):
    """The clause a sentence says was asked ("When asked if he knew about the meeting, …",
    "questioned Putin about whether he meddled …", "was asked about his connections to the
    postcards"): its root token and the verb of asking, else None."""
    for tok in sent:
        if lemma(tok).lower() not in ASKING or tok.pos_ not in ("VERB", "AUX"):
            continue
        for c in sent:
            if c.i <= tok.i or c.dep_ == "mark":
                continue
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in WHETHER), None)
            # hung on the verb of asking, or right after its phrase when the parse hangs it on
            # the answer ("Asked by NBC's Matt Lauer if he had made …, Lochte denied …")
            if mark is not None and (_under(c, tok) or mark.i == tok.right_edge.i + 1):
                return c, tok
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "about":
                obj = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return obj, tok
    return None


def _under(clause, asking) -> bool:
    """The clause hangs on the verb of asking (through a preposition at most), not on a clause of
    its own further down."""
    head = clause.head
    return head.i == asking.i or head.dep_ in ("prep", "agent") and head.head.i == asking.i


def direct(sent):
    """A yes-no question in the sentence ('"Director Comey, have you ever been …?" Grassley
    asked'): the root of the question and the auxiliary it opens with (None for a statement
    asked as a question: "You don't have a position on it at all?"), else None."""
    marks = [t for t in sent if t.text == "?"]
    if not marks:
        return None
    root = marks[0].head
    # the question may be a clause under the words introducing it ('Mr. Whitehouse continued:
    # "Have you ever sought treatment …?"')
    under = [c for c in root.children if c.dep_ in ("ccomp", "parataxis", "dep") and c.i < marks[0].i]
    for q in [root, *under]:
        aux = next((c for c in q.children if c.dep_ in ("aux", "auxpass") and c.i < q.i), None)
        if aux is None and lemma(q).lower() == "be":
            aux = q  # "Are you a gang rapist?"
        if aux is None or aux.lower_ not in QUESTION_AUX:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in q.children):
            return q, aux
    first = next((t for t in sent if not (t.is_punct or t.is_quote)), None)
    if not under and first is not None and any(c.dep_ == "nsubj" and c.i == first.i for c in root.children):
        return root, None  # "You don't have a position on it at all?"
    return None


def question_before(sent, back: int = 2):
    """The nearest of the ``back`` sentences before ``sent`` that asks: the root of what it asks
    and a direct question's auxiliary (None for "was asked if …")."""
    doc = sent.doc
    at = sent.start
    for _ in range(back):
        if at == 0:
            return None
        q = doc[at - 1].sent
        found = direct(q)
        if found is not None:
            return found
        asked = asked_in(q)
        if asked is not None:
            return asked[0], None
        at = q.start
    return None


def proposition(root, aux=None, answerer: str | None = None) -> str:
    """The question told as a statement: no "if" / "whether", a yes-no question's auxiliary put
    back after its subject ("did" dropped), no vocative, "you" the one who answers."""
    subj = next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and (aux is None or c.i > aux.i)), None
    )
    skip = {t.i for t in root.subtree if t.dep_ == "mark" and t.lower_ in WHETHER and t.head.i == root.i}
    skip |= {t.i for t in root.subtree if t.is_punct or t.is_quote}
    if aux is not None:
        skip |= {t.i for t in root.subtree if t.i < aux.i}  # "Director Comey, have you …"
        skip.add(aux.i)
    words: list[str] = []
    you = False
    for t in root.subtree:
        if t.i in skip:
            continue
        w = t.text
        if t.lower_ == "you" and answerer:
            w, you = answerer, True
        elif t.lower_ == "your" and answerer:
            w = answerer + "'s"
        words.append(w)
        if aux is not None and subj is not None and t.i == subj.right_edge.i and lemma(aux).lower() != "do":
            a = aux.lower_
            words.append(_THIRD.get(a, a) if you else a)
    return " ".join(words).replace(" 's", "'s").replace(" n't", "n't").strip()


def opinion(root) -> bool:
    """A question of opinion, plan or wish ("if he blamed McConnell", "whether he would support
    changing the law", "if he thinks …", "You don't have a position on it at all?"): a "No" to it
    denies nothing anyone reported."""
    if lemma(root).lower() in OPINIONS | JUDGING:
        return True
    if lemma(root).lower() == "go" and any(c.dep_ == "xcomp" for c in root.children):
        return True  # "Is the US going to be able to use …?": what will be, not what was
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a).lower() in MODALS or a.lower_ in MODALS for a in auxes):
        return True
    return any(c.dep_ == "neg" for c in root.children)  # a no to "You don't have …?" agrees


def negated_inside(root) -> bool:
    """A negation below the question's own verb ("are you saying … that you did not actually
    kiss women …?"); one on the verb itself is ``opinion``'s."""
    return any(t.dep_ == "neg" and t.head.i != root.i for t in root.subtree)


def judgement(root) -> bool:
    """A question of what something is ("if this was a loss for the president", "if he was ready
    to be president"): a "No" to it is read as a denial only when its verb says so ("whether mass
    deportations are the goal" may be one)."""
    return lemma(root).lower() == "be"


def bare_no_before(verb) -> bool:
    """'"Absolutely not," Trump replied', '"Not at all," Ryan said': a quote of a few words of
    no opening the sentence, then its verb of answering (one word, "Never", is
    ``disputes.quoted_no``)."""
    sent = verb.sent
    doc = verb.doc
    if not doc[sent.start].is_quote:
        return False
    close = next((t.i for t in doc[sent.start + 1 : verb.i] if t.is_quote), None)
    if close is None:
        return False
    words = tuple(t.lower_ for t in doc[sent.start + 1 : close] if not t.is_punct)
    return (
        len(words) > 1
        and words in NO_ANSWERS
        and all(
            t.dep_ in ("nsubj", "compound", "det", "amod", "appos", "punct") or t.is_punct
            for t in doc[close + 1 : verb.i]
        )
    )


def bare_no_after(verb) -> bool:
    """'Trump told Reuters, "No.', 'he said, "No."', "he said no": the answer is one word of no
    after its verb of saying, and nothing else."""
    doc = verb.doc
    sent = verb.sent
    words: list[str] = []
    for t in doc[verb.i + 1 : sent.end]:
        if t.is_punct or t.is_quote or t.is_space:
            continue
        if not words and t.dep_ in ("dobj", "advmod", "npadvmod") and t.lower_ not in ("no", "never", "not"):
            if t.head.i == verb.i and t.lower_ not in ("absolutely",):
                continue  # "told Reuters, …", "said simply: …"
        words.append(t.lower_)
    return tuple(words) in NO_ANSWERS
