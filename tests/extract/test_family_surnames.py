"""A bare surname in a story about a family goes to the bearer its titles point to.

Sentences from CNN's report of the Trumps' first trip abroad (May 2017, AllSides), and a
short invented counter-case; each test says whom an analyst reads "Trump" as.
"""

from __future__ import annotations

from collections import Counter

from storyline.extract import entities, nlp, surnames

CNN = (
    "President Donald Trump and his wife, Melania, arrive for a concert in Taormina, Italy. "
    "President Trump and first lady Melania Trump arrive on May 27, to address US military personnel "
    "and families at Naval Air Station Sigonella. Melania Trump arrives at the City Hall in Catania, "
    "Italy, on May 26. A girl takes a selfie with Melania Trump at a children's hospital in Brussels "
    "on May 25. President Trump shakes hands with Macron in Brussels, Belgium, on Thursday, May 25. "
    "President Trump started his trip with two days in Saudi Arabia."
)


def _keys(text: str) -> Counter:
    sdoc = next(nlp.pipe([text]))
    starts = [s.start_char for s in sdoc.sents]
    mentions = entities.extract_mentions(sdoc, "d", lambda c: max(k for k, s in enumerate(starts) if s <= c))
    return Counter((m.text, m.key) for m in mentions if m.type == "PERSON")


def test_president_trump_is_not_the_first_lady_named_more_often_in_full():
    # "Melania Trump" is named three times in full, "Donald Trump" once: counting full names
    # gave every bare "Trump" to her ("Trump started his trip" was hers)
    keys = _keys(CNN)
    assert keys[("Trump", "Donald Trump")] >= 3
    assert ("Trump", "Melania Trump") not in keys
    assert keys[("Melania Trump", "Melania Trump")] == 3


def test_a_title_that_fits_no_full_name_leaves_the_surname_bare():
    # only the first lady named in full, and "President Trump" contradicts her title
    full = {"Melania Trump": {"lady"}, "Ivanka Trump": {"daughter"}}
    names = Counter({"Melania Trump": 2, "Ivanka Trump": 1})
    assert surnames.bearer(names, ["president", "president"], full) is None


def test_an_office_does_not_part_one_person_named_once_in_full():
    # "Sen. Barack Obama" (2008) and "President Obama" later are one man
    assert (
        surnames.bearer(Counter({"Barack Obama": 1}), ["president"], {"Barack Obama": {"senator"}})
        == "Barack Obama"
    )


def test_an_honorific_points_only_when_it_singles_out_one_bearer():
    # "Mrs. Clinton": the document says Chelsea is a daughter and nothing of Hillary
    names = Counter({"Hillary Clinton": 3, "Bill Clinton": 1, "Chelsea Clinton": 1})
    full = {"Chelsea Clinton": {"daughter"}}
    assert surnames.bearer(names, ["mrs."] * 5, full) == "Hillary Clinton"


def test_titles_of_the_less_named_bearer_do_not_take_every_bare_surname():
    # Hillary named 63 times in full, "President Clinton" five times: Bill keeps his titles'
    # mentions only through the store, the bare surname stays hers
    names = Counter({"Hillary Clinton": 63, "Bill Clinton": 13})
    full = {"Bill Clinton": {"president"}}
    assert surnames.bearer(names, ["secretary"] + ["president"] * 5, full) == "Hillary Clinton"
