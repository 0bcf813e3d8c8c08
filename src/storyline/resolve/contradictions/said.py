"""Claims elsewhere that say what a denial denies, matched by people and words, for denials
of what is no event we know."""

from __future__ import annotations

from storyline.model import Analysis, Claim, Entity
from storyline.resolve.contradictions.evidence import asserts
from storyline.resolve.contradictions.plain import PlainReports, Search
from storyline.resolve.contradictions.words import (
    DENIAL_WORD,
    DISMISSED,
    ELSEWHERE,
    NEGATION,
    NO_DENIAL,
    OF_REPORTS,
    REASON,
    REPORT_NOUNS,
    UNSURE,
    word_stems,
)


def find_said_against(
    analyses: list[Analysis],
    claims: list[Claim],
    mention_entity: dict[str, str],
    by_key: dict[tuple[str, str | None], str],
    entities: dict[str, Entity] | None = None,
    search: Search | None = None,
) -> tuple[dict[str, list[Claim]], dict[str, set[str]]]:
    """Claims elsewhere that say what a denial denies, read from the words: the same people
    (the denier or the one it speaks for, and everyone else the denial names) and at least two
    of the denial's rarer words ("asked", "loyalty"). For denials of what is no event we know:
    "denied demanding Comey's loyalty" against "Comey testified Trump asked for his loyalty".
    With ``search`` (the store's sentences), a denial no claim stands against is also matched
    to plain sentences (``plain``)."""
    people: dict[tuple[str, int], set[str]] = {}
    names: dict[tuple[str, int], set[str]] = {}  # the words of names, which say nothing of what was done
    said_by: dict[tuple[str, int], list[tuple[str, str]]] = {}  # a sentence's names and whom they name
    for a in analyses:
        for m in a.mentions:
            names.setdefault((a.doc.id, m.sent), set()).update(word_stems(m.text))
            if m.id in mention_entity and m.type in ("PERSON", "ORG"):
                people.setdefault((a.doc.id, m.sent), set()).add(mention_entity[m.id])
                said_by.setdefault((a.doc.id, m.sent), []).append((m.text, mention_entity[m.id]))

    # each claim is read once, not once per denial it is a candidate for: at 10,000 articles a
    # denier such as Trump has thousands of candidate claims for each of hundreds of denials
    read: dict[str, frozenset[str]] = {}
    gainsays: dict[str, bool] = {}

    def words_of(c: Claim) -> frozenset[str]:
        if c.id not in read:
            read[c.id] = word_stems(c.text) - names.get((c.doc, c.sent), set())
        return read[c.id]

    def gainsaid(c: Claim) -> bool:
        """The sentence itself denies, dismisses or doubts: no report of what is denied."""
        if c.id not in gainsays:
            gainsays[c.id] = bool(
                DENIAL_WORD.search(c.text) or DISMISSED.search(c.text) or UNSURE.search(c.text)
            )
        return gainsays[c.id]

    telling = [c for c in claims if c.stance in ("ASSERT", "CONFIRM")]
    told_events = {e.id: e for a in analyses for e in a.events}
    df: dict[str, int] = {}
    for c in claims:
        for w in word_stems(c.text):
            df[w] = df.get(w, 0) + 1
    # a word in at most 2% of the claims (or 5, in a small store), and never in more than 120:
    # 2% of a 10,000-article store is 2,500 claims, where "email" or "classified" are common
    rare = min(max(5, len(claims) // 50), 120)
    by_person: dict[str, list[Claim]] = {}
    for c in telling:
        for e in people.get((c.doc, c.sent), ()):
            by_person.setdefault(e, []).append(c)
    out: dict[str, list[Claim]] = {}
    person_ids: dict[str, set[str]] = {}
    rare_words = {c.id: {w for w in words_of(c) if df.get(w, 0) <= rare} for c in claims}
    plain = PlainReports(analyses, search, mention_entity) if search is not None else None
    pending: list[tuple[Claim, str, set[str]]] = []  # denials plain sentences may answer
    by_doc: dict[str, list[Claim]] = {}
    for c in telling:
        by_doc.setdefault(c.doc, []).append(c)
    for d in claims:
        if d.stance != "DENY" or REASON.search(d.text):
            continue
        if not DENIAL_WORD.search(d.text) or NO_DENIAL.search(d.text):
            # matched by words alone, a denial must say so ("denied", "disputed", "is false"):
            # "complained that the president was not under investigation" denies nothing
            continue
        denier = mention_entity.get(d.speaker) if d.speaker else by_key.get((d.doc, d.speaker_text))
        if ELSEWHERE.search(d.text):
            # "denied the story", "has repeatedly denied that bombshell report": what is denied
            # is the report told just before, by someone else
            told = [
                c
                for c in by_doc.get(d.doc, [])
                if d.sent - 3 <= c.sent < d.sent and c.speaker_text != d.speaker_text
                if not (c.speaker and mention_entity.get(c.speaker) == denier)
                # tells something that happened, not "Bannon says." nor "it is unclear whether
                # he offered to resign"
                if c.event is not None and asserts(told_events.get(c.event)) and not UNSURE.search(c.text)
                # and of someone the denial names ("Estrich, Ailes' attorney, denied this" is
                # not about Bannon's pay told just before)
                if people.get((d.doc, d.sent), set()) & people.get((c.doc, c.sent), set())
            ]
            if told:
                out[d.id] = [max(told, key=lambda c: c.sent)]
            continue
        named = people.get((d.doc, d.sent), set()) - {denier}
        # the denier's own body ("a Justice Department spokeswoman") is on the denying side, not
        # someone the reports must name
        named -= {e for t, e in said_by.get((d.doc, d.sent), []) if d.speaker_text and t in d.speaker_text}
        if denier is not None:
            pending.append((d, denier, named))
        # the people a report must name: the denier and the others the denial names; a denier
        # we cannot name ("the bureau") leaves the others to carry it
        if not named or denier is None and len(named) < 2:
            continue
        words = rare_words[d.id]
        hits = []
        # a report naming the denier ("Comey gave her a free pass" against Comey's denial), or,
        # for a denial of what others did ("the FBI has denied it"), everyone else the denial
        # names, with more words in common
        candidates = {c.id: c for c in by_person.get(denier, [])} if denier else {}
        candidates.update((c.id, c) for c in _sharing(by_person, named, person_ids))
        for c in candidates.values():
            if c.doc == d.doc and c.sent == d.sent or gainsaid(c):
                continue  # a sentence that itself denies is no report of the denied thing
            own = c.speaker is not None and mention_entity.get(c.speaker) == denier
            # the denier's own words count only when they tell it ("I know Matt Whitaker"), not
            # when they repeat the denial in other words ("he has never been to Prague")
            if own and NEGATION.search(c.text):
                continue
            # within one article another sentence is often the denial's own setting, so it
            # must share more of the words to be what is denied
            there = people.get((c.doc, c.sent), set())
            # a denial that says what it denies ("denied reports that Comey had asked …",
            # "denied the accusation that officials were withholding …") names its report: two
            # shared words are enough even in its own article
            same = c.doc == d.doc
            need = 2 if same and OF_REPORTS.search(d.text) or not same and denier in there else 3
            shared = len(words & words_of(c))
            if same and c.sent < d.sent and named <= there and OF_REPORTS.search(d.text):
                # told before it in its own article, naming everyone the denial names: the
                # reports it denies, though in other words ("asked for more resources for the
                # probe" / "denied reports that he asked for additional money or resources";
                # "withholding information" / "opted not to show the president … the
                # information"), so one word in common, however common, will do
                # (the word naming what is denied, "the allegations", says nothing of it)
                need, shared = 1, len(words_of(d) & words_of(c) - REPORT_NOUNS)
            # a long denial names people beside the point ("Dowd and Sekulow note, that comment
            # (which Trump denies)"): a report naming the denier and one of them does, with a
            # word more in common
            if shared >= need and named <= there or shared > need and denier in there and named & there:
                hits.append(c)
        if hits:
            out[d.id] = hits
    # plain sentences only where no claim stands against the denial
    for d, denier, named in pending:
        if plain is not None and entities is not None and d.id not in out and denier in entities:
            surname = entities[denier].name.split()[-1]
            found = plain.against(d, surname, rare_words[d.id], df, people, named, denier, names)
            if found:
                out[d.id] = found
    return out, rare_words


def _sharing(by_person: dict[str, list[Claim]], people: set[str], ids: dict[str, set[str]]) -> list[Claim]:
    """The claims naming every one of these people, once each. ``ids``: each person's claim
    ids, filled as needed (a claim looked up in a person's list was quadratic in the store)."""
    first, *rest = sorted(people)
    for p in rest:
        if p not in ids:
            ids[p] = {c.id for c in by_person.get(p, [])}
    return [c for c in by_person.get(first, []) if all(c.id in ids[p] for p in rest)]
