"""What a sentence leaves to the sentences before it: a pronoun, a description or a shell noun
("the word") for someone or something the sentence before names."""

from __future__ import annotations

import re
from typing import Optional

from storyline.present.ask.described import has_role, role_in
from storyline.present.ask.match import kw_matches, words
from storyline.present.ask.names import _named
from storyline.present.ask.question import Question
from storyline.present.ask.rank import _holds, supported
from storyline.present.ask.sentence import Sentence, in_articles
from storyline.present.ask.speakers import (
    PRONOUN_SAYS,
    SAY,
    _quotes_at_length,
    q_says_first,
    q_speaks,
    speaks,
)
from storyline.store.base import Store

PRONOUN = re.compile(r"\b(he|she|they|him|her|them|his|their|the two (?:men|leaders|presidents))\b", re.I)


SINGULAR = re.compile(r"\b(he|she|him|her|his)\b", re.I)


RESOLVE_DOCS = 8  # articles read whole to resolve a pronoun (each a store read)


LOOK_BACK = 3  # sentences before a pronoun where the name it stands for may be


FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")


def _may_be_them(q: Question, s: Sentence) -> bool:
    """Can the sentence's pronouns stand for whom the question names? One person asked about:
    only "he"/"she" ("Arizona GOP Sen. John McCain did not vote ...". "Early Monday, ...
    Republicans cranked up the pressure on Democrats to abandon *their* immediate demands ... and
    vote" is not about him)."""
    one = [n for n in q.names if n not in q.setting]
    if len(one) == 1 and q.labels.get(one[0]) == "PERSON":
        return SINGULAR.search(s.text) is not None
    return True


def _described_age(store: Store, q: Question, found: list[Sentence]) -> None:
    """ "How old is McCain": "The 81-year-old senator, ..." counts him (0.8) when one of the
    sentences just before names him and the sources set that role beside his name."""
    key = q.required_keys[0] if len(q.required_keys) == 1 else ""
    cands = [s for s in found if key and role_in(s.text)]
    roles: dict[str, bool] = {}
    for s in cands:
        role = role_in(s.text) or ""
        if role not in roles:
            roles[role] = has_role(store, key, role)
        if not roles[role] and s.names > 0:
            # "The 81-year-old senator, a frequent critic of Trump": the age is not Trump's
            s.score -= 3 * s.names
            s.names = 0.0
    for s, sents, at in in_articles(store, [s for s in cands if roles[role_in(s.text) or ""]], RESOLVE_DOCS):
        real = [x.text for x in sents[max(0, at - 3 * LOOK_BACK) : at] if len(x.text.split()) >= 4]
        if s.names < 0.8 and any(key in b.lower() for b in real[-2:]):
            s.score += 3 * (0.8 - s.names)
            s.names = 0.8


def _resolve_pronouns(
    store: Store,
    q: Question,
    found: list[Sentence],
    described: dict[str, list[str]],
    short: Optional[dict[str, list[str]]] = None,
) -> None:
    """A sentence about the happening asked that names someone asked about only by a pronoun
    ("But he kept German Chancellor Angela Merkel ... waiting") counts that name (0.8) when one
    of the few sentences before it names them: the sources' running text, not the question's."""
    names = q.required_keys
    if not names or q.kind == "said":  # what X said: X says it, not a "he" two sentences on
        return
    cands = [
        s
        for s in found
        if s.names < 1.0
        and s.trigger
        and not s.loose
        and s.coverage >= 0.5
        and (PRONOUN.search(s.text) or FIRST_PERSON.search(s.text))
    ]
    cands = [s for s in cands if _may_be_them(q, s) or not PRONOUN.search(s.text)]
    cands.sort(key=lambda s: -s.score)
    for s, sents, at in in_articles(store, cands, RESOLVE_DOCS):
        # the sentences before, past page furniture ("Advertisement") between them
        real = [x.text for x in sents[max(0, at - 3 * LOOK_BACK) : at] if len(x.text.split()) >= 4]
        before = " ".join(real[-LOOK_BACK:]).lower()
        if not PRONOUN.search(s.text):
            # "We knocked on a random door ... and hid in the bathroom": a quote going on, the
            # words of whoever the last sentence with a saying verb has speaking ("“We’ve been in
            # the Motel 6,” said Jackie Hoffing, ...")
            said = next((b for b in reversed(real[-LOOK_BACK:]) if re.search(SAY, b, re.I)), "")
            before = said.lower() if said and any(speaks(n, said) for n in names) else ""
        low = s.text.lower()
        got = [
            max(
                _named(n, low, described, s.doc, {s.doc}, short),
                0.8 if _named(n, before, {}, s.doc, set(), short) else 0.0,
            )
            for n in names
        ]
        resolved = sum(got) / len(names)
        if resolved > s.names:
            s.score += 3 * (resolved - s.names)
            s.names = resolved


# words that stand for what the sentence before said ("never denied using the word"): pronouns
# and shell nouns
BACK = re.compile(
    r"\b(?:it|its|this|that|these|those|such)\b|\bthe (?:word|words|move|decision|issue|claim|claims"
    r"|report|reports|allegation|allegations|remark|remarks|comment|comments|statement|charge|charges"
    r"|idea|plan|request|accusation|accusations|story|episode|incident|meeting|call)\b",
    re.I,
)


# a sentence that is a quote from end to end
WHOLE_QUOTE = re.compile(r'^\s*[“"][^”"]+[”"]\s*$')


# someone's post, named the sentence before ("Harward is considered the top contender for the
# job" after "... possible replacements for Flynn")
POST = re.compile(r"\bthe (?:job|post|position)\b", re.I)


BEFORE_DOCS = 6  # articles read whole for the sentence before (each a store read)


def _from_before(
    store: Store,
    q: Question,
    found: list[Sentence],
    described: dict[str, list[str]],
    short: Optional[dict[str, list[str]]] = None,
) -> None:
    """A sentence that leaves what it speaks of to the sentence before it ("Tillerson never
    denied using the word." after "reports Tillerson had called Trump a “moron”"; "“It is
    disturbing ...,” he said." after "Sen. Ben Cardin ... said he feared ...") supports the answer
    with that sentence's names and words: the happening (or, for "what did X say", the topic
    and a he/she saying it) must be in it, the rest in the one right before."""
    names = q.required_keys
    others = [k for k in q.keywords if k != q.trigger and k not in q.name_keys]
    if q.kind == "said":
        if not q.speaker:
            return
        cands = [
            s
            for s in found
            if s.names < 1.0
            and s.coverage > 0
            and (PRONOUN_SAYS.search(s.text) or WHOLE_QUOTE.match(s.text) and not re.search(SAY, s.text))
            and not q_speaks(q, s.text)
        ]
    else:
        cands = [
            s
            for s in found
            if s.trigger
            and not s.loose
            and not supported(s, q)
            and (s.names > 0 or PRONOUN.search(s.text) or POST.search(s.text))
            and (s.coverage < 0.5 or s.names < 0.66)
            and (PRONOUN.search(s.text) or BACK.search(s.text) or POST.search(s.text))  # it refers back
            and (s.names > 0 or _may_be_them(q, s) or POST.search(s.text))
        ]
    cands.sort(key=lambda s: -s.score)
    for s, sents, at in in_articles(store, cands[:12], BEFORE_DOCS):
        real = [x.text for x in sents[max(0, at - 3) : at] if len(x.text.split()) >= 4]
        if not real:
            continue
        before = real[-1]
        low, blow = s.text.lower(), before.lower()
        if q.kind == "said":
            # the nearest sentence before with someone saying: X, or another (then not X's)
            # (a sentence all quote, no one saying it: the words of whoever spoke just before,
            # "“..., ” Mr. Mulvaney said on “Fox News Sunday.”" then "“I went through ... 2013
            # ... President Obama wanted that shutdown.”")
            said = next((b for b in reversed(real[-2:]) if re.search(SAY, b, re.I)), "")
            if WHOLE_QUOTE.match(s.text) and not PRONOUN_SAYS.search(s.text) and said != real[-1]:
                continue
            if said and q_says_first(q, said):
                # (their own words at length before a report of them, as for a sentence naming them)
                # the speaker counts 0.8 beside the other names it has ("... President Obama
                # wanted that shutdown" for what Mulvaney said about Obama)
                resolved = max(0.8, min(1.0, s.names + 0.8 / max(1, len(q.required_keys))))
                s.score += 3 * (resolved - s.names) + 1.0 + 0.5 * _quotes_at_length(s.text)
                s.names, s.before = resolved, said
            continue
        got = [
            max(
                _named(n, low, described, s.doc, {s.doc}, short),
                0.8 if _named(n, blow, {}, s.doc, set(), short) else 0.0,
            )
            for n in names
        ]
        both = words(s.text + " " + before)
        cover = (
            sum(_holds(q, k, s.text) or kw_matches(k, both) for k in others) / len(others) if others else 1.0
        )
        resolved = sum(got) / len(names) if names else 1.0
        if resolved >= 0.66 and cover >= 0.5 and (resolved > s.names or cover > s.coverage):
            s.score += 3 * max(0.0, resolved - s.names) + max(0.0, cover - s.coverage)
            s.names, s.coverage, s.relaxed, s.before = (
                max(s.names, resolved),
                cover,
                max(s.relaxed, cover),
                before,
            )
