"""Entity mentions from spaCy NER, linked within one document.

Within a document: a bare surname links to the full name given elsewhere ("Kushner" → "Jared
Kushner", whatever label the NER gave it), "the Post" to "The Washington Post", and a title
("the Russian ambassador", "Russia's ambassador") to the person the document gives that title.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from typing import Optional

from spacy.tokens import Span

from storyline.extract import surnames
from storyline.extract.nlp import lemma
from storyline.model import Mention

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    # a named law ("the Affordable Care Act"): the small model tags the same name LAW or EVENT
    # by turns, and a chamber's vote is on it (extract/legislation.py)
    "LAW": "EVENT",
}
# Between a name and another the text gives for it: "the Affordable Care Act, also known as
# Obamacare", "Obamacare, or the Affordable Care Act", "the Affordable Care Act (ACA)".
ALIAS_GAP = re.compile(
    r"^\s*(?:\(|,?\s*(?:(?:also|commonly|more commonly|better|popularly|often)\s+)?"
    r"(?:known as|referred to as|called|dubbed|nicknamed)|,\s*or|,\s*aka)\s*[\"“‘']?\s*$",
    re.I,
)
# Only names of laws and named events take another's name so: "the Senate, or the House" are two.
ALIAS_LABELS = {"LAW", "EVENT"}
# Head nouns that name a role a person holds; used for titles and for "the ambassador" references.
ROLE_NOUNS = {
    "ambassador",
    "envoy",
    "diplomat",
    "adviser",
    "advisor",
    "senator",
    "secretary",
    "director",
    "attorney",
    "general",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "counsel",
    "commissioner",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "mayor",
    "chief",
    "official",
    "aide",
    "prosecutor",
    "judge",
    "ceo",
    "founder",
    "executive",
    "manager",
    "son-in-law",
    "daughter",
    "deputy",
    "oligarch",
    "politician",
    "representative",
    "congressman",
    "congresswoman",
    "editor",
    "reporter",
    "treasurer",
    "inspector",
    "auditor",
    "head",
}
TITLE_WORDS = ROLE_NOUNS | {
    "sen.",
    "rep.",
    "gov.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "gen.",
    "former",
    "senior",
    "top",
    "then",
    "vice",
    "national",
    "security",
    "special",
    "white",
    "house",
    "russian",
    "u.s.",
    "federal",
    "state",
    "foreign",
    "policy",
    "deputy",
    "acting",
    "campaign",
    "chief",
    "of",
    "staff",
}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”'‘’()—–-")
    text = _POSSESSIVE.sub("", text)
    if text[:4].lower() == "the " and not text[:4] == "The ":
        text = text[4:]
    return text.strip()


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _middle(name: str) -> str:
    return " ".join(name.split()[1:-1]).replace(".", "").replace(" ", "").lower()


def _role_phrase(ent) -> Optional[str]:
    """A title the sentence attaches to this person: apposition or a title before the name."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and lemma(child).lower() in ROLE_NOUNS | {"son-in-law"}:
            toks = [t for t in child.subtree if t.dep_ != "relcl" and not (t.dep_ == "punct")]
            # cut relative clauses and anything after them
            span = child.doc[min(t.i for t in toks) : child.i + 1]
            right = [t for t in child.rights if t.dep_ == "prep"]
            if right:
                span = child.doc[span.start : max(t.i for t in right[0].subtree) + 1]
            return span.text
    if root.dep_ == "appos" and lemma(root.head).lower() in ROLE_NOUNS:
        head = root.head
        return root.doc[min(t.i for t in head.subtree if t.i <= head.i) : head.i + 1].text
    # "Russian Ambassador Sergey Kislyak", "Attorney General Jeff Sessions"
    i = ent.start - 1
    words = []
    while (
        i >= 0
        and ent.doc[i].text.lower() in TITLE_WORDS
        and ent.doc[i].ent_type_ in ("", "NORP", "ORG", "GPE")
    ):
        words.insert(0, ent.doc[i].text)
        i -= 1
    while words and words[-1].lower() not in ROLE_NOUNS and words:
        words.pop()
    if words and any(w.lower() in ROLE_NOUNS for w in words):
        return " ".join(words)
    return None


# Page furniture the text extractor left in: video captions, photo credits, inline link text
_CAPTION = re.compile(
    r"\b(JUST WATCHED|MUST WATCH|Replay More Videos|Getty Images|AP Photo|Photo:|Image:)", re.I
)
_GLUED = re.compile(r"[A-Za-z]{2,}\d|\d[A-Za-z]{2,}")  # "McCain2020": a link's text run into a name


# Nicknames made of an adjective before a name ("Crooked Hillary", "Lyin' Ted", "Little Marco",
# "Sleepy Joe"): capitalised, the tagger reads the adjective as a proper noun, and the name of
# the insult would absorb every bare "Hillary" of the store
EPITHETS = {"crooked", "lyin", "lying", "little", "liddle", "crazy", "sleepy", "sloppy", "cryin", "leakin", "shifty", "slippery", "goofy"}  # fmt: skip


def _trim(ent):
    """A person's name starts with a proper noun: "Will Flynn testify", "the Machiavellian
    Trump" name Flynn and Trump, not a "Will" or a "Machiavellian" who would then absorb every
    bare "Flynn" of the document."""
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    while start < ent.end - 1 and (
        ent.doc[start].tag_ not in ("NNP", "NNPS") or ent.doc[start].lower_.rstrip("'’") in EPITHETS
    ):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _junk(ent, captions) -> bool:
    """Names that are no entity: a credit ("Andrew Caballero-Reynolds/AFP/Getty Images"), a
    video caption ("Replay More Videos"), link text glued to the next word."""
    text = ent.text
    return "/" in text or bool(_GLUED.search(text)) or captions(ent)


def _caption_test(doc):
    """ent → whether its sentence (``ent.sent``: from the start of the sentence of its first
    token to the end of that of its last) is a caption. ``ent.sent`` walks the tokens anew for
    each entity; the sentence starts are read once, and each sentence tested once."""
    starts = [s.start for s in doc.sents]
    seen: dict[tuple[int, int], bool] = {}

    def captions(ent) -> bool:
        start = starts[bisect.bisect_right(starts, ent.start) - 1]
        at = bisect.bisect_left(starts, ent.end)
        span = (start, starts[at] if at < len(starts) else len(doc))
        if span not in seen:
            seen[span] = bool(_CAPTION.search(doc[span[0] : span[1]].text))
        return seen[span]

    return captions


def _role_head(role: str) -> str:
    words = [w.lower() for w in re.findall(r"[\w.-]+", role) if w.lower() != "to"]
    heads = [w for w in words if w in ROLE_NOUNS]
    return heads[-1] if heads else ""


def extract_mentions(doc, doc_id: str, sent_index) -> list[Mention]:
    """All entity mentions of a spaCy Doc, each with the in-document name it resolves to."""
    # a name has letters: "2017" or "--" tagged ORG by the NER is no entity
    captions = _caption_test(doc)
    ents = [
        _trim(e)
        for e in doc.ents
        if e.label_ in LABELS and re.search(r"[A-Za-z]{2}", clean_name(e.text)) and not _junk(e, captions)
    ]
    long_orgs: list[str] = []
    named: dict[str, Counter] = {}  # surname -> full names, how often
    first_full: dict[str, int] = {}  # surname -> where a full name first comes
    first_bare: dict[str, int] = {}  # surname -> where it first comes alone
    full_titles: dict[str, set] = {}  # full name -> the titles before it ("President", "first lady")
    bare_titles: dict[str, list] = {}  # surname -> the titles before it alone ("President Trump")
    for e in ents:
        name = clean_name(e.text)
        title = surnames.title_before(doc, e.start, ROLE_NOUNS)
        if e.label_ == "PERSON" and len(name.split()) >= 2:
            named.setdefault(_surname(name), Counter())[name] += 1
            first_full.setdefault(_surname(name), e.start)
            # not an honorific: "Mrs. Ronald Reagan" is his wife
            keep = title and title not in surnames.HONORIFICS
            full_titles.setdefault(name, set()).update([title] if keep else [])
        elif len(name.split()) == 1:
            first_bare.setdefault(name.lower(), e.start)
            bare_titles.setdefault(name.lower(), []).extend([title] if title else [])
        if e.label_ == "ORG" and len(name.split()) >= 2:
            long_orgs.append(name)
    # surname -> the full name it stands for: the one its titles point to, else the one named
    # most (surnames.bearer), and only when a full name comes before the surname is used
    # alone. "Trump" in an article that names Ivanka Trump once, late, stays "Trump" for the
    # store to resolve (Donald Trump).
    full_people: dict[str, str] = {}
    for sur, names in named.items():
        if first_bare.get(sur, 1 << 30) < first_full[sur]:
            continue
        full = surnames.bearer(names, bare_titles.get(sur, []), full_titles)
        if full is not None:
            full_people[sur] = full

    mentions: list[Mention] = []
    role_holders: dict[str, set] = {}  # role head noun -> {person key}
    role_phrases: dict[str, set] = {}  # person key -> titles the document gives them
    for e in ents:
        name = clean_name(e.text)
        label = LABELS[e.label_]
        key = name
        words = name.split()
        if len(words) == 1 and words[0].lower() in full_people and label in ("PERSON", "ORG", "GPE", "NORP"):
            label, key = "PERSON", full_people[words[0].lower()]
        elif label == "PERSON" and len(words) >= 2 and _surname(name) in full_people:
            full = full_people[_surname(name)]
            # "George H.W. Bush" is not the document's George W. Bush: other initials, other person
            middles = {_middle(name), _middle(full)} - {""}
            same = full.startswith(words[0]) and len(middles) <= 1
            key = full if same else name
        elif label == "ORG" and len(words) == 1:
            last = words[-1].lower()
            longer = [o for o in long_orgs if o.split()[-1].lower() == last and o != name]
            if len(set(longer)) == 1:
                key = longer[0]
        role = _role_phrase(e) if label == "PERSON" else None
        if role and label == "PERSON":
            head = _role_head(role)
            if head:
                role_holders.setdefault(head, set()).add(key)
                role_phrases.setdefault(key, set()).add(role)
        mentions.append(
            Mention(
                f"{doc_id}:m{len(mentions)}",
                sent_index(e.start_char),
                e.start_char,
                e.end_char,
                e.text,
                label,
                key,
                role,
            )
        )
    _alias_keys(doc, ents, mentions)
    mentions += _surname_mentions(doc, doc_id, sent_index, full_people, mentions)
    mentions += _short_org_mentions(doc, doc_id, sent_index, long_orgs, mentions)
    mentions += _role_mentions(doc, doc_id, sent_index, role_holders, role_phrases, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _alias_keys(doc, ents, mentions: list[Mention]) -> None:
    """A law's second name, given beside its first ("the Affordable Care Act, also known as
    Obamacare", "the Affordable Care Act (ACA)"), resolves to the first: the store then knows
    the two names as one law (resolve.entities). One of them must be a law or a named event."""
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if not ({a.label_, b.label_} & ALIAS_LABELS) or {a.label_, b.label_} & {"PERSON", "GPE"}:
            continue
        if not ALIAS_GAP.match(doc.text[a.end_char : b.start_char]) or a.sent.start != b.sent.start:
            continue
        first, second = mentions[i], mentions[i + 1]
        if first.key.lower() != second.key.lower():
            mentions[i + 1] = dataclasses.replace(second, key=first.key)


def _covered(mentions, start, end) -> bool:
    # adjectives inside a title ("the Russian ambassador") do not count as covering it
    return any(m.start < end and start < m.end and m.type not in ("NORP", "GPE") for m in mentions)


def _surname_mentions(doc, doc_id, sent_index, full_people, mentions) -> list[Mention]:
    """Bare surnames the NER missed ("Sessions twice denied…") of people the document names."""
    out = []
    # only the tokens spelled as one of the surnames become Token objects (the rest stay an array)
    wanted = {doc.vocab.strings[s] for s in full_people}  # hashes, none added
    for i in [i for i, h in enumerate(doc.to_array("LOWER").tolist()) if h in wanted]:
        tok = doc[i]
        sur = tok.text.lower()
        if (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and sur in full_people
            and not _covered(mentions + out, tok.idx, tok.idx + len(tok))
        ):
            out.append(
                Mention(
                    f"{doc_id}:m{len(mentions) + len(out)}",
                    sent_index(tok.idx),
                    tok.idx,
                    tok.idx + len(tok),
                    tok.text,
                    "PERSON",
                    full_people[sur],
                )
            )
    return out


def _short_org_mentions(doc, doc_id, sent_index, long_orgs, mentions) -> list[Mention]:
    """'the Post' / 'the Times' that NER missed, when the document names the full outlet."""
    out = []
    by_last: dict[str, set] = {}
    for o in long_orgs:
        by_last.setdefault(o.split()[-1], set()).add(o)
    wanted = {doc.vocab.strings[w] for w in by_last}
    for i in [i for i, h in enumerate(doc.to_array("ORTH").tolist()) if h in wanted]:
        tok = doc[i]
        if (
            tok.text in by_last
            and len(by_last[tok.text]) == 1
            and tok.i > 0
            and doc[tok.i - 1].lower_ == "the"
            and not _covered(mentions, tok.idx, tok.idx + len(tok))
        ):
            start = doc[tok.i - 1].idx
            out.append(
                Mention(
                    f"{doc_id}:m{len(mentions) + len(out)}",
                    sent_index(start),
                    start,
                    tok.idx + len(tok),
                    doc[tok.i - 1 : tok.i + 1].text,
                    "ORG",
                    next(iter(by_last[tok.text])),
                )
            )
    return out


def _possessor_in_role(tok, holders, role_phrases) -> bool:
    """ "Russia's ambassador" names the holder whose title says Russian/Russia's."""
    if tok.dep_ != "poss" or not tok.ent_type_:
        return False
    stem = tok.text[:5].lower()
    return any(stem in r.lower() for h in holders for r in role_phrases.get(h, ()))


# Words that make another office of a title: a deputy attorney general is not the attorney general
OFFICE_QUALIFIERS = {"deputy", "vice", "assistant", "associate", "under", "lieutenant"}


def _qualifiers(text: str) -> set:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in OFFICE_QUALIFIERS}


def _title(chunk) -> Optional[str]:
    """ "the Russian ambassador" → "Russian ambassador": a title with a modifier that says which
    office it is; None for a bare "the president" or "his lawyer", which name no one office."""
    toks = [t for t in chunk if t.dep_ not in ("det", "case") and t.lower_ not in ("'s", "’s")]
    mods = [t for t in toks if t.i < chunk.root.i and t.dep_ in ("amod", "compound", "poss", "nmod")]
    if not mods or chunk[0].lower_ not in ("the",) and chunk[0].dep_ != "poss":
        return None
    if chunk[0].dep_ == "poss" and not chunk[0].ent_type_:
        return None  # "his national security adviser": someone's, not an office
    return " ".join(t.text for t in toks)


def _role_mentions(doc, doc_id, sent_index, role_holders, role_phrases, mentions) -> list[Mention]:
    """'the Russian ambassador' → the one person this document gives that title. When the
    document gives it to no one, the title itself is kept (key = role = the title), for the
    store to resolve to whoever holds that office at the time (resolve.entities)."""
    out = []
    for chunk in doc.noun_chunks:
        if chunk.root.tag_ in ("NNS", "NNPS"):  # before the lemma, which costs more
            continue
        head = lemma(chunk.root).lower()
        if head not in ROLE_NOUNS:
            continue
        if any(t.ent_type_ == "PERSON" for t in chunk) or _covered(
            mentions, chunk.start_char, chunk.end_char
        ):
            continue
        quals = _qualifiers(chunk.text)
        # "the attorney general" is not the document's deputy attorney general
        holders = {
            h
            for h in role_holders.get(head, ())
            if any(_qualifiers(r) == quals for r in role_phrases.get(h, ())) or not role_phrases.get(h)
        }
        first = chunk[0].lower_
        key = None
        if len(holders) == 1 and (
            first in ("the", "its", "his", "her", "their")
            or _possessor_in_role(chunk[0], holders, role_phrases)
        ):
            key = next(iter(holders))
        elif not role_holders.get(head):
            key = _title(chunk)
        if key is None:
            continue
        out.append(
            Mention(
                f"{doc_id}:m{len(mentions) + len(out)}",
                sent_index(chunk.start_char),
                chunk.start_char,
                chunk.end_char,
                chunk.text,
                "PERSON",
                key,
                chunk.text if key != _title(chunk) else key,
            )
        )
    return out
