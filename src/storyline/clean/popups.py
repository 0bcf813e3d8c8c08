"""The Hill's linked names, which plain-text scrapes keep as text: a person's name is followed
by the pop-up its link opens, the full name run into the headlines of three related stories and
a "MORE" ("President Trump Donald John TrumpTrump faces high stakes in meeting with Erdoğan …
report MORE on Monday said …"). Read as prose, the headlines glue words to names ("Facebook's
Libra Trump has considered …" becomes a person "Libra Trump") and split sentences in two.

A pop-up is the name's last word written again after at most five capitalised words of the full
name ("Addison (Mitch) Mitchell McConnell"), then anything up to an upper-case "MORE" within 600
characters. Of 3,788 "MORE"s in the AllSides scrape, 3,515 close such a pop-up; the rest are
"READ MORE:" footers and capitals in prose, which the repeated name never precedes.
"""

from __future__ import annotations

import re

# in a lookahead, so that every start is tried: "Rod Rosenstein Rod RosensteinDemocrats …" reads
# as "Rod" linked with the full name "Rosenstein Rod" too
_POPUP = re.compile(
    r"\b(?=(?P<last>[A-Z][\w'’-]+)(?P<cut> (?:[A-Z(][\w.()'’\"-]*\s){1,5}(?P=last).{0,600}? MORE)(?![A-Za-z]))"
)
NAME_WORDS = 40  # characters within which the linked name's last word lies among the readings


def popup_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are pop-ups, from the space after the linked name to "MORE"."""
    by_end: dict[int, list[int]] = {}
    for m in _POPUP.finditer(text):
        by_end.setdefault(m.end("cut"), []).append(m.start("cut"))
    spans: list[tuple[int, int]] = []
    for end, starts in sorted(by_end.items()):
        # the latest reading near the first: the linked name is the last word before the full
        # name ("Rosenstein", "Ryan" in "Paul Ryan Paul Davis Ryan …"), not a word before it
        first = min(starts)
        start = max(s for s in starts if s <= first + NAME_WORDS)
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans
