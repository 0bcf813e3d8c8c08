"""A negated act told with no one it was done to is no denial of the act done to someone the
reports name (``denials._someone_else_done_to``): "Trump … said he has a new candidate with
“political capabilities” for the job but did not announce his pick" (Reuters, April 2018, after
Ronny Jackson withdrew), which the resolver clustered with "President Trump announced Wednesday
he's nominating Rear Adm. Ronny Jackson …" (USA TODAY, March 2018): in set e's dev articles of
bench/contradictions_unseen.py the two were one "changed account"."""

from __future__ import annotations

from tests.resolve.test_blamed import _analyses

from storyline.model import Event, EventType, Participant
from storyline.resolve.contradictions.denials import _someone_else_done_to

# USA TODAY, 2018-03-28
NOMINATED = (
    "President Trump announced Wednesday he's nominating Rear Adm. Ronny Jackson to replace David "
    "Shulkin as head of Veterans Affairs.\n"
)
# Reuters, 2018-04-27
NEW_PICK = (
    "Trump, who was set to host a group of veterans at the White House on Thursday, said he has a new "
    "candidate with “political capabilities” for the job but did not announce his pick.\n"
)


def test_a_new_pick_not_announced_is_no_denial_of_the_nomination_the_reports_name():
    usa, reuters = _analyses([("usa", "2018-03-28", NOMINATED), ("reuters", "2018-04-27", NEW_PICK)])
    nominated = next(m for m in usa.events if m.type == EventType.NOMINATE)
    not_announced = next(m for m in reuters.events if m.type == EventType.NOMINATE)
    # each mention's people by entity, as the resolver links them across documents
    linked = {m.id: m.key for a in (usa, reuters) for m in a.mentions}
    ev = Event(
        id="ev",
        type=EventType.NOMINATE,
        label="Trump nominates Jackson",
        members=[nominated.id, not_announced.id],
        participants=[Participant(linked[p.ref], p.role) for p in nominated.participants],
    )
    assert any(p.role == "patient" and "Jackson" in p.ref for p in ev.participants)
    named = {m.key for m in reuters.mentions if m.sent == not_announced.sent}
    assert _someone_else_done_to(not_announced, ev, linked, named)
    # the nomination told with its nominee is the act itself; so is a sentence naming the nominee
    assert not _someone_else_done_to(nominated, ev, linked, set())
    jackson = {p.ref for p in ev.participants if p.role == "patient"}
    assert not _someone_else_done_to(not_announced, ev, linked, named | jackson)
