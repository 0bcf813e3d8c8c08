"""One speaker's account against their own other account, as an article tells both: "Sessions
told a reporter that he didn't believe doing so was sexual assault, a position he later walked
back." … '"Clearly it would be," Sessions said.'; "Though Grassley had previously said he could
not schedule hearing time …, he changed his tune last week." … '"I do have time for hearings
…," Grassley said'; "a past statement in which Sessions said he 'filed 20 or 30 cases'" …
"Sessions admitted to Franken that the '20 to 30' estimate from 2009 was not accurate."

Two claims of one article, at most three sentences apart, by the same speaker (a name, or a
description such as "the senator" standing for the person named just before), where the article
marks the change: one of the two says that an account was given up, changed or conceded
("walked back", "changed his tune", "a reversal", "had previously said", "admitted … not
accurate"). A plain "later said" marks a change only when one account negates what the other
does not and both share a word of what they are about ('"I don't have an attorney general"' …
"Trump later told reporters that he has an AG …" share "Sessions"): "X said … X later said …"
is mostly one account going on. ``revised`` takes the accounts marked "initially" … "later"."""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Analysis, Claim, Contradiction
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.words import word_stems
from storyline.resolve.union_find import UnionFind

WINDOW = 3  # sentences between the two accounts, at most
# the sentence tells the account that was given up, and the later one follows: "a position he
# later walked back", "Though X had previously said …, he changed his tune"
GIVEN_UP = re.compile(
    r"\b(later|since|subsequently) (walked|backtracked|retracted|recanted|reversed|abandoned|disavowed)\b|"
    r"\bchanged (his|her|their) (tune|mind|story|position|account)\b",
    re.I,
)
# "changed his tune" tells the first account only with it ("Though X had previously said …");
# "Now, she says …; she changed her story" tells the later one
_TOLD_BEFORE = re.compile(
    r"\b(had (previously |earlier |once )?(said|claimed|insisted|told|stated|indicated)|previously|once said)\b",
    re.I,
)
_CHANGED = re.compile(r"\bchanged (his|her|their)\b", re.I)
# the same, told after the later account: "It was a big reversal for the former House speaker,
# who wrote … on May 17: …"
REVERSED = re.compile(
    r"\b(a|his|her|their) (big |major |stunning |sharp )?(reversal|about-face|u-turn)\b", re.I
)
# the sentence tells the account given since, conceding the first: "admitted … was not
# accurate", "conceded that statement appeared to be an exaggeration", "now recalls"
CONCEDED = re.compile(
    r"\b(admit\w*|conced\w*|acknowledg\w*)\b[^.;]{0,80}\b(not accurate|inaccurate|exaggerat\w*|wrong|"
    r"mistake\w*|incorrect|untrue|not true|false)\b|"
    r"\b(walked (it |that |this )?back|backtrack\w*|now (recalls|remembers|acknowledges|admits))\b",
    re.I,
)
# a sentence telling the whole change itself ("first claiming he had no such meeting, then
# claiming it was about adoptions"), no one side of it
_WHOLE = re.compile(r"\b(first|initially|originally|at first)\b.*\b(then|now|later)\b", re.I)
# a later account, unmarked as a change: "Trump later told reporters that he has an AG"
LATER = re.compile(r"\b(later|subsequently) (said|told|added|wrote|tweeted|claimed)\b", re.I)
# a speaker told by a description, not a name: "The senator", "the nominee"
_DESCRIBED = re.compile(r"^\W*(?:the|this) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,2}\W*$", re.I)
_PLURAL = re.compile(r"(?<!s)s\W*$|\b(they|those|these|people|officials)\b", re.I)
_PRONOUNS = ("he", "she", "He", "She")
_ADJACENT = 12  # characters between the speaker's word and the mark: "Sessions now recalls"
# the word a negation denies: "don't have", "not recuse" ("not to recuse")
_NOT = re.compile(r"\b(?:not|never|no)\s+(?:to |be |been |even |ever |yet )?(\w+)|n[’']t\s+(\w+)", re.I)
_SAME_VERB = {
    "has": "have",
    "had": "have",
    "having": "have",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
}
_SAME_VERB |= {"does": "do", "did": "do"}


def find_own_words(
    analyses: list[Analysis], reader: Reader, speaker_of: Callable[[Claim], str | None]
) -> list[Contradiction]:
    pairs: list[tuple[Claim, Claim]] = []  # (earlier account, later account)
    who: dict[str, str | None] = {}
    for a in analyses:
        claims = sorted(a.claims, key=lambda c: c.sent)
        who.update(_speakers(claims, speaker_of))
        for i, c1 in enumerate(claims):
            for c2 in claims[i + 1 :]:
                if c2.sent - c1.sent > WINDOW:
                    break
                if c2.sent == c1.sent or who.get(c1.id) is None or who.get(c1.id) != who.get(c2.id):
                    continue
                if not _person(reader, who.get(c1.id)):
                    continue  # "Democrats have yet to settle …": a party's account is many people's
                pair = _ordered(c1, c2, _names(reader, who.get(c1.id), c1, c2))
                if pair is not None:
                    pairs.append(pair)
    return _entries(pairs, reader, lambda c: who.get(c.id))


def _person(reader: Reader, who: str | None) -> bool:
    e = reader.entities.get(who) if who else None
    return e is not None and e.type == "PERSON"


def _names(reader: Reader, who: str | None, *claims: Claim) -> tuple[str, ...]:
    """The words naming a speaker: their name's words and the words the claims name them by."""
    words = set((reader.name(who) or "").split())
    for c in claims:
        words |= set(re.findall(r"[A-Z][a-z]+", c.speaker_text or "")) - {"He", "She", "The"}
    return tuple(w for w in words if w)


def _speakers(claims: list[Claim], speaker_of: Callable[[Claim], str | None]) -> dict[str, str | None]:
    """Each claim's speaker; a described one ("The senator later said …") is the person who
    spoke last within the window before it, one person described, not several."""
    out: dict[str, str | None] = {}
    last: tuple[int, str] | None = None
    for c in claims:
        who = speaker_of(c)
        said_by = c.speaker_text or ""
        if who is None and last is not None and c.sent - last[0] <= WINDOW:
            if _DESCRIBED.match(said_by) and not _PLURAL.search(said_by):
                who = last[1]
        out[c.id] = who
        if who is not None:
            last = (c.sent, who)
    return out


def _ordered(c1: Claim, c2: Claim, names: tuple[str, ...]) -> tuple[Claim, Claim] | None:
    """(earlier, later) when the article marks one of the two accounts (``c1`` told first) as
    changed by their speaker (whose ``names`` may stand before the mark, no one else's)."""
    if _marks(GIVEN_UP, c1.text, names) and not _WHOLE.search(c1.text):
        if not _CHANGED.search(c1.text) or _TOLD_BEFORE.search(c1.text):
            return c1, c2
    if _marks(REVERSED, c2.text, names) and not _WHOLE.search(c2.text):
        return c2, c1
    if (
        _marks(CONCEDED, c2.text, names)
        and not GIVEN_UP.search(c2.text)  # "a position he later walked back" tells the first
        and not _WHOLE.search(c2.text)
        and not CONCEDED.search(c1.text)
        # what is conceded is what the first account was about ("the '20 to 30' estimate" …
        # Franken), not a remark beside it ('"It's not a secret life."' … "now acknowledges his mistake")
        and (_topic(c1.text) & _topic(c2.text)) - {n.lower()[:5] for n in names}
    ):
        return c1, c2
    if LATER.search(c2.text) and not LATER.search(c1.text) and c1.stance == c2.stance == "ASSERT":
        # what the first account denies, the later one tells: "I don't have an attorney general"
        # … "he has an AG"
        denied = {_verb(m.group(1) or m.group(2)) for m in _NOT.finditer(c1.text)}
        told = {_verb(w) for w in re.findall(r"\w+", LATER.split(c2.text)[-1])}
        if denied & told and not _NOT.search(c2.text) and _topic(c1.text) & _topic(c2.text):
            return c1, c2
    return None


def _marks(marker: re.Pattern[str], text: str, names: tuple[str, ...]) -> bool:
    """Whether ``marker`` marks the speaker's change: no one else named between the speaker's
    name (or the sentence's start) and the mark ("Bash said … Trump's policies …, including his
    about-face" is Trump's change, not Bash's)."""
    m = marker.search(text)
    if m is None:
        return False
    # the mark right after the speaker's name or pronoun: "Sessions admitted …", "a position he
    # later walked back", "he changed his tune"
    ends = [
        mm.end() for n in names + _PRONOUNS for mm in re.finditer(rf"\b{re.escape(n)}\b", text[: m.start()])
    ]
    return bool(ends) and m.start() - max(ends) <= _ADJACENT


def _verb(word: str) -> str:
    return _SAME_VERB.get(word.lower(), word.lower())


def _topic(text: str) -> frozenset[str]:
    return word_stems(LATER.sub(" ", text)) - {"said", "later", "told"}


def _entries(
    pairs: list[tuple[Claim, Claim]], reader: Reader, speaker: Callable[[Claim], str | None]
) -> list[Contradiction]:
    # the same change told in several articles: the same speaker, earlier accounts sharing three
    # words and later ones one
    union = UnionFind()
    for i, (e1, l1) in enumerate(pairs):
        union.find(str(i))
        for j in range(i + 1, len(pairs)):
            e2, l2 = pairs[j]
            if speaker(e1) != speaker(e2) or e1.doc == e2.doc and (e1.sent, l1.sent) != (e2.sent, l2.sent):
                continue
            if len(word_stems(e1.text) & word_stems(e2.text)) >= 3 and word_stems(l1.text) & word_stems(
                l2.text
            ):
                union.union(str(i), str(j))
    groups: dict[str, list[int]] = {}
    for i in range(len(pairs)):
        groups.setdefault(union.find(str(i)), []).append(i)
    out = []
    for members in groups.values():
        earlier = dedupe_reports([reader.claim(pairs[i][0], set()) for i in members])
        later = dedupe_reports([reader.claim(pairs[i][1], set()) for i in members])
        keys = {(r.doc, r.sent) for r in earlier}
        later = [r for r in later if (r.doc, r.sent) not in keys]
        if not later:
            continue
        who = reader.name(speaker(pairs[members[0]][0])) or earlier[0].speaker_name or "the speaker"
        positions = [position("earlier account", earlier), position("later account", later)]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"{who} gave one account, and another since, as the article tells it",
                kind="CHANGED_ACCOUNT",
                question=f"what did {who} say first, and what later? {' '.join(earlier[0].text.split())[:160]}",
                positions=positions,
            )
        )
    return out
