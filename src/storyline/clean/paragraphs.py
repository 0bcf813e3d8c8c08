"""Split raw text into paragraph spans of the original.

Scrapes separate paragraphs either by blank lines or by single newlines (seed 002), so every
non-empty line is a paragraph, except inside a block that was hard-wrapped at a fixed width,
whose lines are one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_END = re.compile(r"[.!?:;\"'”’)]\s*$")


@dataclass
class Para:
    start: int
    end: int
    text: str

    def words(self) -> list[str]:
        return self.text.split()


def _strip(original: str, start: int, end: int) -> tuple[int, int]:
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    return start, end


def _hard_wrapped(lines: list[tuple[int, int, str]]) -> bool:
    # A wrapped block has several lines of similar width that mostly stop mid-sentence.
    if len(lines) < 3:
        return False
    widths = [len(t) for _, _, t in lines[:-1]]
    if min(widths) < 30 or max(widths) > 100 or max(widths) - min(widths) > 25:
        return False
    open_ends = sum(1 for _, _, t in lines[:-1] if not _END.search(t))
    return open_ends >= len(widths) / 2


def split_paragraphs(original: str) -> list[Para]:
    paras: list[Para] = []
    pos = 0
    bounds = [m.start() for m in _BLOCK.finditer(original)] + [len(original)]
    for b_end in bounds:
        lines = []
        for m in _LINE.finditer(original, pos, b_end):
            s, e = _strip(original, m.start(), m.end())
            if s < e:
                lines.append((s, e, original[s:e]))
        pos = b_end
        if not lines:
            continue
        if _hard_wrapped(lines):
            s, e = lines[0][0], lines[-1][1]
            paras.append(Para(s, e, original[s:e]))
        else:
            paras.extend(Para(s, e, t) for s, e, t in lines)
    return paras
