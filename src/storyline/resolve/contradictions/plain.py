"""Plain sentences as the other side of a denial: most reports of what someone denies are no
claim ("But when I saw Hillary Clinton …, she looked me squarely in the eye and told me a video
was responsible"), so they are looked up in the store's sentences by the denier's name and the
denial's rarer words, only for the denials no claim stands against (resolution reads no
sentences otherwise)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from storyline.model import Analysis, Claim, EventMention
from storyline.resolve.contradictions.evidence import asserts
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    DISMISSED,
    NEGATION,
    UNSURE,
    word_stems,
)

# the store's full-text search: every word of the query must occur; (document, sentence
# index, text) of at most ``limit`` sentences, best first
Search = Callable[[str, int], list[tuple[str, int, str]]]


class _StoreSearch:
    """A store's ``search`` (every backend has one: FTS5, tsvector) as a ``Search``, and the
    sentences of given documents (``sentences``) for what resolution must read of a few."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def __call__(self, q: str, limit: int) -> list[tuple[str, int, str]]:
        return [(h.doc, h.sentence, h.text) for h in self.store.search(q, limit=limit).items]

    def sentences(self, keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
        out = {}
        for doc in sorted({d for d, _ in keys}):
            out.update({(doc, s.idx): s.text for s in self.store.document(doc).sentences})
        return {k: t for k, t in out.items() if k in keys}


def store_search(store: Any) -> Search:
    """A store's ``search`` as a ``Search`` (that can also read sentences: ``sentences_of``)."""
    return _StoreSearch(store)


def sentences_of(search: Search | None, keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The sentences at ``keys`` when the search can read them (a store's), else none."""
    read = getattr(search, "sentences", None)
    return read(keys) if read is not None and keys else {}


WORDS = 4  # the denial's rarest words tried, in pairs: at most twelve searches a denial
LIMIT = 30  # sentences per search
_WORD = re.compile(r"[A-Za-z]{4,}")
# a sentence that tells: it ends on a full stop or an exclamation, not a question, nor a heading
# with no stop at all ("Reality Check: Rubio on Trump hiring undocumented workers")
_TOLD = re.compile(r"[.!][\"”’')\]]*\s*$")


def _numbers(word: str) -> tuple[str, str]:
    """A word and its other number, roughly: "adoption" / "adoptions", "tapes" / "tape"."""
    if word.lower().endswith("ss") or not word.lower().endswith("s"):
        return word, word + "s"
    return word, word[:-1]


class PlainReports:
    """The sentences of these analyses that tell something as fact, found by words."""

    def __init__(
        self,
        analyses: list[Analysis],
        search: Search,
        mention_entity: dict[str, str],
        party: Callable[[str], str] = lambda e: e,
    ) -> None:
        self.search = search
        self.docs = {a.doc.id for a in analyses}
        # the events a sentence tells as fact, with the people in each: a report must tell one
        # the denier is in (its id stands for the report, as for any side told as plain fact);
        # sentences holding a claim were judged as claims already
        self.told: dict[tuple[str, int], list[tuple[EventMention, set[str]]]] = {}
        for a in analyses:
            for m in a.events:
                if asserts(m):
                    who = {mention_entity[p.ref] for p in m.participants if p.ref in mention_entity}
                    who |= {party(e) for e in who}  # a state for its capital or its leader
                    self.told.setdefault((a.doc.id, m.sent), []).append((m, who))
        self.claimed = {(a.doc.id, c.sent) for a in analyses for c in a.claims}

    def against(
        self,
        d: Claim,
        surname: str,
        rare: set[str],
        df: dict[str, int],
        people: dict[tuple[str, int], set[str]],
        named: set[str],
        denier: str,
        names: dict[tuple[str, int], set[str]],
        says_act: Callable[[str], bool] | None = None,
    ) -> list[Claim]:
        """Sentences naming the denier and everyone else the denial names, sharing two of its
        rarer words (three in its own article), told as fact: neither denying, dismissing,
        negating nor asking; with ``says_act`` (whether a sentence says the act denied,
        ``asserted.says_act``), saying it: words of the denial's setting are not what it denies ("Manafort has
        denied that he misled investigators in breach of his plea agreement" / "Mr. Manafort
        agreed to a plea deal")."""
        own_names = names.get((d.doc, d.sent), set())
        words = sorted(
            {w for w in _WORD.findall(d.text) if w.lower()[:5] in rare and w.lower()[:5] not in own_names},
            key=lambda w: (df.get(w.lower()[:5], 0), w),
        )
        # one spelling per stem ("video", "videos")
        words = list({w.lower()[:5]: w for w in reversed(words)}.values())[::-1][:WORDS]
        if len(words) < 2:
            return []
        found: dict[tuple[str, int], str] = {}
        # the possessive too: PostgreSQL's parser keeps a typographic apostrophe in the word
        # ("Trump’s"), FTS5 splits there, and both backends must find the same sentences. Each
        # word in both numbers ("adoption" finds "adoptions of Russian children": FTS5 matches
        # words as written), the two words in common counted below on stems
        for word in (form for w in words for form in _numbers(w)):
            for name in (surname, f"{surname}’s"):
                for doc, sent, text in self.search(f"{name} {word}", LIMIT):
                    if doc in self.docs:
                        found[(doc, sent)] = text
        out = []
        for (doc, sent), text in sorted(found.items()):
            # "Steele's sources accused Mr. Page of teaming up with former Trump campaign manager
            # Paul Manafort" tells nothing Trump did
            m = next((m for m, who in self.told.get((doc, sent), []) if denier in who), None)
            if m is None or (doc, sent) in self.claimed or (doc == d.doc and sent == d.sent):
                continue
            if DENIAL_WORD.search(text) or DISMISSED.search(text) or UNSURE.search(text):
                continue  # a sentence that itself denies is no report of the denied thing
            if NEGATION.search(text) or not _TOLD.search(text):
                continue  # "Comey said the president is not under investigation" repeats a denial
            there = people.get((doc, sent), set())
            if denier not in there or not named <= there:
                continue
            if says_act is not None and not says_act(text):
                continue
            shared = len(rare & (word_stems(text) - names.get((doc, sent), set())))
            if shared < (3 if doc == d.doc else 2):
                continue  # within one article another sentence is often the denial's setting
            out.append(
                Claim(
                    id=m.id,
                    sent=sent,
                    stance="ASSERT",
                    text=text,
                    start=m.start,
                    end=m.end,
                    event=m.id,
                    doc=doc,
                )
            )
        return out
