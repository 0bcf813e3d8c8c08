"""The accused's denial against the accuser's accusation (ACCUSE events, extract/accusations.py):
real sentences of a USA TODAY and a Fox News article of the AllSides 2016–2018 set (set "d" of
bench/contradictions_unseen.py, its dev part)."""

from __future__ import annotations

from tests.records import rows
from tests.stores import ingest_texts

from storyline.resolve.contradictions.accused import ANSWERED, denies_charges

CALLED = (
    "President Trump called Sunday for a congressional investigation of his claims that predecessor "
    "Barack Obama had him wiretapped during last year's election."
)
ACCUSED = (
    '"Reports concerning potentially politically motivated investigations immediately ahead of the 2016 '
    'election are very troubling," White House spokesman Sean Spicer said in a statement a day after '
    "Trump accused Obama — without evidence — of having Trump Tower in New York wiretapped in connection "
    "with an investigation of Russia."
)
SPOKESMAN = (
    "A spokesman for Obama said Trump's claim is false, and noted that presidents do not have the legal "
    "authority to authorize wiretaps in any case."
)
OTHERS = "Other Obama representatives also denied Trump's allegation."
# a Fox News article: the accused denies what is alleged, in words of his own
OBAMA = (
    "Obama, who denied authorizing wiretaps on anybody and would be prevented by law from doing so in any "
    'case, did make the "flexibility" comment during a discussion with then-Russian President Dmitri '
    "Medvedev ahead of the 2012 election."
)


def test_the_accused_denying_what_is_alleged_stands_against_the_accusation(tmp_path):
    # "denied authorizing wiretaps" against "accused Obama … of having Trump Tower … wiretapped"
    store = ingest_texts(
        tmp_path,
        {
            "a": f"USA TODAY\n\n{CALLED} {ACCUSED}\n",
            "b": f"Fox News\n\nThe president spoke on Sunday. {OBAMA}\n",
        },
    )
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"][:2]
    assert [r["text"] for r in denies["reports"]] == [OBAMA]
    assert [r["text"] for r in reports["reports"]] == [ACCUSED]
    assert k["kind"] == "DENIAL"


def test_an_accusation_of_someone_else_is_not_what_the_denial_answers(tmp_path):
    # the same denial, the accusation made against another: nothing the denier is accused of
    store = ingest_texts(
        tmp_path,
        {
            "a": f"USA TODAY\n\n{ACCUSED.replace('accused Obama', 'accused Comey')}\n",
            "b": f"Fox News\n\nThe president spoke on Sunday. {OBAMA}\n",
        },
    )
    assert rows(store.contradictions()) == []


def test_the_accuseds_spokesman_denying_the_claim_is_one_entry(tmp_path):
    # found before by the words' routes: the accusation route adds no second entry
    store = ingest_texts(tmp_path, {"a": f"USA TODAY\n\n{CALLED} {ACCUSED}\n\n{SPOKESMAN}\n"})
    (k,) = [
        k
        for k in rows(store.contradictions())
        if any(SPOKESMAN in r["text"] for p in k["positions"] for r in p["reports"])
    ]
    denies, reports = k["positions"][:2]
    assert [r["text"] for r in denies["reports"]] == [SPOKESMAN]
    assert ACCUSED in [r["text"] for r in reports["reports"]]
    assert k["kind"] == "DENIAL"


def test_a_denial_of_the_accusers_allegation_answers_it_in_other_articles(tmp_path):
    # "denied Trump's allegation": Trump's accusation of Obama, told in another outlet
    store = ingest_texts(
        tmp_path,
        {
            "a": f"USA TODAY\n\n{CALLED} {ACCUSED}\n",
            "b": f"Fox News\n\nObama's director of national intelligence spoke on Sunday. {OTHERS}\n",
        },
    )
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"][:2]
    assert [r["text"] for r in denies["reports"]] == [OTHERS]
    assert ACCUSED in [r["text"] for r in reports["reports"]]


# USA TODAY, November 2017 (set a's dev part): an accusation, then the accused's denial of "the allegations"
BRUNTON = "Brunton alleges Takei groped him in the actor's Los Angeles condominium in 1981."
TAKEI = (
    'Takei denied the allegations in a series of tweets on Nov. 11, writing, "The events he describes back '
    'in the 1980s simply did not occur, and I do not know why he has claimed them now."'
)


def test_a_denial_of_the_allegations_answers_the_accusation_just_before_it(tmp_path):
    store = ingest_texts(tmp_path, {"a": f"USA TODAY\n\n{BRUNTON} {TAKEI}\n"})
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"][:2]
    assert [r["text"] for r in denies["reports"]] == [TAKEI]
    assert [r["text"] for r in reports["reports"]] == [BRUNTON]


def test_accusers_no_one_names_are_answered_too(tmp_path):
    # Washington Times, November 2017 (set a's dev part): "three women", no accuser named
    claim = "Another three women also claim Mr. Moore pursued them as teenagers as well."
    denial = "Mr. Moore denied the allegations in an email to supporters on Thursday."
    store = ingest_texts(tmp_path, {"a": f"Washington Times\n\n{claim} {denial}\n"})
    (k,) = rows(store.contradictions())
    denies, reports = k["positions"][:2]
    assert [r["text"] for r in denies["reports"]] == [denial]
    assert [r["text"] for r in reports["reports"]] == [claim]


def test_a_charge_named_beside_a_denial_of_something_else_is_not_what_it_denies(tmp_path):
    # The Hill, 2018 (set c's dev part): the denial is of knowing things done on his behalf, not of
    # "those accusations" the lawmakers asked about; an accusation told with his answer is answered
    storm = (
        "Pruitt’s tenure has been marked by controversy, a storm of accusations that he denounced in "
        "congressional testimony as “fiction” concocted by his opponents."
    )
    pressed = (
        "When lawmakers pressed him about those accusations and others in his late April testimony, Pruitt "
        "often shifted blame to top aides and denied knowledge of things that were done on his behalf."
    )
    store = ingest_texts(
        tmp_path, {"a": f"The Hill\n\n{pressed}\n", "b": f"USA TODAY\n\n{BRUNTON} {TAKEI}\n"}
    )
    denials = {c.text: c for a in store.resolution_input() for c in a.claims if c.stance == "DENY"}
    assert not denies_charges(denials[pressed])
    assert denies_charges(denials[TAKEI])
    assert ANSWERED.search(storm) and not ANSWERED.search(BRUNTON)
