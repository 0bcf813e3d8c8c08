"""Where: the place (or organisation, occasion) the happening was at in a sentence."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from storyline.extract import nlp
from storyline.present.ask.clues import Clues
from storyline.present.ask.spans import _distance, _new, _quoted, inside, with_article

PLACE_LABELS = ("FAC", "GPE", "LOC")


PLACE_KINDS = ("office", "hotel", "airport", "headquarters", "home")


# the last word of a place's name ("Emancipation Park", "Lafayette Square")
PLACE_NAMES = {"Park", "Square", "Hall", "Plaza", "Street", "Avenue", "Boulevard", "Bridge", "Stadium",
               "Arena", "Center", "Centre", "Garden", "Gardens", "Palace", "Airport", "Hotel", "Church",
               "Cathedral", "Museum", "Library", "Building", "Courthouse", "Memorial", "Mall"}  # fmt: skip


ABSTRACT = {"history", "politics", "era", "life", "times", "memory", "culture", "society"}


PLACE_PREPS = ("at", "in", "on", "outside", "inside", "near", "from")


NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON", "NORP"}


# what one may be at, unnamed: "at a tech industry conference", "during a rally"
OCCASIONS = {
    "conference", "summit", "rally", "meeting", "hearing", "event", "festival", "convention", "forum",
    "ceremony", "briefing", "fundraiser", "dinner", "luncheon", "breakfast", "gala", "town hall", "speech",
}  # fmt: skip


# "Sen. Tom Cotton, R-Ark., said on NBC", "Joe Manchin (D-W.Va.)": a party and state, no place
PARTY_STATE = re.compile(r"\b[RDI]-$")


def _describes(span: Span) -> bool:
    """A place that only qualifies a person or thing ("the US Attorney", "a Russian official"),
    not where something was; "the Phoenix airport" is a place."""
    head = span.root.head
    return (
        span.root.dep_ in ("compound", "amod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in PLACE_KINDS
        and head.ent_type_ not in ("DATE", "TIME")  # "said on NBC Sunday": a day, not a thing NBC's
        and head.i >= span.end
    )


def _attached(span: Span, verbs: list[int]) -> bool:
    """Is the span the object of a preposition that hangs on one of the verbs?"""
    head = span.root.head
    return span.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in verbs


def _with_state(doc: Doc, best: Span) -> str:
    """ "Alexandria, Virginia"; "the Phoenix airport": a place with its state, or its kind."""
    state = next((e for e in doc.ents if e.start == best.end + 1 and e.label_ == "GPE"), None)
    if state is not None and doc[best.end].text == ",":
        best = doc[best.start : state.end]
    after = doc[best.end] if best.end < len(doc) else None
    if after is not None and after.lower_ in PLACE_KINDS:
        return str(doc[best.start : best.end + 1].text)
    return str(best.text)


SAYING = {"say", "tell", "testify", "state", "describe", "call", "add"}


def _said_at(doc: Doc) -> Optional[Span]:
    """The occasion words were said at: "told a Senate hearing that he felt", "said at a news
    conference", "a congressional hearing last week in which he said he was ..."."""
    for v in doc:
        if v.pos_ != "VERB" or nlp.lemma(v).lower() not in SAYING:
            continue
        heard = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        heard += [
            g
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("at", "during", "before")
            for g in c.children
        ]
        # (the verb in a clause "in which" / "at which" / "where" on the occasion)
        if v.dep_ == "relcl" and any(
            c.lower_ == "where" or c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
            for c in v.children
        ):
            heard.append(v.head)
        for n in heard:
            if n.pos_ == "NOUN" and nlp.lemma(n).lower() in OCCASIONS:
                begin = next(t.i for t in n.subtree if t.dep_ not in ("det", "poss"))
                return doc[begin : n.i + 1]
    return None


def _where(cl: Clues, prep: Optional[str], says: Optional[str] = None) -> Optional[tuple[str, float]]:
    """A place (or an organisation, an occasion) the happening was at; ``says``: where words
    were said ("where did Comey say he was mildly nauseous")."""
    doc, sentence, verb_pos = cl.doc, cl.sentence, cl.verb_pos
    if says and not cl.trig_pos:
        occasion = _said_at(doc)
        if occasion is not None:
            return str(occasion.text), 0.7
    cands = _places(cl)
    if prep:  # "where is Fields from": the place after "from" ("from a trip to Germany")
        after = [
            e
            for e in cands
            if e.start > 0
            and (
                doc[e.start - 1].lower_ == prep
                or any(a.lower_ == prep and a.dep_ == "prep" and e.start - a.i <= 5 for a in e.root.ancestors)
            )
        ]
        if after:
            return _with_state(doc, after[0]), 0.9
        # "called him from Air Force One": a name (not a place NER knows) after the verb's "from"
        named = [
            e
            for e in doc.ents
            if e.label_ not in NOT_PLACES
            and e.root.dep_ == "pobj"
            and e.root.head.lower_ == prep
            and e.root.head.head.i in verb_pos
            and _new(e.text, cl.names)
        ]
        if named:
            return named[0].text, 0.8
        # "cancel a weekend trip to his Mar-a-Lago estate": a named thing the model does not know
        # as a name, after the verb's (or trip's) "to"
        chunks = [
            c
            for c in (doc[t.left_edge.i : t.i + 1] for t in doc if t.dep_ == "pobj" and t.head.lower_ == prep)
            if c.root.head.head.i in verb_pos
            and any(t.pos_ == "PROPN" for t in c)
            and not any(t.ent_type_ in NOT_PLACES for t in c)
            and _new(c.text, cl.names)
        ]
        if chunks:
            return chunks[0].text, 0.7
        # "Sen. Lisa Murkowski of Alaska", "Murkowski (R-Alaska)": the state a politician is from
        of = [e for e in cands if e.label_ == "GPE" and e.start >= 2 and _of_name(doc, e, cl.names)]
        if of:
            return of[0].text, 0.8
    cands += _venues(cl)
    # a place in a quote is what was said, not where it was said ("...for the United
    # States," Clinton said Wednesday), unless the verb asked about is quoted too
    quoted = _quoted(sentence)
    if not any(inside(doc[i].idx, quoted) for i in verb_pos):
        cands = [e for e in cands if not inside(e.start_char, quoted)]
    # a place attached to the verb asked about ("speaking on MSNBC", "met at the hotel") wins
    linked = [e for e in cands if _attached(e, verb_pos)]
    if linked:
        return _with_state(doc, linked[0]), 0.9
    if not cands:  # no named place: a named thing the verb happened at ("on the Senate floor")
        return _unnamed_place(cl, quoted)
    return _nearest_place(cl, cands)


def _of_name(doc: Doc, e: Span, names: list[str]) -> bool:
    """Is the place written right after a name asked about, as where they are from: "Lisa
    Murkowski of Alaska", "Murkowski (R-Alaska)", "Murkowski, R-Alaska"."""
    lasts = {n.split()[-1].lower() for n in names if n.split()}
    before = [t.lower_ for t in doc[max(0, e.start - 4) : e.start]]
    if before[-1:] == ["of"]:
        return before[-2:-1] != [] and before[-2] in lasts
    return before[-2:] in (["r", "-"], ["d", "-"]) and bool(set(before[:-2]) & lasts)


def _places(cl: Clues) -> list[Span]:
    """The named places of the sentence, and the noun phrase a named place qualifies when one
    was at it ("at his New Jersey golf club")."""
    doc, names, verb_pos = cl.doc, cl.names, cl.verb_pos
    cands = [
        e
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        and _new(e.text, names)
        and not (_describes(e) and e.root.head.i not in verb_pos)
        and not (e.start > 1 and doc[e.start - 1].text == "," and doc[e.start - 2].ent_type_ == "GPE")
        and not PARTY_STATE.search(doc.text[: e.start_char])  # "Sen. Tom Cotton, R-Ark.": his seat
    ]
    # "Lee Park", "Lafayette Square", "the Gothic Hall": a name ending in a word for a place is
    # one, whatever the small model calls it (a person, an organisation)
    cands += [
        e
        for e in doc.ents
        if e.label_ not in PLACE_LABELS
        and e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
        and len(e) >= 2
        and e[-1].text in PLACE_NAMES
        and _new(e.text, names)
    ]
    # "at his New Jersey golf club", "outside the U.S. Embassy": a named place that qualifies
    # a place one was at; the whole noun phrase is where
    for e in doc.ents:
        head = e.root.head
        if (
            e.label_ in PLACE_LABELS
            and _describes(e)
            and head.lower_ not in ABSTRACT  # "the deadliest in modern U.S. history": no place
            and head.dep_ == "pobj"
            # (or where the verb asked about went: "rushed to a Washington hospital")
            and (head.head.lower_ in PLACE_PREPS or head.head.lower_ == "to" and head.head.head.i in verb_pos)
            and _new(e.text, names)
        ):
            begin = next(t.i for t in head.subtree if t.dep_ not in ("det", "poss") and t.tag_ != "POS")
            if begin <= e.start:
                cands.append(doc[begin : head.i + 1])
    return cands


def _venues(cl: Clues) -> list[Span]:
    """An organisation or an occasion the happening was at ("speaking at the 2018 Texas Tribune
    Festival": an EVENT after "at", a date between)."""
    doc, names, verb_pos = cl.doc, cl.names, cl.verb_pos
    return [
        e
        for e in doc.ents
        if e.label_ in ("ORG", "EVENT")
        and _new(e.text, names)
        # "participating in White House advisory councils": no place; "an Oval Office
        # meeting" is where the meeting was
        and not (_describes(e) and e.root.head.i not in verb_pos)
        and (
            e.start > 0
            and doc[e.start - 1].lower_ in ("at", "in", "on")
            or e.root.dep_ == "pobj"
            and e.root.head.lower_ in ("at", "in", "on")
            or e.root.head.i in verb_pos
            # "turned himself in to the FBI": where a phrasal verb's "to" takes one
            or e.root.dep_ == "pobj"
            and e.root.head.lower_ == "to"
            and e.root.head.head.i in verb_pos
            and any(c.dep_ == "prt" for c in e.root.head.head.children)
        )
    ]


def _unnamed_place(cl: Clues, quoted: list[tuple[int, int]]) -> Optional[tuple[str, float]]:
    """No named place: a named thing the verb happened at ("on the Senate floor"), else an
    occasion."""
    doc, names, pos, verb_pos = cl.doc, cl.names, cl.pos, cl.verb_pos
    chunks = [
        c
        for c in doc.noun_chunks
        if c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("at", "in", "on")
        and c.root.head.head.pos_ == "VERB"
        and any(t.pos_ == "PROPN" for t in c)
        and not any(t.ent_type_ in NOT_PLACES for t in c)  # "in July", "to Trump"
        and _new(c.text, names)
    ]
    chunks.sort(key=lambda c: (not _attached(c, verb_pos), _distance(c, pos)))
    if chunks:  # less sure when it hangs on another verb ("participating in White House councils")
        return chunks[0].text, 0.6 if _attached(chunks[0], verb_pos) else 0.4
    # no name at all: an occasion the verb happened at ("said Wednesday in an appearance
    # at a tech industry conference"), less sure
    occasions = [
        c
        for c in doc.noun_chunks
        if nlp.lemma(c.root).lower() in OCCASIONS
        and c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("at", "during")
        and any(c.root.i in range(doc[i].left_edge.i, doc[i].right_edge.i + 1) for i in verb_pos)
        and not inside(c.start_char, quoted)
    ]
    if occasions:
        return with_article(doc, occasions[0]), 0.5
    # no name: a common noun the very verb asked about happened in ("hid in the bathroom"), less sure
    rooms = [
        c
        for c in doc.noun_chunks
        if c.root.pos_ == "NOUN"
        and c.root.dep_ == "pobj"
        and c.root.head.lower_ in ("in", "inside", "at", "behind", "under")
        and c.root.head.head.i in verb_pos
        and doc[c.root.head.head.i].pos_ == "VERB"
        and not any(t.ent_type_ for t in c)
        # "in the wake of", "at the end of": a relation to something else, no room
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.root.children)
        and not inside(c.start_char, quoted)
    ]
    if rooms:
        return with_article(doc, rooms[0]), 0.4
    return None


def _nearest_place(cl: Clues, cands: list[Span]) -> Optional[tuple[str, float]]:
    """Of the places found, the one nearest the question's words in the same clause, after "at"/"in"."""
    doc, pos = cl.doc, cl.pos

    # a place after "at"/"in" is where something happened; a bare one may be who's from where
    def cost(e: Span) -> float:  # near the question's words, in the same clause, after "at"/"in"
        clause = sum(
            _distance(e, pos) > 0 and t.text in (",", ";", "and")
            for t in doc[min([e.start, *pos]) : max([e.start, *pos])]
        )
        return (
            _distance(e, pos)
            + 5 * bool(clause)
            + (e.start == 0 or doc[e.start - 1].lower_ not in ("at", "in", "on"))
        )

    cands.sort(key=cost)
    if not cands:
        return None
    best = cands[0]
    if best.root.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return _with_state(doc, best), 0.3  # "pull the United States out": what, not where
    after_prep = best.start > 0 and doc[best.start - 1].lower_ in ("at", "in", "on")
    # "in a Rose Garden speech": the phrase after its article
    after_prep = after_prep or best.root.dep_ == "pobj" and best.root.head.lower_ in ("at", "in", "on")
    return _with_state(doc, best), 0.8 if after_prep else 0.5
