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


def learned_roles(store: Store, key: str, limit: int = 40) -> list[str]:
    """How the sources describe someone, read off sentences that name them ("the gunman" for
    Paddock: "The gunman has been identified as 64-year-old Stephen Craig Paddock", "gunman Stephen
    Paddock wired $100,000"; "the retiree": "Paddock, the retiree"): ``described`` aliases a
    sentence may name them by in an article that names them. One full-text search."""
    name = rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(key.capitalize())}\b"
    patterns = (
        # "the gunman has been identified as 64-year-old Stephen Craig Paddock", "the gunman,
        # identified by police as Stephen Paddock"
        rf"\b[Tt]he (?P<role>[a-z]{{4,}}),? (?:has been |was |is )?identified (?:by [a-z]+ )?as (?:\d+-year-old )?{name}",
        # "The suspect was James Alex Fields"
        rf"\b[Tt]he (?P<role>[a-z]{{4,}}) (?:was|is) {name}",
        # "gunman Stephen Paddock", "the suspect, James Fields": a role word set before the name
        rf"(?:^|\b[Tt]he |[,;] |\bthat |\bwhen |\bas |\band ){ROLE_BEFORE}(?P<role>[a-z]{{4,}}),? {name}",
    )
    out: list[str] = []
    for h in store.search(key, limit=limit).items:
        for p in patterns:
            for m in re.finditer(p, h.text):
                role = m.group("role").lower()
                if role in NOT_ROLES or f"the {role}" in out or not _a_persons_role(h.text, m.start("role")):
                    continue
                out.append(f"the {role}")
    return out


def _a_persons_role(text: str, at: int) -> bool:
    """Is the word at ``at`` a noun naming the person next to it: "gunman" in "gunman Stephen
    Paddock" (a compound of the name), "suspect" in "the suspect, James Fields" (the name its
    apposition), or the subject identified as them; not "rifles" in "the rifles Mr. Paddock had"."""
    from storyline.present.ask.parsing import parse

    doc = parse(text)
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    person = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    return (
        tok.dep_ == "compound"
        and tok.head.i in person
        or any(c.dep_ == "appos" and c.i in person for c in tok.children)
        or any(c.dep_ in ("auxpass", "acl") or c.lower_ == "identified" for c in [tok.head, *tok.children])
        # "The suspect was James Alex Fields"
        or tok.dep_ == "nsubj"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.i in person for c in tok.head.children)
    )


ROLE_BEFORE = r"(?:(?:former|accused|alleged|suspected|lone|retired) )?"
# lower-case words before a name that say nothing of who they are
NOT_ROLES = {"said", "says", "told", "with", "from", "about", "against", "after", "before", "when", "that",
             "then", "than", "while", "where", "which", "what", "whom", "also", "only", "even", "both",
             "sources", "president", "senator", "secretary", "leader"}  # fmt: skip
