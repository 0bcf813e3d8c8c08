"""Denials that point back ("McCabe denied that charge", "He denies the allegation", "disputed
that account"): the sentence they point back to, the proposition it tells, who told it; and no
antecedent when none fits (a question, a condition, the denier's own saying). Sentences from
AllSides 2016–2018 articles (bench/data/pointing_allsides.jsonl and the contradictions bench)."""

from storyline.model import Analysis, Claim, Document, Mention, OffsetMap
from storyline.resolve.contradictions.pointing import (
    Antecedent,
    about_denier,
    accuser_of,
    antecedent,
    generic_charge,
    pointed,
    tellings_around,
    told_clause,
    window_texts,
)

# The Hill, 2018-03-17 (mccabe-candor)
MCCABE_CHARGE = (
    "In firing McCabe, Sessions said the FBI's Office of Professional Responsibility and Office of the "
    "Inspector General had found that the senior FBI official made an unauthorized disclosure to the news "
    'media and "lacked candor — including under oath — on multiple occasions.'
)
MCCABE_DENIAL = (
    "McCabe denied that charge, claiming he was fired in an effort to undermine Mueller's probe, of which "
    "he is a potential witness."
)
# Politico, 2017-06-12 (ruddy-spoke-to-trump)
RUDDY_TOLD = (
    "Later Monday, Ruddy told PBS NewsHour anchor Judy Woodruff that Trump was “considering perhaps "
    "terminating the special counsel.”"
)
RUDDY_ADDED = (
    "Ruddy, who said that he thought it would be “a very significant mistake” to fire Mueller, added that "
    "Mueller had interviewed with Trump to succeed Comey as FBI director."
)
WRAY = "Trump announced last week via Twitter that he will appoint former Justice Department official Chris Wray to the post."
SPICER = 'White House press secretary Sean Spicer responded in a statement: "Mr. Ruddy never spoke to the President regarding this issue.'
# Bloomberg, 2017-08-08
GOOGLE_SUIT = (
    "The memo and surrounding debate comes as Google fends off a lawsuit from the U.S. Department of Labor "
    "alleging the company systemically discriminates against women."
)
GOOGLE_DENIAL = (
    "Google has denied the charges, arguing that it doesn’t have a gender gap in pay, but has declined to "
    "share full salary information with the government."
)
# The Guardian, 2018-05-02
MARTINEZ = "Local law enforcement alleged that Martinez hit a sheriff’s deputy with a hammer, reported a Washington newspaper."
FAMILY = "But his family disputed that account, saying that Martinez held a flashlight and tripped."
# Vox, 2017-07-14
AKHMETSHIN_Q = "So is Akhmetshin a Russian spy?"
AKHMETSHIN = "He denies the charge, of course — but that’s what any spy would do."
# NPR, 2017-11-10 (set a): a condition tells nothing
IF_TRUE = "GOP leaders have already said that if the allegations are true, Moore should step aside."
MOORE = "Moore, now 70, denied the allegations in a statement to the Post."
# Fox News, 2018-09-24 (set a)
RAMIREZ = (
    "Another woman, Deborah Ramirez, claimed that while they were freshmen at Yale University, Kavanaugh "
    "exposed himself to her at a dorm party."
)


def _claim(i: int, sent: int, text: str, stance: str = "ASSERT", speaker: str | None = None, **kw) -> Claim:
    return Claim(
        id=f"c{i}",
        sent=sent,
        stance=stance,
        text=text,
        start=0,
        end=len(text),
        speaker_text=speaker,
        doc="x",
        **kw,
    )


def test_the_pointing_noun_is_read_and_a_clause_saying_what_is_not():
    assert pointed(_claim(0, 0, MCCABE_DENIAL, "DENY", denied="that charge")) == "charge"
    assert (
        pointed(_claim(0, 0, "Trump has denied that allegation.", "DENY", denied="that allegation"))
        == "allegation"
    )
    assert pointed(_claim(0, 0, "He denied it.", "DENY", denied="it")) == "it"
    assert pointed(_claim(0, 0, SPICER, "DENY", denied='"Mr. Ruddy never spoke to the President')) == "issue"
    text = "Trump denied reports that he had asked Comey to end the probe."
    assert (
        pointed(_claim(0, 0, text, "DENY", denied="reports that he had asked Comey to end the probe")) is None
    )


def test_a_charge_found_by_the_inspector_general_two_sentences_before():
    texts = {18: MCCABE_CHARGE, 19: '"', 20: MCCABE_DENIAL}
    claims = [
        _claim(1, 18, MCCABE_CHARGE, speaker="Sessions"),
        _claim(2, 20, MCCABE_DENIAL, "DENY", "Andrew McCabe", denied="that charge"),
    ]
    found = antecedent(claims[1], texts, claims, {"McCabe", "Andrew"})
    assert found is not None and found.sent == 18
    # what is charged, told of the one denying it: "he made an unauthorized disclosure …"
    assert about_denier(found.clause, {"McCabe"}).startswith("he made an unauthorized disclosure")


def test_a_topic_pointed_back_to_is_the_account_of_the_one_the_denial_names():
    texts = {68: RUDDY_TOLD, 69: RUDDY_ADDED, 70: WRAY, 71: SPICER}
    claims = [
        _claim(1, 68, RUDDY_TOLD, speaker="Chris Ruddy"),
        _claim(2, 69, RUDDY_ADDED, speaker="Chris Ruddy"),
        _claim(3, 70, WRAY, speaker="Donald Trump"),
        _claim(4, 71, SPICER, "DENY", "Sean Spicer", denied='"Mr. Ruddy never spoke to the President'),
    ]
    found = antecedent(claims[3], texts, claims, {"Spicer", "Sean"})
    assert found is not None
    # one account told over two sentences by one teller: both
    assert {c.id for c in found.claims} == {"c1", "c2"}


def test_what_a_lawsuit_alleges_and_an_account_the_family_disputes():
    claims = [_claim(1, 4, GOOGLE_SUIT), _claim(2, 5, GOOGLE_DENIAL, "DENY", "Google", denied="the charges")]
    found = antecedent(claims[1], {4: GOOGLE_SUIT, 5: GOOGLE_DENIAL}, claims, {"Google"})
    assert found is not None and found.clause == "the company systemically discriminates against women"
    assert about_denier(found.clause, {"Google"}).startswith("he discriminates")
    claims = [_claim(1, 7, MARTINEZ), _claim(2, 8, FAMILY, "DENY", "his family", denied="that account")]
    found = antecedent(claims[1], {7: MARTINEZ, 8: FAMILY}, claims, {"family"})
    assert found is not None and told_clause(found.text) == "Martinez hit a sheriff’s deputy with a hammer"


def test_no_antecedent_in_a_question_a_condition_or_the_deniers_own_saying():
    claims = [
        _claim(1, 3, AKHMETSHIN_Q),
        _claim(2, 4, AKHMETSHIN, "DENY", "Rinat Akhmetshin", denied="the charge"),
    ]
    assert antecedent(claims[1], {3: AKHMETSHIN_Q, 4: AKHMETSHIN}, claims, {"Akhmetshin", "Rinat"}) is None
    claims = [
        _claim(1, 3, IF_TRUE, speaker="GOP leaders"),
        _claim(2, 4, MOORE, "DENY", "Moore", denied="the allegations"),
    ]
    assert antecedent(claims[1], {3: IF_TRUE, 4: MOORE}, claims, {"Moore"}) is None
    own = "Rubio then said, \"Apple initially came out saying we're being ordered to create a backdoor."
    claims = [
        _claim(1, 3, own, speaker="Rubio"),
        _claim(2, 4, "That is not accurate.", "DENY", "Marco Rubio", denied="That"),
    ]
    assert antecedent(claims[1], {3: own, 4: "That is not accurate."}, claims, {"Rubio", "Marco"}) is None


def test_the_accuser_is_the_person_named_before_the_words_of_accusing():
    ante = Antecedent(2, RAMIREZ, told_clause(RAMIREZ), [])
    persons = [("Deborah Ramirez", "e-ramirez"), ("Kavanaugh", "e-kavanaugh")]
    assert accuser_of(ante, persons, "e-kavanaugh") == "e-ramirez"


# The Hill, 2018-10-22 (set b): "those reports" are the press's, not what he told CNN
KUSHNER_TOLD = "The president's son-in-law told CNN's Van Jones that he has advised the crown prince to \"be transparent."
KUSHNER = (
    "Kushner denied those reports during the CNN event but declined to say what he has said to the president."
)
# USA Today, 2016-05-09 (bench/data/pointing_allsides.jsonl)
CURATOR = (
    "“I’d come on shift and I’d discover that CPAC [Conservative Political Action Conference] or Mitt Romney "
    "or Glenn Beck or popular conservative topics wouldn’t be trending because either the curator didn’t "
    "recognize the news topic or it was like they had a bias against Ted Cruz,” the former news curator told Gizmodo."
)
FACEBOOK = 'Facebook denied the report, saying it has "rigorous guidelines" to ensure political neutrality.'
# CNN, 2018-02-08 (set b)
PORTER = "Porter denied the allegations but resigned on Wednesday."
PORTER_FALSE = '"These outrageous allegations are simply false," Porter said in his statement.'


def test_those_reports_are_the_press_reports_not_a_telling():
    claims = [
        _claim(1, 5, KUSHNER_TOLD, speaker="The president's son-in-law"),
        _claim(2, 6, KUSHNER, "DENY", "Kushner", denied="those reports"),
    ]
    assert pointed(claims[1]) == "reports"
    assert antecedent(claims[1], {5: KUSHNER_TOLD, 6: KUSHNER}, claims, {"Kushner"}) is None
    # "the report" may be one person's telling
    one = _claim(2, 6, FACEBOOK, "DENY", "Facebook", denied="the report")
    found = antecedent(one, {5: CURATOR, 6: FACEBOOK}, [_claim(1, 5, CURATOR), one], {"Facebook"})
    assert found is not None and found.sent == 5


def test_a_charge_named_with_no_more_is_generic():
    assert generic_charge(PORTER) and generic_charge(PORTER_FALSE)
    assert not generic_charge("Kavanaugh denied the allegations by Christine Blasey Ford.")
    assert not generic_charge("Trump denied the accusation that he asked Comey to drop the probe.")


def test_a_relative_clause_denial_points_to_its_own_sentence():
    # The Hill, 2018 (set a)
    text = (
        "Trump then backed Moore, who went on to lose to Sen. Doug Jones (D-Ala.) after facing multiple "
        "allegations of sexual misconduct that he denied."
    )
    assert pointed(_claim(0, 0, text, "DENY", denied="that")) is None
    assert (
        pointed(_claim(0, 0, "But White House officials strongly denied that.", "DENY", denied="that"))
        == "it"
    )


# The Daily Caller, 2017-12-30 (bench/data/pointing_allsides.jsonl): the charge is narration, no claim
PAGE_ACCUSED = "Page is accused in the dossier of being the Trump campaign’s liaison to the Kremlin."
PAGE_DENIES = "He denies the allegation."


def test_a_sentence_with_no_claim_is_read_by_the_words_of_its_names():
    text = PAGE_ACCUSED + " " + PAGE_DENIES
    doc = Document("p", "x", text, text, OffsetMap.identity(len(text)))
    mentions = [
        Mention("m1", 13, 0, 4, "Page", "PERSON", "page"),
        Mention("m2", 13, 47, 52, "Trump", "PERSON", "trump"),
        Mention("m3", 13, 76, 83, "Kremlin", "ORG", "kremlin"),
    ]
    a = Analysis(doc, mentions=mentions)
    d = _claim(1, 14, PAGE_DENIES, "DENY", "Carter Page", denied="the allegation")
    asked: list[str] = []

    def search(q: str, limit: int) -> list[tuple[str, int, str]]:
        asked.append(q)
        hits = [("other", 2, "Page met Trump."), ("p", 13, PAGE_ACCUSED)]
        return [h for h in hits if all(w in h[2] for w in q.split())][:limit]

    texts = window_texts(a, d, {}, search)
    assert texts == {13: PAGE_ACCUSED} and asked == ["Page Trump Kremlin"]
    found = antecedent(d, texts, [d], {"Page", "Carter"})
    assert found is not None and found.clause == "being the Trump campaign’s liaison to the Kremlin"


def test_the_deniers_own_telling_is_no_antecedent():
    # a 2,000-article store: Rubio telling of a fake story, then calling it untrue himself
    told = (
        'Rubio told a story about seeing a fake story that said President Obama had "banned" the Pledge '
        "of Allegiance — and his family believed it."
    )
    d = _claim(
        2,
        6,
        '"I knew it wasn\'t true," he said, "but people thought it was."',
        "DENY",
        "Marco Rubio",
        denied="it",
    )
    assert antecedent(d, {5: told, 6: d.text}, [d], {"Rubio", "Marco"}) is None


def test_a_story_called_fake_is_no_antecedent():
    # a 2,000-article store: the sentence before calls the story fake itself
    told = (
        'Rubio told a story about seeing a fake story that said President Obama had "banned" the Pledge '
        "of Allegiance — and his family believed it."
    )
    d = _claim(
        2,
        6,
        '"I knew it wasn\'t true," he said, "but people thought it was."',
        "DENY",
        "Barack Obama",
        denied="it",
    )
    assert antecedent(d, {5: told, 6: d.text}, [d], {"Obama", "Barack"}) is None


# Fox News, 2018-08-29 (set e, dev): "the claims" are all the sources told before the denial
CALLER_CONFIRMED = (
    "A source briefed on the matter confirmed to Fox News the details of the Caller’s reporting, and said "
    "that the ICIG was so concerned by the revelation that officials drove over to the FBI to inform agents."
)
SOURCE_TOLD = "The source told Fox News the hack was from a Chinese company, describing it as a front for Chinese intelligence."
SECOND_SOURCE = (
    "A second source briefed on the matter told Fox News that officials outside of the FBI indicated code on "
    "the Clinton server suggested a foreign source was receiving copies of emails in real time."
)
CAUGHT = "The hacking report caught the attention late Tuesday of President Trump, who warned that the FBI and DOJ should act."
FBI_DISPUTED = "But the FBI disputed the claims."


def test_plural_claims_pointed_back_to_are_every_telling_since_the_first():
    texts = {3: CALLER_CONFIRMED, 4: SOURCE_TOLD, 5: SECOND_SOURCE, 6: CAUGHT, 7: FBI_DISPUTED}
    claims = [
        _claim(1, 3, CALLER_CONFIRMED, "CONFIRM", "A source briefed on the matter"),
        _claim(3, 4, SOURCE_TOLD, speaker="The source"),
        _claim(4, 5, SECOND_SOURCE, speaker="A second source briefed on the matter"),
    ]
    denial = _claim(5, 7, FBI_DISPUTED, "DENY", "FBI", denied="the claims", answers="c1")
    found = antecedent(denial, texts, [*claims, denial], {"FBI"})
    assert found is not None and found.sent == 3
    assert {c.id for c in found.claims} == {"c1", "c3", "c4"}
    # one charge pointed back to is one telling
    one = _claim(5, 7, "But the FBI disputed that claim.", "DENY", "FBI", denied="that claim", answers="c1")
    found = antecedent(one, texts, [*claims, one], {"FBI"})
    assert found is not None and {c.id for c in found.claims} == {"c1"}
    # a denial between them ends the tellings
    denied = "The company denied the hack was from a Chinese company."
    texts[4] = denied
    claims[1] = _claim(3, 4, denied, speaker="The company")
    found = antecedent(denial, texts, [*claims, denial], {"FBI"})
    assert found is not None and {c.id for c in found.claims} == {"c1"}


# USA TODAY, 2016-10-15 (set d, dev): the accusations are those of both women, told before the summary
ANDERSON = (
    "Kristin Anderson told The Washington Post that Trump had groped her under her skirt in the early 90s "
    "while she was sitting next to him at a nightclub."
)
CONTESTANT = "Later Friday, a former Apprentice contestant said Trump kissed her and groped her during a meeting about a potential job."
TWO_OF = "They were just two of multiple women to come forward this week with accusations against the Republican presidential nominee."
MORE_WOMEN = "On Friday, more women came out with accusations against Trump for sexual misconduct."
CAMPAIGN_DENIED = "Trump and his campaign have vehemently denied the accusations."


def test_plural_accusations_pointed_back_to_are_the_tellings_before_the_summary_too():
    claims = [
        _claim(1, 9, ANDERSON, speaker="Kristin Anderson"),
        _claim(2, 10, CONTESTANT, speaker="a former Apprentice contestant"),
        _claim(4, 11, TWO_OF, speaker="USA TODAY"),
    ]
    denial = _claim(3, 12, CAMPAIGN_DENIED, "DENY", "Donald Trump", denied="the accusations", answers="c4")
    # the summary extraction found it answers, and both accusations told before it
    assert {c.id for c in tellings_around(claims[2], denial, claims, {"Trump"})} == {"c1", "c2"}
    # one accusation pointed back to is one telling
    one = _claim(3, 12, "Trump denied that accusation.", "DENY", "Donald Trump", denied="that accusation")
    assert tellings_around(claims[2], one, claims, {"Trump"}) == []
    # the run stops at a sentence no one tells as so, and at the denier's own telling
    claims[1] = _claim(2, 10, CONTESTANT, "DENY", "a former Apprentice contestant")
    assert tellings_around(claims[2], denial, claims, {"Trump"}) == []
    claims[1] = _claim(2, 10, "Trump said he never met her.", speaker="Donald Trump")
    assert tellings_around(claims[2], denial, claims, {"Trump"}) == []


# USA TODAY, 2017-11-22 (set a, dev)
WINSTON_ACCUSED = (
    "The Tampa Bay Buccaneers quarterback was accused by an Uber driver of groping, reports Buzzfeed."
)
NFL = "The National Football League said it is investigating the matter."
WINSTON_DENIES = "In a statement from representative Russ Spielman, Winston denies the allegations."


def test_a_sentence_looking_into_the_accusation_is_no_telling_of_it():
    claims = [
        _claim(1, 3, WINSTON_ACCUSED, speaker="Buzzfeed"),
        _claim(2, 4, NFL, speaker="The National Football League"),
    ]
    denial = _claim(3, 5, WINSTON_DENIES, "DENY", "Winston", denied="the allegations", answers="c1")
    assert tellings_around(claims[0], denial, claims, {"Winston"}) == []
    claims[1] = _claim(2, 4, "Mr. Comey said.", speaker="Mr. Comey")
    assert tellings_around(claims[0], denial, claims, {"Winston"}) == []
