"""A sentence telling a charge in full that names a denial of it only as a noun is the charge,
not another denial: sentences of a CNN article of set "d" of bench/contradictions_unseen.py
(AllSides 2016–2018) on Comey's memos, where "Trump has vehemently denied the allegation about
the prostitutes" answers the sentence two before it."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.resolve.contradictions.said import notes_denial

NOTED = (
    "That's because while noting Trump's denial about notorious allegations that he watched prostitutes "
    "engage in lewd behavior in a Moscow hotel, they include a bizarre comment by the President about an "
    "undated conversation with Putin."
)
QUOTE = (
    "\"The President said the 'hookers thing' is nonsense but that Putin had told him 'we have some of the "
    "most beautiful hookers in the world' (He did not say when Putin had told him this),\" Comey wrote."
)
DENIAL = (
    "Trump has vehemently denied the allegation about the prostitutes and it has not been publicly "
    "authenticated by US intelligence agencies or news organizations."
)


def test_a_denial_named_as_a_noun_beside_the_charge_told():
    assert notes_denial(NOTED)
    # a denial said of the charge, or named with no charge told: another denial
    assert not notes_denial(DENIAL)
    assert not notes_denial(
        "Mr. Judge has submitted two declarations, including one Thursday after Ms. Blasey Ford’s testimony, "
        "elaborating on his denial."
    )
    assert not notes_denial(
        "Moore has denied the allegations that he engaged in sexual activity with teenage females when he "
        "was in his thirties."
    )


def test_the_denial_stands_against_the_charge_it_answers(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "cnn": (
                "CNN\n\nThe documents will also renew attention on the odd relationship between Trump and "
                "Russian President Vladimir Putin. " + NOTED + " " + QUOTE + " " + DENIAL
            ),
        },
    )
    assert any(NOTED in s and DENIAL in s for s in reported_sides(store))
