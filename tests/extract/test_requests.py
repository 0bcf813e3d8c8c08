"""Requests and bills pulled (extract/requests.py, extract/legislation.py) on real sentences:
reports of Trump asking Comey to drop the Flynn investigation (Feb 14, 2017, told May 17-24) and
of House Republicans pulling the American Health Care Act (March 24, 2017), quoted from the
AllSides articles of the news-scale bench's dev events (bench/data/dedup_allsides.json)."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve


def _analysis(text: str, doc_id: str = "d", published: str = "2017-05-17"):
    c = clean_text(text)
    doc = Document(
        id=doc_id, source=doc_id, original=c.original, text=c.text, offsets=c.offsets, published=published
    )
    (a,) = list(analyse([doc]))
    return a


def _events(text: str, etype: str):
    """(trigger, {mention text: role}, happened) of the sentence's events of one type."""
    a = _analysis(text)
    names = {m.id: m.text for m in a.mentions}
    return [
        (e.trigger, {names[p.ref]: p.role for p in e.participants if p.ref in names}, e.factuality.happened)
        for e in a.events
        if e.type == etype
    ]


def test_asking_someone_to_act_is_a_request_by_the_asker_of_the_asked():
    text = (
        "In February, President Trump met with FBI Director James Comey and asked Comey to drop "
        "investigations of Michael Flynn."
    )
    ((trigger, parts, happened),) = _events(text, "REQUEST")
    assert trigger == "asked" and happened
    assert parts == {"Trump": "agent", "Comey": "patient", "Michael Flynn": "content"}


def test_the_one_asked_as_subject_of_the_infinitive_is_the_patient():
    text = (
        "The New York Times on Tuesday reported that Comey recorded a memo in February saying Trump "
        "had asked him to drop the bureau's investigation of ousted national security adviser "
        "Michael Flynn."
    )
    ((_, parts, _),) = _events(text, "REQUEST")
    assert parts.get("Trump") == "agent" and parts.get("Comey") == "patient"


def test_what_is_asked_for_stays_a_demand():
    text = (
        "A contemporaneous memo from Comey further confirms that Trump specifically asked him to stop "
        "investigating former National Security Adviser Michael Flynn."
    )
    a = _analysis(text)
    (asked,) = [e for e in a.events if e.type == "REQUEST"]
    (probe,) = [e for e in a.events if e.type == "INVESTIGATE"]
    assert asked.factuality.happened and not probe.factuality.happened


def test_a_request_noun_is_its_possessors():
    ((_, parts, _),) = _events(
        "Comey wrote down his account of Trump's request over the probe in a memo.", "REQUEST"
    )
    assert parts == {"Trump": "agent"}


def test_telling_someone_something_is_no_request():
    assert (
        _events(
            "Ryan told reporters after pulling the bill from the floor in the face of certain defeat.",
            "REQUEST",
        )
        == []
    )


def test_two_reports_of_one_request_are_one_event_and_another_request_is_not():
    reports = [
        (
            "a",
            "In February, President Trump met with FBI Director James Comey and asked Comey to drop "
            "investigations of Michael Flynn.",
        ),
        (
            "b",
            "The memo, in which Comey wrote that Trump asked him to drop the FBI investigation into "
            "former national security adviser Michael Flynn.",
        ),
        ("c", "Trump asked Comey to pledge loyalty to Russia."),
    ]
    analyses = [_analysis(t, d) for d, t in reports]
    asked = {e.doc: e.id for a in analyses for e in a.events if e.type == "REQUEST"}
    held = {m: ev for ev in resolve(analyses).events for m in ev.members}
    assert held[asked["a"]] is held[asked["b"]] is not held.get(asked["c"])
    assert held[asked["a"]].label == "Trump asks Comey about Flynn"


def test_a_bill_pulled_is_its_vote_that_did_not_take_place():
    text = (
        "Since the speaker was forced to pull the American Health Care Act on Friday amid eroding "
        "support from hardline conservatives and House moderates."
    )
    ((trigger, parts, happened),) = _events(text, "VOTE")
    assert trigger == "pull" and not happened
    assert parts == {"the American Health Care Act": "patient"}


def test_the_bill_is_the_measure_the_document_named():
    text = (
        "President Trump and Speaker Paul Ryan chose to cancel the vote on the American Health Care Act "
        "late Friday afternoon. Ryan said at a news conference after he pulled the bill from the House floor."
    )
    votes = _events(text, "VOTE")
    assert [(t, p.get("the American Health Care Act"), h) for t, p, h in votes] == [
        ("vote", "patient", False),
        ("pulled", "patient", False),
    ]


def test_a_measure_told_by_its_fate_is_its_vote():
    text = (
        "The failed push to repeal ObamaCare, which reached its denouement last Friday, was a debacle "
        "even in the eyes of the president's natural allies."
    )
    ((trigger, parts, _),) = _events(text, "VOTE")
    assert trigger == "push" and parts == {"ObamaCare": "patient"}


def test_a_party_is_not_what_is_voted_on():
    text = (
        "In a stunning defeat for Republicans, House Speaker Paul Ryan on Friday canceled a vote on the "
        "GOP bill to replace Obamacare because he did not have enough votes from his own members to "
        "pass the legislation."
    )
    assert all("GOP" not in parts for _, parts, _ in _events(text, "VOTE"))


def test_charges_dropped_are_no_vote():
    assert _events("Prosecutors dropped the charges against him in March.", "VOTE") == []


def test_the_failure_of_a_repeal_is_its_vote():
    text = "Conservative group calls for ouster of Ryan, GOP leaders after Obamacare repeal failure."
    assert [t for t, _, _ in _events(text, "VOTE")] == ["failure"]


def test_a_request_whose_asked_is_unnamed_joins_the_same_askers_request_about_the_same_thing():
    """ "Trump pressured the former FBI director to drop the investigation of Flynn" (the title
    left unnamed) is Trump asking Comey about Flynn; Trump asking Sessions about Flynn is not."""
    from storyline.resolve.events import EventFeatures, cluster_events

    def asked(doc, who, about):
        parts = frozenset({"trump", *who})
        return EventFeatures(
            id=doc, doc=doc, sent=0, type="REQUEST", lemma="ask", participants=parts,
            key_participants=frozenset(about), agents=frozenset({"trump"}),
        )  # fmt: skip

    feats = [
        asked("a", {"comey"}, {"flynn", "fbi"}),
        asked("b", set(), {"flynn"}),
        asked("c", {"sessions"}, {"flynn"}),
    ]
    groups = {f.id: i for i, g in enumerate(cluster_events(feats)) for f in g}
    assert groups["a"] == groups["b"] != groups["c"]


def test_who_pulls_a_bill_casts_no_vote():
    """The Hill, 2017-04-12 ("GOP infighting imperils agenda", a report of Gorsuch's
    confirmation): the Speaker who yanked the bill is no voter whose name keeps the article's
    votes from the confirmation the other reports tell."""
    from storyline.resolve import features
    from storyline.resolve.entities import resolve_entities

    a = _analysis(
        "Late last month, when Ryan realized he was short of the votes and yanked the health "
        "insurance bill off the floor, he and Trump insisted they were moving on to tax reform.",
        published="2017-04-12",
    )
    (yanked,) = [e for e in a.events if e.trigger == "yanked"]
    assert yanked.type == "VOTE" and any(p.role == "agent" for p in yanked.participants)
    _, mention_entity = resolve_entities([a])
    (f,) = [f for f in features([a], mention_entity) if f.id == yanked.id]
    assert f.agents == frozenset() and f.participants


def test_requests_of_two_askers_stay_apart():
    """Politico, June 2017: "Comey ... had asked Deputy Attorney General Rod Rosenstein for more
    resources for the Russia probe" is not Trump asking Comey to drop the Flynn investigation,
    though both name Comey."""
    from storyline.resolve.events import EventFeatures, cluster_events

    def asked(doc, asker, who, about):
        return EventFeatures(
            id=doc, doc=doc, sent=0, type="REQUEST", lemma="ask", participants=frozenset({asker, *who}),
            key_participants=frozenset(about), agents=frozenset({asker}),
        )  # fmt: skip

    feats = [
        asked("a", "trump", {"comey"}, {"flynn", "russia"}),
        asked("b", "comey", {"rosenstein"}, {"russia"}),
        asked("c", "comey", set(), {"russia"}),
    ]
    groups = {f.id: i for i, g in enumerate(cluster_events(feats)) for f in g}
    assert groups["a"] != groups["b"] and groups["a"] != groups["c"]


def test_a_bill_named_with_a_is_not_the_documents_measure():
    # USA TODAY, 2018-02-06 (set c of the unseen contradictions, dev): the House passed a measure
    # funding the Pentagon; "a long-term spending bill" that Congress could not pass is another
    # one, which the document names nowhere, and must not take the Pentagon's measure
    text = (
        "The House on Tuesday passed another stop-gap spending bill that would fund domestic programs "
        "through March 23 but give the Pentagon a full-year budget of $659 billion. House Republicans "
        "said the spending bill would provide much-needed certainty to U.S. military planners who have "
        "expressed deep frustration with Congress' inability to pass a long-term spending bill."
    )
    a = _analysis(text, published="2018-02-06")
    names = {m.id: m.text for m in a.mentions}
    votes = [
        (e.trigger, {names[p.ref] for p in e.participants if p.ref in names})
        for e in a.events
        if e.type == "VOTE"
    ]
    assert [t for t, _ in votes][:1] == ["passed"]
    assert all("Pentagon" not in parts for t, parts in votes if t == "pass")
