"""A bare report that gives its own day and does not name the one the document's act of its kind
happens to may be another person's: Salon (2017-05-09) tells of Trump firing Flynn, undated, and
then "Yates was fired two days later, on Jan. 30" ("Yates" left unlinked). Joined within the
document to Flynn's firing, it dated Flynn's departure (flynn_resigns, a dev event of
bench/data/dedup_allsides.json) January 30, the day Trump fired the acting attorney general, and
drew that firing's reports in. Across documents the event's agreed day keeps it out."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

TEXTS = {
    # Salon, 2017-05-09, "Sally Yates speaks — and the strange tale of Michael Flynn ..."
    "salon": (
        "2017-05-09",
        "That's the length of time it took from the day Yates informed the White House that its national "
        "security adviser, Michael Flynn, had possibly been compromised by the Russian government to the day "
        "when President Donald Trump finally fired him. "
        "Yates met with White House counsel Don McGahn on Jan. 26 and 27 and had one follow-up phone call to "
        "inform the administration of the Department of Justice's concerns about Flynn. "
        "Yates was fired two days later, on Jan. 30, ostensibly for her statement that she did not intend to "
        "enforce Trump's hastily thrown together travel ban.",
    ),
    # NPR, 2017-02-15
    "npr": (
        "2017-02-15",
        "Flynn resigned late Monday after reports alleged that he had discussed U.S. sanctions on Russia with "
        "that country's ambassador — and then misled Vice President Pence about the conversations.",
    ),
    # Washington Times, 2017-02-16
    "wt": (
        "2017-02-16",
        "Mr. Trump forced his national security adviser, Lt. Gen. Michael Flynn, to resign Monday because he "
        "had misled Vice President Mike Pence about conversations with the Russian ambassador during the "
        "transition.",
    ),
}


def _departure() -> tuple[set[str], set[str], object]:
    """The docs of the event holding NPR's and the Washington Times' reports, the dates of its
    members' own reports, and the event."""
    analyses = analyses_of(TEXTS)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    day = {e.id: e.date.value for a in analyses for e in a.events if e.date}
    ev = next(ev for ev in resolve(analyses).events if {"npr", "wt"} <= {doc_of[m] for m in ev.members})
    return {doc_of[m] for m in ev.members}, {day[m] for m in ev.members if m in day}, ev


def test_the_document_s_undated_firing_of_flynn_joins_his_departure():
    docs, _, ev = _departure()
    assert "salon" in docs
    assert ev.date is not None and ev.date.start == "2017-02-13"


def test_another_persons_dated_firing_does_not_date_flynn_s():
    # the event of Salon's undated "Trump finally fired him" (Flynn) is not dated by Yates's day
    analyses = analyses_of(TEXTS)
    undated = {e.id for a in analyses for e in a.events if a.doc.id == "salon" and e.date is None}
    flynn = [
        ev for ev in resolve(analyses).events if undated & set(ev.members) and ev.type in ("FIRE", "RESIGN")
    ]
    assert flynn and all(ev.date is None or ev.date.start != "2017-01-30" for ev in flynn)
