"""A party's denial of an attack against the claims that tell the party carried it out
(``resolve/contradictions/blamed.py``): Damascus's denial of the Douma attack against Macron's
"the government of Bashar al-Assad was responsible for the attack" (set e's dev articles of
bench/contradictions_unseen.py: The Associated Press, The Hill, The Guardian, April 2018); not a
report only hedged ("“it looks like” Russia was behind the attack", USA TODAY, set b's dev part)."""

from __future__ import annotations

from tests.resolve.test_state_names import AP, HILL

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Analysis, Document
from storyline.resolve import resolve

# The Guardian, 2018-04-12
GUARDIAN = (
    "After the White House meeting, Trump called the British prime minister, Theresa May, and the two "
    "leaders agreed that “it was vital that the use of chemical weapons did not go unchallenged”.\n\n"
    "French president Emmanuel Macron said that his government had “proof” that the government of "
    "Bashar al-Assad was responsible for the attack, which is reported to have killed about 50 people "
    "and affected hundreds more.\n"
)
# Reuters, 2018-03-27 and USA TODAY, 2018-03-15 (set b)
REUTERS = (
    "Moscow has denied being behind the attack on Sergei Skripal and his daughter in the southern "
    "English city of Salisbury.\n"
)
USA_TODAY = "Later on Thursday, Trump told reporters that “it looks like” Russia was behind the attack.\n"


def _analyses(texts: list[tuple[str, str, str]]) -> list[Analysis]:
    docs = []
    for key, day, text in texts:
        c = clean_text(text)
        docs.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    return list(analyse(docs))


def _sides(analyses: list[Analysis]) -> list[list[str]]:
    return [[r.text for p in k.positions for r in p.reports] for k in resolve(analyses).contradictions]


def test_a_states_denial_of_an_attack_stands_against_the_claim_it_was_responsible():
    analyses = _analyses(
        [("ap", "2018-04-09", AP), ("hill", "2018-04-08", HILL), ("guardian", "2018-04-12", GUARDIAN)]
    )
    sides = _sides(analyses)
    assert any(
        any(t.startswith("Damascus has denied") for t in side)
        and any("government of Bashar al-Assad was responsible" in t for t in side)
        for side in sides
    ), sides


def test_an_attack_blamed_only_as_it_looks_is_no_report():
    analyses = _analyses([("reuters", "2018-03-27", REUTERS), ("usa", "2018-03-15", USA_TODAY)])
    sides = _sides(analyses)
    assert not any(any("looks like" in t for t in side) for side in sides), sides
