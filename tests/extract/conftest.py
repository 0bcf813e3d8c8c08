"""Hand-built spaCy docs for the extract tests: words, lemmas, tags and a dependency parse
written out, so a rule is tested on exactly the structure it reads, without the model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.extract.context import DocContext
from storyline.model import Document, Mention, OffsetMap

# Universal features the model gives each Penn tag (what factuality reads for tense).
TAG_MORPH = {
    "VBD": "Tense=Past|VerbForm=Fin",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
    "VBN": "Aspect=Perf|Tense=Past|VerbForm=Part",
    "VBG": "Aspect=Prog|Tense=Pres|VerbForm=Part",
    "MD": "VerbForm=Fin",
    "NNS": "Number=Plur",
    "NN": "Number=Sing",
    "NNP": "Number=Sing",
}
_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, punctuation); no model


def build(spec: str) -> Doc:
    """A parsed Doc from 'word|lemma|POS|TAG|dep|head ...' (head: absolute token index)."""
    rows = [t.split("|") for t in spec.split()]
    words, lemmas, pos, tags, deps, heads = (list(col) for col in zip(*rows))
    return Doc(
        _VOCAB,
        words=words,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=[int(h) for h in heads],
        morphs=[TAG_MORPH.get(t, "") for t in tags],
    )


def token(doc: Doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def context(doc: Doc, people=(), places=(), doc_id: str = "d", orgs=()):
    """A DocContext over a hand-built doc; ``people``/``places``/``orgs`` name its mentions."""
    text = doc.text
    document = Document(
        id=doc_id, source="test", original=text, text=text, offsets=OffsetMap.identity(len(text))
    )
    mentions = []
    for kind, names in (("PERSON", people), ("GPE", places), ("ORG", orgs)):
        for name in names:
            tok = token(doc, name)
            mentions.append(
                Mention(f"{doc_id}:m{len(mentions)}", 0, tok.idx, tok.idx + len(tok), name, kind, name)
            )
    return DocContext(document, doc, mentions, [])
