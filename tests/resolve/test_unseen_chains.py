"""Where the chain from a denial to its reports broke on the unseen sets' dev misses: a word of
talking read as what was done, a denial of presence with no proposition, a denier the sentence
opens with but no speaker read. Sentences of Reuters, USA TODAY, The Hill, CNN, The Washington
Times and Fox News (AllSides 2017–2018)."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.model import Claim
from storyline.resolve.contradictions.presence import _places, presence_denied
from storyline.resolve.contradictions.speakers import denier_named_first
from storyline.resolve.contradictions.words import only_opinion

MORAL_DENIAL = (
    "Trump also denied he had spoken of “moral equivalency” between white supremacists, neo-Nazis and Ku "
    "Klux Klan members who clashed with anti-racism activists in Charlottesville."
)
GRAHAM = (
    '"Through his statements yesterday, President Trump took a step backward by again suggesting there is '
    "moral equivalency between the white supremacist neo-Nazis and KKK members who attended the "
    'Charlottesville rally and people like Ms. Heyer."'
)
KEYSER_DENIAL = (
    "“Simply put, Ms. Keyser does not know Mr. Kavanaugh and she has no recollection of ever being at a "
    "party or gathering where he was present, with, or without, Dr. Ford,” Mr. Walsh said."
)
KEYSER_THERE = (
    "Keyser, a longtime friend of Ford's, was present at the small party where Ford was attacked, "
    "according to Ford's testimony before the Judiciary Committee."
)
NO_MEMORY = (
    "Judge has already said that he had no memory of any alleged incident involving Ford and Kavanaugh, "
    "and Smyth and Keyser have said they don't remember the party."
)


def _deny(text: str) -> Claim:
    return Claim(id="d", sent=0, stance="DENY", text=text, start=0, end=len(text), doc="x")


def test_a_denial_of_having_spoken_of_something_meets_those_saying_he_suggested_it(tmp_path):
    # the word of talking is no head: what he is said to have said is ("moral equivalency"), and
    # the groups it is said to be between may be named otherwise ("KKK" / "Ku Klux Klan")
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Reuters\n\nTrump spoke to reporters at Trump Tower on Tuesday. {MORAL_DENIAL}\n",
            "b": f"USA TODAY\n\nSen. Lindsey Graham issued a statement on Wednesday. {GRAHAM}\n",
        },
    )
    assert any(MORAL_DENIAL in side and GRAHAM in side for side in reported_sides(store))


def test_a_denial_of_being_at_a_party_meets_the_sentence_placing_her_there(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Washington Times\n\nLeland Keyser is a longtime friend of Christine Blasey Ford. {KEYSER_DENIAL}\n",
            "b": f"CNN\n\nLeland Keyser spoke to the FBI on Sunday. {KEYSER_THERE}\n",
        },
    )
    assert any(KEYSER_DENIAL in side and KEYSER_THERE in side for side in reported_sides(store))


def test_presence_denied_and_told():
    assert presence_denied(_deny(KEYSER_DENIAL)) == "party"
    smyth = (
        "P.J. Smyth, identified by Ford as being at the gathering of teenagers where the alleged assault "
        "occurred, was interviewed by the FBI and again denied knowledge of the gathering or of improper "
        "conduct by his friend Kavanaugh, Smyth’s lawyers said."
    )
    assert presence_denied(_deny(smyth)) == "gathering"
    # "denied the allegations" says nothing of where anyone was
    assert presence_denied(_deny("Kavanaugh has denied the allegations against him.")) is None
    assert _places(KEYSER_THERE, "Keyser", "party")
    assert _places(
        "Ford said that Smyth was also at the party where she alleges that Kavanaugh attacked her.",
        "Smyth",
        "party",
    )
    # their own denial again, not a report placing them there
    assert not _places(NO_MEMORY, "Keyser", "party")
    # a title before another name is not the surname: "Judge Kavanaugh" is no Mark Judge
    cbn = '"Dr. Ford has named three people other than Judge Kavanaugh who attended the party.'
    assert not _places(cbn, "Judge", "party") and _places(cbn, "Kavanaugh", "party")
    # the party named, but not as a place where she was
    assert not _places("Keyser's lawyer sent a letter to the committee about the party.", "Keyser", "party")


def test_the_denier_the_sentence_opens_with():
    pruitt = (
        "Pruitt earlier this month denied to Fox News’s Ed Henry that he knew of the raises and said he "
        "reversed them as soon as he learned."
    )
    assert denier_named_first(_deny(pruitt)) == "Pruitt"
    # another clause's subject or speaker between the name and the denial
    assert denier_named_first(_deny("Ford said that Smyth denied being at the party.")) is None
    assert denier_named_first(_deny("Trump met Comey, who denied the report.")) is None


RAMIREZ_DENIAL = (
    "Kavanaugh categorically denies the allegations leveled by Ford and Deborah Ramirez, who accused him of "
    "sexual misconduct at a college party also more than three decades ago."
)
RAMIREZ_SAID = (
    "In an interview with the New Yorker published on Sunday, Ramirez said Kavanaugh had exposed himself to "
    "her at a party while attending Yale University in the early 1980s."
)
NO_REVELATIONS = (
    "There have been no major factual revelations about Ford’s allegations since Thursday’s hearings, and "
    "the same is true for Deborah Ramirez’s accusation that Kavanaugh exposed himself to her in college."
)


def test_a_denial_of_the_allegations_of_named_accusers_meets_what_they_told(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Fox News\n\nSupreme Court nominee Brett Kavanaugh spoke to reporters on Monday. {RAMIREZ_DENIAL}\n",
            "b": f"Reuters\n\nDeborah Ramirez is a Yale classmate of Brett Kavanaugh. {RAMIREZ_SAID}\n",
            "c": f"CNN\n\nDeborah Ramirez spoke to the FBI. {NO_REVELATIONS}\n",
        },
    )
    sides = reported_sides(store)
    assert any(RAMIREZ_DENIAL in side and RAMIREZ_SAID in side for side in sides)
    # "no major factual revelations about … Ramirez's accusation" tells no accusation
    assert not any(RAMIREZ_DENIAL in side and NO_REVELATIONS in side for side in sides)


SMYTH_DENIAL = (
    "P.J. Smyth, identified by Ford as being at the gathering of teenagers where the alleged assault "
    "occurred, was interviewed by the FBI and again denied knowledge of the gathering or of improper "
    "conduct by his friend Kavanaugh, Smyth’s lawyers said."
)
SMYTH_THERE = "Ford said that Smyth was also at the party where she alleges that Kavanaugh attacked her."


def test_a_denier_named_first_denying_the_gathering_meets_the_party_he_is_placed_at(tmp_path):
    # no speaker is read for the denial (its subject is far before the verb), and "the gathering"
    # he denies is "the party" Ford places him at
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Reuters\n\nPatrick J. Smyth went to Georgetown Prep. {SMYTH_DENIAL}\n",
            "b": f"USA TODAY\n\nPatrick J. Smyth works in insurance. {SMYTH_THERE}\n",
        },
    )
    assert any(SMYTH_DENIAL in side and SMYTH_THERE in side for side in reported_sides(store))


def test_an_investigation_called_fake_news_is_a_view_though_its_denier_is_now_read():
    # the denier is now read ("Trump, …, fired off two tweets …, dismissing …"); what he calls
    # the investigation is a name, as "witch hunt" or "hoax", no fact denied
    tweets = (
        "Trump, meanwhile, apparently bypassing his communications team, fired off two tweets on Tuesday, "
        "dismissing the Russia investigation as “fake news”."
    )
    assert denier_named_first(_deny(tweets)) == "Trump"
    assert only_opinion(tweets)
    assert not only_opinion("Trump called the story “fake news” and said he never met her.")
