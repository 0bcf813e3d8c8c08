"""Who says a sentence of a quote when no verb of saying stands above its words: a quote the
parse hangs its own attribution under ('"That is not accurate and I don't think Robby has said
that, Jake," Kaine responded.'), a quote running on from the sentence before ('"I've heard it a
lot," he said. "It's not true, …"') or into the sentences after ('"The allegation is … That
is absolutely false. I was the national security advisor …," she said.'), and a transcript's
line ("Clinton: That is just not accurate."). The speaker is the subject of the verb of saying
right after the quote closes; none when the quote is no one's or the words are not in one.
"""

from __future__ import annotations

from typing import Optional

from storyline.extract import disputes
from storyline.extract.nlp import lemma

SAYING = disputes.ANSWER_VERBS | {"state", "explain", "continue", "tweet", "declare", "counter"}
AHEAD = 3  # how many sentences on a quote may close ('…," she said.')
NEAR = 4  # how many tokens after the closing mark the verb of saying may stand


def owner(tok):
    """The token naming who says the quote ``tok`` is in, or None."""
    sent = tok.sent
    label = _label(sent)
    if label is not None:
        return label
    marks = [t for t in sent if is_mark(t) and t.i < tok.i]
    if len(marks) % 2 == 0 and marks:
        return None  # a quote opened and closed before it: the word is the writer's
    opened = marks[-1] if marks else opened_before(sent)
    if opened is None and disputes._opening_quote(sent) is None:
        return None  # in no quote
    # the attribution after the quote closes, else the verb of saying it opens after
    # ('Rubio then said, "Apple … That is not accurate."'), else the sentence before's
    return (
        _closing_speaker(sent.doc, tok.i)
        or (_opening_speaker(opened) if opened is not None else None)
        or disputes.quote_speaker(sent)
    )


def is_mark(tok) -> bool:
    """A double quote mark: single ones are also apostrophes ("Democrats’")."""
    return tok.text in ('"', "“", "”", "``", "''")


def _label(sent):
    """ "Clinton: That is just not accurate.": a name and a colon opening the sentence, or
    making the sentence before when the parse splits them ("Clinton:" | "That is …")."""
    words = [t for t in sent if not t.is_space]
    if len(words) > 3 and words[0].pos_ == "PROPN" and words[1].text == ":":
        return words[0]
    if sent.start == 0:
        return None
    prev = [t for t in sent.doc[sent.start - 1].sent if not t.is_space]
    if 2 <= len(prev) <= 3 and prev[-1].text == ":" and all(t.pos_ == "PROPN" for t in prev[:-1]):
        return prev[-2]
    return None


def opened_before(sent):
    """The mark opening a quote still open when ``sent`` starts, in the few sentences before."""
    doc = sent.doc
    at = sent.start
    for _ in range(AHEAD):
        if at == 0:
            return None
        prev = doc[at - 1].sent
        marks = [t for t in prev if is_mark(t)]
        if marks:
            return marks[-1] if len(marks) % 2 == 1 else None
        at = prev.start
    return None


def _opening_speaker(mark):
    """The subject of the verb of saying just before a quote opens: 'Rubio then said, "…'."""
    for t in reversed(list(mark.sent.doc[mark.sent.start : mark.i])):
        if t.pos_ == "VERB" and lemma(t).lower() in SAYING:
            return next((c for c in t.children if c.dep_ == "nsubj"), None)
    return None


def _closing_speaker(doc, start: int) -> Optional[object]:
    """The subject of the verb of saying just after the quote that holds ``start`` closes,
    within this sentence or the next few ('…," she said.', '…," according to McCabe')."""
    last = doc[start].sent.end
    for _ in range(AHEAD):
        if last >= len(doc):
            break
        last = doc[last].sent.end
    close = next((t for t in doc[start:last] if is_mark(t)), None)
    if close is None:
        return None
    for t in doc[close.i + 1 : min(close.i + 1 + NEAR, len(doc))]:
        if is_mark(t):
            return None  # another quote opens: no attribution here
        if t.lower_ == "according" and t.i + 1 < len(doc) and t.nbor().lower_ == "to":
            return next((c for c in t.nbor().children if c.dep_ == "pobj"), None)
        if t.pos_ == "VERB" and lemma(t).lower() in SAYING:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i > close.i:
                return subj
            # '…," said Michael S.': the subject after its verb
            after = next((c for c in t.children if c.dep_ in ("nsubj", "dobj") and c.i > t.i), None)
            return after if after is not None and after.pos_ in ("PROPN", "NOUN") else None
    return None
