"""A state under its several names is one party: as the speaker of a denial ("The Syrian
government denied …", "Damascus has denied …": Syria) and as the one said to act ("the Assad
regime was responsible for the attack": Syria, Assad being named its president), never as a place
("the chemical weapons attack in Damascus"). Sentences of set e's dev articles
(bench/contradictions_unseen.py --set e)."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Analysis, Document, Entity
from storyline.resolve.contradictions.said import _Said
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.entities import resolve_entities

# The Associated Press, 2018-04-09
AP = (
    "In response to the reports, Trump on Sunday blamed Syrian government forces for what he called a "
    "“mindless CHEMICAL attack.” In a series of tweets, Trump held Russia and Iran, Syrian President "
    "Bashar Assad’s chief sponsors, responsible.\n\n"
    "Trump was to meet with his senior military leadership on Monday, the same day his new national "
    "security adviser, John Bolton, assumes his post. Bolton has previously advocated significant "
    "airstrikes against Syria.\n\n"
    "The Syrian government denied the chemical weapons allegations, calling them fabrications.\n"
)
# The Hill, 2018-04-08
HILL = (
    "The State Department on Sunday condemned Russia for supporting Syrian President Bashar Assad, but "
    "the tweet represents strong words from Trump, who has rarely criticized Putin directly.\n\n"
    "Nauert said U.S. officials are closely following the “disturbing reports … regarding another "
    "alleged chemical weapons attack, this time targeting a hospital in Douma, Syria.”\n\n"
    "Damascus has denied responsibility for the attack, Reuters reported.\n"
)
# The Guardian, 2018-04-12
GUARDIAN = (
    "Mattis said Washington is still looking for evidence on who carried out Saturday’s chemical "
    "weapons attack in Damascus and that his main concern about a military response was how to stop "
    "it “escalating out of control”.\n\n"
    "According to the New York Times, Mattis appealed at the meeting for more time to gather evidence "
    "to prove the Assad regime was responsible for the attack. But the administration appeared "
    "determined to deliver on the president’s threat to punish the use of poison gas.\n"
)


def _syria(analyses: list[Analysis], mention_entity: dict[str, str]) -> str:
    """The entity the articles' "Syria" is (named "Syria" or, by its mentions' vote, "Syrian")."""
    return next(mention_entity[m.id] for a in analyses for m in a.mentions if m.text == "Syria")


def _store() -> tuple[list[Analysis], dict[str, str], dict[str, Entity]]:
    docs = []
    for key, day, text in (
        ("ap", "2018-04-09", AP),
        ("hill", "2018-04-08", HILL),
        ("guardian", "2018-04-12", GUARDIAN),
    ):
        c = clean_text(text)
        docs.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    analyses = list(analyse(docs))
    entities, mention_entity = resolve_entities(analyses)
    return analyses, mention_entity, {e.id: e for e in entities}


def test_a_state_denies_by_its_government_and_its_capital():
    analyses, mention_entity, by_id = _store()
    speakers = Speakers(analyses, mention_entity, by_id)
    deniers = {
        c.text: speakers.of(c)
        for a in analyses
        for c in a.claims
        if c.stance == "DENY" and ("Syrian government denied" in c.text or "Damascus has denied" in c.text)
    }
    syria = _syria(analyses, mention_entity)
    assert list(deniers.values()) == [syria, syria], deniers


def test_a_leaders_regime_acts_for_the_state_and_a_capital_as_place_does_not():
    analyses, mention_entity, by_id = _store()
    speakers = Speakers(analyses, mention_entity, by_id)
    said = _Said(analyses, [c for a in analyses for c in a.claims], mention_entity, speakers)
    names = {a.doc.id: a for a in analyses}
    syria = _syria(analyses, mention_entity)
    told = {c.text: said.people.get((c.doc, c.sent), set()) for c in names["guardian"].claims}
    regime = [who for text, who in told.items() if "Assad regime was responsible" in text]
    assert regime and syria in regime[0], told
    place = [who for text, who in told.items() if "attack in Damascus" in text]
    assert place and all(syria not in who for who in place), told


# USA TODAY, 2018-10-16 (set b's dev part): a related story's headline, linked inside the article
USA_TODAY = (
    "USA TODAY\n\n"
    "In an interview with The Associated Press, Trump compared the situation to the allegations of sexual "
    "assault leveled against Supreme Court Justice Brett Kavanaugh during his confirmation hearing.\n\n"
    "More:Trump says rush to condemn Saudi Arabia over Khashoggi is similar to Kavanaugh accusations\n\n"
    "U.S. resident and Washington Post contributor Khashoggi vanished two weeks ago while visiting the "
    "Saudi consulate in Istanbul. Turkish officials said they have evidence Khashoggi was killed and "
    'dismembered inside the diplomatic compound, but Saudi officials called the allegations "baseless."\n'
)


def test_a_linked_headline_is_no_accusation_a_states_denial_answers(tmp_path):
    store = ingest_texts(tmp_path, {"usa": USA_TODAY})
    sides = reported_sides(store)
    assert not any(t.startswith("More:") for side in sides for t in side), sides
