"""A denial told in a clause hanging on another's report is the one's named just before it, and
one subject's denials of having been to the same place are one disagreement: "Also on Friday,
McClatchy reported that Special Counsel Robert Mueller has uncovered evidence that Cohen “secretly
made a late-summer trip to Prague …” after he “vehemently denied for months that he ever has been
in Prague …”" (Media Matters, 2018-04-15) is Cohen's denial, not Mueller's, and the same question
as Cohen's "No, I have never been to Prague" (Vox, 2018-04-13): set d of
bench/contradictions_unseen.py, dev, where they made two entries."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.model import Claim
from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search
from storyline.resolve.contradictions.clause_denier import clause_denier

MCCLATCHY = (
    "Also on Friday, McClatchy reported that Special Counsel Robert Mueller has uncovered evidence that Cohen "
    "“secretly made a late-summer trip to Prague during the 2016 presidential campaign” after he “vehemently "
    "denied for months that he ever has been in Prague or colluded with Russia during the campaign.”"
)
MEDIA_MATTERS = (
    "Media Matters\n\n"
    "Federal prosecutors in Manhattan revealed on Friday, April 13, that Cohen has been under investigation for "
    "months and that a grand jury has been convened that is separate from Special Counsel Robert Mueller’s "
    "investigation. CNN also reported that during the raid, the FBI seized recordings between Cohen and Stormy "
    "Daniels’ former attorney. " + MCCLATCHY + " If true, the evidence would corroborate parts of the "
    "Christopher Steele dossier."
)
REPORT = (
    "Yet a new report from McClatchy’s Peter Stone and Greg Gordon claims that special counsel Robert Mueller "
    "has evidence that Cohen did, in fact, enter Prague through Germany at the height of the 2016 campaign, in "
    "“August or early September.”"
)
NEVER = (
    "Cohen himself reiterated his denial again Saturday morning, telling CNN, “No, I have never been to "
    "Prague,” and sending this tweet rebutting the story:"
)
NOW = "Now, the new McClatchy report by Stone and Gordon claims Mueller has evidence that Cohen “secretly made a late-summer trip to Prague.”"
VOX = (
    "Vox\n\n"
    "“I have never been to Prague in my life. #fakenews,” Cohen tweeted on January 10, 2017, hours after the "
    "dossier was posted. " + REPORT + " The McClatchy report is based on anonymous sources, and we don’t yet "
    "know what the purported evidence is. It could still prove to be mistaken. " + NEVER + "\n\n"
    "Bad reporting, bad information and bad story by same reporter Peter Stone @McClatchyDC.\n\n" + NOW
)


def test_the_pronoun_of_a_clause_after_a_report_is_the_one_named_last():
    d = Claim(
        id="c",
        sent=0,
        stance="DENY",
        text=MCCLATCHY,
        start=0,
        end=0,
        speaker="m1",
        speaker_text="Robert Mueller",
    )
    persons = [("Robert Mueller", "m1"), ("Cohen", "m2")]
    assert clause_denier(d, persons, {"m1": "mueller", "m2": "cohen"}).speaker == "m2"
    # the teller named after the one the clause hangs on keeps the denial
    told = Claim(
        id="c", sent=0, stance="DENY", text=MCCLATCHY, start=0, end=0, speaker="m2", speaker_text="Cohen"
    )
    assert clause_denier(told, persons, {"m1": "mueller", "m2": "cohen"}).speaker == "m2"


def test_two_articles_denials_of_being_in_prague_are_one_entry(tmp_path):
    store = ingest_texts(tmp_path, {"vox": VOX, "mm": MEDIA_MATTERS})
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    with_denials = [
        k for k in found if any(r.text in (MCCLATCHY, NEVER) for p in k.positions for r in p.reports)
    ]
    assert len(with_denials) == 1
    texts = {r.text for p in with_denials[0].positions for r in p.reports}
    assert {MCCLATCHY, NEVER} <= texts


TOWNHALL_DENIAL = (
    "Cohen has vehemently denied for months that he ever has been in Prague or colluded with Russia during the "
    "campaign."
)
TOWNHALL = (
    "Townhall\n\n"
    "Peter Stone and Greg Gordon of McClatchy DC report that sources close to special counsel Robert Mueller's "
    "investigation into Russian interference in the 2016 election say that authorities have obtained evidence "
    "proving that President Trump's personal attorney, Michael Cohen, did in fact make a trip to Prague after "
    "denying he had ever been there. If true, this would confirm at least one aspect of the infamous Steele "
    "dossier which claims that Cohen had met in Prague with Russian operatives during the 2016 election to "
    "coordinate election tampering.\n\n"
    "The raid was unrelated to the Trump-Russia collusion probe, but instead focused on payments made to women "
    "who have said they had sexual relationships with Trump. "
    + TOWNHALL_DENIAL
    + " Neither he nor his lawyer "
    "responded to requests for comment for this story."
)


def test_denials_of_having_been_in_the_same_place_are_one_question(tmp_path):
    store = ingest_texts(tmp_path, {"vox": VOX, "mm": MEDIA_MATTERS, "townhall": TOWNHALL})
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    sides = [{r.text for p in k.positions for r in p.reports} for k in found]
    held = [s for s in sides if s & {MCCLATCHY, NEVER, TOWNHALL_DENIAL}]
    assert len(held) == 1
    assert {MCCLATCHY, NEVER, TOWNHALL_DENIAL} <= held[0]
