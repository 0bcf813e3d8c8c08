"""Cheap word matching between a question's lemmas and a sentence, before any parsing: a lemma
matches a word that starts with its stem ("meet" ~ "meeting", "deny" ~ "denied") or one of its
irregular forms ("meet" ~ "met"). FTS5 here has no stemmer, so the same forms feed the queries."""

from __future__ import annotations

import re
from functools import lru_cache

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


# A noun made of a verb ("agreement", "announcement", "nomination"): the verb's stem and these
# endings are one happening ("agreed" answers "when was the agreement reached")
DERIVED = ("ments", "ment", "ations", "ation", "ions", "ion")


def _base(lemma: str) -> str:
    """ "agreement" -> "agree", "nomination" -> "nomin": the verb a noun is made of, else itself."""
    for end in DERIVED:
        if lemma.endswith(end) and len(lemma) - len(end) >= 4:
            return lemma[: -len(end)]
    return lemma


def derived_from(lemma: str, verb: str) -> bool:
    """Is ``verb`` the verb a noun is made of ("agree" for "agreement", "nominate" for "nomination")."""
    base = _base(lemma)
    return base != lemma and verb.startswith(base) and len(verb) - len(base) <= 3


def matches(lemma: str, sentence_words: list[str]) -> bool:
    st, us = stem(lemma), stem(american(lemma))
    base = stem(_base(lemma)) if _base(lemma) != lemma else ""  # only a noun made of a verb
    irr = IRREGULAR.get(lemma, ())
    british = "iz" in us  # only an -ize verb has a British spelling to read ("organised")
    return any(
        (w.startswith(st) or british and american(w).startswith(us))
        and len(w) - len(st) <= 4
        or w in irr
        or len(base) >= 3
        and w.startswith(base)
        and (len(w) - len(base) <= 4 or w[len(base) :] in DERIVED)
        for w in sentence_words
    )


# nouns made of a verb by another stem ("gave testimony" for "testified")
NOUNS_OF = {
    "testify": ("testimony", "testimonies"),
    "die": ("death", "deaths"),
    "marry": ("marriage",),
    "arrive": ("arrival",),
    "depart": ("departure",),
    "fly": ("flight",),
    "try": ("trial",),
    "decide": ("decision",),
    "propose": ("proposal",),
    "deny": ("denial",),
    "approve": ("approval",),
    "withdraw": ("withdrawal",),
    "speak": ("speech",),
}


def noun_matches(lemma: str, sentence_words: list[str]) -> bool:
    """The noun made of the verb asked about ("announcement" for "announce"): the happening
    named, but with no subject or tense to read a who or a verdict from."""
    st = stem(lemma)
    if any(w in NOUNS_OF.get(lemma, ()) for w in sentence_words):
        return True
    return len(st) >= 5 and any(
        w.startswith(st) and w[len(st) :].lstrip("e") in DERIVED and w not in FALSE_FRIENDS
        for w in sentence_words
    )


# nouns that look made of a verb but name something else ("department" is no departing)
FALSE_FRIENDS = {"department", "departments", "government", "governments", "statement", "statements",
                 "apartment", "apartments", "compartment", "movement", "movements"}  # fmt: skip


# Verbs news writers use for one another's happening, each with the others it may be told by
# ("plowed into the crowd" for "rammed", "quit" for "resigned", "ousted" for "fired"). A sentence
# with only the other word supports an answer a little less (``rank.score``), and a verdict
# never rests on it (``happen``).
SYNONYM_GROUPS = (
    {"fire", "oust", "sack", "terminate"},
    {"resign", "quit"},
    {"ram", "plow", "plough", "slam", "crash", "smash", "barrel"},
    {"criticize", "slam", "blast", "condemn", "denounce", "rebuke"},
    {"appoint", "tap", "pick", "choose", "nominate", "select"},
    {"announce", "declare", "unveil"},
    {"withdraw", "exit", "leave", "abandon", "quit", "pull"},
    {"praise", "applaud", "laud", "hail", "commend", "cheer"},
    {"reject", "refuse", "decline", "rebuff", "dismiss"},
    {"kill", "slay", "murder"},
    {"arrest", "detain"},
    {"reveal", "disclose"},
    {"confront", "approach", "accost"},
    {"complete", "finish", "wrap", "conclude"},
    {"injure", "hurt", "wound"},
    {"speak", "talk", "remark"},
    {"reach", "strike", "agree"},
    {"travel", "trip", "visit", "tour"},
)
SYNONYMS: dict[str, set[str]] = {}
for _group in SYNONYM_GROUPS:
    for _lemma in _group:
        SYNONYMS.setdefault(_lemma, set()).update(_group - {_lemma})


# Verbs that tell the happening asked about did not take place ("turned down the invitation"
# for "did Comey accept it"): a verdict of No when one is affirmed (``happen``).
OPPOSITES = {
    "accept": {"decline", "reject", "refuse", "rebuff"},
    "attend": {"skip", "boycott"},
    "admit": {"deny"},
    "confirm": {"deny"},
}
TURNED_DOWN = re.compile(r"\bturn(?:s|ed|ing)?\s+(?:\w+\s+)?down\b", re.I)


def opposite_matches(lemma: str, text: str) -> bool:
    """Does the sentence tell the opposite of the happening ("declined an invitation", "turned
    down the invitation" for "accept")?"""
    others = OPPOSITES.get(lemma)
    if not others:
        return False
    if lemma == "accept" and TURNED_DOWN.search(text):
        return True
    forms = _forms_of(frozenset(others))
    return any(w in forms for w in words(text))


# Where or when someone spoke is where or when they said it ("Clinton said Wednesday in an
# appearance at a tech industry conference"); whom one spoke to is not whom one said something of.
SETTING_SYNONYMS = {"speak": {"say"}, "talk": {"say"}}


@lru_cache(maxsize=4096)
def synonyms(lemma: str, kind: str = "") -> frozenset[str]:
    """The other verbs of a lemma's group; a noun made of one has its verb's ("withdrawal");
    ``kind`` "where"/"when": a saying verb for speaking too."""
    setting = SETTING_SYNONYMS.get(lemma, set()) if kind in ("where", "when") else set()
    if lemma in SYNONYMS:
        return frozenset(SYNONYMS[lemma] | setting)
    # "withdrawal" has its verb's group; "firing" (a changed stem) and other verbs' nouns ("his
    # termination") are not read: on dev they gained no answer and answered an unanswerable one
    verb = next(
        (v for v in SYNONYMS if len(v) >= 4 and lemma.startswith(v) and len(lemma) - len(v) <= 4), None
    )
    return frozenset(SYNONYMS[verb] | {verb} if verb else setting)


@lru_cache(maxsize=4096)
def _forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset(f for other in lemmas for f in query_forms(other, set()))


def synonym_matches(lemma: str, sentence_words: list[str], kind: str = "") -> bool:
    """The happening told by another verb of its group ("plowed" for "rammed"), as a verb: not
    a noun made of it ("the agreement" is not "agreed" to "when was it reached")."""
    others = synonyms(lemma, kind)
    forms = _forms_of(others)
    return any(w in forms for w in sentence_words)


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
    if matches(lemma, sentence_words) or synonym_matches(lemma, sentence_words):
        return True
    typ = TRIGGER_WORDS.get(lemma)
    return typ is not None and same_happening(typ, sentence_words)


# The Hill's linked names, glued into the sentence by the scrape: "Sen. Dianne Feinstein Dianne
# Emiel FeinsteinSenate Democrats introduce ... agenda MORE (D-Calif.) said": the name, its full
# form run into the headlines of a pop-up, up to its "MORE" or the end of the sentence where the
# splitter cut the pop-up (1,815 with "MORE" in the AllSides scrape, all in The Hill's articles
# or their reprints). Ingest now removes whole pop-ups from the text (clean/popups.py); this stays
# for stores ingested before that, and for a pop-up the splitter cut at the end of a sentence
LINKED_NAME = re.compile(
    r"\b(?P<last>[A-Z][a-z]+)(?P<cut> (?:[A-Z][\w.()'’\"-]*\s){1,4}(?P=last)(?=[A-Z]).{0,400}?(?: MORE\b|$))"
)


def unglue(text: str) -> str:
    """The sentence without a linked name's pop-up: "Sen. Dianne Feinstein (D-Calif.) said"."""
    return LINKED_NAME.sub(lambda m: m.group("last"), text)
