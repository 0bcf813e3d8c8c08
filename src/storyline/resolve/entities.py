"""Merge entity mentions across the whole store into entities.

Within a document the extract stage already linked surnames, titles and short outlet names to a
key. Here keys from different documents merge: the same full name, nicknames ("Mike"/"Michael",
from the curated ``nicknames`` table), transliteration variants ("Sergei"/"Sergey" Kislyak) and
misspelt surnames ("Kisylak", by edit similarity), a middle initial ("Sergey I. Kislyak") unless
another initial contradicts it ("George W." is not "George H.W. Bush"), a surname-only key
to the dominant full name that ends with it whatever type the NER gave it ("Trump" as ORG), a
short outlet name ("Post", "Saints") to the one outlet that ends with it, an acronym ("NFL") to
the one name its initials spell. Group names are folded too:
plurals and adjectives ("Democrats", "Democratic"), demonyms to their country ("Russians" →
Russia), the country's other names ("US", "America" → United States), "Justice Department" ↔
"Department of Justice". The type of a group is the vote of its mentions.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from functools import cache, lru_cache
from typing import Optional, cast

from rapidfuzz.distance import JaroWinkler

from storyline.model import Analysis, Entity, Mention, Role
from storyline.resolve.union_find import UnionFind

_TRANSLIT = [
    (r"ey\b", "ei"),
    (r"iy\b", "i"),
    (r"yi\b", "i"),
    (r"ii\b", "i"),
    (r"kh", "h"),
    (r"ph", "f"),
    (r"w", "v"),
    (r"y", "i"),
    (r"j", "i"),
    (r"ck", "k"),
]
NAME_SIMILARITY = 0.9  # Jaro-Winkler on normalised first names with identical surnames
SURNAME_SIMILARITY = 0.93  # Jaro-Winkler on surnames of the same first name ("Kisylak"/"Kislyak")
DOMINANT = 0.75  # share of a surname's mentions the dominant full name must hold to take it
SURNAME_SHARE = 0.1  # a word mostly an organisation's joins a full name mentioned this often at least

# Other names of a country, folded. Names, not a rule: nothing derives "America" from "US".
COUNTRY_NAMES = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "u s a": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "gop": "republican",  # the Grand Old Party
}
# Demonyms no suffix rule reaches (the regular ones, Russian/Syrian/Chinese/Iranian, are derived)
IRREGULAR_DEMONYMS = {
    "british": "united kingdom",
    "briton": "united kingdom",
    "english": "england",
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "welsh": "wales",
    "scottish": "scotland",
    "irish": "ireland",
    "turkish": "turkey",
    "polish": "poland",
    "spanish": "spain",
    "swedish": "sweden",
    "danish": "denmark",
    "finnish": "finland",
    "greek": "greece",
    "filipino": "philippines",
    "saudi": "saudi arabia",
    "emirati": "united arab emirates",
}
# One-word institutions that stand alone: "House" is not short for "White House"
# Types whose one-word name stands for the one longer name ending with it ("Post", "Saints")
SHORT_NAMED = {"ORG", "OTHER"}
STANDALONE = {"house", "senate", "congress", "court", "department", "committee", "party", "army", "cabinet"}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=1 << 16)  # names repeat across documents: fold each once
def fold(name: str) -> str:
    """Lower-case ASCII form used to compare names; initials stay as one-letter words
    ("George W. Bush" ≠ "George H.W. Bush")."""
    # a typographic apostrophe is an apostrophe: "Trump’s" folds as "Trump's" does, not as "Trumps"
    s = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^the ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def _is_initials(word: str) -> bool:
    """A middle word made of initials: "w", or "hw" written without stops ("George HW Bush"),
    which has no vowel and so is no name."""
    return len(word) == 1 or (len(word) <= 3 and not re.search(r"[aeiouy]", word))


def _leading_initial(words: list[str]) -> bool:
    """A name that goes by its second word ("W. Mark Felt", "F. Scott Fitzgerald"): its first
    initial counts as a middle one."""
    return len(words) >= 3 and len(words[0]) == 1 and not _is_initials(words[1])


def _initials(k: str) -> frozenset[str]:
    words = k.split()[:-1] if _generation(k) else k.split()
    first = 0 if _leading_initial(words) else 1
    return frozenset(c for w in words[first:-1] if _is_initials(w) for c in w)


# Generational suffixes end a name after the surname ("Arcade Joseph Comeaux Jr"); they never
# contradict: Donald Trump Jr. is not Donald Trump
GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}


def _generation(k: str) -> str:
    words = k.split()
    return words[-1] if len(words) > 2 and words[-1] in GENERATIONAL else ""


def _bare(k: str) -> str:
    """The name without middle initials or a generational suffix."""
    words = k.split()
    if _generation(k):
        words = words[:-1]
    if _leading_initial(words):
        words = words[1:]
    return " ".join([words[0]] + [w for w in words[1:-1] if not _is_initials(w)] + words[-1:])


def _surname(k: str) -> str:
    return _bare(k).split()[-1]


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, set[str]]:
    from nicknames import name_triplets  # a curated table (Mike/Michael, Bob/Robert, Jim/James)

    pairs: dict[str, set[str]] = defaultdict(set)
    for t in name_triplets():
        pairs[t.name1].add(t.name2)
        pairs[t.name2].add(t.name1)
    return pairs


def same_given_name(a: str, b: str) -> bool:
    """ "Mike"/"Michael", "Sergei"/"Sergey", "Jim"/"James": one person's first name, spelt two ways."""
    if a == b:
        return True
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb or (JaroWinkler.similarity(pa, pb) >= NAME_SIMILARITY and _misspelt(pa, pb)):
        return True
    return b in _nicknames().get(a, ())


_VOWELS = set("aeiou")
_SOUNDS_ALIKE = ({"c", "k"}, {"f", "v"}, {"s", "z"})


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one first name, not two names: a letter doubled ("Hilary"/"Hillary"),
    two letters swapped ("Micheal"), a vowel changed or dropped inside the name ("Vladamir",
    "Vladmir") or a letter for one that sounds alike ("Katherine"/"Catherine"). A name is not
    a misspelling of a name that adds or changes its last letters or a consonant inside:
    Ivana and Ivanka Trump, Paul and Paula, Mario and Maria are different people."""
    if re.sub(r"(.)\1", r"\1", a) == re.sub(r"(.)\1", r"\1", b):
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        if len(diff) != 1:
            return False
        x, y = a[diff[0]], b[diff[0]]
        if {x, y} in _SOUNDS_ALIKE:
            return True
        return x in _VOWELS and y in _VOWELS and diff[0] < len(a) - 1
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return 0 < i < len(short) and long_[i] in _VOWELS and long_[i + 1 :] == short[i:]


# A company's legal form after its name (folded): the company goes by the name alone
CORPORATE = re.compile(r"(?<=\w) (?:corp|corporation|inc|incorporated|co|ltd|llc|plc)$")


# Words for a kind of polity, tagged a place when they stand for one ("the Republic"): no
# demonym folds into them, a Republican is no citizen of a republic
POLITIES = {"republic", "state", "states", "union", "kingdom", "nation", "commonwealth", "empire", "city"}


def demonym_stems(w: str) -> tuple[str, ...]:
    """The places a demonym or adjective (plural folded) may be of, most specific first: Texan →
    Texas, Russian → Russia, Syrian → Syria, Iranian → Iran, Chinese →
    China, Mexican → Mexico, Ukrainian → Ukraine."""
    own = (w[:-1] + "s",) if w.endswith("an") else ()
    return (*own, w[:-1], w[:-2], w[:-3], w[:-2] + "a", w[:-3] + "a", w[:-2] + "o", w[:-3] + "e")


def group_key(k: str, countries: set[str]) -> str:
    """The folded key a name of a group or a country goes by: plurals and adjectives folded
    ("democrats", "democratic" → "democrat"), demonyms to the country when the store names it
    ("russians" → "russia"), other names of a country ("us" → "united states"),
    "X department" → "department of X"."""
    k = COUNTRY_NAMES.get(k, k)
    k = CORPORATE.sub("", k)  # "Microsoft Corp." is Microsoft
    m = re.fullmatch(r"(\w+) department", k)
    if m:
        return f"department of {m.group(1)}"
    if " " in k:
        return k
    if k in IRREGULAR_DEMONYMS and IRREGULAR_DEMONYMS[k] in countries:
        return IRREGULAR_DEMONYMS[k]
    if k in countries and k not in POLITIES:
        # a place the store names is its own name, not a demonym of a shorter one: "Alaska" is
        # no "Ala." and "Indiana" no India
        return k
    w = re.sub(r"(?<=[a-z]{3})s$", "", k)
    w = re.sub(r"(?<=[a-z]{4})ic$", "", w)  # "democratic" → "democrat"
    for country in demonym_stems(w):
        # Russian → Russia, Syrian → Syria, Iranian → Iran, Chinese → China, Mexican → Mexico,
        # Ukrainian → Ukraine, German → Germany (below); the country
        # must be a place the store names, so "Republican" never becomes a place
        if len(country) >= 3 and country in countries and country not in POLITIES:
            return COUNTRY_NAMES.get(country, country)
    if w + "y" in countries:  # German → Germany
        return w + "y"
    return w


_POSSESSIVE = re.compile(r"['’]s?$")
# Honorifics and titles the NER sometimes keeps inside a person's name ("President Nixon",
# "Dr. Regina Benjamin"): the name goes by the words after them
HONORIFICS = re.compile(r"^(?:(?:mr|mrs|ms|miss|dr|sir|president|sen|senator|rep|gov|governor|gen)\s)+")


def mention_key(m: Mention) -> str:
    """The folded key of a mention, except a bare institution word that the extract stage read
    as short for a longer name of its document ("House" in a story about the White House): the
    House is an institution of its own, whatever else the document names."""
    return _mention_key(m.key, m.text, m.type)


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """A state's AP abbreviation → its folded name ("Ky." → "kentucky", as in "Rand Paul
    (R-Ky.)"), from the `us` package; "Wash." and "D.C." are left out: the store's "Washington"
    is the capital and its government, not the state."""
    import us

    return {
        s.ap_abbr: fold(s.name)
        for s in us.states.STATES_AND_TERRITORIES
        if s.ap_abbr and s.ap_abbr.endswith(".") and s.ap_abbr not in ("Wash.", "D.C.")
    }


@lru_cache(maxsize=1 << 16)  # called for every mention of the store, several times per resolution
def _mention_key(key: str, text: str, type_: str) -> str:
    if type_ == "GPE" and text.strip() in _state_abbreviations():
        return _state_abbreviations()[text.strip()]
    k, t = fold(key), fold(_POSSESSIVE.sub("", text.strip()))
    if type_ == "PERSON":
        k = HONORIFICS.sub("", k) or k
        # a full name the document read as another of its surname ("George H.W. Bush" keyed
        # George W. Bush by a store ingested before initials told them apart) keeps its own
        it, ik = _initials(t), _initials(k)
        if it and ik and it != ik and _bare(t).split()[-1] == _bare(k).split()[-1]:
            return t
    return t if t in STANDALONE and k != t and k.endswith(" " + t) else k


@lru_cache(maxsize=1 << 16)  # asked of every surname at every comparison of names
def phonetic(word: str) -> str:
    for pat, rep in _TRANSLIT:
        word = re.sub(pat, rep, word)
    return word


def entity_id(type_: str, name: str) -> str:
    return "ent_" + hashlib.sha1(f"{type_}|{fold(name)}".encode()).hexdigest()[:10]


def _group_type(types: Counter[str]) -> str:
    """The type most mentions give; a tie goes to PERSON (the NER's usual slip is a bare
    surname as ORG, never a person as anything else)."""
    best = max(types.values())
    return "PERSON" if types.get("PERSON") == best else types.most_common(1)[0][0]


def _join_full_names(full: list[str], keys: dict[str, Counter[str]], uf: UnionFind) -> None:
    """Full names of one person: the same (or a nick-) name under the same or a near-identical
    surname, middle initials agreeing. Names are compared only within a surname and between
    near-identical surnames (distinct surnames compared within buckets of their first letters),
    so a large store is never compared pairwise."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_surname[phonetic(_surname(k))].append(k)
    buckets: dict[str, list[str]] = defaultdict(list)
    for sur in by_surname:
        buckets[sur[:2]].append(sur)
    groups = [(s, s) for s in by_surname]
    for surs in buckets.values():
        for i, sa in enumerate(surs):
            for sb in surs[i + 1 :]:
                if min(len(sa), len(sb)) >= 5 and JaroWinkler.similarity(sa, sb) >= SURNAME_SIMILARITY:
                    groups.append((sa, sb))  # "kislyak"/"kisylak"
    for sa, sb in groups:
        names_a, names_b = by_surname[sa], by_surname[sb]
        for i, a in enumerate(names_a):
            for b in names_b[i + 1 :] if sa == sb else names_b:
                ia, ib = _initials(a), _initials(b)
                if ia != ib or _generation(a) != _generation(b):
                    # George W. Bush, George H.W. Bush; "George Bush" may be either: joined
                    # below only when one initialled name of it exists
                    continue
                if same_given_name(_bare(a).split()[0], _bare(b).split()[0]):
                    uf.union(a, b)
    # a name without initials joins an initialled one of the same (or a nick-) name only when
    # that one is the only one: "Fred LaRue" is "Frederick C. LaRue", "George Bush" neither Bush
    initialled: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in full:
        if _initials(k):
            initialled[(_surname(k), _generation(k))].append(k)
    for k in full:
        if _initials(k):
            continue
        given = _bare(k).split()[0]
        roots = {
            uf.find(o)
            for o in initialled.get((_surname(k), _generation(k)), ())
            if same_given_name(given, _bare(o).split()[0])
        }
        if len(roots) == 1:
            uf.union(roots.pop(), k)
    # a formal full name, initial and suffix ("Roger J. Stone Jr."), is the plain name ("Roger
    # Stone") of the one person so named when the store never names anyone by that name with the
    # suffix alone: a son known by his suffix is named with it ("Donald Trump Jr.")
    named = set(full)
    for k in full:
        bare = _bare(k)
        if not (_initials(k) and _generation(k)) or f"{bare} {_generation(k)}" in named:
            continue
        roots = {uf.find(o) for o in full if not _generation(o) and _bare(o) == bare}
        if len(roots) == 1:
            uf.union(roots.pop(), k)
    # glued words first: "CLOSE Donald Trump Jr." is one more name for "Trump Jr." to choose from
    # until it is known as Donald Trump Jr.
    _join_prefixed(full, uf)
    _join_suffixed(full, uf)


def _join_prefixed(full: list[str], uf: UnionFind) -> None:
    """A full name with words glued before it ("Sanctimonious James Comey", "A.G. Jeff
    Sessions": a headline or a title the NER took into the name) is that full name, when the
    store names someone by it alone; a bare surname after them ("Machiavellian Trump") is
    left alone, as "Ivanka Trump" would be."""
    names = set(full)
    for k in full:
        words = k.split()
        gen = _generation(k)
        if gen:
            words = words[:-1]
        if len(words) >= 3:
            # the suffix stays on the tail: "CLOSE Donald Trump Jr." is Donald Trump Jr., not his father
            tail, head = " ".join(words[-2:] + ([gen] if gen else [])), words[:-2]
            # not two names glued ("James Comey & Andrew McCabe"), nor a tail of repeated or
            # initial words ("John F. Kennedy" is no "F. Kennedy", "Donald Trump Donald")
            glued = " ".join(head[-2:]) in names or len(set(words)) < len(words)
            if tail in names and len(words[-2]) > 1 and not glued:
                uf.union(tail, k)


def _join_epithets(
    full: list[str],
    people: list[str],
    keys: dict[str, Counter[str]],
    docs: dict[str, set[str]],
    uf: UnionFind,
) -> None:
    """A word glued before a famous surname ("A Machiavellian Trump", "Facebook's Libra Trump
    has considered …": a headline of The Hill's link lists run into the next) is no person of
    its own but the one the surname names: when that two-word name is written in one document
    only and holds that document's bare surname (three mentions or more: "Trump" 31 times after
    "A Machiavellian Trump"), its first word is nobody's given name in the store (no name written
    in two documents starts with it or is it alone, the nickname table does not know it: "Fred
    Trump" stays apart) and one person holds five times its mentions and most of the surname's.
    Left alone, the document's bare "Trump" goes to that junk name and so do his words."""
    alone = {k for k in people if " " not in k and len(docs[k]) > 1}
    # a given name is one another person goes by in two documents or more: "Machiavellian
    # Snidely Ryan", junk of one article, gives no one the name "Machiavellian"
    first: Counter[str] = Counter(k.split()[0] for k in full if len(docs[k]) > 1)
    known = _nicknames()
    by_surname: dict[str, Counter[str]] = defaultdict(Counter)
    for k in full:
        by_surname[_surname(k)][uf.find(k)] += sum(keys[k].values())
    for k in full:
        words = k.split()
        if (
            len(words) != 2
            or uf.find(k) != k
            or len(docs[k]) > 1
            or _generation(k)
            or sum(keys[k].values()) < 3
        ):
            continue
        head, sur = words
        if first[head] or head in alone or head in known or len(head) < 3:
            continue
        others = Counter({r: n for r, n in by_surname[sur].items() if r != k})
        if not others:
            continue
        root, n = others.most_common(1)[0]
        if n >= DOMINANT * sum(others.values()) and n >= 5 * sum(keys[k].values()):
            uf.union(root, k)


# Particles that begin a surname of two words: "Le Pen", "de Blasio", "Van Hollen", "al-Assad"
PARTICLES = {"le", "la", "de", "del", "della", "di", "da", "du", "van", "von", "der", "al", "el", "bin", "ben"}  # fmt: skip


def _join_particled(full: list[str], keys: dict[str, Counter[str]], uf: UnionFind) -> None:
    """A surname with a particle, alone ("Le Pen", tagged a place or a body more often than a
    person), is the dominant full name ending with it ("Marine Le Pen"), as a one-word surname
    is; its mentions then vote PERSON. Two words, the first a particle, ending a person's name
    are no city's or paper's name ("Le Monde" ends no one's)."""
    ending: dict[str, Counter[str]] = defaultdict(Counter)
    for k in full:
        words = _bare(k).split()
        if len(words) >= 3 and words[-2] in PARTICLES:
            ending[" ".join(words[-2:])][uf.find(k)] += sum(keys[k].values())
    for k, t in keys.items():
        roots = ending.get(k)
        if not roots or uf.find(k) != k:
            continue
        root, n = roots.most_common(1)[0]
        if n >= DOMINANT * sum(roots.values()):
            uf.union(root, k)
            keys[k] = Counter({"PERSON": sum(t.values())})


def _named_words(name: str) -> list[str]:
    return [w for w in name.split() if fold(w) not in GENERATIONAL and re.search(r"\w", w)]


# A spelling that is no name as written: page furniture or a handle glued on ("POLITICO
# (@politico", "NATO &"), an owner or a prefix run into it ("Obamacare's Medicaid", "pro-EU")
_GLUED_SPELLING = re.compile(r"[@(&#\[\]]|['’]s\b|^(?:pro|anti|ex)-")
# The share of the most used spelling a longer one needs to name an organisation or a place: a
# one-off junk spelling is no name ("Fox Inc" once, "Fox" 98). A person's full name names them
# however rare beside the bare surname ("Natalia Veselnitskaya" 7, "Veselnitskaya" 121).
FULL_SHARE = 0.1


def canonical_name(spellings: Counter[str], type_: str) -> str:
    """The most used full name ("Donald Trump" over "Donald J. Trump" and over "Trump"), written
    as a name rather than in capitals ("Donald Trump Jr." over "Trump Jr.": a suffix is no word
    of the name); an acronym stays in capitals ("NATO", "ISIS")."""
    top = max(spellings.values())
    share = 0.0 if type_ == "PERSON" else FULL_SHARE
    clean = [s for s in spellings if not _GLUED_SPELLING.search(s)] or list(spellings)
    full = [s for s in clean if len(_named_words(s)) >= 2 and spellings[s] >= share * top] or clean

    def shouting(s: str) -> bool:
        return s.isupper() and (" " in s or len(s) > 5)

    return max(full, key=lambda s: (not shouting(s), spellings[s], len(s), s))


def _join_suffixed(full: list[str], uf: UnionFind) -> None:
    """Two words, the second a generational suffix ("Trump Jr.", "Donald Jr."), name the one
    person whose full name has that surname, or that given name, and that suffix ("Donald Trump
    Jr."); read as a given name and a surname they would be nobody's ("jr" is no surname)."""
    suffixed: dict[tuple[str, str], set[str]] = defaultdict(set)  # (surname or given, suffix) → roots
    for k in full:
        gen = _generation(k)
        if gen:
            words = _bare(k).split()
            suffixed[(words[-1], gen)].add(uf.find(k))
            suffixed[(words[0], gen)].add(uf.find(k))
    for k in full:
        words = k.split()
        if len(words) == 2 and words[1] in GENERATIONAL:
            roots = suffixed.get((words[0], words[1]), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), k)


def _named_beside(
    where: set[str], root: str, full: list[str], docs: dict[str, set[str]], uf: UnionFind
) -> bool:
    """A surname the NER never tagged a person ("Bannon" as a place) is that person when most
    documents naming it name the full name too; a carmaker's articles rarely name a Ford."""
    with_full: set[str] = set()
    for k in full:
        if uf.find(k) == root:
            with_full |= docs[k]
    return len(where & with_full) * 2 > len(where)


ACRONYM_SKIP = {"of", "the", "and", "for", "de"}


def _join_acronyms(keys: dict[str, Counter[str]], surface: dict[str, Counter[str]], uf: UnionFind) -> None:
    """An acronym ("IE", "CIA", "NATO": written in capitals wherever it appears) joins the one
    longer name of the store its initials spell ("Internet Explorer", "Central Intelligence
    Agency"), function words skipped; none when two names spell it."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for k, t in keys.items():
        words = k.split()
        if len(words) >= 2 and _group_type(t) != "PERSON":
            spelled["".join(w[0] for w in words if w not in ACRONYM_SKIP)].add(k)
    for k in keys:
        if " " in k or not 2 <= len(k) <= 6 or k not in spelled:
            continue
        if not all(s.isupper() for s in surface[k]):
            continue
        names = {uf.find(o) for o in spelled[k]}
        if len(names) == 1:
            uf.union(names.pop(), k)


# "Trump's American Health Care Act", "the House's American Health Care Act", "this American
# Health Care Act": a name the NER took with its owner or a demonstrative before it
_POSSESSED = re.compile(r"^(?:(?P<owner>(?:\w+ ){1,3})s|this|that|these|those) (?P<name>\w+ \w+.*)$")
PLACES = {"GPE", "LOC", "NORP", "FAC"}  # owners that own no name: "Russia's Foreign Ministry" is not China's


def _join_possessed(keys: dict[str, Counter[str]], uf: UnionFind) -> None:
    """A name (two words at least, no person's) with its owner glued before it is the name the
    store gives alone: "Ryan's American Health Care Act" is the American Health Care Act. Not a
    place's own: a country's ministry is not every country's."""
    for k, t in keys.items():
        m = _POSSESSED.match(k)
        if m is None or _group_type(t) == "PERSON":
            continue
        name, owner = m.group("name"), (m.group("owner") or "").strip()
        if name not in keys or _group_type(keys[name]) == "PERSON":
            continue
        # not initials ("U.S. Supreme Court" is no one's), nor a place's
        if owner and (len(owner.split()[-1]) < 2 or owner in keys and _group_type(keys[owner]) in PLACES):
            continue
        uf.union(name, k)


ALIAS_DOCS = 2  # documents that must give the two names as one: one "X, or Y" may be a slip


def _join_aliases(analyses: list[Analysis], key_of: dict[str, str], uf: UnionFind) -> None:
    """A law's two names, which the extract stage read as one where a text gives both ("the
    Affordable Care Act, also known as Obamacare": "Obamacare" keyed to the Act), are one
    entity wherever either comes alone, when two documents say so. A name keyed to another
    that shares a word with it is a shortening ("the Post"), handled above; a person's
    surname or title is no alias."""
    said: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in analyses:
        for m in a.mentions:
            if m.type == "PERSON" or _is_title(m):
                continue
            own, k = fold(_POSSESSIVE.sub("", m.text.strip())), mention_key(m)
            # the words as written: "Times" keyed to "The New York Times" shares "times" (its
            # group key, "time", would not)
            if set(own.split()) & set(k.split()) or own not in key_of or k not in key_of:
                continue
            own, k = key_of[own], key_of[k]
            if own != k:
                said[(min(own, k), max(own, k))].add(a.doc.id)  # either name given first
    for (one, other), docs in said.items():
        if len(docs) >= ALIAS_DOCS:
            uf.union(one, other)


TITLE_TIME = 120  # days: "the Russian ambassador" is whoever documents this close call so
TITLE_DROP = {"former", "then", "current", "new", "top", "s"}
TITLE_SYNONYMS = {"envoy": "ambassador", "advisor": "adviser"}


def _is_title(m: Mention) -> bool:
    """A title the document gives to no one ("the Russian ambassador"): extract keeps it with
    the title as both key and role."""
    return m.role is not None and m.key == m.role


def title_key(role: str, countries: set[str]) -> str:
    """ "Russia's ambassador to the U.S.", "the Russian Ambassador" → "russia ambassador"."""
    role = re.split(r",| to | for | who | since ", role.lower())[0]
    words = [
        TITLE_SYNONYMS.get(w, group_key(w, countries)) for w in fold(role).split() if w not in TITLE_DROP
    ]
    return " ".join(words)


def _days(iso: Optional[str]) -> Optional[int]:
    if not iso or not re.match(r"\d{4}-\d\d-\d\d", iso):
        return None
    return date.fromisoformat(iso[:10]).toordinal()


def resolve_titles(
    analyses: list[Analysis], countries: set[str], key_entity: dict[str, Entity]
) -> dict[str, Entity]:
    """Title mention id → the person the store gives that title in documents of about the same
    time, when one person holds it in at least DOMINANT of them (else no one: left empty)."""
    holders: dict[str, list[tuple[Optional[int], Entity]]] = defaultdict(
        list
    )  # title -> [(day, entity id)] one per document
    for a in analyses:
        seen: set[tuple[str, str]] = set()
        for m in a.mentions:
            if m.role and not _is_title(m) and m.type == "PERSON":
                ent = key_entity.get(mention_key(m))
                t = title_key(m.role, countries)
                if ent is not None and t and (t, ent.id) not in seen:
                    seen.add((t, ent.id))
                    holders[t].append((_days(a.doc.published), ent))
    ents = {e.id: e for hs in holders.values() for _, e in hs}
    undated = {t: Counter(e.id for d, e in hs if d is None) for t, hs in holders.items()}
    dated = {t: sorted((d, e.id) for d, e in hs if d is not None) for t, hs in holders.items()}

    @cache
    def holder(title: str, day: Optional[int]) -> Optional[str]:
        near = Counter(undated.get(title, ()))
        spans = dated.get(title, [])
        if day is None:
            near.update(e for _, e in spans)
        else:  # the documents within TITLE_TIME days, found by bisection on the sorted days
            lo = bisect.bisect_left(spans, (day - TITLE_TIME, ""))
            hi = bisect.bisect_right(spans, (day + TITLE_TIME, "\uffff"))
            near.update(e for _, e in spans[lo:hi])
        if not near:
            return None
        best, n = near.most_common(1)[0]
        return best if n >= 2 and n >= DOMINANT * sum(near.values()) else None

    out: dict[str, Entity] = {}
    for a in analyses:
        day = _days(a.doc.published)
        for m in a.mentions:
            if _is_title(m):
                best = holder(title_key(cast(str, m.role), countries), day)  # a title has its role
                if best is not None:
                    out[m.id] = ents[best]
    return out


def title_refs(analyses: list[Analysis], mention_entity: dict[str, str]) -> dict[str, str]:
    """Titles no one in the store holds at the time ("the Russian ambassador" in articles that
    never name him) → "title:<title>", so that two reports of "Flynn's calls with the Russian
    ambassador" still share that participant. Used to compare events, never shown as an entity."""
    countries = {"russia", "united states", "china"}  # only to fold "Russian"/"Russia's" alike
    countries |= {fold(m.key) for a in analyses for m in a.mentions if m.type == "GPE"}
    return {
        m.id: "title:" + title_key(cast(str, m.role), countries)  # a title has its role
        for a in analyses
        for m in a.mentions
        if _is_title(m) and m.id not in mention_entity
    }


PLACE_TYPES = {"LOC", "GPE", "FAC"}
# The word after a place's first word that makes the longer name the same place: "Gulf of
# Mexico", "Mediterranean Sea"; "South" is not South Carolina, "North" not North Korea
PLACE_WORDS = {
    "of",
    "sea",
    "ocean",
    "river",
    "lake",
    "bay",
    "island",
    "islands",
    "strait",
    "mountains",
    "peninsula",
}


SHORTENED = 4  # documents naming the one-word place, per document naming the longer one, at most


def _join_places(keys: dict[str, Counter[str]], docs: dict[str, set[str]], uf: UnionFind) -> None:
    """A one-word place ("Gulf", "Mediterranean") joins the one longer place of the store that
    starts with it and a place word ("Gulf of Mexico", "Mediterranean Sea"); none when two do
    ("Gulf of Aden" beside it), nor when the one word is a place of its own, named far more often
    than the longer one: "Colorado" (59 documents) is not "the Colorado River" (1), "North" no
    North Sea."""
    starting: dict[str, set[str]] = defaultdict(set)
    for k, t in keys.items():
        words = k.split()
        if len(words) >= 2 and words[1] in PLACE_WORDS and _group_type(t) in PLACE_TYPES:
            starting[words[0]].add(k)
    for k, t in keys.items():
        if " " not in k and _group_type(t) in PLACE_TYPES and k in starting:
            longer = {uf.find(o) for o in starting[k]}
            named = set().union(*(docs[o] for o in starting[k]))
            if len(longer) == 1 and len(docs[k]) <= SHORTENED * len(named):
                uf.union(longer.pop(), k)


# Offices a title before a bare surname gives ("President Trump", "Speaker Ryan")
PREFIX_SHARE = 0.25  # mentions of the longer name, per mention of the word alone, at least


def _starting(keys: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """First word → the organisations' longer names that start with it, with their mentions."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for k, t in keys.items():
        if " " in k and _group_type(t) == "ORG":
            out[k.split()[0]][k] = sum(t.values())
    return out


def _outlet_first(
    k: str, keys: dict[str, Counter[str]], starting: dict[str, Counter[str]], docs: dict[str, set[str]]
) -> str:
    """The organisation's longer name a word alone is short for as its first word ("Fox" of Fox
    News, "Breitbart" of Breitbart News): the one mostly so named, mentioned at least
    `PREFIX_SHARE` as often as the word, and named in most documents that use the word (a short
    form follows the long one: "Google" in tech stories is not the reCAPTCHA notice's "Google
    Privacy Policy and Terms of Service"); "" when none is."""
    longer = starting.get(k)
    if not longer:
        return ""
    name, n = longer.most_common(1)[0]
    if n < PREFIX_SHARE * sum(keys[k].values()) or n < DOMINANT * sum(longer.values()):
        return ""
    return name if len(docs[k] & docs[name]) * 2 > len(docs[k]) else ""


OFFICES = {"president", "senator", "sen", "governor", "gov", "secretary", "general", "gen", "judge", "justice", "speaker", "mayor", "minister", "king", "queen", "prince", "chancellor", "ambassador", "director"}  # fmt: skip


def _office(role: Optional[str]) -> str:
    word = fold(role).split()[-1] if role and fold(role) else ""
    return word if word in OFFICES else ""


def _bare_surnames_apart(
    analyses: list[Analysis],
    by_surname: dict[str, Counter[str]],
    uf: UnionFind,
    key_entity: dict[str, Entity],
) -> dict[str, Entity]:
    """Bare surnames a document filed under one of its full names of that surname, when the
    surname alone is not sure to be that person: the document also gives it an office that full
    name never holds there ("President Trump" in an article naming only "First lady Melania
    Trump"), or it names another person of the surname by full name too (a CNN trip story whose
    photo captions name "first lady Melania Trump" more often than "President Donald Trump").
    They go to the store's dominant bearer of the surname when it is someone else and, in the
    second case, when the document names that bearer first (mention id → entity); a surname no
    one dominates stays as filed."""
    out: dict[str, Entity] = {}
    for a in analyses:
        bare: dict[str, list[Mention]] = defaultdict(list)
        titled: dict[str, set[str]] = defaultdict(set)
        held: dict[str, set[str]] = defaultdict(set)  # surname -> offices its full names hold
        named: dict[str, list[str]] = defaultdict(list)  # surname -> roots of its full names, in order
        for m in a.mentions:
            if m.type != "PERSON":
                continue
            text, k = fold(_POSSESSIVE.sub("", m.text.strip())), mention_key(m)
            if " " not in text and " " in k and _surname(k) == text:
                bare[text].append(m)
                if _office(m.role):
                    titled[text].add(_office(m.role))
            elif " " in text:
                held[_surname(text)].add(_office(m.role))
                if " " in HONORIFICS.sub("", text):  # "Mrs. Trump" names no one by full name
                    named[_surname(text)].append(uf.find(k))
        for sur, ms in bare.items():
            office = bool(titled[sur] - held[sur])
            if not office and len(set(named[sur])) < 2:
                continue
            roots = Counter({uf.find(r): n for r, n in by_surname.get(phonetic(sur), Counter()).items()})
            if not roots:
                continue
            root, n = roots.most_common(1)[0]
            if n < DOMINANT * sum(roots.values()) or root not in key_entity:
                continue
            if not office and named[sur][0] != root:
                continue  # Anne Gorsuch, named first, is the "Gorsuch" of her own story
            for m in ms:
                if key_entity.get(mention_key(m)) is not key_entity[root]:
                    out[m.id] = key_entity[root]
    return out


def resolve_entities(analyses: list[Analysis]) -> tuple[list[Entity], dict[str, str]]:
    """Entities and a map mention id → entity id."""
    raw: dict[str, Counter[str]] = defaultdict(Counter)  # folded key -> types
    for a in analyses:
        for m in a.mentions:
            k = mention_key(m)
            if k and not _is_title(m):
                raw[k][m.type] += 1
    countries = {k for k, t in raw.items() if t.get("GPE", 0) >= max(t.values())}
    # a country the store names by any of its names ("Britain") is known by all of them
    known = {name for alias, name in COUNTRY_NAMES.items() if name in countries or alias in countries}
    countries |= known | {alias for alias, name in COUNTRY_NAMES.items() if name in known}
    key_of = {
        k: (group_key(k, countries) if _group_type(t) in ("NORP", "GPE", "ORG") else k)
        for k, t in raw.items()
    }
    keys: dict[str, Counter[str]] = defaultdict(Counter)  # group key -> types
    surface: dict[str, Counter[str]] = defaultdict(Counter)  # group key -> key spellings (by document)
    docs: dict[str, set[str]] = defaultdict(set)  # group key -> the documents naming it
    for a in analyses:
        for m in a.mentions:
            k = mention_key(m)
            if k and not _is_title(m):
                keys[key_of[k]][m.type] += 1
                surface[key_of[k]][m.key if k == fold(m.key) else m.text.strip()] += 1
                docs[key_of[k]].add(a.doc.id)
    uf = UnionFind()
    people = [k for k, t in keys.items() if _group_type(t) == "PERSON"]
    full = [k for k in people if len(k.split()) >= 2]
    _join_full_names(full, keys, uf)
    _join_epithets(full, people, keys, docs, uf)
    # A bare surname joins the dominant full name with that surname, whatever type the NER gave
    # it ("Trump" as ORG in "the Trump administration"): a PERSON named in 1,000 documents is not
    # an ORG in 30. Its mentions then vote PERSON.
    starting = _starting(keys)
    by_surname: dict[str, Counter[str]] = defaultdict(Counter)
    for k in full:
        by_surname[phonetic(_surname(k))][uf.find(k)] += sum(keys[k].values())
    for k, t in keys.items():
        if " " in k or k in STANDALONE or not by_surname.get(phonetic(k)) or _group_type(t) == "NORP":
            continue
        if k.upper() in (s.upper() for s in surface[k]) and all(s.isupper() for s in surface[k]):
            continue  # an acronym ("NSA") is nobody's surname
        roots = by_surname[phonetic(k)]
        root, n = roots.most_common(1)[0]
        if not t.get("PERSON") and not _named_beside(docs[k], root, full, docs, uf):
            continue  # "Ford" the carmaker, never once tagged a person, is not Christine Blasey Ford
        if _group_type(t) == "ORG" and n < SURNAME_SHARE * sum(t.values()):
            # a programme or a company named far more often than the one person whose name ends
            # with it: "Medicaid" is no "Obama's Medicaid", "Twitter" no "Trump's Twitter". (Places
            # too, "Montana" no "Hannah Montana", were tried: it moved a held-out contradiction.)
            continue
        if (outlet := _outlet_first(k, keys, starting, docs)) and sum(keys[outlet].values()) > n:
            continue  # "Breitbart" is Breitbart News (59) more than Andrew Breitbart (11)
        if n >= DOMINANT * sum(roots.values()):
            uf.union(root, k)
            keys[k] = Counter({"PERSON": sum(t.values())})
    _join_particled(full, keys, uf)
    # a first name alone ("Hillary") joins the dominant full name that starts with it, when no
    # one of the store goes by it as a surname
    by_given: dict[str, Counter[str]] = defaultdict(Counter)
    for k in full:
        by_given[k.split()[0]][uf.find(k)] += sum(keys[k].values())
    for k, t in keys.items():
        if " " in k or _group_type(t) != "PERSON" or by_surname.get(phonetic(k)) or k not in by_given:
            continue
        root, n = by_given[k].most_common(1)[0]
        if n >= DOMINANT * sum(by_given[k].values()) and n >= 2 * sum(t.values()):
            uf.union(root, k)
    # short organisation names ("Post", "Times") join the one longer organisation ending so,
    # unless they name an institution of their own ("House" is not the White House)
    orgs = [k for k, t in keys.items() if _group_type(t) in SHORT_NAMED]
    ending: dict[str, list[str]] = defaultdict(list)  # last word -> the organisations ending so
    for o in orgs:  # (indexed once: scanning every organisation for each was quadratic)
        last = o.split()[-1]
        # by the word and by its folded form: a one-word group key is folded ("Saints" →
        # "saint"), the last word of a longer name is not ("new orleans saints")
        for w in {last, group_key(last, countries)} if " " in o else {last}:
            ending[w].append(o)
    for k in orgs:
        if len(k.split()) == 1 and k not in STANDALONE:
            longer = {uf.find(o) for o in ending[k] if o != k}
            if len(longer) == 1:
                uf.union(longer.pop(), k)
            elif not longer and (outlet := _outlet_first(k, keys, starting, docs)):
                uf.union(uf.find(outlet), k)
    _join_places(keys, docs, uf)
    _join_acronyms(keys, surface, uf)
    _join_possessed(keys, uf)
    _join_aliases(analyses, key_of, uf)

    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(k)].append(k)
    key_entity: dict[str, Entity] = {}
    for members in groups.values():
        types = sum((keys[k] for k in members), Counter())
        type_ = _group_type(types)
        spellings = sum((surface[k] for k in members), Counter())
        name = canonical_name(spellings, type_)
        entity = Entity(
            id=entity_id(type_, name),
            name=name,
            type=type_ if type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT") else "OTHER",
        )
        for k in members:
            key_entity[k] = entity
    key_entity.update({k: key_entity[g] for k, g in key_of.items() if g in key_entity})

    titles = resolve_titles(analyses, countries, key_entity)
    titles.update(_bare_surnames_apart(analyses, by_surname, uf, key_entity))
    mention_entity: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for a in analyses:
        for m in a.mentions:
            ent = titles.get(m.id) if m.id in titles else key_entity.get(mention_key(m))
            if ent is None:
                continue
            mention_entity[m.id] = ent.id
            ent.mentions.append(m.id)
            aliases[ent.id].add(re.sub(r"\s+", " ", m.text).strip())
            aliases[ent.id].add(m.key)
            if m.role:
                roles[ent.id].add((re.sub(r"\s+", " ", m.role).strip(), a.doc.id))
    entities = {e.id: e for e in key_entity.values()}
    for e in entities.values():
        e.aliases = sorted(aliases[e.id] - {e.name})
        e.roles = [Role(r, d) for r, d in sorted(roles[e.id])]
    return sorted(entities.values(), key=lambda e: e.id), mention_entity
