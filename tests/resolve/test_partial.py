"""A denial that one's views swayed one's work against the claims that one was biased
(``resolve/contradictions/partial.py``): Strzok "insisted … that his personal political views
had absolutely no impact on his conduct at the FBI" (Fox News Opinion) against "Republicans
charged that Strzok's texts were evidence that he was biased" (CNN; July 2018, set e's dev
articles of bench/contradictions_unseen.py); not a bias only feared and not found ("concerned
about Strzok’s potential bias …, he couldn’t actually find evidence of bias", Vox)."""

from __future__ import annotations

from tests.resolve.test_blamed import _analyses, _sides

# Fox News Opinion, 2018-07-13
FOX = (
    "Strzok admitted at Thursday’s hearing that he “detested” Trump.\n\n"
    "However, he insisted vehemently and repeatedly that his personal political views had absolutely no "
    "impact on his conduct at the FBI in the investigations involving either the Trump campaign or "
    "Clinton.\n"
)
# CNN, 2018-07-12
CNN = (
    "FBI agent Peter Strzok testified before two House committees on Thursday.\n\n"
    "But Republicans charged that Strzok's texts were evidence that he was biased to clear Clinton and go "
    "after Donald Trump, grilling him about the messages he exchanged with then-FBI agent Lisa Page.\n"
)
# Vox, 2018-07-12
VOX = (
    "Inspector General Michael Horowitz reviewed the texts.\n\n"
    "He wrote that, though he was concerned about Strzok’s potential bias and thought he hurt the FBI’s "
    "reputation, he couldn’t actually find evidence of bias affecting his actual investigative decisions.\n"
)


def test_a_denial_that_views_swayed_work_stands_against_the_charge_of_bias():
    sides = _sides(_analyses([("fox", "2018-07-13", FOX), ("cnn", "2018-07-12", CNN)]))
    assert any(
        any("no impact on his conduct" in t for t in side)
        and any("evidence that he was biased" in t for t in side)
        for side in sides
    ), sides


def test_a_bias_only_feared_is_no_charge_of_bias():
    sides = _sides(_analyses([("fox", "2018-07-13", FOX), ("vox", "2018-07-12", VOX)]))
    assert not any(any("potential bias" in t for t in side) for side in sides), sides
