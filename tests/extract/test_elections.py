"""Election results, nominations and announced acts on real sentences parsed by the model, quoted
from the AllSides articles that report Karen Handel's and Greg Gianforte's special-election wins,
Trump's nomination of Neil Gorsuch and Sessions' recusal (bench/data/dedup_allsides.json), and
sentences of the same store where the same words mean something else."""

from __future__ import annotations

import pytest

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document


def _events(text: str, kind: str) -> list[tuple[str, dict[str, str], bool]]:
    """(trigger, participant text -> role, happened) of each event of that kind in text."""
    c = clean_text(text)
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published="2017-06-21"
    )
    (a,) = analyse([doc])
    text_of = {m.id: m.text for m in a.mentions}
    return [
        (e.trigger, {text_of[p.ref]: p.role for p in e.participants}, e.factuality.happened and not e.negated)
        for e in a.events
        if e.type == kind
    ]


RESULTS = [
    # the winner acts, the loser undergoes, whichever side the report names
    (
        "Mrs. Handel defeated Mr. Ossoff, a former congressional aide and documentary filmmaker, by a "
        "52.6 percent to 47.4 percent margin.",
        "defeated",
        {"Handel": "agent", "Ossoff": "patient"},
    ),
    (
        "Since Jon Ossoff lost to Karen Handel on Tuesday night, a few congressional Democrats have "
        "started to talk about changing the top leadership in the caucus.",
        "lost",
        {"Karen Handel": "agent", "Jon Ossoff": "patient"},
    ),
    ("“Nancy Pelosi is not the only reason that Ossoff lost.", "lost", {"Ossoff": "patient"}),
    (
        "Republican Greg Gianforte muscled his way to victory in Montana, overcoming a challenge from "
        "Democrat Rob Quist and an election-eve scuffle with a reporter that led to a criminal charge "
        "being filed against him.",
        "victory",
        {"Greg Gianforte": "agent"},
    ),
    (
        "Trump also implied that the special election in Montana between Democrat Rob Quist and "
        "Republican Greg Gianforte was poorly covered, given that Gianforte won the race.",
        "won",
        {"Gianforte": "agent"},
    ),
]


@pytest.mark.parametrize("text,word,roles", RESULTS)
def test_a_race_won_or_lost_is_an_election_result(text, word, roles):
    found = [(r, ok) for t, r, ok in _events(text, "ELECT") if t == word]
    assert found, f"no ELECT on {word!r}"
    got, happened = found[0]
    assert happened
    for name, role in roles.items():
        assert any(name in k and v == role for k, v in got.items()), got


OTHER_SENSES = [
    # winning voters over, a preview's condition, criticism: no election result
    (
        "In a suburban Atlanta district filled with upper-income and highly educated voters, Handel "
        "managed to win over Republican voters who had cooled on Trump."
    ),
    "Leading Democrats on Capitol Hill slammed Trump's budget blueprint as wrongheaded.",
]


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_other_senses_are_no_result(text):
    assert _events(text, "ELECT") == []
    assert _events(text, "ATTACK") == []


def test_a_preview_of_a_race_is_not_a_result():
    text = "If Ossoff wins, how much of it do you think has to do with the Republican health bill?"
    assert all(not ok for _, _, ok in _events(text, "ELECT"))


def test_an_assault_on_a_reporter_is_an_attack():
    text = (
        "Spicer was also asked about incidents of violence against reporters, including in Montana, "
        "when the Guardian’s Ben Jacobs was assaulted by Republican congressman-elect Greg Gianforte."
    )
    ((_, roles, happened),) = [x for x in _events(text, "ATTACK") if x[0] == "assaulted"]
    assert happened
    assert any("Gianforte" in k and v == "agent" for k, v in roles.items())
    assert any("Jacobs" in k and v == "patient" for k, v in roles.items())


NOMINATIONS = [
    (
        "President Trump on Tuesday selected Neil Gorsuch to succeed Antonin Scalia on the Supreme "
        "Court, setting up a nasty confirmation battle with Senate Democrats.",
        "selected",
    ),
    ("Why Trump chose Neil Gorsuch as his Supreme Court nominee.", "chose"),
    (
        "President Trump nominated federal Judge Neil Gorsuch to the Supreme Court on Tuesday, choosing "
        "a jurist widely seen by conservatives as a fitting successor to the late Scalia.",
        "nominated",
    ),
]


@pytest.mark.parametrize("text,word", NOMINATIONS)
def test_a_pick_for_a_court_is_a_nomination_of_the_one_picked(text, word):
    ((_, roles, happened),) = [x for x in _events(text, "NOMINATE") if x[0] == word]
    assert happened
    assert any("Gorsuch" in k and v == "patient" for k, v in roles.items())
    # the court is the post, not a participant: two nominees to one court are two choices
    assert not any("Court" in k for k in roles)


ANNOUNCED = [
    (
        "Attorney General Jeff Sessions, stung by disclosures he met with the Russian ambassador to the "
        "United States last year, announced last week he would recuse himself from any investigation "
        "involving the Trump campaign in which he worked.",
        "RECUSE",
    ),
    (
        "But the future of 2015 accord now hangs in the balance after US President Donald Trump "
        "announced Thursday he would withdraw from the agreement.",
        "WITHDRAW",
    ),
]


@pytest.mark.parametrize("text,kind", ANNOUNCED)
def test_an_act_announced_as_what_one_would_do_is_done(text, kind):
    assert [ok for _, _, ok in _events(text, kind)] == [True]


def test_a_resignation_one_said_one_would_make_lies_ahead():
    text = "Rather than go along with the group’s demands, Boehner said he would resign the following month."
    assert [ok for _, _, ok in _events(text, "RESIGN")] == [False]


# Emmanuel Macron's win over Marine Le Pen (May 7, 2017), as four AllSides reports tell it
# (bench/data/dedup_allsides.json, macron_wins): the loser named by an "of" or by an apposition
# to "candidate"
MACRON = [
    (
        "WASHINGTON — Former secretary of State Condoleezza Rice warns against feeling reassured by the "
        "defeat of far-right candidate Marine Le Pen in the French presidential election Sunday.",
        "defeat",
    ),
    (
        "The pro-EU centrist Emmanuel Macron has vowed to unite a divided and fractured France after "
        "winning a decisive victory over the far-right Front National candidate Marine Le Pen in the "
        "country’s presidential election.",
        "victory",
    ),
]


@pytest.mark.parametrize("text,word", MACRON)
def test_the_loser_of_a_race_is_its_patient_however_named(text, word):
    found = [(r, ok) for t, r, ok in _events(text, "ELECT") if t == word]
    assert found, f"no ELECT on {word!r}"
    roles, happened = found[0]
    assert happened
    assert any("Pen" in k and v == "patient" for k, v in roles.items()), roles


BEATEN = [
    # Reason, 2017-05-08: no race word, but a campaign
    (
        "Emmanuel Macron, the former economy minister who pushed liberalization under President Francois "
        "Hollande, roundly defeated the National Front's Marine Le Pen, who campaigned on an "
        "anti-immigration, big government platform.",
        "defeated",
    ),
    # Fox News, 2017-05-07: the one beaten a candidate, named in apposition
    (
        "Emmanuel Macron, the centrist and political newcomer, defeated far-right candidate Marine Le Pen "
        "Sunday to win the French presidential election.",
        "defeated",
    ),
    # Reuters, 2017-05-08: a leader, named in apposition
    (
        "REUTERS/Jean-Paul Pelissier Macron, a former economy minister who had never previously stood for "
        "elected office, beat far-right leader Marine Le Pen by 66 percent to 34 - a gap well above the 20 "
        "or so percentage points that surveys had predicted.",
        "beat",
    ),
]
# the photo credit runs into Reuters' sentence, and the NER makes the winner an organisation there


@pytest.mark.parametrize("text,word", BEATEN)
def test_defeating_a_candidate_is_a_race_won(text, word):
    # (the NER tags "Marine Le" a person and not "Pen" in these, so the loser goes unnamed)
    ((_, roles, happened),) = [x for x in _events(text, "ELECT") if x[0] == word]
    assert happened
    if word == "defeated":
        assert any("Macron" in k and v == "agent" for k, v in roles.items()), roles


LOSSES_OF_OTHER_THINGS = [
    # an "of" that names no candidate, or a beating told with no race in sight
    "The loss of jobs in coal country has been steady for a decade, the report said.",
    "The defeat of ISIS in Mosul will not end the threat, the general told reporters.",
]


@pytest.mark.parametrize("text", LOSSES_OF_OTHER_THINGS)
def test_a_loss_of_something_else_is_no_result(text):
    assert _events(text, "ELECT") == []


def test_announcing_someone_as_ones_pick_is_a_nomination():
    # Vox, 2018-03-13: the "as" hangs on the one announced
    text = (
        "When Trump announced Tillerson as his pick for secretary of state, back in December 2016, the "
        "foreign policy community was split on the appointment."
    )
    ((_, roles, happened),) = [x for x in _events(text, "NOMINATE") if x[0] == "announced"]
    assert happened
    assert any("Tillerson" in k and v == "patient" for k, v in roles.items())


def test_ones_first_nomination_is_made_by_one_and_the_court_is_no_party():
    # USA TODAY, 2017-01-31: "his" is the president who nominates, "Supreme Court" the post
    text = (
        "WASHINGTON — For his first Supreme Court nomination, President Trump wanted as staunch a "
        "conservative as he could get confirmed."
    )
    ((_, roles, _),) = [x for x in _events(text, "NOMINATE") if x[0] == "nomination"]
    assert not any("Court" in k for k in roles), roles
    assert all(v != "patient" for v in roles.values()), roles


CHOICES_ANNOUNCED = [
    # The Hill, 2018-07-10 (Kavanaugh): the choice is announced by its noun
    (
        "The mood outside the Supreme Court soured quickly throughout the evening, as protesters "
        "screamed and jostled in a markedly hostile atmosphere after Trump announced his selection.",
        "Trump",
    ),
    # 2016-04-27 (Cruz's running mate): "his pick"
    (
        "It was a surreal scene, as Cruz announced his pick with all the pomp and circumstance of a "
        "presidential nominee, even as the contest threatened to slip from his grasp.",
        "Cruz",
    ),
]


@pytest.mark.parametrize("text,agent", CHOICES_ANNOUNCED)
def test_announcing_ones_selection_is_the_choice(text, agent):
    ((_, roles, happened),) = [x for x in _events(text, "NOMINATE") if x[0].startswith("announc")]
    assert happened
    assert roles.get(agent) == "agent"


def test_a_selection_of_things_is_no_choice_of_a_person():
    assert _events("Apple announced a selection of new phones on Tuesday.", "NOMINATE") == []


def test_the_one_announced_as_a_post_is_chosen_however_the_parse_hangs_him():
    # CNN, 2017-02-20: the parse makes McMaster the subject of "became", not the one announced
    text = (
        'After Trump announced McMaster as his national security adviser, "Dereliction of Duty" '
        "became an instant best-seller on Amazon."
    )
    ((_, roles, happened),) = [x for x in _events(text, "APPOINT") if x[0] == "announced"]
    assert happened
    assert roles == {"Trump": "agent", "McMaster": "patient"}
