"""Court rulings (extract/courts.py) and documents made public (extract/documents.py), on real
sentences quoted from AllSides 2017 reports of the Ninth Circuit's travel-ban ruling, the Senate
health-care bill's release and Trump's budget (../shared/data): the verbs that tell them, and
what they are not ("ruled out", a helicopter shot down, emails released, an appeals court)."""

from __future__ import annotations

import pytest

from storyline.extract.events import trigger_type
from storyline.extract.nlp import load

# (a real sentence, a word of it, the type it must be read as; None: no event)
SENSES = [
    # a court's act, whatever the verb
    (
        "A federal appeals court ruled Thursday that President Trump’s extreme vetting executive order is likely illegal, upholding a temporary restraining order that has halted most of the president’s plan.",
        "ruled",
        "RULE",
    ),
    (
        "A federal appeals court has unanimously rejected a Trump administration request to allow its travel ban to take effect.",
        "rejected",
        "RULE",
    ),
    (
        "In refusing to overturn the temporary restraining order against President Trump's travel ban, the U.S. Court of Appeals for the 9th Circuit emphasized an argument that has received relatively little attention.",
        "refusing",
        "RULE",
    ),
    # one ruling, told by the refusal: what is refused is no second event
    (
        "In refusing to overturn the temporary restraining order against President Trump's travel ban, the U.S. Court of Appeals for the 9th Circuit emphasized an argument that has received relatively little attention.",
        "overturn",
        None,
    ),
    (
        "He also referenced his failed executive order to ban travel from seven mostly Muslim countries, which was shot down by a federal appeals court, offering statistics.",
        "shot",
        "RULE",
    ),
    (
        "The news follows a Ninth Circuit Court of Appeals decision to uphold a temporary restraining order against Trump's temporary executive order restricting immigration and travel.",
        "decision",
        "RULE",
    ),
    # "it" of a court named before
    (
        "Then the president lashed out against the Ninth Circuit court panel hearing his emergency appeal, calling its proceedings “disgraceful” – even before it ruled 3-to-0 on Thursday to continue to block his order.",
        "ruled",
        "RULE",
    ),
    # an appeals court is a court, not an appeal; the appeal it hears is one
    (
        "A federal appeals court ruled Thursday that President Trump’s extreme vetting executive order is likely illegal.",
        "appeals",
        None,
    ),
    (
        "Then the president lashed out against the Ninth Circuit court panel hearing his emergency appeal, calling its proceedings “disgraceful”.",
        "appeal",
        "APPEAL",
    ),
    # not a court's: ruling something out, a helicopter shot down
    ("The Afghan government has ruled out Taliban involvement in the latest incident.", "ruled", None),
    (
        "The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire.",
        "shot",
        "ATTACK",
    ),
    # a bill or a budget made public, in any words
    (
        "This morning, after weeks of unusual secrecy, the Senate has finally released a draft version of the bill, dubbed the Better Care Reconciliation Act of 2017.",
        "released",
        "ANNOUNCE",
    ),
    (
        "The health-care bill released by Senate Republicans last week does many things.",
        "released",
        "ANNOUNCE",
    ),
    (
        "Senate Republicans on Thursday revealed the Better Care Reconciliation Act, their plan to repeal and replace the Affordable Care Act.",
        "revealed",
        "ANNOUNCE",
    ),
    (
        "The legislation — called the Better Care Reconciliation Act of 2017 — debuted on June 22.",
        "debuted",
        "ANNOUNCE",
    ),
    (
        "But his problems began almost immediately after he introduced the bill late last week when five of them publicly said they could not support the measure.",
        "introduced",
        "ANNOUNCE",
    ),
    (
        "But last week when Trump released his budget, the message they got from the president was that they were on their own.",
        "released",
        "ANNOUNCE",
    ),
    (
        "The White House's budget, released on Tuesday, recommends $4.1 trillion in spending cuts, mainly for social services.",
        "released",
        "ANNOUNCE",
    ),
    # the draft's kind is no discussion
    (
        "Republicans released updated text on Monday intended to promote continuous health coverage, which was left out of the discussion draft released Thursday.",
        "discussion",
        None,
    ),
    # emails released are no announcement; a prisoner released is a release
    (
        "The statement said the meeting primarily concerned a Russian adoption program, though Trump Jr. later released the emails showing he agreed to the sit-down after he was promised information on Clinton.",
        "released",
        None,
    ),
    (
        "Graham said she once encountered backlash for an HIV prevention campaign that encouraged those recently released from jail to use condoms and receive screenings.",
        "released",
        "RELEASE",
    ),
]


def _types(text: str) -> set[tuple[str, str | None]]:
    return {(t.text, trigger_type(t)) for t in load()(text)}


@pytest.mark.parametrize(("text", "word", "expected"), SENSES)
def test_sense_from_the_parse(text, word, expected):
    found = _types(text)
    assert word in {w for w, _ in found}
    got = {t for w, t in found if w == word}
    assert got == {expected} if expected else got <= {None}, found


def test_the_released_bill_is_what_is_announced():
    """The measure made public is the announcement's patient, named or remembered from the
    document's sentences before ("the Senate bill released Thursday" is the Act named before);
    the chamber whose bill it is is none."""
    from storyline.extract import analyse
    from storyline.model import Document, OffsetMap

    text = (
        "Senate Republicans on Thursday revealed the Better Care Reconciliation Act, their plan to repeal "
        "and replace the Affordable Care Act. Many were puzzled to see that the Senate bill released "
        "Thursday contained no such provision."
    )
    doc = Document(id="d", source="t", original=text, text=text, offsets=OffsetMap.identity(len(text)))
    a = next(analyse([doc]))
    name = {m.id: m.text for m in a.mentions}
    told = {
        e.trigger: {name[p.ref] for p in e.participants if p.role == "patient"}
        for e in a.events
        if e.type == "ANNOUNCE"
    }
    assert told == {
        "revealed": {"the Better Care Reconciliation Act"},
        "released": {"the Better Care Reconciliation Act"},
    }, told
