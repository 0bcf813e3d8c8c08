"""Quantities a sentence states about events, read from the parse of real sentences."""

from __future__ import annotations

import pytest

from storyline.extract.nlp import load
from storyline.extract.quantities import quantities


@pytest.fixture(scope="module")
def nlp():
    return load()


def _q(nlp, text):
    return {(q.value, q.unit) for q in quantities(nlp(text))}


def test_counts_and_durations(nlp):
    assert (2.0, "time") in _q(
        nlp, "The decision came after news emerged that Sessions met with Kislyak twice."
    )
    assert (6.0, "call") in _q(nlp, "Six of the contacts were phone calls, and there were six calls in all.")
    assert (20.0, "minute") in _q(
        nlp, "Jared Kushner held the 20-minute meeting with Michael Flynn at Trump Tower."
    )
    assert (3.0, "ordinal") in _q(nlp, "It was their third meeting in as many months.")


def test_numbers_that_count_no_event_are_left_alone(nlp):
    assert _q(nlp, "In 2016, the company paid $5 million to 12 lawyers.") == set()
