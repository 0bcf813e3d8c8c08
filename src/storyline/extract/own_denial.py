"""A negated account of one's own conduct or knowledge, told with a verb of saying, is a denial:
"Mr. Rosenberg said he never worked for Mr. Trump again", "McCabe had said that he was not a
source for background leaks", "Snyder maintained that he did not know that Flint's water was
contaminated", '"I have never made any remark …," he said'. An editor reads each as the speaker
denying the act ("denies working for Trump"), whether or not the act is an event we know.

Not so a stance or a state of mind ("said he does not support the bill", "did not want to",
"was not surprised", "is not sure"), a future or a possibility ("would not", "can't"), not
knowing which ("did not know if such tapes exist", "did not know much about"), nor what the
speaker says of someone else ("Huelskamp said they didn't help him": a charge, not a denial),
save a spokesman, a lawyer or a camp speaking for the one they stand for.
"""

from __future__ import annotations

from storyline.extract.factuality_clause import negator
from storyline.extract.nlp import lemma

# verbs of wanting, thinking and judging: negated, a stance, not an act denied
ATTITUDE = {"want", "think", "believe", "like", "support", "agree", "intend", "plan", "expect"}
ATTITUDE |= {"care", "need", "feel", "trust", "favor", "favour", "respect", "wish", "hope", "mind"}
ATTITUDE |= {"blame", "understand", "imagine", "see", "mean", "seek", "endorse", "oppose", "accept"}
ATTITUDE |= {"appreciate", "remember", "recall", "get", "go", "let", "seem", "appear", "try", "regret"}
# feelings told in the passive: "Daniels said she wasn't attracted to Trump"
ATTITUDE |= {"attract", "interest", "surprise", "concern", "worry", "bother", "impress", "please"}
ATTITUDE |= {"convince", "satisfy", "disappoint", "offend", "shock", "trouble", "scare", "persuade"}
# what a copula may deny of its subject: knowing and taking part ("was not aware of", "was not
# involved in"); other adjectives are feelings or judgements ("not sure", "not surprised")
KNOWING = {"aware", "involved", "present", "responsible", "complicit", "privy", "informed", "party"}
MODALS = {"will", "would", "can", "ca", "could", "should", "may", "might", "must", "shall", "wo"}
# how far a "know" reaches: knowing of a thing, not not knowing which ("if", "whether", "who")
WH = {"if", "whether", "who", "what", "where", "when", "why", "how", "which"}
# a speaker who speaks for another: "his camp says he never made the donation"
FOR_ANOTHER = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "camp", "aide"}
FOR_ANOTHER |= {"representative", "campaign", "office", "counsel", "secretary", "adviser", "advisor"}
OWNER = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we"}
SINGULAR = {"he", "she"}
PLURAL = {"they", "we"}


# what one may "have no" of without denying anything: "had no doubt", "has no plans to"
HAVE_NO = {"doubt", "plan", "intention", "idea", "interest", "desire", "comment", "choice", "problem"}
HAVE_NO |= {"reason", "need", "time", "chance", "option", "way", "regret", "objection", "issue"}
# a statement of absence, not of one's own conduct: "Microsoft said it had no evidence the hackers …"
HAVE_NO |= {"evidence", "indication", "sign", "proof", "information", "word"}
# ties one may deny having, now as well as then: "says it has no connection to the websites", "his
# views had absolutely no impact on his conduct"
HAVE_TIES = {"connection", "knowledge", "involvement", "role", "contact", "tie", "relationship", "link"}
HAVE_TIES |= {"part", "impact", "influence", "dealing", "affiliation", "association", "communication"}
# bodies that speak of themselves as "it": "The Sanders camp says it has no connection to …"
BODIES = {"camp", "campaign", "office"}


def negation(head) -> list:
    """The words negating a clause's head: "not", "n't" (the curly "n’t" too, often parsed as a
    number), "never, ever" (not the "not" of "not just"), and the "no" of "had no knowledge
    of", "had absolutely no impact on" (parsed as the object's determiner or number)."""
    found = [c for c in head.children if negator(c)]
    found += [x for c in head.children if c.dep_ == "aux" for x in c.children if _nt(x)]  # "didn’t"
    if found:
        found += [c for c in head.children if c.lower_ == "ever"]  # "never, ever": dropped with it
    if lemma(head).lower() == "have":
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if any(lemma(o).lower() in HAVE_NO for o in objs):
            return []  # "didn't have any indication whether …", "had no evidence"
        for obj in objs:
            found += [d for d in obj.children if d.dep_ in ("det", "nummod", "advmod") and d.lower_ == "no"]
    return found


def _nt(tok) -> bool:
    return tok.lower_.replace("\u2019", "'") == "n't"


def _has_tie(content) -> bool:
    """ "has no connection to", "had no role in": a tie denied by the "no" of its object."""
    return lemma(content).lower() == "have" and any(
        c.dep_ == "dobj"
        and lemma(c).lower() in HAVE_TIES
        and any(d.lower_ == "no" and d.dep_ in ("det", "nummod", "advmod") for d in c.children)
        for c in content.children
    )


def own_negated(content, speaker) -> bool:
    """``content``, the clause a verb of saying reports, denies an act or knowledge of the one
    who says it (``speaker``, the saying's subject, or None in a quote's '"…," he said')."""
    if content is None or content.pos_ not in ("VERB", "AUX") or not negation(content):
        return False
    auxes = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    if any(lemma(a).lower() in MODALS or a.lower_ == "to" for a in auxes):
        return False  # "would not", "can't": no act denied
    subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _same(subj, speaker, content):
        return False
    if elliptic(content):
        return True  # 'Asked if he is accusing Priebus …, Scaramucci tells me "I am not."'
    lem = lemma(content).lower()
    if content.pos_ == "AUX" or lem == "be":
        what = [c for c in content.children if c.dep_ in ("acomp", "attr")]
        if subj.lower_ == "it":
            # "it is not his burden to second-guess …": an empty "it"; a body is not aware
            return any(lemma(w).lower() in KNOWING for w in what)
        return any(
            w.dep_ == "attr" and w.pos_ in ("NOUN", "PROPN") or lemma(w).lower() in KNOWING for w in what
        )
    if lem in ATTITUDE or any(c.dep_ == "xcomp" for c in content.children if lem == "have"):
        return False
    if any(c.dep_ == "xcomp" and lemma(c).lower() in ATTITUDE for c in content.children):
        return False  # "didn't even seem to agree"
    if any(c.dep_ == "advmod" and c.lower_ in ("well", "enough", "much") for c in content.children):
        return False  # "I did not do well on Saturday night": a judgement of oneself
    if lem == "know":
        return _knows_of(content)
    if _has_tie(content):
        return True  # "says it has no connection to the websites": a tie denied, whatever the tense
    # an act told in the past ("did not ask", "never worked", "had not received"); a present tells a habit or a
    # stance ("does not make umpires available"), a present perfect a state of things so far
    # ("has not set a date for the protest") unless "never" ("has never heard Trump use …")
    never = any(c.lower_ == "never" for c in content.children)
    so_far = any(lemma(a).lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if so_far:
        return never
    return (
        content.tag_ in ("VBD", "VBN")
        or any(a.tag_ == "VBD" for a in auxes)
        or never
        and content.tag_ != "VBZ"
    )


def elliptic(content) -> bool:
    """ "I am not.", "I did not.": a bare negated answer, what it denies left to the question."""
    return bool(negation(content)) and all(
        c.dep_ in ("nsubj", "neg", "punct", "aux") for c in content.children
    )


def _knows_of(know) -> bool:
    """ "did not know that …", "did not know about the payments": knowing denied; not "did not
    know if …", "did not know the answer"."""
    for c in know.children:
        if c.dep_ == "ccomp":
            return not any(
                t.lower_ in WH for t in c.children if t.dep_ in ("mark", "advmod", "nsubj", "dobj")
            )
        if c.dep_ == "prep" and c.lower_ in ("about", "of"):
            # not "didn't know of any": no evidence known, no knowledge denied
            return not any(o.lower_ in ("any", "anything", "much") for o in c.children)
    return False  # "did not know the answer": not knowing, not a denial


def _same(subj, speaker, content) -> bool:
    """The clause's subject is the speaker: "I"/"we" in a quote, a pronoun agreeing with the
    speaker, or one the speaker speaks for ("his camp says he …")."""
    low = subj.lower_
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in OWNER), None)
    if owner is not None and subj.pos_ == "NOUN":
        low = OWNER[owner.lower_]  # "his political beliefs never affected his work"
    if low in ("i", "we"):
        return _quoted(content)
    if speaker is None or low not in SINGULAR | PLURAL | {"it"}:
        return False
    if speaker.lower_ in ("i", "we"):
        return False  # the quote's "I": whose words they are is read above
    if _other_before(subj, speaker, low):
        return False
    words = {lemma(t).lower() for t in speaker.subtree}
    if words & FOR_ANOTHER:
        return low != "it" or lemma(speaker).lower() in BODIES
    # a person's name is one ("Sanders", tagged as a plural noun)
    plural = speaker.tag_ in ("NNS", "NNPS") and speaker.ent_type_ != "PERSON" or speaker.lower_ in PLURAL
    if low == "it":
        return not plural and speaker.pos_ in ("NOUN", "PROPN") and speaker.ent_type_ != "PERSON"
    if low == "they":
        joined = any(c.dep_ == "conj" for c in speaker.children)
        return plural or joined or speaker.ent_type_ in ("ORG", "NORP", "GPE")
    # "Trump -- and his senior advisers -- have insisted that he had never …": the first named
    return not plural and speaker.lower_ != "it"


def _other_before(subj, speaker, low: str) -> bool:
    """Another noun the pronoun may stand for, between the speaker and it: "U.S. officials
    portrayed the strikes as … and said they did not signal a broader shift" (the strikes)."""
    own = {t.i for t in speaker.subtree}
    lo, hi = sorted((speaker.i, subj.i))
    for t in subj.doc[lo + 1 : hi]:
        if t.i in own or t.dep_ not in ("nsubj", "dobj", "pobj", "attr", "conj", "appos"):
            continue
        if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            continue
        if low == "they" and t.tag_ in ("NNS", "NNPS") and t.ent_type_ != "PERSON":
            return True
        if low in SINGULAR and t.ent_type_ == "PERSON":
            return True
        if low == "it" and t.tag_ in ("NN", "NNP") and t.ent_type_ != "PERSON":
            return True
    return False


def _quoted(tok) -> bool:
    """Inside quotation marks in its sentence: an odd number of marks before it."""
    sent = tok.sent
    marks = sum(t.is_quote or t.text in ("“", "”", '"') for t in sent.doc[sent.start : tok.i])
    return marks % 2 == 1


def affirmed(content) -> str:
    """The clause's words with its negation taken away: "he never worked for Mr. Trump again" →
    "he worked for Mr. Trump again", "he did not ask for a pardon" → "he ask for a pardon" (the
    word family is what a report is matched by)."""
    drop = {t.i for t in negation(content)}
    drop |= {
        c.i for c in content.children if c.dep_ == "aux" and lemma(c).lower() == "do" and c.i < content.i
    }
    drop |= {
        t.i
        for t in content.subtree
        if t.dep_ == "punct" and t.i in (content.left_edge.i, content.right_edge.i)
    }
    out = ""
    for t in content.subtree:
        if t.i not in drop:
            out += t.text_with_ws
        elif t.whitespace_ and out and not out.endswith(" "):
            out += " "  # "had n't heard" → "had heard"
    return out.strip()
