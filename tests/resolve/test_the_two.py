"""A denial whose clause is about "the two" people its sentence names as a pair ("An AP report on
Comey and Mueller said …, although it is disputed that the two are close friends") stands against
the sentences telling the pair as so ("Trump’s allies have described Mueller and Comey as close
friends"). Sentences of a Daily Caller and a Hill article of the main bench's dev part
(bench/contradictions.py)."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

DISPUTED = (
    "An AP report on Comey and Mueller said they “served closely alongside each other in the Bush "
    "administration Justice Department” and “have spoken warmly of each other,” although it is disputed "
    "that the two are close friends."
)
FRIENDS = (
    "Trump’s allies have described Mueller and Comey as close friends and have drawn attention to "
    "Democratic donations from some of the lawyers on the special counsel."
)
LEAD_A = (
    "A Republican member of the House Judiciary Committee says special counsel Robert Mueller is legally "
    "required to resign over his relationship with former FBI Director James Comey."
)
LEAD_B = (
    "Special counsel Robert Mueller has impaneled a grand jury in Washington to investigate Russia’s "
    "interference in the 2016 election."
)


def test_the_two_named_as_a_pair_are_who_the_denied_clause_is_about(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"The Daily Caller\n\n{LEAD_A} {DISPUTED}\n",
            "b": f"The Hill\n\n{LEAD_B} {FRIENDS}\n",
        },
    )
    assert any(
        "the two are close friends" in " ".join(side) and FRIENDS in side for side in reported_sides(store)
    )
