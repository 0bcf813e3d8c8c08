"""Denials of "the allegations" on stories the filters were not written for (real sentences of
the AllSides 2016–2018 articles on the Kavanaugh nomination and the Moore race): one question
per accuser across articles, and no report that is itself a denial, an article's lead or a
writer's hedge."""

from __future__ import annotations

from tests.records import rows
from tests.stores import ingest_texts

from storyline.resolve.contradictions.said import ACCUSATION
from storyline.resolve.contradictions.words import GENERIC_DENIAL, NO_DENIAL, word_stems

# Fox News and CNN, September 2018: the same accusation and the same denial, in other words
FOX = (
    "Fox News\n\nFord alleges that Kavanaugh assaulted her during a house party in high school in "
    "the 1980s. Kavanaugh has repeatedly denied the allegation.\n"
)
CNN = (
    "CNN\n\nIn another bold move, the party hired a female prosecutor experienced in sex crime cases "
    "to question Kavanaugh and Christine Blasey Ford, who accuses him of sexually assaulting her when "
    "they were teenagers in the 1980s. Kavanaugh denies all the allegations against him.\n"
)
# Reuters, September 2018: another accuser
RAMIREZ = (
    "Reuters\n\nAnother woman, Deborah Ramirez, has accused Kavanaugh of exposing himself during a "
    "drunken dormitory party during the 1983-84 academic year when both attended Yale University. "
    "Kavanaugh has denied that allegation as well.\n"
)


# USA TODAY, November 2017: others denying "the allegations", so that the words are as common
# as in a real store (in a store of three articles every word is rare)
OTHERS = (
    "USA TODAY\n\nMelissa Schuman, formerly of the pop group Dream, accused Backstreet Boys' Nick "
    "Carter on Nov. 2 of raping her when she was 18. Carter denies the allegations.\n\n"
    "In March, Los Angeles police said they started investigating Masterson after three women "
    "reported being sexually assaulted by him in the early 2000s. Masterson denies the allegations.\n\n"
    "Former South African soccer association president Danny Jordaan has been accused by former "
    "member of parliament Jennifer Ferguson of raping her in 1993. Jordaan denies the accusation.\n\n"
    "The Tampa Bay Buccaneers quarterback was accused by an Uber driver of groping, reports Buzzfeed. "
    "In a statement from representative Russ Spielman, Winston denies the allegations.\n\n"
    "Simmons is accused of making unwarranted sexual advances at an on-air radio personality during "
    "an interview at a restaurant he co-owns with bandmate Paul Stanley. Simmons denies the "
    "accusations.\n\n"
    "Actor Robert Knepper, star of Prison Break and iZombie, has been accused by one woman of sexual "
    "assault. He denies the allegations.\n\n"
    "Prince reported the incident to London police, and investigators contacted Blaine's lawyer, Marty "
    "Singer, to return to the United Kingdom for an interview, said the report. In a statement to The "
    "Daily Beast and ABC News, Blaine's attorney denied the allegations.\n\n"
    "Conyers has been accused of sexual harassment toward staffers in his office and has settled at "
    "least one claim. He has denied the allegations, even the one he settled.\n"
)


def _denials(store) -> list[set[str]]:
    return [{r["text"] for r in k["positions"][0]["reports"]} for k in rows(store.contradictions())]


def test_denials_of_one_accusers_allegation_in_two_articles_are_one_disagreement(tmp_path):
    store = ingest_texts(tmp_path, {"fox": FOX, "cnn": CNN, "reuters": RAMIREZ, "usa": OTHERS})
    sides = _denials(store)
    ford = [s for s in sides if any("repeatedly denied" in t for t in s)]
    assert len(ford) == 1 and any("denies all the allegations" in t for t in ford[0])
    # Ramirez's accusation is another question
    assert any(any("that allegation as well" in t for t in s) for s in sides if s not in ford)


# Reuters, October 2, 2018: the lead names Kavanaugh and Judge, but tells no accusation
LEAD = (
    "Reuters\n\nWASHINGTON (Reuters) - Days after being ordered to look into sexual misconduct "
    "allegations against U.S. Supreme Court nominee Brett Kavanaugh, the FBI has talked with his high "
    "school friend Mark Judge, but the interview is not complete, his attorney said on Monday.\n\n"
    "University professor Christine Blasey Ford has said Judge was a witness when Kavanaugh allegedly "
    "sexually assaulted her at a party in 1982 when they were high school students in Maryland.\n\n"
    "Judge has denied Ford’s allegations. Kavanaugh has also denied her accusations, as well as "
    "those of two other women, while accusing Democrats of a political “hit.”\n"
)


def test_an_articles_lead_is_not_what_a_denial_of_the_allegations_denies(tmp_path):
    store = ingest_texts(tmp_path, {"a": LEAD})
    told = [r["text"] for k in rows(store.contradictions()) for p in k["positions"][1:] for r in p["reports"]]
    assert not any("the FBI has talked with" in t for t in told)


# Washington Times, September 28, 2018: the sentence before a denial is another denial
DENIALS = (
    "Washington Times\n\nJudge Kavanaugh vehemently denied the allegation, saying he doesn’t question "
    "that Ms. Blasey Ford suffered an assault but insisting he had nothing to do with it. Mr. Judge "
    "has submitted two declarations, including one Thursday after Ms. Blasey Ford’s testimony, "
    "elaborating on his denial.\n"
)


def test_a_denial_told_just_before_is_not_the_report_of_what_is_denied(tmp_path):
    store = ingest_texts(tmp_path, {"a": DENIALS})
    assert rows(store.contradictions()) == []


# Washington Times and Reuters, December 2017: a denial of "the allegations" shares its other
# words with a report of something else (the endorsement)
ENDORSED = (
    "Reuters\n\nWASHINGTON (Reuters) - President Donald Trump endorsed U.S. Senate candidate Roy Moore "
    "on Monday, throwing his weight behind the embattled Alabama Republican before a special "
    "election next week.\n"
)
SUPPORT = (
    "Washington Times\n\nPresident Trump has thrown his full support behind Mr. Moore, noting that he "
    "“totally denies” the allegations and that the alternative would be sending a Democrat to "
    "Washington, D.C.\n"
)


def test_a_denial_of_the_allegations_is_not_matched_by_the_words_of_its_setting(tmp_path):
    store = ingest_texts(tmp_path, {"a": ENDORSED, "b": SUPPORT})
    assert rows(store.contradictions()) == []


def test_what_a_denial_says_it_denies_and_a_writers_hedge():
    assert GENERIC_DENIAL.search("Moore, 70, has denied the accusations, which Reuters has not verified.")
    # it says what it denies, a few words on
    assert not GENERIC_DENIAL.search(
        "The Office of the Director of National Intelligence denied the accusation late Wednesday that "
        "intelligence officials were withholding information from Trump."
    )
    assert NO_DENIAL.search("Reuters has not independently verified any of the accusations.")
    assert not NO_DENIAL.search(
        "Moore, 70, has denied the accusations and said he is the victim of a witch hunt."
    )


# Reuters and Newsmax, December 12, 2017: both tell that Shelby did not vote for Moore
NO_VOTE = (
    "Reuters\n\nBut the state’s senior Republican senator, Richard Shelby, said he did not vote for "
    "Moore and instead backed a write-in candidate on his absentee ballot, telling CNN that Alabama "
    "“deserves better” than Moore.\n"
)
WROTE_IN = (
    "Newsmax\n\nAlabama's senior senator, Richard Shelby, confirmed publicly that he wrote in a "
    '"distinguished Alabama Republican" rather than vote for Moore.\n'
)


def test_what_was_done_rather_than_an_event_does_not_tell_the_event(tmp_path):
    store = ingest_texts(tmp_path, {"a": NO_VOTE, "b": WROTE_IN})
    assert rows(store.contradictions()) == []


# Vox, September 26, 2018, and Fox News, September 29, 2018: Swetnick calls Kavanaugh's claim a
# lie, saying what she saw; her sworn declaration says the same, so it is no changed account
VOX = (
    "Vox\n\nIn the Monday interview, Kavanaugh claimed he was a virgin in high school and for “many "
    "years thereafter.”\n\n“This claim is absolutely false and a lie,” Swetnick claims, saying she "
    "repeatedly saw Kavanaugh “engage in excessive drinking and inappropriate contact of a sexual "
    "nature with women during the early 1980s.”\n"
)
SWORN = (
    "Fox News\n\nIn a sworn declaration, Julie Swetnick of Washington, D.C., said she witnessed him "
    '"consistently engage in excessive drinking and inappropriate contact of a sexual nature with '
    'women in the early 1980s" and that Kavanaugh was involved in "gang" rapes of girls at parties.\n'
)


def test_words_a_denier_quotes_after_saying_are_no_changed_account(tmp_path):
    store = ingest_texts(tmp_path, {"a": VOX, "b": SWORN})
    other_sides = [
        r["text"] for k in rows(store.contradictions()) for p in k["positions"][1:] for r in p["reports"]
    ]
    assert not any("sworn declaration" in t for t in other_sides)


def test_allegations_that_need_looking_at_tell_no_charge():
    # Bloomberg, September 2018: Blunt's comment is no accusation a denial answers; Ford's is
    assert not ACCUSATION.search(
        'Senator Roy Blunt of Missouri, a member of Senate GOP leadership, said, "These are serious '
        "allegations that need to be looked at closely by the committee before any other action is taken.”"
    )
    assert ACCUSATION.search(
        "Christine Blasey Ford last week went public with her allegation that Kavanaugh pinned her down "
        "during a high school party in 1982 and attempted to forcibly remove her clothes."
    )


# Washington Times, September 2018, and a Victor Davis Hanson column: a friend saying she did not
# know Kavanaugh and another accuser's allegation shared only "another", "those" and "days"
KEYSER = (
    "The fact Ms. Keyser says she didn’t know Mr. Kavanaugh in those days is another set back for Ms. Ford."
)
HANSON = (
    "When a second accuser, Deborah Ramirez, followed Ford seven days later to allege another sexual "
    "incident with the teenage Kavanaugh, at Yale 35 years ago, it was no surprise that she followed the "
    "now normal Orwellian boilerplate: None of those whom she named as witnesses could either confirm "
    "her charges or even remember the alleged event."
)


def test_words_of_degree_and_reference_are_no_words_in_common():
    names = word_stems("Keyser Kavanaugh Ford")
    assert not (word_stems(KEYSER) & word_stems(HANSON)) - names
