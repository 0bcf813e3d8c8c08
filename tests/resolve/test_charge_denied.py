"""A denial of an act its own sentence tells as a charge ("Gianforte allegedly slammed Ben Jacobs
to the floor … — a charge Gianforte denies", The Hill, May 2017, set f of
bench/contradictions_unseen.py): the act is read as probable, for "allegedly", and so the denial
was taken as no plain no and left to its words, which no other sentence repeats. The hedge is
the charge's: when its words find nothing, the denial stands against the act's reports
(``words.alleged_only``, read in ``denials``)."""

from __future__ import annotations

from tests.resolve.test_blamed import _analyses, _sides

from storyline.resolve.contradictions.words import alleged_only

# The Hill, 2017-05-25 (sentences 0, 1, 22 and 23 of one article)
HILL = (
    "Montana law enforcement officials have charged GOP House candidate Greg Gianforte with "
    "misdemeanor assault following an alleged physical altercation with a reporter Wednesday "
    "evening, just hours before voters head to the polls.\n"
    "Gianforte allegedly slammed Ben Jacobs to the floor at the candidate’s campaign headquarters in "
    "Bozeman as The Guardian reporter posed questions about the Republicans’ ObamaCare repeal plan — "
    "a charge Gianforte denies.\n"
    "Yet eyewitness accounts from several Fox News reporters contradict Gianforte’s story.\n"
    "“Gianforte grabbed Jacobs by the neck with both hands and slammed him into the ground behind "
    "him,” said Fox reporter Alicia Acuna.\n"
)


def test_a_charge_denied_in_its_own_sentence_stands_against_the_act_told():
    sides = _sides(_analyses([("hill", "2017-05-25", HILL)]))
    assert any(
        any("a charge Gianforte denies" in t for t in side)
        and any(t.startswith("“Gianforte grabbed Jacobs by the neck") for t in side)
        for side in sides
    ), sides


def test_only_a_charge_s_hedge_makes_a_denial_a_plain_no():
    # set a's articles
    assert alleged_only("The White House has said Trump denies the alleged affair.")
    assert alleged_only(
        "Kavanaugh, who will testify later, has strongly denied this and other allegations of sexual misconduct."
    )
    # unsure in its own words (Washington Times, set f), or no charge (main bench): not so
    assert not alleged_only(
        "It is not clear how determined Mr. Rosenstein, who was just two weeks into his job when he "
        "allegedly made the suggestions, was to invoke the 25th Amendment."
    )
    assert not alleged_only("Sessions said no, because he didn't believe there were any such contacts.")
