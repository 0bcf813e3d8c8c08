"""The five seed scrapes are the real input: check what survives and what goes."""

import pytest
from clean_helpers import assert_offsets_exact, original_of

from storyline.clean import clean_text


def reasons(c):
    return {c.original[r["start"] : r["end"]]: r["reason"] for r in c.removed}


def test_empty_article_is_an_error():
    with pytest.raises(ValueError, match="empty article"):
        clean_text("")
    with pytest.raises(ValueError, match="empty article"):
        clean_text(" \n\u00a0\n")


def test_seed_000_title_byline_caption(seed):
    c = clean_text(seed("000"))
    assert c.metadata.title == "Jared Kushner Discussed Secret Backchannel With Russia's Ambassador — REPORT"
    assert c.metadata.author == "Seth Millstein"
    assert c.text.startswith("According to The Washington Post, President Trump's son-in-law")
    assert "Getty" not in c.text and "Seth Millstein" not in c.text
    assert not c.text.startswith("News")
    assert "secret backchannel to Russia" in c.text  # a real word left whole
    assert c.text.endswith("with increased focus.")
    r = reasons(c)
    assert r["by Seth Millstein"] == "byline"
    assert r["Pool/Getty Images News/Getty Images"] == "caption"
    assert_offsets_exact(c)


def test_seed_001_sources_and_footer(seed):
    c = clean_text(seed("001"))
    assert c.metadata.sources == ["The New York Times", "The Atlantic"]
    assert c.metadata.title == "Kushner And Flynn Met With Russian Ambassador"
    assert "Skip to main content" not in c.text
    assert "Sources:" not in c.text and "Photo credit" not in c.text
    assert "Popular Video" not in c.text
    assert c.text.startswith("The White House announced on March 2")
    assert c.text.endswith(
        '"My response to Senator Franken was honest and correct as I understood it at the time."'
    )
    assert "The second was a one-on-one meeting in September." in c.text
    assert_offsets_exact(c)


def test_seed_002_reader_comments_cut(seed):
    c = clean_text(seed("002"))
    for comment in (
        "carrots to a foreign country",
        "Mueller is at the door, Donald",
        "What did the Trump campaign and/or its associates",
        "This brings to mind Reagan",
    ):
        assert comment not in c.text
    assert "Flynn pleaded guilty last December to lying to the FBI" in c.text
    assert "Only a sitting administration is supposed to negotiate policy issues" in c.text
    assert "Mother Jones reported Thursday." in c.text
    assert c.text.endswith("is set to be sentenced on December 18.")
    assert [r["reason"] for r in c.removed] == ["reader comments"] * 4
    assert c.text.count("\n\n") == 5  # six article paragraphs, single-newline input
    assert_offsets_exact(c)


def test_seed_003_furniture_gone_glue_split(seed):
    c = clean_text(seed("003"))
    for gone in (
        "WebMail",
        "Sign Up",
        "create an account",
        "Already have an account",
        "Evan Vucci",
        "Carolyn Kaster",
        "Alexander Natruskin",
        "phonecalls",
        "RichardArmitage",
        "Ukrainian politician Viktor Medvedchuk, left",
    ):
        assert gone not in c.text, gone
    assert not c.text.startswith("World")
    assert c.metadata.title == "Trump campaign reportedly had at least 18 undisclosed contacts with Russians"
    # the lede is printed twice, the second time glued: only one copy stays
    assert c.text.count("were in contact with Russian officials and others with Kremlin ties") == 1
    r = list(reasons(c).values())
    assert r.count("pull-quote") == 2 and r.count("duplicate paragraph") == 1 and r.count("caption") == 4
    for split in (
        "the record now being reviewed",
        "investigators probing Russian interference",
        "Russia's ambassador to the United States",
        "in late December after the Nov. 8",
        "a Russian foreign ministry official",
        "between Trump aides and Russian officials",
        "requests for comment. Flynn's lawyer",
        'hostile power," Richard Armitage',
    ):
        assert split in c.text, split
    assert original_of(c, "late December after") == "late Decemberafter"
    assert (
        original_of(c, "Russian officials and others with links to Putin was")
        == "Russianofficials and others with links to Putin was"
    )
    assert "Kislyak" in c.text and "Medvedchuk denied" in c.text
    assert "Business-style approach" in c.text  # subheads are article text
    assert c.text.endswith("turned down by the House intelligence committee.")
    assert_offsets_exact(c)


def test_seed_004_bullets_credit_footer(seed):
    c = clean_text(seed("004"))
    assert "•" not in c.text and "Print." not in c.text
    assert "Gage Skidmore" not in c.text
    assert "Give us feedback" not in c.text
    assert c.text.startswith("Russian ambassador Sergey Kislyak reportedly told his superiors")
    assert c.text.endswith("recuse himself in the probe of Russian attempts to influence the election.")
    assert "Justice Department spokeswoman Sarah Isgur Flores said Sessions" in c.text
    assert reasons(c)["Attorney General"] == "navigation"
    assert_offsets_exact(c)


def test_every_seed_keeps_most_of_its_words(seed):
    # guards against a rule that silently eats article paragraphs
    for n, least in (("000", 0.9), ("001", 0.9), ("002", 0.55), ("003", 0.75), ("004", 0.85)):
        raw = seed(n)
        c = clean_text(raw)
        assert len(c.text.split()) >= least * len(raw.split()), n
