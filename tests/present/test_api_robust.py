"""The API under hostile and unlucky requests (issue 11): offsets past SQLite's integers and
50,000-character searches were 500s, 500s were plain text without the security headers, any
Host was answered (DNS rebinding), HEAD was 405. Every answer now is JSON with the headers."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.present.conftest import free_port
from tests.robust.procs import CLI, REPO

from storyline.present.api import SECURITY_HEADERS

PAGED = [
    "/api/documents",
    "/api/entities",
    "/api/events",
    "/api/claims",
    "/api/contradictions",
    "/api/search",
]


def _json_error_with_headers(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    for k, v in SECURITY_HEADERS.items():
        assert r.headers[k] == v
    body = r.json()
    assert set(body) == {"error"} and body["error"]
    return body["error"]


@pytest.mark.parametrize("path", PAGED)
@pytest.mark.parametrize("offset", [2**63, 2**63 - 1, 10**30, -1])
def test_offsets_out_of_range_are_422_on_every_paged_endpoint(client, path, offset):
    r = client.get(path, params={"offset": offset, "q": "Kislyak"})
    assert "offset" in _json_error_with_headers(r, 422)


@pytest.mark.parametrize("path", PAGED)
def test_the_largest_offset_allowed_is_an_empty_page(client, path):
    from storyline.present.api_routes import MAX_OFFSET

    r = client.get(path, params={"offset": MAX_OFFSET, "q": "Kislyak"})
    page = r.json()["sentences"] if path == "/api/search" else r.json()
    assert r.status_code == 200 and page["items"] == [] and page["total"] > 0


@pytest.mark.parametrize(
    "path,param",
    [("/api/entities", "q"), ("/api/search", "q"), ("/api/events", "entity"), ("/api/events", "outlet")],
)
def test_a_50000_character_parameter_is_a_clear_422(client, path, param):
    r = client.get(path, params={param: "x" * 50_000})
    assert _json_error_with_headers(r, 422) == f"{param}: at most 500 characters (got 50000)"


def test_an_unexpected_error_is_json_with_the_security_headers(client, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(client.app.state.store._store, "counts", broken)
    r = client.get("/api/stats")
    assert _json_error_with_headers(r, 500) == "internal error; see the server log"
    assert "disk I/O" not in r.text  # internals stay in the log


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io", "localhost.evil.example"]
)
def test_other_host_headers_are_refused(client, host):
    r = client.get("/api/stats", headers={"host": host})
    assert "--allowed-host" in _json_error_with_headers(r, 400)


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_loopback_host_headers_are_answered(client, host):
    assert client.get("/api/stats", headers={"host": host}).status_code == 200


def test_allowed_hosts_are_configurable(hand_store):
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    with TestClient(create_app(hand_store["path"], allowed_hosts=["news.lan"])) as c:
        assert c.get("/api/stats", headers={"host": "news.lan:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"host": "other.lan"}).status_code == 400
    with TestClient(create_app(hand_store["path"], allowed_hosts=["*"])) as c:
        assert c.get("/api/stats", headers={"host": "anything.example"}).status_code == 200


@pytest.mark.parametrize(
    "path", ["/", "/api/stats", "/api/events", "/static/app.js", "/openapi.json", "/docs"]
)
def test_head_where_get_is_allowed(client, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-security-policy"] == get.headers["content-security-policy"]


def test_head_of_a_missing_item_is_404(client):
    r = client.head("/api/events/nope")
    assert r.status_code == 404 and r.content == b""


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=600)
NUMBER = st.one_of(st.integers(-(2**70), 2**70).map(str), TEXT)
PARAMS = {
    "/api/documents": {"limit": NUMBER, "offset": NUMBER},
    "/api/entities": {"type": TEXT, "q": TEXT, "doc": TEXT, "limit": NUMBER, "offset": NUMBER},
    "/api/events": {
        "entity": TEXT,
        "type": TEXT,
        "from": TEXT,
        "to": TEXT,
        "doc": TEXT,
        "outlet": TEXT,
        "limit": NUMBER,
        "offset": NUMBER,
    },
    "/api/claims": {
        "stance": TEXT,
        "doc": TEXT,
        "event": TEXT,
        "entity": TEXT,
        "limit": NUMBER,
        "offset": NUMBER,
    },
    "/api/contradictions": {"limit": NUMBER, "offset": NUMBER},
    "/api/search": {"q": TEXT, "limit": NUMBER, "offset": NUMBER},
    "/api/timeline": {"entity": TEXT, "type": TEXT, "from": TEXT, "to": TEXT, "outlet": TEXT, "doc": TEXT},
    "/api/graph": {"entity": TEXT, "depth": NUMBER},
}


@st.composite
def requests(draw):
    path = draw(st.sampled_from(sorted(PARAMS)))
    names = draw(st.sets(st.sampled_from(sorted(PARAMS[path]))))
    return path, {n: draw(PARAMS[path][n]) for n in names}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests())
def test_fuzzed_parameters_never_break_the_api(client, request):
    path, params = request
    r = client.get(path, params=params)
    assert r.status_code in (200, 404, 422), (path, params, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
    if r.status_code != 200:
        assert set(r.json()) == {"error"}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/?#%"),
        min_size=1,
        max_size=300,
    )
)
def test_fuzzed_ids_are_404_or_found(client, item):
    for kind in ("documents", "entities", "events"):
        r = client.get(f"/api/{kind}/{item}")
        assert r.status_code in (200, 404, 422), (kind, item, r.text[:300])
        assert r.headers["content-type"].startswith("application/json")


# --- the real server process -----------------------------------------------------------------
def _serve(db, *args, timeout=60):
    return subprocess.run(
        [*CLI, "serve", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
    )


def _fingerprint(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_serve_refuses_an_unrelated_sqlite_file_without_touching_it(tmp_path):
    path = tmp_path / "app.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO users (name) VALUES ('ada')")
    con.commit()
    con.close()
    before = _fingerprint(tmp_path)
    run = _serve(path, "--port", free_port())
    assert run.returncode == 1
    assert run.stderr.strip() == (
        f"Error: {path}: an SQLite database but not a storyline store (it has tables users); refusing to change it"
    )
    assert _fingerprint(tmp_path) == before  # no table added, journal mode kept, no -wal file
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize(
    "content,message",
    [
        (b"%PDF-1.7\n" + b"x" * 5000, "not a storyline store (not an SQLite database); refusing to touch it"),
        (b"", "empty file, not a storyline store"),
    ],
)
def test_serve_on_a_file_that_is_not_a_store_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "report.db"
    path.write_bytes(content)
    run = _serve(path, "--port", free_port())
    assert run.returncode == 1
    assert run.stderr.strip() == f"Error: {path}: {message}" and "Traceback" not in run.stderr
    assert path.read_bytes() == content and _fingerprint(tmp_path) == {
        path.name: hashlib.sha256(content).hexdigest()
    }


def test_serve_does_not_migrate_an_older_store(tmp_path):
    from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    con.close()
    before = _fingerprint(tmp_path)
    run = _serve(path, "--port", free_port())
    assert run.returncode == 1 and f"older than this storyline's ({SCHEMA_VERSION})" in run.stderr
    assert "storyline resolve" in run.stderr and _fingerprint(tmp_path) == before


def test_real_server_answers_head_and_refuses_foreign_hosts(hand_store):
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--db", hand_store["path"], "--port", str(port)], cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/api/stats", timeout=5)
                break
            except OSError:
                assert time.time() < deadline and proc.poll() is None, "serve did not start"
                time.sleep(0.2)
        head = urllib.request.urlopen(urllib.request.Request(url + "/api/stats", method="HEAD"), timeout=5)
        assert head.status == 200 and head.read() == b""
        assert head.headers["Content-Security-Policy"] == SECURITY_HEADERS["Content-Security-Policy"]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(
                urllib.request.Request(url + "/api/stats", headers={"Host": f"rebind.example:{port}"}),
                timeout=5,
            )
        assert refused.value.code == 400 and b"--allowed-host" in refused.value.read()
        with pytest.raises(urllib.error.HTTPError) as big:
            urllib.request.urlopen(f"{url}/api/events?offset={2**63}", timeout=5)
        assert big.value.code == 422 and big.value.headers["X-Frame-Options"] == "DENY"
    finally:
        proc.terminate()
        proc.wait(10)
