"""Events named by a noun, a title or a light phrase, and who takes part in them, through the
real extract stage (spaCy + the product's mentions). Sentences are quoted from AllSides
2016-2018 news reports (../shared/data), none from the held-out events of bench/news_scale.py."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _events(text: str) -> list[tuple[str, dict[str, str], bool]]:
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2018-12-01")])
    keys = {m.id: m.key for m in a.mentions}
    return [
        (e.type, {keys[p.ref]: p.role for p in e.participants if p.ref in keys}, e.factuality.happened)
        for e in a.events
    ]


def _one(text: str, etype: str) -> tuple[dict[str, str], bool]:
    found = [(parts, happened) for t, parts, happened in _events(text) if t == etype]
    assert len(found) == 1, _events(text)
    return found[0]


def test_a_title_before_the_name_gives_the_name():
    parts, _ = _one(
        "McMaster, Trump's newly named replacement for ousted national security adviser Michael Flynn, "
        "is considered one of the Army’s top intellectuals.",
        "FIRE",
    )
    assert parts == {"Michael Flynn": "patient"}
    parts, _ = _one(
        "His impartiality is being questioned because one of his likely chief witnesses, "
        "the ousted FBI Director James Comey, is a longtime friend.",
        "FIRE",
    )
    assert parts == {"James Comey": "patient"}


def test_named_to_a_post_is_an_appointment_named_as_a_suspect_is_not():
    parts, happened = _one(
        "Michael Flynn, a former intelligence officer, was named as Trump's national security advisor.",
        "APPOINT",
    )
    assert parts == {"Michael Flynn": "patient"} and happened
    assert "APPOINT" not in {
        t
        for t, _, _ in _events(
            "Mark Anthony Conditt, 23, was named as the bomber, an ATF source told Fox News."
        )
    }


def test_forced_out_is_a_dismissal():
    parts, happened = _one(
        "Barr would succeed Attorney General Jeff Sessions, who was forced out by Trump in November "
        "following an acrimonious tenure.",
        "FIRE",
    )
    assert parts == {"Jeff Sessions": "patient", "Trump": "agent"} and happened


def test_the_decision_to_fire_or_recuse_is_the_act_itself():
    parts, happened = _one(
        "Some have been asked about the President's decision to fire FBI director James Comey.", "FIRE"
    )
    assert happened and parts == {"James Comey": "patient"}
    _, happened = _one(
        "President Donald Trump hammered Sessions over his decision to recuse himself from the Russia investigation.",
        "RECUSE",
    )
    assert happened


def test_a_strike_on_a_country_names_its_target():
    parts, _ = _one(
        "Angus King of Maine said President Trump’s missile strike on Syria was “within our national interest "
        "and justified.”",
        "ATTACK",
    )
    assert parts == {"Trump": "agent", "Syria": "patient"}
    parts, _ = _one("Bolton has previously advocated significant airstrikes against Syria.", "ATTACK")
    assert parts == {"Syria": "patient"}


def test_picked_to_serve_in_a_post_is_an_appointment():
    parts, happened = _one(
        "He said the stakes are higher after Trump tapped John Bolton, a defense hawk, to serve as his "
        "national security adviser.",
        "APPOINT",
    )
    assert parts == {"Trump": "agent", "John Bolton": "patient"} and happened
    assert "APPOINT" not in {
        t
        for t, _, _ in _events(
            "Who knows? But that was not why she was chosen to serve as Miss Universe for one year."
        )
    }


def test_a_gerund_parsed_as_a_noun_before_a_name_has_that_name_as_its_object():
    # the parser makes "firing" a compound of "Flynn" and "Trump" one of "firing"
    parts, _ = _one(
        "This week started with Trump firing Mike Flynn, his national security adviser, after a news "
        "story that Flynn had lied to Vice President Mike Pence.",
        "FIRE",
    )
    assert parts == {"Mike Flynn": "patient", "Trump": "agent"}


def test_opened_fire_is_an_attack_however_parsed():
    # "opened" parsed as a modifier of "fire": still a shooting, not a blaze
    types = [t for t, _, _ in _events("The shooter opened fire at a baseball field in Alexandria.")]
    assert "ATTACK" in types and "DISASTER" not in types


def test_the_place_an_attack_is_named_after_is_where_it_happened_not_who_did_it():
    text = (
        "He unleashed searing criticism of NATO leaders in Brussels two weeks ago and is using the London "
        "terror attacks to renew his push for a travel ban on residents of a group of predominantly "
        "Muslim nations."
    )
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2017-06-06")])
    keys = {m.id: m.key for m in a.mentions}
    (attack,) = [e for e in a.events if e.type == "ATTACK"]
    assert attack.participants == [] and keys[attack.location] == "London", attack


def test_who_dictates_or_issues_a_statement_makes_it():
    # The Hill, 2018 (the Trump Tower statement), and a White House statement
    parts, _ = _one(
        "The president's lawyers said Trump himself dictated a statement from Trump Jr. last summer "
        "describing the 2016 meeting as primarily about adoptions of Russian children.",
        "STATEMENT",
    )
    assert parts.get("Trump") == "agent"
    parts, _ = _one("Sarah Huckabee Sanders issued a statement on Tuesday afternoon.", "STATEMENT")
    assert parts == {"Sarah Huckabee Sanders": "agent"}


def _statements(text: str) -> list[dict[str, str]]:
    return [parts for t, parts, _ in _events(text) if t == "STATEMENT"]


def test_who_gives_an_interview_and_who_takes_it():
    # The outlet an interview is "with" took it; the subject of the verb it is told in gave it.
    # Before, the outlet was the only participant: "The New York Times makes a statement".
    (parts,) = _statements(
        "Trump, in an interview with The New York Times last week, said he has spoken to Apple CEO "
        "Tim Cook about building a new plant in the U.S."
    )
    assert parts.get("Trump") == "agent"
    assert any(role == "participant" for who, role in parts.items() if "Times" in who)
    (parts,) = _statements(
        "In August, Trump said in an interview with Fox & Friends that Sessions had “never taken control” "
        "of his department."
    )
    assert parts.get("Trump") == "agent"
    assert "Sessions" not in parts


def test_the_interview_takes_no_other_object_of_its_verb():
    (parts,) = _statements(
        "In an interview with MSNBC's Chris Matthews, Trump advocated for a society in which women would "
        "have to seek abortions through illegal avenues."
    )
    assert parts.get("Trump") == "agent"
    (parts,) = _statements(
        "Trump also spoke about his frustration with the Justice Department in an interview with WMAL’s "
        "Larry O’Connor."
    )
    assert parts.get("Trump") == "agent"
    assert not any("Justice" in who for who in parts)


def test_an_outlet_before_interview_took_it():
    # "in a CNN interview": CNN is who interviewed, not who spoke (was an agent beside Johnson)
    (parts,) = _statements(
        "However, Weld’s move doesn’t exactly constitute “going rogue,” since earlier in the day Johnson "
        "admitted in a CNN interview, “I guess I wasn’t meant to be president.”"
    )
    assert parts.get("Johnson") == "agent"
    assert parts.get("CNN") == "participant"
