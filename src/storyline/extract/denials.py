"""Denials said without a verb of denial: "had no recollection of the meeting", "the claims …
are false," he said, "called the allegation 'completely false'", "reiterated his denial",
"the same denial Sanders issued". Each gives who denies (a subject, a possessor, or the speaker
of the reporting verb above) and the clause it denies, from which ``claims`` picks the event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from storyline.extract import quote_owner
from storyline.extract.nlp import lemma

# predicates that call what was said untrue; "wrong", "fake" and "misleading" are left out:
# "Trump is wrong" disputes an opinion, "fake news" is a slogan
FALSE_WORDS = {
    "false",
    "untrue",
    "inaccurate",
    "nonsense",
    "baseless",
    "groundless",
    "ridiculous",
    "absurd",
    "fabricated",
    "bogus",
    "lie",
    "hoax",
    "fabrication",
    "falsehood",
}
TRUE_WORDS = {"true", "accurate", "correct"}  # negated: "not true"
MEMORY_NOUNS = {"recollection", "memory"}  # "no recollection of"
RECALL_VERBS = {"recall", "remember", "recollect"}  # "doesn't recall the episode"
# verbs whose object is a denial its subject makes: "reiterated his denial", "responded …
# with a categorical denial", "issued a denial"
DENIAL_VERBS = {"repeat", "reiterate", "issue", "continue", "respond", "offer", "make", "maintain"}
DENIAL_VERBS |= {"stand", "deliver", "release", "renew", "stick"}
# verbs that report what the clause under them says: its speaker is theirs
REPORTING = {"say", "tell", "insist", "write", "tweet", "add", "state", "maintain", "argue", "declare"}
REPORTING |= {"call", "respond", "reply", "counter", "note", "claim", "contend", "quote", "release"}
REPORTING |= {"read"}  # '"… are completely false," the letter read': a written statement's words

# verbs calling their object something: "declare the story false"
CALLING = {"call", "declare", "label", "deem", "brand", "pronounce"}
# verbs of claiming after "it is false to …"
CLAIMING = {"say", "claim", "suggest", "argue", "assert", "insist", "state"}

# things said that an adjective may call false ("these are false charges")
SAID = {"charge", "claim", "allegation", "accusation", "report", "story", "statement", "assertion", "rumor"}

# "has not yet given him a prize, as he claimed": a claim set against a negated fact
CONTRARY = {"claim", "boast", "allege", "assert", "insist", "suggest"}

# (the token naming who denies, or None, the reporting verb above it, the denied clause's root)
Found = tuple[Optional[object], Optional[object], Optional[object]]


def subject_of(head):
    """The subject of a predicate, read past an editor's brackets: "We believe that [report] is
    false" is parsed with the brackets as subjects and the word inside them hung apart; the word
    the editor put in is what the clause is about."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct), None)
    if subj is not None:
        return subj
    bracket = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.text == "["), None)
    if bracket is None:
        return None
    inside = [t for t in bracket.doc[bracket.i + 1 : head.i] if not t.is_punct]
    closed = any(t.text == "]" for t in bracket.doc[bracket.i + 1 : head.i])
    return inside[-1] if inside and closed else None


def _called_false(tok):
    """ "Has called reports that Abboud was story-shopping 'categorically false'": the word
    calling it false parsed into the clause of what is called so, the object of a verb of
    calling; that object, or None."""
    clause = tok.head
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl", "ccomp") or noun.dep_ != "dobj" or lemma(noun).lower() not in SAID:
        return None
    if lemma(noun.head).lower() not in CALLING or any(
        c.dep_ in ("oprd", "ccomp") for c in noun.head.children
    ):
        return None
    # the clause has its own predicate before the word ("was story-shopping"), or it would say
    # what the report says ("reports that the story was false")
    own = any(c.dep_ in ("attr", "acomp", "dobj", "ccomp") and c.i < tok.i for c in clause.children)
    return noun if own or clause.pos_ == "VERB" and clause.i < tok.i else None


# verbs whose passive calls a thing said made up: "the allegations … were made up", "reports
# were fabricated"
MADE_UP = {"fabricate", "invent", "concoct", "manufacture", "doctor", "falsify"}
# what one may have none of without calling anything false: "We have no indications that
# their claims … are false" accepts the claims
EVIDENCE = {"evidence", "indication", "sign", "proof", "reason", "basis"}


def _made_up(tok) -> bool:
    """A passive "made up" / "fabricated" of a thing said, not negated."""
    lem = lemma(tok).lower()
    up = lem == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    return (
        (lem in MADE_UP or up)
        and tok.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not _neg(tok)
    )


def _no_evidence(head) -> bool:
    """ "No indications that their claims are false": the word under a noun of evidence had
    none of, below the verb that reports it."""
    for a in head.ancestors:
        if lemma(a).lower() in REPORTING and a.pos_ in ("VERB", "AUX"):
            return False
        if a.pos_ == "NOUN" and lemma(a).lower() in EVIDENCE and any(c.lower_ == "no" for c in a.children):
            return True
    return False


def _neg(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _subject(verb):
    """The subject of a verb, or of the verb it hangs from ("saying they're not true")."""
    for v in (verb, verb.head):
        s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None:
            return s
        if v.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            break
    return None


def reporter(tok):
    """The nearest reporting verb above ``tok`` and its subject: '"…are false," said Michael';
    none when no one says it ("no one can say what she's suggesting isn't true")."""
    for v in tok.ancestors:
        if lemma(v).lower() in REPORTING and v.pos_ in ("VERB", "AUX"):
            who = _subject(v)
            no_one = who is not None and (
                who.lower_ in ("nobody", "none")
                or who.lower_ == "one"
                and any(c.lower_ == "no" for c in who.children)
            )
            if _neg(v) or no_one:
                return None, None
            return v, who
    return None, None


def _scope(tok):
    """What a cue word denies: its "of" object, "that" clause, or its own clause's subject."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "that"):
            return c
        if c.dep_ in ("acl", "ccomp", "relcl"):
            return c
    return None


def _supposed(head) -> bool:
    """ "If what is being said … is untrue, then …", "a reaction about that not being true":
    a condition or a gerund under a preposition says no one calls it false."""
    if head.tag_ == "VBG" and head.dep_ == "pcomp":
        return True
    first = next((t for t in head.subtree if not t.is_punct), None)
    if first is not None and first.lower_ in ("if", "unless"):
        return True  # the parse may hang the "if" on the clause's subject ("If what is said …")
    return any(
        v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children)
        for v in [head, *head.ancestors]
    )


def _said(head):
    """What "it is false to claim" calls false: the clause of the verb of saying."""
    say = next((c for c in head.children if c.dep_ == "xcomp" and lemma(c).lower() in CLAIMING), None)
    return next((c for c in say.children if c.dep_ == "ccomp"), None) if say is not None else None


def by_writer(head) -> bool:
    """ "(but) it is false to claim that the entire team is made up of Democrats", "it's untrue
    that …", "the claim that … is false": the writer's own word, an empty "it" before a clause
    or a thing said with what it says, in no quote."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or quote_owner.owner(head) is not None:
        return False
    if subj.lower_ != "it":
        # "The statistic published in The Arizona Republic that “the feds lost … 1,475 migrant
        # children,” is false": a thing said, told with what it says, called false by the writer;
        # not in a quote no one is named saying ('"Rumors that I have received hush money … are
        # completely false," the letter read')
        sent = head.sent
        marks = sum(quote_owner.is_mark(t) for t in sent.doc[sent.start : head.i])
        quoted = marks % 2 == 1 or quote_owner.opened_before(sent) is not None
        return not quoted and lemma(subj).lower() in SAID | WRITTEN and _that_clause(subj)
    return any(c.dep_ == "ccomp" for c in head.children) or _said(head) is not None


# things told, besides SAID, that a fact-check calls false with what they tell
WRITTEN = {"statistic", "figure", "idea", "notion", "suggestion", "assertion", "contention"}


def _that_clause(noun) -> bool:
    """A noun followed by what it tells: "the claim that …", "the statistic … that "…""."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def contrary(tok) -> bool:
    """ "(has not given him a prize) as he claimed": a claim of what the clause above denies."""
    return (
        lemma(tok).lower() in CONTRARY
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and _neg(tok.head)
    )


def find(sent, mention_at: Callable) -> list[Found]:
    """Cues of a denial with no verb of denial, each with who makes it and what it denies."""
    out: list[Found] = []
    for tok in sent:
        lem = lemma(tok).lower()
        # "called the allegations 'fake news'": the slogan as what something is called
        fake_news = lem == "news" and tok.dep_ == "oprd" and any(c.lower_ == "fake" for c in tok.children)
        if lem == "news" and tok.dep_ == "attr" and any(c.lower_ == "fake" for c in tok.children):
            # "insisted that reports about links to Russia are fake news": a thing said, not a
            # person ("You are fake news")
            subj = subject_of(tok.head)
            verb, who = reporter(tok.head)
            if subj is not None and lemma(subj).lower() in SAID and verb is not None and not _neg(tok.head):
                out.append((who, verb, subj))
            continue
        if _made_up(tok):
            # "declared that the allegations of anti-Semitism … were made up"
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            verb, who = reporter(tok)
            if subj is not None and lemma(subj).lower() in SAID and verb is not None and not _supposed(tok):
                out.append((who, verb, subj))
            continue
        # "These are damnably false charges": a thing said, called false by its adjective
        if lem in FALSE_WORDS and tok.dep_ == "amod" and tok.head.dep_ == "attr":
            said = lemma(tok.head).lower() in SAID
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            verb, who = reporter(tok.head.head)
            if said and subj is not None and verb is not None and not _neg(tok.head.head):
                out.append((who, verb, subj))
            continue
        if lem in FALSE_WORDS and tok.dep_ == "acomp" and not _neg(tok) and not _neg(tok.head):
            noun = _called_false(tok)
            if noun is not None:
                out.append((_subject(noun.head), noun.head, noun))
                continue
        # "declare the disclosure story false": the parse's small clause under a verb of calling
        called = tok.dep_ == "ccomp" and lemma(tok.head).lower() in CALLING and lem in FALSE_WORDS
        predicate = tok.dep_ in ("acomp", "attr", "oprd") or called
        if (lem in FALSE_WORDS | TRUE_WORDS or fake_news) and predicate:
            head = tok.head
            if lem in TRUE_WORDS and not (_neg(tok) or _neg(head)):
                continue
            if (lem in FALSE_WORDS or fake_news) and (_neg(tok) or _neg(head)):
                continue  # "not false", "no lie"
            if _no_evidence(head):
                continue  # "no indications that their claims … are false"
            if tok.dep_ == "oprd" or called:  # "called the allegation 'completely false'"
                # what is called false: the object, or the small clause's subject
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                if called:
                    obj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                who = _subject(head)
                if who is not None and who.lower_ == "who" and head.dep_ == "relcl":
                    who = head.head  # "the president, who once called the … stories fake news"
                out.append((who, head, obj))
                continue
            subj = subject_of(head)
            if subj is not None and mention_at(subj) is not None and mention_at(subj).type == "PERSON":
                continue  # "Trump is wrong": a person, not a statement
            # "untrue that …", "false to claim that …", else what the subject names
            what = next((c for c in head.children if c.dep_ == "ccomp"), None) or _said(head) or subj
            verb, who = reporter(head)
            if verb is not None:
                out.append((who, verb, what))
            elif not any(lemma(v).lower() in REPORTING for v in head.ancestors) and not _supposed(head):
                # '"That is not accurate …," Kaine responded', a quote's later sentence: the
                # quote's speaker, though no verb of saying stands above the words
                who = quote_owner.owner(head)
                if who is not None:
                    out.append((who, None, what))
                elif by_writer(head):
                    out.append((None, head, what))  # the report itself denies it
        elif lem in MEMORY_NOUNS and tok.dep_ == "dobj" and lemma(tok.head).lower() == "have":
            if not any(c.lower_ == "no" for c in tok.children) and not _neg(tok.head):
                continue
            verb, who = reporter(tok.head)
            subj = _subject(tok.head)
            out.append((subj if subj is not None else who, verb, _scope(tok)))
        elif lem in RECALL_VERBS and tok.pos_ == "VERB" and _neg(tok):
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "ccomp")), None)
            verb, who = reporter(tok)
            subj = _subject(tok)
            out.append((subj if subj is not None else who, verb, obj))
        elif contrary(tok):
            out.append((None, tok, tok.head))  # the report itself denies it
        elif lem == "denial" and tok.pos_ == "NOUN":
            non = tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "non"
            if (
                non
                or any(c.dep_ == "compound" for c in tok.children)
                or tok.head.lower_ == "in"
                and not any(c.dep_ == "poss" for c in tok.children)
            ):
                continue  # "climate denial", "visa denial", "in denial", "a non-denial"
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            clause = next((c for c in tok.children if c.dep_ in ("relcl", "acl")), None)
            if owner is None and clause is not None:  # "the same denial Sanders issued"
                owner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ in ("dobj", "pobj") and lemma(verb).lower() in DENIAL_VERBS:
                # "Walsh repeated her denial": the subject is whose denial it is, better named
                # than the possessive pronoun
                if owner is None or owner.lower_ in ("his", "her", "their", "its"):
                    owner = _subject(verb) or owner
            if owner is not None:
                out.append((owner, None, _scope(tok) or clause))
    return out
