"""Who a claim's speaker is: the linked mention, the words naming someone linked elsewhere in
the article, or a surname the article gives in full elsewhere ("Stone later denies any direct
contact with Assange", where only "Roger J. Stone Jr." is a linked mention)."""

from __future__ import annotations

import re
from collections import Counter

from storyline.model import Analysis, Claim, Entity, Mention
from storyline.resolve.contradictions.words import DENIAL_WORD

# a speaker that is a name and nothing else: "Stone", "Clapper"; not "Trump's lawyers", "The
# Economist", "a Kremlin spokesman"
_NAME = re.compile(r"(?:[A-Z][a-z]+[\w.-]*\s?){1,3}")
_ARTICLES = {"The", "A", "An"}
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III"}
# who speaks for whom: "Trump's lawyers", "a spokesman for Obama", "Other Obama representatives"
_SPEAKS_FOR = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?:\w+ )?(?:lawyers?|attorneys?|spokes\w+|representatives?|legal team)\b|"
    r"\b(?:spokes\w+|lawyers?|attorneys?|representatives?) (?:for|of) (?:\w+ )?([A-Z][\w-]+)\b|"
    r"\b([A-Z][\w-]+) (?:spokes\w+|lawyers?|attorneys?|representatives?)\b"
)
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
        for a in analyses:
            for m in a.mentions:
                if m.type == "PERSON" and m.id in mention_entity:
                    self.people.setdefault(a.doc.id, set()).add(mention_entity[m.id])

    def of(self, c: Claim) -> str | None:
        """The entity speaking ``c``, or None when no one we know is named."""
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
            # "A spokesman for Obama said Trump's claim is false": the denial is Obama's
            words = principal(c.speaker_text)
            who = self.named(c.doc, words) if words else None
        return who

    def bearer(self, doc: str, title: str) -> str | None:
        """The one person the article names who bears this title in other articles ("the
        president": Trump, where the article names no other president); None when it names
        two (Trump and Clinton: "The President vehemently denied the allegations, saying, "I
        did not have sexual relations with that woman"")."""
        by = self.bearers.get(title, Counter())
        named = [e for e, n in by.items() if n >= BEARS and e in self.people.get(doc, set())]
        if len(named) != 1 or by[named[0]] * 2 < sum(by.values()):
            return None  # a title many bear ("the official", "the attorney") names no one
        return named[0]

    def named(self, doc: str, words: str, denial: bool = False) -> str | None:
        """The person ``words`` name in article ``doc``: a name or a surname ("Stone"), or a
        title one person bears there ("the president's"); None for anything else."""
        text = _POSSESSIVE.sub("", words.strip())
        who = self.by_key.get((doc, text))
        if who is not None:
            return who
        if text.lower().startswith("the "):
            title = text.lower().removeprefix("the ")
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


def principal(speaker: str) -> str | None:
    """The name of the one a speaker speaks for: "Trump's lawyers", "A spokesman for Obama",
    "Other Obama representatives" → "Trump", "Obama"; None for anyone else."""
    m = _SPEAKS_FOR.search(speaker)
    return (m.group(1) or m.group(2) or m.group(3)) if m else None


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
