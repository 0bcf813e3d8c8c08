from storyline.ingest.metadata import choose_published, doc_id, iso_date, outlet_from_text


def test_iso_date_forms():
    assert iso_date("2016-12-01T10:00:00Z") == "2016-12-01"
    assert iso_date("2016-12") == "2016-12"
    assert iso_date("Dec 1, 2016") == "2016-12-01"
    assert iso_date("Monday 12 May 2025") == "2025-05-12"
    assert iso_date("2016-13-45") is None and iso_date("soon") is None


def test_published_precedence_never_today():
    assert choose_published("2017-01-02", "2016-01-01", None, None, "2015") == ("2017-01-02", "user")
    assert choose_published(None, "2016-01-01", None, None, "2015") == ("2016-01-01", "metadata")
    assert choose_published(None, None, None, "May 7, 2025", "2024") == ("2025-05-07", "text")
    assert choose_published(None, None, None, None, "2016") == ("2016", "inferred")
    assert choose_published(None, None, None, None, None) == (None, "unknown")


def test_same_body_same_id():
    assert doc_id("Kushner met  Kislyak.\n") == doc_id("kushner met kislyak.")
    assert doc_id("Kushner met Kislyak.") != doc_id("Kushner met Flynn.")


def test_outlet_named_by_the_article_itself():
    text = "The Post reported it. Bustle has reached out to the White House for comment on the story."
    assert outlet_from_text(text) == "Bustle"
    assert outlet_from_text("He has reached out to the White House for comment.") is None
