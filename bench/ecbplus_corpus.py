"""ECB+ corpus for bench/ecbplus.py: reading the XML, parsing the validated sentences with
storyline's spaCy pipeline, the bench's entity and event features, and scoring."""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from coref_scoring import evaluate  # noqa: E402
from storyline.extract.dates import find_timexes, infer_reference  # noqa: E402
from storyline.extract.entities import ROLE_NOUNS  # noqa: E402
from storyline.extract.event_senses import PERSON_NOUNS  # noqa: E402
from storyline.extract.events import NOUN_TRIGGERS, VERB_TRIGGERS, arguments, closest  # noqa: E402
from storyline.extract.nlp import lemma as token_lemma  # noqa: E402
from storyline.extract.pronouns import FEMALE_WORDS, MALE_WORDS  # noqa: E402
from storyline.extract.pronouns import antecedent as pronoun_antecedent  # noqa: E402
from storyline.model import Analysis, DateRange, Document, Mention, OffsetMap  # noqa: E402
from storyline.resolve.entities import DOMINANT, resolve_entities  # noqa: E402
from storyline.resolve.events import EventFeatures  # noqa: E402
from storyline.resolve.union_find import UnionFind  # noqa: E402

DEV = range(1, 36)
TEST = range(36, 46)
EVENT_TAGS = ("ACTION", "NEG_ACTION")
ENTITY_TAGS = ("HUMAN", "NON_HUMAN", "LOC", "TIME")
PRONOUNS = {
    "he",
    "she",
    "him",
    "her",
    "they",
    "them",
    "it",
    "his",
    "its",
    "their",
    "who",
    "whom",
    "which",
    "that",
    "i",
    "we",
    "you",
    "me",
    "us",
    "this",
    "these",
    "those",
    "himself",
    "herself",
    "itself",
    "themselves",
    "hers",
    "theirs",
    "one",
}


# ---------------------------------------------------------------------------------- corpus


@dataclass
class GoldMention:
    id: str  # "<doc>:<m_id>"
    doc: str
    tag: str
    tokens: list[int]  # token indices in the document
    sent: int
    gold: str  # gold cluster id


@dataclass
class EcbDoc:
    name: str  # "36_1ecb"
    topic: int
    words: list[str]
    sents: list[int]  # sentence number of each token
    events: list[GoldMention] = field(default_factory=list)
    entities: list[GoldMention] = field(default_factory=list)

    @property
    def text(self) -> str:
        out, prev = [], None
        for w, s in zip(self.words, self.sents):
            out.append(("\n" if s != prev and prev is not None else " " if prev is not None else "") + w)
            prev = s
        return "".join(out)


def find_data(arg: Optional[str]) -> Path:
    root = Path(arg) if arg else REPO.parent / "shared" / "data" / "ecbplus"
    if not (root / "ECB+").is_dir():
        sys.exit(
            f"ECB+ not found at {root}/ECB+ (expected ../shared/data/ecbplus next to the repo); "
            "pass --data DIR"
        )
    return root


def validated(root: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    with open(root / "ECBplus_coreference_sentences.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def read_doc(path: Path, keep: set[int]) -> EcbDoc:
    root = ET.parse(path).getroot()
    name = path.stem
    words, sents, tid = [], [], {}
    for tok in root.iter("token"):
        tid[tok.get("t_id")] = len(words)
        words.append(tok.text or "")
        sents.append(int(tok.get("sentence")))
    marks: dict[str, tuple[str, list[int]]] = {}
    for m in root.find("Markables"):
        anchors = [tid[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in tid]
        if anchors:
            marks[m.get("m_id")] = (m.tag, sorted(anchors))
    gold: dict[str, str] = {}
    rel = root.find("Relations")
    for r in rel if rel is not None else []:
        for s in r.findall("source"):
            if r.tag == "CROSS_DOC_COREF":
                gold[s.get("m_id")] = r.get("note")
            elif r.tag == "INTRA_DOC_COREF":
                gold[s.get("m_id")] = f"{name}:intra:{r.find('target').get('m_id')}"
    doc = EcbDoc(name, int(name.split("_")[0]), words, sents)
    for mid, (tag, toks) in marks.items():
        sent = sents[toks[0]]
        if sent not in keep:
            continue
        gm = GoldMention(f"{name}:{mid}", name, tag, toks, sent, gold.get(mid, f"{name}:{mid}"))
        if tag.startswith(EVENT_TAGS):
            doc.events.append(gm)
        elif tag.startswith(ENTITY_TAGS):
            doc.entities.append(gm)
    return doc


def load(root: Path, topics) -> list[EcbDoc]:
    keep = validated(root)
    docs = []
    for t in topics:
        folder = root / "ECB+" / str(t)
        if not folder.is_dir():
            continue
        for p in sorted(folder.glob("*.xml")):
            docs.append(read_doc(p, keep.get(p.stem, set())))
    return docs


def doc_years(docs: list[EcbDoc]) -> dict[str, Optional[int]]:
    """Document -> the year it is told in, as storyline's date extraction infers it from the
    text (a dateline, else the year it names most); None when it names none. Stories are told
    in one time: the document clustering reads this (``cluster_documents(years=...)``)."""
    out: dict[str, Optional[int]] = {}
    for d in docs:
        ref = infer_reference(d.text)
        out[d.name] = int(ref[:4]) if ref and ref[:4].isdigit() else None
    return out


# ---------------------------------------------------------------------------------- parsing


@dataclass
class Parsed:
    """What the bench keeps from spaCy for one validated sentence of one document."""

    lemma: dict  # token index -> lemma
    pos: dict  # token index -> POS
    ent: dict  # token index -> NER label ("" if none)
    head: dict  # event mention id -> head token index
    args: dict  # event mention id -> [(token index, role)]
    places: dict  # event mention id -> [token index] of "in/at" objects
    dates: dict  # event mention id -> DateRange | None


def _mention_head(span_toks, doc_sp):
    toks = [doc_sp[i] for i in span_toks]
    ids = set(span_toks)
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return (heads[0] if heads else toks[-1]).i


def parse(docs: list[EcbDoc]) -> dict[str, dict]:
    """Per document: spaCy over the validated sentences (gold tokens, gold sentence breaks),
    giving each event mention its head lemma, attached argument tokens, place tokens and date."""
    from spacy.tokens import Doc as SpDoc

    from storyline.extract.nlp import load as load_nlp

    nlp = load_nlp()
    jobs = []
    for d in docs:
        wanted = sorted({m.sent for m in d.events + d.entities})
        idx = [i for i, s in enumerate(d.sents) if s in set(wanted)]
        if not idx:
            continue
        words = [d.words[i] for i in idx]
        starts = [k == 0 or d.sents[idx[k]] != d.sents[idx[k - 1]] for k in range(len(idx))]
        sp = SpDoc(nlp.vocab, words=words, sent_starts=starts)
        jobs.append((d, idx, sp))
    out: dict[str, dict] = {}
    # the pipeline may run its lemmatizer on demand only: run it here over the few sentences
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" not in nlp.pipe_names else None
    for (d, idx, _), sp in zip(jobs, nlp.pipe((j[2] for j in jobs), batch_size=64)):
        if lemmatizer is not None:
            sp = lemmatizer(sp)
        local = {g: k for k, g in enumerate(idx)}  # doc token index -> spaCy index
        glob = {k: g for g, k in local.items()}
        # ECB+ gives no publication date, and a year guessed from the text (infer_reference) as
        # the anchor made "this year" and "next year" of one Oscars 2013 and 2014, and "July 24"
        # of one death 2004 and 2012, vetoing coreferent merges: a date is read as the text gives
        # it ("July 24" with an open year, "next year" not at all). Dev topics 1-35: event CoNLL
        # 78.1 -> 78.3 (dropping every date: 78.3; only the dates whose text names a year: 78.3)
        text = sp.text
        timexes = [t for t in find_timexes(text, None) if t.type in ("DATE", "TIME") and t.range_start]
        info = {"lemma": {}, "pos": {}, "ent": {}, "head": {}, "args": {}, "places": {}, "dates": {}}
        for k, tok in enumerate(sp):
            info["lemma"][glob[k]] = tok.lemma_.lower()
            info["pos"][glob[k]] = tok.pos_
            info["ent"][glob[k]] = tok.ent_type_
        info["antecedent"] = pronoun_antecedents(d, sp, local)
        info["described"] = described_names(sp, glob)
        for m in d.events:
            h = sp[_mention_head([local[i] for i in m.tokens], sp)]
            info["head"][m.id] = glob[h.i]
            args = [(a.i, role) for a, role in arguments(h)]
            # ECB+ triggers are any verb or noun: add plain subjects/objects of nouns and
            # adjectives, and the noun a nominal trigger modifies ("the shooting suspect")
            if h.pos_ != "VERB":
                args += [
                    (c.i, "agent") for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound")
                ]
                args += [
                    (o.i, "participant")
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
            if h.dep_ in ("dobj", "nsubjpass") and h.head.pos_ == "VERB":
                args += [(c.i, "agent") for c in h.head.children if c.dep_ == "nsubj"]
            info["args"][m.id] = [(glob[i], r) for i, r in args if i in glob]
            places = []
            for c in list(h.children) + ([c for c in h.head.children] if h.dep_ in ("xcomp", "dobj") else []):
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside", "on"):
                    places += [o.i for o in c.children if o.dep_ == "pobj"]
            info["places"][m.id] = [glob[i] for i in places if i in glob]
            sent = h.sent
            dated = [
                (t, sp.char_span(t.start, t.end, alignment_mode="expand"))
                for t in timexes
                if sent.start_char <= t.start < sent.end_char
            ]
            dated = [(t, s.root) for t, s in dated if s is not None]
            best = closest(h, dated)
            info["dates"][m.id] = (
                DateRange(best.range_start, best.range_end or best.range_start, best.text, best.value)
                if best
                else None
            )
        out[d.name] = info
    return out


# ---------------------------------------------------------------------------------- entities


def described_names(sp, glob: dict[int, int]) -> dict[str, Counter]:
    """Noun lemma -> the names the document describes by it: "actress Lindsay Lohan", "Lohan,
    the actress", "the software giant, Microsoft" (a compound or an apposition). A later "the
    actress" is that name when the document gives the word to one name only."""
    out: dict[str, Counter] = defaultdict(Counter)
    for t in sp:
        if t.pos_ != "PROPN" or t.head.pos_ == "PROPN" and t.head.i != t.i and t.dep_ == "compound":
            continue
        nouns = [c for c in t.children if c.pos_ == "NOUN" and c.dep_ in ("compound", "appos")]
        if t.dep_ == "appos" and t.head.pos_ == "NOUN":
            nouns.append(t.head)
        if not nouns:
            continue
        ent = next((e for e in sp.ents if e.start <= t.i < e.end), None)
        if ent is None or ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"):
            continue
        words = [re.sub(r"(?:['’]s?)$", "", x.text) for x in ent if x.pos_ == "PROPN"]
        name = " ".join(w for w in words if w)
        if not name:
            continue
        for n in nouns:
            out[token_lemma(n).lower()][name] += 1
    return out


PEOPLE_NOUNS = PERSON_NOUNS | ROLE_NOUNS | MALE_WORDS | FEMALE_WORDS


def pronoun_antecedents(d: EcbDoc, sp, local: dict[int, int]) -> dict[str, str]:
    """Pronoun gold mention id -> the gold mention the product's pronoun resolver
    (storyline.extract.pronouns) picks among the document's gold mentions, typed as the product
    would see them: by the NER, or a person by its head noun ("the man")."""
    at: dict[int, Mention] = {}
    for m in d.entities:
        toks = [local[i] for i in m.tokens if i in local]
        if not toks:
            continue
        head = sp[_mention_head(toks, sp)]
        ents = [sp[i].ent_type_ for i in toks if sp[i].ent_type_]
        etype = Counter(ents).most_common(1)[0][0] if ents else "OTHER"
        if etype == "OTHER" and head.lemma_.lower() in PEOPLE_NOUNS:
            etype = "PERSON"
        text = " ".join(sp[i].text for i in toks)
        mention = Mention(
            id=m.id, sent=m.sent, start=toks[0], end=toks[-1] + 1, text=text, type=etype, key=m.id
        )
        for i in toks:
            at.setdefault(i, mention)
    out = {}
    for m in d.entities:
        words = [d.words[i].lower() for i in m.tokens]
        if len(words) == 1 and words[0] in PRONOUNS and m.tokens[0] in local:
            ante = pronoun_antecedent(sp[local[m.tokens[0]]], lambda t: at.get(t.i))
            if ante is not None and ante.id != m.id:
                out[m.id] = ante.id
    return out


def entity_key(d: EcbDoc, m: GoldMention, p: dict, seen: frozenset = frozenset()) -> tuple[str, str]:
    """(key, type) for a gold entity mention, as the extract stage would key it: a name by its
    proper-noun tokens, a common noun by its head lemma, a pronoun by itself (never merged)."""
    toks = m.tokens
    lem = p["lemma"]
    props = [i for i in toks if p["pos"].get(i) == "PROPN"]
    ents = [p["ent"].get(i, "") for i in toks if p["ent"].get(i)]
    etype = Counter(ents).most_common(1)[0][0] if ents else "OTHER"
    if etype not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"):
        etype = "OTHER"
    noun = modified_noun(d, toks, props, p) if props and etype == "GPE" else None
    if noun is not None:  # "a Paris boutique", "Iran's southern area": the boutique, the area
        return lem.get(noun, d.words[noun].lower()), "OTHER"
    if props:
        return name_words(d, toks, props), etype
    words = [d.words[i].lower() for i in toks]
    if len(words) == 1 and words[0] in PRONOUNS:
        ante = p.get("antecedent", {}).get(m.id)
        if ante is not None and ante not in seen:
            by_id = {g.id: g for g in d.entities}
            return entity_key(d, by_id[ante], p, seen | {m.id})  # the antecedent's key
        return f"{m.id}", etype  # unique: a pronoun alone says nothing across documents
    content = [i for i in toks if p["pos"].get(i) in ("NOUN", "NUM", "ADJ")]
    head = content[-1] if content else toks[-1]
    noun = lem.get(head, d.words[head].lower())
    return noun, etype


def modified_noun(d: EcbDoc, toks: list[int], props: list[int], p: dict) -> Optional[int]:
    """The common noun a mention's leading place name modifies ("a Paris jewellery store",
    "Iran's southern area", "the Brooklyn mother of 12"): the mention is that thing, which the
    NER would not span as the place (the place alone is its own mention). None when the name
    stands alone or heads the mention. Only for places: a person's or a body's name before a
    noun ("the Mafia boss", "Colts coach") is, as often as not, how the story names the thing
    (ECB+ dev topics 1-35, entities: places 72.95 -> 73.05; with every name 72.70)."""
    at = toks.index(props[0])
    while at + 1 < len(toks) and toks[at + 1] in props:
        at += 1
    rest = toks[at + 1 :]
    while rest and (d.words[rest[0]] in ("'s", "'", "’s", "’") or p["pos"].get(rest[0]) == "ADJ"):
        rest = rest[1:]
    nouns = []
    for i in rest:
        if p["pos"].get(i) != "NOUN":
            break
        nouns.append(i)
    return nouns[-1] if nouns else None


def name_words(d: EcbDoc, toks: list[int], props: list[int]) -> str:
    """The name a mention gives, as the NER would span it: its first run of proper nouns
    ("the Gulf of Aden off Somalia" -> "Gulf", "Santa Rosa, California" -> "Santa Rosa"),
    without a possessive ("Lohan's" -> "Lohan") or quotes."""
    run = [props[0]]
    for i in toks[toks.index(props[0]) + 1 :]:
        if i != run[-1] + 1:
            break
        if i in props or d.words[i] == "of" and i + 1 in props:  # "Gulf of Aden"
            run.append(i)
        elif d.words[i] == "." and _ABBREVIATION.fullmatch(d.words[run[-1]]) and i + 1 in props:
            run.append(i)  # ECB+ splits "Mr. LaRue", "U.S.", "C." where spaCy keeps one token
        else:
            break
    words = [re.sub(r"^['‘’\"]+|(?:['’]s?|['‘’\"])+$", "", d.words[i]) for i in run]
    name = " ".join(w for w in words if w) or d.words[run[0]]
    return re.sub(r"\b([A-Za-z]{1,4}) \.(?: |$)", r"\1. ", name).replace(". .", ".").strip()


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,3}")


def document_names(keyed: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Short name -> (longer name, its type) within one document, as the extract stage keys
    them (storyline.extract.entities): a one-word name ("Obama", "Colts") stands for the longer
    name of the document ending with it ("Barack Obama", "Indianapolis Colts"), the most
    named when there are several."""
    named: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, str] = {}
    for key, etype in keyed:
        words = key.split()
        if len(words) >= 2 and words[0][:1].isupper():
            named[words[-1].lower()][key] += 1
            types.setdefault(key, etype)
    out = {}
    for key, _ in keyed:
        if " " not in key and key[:1].isupper() and key.lower() in named:
            names = named[key.lower()]
            best = max(names, key=lambda n: (names[n], len(n), n))
            out[key] = (best, types[best])
    return out


def time_values(d: EcbDoc) -> dict[str, str]:
    """TIME mention id -> the TimeML value storyline's date extraction gives it, when it names
    a calendar date with its year ("Dec. 5, 2008"): a time is keyed by when it is, not by its
    head word."""
    starts, pos = [], 0
    for k, w in enumerate(d.words):
        pos += k > 0  # the separator d.text puts between tokens (a space or a newline)
        starts.append(pos)
        pos += len(w)
    text = d.text
    # read without an anchor, as the event dates are: a year-less "Dec. 5" took the year guessed
    # from its text, a guess that may be another year the text names (dev entities 72.83 -> 72.89)
    timexes = [t for t in find_timexes(text, None) if t.range_start]
    out = {}
    for m in d.entities:
        if not m.tag.startswith("TIME"):
            continue
        lo, hi = starts[m.tokens[0]], starts[m.tokens[-1]] + len(d.words[m.tokens[-1]])
        hit = [t for t in timexes if t.start < hi and lo < t.end]
        if hit and hit[0].value[:4].isdigit():
            out[m.id] = "T" + hit[0].value
    return out


DESCRIBED_SHARE = DOMINANT  # the share resolve.entities asks of a surname's full name


def resolve_gold_entities(
    docs: list[EcbDoc], parsed: dict, doc_cluster: dict[str, str], topics: Optional[dict[str, str]] = None
) -> dict[str, str]:
    """Gold entity mention id -> predicted entity id, by storyline's entity merging run once per
    predicted document cluster (so that "police" in two stories stays two entities). With
    ``topics`` (coarser document clusters: document id -> group), the names are merged once more
    over each group, as the product merges names over its whole store: "Lindsay Lohan" of the
    story of her arrest is the one of her rehab story, while a common noun ("the police") stays
    inside its story, since the product never keys one across documents."""
    by_cluster: dict[str, list[Analysis]] = defaultdict(list)
    told: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for d in docs:
        p = parsed.get(d.name)
        if p is None:
            continue
        mentions = []
        keyed = [(m, *entity_key(d, m, p)) for m in d.entities]
        longer = document_names([(k, t) for _, k, t in keyed])
        days = time_values(d)
        for noun, names in parsed[d.name].get("described", {}).items():
            for n in names:
                told[doc_cluster[d.name]][noun][longer.get(n, (n, ""))[0]] += 1
        for m, key, etype in keyed:
            key, etype = longer.get(key, (key, etype))
            key = days.get(m.id, key)
            text = " ".join(d.words[i] for i in m.tokens)
            mentions.append(
                Mention(
                    id=m.id,
                    sent=m.sent,
                    start=m.tokens[0],
                    end=m.tokens[-1] + 1,
                    text=text,
                    type=etype,
                    key=key,
                )
            )
        doc = Document(id=d.name, source=d.name, original="", text="", offsets=OffsetMap.identity(0))
        by_cluster[doc_cluster[d.name]].append(Analysis(doc=doc, mentions=mentions))
    out: dict[str, str] = {}
    for cid, analyses in by_cluster.items():
        for a in analyses:
            for m in a.mentions:
                names = told[cid].get(m.key) if m.key.islower() else None
                if names:
                    best, n = names.most_common(1)[0]
                    if n >= DESCRIBED_SHARE * sum(names.values()):
                        m.key = best
        _, mention_entity = resolve_entities(analyses)
        out.update({m: f"{cid}|{e}" for m, e in mention_entity.items()})
    return out if topics is None else _join_names(out, by_cluster, topics)


def _join_names(
    out: dict[str, str], by_cluster: dict[str, list[Analysis]], topics: dict[str, str]
) -> dict[str, str]:
    """The stories' entities joined where their names merge over a topic (``topics``): names
    are the mentions keyed by a capitalised key (not a pronoun, a common noun or a date) that
    the NER typed, so that a headline's "Flaw" does not join two stories' flaws."""
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for analyses in by_cluster.values():
        for a in analyses:
            names = [
                m
                for m in a.mentions
                if m.key[:1].isupper() and not m.key[1:2].isdigit() and m.type != "OTHER"
            ]
            if names:
                groups[topics[a.doc.id]].append(Analysis(doc=a.doc, mentions=names))
    uf = UnionFind()
    for analyses in groups.values():
        first: dict[str, str] = {}  # topic entity -> the first story entity found in it
        for m, e in resolve_entities(analyses)[1].items():
            if m in out:
                uf.union(first.setdefault(e, out[m]), out[m])
    return {m: uf.find(e) for m, e in out.items()}


# ---------------------------------------------------------------------------------- events

_VERB_FORM: dict[str, str] = {}
# Words of an event that no suffix rule takes to its verb: "three dead", "his death" report the
# dying (ECB+ dev topics 1-35: +0.2 cross-document CoNLL)
IRREGULAR_VERBS = {"death": "die", "dead": "die"}


def verb_form(word: str) -> str:
    """The verb a trigger word is a form of, by the model's rule lemmatizer with POS forced to
    VERB ("shooting" -> "shoot", "injured" -> "injure"); the word itself when it is not a verb
    form. ``word`` is the model's lemma of the trigger."""
    w = word.lower()
    if w not in _VERB_FORM:
        from spacy.tokens import Doc as SpDoc

        from storyline.extract.nlp import load as load_nlp

        nlp = load_nlp()
        tok = SpDoc(nlp.vocab, words=[w], pos=["VERB"])[0]
        verb = nlp.get_pipe("lemmatizer").rule_lemmatize(tok)[0].lower() or w
        # headlines leave plurals and third persons unlemmatised ("Oscars", "kills"), so a final
        # "s" goes, except where it belongs to the word: "pass", "crisis", "famous", "news"
        keep = w.endswith(("ss", "is", "us")) or w == "news"
        verb = w if keep and verb == w[:-1] else verb
        _VERB_FORM[w] = IRREGULAR_VERBS.get(verb, verb)
    return _VERB_FORM[w]


def event_type(lemma: str, pos: str) -> str:
    return (VERB_TRIGGERS if pos == "VERB" else NOUN_TRIGGERS).get(lemma) or "EVENT"


def event_features(
    docs: list[EcbDoc],
    parsed: dict,
    ent_of: dict[str, str],
    doc_cluster: dict[str, str],
    use=frozenset({"args", "time", "place", "dc", "verbform"}),
) -> list[EventFeatures]:
    feats = []
    for d in docs:
        p = parsed.get(d.name)
        if p is None:
            continue
        tok_ent: dict[int, str] = {}
        for m in d.entities:
            for i in m.tokens:
                if m.id in ent_of:
                    tok_ent.setdefault(i, ent_of[m.id])
        for m in d.events:
            h = p["head"][m.id]
            lemma = p["lemma"].get(h, d.words[h].lower())
            if "verbform" in use:
                lemma = verb_form(lemma)
            parts = (
                frozenset(tok_ent[i] for i, _ in p["args"][m.id] if i in tok_ent)
                if "args" in use
                else frozenset()
            )
            etype = event_type(lemma, p["pos"].get(h, ""))
            place = (
                next((tok_ent[i] for i in p["places"][m.id] if i in tok_ent), None)
                if "place" in use
                else None
            )
            feats.append(
                EventFeatures(
                    id=m.id,
                    doc=d.name,
                    sent=m.sent,
                    type=etype,
                    lemma=lemma,
                    participants=parts,
                    date=p["dates"][m.id] if "time" in use else None,
                    location=place,
                    doc_cluster=doc_cluster[d.name] if "dc" in use else None,
                )
            )
    return feats


def lemma_baseline(feats: list[EventFeatures]) -> list[list[EventFeatures]]:
    groups: dict = defaultdict(list)
    for f in feats:
        groups[(f.doc_cluster, f.lemma)].append(f)
    return list(groups.values())


# ---------------------------------------------------------------------------------- scoring


def score(key_of: dict[str, str], clusters: list[list[str]], doc_of) -> dict:
    key: dict = defaultdict(list)
    for m, k in key_of.items():
        key[k].append(m)
    key = list(key.values())
    return {
        "within": evaluate(key, clusters, within_doc_of=doc_of),
        "cross": evaluate(key, clusters),
        "cross-nosingle": evaluate(key, clusters, singletons=False),
    }


def fmt_row(name: str, view: str, r) -> str:
    cells = []
    for s in (r.muc, r.b3, r.ceaf_e):
        cells += [f"{100 * s.precision:5.1f}", f"{100 * s.recall:5.1f}", f"{100 * s.f1:5.1f}"]
    return f"| {name:<34} | {view:<14} | " + " | ".join(cells) + f" | {100 * r.conll:5.1f} |"


HEADER = (
    "| system                             | view           |  MUC P |  MUC R | MUC F1 |   B³ P |   B³ R "
    "|  B³ F1 | CEAFe P | CEAFe R | CEAFe F1 | CoNLL |\n|" + "---|" * 12
)


def topic_of(mention_id: str) -> int:
    return int(mention_id.split("_")[0])


def subtopic_f1(doc_cluster: dict[str, str]) -> float:
    """Pairwise F1 of predicted same-cluster document pairs against the gold subtopics (a
    topic's ECB and ECB+ documents tell two different stories: "36_1ecb" vs "36_1ecbplus")."""
    from itertools import combinations

    story = {d: (topic_of(d), d.endswith("plus")) for d in doc_cluster}
    tp = fp = fn = 0
    for a, b in combinations(sorted(doc_cluster), 2):
        gold, pred = story[a] == story[b], doc_cluster[a] == doc_cluster[b]
        tp, fp, fn = tp + (gold and pred), fp + (pred and not gold), fn + (gold and not pred)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
