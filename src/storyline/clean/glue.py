"""Find words that a scraper glued together ("otheradvisers", "RichardArmitage",
"comment.Flynn's") and say where a space belongs.

The dictionary is wordfreq's frequency list. A token is split only when it is not itself a
word and every part is one. Names and brands make this risky, so the rules lean towards
leaving a token alone (measured on 1.5M words of the AllSides corpus, where almost every split
is a false one):
- a lowercase token splits into ordinary words; one- and two-letter parts must be function
  words ("ahostile", "tothe");
- a rare but real word ("backchannel", "infighting") splits only when it ends in a frequent
  function word ("afterthe"): English prefixes ("in", "be", "with") sit at the start;
- a capitalised token is probably a name ("Isgur", "Butina"): its parts must be four letters
  or a function word ("Russianofficials", "Butthe");
- a token with capitals inside is left to the case-boundary rule: a case boundary ("RichardArmitage", "TheWhite") splits only where the document itself
  writes the two words apart, or after a lowercase word ("theKremlin", "otherPutin"); brands
  ("YouGov", "WeWork", "McDonald") stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

KNOWN = 3.0  # zipf at which a token is an ordinary word and never split
PART = 3.0  # zipf each part of a lowercase token must reach
NAME_PART = 3.5  # ...and each part of a capitalised one
THREE_PART = 4.0  # three-way splits find suffixes too easily ("whatabout|ist")
FUNCTION = 6.0  # the top of the list is function words: the, and, of, after, had
GLUE_WORD = 6.8  # ...its very top (the, and, of, with, was) is what glues onto real words;
# "back", "out", "some", "how" sit lower and end real compounds

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a sentence glued to the next one: "comment.Flynn's", "U.S.intelligence", 'power,"Richard'
_SENTENCE_GLUE = re.compile(
    r"(?<=[a-z]{2}[.!?;])(?=[A-Z][a-z])|(?<=[A-Z]\.[A-Z]\.)(?=[a-z]{3,})|(?<=[.,!?][\"”])(?=[A-Z][a-z])"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
MAX_TOKEN = 40  # longer runs of letters are data (base64, hashes), and cost O(n²) to try
GLUED_DOCUMENT = 3  # function-word splits that show a document lost its spaces
_NOT_PROSE = re.compile(r"[@#]|://|www\.|\.(com|org|net)\b", re.I)


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, float], float]:
    """wordfreq's English list, and the zipf it gives a word not in it (its minimum)."""
    return get_frequency_dict("en", "best"), zipf_frequency("", "en")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    word = word.lower().replace("’", "'")
    listed, missing = _words()
    # most words asked about are pieces of a glued token ("otherad", "visers"), absent from
    # the list: a plain word of ASCII letters is one token to wordfreq, so the lookup says
    # what its tokenizer (8 µs a word) would
    if word.isascii() and word.isalpha() and word not in listed:
        return missing
    return zipf_frequency(word, "en")


def _part_ok(part: str, capitalised: bool) -> bool:
    if len(part) <= 2:
        return not capitalised and (zipf(part) >= FUNCTION or part in ("a", "I"))
    if capitalised:
        return zipf(part) >= FUNCTION or (len(part) >= 4 and zipf(part) >= NAME_PART)
    return zipf(part) >= PART


def _best_split(token: str) -> list[int]:
    """Offsets inside ``token`` where spaces go, or [] to leave it whole."""
    whole = zipf(token)
    if whole >= KNOWN or not 5 <= len(token) <= MAX_TOKEN or not token[1:].islower():
        # inner capitals left after the case-boundary pass mark a brand ("AllSides")
        return []
    cap = token[0].isupper()
    best: tuple[float, list[int]] | None = None
    n = len(token)
    for i in range(1, n):
        a, b = token[:i], token[i:]
        if not (a[-1].isalpha() and b[0].isalpha()):
            continue
        if whole > 0 and not (len(b) >= 3 and zipf(b) >= GLUE_WORD and zipf(a) > whole + 1):
            continue  # a rare real word: only a function word glued on its end undoes it
        if _part_ok(a, cap) and _part_ok(b, False if whole > 0 else cap):
            score = zipf(a) + zipf(b)
            if best is None or score > best[0]:
                best = (score, [i])
    if best is None and whole == 0 and n >= 10:
        # three glued words are rare but happen in long runs ("foreignministryofficial")
        for i in range(3, n - 5):
            for j in range(i + 3, n - 2):
                parts = (token[:i], token[i:j], token[j:])
                if all(_part_ok(p, cap) and zipf(p) >= THREE_PART for p in parts):
                    score = sum(zipf(p) for p in parts) - 3.0
                    if best is None or score > best[0]:
                        best = (score, [i, j])
    return best[1] if best else []


def _camel_splits(token: str, context: str) -> list[int]:
    """Case boundaries worth splitting (see the module docstring)."""
    if zipf(token) >= KNOWN:
        return []
    keep, prev = [], 0
    for m in _CAMEL.finditer(token):
        c = m.start()
        left = token[prev:c]
        found = _TOKEN.match(token, c)
        if found is None:  # a capital the token pattern does not start at: leave the token whole
            return []
        right = found.group()
        right = right[: next((k for k in range(1, len(right)) if right[k].isupper()), len(right))]
        if left[0].islower():
            ok = len(left) >= 3 and zipf(left) >= PART  # "theKremlin", not "iPhone"
        else:
            cut = _best_split(left)  # "Ukrainianpolitician|Viktor"
            last = left[cut[-1] :] if cut else left
            ok = f"{last} {right}" in context  # "Richard Armitage" elsewhere
        if ok:
            keep.append(c)
            prev = c
    return keep


def _name_split(token: str, context: str) -> list[int]:
    """A name the document writes alone elsewhere, glued to a function word: "Kislyakhad",
    "Sessionsand". The dictionary knows neither the name nor the glued token; the document does."""
    if len(token) >= 5 and token[0].islower() and zipf(token) < KNOWN:
        # a function word glued to a name: "onRussia", "inWashington"
        for i in (2, 3, 4):
            head, name = token[:i], token[i:]
            if (
                head.islower()
                and zipf(head) >= FUNCTION
                and name[:1].isupper()
                and name[1:].islower()
                and re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![a-z])", context)
            ):
                return [i]
        return []
    if len(token) < 6 or not token[0].isupper() or not token[1:].islower() or zipf(token) >= KNOWN:
        return []
    for i in range(len(token) - 2, 2, -1):
        name, rest = token[:i], token[i:]
        if (
            zipf(rest) >= FUNCTION
            and zipf(name) < KNOWN
            and re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![a-z])", context)
        ):
            return [i]
    return []


def is_english(text: str, sample: int = 400) -> bool:
    """Most words are ordinary English words: the dictionary says nothing about other languages."""
    words = _TOKEN.findall(text)[:sample]
    if len(words) < 5:
        return True
    return sum(zipf(w) >= PART for w in words) / len(words) >= 0.6


def _candidates(text: str, context: str) -> list[tuple[int, str]]:
    """(offset, kind) of every space this module could insert into ``text``."""
    out: list[tuple[int, str]] = []
    for chunk in re.finditer(r"\S+", text):
        if chunk.group().isalpha() and zipf(chunk.group()) >= KNOWN:
            continue  # most chunks: one ordinary word, no punctuation for a sentence to glue at
        if _NOT_PROSE.search(chunk.group()):
            continue
        out.extend((chunk.start() + m.start(), "sentence") for m in _SENTENCE_GLUE.finditer(chunk.group()))
        for m in _TOKEN.finditer(chunk.group()):
            token, base = m.group(), chunk.start() + m.start()
            if zipf(token) >= KNOWN:  # an ordinary word: no rule below splits it
                continue
            pieces = [0] + (_camel_splits(token, context) or _name_split(token, context)) + [len(token)]
            out.extend((base + c, "case") for c in pieces[1:-1])
            for s, e in zip(pieces, pieces[1:]):
                for c in _best_split(token[s:e]):
                    word = token[s:e]
                    kind = "function" if max(zipf(word[:c]), zipf(word[c:])) >= FUNCTION else "word"
                    out.append((base + s + c, kind))
    return out


def split_points(text: str, context: str | None = None) -> list[int]:
    """Offsets into ``text`` before which the cleaned text needs a space. ``context`` is the
    whole document, where a name glued here may be written properly elsewhere."""
    return sorted({p for p, _ in _candidates(text, text if context is None else context)})


def glue_points(texts: list[str], context: str) -> list[list[int]]:
    """Split points for each paragraph of one document.

    Dictionary splits ("psycho|dramas", "broke|ness") are only trusted in a document that
    shows it lost its spaces: several splits off a function word ("and|emails", "the|record").
    Pages extracted from HTML keep their spaces and would only collect false splits.
    """
    if not is_english(" ".join(texts)):
        return [[] for _ in texts]
    found = [_candidates(t, context) for t in texts]
    glued = sum(kind == "function" for f in found for _, kind in f) >= GLUED_DOCUMENT
    return [sorted({p for p, kind in f if glued or kind in ("sentence", "case")}) for f in found]
