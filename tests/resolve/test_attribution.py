"""Who asked for a contact, told differently: sentences of AllSides articles (2018) through the
real pipeline, and the reading of who asked on single sentences."""

from __future__ import annotations

import pytest
from tests.stores import ingest_texts

from storyline.resolve.contradictions.attribution import who_asked


@pytest.mark.parametrize(
    "text, asker",
    [
        (
            "Kim had requested a meeting with Moon to clarify what the “Trump model” meant, Yonhap news agency reported.",
            "Kim",
        ),
        # the name nearest the verb, not the one who says it
        (
            "Moon said Kim on Friday had requested to meet him “without any formality,” and the casual nature "
            "of the second meeting was “like a normal routine between friends.”",
            "Kim",
        ),
        (
            "Events have moved quickly, with Trump in March accepting Kim’s invitation to meet following months of "
            "sharply rising tension.",
            "Kim",
        ),
        ("Moon was invited to the summit in Pyongyang by the North Korean leader.", "Kim"),
        # no one: negated, planned, no contact asked for
        ("Trump had not requested a meeting with Kim, the White House said.", None),
        ("Trump may invite Kim Jong Un to the US for a meeting.", None),
        ("Sessions submitted his resignation at Trump’s request on Nov. 7.", None),
        # the negation in another clause than the asking (Comey, The Hill 2017, "the president"
        # read as Trump), a question, and the other named before as "him"
        (
            "Trump has also said that Comey asked for the meeting and that during dinner, Comey told him "
            "he was not the subject of an investigation.",
            "Comey",
        ),
        ("It was not Comey who asked for the dinner with Trump.", None),
        ("Is it true that Trump invited Comey to dinner?", None),
        ("Allies of Comey said Trump had summoned him to the White House for dinner.", "Trump"),
    ],
)
def test_who_asked_for_a_contact(text, asker):
    names = (
        ("Kim", "Moon")
        if "Moon" in text
        else ("Kim", "Trump")
        if "Kim" in text
        else ("Comey", "Trump")
        if "Comey" in text
        else ("Sessions", "Trump")
    )
    assert who_asked(text, *names) == asker


# articles written for the test in the form of the reports of December 2016's Trump Tower meeting
POST = (
    "Capital Post\n\nJared Kushner met Russian Ambassador Sergey Kislyak at Trump Tower on December 1, "
    "2016. Kislyak requested the meeting, Kushner told congressional investigators.\n"
)
TIMES = (
    "Metro Times\n\nJared Kushner met Sergey Kislyak at Trump Tower on December 1, 2016. Kushner asked "
    "for the meeting with Kislyak to set up a back channel, according to officials.\n"
)


def test_two_articles_naming_different_people_as_the_one_who_asked_are_one_attribution(tmp_path):
    store = ingest_texts(tmp_path, {"post": POST, "times": TIMES})
    ours = [k for k in store.contradictions().items if k.kind == "ATTRIBUTION"]
    assert len(ours) == 1
    k = ours[0]
    assert sorted(p.label for p in k.positions) == ["Jared Kushner asked", "Sergey Kislyak asked"]
    assert [len(p.reports) for p in k.positions] == [1, 1]
    assert len({r.doc for p in k.positions for r in p.reports}) == 2 and len(k.claims) >= 2
    assert "Jared Kushner" in k.question and "Sergey Kislyak" in k.question


def test_articles_agreeing_on_who_asked_make_no_attribution(tmp_path):
    agrees = TIMES.replace(
        "Kushner asked for the meeting with Kislyak", "Kislyak asked for the meeting with Kushner"
    )
    store = ingest_texts(tmp_path, {"post": POST, "times": agrees})
    assert not [k for k in store.contradictions().items if k.kind == "ATTRIBUTION"]


def test_the_one_who_asked_named_by_the_title_the_article_gives_them(tmp_path):
    # one article tells both accounts of one dinner, one of them naming the host by title only
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nPresident Henrik Daal met FBI Director Alina Marek for dinner at the "
            "White House on January 27, 2025. In a story on Thursday, allies of Marek said the president had "
            "summoned her to the White House for dinner. The president has also said that Marek asked for "
            "the dinner.\n",
            "b": "Capital Herald\n\nPresident Henrik Daal met Alina Marek at the White House in January, "
            "officials said.\n",
        },
    )
    [entry] = [c for c in store.contradictions().items if c.kind == "ATTRIBUTION"]
    labels = {p.label: [r.text for r in p.reports] for p in entry.positions}
    assert labels == {
        "Alina Marek asked": ["The president has also said that Marek asked for the dinner."],
        "Henrik Daal asked": [
            "In a story on Thursday, allies of Marek said the president had summoned her to the White House "
            "for dinner."
        ],
    }
