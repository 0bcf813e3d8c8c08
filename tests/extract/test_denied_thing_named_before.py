"""What a denial links as its denied thing, read from real AllSides sentences (the dev part of
bench/data/denials_allsides.jsonl): the earlier sentence that names the very thing a denial points
back to, though no verb of saying was read in it; the claim a relative "a charge that …
rebutted" answers; a saying that is itself what is denied; a report whose "that" clause the parse
left unlabelled."""

from __future__ import annotations

from tests.extract.sentences import analysis as _analysis


def _denial(a, start: str):
    at = a.doc.text.index(start)
    (d,) = [c for c in a.claims if c.stance == "DENY" and c.start <= at < c.end]
    return d


def _answered(a, d) -> str:
    return next(c.text for c in a.claims if c.id == d.answers)


def test_the_criticisms_denied_are_those_the_sentence_before_names():
    # Fox News on the Wall Street Journal's editor: the employee's confirmation two sentences back
    # is not what he denies
    text = (
        "Baker wanted something “more exhaustive,” with more “macro-economic context,” according to "
        "the source, including “a lot more on the markets.” Without that information, he felt, “it was "
        "tilting in one direction” – making it too liberal. A second Wall Street Journal newsroom employee "
        "confirmed that Baker was unhappy with the initial version and requested the additional "
        "information, so that the piece could later be re-launched. Baker has faced criticism in the past "
        "for softening coverage of President Donald Trump. He has denied the criticisms, but claimed that "
        "other outlets had been too one-sided in their coverage of the 2016 election."
    )
    a = _analysis(text)
    d = _denial(a, "He has denied the criticisms")
    assert "faced criticism" in _answered(a, d)
    # the sentence read as the report's claim, in its place among the claims
    assert [c.sent for c in a.claims] == sorted(c.sent for c in a.claims)


def test_the_claims_denied_are_those_the_suit_triggered():
    text = (
        "Fox anchor Bill Hemmer, looking shaken, announced Ailes' death to his audience, ending his brief "
        'report by saying, softly, "Wow!" Ailes, who ran the network with an iron hand, resigned July 21 '
        "following a storm over a sexual harassment lawsuit filed by former Fox anchor Gretchen Carlson. "
        "The suit triggered similar claims from other women and an in-house investigation at Fox. Ailes "
        "strongly denied the claims, but stepped down with a $40 million severance package."
    )
    a = _analysis(text)
    assert "similar claims" in _answered(a, _denial(a, "Ailes strongly denied"))


def test_a_charge_that_democrats_rebutted_answers_the_republicans_allegation():
    text = (
        "Republicans alleged the FBI had abused its surveillance powers and improperly obtained the "
        "warrant, a charge that Democrats rebutted as both sides characterized the documents in different ways."
    )
    a = _analysis(text)
    d = _denial(a, "Republicans")
    assert d.speaker_text == "Democrats"
    assert "abused" in _answered(a, d)


def test_an_interview_dismissed_as_fake_news_is_what_is_denied():
    text = (
        'He dismissed the interview, conducted by a Rupert Murdoch-owned publication, as "fake news" '
        "saying it didn't include his comments praising May."
    )
    a = _analysis(text)
    d = _denial(a, "He dismissed")
    assert next(e.trigger for e in a.events if e.id == d.event) == "interview"


def test_the_evidence_a_denier_points_to_is_not_what_is_denied():
    text = (
        "Trump continued to deny claims that he backed the Iraq War, pointing to an interview he gave "
        "with Esquire magazine in August 2004, over a year after the war started, when he said that the "
        "conflict was a mess."
    )
    a = _analysis(text)
    d = _denial(a, "Trump continued")
    assert d.event is None or next(e.trigger for e in a.events if e.id == d.event) != "interview"


def test_a_report_whose_that_clause_the_parse_left_unlabelled_is_what_the_allegations_are():
    # Fox News: the parse hangs "that Moore, the former chief justice …, pursued …" on "reported"
    # as an unlabelled dependent
    text = (
        "“I do not expect the Washington Post to stop. I think they have a political agenda.”\n\n"
        "'I have not been guilty of sexual misconduct with anyone' — Alabama Republican Senate nominee "
        "Roy Moore\n\nThe Washington Post reported Thursday that Moore, the former chief justice of "
        "Alabama’s Supreme Court and an ardent social conservative, pursued relationships with four teenage "
        "women dating back to the 1970s when he was in his early thirties and single. Moore has denied the "
        "allegations, though admitted on Sean Hannity’s radio show that “after my return from the military, "
        'I dated a lot of young ladies."'
    )
    a = _analysis(text)
    assert "pursued relationships" in _answered(a, _denial(a, "Moore has denied"))


def test_those_allegations_named_again_are_not_where_they_were_told():
    # NPR: "Those allegations" only names again what the sentence before tells
    text = (
        "But there will still be questions at his Judiciary Committee hearing about allegations that he "
        "once used racist language when he was a U.S. Attorney. Those allegations sank his hopes of a "
        "federal judgeship 30 years ago when he failed to win a Senate confirmation vote. Sessions has "
        "denied those allegations."
    )
    a = _analysis(text)
    assert "racist language" in _answered(a, _denial(a, "Sessions has denied"))


def test_allegations_named_as_a_topic_are_not_what_is_denied():
    # Set a dev (the Kavanaugh story, 2018-10-07): "a national reckoning about sexual assault
    # allegations" names them as a topic and tells no one's account, so the denial answers no claim
    # made there (it made a wrong entry against that sentence)
    text = (
        "Kavanaugh was sworn in as a justice Saturday evening in Washington after an extraordinarily "
        "fraught nomination that sparked angry protests, nail-biting votes and a national reckoning about "
        "sexual assault allegations and who should be believed. Kavanaugh staunchly denied the allegations, "
        "but nearly all Senate Democrats voted against his confirmation."
    )
    a = _analysis(text)
    d = _denial(a, "Kavanaugh staunchly denied")
    assert d.answers is None or "reckoning" not in _answered(a, d)
