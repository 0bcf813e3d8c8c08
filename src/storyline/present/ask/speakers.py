"""Who says what: the speaker of a sentence, and quotes the sentence splitter cut."""

from __future__ import annotations

import re

from storyline.present.ask.question import Question, name_key
from storyline.present.ask.sentence import Sentence, in_articles
from storyline.store.base import Store

SAY = (
    r"\b(?:said|says|told|tells|stated|argued|wrote|called|added|asked|tweeted|insisted|warned"
    r"|responded|replied|explained|noted)\b"
)


def _continues(text: str) -> bool:
    """Does a sentence go on from the one before: it starts in lower case ("senior analyst David
    Axelrod said" after a quoted question), or closes a quote it did not open ("No resources,”
    Flores said)."""
    t = text.lstrip()
    if t[:1].islower():
        return True
    close, opening = t.find("”"), t.find("“")
    if close != -1 and (opening == -1 or close < opening):
        return True
    # straight quotes: an odd number, the first not opening the sentence ('We have to acknowledge
    # a respect for the minority," Sen. Dick Durbin, D-Ill., said on ABC.')
    return t.count('"') % 2 == 1 and not t.startswith('"')


def _join_quotes(store: Store, q: Question, found: dict[tuple[str, int], Sentence]) -> None:
    """A speaker's sentence that goes on from a quote split off by the sentence splitter gets
    the quote back: the sentences before it, up to the one that opens it (three at most)."""
    who = speaker_key(q)
    for key, s in list(found.items()):
        if who not in s.text.lower() or not _continues(s.text):
            continue
        sents = store.document(s.doc).sentences
        at = next((i for i, x in enumerate(sents) if x.start == s.start), None)
        if at is None:
            continue
        first = at
        while first > 0 and at - first < 3 and _continues(sents[first].text):
            first -= 1
        text = " ".join(x.text.strip() for x in sents[first : at + 1])
        found[key] = Sentence(s.doc, sents[first].start, s.end, text, s.outlet, s.published, s.title)


def _quoted_whole(text: str) -> bool:
    """A sentence that is all quote: it opens and closes with quotation marks."""
    t = text.strip()
    return t[:1] in '“"' and t.rstrip(".!?")[-1:] in '”"' and len(t) > 2


JOIN_DOCS = 6  # articles read whole for the speaker of a quote going on (each a store read)


def _join_speaker(store: Store, q: Question, found: dict[tuple[str, int], Sentence]) -> None:
    """ "Who said the memo was hearsay": words found in a quote going on, with no one saying them
    there ("“For all I know, nobody's seen the memo… it's a lot of hearsay.”"), are those of the
    speaker of the sentence before ("“It's hearsay so far,” added Rep. Barry Loudermilk"): the
    sentence gets it back, up to two sentences before."""
    cands = [
        s
        for s in found.values()
        if (_continues(s.text) or _quoted_whole(s.text)) and not re.search(SAY, s.text, re.I)
    ]
    cands.sort(key=lambda s: -sum(k in s.text.lower() for k in q.keywords))
    for s, sents, at in in_articles(store, cands, JOIN_DOCS):
        first = next(
            (i for i in range(at - 1, max(-1, at - 3), -1) if re.search(SAY, sents[i].text, re.I)), None
        )
        if first is None or not all(
            _continues(x.text) or _quoted_whole(x.text) for x in sents[first + 1 : at]
        ):
            continue
        text = " ".join(x.text.strip() for x in sents[first : at + 1])
        found[s.key] = Sentence(s.doc, sents[first].start, s.end, text, s.outlet, s.published, s.title)


# "..., he said.": the one speaking is named in the sentence before
PRONOUN_SAYS = re.compile(rf"(?:\b(?:he|she)\s+{SAY}|{SAY}\s+(?:he|she)\b)", re.I)


QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _quotes_at_length(text: str, least: int = 5) -> bool:
    """Does the sentence quote someone's words at some length: a quote of five words or more,
    or the end of one the sentence before opened ("When you look at the Iran deal, I think it's
    terrible ...," Trump said.)"""
    quotes = QUOTED.findall(text)
    t = text.lstrip()
    curly, straight = t.find("”"), t.find('"')
    if curly != -1 and "“" not in t[:curly]:
        quotes.append(t[:curly])
    elif straight > 0 and t.count('"') % 2 == 1 and t[straight - 1] in ",.?!":  # closes a quote
        quotes.append(t[:straight])
    return any(len(q.split()) >= least for q in quotes)


def _cut_quote(text: str) -> bool:
    """Is the quote only the opening of what was said: a few words ending with a comma, the
    speaker's words going on in the next sentence."""
    quotes = QUOTED.findall(text)
    return bool(quotes) and sum(len(q.split()) for q in quotes) < 6 and quotes[-1].rstrip().endswith(",")


# lower-case words of a speaker's title ("former White House strategist Steve Bannon")
TITLE_WORDS = (
    r"(?:former|then|senior|top|chief|longtime|strategist|adviser|advisor|aide|spokesman|spokeswoman"
    r"|spokesperson|press|secretary|director|sheriff|attorney|general|leader|majority|minority|lawyer"
    r"|counsel|special|agent|of|the|staff|official|analyst|host|editor|chairman|chairwoman|senator|sen\.)"
)


def speaker_key(q: Question) -> str:
    """The word a sentence names the speaker asked about by: the surname, or the whole name of
    one who shares it with another ("Melania Trump" is not "Trump said")."""
    return q._key(q.speaker) if q.speaker in q.names else name_key(q.speaker or "")


def q_speaks(q: Question, text: str) -> bool:
    """Is the question's speaker the one saying in the sentence (``speaks``)."""
    return bool(q.speaker) and speaks(q.speaker or "", text, key=speaker_key(q))


def q_says_first(q: Question, text: str) -> bool:
    """Does the question's speaker say something in the sentence, told loosely (``says_first``)."""
    return bool(q.speaker) and says_first(q.speaker or "", text, key=speaker_key(q))


def speaks(speaker: str, text: str, key: str | None = None) -> bool:
    """Is the speaker the one saying in the sentence: "Schumer said", "Hicks, a spokeswoman,
    said"; "said Texas Sen. John Cornyn" (titles and names only between), never "said the
    Schumer-Rounds bill". ``key``: the words naming them, when not their surname."""
    who = re.escape(key or name_key(speaker))
    before = rf"(?<![-\w]){who}(?![-\w])[\s,]+(?:[\w.]+[\s,]+){{0,3}}?{SAY}"
    # "Burr, R-N.C., the chairman of the Senate intelligence committee, told reporters"
    # (or "Sen. Orrin Hatch of Utah, the most senior GOP senator, said")
    aside = rf"(?<![-\w]){who}(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s(?:[^,]{{1,60}},\s){{1,2}}(?:\w+\s)?{SAY}"
    # ... and the name ends the speaker's part: not "says Schiff should be a witness"
    after = rf"(?i:{SAY})\s+(?:[A-Z][\w.]*\s+){{0,4}}?(?i:{who})(?![-\w])(?=\s*(?:$|[,.;:(]|\s(?:of|on|in|at|to|who|after|before|during|as|when)\b))"
    # "In France, President Emmanuel Macron shifted to English ..., saying, “...”": the subject
    # (only names, titles and a setting before it) of a clause ending with "saying"
    # (or "telling": "Former Director of National Intelligence James Clapper leveled a striking
    # charge on Sunday, telling CNN's Jake Tapper that he thinks ...")
    saying = rf"^(?:(?:[Ii]n|[Aa]t|[Oo]n|[Tt]he|of|[A-Z][\w.’'-]*),?\s+)*(?i:{who})\b[^“\".;]{{0,200}}?,\s+(?:saying|telling)\b"
    # "with Clark County Sheriff Joseph Lombardo saying: “I can’t ...”"; "said former White House
    # strategist Steve Bannon," (lower-case titles between, never a verb: "said that Trump fired X")
    with_saying = rf"(?<![-\w])(?i:{who})\s+saying\s*[:,“\"]"
    titled = rf"(?i:{SAY})\s+(?:(?:[A-Z][\w.]*|{TITLE_WORDS})\s+){{1,6}}?(?i:{who})(?![-\w])\s*[,.;:]"
    return bool(
        re.search(with_saying, text)
        or re.search(titled, text)
        or re.search(before, text, re.I)
        or re.search(aside, text, re.I)
        or re.search(after, text)
        or re.search(saying, text)
    )


def says_first(speaker: str, text: str, key: str | None = None) -> bool:
    """Does the sentence have the speaker say something, told more loosely than ``speaks``: the
    name, then only lower-case words up to a saying verb ("Mr. Manchin, though, went beyond
    simple calls for bipartisanship and said the Senate ... needs an overhaul"), so that "..., he
    said." in the sentence after is theirs. Not "Manchin's bill, Trump said"."""
    who = re.escape(key or name_key(speaker))
    return speaks(speaker, text, key=key) or bool(
        re.search(rf"(?<![-\w])(?i:{who})(?![-\w])(?:[\s,]+[a-z][\w’'-]*){{0,15}}[\s,]+{SAY}", text)
    )
