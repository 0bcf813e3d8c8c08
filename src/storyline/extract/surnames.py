"""Which of a document's full names a bare surname stands for, when a family shares it.

A story about a couple or a family names each member in full ("first lady Melania Trump",
"Ivanka Trump") and the most prominent one, most often, by the surname alone with a title
("President Trump", "Mr. Trump"). Counting full names would give the bare surname to whoever
the story names in full most often (CNN's report of the Trumps' first trip abroad names
"Melania Trump" ten times, "Donald Trump" three, and "President Trump" 76 times). The titles
before the bare surname tell whom it is: the bearer the document gives that title to, or one
the honorific fits; when they fit no full name and contradict the one counting would give
("President Trump" where only "first lady Melania Trump" is named in full), the surname stays
bare for the store to resolve (the store's dominant Trump).
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

MALE = {"mr.", "mr", "sir", "king", "prince", "husband", "father", "son", "brother"}
FEMALE = {
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "miss",
    "lady",
    "queen",
    "princess",
    "wife",
    "mother",
    "daughter",
    "sister",
}
HONORIFICS = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "dr.", "dr"}
# "first lady Melania Trump": titles that are no office of ROLE_NOUNS
TITLED = HONORIFICS | {"lady", "president-elect", "queen", "king", "prince", "princess"}
SHORT = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general"}


def title_before(doc, start: int, role_nouns: set) -> Optional[str]:
    """The head of the title right before a name ("President Trump" → "president", "first lady
    Melania Trump" → "lady", "Sen. Paul" → "senator"), or None."""
    if start == 0:
        return None
    word = doc[start - 1].lower_
    word = SHORT.get(word, word)
    return word if word in role_nouns | TITLED or word in SHORT.values() else None


def _gender(titles: set) -> Optional[str]:
    male, female = bool(titles & MALE), bool(titles & FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def _fits(title: str, titles: set, offices: bool) -> Optional[bool]:
    """Whether a bare surname's title points to a bearer given ``titles`` in full: True (the
    same title, or an honorific of their gender), False (the other gender, or with ``offices``
    another office), None (the document does not say)."""
    if title in HONORIFICS:
        gender, own = _gender(titles), _gender({title})
        if gender is None or own is None:
            return None
        return gender == own
    held = titles - HONORIFICS
    if title in held:
        return True
    return False if held and offices else None


def bearer(names: Counter, bare_titles: list[str], full_titles: dict[str, set]) -> Optional[str]:
    """The full name a bare surname stands for: the one named most (then the longest), unless
    its titles point to another, who then takes it when they contradict the one named most
    ("President Trump", "first lady Melania Trump") or outnumber its full names; None when they
    contradict that one and point to no other. Offices tell bearers apart only when the
    document names several in full: one person may hold two ("Sen. Barack Obama" in 2008,
    "President Obama" later); a gender never changes. An honorific points to a bearer only
    when every other is known to be of the other gender ("Mrs. Clinton" is not Chelsea because
    the document says she is a daughter and nothing of Hillary)."""
    default = max(names, key=lambda n: (names[n], len(n), n))
    votes: Counter = Counter()
    against: Counter = Counter()
    for title in bare_titles:
        fit = {n: _fits(title, full_titles.get(n, set()), len(names) > 1) for n in names}
        # the one bearer the title does not exclude ("President Obama": Michelle is first lady)
        yes = [n for n in names if fit[n]] or [n for n in names if fit[n] is None]
        if len(yes) == 1 and (title not in HONORIFICS or all(fit[n] is False for n in names if n != yes[0])):
            votes[yes[0]] += 1
        against.update(n for n in names if fit[n] is False)
    contradicted = bool(bare_titles) and against[default] * 2 >= len(bare_titles)
    if votes:
        top = max(votes, key=lambda n: (votes[n], names[n], len(n), n))
        return top if contradicted or votes[top] > names[default] else default
    return None if contradicted else default
