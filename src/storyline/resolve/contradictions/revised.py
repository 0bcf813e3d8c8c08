"""An account and a later one, as the article tells them: "The White House initially said the
firing was based on the Justice Department's recommendation" … "But Trump himself said later he
was thinking of this 'Russia thing'"; "Initially, the estimate was 50 million raw profiles" …
"Now, Facebook says 87 million users' profiles". The writer marks the first account as the
earlier one ("initially", "originally", "at first") and the next as what was said since
("later", "now", "subsequently"): a changed account (CHANGED_ACCOUNT), or, when both count the
same thing differently, a number against a number (NUMBER).

The earlier sentence is a claim, or (most are no claim: "the estimate was …") a sentence the
store's search finds in the same article, one to three sentences before the later one, by the
marker and one of the later claim's rarer words. Accounts of the same change in several
articles ("initially pinned Comey's firing on a recommendation" / "initially said the firing was
based on the justice department's recommendation") are one disagreement when their earlier
sentences share four words beside the markers and their later ones two."""

from __future__ import annotations

import re
from collections import Counter

from storyline.model import Analysis, Claim, Contradiction, Report
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.words import spellings, word_stems
from storyline.resolve.counts import stated_counts
from storyline.resolve.union_find import UnionFind

# the first account, so marked: an account word after "initially" in the same clause
# ("initially pinned Comey's firing on", "had originally claimed", "Initially, the estimate was")
_SAID = (
    r"(sa(id|ys?)|claim\w*|told|insist\w*|pinned|blamed|attribut\w*|cit(ed|ing)|den(ied|y)|"
    r"estimat\w*|explain\w*|stat(ed|es)|maintain\w*|argu\w*|report\w*|announc\w*|describ\w*|"
    r"characteri[sz]\w*|account|version|explanation|story)"
)
_SAID_WORD = re.compile(_SAID, re.I)
EARLIER = re.compile(
    rf"\b(initially|originally|at first)\b[^.;:]{{0,60}}?\b{_SAID}\b|\b{_SAID}\b[^.;:]{{0,30}}?\b(initially|originally|at first)\b",
    re.I,
)
# the account since: "later said", "Now, Facebook says", "subsequently told", "has since said"
# (not "then" or a bare "now": "then-director", "is now under investigation")
LATER = re.compile(
    rf"\b(later|subsequently)\b[^.;:]{{0,60}}?\b{_SAID}\b|^\W*(later|now),|\bhas since {_SAID}\b|"
    rf"\b{_SAID}\b[^.;:]{{0,12}}?\blater\b",
    re.I,
)
# no change of account: a plan or an order of events ("initially picked as secretary",
# "initially requested the appointment"), a hypothetical, a question
_NOT_ACCOUNT = re.compile(r"\?\s*[\"”’']*\s*$|\b(if|whether|would have)\b", re.I)
_MARKERS = ("initially", "originally")
_MARKER_STEMS = frozenset({"initi", "origi", "first", "later", "subse", "since"})
AFTER = 3  # the later account within three sentences of the first
WORDS = 4  # the later claim's rarest words tried with each marker: eight searches a claim
LIMIT = 20
_TOKEN = re.compile(r"[A-Za-z]{4,}")


def _told(text: str) -> bool:
    return not _NOT_ACCOUNT.search(text)


def _topic(text: str) -> set[str]:
    """What a sentence is about: its words, not the markers or the words of saying."""
    return {w for w in word_stems(text) - _MARKER_STEMS if not _SAID_WORD.fullmatch(w)}


# headlines run together by the scrape ("Dems ramp up oversight … | Judge hints at …")
_JUMBLE = re.compile(r" \| |.{400}")


def find_revised(
    analyses: list[Analysis], reader: Reader, search: Search | None = None
) -> list[Contradiction]:
    claims = [c for a in analyses for c in a.claims]
    docs = {a.doc.id for a in analyses}
    df = Counter(s for c in claims for s in word_stems(c.text))
    by_sent: dict[tuple[str, int], Claim] = {}
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_sent.setdefault((c.doc, c.sent), c)  # one claim stands for its sentence
        by_doc.setdefault(c.doc, []).append(c)
    mention_at = {(a.doc.id, m.sent): m.id for a in analyses for m in a.mentions}
    mention_at.update({(m.doc, m.sent): m.id for a in analyses for m in a.events})
    # (earlier, later): the two sentences (doc, index, text) of one change of account
    pairs: dict[tuple[str, int], tuple[str, int, str]] = {}
    later_of: dict[tuple[str, int], tuple[str, int, str]] = {}
    for c in claims:
        if not LATER.search(c.text) or EARLIER.search(c.text) or not _told(c.text):
            continue
        if c.text.lstrip().startswith("("):
            continue  # an aside: "(Former Secretary of State Colin Powell later said he had done the same)"
        found = [
            (c2.doc, c2.sent, c2.text)
            for c2 in by_doc[c.doc]
            if c.sent - AFTER <= c2.sent < c.sent and EARLIER.search(c2.text)
        ]
        if not found and search is not None:
            found = _searched(c, df, docs, search)
        if not found:
            continue
        # the nearest before that tells one account only ("The Saudis initially denied …, but
        # then later said …" is a change told in one sentence, not the first of two)
        found = [f for f in found if not LATER.search(f[2]) and _told(f[2]) and not _JUMBLE.search(f[2])]
        if not found:
            continue
        first = max(found, key=lambda f: f[1])
        if not _topic(first[2]) & _topic(c.text):
            continue  # the later sentence is about something else
        key = (first[0], first[1])
        if key not in pairs:
            pairs[key] = first
            later_of[key] = (c.doc, c.sent, c.text)
    # the same change told in several articles: earlier sentences sharing four words (the
    # markers aside: "The White House initially said" is said of many things) and later ones two
    union = UnionFind()
    keys = sorted(pairs)
    first_words = [word_stems(pairs[k][2]) - _MARKER_STEMS for k in keys]
    then_words = [word_stems(later_of[k][2]) - _MARKER_STEMS for k in keys]
    for i in range(len(keys)):
        union.find(str(i))
        for j in range(i + 1, len(keys)):
            if len(first_words[i] & first_words[j]) >= 4 and len(then_words[i] & then_words[j]) >= 2:
                union.union(str(i), str(j))
    groups: dict[str, list[tuple[str, int]]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(union.find(str(i)), []).append(k)
    out = []
    for members in groups.values():
        earlier = dedupe_reports([_report(pairs[k], reader, by_sent, mention_at) for k in members])
        later = dedupe_reports([_report(later_of[k], reader, by_sent, mention_at) for k in members])
        out.append(_entry(earlier, later))
    return out


def _searched(c: Claim, df: Counter[str], docs: set[str], search: Search) -> list[tuple[str, int, str]]:
    """The first accounts before a later one in its article, found by a marker and one of the
    later claim's rarer words: not the markers or the words of saying ("stated"), which the
    first account need not share; the thing a count counts first ("87 million users' profiles"
    was estimated before)."""
    words = sorted(
        {
            w
            for w in _TOKEN.findall(c.text)
            if w.lower()[:5] in word_stems(c.text)
            and w.lower()[:5] not in _MARKER_STEMS
            and not _SAID_WORD.fullmatch(w)
        },
        key=lambda w: (df.get(w.lower()[:5], 0), w.lower()),
    )
    words = list({w.lower()[:5]: w for w in reversed(words)}.values())[::-1]
    counted = [n for _, n, _ in stated_counts(c.text)]
    words = (counted + [w for w in words if w.lower() not in counted])[:WORDS]
    found = []
    # a name's possessive too, as the backends split words differently ("Comey’s firing")
    spelt = [v for w in words for v in (spellings(w) if w[:1].isupper() else (w,))]
    for marker in _MARKERS:
        for w in spelt:
            for doc, sent, text in search(f"{marker} {w}", LIMIT):
                if doc == c.doc and doc in docs and c.sent - AFTER <= sent < c.sent and EARLIER.search(text):
                    found.append((doc, sent, text))
    return found


def _report(
    sent: tuple[str, int, str],
    reader: Reader,
    by_sent: dict[tuple[str, int], Claim],
    mention_at: dict[tuple[str, int], str],
) -> Report:
    """A sentence as a report: its claim, else an event it tells or a name it holds, whose id
    stands in for a claim (as for any side told as plain fact, and for the counts of
    ``meetings``); a sentence with none ("Initially, the estimate was 50 million raw profiles")
    is cited by its own id (``evidence.cited``)."""
    doc, idx, text = sent
    c = by_sent.get((doc, idx))
    if c is not None:
        return reader.claim(c, set())
    return reader.sentence(doc, idx, text, mention_at.get((doc, idx)))


# "87 million users’ profiles": what is counted is the possessed noun too
_POSSESSED = re.compile(r"^[’']s? ([a-z]{3,}s)\b", re.I)


def _counts(text: str) -> list[tuple[float, str]]:
    out = []
    for value, noun, _ in stated_counts(text):
        out.append((value, noun))
        at = text.lower().find(noun)
        m = _POSSESSED.match(text[at + len(noun) :]) if at >= 0 else None
        if m:
            out.append((value, m.group(1).lower()))
    return out


def _entry(earlier: list[Report], later: list[Report]) -> Contradiction:
    first = earlier[0]
    # both count the same thing differently: "50 million raw profiles" / "87 million users' profiles"
    counts_a = {n: v for r in earlier for v, n in _counts(r.text)}
    counts_b = {n: v for r in later for v, n in _counts(r.text)}
    noun = next((n for n in counts_a if n in counts_b and counts_a[n] != counts_b[n]), None)
    if noun is not None:
        a, b = counts_a[noun], counts_b[noun]
        positions = [
            position(f"{a:,.0f} {noun} (earlier)", earlier),
            position(f"{b:,.0f} {noun} (later)", later),
        ]
        return Contradiction(
            claims=cited(positions),
            reason=f"the count of {noun} was revised ({a:,.0f}, then {b:,.0f})",
            kind="NUMBER",
            question=f"how many {noun}?",
            positions=positions,
        )
    who = first.speaker_name or first.outlet or "the source"
    positions = [
        position("earlier account", earlier),
        position("later account", later, earlier[-1].published),
    ]
    return Contradiction(
        claims=cited(positions),
        reason="an account told as the first one, and the account given later",
        kind="CHANGED_ACCOUNT",
        question=f"what did {who} say first, and what later? {' '.join(first.text.split())[:160]}",
        positions=positions,
    )
