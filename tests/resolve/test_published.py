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


# No event in common with REPORT: only the people it names tie it to the story (as
# samples/kpa_contract_award.txt, "under a temporary licence since 2019", ties to 2025's reports)
PROFILE = (
    "Michael Flynn has advised Donald Trump on national security since 2015. Sergey Kislyak has "
    "represented Moscow in Washington since 2008."
)


def test_an_article_sharing_no_event_takes_the_year_of_the_reports_naming_its_people(tmp_path):
    from storyline.extract.dates import infer_reference

    assert infer_reference(PROFILE) == "2015"  # "since 2015" is the latest year it tells as past
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": PROFILE, "outlet": "C"},
        ],
    )
    assert (docs[PROFILE].published, docs[PROFILE].published_basis) == ("2017", "inferred")
    store.close()


def test_people_named_by_reports_of_two_years_alike_decide_nothing(tmp_path):
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": REPORT.replace("Monday night", "late Monday"), "published": "2018-02-15", "outlet": "B"},
            {"text": PROFILE, "outlet": "C"},
        ],
    )
    assert docs[PROFILE].published == "2015"  # its own year stays: no majority
    store.close()


def test_the_people_named_do_not_overrule_a_year_from_the_text_a_year_before_theirs(tmp_path):
    # weaker evidence than a shared event: "since 2016" in a 2017 story may be right
    text = PROFILE.replace("since 2015", "since 2016")
    store, docs = _ingest(
        tmp_path,
        [
            {"text": REPORT, "published": "2017-02-14", "outlet": "A"},
            {"text": text, "outlet": "C"},
        ],
    )
    assert docs[text].published == "2016"
    store.close()
