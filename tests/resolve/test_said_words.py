"""Denials matched to what they deny by the words: quoted words another article quotes too, an
allegation the denial points back to, and not the words of a second predicate. Through the
real pipeline, on articles written for the test."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve.contradictions.words import quoted_pairs, unquoted


def _entries(store, kind="DENIAL"):
    return [c for c in store.contradictions().items if c.kind in (kind, "CHANGED_ACCOUNT")]


def test_quoted_pairs_and_unquoted():
    text = 'Even if he said that "real nut job" relieved "great pressure because of Russia," they note'
    assert quoted_pairs(text) == {"real nut", "nut job", "great pressure", "pressure because"}
    assert quoted_pairs("Trump’s pick calls them ‘damnably false charges.’") == {
        "damnably false",
        "false charges",
    }
    assert "because" not in unquoted(text) and "Even if he said" in unquoted(text)


def test_a_denial_quoting_what_it_denies_meets_the_report_quoting_the_same_words(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nMayor Henrik Daal fired the harbour master, Tom Brandt, in May. "
            'Even if Daal did tell the port investors that getting rid of that "useless clown" lifted '
            '"enormous strain over the dredging inquiry," Ruth Abernathy and Karl Lenz argue, that remark '
            '(which Daal denies) "does not prove the firing was because of the inquiry."\n',
            "b": "Harbour Ledger\n\nMayor Henrik Daal fired Tom Brandt last month. Reports that Daal told the "
            'port investors that the firing "lifted enormous strain" on him alarmed the council, the '
            "auditor said.\n",
        },
    )
    [entry] = _entries(store)
    denies, reports = entry.positions
    assert "which Daal denies" in denies.reports[0].text
    assert [r.text for r in reports.reports] == [
        'Reports that Daal told the port investors that the firing "lifted enormous strain" on him '
        "alarmed the council, the auditor said."
    ]


def test_a_report_of_a_dismissal_is_no_denial(tmp_path):
    # "Press reports that the president told Russian officials that Comey's dismissal 'relieved
    # great pressure' on him" (The Hill): "dismissal" is the firing, not a dismissing of anything
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nMayor Henrik Daal fired the harbour master, Tom Brandt, in May. "
            'Even if Daal did tell the port investors that getting rid of that "useless clown" lifted '
            '"enormous strain over the dredging inquiry," Ruth Abernathy and Karl Lenz argue, that remark '
            '(which Daal denies) "does not prove the firing was because of the inquiry."\n',
            "b": "Harbour Ledger\n\nMayor Henrik Daal fired Tom Brandt last month. Reports that Daal told the "
            'port investors that Brandt\'s dismissal "lifted enormous strain" on him alarmed the council, '
            "the auditor said.\n",
        },
    )
    [entry] = _entries(store)
    assert "dismissal" in entry.positions[1].reports[0].text


def test_a_denial_of_those_allegations_meets_the_allegation_told_before_it(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "c": "Quay Times\n\nCommissioner Alina Marek faces the council on Monday. There will still be "
            "questions at the hearing about allegations that she once took bribes from a dredging firm as "
            "harbour master. Marek has denied those allegations.\n",
        },
    )
    [entry] = _entries(store)
    denies, reports = entry.positions
    assert denies.reports[0].text == "Marek has denied those allegations."
    assert "took bribes" in reports.reports[0].text


def test_what_a_denier_says_after_the_denial_is_not_denied(tmp_path):
    # "has denied any bribery and has called the audit a witch hunt": calling it a witch hunt
    # again elsewhere is no report of bribery
    store = ingest_texts(
        tmp_path,
        {
            "d": "Bay Star\n\nCommissioner Alina Marek has denied any bribery and has called auditor Ruth "
            "Abernathy's review a witch hunt.\n",
            "e": "Port Daily\n\nAlina Marek said on Monday that Ruth Abernathy's review of her office was a "
            "witch hunt run by her rivals.\n",
        },
    )
    assert _entries(store) == []


def test_a_claim_denied_as_he_claimed_meets_that_claim_in_its_article(tmp_path):
    # a fact check: the claim, then what is true told against it "as he claimed"
    store = ingest_texts(
        tmp_path,
        {
            "f": "Bay Star\n\nMayor Henrik Daal spoke at the harbour gala on Friday. "
            'Daal said, "I received their Golden Anchor award and many of the greatest awards given by '
            'Norway." A number of sailing clubs have honored Daal over the years for his charity, '
            "but the government of Norway has not yet given him a prize as he claimed Friday.\n",
        },
    )
    [entry] = _entries(store)
    denies, reports = entry.positions
    assert denies.reports[0].text.endswith("as he claimed Friday.")
    assert [r.text for r in reports.reports] == [
        'Daal said, "I received their Golden Anchor award and many of the greatest awards given by Norway."'
    ]


def test_a_rejected_assertion_and_the_denial_the_next_sentence_goes_on_with(tmp_path):
    # "that assertion": the claim extraction found it answers; "They …" goes on with the denial
    store = ingest_texts(
        tmp_path,
        {
            "g": "Capital Wire\n\nDuring the hearing, Mayor Henrik Daal's official account falsely said that "
            "auditor Ruth Abernathy and her deputy Karl Lenz testified that the harbour fund had lost no money. "
            "Both auditors later rejected that assertion during the hearing. They had actually testified that "
            "no votes were changed by the fund's managers and did not say that the fund's managers had not "
            "influenced the wider audit process.\n",
        },
    )
    [entry] = _entries(store)
    denies, reports = entry.positions
    assert [r.text[:30] for r in denies.reports] == [
        "Both auditors later rejected t",
        "They had actually testified th",
    ]
    assert reports.reports[0].text.startswith("During the hearing, Mayor Henrik Daal's official account")
