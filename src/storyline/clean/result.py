"""The value every cleaner returns, and the builder that keeps its offsets exact."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from storyline.model import ArticleMeta, OffsetMap

# whitespace runs other than a lone space, which is copied as it is with the words around it
_SPACE = re.compile(r"\s\s+|[^\S ]")


@dataclass
class Cleaned:
    original: str  # the text every offset points into
    text: str  # cleaned body, paragraphs separated by "\n\n"
    offsets: OffsetMap  # cleaned -> original
    removed: list[dict[str, Any]] = field(default_factory=list)  # {"start", "end", "reason"} in original
    metadata: ArticleMeta = field(default_factory=ArticleMeta)


class Builder:
    """Assembles the cleaned text from verbatim copies of the original plus inserted whitespace.

    Only copies become OffsetMap segments, so an inserted space can never be mistaken for an
    original character.
    """

    def __init__(self, original: str):
        self.original = original
        self.parts: list[str] = []
        self.segments: list[list[int]] = []
        self.pos = 0

    def copy(self, start: int, end: int) -> None:
        n = end - start
        if n <= 0:
            return
        self.parts.append(self.original[start:end])
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.pos and last[1] + last[2] == start:
            last[2] += n
        else:
            self.segments.append([self.pos, start, n])
        self.pos += n

    def insert(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def paragraph(self, start: int, end: int, spaces: frozenset[int] | set[int] = frozenset()) -> None:
        """Copy original[start:end] with each whitespace run collapsed to one space and a space
        inserted before every offset in ``spaces`` (glued words)."""
        orig = self.original
        # a glued-word space is inserted inside a word, never at or just after whitespace
        cuts = sorted(
            p for p in spaces if start < p < end and not (orig[p].isspace() or orig[p - 1].isspace())
        )
        i = start
        # whitespace runs found by one regex scan (\s is str.isspace()), not char by char; the
        # words and lone spaces between them are copied in one piece
        for m in _SPACE.finditer(orig, start, end):
            self._stretch(i, m.start(), cuts)
            run = m.group()
            if " " in run:
                k = m.start() + run.index(" ")
                self.copy(k, k + 1)
            else:  # newline, tab, no-break space: normalise to a plain space
                self.insert(" ")
            i = m.end()
        self._stretch(i, end, cuts)

    def _stretch(self, a: int, b: int, cuts: list[int]) -> None:
        """Copy original[a:b] (words and lone spaces), a space inserted at each cut inside it."""
        for p in cuts[bisect.bisect_right(cuts, a) : bisect.bisect_left(cuts, b)]:
            self.copy(a, p)
            self.insert(" ")
            a = p
        self.copy(a, b)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap([(a, b, n) for a, b, n in self.segments])
