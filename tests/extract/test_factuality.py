"""Factuality read from hand-built parses (each rule on the structure it reads) and from real
sentences parsed by the model (the cases issue 8 found in the timeline)."""

from __future__ import annotations

import pytest
from tests.extract.conftest import build, token

from storyline.extract.factuality import read
from storyline.model import Certainty, EventTime, Factuality, Polarity, Special

NEG, POS = Polarity.NEG, Polarity.POS

# --- hand-built parses ------------------------------------------------------------------------

HAND = {
    "did not meet": (
        "Sessions|Sessions|PROPN|NNP|nsubj|3 did|do|AUX|VBD|aux|3 not|not|PART|RB|neg|3 "
        "meet|meet|VERB|VB|ROOT|3 Kislyak|Kislyak|PROPN|NNP|dobj|3 .|.|PUNCT|.|punct|3"
    ),
    "called for X to resign": (
        "Democrats|Democrats|PROPN|NNPS|nsubj|1 called|call|VERB|VBD|ROOT|1 for|for|SCONJ|IN|mark|5 "
        "Sessions|Sessions|PROPN|NNP|nsubj|5 to|to|PART|TO|aux|5 resign|resign|VERB|VB|advcl|1 .|.|PUNCT|.|punct|1"
    ),
    "chose not to testify": (
        "Murray|Murray|PROPN|NNP|nsubj|1 chose|choose|VERB|VBD|ROOT|1 not|not|PART|RB|neg|4 "
        "to|to|PART|TO|aux|4 testify|testify|VERB|VB|xcomp|1 .|.|PUNCT|.|punct|1"
    ),
    "will meet": (
        "Trump|Trump|PROPN|NNP|nsubj|2 will|will|AUX|MD|aux|2 meet|meet|VERB|VB|ROOT|2 "
        "Burr|Burr|PROPN|NNP|dobj|2 .|.|PUNCT|.|punct|2"
    ),
    "if X refuses to quit": (
        "If|if|SCONJ|IN|mark|2 Gaddafi|Gaddafi|PROPN|NNP|nsubj|2 refuses|refuse|VERB|VBZ|advcl|8 "
        "to|to|PART|TO|aux|4 quit|quit|VERB|VB|xcomp|2 ,|,|PUNCT|,|punct|8 NATO|NATO|PROPN|NNP|nsubj|8 "
        "will|will|AUX|MD|aux|8 strike|strike|VERB|VB|ROOT|8 .|.|PUNCT|.|punct|8"
    ),
    "denied that he met": (
        "Sessions|Sessions|PROPN|NNP|nsubj|1 denied|deny|VERB|VBD|ROOT|1 that|that|SCONJ|IN|mark|4 "
        "he|he|PRON|PRP|nsubj|4 met|meet|VERB|VBD|ccomp|1 Kislyak|Kislyak|PROPN|NNP|dobj|4 .|.|PUNCT|.|punct|1"
    ),
    "said that he met": (
        "Kushner|Kushner|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|3 "
        "met|meet|VERB|VBD|ccomp|1 Kislyak|Kislyak|PROPN|NNP|dobj|3 .|.|PUNCT|.|punct|1"
    ),
    "hoped that he would resign": (
        "She|she|PRON|PRP|nsubj|1 hoped|hope|VERB|VBD|ROOT|1 that|that|SCONJ|IN|mark|5 he|he|PRON|PRP|nsubj|5 "
        "would|would|AUX|MD|aux|5 resign|resign|VERB|VB|ccomp|1 .|.|PUNCT|.|punct|1"
    ),
    "is scheduled to testify": (
        "Comey|Comey|PROPN|NNP|nsubjpass|2 is|be|AUX|VBZ|auxpass|2 scheduled|schedule|VERB|VBN|ROOT|2 "
        "to|to|PART|TO|aux|4 testify|testify|VERB|VB|xcomp|2 .|.|PUNCT|.|punct|2"
    ),
    "pleaded not guilty": (
        "Manafort|Manafort|PROPN|NNP|nsubj|1 pleaded|plead|VERB|VBD|ROOT|1 not|not|PART|RB|neg|3 "
        "guilty|guilty|ADJ|JJ|acomp|1 .|.|PUNCT|.|punct|1"
    ),
    "did X meet?": (
        "Did|do|AUX|VBD|aux|2 Trump|Trump|PROPN|NNP|nsubj|2 meet|meet|VERB|VB|ROOT|2 "
        "Putin|Putin|PROPN|NNP|dobj|2 ?|?|PUNCT|.|punct|2"
    ),
    "no meetings": (
        "There|there|PRON|EX|expl|1 were|be|VERB|VBD|ROOT|1 no|no|DET|DT|det|3 "
        "meetings|meeting|NOUN|NNS|attr|1 .|.|PUNCT|.|punct|1"
    ),
    "declined to say whether they met": (
        "He|he|PRON|PRP|nsubj|1 declined|decline|VERB|VBD|ROOT|1 to|to|PART|TO|aux|3 say|say|VERB|VB|xcomp|1 "
        "whether|whether|SCONJ|IN|mark|6 they|they|PRON|PRP|nsubj|6 met|meet|VERB|VBD|ccomp|3 .|.|PUNCT|.|punct|1"
    ),
    "could fire": (
        "The|the|DET|DT|det|1 board|board|NOUN|NN|nsubj|3 could|could|AUX|MD|aux|3 fire|fire|VERB|VB|ROOT|3 "
        "him|he|PRON|PRP|dobj|3 .|.|PUNCT|.|punct|3"
    ),
}
# case: (trigger, polarity, certainty, time, special)
EXPECTED = {
    "did not meet": ("meet", NEG, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    "called for X to resign": ("resign", POS, Certainty.POSSIBLE, EventTime.FUTURE, Special.DEMAND),
    "chose not to testify": ("testify", NEG, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    "will meet": ("meet", POS, Certainty.CERTAIN, EventTime.FUTURE, Special.NONE),
    "if X refuses to quit": ("quit", NEG, Certainty.POSSIBLE, EventTime.PRESENT, Special.CONDITIONAL),
    "denied that he met": ("met", NEG, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    "said that he met": ("met", POS, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    "hoped that he would resign": ("resign", POS, Certainty.POSSIBLE, EventTime.FUTURE, Special.NONE),
    "is scheduled to testify": ("testify", POS, Certainty.CERTAIN, EventTime.FUTURE, Special.NONE),
    "pleaded not guilty": ("pleaded", NEG, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    "did X meet?": ("meet", POS, Certainty.CERTAIN, EventTime.PAST, Special.QUESTION),
    "no meetings": ("meetings", NEG, Certainty.CERTAIN, EventTime.PAST, Special.NONE),
    # a negated report leaves what it would have reported open, not denied
    "declined to say whether they met": ("met", POS, Certainty.POSSIBLE, EventTime.PAST, Special.QUESTION),
    "could fire": ("fire", POS, Certainty.POSSIBLE, EventTime.FUTURE, Special.NONE),
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_hand_built(case):
    trigger, *want = EXPECTED[case]
    f = read(token(build(HAND[case]), trigger))
    assert (f.polarity, f.certainty, f.time, f.special) == tuple(want), case
    assert f.happened is (case == "said that he met")


def test_the_governing_verb_decides_for_its_complement_only():
    doc = build(HAND["chose not to testify"])
    assert read(token(doc, "chose")).happened  # choosing happened; testifying did not
    doc = build(HAND["declined to say whether they met"])
    assert read(token(doc, "say")).polarity is NEG


def test_happened_is_false_for_every_special_case():
    for special in Special:
        f = Factuality(special=special)
        assert f.happened is (special is Special.NONE)


# --- real sentences, parsed by the model --------------------------------------------------------


@pytest.fixture(scope="module")
def parse():
    from storyline.extract import nlp

    pipeline = nlp.load()
    return lambda text: pipeline(text)


REAL = [
    # withdrawing troops is no party leaving an agreement: the decision is still a plan
    (
        "Secretary Mattis' resignation was prompted by the president's flawed and hasty decision to "
        "withdraw our troops from Syria.",
        "withdraw",
        POS,
        None,
    ),
    # issue 8: reports that became events that "happened"
    ("Manafort pleaded not guilty to all the charges against him.", "pleaded", NEG, None),
    ("Murray chose not to testify before the committee.", "testify", NEG, None),
    ("Several Democrats called for Sessions to resign on Thursday.", "resign", POS, Special.DEMAND),
    ("If Gaddafi refuses to quit, NATO will keep up its strikes.", "quit", NEG, Special.CONDITIONAL),
    # a subjunctive clause under "proposed", "suggested": asked for, not done (the demo's
    # "Northmere appoints someone" was a hiring only proposed)
    ("Ford's attorneys also suggested that Kavanaugh testify first.", "testify", POS, Special.DEMAND),
    (
        "Halloran said Volkov proposed at the dinner that Northmere hire a consultancy linked to Halloran.",
        "hire",
        POS,
        Special.DEMAND,
    ),
    ("Trump will meet with Mr. Burr at the White House.", "meet", POS, Special.NONE),
    ("Comey had been scheduled to testify next week.", "testify", POS, Special.NONE),
    ("Sessions said he did not meet any Russians during the campaign.", "meet", NEG, Special.NONE),
    ("Kushner denied meeting the Russian ambassador.", "meeting", NEG, None),
    ("Flynn never met with the ambassador, his lawyer said.", "met", NEG, Special.NONE),
    ("The committee asked him to testify in a public hearing.", "testify", POS, Special.DEMAND),
    ("Did Trump meet Putin in Hamburg?", "meet", POS, Special.QUESTION),
    ("Republicans have refused to hold a hearing on the nomination.", "hearing", NEG, None),
    ("It is not known whether the two men ever met.", "met", POS, Special.QUESTION),
    # the charge hangs on the accused in the parse; the accusing verb still makes it an allegation
    ("The woman accusing the nominee of sexual assault says she will testify.", "assault", POS, Special.NONE),
    ("Prosecutors charged the banker with fraud last year.", "fraud", POS, Special.NONE),
    # a relative pronoun is no one named: "which applies generally" states a rule
    (
        "He cited the statute, which applies generally to obstruction of proceedings.",
        "applies",
        POS,
        Special.GENERIC,
    ),
    # a time clause under "would" lies ahead, whatever its tense
    (
        "He said the oil would stop flowing only when the leak was plugged with cement.",
        "plugged",
        POS,
        Special.NONE,
    ),
    ("It would be weeks before the Senate held hearings on the nominee.", "held", POS, Special.NONE),
    # asked in a yes/no question, not told
    ("Do you have a lot of friends and family who voted for Trump?", "voted", POS, Special.QUESTION),
    # a condition the parse hangs on the reporting verb still conditions what is to come
    ("If Congress passes the bill, Trump said he would sign it.", "sign", POS, Special.CONDITIONAL),
    # "last" mis-tagged as an adjective: its modal still counts
    ("If the talks fail, the strike could last weeks, union leaders warned.", "last", POS, None),
    # a kind, not an occurrence; a cancelled or planned one is no fact either
    ("Starr observed that such attacks are protected speech.", "attacks", POS, Special.GENERIC),
    ("The meeting was cancelled.", "meeting", NEG, Special.NONE),
    ("Protests are planned for Saturday.", "Protests", POS, Special.NONE),
    # "whether or not" denies neither way
    ("Whether or not he testifies, the committee will vote.", "testifies", POS, Special.CONDITIONAL),
    # a condition opened by its words, whatever the parse makes of them ("fires" as a noun)
    ("If Trump fires Mueller, Congress will impeach him.", "fires", POS, Special.CONDITIONAL),
    ("The sanctions will stay as long as Russia occupies Crimea.", "occupies", POS, Special.CONDITIONAL),
    # a curly "n’t" the parse takes for a number; "no tourists riding"; "under no circumstances"
    ("Why didn’t the president-elect dump him during the transition?", "dump", NEG, None),
    ("There are no tourists riding the bus or walking the streets.", "riding", NEG, None),
    ("They told us that under no circumstances should we leave the house.", "leave", NEG, None),
    # an obligation, a subjunctive demand, a kind, a plan, an allegation stated by "is that"
    ("We have to recognize the fallacies of those arguments.", "recognize", POS, Special.DEMAND),
    ("Democrats renewed the demand that Sessions be fired.", "fired", POS, Special.DEMAND),
    ("Republicans tend to trust the executive branch.", "trust", POS, Special.GENERIC),
    ("These annual promises to address the debt are not meant seriously.", "address", POS, Special.NONE),
    ("The notion is that Trump is taking hate groups mainstream.", "taking", POS, Special.NONE),
    ("They had been hopeful that the deal would be enough to win him over.", "win", POS, None),
    # an imperative after opening quotation marks, after a dash, or with "please"
    (
        "`` Give us about a week and we should have some numbers on that , '' he said .",
        "Give",
        POS,
        Special.DEMAND,
    ),
    ("“Give us a week,” the spokesman said.", "Give", POS, Special.DEMAND),
    (
        "Big cities tend to be more unequal than the rest of the country — consider all the CEOs and "
        "bankers that live in New York City, for example.",
        "consider",
        POS,
        Special.DEMAND,
    ),
    ("I welcome your advice, but please, spare me the whole routine.", "spare", POS, Special.DEMAND),
    # a bare form after "demanded that" with a singular subject is the subjunctive of a demand
    (
        "Senate Democrats demanded that the House ethics office investigate the sale.",
        "investigate",
        POS,
        Special.DEMAND,
    ),  # fmt: skip
    # a simple-present relative clause, free relative or gerund of means inside a generic clause
    ("Women who choose abortion often do so in desperation.", "choose", POS, Special.GENERIC),
    (
        "Oil companies tend to work with subcontractors, which increases the parties involved.",
        "increases",
        POS,
        Special.GENERIC,
    ),  # fmt: skip
    (
        "Voters in New Hampshire don't normally care about what happens in Iowa.",
        "happens",
        POS,
        Special.GENERIC,
    ),
    (
        "Those talking heads often draw bigger audiences by taking controversial positions, vilifying "
        "their political opponents, and engaging in dramatic disputes.",
        "vilifying",
        POS,
        Special.GENERIC,
    ),
    # "would have" + participle under a verb of saying is a counterfactual, not a future in the
    # past: he did choose Sessions
    (
        "Trump told The New York Times in a Wednesday interview that he would not have chosen "
        "Sessions to serve as attorney general had he known he would recuse himself.",
        "chosen",
        NEG,
        Special.HYPOTHETICAL,
    ),
    (
        "He has already pushed Clinton to the left on trade; chances are, she would not have "
        "rejected the Obama-backed Trans-Pacific trade deal absent Sanders’s objections.",
        "rejected",
        NEG,
        Special.HYPOTHETICAL,
    ),
]


@pytest.mark.parametrize("text,trigger,polarity,special", REAL)
def test_real_sentences_not_facts(parse, text, trigger, polarity, special):
    f = read(token(parse(text), trigger))
    assert not f.happened, (text, f)
    assert f.polarity is polarity, (text, f)
    if special is not None:
        assert f.special is special, (text, f)


HAPPENED = [
    ("Flynn resigned on Feb. 13 after 24 days in office.", "resigned"),
    ("Sessions met the Russian ambassador twice in 2016, the Post reported.", "met"),
    ("Trump fired Comey on May 9.", "fired"),
    ("Manafort pleaded guilty to two charges on Friday.", "pleaded"),
    ("The attacker reportedly shouted before he began firing.", "shouted"),
    ("Mueller has been investigating Russia's meddling since May.", "investigating"),
    # a wh-question presupposes its relative clause; a past time clause stays past
    ("Who is the man who shot the president?", "shot"),
    ("He resigned after the report was published.", "published"),
    ("If asked, he said, he met Kislyak twice.", "met"),
    # an obligation in the past was met; "went on to"; a comparison, a concession, a time
    # clause of a question, a definite event asked about, a named habit: all told as fact
    ("He had to resign after the report was published.", "resign"),
    ("Curry went on to blather about the agenda.", "blather"),
    ("Half of the people are not wearing masks and some are acting as if it is normal.", "acting"),
    ("Whether it resonates is unclear, though the IRS is pushing the deadline to Tuesday.", "pushing"),
    (
        "Officials often portray the cuts as a result of treaties, but the reduction happened in 1995.",
        "happened",
    ),
    ("Can originalists defend the Court's 2003 ruling?", "ruling"),
    ("Where were your words when I appeared on MSNBC?", "appeared"),
    ("Cohen often taped conversations with associates, the Post reported.", "taped"),
    # a past relative clause in a generic sentence is a fact; so is a gerund under a past clause
    ("Oil companies often hire subcontractors, which caused the spill in 2010.", "caused"),
    ("The company drew bigger audiences by taking controversial positions.", "taking"),
    # a bare plural with "seem" or "appear" is an impression of the moment, not a kind
    ("His lies are so blatant that reporters seem to be almost paralyzed.", "seem"),
    ("New gun control measures appear unlikely after the Senate failed to pass four bills.", "appear"),
    # a relative clause with a bare plural subject picks out something particular
    ("BP's ad campaign, in which employees vow to clean up the Gulf Coast, appears to work.", "vow"),
    ("His position on what environmentalists see as evidence of climate change disappoints critics.", "see"),
    # a quotation opening with a verb that has its subject is no imperative
    ("“Trump won the election,” he said.", "won"),
    # leaving an agreement is done by deciding it, as a firing is (news_scale dev paris_withdrawal)
    ("Rice said the decision to leave the Paris climate agreement was the coup de grâce.", "leave"),
    # ... and so is having decided it (the verb as the noun)
    (
        "“We are deeply disappointed that the United States federal government has decided to withdraw "
        "from the Paris Agreement,” he added.",
        "withdraw",
    ),
]


@pytest.mark.parametrize("text,trigger", HAPPENED)
def test_real_sentences_facts(parse, text, trigger):
    f = read(token(parse(text), trigger))
    assert f.happened, (text, f)
