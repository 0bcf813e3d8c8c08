"""A denial of what someone else did ("the same denial Sanders issued to knock down speculation
that Trump had any involvement in …") stands against plain sentences telling that person did
it, found by that person's name, whatever form the shared words take ("adoption" /
"adoptions"). Sentences of New York magazine and The Hill (AllSides 2016–2018)."""

from __future__ import annotations

from tests.records import rows
from tests.stores import ingest_texts

DENIAL = (
    "This is essentially the same denial Sanders issued to knock down speculation that Trump had "
    "any involvement in Donald Jr.’s initial “adoption of Russian children” explanation for the "
    "Trump Tower meeting."
)
REPORT = (
    "Trump himself reportedly dictated a statement from Trump Jr. last summer describing the 2016 "
    "meeting with Russian lawyer Natalia Veselnitskaya as primarily about adoptions of Russian children."
)


def test_a_denial_for_someone_else_meets_the_report_naming_them(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "New York Magazine\n\nPress secretary Sarah Huckabee Sanders spoke to reporters on "
            f"Tuesday. {DENIAL}\n",
            "b": f"The Hill\n\nDonald Trump Jr. met a Russian lawyer at Trump Tower in June 2016. {REPORT}\n",
        },
    )
    (k,) = rows(store.contradictions())
    texts = {p["label"]: [r["text"] for r in p["reports"]] for p in k["positions"]}
    assert [DENIAL] in texts.values() and [REPORT] in texts.values()


def test_a_denial_naming_others_beside_it_finds_nothing_by_their_names(tmp_path):
    # "Moscow denies interfering and Trump has repeatedly dismissed …": Trump is not the one
    # the denied clause is about
    store = ingest_texts(
        tmp_path,
        {
            "a": "Reuters\n\nMoscow denies interfering and Trump has repeatedly dismissed Special Counsel "
            "Robert Mueller’s investigation as a political witch hunt.\n",
            "b": 'The Hill\n\nTrump has repeatedly decried the Mueller investigation as a "witch hunt," '
            "while Democrats have continued to voice concerns.\n",
        },
    )
    assert rows(store.contradictions()) == []
