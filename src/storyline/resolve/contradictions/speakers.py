"""Who a claim's speaker is: the linked mention, the words naming someone linked elsewhere in
the article, or a surname the article gives in full elsewhere ("Stone later denies any direct
contact with Assange", where only "Roger J. Stone Jr." is a linked mention)."""

from __future__ import annotations

import re
from collections import Counter

from storyline.extract.dates_offices import holders
from storyline.model import Analysis, Claim, Entity, Mention
from storyline.resolve.contradictions.states import States
from storyline.resolve.contradictions.words import DENIAL_WORD

# a speaker that is a name and nothing else: "Stone", "Clapper"; not "Trump's lawyers", "The
# Economist", "a Kremlin spokesman"
_NAME = re.compile(r"(?:[A-Z][a-z]+[\w.-]*\s?){1,3}")
_ARTICLES = {"The", "A", "An"}
# capitalised at a sentence's start, before the name of the one spoken for
_OPENERS = _ARTICLES | {"Other", "Senior", "Top", "Former", "Two", "Three", "Several"}
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III"}
# words the extraction may leave after a denier's name ("Kavanaugh flat out denies the incident")
_ADVERBS = {"again", "also", "later", "earlier", "repeatedly", "previously", "too", "then", "now", "still"}
_ADVERBS |= {"himself", "herself", "flat", "out", "flatly", "firmly", "vehemently", "strongly"}
# who speaks for whom: "Trump's lawyers", "a spokesman for Obama", "Other Obama representatives"
# ("A Justice Department spokeswoman", "a spokesman for the Senate Judiciary Committee"); a body's
# officials speak for the body ("Senior Justice Department officials"), not for a person
# ("Trump officials") nor a country ("Saudi officials")
_CAPS = r"(?:[A-Z][\w.-]* ){0,2}[A-Z][\w-]+"
_SPEAKS_FOR = re.compile(
    r"\b([A-Z][\w-]+)['’]s? (?:\w+ )?(lawyers?|attorneys?|spokes\w+|representatives?|legal team|office)\b|"
    rf"\b(spokes\w+|lawyers?|attorneys?|representatives?|officials?) (?:for|of) (?:the |\w+ )?({_CAPS})\b|"
    rf"\b({_CAPS}) (spokes\w+|lawyers?|attorneys?|representatives?|officials?)\b"
)
_TITLE_SPEAKS_FOR = re.compile(
    r"([Tt]he [a-z ]+?)['’]s (?:\w+ )?(?:lawyers?|attorneys?|spokes\w+|representatives?|legal team|office)"
)
# a leader's regime or government as a speaker: "the Assad regime", "Maduro's government"
_REGIME = re.compile(r"(?:[Tt]he )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:['’]s?)? (?:regime|government)")
# a name, then the relative pronoun a denial's verb hangs on ("…, GCHQ, which dismissed it")
_RELATIVE = re.compile(
    r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}),? (?:which|who)\b(?:\s+\w+){0,2}\s+(?:den|dismiss|reject|disput|refut)"
)
# another name of a title the offices' table knows ("The commander in chief also said that Wolff
# "did not interview me for three hours"")
_SAME_TITLE = {"commander in chief": "president", "commander-in-chief": "president"}
BEARS = 2  # articles giving someone a title, for the title alone to name them in another
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")


def surname(name: str) -> str:
    """The last word of a name that is no suffix: "Roger J. Stone Jr." → "Stone"."""
    words = [w for w in name.split() if w not in _SUFFIXES] or name.split()
    return words[-1] if words else name


class Speakers:
    """The speakers of the claims of these analyses, read once."""

    def __init__(
        self, analyses: list[Analysis], mention_entity: dict[str, str], entities: dict[str, Entity]
    ) -> None:
        self.mention_entity = mention_entity
        # a quote's speaker named but not linked: "…," Sessions said
        self.by_key: dict[tuple[str, str | None], str] = {}
        # each article's people by surname, when one person bears it there
        surnames: dict[str, dict[str, set[str]]] = {}
        for a in analyses:
            for m in a.mentions:
                if m.id not in mention_entity:
                    continue
                e = mention_entity[m.id]
                self.by_key.setdefault((a.doc.id, m.key), e)
                self.by_key.setdefault((a.doc.id, m.text), e)
                if m.type == "PERSON" and e in entities:
                    surnames.setdefault(a.doc.id, {}).setdefault(surname(entities[e].name), set()).add(e)
        self.surnames = {doc: _unique(by) for doc, by in surnames.items()}
        self.titled = titles(entities)
        # each title's bearers over all the articles, and each article's people, for a title
        # the article itself gives no one ("The president has repeatedly denied …")
        self.bearers = bearers(entities)
        self.people: dict[str, set[str]] = {}
        # how often each article names each person, and the day it was written: "the president"
        # is the one in office that day, when the article is about them
        self.times: dict[str, Counter[str]] = {}
        for a in analyses:
            for m in a.mentions:
                if m.type == "PERSON" and m.id in mention_entity:
                    self.people.setdefault(a.doc.id, set()).add(mention_entity[m.id])
                    self.times.setdefault(a.doc.id, Counter())[mention_entity[m.id]] += 1
        self.published = {a.doc.id: a.doc.published or "" for a in analyses}
        self.types = {e.id: e.type for e in entities.values()}
        self.surname_of = {e.id: surname(e.name) for e in entities.values() if e.type == "PERSON"}
        self.states = States(analyses, mention_entity, entities)

    def of(self, c: Claim) -> str | None:
        """The entity speaking ``c``, or None when no one we know is named; a state for any of
        its names as a speaker ("Damascus", "the Syrian government": Syria)."""
        return self.states.state(self._of(c))

    def _of(self, c: Claim) -> str | None:
        if c.speaker:
            return self.mention_entity.get(c.speaker)
        if not c.speaker_text:
            subject = denier_named_first(c) if c.stance == "DENY" else None
            return self.named(c.doc, subject) if subject else None
        who = self.by_key.get((c.doc, c.speaker_text))
        if who is not None:
            return who
        who = self.named(c.doc, c.speaker_text, c.stance == "DENY")
        if who is None and c.stance == "DENY":
            who = self.denier(c.doc, c.speaker_text) or self.antecedent(c)
        # a state's body speaks for it, whatever it says ("The Syrian army said …")
        return who or self.states.speaker(c.speaker_text)

    def denier(self, doc: str, words: str) -> str | None:
        """The one a denial's speaker words stand for when they are no name or title: a name in
        apposition ("Estrich, Ailes’ attorney"; "the Trump Organization’s chief legal officer,
        Alan Garten"), else the one spoken for ("A spokesman for Obama said Trump's claim is
        false": Obama's denial; "A Justice Department spokeswoman": the department's)."""
        name = words.split()
        while len(name) > 1 and name[-1].lower() in _ADVERBS:
            name.pop()  # "Kavanaugh again firmly denied the allegations"
        if len(name) < len(words.split()):
            return self.named(doc, " ".join(name))
        parts = [p for p in words.split(", ") if p.strip()]
        if len(parts) > 1:
            found = {w for w in (self.named(doc, p) for p in parts) if w is not None}
            if len(found) == 1:
                return found.pop()
        state = self.states.speaker(words)
        if state is not None:
            return state  # "The Syrian government denied the chemical weapons allegations"
        regime = _REGIME.fullmatch(words.strip())
        if regime:  # "the Assad regime": its leader's state
            return self.states.leader.get(self.named(doc, regime.group(1)) or "")
        spoken_for = principal(words)
        if spoken_for is None:
            # "the vice president’s office sprang into damage-control mode to refute …"
            m = _TITLE_SPEAKS_FOR.fullmatch(words.strip())
            return self.named(doc, m.group(1), denial=True) if m else None
        who = self.named(doc, spoken_for[0])
        if who is not None and spoken_for[1].startswith("official") and self.types.get(who) != "ORG":
            # "Trump officials" are no spokesmen of Trump's; "Saudi officials called the
            # allegations baseless" is a country's denial, standing against anything told of it
            return None
        return who

    def antecedent(self, c: Claim) -> str | None:
        """The name a relative pronoun speaking a denial stands for: "the normally taciturn UK
        surveillance agency, GCHQ, which dismissed it as "utterly ridiculous"": GCHQ."""
        if (c.speaker_text or "").lower() not in ("which", "who"):
            return None
        m = _RELATIVE.search(c.text)
        return self.by_key.get((c.doc, m.group(1))) or self.named(c.doc, m.group(1)) if m else None

    def bearer(self, doc: str, title: str) -> str | None:
        """The one person the article names who bears this title in other articles ("the
        president": Trump, where the article names no other president); None when it names
        two (Trump and Clinton: "The President vehemently denied the allegations, saying, "I
        did not have sexual relations with that woman"")."""
        by = self.bearers.get(title, Counter())
        named = [e for e, n in by.items() if n >= BEARS and e in self.people.get(doc, set())]
        if len(named) == 1 and by[named[0]] * 2 >= sum(by.values()):
            return named[0]
        # a title many bear ("the official", "the attorney") names no one; an office one holds
        # at a time is its holder on the day of writing, when the article names no other bearer
        # more often ("The President said 'the hookers thing' is nonsense", in 2018, of an
        # article naming Trump, Obama and Bill Clinton)
        office = holders(title, self.published.get(doc, ""))
        times = self.times.get(doc, Counter())
        held = [e for e in times if self.surname_of.get(e) in office]
        if len(held) != 1 or any(times[e] > times[held[0]] for e in named):
            return None  # an article about another bearer ("The President vehemently denied the
            # allegations, saying, "I did not have sexual relations …"", in 2016, of Bill Clinton)
        return held[0]

    def named(self, doc: str, words: str, denial: bool = False) -> str | None:
        """The person ``words`` name in article ``doc``: a name or a surname ("Stone"), or a
        title one person bears there ("the president's"); None for anything else."""
        text = _POSSESSIVE.sub("", words.strip())
        who = self.by_key.get((doc, text))
        if who is not None:
            return who
        if text.lower().startswith("the "):
            title = text.lower().removeprefix("the ")
            title = _SAME_TITLE.get(title, title)
            return self.titled.get(doc, {}).get(title) or (self.bearer(doc, title) if denial else None)
        if not _NAME.fullmatch(text) or text.split()[0] in _ARTICLES:
            return None
        # the name's last word is the surname of one person the article names
        return self.surnames.get(doc, {}).get(surname(text))


# the name a sentence opens with: "Pruitt earlier this month denied …", "P.J. Smyth, identified
# by Ford as …, was interviewed by the FBI and again denied …"
_OPENING_NAME = re.compile(r"^((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.-]*?)(?:’s|'s)?(?=[\s,])")
# between the name and the denial, another clause's subject or speaker ("Ford said that Smyth
# denied", "Trump met Comey, who denied", "…, but Comey denied")
_OTHER_CLAUSE = re.compile(
    r"\b(said|says|told|tells|according|that|who|whom|which|but|while|although|though|and (?:he|she|they))\b|;",
    re.I,
)


def denier_named_first(c: Claim) -> str | None:
    """The denier of a denial the extraction found no speaker for, when the sentence opens with
    their name and the denial is its own verb ("Pruitt earlier this month denied to Fox News’s
    Ed Henry that he knew of the raises"): the subject. The caller asks whether the name is
    someone the article names."""
    m = _OPENING_NAME.match(c.text)
    denial = DENIAL_WORD.search(c.text)
    if m is None or denial is None or denial.start() < m.end() or m.group(1).split()[0] in _ARTICLES:
        return None
    if _OTHER_CLAUSE.search(c.text[m.end() : denial.start()]):
        return None
    return m.group(1)


def principal(speaker: str) -> tuple[str, str] | None:
    """The name of the one a speaker speaks for, with the speaker's role: "Trump's lawyers", "A
    spokesman for Obama", "Other Obama representatives" → ("Trump", "lawyers"), ("Obama",
    "spokesman"), ("Obama", "representatives"); None for anyone else."""
    m = _SPEAKS_FOR.search(speaker)
    if m is None:
        return None
    # the groups in pairs, (name, role): "Trump's lawyers", "lawyers for Trump", "Trump lawyers"
    name, role = next((m.group(i), m.group(j)) for i, j in ((1, 2), (4, 3), (5, 6)) if m.group(i))
    words = name.split()
    while len(words) > 1 and words[0] in _OPENERS:
        words.pop(0)  # "A Justice Department spokeswoman", "Senior Justice Department officials"
    return " ".join(words), role


def titles(entities: dict[str, Entity]) -> dict[str, dict[str, str]]:
    """Each article's people by the titles it gives them ("president"), when one bears it."""
    titled: dict[str, dict[str, set[str]]] = {}
    for ent in entities.values():
        if ent.type == "PERSON":
            for r in ent.roles:
                title = r.role.lower().removeprefix("the ")
                titled.setdefault(r.doc, {}).setdefault(title, set()).add(ent.id)
    return {doc: _unique(by) for doc, by in titled.items()}


def bearers(entities: dict[str, Entity]) -> dict[str, Counter[str]]:
    """The people bearing each title, with the number of articles giving it to them."""
    out: dict[str, Counter[str]] = {}
    for ent in entities.values():
        if ent.type == "PERSON":
            for title, _ in {(r.role.lower().removeprefix("the "), r.doc) for r in ent.roles}:
                out.setdefault(title, Counter())[ent.id] += 1
    return out


def _unique(by: dict[str, set[str]]) -> dict[str, str]:
    return {k: next(iter(v)) for k, v in by.items() if len(v) == 1}


def is_person(m: Mention, ent: Entity | None) -> bool:
    """Whether a mention names a person: the NER's PERSON, or a full name the store's vote on its
    entity calls a person though this one mention's label does not ("Summer Zervos" read as a
    place). Not a bare surname so labelled ("Trump" in "the Trump campaign", ORG: the campaign,
    not the man), nor "Russia" linked to a person's entity by a slip of entity resolution."""
    if ent is None:
        return False
    if m.type == "PERSON":
        return True
    return ent.type == "PERSON" and " " in m.text.strip() and m.text.strip().lower() == ent.name.lower()
