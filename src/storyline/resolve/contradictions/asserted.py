"""Sentences that assert what a denial denies, when the denied thing is no event we know: a
proposition read from the denied clause (``Claim.denied``) — who it is about and what is said
of them — looked up in the store's sentences and kept where another sentence tells it as fact.

"He has denied leaking classified information": about the denier (a gerund or a pronoun
subject), the head "leaking", its other words classified, information; "it is false to claim
that the entire team is made up of Democrats" (the writer's own denial, no speaker entity):
about the Democrats, the head "Democrats", the other word team. A report names everyone the
clause names (the denier too when the clause is about the denier), says the head and the
clause's rarest other word near it (by word family: leak, leaked, leaking; tie, ties; disclose,
disclosure), and tells it: not negated, not a question, no condition or hedge, no denial of
its own and no "alleged". For the denials nothing else answers (``said`` first)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Analysis, Claim, Entity
from storyline.resolve.contradictions.knowledge import knowledge_denied, told_known
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.presence import placed_there, presence_denied
from storyline.resolve.contradictions.speakers import Speakers, surname
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    DISMISSED,
    NEGATION,
    NO_DENIAL,
    REASON,
    UNSURE,
    is_supposed,
    only_opinion,
)

LIMIT = 30  # sentences per search
WORDS = 3  # the clause's rarest words searched for
MAX_REPORTS = 5  # the best reports kept for one denial
WINDOW = 10  # words between the clause's head and another of its words in a report
_GATHERINGS = {"party", "parties", "gathering", "gatherings"}  # what knowing of may mean being at
_TOKEN = re.compile(r"[A-Za-z][a-z]{2,}")
_WORDS = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# words that say nothing of what was done: function words, words of saying and reporting
_STOP = set(
    """the and but for nor not any all its his her their them they she him you your our
    was were are has have had been being is be did does doing done that this these those
    with from into onto about over under after before during than then there here when where
    which who whom whose what while also just only ever never even still some such other
    anything something nothing everything anyone someone entire whole very much many more most
    out came come comes initially later now new one two three first last since until because
    through against between without within among around across toward towards upon like
    said says say saying told tell telling claim claims claimed report reports reported
    story stories allegation allegations accusation accusations charge charges account
    suggestion suggestions idea notion assertion fact facts deny denied denies denial
    false untrue true accurate inaccurate wrong himself herself themselves itself
    would could should might may must will can mr mrs ms""".split()
)
# a report only alleged, supposed or doubted: "the alleged meeting", "accused of", "if", "may have"
_HEDGE = re.compile(
    r"\b(alleg\w*|accus\w*|suspect\w*|whether|if|unless|may|might|could|would|perhaps|possibly|rumou?r\w*|"
    r"speculat\w*|should|investigat\w* (of|into)|investigating|prob(e|es|ed|ing) (of|into)|probing|inquiry into|"
    r"looking into|evidence|possible|potential|expected|"
    r"believ\w*|think\w*|thought|question\w*)\b|\?",
    re.I,
)
_TOLD = re.compile(r"[.!][\"”’')\]]*\s*$")
_SUFFIXES: tuple[str, ...] = (
    *("ations", "ation", "ments", "ment", "ures", "ure", "ings", "ing", "ions", "ion", "ies", "ied", "ed"),
    *("es", "s", "e", "y"),
)
# "No one disputes the FBI director serves at the pleasure of the president": no denial
_UNDISPUTED = re.compile(r"\b(no one|nobody|none)\b[^.;]{0,20}\b(disput|den[iy]|question)\w*", re.I)
_CANNOT = re.compile(r"\b(cannot|can[’']t|couldn[’']t|won[’']t)\b", re.I)
# a denial only supposed: "could prove crucial in rebutting the allegation that …"
_SUPPOSED_DENIAL = re.compile(
    r"\b(could|would|might|may|will|can)\b(?: \w+){0,4} (?:in )?(?:rebut|den|disput|refut|reject)", re.I
)
_FALSE = re.compile(r"\b(false|untrue|inaccurate|not accurate|not true|wrong)\b", re.I)
_PRONOUN = re.compile(r"^\W*(he|she)\b", re.I)
# a pronoun and its auxiliary in one word: "we're being ordered to create a backdoor"
_CONTRACTION = re.compile(r"^(i|you|we|they|he|she|it|that|there|who)[’'](re|s|m|ve|ll|d)$", re.I)


_POSSESSIVE = re.compile(r"[’'](s)?$")


def family(word: str) -> str:
    """A word's family, roughly: "leaking", "leaked", "leaks" → "leak"; "disclosure",
    "disclose" → "disclo"; "ties", "tie" → "tie"."""
    w = _POSSESSIVE.sub("", word.lower()).replace("-", "")
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


def _number(word: str) -> tuple[str, str]:
    """A word and its other number, roughly: "memos" / "memo", "leak" / "leaks"."""
    w = word.lower()
    return (w, w[:-1]) if w.endswith("s") and not w.endswith("ss") else (w, w + "s")


def forms(word: str) -> list[str]:
    """The forms of a word a search asks for (both backends match words as written)."""
    w = word.lower()
    base = w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            break
    out = [w, base, base + "e", base + "s", base + "ed", base + "ing", base + "es"]
    return list(dict.fromkeys(f for f in out if len(f) >= 3))


@dataclass
class Proposition:
    """What a denial denies: the people it is about and the words said of them."""

    people: set[str]  # entity ids a report must name
    words: dict[str, str]  # word family → the word as the clause writes it (names too)
    head: str  # the family of the predicate's head ("leak" of "leaking classified information")
    head_word: str  # the head as the clause writes it
    about_denier: bool  # the clause's subject is the denier ("leaking …", "that she …")
    # the surname of the one the head is done to, named right after it ("directed Michael Cohen
    # to …"): an act between two people is said whatever else qualifies it
    done_to: str | None = None


# what introduces the denied clause: "reports (that)", "the dossier's central allegations that",
# "a suggestion by McCabe that", "the fact", "that"
_FRAME = re.compile(
    r"^\W*(?:(?:[\w’'-]+ ){0,4}?(?:reports?|claims?|allegations?|suggestions?|idea|notion|fact|accusations?|"
    r"speculation|charges?|assertions?|story|stories|rumou?rs?)\b(?: (?:by|from|of) [^,;]{0,40}?)?\s*"
    r"(?=that\b|[a-z]+ing\b|(?:he|she|they|his|her|their)\b))?(?:that\b\s*)?",
    re.I,
)
# a clause denying a possibility or naming a ruling: "might have colluded", "by the committee"
_UNSAID = re.compile(r"\b(might|may|could|would|whether|if)\b|^\W*by\b", re.I)
_DETERMINERS = {"the", "a", "an", "and", "of"}
SUBJECT = 8  # words before the auxiliary that ends a subject
_PRONOUNS = {"he", "she", "they", "i", "we", "his", "her", "their"}
# a subject pointing back to two people named before it
_THE_TWO = [["the", "two"], ["the", "two", "men"], ["the", "two", "women"], ["both"], ["both", "men"]]
# the end of a subject: an auxiliary or a copula ("the entire team is made up of …")
_AUX = {
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "did",
    "do",
    "does",
    "will",
    "would",
    "could",
    "can",
}
# verbs that carry no proposition of their own: "is made up of Democrats", "was trying to obstruct"
_LIGHT = set(
    """made make makes making get got gets take took give gave have having has had do did done try trying
    tried tries been being up ever personally anything any""".split()
)


class Asserted:
    """The analyses' sentences and claims, indexed for matching denied propositions."""

    def __init__(
        self,
        analyses: list[Analysis],
        search: Search,
        mention_entity: dict[str, str],
        entities: dict[str, Entity],
        speakers: Speakers,
    ) -> None:
        self.search, self.entities, self.speakers = search, entities, speakers
        self.mention_entity = mention_entity
        self.docs = {a.doc.id: a.doc for a in analyses}
        # a sentence's people, its names as written, and an id to stand for it (a claim, an
        # event mention or an entity mention of the sentence)
        self.people: dict[tuple[str, int], set[str]] = {}
        self.names: dict[tuple[str, int], list[tuple[str, str | None]]] = {}
        self.persons: dict[tuple[str, int], set[str]] = {}
        self.named_persons: dict[tuple[str, int], list[tuple[str, str | None]]] = {}
        self.stand_in: dict[tuple[str, int], tuple[str, int, int, str | None]] = {}
        self.claimed: dict[tuple[str, int], list[Claim]] = {}
        for a in analyses:
            for m in a.mentions:
                key = (a.doc.id, m.sent)
                e = mention_entity.get(m.id)
                self.names.setdefault(key, []).append((m.text, e))
                if e is not None:
                    self.people.setdefault(key, set()).add(e)
                if m.type == "PERSON":
                    self.persons.setdefault(key, set()).add(m.text)
                    self.named_persons.setdefault(key, []).append((m.text, e))
                self.stand_in.setdefault(key, (m.id, m.start, m.end, None))
            for ev in a.events:
                key = (a.doc.id, ev.sent)
                if key not in self.stand_in or self.stand_in[key][3] is None:
                    self.stand_in[key] = (ev.id, ev.start, ev.end, ev.id)
            for c in a.claims:
                self.claimed.setdefault((a.doc.id, c.sent), []).append(c)
        self.claims = {c.id: c for a in analyses for c in a.claims}
        self.df: dict[str, int] = {}
        for c in self.claims.values():
            for f in {family(w) for w in _TOKEN.findall(c.text)}:
                self.df[f] = self.df.get(f, 0) + 1
        # a word in at most 2% of the claims (or 5), never more than 120 (as ``said``)
        self.rare = min(max(5, len(self.claims) // 50), 120)

    def proposition(self, d: Claim, denier: str | None) -> Proposition | None:
        """Who the denied clause is about and what it says of them; for a denial that points
        back ("That is not accurate") to its own side's account, the words of that account."""
        clause = d.denied or ""
        names = self.names.get((d.doc, d.sent), [])
        if not _content(clause) and d.answers in self.claims:
            told = self.claims[d.answers]
            # the account the denier answers, told in the denier's own quote or by no one
            # ('Rubio then said, "Apple … ordered to create a backdoor …'); another's claim
            # (by "a source at NBC's Today show") the other matchers took already
            own = told.speaker is not None and self.mention_entity.get(told.speaker) == denier
            if denier is None or not (own or told.speaker is None and not told.speaker_text):
                return None
            clause = _quoted(told.text) or ""
            names = self.names.get((told.doc, told.sent), [])
        frame = _FRAME.match(clause)
        clause = clause[frame.end() :] if frame else clause
        if _UNSAID.search(clause) or NEGATION.search(clause):
            return None  # a possibility denied ("might have colluded"), a ruling ("by the court")
        tokens = _WORDS.findall(clause)
        parts = _split(tokens, denier is not None)
        if parts is None:
            return None
        subject, rest, about = parts
        rest = _what_is_said(rest)
        # names say who, not what was done: the words of the sentence's names, and any word
        # written with a capital inside the clause ("Trump’s election victory")
        named = {family(w) for text, _ in names for w in _WORDS.findall(text)}
        named |= {family(w) for w in subject + rest if w[0].isupper()}
        # the predicate's head: its first word that is no name ("he was the Trump campaign's
        # point person": campaign), else a name ("is made up of Democrats")
        said = [w for w in rest if _said(w)]
        head = next((w for w in said if family(w) not in named), said[0] if said else None)
        if head is None:
            return None
        words = {family(w): w for w in subject + rest if _said(w) and family(w) not in named}
        # the clause as read, up to what something is said to be between ("moral equivalency
        # between white supremacists, neo-Nazis and Ku Klux Klan members": a report may name them
        # otherwise, "the KKK") and with no relative clause after its object
        kept = re.split(r"\b(?:between|among)\b", " ".join(subject + rest), maxsplit=1)[0]
        # (a name with a possessive inside is a thing's: "Michael Wolff’s Fire", a book)
        people = {
            e
            for text, e in names
            if e is not None and text in clause and text in kept and e != denier and not self._owned(e)
        }
        if about and denier is not None:
            people.add(denier)
        if [w.lower() for w in subject] in _THE_TWO:
            # "An AP report on Comey and Mueller said …, although it is disputed that the two are
            # close friends": the pair the sentence names ("Comey and Mueller"), whoever denies it
            people |= self._pair(d)
        # (only for a denial of one's own act told with no word of denial: a looser match for
        # the few denials no other route reads)
        done_to = _done_to(rest, head, names, denier) if own_act_negated(d) else None
        return Proposition(people, words, family(head), head, about, done_to)

    def _pair(self, d: Claim) -> set[str]:
        """The two people the denial's sentence names as a pair ("Comey and Mueller"), when it
        names one such pair; else none."""
        named = [(t, e) for t, e in self.named_persons.get((d.doc, d.sent), []) if e is not None]
        pairs = {
            frozenset((e, f))
            for t, e in named
            for u, f in named
            if e != f and re.search(rf"\b{re.escape(t)}(?:[’']s)? and {re.escape(u)}\b", d.text)
        }
        return set(next(iter(pairs))) if len(pairs) == 1 else set()

    def _owned(self, e: str) -> bool:
        return e in self.entities and bool(_OWNED.search(self.entities[e].name))

    def against(self, d: Claim, denier: str | None) -> list[Claim]:
        """The sentences telling as fact what ``d`` denies, best first."""
        p = self.proposition(d, denier)
        if p is None or not p.people:
            return []  # a proposition about no one named is too loose to look up by words
        anchors = [surname(self.entities[e].name) for e in sorted(p.people) if e in self.entities][:2]
        # the head and the clause's rarest other words, each in its forms, with a name
        others = sorted((f for f in p.words if f != p.head), key=lambda f: (self.df.get(f, 0), f))
        # the head in each of its forms ("leaked", "leaking"), the other words as written and in
        # their other number: a search matches words as written
        words = [*forms(p.head_word), *(w for f in others[: WORDS - 1] for w in _number(p.words[f]))]
        queries = {f"{a}{s} {w}" for a in anchors for s in ("", "’s") for w in words}
        if p.about_denier and others:
            # the denier by a pronoun in the denial's own article: the head with another word
            queries |= {f"{form} {p.words[others[0]]}" for form in forms(p.head_word)}
        found: dict[tuple[str, int], str] = {}
        for q in sorted(queries):
            for doc, sent, text in self.search(q, LIMIT):
                if doc in self.docs:
                    found[(doc, sent)] = text
        scored = []
        for (doc, sent), text in found.items():
            score = self.score(d, p, doc, sent, text)
            if score > 0:
                scored.append((score, doc, sent, text))
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        return [self.report(doc, sent, text) for _, doc, sent, text in scored[:MAX_REPORTS]]

    def score(self, d: Claim, p: Proposition, doc: str, sent: int, text: str) -> float:
        """How surely the sentence asserts the proposition: 0 when it does not."""
        if doc == d.doc and sent == d.sent or not _TOLD.search(text):
            return 0
        answered = self.claims.get(d.answers or "")
        if answered is not None and (answered.doc, answered.sent) == (doc, sent):
            return 0  # the account the denial answers is its own side's words
        if (doc, sent) not in self.stand_in:
            return 0  # nothing in it to stand for the sentence
        if DENIAL_WORD.search(text) or DISMISSED.search(text) or UNSURE.search(text):
            return 0  # a sentence that denies or doubts is no report of the denied thing
        if is_supposed(text):
            return 0
        key = (doc, sent)
        there = self.people.get(key, set())
        spans = list(_WORDS.finditer(text))
        told = [family(m.group()) for m in spans]
        heads = [i for i, f in enumerate(told) if f == p.head]
        if not heads:
            return 0  # what is said of them is the head of the clause: "leaking", "ties"
        # told as fact where it is told: no negation, hedge or condition just before the head
        # or just after ("a subpoena fight would allow him" further on says nothing of it)
        i = heads[0]
        around = text[spans[max(0, i - WINDOW)].start() : spans[min(len(spans) - 1, i + WINDOW)].end()]
        if NEGATION.search(around) or _CANNOT.search(around):
            return 0
        if not self._subject_near(p, key, [m.group() for m in spans], heads):
            return 0
        # said together: another word of the clause near the head ("Comey leaked at least one
        # likely classified document"), not "… among Democrats, Mr. Page said, he believes the
        # Clinton team …"
        near = {f for i in heads for f in told[max(0, i - WINDOW) : i + WINDOW + 1]}
        # the one it was done to named near the head counts as a word of the clause said
        done_to = (
            p.done_to is not None
            and not any(f in near for f in p.words if f != p.head)
            and family(p.done_to) in near
            # the act as a time, not told: "After the interview, Wolff wrote on Twitter …"
            and not any(_TIME_OF.search(" ".join(m.group() for m in spans[max(0, h - 2) : h])) for h in heads)
        )
        if not done_to and not any(f in near for f in p.words if f != p.head):
            return 0
        # a hedge anywhere before them ("Some legal experts have speculated that if …", "…
        # among Democrats, Mr. Page said, he believes the Clinton team …")
        # (the clause's own words aside: "drop the bureau's investigation of …" is what is said)
        last = max(j for j, f in enumerate(told) if f in p.words or f == p.head)
        before = " ".join(
            m.group() for m, f in zip(spans[: last + 4], told) if f not in p.words and f != p.head
        )
        if _HEDGE.search(before):
            return 0
        # the clause's words in common, names aside (a name as the head counts: "made up of
        # Democrats"), one of them rarer (in at most 2% of the claims): "classified", not only
        # "information"
        shared = [f for f in p.words if f in told]
        count = len(shared) + (p.head not in p.words) + done_to
        # the clause's rarest word beside the head, most often what the head acts on, is said:
        # "releasing derogatory investigative information" is no "releasing classified information"
        # (a word in no other claim, "off-the-book payments", is a modifier more often than
        # what is acted on: the rarest word another claim says too, else the rarest)
        objects = sorted(
            (f for f in p.words if f != p.head), key=lambda f: (self.df.get(f, 0) < 2, self.df.get(f, 0), f)
        )
        if objects and objects[0] not in told and not done_to:
            return 0
        same = doc == d.doc
        missing = p.people - there
        # within the article, the denier as the pronoun the denial used ("He has denied
        # leaking classified information" … "before leaking it, … he knew was classified"),
        # when the sentence names no one else
        if missing and same and p.about_denier and missing <= {self.speakers.of(d)}:
            pron = _PRONOUN.match(d.text)
            if pron and re.search(rf"\b{pron.group(1)}\b", text, re.I) and not self.persons.get(key):
                missing = set()
        # a body or a nationality named but not linked ("slamming the special counsel's team as
        # '13 Angry Democrats'"): its name in so many words
        missing = {
            e
            for e in missing
            if e not in self.entities
            or self.entities[e].type == "PERSON"
            or not re.search(rf"\b{re.escape(surname(self.entities[e].name))}\b", text)
        }
        if missing:
            return 0
        # within the denial's own article the sentences around it are its setting: more words
        # (all of a clause of two words, "he knew of the raises", is as much: "documents that
        # seem to show that Pruitt knew of the raises and approved them")
        whole = len(p.words) == 2 and all(f in told for f in p.words)
        if count < (3 if same and not whole else 2):
            return 0
        outlet = self.docs[doc].outlet
        other_outlet = not same and outlet != self.docs[d.doc].outlet
        return count + (1 if other_outlet else 0)

    def _subject_near(self, p: Proposition, key: tuple[str, int], words: list[str], heads: list[int]) -> bool:
        """The person named nearest the head is one the proposition is about ("… Rinat
        Akhmetshin, translator Anatoli Samochornov and Ike Kaveladze, a Russian with ties to
        oligarch …": the ties are Kaveladze's); true when the sentence names no person."""
        at: list[tuple[int, str | None]] = []
        for text, e in self.named_persons.get(key, []):
            last = text.split()[-1] if text.split() else text
            at += [
                (i, e)
                for i, w in enumerate(words)
                if w == last or w.startswith(last + "’") or w.startswith(last + "'")
            ]
        persons = {e for e in p.people if e in self.entities and self.entities[e].type == "PERSON"}
        if not at or not persons:
            return True  # no person named, or none the proposition is about ("Democrats")
        nearest = min(at, key=lambda x: min(abs(x[0] - h) for h in heads))
        return nearest[1] in p.people

    def report(self, doc: str, sent: int, text: str) -> Claim:
        """The sentence as a report: its claim when it holds one telling it, else a mention
        in it stands for it (as for any side told as plain fact)."""
        told = [c for c in self.claimed.get((doc, sent), []) if c.stance in ("ASSERT", "CONFIRM")]
        if told:
            return told[0]
        m_id, start, end, event = self.stand_in[(doc, sent)]
        return Claim(
            id=m_id, sent=sent, stance="ASSERT", text=text, start=start, end=end, event=m_id, doc=doc
        )


_QUOTE = re.compile(r"[\"“]([^\"“”]{12,})")


def _split(tokens: list[str], denier_known: bool) -> tuple[list[str], list[str], bool] | None:
    """The clause's subject and predicate, and whether the subject is the denier: a pronoun
    ("he has ties …", "he or anyone on his team had been …": up to the auxiliary) or a gerund
    ("leaking …"); else the words up to an auxiliary ("the entire team is made up of …") or a
    run of names and determiners before a verb ("the Justice Department open an …"). A noun
    phrase with no verb ("Comey and Mueller's accounts") tells no proposition."""
    tokens = _opened(tokens)
    if not tokens:
        return None
    first = tokens[0].lower()
    aux = next((i for i, w in enumerate(tokens[:SUBJECT]) if w.lower() in _AUX), None)
    if first in _PRONOUNS or first.endswith("ing") and first not in _STOP:
        if not denier_known:
            return None  # "denying he talked to …" by no one we can name: about no one we know
        return [], tokens[(aux or 0) + 1 :] if first in _PRONOUNS else tokens, True
    if aux is not None and aux > 0:
        return tokens[:aux], tokens[aux + 1 :], False
    run = 0
    while run < len(tokens) and (tokens[run][0].isupper() or tokens[run].lower() in _DETERMINERS):
        run += 1
    last = tokens[run - 1] if run else ""
    if last.endswith(("’s", "'s", "’", "'")):
        return None  # "Comey and Mueller's accounts": a possessive before a noun, no verb
    if 0 < run < len(tokens) and any(t[0].isupper() for t in tokens[:run]) and tokens[run][0].islower():
        return tokens[:run], tokens[run:], False
    return None


# a subject pronoun and its auxiliary written as one word ("he’d had a meeting", "I’ve been to
# Prague", "he's ever met the president"): the pronoun, then the auxiliary it stands for
_OPENING_CONTRACTION = re.compile(r"^(i|he|she)[’'](d|s|ve|m|ll)$", re.I)
_CONTRACTED_AUX = {"d": "had", "s": "is", "ve": "have", "m": "am", "re": "are", "ll": "will"}
# an adverb before a gerund that opens the clause ("ever knowing that the workers were …")
_BEFORE_GERUND = {
    "ever",
    "never",
    "personally",
    "actually",
    "even",
    "directly",
    "knowingly",
    "once",
    "previously",
}


def _opened(tokens: list[str]) -> list[str]:
    """The clause's words with its opening read as a subject ``_split`` knows: a contracted
    pronoun split in two ("he’d" → "he had"), an adverb before an opening gerund dropped ("ever
    knowing" → "knowing"). A subject written so is still the denier."""
    if not tokens:
        return tokens
    m = _OPENING_CONTRACTION.match(tokens[0])
    if m:
        return [m.group(1), _CONTRACTED_AUX[m.group(2).lower()], *tokens[1:]]
    if len(tokens) > 1 and tokens[0].lower() in _BEFORE_GERUND and tokens[1].lower().endswith("ing"):
        return tokens[1:]
    return tokens


# a word of talking before what was talked of: "he had spoken of "moral equivalency"" denies
# having said it, in whatever words the reports use ("suggested", "offering")
_TALK = {"spoken", "spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking", "mentioned"}
_RELATIVE = {"who", "whom", "whose", "which"}


_TIME_OF = re.compile(r"\b(after|before|during|since|until)( the| that| an?)?$", re.I)
_OWNED = re.compile(r"[’']s\s+\w")


def _done_to(
    rest: list[str], head: str, names: list[tuple[str, str | None]], denier: str | None
) -> str | None:
    """The surname of the person the head is done to, named just after it ("directed Michael
    Cohen to break the law": Cohen), someone else than the denier; else None."""
    at = rest.index(head) + 1 if head in rest else len(rest)
    # the object, or the agent of a passive ("interviewed by Michael Wolff"), or whom one spoke to
    after = " ".join(rest[at + (at < len(rest) and rest[at].lower() in ("by", "to", "with")) :][:3])
    for text, e in names:
        if e is not None and e != denier and text and after.startswith(text) and text[0].isupper():
            return text.split()[-1]
    return None


def _what_is_said(rest: list[str]) -> list[str]:
    """The predicate with no word of talking before its topic ("spoken of X": X) and no
    relative clause after its object ("white supremacists … who clashed with anti-racism
    activists": who they are, not what is denied)."""
    out = [
        w
        for i, w in enumerate(rest)
        if not (w.lower() in _TALK and i + 1 < len(rest) and rest[i + 1].lower() in ("of", "about"))
    ]
    cut = next((i for i, w in enumerate(out) if w.lower() in _RELATIVE and i > 0), len(out))
    return out[:cut]


def _said(word: str) -> bool:
    """A word that says something of someone: no function word, auxiliary or light verb."""
    return len(word) >= 3 and word.lower() not in _STOP | _AUX | _LIGHT and not _CONTRACTION.match(word)


def _content(clause: str) -> bool:
    """Whether the clause says anything beyond pointing back ("That", "that charge")."""
    return any(_said(w) for w in _WORDS.findall(clause))


def _quoted(text: str) -> str | None:
    m = _QUOTE.search(text)
    return m.group(1) if m else None


def denied_core(clause: str) -> set[str]:
    """The denied thing itself when the denied clause names a thing and no act: its head noun
    ("the party described in Dr. Ford's letter": party; what describes it is no part of what
    is denied). Empty for a clause that tells an act (its reports may tell it in other words:
    "demanding Comey's loyalty" / "asked for his loyalty") or that cannot be read so."""
    frame = _FRAME.match(clause)
    if frame and frame.group().strip():
        return set()  # "reports that …", "allegations that …": an act is told
    tokens = _WORDS.findall(clause)
    if not tokens or tokens[0].lower() not in ("the", "a", "an", "any", "that", "this"):
        return set()
    if any(w.lower() == "that" for w in tokens[1:]):
        return set()  # "the characterization that the president tried to …": an act is told
    if _split(tokens, True) is not None or _VERBED.search(tokens[1] if len(tokens) > 1 else ""):
        return set()
    said = [w for w in tokens[1:] if _said(w)]
    return {inflected(said[0])} if said and not said[0][0].isupper() else set()


def denied_head(clause: str) -> str | None:
    """The family of the denied clause's head, the act it denies ("that he misled investigators
    in breach of his plea agreement": mislead; "that Trump or his campaign had been wiretapped":
    wiretap), read as ``Asserted.proposition`` reads it; None when the clause tells no act."""
    # "Sanders issued to knock down speculation that Trump had any involvement …": the clause
    # after the noun naming what is denied, however far into the parse's clause
    told = _NAMED_THAT.search(clause)
    clause = clause[told.end() :] if told else clause
    frame = _FRAME.match(clause)
    clause = clause[frame.end() :] if frame else clause
    if _UNSAID.search(clause) or NEGATION.search(clause):
        return None
    parts = _split(_WORDS.findall(clause), True)
    if parts is None:
        return None
    said = [w for w in _what_is_said(parts[1]) if _said(w) and not w[0].isupper()]
    if not said or said[0].lower() in _ANY_PART:
        return None  # "had any involvement in …": any act at all, told in other words
    head = family(said[0])
    # a short stem's other forms are other words ("pay" / "paid", "met" / "meeting"): unread
    return head if len(head) >= 4 else None


_NAMED_THAT = re.compile(
    r"\b(?:reports?|claims?|allegations?|suggestions?|speculation|idea|notion|accusations?|charges?|"
    r"assertions?|story|stories|rumou?rs?) that\b",
    re.I,
)
# a share in something, not an act: "any involvement in Donald Jr.'s explanation" is denied
# against "he dictated a statement"
_ANY_PART = {"involvement", "role", "part", "hand", "wrongdoing", "knowledge", "connection", "connections"}


def says_act(head: str, text: str) -> bool:
    """Whether a sentence says the act of this head family, in any of its forms ("misl" of
    "misled" in "misleading": an irregular form's family is cut short)."""
    for w in _TOKEN.findall(text):
        short, long = sorted((head, family(w)), key=len)
        if len(short) >= 4 and long.startswith(short) or head == family(w):
            return True
    return False


# "the meeting", "any wrongdoing": a noun of an act, told in other words as often as not
_VERBED = re.compile(r"ing$")
_INFLECTION = re.compile(r"(?<=\w{3})(ing|ed|es|s|e)$")


def inflected(word: str) -> str:
    """A word up to its inflection: "described", "describing" → "describ"; "fired", "fire" →
    "fir"; but "assistant" is no "assist" (a word's first letters are often another word's)."""
    return _INFLECTION.sub("", re.sub(r"[’']s?$", "", word.lower()))


def inflected_words(text: str, stems: set[str] | None = None) -> set[str]:
    """The text's words up to their inflection; only those whose first five letters are in
    ``stems`` (as ``words.word_stems`` reads them), when given."""
    return {inflected(w) for w in _WORDS.findall(text) if stems is None or w.lower()[:5] in stems}


class Assertions:
    """The denials matched to sentences asserting what they deny, and a test that a claim
    asserts what one of them denies (to keep one entry per question: another denial of the
    same subject told against such a claim is about the same thing)."""

    def __init__(self, index: Asserted | None, found: dict[str, list[Claim]]) -> None:
        self.index, self.found = index, found
        self.propositions: dict[str, Proposition | None] = {}

    def tells(self, d: Claim, c: Claim) -> bool:
        if self.index is None or d.id not in self.found:
            return False
        if d.id not in self.propositions:
            self.propositions[d.id] = self.index.proposition(d, self.index.speakers.of(d))
        p = self.propositions[d.id]
        return p is not None and self.index.score(d, p, c.doc, c.sent, c.text) > 0


# the denier's own act negated where the denied clause's verb stands: "I never directed Michael
# Cohen to break the law", "he never told Cohen to break the law" (the clause, un-negated, is
# "I directed Michael Cohen to break the law")
# (or done to them: "he was never interviewed by Michael Wolff")
_OWN_NEGATED = re.compile(
    r"\b(i|he|she|we)\s+((was|were|had been|has been|have been)\s+)?"
    r"(never|(did|do|does|had|has|have|was|were)\s*(n[’']t|not))\b",
    re.I,
)
_COPULA = re.compile(r"\b(was|were|been)\b", re.I)
_AUXILIARIES = {"was", "were", "been", "has", "had", "have", "did", "do", "does", "be"}


def own_act_negated(d: Claim) -> bool:
    """A denial told with no word of denial, as the denier's own act negated: a pronoun (the
    denier) and "never" / "did not" before the act the denied clause tells."""
    if not d.denied or not _PRONOUN_CLAUSE.match(d.denied):
        return False
    m = _OWN_NEGATED.search(d.text)
    act = [w for w in d.denied.split()[1:] if w.lower() not in _AUXILIARIES][:1]
    if m is None or act != d.text[m.end() :].split()[:1]:
        return False
    # after "was" an act only as its participle ("was never interviewed"), not a state ("he
    # was not the subject of an investigation")
    return not _COPULA.search(m.group()) or act[0].lower().endswith(("ed", "en", "wn"))


_PRONOUN_CLAUSE = re.compile(r"\W*(i|he|she|we)\s+[a-z]", re.I)


def find_asserted(
    analyses: list[Analysis],
    claims: list[Claim],
    answered: set[str],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    speakers: Speakers,
    search: Search,
) -> Assertions:
    """The sentences asserting what each denial denies, for the denials not in ``answered``."""
    index: Asserted | None = None
    out: dict[str, list[Claim]] = {}
    for d in claims:
        if d.stance != "DENY" or d.id in answered or not d.denied and not d.answers:
            continue
        if not (DENIAL_WORD.search(d.text) or _FALSE.search(d.text) or own_act_negated(d)):
            continue  # matched by words alone, a denial must say so (as ``said``)
        if (
            NO_DENIAL.search(d.text)
            or _UNDISPUTED.search(d.text)
            or _SUPPOSED_DENIAL.search(d.text)
            or only_opinion(d.text)
            or is_supposed(d.text)
            or REASON.search(d.text)
        ):
            continue
        if index is None:
            index = Asserted(analyses, search, mention_entity, entities, speakers)
        denier = speakers.of(d)
        found = index.against(d, denier)
        thing = knowledge_denied(d) if not found and denier in entities else None
        if thing is not None and denier is not None:
            # "denied any advance knowledge of the meeting": the sentences saying the denier knew
            # of it; knowing of a meeting is not being at it (``presence``), though knowing of a
            # party may be ("denied knowledge of the gathering")
            told = told_known(d, thing, denier, entities, search, set(index.docs))
            found = [
                index.report(doc, sent, text) for doc, sent, text in told if (doc, sent) in index.stand_in
            ]
        what = presence_denied(d) if not found and denier in entities else None
        if what is not None and thing is not None and what not in _GATHERINGS:
            what = None
        if what is not None and denier is not None:
            # "no recollection of ever being at a party": the sentences placing the denier there
            placed = placed_there(d, what, denier, entities, search, set(index.docs))
            found = [
                index.report(doc, sent, text) for doc, sent, text in placed if (doc, sent) in index.stand_in
            ]
        if found:
            out[d.id] = found
    return Assertions(index, out)
