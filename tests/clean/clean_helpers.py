def assert_offsets_exact(c):
    """Every copied character maps to the identical original character; the rest is whitespace."""
    covered = [False] * len(c.text)
    for cs, os_, n in c.offsets.segments:
        assert c.text[cs : cs + n] == c.original[os_ : os_ + n]
        for k in range(n):
            covered[cs + k] = True
    for i, ch in enumerate(c.text):
        if covered[i]:
            s, e = c.offsets.span(i, i + 1)
            assert c.original[s:e] == ch
        else:
            assert ch in " \n", f"inserted non-whitespace {ch!r} at {i}"


def original_of(c, needle: str) -> str:
    start = c.text.index(needle)
    s, e = c.offsets.span(start, start + len(needle))
    return c.original[s:e]
