"""What a denial denies, on the 330's sentences: a report must share a word of what is said to be
denied, not only of the denial's setting; an investigation called a witch hunt or a hoax denies
no fact."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve.contradictions.words import only_opinion

# Washington Times, 2018-12-02
COMEY = (
    "Washington Times\n\nIn a court filing to quash a Republican congressional subpoena, Mr. Comey "
    "rejected as untrue a charge from Mr. Trump that he had leaked classified information.\n"
)


def _denials(store):
    return [c for c in store.contradictions().items if c.kind in ("DENIAL", "CHANGED_ACCOUNT")]


def test_a_report_sharing_only_the_setting_is_no_report_of_the_charge(tmp_path):
    # Politico, 2017-05-17: "filing" and "charges" are all it shares with the denial
    store = ingest_texts(
        tmp_path,
        {
            "a": COMEY,
            "b": "Politico\n\nTrump cited Comey's explanation last summer of why the FBI and Justice "
            "Department weren't filing charges in the Hillary Clinton email investigation.\n",
        },
    )
    assert _denials(store) == []


def test_a_report_of_the_charge_itself_stands_against_the_denial(tmp_path):
    # the same denial against a sentence telling what it denies (National Review's wording)
    store = ingest_texts(
        tmp_path,
        {
            "a": COMEY,
            "b": "National Review\n\nTrump has said that Comey leaked classified information to the press "
            "through a friend at Columbia, a court filing shows.\n",
        },
    )
    [entry] = _denials(store)
    assert "rejected as untrue" in entry.positions[0].reports[0].text
    assert "leaked classified information" in entry.positions[1].reports[0].text


def test_an_investigation_called_a_witch_hunt_or_a_hoax_denies_no_fact():
    for text in (
        # USA TODAY, Fox News, The Daily Caller: an opinion of an investigation
        "It's now one focal point in a sweeping investigations by three congressional committees and special "
        "counsel Robert Mueller into Russia's interference in the presidential election and possible collusion "
        "with Trump associates, which the president has dismissed as a witch hunt and a hoax.",
        "His removal could add to the turmoil that has enveloped the FBI since Comey's firing and as the FBI "
        "continues its Trump campaign investigation that the White House has dismissed as a hoax.",
        'Trump has called the FBI investigation into Russia a "hoax" and "taxpayer funded charade."',
    ):
        assert only_opinion(text), text
    for text in (
        # a fact denied beside the opinion, or what is dismissed is a thing said
        "Trump has denied any collusion and has called Mueller’s investigation a witch hunt.",
        "Moscow denies interfering and Trump has repeatedly dismissed Special Counsel Robert Mueller’s "
        "investigation as a political witch hunt.",
        "In a series of tweets, Trump called a “TOTAL HOAX” the idea his campaign worked with Moscow, "
        "which Mueller is examining.",
    ):
        assert not only_opinion(text), text


def test_contractions_with_a_typographic_apostrophe():
    # two in three contractions of the 330 are written "n’t": the words of denial and of
    # negation read both spellings
    from storyline.resolve.contradictions.words import DENIAL_WORD, NEGATION, NO_DENIAL

    told = "A day after BuzzFeed posted the dossier, President-elect Trump told reporters that the story about the prostitutes wasn’t true."
    assert DENIAL_WORD.search(told)
    assert NO_DENIAL.search(
        "Sessions didn’t deny making any of those vile comments, but he did say he’d been quoted out of context."
    )
    assert NEGATION.search(
        "The Wall Street Journal reported, in its mild way, “The Journal hasn’t been able to verify the allegations.”"
    )
    assert not NEGATION.search(
        "Ailes vented privately to at least one associate, telling him that Trump was crazy."
    )
