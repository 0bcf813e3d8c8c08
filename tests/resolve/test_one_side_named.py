"""A report of an exchange that names one side only ("Donald Trump Jr. ... met last summer with a
Russian lawyer") is the exchange of that side that other reports tell, when that side is not
someone every article names: sentences of the AllSides reports of Donald Trump Jr.'s June 2016
Trump Tower meeting (July 2017, bench/data/dedup_allsides.json, trump_jr_meeting)."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

NAMED = {
    # Vox, 2017-07-09
    "vox": (
        "2017-07-09",
        "Then on June 9, 2016, Donald Trump Jr., campaign chair Paul Manafort, and campaign adviser (and "
        "Trump son-in-law) Jared Kushner met at Trump Tower with Natalia Veselnitskaya, a Russian lawyer.",
    ),
    # The Daily Caller, 2017-07-10
    "caller": (
        "2017-07-10",
        "It was recently revealed that Trump Jr. had met with Natalia Veselnitskaya, a Russian lawyer, on "
        "June 9, 2016 because she had promised him that she had damaging information that might hurt "
        "Hillary Clinton’s presidential campaign.",
    ),
    # The Hill, 2017-07-12
    "hill": (
        "2017-07-12",
        "But he insisted that the story would burn itself out within days, pointing to the fact that the "
        "promised information on Clinton was apparently not forthcoming when Trump Jr., along with "
        "then-campaign chairman Paul Manafort and the president’s son-in-law Jared Kushner, met with "
        "Russian lawyer Natalia Veselnitskaya on June 9, 2016.",
    ),
}
# Fox Online News, 2017-07-10: the lawyer unnamed
ONE_SIDE = (
    "2017-07-10",
    "The report comes as Trump and his family separately are grappling with a New York Times report that "
    "Donald Trump Jr. and other members of the president’s inner circle met last summer with a Russian "
    "lawyer with the expectation of getting “damaging information” about Hillary Clinton.",
)


def _docs(items: dict[str, tuple[str, str]]) -> list[Document]:
    out = []
    for key, (day, text) in items.items():
        c = clean_text(text)
        out.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    return out


def test_a_meeting_told_with_one_side_joins_that_sides_meeting():
    analyses = list(analyse(_docs({**NAMED, "fox": ONE_SIDE})))
    meets = {a.doc.id: [e.id for e in a.events if e.type == "MEET"] for a in analyses}
    assert all(meets.values()), meets
    held = {m: ev.id for ev in resolve(analyses).events for m in ev.members}
    told = {held[m] for key in NAMED for m in meets[key]}
    assert len(told) == 1, "the three reports naming both sides are one meeting"
    assert {held[m] for m in meets["fox"]} == told
