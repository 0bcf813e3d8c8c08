"""ECB+ benchmark: cross-document event and entity coreference over gold mentions.

    python bench/ecbplus.py [--data DIR] [--split dev|test|both] [--ablations] [--topics 36,37]
                            [--no-context] [--context-threshold 0.3] [--encoder mpnet|minilm]
                            [--dev cv|holdout] [--doc-terms mixed|names|words] [--summary FILE]
                            [--cross-encoder [--retrain] [--ce-threshold 0.4]]

Reads ../shared/data/ecbplus/ECB+/<topic>/*.xml (relative to the repo root). Each document's
text is rebuilt from its tokens. Mentions: the gold ACTION_*/NEG_ACTION_* mentions are events;
HUMAN_*, NON_HUMAN_*, LOC_*, TIME_* mentions are entities; only mentions in the validated
sentences (ECBplus_coreference_sentences.csv) count, as in the literature. Gold clusters: the
CROSS_DOC_COREF instance, else the INTRA_DOC_COREF chain, else a singleton.

Everything else is predicted by storyline:
  * documents about the same story: bench/ecbplus_doc_clusters.py over names and numbers
    mixed with all words (--doc-terms)
    (TF-IDF, average link), two documents told in different years (infer_reference) 0.06 less
    alike, a story whose two halves are told in two different years cut in two; no gold topic
    or subtopic is used;
  * entity coreference: storyline.resolve.entities.resolve_entities over Mention objects built
    from the gold entity mentions, one call per predicted document cluster;
  * event features: head lemma and parse from spaCy (storyline.extract.nlp), participants = the
    gold entity mentions attached to the trigger (storyline.extract.events.arguments plus
    nominal subjects/objects), mapped to the *predicted* entity ids; time = the closest
    find_timexes date in the sentence, read without an anchor (no publication date); place =
    a predicted entity attached by "in/at";
  * event coreference: storyline.resolve.events.cluster_events (imported, the pipeline's code)
    with the Params tuned on topics 1-35;
  * mention context (default; --no-context skips it): vectors of the trigger in its sentence,
    the sentence, a +-3-word window and the bare lemma from all-mpnet-base-v2 (five PyPI part
    packages, reassembled offline into .cache/; --encoder minilm: all-MiniLM-L6-v2), plus the
    document's TF-IDF vector, go into VecFeatures.vectors; a pairwise logistic regression
    (bench/ecbplus_pair_model.py, fit_pair_model) scores mention pairs and cluster_by_context
    merges them by average link (research only: the product runs cluster_events alone). Dev: 5-fold
    cross-validation over topics 1-35 (folds of whole topics), where the settings were chosen;
    --dev holdout: trained on 1-22, scored on 23-35. Test: trained on 1-35. Needs
    requirements-bench.txt (make bench-deps).
  * --cross-encoder (opt-in, not kept: below the context model on dev; needs --dev holdout):
    all-MiniLM-L6-v2 fine-tuned as a mention-pair cross-encoder (bench/ecbplus_cross_encoder.py)
    on candidate pairs of topics 1-22, cached in .cache/ecbplus-cross-encoder/ (trained when
    missing or with --retrain, ~23 min on 2 cores), blended into the context model's pair
    probabilities.

Scores: MUC, B³, CEAF-e and CoNLL F1, within-document (clusters cut at document boundaries) and
cross-document (all documents of the split as one meta-document, Barhom et al. 2019, Cattan et
al. 2021), with and without singletons. Dev = topics 1-35, test = topics 36-45. --summary FILE
writes the headline rows as JSON for bench/eval.py (`make eval`).
"""

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ecbplus_context import (  # noqa: E402
    CE_CUT,
    CE_DIR,
    CE_THRESHOLD,
    CE_WEIGHT,
    DEFAULT_ENCODER,
    ENCODERS,
    VECTORS,
    attach_vectors,
    cross_encoder_scorer,
    embed_mentions,
    load_encoder,
    mention_sentences,
)
from ecbplus_corpus import (  # noqa: E402
    DEV,
    HEADER,
    REPO,
    TEST,
    EcbDoc,
    doc_years,
    event_features,
    find_data,
    fmt_row,
    lemma_baseline,
    load,
    parse,
    resolve_gold_entities,
    score,
    subtopic_f1,
    topic_of,
)
from ecbplus_doc_clusters import cluster_documents  # noqa: E402
from ecbplus_pair_model import cluster_by_context, describe, fit_pair_model  # noqa: E402
from storyline.resolve.events import Params, cluster_events  # noqa: E402

CONTEXT_THRESHOLD = 0.3  # average-link stop, tuned by 5-fold cross-validation over topics 1-35
CV_FOLDS = 5
PAIR_L2 = 10.0  # the pair model's L2 penalty, tuned by the same cross-validation
HOLDOUT_TRAIN = set(range(1, 23))  # --dev holdout: train on 1-22, score 23-35

CONTEXT_ABLATIONS = (
    ("- trigger/sentence/window vectors", ("trigger", "sentence", "window")),
    ("- lemma vector", ("lemma",)),
    ("- document vector", ("doc",)),
    ("- lemma statistics", ("lemma_prior", "pair_prior", "pair_seen")),
    ("- participants", ("shared_participant", "participant_conflict")),
    ("- dates", ("date_conflict",)),
)


# ---------------------------------------------------------------------------------- main

# Tuned on topics 1-35 (see docs/benchmarks.md). Event coreference runs with the pipeline's
# own defaults, Params(): no setting of its own here.
DOC_THRESHOLD = 0.2
# Names merge over coarser groups of documents, about one topic each (entities dev 72.2 -> 72.7;
# 0.1: 72.5, 0.03: 72.7; names over the whole split, mixing topics: 69.6)
TOPIC_THRESHOLD = 0.05
DOC_TERMS = "mixed"
PRODUCT = Params()


def run_split(
    name: str,
    docs: list[EcbDoc],
    parsed: dict,
    params: Params,
    ablations: bool,
    doc_threshold: float,
    context: Optional[dict] = None,
    doc_terms: str = DOC_TERMS,
    results: Optional[dict] = None,
) -> list[str]:
    """Score one split; the table's rows. ``context`` (optional): {"vectors": mention id ->
    vectors, "lemmas": lemma -> vector, "fit": (all features, features scored, dropped feature
    names) -> [(PairModel, the features it clusters)], "eval_topics": topics scored (None: all),
    "cross_encoder": (id, id) pairs -> probabilities or None, "ce_threshold"}. ``results``, when
    given, receives {(system, view): Scores}."""
    results = {} if results is None else results
    doc_of = lambda m: m.split(":")[0]  # noqa: E731
    t0 = time.time()
    doc_cluster = cluster_documents(
        {d.name: d.text for d in docs}, threshold=doc_threshold, terms=doc_terms, years=doc_years(docs)
    )
    topics = cluster_documents({d.name: d.text for d in docs}, threshold=TOPIC_THRESHOLD, terms=doc_terms)
    ent_of = resolve_gold_entities(docs, parsed, doc_cluster, topics)
    rows = []
    keep = (context or {}).get("eval_topics")
    in_eval = (lambda mid: True) if keep is None else (lambda mid: topic_of(mid) in keep)  # noqa: E731
    ev_key = {m.id: m.gold for d in docs for m in d.events if in_eval(m.id)}
    en_key = {m.id: m.gold for d in docs for m in d.entities if in_eval(m.id)}
    n_dc = len(set(doc_cluster.values()))
    n_docs = sum(1 for d in docs if in_eval(d.name))
    rows.append(
        f"\n{name}: {n_docs} documents scored, {n_dc} predicted document clusters "
        f"(pairwise F1 against the gold subtopics {subtopic_f1(doc_cluster):.2f}), "
        f"{len(ev_key)} event mentions / {len(set(ev_key.values()))} gold events, "
        f"{len(en_key)} entity mentions / {len(set(en_key.values()))} gold entities\n"
    )
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
        systems.append(("events: storyline + context", cluster_parts(parts)))
        ce = context.get("cross_encoder")
        if ce is not None:
            from ecbplus_cross_encoder import CrossEncoderPairModel, candidate_pairs

            wrap = lambda m: CrossEncoderPairModel(  # noqa: E731
                base=m,
                score=ce,
                threshold=context.get("ce_threshold", CE_THRESHOLD),
                weight=CE_WEIGHT,
                cut=CE_CUT,
            )
            t1 = time.time()
            pairs = candidate_pairs(efeats, CE_CUT)
            ce(pairs)  # one batched pass; cluster_events then reads the cache
            rows.insert(
                2,
                f"cross-encoder: {len(pairs)} candidate pairs scored in {time.time() - t1:.0f} s; "
                f"threshold {context.get('ce_threshold', CE_THRESHOLD)}, weight {CE_WEIGHT}\n",
            )
            systems.append(
                (
                    "events: storyline + cross-encoder",
                    cluster_parts([(wrap(m), pf) for m, pf in parts]),
                )
            )
        if ablations:
            for label, drop in CONTEXT_ABLATIONS:
                systems.append(
                    (f"events: context {label}", cluster_parts(context["fit"](vfeats, efeats, drop)))
                )
    if ablations:
        full = {"args", "time", "place", "dc", "verbform"}
        for drop in ("verbform", "time", "dc"):
            f2 = event_features(docs, parsed, ent_of, doc_cluster, use=frozenset(full - {drop}))
            systems.append((f"events: storyline - {drop}", cluster_events(f2, params)))
        systems.append(("events: storyline - synonyms", cluster_events(feats, replace(params, related=None))))
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


def cluster_parts(parts: list) -> list:
    """Events of each (pair model, mentions) part: a fold's model clusters that fold's mentions."""
    return [c for model, feats in parts for c in cluster_by_context(feats, model)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--topics", help="comma-separated topics instead of the splits (smoke test)")
    ap.add_argument("--ablations", action="store_true")
    ap.add_argument("--doc-threshold", type=float, default=DOC_THRESHOLD)
    ap.add_argument(
        "--no-context", action="store_true", help="skip the mention-context model (no torch needed)"
    )
    ap.add_argument("--context-threshold", type=float, default=CONTEXT_THRESHOLD)
    ap.add_argument("--l2", type=float, default=PAIR_L2, help="L2 penalty of the pair model's regression")
    ap.add_argument(
        "--encoder",
        choices=sorted(ENCODERS),
        default=DEFAULT_ENCODER,
        help="sentence encoder for the mention context (default: mpnet = all-mpnet-base-v2)",
    )
    ap.add_argument(
        "--dev",
        choices=("cv", "holdout"),
        default="cv",
        help="dev scoring: 5-fold cross-validation over topics 1-35 (default) or train 1-22 / score 23-35",
    )
    ap.add_argument(
        "--doc-terms",
        choices=("mixed", "names", "words"),
        default=DOC_TERMS,
        help="vocabulary of the document clustering (default: names and numbers, 0.7, mixed with all words, 0.3)",
    )
    ap.add_argument("--summary", metavar="FILE", help="write the headline rows as JSON (bench/eval.py)")
    ap.add_argument(
        "--cross-encoder",
        action="store_true",
        help="also score the fine-tuned MiniLM cross-encoder (trained on topics 1-22 when "
        f"{CE_DIR.relative_to(REPO)}/ is missing, ~23 min on 2 cores)",
    )
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
        print(
            f"{name}: parsed {sum(len(p['lemma']) for p in parsed.values())} tokens in {time.time() - t1:.1f} s",
            file=sys.stderr,
        )
        results: dict = {}
        print(
            "\n".join(
                run_split(
                    name,
                    docs,
                    parsed,
                    PRODUCT,
                    args.ablations,
                    args.doc_threshold,
                    doc_terms=args.doc_terms,
                    results=results,
                )
            )
        )
        summary += summary_rows(key, results, args)
    print(f"\ntotal {time.time() - t0:.1f} s")
    return summary


def main_context(root: Path, args) -> list[dict]:
    """Dev and test with the mention-context model. Dev: 5-fold cross-validation over topics 1-35
    (folds of whole topics; each fold scored by a model trained on the other four), or with
    ``--dev holdout`` trained on 1-22 and scored on 23-35. Test: trained on 1-35, scored on
    36-45. Returns the summary rows."""
    if args.cross_encoder and args.dev != "holdout":
        sys.exit("bench/ecbplus.py: --cross-encoder is trained on topics 1-22: use it with --dev holdout")
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
    dc = cluster_documents(
        {d.name: d.text for d in dev_docs},
        threshold=args.doc_threshold,
        terms=args.doc_terms,
        years=doc_years(dev_docs),
    )
    topics = cluster_documents(
        {d.name: d.text for d in dev_docs}, threshold=TOPIC_THRESHOLD, terms=args.doc_terms
    )
    dev_feats = event_features(
        dev_docs, dev_parsed, resolve_gold_entities(dev_docs, dev_parsed, dc, topics), dc
    )
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
        return fit_pair_model(
            train, gold, VECTORS, args.context_threshold, drop, l2=args.l2, fold_of=by_topic
        )

    def fit_cv(vfeats, efeats, drop):  # 5 folds of whole dev topics
        topics = sorted({by_topic(f) for f in vfeats})
        folds = [set(topics[k::CV_FOLDS]) for k in range(CV_FOLDS)]
        return [
            (
                fit([f for f in vfeats if by_topic(f) not in held], drop),
                [f for f in efeats if by_topic(f) in held],
            )
            for held in folds
        ]

    def fit_holdout(vfeats, efeats, drop):  # topics 1-22 of the dev split itself
        return [(fit([f for f in vfeats if by_topic(f) in HOLDOUT_TRAIN], drop), efeats)]

    def fit_test(_vfeats, efeats, drop):  # all of dev, for test
        return [(fit(dev_vfeats, drop), efeats)]

    ce_score = None
    if args.cross_encoder:
        ce_score = cross_encoder_scorer(
            mention_sentences(dev_docs + splits["test"][0]), dev_feats, gold, args.retrain
        )
    runs = []
    if args.split in ("dev", "both"):
        if args.dev == "cv":
            runs.append(
                (
                    f"dev ({CV_FOLDS}-fold cross-validation over topics 1-35, folds of whole topics)",
                    "dev",
                    {"fit": fit_cv, "eval_topics": None},
                )
            )
        else:
            runs.append(
                (
                    "dev held-out (trained on topics 1-22, scored on 23-35)",
                    "dev",
                    {"fit": fit_holdout, "eval_topics": set(range(23, 36))},
                )
            )
    if args.split in ("test", "both"):
        runs.append(("test (topics 36-45; trained on 1-35)", "test", {"fit": fit_test, "eval_topics": None}))
    summary = []
    for name, key, ctx in runs:
        docs, parsed = splits[key]
        ctx.update(vectors=vectors, lemmas=lemma_vecs, cross_encoder=ce_score, ce_threshold=args.ce_threshold)
        results: dict = {}
        print(
            "\n".join(
                run_split(
                    name,
                    docs,
                    parsed,
                    PRODUCT,
                    args.ablations,
                    args.doc_threshold,
                    ctx,
                    args.doc_terms,
                    results,
                )
            ),
            flush=True,
        )
        summary += summary_rows(key, results, args)
    print(f"\ntotal {time.time() - t0:.1f} s")
    return summary


REFERENCES = {
    "events": (
        79.5,
        "Barhom et al. 2019 (neural, GPU), predicted topics; best published 86.7 (Min et al. 2024)",
    ),
    "entities": (None, "no reference checked here"),
}


def summary_rows(split: str, results: dict, args) -> list[dict]:
    """Headline rows for bench/eval.py: CoNLL F1 of the context system and the entities."""
    command = "python bench/ecbplus.py" + (
        "" if args.encoder == DEFAULT_ENCODER else f" --encoder {args.encoder}"
    )
    if args.no_context or args.topics:
        command += " --no-context" + (f" --topics {args.topics}" if args.topics else "")
    where = {"test": "test topics 36-45", "dev": f"dev topics 1-35 ({args.dev})"}.get(
        split, f"topics {args.topics}"
    )
    rows = []
    systems = [
        ("events: storyline", "events (the pipeline's defaults)", "events"),
        ("events: storyline + context", "events, research context model (not in the product)", None),
        ("events: lemma baseline", "events, lemma baseline", None),
        ("entities: storyline", "entities", "entities"),
    ]
    for system, label, ref in systems:
        for view in ("cross",) if split == "dev" or ref is None else ("cross", "within"):
            r = results.get((system, view))
            if r is None:
                continue
            refv, src = REFERENCES[ref] if ref and view == "cross" and split == "test" else (None, "")
            rows.append(
                {
                    "benchmark": "ECB+ coreference (gold mentions)",
                    "metric": f"{label} CoNLL F1, {view}-document, {where}",
                    "ours": round(100 * r.conll, 2),
                    "reference": refv,
                    "reference_source": src,
                    "command": command,
                }
            )
    return rows


if __name__ == "__main__":
    main()
