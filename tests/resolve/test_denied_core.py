"""A report must tell the denied thing itself, not words near it: "the party described in Dr.
Ford's letter" is no letter describing misconduct, "fired from her post as an assistant" is no
troops assisting with border security. Sentences of CNN, PBS NewsHour, The Guardian and The
Washington Times (AllSides 2018)."""

from __future__ import annotations

from tests.records import rows
from tests.stores import ingest_texts

from storyline.resolve.contradictions.asserted import denied_core, inflected

JUDGE_DENIAL = "but I do not recall the party described in Dr. Ford's letter."
LETTER = (
    "It said the FBI had forwarded to the White House a letter, evidently from Ford, describing alleged "
    "misconduct in the 1980s by Kavanaugh."
)
OMAROSA = (
    "Former Apprentice star Omarosa Manigault-Newman said she had felt uncomfortable and upset in the "
    "White House as its most high-profile African American woman, as she denied reports she had been "
    "fired from her post as an assistant to Donald Trump."
)
BAKER = (
    "High-profile Republicans said they are writing bills that would end family separations, and "
    "Massachusetts Gov. Charlie Baker, a Republican, said he will no longer allow his National Guard "
    "troops to assist with border security as a protest against Mr. Trump’s policies."
)


def _pairs(store) -> set[tuple[str, str]]:
    out = set()
    for k in rows(store.contradictions()):
        sides = [{r["text"] for r in p["reports"]} for p in k["positions"]]
        out |= {(a, b) for s in sides for t in sides if s is not t for a in s for b in t}
    return out


def test_the_denied_thing_itself():
    assert denied_core("the party described in Dr. Ford's letter") == {"party"}
    # an act told: its reports may tell it in other words ("asked for his loyalty")
    assert denied_core("demanding Comey's loyalty") == set()
    assert denied_core("reports she had been fired from her post as an assistant to Donald Trump") == set()


def test_the_same_word_not_its_first_letters():
    assert inflected("described") == inflected("describing")
    assert inflected("fired") == inflected("fire")
    assert inflected("assistant") != inflected("assist")


def test_a_letter_describing_misconduct_is_no_report_of_the_party_it_describes(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": (
                "CNN\n\nThe confusion and bickering between Democrats and Republicans set off by Christine Blasey "
                "Ford's allegations are casting a darkening cloud over Kavanaugh's hopes of being swiftly "
                "confirmed and cementing a conservative majority on the court in a huge win for President "
                "Donald Trump. "
                'Judge said he had "no memory" of the alleged incident in a letter to the Judiciary '
                "Committee Tuesday and his lawyer said he has no plans to speak publicly\n\n"
                f'"Brett Kavanaugh and I were friends in high school {JUDGE_DENIAL} More to the point, I never '
                'saw Brett act in the manner Dr. Ford describes," Judge wrote.\n'
            ),
            "b": (
                "PBS NewsHour\n\nWASHINGTON (AP) — Trading accusations, Democratic and Republican senators "
                "quarreled Tuesday over who will testify at what promises to be a dramatic and emotional hearing "
                "next Monday with Supreme Court nominee Brett Kavanaugh and the woman who says he sexually "
                "assaulted her when they were in high school. Democrats are demanding that the FBI be given time to reopen its background "
                "investigation into Kavanaugh so it can check the assertions of Christine Blasey Ford, the woman "
                "accusing Kavanaugh of assault. Democrats say they want the FBI to investigate Ford’s claims. "
                "But the Justice Department said in a statement late Monday that the accusation against Kavanaugh “does not "
                f"involve any potential federal crime.” {LETTER}\n"
            ),
        },
    )
    assert not any(LETTER in b for a, b in _pairs(store) if "Ford's letter" in a)


def test_troops_assisting_are_no_report_of_her_being_fired_as_an_assistant(tmp_path):
    store = ingest_texts(
        tmp_path,
        {"a": f"The Guardian\n\n{OMAROSA}\n", "b": f"Washington Times\n\n{BAKER}\n"},
    )
    assert not any(BAKER in b for a, b in _pairs(store) if "Omarosa" in a)
