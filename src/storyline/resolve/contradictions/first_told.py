"""Who first told of an event, and when: "The meeting between Kushner and Kislyak was originally
reported in April by The New York Times" against "The White House announced on March 2 that
President Donald Trump's senior adviser … met with the Russian ambassador" (an ATTRIBUTION
disagreement: the store holds an earlier telling, by someone else, of the same event).

A dated telling is a claim about an event whose sentence dates its telling in so many words (an
announcement, a confirmation, a statement: "announced on March 2"). For each event with one,
the sentences saying who first told of it ("originally reported … by", "X first reported") are
looked up in the store's search by the surnames of its people; a sentence naming another teller
and a later date than a dated telling of the same event (one of its mentions is in the sentence)
stands against it."""

from __future__ import annotations

import re

from storyline.model import Analysis, Claim, Contradiction, Entity, Event, EventMention, Report
from storyline.resolve.contradictions.dates import explicit
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.words import spellings

LIMIT = 30
# the verbs that tell of an event, with their date: "announced on March 2", "confirmed Thursday"
_TELLING = {"ANNOUNCE", "CONFIRM", "STATEMENT", "TESTIFY"}
_FIRST = re.compile(r"\b(first|originally) (reported|disclosed|revealed)\b", re.I)
_MONTHS = "January February March April May June July August September October November December".split()
_WHEN = re.compile(r"\b(?:in|on) (" + "|".join(_MONTHS) + r")(?: (\d{1,2})\b)?(?:,? (\d{4}))?")
_NAME = r"((?:[A-Z][\w.’'&-]*\s?){1,5})"
# who first told: "… reported in April by The New York Times", "The Wall Street Journal first reported"
_BY = re.compile(r"\bby (?:the )?" + _NAME)
_TELLER_FIRST = re.compile(_NAME + r"(?:, which)?\s*first (?:reported|disclosed|revealed)\b")


def _when(text: str, year: str | None) -> str | None:
    """The date a first telling states ("in April", "on March 2, 2017"), year from the article."""
    m = _WHEN.search(text)
    if m is None or not (m.group(3) or year):
        return None
    month = f"{m.group(3) or year}-{_MONTHS.index(m.group(1)) + 1:02d}"
    return f"{month}-{int(m.group(2)):02d}" if m.group(2) else month


def _teller(text: str) -> str | None:
    m = _FIRST.search(text)
    if m is None:
        return None
    after = _BY.search(text, m.end())
    if after:
        return after.group(1).strip()
    before = _TELLER_FIRST.search(text)
    return before.group(1).strip() if before else None


def dated_before(date: str, than: str) -> bool:
    """A date before another, told as finely at least ("2017" is not before "2017-04";
    "2017-03-02" is before "2017-04")."""
    return len(date) >= len(than) and date[: len(than)] < than


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("the", "new", "york")}


def _same(a: str, b: str) -> bool:
    """The same teller however named ("The New York Times", "the Times")."""
    return bool(_words(a) & _words(b))


def find_first_told(
    analyses: list[Analysis],
    member_event: dict[str, Event],
    entities: dict[str, Entity],
    reader: Reader,
    search: Search,
) -> list[Contradiction]:
    """``member_event``: the event of each event mention."""
    mentions: dict[tuple[str, int], list[EventMention]] = {}
    for a in analyses:
        for m in a.events:
            mentions.setdefault((a.doc.id, m.sent), []).append(m)
    docs = {a.doc.id: a.doc for a in analyses}
    # the dated tellings of each event: (date, teller, claim)
    tellings: dict[str, list[tuple[str, str, Claim]]] = {}
    for a in analyses:
        for c in a.claims:
            ev = member_event.get(c.event) if c.event else None
            if ev is None or c.stance not in ("ASSERT", "CONFIRM") or not c.speaker_text:
                continue
            for m in mentions.get((c.doc, c.sent), []):
                if m.type in _TELLING and m.date and m.date.start and explicit(m.date.text or ""):
                    tellings.setdefault(ev.id, []).append((m.date.start, c.speaker_text, c))
                    break
    by_id = {ev.id: ev for ev in member_event.values()}
    out = []
    for ev_id, told in sorted(tellings.items()):
        ev = by_id[ev_id]
        names = sorted(
            {
                entities[p.ref].name.split()[-1]
                for p in ev.participants
                if p.ref in entities and entities[p.ref].type == "PERSON"
            }
        )[:3]
        hits = {
            (doc, sent): text
            for name in names
            for spelt in spellings(name)
            for marker in ("originally reported", "first reported")
            for doc, sent, text in search(f"{marker} {spelt}", LIMIT)
            if doc in docs
        }
        firsts: list[tuple[str, str, Report]] = []
        for (doc, sent), text in sorted(hits.items()):
            here = [m for m in mentions.get((doc, sent), []) if member_event.get(m.id) is ev]
            first = _FIRST.search(text)
            d = docs[doc]
            teller = _teller(text)
            # the date told of the first telling, after "first reported"; the year the article's
            when = _when(text[first.start() :], d.published[:4] if d.published else None) if first else None
            if not here or teller is None or when is None:
                continue
            rep = reader.sentence(doc, sent, text, here[0].id, speaker=teller)
            firsts.append((when, teller, rep))
        # an earlier telling by someone else stands against the first telling claimed
        against = [
            (date, who, c)
            for date, who, c in told
            if any(dated_before(date, when) and not _same(who, teller) for when, teller, _ in firsts)
        ]
        if not firsts or not against:
            continue
        first_reps = dedupe_reports([r for *_, r in firsts])
        earlier = dedupe_reports([reader.claim(c, set()) for *_, c in against])
        a_label = f"first told by {firsts[0][1]}, {firsts[0][0]}"
        b_label = f"told earlier by {against[0][1]}, {min(d for d, *_ in against)}"
        positions = [
            position(a_label, first_reps),
            position(b_label, earlier),
        ]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"who first told of it: {a_label}; {b_label}",
                kind="ATTRIBUTION",
                question=f"who first told of it, and when: {ev.label}?",
                positions=positions,
                events=[ev.id],
            )
        )
    return out
