"""Claims that state different figures for the same thing (``figures``), grouped: one group per
thing, its figures split into sides whose spans do not meet ("$10 billion to $12 billion" and
"around $10 billion" are one side, "nearly $25 billion" another).

The same thing: the same unit (money, or the same plural noun counted) and
- in one article, figures at most three sentences apart sharing a word of what they are about,
  read around each figure, one of them told as an estimate, a correction or a figure in dispute
  ("the price tag for the wall alone would cost around $10 billion" / "calculated it would cost
  nearly $25 billion"), or one figure told again further on (the same span, a word in common);
- counts (not sums, mostly other sums across articles) with the same words before the noun,
  one of them told in dispute as above: in one article, claims sharing two rarer words and one
  around the figure; across articles, three and one, neither figure a subset its own words define
  ("… immigrants who arrived as children"); one rarer word, when the words before the noun are
  capitalised, a name of their own ("13 Angry Democrats" / "his 17 Angry Democrats"; "17 U.S. intelligence agencies" /
  "only four intelligence agencies").
Two figures of one sentence are a comparison ("fell from $167 million to $106 million"), no
disagreement."""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Analysis, Claim, Figure
from storyline.resolve.contradictions.words import word_stems
from storyline.resolve.figures import figures, meet
from storyline.resolve.union_find import UnionFind

WINDOW = 3  # sentences apart, at most, for two figures of one article
SPREAD = 3.0  # how far apart two estimates of one sum may be
FAR_WORDS = 3  # words in common around two figures of one article further apart
AROUND = 12  # words either side of a figure telling what it is about
_NAMED = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"}
_QUALIFIER = re.compile(r"[a-z]{4,}")
_PART = re.compile(
    r"\b(part of|(has|have|had) included|all told|in all|altogether|combined|of which|among them)\b", re.I
)
_VERSION = re.compile(
    r"\b(new|revised|original|old|earlier|previous|latest|updated|second|third) "
    r"(ban|order|version|plan|bill|list|draft|proposal|law|rule|policy|budget)\b",
    re.I,
)
# a rate, no count: "one in every 56 non-black voters", "per 1,000 people"
_RATE = re.compile(r"\b((in|of|out of) every|one in|per)\s*$", re.I)
_MORE_WORD = re.compile(r"\b(additional|another|further|extra|other|more|new)\b", re.I)
# a figure derived from counts, not a count: "an average gain of roughly 121,000 jobs",
# "66,000 fewer jobs than previously reported", "75,000 to 100,000 jobs per month"
_AVERAGE = re.compile(r"\b(average|mean|median)\b[\w ]{0,12}$", re.I)
_DIFFERENCE = re.compile(r"\b(fewer|less|lower|higher)\b", re.I)
_PER = re.compile(r"\s*(per|a|each|every) (day|week|month|quarter|year)\b", re.I)
_SUBSET = re.compile(r"\s*,?\s*(who|that|whose|which)\b", re.I)
# one of two figures told as an estimate, a correction or a figure in dispute: "calculated it would
# cost", "[UPDATE …: … is now just under", "a correction noting that only four", "the baseless claim that 17"
_DISPUTED = re.compile(
    r"\b(estimat\w*|calculat\w*|actually|in fact|correct(ed|ion|s)?|revis\w*|updat\w*|"
    r"initially|originally|at first|previously|closer to|(much )?(higher|lower)|overstat\w*|understat\w*|"
    r"exaggerat\w*|inflat\w*|wrong|false|not accurate|inaccurate|disput\w*|baseless|contrary)\b",
    re.I,
)
_BUT = re.compile(r"\b(but|while|whereas)\b", re.I)
_SAYS = re.compile(r"\b(says?|said|notes?|according|told|estimat\w*|put|puts)\b", re.I)
_MORE = re.compile(r"\b(additional|another|further|extra|other|more)\s*$", re.I)
_NUMBERISH = re.compile(
    r"\b(\d[\d,.]*|thousand|million|billion|trillion|just|nearly|about|around|more)\b", re.I
)

Item = tuple[Claim, Figure]


def _about(c: Claim, f: Figure) -> frozenset[str]:
    """What a figure is about, read around it: the plain words (not names, numbers or its noun)."""
    before = c.text[: f.at].split()[-AROUND:]
    after = c.text[f.at + len(f.text) :].split()[:AROUND]
    words = _NUMBERISH.sub(" ", " ".join(before + after))
    return word_stems(" ".join(w for w in words.split() if w[:1].islower())) - {f.unit[:5], f.unit[:4]}


def sentence_names(
    analyses: list[Analysis], mention_entity: dict[str, str], speaker_of: Callable[[Claim], str | None]
) -> Callable[[Claim], frozenset[tuple[str, str]]]:
    """Who and where a claim's sentence names, beside its speaker: the entities of its mentions
    ("In America, the tax revenue per capita is …" / "Norway's tax revenue per capita hits …")."""
    at: dict[tuple[str, int], set[tuple[str, str]]] = {}
    for a in analyses:
        for m in a.mentions:
            if m.type in _NAMED and m.id in mention_entity:
                at.setdefault((a.doc.id, m.sent), set()).add((m.type, mention_entity[m.id]))

    def names(c: Claim) -> frozenset[tuple[str, str]]:
        who = speaker_of(c)
        return frozenset(n for n in at.get((c.doc, c.sent), set()) if n[1] != who)

    return names


def figure_groups(
    claims: list[Claim],
    rare_words: dict[str, set[str]],
    names: Callable[[Claim], frozenset[tuple[str, str]]] = lambda c: frozenset(),
) -> list[tuple[str, list[list[Item]]]]:
    """(unit, sides) for each thing stated with figures that do not meet; each side the claims
    and figures of one span."""
    items: list[Item] = []
    contrasted: list[tuple[str, list[list[Item]]]] = []
    said_once: set[tuple[str, str]] = set()
    seen: set[tuple[str, int, int]] = set()
    for c in claims:
        if c.stance not in ("ASSERT", "CONFIRM"):
            continue
        if _PART.search(c.text):
            continue  # "part of an ongoing commitment … more than $9.6 billion": a whole or a part
        # "donated an additional $207,788": one more sum, not another account of the first
        found = [
            f
            for f in figures(c.text)
            if not _MORE.search(c.text[: f.at][-24:])
            and not _MORE_WORD.search(f.qualifier)
            and not _RATE.search(c.text[: f.at][-16:])
        ]
        for f in found:
            if any(g.unit == f.unit and not meet(f, g) for g in found):
                # "donated $2,300 …; … $4,600 …": a list or a comparison of its own, unless two
                # sources are set against each other ("She says two boys were in the room …, but
                # her therapist's notes from 2012 say that four boys were in the room")
                told = _told_against(c, found)
                if told is not None and (c.doc, c.text) not in said_once:
                    said_once.add((c.doc, c.text))  # a sentence the page repeats, or its second claim
                    contrasted.append(told)
                break
        else:
            for f in found:
                if _derived(c.text, f):
                    continue  # after the test above: "an average of …" still makes its sentence a comparison
                if (c.doc, c.sent, f.at) not in seen:  # one sentence, several claims: once
                    seen.add((c.doc, c.sent, f.at))
                    items.append((c, f))
    # the pairs worth a look: one article's figures of one unit, and counts of one unit across
    # articles sharing a word before the noun (sums across articles are never one thing), so that
    # 10,000 articles' figures are not each set against all the others
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, (c, f) in enumerate(items):
        buckets.setdefault((f.unit, c.doc), []).append(i)
        if f.unit != "$":
            for w in set(_QUALIFIER.findall(f.qualifier)):
                buckets.setdefault((f.unit, " " + w), []).append(i)
    about = [_about(c, f) for c, f in items]
    union = UnionFind()
    tried: set[tuple[int, int]] = set()
    for ids in buckets.values():
        for x, i in enumerate(ids):
            c1, f1 = items[i]
            for j in ids[x + 1 :]:
                c2, f2 = items[j]
                if (i, j) in tried or c1.doc == c2.doc and c1.sent == c2.sent:
                    continue
                tried.add((i, j))
                if _other_names(names(c1), names(c2)):
                    continue
                if _same_thing(c1, f1, c2, f2, about[i] & about[j], rare_words):
                    union.union(str(i), str(j))
    groups: dict[str, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(union.find(str(i)), []).append(i)
    out = list(contrasted)
    for ids in groups.values():
        sides = _sides([items[i] for i in ids])
        if len(sides) >= 2:
            out.append((items[ids[0]][1].unit, sides))
    return out


def _derived(text: str, f: Figure) -> bool:
    """An average, a difference or a rate: another quantity than a count of the same noun."""
    return bool(
        _AVERAGE.search(text[: f.at][-30:])
        or _DIFFERENCE.search(f.qualifier)
        or _PER.match(text, f.at + len(f.text))
    )


def _told_against(c: Claim, found: list[Figure]) -> tuple[str, list[list[Item]]] | None:
    """Two figures of one noun in one sentence, each told by its own source across a "but"."""
    if len(found) != 2 or found[0].unit != found[1].unit or meet(found[0], found[1]):
        return None
    first, second = found
    m = _BUT.search(c.text, first.at + len(first.text), second.at)
    if m is None or not _SAYS.search(c.text, 0, m.start()) or not _SAYS.search(c.text, m.end()):
        return None
    return first.unit, [[(c, first)], [(c, second)]]


def _same_thing(
    c1: Claim, f1: Figure, c2: Claim, f2: Figure, shared_plain: frozenset[str], rare: dict[str, set[str]]
) -> bool:
    if c1.doc == c2.doc and shared_plain and meet(f1, f2):
        return True  # the same figure told again ("$10 billion to $12 billion" … "between $10 billion and $12 billion")
    if f1.unit == "$" and (f1.low > SPREAD * f2.high or f2.low > SPREAD * f1.high):
        return False  # estimates of one sum are of one size ("$10 billion to $12 billion" / "nearly $25 billion"), not "$20,000" / "$1,071,000"
    if not (_DISPUTED.search(c1.text) or _DISPUTED.search(c2.text)):
        return False  # figures listed side by side ("the dairy industry has spent $4.4m"; "has spent $104m")
    if c1.doc == c2.doc and shared_plain and abs(c1.sent - c2.sent) <= WINDOW:
        return True
    if c1.doc == c2.doc and len(shared_plain) >= FAR_WORDS:
        return True  # the lead's figure and one told further on: "Building a wall … would cost about $21.6 billion" / "Trump previously has said a border wall would cost between …"
    if _VERSION.search(c1.text) or _VERSION.search(c2.text):
        return False  # "the six banned countries" of "the new ban" against the first ban's seven
    shared = (rare.get(c1.id, set()) & rare.get(c2.id, set())) - {f1.unit[:5]}
    if f1.unit == "$":
        return False  # a sum across articles is mostly another sum (a demand, a bill, a cost)
    if not set(_QUALIFIER.findall(f1.qualifier)) & set(_QUALIFIER.findall(f2.qualifier)):
        return False  # "17 U.S. intelligence agencies" / "four intelligence agencies", not "the 13 agencies"
    # a name-like qualifier ("Angry Democrats") is the thing's own name; else the claims share
    # rarer words and a word around the figure ("agreed Russia was responsible for meddling" /
    # "came to a consensus on Russian meddling")
    if _coined(f1):
        return len(shared) >= 1
    if c1.doc == c2.doc:
        return len(shared) >= 2 and bool(shared_plain)
    # across articles: not a subset one of them defines ("nearly 800,000 undocumented immigrants
    # who arrived in the United States as children" / "upward of 8 million undocumented immigrants")
    subset = any(_SUBSET.match(c.text, f.at + len(f.text)) for c, f in ((c1, f1), (c2, f2)))
    return len(shared) >= 3 and bool(shared_plain) and not subset


def _other_names(n1: frozenset[tuple[str, str]], n2: frozenset[tuple[str, str]]) -> bool:
    """Whether each names a person or a place of a kind the other names too, but none in common:
    two countries' figures, two candidates' votes."""
    for kind in {k for k, _ in n1} & {k for k, _ in n2}:
        if not {e for k, e in n1 if k == kind} & {e for k, e in n2 if k == kind}:
            return True
    return False


def _coined(f: Figure) -> bool:
    """Whether the words before the noun are capitalised, a name of its own ("17 Angry Democrats")."""
    words = f.text.split()
    return len(words) >= 3 and all(w[:1].isupper() for w in words[-2:])


def _sides(items: list[Item]) -> list[list[Item]]:
    """The figures split where their spans do not meet, lowest first."""
    items = sorted(items, key=lambda it: (it[1].low, it[1].high))
    sides: list[list[Item]] = []
    high = -1.0
    for it in items:
        if sides and it[1].low <= high:
            sides[-1].append(it)
            high = max(high, it[1].high)
        else:
            sides.append([it])
            high = it[1].high
    return sides
