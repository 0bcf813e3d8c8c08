"""Who a sentence attributes its report to: "according to the Post", "told Reuters",
"three officials said", "the Times reported"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from storyline.extract import lexicon
from storyline.extract.nlp import lemma
from storyline.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REPORT_VERBS = {
    "say",
    "tell",
    "report",
    "write",
    "state",
    "add",
    "note",
    "claim",
    "allege",
    "describe",
    "confirm",
    "learn",
    "reveal",
    "disclose",
    "brief",
    "indicate",
}
# Heads of anonymous sources: "three officials said", "people familiar with the matter told".
SOURCE_NOUNS = {
    "official",
    "source",
    "people",
    "person",
    "associate",
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "report",
    "document",
    "record",
    "filing",
    "statement",
    "investigator",
    "diplomat",
    "officer",
    "witness",
    "colleague",
    "friend",
    "insider",
    "staffer",
    "employee",
    "executive",
    "newspaper",
    "paper",
    "outlet",
    "agency",
    "intercept",
    "account",
    "memo",
}
# A source phrase that is only a pronoun names no one new: subject forms, plus "it" (an agency,
# a report) and relatives ("who said", "which reported"), as sources head reporting clauses.
_PRONOUNS = lexicon.SUBJECT_FORMS | {"it"} | lexicon.RELATIVE


def phrase(tok: Token, mention_at: Callable[[Token], Optional[Mention]], max_tokens: int = 12) -> str:
    """The noun phrase headed by ``tok``, as its canonical entity name where it is one."""
    m = mention_at(tok)
    if m is not None:
        return m.key
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            skip |= {x.i for x in t.subtree}
    idx = [t.i for t in tok.subtree if t.i not in skip]
    lo, hi = min(idx), max(idx)
    if hi - lo >= max_tokens:
        lo, hi = max(lo, tok.i - max_tokens + 1), tok.i
    return tok.doc[lo : hi + 1].text


def sources(sent: Span, mention_at: Callable[[Token], Optional[Mention]]) -> list[str]:
    """Attributions in one spaCy sentence, most explicit first, without duplicates."""
    found: list[str] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"] or [
                c for c in tok.children if c.dep_ == "pobj"
            ]
            found += [phrase(o, mention_at) for o in objs]
        elif tok.pos_ == "VERB" and lemma(tok) in REPORT_VERBS:
            for c in tok.children:
                if c.dep_ == "nsubj" and (mention_at(c) is not None or lemma(c).lower() in SOURCE_NOUNS):
                    found.append(phrase(c, mention_at))
                if lemma(tok) == "tell" and c.dep_ in ("dobj", "dative") and mention_at(c) is not None:
                    found.append(phrase(c, mention_at))
            for c in tok.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and lemma(tok) in ("describe", "confirm", "reveal", "disclose")
                ):
                    found += [phrase(o, mention_at) for o in c.children if o.dep_ == "pobj"]
    seen, out = set(), []
    for f in found:
        f = f.strip(" ,")
        if f and f.lower() not in seen and f.lower() not in _PRONOUNS:
            seen.add(f.lower())
            out.append(f)
    return out
