"""Claims elsewhere that say what a denial denies, matched by people and words, for denials
of what is no event we know."""

from __future__ import annotations

import re
from functools import partial

from storyline.model import Analysis, Claim, Entity
from storyline.resolve.contradictions.asserted import denied_core, denied_head, inflected_words, says_act
from storyline.resolve.contradictions.evidence import asserts
from storyline.resolve.contradictions.plain import PlainReports, Search
from storyline.resolve.contradictions.pointing import tellings_around
from storyline.resolve.contradictions.speakers import Speakers, surname
from storyline.resolve.contradictions.words import (
    ACCUSED,
    DENIAL_WORD,
    DISMISSED,
    ELSEWHERE,
    GENERIC_DENIAL,
    INSISTED,
    LINK,
    NEGATION,
    NO_DENIAL,
    OF_REPORTS,
    REASON,
    REPORT_NOUNS,
    UNSURE,
    VIEW,
    only_opinion,
    quoted_pairs,
    unquoted,
    word_stems,
)

# a claim told as someone's with a pronoun: "his claim that Obama had wiretapped Trump Tower"
_THEIRS = {"his", "her", "their"}
_CLAIM_NOUN = re.compile(r"\b(claims?|charges?|accusations?|assertions?|allegations?)\b", re.I)
# "denied telling family members … that …", "denied having said Japan should have nuclear
# weapons": what is denied is a saying, told in the clause after "that" (or after the verb)
_SAYING = re.compile(r"\bden(y|ies|ied|ying) (ever )?(having )?(telling|saying|told|said)\b", re.I)
_THAT = re.compile(r"[^;]{0,160}?\bthat\b")
_CLAUSE_END = re.compile(r"[,;:—–(]| but ")
# an accusation told as narration (extract/claims.py reads it as the accuser's claim): "accused
# Cohen of attending", "the dossier alleges that", "critics charged that"
# (not "serious allegations that need to be looked at": a relative clause, no charge told)
ACCUSATION = re.compile(
    r"\baccus(e|es|ed|ing)\b[^;]{0,80}?\bof\b"
    r"|\b(alleg(e|es|ed|ing)|charg(e|es|ed)|allegations?|accusations?|charges?) that\b"
    r"(?! (need|needs|have|has|had|are|is|was|were|could|would|will|may|might|must|should|"
    r"surfaced|emerged|came|continue|continued)\b)",
    re.I,
)
# a second predicate of the same subject: "… and has called it a witch hunt", "but later said"
_THEN = re.compile(r",? (and|but) (has|have|had|also|then|later|is|was|are|were)\b")
# "has not yet given him a prize as he claimed Thursday": the claim denied is the person's
_AS_CLAIMED = re.compile(
    r"\bas (?P<who>he|she|(?:[A-Z][\w.-]+ ){0,2}[A-Z][\w.-]+) (?:had )?(?:claimed|asserted|boasted)\b"
)
_SAYING_NOUN = re.compile(r"\b(that|this|those|these) (assertions?|claims?|remarks?|comments?)\b", re.I)
# "rejected the claim", "denies the claims": what is denied is no more than a thing said, the one
# extraction found it answers (Lister's "I'm told the US knows of Russia's involvement" … "a senior
# administration official rejected the claim, insisting that no such consensus … exists")
_THE_SAYING = re.compile(r"the (assertions?|claims?|remarks?|comments?)", re.I)
# allegations told about someone rather than that something happened: "the dossier, which
# contains unverified allegations about Mr. Trump, including a claim that the Russian
# government has video recordings of him"
_ALLEGED = re.compile(r"\b(allegations?|accusations?|charges?) (about|against)\b|\bclaims? that\b", re.I)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_SAYING_AFTER = re.compile(r",? (saying|adding|insisting) ")
# the accusers a denial names: "the allegations leveled by Ford and Deborah Ramirez", "the
# accusations of Leigh Corfman" (up to the clause's end: ", who accused him of …")
_BY_ACCUSERS = re.compile(
    r"\b(?:allegations?|accusations?|charges?)\b(?: [a-z]+){0,2}? (?:by|of|from) (?P<who>[A-Z][^,;.]{0,60})"
)
ACCUSER_REPORTS = 3  # an accuser's claims kept for one denial
ACCUSATION_SENTENCES = 2  # how far before a denial the accusation it answers may be told
QUOTED_RARE = 5  # a pair of quoted words in more claims than this is a catchphrase ("witch hunt")


def find_said_against(
    analyses: list[Analysis],
    claims: list[Claim],
    mention_entity: dict[str, str],
    speakers: Speakers,
    entities: dict[str, Entity] | None = None,
    search: Search | None = None,
) -> tuple[dict[str, list[Claim]], dict[str, set[str]]]:
    """Claims elsewhere that say what a denial denies, read from the words: the same people
    (the denier or the one it speaks for, and everyone else the denial names) and at least two
    of the denial's rarer words ("asked", "loyalty"). For denials of what is no event we know:
    "denied demanding Comey's loyalty" against "Comey testified Trump asked for his loyalty".
    A denial of someone's claim ("denied Trump's charge of wiretapping") stands against that
    person's claims of it. With ``search`` (the store's sentences), a denial no claim stands
    against is also matched to plain sentences (``plain``). Also returns each claim's rarer
    words."""
    said = _Said(analyses, claims, mention_entity, speakers)
    out: dict[str, list[Claim]] = {}
    pending: list[tuple[Claim, str, set[str]]] = []  # denials plain sentences may answer
    for d in claims:
        if d.stance != "DENY" or REASON.search(unquoted(d.text)) or NO_DENIAL.search(d.text):
            continue
        if only_opinion(d.text):
            continue  # "dismissed Mueller's investigation as a witch hunt": no fact denied
        denier = speakers.of(d)
        # an accusation told just before it, or a claim it says was claimed ("as he claimed"):
        # either says what is denied, whatever the words of the denial
        accused = said.accusation(d, denier) or said.as_claimed(d, denier)
        if accused:
            out[d.id] = accused
            continue
        if not DENIAL_WORD.search(d.text):
            # matched by words alone, a denial must say so ("denied", "disputed", "is false"):
            # "complained that the president was not under investigation" denies nothing
            continue
        if d.answers is not None and not ELSEWHERE.search(d.text):
            # "pushed back on the ABC News report": the claim extraction found it answers
            told = said.answered(d, denier)
            if told:
                out[d.id] = told
                continue
        if ELSEWHERE.search(d.text):
            # "denied the story", "has repeatedly denied that bombshell report": what is denied
            # is the report told just before, by someone else, unless the sentence quotes it and
            # another article quotes the same words ("that comment (which Trump denies)" of
            # "relieved 'great pressure because of Russia'")
            told = said.quoted(d, denier) or said.answered(d, denier) or said.by_accusers(d, denier)
            if told:
                out[d.id] = told
            continue
        named = said.named_beside(d, denier)
        if denier is not None:
            pending.append((d, denier, named))
        hits = (
            said.by_words(d, denier, named)
            or said.accused(d, denier)
            or said.own_saying(d, denier)
            or said.quoted(d, denier)
            or said.by_accusers(d, denier)
        )
        if hits:
            out[d.id] = hits
    # plain sentences only where no claim stands against the denial
    plain = (
        PlainReports(analyses, search, mention_entity, speakers.states.party) if search is not None else None
    )
    for d, denier, named in pending:
        if plain is not None and entities is not None and d.id not in out and denier in entities:
            words = said.denied_words(d)
            # a plain sentence must say the act denied, not only words of its setting
            head = denied_head(d.denied) if d.denied else None
            act = partial(says_act, head) if head else None
            found = plain.against(
                d, surname(entities[denier].name), words, said.df, said.people, named, denier, said.names, act
            )
            # a denial of what others did ("the same denial Sanders issued to knock down
            # speculation that Trump had any involvement in Donald Jr.'s … explanation"): its
            # reports name them, not the one denying
            for p in sorted(named & said.persons) if not found else ():
                if not re.search(rf"\bthat {re.escape(surname(entities[p].name))}\b", d.text):
                    continue  # the one the denied clause is about, not anyone named beside
                others = named - {p}
                found = plain.against(
                    d, surname(entities[p].name), words, said.df, said.people, others, p, said.names, act
                )
                if found:
                    break
            if found:
                out[d.id] = found
    return out, said.rare_words


class _Said:
    """The claims of the analyses indexed for matching denials by people and words: each claim
    is read once, not once per denial it is a candidate for (at 10,000 articles a denier such
    as Trump has thousands of candidate claims for each of hundreds of denials)."""

    def __init__(
        self,
        analyses: list[Analysis],
        claims: list[Claim],
        mention_entity: dict[str, str],
        speakers: Speakers,
    ) -> None:
        self.mention_entity, self.speakers = mention_entity, speakers
        self.people: dict[tuple[str, int], set[str]] = {}
        # the words of names, which say nothing of what was done
        self.names: dict[tuple[str, int], set[str]] = {}
        # a sentence's names and whom they name
        self.said_by: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for a in analyses:
            for m in a.mentions:
                self.names.setdefault((a.doc.id, m.sent), set()).update(word_stems(m.text))
                if m.id in mention_entity and m.type in ("PERSON", "ORG"):
                    self.people.setdefault((a.doc.id, m.sent), set()).add(mention_entity[m.id])
                    self.said_by.setdefault((a.doc.id, m.sent), []).append((m.text, mention_entity[m.id]))
                # a state as the one acting ("the Assad regime was responsible", "Damascus
                # denied"), not as a place ("talks in Moscow")
                state = speakers.states.acting(a, m, mention_entity[m.id]) if m.id in mention_entity else None
                if state is not None:
                    self.people.setdefault((a.doc.id, m.sent), set()).add(state)
                    self.said_by.setdefault((a.doc.id, m.sent), []).append((m.text, state))
        self.read: dict[str, frozenset[str]] = {}
        self.gainsays: dict[str, bool] = {}
        self.telling = [c for c in claims if c.stance in ("ASSERT", "CONFIRM") and not LINK.match(c.text)]
        self.told_events = {e.id: e for a in analyses for e in a.events}
        self.df: dict[str, int] = {}
        for c in claims:
            for w in word_stems(c.text):
                self.df[w] = self.df.get(w, 0) + 1
        # a word in at most 2% of the claims (or 5, in a small store), and never in more than
        # 120: 2% of a 10,000-article store is 2,500 claims, where "email" or "classified" are common
        self.rare = min(max(5, len(claims) // 50), 120)
        self.by_person: dict[str, list[Claim]] = {}
        for c in self.telling:
            for e in self.people.get((c.doc, c.sent), ()):
                self.by_person.setdefault(e, []).append(c)
        self.person_ids: dict[str, set[str]] = {}
        self.rare_words = {
            c.id: {w for w in self.words_of(c) if self.df.get(w, 0) <= self.rare} for c in claims
        }
        self.by_doc: dict[str, list[Claim]] = {}
        for c in self.telling:
            self.by_doc.setdefault(c.doc, []).append(c)
        self.by_speaker: dict[str, list[Claim]] | None = None  # filled on first use
        self.by_quote: dict[str, list[Claim]] | None = None  # filled on first use
        self.persons = {
            mention_entity[m.id]
            for a in analyses
            for m in a.mentions
            if m.id in mention_entity and m.type == "PERSON"
        }

    def words_of(self, c: Claim) -> frozenset[str]:
        if c.id not in self.read:
            self.read[c.id] = word_stems(c.text) - self.names.get((c.doc, c.sent), set())
        return self.read[c.id]

    def gainsaid(self, c: Claim) -> bool:
        """The sentence itself denies, dismisses or doubts: no report of what is denied."""
        if c.id not in self.gainsays:
            self.gainsays[c.id] = bool(
                DENIAL_WORD.search(c.text)
                or DISMISSED.search(c.text)
                or UNSURE.search(c.text)
                or INSISTED.search(c.text)
            )
        return self.gainsays[c.id]

    def answered(self, d: Claim, denier: str | None) -> list[Claim]:
        """For "denied that charge / the story / it": the claim told just before it in its
        article by someone else, or the one extraction found it answers."""
        people = self.people
        # "Judge has denied Ford's allegations": what he denies is told of someone else the
        # denial names (Ford), not of him alone ("the FBI has talked with … Mark Judge")
        named = self.named_beside(d, denier) & self.persons or people.get((d.doc, d.sent), set())
        told = [
            c
            for c in self.by_doc.get(d.doc, [])
            # or the claim extraction found it answers ("denied that charge", further back
            # or in its own sentence: "Reuters reported …, but the agency denied the report")
            if (d.sent - 3 <= c.sent < d.sent or c.id == d.answers) and c.speaker_text != d.speaker_text
            if not (c.speaker and self.mention_entity.get(c.speaker) == denier)
            if not UNSURE.search(c.text)
            # a sentence before it that itself denies is another denial, not what is denied
            # ("Judge Kavanaugh vehemently denied the allegation" … "Mr. Judge has submitted two
            # declarations … elaborating on his denial"; "the nominee, who insisted that he was
            # innocent" … "He has denied this")
            if c.sent == d.sent
            or not (DENIAL_WORD.search(c.text) or INSISTED.search(c.text))
            or c.id == d.answers
            and notes_denial(c.text)
            # the accusation extraction found it answers ("questions … about allegations that
            # he once used racist language" … "Sessions has denied those allegations"): the
            # noun chose it, though the parse links no event and names the accused by a pronoun
            if c.id == d.answers
            and (
                ACCUSATION.search(c.text)
                or _ALLEGED.search(c.text)
                or _SAYING_NOUN.search(d.text)
                or self.the_saying(d, c, denier)
            )
            # else it tells something that happened, not "Bannon says." nor "it is unclear
            # whether he offered to resign", of someone the denial names ("Estrich, Ailes'
            # attorney, denied this" is not about Bannon's pay told just before)
            or c.event is not None
            and asserts(self.told_events.get(c.event))
            and named & people.get((c.doc, c.sent), set())
            # "Kavanaugh has also denied her accusations": what it denies is an accusation, told
            # by someone accusing, not the article's lead ("the FBI has talked with … Judge")
            and (not GENERIC_DENIAL.search(d.text) or self.accusing(c, denier, named))
        ]
        if not told:
            return []
        last = max(told, key=lambda c: c.sent)
        # "denied the accusations": every accusation told next to the one it answers
        names = set(re.findall(r"[A-Z][\w’'-]{2,}", d.speaker_text or ""))
        return [last, *tellings_around(last, d, self.by_doc.get(d.doc, []), names)]

    def the_saying(self, d: Claim, c: Claim, denier: str | None) -> bool:
        """Whether a denial of no more than "the claim(s)" denies the claim extraction found it
        answers: one told of the denier or of no one else, not a claim about another person
        ("The women claim Rose made unwanted sexual advances" … "Paul Rosenthal … was accused of
        inappropriately touching a political organizer" … "Rosenthal denies the claim")."""
        if not (d.denied and _THE_SAYING.fullmatch(d.denied.strip())):
            return False
        teller = self.mention_entity.get(c.speaker) if c.speaker else None
        return not (self.people.get((c.doc, c.sent), set()) & self.persons) - {denier, teller}

    def accusing(self, c: Claim, denier: str | None, named: set[str]) -> bool:
        """Whether a claim tells what a denial of "the allegations" denies: in words of
        accusing, or as something done by those the denial names ("She testified … that
        Kavanaugh sexually assaulted her"), not an article's lead naming them beside what it
        tells ("Days after being ordered to look into sexual misconduct allegations against …
        Kavanaugh, the FBI has talked with his high school friend Mark Judge")."""
        if ACCUSATION.search(c.text) or _ACCORDING.search(c.text):
            return True  # "According to a lawsuit filed by IMR against Akhmetshin, he broke the law"
        ev = self.told_events.get(c.event) if c.event else None
        doing = {self.mention_entity.get(p.ref) for p in ev.participants} if ev else set()
        return bool(named & doing) and self.speakers.of(c) != denier

    def accusation(self, d: Claim, denier: str | None) -> list[Claim]:
        """A denial by someone accused just before in its article ("Mr. Steele's Russian sources
        accused … Michael Cohen of attending a meeting with Russian agents in Prague. Mr. Cohen
        has said he has never been to Prague"): the nearest accusation told by someone else in
        the two sentences before, naming the denier. Accused and denying, the denier answers it,
        whatever the words."""
        if denier is None:
            return []
        told = [
            c
            for c in self.by_doc.get(d.doc, [])
            if d.sent - ACCUSATION_SENTENCES <= c.sent < d.sent
            and self.accuses(c, denier)
            and self.speakers.of(c) != denier
            and not self.gainsaid(c)
            and not UNSURE.search(c.text)
        ]
        if not told:
            return []
        last = max(told, key=lambda c: c.sent)
        # "denied the accusations": every accusation told next to the one it answers
        names = set(re.findall(r"[A-Z][\w’'-]{2,}", d.speaker_text or ""))
        return [last, *tellings_around(last, d, self.by_doc.get(d.doc, []), names)]

    def by_accusers(self, d: Claim, denier: str | None) -> list[Claim]:
        """A denial of the allegations of people it names ("categorically denies the allegations
        leveled by Ford and Deborah Ramirez, who accused him of …"): what those people tell of
        the denier elsewhere, in words of accusing or as something the denier did ("Ramirez
        said Kavanaugh had exposed himself to her"), the best few of each, other articles first."""
        denial = DENIAL_WORD.search(d.text)
        m = _BY_ACCUSERS.search(d.text, denial.end()) if denial and denier else None
        if m is None:
            return []
        who = m.group("who")
        accusers = {e for t, e in self.said_by.get((d.doc, d.sent), []) if t in who and e in self.persons}
        if len(accusers - {denier}) != 1:
            # "the allegations leveled by Ford and Deborah Ramirez": two questions, which one
            # denial's reports would join into one entry (one per accuser is the rule)
            return []
        out: list[Claim] = []
        for accuser in sorted(accusers - {denier}):
            told = [
                c
                for c in self.told_by(accuser)
                if (c.doc, c.sent) != (d.doc, d.sent)
                and denier in self.people.get((c.doc, c.sent), set())
                and not self.gainsaid(c)
                and not UNSURE.search(c.text)
                and not NEGATION.search(c.text)  # "no major factual revelations about …"
                # the accuser's own account, not someone else's view of it ("Collins said …
                # investigators should reach out to … Ramirez, who has accused Kavanaugh …")
                and not c.attributed_to
                and (ACCUSATION.search(c.text) or denier in self.doers(c))
            ]
            out += sorted(told, key=lambda c: (c.doc == d.doc, c.doc, c.sent))[:ACCUSER_REPORTS]
        return out

    def doers(self, c: Claim) -> set[str | None]:
        ev = self.told_events.get(c.event) if c.event else None
        return {self.mention_entity.get(p.ref) for p in ev.participants} if ev else set()

    def accuses(self, c: Claim, who: str) -> bool:
        """Whether the claim accuses this person: named after the words of accusing ("Trump
        accused Comey of lying" accuses Comey, not Trump)."""
        m = ACCUSATION.search(c.text)
        return m is not None and any(
            e == who and c.text.find(t, m.start()) >= 0 for t, e in self.said_by.get((c.doc, c.sent), [])
        )

    def named_beside(self, d: Claim, denier: str | None) -> set[str]:
        """Everyone else the denial names: the people a report of it must name too. The
        denier's own body ("a Justice Department spokeswoman") is on the denying side."""
        named = self.people.get((d.doc, d.sent), set()) - {denier}
        return named - {
            e for t, e in self.said_by.get((d.doc, d.sent), []) if d.speaker_text and t in d.speaker_text
        }

    def by_words(self, d: Claim, denier: str | None, named: set[str]) -> list[Claim]:
        """Claims naming the denier and everyone else the denial names (a denier we cannot
        name, "the bureau", leaves the others to carry it), sharing its rarer words."""
        if not named or denier is None and len(named) < 2 or GENERIC_DENIAL.search(d.text):
            return []
        if d.denied == "":
            # the parse read what is denied and found nothing after the verb ("a sole claim …
            # that Kavanaugh strenuously denies"): the sentence's other words are its setting
            return []
        words = self.denied_words(d)
        denied = self.what_is_denied(d, words)
        # the denied thing itself: a report saying only words near it ("the party described
        # in Dr. Ford's letter" / "a letter … describing alleged misconduct") tells another thing
        core = denied_core(d.denied) if d.denied else set()
        hits = []
        # a report naming the denier ("Comey gave her a free pass" against Comey's denial), or,
        # for a denial of what others did ("the FBI has denied it"), everyone else the denial
        # names, with more words in common
        candidates = {c.id: c for c in self.by_person.get(denier, [])} if denier else {}
        candidates.update((c.id, c) for c in _sharing(self.by_person, named, self.person_ids))
        for c in candidates.values():
            if c.doc == d.doc and c.sent == d.sent or self.gainsaid(c):
                continue  # a sentence that itself denies is no report of the denied thing
            own = c.speaker is not None and self.mention_entity.get(c.speaker) == denier
            # the denier's own words count only when they tell it ("I know Matt Whitaker"), not
            # when they repeat the denial in other words ("he has never been to Prague")
            if own and NEGATION.search(c.text):
                continue
            # within one article another sentence is often the denial's own setting, so it
            # must share more of the words to be what is denied
            there = self.people.get((c.doc, c.sent), set())
            # a denial that says what it denies ("denied reports that Comey had asked …",
            # "denied the accusation that officials were withholding …") names its report: two
            # shared words are enough even in its own article
            same = c.doc == d.doc
            need = 2 if same and OF_REPORTS.search(d.text) or not same and denier in there else 3
            shared = len(words & self.words_of(c))
            if denied and not denied & self.words_of(c):
                continue  # only the setting in common ("in a court filing", "charges")
            if denied and not self.same_denied_word(d, c, denied):
                continue  # "an assistant" is no "assist": the same first letters, another word
            if core and not core & inflected_words(c.text):
                continue  # words near the denied thing, not the thing
            if same and c.sent < d.sent and named <= there and OF_REPORTS.search(d.text):
                # told before it in its own article, naming everyone the denial names: the
                # reports it denies, though in other words ("asked for more resources for the
                # probe" / "denied reports that he asked for additional money or resources";
                # "withholding information" / "opted not to show the president … the
                # information"), so one word in common, however common, will do
                # (the word naming what is denied, "the allegations", says nothing of it)
                need, shared = 1, len(self.words_of(d) & self.words_of(c) - REPORT_NOUNS)
            # a long denial names people beside the point ("Dowd and Sekulow note, that comment
            # (which Trump denies)"): a report naming the denier and one of them does, with a
            # word more in common
            if shared >= need and named <= there or shared > need and denier in there and named & there:
                hits.append(c)
        return hits

    def same_denied_word(self, d: Claim, c: Claim, denied: set[str]) -> bool:
        """Whether a rarer word of what the denial denies (``denied``, by stems) is in the
        report as the same word, up to its inflection, not only its first letters."""
        told = d.denied if d.denied is not None else d.text
        return bool(inflected_words(told, denied) & inflected_words(c.text))

    def denied_words(self, d: Claim) -> set[str]:
        """The denial's rarer words, less those of a second predicate after it ("Trump has
        denied any collusion and has called Mueller's investigation a witch hunt": the witch
        hunt is said, not denied)."""
        # what the denier calls it ("dismissed as a witch hunt") is said, not denied
        words = self.rare_words[d.id] - VIEW
        denial = DENIAL_WORD.search(d.text)
        then = _THEN.search(d.text, denial.end()) if denial else None
        if then is None:
            return words
        return words - (word_stems(d.text[then.end() :]) - word_stems(d.text[: then.start()]))

    def what_is_denied(self, d: Claim, words: set[str]) -> set[str]:
        """The rarer words of what the denial says it denies, told after its word of denial
        ("rejected as untrue a charge from Mr. Trump that he had leaked classified
        information": leaked, classified, information), less the nouns naming it ("charge");
        empty when it is told before ("…, which Trump denies") or in fewer words. A report
        must share one of them: a denial's setting ("in a court filing to quash a subpoena")
        and the noun naming a report ("weren't filing charges") say nothing of what is denied."""
        denial = DENIAL_WORD.search(d.text)
        if denial is None:
            return set()
        # what its verb denies as the parse reads it, bounded to the denial's clause ("Trump,
        # who has denied the allegations, said on Twitter that …" denies no Twitter); the rest
        # of the sentence for claims stored without it
        told = d.denied if d.denied is not None else d.text[denial.end() :]
        after = word_stems(told) - self.names.get((d.doc, d.sent), set())
        after = (after & words) - REPORT_NOUNS
        return set(after) if len(after) >= 2 else set()

    def told_by(self, who: str) -> list[Claim]:
        """The claims someone tells, by the speakers read in their articles."""
        if self.by_speaker is None:
            self.by_speaker = {}
            for c in self.telling:
                speaker = self.speakers.of(c)
                if speaker is not None:
                    self.by_speaker.setdefault(speaker, []).append(c)
        return self.by_speaker.get(who, [])

    def quoted(self, d: Claim, denier: str | None) -> list[Claim]:
        """Claims in other articles quoting the words the denial quotes ("getting rid of that
        'real nut job' relieved 'great pressure because of Russia' … that comment (which Trump
        denies)" / "the president told Russian officials that Comey's dismissal 'relieved great
        pressure'"), naming the denier: the same saying, whatever else is said around it. Two
        quoted words in common, in at most ``QUOTED_RARE`` claims of the store, and two rarer
        words ("look like" is quoted of hookers and of fools alike)."""
        if denier is None:
            return []
        if self.by_quote is None:
            self.by_quote = {}
            for c in self.telling:
                for pair in quoted_pairs(c.text):
                    self.by_quote.setdefault(pair, []).append(c)
        hits: dict[str, Claim] = {}
        # words the denier quotes after "saying" are the denier's own account, not what is
        # denied ("“This claim is absolutely false and a lie,” Swetnick claims, saying she
        # repeatedly saw Kavanaugh “engage in excessive drinking …”"): the denier's claims
        # quoting them are no changed account
        own_words = (
            quoted_pairs(_SAYING_AFTER.split(d.text, maxsplit=1)[-1])
            if _SAYING_AFTER.search(d.text)
            else frozenset()
        )
        for pair in quoted_pairs(d.text):
            told = self.by_quote.get(pair, [])
            if len(told) > QUOTED_RARE:
                continue
            for c in told:
                if (
                    c.doc == d.doc
                    or self.gainsaid(c)
                    or denier not in self.people.get((c.doc, c.sent), set())
                ):
                    continue
                if len(self.rare_words[d.id] & self.words_of(c)) < 2:
                    continue
                own = c.speaker is not None and self.mention_entity.get(c.speaker) == denier
                if own and pair in own_words:
                    continue
                if denier in self.speakers.states.states and self.speakers.of(c) == denier:
                    continue  # a state's organs telling its one account ("The Syrian army said")
                if not (own and NEGATION.search(c.text)):  # the denier repeating the denial
                    hits[c.id] = c
        return list(hits.values())

    def as_claimed(self, d: Claim, denier: str | None) -> list[Claim]:
        """A denial of what someone is said to have claimed ("the government of Israel has not
        yet given him a prize as he claimed Thursday"): that person's claims told before it in
        its article, sharing a rarer word of what is denied ("I received … the greatest awards
        given by Israel"). "He" is the one other person the sentence names."""
        m = _AS_CLAIMED.search(d.text)
        if m is None:
            return []
        who = m.group("who")
        if who.lower() in ("he", "she"):
            others = {e for e in self.people.get((d.doc, d.sent), set()) - {denier} if e in self.persons}
            claimant = next(iter(others)) if len(others) == 1 else None
        else:
            claimant = self.speakers.named(d.doc, who)
        if claimant is None or claimant == denier:
            return []
        # what is denied: the clause the claim is said of ("but the government of Israel has not
        # yet given him a prize"), not the one before it ("a number of … organizations have
        # honored Trump over the years")
        clause = re.split(r", but |; |—|–", d.text[: m.start()])[-1]
        what = (word_stems(clause) - self.names.get((d.doc, d.sent), set())) & self.rare_words[d.id]
        return [
            c
            for c in self.told_by(claimant)
            if c.doc == d.doc
            and c.sent < d.sent
            and not self.gainsaid(c)
            and not NEGATION.search(c.text)
            and what & self.words_of(c)
        ]

    def own_saying(self, d: Claim, denier: str | None) -> list[Claim]:
        """A denial of having said something ("Clinton denied telling family members … that
        the attack was sparked by an anti-Islam video"): the denier's own claims elsewhere that
        tell it ("told me a video was responsible"), not negated, sharing a rarer word of what
        is denied being said (names aside)."""
        m = _SAYING.search(d.text)
        if m is None or denier is None:
            return []
        said = d.text[m.end() :]
        that = _THAT.match(said)
        clause = _CLAUSE_END.split(said[that.end() :] if that else said, maxsplit=1)[0]
        what = (word_stems(clause) - self.names.get((d.doc, d.sent), set())) & self.rare_words[d.id]
        return [
            c
            for c in self.told_by(denier)
            if c.doc != d.doc
            and not self.gainsaid(c)
            and not NEGATION.search(c.text)
            and what & self.words_of(c)
        ]

    def accused(self, d: Claim, denier: str | None) -> list[Claim]:
        """A denial of someone's claim ("Comey has denied Trump's specific charge of
        wiretapping", "would contest the president's assertion that Comey had informed him
        three times"): the claims that person tells, or that are told as theirs ("his claim
        that Obama had wiretapped Trump Tower" in a sentence naming Trump), elsewhere, sharing
        a rarer word of what the claim is said to be (names aside)."""
        m = ACCUSED.search(d.text)
        if m is None:
            return []
        accuser = self.speakers.named(d.doc, m.group("who"))
        if accuser is None or accuser == denier:
            return []
        # what the claim says: the clause after the noun ("of wiretapping ordered by the former
        # president", not what follows ", but Nunes says …")
        clause = _CLAUSE_END.split(d.text[m.end() :], maxsplit=1)[0]
        if NEGATION.search(" ".join(clause.split()[:5])):
            # "pushing back on Pruitt's assertion that he didn't know how two of his staffers got
            # raises": a doubt of someone's own denial, no claim of theirs to stand against
            return []
        what = (word_stems(clause) - self.names.get((d.doc, d.sent), set())) & self.rare_words[d.id]
        if not what:
            return []
        candidates = {c.id: c for c in self.told_by(accuser)}
        candidates.update(
            (c.id, c) for c in self.by_person.get(accuser, []) if (c.speaker_text or "").lower() in _THEIRS
        )
        # two of its words in common, or one when the report too tells it as a claim ("Trump's
        # unfounded claim that Obama wiretapped his phones"): one word alone ("three") is in
        # too many of a person's sayings
        return [
            c
            for c in candidates.values()
            if c.doc != d.doc
            and not self.gainsaid(c)
            and len(what & self.words_of(c)) >= (1 if _CLAIM_NOUN.search(c.text) else 2)
        ]


def notes_denial(text: str) -> bool:
    """Whether a sentence tells a charge in full and names a denial of it only as a noun ("while
    noting Trump's denial about notorious allegations that he watched prostitutes engage in
    lewd behavior in a Moscow hotel, they include …"): the charge told, not another denial."""
    words = [m.group(0).lower() for m in DENIAL_WORD.finditer(text)]
    return (
        bool(words)
        and all(re.fullmatch(r"denials?", w) for w in words)
        and not INSISTED.search(text)
        and ACCUSATION.search(text) is not None
    )


def _sharing(by_person: dict[str, list[Claim]], people: set[str], ids: dict[str, set[str]]) -> list[Claim]:
    """The claims naming every one of these people, once each. ``ids``: each person's claim
    ids, filled as needed (a claim looked up in a person's list was quadratic in the store)."""
    first, *rest = sorted(people)
    for p in rest:
        if p not in ids:
            ids[p] = {c.id for c in by_person.get(p, [])}
    return [c for c in by_person.get(first, []) if all(c.id in ids[p] for p in rest)]
