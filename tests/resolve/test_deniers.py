"""Who denies, when a denial's speaker words are no name: a title held by one person on the day of
writing ("The president denied that he knew of the payment …"), a name in apposition, a body
spoken for ("A State Department spokesperson"), a name the extraction left adverbs after. Sentences
of AllSides 2016–2018 articles outside every contradictions bench store."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.extract.dates_offices import holders
from storyline.model import Document
from storyline.resolve.contradictions.speakers import Speakers, principal
from storyline.resolve.entities import resolve_entities

# Reason, 2018-08-23 ("The Unindicted Co-Conspirator in the Oval Office"), three of its paragraphs
REASON = (
    "Unless that policy changes, Donald Trump will serve the remainder of his time in office under the "
    "specter of prison.\n\n"
    "Let's not forget his deep animus for Barack Obama, who served two terms without any credible "
    "allegation of corruption against him or anyone in his circle of aides or associates.\n\n"
    "But Trump hasn't earned the benefit of any doubt. At every stage, he has told lies that were later "
    "exposed and acknowledged. The president denied that he knew of the payment to Stormy Daniels, only "
    "to later admit it.\n"
)
# CNN, 2016-07-02, a photo caption of "Clinton scandals through the years": the president of 1998
CNN = (
    "Former President Clinton listens to Hillary during an education event at the White House on January "
    "26, 1998. During the event, Clinton made a statement about his alleged affair with former White House "
    'intern Monica Lewinsky. The President vehemently denied the allegations, saying, "I did not have '
    'sexual relations with that woman, Miss Lewinsky, I never told anybody to lie, not a single time."\n'
)
# USA TODAY, 2018-09-22
USA_TODAY = (
    "Minnesota state Rep. Jim Knoblach abruptly ended his re-election campaign Friday amid allegations of "
    "inappropriate touching from his adult daughter.\n\n"
    "Minnesota Public Radio reported the announcement came hours after the St. Cloud Republican's "
    "attorney, Susan Gaertner, denied the allegations in an interview with the station.\n"
)

# Politico Magazine, 2017-06-16 ("Man on a Wire: Mike Pence's Tightrope Act"), a dev article of
# bench/contradictions.py
POLITICO = (
    "It was the afternoon of May 19, and Mike Pence stood before several hundred members of the Council "
    "for National Policy and downplayed the perception of a presidency in crisis.\n\n"
    "Pence met with the group several days later, and lawmakers voiced their displeasure with the White "
    "House. They hoped the vice president would sympathize, but were surprised when a stone-faced Pence "
    "answered simply, “I’ll pass that along to the president.”\n\n"
    "It was a no-win situation for Pence: Fox Business published an account of the meeting saying he had "
    "apologized to the Freedom Caucus for the president’s tweets, which he had not, and the vice "
    "president’s office sprang into damage-control mode to refute the suggestion—internally dangerous "
    "for Pence—that the vice president had undermined Trump by apologizing for his actions.\n"
)


def _deniers(texts: dict[str, tuple[str, str]]) -> dict[str, str | None]:
    """Each DENY claim's text (its doc's id first) and the name of its denier."""
    docs = []
    for key, (day, text) in texts.items():
        c = clean_text(text)
        docs.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    analyses = list(analyse(docs))
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    speakers = Speakers(analyses, mention_entity, by_id)
    out = {}
    for a in analyses:
        for c in a.claims:
            if c.stance == "DENY":
                who = speakers.of(c)
                out[f"{a.doc.id}: {c.text}"] = by_id[who].name if who else None
    return out


def test_the_president_is_the_one_in_office_on_the_day_of_writing():
    found = _deniers({"reason": ("2018-08-23", REASON), "cnn": ("2016-07-02", CNN)})
    said = {k: v for k, v in found.items() if "knew of the payment" in k}
    assert list(said.values()) == ["Donald Trump"], found
    # 1998's president, told in 2016: Clinton (the article's own title) or no one, never Obama
    # (in office that day) nor Trump
    assert all(v in (None, "Clinton") for k, v in found.items() if k.startswith("cnn")), found


def test_the_name_in_apposition_denies():
    found = _deniers({"usa": ("2018-09-22", USA_TODAY)})
    assert "Susan Gaertner" in found.values(), found


def test_a_title_holders_office_speaks_for_them():
    found = _deniers({"politico": ("2017-06-16", POLITICO)})
    said = [v for k, v in found.items() if "office sprang" in k]
    assert said and all(v == "Pence" or v == "Mike Pence" for v in said), found


def test_whom_offices_are_held_by_on_a_day():
    assert holders("president", "2018-08-23") == {"Trump"}
    assert holders("president", "2016-07-02") == {"Obama"}
    assert {"Trump", "Clinton"} <= holders("candidate", "2016-10-09")
    assert holders("president", "2017") == set()  # a year: the term changed inside it


def test_a_body_spoken_for():
    speaks_for = {
        "A State Department spokesperson": ("State Department", "spokesperson"),  # "… denied this incident"
        "State Department officials": ("State Department", "officials"),  # "… denied charges that …"
        "Pentagon officials": ("Pentagon", "officials"),  # "… rejected the suggestion that …"
        "A spokesman for the Senate Judiciary Committee": ("Senate Judiciary Committee", "spokesman"),
        "Three top officials": None,
    }
    for speaker, spoken_for in speaks_for.items():
        assert principal(speaker) == spoken_for, speaker
