"""A denial of no more than "the claim(s)" stands against the claim extraction found it answers,
when that claim is told of the denier or of no one else: "Conservatives say they have long
suspected that some of the internet giants discriminate against them …" … "The companies have
denied the claims." (The Washington Times, 2017-10-23), "Rosen also made multiple sexual comments,
she said." … "Rosen dismissed the claims" (Fox News, 2018-07-27): AllSides articles outside every
contradictions bench. Not a claim about another person: in a list of the accused (USA TODAY, set
a of bench/contradictions_unseen.py, dev) "Rosenthal denies the claim" is not of what "the women
claim Rose" did."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search

CONSERVATIVES = (
    "Conservatives say they have long suspected that some of the internet giants discriminate against "
    "them and their content."
)
COMPANIES = "The companies have denied the claims."
TIMES = (
    "Washington Times\n\n"
    "“The social media companies are the gatekeepers,” said Frank Foer, a writer at The Atlantic and former "
    "editor of the New Republic who has authored a book on social media’s power.\n\n"
    + CONSERVATIVES
    + " They point to whistleblowers who have acknowledged they were pushed to treat conservatives "
    "differently.\n\n" + COMPANIES + " They insist the algorithms are designed to capture the most-read news "
    "stories across the political spectrum."
)
COMMENTS = "Rosen also made multiple sexual comments, she said."
ROSEN = (
    "Two other women reiterated similar behavior to Farrow but Rosen dismissed the claims, stating that "
    "“CBS extensively investigated these complaints and found them to be false, misleading and "
    "unsubstantiated.”"
)
FOX = (
    "Fox News\n\n"
    "A “60 Minutes” producer, Ira Rosen, reportedly told a former journalist with the program to flirt with "
    "story sources. " + COMMENTS + " " + ROSEN
)
ROSE = (
    "The women claim Rose made unwanted sexual advances toward them, including lewd phone calls and walking "
    "around naked in their presence."
)
ROSENTHAL = "Rosenthal denies the claim."
USA_TODAY = (
    "USA TODAY\n\n"
    "Charlie Rose\n\n"
    "The longtime TV journalist was accused by eight women of sexual harassment in a report from The "
    "Washington Post. " + ROSE + " In a separate report, three CBS employees accused Rose of harassment "
    "during his tenure. CBS fired Rose, while PBS revealed it would no longer carry his long-running "
    "interview show.\n\nPaul Rosenthal\n\n"
    "The Colorado state representative was accused of inappropriately touching a political organizer "
    "during a fundraiser in 2012. " + ROSENTHAL
)


def _sides(tmp_path, texts) -> list[set[str]]:
    store = ingest_texts(tmp_path, texts)
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    return [{r.text for p in k.positions for r in p.reports} for k in found]


def test_the_claims_denied_are_the_ones_told_before(tmp_path):
    sides = _sides(tmp_path, {"times": TIMES, "fox": FOX})
    assert any({CONSERVATIVES, COMPANIES} <= s for s in sides)
    assert any({COMMENTS, ROSEN} <= s for s in sides)


def test_a_claim_about_another_person_is_not_what_the_claim_denied_is(tmp_path):
    sides = _sides(tmp_path, {"usa": USA_TODAY})
    assert not [s for s in sides if ROSENTHAL in s and ROSE in s]
