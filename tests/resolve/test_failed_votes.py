"""A measure's failure told without naming anyone or the measure (issue 10, the dev event
ahca_pulled of bench/data/dedup_allsides.json: the House vote on the American Health Care Act,
called off on Friday March 24, 2017).

"The health care failure also makes the tax overhaul more politically complex as the fissures
within the Republican Party have been laid bare" (New York Times, March 26), "the defeat of the
Republican health care plan he supported" (NPR, March 27), "Those in office now won't be
inspired to heroic deeds by the failure to repeal Obamacare" (Reason, March 30): no one and no
act is linked to the failure, so no participant, topic or day joined them, and a vote naming
no measure never joins by its document's topic (a chamber votes many times a day). Reports that
name the bill tell its pull on Friday and its failure ("the speaker was forced to pull the
American Health Care Act on Friday", Politico; "Ryan said at a news conference after he pulled the
bill from the House floor", CBN; "The American Health Care Act failed because it was a terrible piece of legislation",
Vox): a bill fails seldom, so an undated failure of the week after is that one."""

from __future__ import annotations

from storyline.model import DateRange
from storyline.resolve.events import EventFeatures, cluster_events

AHCA, RYAN, TAX = "ent_ahca", "ent_ryan", "ent_tax"
FRIDAY = DateRange("2017-03-24", "2017-03-24", "Friday")


def _week_before(published: str) -> DateRange:
    """An undated report's date: the week before its publication (resolve._recent)."""
    start = f"2017-03-{int(published[8:]) - 7:02d}"
    return DateRange(start, published, "")


def _told(
    doc: str, lemma: str, day: DateRange = FRIDAY, act: str = AHCA, published: str = "2017-03-26"
) -> EventFeatures:
    """A report naming the bill: "forced to pull the American Health Care Act on Friday"."""
    return EventFeatures(
        id=f"{doc}:{lemma}", doc=doc, sent=0, type="VOTE", lemma=lemma, participants=frozenset({act, RYAN}),
        key_participants=frozenset({act}), date=day, factual=None if lemma == "pull" else True,
        published=published,
    )  # fmt: skip


def _failure(
    doc: str, published: str, lemma: str = "failure", date: DateRange | None = None
) -> EventFeatures:
    """ "The health care failure": no one, no measure, undated."""
    return EventFeatures(
        id=f"{doc}:{lemma}", doc=doc, sent=3, type="VOTE", lemma=lemma,
        date=date or _week_before(published), published=published,
    )  # fmt: skip


def _pull() -> list[EventFeatures]:
    week = _week_before("2017-03-24")
    return [
        _told("politico", "pull"),
        _told("cbn", "pull"),
        _told("vox", "fail", week, published="2017-03-24"),
    ]


def _event_of(feats: list[EventFeatures]) -> dict[str, int]:
    return {f.doc: k for k, members in enumerate(cluster_events(feats)) for f in members}


def test_an_unnamed_failure_of_the_week_after_is_the_failed_vote():
    ev = _event_of(_pull() + [_failure("nyt", "2017-03-26"), _failure("npr", "2017-03-27", "defeat")])
    assert ev["nyt"] == ev["npr"] == ev["politico"]


def test_a_failure_told_before_the_vote_failed_stays_apart():
    # Politico, March 10: "Paul Ryan: Obamacare repeal defeat would be 'momentum-killer'"
    ev = _event_of(_pull() + [_failure("politico0310", "2017-03-10", "defeat")])
    assert ev["politico0310"] != ev["politico"]


def test_a_failure_dated_only_by_its_month_stays_apart():
    month = DateRange("2017-03", "2017-03", "last month")
    ev = _event_of(_pull() + [_failure("hill0412", "2017-04-12", "collapse", month)])
    assert ev["hill0412"] != ev["politico"]


def test_two_failed_bills_that_week_leave_it_alone():
    other = [_told(d, "fail", act=TAX) for d in ("wt", "fox", "nr")]  # another bill failing on Friday
    ev = _event_of(_pull() + other + [_failure("nyt", "2017-03-26")])
    assert ev["nyt"] not in (ev["politico"], ev["wt"])
