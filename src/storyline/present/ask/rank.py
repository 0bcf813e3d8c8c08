"""A cheap ranking of the sentences found by how much of the question they hold, and whether
one supports an answer."""

from __future__ import annotations

import math
import re
from typing import Optional

from storyline.present.ask.counts import NUMBER
from storyline.present.ask.dates import DATE_WORDS, DURATION
from storyline.present.ask.match import (
    IRREGULAR,
    kw_matches,
    matches,
    noun_matches,
    opposite_matches,
    same_happening,
    stem,
    synonym_matches,
    words,
)
from storyline.present.ask.names import _named
from storyline.present.ask.question import Question
from storyline.present.ask.sentence import Sentence
from storyline.present.ask.speakers import SAY, _cut_quote, _quotes_at_length, q_speaks

NUMBERS = re.compile(rf"\b{NUMBER}\b|\btwice\b|\bonce\b", re.I)


DATED_KINDS = ("when", "where", "how_many", "how_long")


def _holds(q: Question, keyword: str, text: str) -> bool:
    """The sentence has the question's word, or the place's name it stands for ("Paris" for
    "the Paris accord")."""
    if kw_matches(keyword, words(text)):
        return True
    if keyword == "old" and q.counted == "age":  # "Gates, 45, is a longtime associate": an age
        return any(
            re.search(rf"\b{re.escape(k)}, \d{{1,3}}(?:,|\.(?!\d))", text.lower()) for k in q.name_keys
        )
    place = q.named_by.get(keyword)
    return place is not None and re.search(rf"\b{re.escape(place)}\b", text.lower()) is not None


def score(
    q: Question, found: list[Sentence], described: dict[str, list[str]], short: dict[str, list[str]]
) -> None:
    """Score each sentence found by how much of the question it holds: the names, the happening,
    the other words (the rarer the more), and cheap hints of its shape."""
    names = q.name_keys
    others = [k for k in q.keywords if k != q.trigger and k not in names]
    named_in = {s.doc for s in found for n in names if n in s.text.lower()}
    has = {s.key: [k for k in others if _holds(q, k, s.text)] for s in found}
    weight = _rarity(others, has)
    for s in found:
        ws = words(s.text)
        low = s.text.lower()
        need = q.required_keys
        s.names = (
            sum(_named(n, low, described, s.doc, named_in, short) or _the(q, n, s, named_in) for n in need)
            / len(need)
            if need
            else 1.0
        )
        if need != names:  # the setting named too ("before Congress"): a little better, not needed
            s.score += 0.3 * sum(
                _named(n, low, described, s.doc, named_in, short) for n in names if n not in need
            )
        if q.context:  # "on Saturday", "during the hearing": better said, not needed
            s.score += 0.3 * sum(kw_matches(k, ws) for k in q.context) / len(q.context)
        if q.kind in ("who", "what", "said", "happen") and any(d.lower() in low for d in q.dates):
            s.score += 2.0  # "who did Trump inform by phone at 5:30 p.m.": the sentence with that time
        s.trigger = q.trigger is None or matches(q.trigger, ws)
        if not s.trigger and q.event_type and same_happening(q.event_type, ws):
            s.trigger, s.score = True, -0.5  # a related happening ("talks" for "meeting") counts, less
        if not s.trigger and q.trigger and synonym_matches(q.trigger, ws, q.kind):
            s.trigger, s.score = True, -0.5  # another verb for it ("plowed" for "rammed"), less
        if not s.trigger and q.trigger and q.kind == "happen" and opposite_matches(q.trigger, s.text):
            s.trigger, s.score = True, -0.5  # "turned down the invitation" for "did he accept it"
        if not s.trigger and q.trigger and q.kind in DATED_KINDS and noun_matches(q.trigger, ws):
            # "how long after ... did Trump announce": "Trump's surprise announcement took place
            # less than four hours after" (a when, where or number, not a who or a verdict)
            s.trigger, s.score = True, -0.5
        s.coverage = len(has[s.key]) / len(others) if others else 1.0
        undated = [k for k in others if k not in q.dated]
        s.relaxed = sum(k in has[s.key] for k in undated) / len(undated) if undated else 1.0
        # ranked by the rarer words it has ("surreal" in "who called the press conference
        # surreal", not "press"); supported by how many (``supported``)
        rare = sum(weight[k] for k in has[s.key]) / sum(weight.values()) if others else 1.0
        s.loose = False
        # (or "who called the firing profoundly troubling": what was said of the happening, which
        # the quote calls "it")
        unnamed = q.event_type is None or q.kind == "who" and q.says not in (None, "be")
        if not s.trigger and unnamed and s.coverage == 1.0 and len(others) >= 2:
            # a verb the event tables do not know ("send the letter") may be put otherwise in the
            # source ("in a letter"), when every other word of the question is there
            s.trigger, s.loose, s.score = True, True, s.score - 1.0
        s.score += (
            3 * s.names + 2 * s.trigger + s.coverage + rare - len(ws) / 200 + _shape(q, s.text, len(ws))
        )
        # (asked ahead, a sentence that speaks of what will be: "after an April committee
        # hearing, Pompeo will be taking over")
        planned = _planned(s.text, q.trigger or "") or q.future and AHEAD.search(s.text) is not None
        if q.trigger and planned != q.future:
            # "the 90 minutes they were scheduled to spend" does not say how long they spent;
            # "will meet next" is not answered by where they met
            s.score -= 1.0
            s.trigger = s.trigger and not q.future
        if q.says and q.says != "be" and matches(q.says, ws):
            s.score += 0.5  # "who called it surreal": a sentence where someone calls it so
        if q.kind == "said" and q.speaker and q_speaks(q, s.text):
            s.score += 1.0  # "what did X say": X's own words before a report about X
            if _cut_quote(s.text):
                s.score -= 1.0  # "“To my Republican colleagues,” Graham said.": the rest is elsewhere
            elif _quotes_at_length(s.text):
                # X's own words quoted, on the topic ("“We will be talking about gun laws as time
                # goes by,” Mr. Trump said") before a report of what X said ("Trump said ... will
                # weigh gun laws"); not a phrase quoted in a report ("based on “the clear
                # recommendations” of")
                s.score += 0.5


def _the(q: Question, key: str, s: Sentence, named_in: set[str]) -> float:
    """A name that only qualifies the question's noun ("the FBI inquiry") left out of a sentence
    of an article that names it, where the noun is definite: "The inquiry is expected to wrap by
    Friday", "During the rally—which lasted two and a half hours"."""
    noun = q.qualifies.get(key)
    if noun is None or s.doc not in named_in:
        return 0.0
    root = noun[:-1] if len(noun) > 4 else noun  # "rally", "rallies"; "inquiry", "inquiries"
    return 0.8 if re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{re.escape(root)}\w*", s.text, re.I) else 0.0


# (a change told in the present is ahead too: "Republicans go from controlling 52 seats to
# controlling 51" once Jones is seated)
AHEAD = re.compile(r"\b(?:will|won['’]t|scheduled|expected|upcoming|go(?:es)? from)\b", re.I)


PLAN = r"\b(?:will|would|shall|won['’]t|wouldn['’]t|scheduled|planned|plans?|planning|expected|expects?|supposed|set|due|going|hopes?|wants?|intends?|next|upcoming)\b"


def _planned(text: str, trigger: str) -> bool:
    """Is the happening told as a plan or expectation ("were scheduled to spend", "will meet"),
    not as done: a modal or plan word at most three words before the verb."""
    forms = "|".join([re.escape(stem(trigger)) + r"\w*", *map(re.escape, IRREGULAR.get(trigger, []))])
    return re.search(rf"{PLAN}(?:\s+\w+){{0,3}}?\s+(?:{forms})\b", text, re.I) is not None


def _rarity(others: list[str], has: dict[tuple[str, int], list[str]]) -> dict[str, float]:
    """How much each of the question's other words counts: the rarer among the sentences found,
    the more ("surreal" in "who called the press conference surreal", not "press")."""
    df = {k: sum(k in got for got in has.values()) for k in others}
    # a word no sentence has tells none apart: it counts as one found once
    return {k: 1.0 / math.log(2 + max(1, df[k])) for k in others}


def _about(q: Question, found: list[Sentence]) -> dict[str, float]:
    """How much each article is about what was asked: the share of the question's names and
    words that its sentences found hold between them, and of its names in its title. In a large
    store a sentence with the right words may come from an article on another story ("Schumer
    said ... Trump" about a shutdown when the firing was asked about); the article that speaks of
    all of it is likelier the one meant."""
    names = q.name_keys
    terms = [k for k in dict.fromkeys([q.trigger or "", *q.keywords]) if k and k not in names]
    by_doc: dict[str, list[Sentence]] = {}
    for s in found:
        by_doc.setdefault(s.doc, []).append(s)
    out = {}
    for doc, sents in by_doc.items():
        low = " ".join(s.text for s in sents).lower()
        ws = words(low)
        held = sum(n in low for n in names) + sum(kw_matches(k, ws) for k in terms)
        title = (sents[0].title or "").lower()
        out[doc] = 1.5 * held / max(1, len(names) + len(terms)) + (
            0.5 * sum(n in title for n in names) / len(names) if names else 0.0
        )
    return out


def _near(pattern: re.Pattern[str], text: str, stems: list[str], reach: int = 40) -> bool:
    low = text.lower()
    at = [m.start() for st in stems if st for m in re.finditer(r"\b" + re.escape(st), low)]
    return any(abs(m.start() - a) <= reach for m in pattern.finditer(text) for a in at)


def _shape(q: Question, text: str, n_words: int) -> float:
    """Cheap hints before any parsing: a "when" wants a date in the sentence, best next to the
    happening asked about, a "how many" a number; a headline fragment, a question in an article
    or a sentence without an end states nothing."""
    bonus = -1.0 if n_words < 6 or text.rstrip().endswith("?") else 0.0
    if not re.search(r"[.!\"”’')]$", text.rstrip()):
        bonus -= 1.0  # a headline, caption or tweet signature ("... fired Comey 03:23"), not a statement
    letters = [c for c in text if c.isalpha()]
    if n_words >= 3 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        bonus -= 1.5  # a cross-heading in capitals ("FLAKE DEFENDS CALL FOR KAVANAUGH DELAY: ...")
    if n_words > 70:
        bonus -= 1.0  # a run-on: page furniture glued to a sentence ("... MORE Related: ...")
    want = {"when": DATE_WORDS, "how_many": NUMBERS, "how_long": DURATION}.get(q.kind)
    if want is not None and want.search(text):
        stems = [stem(k)[:5] for k in [q.trigger or "", *q.keywords]] + IRREGULAR.get(q.trigger or "", [])
        bonus += 1.0 + (1.0 if _near(want, text, stems) else 0.0)
    return bonus


def supported(s: Sentence, q: Optional[Question] = None, relaxed: bool = False) -> bool:
    """Does the sentence speak of what was asked: the names (all of one or two, most of more),
    the happening, and at least half the other words (``relaxed``: the day asked about aside)."""
    if q is not None and q.of_what and not kw_matches(q.of_what, words(s.text)):
        return False  # "$65,000 per day to keep the Statue of Liberty open" is no cost to the economy
    if VIDEO.search(s.text):  # a video's caption, its length ("01:03") no number of anything
        return False
    if s.names >= 0.66 and s.trigger and (s.relaxed if relaxed else s.coverage) >= 0.5:
        return True
    # "what did X say about Y": X is who says it ("Schumer said he told Trump", "said Sen. John
    # Cornyn"); Y may be a pronoun there ("I wish that he would have said those same words")
    if not (q and q.kind == "said" and q.speaker and s.names >= 0.5):
        return False
    if s.names < 1.0 and not TOPIC_PRONOUN.search(SELF.sub("", s.text)):
        return False  # X on something else ("Merkel called the summit 'very intense'")
    return q_speaks(q, s.text) or bool(s.before) and q_speaks(q, s.before)


# CNN's video boxes in the text: "JUST WATCHED Senator calls Comey firing 'shocking' Replay More
# Videos ... MUST WATCH Senator calls Comey firing 'shocking' 01:03"
VIDEO = re.compile(r"\b(?:JUST WATCHED|MUST WATCH|Replay More Videos)\b")


TOPIC_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|it|its|they|them|their)\b", re.I)


# "Merkel said she is shocked": the speaker, not the one spoken of
SELF = re.compile(rf"{SAY}\s+(?:that\s+)?(?:he|she)\b(?:\s+\w+){{0,3}}", re.I)
