"""The UI in a real browser: Debian chromium driven by Playwright, server on a free 127.0.0.1 port.

Never ``playwright install``: ``make browser`` (apt-get install chromium) provides the browser.
Screenshots of the timeline and the network go to ``test-artifacts/`` on every run.
"""

from __future__ import annotations

import json
import os
import time
import urllib.parse
import urllib.request

import pytest

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


CHROMIUM = os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent: `make browser` (apt-get install -y chromium) installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.skip(f"playwright is not installed ({exc})")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """A page that records dialogs, console errors, page errors and off-server requests."""

    def __init__(self, browser, server):
        self.server = server
        self.page = browser.new_page(viewport={"width": 1300, "height": 900})
        self.dialogs, self.errors, self.foreign = [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on(
            "console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None
        )
        self.page.on(
            "request", lambda r: None if r.url.startswith(server.url + "/") else self.foreign.append(r.url)
        )

    def open(self, route: str, wait_for: str = "main h1"):
        self.page.goto(f"{self.server.url}/{route}")
        self.page.wait_for_function(
            "() => document.getElementById('view').dataset.ready === location.hash", timeout=15000
        )
        self.page.wait_for_selector(wait_for, timeout=15000)
        return self.page

    def close(self):
        self.page.close()


def get(server, path, **params):
    url = f"{server.url}{path}" + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url) as r:
        return json.loads(r.read())


# --- hand-made store: runs without the NLP pipeline -------------------------------------------


@pytest.fixture(scope="module")
def hand_server(hand_store, live_server):
    with live_server(hand_store["path"]) as srv:
        yield srv


def test_event_page_shows_evidence_from_two_documents(browser, hand_server):
    w = Watch(browser, hand_server)
    page = w.open("#/event/ev-meet", ".evidence")
    assert page.locator("h1").inner_text() == "Kushner and Flynn meet Kislyak at Trump Tower"
    outlets = page.locator(".evidence .outlet").all_inner_texts()
    assert sorted(outlets) == ["The New York Times", "The Washington Post"]
    assert page.locator(".evidence mark.hl-trigger").first.inner_text() == "met"
    assert "Sergey Kislyak" in page.locator(".evidence mark.hl-participant").all_inner_texts()
    page.locator(".participants a", has_text="Sergey Kislyak").click()
    page.wait_for_selector("text=Appears with")
    assert page.url.endswith("#/entity/ent-kislyak")
    assert not w.errors and not w.dialogs and not w.foreign
    w.close()


def test_views_survive_reload_and_search_works(browser, hand_server):
    w = Watch(browser, hand_server)
    page = w.open("#/entity/ent-kislyak", "text=Appears with")
    page.reload()
    page.wait_for_selector("text=Appears with")
    assert page.locator("h1").inner_text().startswith("Sergey Kislyak")
    page.fill("#searchinput", "backchannel")
    page.press("#searchinput", "Enter")
    page.wait_for_selector("text=Sentences (2)")
    assert "#/search?q=backchannel" in page.url
    assert page.locator("mark.hl-match").count() >= 2
    page.reload()
    page.wait_for_selector("text=Sentences (2)")
    page = w.open("#/claims", ".contradiction")
    stances = page.locator(".contradiction .stance").all_inner_texts()
    assert stances == ["ASSERT", "DENY"]
    page = w.open("#/timeline?entity=Kushner", ".vis-item")
    assert page.locator("h1").inner_text() == "Timeline: Jared Kushner"
    page.wait_for_selector("#undated .event-row")  # the undated list draws after the timeline
    assert page.locator("#undated .event-row").count() == 1
    page.locator(".vis-item", has_text="Kushner proposes").click()
    page.wait_for_selector(".evidence")
    assert "#/event/ev-propose" in page.url
    assert not w.errors and not w.dialogs and not w.foreign
    w.close()


def test_timeline_status_filter_shows_non_facts_as_such(browser, hand_server):
    w = Watch(browser, hand_server)
    page = w.open("#/timeline", ".vis-item")
    assert not page.locator(".vis-item", has_text="Kushner meets Kislyak").count()
    page.select_option("select[name=status]", "PLANNED")
    page.wait_for_function("() => location.hash.includes('status=PLANNED')")
    page.wait_for_selector(".vis-item.status-planned")
    # dated to a month only: a point on the lane of vague dates (its dot is a .vis-item too)
    assert page.locator(".vis-item.vis-point").all_inner_texts() == ["Kushner meets Kislyak (planned)"]
    assert page.locator(".vis-item.vis-box, .vis-item.vis-range").count() == 0
    page = w.open("#/timeline?status=all", "#undated .event-row")
    row = page.locator("#undated .event-row", has_text="Flynn testifies")
    assert row.locator(".status").inner_text() == "did not happen"
    page = w.open("#/", ".tiles")
    events_tile = page.locator(".tile", has_text="events").locator(".num").inner_text()
    assert events_tile == "5"  # what the timeline shows; the other two are one link away
    page.locator("a", has_text="show them on the timeline").click()
    page.wait_for_selector("#undated .status")
    assert "status=all" in page.url
    page = w.open("#/doc/planned-talks", ".event-row")
    assert sorted(page.locator(".event-row .status").all_inner_texts()) == ["did not happen", "planned"]
    page = w.open("#/event/ev-no-testimony", ".status-note")
    assert page.locator("h1").inner_text() == "Flynn testifies (did not happen)"
    assert "not having happened" in page.locator(".status-note").inner_text()
    assert page.locator(".evidence .reports .status").inner_text() == "did not happen"
    assert not w.errors and not w.dialogs and not w.foreign
    w.close()


def _visit_everything(w: Watch, server) -> int:
    routes = [
        "#/",
        "#/timeline",
        "#/network",
        "#/claims",
        "#/documents",
        "#/search?q=alert",
        "#/search?q=" + urllib.parse.quote("<script>alert(1)</script>"),
    ]
    routes += [
        "#/doc/" + urllib.parse.quote(d["id"]) for d in get(server, "/api/documents", limit=1000)["items"]
    ]
    routes += [
        "#/event/" + urllib.parse.quote(e["id"]) for e in get(server, "/api/events", limit=1000)["items"]
    ]
    routes += [
        "#/entity/" + urllib.parse.quote(e["id"]) for e in get(server, "/api/entities", limit=1000)["items"]
    ]
    for r in routes:
        page = w.open(r, "main h1")
        # nothing from the data became an element: no <img>, <script> or javascript: link in the view
        assert page.locator("main img, main script, main iframe, main [onerror]").count() == 0, r
        assert page.locator("main a[href^='javascript']").count() == 0, r
    # and the network view: click every node so side panels render names too
    page = w.open("#/network", "#network-panel")
    page.wait_for_function("() => window.storylineCy !== undefined")
    for nid in page.evaluate("window.storylineCy.nodes().map(n => n.id())"):
        page.evaluate("id => { window.storylineCy.getElementById(id).emit('tap'); }", nid)
    page.wait_for_timeout(300)
    return len(routes)


def test_markup_in_hand_store_never_runs(browser, hand_server):
    w = Watch(browser, hand_server)
    n = _visit_everything(w, hand_server)
    assert n > 10
    assert w.dialogs == [] and w.foreign == [], (w.dialogs, w.foreign)
    assert not [e for e in w.errors if "Content Security Policy" in e], w.errors
    page = w.open("#/event/ev-xss", ".evidence")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    w.close()


# --- stores built by the real pipeline ----------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_server(seeds_store, live_server):
    with live_server(seeds_store) as srv:
        yield srv


def test_home_page_load_time_on_seeds(browser, seeds_server):
    w = Watch(browser, seeds_server)
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        w.open("#/", ".tiles")
        times.append(time.perf_counter() - t0)
    print(
        f"\nhome page load on the seeds' store: first {times[0] * 1000:.0f} ms, "
        f"then {min(times[1:]) * 1000:.0f} ms (goto → counts rendered)"
    )
    t0 = time.perf_counter()
    w.open("#/timeline", ".vis-item")
    print(f"timeline view ready in {(time.perf_counter() - t0) * 1000:.0f} ms")
    assert not w.dialogs and not w.foreign
    w.close()


def test_trump_tower_meeting_on_seeds(browser, seeds_server, artifacts):
    w = Watch(browser, seeds_server)
    page = w.open("#/timeline", ".vis-item")
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "timeline.png"), full_page=True)
    page.fill("#searchinput", "Trump Tower")
    page.press("#searchinput", "Enter")
    page.wait_for_selector("main h1:has-text('Search')")
    meeting = None
    for row in page.locator(".event-row").all():
        text = row.inner_text()
        if "Trump Tower" in text and row.locator(".badge", has_text="MEET").count():
            meeting = row
            break
    assert meeting is not None, "no MEET event at Trump Tower among the search results"
    meeting.locator("a.event-label").click()
    page.wait_for_selector(".evidence")
    who = page.locator(".participants").inner_text()
    for name in ("Kushner", "Flynn", "Kislyak"):
        assert name in who
    assert "Dec 2016" in page.locator(".facts").inner_text()
    docs = page.locator(".evidence header a").all_inner_texts()
    assert len(set(docs)) >= 2, docs
    assert page.locator(".evidence .sentence").count() >= 2
    page.screenshot(path=str(artifacts / "event-trump-tower.png"), full_page=True)
    assert not w.dialogs and not w.foreign
    w.close()


def test_click_kislyak_in_network_lists_his_events(browser, seeds_server, artifacts):
    w = Watch(browser, seeds_server)
    kislyak = get(seeds_server, "/api/entities", q="Kislyak", type="PERSON")["items"][0]
    page = w.open("#/network", "#network-panel")
    page.wait_for_function("() => window.storylineCy !== undefined && window.storylineCy.nodes().length > 0")
    page.wait_for_timeout(200)
    pos = page.evaluate("id => window.storylineCy.getElementById(id).renderedPosition()", kislyak["id"])
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#network-panel .event-row")
    panel = page.locator("#network-panel")
    assert kislyak["name"] in panel.locator("h2").inner_text()
    n_rows = panel.locator(".event-row").count()
    assert n_rows == min(kislyak["n_events"], 200) and n_rows > 0
    assert "focus=" + urllib.parse.quote(kislyak["id"]) in page.url
    page.screenshot(path=str(artifacts / "network.png"), full_page=True)
    page.reload()  # the focus is in the URL
    page.wait_for_selector("#network-panel .event-row")
    assert kislyak["name"] in page.locator("#network-panel h2").inner_text()
    assert not w.dialogs and not w.foreign
    w.close()


@pytest.fixture(scope="module")
def xss_server(xss_store, live_server):
    with live_server(xss_store) as srv:
        yield srv


def test_xss_article_triggers_no_dialog_and_no_foreign_request(browser, xss_server):
    w = Watch(browser, xss_server)
    n = _visit_everything(w, xss_server)
    print(f"\nXSS store: {n} views visited, {len(w.dialogs)} dialogs, {len(w.foreign)} off-server requests")
    assert w.dialogs == [], w.dialogs
    assert w.foreign == [], w.foreign
    assert not [e for e in w.errors if "Content Security Policy" in e], w.errors
    w.close()


def test_question_box_answers_with_evidence(browser, seeds_server):
    w = Watch(browser, seeds_server)
    page = w.open("#/ask", "#askform")
    page.fill("#askinput", "Where did Kushner, Flynn and Kislyak meet?")
    page.press("#askinput", "Enter")
    page.wait_for_selector("#evidence li")
    assert page.locator(".answer-text").inner_text() == "Trump Tower"
    assert "Trump Tower in New York" in page.locator("#evidence blockquote").first.inner_text()
    assert page.locator("#evidence mark").count() >= 1
    page.reload()  # the question lives in the URL
    page.wait_for_selector("#evidence li")
    page.fill("#askinput", "<img src=x onerror=alert(1)> When was Kushner indicted?")
    page.press("#askinput", "Enter")
    page.wait_for_selector("text=No sentence in the store answers this.")
    assert page.locator(".answer-text").inner_text() == "The sources do not say."
    assert page.locator("#view img").count() == 0
    assert not w.errors and not w.dialogs and not w.foreign
    w.close()
