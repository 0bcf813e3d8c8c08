"""A meeting that names none of its parties, in a sentence naming one side of an exchange several
reports tell, is that exchange: on sentences of dev reports in bench/data/dedup_allsides.json
(trump_jr_meeting, Donald Trump Jr.'s meeting with Natalia Veselnitskaya of June 9, 2016). "a
meeting with a Russian lawyer" links no one (the lawyer is unnamed), so the parse gives the
mention no participant and it stayed an event of one article. Not when the sentence names
someone the exchange's reports do not."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

TOLD = {
    # Vox, 2017-07-09
    "vox": (
        "2017-07-09",
        "Then on June 9, 2016, Donald Trump Jr., campaign chair Paul Manafort, and campaign adviser (and Trump "
        "son-in-law) Jared Kushner met at Trump Tower with Natalia Veselnitskaya, a Russian lawyer.",
    ),
    # The Daily Caller, 2017-07-10
    "dc": (
        "2017-07-10",
        "It was recently revealed that Trump Jr. had met with Natalia Veselnitskaya, a Russian lawyer, on June "
        "9, 2016 because she had promised him that she had damaging information that might hurt Hillary "
        "Clinton’s presidential campaign.",
    ),
    # Vox, 2017-07-14
    "vox2": (
        "2017-07-14",
        "He also attended Donald Trump Jr.’s June 2016 meeting with Russian attorney Natalia Veselnitskaya, "
        "before which Trump was promised dirt on Hillary Clinton that came from the Russian government.",
    ),
}
# Guest Writer, 2017-07-14
UNNAMED = {
    "gw": ("2017-07-14", "Donald Trump Jr. released his e-mail chain about a meeting with a Russian lawyer."),
}


def _meeting_docs(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kinds = {e.id: e.type for a in analyses for e in a.events}
    return [
        {doc_of[m] for m in ev.members} for ev in res.events if any(kinds[m] == "MEET" for m in ev.members)
    ]


def test_an_unnamed_meeting_in_a_sentence_naming_one_side_is_the_exchange():
    assert any({"vox", "dc", "vox2", "gw"} <= g for g in _meeting_docs({**TOLD, **UNNAMED}))


def test_not_when_the_sentence_names_someone_else():
    other = {
        "gw": ("2017-07-14", "Ivanka Trump released her e-mail chain about a meeting with a Russian lawyer.")
    }
    assert not any({"vox", "gw"} <= g for g in _meeting_docs({**TOLD, **other}))
