"""An undated article takes its year from the dated articles that report the same events."""

from __future__ import annotations

import json

from storyline.pipeline import ingest_paths
from storyline.store import SQLiteStore

REPORT = (
    "Michael Flynn resigned as national security adviser on Monday night after reports that he "
    "misled Vice President Mike Pence about his talks with Russian Ambassador Sergey Kislyak. "
    "Flynn met Kislyak at Trump Tower in December, the White House said."
)
UNDATED = (
    "Former national security adviser Michael Flynn resigned after he misled Vice President Mike "
    "Pence about his conversations with Russian Ambassador Sergey Kislyak. Flynn met Kislyak at "
    "Trump Tower in December, officials said."
)


def _ingest(tmp_path, records):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = SQLiteStore(str(tmp_path / "s.db"))
    ingest_paths(store, [str(src)])
    docs = {d.text: d for d in store.document_records().items}
    return store, docs


def test_undated_article_takes_the_year_of_the_dated_reports(tmp_path):
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": REPORT.replace("Monday night", "late Monday"), "published": "2017-02-15", "outlet": "B"},
            {"text": UNDATED, "outlet": "C"},
        ],
    )
    undated = next(d for t, d in docs.items() if t.startswith("Former"))
    assert (undated.published, undated.published_basis) == ("2017", "inferred")
    # the dated articles keep what they said of themselves
    assert sorted(d.published for d in docs.values() if d is not undated) == ["2017-02-14", "2017-02-15"]
    store.close()


def test_no_shared_event_leaves_an_undated_article_undated(tmp_path):
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": "The city council approved a new budget for its parks and libraries.", "outlet": "C"},
        ],
    )
    other = next(d for t, d in docs.items() if t.startswith("The city"))
    assert (other.published, other.published_basis) == (None, "unknown")
    store.close()


def test_a_year_from_the_text_gives_way_to_later_reports_of_its_events(tmp_path):
    # without the titles that would date it by themselves ("Former national security adviser")
    plain = UNDATED.replace("Former national security adviser ", "").replace("Vice President ", "")
    text = plain.replace("Russian Ambassador ", "") + " Flynn had advised Trump in the 2016 campaign."
    from storyline.extract.dates import infer_reference

    assert infer_reference(text) == "2016"  # what the text alone says
    assert infer_reference(UNDATED + " Flynn had advised Trump in the 2016 campaign.") == "2017"  # its titles
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": REPORT.replace("Monday night", "late Monday"), "published": "2017-02-15", "outlet": "B"},
            {"text": text, "outlet": "C"},
        ],
    )
    assert (docs[text].published, docs[text].published_basis) == ("2017", "inferred")
    store.close()


def test_a_year_from_the_text_later_than_the_reports_stays(tmp_path):
    text = UNDATED + " Flynn pleaded guilty in 2018, officials said in 2018."
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": REPORT.replace("Monday night", "late Monday"), "published": "2017-02-15", "outlet": "B"},
            {"text": text, "outlet": "C"},
        ],
    )
    assert (docs[text].published, docs[text].published_basis) == ("2018", "inferred")
    store.close()
