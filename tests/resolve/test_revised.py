"""An account and the later one, as articles tell them ("initially said" … "later said"),
through the real pipeline, on sentences of AllSides articles (2017–2018)."""

from __future__ import annotations

from tests.stores import ingest_texts

GUARDIAN = (
    "The Guardian\n\nMueller has been investigating the events leading up to the firing of James Comey. "
    "The White House initially said the firing was based on the justice department’s recommendation "
    "and cited as justification a memo that faulted Comey’s handling of the Hillary Clinton email "
    "investigation. But Trump himself said later he was thinking of this “Russia thing” and had "
    "intended to fire Comey anyway.\n"
)
HILL = (
    "The Hill\n\nMueller wants to ask the president about the firing of James Comey. "
    "The White House initially pinned Comey’s firing on a recommendation from the Justice "
    "Department over his handling of the Clinton email investigation. Later, Trump in an interview "
    "stated the Russia investigation factored into his firing.\n"
)


def test_an_account_told_as_the_first_and_the_later_one_are_one_changed_account(tmp_path):
    store = ingest_texts(tmp_path, {"guardian": GUARDIAN, "hill": HILL})
    ours = [k for k in store.contradictions().items if k.reason.startswith("an account told as the first")]
    assert len(ours) == 1  # the same change told by two outlets is one disagreement
    k = ours[0]
    assert k.kind == "CHANGED_ACCOUNT"
    earlier, later = k.positions
    assert earlier.label == "earlier account" and later.label == "later account"
    assert len({r.doc for r in earlier.reports}) == 2
    assert all("initially" in r.text for r in earlier.reports)
    assert any("Russia thing" in r.text for r in later.reports)
    assert len(k.claims) >= 2


def test_a_changed_plan_is_no_changed_account(tmp_path):
    # "initially picked", "initially requested": an order of events, no account of them
    store = ingest_texts(
        tmp_path,
        {
            "kelly": "The Hill\n\nTrump initially picked John Kelly as secretary of homeland security. "
            "Trump later named Kelly as his new chief of staff, the White House said.\n",
        },
    )
    assert not [
        k for k in store.contradictions().items if k.reason.startswith("an account told as the first")
    ]


def test_a_count_revised_later_is_a_number_disagreement(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "vox": "Vox\n\nAleksandr Kogan got permission from Facebook to pull data via an app he created. "
            "Initially, Facebook estimated that 50 million profiles had been harvested by Kogan. "
            "Now, Facebook says 87 million users’ profiles “may have been improperly shared” with "
            "Cambridge Analytica.\n",
        },
    )
    ours = [k for k in store.contradictions().items if k.reason.startswith("the count of")]
    assert len(ours) == 1
    assert ours[0].kind == "NUMBER" and ours[0].question == "how many profiles?"
    assert [p.label for p in ours[0].positions] == [
        "50,000,000 profiles (earlier)",
        "87,000,000 profiles (later)",
    ]


def test_an_aside_about_someone_else_is_no_later_account(tmp_path):
    # AllSides 2016: what Powell did is no later account of what the Times first reported
    store = ingest_texts(
        tmp_path,
        {
            "emails": "The Hill\n\nInitially the New York Times reported she had only used a private email "
            "address, rather than a government account, while secretary of state. (Former Secretary of "
            "State Colin Powell later said he had done the same while in office).\n",
        },
    )
    assert not [
        k for k in store.contradictions().items if k.reason.startswith("an account told as the first")
    ]


def test_an_earlier_figure_with_no_verb_of_saying_is_cited(tmp_path):
    # Vox 2018-03-21: the earlier sentence holds no verb of saying, event or name; as a figure
    # stated it is the writer's claim (else its own sentence id would stand in)
    store = ingest_texts(
        tmp_path,
        {
            "vox": "Vox\n\nHowever, because they consented to give the app access to their friends’ "
            "profiles, too, Kogan ended up collecting data from far more. Initially, the estimate was "
            "50 million raw profiles, of which about 30 million could be matched with other records "
            "that helped identify people. Now, Facebook says 87 million users’ profiles “may have been "
            "improperly shared” with Cambridge.\n",
        },
    )
    ours = [k for k in store.contradictions().items if k.reason.startswith("the count of")]
    assert len(ours) == 1
    earlier, later = ours[0].positions
    assert "50 million raw profiles" in earlier.reports[0].text and "87 million" in later.reports[0].text
    assert len(ours[0].claims) == 2
    first = earlier.reports[0]
    assert (first.claim or f"{first.doc}:s{first.sent}") in ours[0].claims
