"""Retrieval: sentences by full-text search (FTS5; the product has no torch, so no sentence
vectors) and events by entity and type, through the ``Store`` interface only; then a cheap
ranking of the sentences by how much of the question they contain."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Optional

from storyline.model import STATUSES
from storyline.present.ask.described import has_role, learned_roles, role_in
from storyline.present.ask.extract import DATE_WORDS, DURATION, NUMBER
from storyline.present.ask.match import (
    IRREGULAR,
    kw_matches,
    matches,
    noun_matches,
    query_forms,
    same_happening,
    stem,
    synonym_matches,
    synonyms,
    unglue,
    words,
)
from storyline.present.ask.question import Question, name_key
from storyline.store.base import Store
from storyline.store.records import EntityRecord, EventRecord, SentenceSpan

NUMBERS = re.compile(rf"\b{NUMBER}\b|\btwice\b|\bonce\b", re.I)
SAY = (
    r"\b(?:said|says|told|tells|stated|argued|wrote|called|added|asked|tweeted|insisted|warned"
    r"|responded|replied|explained|noted)\b"
)
PER_QUERY = 40
ALL_STATUSES = [s.value for s in STATUSES]
MAX_QUERIES = 40
EVENTS = 200  # events read for the entity asked about
ENOUGH = 120  # candidate sentences after which less specific searches are skipped


@dataclass
class Sentence:
    doc: str
    start: int
    end: int
    text: str
    outlet: Optional[str]
    published: Optional[str]
    title: Optional[str]
    names: float = 0.0  # share of the question's names it contains
    coverage: float = 0.0  # share of the question's other words it contains
    relaxed: float = 0.0  # ... not counting the day asked about (``Question.dated``)
    trigger: bool = False  # it contains the happening asked about
    loose: bool = False  # ... only through the question's other words
    score: float = 0.0
    before: str = ""  # the sentence before, when it holds what this one leaves to it

    def __post_init__(self) -> None:
        self.text = unglue(self.text)  # page furniture out of what is matched, parsed and cited

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc, self.start)


def entities_of(store: Store, q: Question) -> list[Optional[EntityRecord]]:
    """The store's entity for each name of the question (looked up once per question)."""
    if q.entities is None:
        q.entities = [store.find_entity(n) for n in q.names]
    return q.entities


def namesakes(store: Store, q: Question) -> None:
    """A person the store does not know whose surname is another's ("Melania Trump" where the
    store's Trump is Donald Trump): a sentence must name them whole, "Trump" alone is the other."""
    for name, ent in zip(q.names, entities_of(store, q)):
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


def _learned_tier(q: Question, learned: dict[str, list[str]]) -> list[list[str]]:
    """Last, the happening and words asked about with the description for the name ("gunman
    record")."""
    words_ = [q.trigger] if q.trigger else []
    words_ += [k for k in q.keywords if k not in q.name_keys and k not in words_]
    forms = [f for w in words_[:3] for f in query_forms(w, q.forms.get(w, set()))[:3]]
    return [[f"{r.removeprefix('the ')} {f}" for roles in learned.values() for r in roles for f in forms]]


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
        forms = [f for f in dict.fromkeys(forms) if f != key and len(f) >= 2]
        if forms:
            out[key] = forms
    return out


DATED_KINDS = ("when", "where", "how_many", "how_long")
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


def _tiers(
    q: Question,
    described: Optional[dict[str, list[str]]] = None,
    short: Optional[dict[str, list[str]]] = None,
) -> list[list[str]]:
    """Full-text queries, most specific first: everyone named with each word of the question, then
    everyone named; pairs only when a sentence may lack one of three or more names (or for "what
    did X say", where the topic may be a pronoun); each of two names with the happening, and the
    happening with each other word, for a sentence that puts a name as a pronoun. A name alone
    never supports an answer about two (a pronoun must be resolved, ``_resolve_pronouns``)."""
    names = q.search_keys
    kws = [k for k in q.keywords if k not in q.name_keys]
    trig = [q.trigger] if q.trigger else []
    forms = {k: query_forms(k, q.forms.get(k, set()))[:4] for k in dict.fromkeys(trig + kws)}
    for k, place in q.named_by.items():  # "the Paris agreement" written "Paris"
        if k in forms:
            forms[k].insert(1, place)
    if not names and not forms and q.quote:  # "who said it was all him": the words said
        return [[q.quote]]
    if not names:
        pairs = [f"{x} {y}" for a, b in combinations(forms, 2) for x in forms[a][:3] for y in forms[b][:3]]
        if trig and len(forms) >= 2:  # "who plowed into the crowd" for "who rammed the crowd"
            pairs += [
                f"{x} {y}"
                for x in _synonym_forms(trig[0], q.kind)
                for k in list(forms)[1:2]
                for y in forms[k][:2]
            ]
        # "who was killed when the car hit the crowd": the happening with the words of its setting
        pairs += [f"{x} {c}" for fs in list(forms.values())[:1] for x in fs[:3] for c in q.context[:3]]
        return [pairs, [f for fs in forms.values() for f in fs[:3]]]
    everyone = " ".join(names)
    tiers = [[f"{everyone} {f}" for fs in forms.values() for f in fs], [everyone]]
    if names != q.name_keys:  # "Russians" as written, then "Russian" ("Russian officials")
        stripped = " ".join(q.name_keys)
        tiers[0] += [f"{stripped} {fs[0]}" for fs in forms.values()]
        tiers[1].append(stripped)
    for key, alias in (described or {}).items():  # "the president ... Comey" when Trump is asked about
        other = " ".join(n for n in names if n != key)
        brief = min(alias, key=len).removeprefix("the ")
        tiers[0] += [f"{brief} {other} {f}" for fs in forms.values() for f in fs[:2]]
    for i, key in enumerate(q.name_keys):  # "ABA president Robert Carlson" for the American Bar Association
        for form in (short or {}).get(key, [])[:2]:
            with_form = " ".join(form if j == i else n for j, n in enumerate(names))
            tiers[0] += [f"{with_form} {fs[0]}" for fs in forms.values()]
            tiers[1].append(with_form)
    if len(names) >= 3 or q.kind == "said":
        tiers.append([" ".join(p) for p in combinations(names, 2)])
        tiers.append([f"{n} {f}" for n in names for fs in forms.values() for f in fs])
    elif len(names) == 2 and trig:  # "But he kept Merkel waiting": one of two names a pronoun
        alone = names + [f for k in q.name_keys for f in (short or {}).get(k, [])[:1]]
        tiers.append([f"{n} {f}" for n in alone for f in forms[trig[0]][:3]])
    if q.kind == "how_many" and q.counted == "time" and trig:  # "they have met twice before"
        tiers.append([f"{f} {n}" for f in forms[trig[0]][:2] for n in ("twice", "times", "once")])
    if len(forms) >= 3:  # "Last November, in Vietnam, they agreed to maintain open channels"
        lead, *rest = forms
        tiers.append([f"{x} {forms[b][0]}" for b in rest for x in forms[lead][:2]])
    if q.kind == "said" and q.speaker:  # "..., Axelrod said": the quote may be the sentence before
        tiers.append([name_key(q.speaker)])
    if trig:  # the happening told by another verb ("quit" for "resigned"), last: the rarer case
        tiers.append([f"{everyone} {f}" for f in _synonym_forms(trig[0], q.kind)[:4]])
    return tiers


def _holds(q: Question, keyword: str, text: str) -> bool:
    """The sentence has the question's word, or the place's name it stands for ("Paris" for
    "the Paris accord")."""
    if kw_matches(keyword, words(text)):
        return True
    if keyword == "old" and q.counted == "age":  # "Gates, 45, is a longtime associate": an age
        return any(
            re.search(rf"\b{re.escape(k)}, \d{{1,3}}(?:,|\.(?!\d))", text.lower()) for k in q.name_keys
        )
    place = q.named_by.get(keyword)
    return place is not None and re.search(rf"\b{re.escape(place)}\b", text.lower()) is not None


def _synonym_forms(trigger: str, kind: str = "") -> list[str]:
    """A few searchable forms of the other verbs for the happening: the past and the base."""
    return [f for other in sorted(synonyms(trigger, kind)) for f in query_forms(other, set())[:2]][:8]


def _continues(text: str) -> bool:
    """Does a sentence go on from the one before: it starts in lower case ("senior analyst David
    Axelrod said" after a quoted question), or closes a quote it did not open ("No resources,”
    Flores said)."""
    t = text.lstrip()
    if t[:1].islower():
        return True
    close, opening = t.find("”"), t.find("“")
    return close != -1 and (opening == -1 or close < opening)


def _join_quotes(store: Store, q: Question, found: dict[tuple[str, int], Sentence]) -> None:
    """A speaker's sentence that goes on from a quote split off by the sentence splitter gets
    the quote back: the sentences before it, up to the one that opens it (three at most)."""
    who = name_key(q.speaker or "")
    for key, s in list(found.items()):
        if who not in s.text.lower() or not _continues(s.text):
            continue
        sents = store.document(s.doc).sentences
        at = next((i for i, x in enumerate(sents) if x.start == s.start), None)
        if at is None:
            continue
        first = at
        while first > 0 and at - first < 3 and _continues(sents[first].text):
            first -= 1
        text = " ".join(x.text.strip() for x in sents[first : at + 1])
        found[key] = Sentence(s.doc, sents[first].start, s.end, text, s.outlet, s.published, s.title)


def sentences(store: Store, q: Question) -> list[Sentence]:
    """Sentences that share words with the question, best first. The searches stop once enough
    candidates are in (the cost of a search grows with the store; the first tiers are the best)."""
    found: dict[tuple[str, int], Sentence] = {}
    seen: dict[str, tuple[str, int]] = {}
    done = 0
    namesakes(store, q)
    described = descriptions(store, q)
    short = short_forms(store, q)
    learned = _learned(store, q, described)
    for tier in _tiers(q, described, short) + _learned_tier(q, learned):
        for query in dict.fromkeys(tier):
            if done >= MAX_QUERIES:
                break
            done += 1
            # in a window, more hits are read to keep as many from inside it (Store.search has
            # no date filter)
            scoped = q.date_from is not None or q.date_to is not None
            for h in store.search(query, limit=PER_QUERY * (4 if scoped else 1)).items:
                if not q.in_window(h.published):
                    continue
                same = " ".join(h.text.split()).lower()
                kept = seen.get(same)
                if kept is not None:  # a syndicated copy of a sentence already found: keep the
                    k = found[kept]  # earliest published one, so "who reported it first" holds
                    if h.published and (not k.published or h.published < k.published):
                        found[kept] = Sentence(h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title)
                    continue
                seen[same] = (h.doc, h.start)
                if (h.doc, h.start) not in found:
                    found[(h.doc, h.start)] = Sentence(
                        h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                    )
        if len(found) >= ENOUGH:
            break
    if (
        (q.trigger or q.kind in ("when", "where") and q.keywords)
        and q.names
        and q.kind != "said"
        and done < MAX_QUERIES
    ):
        _pronoun_sentences(store, q, found, seen)
    if q.kind == "said" and q.speaker and q.keywords and done < MAX_QUERIES:
        _pronoun_sentences(store, q, found, seen)  # "“It is disturbing ...,” he said."
    if q.kind == "said" and q.speaker:
        _join_quotes(store, q, found)
    if q.counted == "age" and len(q.required_keys) == 1 and done < MAX_QUERIES:
        # "The 81-year-old senator ...": an age told by description, in an article naming them
        docs = {s.doc for s in found.values() if q.required_keys[0] in s.text.lower()}
        for h in store.search("year old", limit=PER_QUERY).items:
            same = " ".join(h.text.split()).lower()
            if h.doc in docs and same not in seen and role_in(h.text) and q.in_window(h.published):
                seen[same] = (h.doc, h.start)
                found[(h.doc, h.start)] = Sentence(
                    h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                )
    for key, roles in learned.items():  # scored like the store's descriptions
        described[key] = described.get(key, []) + roles
    names = q.name_keys
    others = [k for k in q.keywords if k != q.trigger and k not in names]
    named_in = {s.doc for s in found.values() for n in names if n in s.text.lower()}
    has = {s.key: [k for k in others if _holds(q, k, s.text)] for s in found.values()}
    weight = _rarity(others, has)
    for s in found.values():
        ws = words(s.text)
        low = s.text.lower()
        need = q.required_keys
        s.names = (
            sum(_named(n, low, described, s.doc, named_in, short) for n in need) / len(need) if need else 1.0
        )
        if need != names:  # the setting named too ("before Congress"): a little better, not needed
            s.score += 0.3 * sum(
                _named(n, low, described, s.doc, named_in, short) for n in names if n not in need
            )
        if q.context:  # "on Saturday", "during the hearing": better said, not needed
            s.score += 0.3 * sum(kw_matches(k, ws) for k in q.context) / len(q.context)
        if q.kind in ("who", "what", "said", "happen") and any(d.lower() in low for d in q.dates):
            s.score += 2.0  # "who did Trump inform by phone at 5:30 p.m.": the sentence with that time
        s.trigger = q.trigger is None or matches(q.trigger, ws)
        if not s.trigger and q.event_type and same_happening(q.event_type, ws):
            s.trigger, s.score = True, -0.5  # a related happening ("talks" for "meeting") counts, less
        if not s.trigger and q.trigger and synonym_matches(q.trigger, ws, q.kind):
            s.trigger, s.score = True, -0.5  # another verb for it ("plowed" for "rammed"), less
        if not s.trigger and q.trigger and q.kind in DATED_KINDS and noun_matches(q.trigger, ws):
            # "how long after ... did Trump announce": "Trump's surprise announcement took place
            # less than four hours after" (a when, where or number, not a who or a verdict)
            s.trigger, s.score = True, -0.5
        s.coverage = len(has[s.key]) / len(others) if others else 1.0
        undated = [k for k in others if k not in q.dated]
        s.relaxed = sum(k in has[s.key] for k in undated) / len(undated) if undated else 1.0
        # ranked by the rarer words it has ("surreal" in "who called the press conference
        # surreal", not "press"); supported by how many (``supported``)
        rare = sum(weight[k] for k in has[s.key]) / sum(weight.values()) if others else 1.0
        s.loose = False
        if not s.trigger and q.event_type is None and s.coverage == 1.0 and len(others) >= 2:
            # a verb the event tables do not know ("send the letter") may be put otherwise in the
            # source ("in a letter"), when every other word of the question is there
            s.trigger, s.loose, s.score = True, True, s.score - 1.0
        s.score += (
            3 * s.names + 2 * s.trigger + s.coverage + rare - len(ws) / 200 + _shape(q, s.text, len(ws))
        )
        # (asked ahead, a sentence that speaks of what will be: "after an April committee
        # hearing, Pompeo will be taking over")
        planned = _planned(s.text, q.trigger or "") or q.future and AHEAD.search(s.text) is not None
        if q.trigger and planned != q.future:
            # "the 90 minutes they were scheduled to spend" does not say how long they spent;
            # "will meet next" is not answered by where they met
            s.score -= 1.0
            s.trigger = s.trigger and not q.future
        if q.says and q.says != "be" and matches(q.says, ws):
            s.score += 0.5  # "who called it surreal": a sentence where someone calls it so
        if q.kind == "said" and q.speaker and speaks(q.speaker, s.text):
            s.score += 1.0  # "what did X say": X's own words before a report about X
            if _cut_quote(s.text):
                s.score -= 1.0  # "“To my Republican colleagues,” Graham said.": the rest is elsewhere
            elif _quotes_at_length(s.text):
                # X's own words quoted, on the topic ("“We will be talking about gun laws as time
                # goes by,” Mr. Trump said") before a report of what X said ("Trump said ... will
                # weigh gun laws"); not a phrase quoted in a report ("based on “the clear
                # recommendations” of")
                s.score += 0.5
    # a sentence that lacks the happening ("Schumer said he told Trump ...") is likelier about it
    # when its article speaks of it elsewhere
    on_topic = {s.doc for s in found.values() if s.trigger and not s.loose and s.coverage >= 0.5}
    about = _about(q, list(found.values()))
    _resolve_pronouns(store, q, list(found.values()), described, short)
    _from_before(store, q, list(found.values()), described, short)
    if q.counted == "age":
        _described_age(store, q, list(found.values()))
    for s in found.values():
        if not s.trigger and s.doc in on_topic:
            s.score += 1.5
        elif s.loose and s.doc in on_topic:  # less than the happening itself said in it
            s.score += 0.75
        s.score += about[s.doc]
    return sorted(found.values(), key=lambda s: -s.score)


def _pronoun_sentences(
    store: Store, q: Question, found: dict[tuple[str, int], Sentence], seen: dict[str, tuple[str, int]]
) -> None:
    """ "He spoke for only one minute", "They spoke for approximately 30 minutes": the happening
    with everyone asked about as a pronoun, which no search by name finds. Searched by the
    happening alone, kept only in articles already found naming them (``_resolve_pronouns``
    then looks for the name in the sentences before)."""
    docs = {s.doc for s in found.values()}
    # no happening named ("when is Fields's next court date"): the question's first word for it
    happening = q.trigger or q.keywords[0]
    others = [k for k in q.keywords if k != happening][:1]
    queries = [(f, f) for f in query_forms(happening, q.forms.get(happening, set()))[:2]]
    # "... Paris accord," he said on Fox News: another verb for it, with a word of the question
    queries += [(f, f"{f} {k}") for f in _synonym_forms(q.trigger or "", q.kind)[:4] for k in others]
    for form, query in queries:
        # the pronoun does it: "He later apologized", not "when he felt it was time to speak"
        # (or a thing of theirs: "His next court date was set for Aug. 25", when no verb is asked)
        who = "he|she|they" if q.trigger else "he|she|they|his|her|their"
        # (or "we" or "I" anywhere before it: a speaker's quote going on, "We knocked on a random
        # door ... and hid in the bathroom"; ``_resolve_pronouns`` looks for who said it)
        first = rf"|(?-i:\b(?:I|We|we)\b).*\b{re.escape(form)}\b" if q.trigger else ""
        does = re.compile(rf"\b(?:{who})\s+(?:\w+\s+){{0,2}}?{re.escape(form)}\b{first}", re.I)
        if q.kind == "said":  # the topic in words a he or she says (the speaker named before)
            does = PRONOUN_SAYS
        for h in store.search(query, limit=PER_QUERY).items:
            same = " ".join(h.text.split()).lower()
            if h.doc in docs and same not in seen and does.search(h.text) and q.in_window(h.published):
                seen[same] = (h.doc, h.start)
                found[(h.doc, h.start)] = Sentence(
                    h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title
                )


def in_articles(
    store: Store, found: list[Sentence], most: int
) -> Iterator[tuple[Sentence, list[SentenceSpan], int]]:
    """Each sentence with its article's sentences and its place among them, reading at most
    ``most`` articles whole (a store read each; sentences of others are passed over)."""
    docs: dict[str, list[SentenceSpan]] = {}
    for s in found:
        if s.doc not in docs:
            if len(docs) >= most:
                continue
            docs[s.doc] = store.document(s.doc).sentences
        at = next((i for i, x in enumerate(docs[s.doc]) if x.start == s.start), None)
        if at is not None:
            yield s, docs[s.doc], at


PRONOUN = re.compile(r"\b(he|she|they|him|her|them|his|their|the two (?:men|leaders|presidents))\b", re.I)
RESOLVE_DOCS = 8  # articles read whole to resolve a pronoun (each a store read)
LOOK_BACK = 3  # sentences before a pronoun where the name it stands for may be
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")


def _described_age(store: Store, q: Question, found: list[Sentence]) -> None:
    """ "How old is McCain": "The 81-year-old senator, ..." counts him (0.8) when one of the
    sentences just before names him and the sources set that role beside his name."""
    key = q.required_keys[0] if len(q.required_keys) == 1 else ""
    cands = [s for s in found if key and role_in(s.text)]
    roles: dict[str, bool] = {}
    for s in cands:
        role = role_in(s.text) or ""
        if role not in roles:
            roles[role] = has_role(store, key, role)
        if not roles[role] and s.names > 0:
            # "The 81-year-old senator, a frequent critic of Trump": the age is not Trump's
            s.score -= 3 * s.names
            s.names = 0.0
    for s, sents, at in in_articles(store, [s for s in cands if roles[role_in(s.text) or ""]], RESOLVE_DOCS):
        real = [x.text for x in sents[max(0, at - 3 * LOOK_BACK) : at] if len(x.text.split()) >= 4]
        if s.names < 0.8 and any(key in b.lower() for b in real[-2:]):
            s.score += 3 * (0.8 - s.names)
            s.names = 0.8


def _resolve_pronouns(
    store: Store,
    q: Question,
    found: list[Sentence],
    described: dict[str, list[str]],
    short: Optional[dict[str, list[str]]] = None,
) -> None:
    """A sentence about the happening asked that names someone asked about only by a pronoun
    ("But he kept German Chancellor Angela Merkel ... waiting") counts that name (0.8) when one
    of the few sentences before it names them: the sources' running text, not the question's."""
    names = q.required_keys
    if not names or q.kind == "said":  # what X said: X says it, not a "he" two sentences on
        return
    cands = [
        s
        for s in found
        if s.names < 1.0
        and s.trigger
        and not s.loose
        and s.coverage >= 0.5
        and (PRONOUN.search(s.text) or FIRST_PERSON.search(s.text))
    ]
    cands.sort(key=lambda s: -s.score)
    for s, sents, at in in_articles(store, cands, RESOLVE_DOCS):
        # the sentences before, past page furniture ("Advertisement") between them
        real = [x.text for x in sents[max(0, at - 3 * LOOK_BACK) : at] if len(x.text.split()) >= 4]
        before = " ".join(real[-LOOK_BACK:]).lower()
        if not PRONOUN.search(s.text):
            # "We knocked on a random door ... and hid in the bathroom": a quote going on, the
            # words of whoever the last sentence with a saying verb has speaking ("“We’ve been in
            # the Motel 6,” said Jackie Hoffing, ...")
            said = next((b for b in reversed(real[-LOOK_BACK:]) if re.search(SAY, b, re.I)), "")
            before = said.lower() if said and any(speaks(n, said) for n in names) else ""
        low = s.text.lower()
        got = [
            max(
                _named(n, low, described, s.doc, {s.doc}, short),
                0.8 if _named(n, before, {}, s.doc, set(), short) else 0.0,
            )
            for n in names
        ]
        resolved = sum(got) / len(names)
        if resolved > s.names:
            s.score += 3 * (resolved - s.names)
            s.names = resolved


# "..., he said.": the one speaking is named in the sentence before
PRONOUN_SAYS = re.compile(rf"(?:\b(?:he|she)\s+{SAY}|{SAY}\s+(?:he|she)\b)", re.I)
# words that stand for what the sentence before said ("never denied using the word"): pronouns
# and shell nouns
BACK = re.compile(
    r"\b(?:it|its|this|that|these|those|such)\b|\bthe (?:word|words|move|decision|issue|claim|claims"
    r"|report|reports|allegation|allegations|remark|remarks|comment|comments|statement|charge|charges"
    r"|idea|plan|request|accusation|accusations|story|episode|incident|meeting|call)\b",
    re.I,
)
BEFORE_DOCS = 6  # articles read whole for the sentence before (each a store read)


def _from_before(
    store: Store,
    q: Question,
    found: list[Sentence],
    described: dict[str, list[str]],
    short: Optional[dict[str, list[str]]] = None,
) -> None:
    """A sentence that leaves what it speaks of to the sentence before it ("Tillerson never
    denied using the word." after "reports Tillerson had called Trump a “moron”"; "“It is
    disturbing ...,” he said." after "Sen. Ben Cardin ... said he feared ...") supports the answer
    with that sentence's names and words: the happening (or, for "what did X say", the topic
    and a he/she saying it) must be in it, the rest in the one right before."""
    names = q.required_keys
    others = [k for k in q.keywords if k != q.trigger and k not in q.name_keys]
    if q.kind == "said":
        if not q.speaker:
            return
        cands = [
            s
            for s in found
            if s.names < 1.0
            and s.coverage > 0
            and PRONOUN_SAYS.search(s.text)
            and not speaks(q.speaker, s.text)
        ]
    else:
        cands = [
            s
            for s in found
            if s.trigger
            and not s.loose
            and not supported(s, q)
            and (s.names > 0 or PRONOUN.search(s.text))
            and (s.coverage < 0.5 or s.names < 0.66)
            and (PRONOUN.search(s.text) or BACK.search(s.text))  # it refers back to something
        ]
    cands.sort(key=lambda s: -s.score)
    for s, sents, at in in_articles(store, cands[:12], BEFORE_DOCS):
        real = [x.text for x in sents[max(0, at - 3) : at] if len(x.text.split()) >= 4]
        if not real:
            continue
        before = real[-1]
        low, blow = s.text.lower(), before.lower()
        if q.kind == "said":
            # the nearest sentence before with someone saying: X, or another (then not X's)
            said = next((b for b in reversed(real[-2:]) if re.search(SAY, b, re.I)), "")
            if said and speaks(q.speaker or "", said):
                s.score += 3 * (0.8 - s.names) + 1.0
                s.names, s.before = 0.8, said
            continue
        got = [
            max(
                _named(n, low, described, s.doc, {s.doc}, short),
                0.8 if _named(n, blow, {}, s.doc, set(), short) else 0.0,
            )
            for n in names
        ]
        both = words(s.text + " " + before)
        cover = (
            sum(_holds(q, k, s.text) or kw_matches(k, both) for k in others) / len(others) if others else 1.0
        )
        resolved = sum(got) / len(names) if names else 1.0
        if resolved >= 0.66 and cover >= 0.5 and (resolved > s.names or cover > s.coverage):
            s.score += 3 * max(0.0, resolved - s.names) + max(0.0, cover - s.coverage)
            s.names, s.coverage, s.relaxed, s.before = (
                max(s.names, resolved),
                cover,
                max(s.relaxed, cover),
                before,
            )


AHEAD = re.compile(r"\b(?:will|scheduled|expected|upcoming)\b", re.I)
PLAN = r"\b(?:will|would|shall|scheduled|planned|plans?|planning|expected|expects?|supposed|set|due|going|hopes?|wants?|intends?|next|upcoming)\b"


QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _quotes_at_length(text: str, least: int = 5) -> bool:
    """Does the sentence quote someone's words at some length: a quote of five words or more,
    or the end of one the sentence before opened ("When you look at the Iran deal, I think it's
    terrible ...," Trump said.)"""
    quotes = QUOTED.findall(text)
    t = text.lstrip()
    curly, straight = t.find("”"), t.find('"')
    if curly != -1 and "“" not in t[:curly]:
        quotes.append(t[:curly])
    elif straight > 0 and t.count('"') % 2 == 1 and t[straight - 1] in ",.?!":  # closes a quote
        quotes.append(t[:straight])
    return any(len(q.split()) >= least for q in quotes)


def _cut_quote(text: str) -> bool:
    """Is the quote only the opening of what was said: a few words ending with a comma, the
    speaker's words going on in the next sentence."""
    quotes = QUOTED.findall(text)
    return bool(quotes) and sum(len(q.split()) for q in quotes) < 6 and quotes[-1].rstrip().endswith(",")


def _planned(text: str, trigger: str) -> bool:
    """Is the happening told as a plan or expectation ("were scheduled to spend", "will meet"),
    not as done: a modal or plan word at most three words before the verb."""
    forms = "|".join([re.escape(stem(trigger)) + r"\w*", *map(re.escape, IRREGULAR.get(trigger, []))])
    return re.search(rf"{PLAN}(?:\s+\w+){{0,3}}?\s+(?:{forms})\b", text, re.I) is not None


def _rarity(others: list[str], has: dict[tuple[str, int], list[str]]) -> dict[str, float]:
    """How much each of the question's other words counts: the rarer among the sentences found,
    the more ("surreal" in "who called the press conference surreal", not "press")."""
    df = {k: sum(k in got for got in has.values()) for k in others}
    # a word no sentence has tells none apart: it counts as one found once
    return {k: 1.0 / math.log(2 + max(1, df[k])) for k in others}


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
    if any(re.search(rf"\b{re.escape(a)}\b", low) for a in described.get(key, ())) and doc in named_in:
        return 0.7
    return 0.0


def _about(q: Question, found: list[Sentence]) -> dict[str, float]:
    """How much each article is about what was asked: the share of the question's names and
    words that its sentences found hold between them, and of its names in its title. In a large
    store a sentence with the right words may come from an article on another story ("Schumer
    said ... Trump" about a shutdown when the firing was asked about); the article that speaks of
    all of it is likelier the one meant."""
    names = q.name_keys
    terms = [k for k in dict.fromkeys([q.trigger or "", *q.keywords]) if k and k not in names]
    by_doc: dict[str, list[Sentence]] = {}
    for s in found:
        by_doc.setdefault(s.doc, []).append(s)
    out = {}
    for doc, sents in by_doc.items():
        low = " ".join(s.text for s in sents).lower()
        ws = words(low)
        held = sum(n in low for n in names) + sum(kw_matches(k, ws) for k in terms)
        title = (sents[0].title or "").lower()
        out[doc] = 1.5 * held / max(1, len(names) + len(terms)) + (
            0.5 * sum(n in title for n in names) / len(names) if names else 0.0
        )
    return out


def _near(pattern: re.Pattern[str], text: str, stems: list[str], reach: int = 40) -> bool:
    low = text.lower()
    at = [m.start() for st in stems if st for m in re.finditer(r"\b" + re.escape(st), low)]
    return any(abs(m.start() - a) <= reach for m in pattern.finditer(text) for a in at)


def _shape(q: Question, text: str, n_words: int) -> float:
    """Cheap hints before any parsing: a "when" wants a date in the sentence, best next to the
    happening asked about, a "how many" a number; a headline fragment, a question in an article
    or a sentence without an end states nothing."""
    bonus = -1.0 if n_words < 6 or text.rstrip().endswith("?") else 0.0
    if not re.search(r"[.!\"”’')]$", text.rstrip()):
        bonus -= 1.0  # a headline, caption or tweet signature ("... fired Comey 03:23"), not a statement
    letters = [c for c in text if c.isalpha()]
    if n_words >= 3 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        bonus -= 1.5  # a cross-heading in capitals ("FLAKE DEFENDS CALL FOR KAVANAUGH DELAY: ...")
    if n_words > 70:
        bonus -= 1.0  # a run-on: page furniture glued to a sentence ("... MORE Related: ...")
    want = {"when": DATE_WORDS, "how_many": NUMBERS, "how_long": DURATION}.get(q.kind)
    if want is not None and want.search(text):
        stems = [stem(k)[:5] for k in [q.trigger or "", *q.keywords]] + IRREGULAR.get(q.trigger or "", [])
        bonus += 1.0 + (1.0 if _near(want, text, stems) else 0.0)
    return bonus


def supported(s: Sentence, q: Optional[Question] = None, relaxed: bool = False) -> bool:
    """Does the sentence speak of what was asked: the names (all of one or two, most of more),
    the happening, and at least half the other words (``relaxed``: the day asked about aside)."""
    if s.names >= 0.66 and s.trigger and (s.relaxed if relaxed else s.coverage) >= 0.5:
        return True
    # "what did X say about Y": X is who says it ("Schumer said he told Trump", "said Sen. John
    # Cornyn"); Y may be a pronoun there ("I wish that he would have said those same words")
    if not (q and q.kind == "said" and q.speaker and s.names >= 0.5):
        return False
    if s.names < 1.0 and not TOPIC_PRONOUN.search(SELF.sub("", s.text)):
        return False  # X on something else ("Merkel called the summit 'very intense'")
    return speaks(q.speaker, s.text) or bool(s.before) and speaks(q.speaker, s.before)


TOPIC_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|it|its|they|them|their)\b", re.I)
# "Merkel said she is shocked": the speaker, not the one spoken of
SELF = re.compile(rf"{SAY}\s+(?:that\s+)?(?:he|she)\b(?:\s+\w+){{0,3}}", re.I)


# lower-case words of a speaker's title ("former White House strategist Steve Bannon")
TITLE_WORDS = (
    r"(?:former|then|senior|top|chief|longtime|strategist|adviser|advisor|aide|spokesman|spokeswoman"
    r"|spokesperson|press|secretary|director|sheriff|attorney|general|leader|majority|minority|lawyer"
    r"|counsel|special|agent|of|the|staff|official|analyst|host|editor|chairman|chairwoman|senator|sen\.)"
)


def speaks(speaker: str, text: str) -> bool:
    """Is the speaker the one saying in the sentence: "Schumer said", "Hicks, a spokeswoman,
    said"; "said Texas Sen. John Cornyn" (titles and names only between), never "said the
    Schumer-Rounds bill"."""
    who = re.escape(name_key(speaker))
    before = rf"(?<![-\w]){who}(?![-\w])[\s,]+(?:[\w.]+[\s,]+){{0,3}}?{SAY}"
    # "Burr, R-N.C., the chairman of the Senate intelligence committee, told reporters"
    aside = rf"(?<![-\w]){who},\s(?:[^,]{{1,60}},\s){{1,2}}(?:\w+\s)?{SAY}"
    # ... and the name ends the speaker's part: not "says Schiff should be a witness"
    after = rf"(?i:{SAY})\s+(?:[A-Z][\w.]*\s+){{0,4}}?(?i:{who})(?![-\w])(?=\s*(?:$|[,.;:(]|\s(?:of|on|in|at|to|who|after|before|during|as|when)\b))"
    # "In France, President Emmanuel Macron shifted to English ..., saying, “...”": the subject
    # (only names, titles and a setting before it) of a clause ending with "saying"
    saying = (
        rf"^(?:(?:[Ii]n|[Aa]t|[Oo]n|[Tt]he|[A-Z][\w.’'-]*),?\s+)*(?i:{who})\b[^“\".;]{{0,200}}?,\s+saying\b"
    )
    # "with Clark County Sheriff Joseph Lombardo saying: “I can’t ...”"; "said former White House
    # strategist Steve Bannon," (lower-case titles between, never a verb: "said that Trump fired X")
    with_saying = rf"(?<![-\w])(?i:{who})\s+saying\s*[:,“\"]"
    titled = rf"(?i:{SAY})\s+(?:(?:[A-Z][\w.]*|{TITLE_WORDS})\s+){{1,6}}?(?i:{who})(?![-\w])\s*[,.;:]"
    return bool(
        re.search(with_saying, text)
        or re.search(titled, text)
        or re.search(before, text, re.I)
        or re.search(aside, text, re.I)
        or re.search(after, text)
        or re.search(saying, text)
    )


def events(store: Store, q: Question) -> list[EventRecord]:
    """Events whose participants or label name everyone the question names, of its type first."""
    names = q.name_keys
    if not names:
        return []
    found = entities_of(store, q)
    ents = [e for e in found if e is not None]
    if not ents:
        return []
    # the fewest events to read ("Kislyak", not "Trump"), among people and organisations: a place
    # is an event's location, not one of its participants
    actors = [e for e in ents if e.type in ("PERSON", "ORG") and e.n_events > 0] or ents
    rarest = min(actors, key=lambda e: e.n_events)
    pool = store.events(entity=rarest.id, type=q.event_type, status=ALL_STATUSES, limit=EVENTS)
    out = []
    for ev in pool.items:
        if q.date_to and ev.first_reported and ev.first_reported[: len(q.date_to)] > q.date_to:
            continue  # first reported after the window asked about
        text = (
            ev.label + " " + " ".join(p.name for p in ev.participants) + " " + (ev.location_name or "")
        ).lower()
        if all(n in text for n in names):
            out.append(ev)
    return sorted(out, key=lambda e: -e.documents)
