"""One act told by another kind of mention, or as decided (issue 10, news_scale dev events):

- an arrest and a charge of one person are one case opened against her (winner_charged);
- the announcement of a nomination, by the one who nominates, naming the nominee, is the
  nomination (gorsuch_nominated); a decree's announcement by its agent on its day is the decree;
- a decree told as decided ("said on Wednesday he would ban") is the decree, but never a plan
  reported before the act, nor a wish ("wants to ban").

Sentences are quoted from the AllSides articles that report the events."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.model import DateRange
from storyline.resolve import _decided, _factual, resolve
from storyline.resolve.events import EventFeatures, cluster_events


def _together(texts: dict[str, tuple[str, str]], kinds: set[str]) -> list[set[str]]:
    """The documents of each event that holds a mention of one of ``kinds``."""
    analyses = analyses_of(texts)
    res = resolve(analyses)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kind = {e.id: e.type for a in analyses for e in a.events}
    return [{doc_of[m] for m in ev.members} for ev in res.events if any(kind[m] in kinds for m in ev.members)]


WINNER = {
    # The Guardian, 2017-06-05
    "guardian": (
        "2017-06-05",
        "The revelation coincided with the arrest of Reality Leigh Winner, 25, a federal contractor from "
        "Augusta, Georgia, who was charged with removing classified material from a government facility and "
        "mailing it to a news outlet.",
    ),
    # The Daily Caller, 2017-06-05
    "dc": (
        "2017-06-05",
        "Reality Leigh Winner’s apparent social media footprint also shows that she is a supporter of other "
        "liberal causes, including the Women’s March and the Islamic Society of North America, the Muslim "
        "civil rights group. Winner was indicted in federal court on Monday after she allegedly stole "
        "classified documents from her employer, Pluribus International, a defense contractor that does work "
        "for the NSA from its offices in Augusta, Ga.",
    ),
    # Townhall, 2017-06-06
    "th": (
        "2017-06-06",
        "The FBI arrested the person who gave them this information, Reality Leigh Winner, for leaking "
        "classified information over the weekend.",
    ),
}


def test_an_arrest_and_a_charge_of_one_person_are_one_case():
    assert any({"guardian", "dc"} <= g for g in _together(WINNER, {"ARREST", "CHARGE"}))


def test_not_the_arrest_of_someone_else():
    other = {
        "dc": WINNER["dc"],
        # Fox News, 2017-05-29 (another person's arrest, given the same publication day here)
        "other": (
            "2017-06-05",
            "Vincent Mitchell said shortly after his stepson-in-law, Willie Corey Godbolt, was arrested.",
        ),
    }
    assert not any({"dc", "other"} <= g for g in _together(other, {"ARREST", "CHARGE"}))


GORSUCH = {
    # Fox News, 2017-02-01
    "fox": (
        "2017-02-01",
        "President Trump nominated federal Judge Neil Gorsuch to the Supreme Court on Tuesday, choosing a jurist "
        "widely seen by conservatives as a fitting successor to the late Scalia – and touching off what is sure "
        "to be a fierce confirmation battle with Senate Democrats already vowing resistance.",
    ),
    # The Intercept, 2017-02-01
    "intercept": (
        "2017-02-01",
        "Donald Trump’s announcement of 10th Circuit Judge Neil Gorsuch as his nominee for Supreme Court was "
        "greeted with lavish praise from Republicans who commended his constitutional literalism.",
    ),
}


def test_the_announcement_of_a_nominee_is_the_nomination():
    assert any({"fox", "intercept"} <= g for g in _together(GORSUCH, {"NOMINATE"}))


def test_not_an_announcement_naming_someone_else():
    texts = {
        "fox": GORSUCH["fox"],
        # The Washington Times, 2017-02-16 (Trump announcing another pick)
        "wt": (
            "2017-02-16",
            "Trump opened the press conference by announcing his new pick to run the Labor Department, former "
            "National Labor Relations Board member R. Alexander Acosta.",
        ),
    }
    assert not any({"fox", "wt"} <= g for g in _together(texts, {"NOMINATE"}))


BAN = {
    # Reuters, 2017-07-27
    "reuters": (
        "2017-07-27",
        "WASHINGTON (Reuters) - President Donald Trump said on Wednesday he would ban transgender people from "
        "the U.S. military, a move appealing to some in his conservative political base.",
    ),
    # Business Insider, 2017-07-26
    "bi": (
        "2017-07-26",
        "President Donald Trump's sudden announcement Wednesday morning that transgender people would be "
        "barred from serving in the US military may have been part of a last-ditch effort to save a House "
        "bill that partly funds a border wall, according to a Politico report.",
    ),
}


def test_a_decree_told_as_decided_is_the_decree_its_announcement_tells():
    assert any({"reuters", "bi"} <= g for g in _together(BAN, {"BAN", "ANNOUNCE"}))


def test_decided_is_a_decree_told_as_decided_not_a_wish():
    said = analyses_of({"r": BAN["reuters"]})[0]
    wants = analyses_of(
        {
            # Fox News, 2017-07-26
            "fox": (
                "2017-07-26",
                "President Trump touched off a firestorm Wednesday after tweeting that he wants to ban "
                "transgender people from serving in the U.S. military in any capacity.",
            )
        }
    )[0]
    assert any(_decided(e) for e in said.events if e.type == "BAN")
    assert not any(_decided(e) for e in wants.events if e.type == "BAN")


def _ban(doc: str, published: str, decided: bool, date: DateRange | None = None) -> EventFeatures:
    """A ban by Trump (as the Reuters and Business Insider reports' mentions are featured)."""
    return EventFeatures(
        id=f"{doc}:e0", doc=doc, sent=0, type="BAN", lemma="ban", participants=frozenset({"trump"}),
        agents=frozenset({"trump"}), date=date, published=published, decided=decided,
    )  # fmt: skip


WEDNESDAY = DateRange(start="2017-07-26", end="2017-07-26", text="Wednesday", value="2017-07-26")


def test_a_decision_reported_before_the_act_is_not_the_act():
    # the act told as done on Wednesday by two reports; the same words ("said he would ban")
    # after it are the act, published a week before it are a plan
    done = [_ban("wt", "2017-07-26", False, WEDNESDAY), _ban("usa", "2017-07-26", False, WEDNESDAY)]
    after = _ban("reuters", "2017-07-27", True, WEDNESDAY)
    before = _ban("early", "2017-07-19", True, WEDNESDAY)
    groups = [{f.doc for f in c} for c in cluster_events([*done, after, before])]
    assert {"wt", "usa", "reuters"} in groups
    assert not any("early" in g and "wt" in g for g in groups)


def test_a_plan_for_a_day_already_past_may_join_what_it_planned():
    # USA TODAY, 2017-07-08: the meeting "arranged" is told as planned, for June 2016
    arranged = analyses_of(
        {
            "usa": (
                "2017-07-08",
                "WASHINGTON — President Trump’s eldest son, Donald Trump Jr., arranged a previously undisclosed "
                "meeting at Trump Tower last year during the presidential campaign between members of his "
                "father’s inner circle and a Russian lawyer with Kremlin ties, The New York Times reported "
                "Saturday.",
            )
        }
    )[0]
    # The Hill, 2017-07-05: a meeting still ahead stays a plan
    ahead = analyses_of(
        {
            "hill": (
                "2017-07-05",
                "Trump is scheduled to meet with Putin in Hamburg, Germany, at the annual G-20 summit on Friday.",
            )
        }
    )[0]
    (meeting,) = [e for e in arranged.events if e.type == "MEET"]
    assert _factual(meeting, arranged.doc.published) is None
    assert [_factual(e, ahead.doc.published) for e in ahead.events if e.lemma == "meet"] == [False]
