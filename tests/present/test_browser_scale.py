"""The UI in chromium on a 10,000-event store (tests/present/bigstore.py, built once per session
through the Store API): the timeline opens on the densest months, zooming in loads the window's
lesser events, vague dates are points on their own lane, undated events are paged and
searchable, no list renders more than 200 rows, a two-name search finds the events the two
share, and the network's slider sets how many of the most important entities are drawn."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.present import test_browser as shared
from tests.present.test_browser import Watch, get

pytestmark = pytest.mark.browser
browser = shared.browser  # the chromium fixture, one per module

MAX_ROWS = 200
# the longest list of any kind on the page: list items, table rows, timeline items, graph nodes
ROWS_JS = """() => {
  const lists = [...document.querySelectorAll('#view ol, #view ul, #view tbody, #view .evidence-list, #view .claims')].map((x) => x.children.length);
  const items = document.querySelectorAll('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point').length;
  const nodes = window.storylineCy ? window.storylineCy.nodes().length : 0;
  return Math.max(0, items, nodes, ...lists);
}"""


@pytest.fixture(scope="module")
def big_server(big_store, live_server):
    with live_server(big_store.path) as srv:
        yield srv


def _day(ms: float) -> str:
    return dt.datetime.fromtimestamp(ms / 1000).date().isoformat()


def test_timeline_opens_on_the_densest_months_and_zooms_into_more(browser, big_server, big_store):
    w = Watch(browser, big_server)
    page = w.open("#/timeline", ".vis-item")
    win = page.evaluate(
        "() => { const w = storylineTimeline.getWindow(); return [w.start.getTime(), w.end.getTime()]; }"
    )
    start, end = _day(win[0]), _day(win[1] - 1)
    busiest = sorted(big_store.months, key=big_store.months.get, reverse=True)[:3]
    assert all(start <= m + "-01" and m + "-28" <= end for m in busiest), (busiest, start, end)
    assert (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days < 366  # not 1968-2018
    assert page.evaluate(ROWS_JS) <= MAX_ROWS
    # the histogram marks the same months as the densest
    dense = page.locator("#density .bar.dense").evaluate_all("(bs) => bs.map((b) => b.dataset.month)")
    assert set(busiest) <= set(dense)

    items = page.evaluate(
        "() => storylineTimeline.itemsData.get().map((i) => [i.id, i.type, i.group, i.className])"
    )
    assert len(items) == 200
    shown = {i[0] for i in items}
    api = get(big_server, "/api/timeline")
    by_id = {e["id"]: e for e in api["dated"]}
    assert shown == set(by_id)
    for item_id, kind, group, _ in items:
        e = by_id[item_id]
        if e["precision"] in ("year", "month", "span"):
            assert (kind, group) == ("point", "vague"), e  # never a year-long bar
        else:
            assert group == "exact"
    top = max(api["dated"], key=lambda e: e["salience"])
    low = min(api["dated"], key=lambda e: e["salience"])
    cls = {i[0]: i[3] for i in items}
    assert "sal-4" in cls[top["id"]] and "sal-1" in cls[low["id"]]
    box = page.locator("#timeline")
    assert box.locator(".vis-item.sal-4").count() > 0

    # zoom in with the wheel: the week in view gets its own key events, lesser ones among them
    before = box.get_attribute("data-window")
    b = box.bounding_box()
    page.mouse.move(b["x"] + b["width"] * 0.6, b["y"] + 60)
    for _ in range(12):
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(60)
    page.wait_for_timeout(500)  # vis-timeline reports the end of a zoom a moment after the wheel
    page.wait_for_function(
        f"() => document.getElementById('timeline').dataset.window !== {before!r}", timeout=20000
    )
    page.wait_for_timeout(300)
    after = page.evaluate("() => storylineTimeline.itemsData.get().map((i) => i.id)")
    lo, hi = box.get_attribute("data-window").split("/")
    zoomed = get(big_server, "/api/timeline", **{"from": lo, "to": hi})
    assert set(after) == {e["id"] for e in zoomed["dated"]}
    assert min(e["salience"] for e in zoomed["dated"]) < low["salience"]
    assert (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days < (
        dt.date.fromisoformat(end) - dt.date.fromisoformat(start)
    ).days
    assert not w.errors and not w.foreign
    w.close()


def test_undated_events_are_summarised_paged_and_searchable(browser, big_server, big_store):
    w = Watch(browser, big_server)
    page = w.open("#/timeline", "#undated li")
    total = get(big_server, "/api/events", dated="false")["total"]
    assert f"Undated events ({total:,})" in page.locator("#undated h2").inner_text()
    assert page.locator("#undated li").count() == 20
    first = page.locator("#undated li .event-label").first.inner_text()
    page.locator("#undated nav a", has_text="next").click()
    page.wait_for_function(
        f"() => document.querySelector('#undated .pager').textContent.includes('21–40 of {total}')"
    )
    assert page.locator("#undated li .event-label").first.inner_text() != first
    # search the undated events by a person's surname
    name = get(big_server, "/api/entities", limit=1)["items"][0]["name"]
    surname = name.split()[-1]
    page.fill("#undated input[name=uq]", surname)
    page.press("#undated input[name=uq]", "Enter")
    page.wait_for_function(f"() => document.querySelector('#undated h2').textContent.includes('{surname}')")
    want = get(big_server, "/api/events", dated="false", q=surname)["total"]
    assert f"({want:,} matching" in page.locator("#undated h2").inner_text()
    rows = page.locator("#undated li").all_inner_texts()
    assert 0 < len(rows) <= 20 and all(surname in r for r in rows)
    assert not w.errors
    w.close()


def test_no_list_renders_more_than_200_rows(browser, big_server, big_store):
    w = Watch(browser, big_server)
    top = get(big_server, "/api/entities", limit=1)["items"][0]
    busiest = get(big_server, "/api/events", sort="salience", limit=1)["items"][0]
    doc = get(big_server, "/api/documents", limit=1)["items"][0]
    routes = [
        ("#/", ".tiles"),
        ("#/timeline", ".vis-item"),
        ("#/network", "#cy canvas"),
        (f"#/network?n=500&focus={top['id']}", "#network-panel li"),
        (f"#/entity/{top['id']}", "text=Appears with"),
        (f"#/event/{busiest['id']}", ".evidence"),
        (f"#/doc/{doc['id']}", ".doctext"),
        ("#/documents", ".doctable"),
        ("#/search?q=Anna", "main h1"),
    ]
    for route, wait in routes:
        page = w.open(route, wait)
        rows = page.evaluate(ROWS_JS)
        assert 0 < rows <= MAX_ROWS, (route, rows)
    page = w.open(f"#/entity/{top['id']}", "text=Appears with")
    assert f"Events ({top['n_events']:,})" in page.locator("main").inner_text()
    assert not w.errors and not w.foreign
    w.close()


def test_two_names_find_the_events_both_take_part_in(browser, big_server, big_store):
    a, b, n = big_store.pair()
    names = big_store.names
    q = f"{names[a].split()[-1]} {names[b].split()[-1]}"
    w = Watch(browser, big_server)
    page = w.open("#/", ".tiles")
    page.fill("#searchinput", q)
    page.press("#searchinput", "Enter")
    page.wait_for_selector(f"text=Events ({n})")
    rows = page.locator(".event-row").all_inner_texts()
    assert len(rows) == min(20, n)
    assert all(names[a] in r and names[b] in r for r in rows)
    page.locator("a", has_text=f"All {n} on the timeline").click()
    page.wait_for_selector("#timeline .vis-item, #undated li")
    t = get(big_server, "/api/timeline", q=q)
    assert t["total"] == n
    assert not w.errors
    w.close()


def test_network_slider_and_pair_events(browser, big_server, big_store):
    w = Watch(browser, big_server)
    page = w.open("#/network", "#cy canvas")
    assert page.evaluate("() => storylineCy.nodes().length") == 40
    slider = page.locator("#net-size")
    slider.evaluate(
        "(s) => { s.value = '90'; s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); }"
    )
    page.wait_for_function(
        "() => location.hash.includes('n=90') && document.getElementById('view').dataset.ready === location.hash"
    )
    page.wait_for_selector("#cy canvas")
    ids = set(page.evaluate("() => storylineCy.nodes().map((n) => n.id())"))
    assert ids == {x["id"] for x in get(big_server, "/api/graph", limit=90)["nodes"]}
    assert page.locator("#net-size-value").inner_text() == "90"

    a, b, n = big_store.pair()
    edge = f"{min(a, b)}|{max(a, b)}"
    page.evaluate(f"() => storylineCy.getElementById({edge!r}).emit('tap')")
    page.wait_for_function(f"() => document.getElementById('network-panel').dataset.pair === {edge!r}")
    panel = page.locator("#network-panel")
    assert f"{n} shared events" in panel.inner_text()
    rows = panel.locator(".event-row").all_inner_texts()
    assert len(rows) == min(50, n)
    names = big_store.names
    assert all(names[a] in r and names[b] in r for r in rows)
    assert not w.errors
    w.close()
