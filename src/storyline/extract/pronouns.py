"""Pronouns inside one document: "He pleaded guilty" → the nearest compatible antecedent.

Compatible means the right kind of referent (he/she a person, "it" a thing or an organisation)
and, for he/she, no contrary gender: a name the NER tagged a person that is no one's (a
platform, an outlet: "said on Twitter") takes no personal pronoun, "his" is never Twitter. A
person's gender is read from the document only: an honorific before the name (Mr., Mrs., Ms.),
a gendered title ("spokeswoman", "actress"), and earlier pronouns that had one possible
referent ("Sally Yates testified. She said…"), outside quotes and not going on from the same
pronoun before them. Among the compatible mentions of this sentence
and the one before, a subject is preferred, a main clause's before a relative clause's. When
two people fit equally well ("Flynn and Kislyak spoke; he…") or no subject fits and several
people do, the pronoun is left unresolved: an empty participant is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from storyline.extract.entities import ROLE_NOUNS
from storyline.extract.nlp import lemma
from storyline.model import Mention

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
THING = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
RELATIVE = {"who", "whom", "whose", "which", "that"}
SPEAKER = {"i", "me", "we", "us"}  # a quote's speaker: the person the report last named
# Words that say a person's gender where they stand before the name or in its title
MALE_WORDS = {"mr", "mr.", "man", "businessman", "spokesman", "chairman", "congressman", "actor"}
MALE_WORDS |= {"husband", "father", "son", "brother", "boy", "king", "prince", "sir", "grandfather"}
FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "miss", "woman", "businesswoman", "spokeswoman"}
FEMALE_WORDS |= {"chairwoman", "congresswoman", "actress", "wife", "mother", "daughter", "sister"}
FEMALE_WORDS |= {"girl", "queen", "princess", "lady", "widow", "grandmother", "madam"}
SUBJECT = ("nsubj", "nsubjpass")
GENDERED = MALE | FEMALE
# Names news tags PERSON though no one bears them (spaCy's small model: "on Twitter" 257 times
# PERSON in 2,000 AllSides articles, "Breitbart" 81, "Politico" 55): platforms, outlets, brands
NOT_PEOPLE = {"twitter", "facebook", "instagram", "youtube", "snapchat", "reddit", "tumblr", "google"}
NOT_PEOPLE |= {"wikileaks", "breitbart", "politico", "reuters", "bloomberg", "axios", "buzzfeed"}
NOT_PEOPLE |= {"cnn", "msnbc", "fox", "nbc", "abc", "cbs", "npr", "pbs", "vox", "slate", "salon", "huffpost"}
NOT_PEOPLE |= {"amazon", "apple", "microsoft", "uber", "tesla", "walmart", "netflix", "brexit", "obamacare"}
RESOLVED = MALE | FEMALE | THING | PLURAL | SPEAKER  # the pronouns ``antecedent`` looks for

MentionAt = Callable[[object], Optional[Mention]]


def _gender_word(word: str) -> Optional[str]:
    w = word.lower()
    return "m" if w in MALE_WORDS else "f" if w in FEMALE_WORDS else None


def _person(m: Mention) -> bool:
    """A person, not a platform or an outlet the NER took for one ("said on Twitter"). A vote of
    the document's own tags was tried and not kept: the small model tags some people ORG more
    often than PERSON in an article ("Conyers"), and it cost bench/pronouns.py a right answer."""
    return m.type == "PERSON" and m.key.lower() not in NOT_PEOPLE  # "Michael Bloomberg" is a person


def _compatible_kind(pron: str, m: Mention, tok) -> bool:
    # "the guards", "the Colts" are plural; a person's name may be tagged plural ("Conyers",
    # "Sessions", "Sanders") and is not, unless after "the": "the Clintons" are a family
    name = m.type == "PERSON" and tok.text[:1].isupper() and not any(c.lower_ == "the" for c in tok.children)
    plural = tok.tag_ in ("NNS", "NNPS") and not name
    if pron in GENDERED:
        return _person(m) and not plural
    if pron in SPEAKER:
        return _person(m)
    if pron in THING:  # "Twitter suspended the account. It said…"
        return not _person(m) and not plural
    return plural or m.type == "ORG"  # "they": people, or an organisation's staff


def _window(pron, mention_at: MentionAt, kind: Callable[[Mention, object], bool], back: int = 1) -> list:
    """(token, mention) of compatible mentions from ``back`` sentences before to the pronoun,
    nearest first, one token per mention (its syntactic head within the mention)."""
    doc = pron.doc
    start = pron.sent.start
    for _ in range(back):
        start = doc[start - 1].sent.start if start > 0 else start
    out = []
    for t in reversed(doc[start : pron.i]):
        m = mention_at(t)
        if m is not None and kind(m, t) and (t.head.i == t.i or mention_at(t.head) is not m):
            out.append((t, m))
    return out


def _is_subject(t) -> bool:
    """A subject, or a conjunct of one ("Flynn and Kislyak spoke"), or a name inside one, or
    the agent of a passive ("endorsed by Yiannopoulos"), or the subject's possessor ("Halloran's
    dismissal follows reports that he…")."""
    while t.dep_ in ("compound", "conj", "flat", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "poss":
        t = t.head
    return t.dep_ in SUBJECT or t.dep_ == "pobj" and t.head.dep_ == "agent"


def _shared_subject_verbs(verb) -> list:
    """The verb, and the verbs it is conjoined to while it has no subject of its own."""
    out = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECT for c in verb.children):
        verb = verb.head
        out.append(verb)
    return out


def _clause_verb(t):
    """The verb whose subject (``_is_subject``) the token is."""
    while t.dep_ in ("compound", "conj", "flat", "appos", "poss") and t.head.i != t.i:
        t = t.head
    return t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head


def genders(doc, mention_at: MentionAt) -> dict[str, str]:
    """Person key → "m"/"f" from what the document says of them; cached on the Doc."""
    cache = doc.user_data.get("storyline_genders")
    if cache is not None:
        return cache
    votes: dict[str, dict[str, int]] = {}

    def vote(key: str, g: Optional[str], weight: int = 3) -> None:
        if g:
            votes.setdefault(key, {"m": 0, "f": 0})[g] += weight

    for t in doc:
        m = mention_at(t)
        if m is None or m.type != "PERSON":
            continue
        vote(m.key, _gender_word(t.text))  # "the woman", "Mrs. Clinton" when the mention holds it
        if t.i > 0 and mention_at(doc[t.i - 1]) is not m:
            vote(m.key, _gender_word(doc[t.i - 1].text))  # "Mrs. Clinton", "Ms Yates"
        if m.role:
            vote(m.key, next(filter(None, map(_gender_word, m.role.split())), None))
    for t in doc:  # earlier pronouns with one possible referent
        p = t.lower_
        # not one inside a quote: '"She was there," Halloran said' is not Halloran, who names
        # himself "I" there; the one named before is often the speaker. Nor one that goes on
        # from the same pronoun before it ('He said Marek "did not say no". No money was paid,
        # he said.'): its referent is that one's, whom its window may not hold
        if p in GENDERED and not _quoted(t) and _continued(t) is None:
            window = _window(t, mention_at, lambda m, tok, p=p: _compatible_kind(p, m, tok))
            people = {m.key for _, m in window}
            if len(people) == 1 and _is_subject(window[0][0]):  # a weaker clue than a title
                vote(people.pop(), "m" if p in MALE else "f", 1)
    out = {k: ("m" if v["m"] > v["f"] else "f") for k, v in votes.items() if v["m"] != v["f"]}
    doc.user_data["storyline_genders"] = out
    return out


OPENING, CLOSING = {"“", "``"}, {"”", "''"}


def _quoted(tok) -> bool:
    """Inside quotation marks: the nearest mark before it in its paragraph opens a quote (a quote
    runs over sentences: '"She was there. She sat across from Mr. Volkov," Halloran said.'). The
    nearest mark, not a count: one stray mark would turn a whole unbroken text inside out."""
    doc = tok.doc
    for t in reversed(doc[: tok.i]):
        if "\n" in t.text_with_ws:
            return False
        if t.text in OPENING:
            return True
        if t.text in CLOSING:
            return False
        if t.text == '"':  # straight: it opens after a space and before a word
            return (t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space) and not t.whitespace_
    return False


def _titled_clause(pron, mention_at: MentionAt) -> bool:
    """A clause above the pronoun has, before it, a subject that is a title and no name."""
    return any(
        c.dep_ == "nsubj"
        and c.i < pron.i
        and mention_at(c) is None
        and any(lemma(w).lower() in ROLE_NOUNS for w in c.subtree)
        for v in (pron.head, *pron.head.ancestors)
        for c in v.children
    )


def antecedent(pron, mention_at: MentionAt, depth: int = 0, speaker: bool = False) -> Optional[Mention]:
    """The mention a third-person pronoun refers to, or None when the parse does not say.
    ``speaker``: the pronoun says or denies something ("He flatly denied her allegations"), where
    the sentence before is read for its main subject (see below)."""
    p = pron.lower_
    if p in RELATIVE:
        # "Flynn, who resigned": the noun the relative clause describes, else no one
        return mention_at(pron.head.head) if pron.head.dep_ == "relcl" else None
    if p.endswith(("self", "selves")):
        # "Reid checked herself into rehab": the subject of its own clause
        subj = next((c for c in pron.head.children if c.dep_ in SUBJECT and c.i != pron.i), None)
        if subj is not None and subj.lower_ in MALE | FEMALE | THING | PLURAL | RELATIVE:
            return antecedent(subj, mention_at, speaker=speaker)  # "he killed himself"
        m = mention_at(subj) if subj is not None else None
        return m if m is not None and _compatible_kind(p, m, subj) else None
    if p not in RESOLVED:
        return None  # "this", "one": no referent this resolver looks for
    gender = "m" if p in MALE else "f" if p in FEMALE else None
    known = genders(pron.doc, mention_at) if gender else {}
    fits = lambda m, tok: _compatible_kind(p, m, tok) and known.get(m.key, gender) == gender  # noqa: E731
    if gender:
        # "After he was removed by Musharraf, Chaudhry was reinstated": the name it points to
        ahead = _fronted_subject(pron)
        m = mention_at(ahead) if ahead is not None else None
        if m is not None and fits(m, ahead):
            return m
    # this sentence and the one before; one more back when they name no one who fits, a quote
    # between the name and the pronoun ("Comey replied. “She forwarded…” He told Cruz"), and then only a subject
    cands = _window(pron, mention_at, fits) or [
        (t, m) for t, m in _window(pron, mention_at, fits, back=2) if _is_subject(t)
    ]
    if pron.dep_ not in ("poss",) + SUBJECT:
        # "Trump forced him to resign": an object pronoun is never the subject of its own verb
        # (binding); a subject pronoun may be ("Kushner said he met"), and "his" may be
        # ... nor the subject its verb shares with the verb it is conjoined to ("Gianforte
        # grabbed Jacobs by the neck and slammed him": him is not Gianforte)
        shared = {v.i for v in _shared_subject_verbs(pron.head)[1:]}
        # ... and whom it names is bound wherever else it is named: not the Gianforte of the
        # sentence before either
        bound = {
            m.key
            for t, m in cands
            if t.sent == pron.sent and (t.head.i == pron.head.i or t.dep_ in SUBJECT and t.head.i in shared)
        }
        cands = [(t, m) for t, m in cands if m.key not in bound]
    subjects = [(t, m) for t, m in cands if _is_subject(t)]
    # in the pronoun's own sentence, a subject counts when its clause is the main one or holds
    # the pronoun: "When Vega pressed Trump, the President-elect spent 90 seconds filibustering,
    # where he eventually denied …" — he is not Vega, whose clause is beside his
    above = {t.i for t in pron.ancestors}
    subjects = [
        (t, m)
        for t, m in subjects
        if t.sent != pron.sent or _clause_verb(t).i in above or _clause_verb(t).dep_ == "ROOT"
    ]
    if gender and _titled_clause(pron, mention_at):
        # the clause holding the pronoun has a title for its subject ("the President-elect"):
        # that is who the pronoun is, named just before in the sentence, not the subject of
        # the sentence before
        own = [(t, m) for t, m in cands if t.sent == pron.sent]
        if own:
            return own[0][1]
    # a main clause's subject before one inside a relative clause ("Flynn, whom Trump had
    # chosen, misled officials. … forced him to resign": him = Flynn)
    main = [(t, m) for t, m in subjects if _clause_verb(t).dep_ not in ("relcl", "acl")]
    ranked = main or subjects
    # from the sentence before, the subject of its main clause before one of a clause inside it
    # ("Thomas didn't apologize for making Hill feel harassed. He flatly denied her allegations":
    # he is Thomas; "Kavanaugh said Ramirez's allegation sounds like … He rejected …": Kavanaugh).
    # Only for who says or denies, or he/she subject of its own main clause ("Homeland Security
    # Secretary Janet Napolitano said the Customs and Border Patrol was … She said …"). A
    # possessive, an object, "it" or "they" takes the nearest subject ("… told the court that
    # Sameerah had a condition … Her death": Sameerah; of such pronouns in Timeline17's H1N1
    # articles the rule read 7 of 8 wrong), and so does a he/she inside a clause ("… says Trump's
    # tax returns could … the central claim of his that he uses": Trump). bench/pronouns.py
    # dev-rule (AllSides he/she the rule changes): everywhere 0.36, speakers only 0.53, this 0.68
    own = [(t, m) for t, m in ranked if t.sent == pron.sent]
    before = [(t, m) for t, m in ranked if t.sent != pron.sent]
    if (speaker or gender and _main_subject(pron)) and not own and before:
        top = [(t, m) for t, m in before if _main_subject(t)]
        named = _unlinked_subject(pron, mention_at)
        if not top and named is not None and named.pos_ == "PROPN" and pron.dep_ in SUBJECT:
            # the sentence before is about someone the tagger did not name ("Gee tore into that
            # argument. She forcefully rejected …"): that one, when named earlier, else no one
            person = _by_surname(named, mention_at)
            return person if person is not None and fits(person, named) else None
        ranked = top + [(t, m) for t, m in before if (t, m) not in top]
    if ranked:
        best_t, best = ranked[0]
        # another referent as good: a conjoined subject of the same clause, "Flynn and Kislyak"
        rivals = {
            m.key for t, m in ranked if t.sent == best_t.sent and _clause_verb(t).i == _clause_verb(best_t).i
        }
        return best if len(rivals) == 1 else None
    # no subject fits: the sentence before may go on about someone by the same pronoun
    # ("Comey gave four memos to Richman. He has since said … the Trump campaign. He has denied
    # leaking": he is Comey, not the Trump of the campaign)
    same = _continued(pron)
    if same is not None and depth < 5:
        return antecedent(same, mention_at, depth + 1, speaker)
    # a name the tagger missed may be the subject before ("Page, who served …,
    # has never met Trump. He has denied …": he is Page, not Trump)
    named = _unlinked_subject(pron, mention_at)
    if named is not None and (gender or p in SPEAKER):
        person = _by_surname(named, mention_at)
        if person is not None or named.pos_ == "PROPN":
            return person
    # else the nearest mention, only when it is the only referent in reach
    return cands[0][1] if len({m.key for _, m in cands}) == 1 else None


def _fronted_subject(pron):
    """The subject of the main clause that a fronted clause, whose subject the pronoun is,
    comes before, when that subject stands after the clause: the pronoun points forward to it
    ("After he was removed by Musharraf, Chaudhry was reinstated"); else None."""
    if pron.dep_ not in SUBJECT:
        return None
    clause = pron.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    end = max(t.i for t in clause.subtree)
    subj = next((c for c in clause.head.children if c.dep_ in SUBJECT and c.i > end), None)
    # not "the president and his friends" (two referents), nor "her communications director,
    # Nick Merrill" (whose "her" is the pronoun's referent)
    if subj is None or any(t.dep_ == "conj" or t.lower_ in GENDERED for t in subj.subtree):
        return None
    return subj


def _main_subject(t) -> bool:
    """The subject of a sentence's main clause (or of a verb conjoined to it), not its possessor."""
    while t.dep_ in ("compound", "flat", "conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in SUBJECT:
        return False
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _continued(pron):
    """The main subject of the sentence before, when it is the same subject pronoun."""
    if pron.dep_ not in SUBJECT or pron.sent.start == 0:
        return None
    before = pron.doc[pron.sent.start - 1].sent
    subj = next((t for t in before.root.children if t.dep_ in SUBJECT), None)
    return subj if subj is not None and subj.lower_ == pron.lower_ else None


def _unlinked_subject(pron, mention_at: MentionAt):
    """The main subject of the sentence before the pronoun's, when it is a capitalised word
    that no mention covers."""
    if pron.sent.start == 0:
        return None
    before = pron.doc[pron.sent.start - 1].sent
    subj = next((t for t in before.root.children if t.dep_ in SUBJECT), None)
    # the tagger may read a name opening the sentence as a noun ("Page, who served …")
    if subj is None or not subj.text[:1].isupper() or mention_at(subj) is not None:
        return None
    return subj


def _by_surname(tok, mention_at: MentionAt) -> Optional[Mention]:
    """The person named earlier in the document whose name ends with this word, when only one is."""
    found = {}
    for t in tok.doc[: tok.i]:
        m = mention_at(t)
        if m is not None and m.type == "PERSON" and m.key.split()[-1] == tok.text:
            found[m.key] = m
    return next(iter(found.values())) if len(found) == 1 else None
