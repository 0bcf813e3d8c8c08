"""Someone asked about whom a sentence names only by a description with an age ("The 81-year-old
senator, a frequent critic of Trump ..."): "how old is McCain" is answered there when the sentence
before names him and the sources give him that role elsewhere ("John McCain, the ailing Arizona
senator")."""

from __future__ import annotations

import re
from typing import Optional

from storyline.store.base import Store

# "the 65-year-old former Exxon Mobil Corp chief executive": a definite description (someone the
# article has named), not "a 20-year-old man" nor "the 64-year-old Stephen Paddock" (a name)
DESCRIBED_AGE = re.compile(
    r"\b[Tt]he \d{1,3}-year-old (?P<desc>(?:[\w’'-]+ ){0,6}?[a-z][\w-]*)(?=[,.;:]| (?:and|who|was|is|has|had|said)\b)"
)


def role_in(text: str) -> Optional[str]:
    """The role word of an age description in the sentence ("senator", "executive"), if any."""
    m = DESCRIBED_AGE.search(text)
    if m is None or re.search(r"\b[A-Z]", m.group("desc").split()[-1]):
        return None
    return m.group("desc").split()[-1].lower()


def has_role(store: Store, key: str, role: str, limit: int = 40) -> bool:
    """Do the sources set the role beside the name ("Tillerson, the former chief executive of
    ExxonMobil", "John McCain, the ailing Arizona senator")? One full-text search."""
    apposed = re.compile(
        rf"\b{re.escape(key)}\w*,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{re.escape(role)}\b", re.I
    )
    return any(apposed.search(h.text) for h in store.search(f"{key} {role}", limit=limit).items)
