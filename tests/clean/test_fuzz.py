"""Property: whatever the input, cleaning keeps offsets exact and invents no characters."""

from clean_helpers import assert_offsets_exact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.clean import clean_text

WORDS = [
    "Flynn",
    "said",
    "the",
    "otheradvisers",
    "Russianofficials",
    "Sign Up",
    "•",
    "Print.",
    "(Evan Vucci/AP)",
    "by Seth Millstein",
    "Sources: CNN",
    "you",
    "!",
    "?",
    "…",
    "–",
    "|",
    "\n",
    "\n\n",
    " ",
    "\u00a0",
    "\t",
    "comment.Flynn's",
    "Getty/Images",
    "World",
    ".",
]
raw_text = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_text)
def test_cleaning_round_trips(raw):
    if not raw.strip():
        try:
            clean_text(raw)
        except ValueError as e:
            assert str(e) == "empty article"
        else:
            raise AssertionError("blank input must raise")
        return
    c = clean_text(raw)
    assert c.original == raw
    assert_offsets_exact(c)
    assert "\n\n\n" not in c.text and c.text == c.text.strip()
    for r in c.removed:
        assert 0 <= r["start"] < r["end"] <= len(raw) and r["reason"]
    # removed spans and kept text never overlap
    kept = {os_ + k for _, os_, n in c.offsets.segments for k in range(n)}
    for r in c.removed:
        assert not kept & set(range(r["start"], r["end"]))
