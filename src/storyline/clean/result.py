"""The value every cleaner returns, and the builder that keeps its offsets exact."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.model import ArticleMeta, OffsetMap


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
        i = start
        orig = self.original
        while i < end:
            if orig[i].isspace():
                j = i
                while j < end and orig[j].isspace():
                    j += 1
                run = orig[i:j]
                if run == " ":
                    self.copy(i, j)
                elif " " in run:
                    k = i + run.index(" ")
                    self.copy(k, k + 1)
                else:  # newline, tab, no-break space: normalise to a plain space
                    self.insert(" ")
                i = j
                continue
            j = i
            while j < end and not orig[j].isspace():
                j += 1
                if j in spaces and j < end and not orig[j].isspace():
                    break
            self.copy(i, j)
            if j < end and j in spaces and not orig[j].isspace():
                self.insert(" ")
            i = j

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap([(a, b, n) for a, b, n in self.segments])
