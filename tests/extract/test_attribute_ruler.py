"""The attribute ruler's patterns tested on token arrays find exactly what spaCy's Matcher finds."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import spacy
from spacy.pipeline import AttributeRuler
from tests.conftest import shared_path

from storyline.extract import nlp
from storyline.extract.attribute_ruler import compile_ruler


def test_same_matches_as_spacy_on_real_articles():
    src = shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    with gzip.open(src, "rt") as fh:
        texts = [json.loads(line)["content_original"] for line in islice(fh, 40)]
    model = nlp.load()
    ruler = model.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    assert fast is not None
    with model.select_pipes(disable=["attribute_ruler", "ner"]):
        docs = list(model.pipe(texts))
    n = 0
    for doc in docs:
        expected = sorted(set(AttributeRuler.match(ruler, doc)))  # spaCy's own Matcher
        assert fast(doc) == expected
        n += len(expected)
    assert n > 10_000  # every token's tag is matched: the comparison covered real matches


def test_tokens_get_the_attributes_spacy_gives_them():
    text = (
        "Y'all ain't seen nothin' yet, she said. There were 3 cats and the dog's owner didn't"
        " care.\n\nIt's that one, which they'd sold to him."
    )
    ours = nlp.load()(text)
    bare = spacy.load(nlp.MODEL, exclude=["lemmatizer"])(text)
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in ours] == [
        (t.pos_, str(t.morph), t.lemma_, t.tag_) for t in bare
    ]


def test_a_pattern_beyond_the_simple_tests_keeps_spacys_matcher():
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"LOWER": "a"}, {"IS_ALPHA": True, "OP": "+"}]], {"LEMMA": "x"})
    assert compile_ruler(ruler) is None
