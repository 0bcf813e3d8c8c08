"""A pointing noun the parse left bare: "But the Pentagon’s top spokeswoman tells the Washington
Examiner that account is "blatantly false."" (Fox News, 2018-04-19, set f of
bench/contradictions_unseen.py) was read as denying "account", its "that" taken for the one
opening a clause, so no antecedent was looked for; it points back to the Times's report told just
before (``pointing.pointed``)."""

from tests.resolve.test_pointing import _claim

from storyline.resolve.contradictions.pointing import antecedent, pointed

# Fox News, 2018-04-19 (sentences 42 and 43)
TIMES = (
    "Footnote: In a similar vein, the Times reported that Jim Mattis urged Trump to get congressional "
    "approval before launching the airstrikes against Syria but that the president overruled his "
    "Defense secretary."
)
PENTAGON = (
    'But the Pentagon’s top spokeswoman tells the Washington Examiner that account is "blatantly false."'
)


def test_a_bare_pointing_noun_after_that_points_back():
    times = _claim(1, 42, TIMES, speaker="The New York Times")
    denial = _claim(2, 43, PENTAGON, "DENY", "the Pentagon’s top spokeswoman", denied="account", answers="c1")
    assert pointed(denial) == "account"
    found = antecedent(denial, {42: TIMES, 43: PENTAGON}, [times, denial], {"Pentagon"})
    assert found is not None and found.sent == 42
    assert found.clause.startswith("Jim Mattis urged Trump to get congressional approval")
    # a bare noun with no "that" before it says nothing of pointing back
    other = _claim(3, 43, "Page denied allegations of wrongdoing.", "DENY", "Page", denied="allegations")
    assert pointed(other) is None
