"""extract/claims.py on hand-built parses: stance, speaker, the event a claim is about, and a
negated report with a speaker made a DENY claim."""

from __future__ import annotations

from tests.extract.conftest import build, context, token

from storyline.extract import claims, events
from storyline.extract.context import antecedent

SAID_DID_NOT_MEET = (
    "Sessions|Sessions|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|5 "
    "did|do|AUX|VBD|aux|5 not|not|PART|RB|neg|5 meet|meet|VERB|VB|ccomp|1 "
    "Kislyak|Kislyak|PROPN|NNP|dobj|5 .|.|PUNCT|.|punct|1"
)
SAID_MET = (
    "Kushner|Kushner|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|3 "
    "met|meet|VERB|VBD|ccomp|1 Kislyak|Kislyak|PROPN|NNP|dobj|3 .|.|PUNCT|.|punct|1"
)
SAID_WILL_MEET = (
    "Kushner|Kushner|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|4 "
    "will|will|AUX|MD|aux|4 meet|meet|VERB|VB|ccomp|1 Kislyak|Kislyak|PROPN|NNP|dobj|4 .|.|PUNCT|.|punct|1"
)
DECLINED_TO_COMMENT = (
    "Kushner|Kushner|PROPN|NNP|nsubj|1 declined|decline|VERB|VBD|ROOT|1 to|to|PART|TO|aux|3 "
    "comment|comment|VERB|VB|xcomp|1 .|.|PUNCT|.|punct|1"
)


def _claims(spec, people):
    doc = build(spec)
    ctx = context(doc, people).sentence(0, next(doc.sents))
    ctx.events = events.extract(ctx)
    return ctx, claims.extract(ctx)


def test_a_negated_report_with_a_speaker_is_a_denial_of_that_event():
    ctx, (c,) = _claims(SAID_DID_NOT_MEET, ("Sessions", "Kislyak"))
    (meet,) = ctx.events
    assert c.stance == "DENY"
    assert c.speaker == ctx.mentions[0].id and c.speaker_text == "Sessions"
    assert c.event == meet.id and c.doc == "d" and c.id == "d:c0"


def test_a_report_that_it_happened_is_an_assertion():
    ctx, (c,) = _claims(SAID_MET, ("Kushner", "Kislyak"))
    assert c.stance == "ASSERT" and c.event == ctx.events[0].id
    # the speaker's own pronoun resolves to him: the event has him as its agent
    assert ctx.events[0].participants[0].ref == ctx.mentions[0].id


def test_a_plan_is_reported_not_denied():
    ctx, (c,) = _claims(SAID_WILL_MEET, ("Kushner", "Kislyak"))
    assert c.stance == "ASSERT" and not ctx.events[0].factuality.happened


def test_declining_to_comment():
    ctx, (c,) = _claims(DECLINED_TO_COMMENT, ("Kushner",))
    assert c.stance == "DECLINE" and c.speaker == ctx.mentions[0].id and c.event is None


SAID_DID_NOT_RESIGN = (
    "Sessions|Sessions|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|5 "
    "had|have|AUX|VBD|aux|5 not|not|PART|RB|neg|5 resigned|resign|VERB|VBN|ccomp|1 .|.|PUNCT|.|punct|1"
)


def test_any_negated_event_not_only_a_contact_makes_the_report_a_denial():
    ctx, (c,) = _claims(SAID_DID_NOT_RESIGN, ("Sessions",))
    (resign,) = ctx.events
    assert resign.type == "RESIGN" and c.stance == "DENY" and c.event == resign.id


def test_real_sentences_through_the_extract_stage():
    from storyline.extract import analyse
    from storyline.model import Document, OffsetMap

    text = (
        "Sessions said he did not meet any Russian officials during the campaign. "
        "Flynn resigned on Feb. 13, the White House said. "
        "Several Democrats called for Sessions to resign."
    )
    doc = Document("x", "test", text, text, OffsetMap.identity(len(text)), published="2017-03-02")
    (a,) = analyse([doc])
    by_trigger = {text[e.start : e.end]: e for e in a.events}
    assert by_trigger["meet"].negated and by_trigger["resigned"].factuality.happened
    assert not by_trigger["resign"].factuality.happened
    deny = [c for c in a.claims if c.stance == "DENY"]
    assert [c.event for c in deny] == [by_trigger["meet"].id]
    assert deny[0].speaker_text == "Sessions" and all(c.doc == "x" for c in a.claims)
    assert all(e.doc == "x" for e in a.events)


ACCORDING_TO = (
    "According|accord|VERB|VBG|prep|9 to|to|ADP|IN|prep|0 the|the|DET|DT|det|3 Times|Times|PROPN|NNP|pobj|1 "
    ",|,|PUNCT|,|punct|9 the|the|DET|DT|det|6 backchannel|backchannel|NOUN|NN|nsubjpass|9 "
    "was|be|AUX|VBD|auxpass|9 never|never|ADV|RB|neg|9 established|establish|VERB|VBN|ROOT|9 .|.|PUNCT|.|punct|9"
)


def test_a_source_named_by_according_to_denies_a_negated_event():
    doc = build(ACCORDING_TO)
    ctx = context(doc, orgs=("Times",)).sentence(0, next(doc.sents))
    ctx.events = events.extract(ctx)
    (backchannel,) = ctx.events
    assert backchannel.type == "COMMUNICATE" and backchannel.negated
    (c,) = claims.extract(ctx)
    assert (c.stance, c.speaker, c.event) == ("DENY", ctx.mentions[0].id, backchannel.id)


def test_no_denial_without_a_negated_event():
    """ "According to the Times, the backchannel was soon established": the Times tells it, and
    denies nothing."""
    doc = build(ACCORDING_TO.replace("never|never|ADV|RB|neg|9 ", "soon|soon|ADV|RB|advmod|9 "))
    ctx = context(doc, orgs=("Times",)).sentence(0, next(doc.sents))
    ctx.events = events.extract(ctx)
    (c,) = claims.extract(ctx)
    assert ctx.events[0].factuality.happened
    assert c.stance == "ASSERT" and c.speaker_text == "Times" and c.event == ctx.events[0].id


NO_ONE_WAS_IN_CONTACT = (
    "Hale|Hale|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 no|no|DET|DT|det|3 one|one|NOUN|NN|nsubj|7 "
    "from|from|ADP|IN|prep|3 his|his|PRON|PRP$|poss|6 team|team|NOUN|NN|pobj|4 was|be|AUX|VBD|ccomp|1 "
    "in|in|ADP|IN|prep|7 contact|contact|NOUN|NN|pobj|8 with|with|ADP|IN|prep|9 "
    "Kislyak|Kislyak|PROPN|NNP|pobj|10 .|.|PUNCT|.|punct|1"
)
WAS_IN_CONTACT = (
    "Stone|Stone|PROPN|NNP|nsubj|1 said|say|VERB|VBD|ROOT|1 he|he|PRON|PRP|nsubj|3 was|be|AUX|VBD|ccomp|1 "
    "in|in|ADP|IN|prep|3 contact|contact|NOUN|NN|pobj|4 with|with|ADP|IN|prep|5 "
    "Assange|Assange|PROPN|NNP|pobj|6 .|.|PUNCT|.|punct|1"
)


def test_no_one_being_in_contact_is_a_denial_of_the_contact():
    # "was in contact": the noun is what the clause says, so the clause's "no one" denies it
    ctx, (c,) = _claims(NO_ONE_WAS_IN_CONTACT, ("Hale", "Kislyak"))
    (contact,) = ctx.events
    assert contact.type == "COMMUNICATE" and contact.factuality.polarity.value == "NEG"
    assert c.stance == "DENY" and c.event == contact.id and c.speaker_text == "Hale"


def test_being_in_contact_is_told_as_fact_with_the_copulas_subject_in_it():
    ctx, (c,) = _claims(WAS_IN_CONTACT, ("Stone", "Assange"))
    (contact,) = ctx.events
    assert contact.factuality.happened and c.stance == "ASSERT"
    names = {ctx.mentions[int(p.ref.split(":m")[1])].text: p.role for p in contact.participants}
    assert names == {"Stone": "agent", "Assange": "participant"}


# "When Vega pressed Hale, the candidate said he met Kislyak": he is not Vega, whose clause is
# beside his ("candidate" is no office the resolver knows, so it may leave the agent empty:
# extract/pronouns.py prefers no participant to a guessed one)
BESIDE_CLAUSE = (
    "When|when|SCONJ|WRB|advmod|2 Vega|Vega|PROPN|NNP|nsubj|2 pressed|press|VERB|VBD|advcl|7 "
    "Hale|Hale|PROPN|NNP|dobj|2 ,|,|PUNCT|,|punct|7 the|the|DET|DT|det|6 candidate|candidate|NOUN|NN|nsubj|7 "
    "said|say|VERB|VBD|ROOT|7 he|he|PRON|PRP|nsubj|9 met|meet|VERB|VBD|ccomp|7 "
    "Kislyak|Kislyak|PROPN|NNP|dobj|9 .|.|PUNCT|.|punct|7"
)


def test_a_pronoun_is_not_the_subject_of_a_clause_beside_its_own():
    ctx, _ = _claims(BESIDE_CLAUSE, ("Vega", "Hale", "Kislyak"))
    (meet,) = [e for e in ctx.events if e.type == "MEET"]
    agents = [ctx.mentions[int(p.ref.split(":m")[1])].text for p in meet.participants if p.role == "agent"]
    assert "Vega" not in agents and agents in ([], ["Hale"])


# "Spicer spoke. When Vega pressed Hale, the president said he met Kislyak": the clause holding
# "he" has a title for its subject, who is the person named just before, not the subject of the
# sentence before
TITLED_SUBJECT = (
    "Spicer|Spicer|PROPN|NNP|nsubj|1 spoke|speak|VERB|VBD|ROOT|1 .|.|PUNCT|.|punct|1 "
    "When|when|SCONJ|WRB|advmod|5 Vega|Vega|PROPN|NNP|nsubj|5 pressed|press|VERB|VBD|advcl|10 "
    "Hale|Hale|PROPN|NNP|dobj|5 ,|,|PUNCT|,|punct|10 the|the|DET|DT|det|9 president|president|NOUN|NN|nsubj|10 "
    "said|say|VERB|VBD|ROOT|10 he|he|PRON|PRP|nsubj|12 met|meet|VERB|VBD|ccomp|10 "
    "Kislyak|Kislyak|PROPN|NNP|dobj|12 .|.|PUNCT|.|punct|10"
)


def test_a_pronoun_under_a_titled_subject_is_the_person_named_before_it():
    doc = build(TITLED_SUBJECT)
    ctx = context(doc, ("Spicer", "Vega", "Hale", "Kislyak"))
    assert antecedent(token(doc, "he"), ctx.mention_at).text == "Hale"
