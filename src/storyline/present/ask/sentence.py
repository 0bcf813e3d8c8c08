"""A sentence found for a question, with how well it matches, and the article it sits in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from storyline.present.ask.match import unglue
from storyline.store.base import Store
from storyline.store.records import SentenceSpan


@dataclass
class Sentence:
    doc: str
    start: int
    end: int
    text: str
    outlet: Optional[str]
    published: Optional[str]
    title: Optional[str]
    names: float = 0.0  # share of the question's names it contains
    coverage: float = 0.0  # share of the question's other words it contains
    relaxed: float = 0.0  # ... not counting the day asked about (``Question.dated``)
    trigger: bool = False  # it contains the happening asked about
    loose: bool = False  # ... only through the question's other words
    score: float = 0.0
    before: str = ""  # the sentence before, when it holds what this one leaves to it

    def __post_init__(self) -> None:
        self.text = unglue(self.text)  # page furniture out of what is matched, parsed and cited

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc, self.start)

    @property
    def source(self) -> str:
        """How an answer names the article: its outlet, else its title (a scraped file has no
        outlet, and a reader cannot look up a hex id), else the document id."""
        if self.outlet:
            return self.outlet
        return f"\u201c{self.title}\u201d (document {self.doc})" if self.title else f"document {self.doc}"


def in_articles(
    store: Store, found: list[Sentence], most: int
) -> Iterator[tuple[Sentence, list[SentenceSpan], int]]:
    """Each sentence with its article's sentences and its place among them, reading at most
    ``most`` articles whole (a store read each; sentences of others are passed over)."""
    docs: dict[str, list[SentenceSpan]] = {}
    for s in found:
        if s.doc not in docs:
            if len(docs) >= most:
                continue
            docs[s.doc] = store.document(s.doc).sentences
        at = next((i for i, x in enumerate(docs[s.doc]) if x.start == s.start), None)
        if at is not None:
            yield s, docs[s.doc], at
