"""The phrase of a sentence that answers a question word: a date, a place, a name, a number,
found by the product's spaCy pipeline in the sentence, never one the question already names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from storyline.present.ask.clues import clues
from storyline.present.ask.counts import _how_many
from storyline.present.ask.dates import _how_long, _when
from storyline.present.ask.people import _who
from storyline.present.ask.places import _where


def phrase(
    kind: str,
    sentence: str,
    names: list[str],
    counted: Optional[str] = None,
    anchors: Sequence[str] = (),
    trigger: Optional[str] = None,
    prep: Optional[str] = None,
    mods: Sequence[str] = (),
    says: Optional[str] = None,
    object_wanted: bool = False,
    amount: bool = False,
) -> Optional[tuple[str, float]]:
    """The best answering phrase in one sentence and how surely it answers (0..1), or None.
    ``anchors`` are the question's words; of several candidates the one nearest them wins.
    ``prep``: the question asked "since/until/by when"; ``mods``: the words of a counted thing
    ("acting" directors); ``says``: "who said ...", the saying verb whose subject answers; "be" for
    "who is the ...", answered by the name next to the role; ``object_wanted``: "who did X
    name", answered by the verb's object; ``amount``: "how much", answered by money, a share or a
    quantity, not a bare count ("about two dozen people" does not say what a statue cost)."""
    c = clues(kind, sentence, names, anchors, trigger, object_wanted)
    if kind == "when":
        return _when(c, prep)
    if kind == "where":
        return _where(c, prep, says)
    if kind == "who":
        return _who(c, says, object_wanted, prep)
    if kind == "how_long":
        return _how_long(c)
    if kind == "how_many":
        return _how_many(c, counted, mods, amount)
    return None
