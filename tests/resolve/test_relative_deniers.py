"""Who denies, when a denial's speaker is a relative pronoun ("GCHQ, which dismissed it") or another
name of a title ("The commander in chief also said that Wolff "did not interview me …"").
Sentences of two dev articles of set d of bench/contradictions_unseen.py (The Guardian, 2017-03-17; Slate, 2018-01-06)."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.entities import resolve_entities

# The Guardian, 2017-03-17 ("White House 'will not repeat' allegations that GCHQ spied on Trump")
GUARDIAN = (
    "On Thursday, Spicer read from a series of press reports that he claimed supported the wiretapping "
    "allegation. In doing so, he read out verbatim a claim by Fox News analyst Andrew Napolitano that "
    "three intelligence sources had confirmed to him the Obama administration used GCHQ to spy on Trump "
    "so there would be “no American fingerprints on this”.\n\n"
    "The claim drew a rare outspoken response from the normally taciturn UK surveillance agency, GCHQ, "
    "which dismissed it as “utterly ridiculous”.\n"
)
# Slate, 2018-01-06 ("Trump on Collusion Probe: "Everything I've Done Is 100 Percent Proper"")
CAMP_DAVID = (
    "President Donald Trump took a break from discussing strategy with Republican leaders at Camp David to "
    "hold a news conference where he defended his fitness for office, criticized the ongoing Russia "
    "collusion investigation, and blasted Michael Wolff’s Fire and Fury.\n\n"
    "The commander in chief also took the opportunity to once again blast Wolff, calling his book a "
    "“work of fiction.” The commander in chief also said that Wolff “did not interview me for three "
    "hours, it didn’t exist, OK? It’s in his imagination.”\n"
)


def _deniers(day: str, text: str) -> dict[str, str | None]:
    """Each DENY claim's text and the name of its denier."""
    c = clean_text(text)
    doc = Document(id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published=day)
    analyses = list(analyse([doc]))
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    speakers = Speakers(analyses, mention_entity, by_id)
    out = {}
    for a in analyses:
        for claim in a.claims:
            if claim.stance == "DENY":
                who = speakers.of(claim)
                out[claim.text] = by_id[who].name if who else None
    return out


def test_a_relative_pronoun_denies_for_the_name_before_it():
    found = _deniers("2017-03-17", GUARDIAN)
    said = [v for k, v in found.items() if "utterly ridiculous" in k]
    assert said == ["GCHQ"], found


def test_the_commander_in_chief_is_the_president_of_the_day():
    found = _deniers("2018-01-06", CAMP_DAVID)
    said = [v for k, v in found.items() if "did not interview me" in k]
    assert said == ["Donald Trump"], found
