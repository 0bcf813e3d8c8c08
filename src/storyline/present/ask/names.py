"""How the sources write the names asked about: the store's entity for each, its descriptions
("the president"), its short forms ("ABA"), and how fully a sentence names one."""

from __future__ import annotations

import re
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.present.ask.described import learned_roles
from storyline.present.ask.queries import PER_QUERY
from storyline.present.ask.question import Question
from storyline.store.base import Store
from storyline.store.records import EntityRecord


def entities_of(store: Store, q: Question) -> list[Optional[EntityRecord]]:
    """The store's entity for each name of the question (looked up once per question)."""
    if q.entities is None:
        q.entities = [store.find_entity(n) for n in q.names]
    return q.entities


# given names written for another ("Bob Mueller" is Robert Mueller, not a namesake)
NICKNAMES = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "bill": "william", "billy": "william",
    "dick": "richard", "ted": "edward", "ned": "edward", "jack": "john", "hank": "henry",
    "peggy": "margaret", "liz": "elizabeth", "betsy": "elizabeth", "chuck": "charles",
}  # fmt: skip


def _someone_else(name: str, ent: EntityRecord) -> bool:
    """ "Melania Trump" asked, the store's entity "Donald Trump" (its extraction merged the two,
    so the alias does not tell): two given names that are not one written two ways."""
    asked, known = name.lower().split(), ent.name.lower().split()
    if ent.type != "PERSON" or len(asked) < 2 or len(known) < 2 or asked[-1] != known[-1]:
        return False
    a = asked[0].strip(".")
    # (any word before the surname: "Armour’s Kevin Plank" is Kevin Plank)
    given = [k.strip(".") for k in known[:-1] if len(k.strip(".")) > 1]
    return len(a) > 1 and bool(given) and not any(a[:1] == k[:1] or NICKNAMES.get(a) == k for k in given)


def namesakes(store: Store, q: Question) -> None:
    """A person the store does not know whose surname is another's ("Melania Trump" where the
    store's Trump is Donald Trump): a sentence must name them whole, "Trump" alone is the other.
    Also when the store filed them under the other one."""
    ents = entities_of(store, q)
    for i, (name, ent) in enumerate(zip(q.names, ents)):
        if ent is not None and _someone_else(name, ent):
            ents[i] = None
            q.whole.add(name)
            continue
        words = name.split()
        if ent is not None or len(words) < 2 or q.labels.get(name, "PERSON") != "PERSON":
            continue
        other = store.find_entity(words[-1])
        if (
            other is not None
            and other.type == "PERSON"
            and len(other.name.split()) >= 2  # "Mueller" alone may well be Robert Mueller
            and other.name.split()[0].lower() != words[0].lower()
            and name.lower() not in (a.lower() for a in other.aliases)
        ):
            q.whole.add(name)


def descriptions(store: Store, q: Question) -> dict[str, list[str]]:
    """name key -> how the sources also call that one ("the president" for Trump, "the deputy
    attorney general" for Rosenstein): the entity's aliases that are a description with "the",
    not another question name's too (two people are both "the director")."""
    keys = q.name_keys
    out: dict[str, list[str]] = {}
    for key, ent in zip(keys, entities_of(store, q)):
        if ent is None:
            continue
        out[key] = [
            a
            for a in dict.fromkeys(a.lower() for a in ent.aliases)
            if a.startswith("the ") and len(a.split()) >= 2 and key not in a
        ]
    for key, own in out.items():  # one that fits two of the names asked about fits neither
        out[key] = [a for a in own if not any(a in o for k, o in out.items() if k != key)]
    return {k: v for k, v in out.items() if v}


def _learned(store: Store, q: Question, described: dict[str, list[str]]) -> dict[str, list[str]]:
    """name key -> how the sources describe that person in so many words ("the gunman": "The
    gunman has been identified as ... Stephen Craig Paddock"), beyond the store's aliases; only
    for one person asked about (two may share a description)."""
    people = [
        k for k, ent in zip(q.name_keys, entities_of(store, q)) if ent is not None and ent.type == "PERSON"
    ]
    if len(people) != 1:
        return {}
    roles = [r for r in learned_roles(store, people[0]) if r not in described.get(people[0], [])]
    return {people[0]: roles} if roles else {}


SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to"}


def short_forms(store: Store, q: Question) -> dict[str, list[str]]:
    """name key -> the short forms a source may use instead: the initials of an organisation's
    name ("ABA" for the American Bar Association, "FBI") and the store entity's all-capital
    aliases; a sentence with one names it as fully as with the name."""
    out: dict[str, list[str]] = {}
    for name, key, ent in zip(q.names, q.name_keys, entities_of(store, q)):
        label = q.labels.get(name) or (ent.type if ent is not None else None)
        if label == "PERSON":
            continue
        words_ = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in SMALL_WORDS]
        forms = []
        if len(words_) >= 2 and all(w[:1].isupper() for w in words_):
            forms.append("".join(w[0] for w in words_).lower())
        if ent is not None:
            forms += [a.lower() for a in ent.aliases if a.isupper() and 2 <= len(a) <= 6 and a.isalpha()]
        if ACRONYM.fullmatch(name):  # "GDP" asked, "gross domestic product" written
            forms += expansions(store, name)
        # (not a word: "Ivanka Trump", unlabelled by NER, is no "IT" that any "it" stands for)
        forms = [f for f in dict.fromkeys(forms) if f != key and len(f) >= 2 and f not in STOP_WORDS]
        if forms:
            out[key] = forms
    return out


ACRONYM = re.compile(r"[A-Z]{2,6}")


def expansions(store: Store, acronym: str) -> list[str]:
    """What an acronym stands for in the store's sentences that use it: the words whose initials
    spell it, written before it ("gross domestic product (GDP)") or in the same sentence."""
    n = len(acronym)
    # ("Federal Bureau of Investigation": small words between the initials)
    gap = r"[\w'’]*[\s-]+(?:(?:of|the|and|for|on)\s+)?"
    spelled = re.compile(r"\b" + gap.join(rf"[{c}{c.lower()}]" for c in acronym) + r"[\w'’]*\b")
    out: list[str] = []
    for h in store.search(acronym, limit=PER_QUERY).items:
        for m in spelled.finditer(h.text):
            phrase = " ".join(m.group(0).split()).lower()
            content = [w for w in phrase.split() if w not in SMALL_WORDS]
            if len(content) == n and phrase != acronym.lower() and phrase not in out:
                out.append(phrase)
    return out[:2]


# a body named by its members
MEMBERS = {"senate": r"\bsenators\b", "congress": r"\b(?:lawmakers|congressmen)\b"}


def _named(
    key: str,
    low: str,
    described: dict[str, list[str]],
    doc: str,
    named_in: set[str],
    short: Optional[dict[str, list[str]]] = None,
) -> float:
    """1 for a name in the sentence, or its short form ("ABA"); 0.7 for its description ("the
    president") in an article that names it elsewhere (another article's "the president" may be
    someone else)."""
    if re.search(rf"(?<!\w){re.escape(key)}", low):  # a word's start: "Coats", not "petticoats"
        return 1.0
    if any(re.search(rf"\b{re.escape(f)}\b", low) for f in (short or {}).get(key, ())):
        return 0.9  # a little less than the name written out, which wins a tie
    if key in MEMBERS and re.search(MEMBERS[key], low):
        return 0.9  # "Senators voted late Friday to reject" for what the Senate did
    if any(re.search(rf"\b{re.escape(a)}\b", low) for a in described.get(key, ())) and doc in named_in:
        return 0.7
    return 0.0
