"""A denied clause whose subject is written as a contraction ("he’d had a meeting", "I've been to
Prague") or as an adverb before a gerund ("ever knowing …") is about the denier, as "he had …" and
"knowing …" are. Sentences from AllSides 2016–2018 articles of the contradictions bench's 330."""

from storyline.resolve.contradictions.asserted import _WORDS, _split, denied_head


def _parts(clause: str):
    return _split(_WORDS.findall(clause), True)


def test_a_contracted_pronoun_is_the_denier_as_subject():
    # Vox, 2017-07-11: Trump Jr. "insisting that he’d had a meeting with Russians that was set up …"
    subject, rest, about = _parts(
        "he’d had a meeting with Russians that was set up or in which he was representing the campaign"
    )
    assert about and subject == []
    assert rest[:3] == ["had", "a", "meeting"]
    assert denied_head("he’d had a meeting with Russians that was set up") == "meet"


def test_a_contraction_with_a_straight_apostrophe_too():
    # McClatchy via the 330: Cohen, "I'm telling you emphatically that I've not been to Prague"
    subject, rest, about = _parts("I've been to Prague")
    assert about and rest == ["been", "to", "Prague"]


def test_an_adverb_before_the_opening_gerund_is_dropped():
    # CNN fact check, 2016-02-25: "Trump denied ever knowing that the workers were undocumented"
    subject, rest, about = _parts("ever knowing that the workers were undocumented")
    assert about and rest[0] == "knowing"
    assert denied_head("ever knowing that the workers were undocumented") == "know"


def test_a_named_subject_is_left_as_it_was():
    # "the President told Cohen to pay women …" (Giuliani): not the denier's own act
    subject, rest, about = _parts("the President told Cohen to pay women who claimed affairs with him")
    assert not about and subject == ["the", "President"]
