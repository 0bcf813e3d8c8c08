"""What one clause says by itself: negation, modality, tense, adverbs and markers ("if",
"whether", "?", an imperative), and what an event noun says by itself ("no meetings", "the
planned summit"). Used by extract/factuality.py, which walks up the embedding predicates."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.extract import factuality_lexicon as lx
from storyline.extract.nlp import lemma as _model_lemma
from storyline.model import EventTime, Special


def lemma(tok) -> str:
    """Lower-case lemma, with the lemmatizer's known slips mended."""
    return lx.LEMMA_FIXES.get(tok.lower_) or _model_lemma(tok).lower()


@dataclass
class Local:
    """What one clause says by itself: its negation, modality, tense and markers."""

    neg: bool = False
    cert: int = 0
    time: EventTime | None = None
    special: Special = Special.NONE
    would: bool = False


def local(v, skip=None) -> Local:
    """The clause of verb ``v`` on its own (``skip``: a subject already read as the event)."""
    out = Local(neg=_negated(v, skip))
    for c in v.children:
        if c.dep_ in ("advmod", "npadvmod"):
            low = c.lower_
            out.cert = max(out.cert, 1 if low in lx.PROBABLE_ADVS else 2 if low in lx.POSSIBLE_ADVS else 0)
    _modality(v, out)
    if out.time is None:
        out.time = tense(v)
    marker = _marker(v, out)  # a condition outranks a demand: "if X, we must see Y"
    if out.special is Special.NONE or marker is Special.CONDITIONAL:
        out.special = marker
    if _generic(v, out):
        out.special = Special.GENERIC
    return out


def negator(c) -> bool:
    """'not', 'never', "n't", but not the "not" of "not just" / "not only"."""
    if not (
        c.dep_ == "neg"
        or c.lower_.replace("\u2019", "'") == "n't"  # "didn’t": the curly "n’t" is often parsed as a number
        or (c.dep_ in ("advmod", "npadvmod", "preconj") and c.lower_ in lx.NEG_ADVS)
        or (c.dep_ == "cc" and c.lower_ == "nor")
    ):
        return False
    if c.i >= 2 and c.doc[c.i - 1].lower_ == "or" and c.doc[c.i - 2].lower_ == "whether":
        return False  # "whether or not he testifies": both ways, neither denied
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return nxt is None or nxt.lower_ not in lx.NOT_FOCUS


def _negated(v, skip=None) -> bool:
    for c in v.children:
        if skip is not None and c.i == skip.i:
            continue
        if negator(c):
            return True
        if c.dep_ in ("aux", "auxpass") and any(x.lower_.replace("\u2019", "'") == "n't" for x in c.children):
            return True  # "why didn’t he dump him": "n’t" hung on the auxiliary
        if (
            c.dep_ in ("dobj", "attr")
            and v.pos_ == "VERB"
            and c.lower_ != "matter"  # "no matter what"
            and (
                c.lower_ in lx.NEG_SUBJECTS
                or any(d.dep_ == "det" and d.lower_ in lx.NEG_DETS for d in c.children)
            )
        ):
            return True  # "met no one", "has no problem"
        if c.dep_ == "advmod" and any(g.dep_ == "neg" or g.lower_ == "no" for g in c.children):
            return True  # "no longer"
        if c.dep_ == "prep" and c.lower_ in ("under", "in", "at", "by") and _no_way(c):
            return True  # "under no circumstances should we leave", "at no time did he"
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in lx.NEG_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in lx.NEG_DETS for d in c.children)
        ):
            return True  # "no one appointed him"
        if c.dep_ in ("acomp", "oprd") and lemma(v) == "plead":
            # "pleaded not guilty" / "pleaded innocent": PLEAD is the plea of guilt
            return c.lower_ == "innocent" or any(d.dep_ == "neg" for d in c.children)
    return False


def _no_way(prep) -> bool:
    return any(
        o.dep_ == "pobj" and lemma(o) in lx.NO_WAY_NOUNS and any(d.lower_ == "no" for d in o.children)
        for o in prep.children
    )


def _modality(v, out: Local) -> None:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(lemma(a) == "have" for a in auxes)
    for a in auxes:
        low = a.lower_.replace("\u2019", "'")  # "she’d have been indicted"
        if a.tag_ != "MD" and low not in lx.WOULD_AUX:
            continue
        if low in lx.WOULD_AUX:
            out.would = True
            if perfect:  # "would not have chosen him had he known": what did not happen
                out.special = Special.HYPOTHETICAL  # counterfactual, never a future in the past
        elif low in lx.FUTURE_AUX:
            out.time = EventTime.FUTURE
        elif low in lx.ABILITY_AUX and out.neg:
            pass  # "could not be heard": it was not
        elif low in lx.POSSIBLE_AUX:
            out.cert = 2
            if not perfect and out.time is None:
                out.time = EventTime.FUTURE  # "could fire him", "may protest"
        elif low in lx.DEONTIC_AUX:
            if perfect:  # "must have known": an inference
                out.cert = max(out.cert, 1)
            else:  # "Sessions should resign", "must get permission"
                out.special = Special.DEMAND


def tense(v) -> EventTime | None:
    """PAST, PRESENT from the verb's morphology and auxiliaries; None for a non-finite verb."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lx.FUTURE_AUX for a in auxes):
        return EventTime.FUTURE
    has_aux = [a for a in auxes if lemma(a) == "have"]
    if has_aux:
        progressive = v.tag_ == "VBG"  # "has been investigating": still going on
        if progressive and "Past" not in has_aux[0].morph.get("Tense"):
            return EventTime.PRESENT
        return EventTime.PAST
    for a in auxes:  # "he’s talking", "they were meeting": the form of "be" says it
        form = a.lower_.replace("\u2019", "'")
        if form == "'s" and (v.tag_ == "VBN" and a.dep_ == "aux" or any(x.lower_ == "been" for x in auxes)):
            return EventTime.PAST  # "it's been tried", "it's failed": "has", a perfect
        if form in lx.PRESENT_BE:
            return EventTime.PRESENT
        if form in lx.PAST_BE:
            return EventTime.PAST
    for t in [*auxes, v]:
        if t.tag_ == "MD":
            continue
        tenses = t.morph.get("Tense")
        if "Past" in tenses and (t is not v or t.tag_ == "VBD" or not auxes):
            if t is v and v.tag_ == "VBN" and v.dep_ in ("acl", "amod"):
                continue
            return EventTime.PAST
        if "Pres" in tenses and "Fin" in t.morph.get("VerbForm"):
            return EventTime.PRESENT
    return None


def _marker(v, out: Local) -> Special:
    """Condition, embedded or direct question, imperative, consequent of a condition."""
    marks = {c.lower_ for c in v.children if c.dep_ in ("mark", "advmod") and c.i < v.i}
    head = v.head
    if marks & lx.QUESTION_MARKS and (
        v.dep_ in ("ccomp", "xcomp", "pcomp", "csubj", "dobj", "attr")
        or lemma(head) in lx.QUESTION_GOVERNORS
        and head.i < v.i
    ):
        if not ("if" in marks and v.dep_ == "advcl" and lemma(head) not in lx.QUESTION_GOVERNORS):
            return Special.QUESTION
    if v.dep_ == "advcl" and (marks & lx.CONDITION_MARKS or _inverted(v)) and "as" not in marks:
        return Special.CONDITIONAL
    if v.dep_ == "ROOT" and marks & {"if", "unless"}:
        return Special.CONDITIONAL  # a condition cut from its main clause: "If Democrats win, then Rep."
    # ("before" is left out: "engineers typically burn off gas before the oil is shipped" is a habit)
    if v.dep_ == "advcl" and marks & {"until", "till"} and tense(v) is not EventTime.PAST:
        # "will not testify until the FBI investigates", "until the Senate votes to confirm him"
        # (the parse may take "votes" for a noun: no tense, still not yet happened)
        return Special.CONDITIONAL
    if v.dep_ not in ("relcl", "acl") and interrogative(v):
        return Special.QUESTION
    # the consequent of a condition: "it would spark a fight if ...", "Cineplex expects … if
    # the bid succeeds"; not a past report of one ("threatened to resign if he was fired"),
    # nor a concession ("he faces a test, even if it boosted others")
    has_modal = out.would or out.time is not EventTime.PAST or out.cert == 2
    if has_modal and any(condition(c) for c in v.children):
        return Special.CONDITIONAL
    if _imperative(v):
        return Special.DEMAND
    return Special.NONE


_CLAUSE_OPENERS = {"—", "--", "–", ":", ";", "("}


def _imperative(v) -> bool:
    """'View how the coastline is at risk.', '"Give us about a week," he said', 'please, spare
    me the routine', '— consider all the CEOs in New York': a bare verb without a subject that
    opens its sentence (after any quotation marks), a clause after a dash or a colon, or that
    says "please"."""
    if any(c.dep_ in ("nsubj", "aux", "nsubjpass", "expl") for c in v.children):
        return False
    if any(c.lower_ == "please" for c in v.children):
        return v.tag_ in ("VB", "VBP")  # "please, spare me": the parse may take it for a present
    if v.tag_ != "VB":
        return False
    # a bare verb opening the sentence is one whatever the parse hangs it on ("Click here for a
    # free subscription: …"); opening quotation marks do not count ("“Give us a week,” he said")
    opener = next((t for t in v.sent if not (t.is_punct or t.is_quote or t.is_space)), None)
    if opener is not None and opener.i == v.i and v.dep_ in ("ROOT", "advcl", "ccomp", "csubj"):
        return True
    if v.i == v.sent.start:
        return False
    prev = v.doc[v.i - 1]
    if prev.text in _CLAUSE_OPENERS and v.dep_ in ("ROOT", "advcl", "conj", "parataxis", "ccomp"):
        return True  # "— consider all the CEOs and bankers that live in New York City"
    # not after a quotation: '"…," read a statement' is a report with its subject after it
    return v.dep_ == "ROOT" and prev.is_punct and not (prev.is_quote or prev.text == ",")


_WH = {"WDT", "WP", "WP$", "WRB"}


def interrogative(v) -> bool:
    """A direct question: a "?" ends the clause, which opens with a wh-word or an auxiliary
    before its subject ("how could he pursue peace?", "Has the behaviour been divisive?")."""
    if not any(t.text == "?" for t in v.subtree if t.i > v.i):
        return False  # the "?" of another clause: "… for these words: What is fascism?"
    left = [
        c
        for c in v.children
        if c.i < v.i and c.dep_ not in ("advcl", "punct", "mark", "cc", "prep", "npadvmod")
    ]
    left = [c for c in left if c.dep_ != "advmod" or c.tag_ in _WH]
    first = min(left, key=lambda t: t.i, default=v)
    if first.tag_ in _WH or any(t.tag_ in _WH for t in first.subtree if t.i == first.i):
        return True
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    # subject-auxiliary inversion: the clause opens with an auxiliary, or its copula stands
    # before its subject and carries the "?" ("Join us. Are you interested in …?")
    opener = first if first.dep_ in ("aux", "auxpass") else v if first.i == v.i and v.pos_ == "AUX" else None
    if opener is None and v.pos_ == "AUX" and any(c.text == "?" for c in v.children):
        opener = v
    return opener is not None and opener.i < subj.i


def condition(c) -> bool:
    """An adverbial clause that states a condition ("if", "unless", "had he known")."""
    if c.dep_ != "advcl" or any(x.lower_ in ("even", "as") for x in c.children):
        return False  # "even if" concedes, "acting as if it's normal" compares
    return bool({m.lower_ for m in c.children if m.dep_ == "mark"} & lx.CONDITION_MARKS) or _inverted(c)


def _inverted(v) -> bool:
    """'had the beating never happened', 'were she elected': a condition without 'if'."""
    first = min(v.subtree, key=lambda t: t.i)
    return first.dep_ in ("aux", "auxpass") and first.lower_ in ("had", "were", "should")


def _generic(v, out: Local) -> bool:
    """'Oil companies often work with', 'usually reserved for', 'desperate times call for';
    not the habit of someone named ("Trump often asserts", "they often spout")."""
    advs = {c.lower_ for c in v.children if c.dep_ == "advmod"}
    if any(
        c.dep_ == "npadvmod" and any(d.lower_ in ("each", "every") for d in c.children) for c in v.children
    ):
        advs.add("every")  # "which kills a million children each year": a habit, as "usually"
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    bare = subj is not None and (
        subj.lower_ in lx.GENERIC_SUBJECTS
        or subj.tag_ == "NNS"
        and not any(d.dep_ in ("det", "poss", "nummod") for d in subj.children)
    )
    if advs & lx.GENERIC_ADVS:
        bare = (
            bare and out.time is not EventTime.PAST
        )  # "laws segregated schools generally in …": a past fact
        if subj is not None and subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            subj = v.head  # "the Census Bureau, which often divides": the antecedent is the subject
        named = subj is not None and (
            subj.pos_ in ("PROPN", "PRON")
            and subj.tag_ != "NNPS"  # "Republicans often talk a good game": a kind
            and subj.lower_ not in lx.GENERIC_SUBJECTS
            and subj.lower_ != "it"  # "Most often, it comes as a result of …": no one named
            and subj.tag_ not in ("WDT", "WP")  # "which applies generally": a rule, not a habit
        )
        return (out.time is EventTime.PRESENT and not named) or v.dep_ in ("acl", "amod") or bare
    # present simple with a bare plural subject, other than a report ("critics say")
    simple = v.tag_ in ("VBZ", "VBP") and out.time is EventTime.PRESENT and out.cert == 0
    word = lemma(v)
    return (
        simple
        and bare
        and subj.lower_ not in ("you", "one")
        # "reporters seem to be paralyzed", "new gun measures appear unlikely": an impression
        # of the moment, not a kind
        and word not in lx.REPORT | lx.BELIEVE | lx.HOPE | lx.HEDGE_RAISING
        and subj.lower_ not in lx.SOURCE_WORDS
        and not _relative(v)
    )


def _relative(v) -> bool:
    """'the ad in which employees vow to clean up the Gulf', 'what environmentalists see as
    evidence': a relative clause picks out something particular, whatever its subject."""
    return v.dep_ == "relcl" or (
        v.dep_ in ("pcomp", "ccomp") and any(c.tag_ in ("WP", "WDT", "WP$") for c in v.children if c.i < v.i)
    )


def noun_local(n) -> Local:
    """An event noun on its own: "no meetings", "the alleged payment", "a planned summit"."""
    out = Local()
    for c in n.children:
        low = c.lower_
        if (c.dep_ == "det" and low in lx.NEG_DETS) or negator(c):
            out.neg = True
        elif c.dep_ in ("amod", "compound", "nmod"):
            if low in lx.PROBABLE_AMODS:
                out.cert = max(out.cert, 1)
            elif low in lx.FUTURE_AMODS:
                out.time = EventTime.FUTURE
                out.cert = max(out.cert, 0 if low in lx.PLANNED_AMODS else 2)
            elif low in lx.NEG_AMODS:
                out.neg = True
    return out


# Words that open a condition whatever the parse makes of them ("If Trump fires Mueller, …" with
# "fires" parsed as a noun; "as long as Russia occupies Crimea" hung on "long").
_OPENERS = (
    ("if",), ("unless",), ("as", "long", "as"), ("so", "long", "as"), ("in", "case"),
    ("provided", "that"), ("providing", "that"), ("in", "the", "event"), ("if", "and", "when"),
)  # fmt: skip
_MID_OPENERS = _OPENERS[2:]  # "if" and "unless" inside a sentence are left to the parse
_CLAUSE_END = {",", ";", ":", "—", "--", "–"}


def surface_condition(tok) -> bool:
    """Is ``tok`` inside a condition opened by its words: from "If", "Unless", "As long as",
    "In case", "Provided that", "In the event of" at the start of the sentence, or from one of
    the longer markers inside it, to the next comma or the end of the sentence?"""
    sent = tok.sent
    words = [t.lower_ for t in sent]
    lead = 0
    while lead < len(words) and (sent[lead].is_quote or words[lead] in ("but", "and", "so", "even")):
        lead += 1
    if lead and words[lead - 1] == "even":
        return False  # "even if": a concession
    for i in range(lead, len(words)):
        openers = _OPENERS if i == lead else _MID_OPENERS
        match = next((o for o in openers if tuple(words[i : i + len(o)]) == o), None)
        if match is None or (i > 0 and words[i - 1] in ("as", "even")):
            continue  # "as if" compares, "even if" concedes
        start = sent.start + i
        end = next((t.i for t in sent[i + len(match) :] if t.text in _CLAUSE_END), sent.end)
        if start < tok.i < end and end - start <= 30:
            return True
    return False
