"""Denials that point back: "McCabe denied that charge", "He denies the allegation", "Mr. Ruddy
never spoke to the President regarding this issue". What is denied is told just before, in the
same article ("the OIG had found that the senior FBI official made an unauthorized disclosure to
the news media …"), and often again in other articles in the same words. This module finds that
antecedent (``antecedent``), reads the proposition it tells (``told_clause``) and sets the denial
against the antecedent and against the sentences of other articles telling the same proposition
(``asserted.Asserted``, the matcher of denied clauses). When no antecedent fits the pointing
noun and names the denier, the denial is left alone: a guess joins unrelated reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyline.model import Analysis, Claim, Entity
from storyline.resolve.contradictions.asserted import Asserted
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.speakers import Speakers, is_person, surname
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    DISMISSED,
    INSISTED,
    LINK,
    NO_DENIAL,
    REASON,
    UNSURE,
    is_supposed,
    only_opinion,
)

BACK = 3  # sentences before the denial its antecedent may be told in
MIN_WORDS = 6  # a sentence of fewer words tells no accusation ("Mr. Comey said.")
# a sentence looking into what is told, not telling it ("is investigating the matter")
_LOOKED_INTO = re.compile(r"\b(?:investigat\w*|looking into|reviewing|probing)\b", re.I)
FETCH_WORDS = 8  # a sentence's words searched for to read its text
FETCH_LIMIT = 20
# what a denial says it denies, when it only points back: "that charge", "the allegations",
# "these reports", "it"; not "the allegations of …" / "the report that …" (they say what)
_POINTER = re.compile(
    r"^\W*(?:(?:that|this|these|those|the|such|all|all the|all of the|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>charges?|reports?|accounts?|allegations?|accusations?|claims?|stor(?:y|ies)|"
    r"characterizations?|assertions?|suggestions?|contentions?)|it|that|this)"
    # how it was denied, not what: "denied the reports on-the-record", "… publicly"
    r"(?:\s+(?:on[- ]the[- ]record|publicly|at the time))?\W*$",
    re.I,
)
# a denial whose topic is pointed back to: "never spoke to the President regarding this issue"
_TOPIC = re.compile(
    r"\b(?:regarding|about|on|concerning) (?:this|that) (?:issue|subject|matter|topic)\b", re.I
)
# the words that make an antecedent fit each noun: a charge is told by accusing, a report by
# reporting, an account by telling; "it" and "that" take any telling
_ACCUSE = (
    r"accus\w*|alleg\w*|charg\w*|claim\w*|contend\w*|blam\w*|suggest\w*|critic\w*|complain\w*|"
    r"found|concluded|determined"  # a finding ("the inspector general found that …") is a charge
)
_REPORT = r"report\w*|according to|told|revealed|wrote|story|article"
_TELL = r"said|says|told|tells|account|according to|recount\w*|describ\w*|testif\w*|wrote"
_FITS = {
    "charge": _ACCUSE,
    "allegation": _ACCUSE,
    "accusation": _ACCUSE,
    "claim": _ACCUSE + r"|said|says|insist\w*",
    "assertion": _ACCUSE + r"|said|says|assert\w*",
    "contention": _ACCUSE + r"|said|says",
    "suggestion": _ACCUSE + r"|said|says",
    "report": _REPORT,
    "story": _REPORT,
    # "those reports": the press's, not what someone told ("… told CNN's Van Jones that he …")
    "reports": r"report\w*|according to|revealed|stor(?:y|ies)|articles?|news broke|(?:it|word) came out",
    "account": _TELL + "|" + _REPORT + "|" + _ACCUSE,  # an account is any telling, an allegation too
    "characterization": r"deemed|called|describ\w*|characteri\w*|labell?ed",
}
_ACCUSING = {"charge", "allegation", "accusation", "characterization"}
# where a told proposition begins: after a verb of telling, finding or accusing and its "that",
# "accused X of", "blamed X for", "claims of"; the last such marker before the clause
_MARKER = re.compile(
    r"\b(?:(?:found|concluded|said|says|alleged|alleges|alleging|claimed|claims|contend|contends|contended|"
    r"reported|reports|told|tells|charged|suggested|insisted|wrote|testified|believes?)\b[^.;“\"]{0,60}?\bthat"
    r"|(?:found|concluded|alleged|alleges|alleging|claimed|claims|contends|contended|reported|charged|suggested)"
    r"|(?:accused|accusing|accuses|suspected)\b[^.;]{0,60}?\bof"
    r"|(?:blamed|blames|blaming)\b[^.;]{0,40}?\bfor"
    r"|(?:allegations?|accusations?|claims?|charges?|reports?)(?: (?:by|from) [^,;]{0,60}?| (?:is|was))? "
    r"(?:that|of))\s+",
)
# an attribution after the clause: ", reported a Washington newspaper.", ", officials said."
_AFTER = re.compile(
    r",? (?:reported|according to|said|says|told|wrote)\b[^,“”\"]{0,60}$|,? [^,“”\"]{0,40} (?:said|says)\W*$"
)
_QUOTE_START = re.compile(r"^\W*[“\"]")
# a verb ending a clause's subject ("the senior FBI official made …"): an auxiliary, a past
# form, or a common irregular past
_VERB = re.compile(
    r"^(?:is|are|was|were|has|had|have|did|does|will|would|could|can|\w+ed|made|met|told|paid|sent|took|"
    r"gave|held|led|hid|knew|sought|spoke|wrote|ran|got|broke|kept|left|lost|put|said|saw|sold|stole|"
    r"struck|won|tried)$",
    re.I,
)
_LEAD = re.compile(r"^(?:that\W+)?(?:(?:in|on|during|last|earlier) [^,]{1,25}, )?")
# a denial in a relative clause: "… allegations of sexual misconduct that he denied"
_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:[\w’'-]+\s+){1,3}?(?:den(?:y|ies|ied)|disput\w*|reject\w*|refut\w*)\b", re.I
)
_CONDITION = re.compile(r"\b(?:if|whether|unless)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"^(?:he|she|they|his|her|their)$", re.I)
_TITLE = re.compile(r"^(?:The|A|An|Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Judge|Director|General)\.?$")


@dataclass(frozen=True)
class Antecedent:
    """What a pointing-back denial denies: the sentence telling it and the clause it tells."""

    sent: int
    text: str  # the sentence
    clause: str  # the proposition told in it ("the senior FBI official made an …")
    claims: list[Claim]  # its claims telling it: the sentence's, and those just before by the same teller
    contrasted: bool = False  # told after a denial's "but" in its sentence (``reported_half``)


def pointed(d: Claim) -> str | None:
    """The noun a denial points back with ("charge", "report", "it"), or None when it says what
    it denies."""
    m = _POINTER.match(d.denied or "") if d.denied else None
    bare = (d.denied or "").strip()
    if m is None and bare and re.search(rf"\bthat {re.escape(bare)}\b", d.text):
        # "tells the Washington Examiner that account is "blatantly false."": the parse took the
        # pointer's "that" for the one opening a clause, and left the noun bare
        m = _POINTER.match("that " + bare)
        m = m if m and m.group("noun") else None
    if m:
        noun = (m.group("noun") or "it").lower()
        if noun == "it" and _RELATIVE.search(d.text):
            return None  # "allegations of sexual misconduct that he denied": said in its own sentence
        if noun in ("reports", "stories"):
            return "reports"  # press reports, not one person's telling
        return re.sub(r"(ies|s)$", lambda x: "y" if x.group(1) == "ies" else "", noun)
    return "issue" if _TOPIC.search(d.text) else None


def sentence_texts(claims: list[Claim]) -> dict[int, str]:
    """The article's sentences that hold a claim, by index (a claim's text is its sentence's;
    resolution reads no other sentence texts)."""
    return {c.sent: c.text for c in claims}


def window_texts(a: Analysis, d: Claim, texts: dict[int, str], search: Search) -> dict[int, str]:
    """The sentences of the window before a denial, those with no claim found with the store's
    search: by the words of the sentence's names and event words, every one of which it holds
    ("Page is accused in the dossier of being the Trump campaign's liaison to the Kremlin" by
    Page, Trump, Kremlin, accused)."""
    words: dict[int, list[str]] = {}
    lo = d.sent - BACK - 1
    for m in a.mentions:
        if lo <= m.sent < d.sent:
            words.setdefault(m.sent, []).append(m.text)
    for e in a.events:
        if lo <= e.sent < d.sent:
            words.setdefault(e.sent, []).append(e.trigger)
    for i, said in words.items():
        if i in texts:
            continue
        terms = list(dict.fromkeys(w for t in said for w in re.findall(r"[A-Za-z]{3,}", t)))[:FETCH_WORDS]
        if len(terms) < 2:
            continue  # too few words to find one sentence among the store's
        for doc, sent, text in search(" ".join(terms), FETCH_LIMIT):
            if doc == a.doc.id and sent == i:
                texts[i] = text
                break
    return texts


def antecedent(
    d: Claim, texts: dict[int, str], claims: list[Claim], denier_names: set[str]
) -> Antecedent | None:
    """The nearest sentence before the denial that tells what its pointing noun names: the
    claim extraction found it answers first, when it fits. None when no sentence fits: the
    denial is left unmatched."""
    noun = pointed(d)
    if noun is None:
        return None
    told = {
        c.sent: c
        for c in sorted(claims, key=lambda c: c.stance != "ASSERT")
        if c.stance in ("ASSERT", "CONFIRM") and c.sent < d.sent
    }
    answered = next((c for c in claims if c.id == d.answers), None)
    order = [answered.sent] if answered is not None and answered.sent < d.sent else []
    order += [i for i in range(d.sent - 1, d.sent - BACK - 1, -1) if i >= 0 and i not in order]
    # "this issue": the one the denial is about, named in it beside the denier ("Mr. Ruddy")
    about = _named(d.text) - denier_names if noun == "issue" else denier_names
    for i in order:
        text = texts.get(i)
        half = reported_half(text) if text is not None and noun in ("report", "reports", "story") else None
        text = half or text
        if text is None or LINK.match(text) or not _fits(text, noun, about, d.sent - i, i in told):
            continue
        if i in told and _same_teller(told[i], denier_names) or _opens_telling(text, denier_names):
            continue  # the denier's own saying ('Rubio then said, "Apple …"'): no charge against them
        before = texts.get(i - 1)
        if " that " not in text and before is not None and _QUOTE_START.match(before) and i - 1 in told:
            # 'Maduro later said in a retelling …' after the quote it attributes: the quote
            i, text = i - 1, before
        clause = told_clause(text)
        if not clause:
            continue
        if noun in _ACCUSING | {"it"} and not _about(clause, about):
            # a charge is told of the one denying it: "Comey wrote that he told Trump that …
            # the FBI used unconfirmed material" charges the FBI, not Trump; what another said,
            # called untrue, may be of anyone
            if not _verdict_on_other(d, told.get(i), denier_names):
                return None
        # an account told over sentences by one teller is one account ("Ruddy told PBS … that
        # Trump was considering …" / "Ruddy, who said …, added that …"): its earlier sentences
        # in the window too
        run = [told[i]] if i in told else []
        j = i - 1
        while run and j >= d.sent - BACK - 1 and j in told and told[j].speaker_text == run[0].speaker_text:
            run.append(told[j])
            j -= 1
        if run and plural(d):
            # the tellings of several, whoever told each: those before it in the window too
            seen = {c.id for c in run}
            back = range(i - 1, d.sent - BACK - 2, -1)
            run += [c for c in _told_run(back, told, texts, denier_names) if c.id not in seen]
            run += _told_run(range(i + 1, d.sent), told, texts, denier_names)
        return Antecedent(i, text, clause, run, half is not None)
    return None


# a verdict on what was said ("That is not accurate", "That was inaccurate", "that is not true"):
# the pointer is the verdict's subject
_VERDICT = re.compile(
    r"^\W*(?:no,?\s+(?:sir,?\s+|ma[’']am,?\s+)?)?(?:that|this|it)(?:[’']s|\s+(?:is|was))\s+(?:simply\s+|just\s+)?"
    r"(?:not\s+(?:accurate|true|correct|right)|inaccurate|untrue|false|incorrect|wrong)\b",
    re.I,
)


def _verdict_on_other(d: Claim, told: Claim | None, denier_names: set[str]) -> bool:
    """Whether the denial calls what another told untrue ("'That is not accurate,' according to
    Acting FBI Director Andrew McCabe" after "a White House spokeswoman said 'the rank and file
    of the FBI had lost confidence' in Comey"): a statement called false may be about anyone,
    not only about the one calling it so, as a charge is."""
    if told is None or not told.speaker_text or _same_teller(told, denier_names):
        return False
    if not any(re.search(_name(n), d.text) for n in denier_names):
        # '"No, sir, that is not accurate," he said': whose verdict a pronoun is, is read less
        # surely at scale (the 2,000 news articles read this one as Comey's), and a verdict
        # given to the wrong one is a wrong entry
        return False
    quoted = re.search(r"[“\"]([^”\"]+)", d.text)
    return _VERDICT.match(quoted.group(1) if quoted else d.text) is not None


# a clause contrasted with what was said before it in its sentence
_CONTRAST = re.compile(r"[,;]\s+but\s+", re.I)


def reported_half(text: str) -> str | None:
    """The clause after "but" in a sentence that first tells a denial and then what the press
    told ("Short denies leaking, but news broke earlier this week that Short was being
    terminated"): the report a later "denied the reports" points back to, told as so. None for
    a sentence with no such clause, or one whose clause after "but" denies or doubts too."""
    m = _CONTRAST.search(text)
    if m is None or not DENIAL_WORD.search(text[: m.start()]):
        return None
    rest = text[m.end() :]
    if DENIAL_WORD.search(rest) or INSISTED.search(rest) or UNSURE.search(rest) or DISMISSED.search(rest):
        return None
    return rest


def plural(d: Claim) -> bool:
    """Whether a denial points back to more than one telling ("disputed the claims", "denies
    these reports"), not to one ("that charge", "it")."""
    m = _POINTER.match(d.denied or "") if d.denied else None
    return bool(m and m.group("noun") and re.search(r"(?:s|ies)$", m.group("noun"), re.I))


def _told_run(at: range, told: dict[int, Claim], texts: dict[int, str], names: set[str]) -> list[Claim]:
    """The sentences told as so at ``at``, in its order, up to the first that is not: a plural
    denial's tellings around its antecedent. "A source … confirmed to Fox News the details of the
    Caller's reporting" / "The source told Fox News the hack was from a Chinese company" / "A
    second source … told Fox News that …" / "But the FBI disputed the claims": the claims are all
    of them; "Kristin Anderson told The Washington Post that Trump had groped her …" / "Later
    Friday, a former Apprentice contestant said Trump kissed her …" / "They were just two of
    multiple women to come forward …" / "Trump and his campaign have vehemently denied the
    accusations". Not a denial, doubt, question or condition, nor the denier's own saying."""
    out = []
    for j in at:
        text = texts.get(j, "")
        c = told.get(j)
        if c is None or c.stance != "ASSERT" or not c.speaker_text or _same_teller(c, names):
            break
        if DENIAL_WORD.search(text) or INSISTED.search(text) or UNSURE.search(text) or DISMISSED.search(text):
            break
        if _CONDITION.search(text) or text.rstrip("”\"’' ").endswith("?") or _opens_telling(text, names):
            break
        if len(text.split()) < MIN_WORDS or _LOOKED_INTO.search(text):
            break  # "Mr. Comey said." tells nothing; "The NFL said it is investigating the matter" asks
        out.append(c)
    return out


def tellings_around(told: Claim, d: Claim, claims: list[Claim], names: set[str]) -> list[Claim]:
    """For a denial pointing back to plural tellings ("denied the accusations") and ``told``, the
    one it answers: the other sentences told as so next to it in the window before the denial
    (``_told_run``), each its own claim; none for one telling ("that charge")."""
    if not plural(d):
        return []
    by_sent = {
        c.sent: c
        for c in sorted(claims, key=lambda c: c.stance != "ASSERT")
        if c.doc == d.doc and c.stance in ("ASSERT", "CONFIRM") and c.sent < d.sent
    }
    texts = {c.sent: c.text for c in by_sent.values()}
    out = _told_run(range(told.sent - 1, d.sent - BACK - 2, -1), by_sent, texts, names)
    out += _told_run(range(told.sent + 1, d.sent), by_sent, texts, names)
    return [c for c in out if c.id != told.id]


def _opens_telling(text: str, names: set[str]) -> bool:
    """Whether the sentence opens with the denier telling ("Rubio told a story about …"): their
    own saying, whatever extraction read in it."""
    return any(
        re.match(
            rf"^\W*(?:[\w’'-]+\W+){{0,3}}?{_name(n)}\W+(?:(?:also|then|later|again|\w+ly)\s+)?{_OPENS}\b",
            text,
        )
        for n in names
    )


_OPENS = r"(?:told|tells|said|says|wrote|recounted|tweeted|claimed|insisted)"


def _same_teller(c: Claim, denier_names: set[str]) -> bool:
    """Whether a claim is told by the denier (its speaker's words name them)."""
    return any(re.search(_name(n), c.speaker_text or "") for n in denier_names)


def _about(clause: str, names: set[str]) -> bool:
    """Whether a told clause is about the one named by ``names``: it names them, or its
    subject is a pronoun or a description naming no one else ("the company systemically …")."""
    start = " ".join(clause.split()[:6])  # its subject or what the verb acts on, not a later aside
    if any(re.search(_name(n), start) for n in names):
        return True
    if re.match(r"^[a-z]+ing\b", clause):
        return True  # "accused in the dossier of being the Trump campaign's liaison …": the accused
    return about_denier(clause, names).startswith("he ")


def _name(n: str) -> str:
    """A name as a pattern, in its other forms too: "Russian" / "Russia", "Clinton" / "Clintons"."""
    return rf"\b{re.escape(n[:-2] if len(n) > 5 else n)}\w*"


def _named(text: str) -> set[str]:
    """The capitalised words of a sentence past its first word, titles aside: who it names."""
    words = re.findall(r"[A-Z][\w’'-]+", text)[1:]
    return {re.sub(r"[’']s?$", "", w) for w in words if not _TITLE.match(w) and len(w) >= 3}


def _fits(text: str, noun: str, names: set[str], distance: int, claimed: bool) -> bool:
    """Whether a sentence tells what a denial pointing back with ``noun`` denies: no denial or
    question itself, in words fitting the noun. A charge (an allegation, a characterization) is
    told of the one denying it, so the sentence names the denier; a report, a story or an
    account is anyone's telling, the one just told; "it" and "that" stand for the sentence
    just before."""
    if DENIAL_WORD.search(text) or INSISTED.search(text) or UNSURE.search(text) or DISMISSED.search(text):
        return False  # another denial, a doubt, or a story called fake: not what is told as so
    if _CONDITION.search(text):
        return False  # "if the allegations are true, Moore should step aside": nothing told
    if text.rstrip("”\"’' ").endswith("?"):
        return False  # a question asks, it tells nothing ("So is Akhmetshin a Russian spy?")
    named = any(re.search(_name(n), text) for n in names)
    if noun in ("report", "reports", "story", "account"):
        pass  # anyone's telling
    elif noun == "it":
        if distance > 1:
            return False
    elif not named:
        return False
    fit = _FITS.get(noun, _TELL + "|" + _REPORT + "|" + _ACCUSE)
    if re.search(rf"\b(?:{fit})\b", text, re.I) or noun == "it" and named:
        return True
    # an account in quotes, its teller named in the next sentence ("“This was an attempt to kill
    # me,” Maduro later said"); a report or a story is told in words of reporting
    return claimed and noun == "account" and _QUOTE_START.match(text) is not None


def told_clause(text: str) -> str:
    """The proposition a sentence tells: the words after its last marker of telling ("had found
    that …", "accused Corker of …"), up to the sentence's end; the whole sentence when it has
    none (a plain narration)."""
    text = _AFTER.sub("", text.strip().rstrip("."))
    last = None
    for m in _MARKER.finditer(text):
        last = m
    clause = text[last.end() :] if last else text
    # "claims that, in 2005, Manafort offered …": the setting before the subject is no part of it
    clause = _LEAD.sub("", clause.strip().strip('“”"').strip())
    return clause.strip()


def about_denier(clause: str, denier_names: set[str]) -> str:
    """The clause with its subject read as the denier when the subject names no one else ("the
    senior FBI official made …", "McCabe leaked …", "he lacked …" → "he made …"): the one a
    charge is told of is the one who denies it."""
    tokens = clause.split()
    verb = next(
        (
            i
            for i, w in enumerate(tokens[:8])
            if i > 0
            and (
                _VERB.match(w.strip(",;"))
                # a present form after a lowercase word: "the company systemically discriminates"
                or re.match(r"^[a-z]+s$", w)
                and (tokens[i - 1].endswith("ly") or i == 2 and tokens[0].lower() in ("the", "a", "an"))
            )
        ),
        None,
    )
    if verb is None:
        return clause
    subject = tokens[:verb]
    others = [
        w
        for w in subject
        if w[:1].isupper()
        and not _TITLE.match(w)
        and w.strip("’'s") not in denier_names
        and w not in denier_names
    ]
    # "the senior FBI official": a description, its capitalised words modifiers, no one else named
    described = subject[0].lower() in ("the", "a", "an") and subject[-1][:1].islower()
    if any(_PRONOUN_SUBJECT.match(w) for w in subject[:1]) or not others or described:
        return " ".join(["he", *tokens[verb:]])
    return clause


def names_of(denier: str | None, d: Claim, entities: dict[str, Entity]) -> set[str]:
    """The words naming the denier: the entity's surname and the speaker's own words."""
    out: set[str] = set()
    if denier is not None and denier in entities:
        out.add(surname(entities[denier].name))
    for w in re.findall(r"[A-Z][\w’'-]+", d.speaker_text or ""):
        if not _TITLE.match(w):
            out.add(re.sub(r"[’']s?$", "", w))
    return {n for n in out if len(n) >= 3}


# a charge named with no more ("These outrageous allegations are simply false", "denied the
# allegations"): not "the allegations that …", "of …", "by …", which say which
_GENERIC_CHARGE = re.compile(
    r"\b(?:the|these|those|all|such|all the|all of the)\s+(?:[\w-]+\s+)?(?:allegations?|accusations?|charges?)\b"
    r"(?!\s+(?:that|of|by|from|about|against)\b)",
    re.I,
)


def generic_charge(text: str) -> bool:
    """Whether a denial names what it denies only as "the allegations" (or charges, accusations)."""
    return _GENERIC_CHARGE.search(text) is not None


@dataclass
class Pointed:
    """What a pointing-back denial stands against, and who told the charge when one person did."""

    reports: list[Claim]
    accuser: str | None  # entity id: the person named just before the words of accusing
    verdict: bool = False  # a verdict on another's saying ("That is not accurate"), no charge


def accuser_of(ante: Antecedent, mentions: list[tuple[str, str]], denier: str) -> str | None:
    """The one telling the charge: the person named last before the sentence's last marker of
    telling ("Another woman, Deborah Ramirez, claimed that …", "Stormy Daniels, … who alleges
    she …"), not the denier. ``mentions``: the sentence's person mentions (text, entity)."""
    markers = list(_MARKER.finditer(ante.text))
    if not markers:
        return None
    at = markers[-1].start()
    best: tuple[int, str] | None = None
    for text, e in mentions:
        i = ante.text.rfind(text, 0, at)
        if i >= 0 and e != denier and (best is None or i > best[0]):
            best = (i, e)
    return best[1] if best else None


def find_pointing(
    analyses: list[Analysis],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    speakers: Speakers,
    search: Search,
    index: Asserted | None = None,
) -> dict[str, Pointed]:
    """For each pointing-back denial with an antecedent: the antecedent's claims and the
    sentences of other articles telling the antecedent's proposition."""
    out: dict[str, Pointed] = {}
    texts: dict[str, dict[int, str]] = {}
    for a in analyses:
        for d in a.claims:
            if d.stance != "DENY" or pointed(d) is None:
                continue
            if (
                NO_DENIAL.search(d.text)
                or REASON.search(d.text)
                or only_opinion(d.text)
                or is_supposed(d.text)
            ):
                continue  # no fact denied ("dismissed it as a witch hunt", "would deny it")
            denier = speakers.of(d)
            if denier is None:
                continue  # a denial by no one we can name: whose charge it is we cannot tell
            names = names_of(denier, d, entities)
            if not names:
                continue
            known = window_texts(a, d, texts.setdefault(a.doc.id, sentence_texts(a.claims)), search)
            ante = antecedent(d, known, a.claims, names)
            if ante is None or any(speakers.of(c) == denier for c in ante.claims):
                continue  # the denier's own saying ("told CNN's Van Jones that he has advised …")
            if index is None:
                index = Asserted(analyses, search, mention_entity, entities, speakers)
            reports = list(ante.claims)
            clause = about_denier(ante.clause, names)
            # the proposition read as if the denial had said it, in the antecedent's sentence
            stand = replace(d, denied=clause, sent=ante.sent, answers=None, text=ante.text)
            for r in index.against(stand, denier):
                if r.doc != d.doc and r.id not in {x.id for x in reports}:
                    reports.append(r)
            if not reports and ante.contrasted:
                reports = _stand_in(a, ante.sent, known[ante.sent])
            if reports:
                persons = [
                    (m.text, mention_entity[m.id])
                    for m in a.mentions
                    if m.sent == ante.sent and is_person(m, entities.get(mention_entity.get(m.id, "")))
                ]
                who = None
                if pointed(d) in _ACCUSING | {"claim", "it"}:
                    # else the teller of the sentence ("Daniels said she … described …")
                    teller = speakers.of(ante.claims[0]) if ante.claims else None
                    if teller in entities and entities[teller].type != "PERSON" or teller == denier:
                        teller = None
                    who = accuser_of(ante, persons, denier) or teller
                out[d.id] = Pointed(
                    reports, who, _verdict_on_other(d, ante.claims[0] if ante.claims else None, names)
                )
    return out


def _stand_in(a: Analysis, sent: int, text: str) -> list[Claim]:
    """A sentence with no claim telling it as so (its claim is the denial it also tells), as a
    report: a mention in it stands for it, as ``asserted``'s plain sentences do."""
    m = next((m for m in a.mentions if m.sent == sent), None)
    if m is None:
        return []
    return [
        Claim(
            id=m.id, sent=sent, stance="ASSERT", text=text, start=m.start, end=m.end, event=None, doc=a.doc.id
        )
    ]
