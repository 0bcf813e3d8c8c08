"""A denial of recalling a meeting, its words of denial quoted, against the sentences placing the
denier there (sessions-papadopoulos): the quote mark after "recollection" hid the denial, a report
telling the meeting before who attended it ("a meeting attended by both Trump and Sessions") was
not read, and a word of being there that goes with another place ("was at the White House … for a
standing meeting") was taken for presence at the meeting."""

from storyline.model import Claim
from storyline.resolve.contradictions.presence import _places, presence_denied

# Townhall, 2017-11-14
SESSIONS_DENIAL = (
    "Sessions had “no recollection” of the meeting in question at Trump Tower last year until these "
    "news reports, he explained."
)
# NPR, 2018-11-07
ATTENDED_BY = (
    "Papadopoulos told prosecutors that he tried to set up a meeting between Trump and Russian "
    "President Vladimir Putin during the campaign and that he mentioned it at a March 2016 meeting "
    "attended by both Trump and Sessions."
)
# Fox News, 2017-07-25
ELSEWHERE = (
    "Sessions was at the White House Monday for a standing meeting he has at the White House every week."
)
# Fox News, 2018-09-24
IN_PLACE_OF = (
    "Rosenstein on Monday was attending a previously scheduled “Principles Committee” meeting at the "
    "White House in place of Attorney General Jeff Sessions, who was en route to Washington from Alabama."
)


def _deny(text: str) -> Claim:
    return Claim(id="d", sent=0, stance="DENY", text=text, start=0, end=len(text), doc="x")


def test_a_quoted_no_recollection_denies_presence_at_the_meeting():
    assert presence_denied(_deny(SESSIONS_DENIAL)) == "meeting"


def test_a_meeting_attended_by_the_denier_places_him_there():
    assert _places(ATTENDED_BY, "Sessions", "meeting")
    assert not _places(IN_PLACE_OF, "Sessions", "meeting")


def test_being_at_another_place_is_no_presence_at_the_meeting():
    assert not _places(ELSEWHERE, "Sessions", "meeting")
    # the word of being there just before the gathering still places her there
    assert _places("Ford said that Smyth was also at the party.", "Smyth", "party")
    assert _places("Keyser, a longtime friend of Ford's, was present at the small party.", "Keyser", "party")
