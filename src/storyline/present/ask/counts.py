"""How many: the number in a sentence that counts what was asked, an age, a count of times or
money."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from spacy.tokens import Doc, Token

from storyline.extract import nlp
from storyline.present.ask.clues import Clues
from storyline.present.ask.people import WHO_LABELS
from storyline.present.ask.spans import _distance

# "once more", "once again", "at once": no count of times
TIMES_WORDS = re.compile(
    r"(?<!\bat )\b(once|twice|three times|four times|several times|\w+ times)\b(?! (?:more|again|upon))", re.I
)


NUMBER = (
    r"((?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)"
    r"(?:-and-a-(?:half|quarter))?)"  # "two-and-a-half page memo"
)


# "12.5 million workers", "two dozen people": the scale is part of the number
SCALE = r"(?:\s+(?:dozen|hundred|thousand|million|billion|trillion))?"


RANGE = re.compile(NUMBER + SCALE + r"\s+to\s+" + NUMBER + SCALE + r"\b", re.I)


SHARE = re.compile(r"[\s-]+per\s?cent\b", re.I)


# "64 out of 153 appointees", "furloughed 140 of its 180 full-time employees"
PART_OF = re.compile(r"\b(?P<n>" + NUMBER + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$", re.I)


AGE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+teen|twenty|thirty|forty|fifty|sixty)[- ]years?[- ]old\b|\baged? (?P<m>\d{1,3})\b",
    re.I,
)


FROM = re.compile(r"\bfrom\s+(?:[a-z]+ing\s+)?$")
CHANGE_TO = re.compile(r"\w*\s+to\s+(?:[a-z]+ing\s+)?(?P<n>" + NUMBER + SCALE + r")\b")


# a vote's tally after the vote ("voted 81-18", "failed 50-49", "by a vote of 266-150", "was
# 50-49"), not a score or a range of years
TALLY = re.compile(
    r"\b(?:vot\w*|failed|passed|approved|tally|margin|suit|was|of)\W+(?:\w+\W+){0,2}?(\d{1,3})[-–](\d{1,3})\b(?![-–]\d)"
)
# who votes in a body: its tally counts them ("how many Democrats voted" is not a tally)
VOTERS = {"senator", "member", "lawmaker", "representative", "vote", "juror", "delegate"}


APPOSED = re.compile(r"\b([A-Z][\w’'-]+),\s+(?:a|an|the)\s+$")


def _conditional(tok: Token) -> bool:
    """Is the word inside an "if" clause ("if all 10 Democrats vote against Kavanaugh")?"""
    return any(
        any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children)
        for a in [tok, *tok.ancestors]
    )


def _modifier_at(doc: Doc, number: int, word: int) -> bool:
    """Is the counted word (at char ``word``) only a modifier of the noun the number counts ("10
    *passport* applications" counts applications, not passports; "a two-and-a-half page memo"
    counts pages)?"""
    num = doc.char_span(number, number + 1, alignment_mode="expand")
    counted = doc.char_span(word, word + 1, alignment_mode="expand")
    if num is None or counted is None:
        return False
    tok = counted.root
    return tok.dep_ == "compound" and num.root.dep_ == "nummod" and num.root.head.i == tok.head.i


SOURCE_VERBS = {"say", "tell", "confirm", "report", "add"}


def _counts_the_sources(num: Token, counted: str) -> bool:
    """Does the number count who says it ("three officials said", "two sources told Reuters")?"""
    noun = num.head
    return (
        num.dep_ == "nummod"
        and noun.dep_ == "nsubj"
        and nlp.lemma(noun.head).lower() in SOURCE_VERBS
        and not noun.lower_.startswith(counted[:4])
    )


def _conditional_at(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and _conditional(span.root)


def _how_many(
    cl: Clues, counted: Optional[str], mods: Sequence[str], amount: bool
) -> Optional[tuple[str, float]]:
    """The number that counts what was asked, an age, a count of times, or money."""
    doc, sentence, pos, trig_pos = cl.doc, cl.sentence, cl.pos, cl.trig_pos
    # "if all 10 Democrats vote against": a condition counts nothing that happened
    nums = [
        e
        for e in doc.ents
        if e.label_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and not _conditional(e.root)
    ]
    if counted == "age":  # "when he was 17 years old", "a 17-year-old", "aged 17"
        keys = [n.split()[-1].lower() for n in cl.names if n.split()]
        for age in AGE.finditer(sentence):
            # "Maria Butina, a 29-year-old Russian": the age of the one it is set beside
            beside = APPOSED.search(sentence[: age.start()])
            if beside and keys and not any(beside.group(1).lower().startswith(k) for k in keys):
                continue
            return (age.group("n") or age.group("m")), 1.0
        # "Gates, 45, is a longtime associate": the age set beside the name asked about
        for name in cl.names:
            last = re.escape(name.split()[-1]) if name.split() else ""
            m = re.search(rf"\b{last},\s+(?P<n>\d{{1,3}})(?:,|\.(?!\d))", sentence) if last else None
            if m and 10 <= int(m.group("n")) <= 110:
                return m.group("n"), 0.9
        return None
    voted = counted in VOTERS and cl.trigger == "vote"
    if voted:
        # "how many senators voted to break the filibuster": "The Senate then voted 81-18", "the
        # House followed suit, 266-150": the tally, the yes votes first
        tally = TALLY.search(sentence)
        if tally and not _conditional_at(doc, tally.start()):
            return f"{tally.group(1)}-{tally.group(2)}", 1.0
    if counted:  # the number that counts what was asked ("six phone calls", "18 undisclosed contacts")
        stem = re.escape(counted[:4])
        # "six phone calls", "the 400,000-member group"
        first = r"\b(?P<n>(?:at least |more than |about |nearly )?" + NUMBER + SCALE + r")[\s-]+"
        # "seven acting directors" before "11 directors" when acting ones were asked about
        for words in ([re.escape(w) + r"\s+" for w in mods], []):
            if words or not mods:
                pattern = first + r"(?:[\w-]+\s+){0,2}" + "".join(words) + stem
                for m in re.finditer(pattern, sentence, re.I):
                    if not _conditional_at(doc, m.start("n")) and not _modifier_at(
                        doc, m.end("n") - 1, m.end() - 1
                    ):
                        # "64 out of 153 appointees were confirmed": the part counts them, the
                        # whole is what they are counted among
                        part = PART_OF.search(sentence[: m.start()])
                        if part and part.group("n").lower() == "one":
                            part = None  # "his panel, one of at least three committees": one among them
                        # "fire 400 to 800 rounds per minute": the range, not its first end
                        span = RANGE.match(sentence, m.start("n"))
                        got = part.group("n") if part else span.group(0) if span else m.group("n")
                        # "go from controlling 52 seats to controlling 51": the count it comes to
                        after = (
                            CHANGE_TO.match(sentence, m.end()) if FROM.search(sentence[: m.start()]) else None
                        )
                        got = after.group("n") if after else got
                        if not part and not span and SHARE.match(sentence, m.end("n")):
                            # "100 percent of precincts": a share of them, not a count
                            got += " percent"
                        # ("50 senators available to vote": how many could, not how many did)
                        return got, 0.6 if voted else 1.0 if words or not mods else 0.7
        for e in nums:
            if nlp.lemma(e.root.head).lower() == counted or e.root.head.lower_.startswith(counted[:4]):
                return e.text, 1.0
        # "48 percent of those surveyed found": the part of them counted
        of = re.search(
            r"\b(?P<n>" + NUMBER + SCALE + r"(?:\s+percent)?)\s+of\s+(?:the|those|these)\s+" + stem,
            sentence,
            re.I,
        )
        if of and not _conditional_at(doc, of.start("n")):
            return of.group("n"), 1.0
    m = TIMES_WORDS.search(sentence)
    if counted in (None, "time") and m:
        return m.group(0), 1.0 if counted == "time" else 0.8
    if counted and counted != "time":
        # "10 Democrats" counts people, not the votes asked about ("18 calls and emails" may
        # well be the contacts asked about)
        nums = [e for e in nums if not (e.root.dep_ == "nummod" and e.root.head.ent_type_ in WHO_LABELS)]
        # "as one source told": "one" on another noun is a way of speaking, not a count of the
        # agents asked about (another number on another noun may count them: "two state
        # police" for troopers, "18 calls and emails" for contacts)
        nums = [
            e
            for e in nums
            if not (
                e.text.lower() == "one"
                and e.root.dep_ == "nummod"
                and not e.root.head.lower_.startswith(counted[:4])
            )
        ]
        # "..., three current and former officials said": the count of the sources, not of
        # what they speak of
        nums = [e for e in nums if not _counts_the_sources(e.root, counted)]
    if amount:
        nums = [e for e in nums if e.label_ in ("MONEY", "PERCENT", "QUANTITY")]
    nums.sort(key=lambda e: _distance(e, pos + trig_pos))
    # "how many times": a bare number ("one of", "two countries", "12 officers") is no count
    # of times; "twice", "three times", "on two occasions" are
    if counted == "time":
        nums = [e for e in nums if e.end < len(doc) and doc[e.end].lower_ in ("times", "occasions")]
    return (nums[0].text, 0.5) if nums else None
