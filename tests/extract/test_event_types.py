"""Event types for any kind of news (ACE 2005 and more), tested on real sentences parsed by
the model: one sentence per type, quoted from AllSides 2016-2018 articles (../shared/data), and
the lemmas whose sense the parse decides (fire, charge, release, strike, arrest)."""

from __future__ import annotations

import pytest

from storyline.extract.events import trigger_type
from storyline.extract.nlp import load

# (type, a real sentence that reports an event of that type)
REAL = [
    (
        "ARREST",
        "He was arrested in 2014 on weapons and aggravated assault charges for allegedly stabbing a relative in the leg in a domestic incident, according to court documents.",
    ),
    (
        "DISASTER",
        "Nate slammed through a region still suffering from hurricane exhaustion in recent weeks after Harvey, Irma and Maria.",
    ),
    (
        "ANNOUNCE",
        "Obama announced the moves to great fanfare in late 2014, as a response to congressional inaction on immigration reform.",
    ),
    ("SUE", "But a federal court blocked them after Texas and 25 other states sued."),
    ("DIE", "Nancy Reagan has died at the age of 94, according to TMZ ."),
    (
        "TRIAL",
        "Kian has pleaded not guilty and his trial is slated to begin in February in Alexandria, Va., where Flynn is expected to testify.",
    ),
    (
        "CEASEFIRE",
        "Syria\n\nIn war-ravaged Syria, where skirmishes and airstrikes threaten a fragile ceasefire , 2017 arrived with the hope of peace.",
    ),
    (
        "ATTACK",
        "It didn’t go as far as it could because it was shot at a high trajectory, likely to ensure it didn’t make another country believe it was being attacked.",
    ),
    (
        "START_ORG",
        "Breitbart News was founded in Los Angeles, and its headquarters remains in the city’s Brentwood Heights neighborhood.",
    ),
    (
        "VOTE",
        "Massive demographic changes have been foisted upon the American people and they’re changes that none of us ever voted for and most of us don’t like.",
    ),
    (
        "TRANSFER_MONEY",
        "Twenty-First Century Fox noted in a recent quarterly report that it paid $45 million in settlements related to sexual harassment allegations against Ailes.",
    ),
    (
        "NOMINATE",
        "He has since been nominated for an Emmy Award for Outstanding Writing and has opened for comedians such as Chris Rock.",
    ),
    ("MARRY", "“I have never fallen in love and have never got married."),
    (
        "INJURE",
        "Capitol Police who were injured during the attack, as well as the father of lobbyist Matt Mika, who was shot multiple times.",
    ),
    (
        "SENTENCE",
        "The Sacramento Bee reports that Luis Bracamontes, who was sentenced to the death penalty after his 2014 rampage, returned to the U.S.",
    ),
    (
        "ELECT",
        "Clinton economic adviser Gene Sperling recently warned that if Trump was elected he would put the entire financial system at risk.",
    ),
    ("EVACUATE", "“Unfortunately, the prison had been evacuated."),
    (
        "CHARGE",
        "Those charges surfaced July 13, when Mueller's team indicted 12 Russian military intelligence agents for their alleged conspiracy.",
    ),
    (
        "CONVICT",
        "Malaysia’s top opposition leader, Anwar Ibrahim, was sidelined in this way: after a dubious police investigation, he was convicted of sodomy in 1999 and imprisoned.",
    ),
    (
        "BIRTH",
        "After a week of Trump suggesting Cruz has an eligibility problem because he was born in Canada to an American mother, the senator has hit back — hard.",
    ),
    ("AGREE", "Loser: the 194 other countries that signed the agreement\n\nThe Paris agreement is not dead."),
    (
        "BANKRUPTCY",
        "It was intended to make “health care in Wisconsin a birthright, not a ticket to bankruptcy,” said then-Gov.",
    ),
    ("EXTRADITE", "In February 2011, a judge ruled in support of Assange's extradition to Sweden."),
    (
        "TRAVEL",
        "The Vermont senator traveled to Pennsylvania for a rally at a college on Tuesday, but in the evening he flew home to Burlington, Vt.",
    ),
    (
        "APPEAL",
        "Homeland Security officials told the court that relaxing their policies would spur another surge, but they agreed to abide by the judge’s order even as they appealed the case.",
    ),
    ("RELEASE", "Of the newly released detainees, Kim Dong-chul, a South Korean-born U.S."),
    (
        "FIRE",
        'What happened?" Trump asks Manigault Newman, who had already been fired by White House chief of staff John Kelly John Francis KellyMORE.',
    ),
    (
        "MERGE_ORG",
        "Humana's announcement came hours after the insurer and Aetna said they would drop their $37 billion merger bid.",
    ),
    (
        "PARDON",
        "Trump in late May pardoned Dinesh D’Souza, a conservative pundit convicted of campaign finance crimes.",
    ),
    (
        "ACQUIT",
        "“The evidence at trial regarding the Hammonds’ responsibility for the fire was conflicting, and the jury acquitted them on most of the charges,” the statement said.",
    ),
    (
        "PROTEST",
        "11, hundreds of torch-bearing protesters, accompanied by armed men, marched through the University of Virginia campus, chanting white supremacist slogans.",
    ),
    (
        "SANCTION",
        "had imposed sanctions on Iran over the ballistic missile test of its first precision-guided weapon, conducted in October last year.",
    ),
    (
        "END_ORG",
        "These councils disbanded because of Trump’s failure to lead and the public pressure that followed ...",
    ),
    (
        "TRANSFER_OWNERSHIP",
        "Within 18 months, he acquired a large portion of shares of Sibur, a Russia-based company involved in oil and gas exploration, production, processing and refining.",
    ),
    (
        "FINE",
        "In a related case before the Arkansas State Supreme Court, Clinton was fined $25,000 and his Arkansas law license was suspended for five years.",
    ),
]

# (sentence, trigger word, expected type or None): the same lemma in its two senses
SENSES = [
    ("The couple divorced in 1999 and had one daughter together, Tiffany.", "divorced", "DIVORCE"),
    (
        "Twice in 1997, Texas executed eight prisoners in a single month, according to the Death Penalty Information Center.",
        "executed",
        "EXECUTE",
    ),
    (
        "Several days before Rosenstein wrote the memo, Mueller executed a search warrant on Manafort's Virginia residence.",
        "executed",
        None,
    ),
    (
        "It's the second time in seven years that Davis, who was convicted in a 1992 murder, has come within hours of execution before courts intervened.",
        "execution",
        "EXECUTE",
    ),
    (
        "According to the complaint, Winner agreed to talk with agents during the execution of the warrant.",
        "execution",
        None,
    ),
    (
        "It's a fitting metaphor for the Sanders campaign, which increasingly seems to operate in a realm completely divorced from reality.",
        "divorced",
        None,
    ),
    ("On February 7, Israel fired missiles at a Syrian ammunition depot in Jamraya.", "fired", "ATTACK"),
    ("and DC Comics fired him, reports Entertainment Weekly.", "fired", "FIRE"),
    (
        "Aghdam entered the YouTube parking garage and walked to an open-air plaza, where she opened fire.",
        "fire",
        "ATTACK",
    ),
    (
        "Before the story published, Copperfield released a statement saying he supports the Me Too movement.",
        "released",
        None,
    ),
    (
        "When it was clear the pills were not illegal, Manuel was released from jail on May 5, 2011.",
        "released",
        "RELEASE",
    ),
    (
        "Home Secretary Theresa May, who is in charge of justice issues, said the government would freeze the assets.",
        "charge",
        None,
    ),
    (
        "Those charges surfaced July 13, when Mueller's team indicted 12 Russian military intelligence agents.",
        "charges",
        "CHARGE",
    ),
    (
        "But Republicans and Democrats in the state came together and struck a deal that put some checks on the majority.",
        "struck",
        "AGREE",
    ),
    (
        "In the town of Hampstead, emergency responders going to a call for cardiac arrest Friday morning found their path blocked.",
        "arrest",
        None,
    ),
    (
        "He was arrested in 2014 on weapons and aggravated assault charges for allegedly stabbing a relative.",
        "arrested",
        "ARREST",
    ),
    (
        "He was arrested in 2014 on weapons and aggravated assault charges for allegedly stabbing a relative.",
        "assault",
        None,
    ),
    (
        "The Sacramento Bee reports that Luis Bracamontes, who was sentenced to the death penalty, returned to the U.S.",
        "penalty",
        "SENTENCE",
    ),
    (
        "Devine knows Paul Manafort from their collaboration on the campaign of ousted Ukrainian President Viktor Yanukovych.",
        "ousted",
        "FIRE",
    ),
    # leaving an agreement or a body, not withdrawing a nomination or pulling out a gun
    (
        "When President Trump pulled out of the Paris climate accord last week, his critics said he was turning his back on the future.",
        "pulled",
        "WITHDRAW",
    ),
    (
        "Rice said the decision to leave the Paris climate agreement was the coup de grâce for America's postwar global leadership.",
        "leave",
        "WITHDRAW",
    ),
    # a nominee leaving the contest, not a party leaving an agreement (was None before issue 10's
    # nominee withdrawals: no WITHDRAW)
    (
        "Weiss withdrew his nomination, instead accepting a counselor position to Secretary Jack Lew.",
        "withdrew",
        "RESIGN",
    ),
    (
        "Rahami pulled out a gun and shot the officer, identifed by the Linden mayor's office as Angel Padilla, in the abdomen.",
        "pulled",
        None,
    ),
    # reports that named no event before: a bomb dropped, a body slam, a bill's failure
    (
        "Washington (CNN) The US military dropped America's most powerful non-nuclear bomb on ISIS targets in Afghanistan Thursday, the first time this type of weapon has been used in battle, according to US officials.",
        "dropped",
        "ATTACK",
    ),
    (
        "The giant bomb U.S. forces dropped Thursday on an ISIS training camp in Afghanistan did not cost $314 million to develop, or $16 million per unit as reported by multiple news outlets.",
        "dropped",
        "ATTACK",
    ),
    (
        "WASHINGTON — Even though President Trump didn't authorize dropping of a 21,000-lb. bomb in Afghanistan on Thursday, he may still get a political boost from it.",
        "dropping",
        "ATTACK",
    ),
    ("I’m gonna go ahead and drop some bombs for you: 98th percentile IQ test.", "drop", None),
    (
        "Gianforte is expected in court sometime in the next few days after the Gallatin County, Montana Sheriff’s Department issued a misdemeanor citation for body-slamming reporter Ben Jacobs of The Guardian.",
        "slamming",
        "ATTACK",
    ),
    (
        "Nearly 500 people were also injured when Paddock, 64, strafed an outdoor concert with gunfire on Sunday night from his 32nd-floor suite of the Mandalay Bay hotel on the Las Vegas Strip.",
        "gunfire",
        "ATTACK",
    ),
    (
        "Those in office now won't be inspired to heroic deeds by the failure to repeal Obamacare.",
        "failure",
        "VOTE",
    ),
    (
        "The health care failure also makes the tax overhaul more politically complex as the fissures within the Republican Party have been laid bare.",
        "failure",
        "VOTE",
    ),
    (
        "His first major legislative foray, to repeal and replace the Affordable Care Act, crashed and burned last week, when the Trump-endorsed plan failed to garner enough support among Republicans.",
        "crashed",
        "VOTE",
    ),
    (
        "The look on his face, as he meandered through unscripted remarks Friday after the defeat of the Republican health care plan he supported, told the story.",
        "defeat",
        "VOTE",
    ),
    (
        'Rep. Linda Sanchez, D-California, said Tuesday that the party\'s constituencies feel "energized" and "emboldened" now that Republicans have failed to repeal the Affordable Care Act, and believe they can hamstring Trump for the duration of his presidency.',
        "failed",
        "VOTE",
    ),
    (
        "WASHINGTON (Reuters) - The seven-year Republican quest to scrap Obamacare, a major campaign vow by President Donald Trump, lay in ruins on Friday after the Senate failed to dismantle the healthcare law, with congressional leaders now planning to move on to other matters.",
        "failed",
        None,
    ),
    (
        "“This closed-door process has yielded the BCRA, which fails to repeal the Affordable Care Act or address health care-rising costs,” the senator said in a statement.",
        "fails",
        None,
    ),
    # a nominee withdrawing resigns from the contest (news_scale dev puzder_withdraws; 2018 articles)
    (
        "His nominee for labor secretary, fast-food executive Andrew Puzder, withdrew his nomination Wednesday "
        "due to dwindling support from Senate Republicans.",
        "withdrew",
        "RESIGN",
    ),
    (
        "Trump's ostensible purpose for the event was to announce Alexander Acosta as his new pick for labor "
        "secretary after his previous nominee, Andrew Puzder, withdrew over ethics concerns.",
        "withdrew",
        "RESIGN",
    ),
    (
        "President Donald Trump's physician Ronny Jackson on Thursday withdrew from consideration to head the "
        "Veterans Affairs department after allegations that he had been lax with prescription drugs and drank "
        "alcohol on the job.",
        "withdrew",
        "RESIGN",
    ),
    # ... not a name taken off a list, nor a country leaving an accord, nor troops withdrawn
    (
        "The network says they did not script anything; the student’s father withdrew his name from the list "
        "of those who wished to ask questions at the town hall event, and the reason for that was because the "
        "student wanted to give a speech.",
        "withdrew",
        None,
    ),
    (
        "But the future of 2015 accord now hangs in the balance after US President Donald Trump announced "
        "Thursday he would withdraw from the agreement.",
        "withdraw",
        "WITHDRAW",
    ),
    (
        "Secretary Mattis' resignation was prompted by the president's flawed and hasty decision to withdraw "
        "our troops from Syria.",
        "withdraw",
        None,
    ),
]


def _types(text):
    return {(t.text, trigger_type(t)) for t in load()(text)}


@pytest.mark.parametrize("etype,text", REAL, ids=[t for t, _ in REAL])
def test_each_type_on_a_real_sentence(etype, text):
    assert etype in {t for _, t in _types(text)}, _types(text)


@pytest.mark.parametrize("text,word,expected", SENSES, ids=[f"{w}-{e}" for _, w, e in SENSES])
def test_sense_from_the_parse(text, word, expected):
    found = _types(text)
    assert word in {w for w, _ in found}
    got = {t for w, t in found if w == word}
    assert got == {expected} if expected else got <= {None}, _types(text)
