"""Sentences parsed by the product's spaCy pipeline, kept between questions."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from storyline.extract import nlp

_parsed: dict[str, Doc] = {}


CACHE = 2000  # parsed sentences kept between questions (a server answers many about one story)


def prefetch(texts: Sequence[str]) -> None:
    """Parse sentences in one batch (several times faster than one by one) into the cache."""
    todo = list(dict.fromkeys(t for t in texts if t not in _parsed))
    if len(_parsed) + len(todo) > CACHE:
        _parsed.clear()
    for text, doc in zip(todo, nlp.pipe(todo)):
        _parsed[text] = doc


def parse(text: str) -> Doc:
    if text not in _parsed:
        prefetch([text])
    return _parsed[text]
