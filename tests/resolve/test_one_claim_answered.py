"""Denials in one article that only point back and answer the same claim are one disagreement:
"The claim drew a rare outspoken response from … GCHQ, which dismissed it as “utterly
ridiculous”", "The allegation was also rejected by the British government", "… these claims are
ridiculous …," a Downing Street spokesman said (The Guardian, 2017-03-17; set d of
bench/contradictions_unseen.py, dev). The British government's denial has no antecedent of its
own (the allegation names GCHQ, not the government): it answers the claim GCHQ's denial answers."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search

SPICER = (
    "On Thursday, Spicer read from a series of press reports that he claimed supported the wiretapping "
    "allegation."
)
NAPOLITANO = (
    "In doing so, he read out verbatim a claim by Fox News analyst Andrew Napolitano that three intelligence "
    "sources had confirmed to him the Obama administration used GCHQ to spy on Trump so there would be "
    "“no American fingerprints on this”."
)
GCHQ = (
    "The claim drew a rare outspoken response from the normally taciturn UK surveillance agency, GCHQ, which "
    "dismissed it as “utterly ridiculous”."
)
BRITAIN = "The allegation was also rejected by the British government."
GUARDIAN = (
    "The Guardian\n\n"
    "Donald Trump refused to back down on Friday in the face of British outrage at White House press "
    "secretary Sean Spicer’s decision to repeat an unsubstantiated claim that British intelligence had "
    "spied on the president.\n\n" + SPICER + " " + NAPOLITANO + "\n\n" + GCHQ + " " + BRITAIN
)


def test_a_second_denial_of_the_claim_answered_joins_the_first(tmp_path):
    store = ingest_texts(tmp_path, {"guardian": GUARDIAN})
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    sides = [[{r.text for r in p.reports} for p in k.positions] for k in found]
    assert any(any(BRITAIN in s for s in k) and any(NAPOLITANO in s for s in k) for k in sides)
    # one entry, not one per denial
    assert len([k for k in sides if any(NAPOLITANO in s for s in k)]) == 1
