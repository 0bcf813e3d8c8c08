"""How a source talked is no event of the story: "who spoke on condition of anonymity".

Sentences from AllSides articles of 2017 (the news store) and the demo's KBN report; the
undated list showed them as "Port Authority holds talks".
"""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _types(text: str) -> list[tuple[str, str]]:
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2017-06-01")])
    return [(e.type, e.trigger) for e in a.events]


def test_a_source_speaking_on_condition_of_anonymity_is_no_event():
    types = _types(
        "The employee spoke on condition of anonymity because they were not authorised to speak to the "
        "media. Halloran met Volkov at the Grand Quay Hotel on March 3."
    )
    assert ("COMMUNICATE", "spoke") not in types and ("COMMUNICATE", "speak") not in types
    assert ("MEET", "met") in types


def test_anonymity_requested_or_insisted_on_to_speak_is_no_event():
    types = _types(
        '"It failed brilliantly," said another Republican strategist, who requested anonymity to speak '
        "frankly about a president the strategist may be working with. The officials, who insisted on "
        "anonymity in order to discuss the sensitive matter, said they believe the hospital attack may "
        "have been an effort to cover up evidence."
    )
    assert not [t for t in types if t[0] in ("COMMUNICATE", "REQUEST")], types


def test_people_who_spoke_with_each_other_still_talked():
    types = _types(
        "Flynn spoke with Kislyak by phone in December, the officials said on condition of anonymity."
    )
    assert ("COMMUNICATE", "spoke") in types
