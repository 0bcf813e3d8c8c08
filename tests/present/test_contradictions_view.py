"""The disagreements view in a real browser (Debian chromium through Playwright), on the seeds
run through the real pipeline: each disagreement with its sides next to each other, the kind
filter, and the badge on an entity page that leads to that entity's disagreements."""

from __future__ import annotations

import pytest
from tests.present.test_browser import Watch, browser, get  # noqa: F401  (browser is a fixture)

pytestmark = pytest.mark.browser

READY = "() => document.getElementById('view').dataset.ready === location.hash"


@pytest.fixture(scope="module")
def seeds_server(seeds_store, live_server):
    with live_server(seeds_store) as srv:
        yield srv


def test_disagreements_side_by_side_with_filter_and_badge(browser, seeds_server, artifacts):  # noqa: F811
    everything = get(seeds_server, "/api/contradictions", limit=200)
    assert everything["total"] > 0, "the seeds hold disagreements (Sessions's denials at least)"
    w = Watch(browser, seeds_server)
    page = w.open("#/contradictions", ".disagreement")
    cards = page.locator(".disagreement")
    assert cards.count() == min(everything["total"], 20)
    sides = cards.first.locator(".contra-side")
    assert sides.count() == len(everything["items"][0]["positions"]) >= 2
    for i in range(sides.count()):  # every side quotes its sentences and counts its outlets
        assert sides.nth(i).locator("blockquote").count() >= 1
        assert "outlet" in sides.nth(i).locator(".evidence-facts").inner_text()
    page.screenshot(path=str(artifacts / "contradictions.png"), full_page=False)
    a, b = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert abs(a["y"] - b["y"]) < 2 and a["x"] + a["width"] <= b["x"] + 1  # side by side

    kinds = {k["kind"] for k in everything["items"]}
    page.select_option("select[name=kind]", "DENIAL")
    page.wait_for_function("() => location.hash.includes('kind=DENIAL')")
    page.wait_for_function(READY)
    denials = sum(k["kind"] == "DENIAL" for k in everything["items"])
    assert page.locator(".disagreement").count() == min(denials, 20)
    assert set(page.locator(".disagreement .contra-kind").all_inner_texts()) <= {"denial vs reports"}
    assert "DENIAL" in kinds

    sessions = get(seeds_server, "/api/entities", q="Sessions", type="PERSON")["items"][0]
    about = get(seeds_server, "/api/contradictions", entity=sessions["id"], limit=200)
    assert about["total"] >= 1
    page = w.open("#/entity/" + sessions["id"], ".contra-badge")
    badge = page.locator(".contra-badge")
    assert badge.inner_text().startswith(str(about["total"]))
    badge.click()
    page.wait_for_function("() => location.hash.startsWith('#/contradictions?entity=')")
    page.wait_for_function(READY)
    assert page.locator(".disagreement").count() == min(about["total"], 20)
    quoted = " ".join(page.locator(".disagreement blockquote").all_inner_texts())
    assert "Sessions" in quoted
    assert not w.errors and not w.dialogs and not w.foreign
    w.close()
