"""spaCy's attribute ruler (the tag map: POS, morphology and a few lemmas from each token's
fine-grained tag) with its patterns tested on the Doc's token arrays.

The model's ruler holds ~180 one- and two-token patterns on TAG, LOWER, DEP and IS_SPACE, and
spaCy's Matcher tries every pattern at every token: a tenth of the whole parse. The same
patterns as numpy comparisons over whole columns find the same matches in a fraction of that;
they are then applied by the ruler itself (``set_annotations``, in the ruler's own order), so
the tokens get exactly the attributes they got before. A pattern using anything else (an
operator, another attribute: a different model) leaves the ruler as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np

COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes the patterns may test

# (how selective: 0 first, column, mask of the tokens that pass)
Test = tuple[int, int, Callable[[np.ndarray], np.ndarray]]


def _test(column: int, value: Any, hashed: Callable[[Any], int], strings: Any) -> Test | None:
    if isinstance(value, dict):
        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
            return None
        ((op, items),) = value.items()
        if op == "REGEX":  # as the Matcher: re.search on the string, once per distinct value
            return 3, column, partial(_search, re.compile(items), strings, {})
        wanted = np.array([hashed(v) for v in items], dtype=np.uint64)
        if op == "IN":
            return 2, column, lambda col: np.isin(col, wanted)
        return 3, column, lambda col: ~np.isin(col, wanted)
    one = np.uint64(hashed(value))
    return (0 if COLUMNS[column] == "LOWER" else 1), column, lambda col: col == one


def _search(regex: re.Pattern[str], strings: Any, seen: dict[int, bool], col: np.ndarray) -> np.ndarray:
    values, where = np.unique(col, return_inverse=True)
    found = []
    for h in values.tolist():
        hit = seen.get(h)
        if hit is None:
            hit = bool(regex.search(strings[h]))
            if len(seen) < 100_000:  # a word list's worth; a long run's rarer words are retested
                seen[h] = hit
        found.append(hit)
    return np.array(found, dtype=bool)[where]


def compile_ruler(ruler: Any) -> Callable[[Any], list[tuple[int, int, int, int]]] | None:
    """A replacement for ``ruler.match``: the same (rule, match id, start, end) list, sorted
    as the ruler sorts it. None when a pattern is beyond these simple tests."""
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    def hashed(value: Any) -> int:
        return int(value) if isinstance(value, bool) else get_string_id(value)

    rules = []  # (rule number, match id, width, [(token, column, test)], the most selective first)
    for number in range(len(ruler.attrs)):
        key = str(number)
        match_id = ruler.vocab.strings[key]
        for pattern in ruler.matcher.get(key)[1]:
            tests = []
            for k, spec in enumerate(pattern):
                for name, value in spec.items():
                    if name not in COLUMNS:
                        return None
                    test = _test(COLUMNS.index(name), value, hashed, ruler.vocab.strings)
                    if test is None:
                        return None
                    tests.append((test[0], k, test[1], test[2]))
            tests.sort(key=lambda t: t[0])
            rules.append((number, match_id, len(pattern), [t[1:] for t in tests]))
    columns = [IDS[name] for name in COLUMNS]

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if n == 0:
            return []
        table = doc.to_array(columns)
        cols = [table[:, i] for i in range(len(COLUMNS))]
        found = set()
        for number, match_id, width, tests in rules:
            if width > n:
                continue
            # the first test over every start, the others only where the pattern may still match
            last = n - width + 1
            if not tests:
                starts = np.arange(last)
            else:
                k, column, passes = tests[0]
                starts = np.flatnonzero(passes(cols[column][k : k + last]))
            for k, column, passes in tests[1:]:
                if not len(starts):
                    break
                starts = starts[passes(cols[column][starts + k])]
            found.update((number, match_id, int(s), int(s) + width) for s in starts.tolist())
        return sorted(found)

    return match
