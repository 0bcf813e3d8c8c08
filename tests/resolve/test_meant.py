"""What a quoted phrase meant, told two ways (``resolve/contradictions/meant.py``): Strzok's account
of his "insurance policy" and "we'll stop" texts (Vox, July 2018) against the readings of them
(Fox News, Townhall, the inspector general's report quoted by The Washington Times); set e's dev
articles of bench/contradictions_unseen.py."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search
from storyline.resolve.contradictions.meant import _accounted, _read

# Vox, 2018-07-12
VOX = (
    "Strzok testified before two House committees on Thursday. "
    "He says the “insurance policy” simply meant proceeding with the investigation just in case Trump "
    "won — not trying to affirmatively stop Trump from winning.\n"
)
# Fox News Opinion, 2018-07-13
FOX = (
    "Strzok also said in a text that there was an unspecified “insurance policy” that would keep Trump "
    "out of the White House.\n"
)
# Washington Times, 2018-01-23 and 2018-06-17
MENTIONED = (
    "Another text cryptically mentions the need for an “insurance policy” should Mr. Trump be elected."
)
WONDERED = (
    "Republicans have wondered whether the “insurance policy” statement referred to the unproven dossier "
    "or the investigation itself."
)
HOROWITZ = (
    "Said Mr. Horowitz: “Strzok said the reference in his text message to an ‘insurance policy’ reflected "
    "his conclusion that the FBI should investigate the allegations thoroughly right away, as if Trump "
    "were going to win.”"
)
STOPPED = (
    "Mr. Horowitz wrote: “When one senior FBI official, Strzok, … conveys in a text message to another "
    "senior FBI official, Page, that ‘we’ll stop’ candidate Trump from being elected … it is not only "
    "indicative of a biased state of mind.”"
)


def test_an_account_of_a_phrase_stands_against_a_reading_of_it(tmp_path):
    store = ingest_texts(tmp_path, {"vox": "Vox\n\n" + VOX, "fox": "Fox News\n\n" + FOX})
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    entries = [[[r.text for r in p.reports] for p in k.positions] for k in found]
    assert any(
        any("simply meant proceeding" in t for t in sides[0])
        and any("that would keep Trump out" in t for t in sides[1])
        for sides in entries
    ), entries


def test_accounts_are_told_meanings_and_readings_say_what_it_was_for():
    assert _accounted(VOX.split(". ")[1]) == {"insurance policy"}
    assert _accounted(HOROWITZ) == {"insurance policy"}  # "as if" is no condition
    assert _read(FOX) == {"insurance policy"}
    assert _read(STOPPED) == {"we'll stop"}
    # a mention of the phrase, and a question of what it referred to, read nothing into it
    assert _read(MENTIONED) == set() and _accounted(MENTIONED) == set()
    assert _read(WONDERED) == set() and _accounted(WONDERED) == set()
