"""A denial of a report it tells in its own words ("denied an NBC News report that he asked to
dramatically expand the U.S. nuclear arsenal") stands against that report, told by the owner it
names, even when no other sentence of the store tells it. Sentences of AllSides 2016–2018
articles outside every contradictions bench (The Hill, Fox News, Newsmax, Breitbart, The Washington
Times)."""

from __future__ import annotations

import pytest
from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search
from storyline.resolve.contradictions.words import CARRIED

NBC = (
    "President Trump on Wednesday forcefully denied an NBC News report that he asked to dramatically "
    "expand the U.S. nuclear arsenal and suggested he might pull the network’s broadcasting license."
)
NYT = (
    "A lawyer for Donald Trump Jr. late Monday dismissed a New York Times report that the president's "
    "eldest son knew that potentially damaging information on Hillary Clinton was offered as part of a "
    "Russian government effort to assist his father in last year's election."
)
FLAKE = "Flake also rejected the president’s claim that “Democrats don’t really want” a deal."
# a relative clause of what the report did, and claims of no one
PROMPTED = "Rosenstein has vigorously denied the report that prompted wide speculation that he could resign or be fired."
MANY_SOURCES = (
    "The purpose of these tweets is to degrade public trust in the news media — that includes events like "
    "sending the Secretary of State out to deny a story that was reported by multiple sources over a "
    "period of months."
)
NO_ONE = "Trump dismissed the claims that his advisers had close ties to Russia in a tweet Wednesday."


@pytest.mark.parametrize(
    ("denied", "owner"),
    [
        ("an NBC News report that he asked to dramatically expand the U.S. nuclear arsenal", "NBC News"),
        ("a CNN report that quoted an immigration lawyer saying a mother claimed her baby was taken", "CNN"),
        ("the Times report that his transition team is in flux,", "Times"),
        ("the Republican claim that the DOJ tried to corroborate Steele’s allegations", "Republican"),
        ("the president’s claim that “Democrats don’t really want” a deal", "president’s"),
        (
            "a claim by the transition lawyer that the late GSA general counsel made a commitment",
            "the transition lawyer",
        ),
        ("the report that their conversation had included a request by the U.S. president-elect", None),
    ],
)
def test_a_report_told_with_what_it_says_is_carried(denied, owner):
    m = CARRIED.match(denied)
    assert m is not None
    assert (m["who"] or m["owner"] or m["by"] or "").strip() == (owner or "")


@pytest.mark.parametrize(
    "denied",
    [
        "the report that prompted wide speculation that he could resign or be fired",
        "a story that was reported by multiple sources over a period of months",
        "the claims that his advisers had close ties to Russia in a tweet Wednesday",
        "the claim saying that initial analysis show that the tremor was “unlike man-made.”",
        "reports that Abboud was story-shopping",
    ],
)
def test_a_report_that_does_not_say_what_it_tells_is_not(denied):
    assert CARRIED.match(denied) is None


def _entries(tmp_path, texts):
    store = ingest_texts(tmp_path, texts)
    return resolve(list(store.resolution_input()), store_search(store)).contradictions


def test_the_outlet_named_is_the_other_side(tmp_path):
    found = _entries(
        tmp_path,
        {
            "hill": "The Hill\n\n" + NBC + " The news network on Wednesday reported the president’s request.",
            "fox": ("Fox News\n\n" + NYT + " The White House referred questions to the president's son."),
            "newsmax": "Newsmax\n\nThe Senate is divided. " + FLAKE,
        },
    )
    sides = {(k.positions[0].reports[0].text, r.speaker_name) for k in found for r in k.positions[1].reports}
    assert (NBC, "NBC News") in sides
    assert (NYT, "New York Times") in sides
    assert any(text == FLAKE for text, _ in sides)


def test_no_report_is_carried_by_a_relative_clause_or_by_no_one(tmp_path):
    found = _entries(
        tmp_path,
        {
            "hill": "The Hill\n\nThe deputy attorney general met the president. " + PROMPTED,
            "opinion": "Breitbart\n\n" + MANY_SOURCES,
            "times": "Washington Times\n\n" + NO_ONE,
        },
    )
    assert not [
        k
        for k in found
        if any(r.text in (PROMPTED, MANY_SOURCES, NO_ONE) for p in k.positions for r in p.reports)
    ]


# a denied clause of two words told whole in the denial's own article (set c of
# bench/contradictions_unseen.py, dev: The Hill)
TONKO = (
    "Rep. Paul Tonko (D-N.Y.) pressed Pruitt on documents that seem to show that Pruitt knew of the raises "
    "and approved them, even though his chief of staff, Ryan Jackson, signed off on them."
)
PRUITT = (
    "Pruitt earlier this month denied to Fox News’s Ed Henry that he knew of the raises and said he "
    "reversed them as soon as he learned."
)


def test_a_two_word_clause_told_whole_in_the_same_article_is_a_report(tmp_path):
    found = _entries(
        tmp_path,
        {
            "hill": (
                "The Hill\n\nEPA Administrator Scott Pruitt testified on Thursday. The EPA gave big raises to "
                "Millan Hupp and Sarah Greenwalt, two longtime aides of Pruitt’s who came to the EPA with him "
                "from Oklahoma. " + TONKO + " Tonko repeatedly asked Pruitt if that meant he approved of the "
                "raises, but Pruitt didn’t directly answer. " + PRUITT
            )
        },
    )
    sides = [{r.text for p in k.positions for r in p.reports} for k in found]
    assert any({TONKO, PRUITT} <= s for s in sides)
