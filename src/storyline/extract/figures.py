"""Sentences that state a figure: a sum of money ("would cost nearly $25 billion") or a count of
things ("the cumulative difference in those states was 107,330 votes", "his 17 Angry
Democrats"). Such a sentence is a statement of its own even with no verb of saying: when no
claim was read from it, it becomes one (the writer's, or the source it names), so that two
sentences giving different figures for the same thing can stand against each other and be
cited (``resolve/contradictions/numbers.py``). Read from the parse's named entities (MONEY,
CARDINAL counting a plural noun), so years, dates, percentages, ordinals and durations are no
figure."""

from __future__ import annotations

from storyline.extract.nlp import lemma

# counts of these are durations or shares, not quantities of a thing that sources dispute
_NOT_THINGS = {"year", "day", "month", "week", "hour", "minute", "second", "time", "percent", "point"}
# "two sources", "three reasons", "six countries": small counts are mostly incidental, told in
# passing; a figure sources dispute is a larger one (a sum, "17 Angry Democrats", "107,330 votes")
_LEAST = 10


def states_figure(sent) -> bool:
    """A plain statement (no question, no condition) stating money or a count (ten or more) of a
    plural noun."""
    text = sent.text.strip()
    if text.endswith("?") or not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    if any(t.lower_ in ("if", "whether", "unless") for t in sent):
        return False
    for ent in sent.ents:
        if ent.label_ == "MONEY" and any(t.like_num for t in ent):
            return True
        if ent.label_ != "CARDINAL" or _value(ent) < _LEAST:
            continue
        head = ent.root.head
        if (
            head.tag_ in ("NNS", "NNPS")
            and ent.root.dep_ == "nummod"
            and lemma(head).lower() not in _NOT_THINGS
        ):
            return True
    return False


def _value(ent) -> float:
    """The largest number an entity's words state ("about 30 million": 30; "a dozen": 0)."""
    out = 0.0
    for t in ent:
        try:
            out = max(out, float(t.text.replace(",", "")))
        except ValueError:
            continue
    return out
