"""Cross-encoder mention-pair scorer for open-domain event coreference (benchmark use).

A transformer (the bench fine-tunes all-MiniLM-L6-v2's, loaded offline) reads the two mentions'
sentences at once, each with its trigger marked as plain text (``... the <m> shooting </m> of
...``); the head is a linear layer over [mean pooling, trigger A, trigger B, A * B] (the
triggers' word-piece vectors averaged) giving the logit that the two mentions corefer.

Only *candidate* pairs are read (``candidate_pairs``): two mentions of one story
(``EventFeatures.doc_cluster``) with the same lemma, or whose trigger vectors' cosine reaches a
cut, so that training and inference stay within minutes on a CPU. ``CrossEncoderPairModel``
plugs the scores into ``ecbplus_pair_model.cluster_by_context`` as a pair model: it takes a
``resolve.context.PairModel``'s probabilities and, for the candidate pairs, blends in the
cross-encoder's; average link (``resolve.context.cluster_by_context``) does the rest.

The pure-Python helpers (marking, windows, candidates) need nothing; ``CrossEncoder`` needs
torch and transformers (requirements-bench.txt), imported only when it is built.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

OPEN, CLOSE = "<m>", "</m>"


# ---------------------------------------------------------------------------------- text


def mark(words: Sequence[str], trigger: Iterable[int], width: int = 24) -> tuple[list[str], list[int]]:
    """The words of a sentence, cut to ``width`` words either side of the trigger, with the
    trigger (word positions ``trigger``) between ``<m>`` and ``</m>``; also the positions of the
    trigger words in the returned list."""
    pos = sorted(set(trigger)) or [0]
    a, z = pos[0], pos[-1]
    lo, hi = max(0, a - width), min(len(words), z + 1 + width)
    out, where = [], []
    for i in range(lo, hi):
        if i == a:
            out.append(OPEN)
        if i in pos:
            where.append(len(out))
        out.append(words[i])
        if i == z:
            out.append(CLOSE)
    return out, where


def marked_text(words: Sequence[str], trigger: Iterable[int], width: int = 24) -> str:
    return " ".join(mark(words, trigger, width)[0])


# ---------------------------------------------------------------------------------- pairs


def _unit(v) -> Optional[np.ndarray]:
    if v is None:
        return None
    v = np.asarray(v, dtype=np.float64)
    n = np.linalg.norm(v)
    return v / n if n else v


def is_candidate(a, b, cut: float = 0.5, vector: str = "trigger") -> bool:
    """Same story, and the same lemma or a cosine of ``vector`` of at least ``cut``."""
    story_a = a.doc_cluster if a.doc_cluster is not None else a.doc
    story_b = b.doc_cluster if b.doc_cluster is not None else b.doc
    if story_a != story_b:
        return False
    if a.lemma == b.lemma:
        return True
    va = _unit((getattr(a, "vectors", None) or {}).get(vector))
    vb = _unit((getattr(b, "vectors", None) or {}).get(vector))
    return va is not None and vb is not None and float(va @ vb) >= cut


def candidate_pairs(feats: list, cut: float = 0.5, vector: str = "trigger") -> list[tuple[str, str]]:
    """(id, id) for every candidate pair (``is_candidate``) among ``feats``, ids sorted."""
    groups: dict = defaultdict(list)
    for f in feats:
        groups[f.doc_cluster if f.doc_cluster is not None else f.doc].append(f)
    out = []
    for key in sorted(groups, key=str):
        g = sorted(groups[key], key=lambda f: f.id)
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                if is_candidate(g[i], g[j], cut, vector):
                    out.append((g[i].id, g[j].id))
    return out


def training_pairs(
    feats: list, gold: Mapping, cut: float = 0.5, vector: str = "trigger"
) -> tuple[list[tuple[str, str]], list[int]]:
    """Candidate pairs with their gold label (1: the same gold event)."""
    pairs = candidate_pairs(feats, cut, vector)
    return pairs, [int(gold[a] == gold[b]) for a, b in pairs]


# ---------------------------------------------------------------------------------- model


class CrossEncoder:
    """A transformer encoder + linear head over a marked mention pair. ``path``: a local
    Hugging Face model folder (config, tokenizer, weights); nothing is downloaded."""

    def __init__(self, path: str, max_length: int = 128, seed: int = 0, freeze: int = 0):
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(seed)
        self.path = str(path)
        self.max_length = max_length
        self.tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        self.encoder = AutoModel.from_pretrained(self.path, local_files_only=True)
        self.freeze = freeze
        if freeze:  # the embeddings and the ``freeze`` lowest layers stay as trained
            for p in self.encoder.embeddings.parameters():
                p.requires_grad = False
            for layer in self.encoder.encoder.layer[:freeze]:
                for p in layer.parameters():
                    p.requires_grad = False
        dim = self.encoder.config.hidden_size
        self.head = torch.nn.Linear(4 * dim, 1)
        torch.nn.init.normal_(self.head.weight, std=0.02)
        torch.nn.init.zeros_(self.head.bias)

    # -- inputs
    def _batch(self, items: Sequence[tuple]):
        """items: ((words_a, trigger_positions_a), (words_b, trigger_positions_b))."""
        import torch

        x = self.tokenizer(
            [a[0] for a, _ in items],
            [b[0] for _, b in items],
            is_split_into_words=True,
            truncation="longest_first",
            max_length=self.max_length,
            padding=True,
            return_tensors="pt",
        )
        n, t = x["input_ids"].shape
        ma, mb = torch.zeros(n, t), torch.zeros(n, t)
        for k, (a, b) in enumerate(items):
            wa, wb = set(a[1]), set(b[1])
            for p, (w, s) in enumerate(zip(x.word_ids(k), x.sequence_ids(k))):
                if w is None:
                    continue
                if s == 0 and w in wa:
                    ma[k, p] = 1
                elif s == 1 and w in wb:
                    mb[k, p] = 1
        return x, ma, mb

    def _logits(self, x, ma, mb):
        import torch

        h = self.encoder(**x).last_hidden_state
        att = x["attention_mask"].unsqueeze(-1).float()
        pooled = (h * att).sum(1) / att.sum(1)

        def span(m):
            m = m.unsqueeze(-1)
            s = m.sum(1)
            return torch.where(s > 0, (h * m).sum(1) / s.clamp(min=1), pooled)

        ta, tb = span(ma), span(mb)
        return self.head(torch.cat([pooled, ta, tb, ta * tb], -1)).squeeze(-1)

    # -- training / inference
    def fit(
        self,
        items: Sequence[tuple],
        labels: Sequence[int],
        epochs: int = 1,
        lr: float = 3e-5,
        head_lr: float = 1e-3,
        batch: int = 16,
        seed: int = 0,
        swap: bool = True,
        log: Optional[Callable[[str], None]] = None,
        budget_s: Optional[float] = None,
    ) -> dict:
        """Fine-tune on (item, label) pairs with AdamW and a linear decay after 10 % warm-up.
        Batches are drawn from length buckets (little padding); ``swap`` also shows each pair
        in the other order half of the time. Stops early after ``budget_s`` seconds."""
        import torch

        rng = random.Random(seed)
        order = list(range(len(items)))
        steps_per_epoch = math.ceil(len(order) / batch)
        total = max(1, steps_per_epoch * epochs)
        trainable = [p for p in self.encoder.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(
            [{"params": trainable, "lr": lr}, {"params": self.head.parameters(), "lr": head_lr}],
            weight_decay=0.01,
        )
        warm = max(1, total // 10)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
        )
        lossf = torch.nn.BCEWithLogitsLoss()
        size = [len(a[0]) + len(b[0]) for a, b in items]
        self.encoder.eval()  # no dropout: one short epoch, and ~2x faster on CPU
        t0, step, seen, run = time.time(), 0, 0, 0.0
        for ep in range(epochs):
            rng.shuffle(order)
            # buckets of 50 batches sorted by length, then the batches shuffled
            chunks = []
            for c in range(0, len(order), batch * 50):
                part = sorted(order[c : c + batch * 50], key=lambda i: size[i])
                chunks += [part[k : k + batch] for k in range(0, len(part), batch)]
            rng.shuffle(chunks)
            for idx in chunks:
                its = [(items[i][1], items[i][0]) if swap and rng.random() < 0.5 else items[i] for i in idx]
                x, ma, mb = self._batch(its)
                y = torch.tensor([float(labels[i]) for i in idx])
                loss = lossf(self._logits(x, ma, mb), y)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trainable + list(self.head.parameters()), 1.0)
                opt.step()
                sched.step()
                step += 1
                seen += len(idx)
                run = 0.98 * run + 0.02 * loss.item() if step > 1 else loss.item()
                if log and step % 50 == 0:
                    log(
                        f"epoch {ep + 1} step {step}/{total} loss {run:.3f} "
                        f"{seen / (time.time() - t0):.1f} pairs/s"
                    )
                if budget_s is not None and time.time() - t0 > budget_s:
                    break
            if budget_s is not None and time.time() - t0 > budget_s:
                break
        self.encoder.eval()
        return {"steps": step, "pairs": seen, "seconds": time.time() - t0}

    def predict(self, items: Sequence[tuple], batch: int = 64) -> np.ndarray:
        """Coreference probability of each item (in the given order)."""
        import torch

        self.encoder.eval()
        order = sorted(range(len(items)), key=lambda i: len(items[i][0][0]) + len(items[i][1][0]))
        out = np.zeros(len(items))
        with torch.inference_mode():
            for k in range(0, len(order), batch):
                idx = order[k : k + batch]
                x, ma, mb = self._batch([items[i] for i in idx])
                out[idx] = torch.sigmoid(self._logits(x, ma, mb)).numpy()
        return out

    def save(self, folder, meta: Optional[dict] = None) -> None:
        import torch

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.encoder.save_pretrained(folder)
        self.tokenizer.save_pretrained(folder)
        torch.save(self.head.state_dict(), folder / "head.pt")
        (folder / "cross_encoder.json").write_text(
            json.dumps({"max_length": self.max_length, "freeze": self.freeze, **(meta or {})}, indent=1)
        )

    @classmethod
    def load(cls, folder) -> CrossEncoder:
        import torch

        folder = Path(folder)
        meta = json.loads((folder / "cross_encoder.json").read_text())
        model = cls(str(folder), max_length=meta.get("max_length", 128), freeze=meta.get("freeze", 0))
        model.head.load_state_dict(torch.load(folder / "head.pt"))
        model.encoder.eval()
        return model


def saved_meta(folder) -> Optional[dict]:
    p = Path(folder) / "cross_encoder.json"
    return json.loads(p.read_text()) if p.is_file() else None


# ---------------------------------------------------------------------------------- clustering hook


@dataclass
class CrossEncoderPairModel:
    """A pair model for ``ecbplus_pair_model.cluster_by_context``: the ``base`` model's pair
    probabilities (an ``ecbplus_pair_model.PairModel``), where a candidate pair's is replaced by
    ``weight * cross-encoder + (1 - weight) * base``. ``score(pairs)`` returns the cross-encoder
    probabilities of a list of (id, id) pairs (e.g. ``CrossEncoder.predict`` over the mentions'
    marked sentences); results are cached, so re-clustering at another threshold is free."""

    base: object
    score: Callable[[list], Sequence[float]]
    threshold: float = 0.5
    weight: float = 1.0
    cut: float = 0.5
    vector: str = "trigger"
    cache: dict = field(default_factory=dict)

    def prefetch(self, pairs: list[tuple[str, str]]) -> None:
        todo = [p for p in pairs if p not in self.cache]
        if todo:
            self.cache.update(zip(todo, (float(s) for s in self.score(todo))))

    def probabilities(self, feats: list) -> np.ndarray:
        S = self.base.probabilities(feats) if self.base is not None else np.eye(len(feats))
        pairs, where = [], []
        for i in range(len(feats)):
            for j in range(i + 1, len(feats)):
                if is_candidate(feats[i], feats[j], self.cut, self.vector):
                    a, b = feats[i].id, feats[j].id
                    pairs.append((a, b) if a <= b else (b, a))
                    where.append((i, j))
        self.prefetch(pairs)
        for p, (i, j) in zip(pairs, where):
            s = self.weight * self.cache[p] + (1 - self.weight) * S[i, j]
            S[i, j] = S[j, i] = s
        return S


__all__ = [
    "CLOSE",
    "OPEN",
    "CrossEncoder",
    "CrossEncoderPairModel",
    "candidate_pairs",
    "is_candidate",
    "mark",
    "marked_text",
    "saved_meta",
    "training_pairs",
]
