import pytest
from clean_helpers import assert_offsets_exact, original_of

from storyline.clean import clean_text
from storyline.clean.glue import split_points


def split(text: str, context: str | None = None) -> str:
    out, prev = [], 0
    for p in split_points(text, context):
        out.append(text[prev:p])
        prev = p
    out.append(text[prev:])
    return " ".join(out)


@pytest.mark.parametrize(
    "glued, expected",
    [
        ("otheradvisers", "other advisers"),
        ("Russianofficials", "Russian officials"),
        ("andemails", "and emails"),
        ("presidentialrace", "presidential race"),
        ("Decemberafter", "December after"),
        ("foreignministry", "foreign ministry"),
        ("therecord", "the record"),
        ("afterthe", "after the"),
        ("Russia'sambassador", "Russia's ambassador"),
        ("comment.Flynn's", "comment. Flynn's"),
    ],
)
def test_glued_words_split(glued, expected):
    assert split(glued) == expected


def test_case_joins_split_where_the_document_spells_them_apart():
    doc = "Richard Armitage told Reuters. Ukrainian politician Viktor Medvedchuk denied it."
    assert split("RichardArmitage", doc) == "Richard Armitage"
    assert split("UkrainianpoliticianViktorMedvedchuk", doc) == "Ukrainian politician Viktor Medvedchuk"
    assert split("theKremlin otherPutin-linked") == "the Kremlin other Putin-linked"
    # without that evidence a case join is more likely a brand than glue
    assert (
        split("RichardArmitage YouGov WeWork AllSides EgyptAir")
        == "RichardArmitage YouGov WeWork AllSides EgyptAir"
    )


@pytest.mark.parametrize(
    "word",
    [
        "Isgur",
        "Butina",
        "Rahami",
        "rollback",
        "pushback",
        "airtime",
        "burdensome",
        "litany",
        "infighting",
        "inroads",
        "beheading",
        "@MattGertz",
        "#NeverTrump",
        "example.com/someplace",
        "backchannel",
        "Kislyak",
        "Medvedchuk",
        "McDonald",
        "YouTube",
        "nonetheless",
        "iPhone",
        "McCain",
        "WikiLeaks",
        "U.S.",
        "e.g.",
        "however",
        "together",
        "phonecalls",
        "NATO",
        "U.S.-Russia",
    ],
)
def test_real_words_untouched(word):
    assert split_points(word) == []


GLUED = (
    "Michael Flynn and otheradvisers met Russianofficials in December, current and former "
    "officials familiar with theexchanges told Reuters. The calls andemails form part of "
    "therecord now being reviewed."
)


def test_split_space_is_inserted_not_copied():
    c = clean_text(GLUED)
    assert "other advisers met Russian officials" in c.text
    assert "the exchanges" in c.text and "and emails" in c.text and "the record" in c.text
    assert original_of(c, "other advisers") == "otheradvisers"
    i = c.text.index("other advisers") + len("other")
    assert c.text[i] == " " and not any(cs <= i < cs + n for cs, _, n in c.offsets.segments)
    assert_offsets_exact(c)


def test_dictionary_splits_need_a_document_that_lost_its_spaces():
    # a page with its spaces intact: a rare compound is a word, not glue
    text = (
        "The serial psychodramas of the campaign went on, officials said on Tuesday, and "
        "the electromobility plan was announced in Berlin by the transport minister."
    )
    c = clean_text(text)
    assert c.text == text
    # one glued sentence boundary is still fixed: that rule needs no dictionary
    assert (
        clean_text("He declined to comment.Flynn's lawyer said nothing at all today.").text
        == "He declined to comment. Flynn's lawyer said nothing at all today."
    )


def test_name_glued_to_a_function_word_splits_where_the_document_writes_the_name():
    from storyline.clean.glue import split_points

    context = "Kislyak met Sessions in Russia. Kislyakhad met twice. Talks onRussia went on."
    text = "Kislyakhad met twice. Talks onRussia went on."
    assert split_points(text, context) == [7, 30]
    # without the name written alone anywhere, nothing tells us where to split
    assert split_points("Kislyakhad met onRussia", "Kislyakhad met onRussia") == []
    # brands and prefixes that are not function words stay whole
    assert split_points("iPhone eBay deMarco", "Phone Bay Marco iPhone eBay deMarco") == []
