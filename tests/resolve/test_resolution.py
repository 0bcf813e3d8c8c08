"""Cross-document resolution through the real extract stage: names, types, titles, events.

Texts are sentences of 2017 news reports (AllSides), shortened; each test states what an
analyst expects and fails if the resolver does otherwise.
"""

from __future__ import annotations

from collections import Counter

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document
from storyline.resolve import resolve
from storyline.resolve.entities import canonical_name, fold, group_key, resolve_entities, same_given_name


def _analyses(*texts: str, published: str = "2017-02-15"):
    docs = [build_document(RawArticle(f"t{i}", t, "text"), published) for i, t in enumerate(texts)]
    return list(analyse(docs))


def _entity_of(analyses, mention_entity, text: str) -> set[str]:
    """Entity ids of every mention whose text is ``text``."""
    return {
        mention_entity[m.id]
        for a in analyses
        for m in a.mentions
        if m.text == text and m.id in mention_entity
    }


def test_nicknames_and_misspelt_surnames_are_one_person():
    A = _analyses(
        "Michael Flynn resigned on Monday. Flynn had spoken with Sergey Kislyak, the Russian ambassador.",
        "Mike Flynn met Sergei Kisylak in December at Trump Tower, officials said.",
    )
    _, me = resolve_entities(A)
    assert len(_entity_of(A, me, "Michael Flynn") | _entity_of(A, me, "Mike Flynn")) == 1
    assert len(_entity_of(A, me, "Sergey Kislyak") | _entity_of(A, me, "Sergei Kisylak")) == 1


def test_names_with_other_initials_stay_apart():
    A = _analyses(
        "Mueller was appointed FBI director by George W. Bush in 2001.",
        "George H.W. Bush, the 41st president, spoke at the library on Tuesday.",
    )
    _, me = resolve_entities(A)
    assert _entity_of(A, me, "George W. Bush") != _entity_of(A, me, "George H.W. Bush")


def test_initials_written_without_stops_still_tell_people_apart():
    # "HW" is two initials, not a middle name: George HW Bush is the father, not George W. Bush
    A = _analyses(
        "Mueller was appointed FBI director by George W. Bush in 2001.",
        "George HW Bush, the 41st president, spoke at the library on Tuesday.",
        "George H. W. Bush was taken to hospital in Houston on Wednesday.",
    )
    _, me = resolve_entities(A)
    father = _entity_of(A, me, "George HW Bush")
    assert father == _entity_of(A, me, "George H. W. Bush")
    assert father and father != _entity_of(A, me, "George W. Bush")


def test_a_document_naming_both_bushes_keeps_them_apart():
    A = _analyses(
        "George W. Bush spoke in Dallas. George W. Bush praised his father, George H.W. Bush, "
        "who was taken to hospital on Wednesday.",
    )
    _, me = resolve_entities(A)
    assert _entity_of(A, me, "George H.W. Bush") and not (
        _entity_of(A, me, "George H.W. Bush") & _entity_of(A, me, "George W. Bush")
    )
    # a store ingested before: the father's mention was keyed to the son's name
    son = next(m for a in A for m in a.mentions if m.text == "George W. Bush")
    father = next(m for a in A for m in a.mentions if m.text == "George H.W. Bush")
    father.key = son.key
    _, me = resolve_entities(A)
    assert me[father.id] != me[son.id]


def test_a_generational_suffix_tells_a_son_apart_and_never_hides_the_surname():
    A = _analyses(
        "Donald Trump Jr. met a Russian lawyer at Trump Tower in June 2016, emails show.",
        "Donald Trump said on Wednesday that his son had done nothing wrong.",
        "Arcade Joseph Comeaux Jr. escaped from guards in Baytown on Monday.",
        "Comeaux was captured on Wednesday, police said. Comeaux had been serving a life sentence.",
    )
    _, me = resolve_entities(A)
    son, father = _entity_of(A, me, "Donald Trump Jr."), _entity_of(A, me, "Donald Trump")
    assert son and father and not son & father
    assert len(_entity_of(A, me, "Arcade Joseph Comeaux Jr.") | _entity_of(A, me, "Comeaux")) == 1


def test_a_surname_or_given_name_with_a_suffix_is_the_son_named_in_full():
    # AllSides articles name Donald Trump Jr. as "Trump Jr." and "Donald Jr." too; "jr" is no
    # surname, so neither may stay a person of its own
    A = _analyses(
        "Trump Jr. released emails last year showing he took the meeting in the hopes of getting "
        "information from the Russian government.",
        "In March, Donald Jr. told the Times that he'd never had a meeting with Russians.",
        "Donald Trump Jr. met a Russian lawyer at Trump Tower in June 2016, emails show.",
        "Donald Trump said on Wednesday that his son had done nothing wrong.",
    )
    _, me = resolve_entities(A)
    son = (
        _entity_of(A, me, "Trump Jr.")
        | _entity_of(A, me, "Donald Jr.")
        | _entity_of(A, me, "Donald Trump Jr.")
    )
    assert len(son) == 1 and not son & _entity_of(A, me, "Donald Trump")
    entities, _ = resolve_entities(A)
    assert next(e.name for e in entities if e.id in son) == "Donald Trump Jr"


def test_a_full_name_with_a_word_glued_before_it_is_that_full_name():
    # Trump's tweets as AllSides articles quote them: the epithet is read into the name
    A = _analyses(
        '"Slippery James Comey, a man who always ends up badly and out of whack (he is not smart!), '
        'will go down as the WORST FBI Director in history, by far!"',
        "“Sanctimonious James Comey was his boss and made McCabe look like a choirboy.”",
        "James Comey testified before the Senate Intelligence Committee on Thursday.",
    )
    _, me = resolve_entities(A)
    comey = _entity_of(A, me, "James Comey")
    glued = {me[m.id] for a in A for m in a.mentions if m.text.endswith("James Comey") and m.id in me}
    assert comey and glued == comey


def test_a_formal_name_with_initial_and_suffix_is_the_plain_name_no_son_goes_by():
    A = _analyses(
        "Over the next couple of months, Roger J. Stone Jr., a longtime Trump adviser, repeatedly "
        "claims he is in contact with Julian Assange.",
        "Roger Stone has said he had no advance knowledge of the WikiLeaks releases.",
        "Donald Trump Jr. met a Russian lawyer at Trump Tower in June 2016, emails show.",
        "Donald J. Trump Jr. released the emails on Twitter.",
        "Donald Trump said on Wednesday that his son had done nothing wrong.",
    )
    _, me = resolve_entities(A)
    assert len(_entity_of(A, me, "Roger J. Stone Jr.") | _entity_of(A, me, "Roger Stone")) == 1
    # the son is named by his suffix alone too: his formal name stays his
    son, father = _entity_of(A, me, "Donald J. Trump Jr."), _entity_of(A, me, "Donald Trump")
    assert son == _entity_of(A, me, "Donald Trump Jr.") and not son & father


def test_a_nickname_joins_the_one_initialled_name_and_a_company_its_legal_form():
    A = _analyses(
        "Frederick C. LaRue, a Nixon aide, died in a Biloxi motel room, the coroner said.",
        "Fred LaRue delivered cash to the Watergate burglars in 1972, prosecutors said.",
        "Microsoft Corp. released an emergency patch for Internet Explorer on Wednesday.",
        "Microsoft said the flaw had been exploited by attackers.",
    )
    _, me = resolve_entities(A)
    assert len(_entity_of(A, me, "Frederick C. LaRue") | _entity_of(A, me, "Fred LaRue")) == 1
    assert len(_entity_of(A, me, "Microsoft Corp.") | _entity_of(A, me, "Microsoft")) == 1


def test_a_leading_initial_is_a_middle_one():
    A = _analyses(
        "W. Mark Felt, the FBI official known as Deep Throat, died on Thursday, his family said.",
        "Mark Felt revealed in 2005 that he had been the source, Vanity Fair reported.",
        "J. K. Rowling and Jane Rowling spoke at the festival, organisers said.",
    )
    _, me = resolve_entities(A)
    assert _entity_of(A, me, "W. Mark Felt") == _entity_of(A, me, "Mark Felt") != set()
    # two initials are a given name and a middle initial, as before: never Jane Rowling
    assert set() != _entity_of(A, me, "J. K. Rowling") != _entity_of(A, me, "Jane Rowling") != set()


def test_a_one_word_place_joins_the_one_longer_place_it_opens():
    A = _analyses(
        "Oil reached the Gulf of Mexico coast on Tuesday, officials said.",
        "Fishermen across the Gulf said the spill had closed their waters.",
        "Migrants crossed the Mediterranean Sea in April, the agency said.",
        "Rescuers in the Mediterranean found two boats.",
        "The South voted for him, and South Carolina did too.",
    )
    _, me = resolve_entities(A)
    assert _entity_of(A, me, "Gulf") == _entity_of(A, me, "the Gulf of Mexico") != set()
    assert _entity_of(A, me, "Mediterranean") == _entity_of(A, me, "the Mediterranean Sea") != set()
    # no place word after "South": a region is not the state
    assert set() != _entity_of(A, me, "South") != _entity_of(A, me, "South Carolina") != set()


def test_given_names_via_the_nickname_table():
    assert same_given_name("mike", "michael") and same_given_name("bob", "robert")
    assert same_given_name("jim", "james") and same_given_name("sergei", "sergey")
    assert not same_given_name("donald", "melania") and not same_given_name("ivanka", "donald")


def test_a_name_with_another_ending_is_another_person():
    A = _analyses(
        "Ivana Trump, the mother of Trump’s first three children, was born in what is now the Czech Republic.",
        "First daughter Ivanka Trump is asking Congress to rein in child-care expenses – but at a hefty price.",
        "Russian President Vladmir Putin reportedly discussed the launch with Chinese President Xi Jinping.",
        "Vladimir Putin met Xi Jinping in Beijing on Tuesday, the Kremlin said.",
    )
    _, me = resolve_entities(A)
    assert set() != _entity_of(A, me, "Ivana Trump") != _entity_of(A, me, "Ivanka Trump") != set()
    # a vowel dropped inside is a misspelling of the one name
    assert _entity_of(A, me, "Vladmir Putin") == _entity_of(A, me, "Vladimir Putin") != set()
    assert not same_given_name("paul", "paula") and not same_given_name("mario", "maria")
    assert same_given_name("hilary", "hillary") and same_given_name("micheal", "michael")


def test_demonyms_and_other_names_of_a_country_fold_to_it():
    countries = {"russia", "united states", "china", "mexico"}
    assert group_key("russians", countries) == group_key("russian", countries) == "russia"
    assert group_key(fold("U.S."), countries) == group_key("america", countries) == "united states"
    assert group_key("chinese", countries) == "china" and group_key("mexican", countries) == "mexico"
    assert group_key("democrats", countries) == group_key("democratic", countries)
    assert group_key("justice department", countries) == group_key("department of justice", countries)
    # a party is not a place, even with a country of a similar name in the store
    assert group_key("republicans", countries) == "republican"


def test_a_company_never_tagged_a_person_keeps_its_name():
    A = _analyses(
        "Christine Blasey Ford testified on Thursday. Christine Blasey Ford said she was terrified.",
        "Ford said it would build the plant in Michigan, and Ford shares rose.",
    )
    _, me = resolve_entities(A)
    companies = [m for a in A[1:] for m in a.mentions if m.text == "Ford" and m.type == "ORG"]
    assert companies and all(me[m.id] not in _entity_of(A, me, "Christine Blasey Ford") for m in companies)


def test_a_bare_surname_goes_to_the_dominant_person_not_the_one_full_name_in_the_document():
    A = _analyses(
        "President Donald Trump spoke on Monday. Donald Trump said the leaks were illegal.",
        "Donald Trump met the Japanese prime minister at Mar-a-Lago. Donald Trump played golf.",
        "Donald Trump signed the order on Friday. Later, Donald Trump flew to Florida.",
        "Trump said on Tuesday that he was unhappy. Trump also praised Ivanka Trump, his daughter.",
        "Asked about it, Trump laughed.",  # elsewhere the NER does tag the bare name a person
    )
    _, me = resolve_entities(A)
    donald = _entity_of(A, me, "Donald Trump")
    assert len(donald) == 1
    assert _entity_of(A, me, "Trump") == donald
    assert _entity_of(A, me, "Ivanka Trump") != donald


def test_house_is_not_the_white_house_and_captions_are_no_entities():
    A = _analyses(
        "The White House said on Friday it would cooperate. The House voted on Thursday.",
        "Senators reacted on Wednesday.\n\nJUST WATCHED Senator calls Comey firing 'shocking' Replay More Videos"
        " ... MUST WATCH Senator calls Comey firing 'shocking' 01:03\n\nBurr said he was troubled by the timing.",
    )
    ents, me = resolve_entities(A)
    assert _entity_of(A, me, "House") and _entity_of(A, me, "House") != _entity_of(A, me, "White House")
    assert not any("Replay" in e.name or "Videos" in e.name for e in ents)


def test_the_attorney_general_is_not_the_documents_deputy_attorney_general():
    A = _analyses(
        "Deputy Attorney General Rod Rosenstein wrote the memo. The attorney general recused himself in March."
    )
    ag = [m for a in A for m in a.mentions if m.text.lower() == "the attorney general"]
    assert all(m.key != "Rod Rosenstein" for m in ag)
    assert any(m.key == "Rod Rosenstein" and m.role for a in A for m in a.mentions)


def test_an_object_pronoun_is_not_the_subject_of_its_verb():
    A = _analyses(
        "Michael Flynn, whom Mr. Trump had chosen as national security adviser, misled officials. "
        "As a result, Mr. Trump forced him to resign."
    )
    (a,) = A
    keys = {m.id: m.key for m in a.mentions}
    resign = [e for e in a.events if e.type == "RESIGN"]
    assert resign and [keys[p.ref] for p in resign[0].participants] == ["Michael Flynn"]


def _events_of(res, types: set[str]):
    return [e for e in res.events if e.type in types]


def _docs(event) -> set[str]:
    return {m.rsplit(":", 1)[0] for m in event.members}


def test_a_firing_reported_by_three_outlets_is_one_event_and_another_firing_is_not():
    A = _analyses(
        "President Donald Trump on Tuesday fired FBI Director James Comey.",
        "Comey's dismissal shocked Washington. The White House said Trump fired Comey over the email probe.",
        "Democrats ridiculed Trump's firing of James Comey on Tuesday.",
        "Michael Flynn was fired from his job at the Defense Intelligence Agency by President Obama in 2014.",
        published="2017-05-10",
    )
    res = resolve(A)
    fires = _events_of(res, {"FIRE"})
    comey = [
        e
        for e in fires
        if any(by.name == "James Comey" for by in res.entities if by.id in {p.ref for p in e.participants})
    ]
    assert len(comey) == 1 and len(_docs(comey[0])) == 3, [(e.label, _docs(e)) for e in fires]
    flynn = [e for e in fires if e is not comey[0]]
    assert flynn and all(set(e.members).isdisjoint(comey[0].members) for e in flynn)


def test_a_resignation_and_an_ouster_of_one_person_are_one_departure():
    A = _analyses(
        "National security adviser Michael Flynn resigned Monday night.",
        "Flynn's ouster was a blow to the White House on Monday.",
        published="2017-02-14",
    )
    res = resolve(A)
    exits = _events_of(res, {"RESIGN", "FIRE"})
    assert len(exits) == 1 and len(_docs(exits[0])) == 2, [(e.label, _docs(e)) for e in exits]


def test_a_demand_to_resign_never_joins_the_resignation():
    from dataclasses import replace

    from storyline.model import Factuality, Special

    A = _analyses(
        "National security adviser Michael Flynn resigned Monday night.",
        "Democrats said Michael Flynn should resign over his calls with the ambassador.",
        published="2017-02-14",
    )
    # the factuality reader (extract.events, another module) marks the demand; here by hand
    a = A[1]
    a.events = [
        replace(e, factuality=Factuality(special=Special.DEMAND)) if e.type == "RESIGN" else e
        for e in a.events
    ]
    res = resolve(A)
    assert res.events and all(len(_docs(e)) == 1 for e in res.events), [
        (e.label, _docs(e)) for e in res.events
    ]


def test_a_title_no_article_holder_gives_goes_to_the_stores_holder_at_that_time():
    from storyline.ingest.readers import RawArticle as Raw

    texts = [
        ("Russian Ambassador Sergey Kislyak met Jeff Sessions twice in 2016.", "2017-03-02"),
        ("Russian Ambassador Sergey Kislyak left Washington on Friday.", "2017-03-20"),
        ("Flynn spoke with the Russian ambassador in December.", "2017-02-14"),
        ("The Russian ambassador attended the ceremony in Washington.", "2019-06-01"),
    ]
    docs = [build_document(Raw(f"r{i}", t, "text"), d) for i, (t, d) in enumerate(texts)]
    A = list(analyse(docs))
    ents, me = resolve_entities(A)
    kislyak = _entity_of(A, me, "Sergey Kislyak")
    titles = {
        a.doc.published: [m for m in a.mentions if m.text.lower() == "the russian ambassador"] for a in A
    }
    assert titles["2017-02-14"] and all(me.get(m.id) in kislyak for m in titles["2017-02-14"])
    # two years on the store has no evidence who holds the post: left empty, not guessed
    assert titles["2019-06-01"] and all(m.id not in me for m in titles["2019-06-01"])


def test_labels_read_like_a_timeline():
    A = _analyses(
        "Jeff Sessions met Kislyak in Ohio during the convention.",
        "National security adviser Michael Flynn resigned Monday night. Michael Flynn, the national"
        " security adviser, had misled the vice president.",
        published="2017-03-02",
    )
    labels = {e.label for e in resolve(A).events}
    assert "Sessions meets Kislyak in Ohio" in labels, labels
    assert "Flynn resigns as national security adviser" in labels, labels
    assert not any(lab.startswith("Ohio") for lab in labels)


def test_a_bare_house_in_a_white_house_story_is_the_house():
    A = _analyses(
        "The White House defended the order on Monday. The House passed the bill on Tuesday, "
        "and House Republicans cheered.",
    )
    _, me = resolve_entities(A)
    assert _entity_of(A, me, "House") and not _entity_of(A, me, "House") & _entity_of(A, me, "White House")


def test_a_surname_the_ner_never_tags_a_person_joins_the_full_name_named_beside_it():
    from storyline.model import Analysis, Document, Mention, OffsetMap

    def doc(i, *mentions):
        d = Document(id=f"d{i}", source=f"d{i}", original="", text="", offsets=OffsetMap.identity(0))
        return Analysis(
            doc=d, mentions=[Mention(f"d{i}m{j}", 0, 0, 1, t, ty, t) for j, (t, ty) in enumerate(mentions)]
        )

    A = [
        doc(1, ("Steve Bannon", "PERSON"), ("Bannon", "FAC")),
        doc(2, ("Steve Bannon", "PERSON"), ("Bannon", "FAC")),
        doc(3, ("Bannon", "FAC")),
        doc(4, ("Christine Blasey Ford", "PERSON")),
        doc(5, ("Ford", "ORG")),
        doc(6, ("Ford", "ORG")),
    ]
    _, me = resolve_entities(A)
    assert me["d1m1"] == me["d3m0"] == me["d1m0"]  # named beside Steve Bannon in most documents
    assert me["d5m0"] != me["d4m0"]  # the carmaker's articles never name Christine Blasey Ford


def test_a_story_merges_synonyms_but_not_another_persons_resignation_nor_a_plan():
    from storyline.resolve.events import EventFeatures, cluster_events

    def f(i, lemma, parts, factual=True):
        return EventFeatures(
            id=f"m{i}",
            doc=f"d{i}",
            sent=0,
            type="RESIGN",
            lemma=lemma,
            participants=frozenset(parts),
            key_participants=frozenset(parts),
            doc_cluster="s",
            factual=factual,
        )

    feats = [
        f(1, "resign", {"flynn"}),
        f(2, "quit", {"flynn"}),
        f(3, "quit", {"spicer"}),
        f(4, "resign", {"flynn"}, False),
    ]
    got = sorted(sorted(x.id for x in c) for c in cluster_events(feats))
    assert got == [["m1", "m2"], ["m3"], ["m4"]]


def test_in_a_story_said_is_never_merged_by_its_word_but_the_shooting_is():
    from storyline.resolve.events import EventFeatures, cluster_events

    def f(i, doc, lemma):
        return EventFeatures(id=f"m{i}", doc=doc, sent=i, type="EVENT", lemma=lemma, doc_cluster="s")

    # "police said" in two reports and twice in one: three statements; the shooting is one
    feats = [
        f(1, "d1", "shoot"),
        f(2, "d1", "say"),
        f(3, "d1", "say"),
        f(4, "d2", "shoot"),
        f(5, "d2", "say"),
    ]
    got = sorted(sorted(x.id for x in c) for c in cluster_events(feats))
    assert got == [["m1", "m4"], ["m2"], ["m3"], ["m5"]]


def test_in_a_story_a_victory_is_the_win_the_blaze_the_fire_and_a_hashtag_the_word():
    from storyline.resolve.events import EventFeatures, cluster_events, related_words

    def f(i, doc, lemma):
        return EventFeatures(id=f"m{i}", doc=doc, sent=i, type="EVENT", lemma=lemma, doc_cluster="s")

    feats = [f(1, "d1", "win"), f(2, "d2", "victory"), f(3, "d1", "blaze"), f(4, "d3", "fire")]
    got = sorted(sorted(x.id for x in c) for c in cluster_events(feats))
    assert got == [["m1", "m2"], ["m3", "m4"]]
    assert related_words("resign", "quit")  # the extract lexicon's types still count
    assert not related_words("win", "fire") and not related_words("say", "say")
    # ECB+ topic 2's headlines: "#Oscars", "Oscar”" and "the Oscars" are one ceremony; a
    # victim "slain" in one report is "killed" in another; "the cable was severed" / "cut"
    feats = [f(1, "d1", "#oscar"), f(2, "d2", "oscar”"), f(3, "d3", "oscar"), f(4, "d1", "slay")]
    feats += [f(5, "d2", "kill"), f(6, "d1", "sever"), f(7, "d3", "cut"), f(8, "d2", "damage")]
    got = sorted(sorted(x.id for x in c) for c in cluster_events(feats))
    assert got == [["m1", "m2", "m3"], ["m4", "m5"], ["m6", "m7"], ["m8"]]


def test_labels_have_a_person_as_subject_not_a_place_or_a_noun():
    A = _analyses(
        "Former acting attorney general Sally Yates met with Donald McGahn at the White House. "
        "The talks with Kislyak went on for weeks. Ohio held talks on trade with Canada.",
        "Martin McGuinness died on Tuesday in Derry, aged 66.",
        published="2017-03-21",
    )
    labels = {e.label for e in resolve(A).events}
    assert any(lab.startswith("Yates meets McGahn") for lab in labels), labels
    assert any(lab.startswith("McGuinness dies") for lab in labels), labels
    assert not any(lab.startswith(("Talks with", "Meeting with", "Ohio")) for lab in labels), labels


def test_a_label_keeps_the_office_written_before_a_name():
    A = _analyses(
        "President Trump fired acting Attorney General Sally Yates on Monday night.",
        "Trump fired Sally Yates, the acting attorney general, on Monday, the White House said.",
        published="2017-01-31",
    )
    labels = {e.label for e in resolve(A).events if e.type == "FIRE"}
    assert any("Yates" in lab for lab in labels), labels


def test_a_plural_short_name_and_an_acronym_join_the_longer_name():
    # ECB+ topic 25 (documents 25_11ecb, 25_9ecbplus): "Saints" is folded to "saint" as a group
    # key, and "NFL" is spelt by the initials of "National Football League"
    A = _analyses(
        "The New Orleans Saints placed Reggie Bush on the injured list on Wednesday, ending the "
        "National Football League season for the star running back.",
        "The Saints do not generally run the ball much anyway -- New Orleans finished 30th in the "
        "NFL in rushing attempts this season, with 380.",
    )
    _, me = resolve_entities(A)
    assert len(_entity_of(A, me, "The New Orleans Saints") | _entity_of(A, me, "Saints")) == 1
    assert len(_entity_of(A, me, "the National Football League") | _entity_of(A, me, "NFL")) == 1
    assert _entity_of(A, me, "New Orleans") != _entity_of(A, me, "Saints")


def test_in_a_story_checking_into_rehab_is_entering_it_and_foiling_is_thwarting():
    from storyline.extract.nlp import load
    from storyline.resolve.events import EventFeatures, cluster_events

    nlp = load()
    # ECB+ 1_11ecb, 1_15ecbplus, 12_11ecbplus; the trigger lemmas as the model reads them
    sentences = [
        ("d1", "Tara Reid has entered a rehab program, the American Pie star's rep confirmed.", "entered"),
        ("d2", "Less than an hour after checking in on Thursday, she left the clinic.", "checking"),
        ("d3", "Warship INS Sukanya on Thursday foiled a piracy attempt in the Gulf of Aden.", "foiled"),
        ("d4", "The Indian navy thwarted an attack by pirates on a merchant vessel.", "thwarted"),
        ("d5", "Two crew members died in the attack.", "died"),
    ]
    feats = []
    for i, (doc, text, word) in enumerate(sentences):
        (tok,) = [t for t in nlp(text) if t.text == word]
        lemma = tok.lemma_ or nlp.get_pipe("lemmatizer")(tok.doc)[tok.i].lemma_
        feats.append(EventFeatures(id=doc, doc=doc, sent=i, type="EVENT", lemma=lemma, doc_cluster="s"))
    got = sorted(sorted(f.id for f in c) for c in cluster_events(feats))
    assert got == [["d1", "d2"], ["d3", "d4"], ["d5"]]


def test_three_reports_of_a_confirmation_vote_are_one_event_on_the_nominee():
    # the Senate's confirmation of Sessions, 2017-02-08, as The Guardian, Politico and the
    # Washington Times told it (bench/data/dedup_allsides.json): "confirmed", "voted to install",
    # "approved" are one vote, on Sessions
    A = _analyses(
        "A closely divided Senate confirmed the nomination of Jeff Sessions to be attorney general on Wednesday"
        " after a historically tumultuous confirmation process that saw the senator from Alabama come under fire"
        " for his views on race and civil rights.",
        "The Senate on Wednesday voted to install Sen. Jeff Sessions as the nation’s next attorney general, ending"
        " a confirmation battle that plunged the chamber into bitter acrimony and shattered all notions of"
        " senatorial courtesy.",
        "The Senate approved Jeff Sessions as attorney general Wednesday, installing one of President Trump’s"
        " biggest backers at the head of the Justice Department after one of the nastiest confirmation battles"
        " in a generation.",
        published="2017-02-08",
    )
    doc_of = {e.id: a.doc.id for a in A for e in a.events}
    votes = [e for e in resolve(A).events if e.type == "VOTE"]
    held = [e for e in votes if len({doc_of[m] for m in e.members}) == 3]
    assert held, [(e.label, e.members) for e in votes]
    assert held[0].label.endswith("Senate votes on Sessions"), held[0].label


def test_a_word_glued_before_a_famous_surname_is_no_person_of_its_own():
    # Reason's essay on Trump's psychology, and The Hill's link lists ("Facebook's Libra Trump has
    # considered firing …"): the document's bare "Trump" went to the junk name, and his words too
    trump = [
        "Donald Trump said on Wednesday that the investigation was a witch hunt. Trump denied it.",
        "Donald Trump fired FBI Director James Comey in May. Trump later said he was thinking of Russia.",
        "President Donald Trump met Vladimir Putin in Hamburg. Trump raised the election meddling.",
        "Donald Trump tweeted on Saturday. Trump called the report fake news.",
        "Donald Trump spoke to reporters. Trump said he had no plans to fire Mueller.",
        "Donald Trump signed the bill on Friday. Trump called it a great day for America.",
        "Donald Trump arrived in Riyadh on Saturday. Trump was greeted by King Salman.",
        "Donald Trump criticised the Senate on Monday. Trump said Republicans must act.",
        "Donald Trump held a rally in Pennsylvania. Trump attacked the media.",
    ]
    A = _analyses(
        "A Machiavellian Trump — one who was merely acting the fool, manipulating the public and media "
        "in service of some diabolical long-term agenda — is less frightening than a purely "
        "narcissistic and impulsive one. Trump has denied the account. Trump said it was fake.",
        *trump,
        "Melania Trump visited a children's hospital in Ohio on Tuesday, her spokeswoman said.",
        "Fred Trump built apartments in Queens after the war.",
    )
    _, me = resolve_entities(A)
    donald = _entity_of(A, me, "Donald Trump")
    assert len(donald) == 1
    assert _entity_of(A, me, "Machiavellian Trump") == donald and _entity_of(A, me, "Trump") == donald
    for relative in ("Melania Trump", "Fred Trump"):
        assert _entity_of(A, me, relative) and not _entity_of(A, me, relative) & donald


def test_an_insulting_nickname_names_the_person_not_a_new_one():
    A = _analyses(
        'But Trump got sufficient voters to buy into his narrative that " Crooked Hillary " could not '
        "be trusted -- and won the Electoral College and the White House.",
        "\"He didn't 'choke,' he colluded or obstructed, and it did the Dems and Crooked Hillary no good,\" "
        "Trump wrote.",
        "Hillary Clinton conceded the election on Wednesday in New York.",
        "Hillary Clinton campaigned in Florida on Monday, aides said.",
        "Hillary Clinton spoke at Wellesley College on Friday. Hillary Clinton praised the graduates.",
    )
    _, me = resolve_entities(A)
    clinton = _entity_of(A, me, "Hillary Clinton")
    assert len(clinton) == 1 and _entity_of(A, me, "Hillary") == clinton
    assert not _entity_of(A, me, "Crooked Hillary")


def test_a_place_is_not_a_demonym_of_a_shorter_place():
    A = _analyses(
        "Rosa Parks refused to surrender her bus seat to a white passenger, instigating a boycott in "
        "Montgomery, Ala., and helping to launch and lead a nationwide desegregation effort.",
        "Susan Collins of Maine and Lisa Murkowski of Alaska voted for the motion Friday.",
        "\"In Alaska, we've got 27,000 people that are now eligible for coverage that didn't have it before.\"",
        "As Governor, Mr. Pence fully complied with Indiana law regarding email use and retention.",
        "In a 2006 speech, Condoleezza Rice outlined a plan to shift hundreds of diplomatic positions "
        "from Europe to countries like China, India and Lebanon.",
    )
    _, me = resolve_entities(A)
    assert set() != _entity_of(A, me, "Alaska") != _entity_of(A, me, "Ala.") != set()
    assert set() != _entity_of(A, me, "Indiana") != _entity_of(A, me, "India") != set()


def test_a_state_named_often_is_not_the_river_named_once():
    colorado = [
        "With the support of both Colorado senators, President Bush nominated Gorsuch in 2006.",
        "In a 2006 case, police had caught 22-year-old Ryan Wilson growing marijuana in Lafayette, Colorado.",
        "Colorado voters approved the measure in November, officials in Colorado said.",
        "Gorsuch grew up in Colorado and served on the Tenth Circuit in Denver, Colorado.",
        "Colorado Governor John Hickenlooper spoke in Colorado on Monday.",
    ]
    A = _analyses(
        *colorado,
        "Land acquisition is less of a concern in other border states, where much of the land is owned "
        "by the federal government and, except for a short span on the Colorado River, the border "
        "crosses dry land.",
    )
    _, me = resolve_entities(A)
    assert set() != _entity_of(A, me, "Colorado") != _entity_of(A, me, "the Colorado River") != set()


def test_an_entity_is_named_as_written_most_not_by_glued_spellings():
    # spellings and counts of four entities of the 2,000 AllSides articles (news-scale store)
    nato = Counter({"NATO": 168, "Nato": 26, "NATO &": 4})
    politico = Counter({"POLITICO": 148, "Politico": 99, "Politico’s": 3, "POLITICO (@politico": 2})
    dnc = Counter({"DNC": 171, "& DNC": 2, "pro-Ellison DNC": 1})
    vox = Counter({"Vox": 58, "Vox’s": 2, "Sarah Kliff Vox": 1})
    assert canonical_name(nato, "ORG") == "NATO" and canonical_name(politico, "ORG") == "Politico"
    assert canonical_name(dnc, "ORG") == "DNC" and canonical_name(vox, "ORG") == "Vox"
    # a person's full name, far rarer than the bare surname, still names the person
    veselnitskaya = Counter({"Veselnitskaya": 121, "Natalia Veselnitskaya": 7})
    assert canonical_name(veselnitskaya, "PERSON") == "Natalia Veselnitskaya"
    assert (
        canonical_name(Counter({"DONALD TRUMP": 30, "Donald Trump": 12, "Trump": 400}), "PERSON")
        == "Donald Trump"
    )


def test_a_state_by_its_ap_abbreviation():
    montana = [
        "Under Flake's bill, the new circuit would cover Nevada, Washington, Idaho, Montana, Arizona and Alaska.",
        "Montana GOP leader opposes mail-in ballots in election to replace Zinke, the Great Falls Tribune reported.",
        "Greg Gianforte won the special election in Montana on Thursday.",
        "Montana voters chose a new congressman on Thursday, officials in Montana said.",
    ]
    A = _analyses(
        *montana,
        "Hence such classics as Steve Urkel from Family Matters showing up on Full House, not to "
        "mention that fantastic made-for-TV movie Hannah Montana Meets Brian Lamb.",
        "Rosa Parks refused to surrender her bus seat to a white passenger, instigating a boycott in "
        "Montgomery, Ala., and helping to launch and lead a nationwide desegregation effort.",
        "His largest rally was likely in August 2015, when Trump attracted 30,000 people in Mobile, Alabama.",
    )
    ents, me = resolve_entities(A)
    by_id = {e.id: e for e in ents}
    (state,) = _entity_of(A, me, "Montana")
    assert by_id[state].type == "GPE" and by_id[state].name == "Montana"
    assert _entity_of(A, me, "Ala.") == _entity_of(A, me, "Alabama") != set()


def test_a_bare_surname_with_an_office_the_relative_never_holds_is_not_the_relative():
    # sentences of one CNN article on the president's first foreign trip (AllSides, May 2017)
    A = _analyses(
        "First lady Melania Trump, in white, visits the Western Wall. President Trump and Israeli "
        "Prime Minister Benjamin Netanyahu wave at the Israel Museum in Jerusalem on Tuesday, May 23. "
        "Trump looked to make it clear that the United States is not at war with Islam.",
        "Donald Trump arrived in Riyadh on Saturday, officials said.",
        "Donald Trump met the Pope in Rome on Wednesday, officials said.",
        "Donald Trump spoke in Brussels on Thursday. Donald Trump criticised NATO allies.",
        "Donald Trump left Sicily on Saturday after the summit, officials said.",
        "Donald Trump signed the order on Friday. Donald Trump said it would create jobs.",
        "Donald Trump attacked the media at a rally in Pennsylvania, Donald Trump's aides said.",
        "Donald Trump fired James Comey on Tuesday, the White House said.",
        "Donald Trump met Vladimir Putin in Hamburg on Friday. Donald Trump called it an honor.",
        "Donald Trump spoke with Xi Jinping by phone on Sunday, officials said.",
        "Donald Trump hosted Shinzo Abe at Mar-a-Lago on Saturday. Donald Trump played golf.",
        # an article about her alone: her surname is hers
        "First lady Melania Trump visited Steve Scalise at the hospital on Friday. Mrs. Trump brought "
        "flowers to the recovering lawmaker.",
    )
    _, me = resolve_entities(A)
    donald, melania = _entity_of(A, me, "Donald Trump"), _entity_of(A, me, "Melania Trump")
    assert len(donald) == 1 and len(melania) == 1 and donald != melania
    first, last = A[0], A[-1]
    assert {me[m.id] for m in first.mentions if m.text == "Trump"} == donald
    assert {me[m.id] for m in last.mentions if m.text == "Trump"} == melania


def test_a_bare_surname_is_the_first_named_bearer_when_that_is_the_dominant_one():
    # a CNN article on the trip (AllSides, May 2017): "President Donald Trump" first, then photo
    # captions naming "first lady Melania Trump" more often; a Guardian-style history whose subject
    # Anne Gorsuch is named before her son
    trip = (
        "President Donald Trump landed in Israel on Monday for the second leg of his first foreign trip. "
        "First lady Melania Trump arrives at the City Hall in Catania. "
        "President Donald Trump and first lady Melania Trump board Air Force One. "
        "Melania Trump visits the Western Wall. Melania Trump meets the spouses of G-7 leaders. "
        '"Young Israeli and Palestinian children deserve to grow up in safety," said Trump, in remarks '
        "alongside Israeli President Reuven Rivlin. After landing in Tel Aviv, Trump will head to "
        "Jerusalem for a series of meetings. Trump and Trudeau walk together after the group photo."
    )
    history = (
        "Among the victors was a Republican lawyer named Anne Gorsuch representing Jefferson County. "
        "Gorsuch stepped into the EPA's helm, hatching plans to cut its budget by half. "
        "And with the ascension of Anne Gorsuch's own son, Neil Gorsuch, to the Supreme Court, they may "
        "now enjoy a courtroom edge."
    )
    A = _analyses(
        trip,
        history,
        "Donald Trump arrived in Riyadh on Saturday, officials said.",
        "Donald Trump met the Pope in Rome on Wednesday, officials said.",
        "Donald Trump spoke in Brussels on Thursday. Donald Trump criticised NATO allies.",
        "Donald Trump signed the order on Friday. Donald Trump said it would create jobs.",
        "Donald Trump fired James Comey on Tuesday, the White House said.",
        "Donald Trump met Vladimir Putin in Hamburg on Friday. Donald Trump called it an honor.",
        "Donald Trump spoke with Xi Jinping by phone on Sunday. Donald Trump praised him.",
        "Donald Trump hosted Shinzo Abe at Mar-a-Lago on Saturday. Donald Trump played golf.",
        "Donald Trump attacked the media at a rally. Donald Trump's aides said he was angry.",
        "Donald Trump left Sicily on Saturday. Donald Trump flew home.",
        "Donald Trump tweeted on Monday. Donald Trump blamed the press.",
        "Donald Trump visited Texas on Tuesday. Donald Trump met the governor.",
        "Donald Trump addressed Congress on Tuesday. Donald Trump called for unity.",
        "Neil Gorsuch was confirmed on Friday. Neil Gorsuch was sworn in on Monday.",
        "Neil Gorsuch heard his first case. Neil Gorsuch wrote a dissent.",
    )
    _, me = resolve_entities(A)
    donald, melania = _entity_of(A, me, "Donald Trump"), _entity_of(A, me, "Melania Trump")
    anne = _entity_of(A, me, "Anne Gorsuch")
    assert donald != melania
    trumps = [m for m in A[0].mentions if m.text == "Trump"]
    assert len(trumps) == 3 and {me[m.id] for m in trumps} == donald
    gorsuchs = [m for m in A[1].mentions if m.text == "Gorsuch"]
    assert gorsuchs and {me[m.id] for m in gorsuchs} == anne


def test_a_word_alone_is_the_organisation_whose_name_it_starts_in_the_same_articles():
    # Fox News named in full, then "Fox" alone in the same articles (AllSides, 2017); "Google"
    # in a tech story is not the reCAPTCHA notice's "Google Privacy Policy and Terms of Service"
    A = _analyses(
        'The president gave an interview to Fox News on Sunday. "I\'m not including Fox," the '
        'president added, "because I think Fox has been fair to me."',
        "Fox News aired the interview on Monday. He was speaking on Fox when he made this comment.",
        "Fox News reported the story first. Fox said the network stood by its reporting.",
        "Google said on Tuesday it would remove the videos. Google fined, the company said.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply. "
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    )
    _, me = resolve_entities(A)
    fox_news = _entity_of(A, me, "Fox News")
    foxes = [m for a in A for m in a.mentions if m.text == "Fox"]
    assert len(fox_news) == 1 and foxes and {me[m.id] for m in foxes} == fox_news
    google = {me[m.id] for m in A[3].mentions if m.text == "Google"}
    assert google and not google & _entity_of(A, me, "the Google Privacy Policy and Terms of Service")
