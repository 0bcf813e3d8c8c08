"""Cheap word matching between a question's lemmas and a sentence, before any parsing: a lemma
matches a word that starts with its stem ("meet" ~ "meeting", "deny" ~ "denied") or one of its
irregular forms ("meet" ~ "met"). FTS5 here has no stemmer, so the same forms feed the queries."""

from __future__ import annotations

import re

IRREGULAR = {
    "meet": ["met"],
    "speak": ["spoke", "spoken"],
    "tell": ["told"],
    "say": ["said"],
    "hold": ["held"],
    "lead": ["led"],
    "take": ["took", "taken"],
    "give": ["gave", "given"],
    "send": ["sent"],
    "know": ["knew", "known"],
    "grow": ["grew", "grown"],
    "run": ["ran"],
    "begin": ["began", "begun"],
    "write": ["wrote", "written"],
    "leave": ["left"],
    "make": ["made"],
    "find": ["found"],
    "bring": ["brought"],
    "think": ["thought"],
    "seek": ["sought"],
    "buy": ["bought"],
    "win": ["won"],
    "lose": ["lost"],
    "pay": ["paid"],
    "fall": ["fell", "fallen"],
    "choose": ["chose", "chosen"],
    "break": ["broke", "broken"],
    "see": ["saw", "seen"],
    "come": ["came"],
    "become": ["became"],
    "go": ["went", "gone"],
    "get": ["got"],
    "keep": ["kept"],
    "sell": ["sold"],
    "hear": ["heard"],
    "flee": ["fled"],
    "shoot": ["shot"],
    "steal": ["stole", "stolen"],
    "rise": ["rose", "risen"],
    "fly": ["flew"],
    "plead": ["pled"],
    "learn": ["learnt"],
    "forbid": ["forbade"],
    "swear": ["swore", "sworn"],
    "spend": ["spent"],
    "build": ["built"],
    "lend": ["lent"],
    "feel": ["felt"],
    "stand": ["stood"],
    "understand": ["understood"],
    "sit": ["sat"],
    "draw": ["drew", "drawn"],
    "drive": ["drove", "driven"],
    "fight": ["fought"],
    "catch": ["caught"],
    "teach": ["taught"],
    "hang": ["hung"],
    "hide": ["hid", "hidden"],
    "blow": ["blew", "blown"],
    "forget": ["forgot", "forgotten"],
    "forgive": ["forgave", "forgiven"],
    "freeze": ["froze", "frozen"],
    "ride": ["rode", "ridden"],
    "shake": ["shook", "shaken"],
    "stick": ["stuck"],
    "strike": ["struck"],
    "tear": ["tore", "torn"],
    "throw": ["threw", "thrown"],
    "wear": ["wore", "worn"],
    "withdraw": ["withdrew", "withdrawn"],
    "mislead": ["misled"],
    "oversee": ["oversaw", "overseen"],
    "arise": ["arose", "arisen"],
    "dig": ["dug"],
    "feed": ["fed"],
    "lay": ["laid"],
    "mean": ["meant"],
    "spin": ["spun"],
    "sweep": ["swept"],
    "deal": ["dealt"],
    "sleep": ["slept"],
    "shrink": ["shrank", "shrunk"],
    "sink": ["sank", "sunk"],
    "speed": ["sped"],
    "bind": ["bound"],
    "wake": ["woke", "woken"],
    "undertake": ["undertook", "undertaken"],
    "rewrite": ["rewrote", "rewritten"],
}
WORD = re.compile(r"[\w’'-]+")


def stem(lemma: str) -> str:
    """A prefix shared by a lemma's regular forms: deny/denied/denies -> "den", fire/fired -> "fir"."""
    lemma = lemma.lower()
    if len(lemma) <= 3:
        return lemma
    if lemma.endswith("y") or lemma.endswith("e"):
        return lemma[:-1]
    return lemma


BRITISH = re.compile(r"(?<=\w\w\w)is(e|ed|es|ing|ation|ations|er|ers)$")


def american(word: str) -> str:
    """ "organised" as "organized": British spellings of -ize words (the Guardian, Reuters UK)."""
    return BRITISH.sub(r"iz\1", word)


def words(text: str) -> list[str]:
    """Lowercased words; a hyphenated one also by its parts ("108-year-history" has "history")."""
    out = []
    for w in WORD.findall(text):
        w = w.lower().strip("’'")
        out.append(w)
        if "-" in w:
            out += [p for p in w.split("-") if p]
    return out


def matches(lemma: str, sentence_words: list[str]) -> bool:
    st, us = stem(lemma), stem(american(lemma))
    irr = IRREGULAR.get(lemma, ())
    british = "iz" in us  # only an -ize verb has a British spelling to read ("organised")
    return any(
        (w.startswith(st) or british and american(w).startswith(us)) and len(w) - len(st) <= 4 or w in irr
        for w in sentence_words
    )


def query_forms(lemma: str, seen: set[str], verb: bool = True) -> list[str]:
    """Words to look a lemma up by in the full-text index (which matches whole words only)."""
    out = [*seen, lemma, *IRREGULAR.get(lemma, ())]
    st = stem(lemma)
    if verb:
        out += [lemma[:-1] + "ied"] if lemma.endswith("y") else [st + "ed", st + "ing"]
    out.append(lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s")
    return list(dict.fromkeys(out))


def _family_words() -> dict[str, str]:
    """Every regular or irregular form of the extractor's trigger lemmas -> its event type."""
    from storyline.extract.events import NOUN_TRIGGERS, VERB_TRIGGERS

    out: dict[str, str] = {}
    for table, verb in ((VERB_TRIGGERS, True), (NOUN_TRIGGERS, False)):
        for lem, typ in table.items():
            for f in query_forms(lem, set(), verb):
                out.setdefault(f, typ)
    return out


TRIGGER_WORDS = _family_words()
# Types a question about one may be answered by a sentence about another: a "meeting" is often
# reported as "talks" or "a conversation", a "call" as "contacts".
FAMILY = {
    "MEET": {"MEET", "COMMUNICATE"},
    "COMMUNICATE": {"MEET", "COMMUNICATE", "CALL"},
    "CALL": {"CALL", "COMMUNICATE"},
}


def same_happening(event_type: str, sentence_words: list[str]) -> bool:
    """Only the contact family counts: "indict" and "investigate" share a type but not a meaning."""
    family = FAMILY.get(event_type)
    return family is not None and any(TRIGGER_WORDS.get(w) in family for w in sentence_words)


def kw_matches(lemma: str, sentence_words: list[str]) -> bool:
    """A question word in a sentence, or a word of the same contact family ("attend" ~ "meeting")."""
    if matches(lemma, sentence_words):
        return True
    typ = TRIGGER_WORDS.get(lemma)
    return typ is not None and same_happening(typ, sentence_words)


# The Hill's linked names, glued into the sentence by the scrape: "Sen. Dianne Feinstein Dianne
# Emiel FeinsteinSenate Democrats introduce ... agenda MORE (D-Calif.) said": the name, its full
# form run into the headlines of a pop-up, up to its "MORE" or the end of the sentence where the
# splitter cut the pop-up (1,815 with "MORE" in the AllSides scrape, all in The Hill's articles
# or their reprints)
LINKED_NAME = re.compile(
    r"\b(?P<last>[A-Z][a-z]+)(?P<cut> (?:[A-Z][\w.()'’\"-]*\s){1,4}(?P=last)(?=[A-Z]).{0,400}?(?: MORE\b|$))"
)


def unglue(text: str) -> str:
    """The sentence without a linked name's pop-up: "Sen. Dianne Feinstein (D-Calif.) said"."""
    return LINKED_NAME.sub(lambda m: m.group("last"), text)
