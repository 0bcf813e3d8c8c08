"""A state under its several names, as one party when it speaks or acts: "Syria denies it carried
out the attack", "Damascus has denied responsibility", "The Syrian government denied the chemical
weapons allegations", "the Assad regime was responsible for the attack" are one party, Syria.

Only as a speaker or as the one said to act (a capital, the state's government, regime, officials
or forces): a meeting "in Moscow" stays in Moscow. The country is read as entity resolution reads
it (``group_key``: "Syrian" → Syria, "U.S." → United States); a capital is no name of its country
anywhere in the store, hence the short table below (no library or store table maps them)."""

from __future__ import annotations

import re
from collections import Counter

from storyline.model import Analysis, Entity, Mention
from storyline.resolve.entities import COUNTRY_NAMES, group_key

# capitals (and seats of power) that stand for their state in the news: "Damascus denied",
# "Moscow rejects the charge", "the Kremlin denied". Not Washington (a state, a person) nor
# Jerusalem (whose state is itself disputed)
CAPITALS = {
    "moscow": "russia",
    "kremlin": "russia",
    "damascus": "syria",
    "beijing": "china",
    "tehran": "iran",
    "riyadh": "saudi arabia",
    "pyongyang": "north korea",
    "kiev": "ukraine",
    "kyiv": "ukraine",
    "ankara": "turkey",
    "baghdad": "iraq",
    "kabul": "afghanistan",
    "caracas": "venezuela",
    "havana": "cuba",
    "seoul": "south korea",
    "tokyo": "japan",
    "london": "united kingdom",
    "paris": "france",
    "berlin": "germany",
}
_DEMONYMS = {"saudi": "saudi arabia", "north korean": "north korea", "south korean": "south korea"}
# the words after a state's name (or its leader's) that make it the actor: "the Syrian
# government", "Syrian forces", "the Assad regime", "Russian officials"
_BODY = r"(?:government|regime|authorities|officials|forces|military|army|foreign ministry|state media)"
_ACTING = re.compile(rf"^(?:['’]s?)?\s+{_BODY}\b", re.I)
# a speaker that is a state's body: "The Syrian government", "the government of Syria", "The
# regime of Syrian dictator Bashar al-Assad", "Russian officials", "Syrian state media"
# ("Russian officials" are no speaker for their state: some officials of it, whose "disputed his
# version of events" met an unrelated sentence of the news store naming Russia)
_VOICE = _BODY.replace("officials|", "")
_SPEAKER = re.compile(
    rf"^(?:the |a |an )?(?:(?P<adj>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s?)? {_VOICE}|"
    rf"{_VOICE} of (?:the )?(?P<of>[A-Z][\w.]*(?: [A-Z][\w.]*)?))\b",
    re.I,
)
# the titles of a state's leader
_LEADS = re.compile(
    r"(?:the )?(?:president|prime minister|dictator|leader|strongman|king|crown prince|supreme leader)", re.I
)
# a leader's regime: "the Assad regime", "The regime of Syrian dictator Bashar al-Assad"
_LEADER = re.compile(r"^(?:the )?(?:(?P<name>[A-Z][\w.-]*) regime|regime of (?P<title>[A-Z]\w+) )", re.I)


class States:
    """The store's states, each by its entity, and the names standing for them."""

    def __init__(
        self, analyses: list[Analysis], mention_entity: dict[str, str], entities: dict[str, Entity]
    ) -> None:
        sizes = {e.id: len(e.mentions) for e in entities.values()}
        # the places the articles name (an entity may go by its adjective: "Syrian")
        places = {
            COUNTRY_NAMES.get(k, k)
            for a in analyses
            for m in a.mentions
            if m.type == "GPE"
            for k in [m.text.lower()]
        }
        # a country: a place some people are named after ("Syrian" → Syria), or one of the
        # capitals' states; not every place (Douma, Washington)
        adjectives = {m.text.lower() for a in analyses for m in a.mentions if m.type == "NORP"}
        named_after = {group_key(w, places) for w in adjectives} | set(_DEMONYMS.values())
        self.countries = (places & named_after) | set(CAPITALS.values())
        self.by_country: dict[str, str] = {}
        for e in sorted(entities.values(), key=lambda e: -sizes[e.id]):
            # an entity named by its adjective ("Syrian", its mentions' most frequent name) too
            key = group_key(e.name.lower(), places) if e.type in ("GPE", "NORP") else e.name.lower()
            key = COUNTRY_NAMES.get(key, key)
            if key in self.countries:
                self.by_country.setdefault(key, e.id)
        self.states = set(self.by_country.values())
        # a capital's (or the Kremlin's) entity stands for its state
        self.seat: dict[str, str] = {}
        for e in entities.values():
            country = CAPITALS.get(e.name.lower().removeprefix("the "))
            if country and country in self.by_country and e.type in ("GPE", "ORG", "FAC"):
                self.seat[e.id] = self.by_country[country]
        # a person the articles name with a leader's title after their country's name or
        # adjective ("Syrian President Bashar Assad") more than once, and after no other
        # country's as often: that state's leader ("the Assad regime" is Syria's)
        led: dict[str, Counter[str]] = {}
        for a in analyses:
            before = None
            for m in sorted(a.mentions, key=lambda m: m.start):
                if m.type in ("NORP", "GPE"):
                    before = m
                elif m.type == "PERSON" and m.id in mention_entity and m.role and _LEADS.fullmatch(m.role):
                    near = before is not None and before.sent == m.sent and 0 < m.start - before.end <= 30
                    state = self.state(mention_entity.get(before.id)) if before and near else None
                    if state in self.states:
                        led.setdefault(mention_entity[m.id], Counter())[state] += 1
        self.leader: dict[str, str] = {}
        for person, by in led.items():
            (state, n), *rest = by.most_common(2) + [("", 0)]
            if n >= 2 and n > rest[0][1] * 2:
                self.leader[person] = state

    def state(self, entity: str | None) -> str | None:
        """The state an entity stands for as an actor: Damascus → Syria; a state itself."""
        if entity is None:
            return None
        return self.seat.get(entity, entity)

    def party(self, entity: str) -> str:
        """The state an event's participant acts for: a capital's or a leader's ("Assad used
        chemical weapons"); anyone else themselves."""
        return self.seat.get(entity) or self.leader.get(entity) or entity

    def country(self, words: str) -> str | None:
        """The state a country's name or adjective names: "Syrian", "Syria", "U.S." → its entity."""
        k = re.sub(r"[.’']", "", words.strip()).lower()
        k = _DEMONYMS.get(k) or COUNTRY_NAMES.get(k) or group_key(k, self.countries)
        return self.by_country.get(CAPITALS.get(k, k))

    def speaker(self, words: str) -> str | None:
        """The state a speaker's words name as a body of it: "The Syrian government", "Russian
        officials", "the government of Syria", "the Kremlin", "Syrian state media"."""
        text = words.strip()
        bare = text.lower().removeprefix("the ")
        if bare in CAPITALS:
            return self.by_country.get(CAPITALS[bare])
        m = _SPEAKER.match(text)
        if m is None or m.end() != len(text):
            m2 = _LEADER.match(text)
            title = m2.group("title") if m2 else None
            return self.country(title) if title else None
        return self.country(m.group("adj") or m.group("of"))

    def acting(self, a: Analysis, m: Mention, entity: str) -> str | None:
        """The state a mention names as an actor: a capital or the Kremlin anywhere it is no
        place (not after "in", "to", "from", "at"), a state's name or adjective before its
        government, regime, officials or forces ("the Syrian government", "the Assad regime":
        the leader's, when his own titles name his country)."""
        before, after = around(a, m)
        before = before[-12:].lower()
        if entity in self.seat:
            if re.search(r"\b(?:in|to|from|at|near|via|outside|around)\s+(?:the\s+)?$", before):
                return None  # a place: "a meeting in Moscow", "flew to Damascus"
            return self.seat[entity]
        if not _ACTING.match(after):
            return None
        if entity in self.states:
            return entity
        return self.leader.get(entity)  # "the Assad regime"


def around(a: Analysis, m: Mention) -> tuple[str, str]:
    """The words of a mention's sentence before and after it, read from a claim of that
    sentence (the resolver is given no other text of the article); empty when none holds it."""
    for c in a.claims:
        if c.sent == m.sent and c.text[m.start - c.start : m.end - c.start] == m.text:
            return c.text[: m.start - c.start], c.text[m.end - c.start :]
    return "", ""
