"""Legislative acts: a chamber passing, approving or voting down a measure, confirming a nominee.

They are VOTE events whatever the verb ("passed the bill", "the repeal bill failed", "voted to
confirm Sessions", "cast the vote that killed the bill"), so that reports telling one vote in
different words are one kind of event; and what is voted on is their patient: the law a bill
would repeal ("a bill to repeal key parts of Obamacare"), the nominee confirmed. Without the
measure, "the Senate voted" names only the chamber, which votes every week.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract.lexicon import RELATIVE
from storyline.extract.nlp import lemma

# What a chamber votes on (a "repeal" is also the bill: "the skinny repeal failed").
MEASURES = {
    "bill", "legislation", "measure", "act", "law", "amendment", "resolution", "budget", "repeal",
    "nomination", "nominee", "package", "motion",
}  # fmt: skip
# An effort is a measure when it is one to legislate: "the effort to repeal Obamacare collapsed".
EFFORTS = {"effort", "push", "bid", "attempt", "quest", "plan", "drive", "foray"}
LEGISLATING = {"repeal", "replace", "pass", "dismantle", "gut", "scrap", "overhaul", "undo", "reform"}
# A plan of a policy field is a bill ("the Republican health care plan", "the GOP tax plan"),
# as is one said legislative ("his first major legislative foray")
POLICY_FIELDS = {"healthcare", "health-care", "care", "tax", "legislative"}
# Who votes: "the Senate confirmed", "senators approved", "the committee passed".
CHAMBERS = {
    "senate",
    "house",
    "congress",
    "chamber",
    "committee",
    "senator",
    "lawmaker",
    "legislature",
    "parliament",
}
# Ways of saying a measure was voted down or passed, when what they act on is one.
ON_MEASURE = {
    "pass",
    "approve",
    "adopt",
    "enact",
    "reject",
    "defeat",
    "block",
    "kill",
    "sink",
    "scuttle",
    "doom",
}
# A measure that "failed", "died", "collapsed" or "crashed and burned" was voted down.
MEASURE_ENDS = {"fail", "die", "collapse", "crash"}
# What these verbs are when their subject is no measure: "died" a death, "crashed" a crash.
OTHER_ENDS = {"die": "DIE", "crash": "DISASTER"}
# A chamber's acts whose person is the nominee ("confirmed Gorsuch"), not a voter ("McCain's vote").
NOMINEE_ACTS = {"confirm", "confirmation", "approve", "reject"}
# Nouns of a vote's outcome: "the passage of the bill", "the defeat of a Republican bill".
OUTCOME_NOUNS = {"passage", "defeat", "collapse", "failure"}


def is_measure(tok) -> bool:
    lem = lemma(tok).lower()
    if lem in MEASURES:
        return True
    if lem in EFFORTS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in POLICY_FIELDS for c in tok.children
    ):
        return True
    return lem in EFFORTS and any(lemma(t).lower() in LEGISLATING for t in tok.subtree if t.i != tok.i)


def _legislates(verb) -> bool:
    """ "To repeal Obamacare", "to scrap the Affordable Care Act": an act only a vote does.
    Repealing is always a law's; the other verbs need the measure named ("reform the FBI")."""
    word = lemma(verb).lower()
    if word not in LEGISLATING - ON_MEASURE:  # "failed to pass the bill": "pass" is the vote
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "pobj")), None)
    if obj is None:
        return False
    return is_measure(obj) or obj.ent_type_ == "LAW" or (word == "repeal" and obj.pos_ == "PROPN")


def _referent(arg, verb):
    """ "the bill, which died": the noun a relative pronoun stands for."""
    if arg is not None and arg.lower_ in RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return arg


def _theme(tok):
    """The verb's direct object, or its subject when passive ("the bill was defeated")."""
    return _referent(next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None), tok)


def _subject(tok):
    return _referent(next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None), tok)


def _chamber(tok) -> bool:
    return tok is not None and (lemma(tok).lower() in CHAMBERS or tok.lower_ in CHAMBERS)


def _of(tok) -> list:
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def on_measure_verb(tok) -> Optional[str]:
    """ "passed the bill", "the bill was defeated", "cast the vote that killed the bill": a
    vote; "killed three people" stays a killing, "blocked the road" nothing."""
    obj = _theme(tok)
    if obj is not None and is_measure(obj):
        return "VOTE"
    if lemma(tok).lower() in ("pass", "approve") and _chamber(_subject(tok)) and obj is not None:
        return "VOTE"  # "the Senate approved Jeff Sessions as attorney general"
    return "DIE" if lemma(tok).lower() == "kill" else None


def measure_ends_verb(tok) -> Optional[str]:
    """ "The skinny repeal failed", "the bill died 51-49": the vote that defeated it. A person
    who died is a death; an effort that failed to pass is told by "pass"."""
    subj = _subject(tok)
    if subj is not None and is_measure(subj):
        return "VOTE"
    # "Republicans have failed to repeal the Affordable Care Act": the vote that decided it
    # ("failed to pass the bill" is told by "pass", a vote itself: see failed_at)
    # the law must be named: "the Senate failed to dismantle the healthcare law" would name only
    # the chamber, which votes every week, and take the report to another of its votes
    raw = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "which fails": a thing
    named = any(t.ent_type_ for t in _laws_aimed_at(tok))
    if lemma(tok).lower() == "fail" and named and subj is not None and _votes(subj, raw):
        return "VOTE"
    return OTHER_ENDS.get(lemma(tok).lower())


def confirm_verb(tok) -> Optional[str]:
    """A chamber confirming a nominee ("the Senate confirmed Gorsuch", "Sessions was
    confirmed as attorney general") is a vote; confirming a report is a statement."""
    obj = _theme(tok)
    if _chamber(_subject(tok)) and obj is not None:
        return "VOTE"
    if obj is not None and (obj.ent_type_ == "PERSON" or is_measure(obj)):
        return "VOTE"
    return "CONFIRM"


def _named(tok) -> bool:
    """A person or a name ("Gorsuch’s", tagged without a type in a short sentence), or "his"."""
    return (
        tok.ent_type_ == "PERSON"
        or (tok.pos_ == "PROPN" and not tok.ent_type_)
        or tok.lower_ in ("his", "her")
    )


def confirmation_noun(tok) -> Optional[str]:
    """ "Gorsuch's confirmation", "the confirmation of Jeff Sessions", "the Senate's
    confirmation of his pick": the vote; "confirmation that he met" is a statement."""
    whose = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")] + _of(tok)
    if any(_named(w) or _chamber(w) for w in whose):
        return "VOTE"
    return "CONFIRM"


def outcome_noun(tok) -> Optional[str]:
    """ "the passage of the bill", "the stunning defeat of a Republican bill": a vote; a defeat
    at the polls or in a war is not one, nor a failure of nerve."""
    # "the collapse early Friday morning of Senate efforts to repeal": "of" hung on the date
    dated = [a for a in tok.children if a.dep_ in ("appos", "npadvmod") and a.ent_type_ in ("DATE", "TIME")]
    if any(is_measure(o) for n in [tok, *dated] for o in _of(n)):
        return "VOTE"
    # "the failure to repeal Obamacare" (also read "to" + "scrap Obamacare" by the parser)
    if lemma(tok).lower() == "failure" and _laws_aimed_at(tok):
        return "VOTE"
    # "the Obamacare repeal failure", "the GOP health care bill's collapse", "the health care failure"
    return (
        "VOTE"
        if any(c.dep_ in ("compound", "poss") and (is_measure(c) or _field(c)) for c in tok.children)
        else None
    )


def _votes(tok, raw) -> bool:
    """Who can vote a law down: a person, a party, a chamber; not a bill ("the BCRA, which
    fails to repeal the Affordable Care Act") nor a thing."""
    return (raw is None or raw.lower_ not in ("which", "that")) and (
        tok.ent_type_ in ("PERSON", "ORG", "NORP")
        or _chamber(tok)
        or is_party(tok)
        or tok.lower_ in ("they", "we", "he", "she", "who")
    )


def _laws_aimed_at(tok) -> list:
    """The laws a failed act aimed to undo: "failed to repeal the Affordable Care Act", "the
    failure to repeal Obamacare" (also read "to" + "scrap Obamacare" by the parser). Tokens."""
    aims = [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp")]
    out = []
    for a in aims:
        if _legislates(a):
            obj = next(c for c in a.children if c.dep_ in ("dobj", "pobj"))
            out += [t for t in obj.subtree if t.ent_type_ and not is_party(t)] or [obj]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for o in c.children:
                if o.ent_type_ and any(
                    t.dep_ == "compound" and lemma(t).lower() in LEGISLATING for t in o.children
                ):
                    out.append(o)
    return out


def _field(tok) -> bool:
    """ "health care" before an outcome noun: the field's bill ("the health care failure"). Not
    when a voter owns it ("the Senate's healthcare failure"): that names the chamber and no law,
    and would join the report to another vote of the chamber."""
    owners = [c for c in tok.head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
    return tok.lower_ in POLICY_FIELDS - {"tax"} and not tok.ent_type_ and not owners


VERB_SENSES = {
    **dict.fromkeys(ON_MEASURE, on_measure_verb),
    **dict.fromkeys(MEASURE_ENDS, measure_ends_verb),
    "confirm": confirm_verb,
}
NOUN_SENSES = {**dict.fromkeys(OUTCOME_NOUNS, outcome_noun), "confirmation": confirmation_noun}


def failed_at(tok):
    """ "The Senate failed to pass the bill", "slammed the Senate for failing to pass its
    repeal bill": the vote took place, and the measure lost it. The "fail" whose factuality is
    the vote's (a plan to fail is still a plan), or None."""
    if tok.dep_ == "xcomp" and lemma(tok.head).lower() == "fail" and lemma(tok).lower() in ON_MEASURE:
        return tok.head
    return None


def measure_args(trig) -> list:
    """What a vote is on, from the measure it names as object, subject or after "against",
    "on", "for", "of": "a bill to repeal key parts of Obamacare" gives Obamacare, "the ObamaCare
    repeal bill" ObamaCare. Tokens that carry an entity type; the caller keeps those that are
    mentions. The measure's possessor ("the Senate's bill") is who votes, not what is voted on."""
    near = [c for c in trig.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "compound")]
    near += [
        o
        for c in trig.children
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "for", "of")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if is_measure(trig):  # the measure itself told failed or pulled ("the failed push to repeal ObamaCare")
        near.append(trig)
    out = []
    for m in near:
        if is_measure(m):
            # not the measure's possessor ("the Senate's bill": who votes) nor what an apposition
            # says of what it names ("Obamacare, one of Mr. Trump's biggest priorities")
            aside = {t.i for c in m.subtree if c.dep_ in ("poss", "appos") and c.i != m.i for t in c.subtree}
            out += [
                t for t in m.subtree if t.i != m.i and t.ent_type_ and t.i not in aside and not is_party(t)
            ]
        elif _named(m) and lemma(trig).lower() in NOMINEE_ACTS and m.dep_ in ("dobj", "nsubjpass", "pobj"):
            out.append(m)  # the nominee: "confirmed Gorsuch", "the confirmation of Sessions"
    if lemma(trig).lower() in ("fail", "failure"):  # "failed to repeal the Affordable Care Act"
        out += [t for t in _laws_aimed_at(trig) if t.ent_type_]
    if lemma(trig).lower() in NOMINEE_ACTS:  # "Gorsuch's confirmation", "his confirmation"
        out += [c for c in trig.children if c.dep_ in ("poss", "nmod") and _named(c)]
    # "McCain's vote", "the McCain vote", "McCain votes": who votes (an agent, if anything)
    return out


# A measure taken off the floor before its vote ("Ryan pulled the bill", "Republicans were
# nixing their health care bill", "the bill would be withdrawn", "after the withdrawal of the
# GOP health-care bill"): the vote on it, which did not take place, as a cancelled vote is
# ("canceled a vote on the GOP bill": factuality reads it so). It is the measure's VOTE, not a
# WITHDRAW (a party leaving an agreement), so that reports telling the same day as "the bill
# was pulled", "the vote was cancelled" or "the bill failed" are one event of the measure.
PULLING = {"pull", "withdraw", "yank", "scrap", "shelve", "nix", "drop"}
# A measure told by its fate: "the failed health care bill", "the failed push to repeal ObamaCare"
FATES = {"fail", "failed", "defeat", "defeated", "doom", "doomed", "collapse", "collapsed"}
FATES |= {"pull", "pulled", "withdraw", "withdrawn", "scrap", "scrapped", "shelve", "shelved"}
# A party is who votes or sponsors, never what is voted on: "a vote on the GOP bill"
NOMINEE_WORDS = {"nomination", "nominee", "name"}
PARTIES = {"gop", "republican", "republicans", "democrat", "democrats", "democratic", "dems"}


def is_party(tok) -> bool:
    return tok.ent_type_ == "NORP" or tok.lower_ in PARTIES


def pulled_verb(tok) -> Optional[str]:
    """ "Pulled the bill", "the healthcare bill was pulled", "nixing their bill": the measure's
    vote (that did not take place); "pulled out of the deal", "dropped the charges" are not."""
    obj = _theme(tok)
    if obj is None or lemma(tok).lower() not in PULLING or lemma(obj).lower() in NOMINEE_WORDS:
        return None  # "Weiss withdrew his nomination": his, not a chamber's
    return "VOTE" if is_measure(obj) else None


def withdrawal_noun(tok) -> Optional[str]:
    """ "The withdrawal of the GOP health-care bill": its vote; any other withdrawal a party's."""
    return "VOTE" if any(is_measure(o) for o in _of(tok)) else "WITHDRAW"


def fated_measure(tok) -> Optional[str]:
    """ "The failed health care bill", "the failed push to repeal ObamaCare": the vote that
    decided it; "the bill", "a failed bid for office" are not."""
    fated = any(c.dep_ in ("amod", "compound") and c.lower_ in FATES for c in tok.children)
    return "VOTE" if fated and is_measure(tok) else None


def pulled(tok) -> bool:
    """A vote told by its measure being pulled: it did not take place."""
    word = lemma(tok).lower()
    if word in PULLING or word == "withdrawal":
        return True
    return is_measure(tok) and any(
        c.dep_ in ("amod", "compound") and lemma(c).lower() in PULLING for c in tok.children
    )


def names_measure(trig) -> bool:
    """The vote names its measure by a common noun ("pulled the bill", "a vote on the
    legislation"), whose name the document gives elsewhere."""
    if any(c.dep_ == "compound" and _field(c) for c in trig.children):
        return True  # "the health care failure": the health care bill's
    near = [trig] + [c for c in trig.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    near += [o for c in trig.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(is_measure(m) and _definite(m) for m in near)


def _definite(noun) -> bool:
    """ "the bill", "their bill", "this legislation" point to the document's measure; "a
    long-term spending bill" or "any bill" is another one, named nowhere."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return not dets or any(
        d.dep_ == "poss" or d.lower_ in ("the", "this", "that", "these", "those") for d in dets
    )
