"""What a quoted phrase meant, told two ways: its author's account of it against the readings
others give it. "He says the “insurance policy” simply meant proceeding with the investigation
just in case Trump won" (Strzok, Vox), "Strzok said the reference in his text message to an
‘insurance policy’ reflected his conclusion that …" (the inspector general's report) against
"there was an unspecified “insurance policy” that would keep Trump out of the White House" (Fox
News), "he referenced an “insurance policy” against Trump" (Townhall). Neither side denies in
words: one says what the phrase meant, the others read a purpose into it.

An account: a sentence telling what someone said ("says", "suggested", "explained") the quoted
phrase (two words or more) meant, the phrase followed by a verb of meaning ("meant", "referred
to", "reflected", "was intended"); its claim's speaker, when it has one, someone we can name. A
reading: another sentence quoting the same phrase, followed within a few words by what it was for
or against ("against", "that would", "to keep / stop / prevent", "‘we’ll stop’ candidate Trump
from …"), told as so (no question, doubt, condition or denial). The phrases tried are those the
claims quote as an account or a reading; the other sentences are found through the store's
search by the phrase's words."""

from __future__ import annotations

import re

from storyline.model import Analysis, Claim, Contradiction, Report
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.contradictions.words import DENIAL_WORD, UNSURE

LIMIT = 60  # sentences per search
MAX_REPORTS = 6
_OPEN, _CLOSE = '“‘"', '”’"'
_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)")  # "we’ll": no closing quote
_QUOTED = re.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{3,50}}?)[{_CLOSE}]")
# the verb of meaning right after a quoted phrase
_MEANING = re.compile(
    r"^\s+(?:(?:text|remark|message|statement|comment|line)\s+)?(?:(?:simply|only|just|really|actually)\s+)?"
    r"(?:meant|referred to|reflected|was (?:meant|intended|a reference))\b",
    re.I,
)
# someone's telling, before the phrase of an account
_SAYING = re.compile(
    r"\b(?:said|says|say|suggested|suggests|explained|explains|testified|told|tells|insisted|insists|"
    r"argued|argues|maintained|maintains)\b",
    re.I,
)
# what a reading says the phrase was for, right after its closing quote
# (someone kept from something: "‘we’ll stop’ candidate Trump from being elected", a name before
# "from"; not "“fake news” from CNN")
_READING = re.compile(
    r"^\s*(?:(?i:(?:that|which) would|against|to (?:keep|stop|prevent|block))\b|(?:[a-z]+\s+)?[A-Z][\w.-]+\s+from\b)"
)
_CONDITION = re.compile(r"(?<!\bas )\bif\b|\b(?:whether|unless)\b", re.I)  # not "as if"


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").lower().split())


def find_meant(
    analyses: list[Analysis], reader: Reader, speakers: Speakers, search: Search | None
) -> list[Contradiction]:
    if search is None:
        return []
    claimed: dict[tuple[str, int], Claim] = {}
    phrases: set[str] = set()
    for a in analyses:
        for c in a.claims:
            claimed.setdefault((c.doc, c.sent), c)
            phrases |= _accounted(c.text) | _read(c.text)
    out = []
    for key in sorted(phrases):
        accounts: list[Report] = []
        readings: list[Report] = []
        for doc, sent, text in search(" ".join(re.findall(r"\w+", key)), LIMIT):
            told = claimed.get((doc, sent))
            if key in _accounted(text) and (told is None or speakers.of(told) is not None):
                accounts.append(
                    reader.claim(told, set()) if told is not None else reader.sentence(doc, sent, text)
                )
            elif key in _read(text):
                readings.append(reader.sentence(doc, sent, text))
        readings = dedupe_reports(readings)[:MAX_REPORTS]
        if not accounts or not readings:
            continue
        positions = [
            position(f"the account of what “{key}” meant", dedupe_reports(accounts)),
            position(f"“{key}” read as aimed otherwise", readings),
        ]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"one says what “{key}” meant; reports read a purpose into it",
                kind="DENIAL",
                question=f"what did “{key}” mean?",
                positions=positions,
            )
        )
    return out


def _told(text: str) -> bool:
    return not ("?" in text or UNSURE.search(text) or _CONDITION.search(text) or DENIAL_WORD.search(text))


def _accounted(text: str) -> set[str]:
    """The phrases of two words or more a sentence tells someone's account of the meaning of."""
    text = _APOSTROPHE.sub("'", text)
    if not _told(text):
        return set()
    return {
        _key(m.group(1))
        for m in _QUOTED.finditer(text)
        if len(m.group(1).split()) >= 2
        and _MEANING.match(text[m.end() :])
        and _SAYING.search(text[: m.start()])
    }


def _read(text: str) -> set[str]:
    """The phrases of two words or more a sentence quotes and says, as so, what they were for."""
    text = _APOSTROPHE.sub("'", text)
    if not _told(text):
        return set()
    out = set()
    for m in _QUOTED.finditer(text):
        after = text[m.end() :]
        if len(m.group(1).split()) >= 2 and _READING.match(after) and not _MEANING.match(after):
            out.add(_key(m.group(1)))
    return out
