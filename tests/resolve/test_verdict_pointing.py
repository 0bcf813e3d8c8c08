"""A denial calling what another said untrue ("That is not accurate," according to McCabe) points
back to that saying, whoever it is about; not to the denier's own saying, nor when the verdict's
speaker is only a pronoun. Sentences from a USA TODAY article and a CNN
fact check of the contradictions bench's 330 (dev)."""

from tests.resolve.test_pointing import _claim

from storyline.resolve.contradictions.pointing import antecedent

# USA TODAY, 2017-05-11
SANDERS_1 = (
    "At a May 10 press briefing, Sanders said the president, members of Congress and the Department of "
    "Justice had lost confidence in Comey."
)
SANDERS_2 = "“And most importantly, the rank and file of the FBI had lost confidence in their director,” Sanders said."
ASKED = (
    "McCabe — a 21-year FBI official who assumed the position of acting FBI director when Comey was fired — "
    "was asked about Sanders’ remark at a May 11 hearing of the Senate intelligence committee."
)
NOT_ACCURATE = "“No, sir, that is not accurate,” he said."
SPOKESWOMAN = (
    "Trump said the “FBI has been in turmoil,” and a White House spokeswoman said “the rank and file of the "
    "FBI had lost confidence” in Comey."
)
ACCORDING = (
    "“That is not accurate,” according to Acting FBI Director Andrew McCabe, who said Comey “enjoyed broad "
    "support within the FBI, and still does to this day.”"
)


def test_a_verdict_by_a_pronoun_is_left_alone():
    # whose verdict "he said" is, is read less surely at scale: no antecedent by the verdict rule
    claims = [
        _claim(0, 0, SANDERS_1, speaker="Sarah Huckabee Sanders"),
        _claim(1, 1, SANDERS_2, speaker="Sarah Huckabee Sanders"),
        _claim(3, 3, NOT_ACCURATE, "DENY", speaker="he", denied="that"),
    ]
    texts = {0: SANDERS_1, 1: SANDERS_2, 2: ASKED, 3: NOT_ACCURATE}
    assert antecedent(claims[2], texts, claims, {"McCabe", "Andrew"}) is None


def test_the_verdict_as_a_quote_before_its_speaker():
    claims = [
        _claim(0, 0, SPOKESWOMAN, speaker="a White House spokeswoman"),
        _claim(1, 1, ACCORDING, "DENY", speaker="Andrew McCabe", denied="That"),
    ]
    ante = antecedent(claims[1], {0: SPOKESWOMAN, 1: ACCORDING}, claims, {"McCabe", "Andrew"})
    assert ante is not None and ante.sent == 0
    assert "the rank and file of the FBI had lost confidence" in ante.clause


def test_a_verdict_on_the_deniers_own_saying_is_no_antecedent():
    # CNN fact check, 2016-02-25: Rubio's own relay of Apple's claim, then "That is not accurate."
    relay = "Rubio then said, \"Apple initially came out saying we're being ordered to create a backdoor to an encryption device."
    claims = [
        _claim(0, 0, relay, speaker="Marco Rubio"),
        _claim(1, 1, 'That is not accurate."', "DENY", speaker="Marco Rubio", denied="That"),
    ]
    assert antecedent(claims[1], {0: relay, 1: 'That is not accurate."'}, claims, {"Rubio", "Marco"}) is None
