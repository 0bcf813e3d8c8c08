"""A denial of having been somewhere, against the sentences that place the denier there.

"Ms. Keyser does not know Mr. Kavanaugh and she has no recollection of ever being at a party or
gathering where he was present", "P.J. Smyth … again denied knowledge of the gathering": what is
denied is the denier's presence at a gathering, told in words no event reads ("knowledge",
"recollection", "being at"), so ``asserted`` makes no proposition of it. The other side places
the denier there in other words: "Keyser, a longtime friend of Ford's, was present at the small
party …", "Ford said that Smyth was also at the party". A report names the denier, says the
gathering's noun near the name with a word of being there, and neither denies nor doubts it."""

from __future__ import annotations

import re

from storyline.model import Claim, Entity
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.speakers import surname
from storyline.resolve.contradictions.words import DENIAL_WORD, DISMISSED, NEGATION, UNSURE, is_supposed

LIMIT = 30  # sentences per search
NEAR = 12  # words between the denier's name and the gathering's noun in a report
MAX_REPORTS = 5
BESIDE = 3  # words between a word of being there and the gathering's noun ("attended a March 2016 meeting")
# "no recollection of ever being at a party", "denied knowledge of the gathering", "no memory of
# the party", "was not present at any such party", "denies ever being at the meeting"; the words
# of denial may be quoted ('had “no recollection” of the meeting')
DENIED_PRESENCE = re.compile(
    r"(?:\b(?:knowledge|recollection|memory|remember\w*|recall\w*)[\"”’']?\s+(?:of\s+)?(?:ever\s+)?"
    r"(?:(?:being|been)\s+(?:at|to|present\s+at)\s+)?"
    r"|\b(?:den\w+|never|not)\s+(?:ever\s+)?(?:being|been|was|were)?\s*(?:at|present\s+at|attend\w*)\s+)"
    r"(?:a|the|any|such|that)\s+(?:such\s+)?(?P<what>party|parties|gathering|gatherings|meeting|dinner|event)\b",
    re.I,
)
# a word of being there beside the noun: "was at the party", "present", "attended", "there"
_SAME = {"party": ("party", "gathering"), "gathering": ("gathering", "party")}
_THERE = re.compile(r"\b(present|attend\w*|there|was at|were at|at the|among)\b", re.I)
# the gathering told first, then who was there: "a March 2016 meeting attended by both Trump and
# Sessions" (not "a meeting … in place of Attorney General Jeff Sessions")
_ATTENDED_BY = re.compile(r"\battended\s+by\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def presence_denied(d: Claim) -> str | None:
    """The gathering a denial says the denier was not at ("party"), or None."""
    m = DENIED_PRESENCE.search(d.text)
    return m.group("what").lower() if m else None


def placed_there(
    d: Claim, what: str, denier: str, entities: dict[str, Entity], search: Search, docs: set[str]
) -> list[tuple[str, int, str]]:
    """The sentences placing the denier at the gathering, as (doc, sentence, text), best first:
    another outlet's before the denial's own article's."""
    name = surname(entities[denier].name)
    singular = what.removesuffix("ies") + "y" if what.endswith("ies") else what.removesuffix("s")
    # "the gathering" Smyth denies is "the party" Ford places him at
    nouns = _SAME.get(singular, (singular,))
    found: dict[tuple[str, int], str] = {}
    for noun in nouns:
        plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
        for q in (f"{name} {noun}", f"{name} {plural}"):
            for doc, sent, text in search(q, LIMIT):
                if doc in docs and not (doc == d.doc and sent == d.sent):
                    found[(doc, sent)] = text
    out = [
        (doc, sent, text)
        for (doc, sent), text in found.items()
        if any(_places(text, name, noun) for noun in nouns)
    ]
    return sorted(out, key=lambda r: (r[0] == d.doc, r[0], r[1]))[:MAX_REPORTS]


def _places(text: str, name: str, noun: str) -> bool:
    """Whether the sentence says the named person was at the gathering: the noun within a few
    words of the name with a word of being there between or just before it, told (a full stop),
    with no negation, denial or doubt ("Smyth and Keyser have said they don't remember the
    party")."""
    if not re.search(r"[.!][\"”’')\]]*\s*$", text) or "?" in text:
        return False
    if NEGATION.search(text) or DENIAL_WORD.search(text) or DISMISSED.search(text) or UNSURE.search(text):
        return False
    if is_supposed(text):
        return False
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    # the surname itself, not a title before another name ("other than Judge Kavanaugh": not Mark Judge)
    at_name = [
        i
        for i, (w, _, _) in enumerate(words)
        if (w == name or w.startswith((name + "’", name + "'")))
        and not (i + 1 < len(words) and words[i + 1][0][0].isupper() and w == name)
    ]
    at_noun = [i for i, (w, _, _) in enumerate(words) if w.lower().rstrip("s") == noun.rstrip("s")]
    for i in at_name:
        for j in at_noun:
            if 0 < j - i <= NEAR:
                between = text[words[i][2] : words[j][1]]
                # the word of being there goes with the gathering, a few words before it: not
                # "Sessions was at the White House Monday for a standing meeting"
                there = list(_THERE.finditer(between))
                if there and len(_WORD.findall(between[there[-1].end() :])) <= BESIDE:
                    return True
            if 0 < i - j <= NEAR and _ATTENDED_BY.search(text[words[j][2] : words[i][1]]):
                return True
    return False
