"""Ask the story: real answers from the seeds' store (the real pipeline over ../shared/corpus/seeds),
the CLI, the API, and the optional LLM phrasing against a fake local endpoint."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from click.testing import CliRunner

from storyline.present.ask import NOT_SAID, ask
from storyline.present.ask.question import analyse
from storyline.present.cli import cli


def test_question_analysis():
    q = analyse("When did Sessions meet Kislyak?")
    assert q.kind == "when" and q.trigger == "meet" and q.event_type == "MEET"
    assert {"Sessions", "Kislyak"} <= set(q.names)
    assert analyse("How many phone calls did Flynn make?").counted == "call"
    assert analyse("What did Hope Hicks say about the meeting?").speaker == "Hope Hicks"
    assert analyse("Did Flynn resign?").kind == "happen"
    assert analyse("Which outlet first reported the meeting?").kind == "first"


@pytest.mark.parametrize(
    "question,expected,evidence",
    [
        ("When did Kushner meet Kislyak at Trump Tower?", "December 1 or 2", "December 1 or 2"),
        ("Where did Kushner, Flynn and Kislyak meet?", "Trump Tower", "Trump Tower"),
        ("Who attended the Trump Tower meeting besides Kushner and Kislyak?", "Flynn", "Flynn"),
        ("How many other ambassadors were at the gathering in July?", "50", "50 other ambassadors"),
        ("How long was the meeting at Trump Tower?", "20-minute", "20-minute meeting"),
        ("When did Flynn resign?", "February", "resign in February"),
        ("Which newspaper first reported Kushner's backchannel proposal?", "The Post", "first informed"),
    ],
)
def test_answers_on_the_seeds(seed_store, question, expected, evidence):
    res = ask(seed_store, question)
    assert expected in res.answer
    assert 0.5 <= res.confidence <= 1.0
    assert any(evidence in e.text for e in res.evidence)
    for e in res.evidence:  # offsets index the article as scraped; the text is the cleaned sentence
        assert seed_store.document(e.doc).original[e.start : e.end].split() == e.text.split()


def test_when_cites_the_event(seed_store):
    res = ask(seed_store, "When did Kushner meet Kislyak at Trump Tower?")
    assert "2016-12-01" in res.answer and res.events
    ev = seed_store.event(res.events[0])
    assert ev.type == "MEET" and ev.location_name == "Trump Tower"


def test_what_did_someone_say(seed_store):
    res = ask(seed_store, "What did Hope Hicks say about the December meeting?")
    assert "They generally discussed the relationship" in res.answer
    assert res.claims and all(seed_store.claims(doc=res.evidence[0].doc).total for _ in res.claims)


def test_did_it_happen(seed_store):
    res = ask(seed_store, "Was the backchannel ever established?")
    assert res.answer.startswith("No") and "never established" in res.answer
    assert res.evidence[0].text.endswith("the backchannel was never established.")


@pytest.mark.parametrize(
    "question",
    [
        "When was Kushner indicted?",
        "Where did Flynn meet Medvedchuk?",
        "Who replaced Sessions as attorney general?",
    ],
)
def test_the_sources_do_not_say(seed_store, question):
    res = ask(seed_store, question)
    assert res.answer == NOT_SAID and res.confidence == 0.0 and not res.evidence and not res.events


def test_bad_questions(seed_store):
    with pytest.raises(ValueError, match="empty"):
        ask(seed_store, "   ")
    with pytest.raises(ValueError, match="longer than"):
        ask(seed_store, "why " * 200)
    assert ask(seed_store, "?!").answer == NOT_SAID  # nothing to look for: nothing invented


def test_cli(seeds_store):
    run = CliRunner().invoke(
        cli, ["ask", "How long was the meeting at Trump Tower?", "--db", seeds_store, "--format", "json"]
    )
    assert run.exit_code == 0, run.output
    body = json.loads(run.output)
    assert body["answer"] == "20-minute" and body["evidence"][0]["doc"]
    assert set(body) >= {"answer", "confidence", "evidence", "events", "claims", "disagreement"}
    text = CliRunner().invoke(cli, ["ask", "Where did Kushner, Flynn and Kislyak meet?", "--db", seeds_store])
    assert (
        text.exit_code == 0
        and text.output.startswith("Trump Tower\n")
        and "Trump Tower in New York" in text.output
    )
    empty = CliRunner().invoke(cli, ["ask", " ", "--db", seeds_store])
    assert empty.exit_code == 1 and "the question is empty" in empty.output


def test_api(seeds_store):
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    with TestClient(create_app(seeds_store), base_url="http://localhost") as c:
        r = c.get("/api/ask", params={"q": "How many other ambassadors were at the gathering in July?"})
        assert r.status_code == 200
        body = r.json()
        assert body["answer"] == "50" and body["evidence"][0]["text"].startswith("Sessions's first meeting")
        assert c.get("/api/ask", params={"q": "When was Kushner indicted?"}).json()["answer"] == NOT_SAID
        assert c.get("/api/ask").status_code == 422
        long = c.get("/api/ask", params={"q": "x" * 501})
        assert long.status_code == 422 and "error" in long.json()
        q = "How many other ambassadors were at the gathering in July?"
        assert c.get("/api/ask", params={"q": q, "from": "2030"}).json()["answer"] == NOT_SAID
        assert c.get("/api/ask", params={"q": q, "to": "May 2017"}).status_code == 422
        schema = c.get("/openapi.json").json()
        ref = schema["paths"]["/api/ask"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ref["$ref"].endswith("/AskAnswer")


def test_api_reports_disagreement(client):
    """The hand-made store: The Post reports the proposal, Kushner denies it."""
    body = client.get("/api/ask", params={"q": "Did Kushner propose a backchannel?"}).json()
    assert body["answer"].startswith("Disputed")
    assert body["disagreement"] and "Kushner denied" in body["disagreement"]
    assert {e["doc"] for e in body["evidence"]} == {"wapo-backchannel", "nyt-meeting"}


class _FakeLLM(BaseHTTPRequestHandler):
    seen: list[dict] = []
    nothing = NOT_SAID  # what it replies when the sentences do not answer

    def do_POST(self):  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeLLM.seen.append(body)
        sources = body["messages"][-1]["content"]
        reply = "They met at Trump Tower." if "Trump Tower" in sources else _FakeLLM.nothing
        out = json.dumps({"choices": [{"message": {"role": "assistant", "content": reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


@pytest.fixture()
def fake_llm():
    server = HTTPServer(("127.0.0.1", 0), _FakeLLM)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeLLM.seen.clear()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_llm_phrases_from_the_cited_sentences_only(seed_store, fake_llm):
    res = ask(seed_store, "Where did Kushner, Flynn and Kislyak meet?", llm=fake_llm)
    assert res.answer == "They met at Trump Tower." and res.phrased_by == fake_llm
    sent = _FakeLLM.seen[-1]["messages"][-1]["content"]
    assert all(e.text in sent for e in res.evidence)
    before = len(_FakeLLM.seen)
    none = ask(seed_store, "When was Kushner indicted?", llm=fake_llm)
    assert none.answer == NOT_SAID and len(_FakeLLM.seen) == before  # never asked without evidence


def test_llm_that_finds_no_answer_keeps_the_extractive_one(seed_store, fake_llm, monkeypatch):
    """A model that writes "the sources do not say" its own way phrases nothing: the answer and
    its cited sentences stay the extractive ones."""
    q = "How many other ambassadors were at the gathering in July?"
    monkeypatch.setattr(_FakeLLM, "nothing", '"the sources do not say"')
    res = ask(seed_store, q, llm=fake_llm)
    assert _FakeLLM.seen and res.phrased_by is None
    assert res.answer == "50" and res.evidence[0].text.startswith("Sessions's first meeting with Kislyak")


def test_llm_failure_keeps_the_extractive_answer(seed_store):
    res = ask(seed_store, "Where did Kushner, Flynn and Kislyak meet?", llm="http://127.0.0.1:9/v1")
    assert res.answer == "Trump Tower" and res.phrased_by is None


def test_question_words_that_describe_or_name():
    # "called X a Y" names someone, it is no phone call; "U.S. attorney" describes, it is no name
    q = analyse("Who called Comey a national embarrassment?")
    assert q.trigger is None and q.event_type is None
    assert analyse("Who called the firing the Tuesday night massacre?").event_type != "CALL"
    assert analyse("Where did Rosenstein serve as U.S. attorney?").names == ["Rosenstein"]
    q = analyse("How many acting directors has the FBI had?")
    assert q.counted == "director" and q.counted_mods == ["acting"]
    assert analyse("Since when has Trump been thinking about firing Comey?").prep == "since"


def _answer(question: str, sentence: str):
    from storyline.present.ask.extract import phrase

    q = analyse(question)
    anchors = [k for k in q.keywords if k != q.trigger] or q.name_keys
    got = phrase(q.kind, sentence, q.names, q.counted, anchors, q.trigger, q.prep, q.counted_mods)
    return got[0] if got else None


def test_answer_phrases_in_real_sentences():
    # sentences of AllSides articles about the firing of James Comey (May 2017)
    assert (
        _answer(
            "Who called Comey a national embarrassment?",
            "None of this has stopped one of Trump's greatest media boosters, Fox News host Sean Hannity,"
            ' from praising the decision on the grounds that Comey was a "national embarrassment" for his'
            " handling of the Hillary Clinton email scandal.",
        )
        == "Sean Hannity"
    )
    assert (
        _answer(
            "Who requested copies of all recordings between Trump and Comey?",
            "Democratic Reps. Elijah Cummings and John Conyers, the respective ranking members of the House"
            " oversight and judiciary committees, requested from White House counsel Donald McGahn copies of"
            " all recordings between Trump and Comey.",
        )
        == "Elijah Cummings"
    )
    assert (
        _answer(
            "How many acting directors has the FBI had?",
            "In its 108-year-history, the FBI has had 11 directors and seven acting directors.",
        )
        == "seven"
    )
    assert (
        _answer(
            "Since when has Trump been thinking about firing Comey?",
            "White House spokeswoman Sarah Huckabee Sanders said Wednesday that the president has been"
            " thinking about firing Comey since November.",
        )
        == "November"
    )
    assert (
        _answer(
            "Where did Clapper speak early Friday afternoon?",
            "And speaking on MSNBC early Friday afternoon, Clapper would only say that the intelligence"
            " community lacked enough evidence to issue an assessment.",
        )
        == "MSNBC"
    )
    assert (
        _answer(
            "How many pages was Rosenstein's memo?",
            "Rosenstein wrote a two-and-a-half page memo with the subject line \u201cRestoring Public"
            " Confidence in the FBI\u201d that stated the reasons why Comey should be removed.",
        )
        == "two-and-a-half"
    )


def test_a_quote_the_splitter_cut_off_goes_with_its_speaker():
    from storyline.present.ask.speakers import _continues

    # sentences as the splitter cut two AllSides articles (Comey, May 2017; Flynn, February 2017)
    assert _continues("No resources,” Justice Department Director of Public Affairs Sarah Isgur Flores said.")
    assert _continues(
        "senior CNN political analyst David Axelrod said, using a phrase made famous by Watergate."
    )
    assert not _continues("“He did not ask.....No money.")
    assert not _continues("“Enough is enough,” Rep. Adam Schiff told reporters.")


def test_a_name_by_its_description_only_where_the_article_names_it():
    from storyline.present.ask.names import _named

    said = (
        "white house spokeswoman sarah huckabee sanders said wednesday that the president has been thinking"
    )
    described = {"trump": ["the president"]}
    assert _named("trump", said, described, "d1", {"d1"}) == 0.7
    assert _named("trump", said, described, "d2", {"d1"}) == 0.0  # another article's president
    assert _named("trump", "trump fired comey", described, "d2", set()) == 1.0


def test_a_vaguer_date_is_less_sure():
    from storyline.present.ask.dates import _vague

    assert _vague("Tuesday") == _vague("May 9") == _vague("Oct. 28, 2016") == 0.0
    assert 0.0 < _vague("May 2017") < _vague("2016") == _vague("last year")


def test_boilerplate_in_two_articles_is_no_corroboration():
    from storyline.present.ask.answer import _says, _shared_run

    furniture = "Greg Walden Gregory (Greg) Paul WaldenHouse panel advances flavored e-cigarette ban"
    assert _shared_run(f"Rep. {furniture} Hillicon Valley.", f"A spokeswoman for Rep. {furniture} today.")
    assert not _shared_run(
        "Trump fired Comey on May 9.", "When Trump fired Comey on May 9, McCabe took over."
    )
    assert _says("a memo of two pages", "two") and not _says("a two-and-a-half page memo", "two")


def test_hyphenated_words_match_by_their_parts():
    from storyline.present.ask.match import matches, words

    assert matches("history", words("In its 108-year-history, the FBI has had 11 directors."))


def test_a_window_keeps_to_the_articles_published_in_it(seed_store):
    q = "Where did Kushner, Flynn and Kislyak meet?"
    day = ask(seed_store, q).evidence[0].published
    inside = ask(seed_store, q, date_from=day[:7], date_to=day)
    assert inside.answer != NOT_SAID and all(day[:7] <= e.published[:7] <= day for e in inside.evidence)
    assert ask(seed_store, q, date_from="2030").answer == NOT_SAID  # no article then
    with pytest.raises(ValueError, match="not a date"):
        ask(seed_store, q, date_to="next week")


def test_the_count_of_sources_is_no_count_of_what_was_asked(seed_store):
    """Reuters: "Six of the previously undisclosed contacts ... were phone calls between Sergei
    Kislyak ... and Trump advisers, including Flynn ..., three current and former officials said."
    "three" counts the officials who said it."""
    res = ask(seed_store, "How many calls did Flynn and Kislyak have?")
    assert res.answer.lower() == "six"
    assert res.evidence[0].text.startswith("Six of the previously undisclosed contacts")


def test_an_article_with_no_outlet_is_named_by_its_title(seed_store):
    """A scraped .txt has no outlet: an answer or a disagreement names its title, not a hex id."""
    from storyline.present.ask.sentence import Sentence

    doc = next(d for d in seed_store.document_records().items if not d.outlet and d.title)
    s = Sentence(doc.id, 0, 10, "x", doc.outlet, doc.published, doc.title)
    assert doc.title in s.source and doc.id in s.source
    assert Sentence(doc.id, 0, 10, "x", "Reuters", None, doc.title).source == "Reuters"
    assert Sentence(doc.id, 0, 10, "x", None, None, None).source == f"document {doc.id}"
    res = ask(seed_store, "Which outlets first reported the back channel?")
    assert res.answer == NOT_SAID or not res.answer.startswith(res.evidence[0].doc)
