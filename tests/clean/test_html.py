"""Small hand-written pages: trafilatura finds the article, our rules clear what it keeps."""

import pytest
from clean_helpers import assert_offsets_exact

from storyline.clean import clean_html

BODY = [
    "Russian ambassador Sergey Kislyak met Jeff Sessions twice during the presidential campaign "
    "last year, according to accounts intercepted by U.S. intelligence agencies.",
    "Sessions was a U.S. senator at the time, and he has said his discussions with Kislyak were "
    "related to his capacity in that role, a spokeswoman told reporters on Thursday.",
    "The Justice Department said the attorney general did not discuss interference in the "
    "election, and declined to comment further on the intercepted reports.",
    "Trump told the New York Times in an interview last week that Sessions gave bad answers "
    "about his contacts with Russia during his confirmation hearing.",
]

PAGE = """<!doctype html>
<html><head>
<title>Kislyak reportedly discussed campaign with Sessions | The Daily Example</title>
<meta property="og:title" content="Kislyak reportedly discussed campaign with Sessions">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2017-07-21T10:00:00Z">
<meta property="og:site_name" content="The Daily Example">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Register or Login</a></nav>
<article>
<h1>Kislyak reportedly discussed campaign with Sessions</h1>
<p>{0}</p>
<p>Attorney General Jeff Sessions/Gage Skidmore</p>
<p>{1}</p>
<figure><img src="s.jpg"><figcaption>Jeff Sessions at his confirmation hearing in January. (Evan Vucci/The Associated Press)</figcaption></figure>
<p>Jeff Sessions at his confirmation hearing in January. (Evan Vucci/The Associated Press)</p>
<p>{2}</p>
<p>• Print.</p>
<p>{3}</p>
<p>Give us feedback, share a story tip or update, or report an error.</p>
</article>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<section id="comments" class="comments">
<h3>42 Comments</h3>
<div class="comment"><p>Sad…carrots to a foreign country–and an adversary at best! You people never learn.</p></div>
<div class="comment"><p>Mueller is at the door, Donald. He may even be in the room by now for all we know!</p></div>
</section>
<footer>© 2017 The Daily Example. All rights reserved.</footer>
</body></html>
""".format(*BODY)


def test_article_kept_furniture_gone():
    c = clean_html(PAGE, url="https://example.com/news/kislyak")
    for sentence in BODY:
        assert sentence in c.text
    for gone in (
        "Gage Skidmore",
        "Evan Vucci",
        "Print.",
        "Give us feedback",
        "carrots",
        "Mueller is at the door",
        "Register or Login",
        "Share on Facebook",
    ):
        assert gone not in c.text, gone
    assert c.text.count("\n\n") == len(BODY) - 1
    assert_offsets_exact(c)


def test_our_rules_remove_what_trafilatura_keeps():
    c = clean_html(PAGE)
    # trafilatura keeps the credit line, caption paragraph, share row and feedback footer;
    # they are in `original` and the cleaner records why each went
    reasons = {c.original[r["start"] : r["end"]]: r["reason"] for r in c.removed}
    assert reasons["Attorney General Jeff Sessions/Gage Skidmore"] == "caption"
    assert (
        reasons["Jeff Sessions at his confirmation hearing in January. (Evan Vucci/The Associated Press)"]
        == "caption"
    )
    assert reasons["• Print."] == "share widget"
    assert reasons["Give us feedback, share a story tip or update, or report an error."] == "share footer"
    assert "carrots" not in c.original  # include_comments=False
    assert reasons["Kislyak reportedly discussed campaign with Sessions"] == "title"


def test_metadata():
    c = clean_html(PAGE, url="https://example.com/news/kislyak")
    assert c.metadata.title == "Kislyak reportedly discussed campaign with Sessions"
    assert c.metadata.author == "Jane Reporter"
    assert c.metadata.published == "2017-07-21"
    assert c.metadata.outlet == "The Daily Example"
    assert c.metadata.url == "https://example.com/news/kislyak"
    assert not c.text.startswith("Kislyak reportedly discussed")  # headline is metadata


def test_page_without_article_text():
    with pytest.raises(ValueError, match="no article text found in HTML"):
        clean_html("<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>")
    with pytest.raises(ValueError, match="empty article"):
        clean_html("")
