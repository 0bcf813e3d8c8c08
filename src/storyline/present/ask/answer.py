"""From ranked sentences and events to one answer with its evidence. Every answer is a phrase of
a supporting sentence, the sentence itself, or a fact of the store (an event's date, status or
first report) with the sentences behind it; when nothing supports one: "The sources do not say"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from storyline.extract.dates import Timex, find_timexes
from storyline.present.ask.common import TOP, confidence, event_of, evidence, not_said
from storyline.present.ask.dates import DATE_WORDS, DURATION
from storyline.present.ask.extract import phrase
from storyline.present.ask.first import first_report
from storyline.present.ask.happen import happened
from storyline.present.ask.match import kw_matches, matches, words
from storyline.present.ask.models import AskAnswer, AskEvidence
from storyline.present.ask.parsing import prefetch
from storyline.present.ask.question import INSTITUTIONS, Question
from storyline.present.ask.rank import NUMBERS, supported
from storyline.present.ask.sentence import Sentence
from storyline.present.ask.speakers import q_says_first, q_speaks
from storyline.store.base import Store
from storyline.store.records import DateRecord, EventRecord


def _date_disagreement(ev: EventRecord) -> Optional[str]:
    if not ev.other_dates:
        return None
    others = "; ".join(
        f"{d.text} ({d.start}{'–' + d.end if d.end and d.end != d.start else ''})" for d in ev.other_dates
    )
    return f"The sources disagree on the date: other reports give {others}."


def _from_event(q: Question, evs: list[EventRecord]) -> Optional[AskAnswer]:
    """No sentence names everyone, but a resolved event does (its mentions' pronouns resolved to
    the question's people): answer a when/where from the event and cite its sentences."""
    if q.kind not in ("when", "where") or not q.event_type:
        return None
    for ev in evs:
        if ev.type != q.event_type or not any(matches(q.trigger or "", words(m.text)) for m in ev.mentions):
            continue
        # its reports must speak of what else was asked: a Senate vote is not "the Senate vote on
        # the nuclear option" when no report of it says "nuclear" or "option"
        others = [k for k in q.keywords if k != q.trigger]
        told = words(" ".join(m.text for m in ev.mentions))
        if others and sum(kw_matches(k, told) for k in others) < 0.5 * len(others):
            continue
        text = None
        # the event's date; for one not (yet) told as fact, the date its own report gives
        when = (
            ev.date
            if ev.date and ev.date.start
            else next((m.date for m in ev.mentions if m.date and m.date.start), None)
        )
        if q.kind == "when" and when is not None:
            text = f"{when.text} ({_range(when)})"
            if ev.status != "HAPPENED":
                text += f", {ev.status.lower().replace('_', ' ')}"
        if q.kind == "where" and ev.location_name:
            text = ev.location_name
        if text:
            cited = [
                AskEvidence(doc=m.doc, start=m.start, end=m.end, text=m.text, outlet=None, published=None)
                for m in ev.mentions[:3]
            ]
            return AskAnswer(
                question=q.text,
                answer=text,
                confidence=round(0.5 * ev.confidence, 2),
                kind=q.kind,
                evidence=cited,
                events=[ev.id],
                claims=[],
                disagreement=_date_disagreement(ev),
            )
    return None


def _after(day: str, s: Sentence) -> bool:
    """A date later than the article reporting it: a normalising guess, not what the source says."""
    return bool(s.published and day[:1].isdigit() and day > s.published)


def _event_dates(q: Question, ev: EventRecord, found: str, sure: float, day: Optional[str]) -> bool:
    """Does the event's own date answer, rather than the sentence's phrase: the event is of the
    kind asked about, and the sentence does not date the very verb asked about otherwise ("met with
    Putin on Monday" against an event the extractor dated "last month")."""
    if q.event_type is None or ev.type != q.event_type or ev.date is None:
        return False  # an event of the sentence, not known to be the one asked about
    start = ev.date.start
    if (
        found.lower() == ev.date.text.lower()
        and day
        and start
        and start[:1].isdigit()
        and not (start.startswith(day) or day.startswith(start))
    ):
        return False  # the same words read with the sentence's year ("March 2016 ... ousted in August")
    return sure < 0.85 or _agree(found, day, ev.date.text, ev.date.start)


def _before(day: Optional[str], s: Sentence) -> bool:
    """A calendar date (or month) before the article's own: past when it was written."""
    return bool(day and s.published and day[:1].isdigit() and day < s.published[: len(day)])


def _timex(found: str, s: Sentence, ahead: bool = False) -> Optional[Timex]:
    """The product's date normaliser's reading of the phrase in its sentence, against the
    article's publication date; None when it is no calendar date, or one past the article's own
    date ("June 27" in a May article is most likely last June: a guess, not what it says)."""
    try:
        timexes = find_timexes(s.text, s.published)
    except ValueError:  # an unusable publication date
        timexes = find_timexes(s.text, None)
    for t in timexes:
        if (
            t.type == "DATE"
            and (found in t.text or t.text in found)
            and t.range_start
            and t.range_start[:1].isdigit()
        ):
            year = _year_before(found, s.text)
            if year:  # "in late March 2016, ... and was ousted in August": August 2016
                return replace(
                    t,
                    range_start=year + t.range_start[4:],
                    range_end=year + t.range_end[4:] if t.range_end else t.range_end,
                )
            return None if _after(t.range_start, s) and _names_month(found) and not ahead else t
    return None


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_before(found: str, text: str) -> Optional[str]:
    """The year a month without one takes from the sentence: the last year written before it
    ("joined in late March 2016, was promoted in May of that year and was ousted in August")."""
    at = text.find(found)
    if at < 0 or YEAR.search(found) or not _names_month(found):
        return None
    years = YEAR.findall(text[:at])
    return years[-1] if years else None


MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:january|february|april|june"
    r"|july|august|september|october|november|december)\b",
    re.I,
)


def _names_month(found: str) -> bool:
    """A month (and day) without a year past the article's date is most likely last year's ("June
    27" in May); a weekday past it is the coming one, as the normaliser reads it from the tense
    ("will return to court Thursday")."""
    return MONTHS.search(found) is not None


def _day(found: str, s: Sentence, ahead: bool = False) -> Optional[str]:
    """The calendar date (or month, year) the phrase stands for, for comparing reports: a date
    without a year past the article's own ("June 27" in May 2017) is taken as the last one, unless
    what is asked is still to come (``ahead``: "His next court date was set for Aug. 25")."""
    try:
        timexes = find_timexes(s.text, s.published)
    except ValueError:
        return None
    for t in timexes:
        day = t.range_start
        if t.type == "DATE" and (found in t.text or t.text in found) and day and day[:4].isdigit():
            year = _year_before(found, s.text)
            if year:
                return year + day[4:]
            if _after(day, s) and not re.search(r"\b\d{4}\b", found) and _names_month(found) and not ahead:
                day = f"{int(day[:4]) - 1}{day[4:]}"
            return day
    return None


def _with_iso(found: str, s: Sentence, ahead: bool = False) -> str:
    """ "Tuesday (2017-05-09)": the phrase with its calendar date when it resolves to one."""
    t = _timex(found, s, ahead)
    if t is None or t.range_start == found:
        return found
    end = f" to {t.range_end}" if t.range_end and t.range_end != t.range_start else ""
    return f"{found} ({t.range_start}{end})"


def _agree(a: str, a_day: Optional[str], b: str, b_day: Optional[str]) -> bool:
    """Does b back a: the same phrase, or a calendar date that holds a's ("May 2017" backs
    "May 9": 2017-05 holds 2017-05-09; not the other way round, a vaguer date gains nothing)."""
    if _says(a, b) or _says(b, a):
        return True
    return bool(a_day and b_day and a_day.startswith(b_day))


def _shared_run(a: str, b: str, n: int = 6) -> bool:
    """Do two sentences share a run of n words: the same boilerplate, not two reports."""
    wa, wb = a.lower().split(), b.lower().split()
    runs = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    return any(tuple(wb[i : i + n]) in runs for i in range(len(wb) - n + 1))


def _says(text: str, found: str) -> bool:
    """The phrase as a whole in the text: "two" is not in "two-and-a-half", "May" not in "Mayor"."""
    return re.search(rf"(?<![\w-]){re.escape(found)}(?![\w-])", text, re.I) is not None


def _may_answer(kind: str, text: str) -> bool:
    """A cheap look before parsing: a "when" needs a date word, a "how many/long" a number."""
    if kind == "when":
        return bool(DATE_WORDS.search(text))
    if kind == "how_many":
        return bool(NUMBERS.search(text))
    if kind == "how_long":
        return bool(DURATION.search(text))
    return True


def _span(ev: EventRecord) -> str:
    assert ev.date is not None
    return _range(ev.date)


def _range(d: DateRecord) -> str:
    return (d.start or "") + (f" to {d.end}" if d.end and d.end != d.start else "")


def phrase_in(q: Question, text: str) -> Optional[tuple[str, float]]:
    """The phrase of one sentence that answers the question, and how surely (``extract.phrase``)."""
    # the answer sits next to what the question adds ("in September"), else next to whom it names
    anchors = [k for k in q.keywords if k != q.trigger] or q.name_keys or [q.trigger or ""]
    # "where was the NRA convention": a place the question names only as a description ("the NRA
    # convention", "NRA’s April convention") is what is asked about, not where
    given = q.names + list(q.named_by.values()) if q.kind == "where" else q.names
    found = phrase(
        q.kind,
        text,
        given,
        q.counted,
        anchors,
        q.trigger,
        q.prep,
        q.counted_mods,
        q.says,
        q.object_wanted,
        q.amount,
    )
    # "where was the Pittsburgh, Not Paris rally held": a place the question itself writes is
    # part of what is asked about, not where (NER may miss it as a name of the question)
    if found and q.kind == "where":
        asked = set(_plain_words(q.text))
        own = [w for w in _plain_words(found[0]) if w not in ("the", "a", "an")]
        if own and all(w in asked for w in own):
            return None
    if found and q.kind == "who" and found[0].split()[-1].lower() in INSTITUTIONS:
        # "the Republican Party of Fairfax County": an institution with the place it is of
        at = text.find(found[0])
        more = OF_PLACE.match(text[at + len(found[0]) :]) if at >= 0 else None
        if more:
            return found[0] + more.group(0).rstrip(" ,"), found[1]
    return found


def _plain_words(text: str) -> list[str]:
    """Lower-case words without a possessive ("NRA’s" is "nra")."""
    return [re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w'’-]+", text)]


OF_PLACE = re.compile(r" of (?:[A-Z][\w.'’-]*(?: |,|$)){1,3}")


def answer(
    q: Question, sents: list[Sentence], evs: list[EventRecord], store: Optional[Store] = None
) -> AskAnswer:
    good = [s for s in sents if supported(s, q)]
    if not good and q.dated:  # none says the day asked about: those that say the rest
        good = [s for s in sents if supported(s, q, relaxed=True)]
    if evs and q.event_type:  # a report of the very event asked about (its type, everyone named taking part)
        # before a sentence that only has the words: in a large store "Trump fired Comey in May
        # 2017" recaps it in many articles about other things
        for s in good:
            if event_of(s, evs) is not None:
                s.score += 1.0
        good.sort(key=lambda s: -s.score)
    if not good:
        return _from_event(q, evs) or not_said(q)
    docs = len({s.doc for s in good})
    if q.kind == "first":
        return first_report(q, good, docs, evs, store)
    if q.kind == "happen":
        return happened(q, good, evs, docs, store)
    if q.kind in ("when", "where", "who", "how_many", "how_long"):
        scored: list[tuple[float, Sentence, str]] = []
        sure: dict[tuple[tuple[str, int], str], float] = {}
        shaped = [s for s in good if _may_answer(q.kind, s.text)][:TOP]
        prefetch([s.text for s in shaped])
        for s in shaped:
            got = phrase_in(q, s.text)
            if got:
                scored.append((s.score + 2 * got[1], s, got[0]))
                sure[(s.key, got[0])] = got[1]
        days: dict[tuple[tuple[str, int], str], Optional[str]] = {}
        if q.kind == "when":
            for _, s, found in scored:
                days[(s.key, found)] = _day(found, s, ahead=q.future)
            if q.future:  # "when will it be removed": a day already past when its article was written
                scored = [t for t in scored if not _before(days[(t[1].key, t[2])], t[1])]
        for i, (sc, s, found) in enumerate(scored):  # what several sentences say is likelier right
            # ... in other articles, where it answers the question too, as surely: a name met
            # everywhere ("Trump"), a line of page furniture repeated in one article or glued to
            # sentences of several ("Hillicon Valley") corroborates nothing
            day = days.get((s.key, found))
            others: dict[str, float] = {}
            for _, o, f in scored:
                if (
                    o.doc != s.doc
                    and o.coverage >= s.coverage
                    and _agree(found, day, f, days.get((o.key, f)))
                    and not _shared_run(s.text, o.text)
                ):
                    others[o.doc] = max(others.get(o.doc, 0.0), sure[(o.key, f)])
            scored[i] = (sc + 0.5 * min(3.0, sum(others.values())), s, found)
        if not scored:  # sentences about it, none with a date/place/name/number: they do not say
            return _from_event(q, evs) or not_said(q)
        top, s, found = max(scored, key=lambda t: t[0])
        rivals = [
            (f, o) for sc, o, f in scored if sc >= top - 0.5 and o.doc != s.doc and f.lower() != found.lower()
        ]
        finer = [(f, o) for f, o in rivals if found.lower() in f.lower()]
        if finer:  # "two-and-a-half" page memo against a "two-page" one: the more precise report
            found, s = finer[0]
        text, disagreement = found, None
        if q.kind in ("how_many", "how_long"):
            differ = [
                (f, o) for f, o in rivals if f.lower() not in found.lower() and found.lower() not in f.lower()
            ]
            if differ:
                f, o = differ[0]
                disagreement = f"The sources disagree: {o.source} gives {f}."
        ev = event_of(s, evs)
        if (
            q.kind == "when"
            and q.prep != "clock"  # the event's date is a day, not the time asked
            and ev is not None
            and ev.date
            and ev.date.start
            and not _after(ev.date.start, s)
            and _event_dates(q, ev, found, sure[(s.key, found)], days.get((s.key, found)))
        ):
            # the event's own date: the sentence may carry several ("reported in April ... met in December")
            text, disagreement = f"{ev.date.text} ({_span(ev)})", _date_disagreement(ev)
            dated = [m for m in ev.mentions if m.date and m.date.text == ev.date.text and m.doc == s.doc]
            if dated and dated[0].start != s.start:  # cite the sentence that gives the date too
                extra = Sentence(
                    dated[0].doc, dated[0].start, dated[0].end, dated[0].text, s.outlet, s.published, s.title
                )
                good = [s, extra] + [o for o in good if o is not s]
        elif q.kind == "when":
            text = _with_iso(found, s, ahead=q.future)
        if q.kind == "how_many" and q.counted == "time" and evs:
            text += f" ({len(evs)} distinct events in the store)"
        support = [s] + [
            o
            for o in good[:TOP]
            if o is not s
            and (found.lower() in o.text.lower() or o.doc == s.doc and o.start != s.start and text != found)
        ]
        return AskAnswer(
            question=q.text,
            answer=text,
            confidence=confidence(s, True, docs),
            kind=q.kind,
            evidence=evidence(support[:3]),
            events=[ev.id] if ev else [],
            claims=[],
            disagreement=disagreement,
        )
    best = good[0]  # "what" and "what did X say": the sentence itself
    if q.kind == "said" and q.speaker:  # X's own words before a sentence about X
        # (or theirs by a he/she after the sentence naming them: "“It is disturbing ...,” he said.")
        speaking = [s for s in good[:TOP] if q_speaks(q, s.text) or s.before and q_says_first(q, s.before)]
        # ... on the very happening asked about ("Sessions said Comey was fired because the FBI
        # needs a “fresh start”" before his quote on a meeting, for why Comey was fired)
        best = next((s for s in speaking if s.trigger and q.trigger), speaking[0] if speaking else best)
    ev = event_of(best, evs)
    return AskAnswer(
        question=q.text,
        answer=best.text.strip(),
        confidence=confidence(best, False, docs),
        kind=q.kind,
        evidence=evidence([best] + [s for s in good[:3] if s is not best][:2]),  # the answer's own first
        events=[ev.id] if ev else [],
        claims=[],
        disagreement=None,
    )
