"""A denial of having known of something against the sentences saying the denier knew of it, and
a denier named only by a title ("The president has repeatedly denied …"). Sentences of Reuters,
Vox, The Guardian, CNN, Fox News, USA TODAY, Politico and The New York Times (AllSides 2016–2018);
those of the unit tests are from articles outside the contradictions benches."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.model import Claim
from storyline.resolve.contradictions.knowledge import knew_of, knowledge_denied
from storyline.resolve.contradictions.speakers import principal


def _deny(text: str) -> Claim:
    return Claim(id="d", sent=0, stance="DENY", text=text, start=0, end=len(text), doc="x")


def test_what_a_denial_of_knowing_says_was_not_known():
    said = {
        "Trump, last month, had denied having any knowledge about the payment to Daniels in the weeks "
        "leading up to Election Day.": "payment",
        "Stone later denies any direct contact with Assange or having advance knowledge of the document dumps.": "dumps",
        "Clinton and her campaign chairman John Podesta have also denied knowing anything about the dossier.": "dossier",
        "Abedin also denied knowing about Clinton’s server until leaving the State Department in 2013.": "server",
        "The President has denied he knew about the meeting beforehand.": "meeting",
        # pointing back, or a question of who or what: no thing named
        "The president has denied knowing anything about it at the time.": None,
        "He said Trump was mocking his disability; Trump denied knowing who Kovaleski was.": None,
        "During each of today’s meetings, the Saudi leadership strongly denied any knowledge of what took "
        "place in their consulate in Istanbul.": None,
        # knowledge said, not denied: far from the negation it is no part of
        "The former New York City mayor said Trump did not know about the specifics of the payment, but did "
        "have general knowledge of the agreement.": None,
    }
    for text, thing in said.items():
        assert knowledge_denied(_deny(text)) == thing, text


def test_a_sentence_saying_someone_knew_of_it():
    # told, even as someone's account
    assert knew_of(
        "They said that, according to Cohen, Donald Trump himself knew in advance about his son Don Jr.’s "
        "secret meeting with a Russian delegation during the 2016 campaign.",
        "Trump",
        "meeting",
    )
    assert knew_of(
        "Cohen’s lawyer is walking back his assertions that his client could tell a special prosecutor that "
        "Trump had prior knowledge of a meeting with a Russian lawyer to get damaging information on "
        "Hillary Clinton.",
        "Trump",
        "meeting",
    )
    # doubted, denied, asked, or someone else's knowledge
    assert not knew_of(
        "Michaels Cohen’s attorney clarified the record, saying his client does not know if President Trump "
        "knew about the Trump Tower meeting.",
        "Trump",
        "meeting",
    )
    assert not knew_of(
        "Mueller’s staff told Trump’s legal team that they want to ask Trump about why he fired FBI Director "
        "James Comey and what Trump knew about contacts between his team and Russian officials.",
        "Trump",
        "contacts",
    )
    assert not knew_of(
        "He then also fired Tillerson’s chief spokesman for denying the White House line that Tillerson knew "
        "about the firing plans in advance.",
        "Tillerson",
        "plans",
    )
    assert not knew_of("Trump Jr. knew about the meeting in advance.", "Trump", "meeting")
    # the thing named only beside another: the payment, not the money denied
    assert not knew_of(
        "Evidence suggests Cohen was also aware of an earlier hush money payment to another woman alleging "
        "an affair with Trump, Karen McDougal.",
        "Cohen",
        "money",
    )


DENIAL = "The president has repeatedly denied any advance knowledge of the meeting."
KNEW = (
    "They said that, according to Cohen, Donald Trump himself knew in advance about his son Don Jr.’s "
    "secret meeting with a Russian delegation during the 2016 campaign."
)
OTHER_MEETING = (
    "Its list of donors includes Trump, who gave between $100,000 and $250,000 in 2009 and has attended "
    "a meeting of the Clinton Global Initiative."
)


def test_the_president_denying_knowledge_of_the_meeting_meets_those_saying_he_knew(tmp_path):
    # "The president" names Trump: the article gives no one the title, but he bears it in two
    # others and no one else it names does; what he denies is knowing of the meeting, not
    # being at a meeting
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Fox News\n\nDonald Trump spoke on Monday. {DENIAL}\n",
            "b": f"CNN\n\nPresident Donald Trump was in Ohio. {KNEW}\n",
            "c": f"The Guardian\n\nPresident Trump gave money. {OTHER_MEETING}\n",
        },
    )
    sides = reported_sides(store)
    assert any(DENIAL in side and KNEW in side for side in sides)
    assert not any(DENIAL in side and OTHER_MEETING in side for side in sides)


def test_whom_a_denying_speaker_speaks_for():
    # the speakers of denials in AllSides articles outside the benches: the denial is the principal's
    speaks_for = {
        "A spokesperson for Kerry": "Kerry",  # "… dismissed Trump's tweet"
        "Boehner's representatives": "Boehner",  # "… denied he was leaving"
        "A spokesman for Bush": "Bush",  # "… denied that the former president was criticizing Trump"
        "Burnett’s representatives": "Burnett",  # "… adamantly denied rumors of his involvement"
        "Pence's spokesperson": "Pence",  # "… on Saturday dismissed the report"
        "Stockley’s lawyer": "Stockley",  # "… dismissed the comment"
        "Manafort’s legal team": "Manafort",  # "… has disputed"
        "Other Obama representatives": "Obama",  # "… also denied Trump's allegation"
        # no one spoken for
        "Legal experts": None,
        "The Trump transition team": None,
    }
    for speaker, name in speaks_for.items():
        assert (principal(speaker) or (None,))[0] == name, speaker
