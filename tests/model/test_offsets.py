"""OffsetMap: cleaned offsets back to the original, with inserted characters covering nothing."""

from hypothesis import given
from hypothesis import strategies as st

from storyline.model import OffsetMap


def test_inserted_paragraph_break_at_span_end_covers_nothing():
    original = "Times.\n\nIt is"
    # cleaned "Times.\n\nIt is": copies "Times." and "It is", inserts "\n\n"
    m = OffsetMap([(0, 0, 6), (8, 8, 5)])
    assert m.span(0, 8) == (0, 6)
    assert original[slice(*m.span(0, 8))] == "Times."


def test_inserted_space_in_a_glued_word_maps_to_the_glued_original():
    original = "otheradvisers met"
    m = OffsetMap([(0, 0, 5), (6, 5, 12)])  # cleaned "other advisers met"
    assert original[slice(*m.span(0, 14))] == "otheradvisers"
    assert original[slice(*m.span(6, 14))] == "advisers"


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(1, 8)), min_size=1, max_size=8),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_spans_stay_ordered_and_inside_the_original(parts, a, b):
    segments, clean, orig = [], 0, 0
    for gap, length in parts:
        clean += gap  # inserted characters
        orig += gap // 2  # dropped original characters
        segments.append((clean, orig, length))
        clean += length
        orig += length
    m = OffsetMap(segments)
    start, end = sorted((a % (clean + 1), b % (clean + 1)))
    o_start, o_end = m.span(start, end)
    assert 0 <= o_start <= o_end <= orig
