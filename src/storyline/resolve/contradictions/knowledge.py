"""A denial of having known of something, against the sentences saying the denier knew of it.

"The president has repeatedly denied any advance knowledge of the meeting", "Trump, who has
denied knowing about the meeting, …", "The president denied that he knew of the payment to
Stormy Daniels": what is denied is the denier's knowledge, in words no event reads, so
``asserted`` makes no proposition of it (and ``presence`` would read a gathering the denier was
at, which knowing of a meeting is not). The other side says the denier knew of the same thing,
often as someone's account: "according to Cohen, Donald Trump himself knew in advance about his
son Don Jr.'s secret meeting", "Trump had prior knowledge of a meeting with a Russian lawyer".
A report names the denier, then a word of knowing of, then the thing's noun a few words on, and
neither denies nor doubts it."""

from __future__ import annotations

import re

from storyline.model import Claim, Entity
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.speakers import surname
from storyline.resolve.contradictions.words import DENIAL_WORD, DISMISSED, NEGATION, UNSURE, is_supposed

LIMIT = 30  # sentences per search
MAX_REPORTS = 5
NEAR = 8  # words between the denier's name and the word of knowing in a report
THING = 8  # words between the word of knowing and the thing's noun ("about his son Don Jr.'s secret meeting")
# knowing of something, as a denial words it after its verb or negation: "any advance knowledge
# of the meeting", "knowing anything about it", "that he knew of the raises", "no knowledge of
# the payments"; the thing is the noun ending the phrase, up to a preposition or a clause
_KNOWING = (
    r"\b(?:knowledge|know|knowing|knew|known|aware(?:ness)?)\s+(?:anything\s+|in\s+advance\s+|beforehand\s+)?"
    r"(?:of|about)\s+"
)
DENIED_KNOWLEDGE = re.compile(
    _KNOWING
    + r"(?:(?:the|a|an|any|his|her|their|those|these|such)\s+)?(?:such\s+)?(?:[A-Z][\w.-]*(?:’s|'s)\s+)?"
    r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?=\s+(?:to|with|at|in|on|for|from|by|that|which|who|"
    r"until|before|after|and|or|but|ahead|beforehand)\b|[\s”\"’']*[.,;:)]|\s*$)",
)
# the words that may follow the noun ending a thing's phrase
_BOUNDARY = (
    r"(?:to|with|at|in|on|for|from|by|that|which|who|until|before|after|and|or|but|ahead|beforehand|"
    r"during|while|when|was|were|had|has|is)\b"
)
GOVERNED = 8  # words between the denial (or negation) and the words of knowing it governs
# a question or a topic, not a telling: "what Trump knew about contacts …", "whether he knew of"
_ASKED = re.compile(r"\b(?:what|whether|if|how\s+much)\s+(?:\S+\s+){0,2}$", re.I)
# knowing of something, told as so: "knew in advance about", "had prior knowledge of", "was
# aware of", "had been told about"
KNEW = re.compile(
    r"\b(?:knew|known)\s+(?:in\s+advance\s+|beforehand\s+|ahead\s+of\s+time\s+)?(?:of|about)\b"
    r"|\b(?:prior|advance)\s+knowledge\s+(?:of|about)\b"
    r"|\b(?:was|were|been)\s+(?:\w+\s+)?aware\s+of\b"
    r"|\b(?:was|were|been|had\s+been)\s+told\s+(?:of|about)\b",
    re.I,
)
_NO_THING = {
    "it",
    "this",
    "that",
    "them",
    "anything",
    "something",
    "what",
    "how",
    "who",
    "whether",
    "any",
    "or",
    "and",
}
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_TOLD = re.compile(r"[.!][\"”’')\]]*\s*$")


def knowledge_denied(d: Claim) -> str | None:
    """The noun of the thing a denial says the denier did not know of ("meeting"), or None:
    for a denial whose words of knowing come after its denial or negation, and a thing named
    rather than pointed to ("denied knowing anything about it": ``pointing``'s)."""
    denial = DENIAL_WORD.search(d.text) or NEGATION.search(d.text)
    if denial is None:
        return None
    m = DENIED_KNOWLEDGE.search(d.text, denial.start())
    if m is None or len(_WORD.findall(d.text[denial.end() : m.start()])) > GOVERNED:
        return None  # "did not know about the specifics …, but did have general knowledge of the agreement"
    words = m.group("thing").lower().split()
    return None if words[0] in _NO_THING or words[-1] in _NO_THING else words[-1]


def told_known(
    d: Claim, thing: str, denier: str, entities: dict[str, Entity], search: Search, docs: set[str]
) -> list[tuple[str, int, str]]:
    """The sentences saying the denier knew of the thing, as (doc, sentence, text), another
    outlet's before the denial's own article's."""
    name = surname(entities[denier].name)
    found: dict[tuple[str, int], str] = {}
    for noun in {thing, thing + "s", thing.removesuffix("s")}:
        for doc, sent, text in search(f"{name} {noun}", LIMIT):
            if doc in docs and not (doc == d.doc and sent == d.sent):
                found[(doc, sent)] = text
    out = [(doc, sent, text) for (doc, sent), text in found.items() if knew_of(text, name, thing)]
    return sorted(out, key=lambda r: (r[0] == d.doc, r[0], r[1]))[:MAX_REPORTS]


def _thing_heading(stem: str) -> str:
    """The thing's noun a few words on, heading its phrase: "his son Don Jr.’s secret meeting
    with …", not "an earlier hush money payment" for the money denied."""
    return rf"\W*(?:\S+\s+){{0,{THING - 1}}}?{re.escape(stem)}s?\b(?=[\W]*$|[^\w\s]|\s+{_BOUNDARY})"


def knew_of(text: str, name: str, thing: str) -> bool:
    """Whether the sentence says the named person knew of the thing: the name, a word of knowing
    a few words on, the thing's noun a few words after it; told, with no negation, denial or
    doubt ("The answer is that I did NOT know about the meeting")."""
    if not _TOLD.search(text) or "?" in text:
        return False
    if NEGATION.search(text) or DENIAL_WORD.search(text) or DISMISSED.search(text) or UNSURE.search(text):
        return False
    if is_supposed(text):
        return False
    stem = thing.removesuffix("s")
    for k in KNEW.finditer(text):
        before = [w for w in _WORD.findall(text[: k.start()])][-NEAR:]
        # the name itself, not a title before another name ("Trump Jr.", "Trump Tower")
        named = any(
            w.removesuffix("’s").removesuffix("'s") == name
            and (i + 1 == len(before) or not before[i + 1][0].isupper())
            for i, w in enumerate(before)
        )
        if named and _ASKED.search(text[: k.start()].rsplit(name, 1)[0]):
            continue
        if named and re.match(_thing_heading(stem), text[k.end() :], re.I):
            return True
    return False
