"""Cross-document event coreference on real sentences: dates told differently by the reports of
one event, and mentions that name no one."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document
from storyline.resolve import resolve


def _analyses(*articles: tuple[str, str]):
    """(published, text) per article."""
    docs = [build_document(RawArticle(f"t{i}", t, "text"), p) for i, (p, t) in enumerate(articles)]
    return list(analyse(docs))


def _docs(event) -> set[str]:
    return {m.rsplit(":", 1)[0] for m in event.members}


def _with(res, name: str, types: set[str]):
    ids = {e.id for e in res.entities if e.name == name}
    return [e for e in res.events if e.type in types and ids & {p.ref for p in e.participants}]


def test_a_departure_dated_monday_by_one_report_and_tuesday_by_another_is_one_event():
    A = _analyses(
        ("2017-02-15", "National security adviser Michael Flynn resigned Monday night."),
        ("2017-02-15", "President Trump ousted Michael Flynn on Tuesday."),
    )
    exits = _with(resolve(A), "Michael Flynn", {"RESIGN", "FIRE"})
    assert len(exits) == 1 and len(_docs(exits[0])) == 2, [(e.label, e.date, _docs(e)) for e in exits]


def test_one_report_misdating_an_event_joins_the_reports_that_agree_but_a_far_date_does_not():
    agree = "National security adviser Michael Flynn resigned on Monday night."
    A = _analyses(
        ("2017-02-14", agree),
        ("2017-02-14", agree.replace("National security adviser ", "")),
        ("2017-02-15", "Michael Flynn resigned as national security adviser on Feb. 13."),
        ("2017-02-16", "Michael Flynn resigned on Feb. 3, the report said."),
        ("2017-09-01", "Michael Flynn resigned from the board of a company on August 30."),
    )
    exits = _with(resolve(A), "Michael Flynn", {"RESIGN"})
    biggest = max(exits, key=lambda e: len(_docs(e)))
    assert len(_docs(biggest)) == 4, [(e.label, e.date, sorted(_docs(e))) for e in exits]
    assert len(exits) == 2  # August's resignation is another one


def test_a_bare_testimony_joins_the_testimony_of_the_person_its_article_is_about():
    told = "Former FBI Director James Comey testified before the Senate Intelligence Committee on Thursday."
    A = _analyses(
        ("2017-06-09", told),
        ("2017-06-09", told.replace("Former FBI Director ", "")),
        ("2017-06-09", "James Comey testified on Thursday before the Senate Intelligence Committee."),
        (
            "2017-06-10",
            "James Comey has kept Washington talking. Comey's friends defended him on Friday. "
            "The testimony was watched by millions.",
        ),
        (
            "2017-06-10",
            "Jeff Sessions will face senators next week. Sessions declined to comment on Friday. "
            "The testimony is expected to be tense.",
        ),
    )
    res = resolve(A)
    comey = _with(res, "James Comey", {"TESTIFY"})
    assert len(comey) == 1, [(e.label, sorted(_docs(e))) for e in res.events]
    assert len(_docs(comey[0])) == 4, [(e.label, sorted(_docs(e))) for e in res.events]


def _g20(*more: tuple[str, str]):
    told = (
        "President Trump met with Russian President Vladimir Putin on Friday at the G-20 summit in Hamburg."
    )
    return _analyses(
        ("2017-07-08", told),
        ("2017-07-08", "Donald Trump and Vladimir Putin met face to face on Friday in Hamburg."),
        ("2017-07-09", "Trump met Putin in Hamburg on Friday, on the sidelines of the summit."),
        *more,
    )


def test_a_meeting_naming_one_side_joins_the_meeting_its_article_is_about():
    res = resolve(
        _g20(
            (
                "2017-07-08",
                "Donald Trump cast doubt on the intelligence assessments. Trump spoke in Warsaw. "
                "Russian meddling hung over the first meeting with Putin.",
            )
        )
    )
    meetings = _with(res, "Vladimir Putin", {"MEET"})
    assert len(meetings) == 1 and len(_docs(meetings[0])) == 4, [
        (e.label, sorted(_docs(e))) for e in meetings
    ]


def test_two_meetings_of_one_leader_at_one_summit_on_one_day_stay_apart():
    res = resolve(
        _g20(
            (
                "2017-07-08",
                "President Trump met with Chinese President Xi Jinping on Friday at the summit in Hamburg.",
            ),
        )
    )
    xi = _with(res, "Xi Jinping", {"MEET"})
    putin = _with(res, "Vladimir Putin", {"MEET"})
    assert xi and putin and not {e.id for e in xi} & {e.id for e in putin}, [
        (e.label, sorted(_docs(e))) for e in res.events
    ]


def test_a_bare_shooting_joins_the_shooting_its_sentence_places():
    # dev event scalise_shot of bench/news_scale.py; the last report names no one, only the place
    A = _analyses(
        ("2017-06-14", "House Majority Whip Steve Scalise was shot on Wednesday in Alexandria."),
        (
            "2017-06-14",
            "Steve Scalise was shot Wednesday in Alexandria, Virginia, during a baseball practice.",
        ),
        ("2017-06-15", "A gunman shot Steve Scalise in Alexandria on Wednesday."),
        (
            "2017-06-20",
            "Voters head to the polls in Georgia on Tuesday. The race took a dark tenor after last "
            "week's shooting in Alexandria, Va., during a congressional GOP baseball practice.",
        ),
    )
    res = resolve(A)
    shots = _with(res, "Steve Scalise", {"ATTACK"})
    assert len(shots) == 1 and len(_docs(shots[0])) == 4, [(e.label, sorted(_docs(e))) for e in res.events]


def test_a_body_as_agent_does_not_keep_an_appointment_from_the_person_acting_for_it():
    # "The Justice Department's decision to appoint Mueller" is Rosenstein's appointing him
    A = _analyses(
        (
            "2017-05-18",
            "Deputy Attorney General Rod Rosenstein appointed Robert Mueller as special counsel on Wednesday.",
        ),
        ("2017-05-18", "Rod Rosenstein appointed Robert Mueller to lead the Russia probe on Wednesday."),
        (
            "2017-05-18",
            "The Justice Department's decision to appoint former FBI Director Robert Mueller as a special "
            "counsel on Wednesday is a win for Democrats.",
        ),
    )
    res = resolve(A)
    appointed = _with(res, "Robert Mueller", {"APPOINT"})
    assert len(appointed) == 1 and len(_docs(appointed[0])) == 3, [
        (e.label, sorted(_docs(e))) for e in res.events
    ]


def test_attacks_at_one_place_on_one_day_are_one_event_and_an_earlier_report_joins_none():
    # dev event london_bridge_attack of bench/news_scale.py: the reports name no attacker, only
    # the place and the day; March's Westminster attack in London is another one
    june = [
        (
            "2017-06-04",
            "Susan Rice said on ABC’s “This Week” in response to the deadly terrorist attack Saturday "
            "night in London.",
        ),
        (
            "2017-06-05",
            "Then, after the horrific terror attack in London over the weekend, which left seven people "
            "dead, including over 40 injured, Bette Midler tweeted that “men and religion are useless.”",
        ),
        (
            "2017-06-05",
            "Trump revived his call for the travel ban shortly after news broke of the weekend's terror "
            "attacks in London.",
        ),
        (
            "2017-06-06",
            "He unleashed searing criticism of NATO leaders in Brussels two weeks ago and is using the "
            "London terror attacks to renew his push for a travel ban on residents of a group of "
            "predominantly Muslim nations.",
        ),
    ]
    march = [
        (
            "2017-03-23",
            "British authorities have made eight arrests in their investigation into Wednesday's attack "
            "in London, police said Thursday morning.",
        ),
        (
            "2017-03-23",
            "Jeremy Shapiro, a former State Department official now at the European Council on Foreign "
            "Relations, said that the London attack was consistent with the recent pattern of attacks "
            "in which a vehicle was used to kill people, citing assaults in France, Germany and Israel.",
        ),
    ]
    A = _analyses(*june, *march)
    res = resolve(A)
    by_doc = {a.doc.id: a.doc.published for a in A}
    attacks = [e for e in res.events if e.type == "ATTACK"]
    found = [(e.label, sorted(by_doc[d] for d in _docs(e))) for e in attacks]
    assert any(len(_docs(e)) == 4 and all(by_doc[d] >= "2017-06" for d in _docs(e)) for e in attacks), found
    assert not any({by_doc[d][:7] for d in _docs(e)} == {"2017-03", "2017-06"} for e in attacks), found


def test_an_attack_at_a_site_named_after_its_city_and_one_its_sentence_places_are_the_city_attack():
    # dev event manchester_bombing of bench/news_scale.py (real sentences): a bombing at the
    # Manchester Arena is the attack in Manchester; the parse links no place to the last two
    # reports, their sentences name one
    A = _analyses(
        (
            "2017-05-24",
            "British authorities were in a frantic race to find the mastermind who fashioned the deadly "
            "bomb used in Monday's terror attack in Manchester, as the nation was braced for a new strike "
            'that could be "imminent."',
        ),
        (
            "2017-05-24",
            'Tillerson will meet with British Foreign Secretary Boris Johnson "in an expression of UK-US '
            'solidarity following the terrorist attack in Manchester earlier this week," a Foreign Office '
            "statement said.",
        ),
        (
            "2017-05-23",
            "At the time of writing, the death toll was at 22, with more than 50 injured in what has been "
            "described as a suicide bombing just at the foyer of the Manchester Arena.",
        ),
        (
            "2017-05-26",
            "He was referring to terrorist attacks at a concert Monday in Manchester, England, and on "
            "Friday against Christians in Egypt.",
        ),
    )
    res = resolve(A)
    attacks = [e for e in res.events if e.type == "ATTACK"]
    assert any(len(_docs(e)) == 4 for e in attacks), [(e.label, sorted(_docs(e))) for e in attacks]


def test_reports_of_leaving_an_agreement_in_other_words_are_one_withdrawal():
    # dev event paris_withdrawal of bench/news_scale.py (real sentences): the agreement goes by
    # its city's name, as an accord, an agreement or a deal
    A = _analyses(
        (
            "2017-06-05",
            "When President Trump pulled out of the Paris climate accord last week, his critics — including "
            "former President Barack Obama — said he was turning his back on the future and joining only "
            "Syria and Nicaragua in refusing to take part.",
        ),
        (
            "2017-06-03",
            "President Trump’s decision to withdraw from the Paris climate agreement caused anger and "
            "anxiety across the world, with one major exception: China.",
        ),
        (
            "2017-06-03",
            'Rice said the decision to leave the Paris climate agreement was the "coup de grâce for '
            "America's postwar global leadership.\"",
        ),
        (
            "2017-06-08",
            "After Donald Trump withdrew America from the Paris climate agreement, California governor "
            "Jerry Brown rushed to fill the void.",
        ),
    )
    res = resolve(A)
    left = [e for e in res.events if e.type == "WITHDRAW"]
    assert len(left) == 1 and len(_docs(left[0])) == 4, [(e.label, sorted(_docs(e))) for e in res.events]
