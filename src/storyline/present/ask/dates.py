"""When and for how long: the date of the happening in a sentence, and a duration."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from storyline.present.ask.clues import Clues
from storyline.present.ask.spans import _distance, _new

DURATION = re.compile(
    r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)(?: and a half)?[- ]"
    r"(?:minute|hour|day|week|month|year|decade)s?(?:-long)?|(?:at least |about |nearly |more than )?a "
    r"(?:week|month|year|decade)|decade-long)\b",
    re.I,
)


DATE_WORDS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?=\s*\d)|\b(january|february|april|june|july|august"
    r"|september|october|november|december)\b|\b(1[89]|20)\d\d\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b"
    # relative dates the normaliser resolves against the article's date ("last month" -> 2018-06)
    r"|\b(?:last|this|earlier this|late last|early last) (?:week|month|year|spring|summer|fall|winter)\b"
    r"|\byesterday\b|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\bnoon(?:-?time)?\b|\bmidnight\b"  # "at 5:30 p.m."
    # "in May", "since March": the two months that are also other words, after a word of time
    r"|\b(?:in|since|until|by|early|late|mid|last|this|next)[ -](?:may|march)\b(?!\s+(?:be|have|not)\b)",
    re.I,
)


CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.I)


TWEETED = re.compile(r"\(@\w+\)\s*$")


RELATIVE = re.compile(r"\b(?:last|this) (?:week|month|year|spring|summer|fall|winter)\b", re.I)


DAY = re.compile(
    r"\b\d{1,2}\b(?!\d)|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today)\b", re.I
)


MONTH = re.compile(DATE_WORDS.pattern.replace(r"|\b(1[89]|20)\d\d\b", ""), re.I)


def _vague(date: str) -> float:
    """Less sure of a date the less precise it is: a day (or weekday) 0, a month 0.15, a year
    alone 0.3. A recap from a year later ("in May 2017") says less than the day's report; a
    week or month counted from the article's date ("last week") is as vague as a year."""
    if DAY.search(re.sub(r"\b(1[89]|20)\d\d\b", "", date)):
        return 0.0
    if RELATIVE.search(date):
        return 0.3
    return 0.15 if MONTH.search(date) or date.strip().lower() in ("may", "march") else 0.3


def _on(tok: Token, verbs: list[int]) -> bool:
    """Does the date hang on one of the verbs: "on Tuesday fired", "fired ... in May"; "on
    Thursday morning gave" (the day qualifying the time of day)."""
    if tok.dep_ == "compound" and tok.head.dep_ == "pobj":
        tok = tok.head
    return tok.head.i in verbs or tok.head.dep_ == "prep" and tok.head.head.i in verbs


def _when(cl: Clues, prep: Optional[str]) -> Optional[tuple[str, float]]:
    """A date of the happening: after "since/until/by" when asked so, else one on its verb."""
    doc, names, pos, trig_pos = cl.doc, cl.names, cl.pos, cl.trig_pos
    cands = [
        e
        for e in doc.ents
        if e.label_ in ("DATE", "TIME")
        and (
            DATE_WORDS.search(e.text)
            # "in May": the month by the word before it
            or e.text.lower() in ("may", "march")
            and DATE_WORDS.search(doc[max(0, e.start - 1) : e.end].text)
        )
    ]
    # "the pre-rally march Friday night": a lower-case "march" or "may" is no month
    cands = [e[1:] if len(e) > 1 and e[0].text in ("march", "may") else e for e in cands]
    cands = [e for e in cands if not DURATION.fullmatch(e.text.strip()) and _new(e.text, names)]
    # "— David Corn (@DavidCornDC) March 13, 2018": when the tweet was posted, not what it tells
    cands = [e for e in cands if not TWEETED.search(doc[max(0, e.start - 6) : e.start].text)]
    if prep == "clock":  # "at what time did the gunman open fire": a clock time, not the day
        cands = [e for e in cands if CLOCK.search(e.text)]
    elif prep:  # "since when": the date the sentence puts after "since"
        after = [e for e in cands if e.start > 0 and doc[e.start - 1].lower_ == prep]
        if after:
            return after[0].text, 1.0
    # a date that modifies the verb asked about ("on Tuesday fired") beats one of the reporting
    # (no happening named: the question's own verb, "when does his tenure *end*", not the noun
    # of "at the end of Tuesday")
    verbs = trig_pos or cl.own
    # (the happening as the object of a light verb: "on Thursday morning gave testimony")
    verbs = verbs + [doc[i].head.i for i in trig_pos if doc[i].pos_ == "NOUN" and doc[i].dep_ == "dobj"]
    linked = [e for e in cands if _on(e.root, verbs)]
    # "At 10:07 p.m. on Sunday, ... opened fire": the day; but "at 9:30 a.m. Friday": the time
    # with its day right after it
    linked.sort(key=lambda e: e.label_ != "DATE" and _with_day(doc, e) == e.text)
    if linked:
        return _with_day(doc, linked[0]), 1.0 - _vague(_with_day(doc, linked[0]))
    cands.sort(key=lambda e: _distance(e, pos + trig_pos))
    # the verb asked about is here but the date hangs on another ("sent ... Tuesday -- who has
    # recused himself"): likelier the other's date
    free = 0.35 if trig_pos else 0.6
    return (_with_day(doc, cands[0]), free - _vague(_with_day(doc, cands[0]))) if cands else None


def _with_day(doc: Doc, e: Span) -> str:
    """ "ran out of funding at 12:01 a.m. Saturday": a clock time with the day right after it."""
    if not CLOCK.search(e.text) or DAY.search(CLOCK.sub("", e.text)):
        return str(e.text)
    day = next((d for d in doc.ents if d.start == e.end and d.label_ == "DATE"), None)
    return str(doc[e.start : day.end].text) if day is not None and DAY.search(day.text) else str(e.text)


def _how_long(cl: Clues) -> Optional[tuple[str, float]]:
    """Of several durations, the one nearest the question's words."""
    doc, sentence, pos, trig_pos = cl.doc, cl.sentence, cl.pos, cl.trig_pos
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in DURATION.finditer(sentence)]
    found = [sp for sp in spans if sp is not None]
    found.sort(key=lambda sp: _distance(sp, pos + trig_pos))
    return (found[0].text, 0.8) if found else None
