"""Who first told of an event: the seeds' sentences (Kushner's December 2016 meeting with
Kislyak), through the real pipeline."""

from __future__ import annotations

import json

from storyline.pipeline import ingest_paths
from storyline.resolve.contradictions.first_told import _teller, _when, dated_before
from storyline.store import SQLiteStore

ANNOUNCED = (
    "The White House announced on March 2 that President Donald Trump's senior adviser and former national "
    "security adviser met with the Russian ambassador to the U.S. in December. Senior advisor Jared Kushner, "
    "who is also Trump's son-in-law, held the 20-minute meeting with former National Security Advisor Michael "
    "Flynn and Russian Ambassador Sergey Kislyak at Trump Tower in New York, according to The New York Times."
)
FIRST = (
    "According to The Washington Post, President Trump's son-in-law Jared Kushner discussed establishing a "
    "secret backchannel to Russia with its ambassador, Sergey Kislyak. The meeting between Kushner and "
    "Kislyak was originally reported in April by The New York Times; however, that report contained no "
    "details of what the two men talked about."
)


def _ingest(tmp_path, texts: list[tuple[str, str, str]]):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for outlet, published, text in texts:
            f.write(
                json.dumps({"text": text, "title": outlet, "outlet": outlet, "published": published}) + "\n"
            )
    s = SQLiteStore(str(tmp_path / "f.db"))
    ingest_paths(s, [str(src)])
    return s


def test_who_first_told_and_when_is_read_from_the_sentence():
    text = "The meeting was originally reported in April by The New York Times; however, it had no details."
    assert _teller(text) == "The New York Times" and _when(text, "2017") == "2017-04"
    assert (
        _teller("The Wall Street Journal first reported that Mueller has a grand jury.")
        == "The Wall Street Journal"
    )
    assert _teller("The meeting was reported by The New York Times.") is None  # no first telling claimed


def test_an_earlier_dated_telling_by_someone_else_stands_against_a_first_report(tmp_path):
    store = _ingest(tmp_path, [("Newsy", "2017-03-03", ANNOUNCED), ("Bustle", "2017-05-27", FIRST)])
    ours = [k for k in store.contradictions().items if k.kind == "ATTRIBUTION"]
    assert len(ours) == 1
    first, earlier = ours[0].positions
    assert first.label == "first told by The New York Times, 2017-04"
    assert "originally reported in April" in first.reports[0].text
    assert earlier.label.startswith("told earlier by The White House, 2017-03-02")
    assert "announced on March 2" in earlier.reports[0].text
    assert len(ours[0].claims) >= 2


def test_a_first_report_before_any_other_telling_stands_against_none(tmp_path):
    store = _ingest(
        tmp_path,
        [
            ("Newsy", "2017-03-03", ANNOUNCED),
            ("Bustle", "2017-05-27", FIRST.replace("in April", "in February")),
        ],
    )
    assert not [k for k in store.contradictions().items if k.kind == "ATTRIBUTION"]


def test_a_telling_is_earlier_only_when_dated_as_finely():
    assert dated_before("2017-03-02", "2017-04") and dated_before("2017-03", "2017-04")
    assert not dated_before("2017", "2017-04") and not dated_before("2017-04-20", "2017-04")
