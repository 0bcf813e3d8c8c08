"""Time anchoring from the grammar: which event a date belongs to, and which way to read it.

Two questions the date normaliser and the event extractor cannot answer from the words alone:

* ``tense_hints(sdoc)`` — is the event a time expression modifies told in the past or the future?
  "Flynn resigned on Feb. 13" in a December article is last February; "will testify on Feb. 13"
  the coming one. The normaliser (dates_resolve.Resolver) reads an underspecified date (bare
  month and day, weekday, "the weekend") with this hint: a past-tense event is not after the
  anchor, a future one not before it. Nominal events ("Comey's firing on May 9") are past unless
  something marks them as future ("the upcoming vote", "will attend the hearing on ...").
* ``closest(trig, candidates)`` — the date (or place) of an event is one in its own clause:
  never one reached through another clause ("pleaded guilty last week ... when he denied ..."
  does not date the denial), nor that of a reporting verb ("On Monday, the Post reported that
  Trump met Lavrov"), nor the clause that times it relative to another event ("two days after
  Marek resigned").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Optional

from storyline.extract.nlp import lemma

PAST, FUTURE = "PAST", "FUTURE"

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}  # "wo" is the "will" of "won't"
_MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d"}
# "plans to meet", "is expected to testify", "is set to", "is scheduled to", "is going to", "is to"
_PLAN_VERBS = {"plan", "expect", "schedule", "set", "intend", "aim", "go", "be", "prepare", "due", "slate"}
# "the upcoming vote on March 3": a nominal event marked as future
_FUTURE_MODS = {
    "upcoming",
    "planned",
    "scheduled",
    "next",
    "coming",
    "proposed",
    "expected",
    "future",
}
# "extended to Nov. 20", "should go home by Jan. 14": the date ends an interval or sets a
# deadline; the verb's tense says nothing of which side of publication it lies.
_DEADLINE_PREPS = {"to", "until", "till", "through", "by", "before", "within"}
# Nouns that name events (deverbal endings, or common news events); other nouns ("stock of
# record Nov. 10", "an editorial on Saturday") give no hint.
_EVENT_SUFFIXES = ("tion", "sion", "ment", "ing", "al", "ure", "ance", "ence", "ery")
# fmt: off
_EVENT_NOUNS = {
    "meeting", "call", "talk", "talks", "visit", "vote", "election", "hearing", "trial", "summit",
    "speech", "interview", "attack", "raid", "strike", "deal", "debate", "rally", "conference",
    "testimony", "plea", "arrest", "indictment", "verdict", "ruling", "decision", "win", "loss",
    "victory", "defeat", "sale", "purchase", "merger", "launch", "release", "resignation",
    "dismissal", "departure", "inauguration", "ceremony", "crash", "explosion", "shooting", "war",
    "invasion", "protest", "announcement", "session", "briefing",
}
# fmt: on
# Nouns that are part of a time expression, not the event it dates ("the morning of May 9").
_TIME_NOUNS = {"day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"}


def _is_past(v) -> bool:
    """Past or perfect: "met", "was fired", "did meet", "has met", "had met"."""
    if v.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or lemma(c) == "have") for c in v.children)


def verb_time(v) -> Optional[str]:
    """PAST / FUTURE for a verb, from its tense and auxiliaries; None when the grammar is silent
    (present simple, modals, infinitives under a past plan)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    low = {a.lower_ for a in auxes}
    if low & _FUTURE_AUX:
        return FUTURE
    if low & _MODAL_AUX:
        return None  # "would resign on Friday" said last week: either side of publication
    if v.dep_ == "xcomp" and (lemma(v.head) in _PLAN_VERBS or v.head.lower_ == "due"):
        head = v.head
        head_time = verb_time(head) if head.i != v.i else None
        if head_time == FUTURE or (head_time is None and not _is_past(head)):
            return FUTURE  # "plans to meet on Monday", "is expected to testify on Feb. 13"
        return None  # "was scheduled to testify on Feb. 13": a past plan, done or not
    if _is_past(v):
        return PAST
    if v.tag_ == "VBG" and any(
        a.lemma_ == "be" or a.lower_ in ("is", "are", "'s", "'re", "am") for a in auxes
    ):
        if any(a.tag_ == "VBD" for a in auxes):
            return PAST
        return FUTURE  # "is meeting Putin on Friday"
    return None


def _governor(tok):
    """The word a time expression modifies: climb out of the date phrase and its preposition.
    None when the expression is a deadline or an adjective's ("payable Dec. 7", "effective
    June 1"): those say nothing of the tense of an event."""
    t = tok
    for _ in range(12):
        if t.ent_type_ not in ("DATE", "TIME"):
            if t.pos_ in ("VERB", "AUX"):
                return t
            if t.pos_ == "NOUN" and t.lower_ not in _TIME_NOUNS:
                return t
            if t.pos_ == "ADJ" or (t.dep_ == "prep" and t.lower_ in _DEADLINE_PREPS):
                return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _event_noun(n) -> bool:
    low = n.lower_
    return low in _EVENT_NOUNS or (len(low) > 5 and low.endswith(_EVENT_SUFFIXES))


def token_time(tok) -> Optional[str]:
    """PAST / FUTURE for the event a time expression starting at ``tok`` modifies, or None."""
    gov = _governor(tok)
    if gov is None:
        return None
    if gov.pos_ in ("VERB", "AUX"):
        return verb_time(gov)
    # a nominal event: past unless marked as future, by itself or by the verb it serves
    if not _event_noun(gov):
        return None
    if any(c.lower_ in _FUTURE_MODS for c in gov.children):
        return FUTURE
    verb = next((a for a in gov.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return PAST
    t = verb_time(verb)
    if t == FUTURE:
        return FUTURE
    if t is None and verb.tag_ in ("VBZ", "VBP"):
        return None  # "Sessions faces a hearing on Feb. 13": a present-tense plan
    return PAST


def tense_hints(sdoc) -> Callable[[int], Optional[str]]:
    """For the date normaliser: character offset of a time expression → PAST / FUTURE / None."""
    starts = sdoc.to_array("IDX").tolist()  # one array, not a Python Token per token

    def at(char: int) -> Optional[str]:
        i = bisect.bisect_right(starts, char) - 1
        if i < 0:
            return None
        return token_time(sdoc[i])

    return at


# --- which event a date (or place) belongs to ----------------------------------------------

# A date or place attached to one of these verbs dates the report, not the event reported:
# "The meeting was originally reported in April".
REPORTING = {
    "report",
    "say",
    "tell",
    "learn",
    "reveal",
    "disclose",
    "announce",
    "write",
    "state",
    "confirm",
    "deny",
    "describe",
    "publish",
    "emerge",
    "inform",
}
TEMPORAL_MARKS = {"after", "before", "since", "until", "till", "following", "once"}
# Dependencies that open a clause of its own: a date beyond one belongs to another event.
CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}


def tree_distance(a, b) -> int:
    anc_a = [a] + list(a.ancestors)
    anc_b = [b] + list(b.ancestors)
    ids_b = {t.i: n for n, t in enumerate(anc_b)}
    for n, t in enumerate(anc_a):
        if t.i in ids_b:
            return n + ids_b[t.i]
    return 99


def lowest_common(a, b):
    ids = {t.i for t in [b, *b.ancestors]}
    return next((t for t in [a, *a.ancestors] if t.i in ids), None)


def in_temporal_clause(trig, top) -> bool:
    """'appointed on Wednesday, two days after Marek resigned': the date belongs to the main
    clause, not to the event in the clause that says when it happened relative to it."""
    tok = trig
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "pcomp", "pobj") and any(
            c.dep_ in ("mark", "prep") and c.lower_ in TEMPORAL_MARKS for c in tok.children
        ):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_MARKS:
            return True
        tok = tok.head
    return False


# "started to talk in the spring of 2011": the date of an aspectual verb is its complement's.
ASPECTUAL = {"start", "begin", "continue", "stop", "cease", "keep", "resume", "finish"}


def _crosses_clause(tok, top, trig) -> bool:
    """Does the path from tok up to top leave a clause? A clause that modifies the event noun
    itself ("a meeting held on Dec. 1", "the call, which took place on Monday") does not count:
    it says when that very event happened."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        is_verb_conj = t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
        describes_trigger = t.head.i == trig.i and t.dep_ in ("acl", "relcl") and trig.pos_ == "NOUN"
        aspectual = t.dep_ == "xcomp" and lemma(t.head) in ASPECTUAL
        if (t.dep_ in CLAUSE_DEPS and t.dep_ != "conj" or is_verb_conj) and not (
            describes_trigger or aspectual
        ):
            return True
        t = t.head
    return False


def _dates_something_else(tok, top, trig) -> bool:
    """Is the date at ``tok`` said of another thing on its way up to ``top``? "the 2016
    election", "Tuesday's meeting" (a modifier of another noun), "before the Nov. 8 vote",
    "since May" (a bound relative to the event, not its time)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        head = t.head
        if (
            head.i != trig.i
            and head.pos_ == "NOUN"
            and head.dep_ != "compound"  # "Tuesday's committee hearing": one noun phrase
            and t.dep_ in ("compound", "nmod", "amod", "nummod", "poss")
        ):
            return True
        if t.dep_ == "pobj" and head.lower_ in TEMPORAL_MARKS:
            return True
        if _of_a_thing(t, head, trig):
            return True
        t = head
    return False


def _of_a_thing(t, head, trig) -> bool:
    """'asked the hotel for security camera footage from the first week of March': a date said
    to be where a thing is "from" dates that thing. Only "from": "the appointment of a special
    prosecutor on Wednesday", "raided Cohen's offices in Manhattan on April 9" are parses that
    hang the event's own date on a noun."""
    return (
        t.dep_ == "prep"
        and t.lower_ == "from"
        and head.i != trig.i
        and head.pos_ == "NOUN"
        # what is done or asked for: "their conversations with the special counsel from this
        # March" are from March, not the counsel
        and (head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.lower_ == "for")
        and not head.ent_type_
        and not _event_noun(head)
        and head.lower_ not in _TIME_NOUNS
    )


def own_clause(trig, tok) -> bool:
    """May what sits at ``tok`` (a date, a place) describe the event whose trigger is ``trig``?"""
    top = lowest_common(trig, tok)
    if top is None:
        return False
    if top.i != trig.i and (lemma(top) in REPORTING or in_temporal_clause(trig, top)):
        return False
    if _crosses_clause(trig, top, trig) or _crosses_clause(tok, top, trig):
        return False
    if trig.pos_ == "NOUN" and top.i != trig.i and _in_phrase(trig, top):
        return False  # "was under pressure on March 2 over a meeting": the pressure's date
    return not _dates_something_else(tok, top, trig)


def _in_phrase(trig, top) -> bool:
    """Is the event noun inside a prepositional phrase below ``top``? Then a date on ``top``
    dates top's own predicate; a support verb's date ("held the meeting in December") does
    date its direct object."""
    t = trig
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False


def closest(trig, candidates, limit: int = 5):
    """The candidate ``(item, token)`` nearest to the trigger in the parse, among those in the
    trigger's own clause."""
    best, best_d = None, limit + 1
    for cand, tok in candidates:
        if not own_clause(trig, tok):
            continue
        d = tree_distance(trig, tok)
        if d < best_d:
            best, best_d = cand, d
    return best
