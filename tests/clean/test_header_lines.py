"""Bylines and datelines above the first paragraph: read into the metadata, never left in the text."""

from pathlib import Path

from storyline.clean import clean_text, rules

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_capitalised_byline_and_barred_dateline_of_a_scrape():
    # "By Ole Brenn" / "June 24, 2025 | Updated 4:10 p.m.": the bars made the dateline look
    # like a menu, and "By" was only matched lower-case, so the plea went undated.
    c = clean_text((SAMPLES / "courier_halloran_guilty_plea.txt").read_text())
    assert c.metadata.author == "Ole Brenn"
    assert c.metadata.published == "2025-06-24"
    assert "Ole Brenn" not in c.text
    assert c.text.startswith("Peter Halloran, former procurement director")


def test_published_and_updated_on_one_line_gives_the_published_day():
    c = clean_text((SAMPLES / "kbn_volkov_dinner_report.txt").read_text())
    assert c.metadata.published == "2025-05-07"
    assert c.metadata.author is not None and c.metadata.author.startswith("Karin Aalto")


def test_a_sentence_opening_with_by_and_a_time_is_no_byline():
    # Real openings from AllSides articles.
    assert rules.byline("By Friday afternoon, Cruz caved and Trump celebrated") is None
    assert rules.byline("By Oct. 22, posts debunking the theory also emerged.") is None
    assert rules.byline("By Rodrigo Campos") == "Rodrigo Campos"


def test_a_menu_with_a_date_in_it_is_no_dateline():
    assert rules.dateline("Home | News | May 2025") is None
    assert rules.dateline("Sport | Puzzles | June 4") is None
