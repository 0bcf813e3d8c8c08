"""What a sentence says in words: denial words, negations, conditions, qualifiers and the
rarer words two sentences share about the same thing."""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.model import Claim, Entity, Report

# a denial narrower than a plain "we never met": "never met Russian officials to discuss the
# campaign" does not deny meeting the ambassador, only what the meeting was about
QUALIFIER = re.compile(
    r"\b(to discuss|about the (campaign|election)|regarding the (campaign|election)|"
    r"concerning the (campaign|election)|in (his|her|their) capacity|as a surrogate|"
    r"(related|relating) to the (campaign|election)|on behalf of the campaign|"
    r"outside (of )?(his|her|their) duties|substantive|about the (trump )?campaign|campaign[- ]related|"
    # a denial of what was talked about, not of talking: "did not discuss sanctions",
    # "had not spoken with Whitaker about the investigation"
    r"discuss\w*|(spoke|spoken|talked|talk|speak)\b[^.,;]{0,40}\babout)\b",
    re.I,
)
# (not a time: "honored Trump over the years", "spoke over the phone")
REASON = re.compile(
    r"\b(over the(?! (years|decades|months|weeks|weekend|past|course|phone)\b)|because( of)?|in order to|"
    r"in exchange for|as a result of|for the purpose)\b",
    re.I,
)


def is_qualified(text: str, denier: Entity | None) -> bool:
    """Whether the denial is narrower than a plain "never met": read from where the sentence
    names the denier on, so that "why Flynn denied discussing sanctions and why Sessions denied
    any contacts" qualifies Flynn's denial, not Sessions's. A quote told before its speaker
    ("I never discussed any of this with Trump," Stone told CNN) is read whole."""
    if denier is not None:
        at = text.find(denier.name.split()[-1])
        if at > 0 and NEGATION.search(text[at:]) or at > 0 and DENIAL_WORD.search(text[at:]):
            text = text[at:]
    return bool(QUALIFIER.search(text))


# the denied thing is what was talked about: "did not discuss sanctions", "never talked with
# him about the probe" (not "never met them to discuss the campaign": the meeting is denied)
_TOPIC = re.compile(
    r"(?<!\bto )\b(discuss\w*|(spoke|spoken|talked|talk|speak)\b[^.,;]{0,40}?\babout)\b", re.I
)


def on_topic(denials: list[Claim], reports: list[Report]) -> bool:
    """Whether a report tells what a denial of a topic ("did not discuss sanctions") says was
    not talked about: a word of the topic (in the denial after "discuss"/"about") in a report's
    sentence. Denials qualified otherwise ("to discuss the campaign", "substantive") pass."""
    topics = []
    for d in denials:
        m = _TOPIC.search(d.text)
        if m is None:
            return True
        topic = d.text[m.end() :].split(",")[0]
        # names are whom it was discussed with, not what: "never discussed any of this with
        # Donald Trump" names no topic a report could tell
        topics.append(word_stems(topic) - word_stems(" ".join(_WITH_NAME.findall(topic))))
    said = set().union(*(word_stems(r.text) for r in reports))
    return any(t & said for t in topics)


_WORD = re.compile(r"[a-z]{4,}")
_WITH_NAME = re.compile(r"\bwith ((?:[A-Z][\w’'.-]+ ?)+)")
# "refuted this claim": what is denied is said in another sentence, so its words are not here
# a denial of a report it tells in its own words: "refuted a CNN report that quoted an immigration
# lawyer saying …", "dismissed a New York Times report that the president's eldest son knew …",
# "rejected the president's claim that …", "a claim by the transition lawyer that …": the report
# (a claim: someone's) is the other side, even when no other sentence tells it. Not "the claims
# that …" of no one, nor "a story that was reported by multiple sources" (a relative clause
# telling no content), nor "the claim saying that …" (the denier's reason follows).
_OWNER = r"(?P<who>(?:[A-Z][\w.&-]*(?:[’']s)?\s+){1,4}|(?:\w+\s+){0,2}\w+[’']s\s+)"
# "that" opening a relative clause of what the report did ("the report that prompted wide
# speculation", "a story that was reported by multiple sources"), not of what it tells: a verb
# after it other than one of telling ("a CNN report that quoted an immigration lawyer saying …")
_TOLD = (
    r"(?!(?:\w+ly\s+|first\s+|also\s+|later\s+)?(?:was|were|is|are|has|had|have)\s+(?:been\s+)?\w+ed\b"
    r"|(?:\w+ly\s+|first\s+|also\s+|later\s+)?(?!(?:quot|cit|claim|alleg|found|show|suggest|detail|describ|reveal|accus|report|assert)\w*\b)\w+ed\b"
    r"|(?:\w+ly\s+|first\s+|also\s+|later\s+)?(?:came|ran|drew|made|led|sent|went|got|broke|began|caused|sparked|appeared|emerged)\b)"
)
CARRIED = re.compile(
    rf"^\W*(?:an?|the)\s+(?:{_OWNER}?(?:news\s+)?(?:reports?|story|stories|article)"
    rf"|{_OWNER.replace('who', 'owner')}claims?"
    r"|(?:reports?|story|article|claims?)\s+(?:by|from)\s+(?P<by>(?:[\w.’'-]+\s+){1,4}?))"
    rf"\s*that\s+{_TOLD}\W?\w"
)


ELSEWHERE = re.compile(
    r"\b(this|that|these|those|such) (\w+ )?(claims?|reports?|story|stories|accounts?|allegations?|charges?|"
    r"comments?|remarks?|accusations?|assertions?|characterizations?)\b"
    r"(?! that)"
    # "denied it", "denied that it took place": the pronoun stands for what was told before
    r"|\bden(y|ies|ied|ying) (that )?(it|this)\b"
    # "dismissed the allegations in this lawsuit", "denied the charges": the article told them
    r"|\b(den(y|ies|ied|ying)|dismiss(ed|es|ing)?|reject(ed|s|ing)?|disput(ed|es|ing)|refut(ed|es|ing)) "
    r"(all )?the (\w+ )?(claims?|reports?|allegations?|accusations?|charges?|story)\b"
    # not "denied the accusation late Wednesday that …", "the allegations of …": those say it
    r"(?!( \w+){0,3} that\b| of\b)",
    re.I,
)
_PLAIN = set(
    "that this with have said says told than from were been would could about there their they "
    "what which when where after before also into over under more most some such only other "
    "denied denies deny denial false untrue never reports report reported claim claims account "
    "president former official officials statement interview week year month".split()
    # when it was said tells nothing of what was said
    + "late early monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
    # words of degree and reference, rare only in a small store ("another", "those days", "very
    # surprised": a Keyser denial and a Ramirez accusation shared nothing else)
    + "those these another very days ever even much many just still every being".split()
)


@lru_cache(maxsize=65_536)
def word_stems(text: str) -> frozenset[str]:
    # cached: the same names ("Trump", "the FBI") and claims are read for every denial
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if w not in _PLAIN)


# "denied reports that", "denied the accusation late Wednesday that": the denied content follows
OF_REPORTS = re.compile(
    r"\bden\w* (\w+ ){0,3}(reports?|accusations?|allegations?|claims?|suggestions?|assertions?)"
    r"( \w+){0,3} that\b",
    re.I,
)
# a denial of someone's claim: "denied Trump's specific charge of wiretapping", "would contest
# the president's assertion that …"; what follows the noun is what the claim says
ACCUSED = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.-]+ ){0,3}[A-Z][\w.-]+|the [a-z]+)(?:’s|'s) (?:[a-z]+ ){0,2}?"
    r"(?:claims?|charges?|accusations?|assertions?|allegations?)\b(?= (?:of|that|about)\b)"
)
# what a denier calls what it denies ("dismissed as a witch hunt and a hoax", "called the story
# 'very fake news'"): the denier's words, none of what is denied
VIEW = {"witch", "hunt", "hoax", "hoaxe", "fake", "nonse", "ridic", "absur", "basel", "smear", "untru"}
REPORT_NOUNS = {"alleg", "accus", "sugge", "asser", "claim", "repor", "story", "stori", "accou", "charg"}
DENIAL_WORD = re.compile(
    r"\b(den(y|ies|ied|ying|ial)|refut\w*|disput\w*|reject\w*|rebut\w*|"
    r"(is|was|are|were|be) (not true|false|untrue|fake)|"
    # the denials extraction reads with no verb of denial (extract/denials.py)
    r"no (recollection|memory)|(do|does|did)(n[’']t| not) recall|(completely|absolutely|simply) (untrue|false)|"
    r"not true|nonsense|would (contest|dispute)|"
    # denials worded as disputes, answers and quotes (extract/disputes.py)
    # ("dismissal" is a firing: "Comey's dismissal 'relieved great pressure'" denies nothing)
    r"push(ed|es|ing)? back (on|against)|dismiss(ed|es|ing)?|(brush|wave|knock|shoot|shot|swat|bat|slap)\w* (off|down)|call\w* [^.;]{0,60}fake news|"
    r"never (happened|took place)|did(n[’']t| not) (happen|take place)|(do|does|did)(n[’']t| not)( personally)? know|"
    r"(is|was|are|were)n[’']t true)\b|"
    r"[“\"](no|never|nope)[,.!][”\"]",
    re.I,
)
# "confirm or deny", "did not deny", "would deny": no denial made
# a denial of "the allegations" and no more ("noting that he “totally denies” the allegations and
# that the alternative would be …", "he denied some of the allegations against him"): what is
# denied is told elsewhere, so the sentence's other words are its setting, not what is denied
# ("denied the accusation late Wednesday that …" says what it denies)
GENERIC_DENIAL = re.compile(
    r"\bden(y|ies|ied|ying)\W+(\w+\W+){0,2}(the|all|these|those|any|such|some|her|his|their)\W+"
    r"(\w+ )?(allegations?|accusations?|claims?|charges?)\b(?!(\W+(?!and\b)\w+){0,2}\W+(that|of|from|by|about)\b)",
    re.I,
)
NO_DENIAL = re.compile(
    # ("didn't deny": the contraction is inside a word, so no word boundary before it)
    r"\b(confirm(ed)? (or|nor) den\w+|(not|never|neither) (\w+ )?den\w+|would den\w+|to deny)\b"
    r"|n[’']t (\w+ )?den\w+"
    # a writer's hedge, no one's denial: "Reuters has not independently verified the reports"
    r"|\b(not|n[’']t|unable to) (been )?(independently )?(verif|confirm|corroborat)\w*",
    re.I,
)
# a sentence opening on a condition supposes, it denies nothing: "If Trump insisted that Flynn
# was a good guy, that doesn't meet the obstruction threshold"
_CONDITION = re.compile(r"\W*(even )?(if|unless|suppose|supposing)\b", re.I)


def is_supposed(text: str) -> bool:
    """A denial only supposed: the sentence opens on a condition and no denial is said after
    it ("Even if Trump did tell Russian officials …, that comment (which Trump denies)" denies)."""
    return bool(_CONDITION.match(text)) and not DENIAL_WORD.search(text.partition(",")[2])


# a sentence that asks or says it is not known tells nothing as fact: "it is unclear whether he
# actually offered to resign", "Karl asked Spicer if he could still say …"
# a report of the denier insisting on innocence is one more denial, told by someone else: "the
# nominee, who insisted that he was innocent and that he wasn’t at the party"
INSISTED = re.compile(r"\b(insist\w*|maintain\w*)\b[^.;]{0,40}?\b(innocen\w*|not|never|n[’']t)\b", re.I)
# (an inquiry "to determine whether executive branch investigative powers were abused" tells
# no abuse)
UNSURE = re.compile(
    r"\b(unclear|not clear|uncertain)\b|\bask(ed|s|ing)?\b[^.;]{0,80}\b(if|whether)\b"
    r"|\b(determin|decid|examin|investigat|review|assess|find out|look(ing)? into)\w* whether\b",
    re.I,
)
DISMISSED = re.compile(r"\b(false|falsely|untrue|fabricat\w*|hoax|fake)\b", re.I)
# an investigation called a witch hunt or a hoax: an opinion of it, no fact denied ("Trump has
# repeatedly dismissed Special Counsel Robert Mueller’s investigation as a political witch hunt",
# "the Trump campaign investigation that the White House has dismissed as a hoax"); "called a
# 'TOTAL HOAX' the idea his campaign worked with Moscow" denies what the idea says
# ("fake news" of an investigation, as "hoax": "dismissing the Russia investigation as “fake news”")
OPINION = re.compile(r"\b(witch ?hunt|hoax|charade|sham|fake news)\b", re.I)
_INQUIRY = re.compile(r"\b(investigations?|probe|inquiry)\b", re.I)
# … unless it denies something too ("Trump has denied any collusion and has called Mueller’s
# investigation a witch hunt") or says what it dismisses ("the idea that", "reports that")
_ALSO_DENIED = re.compile(
    r"\bden(y|ies|ied|ying)\b|\b(idea|notion|claims?|reports?|allegations?|story) that\b", re.I
)


# a dismissal as what the denier calls it, words saying nothing is false: "Trump dismissed the
# allegations against Kavanaugh as a "big fat con job" orchestrated by Democrats" (not "dismissed
# Ramirez's allegation as a "coordinated smear campaign"", "… as false", "… as fake news")
_DISMISSED_AS = re.compile(r"\bdismiss(ed|es|ing)?\b[^.;]{0,80}?\bas\b(?P<what>[^.;]*)", re.I)
_FALSITY = re.compile(
    r"\b(false\w*|untrue|lies?|lying|fake|fabricat\w*|hoax\w*|smears?|baseless|unfounded|"
    r"nonsense|ridiculous|absurd|made[- ]up|fiction\w*|invent\w*|never|not)\b",
    re.I,
)
# a poll's share of people calling something false, no party's denial: "with most Alabama
# Republicans saying the allegations against him are false", "43% of voters said in exit polling
# that they thought the charges were "definitely or probably false""
_POLL = re.compile(r"\b(polls?|polled|polling|surveys?|surveyed|respondents)\b", re.I)
_SHARE = re.compile(r"\b(most|majority)\b|\d+ ?(%|percent\b)", re.I)


def only_opinion(text: str) -> bool:
    """A denial that is only someone's view, no fact denied: an investigation called names (a
    witch hunt, a hoax), a dismissal as a name that says nothing is false, a poll's share."""
    if _POLL.search(text) and _SHARE.search(text):
        return True
    dismissed = _DISMISSED_AS.search(text)
    if dismissed and not _FALSITY.search(dismissed.group("what")) and not _ALSO_DENIED.search(text):
        return True
    return bool(OPINION.search(text) and _INQUIRY.search(text)) and not _ALSO_DENIED.search(text)


# the noun of a denial after a preposition, someone's ("powerful in his denial today", "a powerful
# refutation of Kavanaugh’s denials", "elaborating on his denial"): the sentence tells of the
# denial, it makes none; not when it says what is denied ("in his denial that he sexually
# assaulted …") nor beside a verb of denial
_DENIAL_NOUN = re.compile(
    r"\b(on|in|of|to|with|about|despite|against|amid|by)\s+(his|her|their|its|[A-Z][\w.-]*(?:’s|'s))\s+"
    r"(\w+\s+)?(denials?|refutations?)\b(?!\s+(that|of)\b)",
    re.I,
)
_DENIAL_VERB = re.compile(
    r"\bden(y|ies|ied|ying)\b|\b(refut|disput|reject|rebut|dismiss)(e|es|ed|ing|s)?\b|\b(not|never|false|untrue)\b|n[’']t\b",
    re.I,
)


# a denial named and not said of what: "Last week's denial was particularly jarring as it came
# mere hours after … Cohen … pleaded guilty" (not "his denial of a Prague visit", "his denial
# that he …": those say what is denied)
_BARE_DENIAL = re.compile(
    # no one's denial, a time's or a thing's: "Keyser's denial … is the most consequential
    # development" and "her denial" are someone's, and deny
    r"\b(the|this|that|(last|this|next) (week|month|year)[’']s|(yester|to)?day[’']s|\w+day[’']s)\s+"
    r"(\w+\s+)?denials?\b(?!\s+(that|of|about|to|by)\b)",
    re.I,
)


# what a denial is said to knock down: "speculation that …", "reports that …"
_THAT = re.compile(
    r"\b(speculation|reports?|claims?|allegations?|suggestions?|idea|notion|accusations?|charges?|"
    r"assertions?|stor(y|ies)|rumou?rs?) that\b",
    re.I,
)


def tells_of_a_denial(text: str) -> bool:
    """A sentence that names someone's denial with a noun, after a preposition or not saying
    what it denies, and no verb of denial: it is about the denial ("records might therefore be a
    powerful refutation of Kavanaugh's denials", "Last week's denial was particularly jarring"),
    no denial of its own."""
    if _DENIAL_NOUN.search(text) and not _DENIAL_VERB.search(_DENIAL_NOUN.sub(" ", text)):
        return True
    bare = _BARE_DENIAL.search(text)
    # not "the same denial Sanders issued to knock down speculation that …": it says what
    if bare is None:
        return False
    return not _THAT.search(text, bare.end()) and not _DENIAL_VERB.search(_BARE_DENIAL.sub(" ", text))


NEGATION = re.compile(r"\b(not|never|no|nothing|none|false|untrue|fabricat\w*|lie|lies)\b|n[’']t", re.I)


def spellings(name: str) -> tuple[str, str]:
    """A name as a search asks for it on both backends: PostgreSQL's parser keeps a typographic
    apostrophe in the word ("Trump’s request" holds no "Trump"), FTS5 splits there."""
    return name, f"{name}’s"


# words quoted: "…", “…” (a quote may run on past the sentence's end), and ‘…’ opened after a
# space (not the apostrophe of "Trump’s")
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,200})(?:[\"”]|$)|(?:^|(?<=\s))‘([^‘’]{3,200})’(?!\w)")
_TOKEN = re.compile(r"[a-z][a-z’'-]*[a-z]|[a-z]")
_SMALL = set("a an the of to in on at by for and or but is are was were be it that this he she we i".split())


def quoted_pairs(text: str) -> frozenset[str]:
    """The pairs of words a sentence quotes ("relieved great pressure": "relieved great",
    "great pressure"), not those with a small word ("of the", "because of"). Two sentences quoting the
    same words tell the same saying, however else they word it."""
    out = set()
    for m in _QUOTED.finditer(text):
        words = _TOKEN.findall((m.group(1) or m.group(2)).lower())
        for a, b in zip(words, words[1:]):
            if a not in _SMALL and b not in _SMALL and len(a) >= 3 and len(b) >= 3:
                out.add(f"{a} {b}")
    return frozenset(out)


def unquoted(text: str) -> str:
    """The sentence without the words it quotes: "relieved 'great pressure because of Russia'"
    gives no reason of the writer's or the denier's."""
    return _QUOTED.sub(" ", text)


# a related story's headline, given as a link inside an article (USA TODAY's "More:"): told in
# that story, not in this one
LINK = re.compile(r"^\W*More:")


# a charge's own hedge in a denial's sentence: "Gianforte allegedly slammed Ben Jacobs to the
# floor … — a charge Gianforte denies", "Trump denies the alleged affair", "denied this and other
# allegations of sexual misconduct"
_ALLEGED_EVENT = re.compile(
    r"\b(?:alleged(?:ly)?|(?:allegations?|accusations?|charges?) of)\b"
    r"|[—–,]\s*(?:a|an)\s+(?:charge|allegation|accusation|claim)\s+(?:that\s+|which\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}"
    r"(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:denie[sd]|deny|disputes?|disputed|rejects?|rejected)\b"
)


def alleged_only(text: str) -> bool:
    """Whether a denial's sentence hedges what it denies only as a charge ("allegedly", "the
    alleged affair", "an accusation Kavanaugh denies"): the event is read as probable, but
    what the denier says of it is a plain no. Not one unsure of it ("it is unclear whether")."""
    return _ALLEGED_EVENT.search(text) is not None and UNSURE.search(text) is None
