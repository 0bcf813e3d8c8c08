"""Contradictions on small articles written for the test, through the real pipeline."""

from __future__ import annotations

import pytest
from tests.records import rows
from tests.stores import ingest_texts

from storyline.model import (
    Analysis,
    Claim,
    DateRange,
    Document,
    Entity,
    Event,
    EventMention,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Polarity,
    Quantity,
    Sentence,
)
from storyline.pipeline import ingest_paths
from storyline.resolve.contradictions import find_contradictions
from storyline.store import SQLiteStore


@pytest.fixture()
def store(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(
        "Harbour Courier\n\nHarbour commissioner Alina Marek denied having met Dmitri Volkov, "
        "the chief executive of Northmere, in an interview on April 10, 2025. "
        "Mayor Henrik Daal denied the story about the budget.\n"
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Harbour Ledger\n\nAlina Marek met Dmitri Volkov at the Grand Quay Hotel on March 3, 2025, "
        "hotel records show, two officials told the Ledger. "
        "Henrik Daal met Ruth Abernathy at City Hall on May 2, 2025, the council said.\n"
    )
    s = SQLiteStore(str(tmp_path / "s.db"))
    ingest_paths(s, [str(a), str(b)])
    return s


def test_denied_contact_with_a_named_person_contradicts_the_report(store):
    contradictions = rows(store.contradictions())
    marek = store.find_entity("Alina Marek").id
    ours = [
        k
        for k in contradictions
        if k["details"][0]["speaker"] == marek
        or any(c["speaker"] == marek and c["stance"] == "DENY" for c in k["details"])
    ]
    assert len(ours) == 1 and "Volkov" in ours[0]["reason"]


def test_a_denial_about_something_else_contradicts_no_meeting(store):
    contradictions = rows(store.contradictions())
    daal = store.find_entity("Henrik Daal").id
    assert not [
        k for k in contradictions if any(c["speaker"] == daal and c["stance"] == "DENY" for c in k["details"])
    ]


MAREK_DENIES = (
    "Harbour Courier\n\nHarbour commissioner Alina Marek denied having met Dmitri Volkov, "
    "the chief executive of Northmere, in an interview on April 10, 2025.\n"
)


def test_one_disagreement_however_many_reports_and_denials(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": MAREK_DENIES,
            "a2": "Harbour Post\n\nAlina Marek denied that she met Dmitri Volkov, a spokesman said on Friday.\n",
            "b": "Harbour Ledger\n\nAlina Marek met Dmitri Volkov at the Grand Quay Hotel on March 3, 2025, "
            "hotel records show.\n",
            "c": "Quay Times\n\nAlina Marek met Dmitri Volkov in Oslo last winter, two officials said.\n",
            "d": "Northmere Daily\n\nDmitri Volkov met Alina Marek at the Grand Quay Hotel, "
            "according to officials familiar with the meeting.\n",
        },
    )
    marek = store.find_entity("Alina Marek").id
    ours = [
        k
        for k in rows(store.contradictions())
        if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")
        and any(r["speaker"] == marek for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1, [k["reason"] for k in ours]
    denies, reports = ours[0]["positions"]
    assert denies["label"] == "denies" and len(denies["reports"]) == 2
    assert reports["label"] == "reports" and reports["evidence"]["outlets"] >= 2
    # who stands behind each report: records are first-hand, unnamed officials second-hand
    bases = {r["basis"] for r in reports["reports"]}
    assert "first-hand" in bases and "second-hand" in bases


def test_not_denying_is_no_denial(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nAlina Marek did not deny that she met Dmitri Volkov in March.\n",
            "b": "Harbour Ledger\n\nAlina Marek met Dmitri Volkov at the Grand Quay Hotel on March 3, 2025.\n",
        },
    )
    assert [k for k in rows(store.contradictions()) if k["kind"] == "DENIAL"] == []


def test_a_denial_of_contacts_with_a_nationality_meets_each_documented_contact(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nSenator Paul Rendell said he did not have communications with the Russians "
            "during the campaign.\n",
            "b": "Capital Herald\n\nPaul Rendell met Russian ambassador Sergey Kislyak in July 2016, "
            "the Justice Department said. Rendell spoke with Kislyak again in September 2016.\n",
        },
    )
    rendell = store.find_entity("Paul Rendell").id
    ours = [
        k
        for k in rows(store.contradictions())
        if any(r["speaker"] == rendell for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1 and "Kislyak" in ours[0]["reason"]
    assert not ours[0]["qualified"]


def test_a_denial_about_what_was_discussed_is_qualified(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nPaul Rendell said he never met Russian officials to discuss the campaign.\n",
            "b": "Capital Herald\n\nPaul Rendell met Russian ambassador Sergey Kislyak in July 2016.\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]
    assert len(ours) == 1 and ours[0]["qualified"]


def _doc(i: int, outlet: str, text: str) -> Analysis:
    doc = Document(
        f"d{i}", "x", text, text, OffsetMap.identity(len(text)), outlet=outlet, published=f"2017-0{i}-01"
    )
    return Analysis(doc, sentences=[Sentence(0, 0, len(text), text)])


def _meet(a: Analysis, date: DateRange) -> EventMention:
    m = EventMention(f"{a.doc.id}:e0", 0, "MEET", "met", "meet", 0, 3, date=date, doc=a.doc.id)
    a.events.append(m)
    return m


def test_reports_dating_one_meeting_differently_are_one_date_disagreement():
    # hand-built: the resolver put both reports in one event, each dating it in so many words
    a = _doc(1, "Ledger", "Marek met Volkov at the Grand Quay Hotel on March 3, 2025.")
    b = _doc(2, "Times", "Marek met Volkov at the Grand Quay Hotel in July 2025.")
    c = _doc(3, "Post", "Marek and Volkov met at the Grand Quay Hotel on July 14.")
    ms = [
        _meet(a, DateRange("2025-03-03", "2025-03-03", "March 3, 2025")),
        _meet(b, DateRange("2025-07", "2025-07", "July 2025")),
        _meet(c, DateRange("2025-07-14", "2025-07-14", "July 14")),
    ]
    people = [Participant("marek", "agent"), Participant("volkov", "patient")]
    events = [
        Event("ev1", "MEET", "Marek meets Volkov", [ms[0].id, ms[1].id], people),
        Event("ev2", "MEET", "Marek meets Volkov", [ms[2].id], people),  # a duplicate event
    ]
    ents = {
        "marek": Entity("marek", "Alina Marek", "PERSON"),
        "volkov": Entity("volkov", "Dmitri Volkov", "PERSON"),
    }
    found = find_contradictions([a, b, c], events, {}, ents)
    assert [k.kind for k in found] == ["DATE"]
    assert [p.label for p in found[0].positions] == ["2025-03", "2025-07"]
    assert [r.outlet for r in found[0].positions[1].reports] == ["Times"]
    # a date that is no date ("last week") states nothing to disagree with
    ms[1].date = DateRange("2025-07", "2025-07", "last week")
    assert find_contradictions([a, b, c], events, {}, ents) == []


def test_counts_of_the_same_contacts_that_differ_are_one_number_disagreement():
    # hand-built: three reports of the meetings of one pair, two counting them differently
    texts = [
        ("Ledger", "Sessions met with Kislyak twice during the campaign, officials said."),
        ("Times", "Sessions had three meetings with Kislyak, the Post reported."),
        ("Post", "Sessions met Kislyak twice in 2016, the White House confirmed."),
    ]
    analyses, members = [], []
    for i, (outlet, text) in enumerate(texts, 1):
        a = _doc(i, outlet, text)
        m = _meet(a, None)
        count = (
            Quantity("twice", 2.0, "time", "meet")
            if "twice" in text
            else Quantity("three meetings", 3.0, "meeting", "meeting")
        )
        a.claims.append(
            Claim(f"d{i}:c0", 0, "ASSERT", text, 0, len(text), event=m.id, doc=a.doc.id, quantities=[count])
        )
        analyses.append(a)
        members.append(m.id)
    people = [Participant("sessions", "agent"), Participant("kislyak", "patient")]
    events = [
        Event("ev1", "MEET", "Sessions meets Kislyak", members[:2], people),
        Event("ev2", "MEET", "x", members[2:], people),
    ]
    ents = {
        "sessions": Entity("sessions", "Jeff Sessions", "PERSON"),
        "kislyak": Entity("kislyak", "Sergey Kislyak", "PERSON"),
    }
    found = find_contradictions(analyses, events, {}, ents)
    assert [k.kind for k in found] == ["NUMBER"]
    assert [(p.label, len(p.reports)) for p in found[0].positions] == [("2", 2), ("3", 1)]
    assert len(found[0].claims) == 3
    # the same count in every report is no disagreement
    analyses[1].claims[0].quantities = [Quantity("twice", 2.0, "time", "meet")]
    assert find_contradictions(analyses, events, {}, ents) == []


def test_cli_lists_each_disagreement_with_its_sides_and_the_export_keeps_them(store, tmp_path):
    import json

    from click.testing import CliRunner

    from storyline.present.cli import cli
    from storyline.present.export import export_json

    db = str(tmp_path / "s.db")
    res = CliRunner().invoke(
        cli, ["contradictions", "--db", db, "--format", "json", "--entity", "Alina Marek"]
    )
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert len(rows) == 1 and rows[0]["kind"] == "DENIAL"
    assert [p["label"] for p in rows[0]["positions"]] == ["denies", "reports"]
    assert "met Dmitri Volkov at the Grand Quay Hotel" in rows[0]["positions"][1]["reports"][0]["text"]
    table = CliRunner().invoke(cli, ["contradictions", "--db", db, "--kind", "DATE"])
    assert table.exit_code == 0 and "no contradictions" in table.output
    bad = CliRunner().invoke(cli, ["contradictions", "--db", db, "--entity", "Nobody Anywhere"])
    assert bad.exit_code != 0 and "no entity matches" in bad.output
    exported = export_json(store)["contradictions"]
    assert exported and all(len(k["claims"]) >= 2 and k["reason"] and k["positions"] for k in exported)


def test_a_denial_of_what_is_no_event_meets_the_claims_that_say_it(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nMayor Henrik Daal denied demanding loyalty from commissioner Alina Marek "
            "at a private dinner.\n",
            "b": "Harbour Ledger\n\nAlina Marek testified that Henrik Daal asked for her loyalty during a private "
            "dinner in May.\n",
            "c": "Quay Times\n\nAlina Marek said Henrik Daal praised the harbour budget.\n",
        },
    )
    daal = store.find_entity("Henrik Daal").id
    ours = [
        k
        for k in rows(store.contradictions())
        if any(r["speaker"] == daal for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1
    said = [r["text"] for r in ours[0]["positions"][1]["reports"]]
    assert any("loyalty" in t for t in said) and not any("budget" in t for t in said)


def test_the_same_denial_in_other_words_is_one_disagreement(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nAlina Marek falsely denied discussing the harbour lease with Dmitri Volkov.\n",
            "b": "Harbour Post\n\nAlina Marek maintained that the harbour lease was never discussed with "
            "Dmitri Volkov.\n",
            "c": "Harbour Ledger\n\nAlina Marek discussed the harbour lease with Dmitri Volkov at the Grand Quay "
            "Hotel, two officials said.\n",
        },
    )
    marek = store.find_entity("Alina Marek").id
    ours = [
        k
        for k in rows(store.contradictions())
        if any(r["speaker"] == marek for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1, [k["reason"] for k in ours]
    assert len(ours[0]["positions"][0]["reports"]) == 2


def test_a_contact_with_an_unnamed_national_counts_only_where_the_report_names_the_nationality(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nSenator Paul Rendell said he did not have communications with the Russians.\n",
            "b": "Capital Herald\n\nPaul Rendell recused himself after it was revealed that he had met with a "
            "top Russian diplomat last year.\n",
            "c": "Capital Times\n\nPaul Rendell met with farmers in Ohio last year.\n",
        },
    )
    rendell = store.find_entity("Paul Rendell").id
    ours = [
        k
        for k in rows(store.contradictions())
        if any(r["speaker"] == rendell for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1, [k["reason"] for k in ours]
    said = [r["text"] for r in ours[0]["positions"][1]["reports"]]
    assert any("Russian diplomat" in t for t in said) and not any("farmers" in t for t in said)


def test_a_report_that_the_denier_admitted_it_makes_a_changed_account(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nSenator Paul Rendell said he did not have communications with the Russians.\n",
            "b": "Capital Herald\n\nPaul Rendell met with a top Russian diplomat last year, the Herald reported.\n",
        },
    )
    kinds = [k["kind"] for k in rows(store.contradictions())]
    assert kinds == ["DENIAL"]
    (tmp_path / "later").mkdir()
    store = ingest_texts(
        tmp_path / "later",
        {
            "a": "Capital Wire\n\nSenator Paul Rendell said he did not have communications with the Russians.\n",
            "b": "Capital Herald\n\nPaul Rendell recused himself after acknowledging he met with a top Russian "
            "diplomat last year.\n",
        },
    )
    assert [k["kind"] for k in rows(store.contradictions())] == ["CHANGED_ACCOUNT"]


def test_a_denial_for_anyone_on_the_team_meets_the_contacts_of_the_campaigns_people(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nPresident Martin Hale denied that he or anyone on his team had been "
            "in contact with the Russians during the campaign.\n",
            "b": "Capital Herald\n\nHale campaign adviser Victor Lind met Russian ambassador Sergey Kislyak "
            "in July 2016, the Justice Department said. Senator Ann Boyd met Sergey Kislyak in May 2016.\n",
            "c": "Capital Post\n\nPresident Martin Hale said he never met the Russians.\n",
        },
    )
    found = [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]
    team = [k for k in found if "anyone on his team" in k["positions"][0]["reports"][0]["text"]]
    assert len(team) == 1
    reports = " ".join(r["text"] for r in team[0]["positions"][1]["reports"])
    assert "Victor Lind" in reports and "Ann Boyd" not in reports  # a senator is none of his people
    # his denial of his own contacts is another question, and covers none of Lind's
    own = [k for k in found if k is not team[0]]
    assert all("Victor Lind" not in r["text"] for k in own for p in k["positions"] for r in p["reports"])


def test_reports_placing_one_dated_meeting_differently_are_one_place_disagreement():
    # hand-built: one meeting in July, placed in two cities by two outlets
    a = _doc(1, "Ledger", "Marek met Volkov in Riga in July 2025.")
    b = _doc(2, "Times", "Marek met Volkov in Tallinn in July 2025.")
    ms = [
        _meet(a, DateRange("2025-07", "2025-07", "July 2025")),
        _meet(b, DateRange("2025-07", "2025-07", "July 2025")),
    ]
    for m in ms:
        m.location = m.id + ":place"
    mention_entity = {ms[0].location: "riga", ms[1].location: "tallinn"}
    people = [Participant("marek", "agent"), Participant("volkov", "patient")]
    events = [Event("ev1", "MEET", "Marek meets Volkov", [m.id for m in ms], people)]
    ents = {
        "marek": Entity("marek", "Alina Marek", "PERSON"),
        "volkov": Entity("volkov", "Dmitri Volkov", "PERSON"),
        "riga": Entity("riga", "Riga", "GPE"),
        "tallinn": Entity("tallinn", "Tallinn", "GPE"),
    }
    found = find_contradictions([a, b], events, mention_entity, ents)
    assert [k.kind for k in found] == ["PLACE"]
    assert [(p.label, [r.outlet for r in p.reports]) for p in found[0].positions] == [
        ("Riga", ["Ledger"]),
        ("Tallinn", ["Times"]),
    ]
    # a city against a building in it may both be right; different months are two meetings
    ents["tallinn"] = Entity("tallinn", "Tallinn Hotel", "FAC")
    assert find_contradictions([a, b], events, mention_entity, ents) == []
    ents["tallinn"] = Entity("tallinn", "Tallinn", "GPE")
    ms[1].date = DateRange("2025-09", "2025-09", "September 2025")
    assert "PLACE" not in [k.kind for k in find_contradictions([a, b], events, mention_entity, ents)]


def _ingest_dated(tmp_path, articles: list[tuple[str, str, str]]):
    """Articles with their outlet and publication date (a JSON-lines file)."""
    import json

    p = tmp_path / "dated.jsonl"
    p.write_text(
        "".join(
            json.dumps({"text": t, "title": o, "outlet": o, "published": d}) + "\n" for o, d, t in articles
        )
    )
    s = SQLiteStore(str(tmp_path / "d.db"))
    ingest_paths(s, [str(p)])
    return s


@pytest.mark.parametrize("when, covered", [("in July 2016", True), ("in May 2017", False)])
def test_a_denial_covers_only_what_happened_before_it_was_made(tmp_path, when, covered):
    store = _ingest_dated(
        tmp_path,
        [
            (
                "Capital Wire",
                "2017-01-10",
                "Senator Paul Rendell said he did not have communications with the Russians.",
            ),
            ("Capital Herald", "2017-06-01", f"Paul Rendell met Russian ambassador Sergey Kislyak {when}."),
        ],
    )
    found = [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]
    assert len(found) == (1 if covered else 0)


@pytest.mark.parametrize(
    "report, stands",
    [
        ("Roger Vane talked to Martin Hale about the budget in July 2016, the council said.", True),
        ("Roger Vane met Martin Hale in July 2016, the council said.", False),
    ],
)
def test_a_denial_of_what_was_discussed_stands_only_against_reports_of_that_topic(tmp_path, report, stands):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nRoger Vane said he never talked to Martin Hale about the budget.\n",
            "b": f"Capital Herald\n\n{report}\n",
        },
    )
    found = [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]
    assert len(found) == (1 if stands else 0)
    assert all(k["qualified"] for k in found)


def test_a_denial_for_a_candidates_campaign_by_someone_else_covers_the_campaigns_contacts(tmp_path):
    # the vice president speaks for the campaign; the contacts denied are those of the
    # candidate's people, not his own
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nPresident Martin Hale took office in January. Vice President Ann Boyd denied "
            "that Hale campaign representatives had any contact with Russian officials.\n",
            "b": "Capital Herald\n\nHale campaign adviser Victor Lind met Russian ambassador Sergey Kislyak "
            "in July 2016, the Justice Department said.\n",
        },
    )
    found = [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]
    assert len(found) == 1
    assert "Hale's campaign" in found[0]["question"]
    assert any("Victor Lind" in r["text"] for r in found[0]["positions"][1]["reports"])


# --- denials without a verb of denial, campaigns, conditions, topics (real sentences) ----------


def _denials(store) -> list[dict]:
    return [k for k in rows(store.contradictions()) if k["kind"] in ("DENIAL", "CHANGED_ACCOUNT")]


def test_a_meeting_its_own_participant_says_never_happened_is_a_denial(tmp_path):
    # after Vox 2017-07-09: no verb of denial, the meeting told as never having happened by
    # the one who is said to have had it
    store = ingest_texts(
        tmp_path,
        {
            "a": "Capital Wire\n\nIn March, Donald Trump Jr. told the New York Times that he had never had "
            "a meeting with Russians that was set up.\n",
            "b": "Capital Herald\n\nDonald Trump Jr. met the Russian lawyer Natalia Veselnitskaya at Trump "
            "Tower in June 2016, the Times reported.\n",
        },
    )
    ours = _denials(store)
    assert len(ours) == 1
    denies, reports = ours[0]["positions"]
    assert [r["speaker_name"] for r in denies["reports"]] == ["Donald Trump Jr"]
    assert "Veselnitskaya" in reports["reports"][0]["text"]


def test_a_denial_of_contact_with_anyone_in_a_campaign_meets_contacts_told_with_the_campaign(tmp_path):
    # Reuters, 2017-05-18 (a seed article): Medvedchuk's denial names no one he met, only whose
    # campaign; the report names him and the campaign
    store = ingest_texts(
        tmp_path,
        {
            "a": "Reuters\n\nMichael Flynn and other advisers to Donald Trump's campaign were in contact with "
            "Russian officials and others with Kremlin ties in at least 18 calls and emails during the last "
            "seven months of the 2016 presidential race, current and former U.S. officials familiar with the "
            "exchanges told Reuters. One of those contacts was by Viktor Medvedchuk, a Ukrainian oligarch and politician, "
            "according to one person with detailed knowledge of the exchange. "
            "It was not clear with whom Medvedchuk was in contact within the Trump campaign but "
            "the themes included U.S.-Russia cooperation, the sources said. Medvedchuk denied having any "
            "contact with anyone in the Trump campaign. President Trump has said he knows nothing about it.\n",
        },
    )
    ours = _denials(store)
    assert len(ours) == 1
    denies, reports = ours[0]["positions"]
    assert "denied having any contact" in denies["reports"][0]["text"]
    assert "in contact within the Trump campaign" in reports["reports"][0]["text"]


def test_a_topic_naming_only_whom_it_was_discussed_with_denies_no_talk(tmp_path):
    # CNN: "any of this" is what was not discussed, Trump only whom with; a report of a call
    # tells nothing of "this"
    store = ingest_texts(
        tmp_path,
        {
            "a": "CNN\n\n“I never discussed any of this with Donald Trump,” Roger Stone told CNN recently.\n",
            "b": "Vox\n\nRoger Stone spoke with Donald Trump by phone during the campaign, the Post reported.\n",
        },
    )
    assert _denials(store) == []


def test_a_sentence_opening_on_a_condition_denies_nothing():
    # hand-built around a Vox sentence (2017-06-07) the extraction read as Trump denying a meeting
    said = "If Trump insisted that Flynn was a “good guy” who shouldn’t be harassed, that doesn’t meet the obstruction threshold."
    a = _doc(1, "Vox", said)
    b = _doc(2, "Politico", "Trump met Comey at the White House.")
    denied = _meet(a, None)
    denied.factuality = Factuality(Polarity.NEG)
    denied.participants = [Participant("m1", "agent"), Participant("m2", "patient")]
    told = _meet(b, None)
    told.participants = [Participant("m3", "agent"), Participant("m4", "patient")]
    a.claims.append(Claim("d1:c0", 0, "DENY", said, 0, len(said), "m1", "Trump", denied.id, doc="d1"))
    mention_entity = {"m1": "trump", "m2": "comey", "m3": "trump", "m4": "comey"}
    people = [Participant("trump", "agent"), Participant("comey", "patient")]
    events = [Event("ev1", "MEET", "Trump meets Comey", [denied.id, told.id], people)]
    ents = {
        "trump": Entity("trump", "Donald Trump", "PERSON"),
        "comey": Entity("comey", "James Comey", "PERSON"),
    }
    assert find_contradictions([a, b], events, mention_entity, ents) == []
    # the same words told without the condition are a denial
    a.claims[0].text = said[3:]
    assert [k.kind for k in find_contradictions([a, b], events, mention_entity, ents)] == ["DENIAL"]


def test_one_subjects_denials_naming_the_same_two_people_are_one_question():
    # hand-built from two real sentences (Washington Times and Reason, 2017-2018): one denial of
    # a topic, one of the talk itself, both Trump's and both naming Comey and Flynn
    said = [
        "Giuliani said: “Donald Trump says, ‘I didn’t talk about Flynn with Comey.’",
        "Trump denied the comment to Comey about Flynn, which Trump denies making.",
        "Trump talked with Comey about Flynn in the Oval Office.",
    ]
    docs = [_doc(i + 1, outlet, text) for i, (outlet, text) in enumerate(zip(["WT", "Reason", "Fox"], said))]
    mention_entity, talks = {}, []
    for a in docs:
        ms = []
        for name in ("Trump", "Comey", "Flynn"):
            at = a.doc.text.index(name)
            m = Mention(f"{a.doc.id}:{name}", 0, at, at + len(name), name, "PERSON", name)
            a.mentions.append(m)
            mention_entity[m.id] = name.lower()
            ms.append(m)
        talk = EventMention(f"{a.doc.id}:e0", 0, "COMMUNICATE", "talk", "talk", 0, 4, doc=a.doc.id)
        talk.participants = [Participant(ms[0].id, "agent"), Participant(ms[1].id, "participant")]
        a.events.append(talk)
        talks.append(talk)
    for a, talk in zip(docs[:2], talks[:2]):
        talk.factuality = Factuality(Polarity.NEG)
        text = a.doc.text
        a.claims.append(
            Claim(
                f"{a.doc.id}:c0",
                0,
                "DENY",
                text,
                0,
                len(text),
                f"{a.doc.id}:Trump",
                "Trump",
                talk.id,
                doc=a.doc.id,
            )
        )
    people = [Participant("trump", "agent"), Participant("comey", "participant")]
    events = [Event("ev1", "COMMUNICATE", "Trump talks with Comey", [talks[2].id], people)]
    ents = {n: Entity(n, n.title(), "PERSON") for n in ("trump", "comey", "flynn")}
    found = [k for k in find_contradictions(docs, events, mention_entity, ents) if k.kind == "DENIAL"]
    assert len(found) == 1 and len(found[0].positions[0].reports) == 2
    # naming only Comey, the second denial is a question of its own (the first is qualified)
    docs[1].mentions = [m for m in docs[1].mentions if m.text != "Flynn"]
    assert (
        len([k for k in find_contradictions(docs, events, mention_entity, ents) if k.kind == "DENIAL"]) == 2
    )


def test_a_denial_of_reports_meets_them_told_before_in_other_words(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nFormer police chief Alina Marek told the council that she had asked "
            "deputy mayor Henrik Daal for more resources for the harbour probe. "
            "Alina Marek said the ferry timetable was approved in March. "
            "A Harbour Authority spokeswoman adamantly denied initial press reports that Marek had sought "
            "additional money or resources from Daal to carry out the inquiry.\n",
        },
    )
    ours = [
        k
        for k in rows(store.contradictions())
        if any("denied initial press reports" in r["text"] for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1
    said = [r["text"] for r in ours[0]["positions"][1]["reports"]]
    assert any("more resources" in t for t in said) and not any("ferry" in t for t in said)


def test_no_one_said_by_someone_who_is_no_candidate_gathers_no_circle(tmp_path):
    texts = {
        "a": "Capital Wire\n\n{who} denied that he or anyone on his team had been in contact with the "
        "Russians during the campaign.\n",
        "b": "Capital Herald\n\nVictor Lind, a longtime Hale adviser, met Russian ambassador Sergey Kislyak "
        "in July 2016, the Justice Department said.\n",
    }
    for who, gathers in (
        ("President Martin Hale", True),
        ("Harbour commissioner Martin Hale", False),
        # another's title in his role ("President Donald Trump’s former campaign chairman", in
        # 10,000 articles): no candidate
        ("Martin Hale, President Roger Vane’s former campaign chairman,", False),
    ):
        (tmp_path / who).mkdir()
        store = ingest_texts(tmp_path / who, {k: v.format(who=who) for k, v in texts.items()})
        reports = [r["text"] for k in rows(store.contradictions()) for r in k["positions"][1]["reports"]]
        assert any("Victor Lind" in t for t in reports) is gathers, who


def test_a_report_told_against_two_peoples_denials_makes_two_disagreements(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nMayor Henrik Daal denied demanding loyalty from commissioner Alina Marek "
            "at a private dinner.\n",
            "b": "Harbour Post\n\nHarbour director Dmitri Volkov denied demanding loyalty from commissioner "
            "Alina Marek at a private dinner.\n",
            "c": "Harbour Ledger\n\nAlina Marek testified that Henrik Daal and Dmitri Volkov asked for her "
            "loyalty during a private dinner in May.\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if "loyalty" in k["positions"][0]["reports"][0]["text"]]
    deniers = sorted(r["text"].split(" denied")[0] for k in ours for r in k["positions"][0]["reports"])
    assert len(ours) == 2 and all(len(k["positions"][0]["reports"]) == 1 for k in ours), deniers


# sentences of a seed article (2017), quoted; the denier named in full where the article had
# named him before
KISLYAK_REPORTS = (
    "Russian ambassador Sergey Kislyak reportedly told his superiors that he and Jeff Sessions discussed "
    "campaign-related issues and matters important to Moscow in two meetings during the presidential "
    "campaign last year, according to accounts intercepted by U.S. intelligence agencies."
)
SESSIONS_DENIES = (
    'Attorney General Jeff Sessions stated during his confirmation hearing that "I did not have '
    'communications with the Russians." '
)


@pytest.mark.parametrize(
    "after, later",
    [
        ("The lawmaker later said he misunderstood the scope of the question he was answering.", True),
        # someone else's reading of the denial is no account of the denier's own
        ("Senator Al Franken later said Sessions misunderstood the question.", False),
    ],
)
def test_the_deniers_later_explanation_makes_a_changed_account(tmp_path, after, later):
    store = ingest_texts(
        tmp_path,
        {
            "a": "The Hill\n\n" + SESSIONS_DENIES + after + "\n",
            "b": "Capital Herald\n\n" + KISLYAK_REPORTS + "\n",
        },
    )
    ours = [
        k
        for k in rows(store.contradictions())
        if any("did not have communications" in r["text"] for r in k["positions"][0]["reports"])
    ]
    assert len(ours) == 1
    labels = [p["label"] for p in ours[0]["positions"]]
    assert ("later account" in labels) is later and (ours[0]["kind"] == "CHANGED_ACCOUNT") is later, labels
    if later:
        told = [
            r["text"] for p in ours[0]["positions"] if p["label"] == "later account" for r in p["reports"]
        ]
        assert told == [after]


# real sentences (AllSides 2017), with a report in the form of the tests above
PENCE_VOUCHED = (
    "Capital Wire\n\nOn CBS's Face the Nation in January, then vice president-elect Pence vouched for Trump's "
    "first National Security Adviser, Michael Flynn, saying the aide had not spoken of sanctions with Russian "
    "officials on the day that the Obama administration put them in place. President Barack Obama left "
    "office in January.\n"
)
TEAM_DENIED = (
    "Daily Ledger\n\nMr. Trump and his team have consistently denied any contacts between the campaign and "
    "Russian officials ahead of November’s election. President Donald Trump took office in January.\n"
)
MET_KISLYAK = "{who} met Russian ambassador Sergey Kislyak in July 2016, the Justice Department said.\n"


@pytest.mark.parametrize(
    "denial, gathered",
    [
        (PENCE_VOUCHED, False),
        # the campaign named as one side of the contacts: its people's contacts are denied
        (
            "Capital Wire\n\nA White House spokesman denied that there were any contacts between the Obama "
            "campaign and Russian officials. President Barack Obama left office in January.\n",
            True,
        ),
    ],
)
def test_a_campaign_named_after_with_is_not_whose_contacts_are_denied(tmp_path, denial, gathered):
    store = ingest_texts(
        tmp_path,
        {
            "a": denial,
            "b": "Capital Herald\n\n" + MET_KISLYAK.format(who="Susan Rice, a longtime Obama adviser,"),
        },
    )
    reports = [
        r["text"] for k in rows(store.contradictions()) for p in k["positions"][1:] for r in p["reports"]
    ]
    assert any("Susan Rice" in t for t in reports) is gathered, reports


@pytest.mark.parametrize(
    "role, gathered", [("the campaign chairman", True), ("Hillary Clinton’s campaign chairman", False)]
)
def test_a_denial_for_a_candidates_team_gathers_no_one_of_another_campaign(tmp_path, role, gathered):
    store = ingest_texts(
        tmp_path,
        {"a": TEAM_DENIED, "b": "Harbour Post\n\n" + MET_KISLYAK.format(who=f"John Podesta, {role},")},
    )
    reports = [
        r["text"] for k in rows(store.contradictions()) for p in k["positions"][1:] for r in p["reports"]
    ]
    assert any("Podesta" in t for t in reports) is gathered, reports


def test_a_denial_meets_a_plain_sentence_that_tells_it_found_by_search(tmp_path):
    # the report is no claim (no one says it) and no event of the denial's: only the store's
    # sentence search finds it, by the denier's name and the denial's rarer words; a sentence
    # that repeats the denial in other words ("never paid") is no report
    store = ingest_texts(
        tmp_path,
        {
            "a": "Harbour Courier\n\nMayor Henrik Daal denied paying the harbour surveyor for the dredging report.\n",
            "b": "Harbour Ledger\n\nHenrik Daal paid the harbour surveyor for the dredging report in May.\n",
            "c": "Quay Times\n\nHenrik Daal never paid the harbour surveyor for the dredging report.\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if k["kind"] == "DENIAL"]
    assert len(ours) == 1
    denies, reports = ours[0]["positions"]
    assert [r["text"] for r in reports["reports"]] == [
        "Henrik Daal paid the harbour surveyor for the dredging report in May."
    ]
    assert reports["reports"][0]["claim"] is None  # a plain sentence, cited by its event mention
    # without the store's sentences, resolution finds no report of it
    from storyline.resolve import resolve

    assert not [k for k in resolve(list(store.resolution_input())).contradictions if k.kind == "DENIAL"]


def test_a_denial_of_someones_claim_meets_the_claims_told_as_theirs(tmp_path):
    # real sentences (AllSides 2016-2018: Fox News, The Hill): a denial of "Trump's charge of
    # wiretapping" stands against a report of that claim of Trump's, found by a word of what
    # the charge is said to be; a saying of Trump's sharing only words of the denial's other
    # clause ("Intelligence Committee") is no report of it
    store = ingest_texts(
        tmp_path,
        {
            "a": "Fox News\n\nFBI Director James Comey has denied Trump’s specific charge of wiretapping ordered "
            "by the former president, but House Intelligence Committee Chairman Devin Nunes says he’s learned "
            "some Trump team communications were incidentally collected during the transition.\n",
            "b": "The Hill\n\nTrump’s claim that President Obama wiretapped Trump Tower, presented without "
            "evidence, generated weeks of controversy.\n",
            "c": "Fox News\n\nTrump said Pompeo “will be a brilliant and unrelenting leader for our intelligence "
            "community to ensure the safety of Americans and our allies.”\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if k["kind"] == "DENIAL"]
    assert len(ours) == 1
    denies, reports = ours[0]["positions"]
    assert "specific charge of wiretapping" in denies["reports"][0]["text"]
    assert [r["text"] for r in reports["reports"]] == [
        "Trump’s claim that President Obama wiretapped Trump Tower, presented without evidence, generated "
        "weeks of controversy."
    ]


def test_a_speaker_named_by_surname_or_title_is_the_person_the_article_names(tmp_path):
    # real sentences (AllSides 2016-2018): "Stone later denies …" where the article names
    # "Roger J. Stone Jr." in full, and "the president's assertion" where the article calls
    # Trump "the president"
    from storyline.resolve.contradictions.speakers import Speakers

    store = ingest_texts(
        tmp_path,
        {
            "a": "The New York Times\n\nOver the next couple of months, Roger J. Stone Jr., a longtime Trump "
            "adviser, repeatedly claims he is in contact with Julian Assange, the founder of WikiLeaks. "
            "Stone later denies any direct contact with Assange or having advance knowledge of the "
            "document dumps.\n",
            "b": "Townhall\n\nPresident Donald Trump said on Friday that he was not under investigation. "
            "CNN said Comey would contest the president's assertion that Comey had informed him three "
            "times that he was not under investigation.\n",
        },
    )
    from storyline.resolve.entities import resolve_entities

    analyses = list(store.resolution_input())
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    speakers = Speakers(analyses, mention_entity, by_id)
    stone = [speakers.of(c) for a in analyses for c in a.claims if c.speaker_text == "Stone"]
    assert stone and all(who is not None and "Stone" in by_id[who].name for who in stone)
    titled = {speakers.named(a.doc.id, "the president's") for a in analyses} - {None}
    assert [by_id[who].name for who in titled if who is not None] == ["Donald Trump"]
    assert not {speakers.named(a.doc.id, "Some lawmakers") for a in analyses} - {None}


@pytest.mark.parametrize(
    "sentence, points_back",
    [
        # real sentences (AllSides 2016-2018): what is denied was told before, not here
        ("But Cohen vehemently denied the claim.", True),
        ("Ailes strongly denied the claims, but stepped down with a $40 million severance package.", True),
        (
            "Yesterday Sarah Huckabee Sanders dismissed the allegations in this lawsuit, saying it was untrue.",
            True,
        ),
        # what is denied follows: the sentence says it
        (
            "Trump dismissed the claims that his advisers had close ties to Russia in a tweet Wednesday.",
            False,
        ),
        (
            "The Office of the Director of National Intelligence denied the accusation late Wednesday that "
            "intelligence officials were withholding information from Trump.",
            False,
        ),
    ],
)
def test_a_denial_of_the_allegations_points_back_to_what_the_article_told(sentence, points_back):
    from storyline.resolve.contradictions.words import ELSEWHERE

    assert bool(ELSEWHERE.search(sentence)) is points_back


def test_a_dismissal_of_a_lawsuits_allegations_meets_the_allegation_told_before_it(tmp_path):
    # real sentences (New York Magazine, 2017): "dismissed the allegations in this lawsuit"
    # answers the lawsuit's allegation told just before it, naming the White House too
    store = ingest_texts(
        tmp_path,
        {
            "a": "New York Magazine\n\nThe suit alleges that the Trump White House, with Sean Spicer as point man, "
            "collaborated on a cover-up story that was aired by Fox in May: a supposed exposé (later retracted), "
            "hyped by Sean Hannity, that tried to whitewash Russian culpability in the hack of DNC emails by "
            "blaming the hack instead on a bogus conspiracy allegedly implicating Hillary Clinton and a murdered "
            "27-year-old DNC data worker named Seth Rich. Yesterday Sarah Huckabee Sanders "
            "dismissed the allegations in this lawsuit, saying “the president had no knowledge” of the Fox story "
            "and that it was “completely untrue” that the White House had any involvement in Fox’s effort.\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if k["kind"] == "DENIAL"]
    assert len(ours) == 1
    denies, reports = ours[0]["positions"]
    assert "dismissed the allegations" in denies["reports"][0]["text"]
    assert reports["reports"][0]["text"].startswith("The suit alleges that the Trump White House")


def test_a_denial_of_having_said_something_meets_the_deniers_telling_of_it(tmp_path):
    # real sentences (AllSides 2016: Fox News, The Observer): "denied telling … that the attack
    # was sparked by an anti-Islam video" against her telling reported elsewhere; her own
    # words that repeat the denial ("never") or tell something else are no report of it
    store = ingest_texts(
        tmp_path,
        {
            "a": "Fox News\n\nOn the issue of the Benghazi terror strikes, Hillary Clinton denied telling family "
            "members of people killed in the Sept. 11, 2012, incident on a U.S. outpost in Benghazi, Libya, "
            "that the attack was sparked by an anti-Islam video and was not terrorism.\n",
            "b": "The Observer\n\nBut when I saw Hillary Clinton at Sean’s coffin ceremony, just days later, she "
            "looked me squarely in the eye and told me a video was responsible.\n",
            "c": "Quay Times\n\nHillary Clinton said she never blamed a video for the attack.\n",
            "d": "Harbour Ledger\n\nHillary Clinton said the State Department would release the cables.\n",
        },
    )
    ours = [k for k in rows(store.contradictions()) if k["positions"][0]["reports"]]
    ours = [k for k in ours if any("denied telling" in r["text"] for r in k["positions"][0]["reports"])]
    assert len(ours) == 1
    said = [r["text"] for p in ours[0]["positions"][1:] for r in p["reports"]]
    assert said == [
        "But when I saw Hillary Clinton at Sean’s coffin ceremony, just days later, she looked me "
        "squarely in the eye and told me a video was responsible."
    ]
