"""The words of names and event labels, as searches match them: whole words, case and accents
folded ("Erdoğan" is "erdogan"), kept in the store one a row (schema migration 11) so that a
search looks each word up in an index instead of testing every name and label for a substring.

Both backends store and look up the same words (Python folds them, not the database), so a
search answers the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata

# function words a search does not look for in names and labels: "said the president" asks for
# the president, and "the" is in thousands of names ("The New York Times") and labels
STOPWORDS = frozenset(
    "a an and are as at be but by for from has have he her his i in is it its of on or our she"
    " so that the their them they this to was we were what when where which who will with you".split()
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits: "_" and punctuation separate words


def words(text: str) -> list[str]:
    """The distinct words of ``text``, folded, in order."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    # an accent left by NFKD is a combining character, never ASCII: most names have none
    plain = folded if folded.isascii() else "".join(ch for ch in folded if not unicodedata.combining(ch))
    return list(dict.fromkeys(_WORD.findall(plain)))


def search_words(q: str) -> list[str]:
    """The words of a search to look for in names and labels: no stop words, and no single
    letters beside longer words (the "s" of "Obama's"). None when nothing is left."""
    found = [w for w in words(q) if w not in STOPWORDS]
    longer = [w for w in found if len(w) > 1]
    return longer or found
