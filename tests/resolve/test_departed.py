"""One's own account of resigning against the reports that one was fired
(``resolve/contradictions/departed.py``): Priebus "is now telling reporters he resigned Thursday" (Vox)
against "President Trump on Friday dismissed Reince Priebus" (The Hill; July 2017, set e's dev
articles of bench/contradictions_unseen.py); not an account that says the leaving was asked
for (Sessions's letter, "at your request": NPR, November 2018, the main bench's store)."""

from __future__ import annotations

from tests.resolve.test_blamed import _analyses, _sides

# The Hill, 2017-07-28
DISMISSED = (
    "President Trump on Friday dismissed Reince Priebus as his chief of staff and replaced him with "
    "retired four-star Marine Corps General and Homeland Security Secretary John Kelly, a dramatic "
    "shakeup of a White House staff riven by infighting and distrust.\n\n"
    "Priebus has borne the brunt of the blame for the lack of progress on Trump’s legislative agenda.\n"
)
# Vox, 2017-07-28
RESIGNED = (
    "After a mere six months on the job, White House chief of staff Reince Priebus is headed out the "
    "door.\n\n"
    "It also comes the afternoon after the Republican health bill went down to defeat in the Senate "
    "(though Priebus is now telling reporters he resigned Thursday).\n"
)


def test_an_account_of_resigning_stands_against_the_report_of_a_dismissal():
    sides = _sides(_analyses([("dismissed", "2017-07-28", DISMISSED), ("resigned", "2017-07-28", RESIGNED)]))
    assert any(
        any("telling reporters he resigned" in t for t in side)
        and any("dismissed Reince Priebus" in t for t in side)
        for side in sides
    ), sides


def test_a_resignation_asked_for_is_no_account_against_the_firing():
    asked = RESIGNED.replace("he resigned Thursday", "he resigned Thursday at the president's request")
    sides = _sides(_analyses([("dismissed", "2017-07-28", DISMISSED), ("resigned", "2017-07-28", asked)]))
    assert not any(any("dismissed Reince Priebus" in t for t in side) for side in sides), sides
