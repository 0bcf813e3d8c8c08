"""Election results: a candidate winning or losing a race is an ELECT event.

"Handel defeated Ossoff", "Handel won the race", "Ossoff lost to Handel", "Handel's victory over
Ossoff", "Ossoff's narrow loss", "surged to victory": one result told from either side, so its
winner is the agent and its loser the patient whichever side a report names ("Ossoff lost":
Ossoff is the one defeated, not one who acts). Without a candidate or a race, "win" and "loss"
keep their other senses ("won the support of", "a loss of jobs", "moral victories").
"""

from __future__ import annotations

from typing import Optional

from storyline.extract.nlp import lemma

# What a candidate wins or loses: "won the race", "lost the special election", "won Georgia".
RACES = {
    "election", "race", "runoff", "primary", "seat", "contest", "district", "special", "presidency",
    "caucus", "caucuses", "governorship", "mayoralty", "bid", "reelection", "re-election",
}  # fmt: skip
RACE_PLACES = {"GPE"}  # "won Georgia", "lost Montana"
# A result's margin: "won by five points", "lost by 3.8 percent".
MARGINS = {"point", "vote", "percent", "%", "margin", "percentage"}
WIN_VERBS = {"win"}
LOSE_VERBS = {"lose"}
BEAT_VERBS = {"defeat", "beat", "unseat"}
WIN_NOUNS = {"victory", "win", "triumph"}
LOSS_NOUNS = {"loss", "defeat"}
# Words that tell a sentence speaks of a race, beside the races and margins themselves: "defeated
# Le Pen, who campaigned on an anti-immigration platform".
CONTEST_WORDS = {"campaign", "poll", "ballot", "voter", "electorate"}
# Who may stand in a race: a person, a party's candidate ("the Democrat"), a pronoun.
CANDIDATE_NOUNS = {"candidate", "challenger", "opponent", "incumbent", "democrat", "republican", "nominee"}


def _candidate(tok) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG"))
        or tok.lower_ in ("he", "she", "him", "her", "his", "who")
        or lemma(tok).lower() in CANDIDATE_NOUNS
    )


def _race(tok) -> bool:
    return lemma(tok).lower() in RACES or tok.ent_type_ in RACE_PLACES


def _preps(tok, *words: str) -> list:
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in words
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _object(tok):
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def _margin(tok) -> bool:
    return any(lemma(o).lower() in MARGINS for o in _preps(tok, "by"))


def verb_sense(tok) -> Optional[str]:
    """ "won the race", "won by five points", "defeated Ossoff", "Ossoff lost (to Handel)": a
    result; "won over voters", "lost his job", "beat the traffic" are not."""
    lem = lemma(tok).lower()
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # "win over", "beat up", "lose out"
    obj, subj = _object(tok), _subject(tok)
    if obj is not None and obj.lower_ in ("that", "which") and tok.dep_ == "relcl":
        obj = None  # "the only reason that Ossoff lost"
    if lem in WIN_VERBS:
        if obj is not None:
            return "ELECT" if _race(obj) else None
        # "won by five points", "Gianforte won in the special election"
        in_race = subj is not None and _candidate(subj) and any(_race(o) for o in _preps(tok, "in"))
        return "ELECT" if _margin(tok) or in_race else None
    if lem in LOSE_VERBS:
        if obj is not None:
            return "ELECT" if _race(obj) else None
        # "Ossoff lost", "lost to Handel", "lost by 3.8 percent": a candidate's defeat
        if subj is not None and subj.dep_ == "nsubj" and _candidate(subj):
            # not "lost in court", "lost at trial": where a candidate loses is a race or a place
            where = [o for o in _preps(tok, "in", "at") if not (_race(o) or o.ent_type_ in ("DATE", "TIME"))]
            return "ELECT" if not where else None
        return None
    if lem in BEAT_VERBS:
        theme = obj if obj is not None else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return "ELECT" if theme is not None and _beaten(theme) and _contest(tok) else None
    return None


def _beaten(theme) -> bool:
    """Who is defeated in a race: a person, a name the tagger left untyped ("the National Front's
    Marine Le Pen"), a candidate, or a noun a person's name stands in apposition to ("far-right
    leader Marine Le Pen")."""
    return (
        theme.ent_type_ == "PERSON"
        or theme.pos_ == "PROPN"
        and not theme.ent_type_
        or lemma(theme).lower() in CANDIDATE_NOUNS
        or any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in theme.children)
    )


def _contest(tok) -> bool:
    """The sentence speaks of a race: "defeated Ossoff ... by a 52.6 percent margin", "in the
    runoff"; a beating in the street or a defeat in court is not an election."""
    words = RACES | MARGINS | CONTEST_WORDS
    return any(lemma(t).lower() in words or t.ent_type_ == "PERCENT" for t in tok.sent)


def noun_sense(tok) -> Optional[str]:
    """ "Handel's victory", "the victory over Ossoff", "Ossoff's 4-point loss", "the special
    election defeat", "surged to victory in Montana"; not "a loss of jobs", "moral victories"."""
    if lemma(tok).lower() in LOSS_NOUNS and _preps(tok, "of"):
        # "the defeat of far-right candidate Marine Le Pen in the French presidential election";
        # not "a loss of jobs", "his loss of support"
        lost = any(_candidate(o) and o.lower_ not in ("his", "her") for o in _preps(tok, "of"))
        return "ELECT" if lost and _contest(tok) else None
    whose = [c for c in tok.children if c.dep_ == "poss"]
    if any(_candidate(w) for w in whose):
        return "ELECT"
    if any(_candidate(o) for o in _preps(tok, "over", "to")):
        return "ELECT"
    if any(_race(o) for o in _preps(tok, "in")) or any(
        c.dep_ in ("compound", "amod") and lemma(c).lower() in RACES for c in tok.children
    ):
        return "ELECT"
    return "ELECT" if lemma(tok).lower() in WIN_NOUNS and _led_to(tok) is not None else None


def _led_to(tok):
    """ "Handel surged to victory", "muscled his way to victory": the one who won."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return None
    verb = tok.head.head
    if verb.pos_ == "NOUN" and lemma(verb).lower() == "way":
        verb = verb.head
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subj if subj is not None and _candidate(subj) else None


def roles(tok, args: list) -> list:
    """The winner is the agent and the loser the patient: "Ossoff lost to Handel" (Ossoff the
    patient), "Ossoff's loss" (likewise), "Handel's victory over Ossoff" (Ossoff the patient)."""
    lem = lemma(tok).lower()
    lost = lem in LOSE_VERBS or lem in LOSS_NOUNS and tok.pos_ in ("NOUN", "PROPN")
    out = []
    beaten = _named(_preps(tok, "over"))
    over = {o.i for o in beaten}
    args = args + [(o, "patient") for o in beaten if all(o.i != a.i for a, _ in args)]
    to = {o.i for o in _preps(tok, "to")}
    of = {o.i for o in _named(_preps(tok, "of"))} if lost else set()  # "the defeat of Le Pen"
    for a, role in args:
        if a.i in over or a.i in of:
            out.append((a, "patient"))
        elif a.i in to and not lost:
            continue  # "a blow to Democrats"
        elif lost and a.i in to:
            out.append((a, "agent"))  # "lost to Handel"
        elif lost and role == "agent":
            out.append((a, "patient"))  # "Ossoff lost", "Ossoff's loss"
        elif role == "participant" and not _candidate(a):
            continue  # "victory in Montana": a place, not a candidate
        else:
            out.append((a, role))
    winner = _led_to(tok)
    if winner is not None:
        out.append((winner, "agent"))
    return out


def _named(nouns: list) -> list:
    """The nouns and the names in apposition to them: "victory over far-right candidate Marine
    Le Pen" (the name, not "candidate", is who lost)."""
    return [n for o in nouns for n in [o] + [c for c in o.children if c.dep_ == "appos"]]


def elected(args: list) -> list:
    """ "Gianforte was elected", "voters elected Gianforte": the one elected is the winner, as
    in "Gianforte won"; who elects takes part."""
    return [
        (a, "agent" if role == "patient" else "participant" if role == "agent" else role) for a, role in args
    ]
