"""Shared fixtures for the API and browser tests.

``hand_store`` is built from hand-made ``Analysis``/``Resolution`` objects, so the API tests do
not depend on NLP quality: two reports of the Trump Tower meeting, a call, an undated denial,
a claim and a denial that contradict each other, a planned meeting and a testimony that did not
happen (stored, off the default timeline), and one document whose title, outlet, text and
entity names are markup (an XSS probe). ``seeds_store`` runs the real pipeline over
``../shared/corpus/seeds`` and skips with the reason when that is not possible.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from storyline.model import (
    Analysis,
    Claim,
    Contradiction,
    DateRange,
    Document,
    Entity,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Polarity,
    Resolution,
    Role,
    Sentence,
    Status,
)
from storyline.store import SQLiteStore, open_store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
ARTIFACTS = REPO / "test-artifacts"
XSS_PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "javascript:alert(3)")


class _Doc:
    """Builds one Analysis from plain sentences, finding offsets by substring."""

    def __init__(self, doc_id, sentences, **meta):
        text = " ".join(sentences)
        self.doc = Document(
            id=doc_id,
            source=f"{doc_id}.txt",
            original=text,
            text=text,
            offsets=OffsetMap.identity(len(text)),
            published_basis="metadata",
            **meta,
        )
        self.sentences, pos = [], 0
        for i, s in enumerate(sentences):
            self.sentences.append(Sentence(i, pos, pos + len(s), s))
            pos += len(s) + 1
        self.mentions, self.events, self.claims = [], [], []

    def _span(self, sent, needle):
        s = self.sentences[sent]
        i = s.text.index(needle)
        return s.start + i, s.start + i + len(needle)

    def mention(self, sent, text, type, key, role=None):
        start, end = self._span(sent, text)
        m = Mention(f"{self.doc.id}:m{len(self.mentions)}", sent, start, end, text, type, key, role)
        self.mentions.append(m)
        return m.id

    def event(self, sent, type, trigger, participants, date=None, sources=(), location=None, factuality=None):
        start, end = self._span(sent, trigger)
        e = EventMention(
            f"{self.doc.id}:e{len(self.events)}",
            sent,
            type,
            trigger,
            trigger.lower(),
            start,
            end,
            [Participant(m, r) for m, r in participants],
            date,
            location,
            None,
            list(sources),
            factuality=factuality or Factuality(),
        )
        self.events.append(e)
        return e.id

    def claim(self, sent, stance, text, speaker=None, speaker_text=None, event=None, attributed_to=()):
        start, end = self._span(sent, text)
        c = Claim(
            f"{self.doc.id}:c{len(self.claims)}",
            sent,
            stance,
            text,
            start,
            end,
            speaker,
            speaker_text,
            event,
            list(attributed_to),
        )
        self.claims.append(c)
        return c.id

    def analysis(self):
        return Analysis(self.doc, self.sentences, self.mentions, self.events, self.claims)


def build_hand_store(path) -> dict:
    """Write the hand-made store to ``path`` (a file or a PostgreSQL DSN); returns the ids the
    tests refer to."""
    d1 = _Doc(
        "wapo-backchannel",
        [
            "Jared Kushner met Sergey Kislyak at Trump Tower on December 1 or 2, 2016.",
            "Michael Flynn also attended the meeting, according to The Washington Post.",
            "The Post reported that Kushner proposed a secret backchannel to Moscow.",
            "Flynn spoke by phone with Kislyak on December 29.",
        ],
        title="Kushner discussed a backchannel with Russia's ambassador",
        outlet="The Washington Post",
        author="A. Reporter",
        published="2017-05-26",
    )
    k1 = d1.mention(0, "Jared Kushner", "PERSON", "Jared Kushner")
    s1 = d1.mention(0, "Sergey Kislyak", "PERSON", "Sergey Kislyak", role="the Russian ambassador")
    t1 = d1.mention(0, "Trump Tower", "FAC", "Trump Tower")
    f1 = d1.mention(1, "Michael Flynn", "PERSON", "Michael Flynn")
    k1b = d1.mention(2, "Kushner", "PERSON", "Jared Kushner")
    f1b = d1.mention(3, "Flynn", "PERSON", "Michael Flynn")
    s1b = d1.mention(3, "Kislyak", "PERSON", "Sergey Kislyak")
    meet_a = d1.event(
        0,
        "MEET",
        "met",
        [(k1, "agent"), (s1, "partner")],
        DateRange("2016-12-01", "2016-12-02", "December 1 or 2, 2016"),
        sources=["The Washington Post"],
        location=t1,
    )
    meet_b = d1.event(1, "MEET", "attended", [(f1, "agent")], sources=["The Washington Post"])
    propose = d1.event(2, "PROPOSE", "proposed", [(k1b, "agent")], sources=["The Post"])
    call = d1.event(
        3,
        "CALL",
        "spoke by phone",
        [(f1b, "agent"), (s1b, "partner")],
        DateRange("2016-12-29", "2016-12-29", "December 29"),
    )
    c_assert = d1.claim(
        2,
        "ASSERT",
        "Kushner proposed a secret backchannel to Moscow",
        speaker_text="The Post",
        event=propose,
        attributed_to=["The Post"],
    )

    d2 = _Doc(
        "nyt-meeting",
        [
            "In December 2016 Kushner and Flynn met the Russian ambassador, Sergey Kislyak, at Trump Tower.",
            "Kushner denied that he proposed a backchannel.",
            "A White House spokesman declined to comment.",
        ],
        title="Kushner and Flynn met Russian envoy",
        outlet="The New York Times",
        published="2017-04-03",
    )
    k2 = d2.mention(0, "Kushner", "PERSON", "Jared Kushner")
    f2 = d2.mention(0, "Flynn", "PERSON", "Michael Flynn")
    s2 = d2.mention(0, "Sergey Kislyak", "PERSON", "Sergey Kislyak", role="the Russian ambassador")
    k2b = d2.mention(1, "Kushner", "PERSON", "Jared Kushner")
    meet_c = d2.event(
        0,
        "MEET",
        "met",
        [(k2, "agent"), (f2, "agent"), (s2, "partner")],
        DateRange("2016-12", "2016-12", "In December 2016"),
    )
    deny = d2.event(1, "DENY", "denied", [(k2b, "agent")])
    c_deny = d2.claim(
        1,
        "DENY",
        "Kushner denied that he proposed a backchannel",
        speaker=k2b,
        speaker_text="Kushner",
        event=deny,
    )
    d2.claim(
        2, "DECLINE", "A White House spokesman declined to comment", speaker_text="A White House spokesman"
    )

    evil = "<script>alert(1)</script>"
    d3 = _Doc(
        "xss-probe",
        [
            f"{evil} Mallory <img src=x onerror=alert(2)> met Kislyak.",
            "Click javascript:alert(3) for more.",
        ],
        title="<script>alert(1)</script> headline",
        outlet="<img src=x onerror=alert(2)>",
        published="2017-06-01",
    )
    m3 = d3.mention(0, "Mallory <img src=x onerror=alert(2)>", "PERSON", "Mallory")
    s3 = d3.mention(0, "Kislyak", "PERSON", "Sergey Kislyak")
    xmeet = d3.event(
        0, "MEET", "met", [(m3, "agent"), (s3, "partner")], DateRange("2017-01-05", "2017-01-05", "January 5")
    )
    d3.claim(1, "ASSERT", "Click javascript:alert(3) for more", speaker_text="<script>alert(1)</script>")

    # reports of what did not happen, or not yet: stored, never on the default timeline
    d4 = _Doc(
        "planned-talks",
        [
            "Kushner will meet Kislyak again in July, an aide said.",
            "Flynn did not testify before the committee.",
        ],
        title="Kushner to meet Kislyak again",
        outlet="Reuters",
        published="2017-06-02",
    )
    k4 = d4.mention(0, "Kushner", "PERSON", "Jared Kushner")
    s4 = d4.mention(0, "Kislyak", "PERSON", "Sergey Kislyak")
    f4 = d4.mention(1, "Flynn", "PERSON", "Michael Flynn")
    plan = d4.event(
        0,
        "MEET",
        "meet",
        [(k4, "agent"), (s4, "partner")],
        DateRange("2017-07", "2017-07", "in July"),
        factuality=Factuality(time=EventTime.FUTURE),
    )
    no_testimony = d4.event(1, "TESTIFY", "testify", [(f4, "agent")], factuality=Factuality(Polarity.NEG))

    store = open_store(str(path))
    for d in (d1, d2, d3, d4):
        assert store.add_analysis(d.analysis())

    def mentions_of(key, *docs):
        return [m.id for d in docs for m in d.mentions if m.key == key]

    ents = [
        Entity(
            "ent-kushner",
            "Jared Kushner",
            "PERSON",
            ["Jared Kushner", "Kushner"],
            [Role("senior adviser", "wapo-backchannel")],
            mentions_of("Jared Kushner", d1, d2, d4),
        ),
        Entity(
            "ent-kislyak",
            "Sergey Kislyak",
            "PERSON",
            ["Sergey Kislyak", "Kislyak", "the Russian ambassador"],
            [
                Role("the Russian ambassador", "wapo-backchannel"),
                Role("the Russian ambassador", "nyt-meeting"),
            ],
            mentions_of("Sergey Kislyak", d1, d2, d3, d4),
        ),
        Entity(
            "ent-flynn",
            "Michael Flynn",
            "PERSON",
            ["Michael Flynn", "Flynn"],
            [],
            mentions_of("Michael Flynn", d1, d2, d4),
        ),
        Entity("ent-trump-tower", "Trump Tower", "FAC", ["Trump Tower"], [], mentions_of("Trump Tower", d1)),
        Entity(
            "ent-mallory",
            "Mallory <img src=x onerror=alert(2)>",
            "PERSON",
            ["<script>alert(1)</script>"],
            [],
            mentions_of("Mallory", d3),
        ),
    ]
    evs = [
        Event(
            "ev-meet",
            "MEET",
            "Kushner and Flynn meet Kislyak at Trump Tower",
            [meet_a, meet_b, meet_c],
            [
                Participant("ent-kushner", "agent"),
                Participant("ent-flynn", "agent"),
                Participant("ent-kislyak", "partner"),
            ],
            DateRange("2016-12-01", "2016-12-02", "December 1 or 2, 2016"),
            "ent-trump-tower",
            ["The Washington Post"],
        ),
        Event(
            "ev-propose",
            "PROPOSE",
            "Kushner proposes a backchannel",
            [propose],
            [Participant("ent-kushner", "agent")],
            DateRange("2016-12-01", "2016-12-02", "December 1 or 2, 2016"),
            None,
            ["The Post"],
        ),
        Event(
            "ev-call",
            "CALL",
            "Flynn calls Kislyak",
            [call],
            [Participant("ent-flynn", "agent"), Participant("ent-kislyak", "partner")],
            DateRange("2016-12-29", "2016-12-29", "December 29"),
            None,
            [],
        ),
        Event(
            "ev-deny",
            "DENY",
            "Kushner denies proposing a backchannel",
            [deny],
            [Participant("ent-kushner", "agent")],
            None,
            None,
            [],
        ),
        Event(
            "ev-xss",
            "MEET",
            "<script>alert(1)</script> meets Kislyak <img src=x onerror=alert(2)>",
            [xmeet],
            [Participant("ent-mallory", "agent"), Participant("ent-kislyak", "partner")],
            DateRange("2017-01-05", "2017-01-05", "January 5"),
            None,
            ["javascript:alert(3)"],
        ),
        Event(
            "ev-plan",
            "MEET",
            "Kushner meets Kislyak",
            [plan],
            [Participant("ent-kushner", "agent"), Participant("ent-kislyak", "partner")],
            DateRange("2017-07", "2017-07", "in July"),
            status=Status.PLANNED,
            first_reported="2017-06-02",
            confidence=0.75,
        ),
        Event(
            "ev-no-testimony",
            "TESTIFY",
            "Flynn testifies",
            [no_testimony],
            [Participant("ent-flynn", "agent")],
            status=Status.NOT_HAPPENED,
            first_reported="2017-06-02",
            confidence=0.75,
        ),
    ]
    store.save_resolution(Resolution(ents, evs, [Contradiction([c_assert, c_deny], "assert vs deny")]))
    store.close()
    return {
        "path": str(path),
        "meet": "ev-meet",
        "deny": "ev-deny",
        "kislyak": "ent-kislyak",
        "kushner": "ent-kushner",
        "claim_assert": c_assert,
        "claim_deny": c_deny,
        "planned": "ev-plan",
        "not_happened": "ev-no-testimony",
    }


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def hand_store(request, tmp_path_factory) -> dict:
    """The hand-made store in each backend: every API test runs against both."""
    if request.param == "postgres":
        return build_hand_store(request.getfixturevalue("pg_server").schema_dsn("hand"))
    return build_hand_store(tmp_path_factory.mktemp("hand") / "hand.db")


@pytest.fixture()
def client(hand_store):
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    with TestClient(create_app(hand_store["path"]), base_url="http://localhost") as c:
        yield c


def _ingest(db_path, paths) -> None:
    from storyline.pipeline import ingest_paths

    store = SQLiteStore(str(db_path))
    try:
        ingest_paths(store, [str(p) for p in paths])
    finally:
        store.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> str:
    if not SEEDS.is_dir() or not any(SEEDS.iterdir()):
        pytest.skip(f"seed corpus not found at {SEEDS}")
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    _ingest(path, [SEEDS])
    return str(path)


@pytest.fixture(scope="session")
def xss_store(tmp_path_factory) -> str:
    """The XSS fixture articles (HTML and text) run through the real pipeline."""
    fixtures = REPO / "tests" / "fixtures"
    found = [fixtures / "xss_article.html", fixtures / "xss_article.txt"]
    path = tmp_path_factory.mktemp("xss") / "xss.db"
    _ingest(path, found)
    return str(path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on a free port on 127.0.0.1."""

    def __init__(self, db_path: str):
        import uvicorn

        from storyline.present.api import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.time() + 15
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def chromium_path() -> str:
    return os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def live_server():
    """``with live_server(db_path) as srv:`` serves the app on ``srv.url``."""
    return LiveServer


@pytest.fixture(scope="session")
def big_store(tmp_path_factory):
    """10,000 events, 5,000 entities, ~2,400 articles, built through the Store API (bigstore.py)."""
    from tests.present.bigstore import build_big_store

    return build_big_store(str(tmp_path_factory.mktemp("big") / "big.db"))
