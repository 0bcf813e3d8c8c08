"""resolve/counts.py: counts read from claim text, and claims counting the same thing two ways."""

from __future__ import annotations

from storyline.model import Claim
from storyline.resolve.counts import count_groups, stated_counts


def test_counts_read_from_news_sentences():
    assert stated_counts("the baseless claim that 17 U.S. intelligence agencies agreed Russia meddled") == [
        (17.0, "agencies", "u.s. intelligence")
    ]
    assert stated_counts("Facebook says 87 million users’ profiles may have been shared") == [
        (87e6, "users", "")
    ]
    # a range, money, years and a duration count nothing
    assert stated_counts("he filed 20 or 30 civil rights cases") == []
    assert stated_counts("Trump paid $130,000 in 2016 after 10 days of talks") == []


def _claim(i, text, doc):
    return Claim(id=f"c{i}", sent=0, stance="ASSERT", text=text, start=0, end=len(text), doc=doc)


def test_same_noun_and_words_make_one_group_other_counts_stay_apart():
    a = _claim(1, "The claim that 17 intelligence agencies agreed on Russian meddling was wrong.", "d1")
    b = _claim(2, "A correction noted that only four intelligence agencies agreed on the meddling.", "d2")
    other = _claim(3, "Three agencies he wanted to eliminate were named in the debate.", "d3")
    words = {
        "c1": {"intel", "agree", "meddl", "wrong"},
        "c2": {"intel", "agree", "meddl", "corre"},
        "c3": {"elimi", "debat", "named"},
    }
    groups = count_groups([a, b, other], words)
    assert [(noun, sorted(v)) for noun, v in groups] == [("agencies", [4.0, 17.0])]
    assert [c.id for c in groups[0][1][17.0]] == ["c1"]
