"""The words searches match in names and labels (store/words.py)."""

from storyline.store.words import search_words, words


def test_words_are_folded_letters_and_digits():
    assert words("Recep Tayyip ERDOĞAN's 2nd term_limit") == [
        "recep", "tayyip", "erdogan", "s", "2nd", "term", "limit",
    ]  # fmt: skip
    assert words("Trump, trump!") == ["trump"]


def test_a_search_leaves_out_stop_words_and_stray_letters():
    assert search_words("said the president") == ["said", "president"]
    assert search_words("Obama's visit") == ["obama", "visit"]
    assert search_words("Malcolm X") == ["malcolm"]
    assert search_words("X") == ["x"]
    assert search_words("the of and") == []
