"""A denial by someone accused just before in its article stands against the accusation
(real sentences of a Washington Times article of the AllSides 2016–2018 set)."""

from __future__ import annotations

from tests.records import rows
from tests.stores import ingest_texts

ACCUSED = (
    "Mr. Steele’s Russian sources accused Mr. Trump’s attorney, Michael Cohen, of attending a meeting "
    "with Russian agents in Prague to cover up their role in Moscow’s hacking."
)
DENIED = "Mr. Cohen has said he has never been to Prague and was in California at the time."


def test_a_denial_answers_the_accusation_told_just_before_it(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Washington Times\n\nOther dossier targets vehemently deny the dirt thrown by the Kremlin "
            f"sources.\n\n{ACCUSED} {DENIED}\n"
        },
    )
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"]
    assert [r["text"] for r in denies["reports"]] == [DENIED]
    assert [r["text"] for r in reports["reports"]] == [ACCUSED]
    # an accusation says what someone charges, not that it happened
    assert reports["reports"][0]["basis"] == "second-hand"


def test_an_accusation_in_another_article_is_not_what_a_denial_answers(tmp_path):
    store = ingest_texts(
        tmp_path,
        {"a": f"Washington Times\n\n{ACCUSED}\n", "b": f"Fox News\n\nWe asked again. {DENIED}\n"},
    )
    assert rows(store.contradictions()) == []


# New York Times, April 15, 2018: the dossier's allegations about Mr. Trump, then his denial as
# Comey told it
ALLEGED = (
    "It was at the end of the meeting that Mr. Comey said he asked to speak to Mr. Trump alone to "
    "brief him on the salacious “Steele dossier,” which contains unverified allegations about Mr. "
    "Trump, including a claim that the Russian government has video recordings of him watching "
    "prostitutes urinate on one another in a Moscow hotel room in 2013."
)
TOLD_DENIAL = "Mr. Comey said Mr. Trump denied the allegations that day, saying, “Do I look like a guy who needs hookers?”"


def test_a_denial_of_the_allegations_stands_against_the_allegations_told_about_him(tmp_path):
    store = ingest_texts(tmp_path, {"a": f"New York Times\n\n{ALLEGED}\n\n{TOLD_DENIAL}\n"})
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"]
    assert [r["text"] for r in denies["reports"]] == [TOLD_DENIAL]
    assert [r["text"] for r in reports["reports"]] == [ALLEGED]


def test_one_persons_denials_of_allegations_told_alike_are_one_disagreement(tmp_path):
    # CNN, April 2018: the same allegation in other words, denied in other words
    cnn_report = (
        "The hotel room reference was apparently in regard to a claim that Russian authorities "
        "recorded Trump watching prostitutes urinate in a hotel suite."
    )
    cnn_denial = "There is no indication that such a tape exists and Trump has vehemently denied it."
    store = ingest_texts(
        tmp_path,
        {
            "a": f"New York Times\n\n{ALLEGED}\n\n{TOLD_DENIAL}\n",
            "b": f"CNN\n\nComey described the meeting on Sunday. {cnn_report} {cnn_denial}\n",
        },
    )
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"]
    assert {r["text"] for r in denies["reports"]} == {TOLD_DENIAL, cnn_denial}
    assert {r["text"] for r in reports["reports"]} == {ALLEGED, cnn_report}
