"""A denial of what is no event we know stands against sentences that assert what it denies:
the denied clause read as a proposition (who, the head of what is said, its other words) and
looked up in the store's sentences. Sentences of TheBlaze, National Review, The Washington
Times, Politico, CNN and NPR (AllSides 2016–2018)."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.resolve.contradictions.asserted import family, forms

LEAK_DENIAL = "He has denied leaking classified information."
LEAKED = (
    "Comey leaked at least one likely classified document, written on FBI equipment on FBI time, in a "
    "successful gambit to get a special counsel appointed."
)
TEAM_DENIAL = (
    "Some members of the special counsel's team have donated to Democrats in the past, but it is false "
    "to claim that the entire team is made up of Democrats."
)
ANGRY_DEMOCRATS = (
    "Trump has spent months portraying the Mueller investigation as a politically motivated witch hunt "
    'and slamming the special counsel\'s team as "13 Angry Democrats," and a subpoena fight would allow '
    "him to portray his presidency under an existential threat."
)


def test_word_families_join_forms_of_one_word():
    assert family("leaking") == family("leaked") == family("leaks") == family("leak")
    assert family("disclosure") == family("disclose")
    assert family("ties") == family("tie")
    assert family("leaking") != family("classified")
    assert "leaked" in forms("leaking") and "leak" in forms("leaking")


def test_a_denied_leak_meets_the_report_that_he_leaked(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"TheBlaze\n\nJames Comey gave four memos to a friend at Columbia. {LEAK_DENIAL}\n",
            "b": f"National Review\n\nThe former FBI director testified on Thursday. {LEAKED}\n",
        },
    )
    assert any(LEAK_DENIAL in side and LEAKED in side for side in reported_sides(store))


def test_someone_else_leaking_is_no_report_of_it(tmp_path):
    # McCabe leaked, not Comey: the person named nearest the head is not the one denying
    other = (
        "Ousted FBI Deputy Director Andrew McCabe improperly leaked classified information to a reporter "
        "and then lied to both his boss, then-Director James Comey, and to FBI agents."
    )
    store = ingest_texts(
        tmp_path,
        {
            "a": f"TheBlaze\n\nJames Comey gave four memos to a friend at Columbia. {LEAK_DENIAL}\n",
            "b": f"Washington Times\n\nThe inspector general released a report. {other}\n",
        },
    )
    assert not any(other in side for side in reported_sides(store))


def test_the_writers_own_denial_meets_the_claim_it_calls_false(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Politico\n\nMueller has hired 17 lawyers. {TEAM_DENIAL}\n",
            "b": f"CNN\n\nMueller wants to interview the president. {ANGRY_DEMOCRATS}\n",
        },
    )
    assert any(TEAM_DENIAL in side and ANGRY_DEMOCRATS in side for side in reported_sides(store))


def test_a_report_only_supposed_is_no_report(tmp_path):
    supposed = (
        "The White House press corps is going on the trip and will no doubt try to press him on why he "
        "really fired FBI Director James Comey, whether he leaked classified information to the Russians in "
        "an Oval Office meeting, and why he hired former national security adviser Mike Flynn."
    )
    store = ingest_texts(
        tmp_path,
        {
            "a": f"TheBlaze\n\nJames Comey gave four memos to a friend at Columbia. {LEAK_DENIAL}\n",
            "b": f"NPR\n\nTrump leaves for Saudi Arabia on Friday. {supposed}\n",
            "c": f"National Review\n\nThe former FBI director testified on Thursday. {LEAKED}\n",
        },
    )
    sides = reported_sides(store)
    assert any(LEAK_DENIAL in side and LEAKED in side for side in sides)
    assert not any(supposed in side for side in sides)
