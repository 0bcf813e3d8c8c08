"""Claims: who asserts, confirms, denies or declines to comment on what."""

from __future__ import annotations

from typing import Optional

from storyline.extract import (
    attribution,
    denials,
    denied_clause,
    disputes,
    events,
    figures,
    lexicon,
    own_denial,
    questions,
    quote_owner,
    told_before,
)
from storyline.extract.context import SentenceContext
from storyline.extract.event_senses import is_person
from storyline.extract.nlp import lemma
from storyline.extract.quantities import quantities
from storyline.model import CONTACT_TYPES, Claim, EventMention, EventTime, Mention, Polarity

# "reject" opposes as often as it denies: read with the verbs of opposing (``disputes``)
DENY_VERBS = {"deny", "refute", "dispute", "rebut", "contest"}
CONFIRM_VERBS = {"confirm", "acknowledge", "admit", "concede", "verify"}
ASSERT_VERBS = {
    "say",
    "tell",
    "report",
    "state",
    "assert",
    "claim",
    "allege",
    "insist",
    "maintain",
    "write",
    "testify",
    "argue",
    "contend",
    "add",
    "announce",
    "declare",
    # how news reports that someone said so: "tweeted that", "revealed that", "noting that",
    # "concluded that" (each needs a clause it reports, so "he tweeted" alone is no claim)
    "tweet",
    "reveal",
    "complain",
    "note",
    "conclude",
    "find",
    "recount",
    # an answer with what it says: 'Spicer responded in a statement: "Mr. Ruddy never spoke to
    # the President …"', "replied that …" (not "responded to the report", which says nothing)
    "respond",
    "reply",
    # "critics charged that …" (with a clause only: "charged with lying" is an indictment)
    "charge",
}
# an accusation told as narration: "Steele's sources accused Cohen of attending a meeting in
# Prague" is the accusers' claim that Cohen attended, which a denial of his may answer
ACCUSE_VERBS = {"accuse"}
# events that are sayings, never what a claim tells: a denial, a confirmation, a statement, an
# accusation ("denied the allegations": the allegations are what was said, not a happening)
SAYINGS = {"DENY", "CONFIRM", "STATEMENT", "ACCUSE"}
# nouns that carry a claim in a "that" clause: "his claim that Obama wiretapped Trump Tower",
# "the report that Comey asked for more resources"
CLAIM_NOUNS = {"claim", "assertion", "accusation", "allegation", "charge", "report", "story", "insistence"}
DECLINE_VERBS = {"decline", "refuse"}
# what a court, an office or a border guard denies is a request, not a fact: "the judge denied
# the motion", "the State Department denied the request"
RULING_OBJECTS = {"motion", "request", "petition", "appeal", "application", "bail", "permit", "visa"}
RULING_OBJECTS |= {"access", "entry", "bid", "waiver", "exemption", "license", "licence", "funding"}
# nouns that stand for an organisation named before them: "the agency has denied the report"
BODY_NOUNS = {"agency", "bureau", "company", "department", "campaign", "ministry", "embassy"}
BODY_NOUNS |= {"firm", "network", "newspaper", "organization", "organisation", "committee", "group"}
COMMENT_WORDS = {"comment", "respond", "answer", "discuss", "elaborate", "speak"}
# Speaker pronouns resolved to the nearest person: "you" and the object forms "me"/"us" are left
# out, as a claim's speaker is rarely addressed or quoted in the first-person object.
PRONOUNS = lexicon.PERSONAL - {"you", "me", "us"}
POSSESSIVE = {"his", "her", "their"}  # whose denial: "his denial"


def _has_neg(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)


CONTACT_WORDS = {
    "meet",
    "meeting",
    "talk",
    "speak",
    "discuss",
    "discussion",
    "contact",
    "communication",
    "communicate",
    "conversation",
    "call",
    "dinner",
    "email",
    "attend",
}


def _denies_contact(content) -> bool:
    """A negated clause about meeting or talking to someone, or knowing them ("he doesn't know
    these gentlemen"), or one saying that what was told never happened."""
    heads = [content] + [t for t in content.children if t.dep_ in ("conj", "xcomp")]
    # "I don't know who this is and this never happened": anywhere in what is said, unless
    # only supposed ("if it never happened", "would never happen again")
    if any(
        disputes.never_happened(t) and not _supposed(t) and disputes.asserted_in(t, content)
        for t in content.subtree
    ):
        return True
    for h in heads:
        if disputes.knows_no_one(h):
            return True
        if not _has_neg(h):
            continue
        if lemma(h).lower() in CONTACT_WORDS:
            return True  # "I never met him"
        if lemma(h).lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "to" for c in h.children):
            return True  # "he has never been to Prague": a visit denied
        if lemma(h).lower() == "have" and any(
            lemma(c).lower() in CONTACT_WORDS for c in h.children if c.dep_ == "dobj"
        ):
            return True  # "I did not have communications with the Russians"
    return False


def _accused_of(verb):
    """What someone is accused of: the clause or noun after "of" ("of attending a meeting"),
    hung on the verb, on its object or on its agent ("accused by prosecutors of lying")."""
    for tok in verb.subtree:
        if tok.dep_ in ("pcomp", "pobj") and events.accused_in(tok) is not None:
            head = tok.head.head
            if head.i == verb.i or head.head.i == verb.i or head.head.head.i == verb.i:
                return tok
    return None


def _content(verb):
    """The clause a reporting verb reports: ccomp/xcomp, or the quote around it."""
    if lemma(verb).lower() in ACCUSE_VERBS:
        return _accused_of(verb)
    if lemma(verb).lower() in disputes.OPPOSE_VERBS:
        return disputes.opposed(verb)  # "pushed back on reports that …": what is opposed
    for c in verb.children:
        if c.dep_ == "ccomp" and lemma(verb).lower() in ASSERT_VERBS:
            return c  # "Hersh told The Hill that he did not accept …": a saying reports its clause, not the hearer
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj", "pcomp"):
            return c
    for c in verb.children:
        # "The Washington Post reported Thursday that Moore, the former chief justice …,
        # pursued relationships …": a long clause the parse left unlabelled, opened by "that"
        if c.dep_ == "dep" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.i > verb.i:
            return c
    quote = _quoted_after(verb)
    if quote is not None:
        return quote
    if verb.dep_ in ("parataxis", "ccomp") or verb.head.dep_ == "ROOT" and verb.head.i != verb.i:
        return verb.head
    return None


def _supposed(verb) -> bool:
    """A denial only supposed: under "if"/"whether", or with "would"/"could"/"might" — but
    "CNN said Comey would contest the assertion" reports a denial (the future of the past)."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children):
        return True
    modal = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "would" in modal and verb.dep_ == "ccomp" and lemma(verb.head).lower() in ASSERT_VERBS:
        return False
    return any(m in ("would", "could", "might", "may", "should", "will") for m in modal)


def _not_made(verb) -> bool:
    """A denial refused or not made: "refused to deny", "did not want to deny"; or a ruling
    ("denied the motion") or a refusal of something to someone ("deny him the nomination")."""
    if verb.dep_ == "xcomp" and (lemma(verb.head).lower() in DECLINE_VERBS or _has_neg(verb.head)):
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    to_whom = (
        len(objs) > 1 and objs[0].lower_ in lexicon.PERSONAL
    )  # not "denied the claims the staffers made"
    return (
        any(c.dep_ == "dative" for c in objs)
        or to_whom
        or any(lemma(c).lower() in RULING_OBJECTS for c in objs)
    )


# what a passive denial may deny with no one named denying it: a thing said ("the allegations
# were denied"), or the empty "it" before a clause ("it is disputed that …")
SAID_SUBJECTS = CLAIM_NOUNS | disputes.SAID_NOUNS | {"it"}


def _refused_to(verb) -> bool:
    """A passive "deny" with no one named denying, said of something other than a thing said:
    "George Young … applied for a carry license in 2011 but was denied twice", "they're
    effectively denied insurance", "a parole hearing, which was denied": something refused to
    someone, no denial of a fact."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subj = verb.head  # "a hearing, which was denied": the noun the clause hangs on
    return subj is None or lemma(subj).lower() not in SAID_SUBJECTS


COLON_REACH = 8  # words between a saying and the colon before its quote ("in a statement Saturday")


def _quoted_after(verb):
    """The quote a saying introduces with a colon ("Trump’s account tweeted Saturday: “I had to
    fire General Flynn …”", "Spicer responded in a statement: “Mr. Ruddy never spoke …”"), which
    the parser often hangs elsewhere (the verb a clause of the quote's verb, or both of "This
    was"): the quote's head, or None. Only where, up to the colon, the saying runs on with no
    other verb, stop or object ("the day the Justice Department announced the special counsel
    appointment: “Robert Mueller is a superb choice”" is no saying of the quote)."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + COLON_REACH + 2, len(doc) - 2)):
        t = doc[i]
        if t.text == ":":
            if not doc[i + 1].is_quote:
                return None
            head = doc[i + 2]
            while head.head.i != head.i and head.head.i > i + 1:
                head = head.head
            return head
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", "?", "!") or t.is_quote or t.dep_ == "dobj":
            return None  # another verb, a stop, or what was done ("announced the appointment:")
    return None


def _says_quote(verb) -> bool:
    """Someone named says the quote after the colon ("Corey R. Lewandowski, former Trump
    campaign manager, tweeted Friday: “…”", parsed with no subject, is left unread: with no
    speaker the quote would be the writer's)."""
    return _quoted_after(verb) is not None and any(c.dep_ == "nsubj" for c in verb.children)


def stance_of(verb):
    """Stance of a reporting verb in context, or None when it reports nothing."""
    lem = lemma(verb).lower()
    if lem in DECLINE_VERBS:
        xc = [c for c in verb.children if c.dep_ == "xcomp"]
        if xc and lemma(xc[0]) in COMMENT_WORDS:
            return "DECLINE"
        return None
    if (
        disputes.quoted_no(verb)
        or lemma(verb).lower() in disputes.ANSWER_VERBS
        and questions.bare_no_before(verb)
    ):
        return "DENY"  # '"Never," Comey responded': not "never responded"
    if lem in ("respond", "comment") and _has_neg(verb):
        return "DECLINE"
    if (
        lem == "comment"
        and any(lemma(a) in ("can", "cannot") for a in verb.children if a.dep_ == "aux")
        and _has_neg(verb)
    ):
        return "DECLINE"
    if lem in ACCUSE_VERBS:
        # "did not accuse him of lying", "might accuse": no accusation made
        if _has_neg(verb) or _supposed(verb) or _accused_of(verb) is None:
            return None
        return "ASSERT"
    if lem in disputes.OPPOSE_VERBS:
        # "rejected the claim", "pushed back on the report": a denial; "rejected the
        # proposal", "did not dismiss the report": none
        if _has_neg(verb) or _supposed(verb) or not disputes.disputes(verb):
            return None
        return "DENY"
    if lem in DENY_VERBS:
        if any(c.dep_ == "conj" and lemma(c).lower() in CONFIRM_VERBS for c in verb.children) or (
            verb.dep_ == "conj" and lemma(verb.head).lower() in CONFIRM_VERBS
        ):
            return None  # "would not confirm or deny", "neither confirmed nor denied"
        if _has_neg(verb) or _supposed(verb) or _not_made(verb) or _refused_to(verb):
            return None  # "did not deny", "if he denies", "would deny": no denial made
        if disputes.refused(verb):
            return None  # "was denied by the state", "the motion was denied": refused
        if disputes.infinitive_under(verb) is not None and disputes.made_by(verb) is None:
            return None  # "sufficient to rebut", "hard to deny that": possible, not made
        return "DENY"
    if lem in CONFIRM_VERBS:
        if any(c.dep_ == "conj" and lemma(c).lower() in DENY_VERBS for c in verb.children):
            return None  # "doesn't confirm or deny investigations": says neither
        if _has_neg(verb) and (
            any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "can", "ca") for c in verb.children
            )
            or any(
                m.lower_ in ("whether", "if") for c in verb.children if c.dep_ == "ccomp" for m in c.children
            )
        ):
            return "DECLINE"  # "would not confirm whether …": declines to say, denies nothing
        return "DENY" if _has_neg(verb) else "CONFIRM"
    if lem in ASSERT_VERBS:
        content = _content(verb)
        if (
            lem not in ("say", "tell")
            and (content is None or content.dep_ not in ("ccomp", "dep"))
            and not _says_quote(verb)
        ):
            return None  # "Marek did not testify": an act, not a report of one
        if content is not None and content.i != verb.i and _denies_contact(content):
            return "DENY"  # "I did not have communications with the Russians," Sessions said
        if content is not None and content.i != verb.i and own_denial.own_negated(content, _sayer(verb)):
            return "DENY"  # "McCabe had said that he was not a source for background leaks"
        return "ASSERT"
    return None


def _answers_bare(verb) -> bool:
    """'"I did not," Smith replied': a bare answer, which says what it denies only with its question."""
    content = _content(verb) if lemma(verb).lower() in ASSERT_VERBS else None
    return content is not None and content.i != verb.i and own_denial.elliptic(content)


def _bare_answer(verb) -> bool:
    """'"Never," Comey responded', 'he said, "No."', '"I did not," Smith replied', "Simpson said
    the firm did not": an answer whose words name nothing of what it answers."""
    if any(t.text == "?" for t in verb.sent):
        return False  # "Are they saying it shouldn't be?": a question, no answer
    return (
        disputes.quoted_no(verb)
        or _answers_bare(verb)
        or lemma(verb).lower() in disputes.ANSWER_VERBS
        and (questions.bare_no_after(verb) or questions.bare_no_before(verb))
    )


def _asked(ctx: SentenceContext, verb, bare: bool):
    """The question a denial or a bare answer answers: asked in its own sentence ("Asked by
    Buzzfeed if he has plans to run, he said …"), else, for a bare answer, in one of the two
    sentences before ("… have you ever been an anonymous source …?" Grassley asked. "Never," …).
    None for a question with a negation inside ("are you saying … that you did not actually kiss
    women without consent?" "I have not,"): which way its answer goes the words do not say."""
    asked = questions.asked_in(ctx.sent)
    if asked is not None and _answers_asking(verb, *asked):
        found, before = (asked[0], None), False
    elif bare:
        found, before = questions.question_before(ctx.sent), True
    else:
        return None
    if found is None or questions.negated_inside(found[0]):
        return None
    return found[0], found[1], before


def _answers_asking(verb, clause, asking) -> bool:
    """The verb answers the asking its sentence tells: the asking hangs on it ("Asked … if …,
    Lochte denied the charge", '"No," Haley replied firmly, when asked …') or on the verb it is
    joined to ("Trump says he questioned Putin about whether …, and Putin denied …"); not a
    denial beside it ("asked Kavanaugh to address: the specific allegations (he repeatedly
    refuted them); whether he had ever blacked out …")."""
    if any(t.i == verb.i for t in clause.subtree):
        return False
    if any(t.i == asking.i for t in verb.subtree) and not any(t.i == verb.i for t in asking.subtree):
        return True
    return verb.dep_ == "conj" and any(t.i == asking.i for t in verb.head.subtree)


def _answer_stance(stance: str, question) -> str:
    """A bare no to a question of fact denies it ("if he knew about the meeting"); to a question
    of opinion, plan or judgement it denies nothing reported ("if he blamed McConnell", "if King
    would press charges", "if this was a loss")."""
    if questions.opinion(question):
        return "ASSERT"
    if stance == "ASSERT" and not questions.judgement(question):
        return "DENY"
    return stance


def _sayer(verb):
    """The subject of a verb of saying, or of the verb it is joined to ("… and said he …")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _stance_denied(verb) -> bool:
    """ "Trump said he did not blame conservatives": a stance negated, no act denied."""
    content = _content(verb)
    # "Moscow has said it doesn't believe Assad's forces carried out the attack" denies the
    # clause under the stance: still a denial
    return (
        content is not None
        and content.i != verb.i
        and lemma(content).lower() in own_denial.ATTITUDE
        and bool(own_denial.negation(content))
        and not (lemma(content).lower() in BELIEVING and any(c.dep_ == "ccomp" for c in content.children))
    )


BELIEVING = {"believe", "think", "expect", "suppose", "imagine", "feel"}  # "doesn't believe X did it"


def _modal_now(content) -> bool:
    """A negated modal of now or later ("cannot", "won't", "should not"): what can or will not
    be, not an act said not to have happened ("must not have known" is one)."""
    if content is None:
        return False
    auxes = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    # not "would" (the future of the past) nor "could" ("could not attend": did not)
    modal = any(lemma(a).lower() in own_denial.MODALS - {"would", "could"} for a in auxes)
    return modal and not any(a.lower_ == "have" for a in auxes)


def _negated_told(verb) -> str:
    """What a saying of a negated clause denies: the clause without its negation ("Sessions said
    he did not meet any Russians" denies "he meet any Russians"), as a report would tell it."""
    if lemma(verb).lower() not in ASSERT_VERBS:
        return ""
    content = _content(verb)
    if content is None or content.i == verb.i or not own_denial.negation(content):
        return ""
    if _modal_now(content):
        return ""  # '"She cannot resign from the questions," Lindqvist said': no act denied
    under = next((c for c in content.children if c.dep_ == "ccomp"), None)
    if lemma(content).lower() in BELIEVING and under is not None:
        return denied_clause.text_of([under])  # "doesn't believe Assad's forces carried out …"
    return own_denial.affirmed(content)


def extract(ctx: SentenceContext) -> list[Claim]:
    """The claims of one sentence, about the events already found in it (``ctx.events``)."""
    sent = ctx.sent
    out: list[Claim] = []
    verbs: list = []  # the verb of each claim of ``out``
    answering: list[tuple[int, str]] = []  # denials that name what they deny by pointing back
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        stance = stance_of(tok)
        if stance is None:
            continue
        if lemma(tok) in ("tell", "report", "write", "add") and stance == "ASSERT" and _content(tok) is None:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and stance == "DENY":
            subj = disputes.made_by(tok)  # "the Trump campaign was quick to dispute …"
        joined = tok.dep_ == "dep" and any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
        if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and stance == "DENY":
            # "Dowd said McGahn was a terrific witness, dismissing speculation …": the subject
            # of the verb the participle hangs on denies
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None and (tok.dep_ == "conj" or joined):
            # "Trump has called the dossier a fabrication and … repeatedly denied …": the
            # subject of the first verb says the second too
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None and stance == "DENY" and not any(c.dep_ == "auxpass" for c in tok.children):
                # "Putin … was directly asked … whether …, and dismissed such speculation": the one asked
                subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            subj = _subject_elsewhere(tok, ctx.mention_at)
        by = next((c for c in tok.children if c.dep_ == "agent"), None)
        own_subj = any(c.dep_ == "nsubj" for c in tok.children)
        if stance == "DENY" and by is not None and (subj is None or subj.dep_ == "nsubjpass" or not own_subj):
            # "their accounts … were disputed the same day by Sonoma County Sheriff Rob
            # Giordano": the agent denies, also of a joined verb ("Reports … had been circulating
            # but were denied by the White House press secretary")
            subj = next((c for c in by.children if c.dep_ == "pobj"), subj)
        if lemma(tok) in ("say", "tell") and subj is not None and subj.dep_ == "nsubjpass":
            continue
        if lemma(tok).lower() in ACCUSE_VERBS and subj is not None and subj.dep_ == "nsubjpass":
            # "Manafort was accused by prosecutors of lying": the accuser speaks, if named
            by = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if subj is not None and subj.lower_ in ("i", "we"):
            # '"I categorically deny them," he said': the quote's speaker, not whom "I" last named
            said_by = denials.reporter(tok)[1]
            subj = said_by if said_by is not None else subj
        speaker = speaker_text = None
        if stance == "DENY" and _empty_it(tok, subj):
            # "although it is disputed that the two are close friends": no one named disputes
            # it; the quote's speaker, else the report's own word
            subj = quote_owner.owner(tok)
            speaker_text = (ctx.doc.default_sources or [None])[0] if subj is None else None
        if subj is not None:
            speaker, speaker_text = _who(ctx, subj)
        event = _about(tok, ctx.events)
        if (
            stance in ("ASSERT", "CONFIRM")
            and speaker_text
            and event is not None
            and _denied(event)
            and not _stance_denied(tok)
            and not _modal_now(_content(tok))
        ):
            stance = "DENY"  # "Sessions said he did not meet any Russians"
        gone = _gone(_content(tok), ctx.events) if stance == "ASSERT" and speaker_text else None
        if gone is not None and lemma(tok).lower() in ASSERT_VERBS and not _supposed(tok):
            stance, event = "DENY", gone  # "he maintained there was no election interference"
        if stance == "DENY" and event is None:
            event = _saying_denied(tok, ctx.events)
        bare = stance in ("ASSERT", "DENY") and _bare_answer(tok)
        asked = _asked(ctx, tok, bare) if stance in ("ASSERT", "DENY") else None
        if bare and asked is not None:
            stance = _answer_stance(stance, asked[0])
        back = _points_back(tok) if stance == "DENY" else None
        if back is not None:
            answering.append((len(out), back))
        out.append(_claim(ctx, stance, speaker, speaker_text, event))
        if stance == "DENY":
            out[-1].denied = _negated_told(tok) or denied_clause.what_denied(tok)
            if asked is not None and (bare or questions.names_nothing(out[-1].denied)):
                # what an answer denies is the question's proposition, the answerer for "you"
                named = subj is not None and subj.lower_ not in lexicon.PERSONAL | disputes.NO_WORDS
                who = subj.text if named else speaker_text
                out[-1].denied = questions.proposition(asked[0], asked[1], answerer=who)
        verbs.append(tok)
        if stance == "DENY" and (
            disputes.quoted_no(tok) or _answers_bare(tok) or bare and asked and asked[2]
        ):
            _with_question(ctx, out[-1])  # the claim's text from the question before it
    if not any(c.speaker_text for c in out):
        out += _continued_quote(ctx, answering, len(out))
    more = _attributed_denials(ctx, out) + _noun_claims(ctx, out)
    worded = _worded_denials(ctx, answering, len(out + more))
    for i, back in answering:
        told = out + more
        if i < len(verbs):
            # what is denied was told before the denial, not in the saying that frames it
            # ("Mr. Comey said Mr. Trump denied the allegations") nor after it ("While the
            # president denied the allegations, Comey says that Trump told him …")
            told = [c for c, v in zip(out, verbs) if v.i < verbs[i].i and not _frames(v, verbs[i])] + more
        (out + more + worded)[i].answers = _answered(ctx, (out + more + worded)[i], back, told)
    found = _dedupe(out + more + worded)
    if not found and figures.states_figure(sent):
        # "the cumulative difference in those states was 107,330 votes": a figure stated is the
        # writer's statement (or that of the source the sentence names), which a different
        # figure for the same thing may contradict
        found = [_claim(ctx, "ASSERT", None, (ctx.report_sources or [None])[0], None)]
    if found:
        stated = quantities(sent)
        for c in found:
            c.quantities = list(stated)
    return found


# what a denial's object names when it points back to what was told: "denied that charge",
# "has denied the report", "denies the allegations"; a noun with a clause of its own ("denied
# reports that Comey asked …") says what it denies and points nowhere
BACK_NOUNS = {"charge", "report", "story", "claim", "allegation", "accusation", "comment", "account"}
BACK_NOUNS |= {"assertion", "remark", "statement", "suggestion", "characterization", "criticism", "reporting"}
# words of a claim each noun may answer, nearest first among them ("the report" answers what an
# outlet reported before what someone said)
BACK_CUES = {
    "report": ("report", "according to", "told", "revealed"),
    "story": ("report", "according to", "story", "revealed"),
    "reporting": ("report", "according to"),
    "charge": ("accus", "alleg", "charg", "claim"),
    "allegation": ("accus", "alleg", "charg", "claim"),
    "accusation": ("accus", "alleg", "charg", "claim"),
    "claim": ("claim", "alleg", "said", "say"),
}
BACK_SENTENCES = 5  # how far back an answered claim may be
# a denial of having said something ("denies having said any such thing") answers the denier's
# own claim told before it
SAID_IT = "saying"


# what makes a participle's clause part of the saying above it: "said when rebutting the charge
# …", "responded by denying …"
PARTICIPLE_CUES = {"when", "while", "after", "before", "by", "in"}


def _subject_elsewhere(verb, mention_at):
    """Who says what a verb with no subject of its own in the parse says: the subject of the
    verb whose infinitive it is, when that verb has no object ("Trump continued to deny claims
    …", "She also appeared to rebut …", "sought to rebut"; not "asked them to deny", whose
    object would deny); the subject of the saying a participle's clause hangs under ("O'Rourke
    said when rebutting the charge that …"); or the name the parse hung on it as an adverb,
    opening its clause ("Pruitt earlier this month denied to Fox News's Ed Henry that …")."""
    tok = verb
    while tok.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in tok.head.children):
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    if verb.tag_ == "VBG" and any(
        c.lower_ in PARTICIPLE_CUES for c in verb.children if c.dep_ in ("advmod", "mark")
    ):
        for v in verb.ancestors:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and v.pos_ in ("VERB", "AUX"):
                return subj
    head = _carrier(verb) if stance_of(verb) == "DENY" else None
    if head is not None:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    opening = verb.left_edge
    if (
        opening.head.i == verb.i
        and opening.is_title
        and opening.dep_ in ("advmod", "npadvmod", "dep", "nmod")
    ):
        # tagged an adverb, the name is known as a name where the article names it elsewhere
        named = (m for t in opening.doc if t.text == opening.text for m in [mention_at(t)] if m is not None)
        if any(m.type in ("PERSON", "ORG", "NORP", "GPE") for m in named):
            return opening
    return None


# what someone issues that denies for them: "issued a statement denying the story"
ISSUED_NOUNS = {"statement", "tweet", "letter", "release", "post", "message", "memo", "note"}
# a participle after these says what the subject of the verb they hang on did: "despite
# previously denying he even knew the man", "after denying"
PARTICIPLE_PREPS = {"despite", "after", "before", "while", "by", "in", "without"}


def _carrier(verb):
    """The verb whose subject denies by a denial told with no subject of its own: "Rosenstein
    put out another … statement denying the story" (a saying's noun, object of the verb), "Trump
    went out … to deny the former New York mayor's assertions" (an infinitive of purpose),
    "Trump appeared to defend …, despite previously denying he even knew the man" (a participle
    after a preposition); None otherwise."""
    head = verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and lemma(head).lower() in ISSUED_NOUNS
        and head.dep_ == "dobj"
    ):
        return head.head
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return head if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in PARTICIPLE_PREPS:
        return head.head if head.head.pos_ in ("VERB", "AUX") else None
    return None


def _empty_it(verb, subj) -> bool:
    """ "It is disputed that …": a passive's empty "it" before the clause it stands for."""
    return (
        subj is not None
        and subj.lower_ == "it"
        and subj.dep_ == "nsubjpass"
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _frames(verb, denial) -> bool:
    """Whether the saying ``verb`` tells the denial ("Comey said Trump denied …"), as a
    clause of it, not as a second predicate ("Reuters reported …, but the agency denied")."""
    tok = denial
    while tok.i != tok.head.i and tok.dep_ != "conj":
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def _points_back(verb) -> Optional[str]:
    """ "Denied it", "denied that charge", "claims the company denies": the noun (or "it")
    by which a denial names what it denies as something told before; None when it says it."""
    if lemma(verb).lower() in disputes.OPPOSE_VERBS:
        obj = disputes.opposed(verb)  # "pushed back on the ABC News report"
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    content = _content(verb)
    if obj is None and content is not None and content.i != verb.i and denied_clause.own_saying(content):
        return SAID_IT
    if obj is None and content is not None and content.i != verb.i and disputes.never_happened(content):
        return disputes.pointer(content)  # "DHS said that never happened"
    relative = obj is not None and obj.lower_ in ("that", "which") and obj.i < verb.i
    if verb.dep_ == "relcl" and (obj is None or relative):
        # "claims the company denies", "a claim that the Kremlin denies", "a charge that
        # Democrats rebutted" (the parse may call the relative "that" the verb's object)
        obj = verb.head
    return _back_noun(obj)


def _back_noun(obj) -> Optional[str]:
    """ "it", or the noun naming a thing told ("the charge", "those accusations") with no
    clause of its own telling it."""
    if obj is None:
        return None
    if obj.pos_ in ("PRON", "DET") and obj.lower_ in ("it", "this", "that", "them", "those", "these"):
        return "it"
    noun = lemma(obj).lower()
    # a clause of its own says what it tells; an infinitive hung on it by the parse ("the
    # allegations of the first five women to step forward") does not
    if noun not in BACK_NOUNS | disputes.BACK_NOUNS or any(
        c.dep_ in ("acl", "ccomp") and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in obj.children
    ):
        return None
    # "Trump's specific charge of wiretapping": the noun says what it tells, not that it was
    # told just before; "the allegations of the first five women" says only who told it
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and not any(is_person(o) for o in c.children if o.dep_ == "pobj")
        for c in obj.children
    ):
        return None
    return noun


def _answered(ctx: SentenceContext, denial: Claim, noun: str, here: list[Claim]) -> Optional[str]:
    """The claim a pointing-back denial answers: told by someone else in its own sentence, else
    the nearest before it (within BACK_SENTENCES), one with the noun's cue words when it has any;
    for a denial of having said it, the denier's own nearest claim before it."""
    if noun == SAID_IT:
        last = (denial.speaker_text or "").split()[-1:]
        own = [
            c
            for c in reversed(ctx.doc.claims)
            if c.stance in ("ASSERT", "CONFIRM") and c.sent >= ctx.index - BACK_SENTENCES
            if last and c.speaker_text and c.speaker_text.split()[-1] == last[0]
        ]
        return own[0].id if own else None
    # in its own sentence, a claim of no one named is the denier's own ("denied the
    # allegations, though admitted …")
    told = [c for c in here if c is not denial and c.stance in ("ASSERT", "CONFIRM") and c.speaker_text]
    told += [
        c
        for c in reversed(ctx.doc.claims)
        if c.stance in ("ASSERT", "CONFIRM") and c.sent >= ctx.index - BACK_SENTENCES
    ]
    told = [c for c in told if c.speaker_text != denial.speaker_text or c.speaker_text is None]
    # a sentence telling the denier's own denial tells no one's claim the denier denies ("Mr.
    # Comey said Mr. Trump denied the allegations that day. … Mr. Trump again denied the account")
    name = (denial.speaker_text or "").split()[-1:]
    own = {
        c.sent
        for c in ctx.doc.claims
        if c.stance == "DENY" and name and c.speaker_text and c.speaker_text.split()[-1] == name[0]
    }
    cues = BACK_CUES.get(noun, ())
    # the denier's own earlier denial may tell, by a noun, the thing it denies, which a second
    # denial pointing back repeats ("A department official also refuted a CNN report that quoted
    # … . “We believe that [report] is false.”"): that thing, told by no one named, of the noun's kind
    repeated = [
        c
        for c in told
        if c.sent in own and c.sent < ctx.index and c.stance == "ASSERT" and c.speaker_text is None
        if noun in c.text.lower() and any(w in c.text.lower() for w in cues)
    ]
    if repeated:
        return repeated[0].id
    told = [c for c in told if c.sent not in own]
    cued = [c for c in told if any(w in c.text.lower() for w in cues)]
    # a noun says what kind of claim it answers: none of that kind, only a claim of the
    # sentence just before is ("Jackson denied the allegations" after narration answers no
    # quote three sentences back), or one of the two before that names the denier ("In firing
    # McCabe, Sessions said … McCabe had made an unauthorized disclosure. … McCabe denied that
    # charge")
    name = (denial.speaker_text or "").split()[-1:] or [None]
    near = [
        c
        for c in told
        if c.sent >= ctx.index - 1 or c.sent >= ctx.index - 2 and name[0] is not None and name[0] in c.text
    ]
    best = (cued or near if cues else told)[:1]
    if best and best[0].sent == ctx.index:
        return best[0].id  # told in the denial's own sentence
    # a sentence naming the thing itself ("has faced criticism …"), nearer than any claim told
    # before, is what is denied, though no verb of saying was read in it
    j = told_before.naming(ctx, noun, best[0].sent if best else -1, BACK_SENTENCES)
    if j is not None:
        return told_before.telling(ctx, j).id
    return best[0].id if best else None


def _who(ctx: SentenceContext, subj) -> tuple[Optional[str], str]:
    """The mention id (when linked) and the name of who a subject token stands for."""
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if (
        lemma(subj).lower() == "account"
        and subj.dep_ == "nsubj"
        and owner is not None
        and ctx.mention_at(owner)
    ):
        # "Trump's account tweeted …" says what Trump says; not "Mr. Comey's account was
        # disputed", nor "his … account" (whose "his" the nearest name may not be)
        subj = owner
    m = ctx.mention_at(subj)
    if m is None:
        m = _principal(ctx, subj)
    if m is None and subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
        m = ctx.mention_at(subj.head.head)  # "Trump, who has denied knowing …"
    if m is None and subj.lower_ in PRONOUNS | POSSESSIVE:
        m = ctx.antecedent(subj, speaker=True)
    if m is None:
        m = _body(ctx, subj)
    if m is None and subj.lower_ in ("who", "that") and subj.head.dep_ == "relcl":
        noun = subj.head.head  # "a local Democratic staffer who denied …"
        return None, noun.doc[noun.left_edge.i : noun.i + 1].text
    return (m.id, m.key) if m is not None else (None, _np(subj))


# who speaks for someone named as theirs: "his personal lawyers have repeatedly denied",
# "Trump's lawyers have disputed that account", "Manafort's legal team has pushed back" (not
# "Trump's transition team", a body of its own, nor "Trump's aides", who speak as themselves)
AGENT_NOUNS = {"lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "counsel", "representative"}
LEGAL_WORDS = {"legal", "defense", "defence"}  # "his legal team"


def _principal(ctx: SentenceContext, subj) -> Optional[Mention]:
    """The person a possessive role denies for ("his lawyers": the man "his" stands for), when
    the possessor is a pronoun whose antecedent is a person, and the role is not
    named itself ("Trump Jr.'s attorney, Alan Futerfas, told CNN": Futerfas); else None."""
    noun = lemma(subj).lower()
    legal_team = noun == "team" and any(c.lower_ in LEGAL_WORDS for c in subj.children)
    if noun not in AGENT_NOUNS and subj.lower_.rstrip("s") not in AGENT_NOUNS and not legal_team:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or any(c.dep_ == "appos" for c in subj.children):
        return None
    # a named possessor ("Trump's lawyers") stays in the speaker's words, which resolution reads
    # (``speakers.principal``); only a pronoun's is read here, where its antecedent is known
    m = ctx.antecedent(owner, speaker=True) if owner.lower_ in ("his", "her") else None
    return m if m is not None and m.type == "PERSON" else None


def _body(ctx: SentenceContext, tok) -> Optional[Mention]:
    """ "The agency has denied the report", "the bureau", "the company denied it": the nearest
    organisation named before it, in this sentence or the two before, whose name holds the noun
    ("the department": the Justice Department) or, for a company or agency, any organisation."""
    noun = lemma(tok).lower()
    if noun not in BODY_NOUNS or not any(c.lower_ == "the" for c in tok.children):
        return None
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    orgs, subjects = [], []
    for t in reversed(doc[start : tok.i]):
        m = ctx.mention_at(t)
        # who reports is not who is reported on: "Reuters reported that the CFPB was …, but
        # the agency has denied the report"
        if m is None or m.type != "ORG" or t.dep_ == "nsubj" and lemma(t.head).lower() in ASSERT_VERBS:
            continue
        if m not in orgs:
            orgs.append(m)
        if t.dep_ in ("nsubj", "nsubjpass") and m not in subjects:
            subjects.append(m)
    for m in orgs:
        words = m.key.lower()
        if noun in words or noun == "bureau" and ("fbi" in words or "bureau" in words):
            return m
    if noun in ("company", "agency", "firm", "network", "newspaper"):
        # the one organisation named, or the one told as doing something
        for found in (orgs, subjects):
            if len({m.key for m in found}) == 1:
                return found[0]
    return None


def _with_question(ctx: SentenceContext, claim: Claim) -> None:
    """A one-word answer ('"Never," Comey responded') says what it denies only with the question
    it answers: the claim's text runs from the question, the nearest of the two sentences
    before that asks ("…?", "was asked if …")."""
    doc = ctx.sent.doc
    at = ctx.sent.start
    for _ in range(2):
        if at == 0:
            return
        q = doc[at - 1].sent
        asks = any(t.text == "?" for t in q) or any(
            lemma(t).lower() == "ask" and any(m.lower_ in ("if", "whether") for m in t.subtree) for t in q
        )
        if asks:
            start = q.start_char + len(q.text) - len(q.text.lstrip())
            claim.start = start
            claim.text = doc.text[start : claim.end].strip()
            return
        at = q.start


def _continued_quote(ctx: SentenceContext, answering: list[tuple[int, str]], at: int) -> list[Claim]:
    """'"…," Conway said. "He doesn't know these gentlemen."': a sentence of a quote whose
    speaker the sentence before (or the attribution after it) named, denying a contact, an act
    of the speaker's own, or that what was told happened."""
    who = disputes.quote_speaker(ctx.sent)
    root = ctx.sent.root
    own = own_denial.own_negated(root, None)  # the quote's "I" denying an act of its own
    if who is None and own:
        # '"I never directed Michael Cohen to break the law. He was a lawyer …," the president
        # tweeted': the speaker named after the quote closes
        who = quote_owner.owner(root)
    if who is None or not (_denies_contact(root) or own):
        return []
    speaker, speaker_text = _who(ctx, who)
    if speaker is None and who.lower_ in lexicon.PERSONAL:
        return []
    if disputes.never_happened(root) and disputes.pointer(root):
        answering.append((at, "it"))  # '"That never happened."'
    return [_claim(ctx, "DENY", speaker, speaker_text, _told_in(root, ctx.events))]


def _worded_denials(ctx: SentenceContext, answering: list[tuple[int, str]], at: int) -> list[Claim]:
    """Denials with no verb of denial ("had no recollection of", '"…are false," he said',
    "reiterated his denial"), about the event in what they deny. Those naming what they deny
    as told before ("called those accusations 'false'"), or naming nothing, join ``answering``
    (numbered from ``at``)."""
    out: list[Claim] = []
    for who, verb, what in denials.find(ctx.sent, ctx.mention_at):
        if who is not None and who.lower_ in ("i", "we", "me", "us") and verb is not None:
            who = denials.reporter(verb)[1] if verb.dep_ != "ROOT" else who
            alt = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            who = alt if alt is not None and alt.lower_ not in ("i", "we") else who
        if who is None and verb is not None and denials.by_writer(verb):
            # "it is false to claim that …": the writer's own word, not the sentence's source
            speaker, speaker_text = None, (ctx.doc.default_sources or [None])[0]
        elif who is None and verb is not None and denials.contrary(verb):
            # "Israel has not yet given him a prize as he claimed": the report denies it
            speaker, speaker_text = None, (ctx.report_sources or [None])[0]
        elif who is None:
            continue
        else:
            speaker, speaker_text = _who(ctx, who)
            if speaker is None and who.lower_ in lexicon.PERSONAL | lexicon.RELATIVE | POSSESSIVE:
                continue  # "who have no memory of …": no one we can name
        event = None
        if what is not None:
            event = _told_in(what, ctx.events)
            if what.dep_ == "prep":  # "denials of the report"
                what = next((c for c in what.children if c.dep_ == "pobj"), what)
            back = _back_noun(what)
            if back is not None:
                answering.append((at + len(out), back))
        else:
            # a denial naming nothing ("responded … with a categorical denial", "continued his
            # denial") denies what was told before it, as "denied it" does
            answering.append((at + len(out), "it"))
        out.append(_claim(ctx, "DENY", speaker, speaker_text, event))
        out[-1].denied = denied_clause.text_of([what]) if what is not None else None
    return out


def _attributed_denials(ctx: SentenceContext, found: list[Claim]) -> list[Claim]:
    """'According to the Times, the backchannel was never established': the named source
    denies that event, though no verb of saying introduces it."""
    denied = [e for e in ctx.events if _denied(e) and e.type not in SAYINGS]
    if denied and {c.event for c in found} & {e.id for e in denied}:
        return []
    denied.sort(key=lambda e: (e.type not in CONTACT_TYPES, -len(e.participants)))
    # "According to Bannon, Ailes sent one of his lawyers": the named source tells it, which
    # the other side of a denial needs as much as a verb of saying
    told = [e for e in ctx.events if e.factuality.happened and e.type not in SAYINGS]
    told.sort(key=lambda e: (e.type not in CONTACT_TYPES, -len(e.participants)))
    stance, about = ("DENY", denied[0]) if denied else ("ASSERT", told[0] if told else None)
    said = {c.speaker_text for c in found}
    sent, out = ctx.sent, []
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ != "to":
            continue
        for obj in (c for c in tok.nbor().children if c.dep_ == "pobj"):
            m = ctx.mention_at(obj)
            who = m.key if m is not None else attribution.phrase(obj, ctx.mention_at)
            if who in said:
                continue
            out.append(_claim(ctx, stance, m.id if m is not None else None, who, about))
    return out


def _noun_claims(ctx: SentenceContext, found: list[Claim]) -> list[Claim]:
    """'Trump's claim that Obama wiretapped Trump Tower': an assertion carried by a noun, told
    by its possessor (or by no one named). The sentence may also deny it ("Comey denied the
    claim that …"); the denial stays a claim of its own."""
    out = []
    for tok in ctx.sent:
        if tok.pos_ != "NOUN" or lemma(tok).lower() not in CLAIM_NOUNS:
            continue
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None:
            clause = _alleged_of(tok)
        if clause is None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "its":
            # "the Russian foreign ministry doubled down on its claim that …": whose claim is the
            # body named as the subject of the verb the noun hangs on ("its", left unresolved
            # otherwise); not "his claims" under "evidence will prove his claims", resolved already
            subj = _clause_subject(tok)
            if subj is not None and (ctx.mention_at(subj) is not None or lemma(subj).lower() in BODY_NOUNS):
                owner = subj
        m = ctx.mention_at(owner) if owner is not None else None
        if m is None and owner is not None and owner.lower_ in PRONOUNS:
            m = ctx.antecedent(owner, speaker=True)
        who = m.key if m is not None else (_np(owner) if owner is not None else None)
        if who is not None and any(c.speaker_text == who for c in found):
            continue
        event = _told_in(clause, ctx.events)
        gone = _gone(clause, ctx.events) if who is not None else None
        # "doubled down on its claim that no chemical attack occurred": the claim denies it
        stance, event = ("DENY", gone) if gone is not None else ("ASSERT", event)
        out.append(_claim(ctx, stance, m.id if m is not None else None, who, event))
    return out


def _clause_subject(noun):
    """The subject of the verb a noun is the object of, directly or after a preposition."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _gone(content, events: list[EventMention]) -> EventMention | None:
    """The event a said clause denies took place ("there was no election interference", "no
    chemical attack occurred"), when an event is found there: a noun with no event under it
    ("there was no comparison", "no urgency") denies no happening."""
    if content is None:
        return None
    at = {t.i for t in disputes.denied_existence(content)}
    for e in events:
        span = content.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.i in at and e.type not in SAYINGS:
            return e
    return None


# nouns of accusing whose "of" tells what is alleged: "facing anonymous ethics allegations,
# including claims of on-the-job drunkenness" ("charges of fraud" are an indictment's)
ALLEGED_NOUNS = {"allegation", "accusation", "claim"}


def _alleged_of(noun):
    """What an accusation told as a noun alleges, after "of" ("allegations of sexual
    misconduct"); None for whose it is ("the allegations of the first five women")."""
    if lemma(noun).lower() not in ALLEGED_NOUNS:
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            what = next((o for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
            if what is not None and not is_person(what):
                return what
    return None


def _claim(
    ctx: SentenceContext,
    stance: str,
    speaker: str | None,
    speaker_text: str | None,
    event: EventMention | None,
) -> Claim:
    """A claim of the whole sentence; the named sources other than the speaker it is attributed to."""
    return Claim(
        id=ctx.next_id("c"),
        sent=ctx.index,
        stance=stance,
        text=ctx.sent.text.strip(),
        start=ctx.sent.start_char,
        end=ctx.sent.end_char,
        speaker=speaker,
        speaker_text=speaker_text,
        event=event.id if event is not None else None,
        attributed_to=[s for s in ctx.sources if s != speaker_text],
        doc=ctx.doc_id,
    )


def _told_in(root, events: list[EventMention]) -> EventMention | None:
    """The event told under `root` (not a saying, denying or confirming); a contact with the most
    participants first."""
    scope = {t.i for t in root.subtree}
    about = []
    for e in events:
        span = root.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.i in scope and e.type not in SAYINGS:
            about.append(e)
    about.sort(key=lambda e: (e.type not in CONTACT_TYPES, -len(e.participants)))
    return about[0] if about else None


def _about(verb, events: list[EventMention]):
    """The event a claim is about: in what it reports, not in where or when it was said."""
    content = _content(verb)
    return _told_in(content if content is not None and content.i != verb.i else verb, events)


def _saying_denied(verb, events: list[EventMention]) -> EventMention | None:
    """ "He dismissed the interview … as 'fake news'", "denies having made the statement": a
    saying named by a noun in what a denial denies is itself the thing denied (``_told_in``
    passes sayings over, as they are mostly the telling, not what is told)."""
    content = _content(verb)
    if content is None or content.i == verb.i:
        return None
    for e in events:
        span = verb.doc.char_span(e.start, e.end, alignment_mode="expand")
        if e.type != "STATEMENT" or span is None or span.root.pos_ != "NOUN":
            continue
        # the saying itself, or what a verb of the denied clause acts on ("having made the
        # statement"); not a saying hung on another noun ("claims that he backed the Iraq War,
        # pointing to an interview he gave": the interview is the denier's evidence)
        path = [span.root, *span.root.ancestors]
        if content in path and not any(
            t.pos_ in ("NOUN", "PROPN") for t in path[1 : path.index(content) + 1]
        ):
            return e
    return None


def _denied(event: EventMention) -> bool:
    """Reported as not having happened (not merely planned, demanded or possible)."""
    f = event.factuality
    # not a future ("said the United States would not pull out"): no fact denied
    return (
        f.polarity is Polarity.NEG
        and f.special.value in ("NONE", "GENERIC")
        and f.time is not EventTime.FUTURE
    )


def _np(tok) -> str:
    # not what someone is accused of when the parse hangs it on the accuser ("accused by
    # prosecutors of lying")
    skip = {
        t.i
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of" and any(events.accused_in(o) is not None for o in p.children)
        for t in p.subtree
    }
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "punct") and t.i not in skip]
    return tok.doc[min(t.i for t in toks) : max(t.i for t in toks) + 1].text if toks else tok.text


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per sentence and speaker, keeping the strongest stance."""
    rank = {"DENY": 0, "DECLINE": 1, "CONFIRM": 2, "ASSERT": 3}
    best: dict = {}
    for c in claims:
        k = c.speaker_text
        if k not in best or rank[c.stance] < rank[best[k].stance]:
            best[k] = c
    return list(best.values())
