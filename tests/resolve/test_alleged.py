"""An act told as alleged is the act (bench/news_scale.py dev event comey_memo, AllSides 2017):
Politico's "Trump allegedly pressured the former FBI director to drop the agency's investigation
of ... Michael Flynn" had been read as never happening, so it could join no report that tells
the request plainly; a forecast ("Sessions' likely confirmation by the Senate on Wednesday
evening", NPR, the day of the vote) stays none."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.model import DateRange
from storyline.pipeline import build_document
from storyline.resolve import _factual
from storyline.resolve.events import EventFeatures, cluster_events

REQUEST = (
    (
        "2017-05-17",
        "Republicans quickly split into factions — from defending Trump and blaming the media on one "
        "end, to calling for a special prosecutor and even raising the specter of impeachment on the "
        "other — as they responded to news that Trump allegedly pressured the former FBI director to "
        "drop the agency's investigation of Trump's ex-national security adviser Michael Flynn.",
    ),
    (
        "2017-05-18",
        "The New York Times on Tuesday reported that Comey recorded a memo in February saying Trump "
        "had asked him to drop the bureau's investigation of ousted national security adviser "
        "Michael Flynn.",
    ),
    (
        "2017-05-24",
        "President Trump has removed Comey from the FBI directorship after asking Comey to end the "
        "bureau’s investigation of former aide Michael Flynn’s dealings with Russia.",
    ),
)
FORECAST = (
    "2017-02-08",
    "Warren was speaking in the debate leading up to Sessions' likely confirmation by the Senate on "
    "Wednesday evening.",
)


def _docs(items):
    return [build_document(RawArticle(f"t{i}", t, "text"), p) for i, (p, t) in enumerate(items)]


def test_an_alleged_request_may_join_the_reports_that_tell_it_plainly():
    analyses = list(analyse(_docs(REQUEST)))
    alleged = [e for e in analyses[0].events if e.type == "REQUEST"]
    assert alleged and alleged[0].factuality.happened is False  # read as alleged ...
    assert _factual(alleged[0], "2017-05-17") is None  # ... which may join the fact
    told = [e for a in analyses[1:] for e in a.events if e.type == "REQUEST"]
    assert told and all(_factual(e, "2017-05-18") is True for e in told)
    # the features the 2,000 articles give them: Trump asks, about Flynn; the one asked is
    # Comey, or "the former FBI director", a title the article leaves unnamed
    feats = [_request("politico", None, asked=frozenset()), _request("bi", True), _request("vox", True)]
    assert len(cluster_events(feats)) == 1
    # a request only planned or demanded stays apart
    assert len(cluster_events([_request("plan", False, asked=frozenset()), *feats[1:]])) == 2


TRUMP, COMEY, FLYNN = "ent_trump", "ent_comey", "ent_flynn"


def _request(doc: str, factual, asked=frozenset({COMEY})) -> EventFeatures:
    return EventFeatures(
        id=f"{doc}:e0", doc=doc, sent=0, type="REQUEST", lemma="ask", participants=frozenset({TRUMP}) | asked,
        key_participants=frozenset({FLYNN}), agents=frozenset({TRUMP}), factual=factual,
    )  # fmt: skip


def test_a_forecast_vote_is_no_report_of_the_vote():
    (a,) = analyse(_docs([FORECAST]))
    votes = [e for e in a.events if e.type == "VOTE"]
    assert votes and all(_factual(e, FORECAST[0]) is False for e in votes)


FBI, CLINTON = "ent_fbi", "ent_clinton"


def test_a_request_naming_the_one_asked_and_about_what_but_no_asker_joins_the_told_one():
    """CNN: "stunning allegations that in February Trump pressured Comey to shut down the FBI's
    Russia probe that was ... investigating ... Michael Flynn": the parse links Comey and what
    the probe is about, not Trump. The request three reports tell of Trump asking Comey about
    Flynn is it: its main one is the one asked (the asker asks many)."""
    told = [_request(doc, True) for doc in ("bi", "vox", "cnn2")]
    feb = DateRange("2017-02", "2017-02", "February")
    cnn = EventFeatures(
        id="cnn:e1", doc="cnn", sent=1, type="REQUEST", lemma="pressure", participants=frozenset({COMEY}),
        key_participants=frozenset({FBI, FLYNN}), date=feb, factual=None, topic=frozenset({TRUMP, COMEY}),
        named=frozenset({TRUMP, COMEY, FLYNN}),
    )  # fmt: skip
    ev = {f.doc: k for k, members in enumerate(cluster_events([*told, cnn])) for f in members}
    assert ev["cnn"] == ev["bi"] == ev["vox"]
    # asked about something else (Clinton's emails), it is another request
    other = EventFeatures(
        id="fox:e1", doc="fox", sent=1, type="REQUEST", lemma="ask", participants=frozenset({COMEY}),
        key_participants=frozenset({CLINTON}), topic=frozenset({TRUMP, COMEY}),
    )  # fmt: skip
    ev = {f.doc: k for k, members in enumerate(cluster_events([*told, other])) for f in members}
    assert ev["fox"] != ev["bi"]
