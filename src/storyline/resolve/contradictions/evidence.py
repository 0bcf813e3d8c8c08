"""Each side of a disagreement as facts: its sentences, speakers, outlets and dates, and
who stands behind it (first-hand, second-hand), never a verdict."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeGuard

from storyline.model import Analysis, Claim, Entity, EventMention, Position, Report

# who stands behind a report: the person themself, sworn testimony or documents, against
# unnamed officials or an accusation (second-hand: "Steele's sources accused Cohen of …" tells
# what someone charges, not that it happened)
_FIRST_HAND = re.compile(
    r"\b(testif\w+|under oath|sworn|records? show|documents?|emails?|transcripts?)\b", re.I
)
_SECOND_HAND = re.compile(
    r"\b(officials? (said|say|told)|according to (current and former |former |u\.s\. )?officials|"
    r"familiar with|anonymity|people briefed|sources? (said|say|told)|not authorized|"
    r"accus(e|es|ed|ing) [^;]{0,80}?\bof|alleg(e|es|ed|ing) that)\b",
    re.I,
)
ADMITTED = re.compile(r"\b(acknowledg\w*|admitt?\w*|conced\w*)\b", re.I)
_LATER_FACT = re.compile(
    r"\b(pleaded guilty|plead guilty|correct(ed|ion)|acknowledged|admitted|confirmed)\b", re.I
)


def entity_of(entities: dict[str, Entity], key: str | None) -> Entity | None:
    """``entities.get(key)``, None for no key."""
    return entities.get(key) if key is not None else None


def asserts(m: EventMention | None) -> TypeGuard[EventMention]:
    """Told as fact: positive and certain, not planned, demanded or supposed."""
    return m is not None and m.factuality.happened and not m.negated


# an act named only as what someone thinks about, plans, weighs or would justify: "has privately
# mused about firing Rosenstein", "provide him with the pretext … to justify Rosenstein's firing",
# "to bar Mueller from being fired"; a few words may stand between ("justify firing the deputy
# attorney general"), none of them another verb or a preposition of its own ("threatened in a phone
# call": the call took place)
_SUPPOSING = re.compile(
    r"\b(?i:mus(e|es|ed|ing)|ponder\w*|contemplat\w*|weigh(s|ed|ing)?|consider(s|ed|ing)?|"
    r"threat(en|ens|ened|ening)?|plan(s|ned|ning)?|float(s|ed|ing)?|justif\w+|pretext|excuse|"
    r"possib(le|ility|ly)|prospect|potential|(talk|talked|talking|thought|speculat\w+) (about|of)|"
    r"(call|calls|called|push|pushed|pushing) for|"
    r"bar(s|red|ring)?|block(s|ed|ing)?|protect(s|ed|ing)?|prevent(s|ed|ing)?|avoid(s|ed|ing)?)\b"
)
_BETWEEN = re.compile(r"\b(?i:in|at|with|during|by|after|before|since|while|when|that|\w+ed|\w+ing)\b")
# a modal or a condition whose verb it is, only a subject, auxiliaries or adverbs between: "he
# would resign", "could be behind"; not "might be recording his conversations", "whether the
# interactions he saw … amounted to collusion" (told as seen)
_MAYBE = re.compile(r"\b(?i:would|could|might|should|if|whether)\b|\bmay\b")
_AUXILIARY = re.compile(
    r"(?i:he|she|they|it|we|i|you|be|been|have|has|not|never|also|well|still|then|later|soon|ever|\w+ly)"
)
# … or as the subject of a modal: "Rosenstein's firing would put him in an untenable position"
_THEN_MODAL = re.compile(r"^\W+(would|could|might|may|will)\b")


def only_supposed(text: str, trigger: str) -> bool:
    """Whether each time the sentence names the act (its event's word) it is only supposed: mused
    about, planned, threatened, justified, possible, the verb of a modal or condition, or the
    subject of a modal. Such a sentence tells no fact a denial stands against (extraction reads a
    noun's factuality as told)."""
    at = list(re.finditer(rf"\b{re.escape(trigger)}\b", text))
    if not at:
        return False
    return all(_supposed_at(text[: m.start()], text[m.end() :]) for m in at)


def _supposed_at(before: str, after: str) -> bool:
    # the four words before it in its own clause
    words = " ".join(re.split(r"[,;:()—]", before)[-1].split()[-4:])
    for f in _SUPPOSING.finditer(words):
        if not _BETWEEN.search(words[f.end() :]):
            return True
    for f in _MAYBE.finditer(words):
        if all(_AUXILIARY.fullmatch(w) for w in re.findall(r"[\w’'-]+", words[f.end() :])):
            return True
    return bool(_THEN_MODAL.match(after))


def basis_of(text: str, own: bool = False) -> str:
    """Who stands behind a report: the person themself (``own``), sworn testimony or documents
    (first-hand), unnamed officials (second-hand), or the outlet alone (reported); "" while the
    sentence is unknown."""
    if own or _FIRST_HAND.search(text):
        return "first-hand"
    if _SECOND_HAND.search(text):
        return "second-hand"
    return "reported" if text else ""


def count_bases(evidence: dict[str, Any], reports: Sequence[Report | dict[str, Any]]) -> None:
    """Set the first-hand and second-hand counts of one side from its reports' bases."""
    bases = [r["basis"] if isinstance(r, dict) else r.basis for r in reports]
    evidence["first_hand"] = bases.count("first-hand")
    evidence["second_hand"] = bases.count("second-hand")


class Reader:
    """Sentences, outlets and dates of the analyses, to quote each side."""

    def __init__(
        self, analyses: list[Analysis], mention_entity: dict[str, str], entities: dict[str, Entity]
    ) -> None:
        self.docs = {a.doc.id: a.doc for a in analyses}
        # resolution reads no sentences: a claim carries its sentence; others are quoted by the
        # store when it lists the disagreement
        self.sents = {(a.doc.id, c.sent): c.text for a in analyses for c in a.claims}
        self.sents.update({(a.doc.id, s.idx): s.text for a in analyses for s in a.sentences})
        self.mention_entity, self.entities = mention_entity, entities

    def name(self, ent: str | None) -> str | None:
        return self.entities[ent].name if ent in self.entities else None

    def basis(self, text: str, speaker: str | None, participants: set[str]) -> str:
        return basis_of(text, speaker is not None and speaker in participants)

    def claim(self, c: Claim, participants: set[str]) -> Report:
        doc = self.docs.get(c.doc)
        who = self.mention_entity.get(c.speaker) if c.speaker else None
        return Report(
            doc=c.doc,
            sent=c.sent,
            text=c.text,
            speaker=who or c.speaker_text,
            speaker_name=self.name(who) or c.speaker_text,
            outlet=doc.outlet if doc else None,
            published=doc.published if doc else None,
            claim=c.id if c.id != c.event else None,  # a denial told without a claim stands as its mention
            mention=c.event,
            basis=self.basis(c.text, who, participants),
        )

    def sentence(
        self, doc: str, sent: int, text: str, mention: str | None = None, speaker: str | None = None
    ) -> Report:
        """A sentence the store's search found, told by its outlet (or ``speaker``): ``mention``,
        an event or entity mention in it, stands for it among a disagreement's ids (with none,
        the sentence's own id does: ``cited``)."""
        d = self.docs.get(doc)
        who = speaker or (d.outlet if d else None)
        return Report(
            doc=doc,
            sent=sent,
            text=text,
            speaker=who,
            speaker_name=speaker,
            outlet=d.outlet if d else None,
            published=d.published if d else None,
            mention=mention,
            basis=self.basis(text, None, set()),
        )

    def mention(self, m: EventMention, participants: set[str]) -> Report:
        doc = self.docs.get(m.doc)
        text = self.sents.get((m.doc, m.sent), "")
        return Report(
            doc=m.doc,
            sent=m.sent,
            text=text,
            speaker=doc.outlet if doc else None,
            outlet=doc.outlet if doc else None,
            published=doc.published if doc else None,
            mention=m.id,
            basis=self.basis(text, None, participants),
        )


def side_evidence(reports: list[Report], after: str | None = None) -> dict[str, Any]:
    """Facts about one side: independent outlets, who stands behind it, what came when."""
    outlets = {r.outlet or r.doc for r in reports}
    dates = sorted(r.published for r in reports if r.published)
    ev: dict[str, Any] = {
        "reports": len(reports),
        "outlets": len(outlets),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
    }
    count_bases(ev, reports)
    if after:
        later = [r for r in reports if r.published and r.published > after]
        ev["after_other_side"] = len(later)
        ev["later_facts"] = sorted(
            {m.group(1).lower() for r in later for m in [_LATER_FACT.search(r.text)] if m}
        )
    return ev


def position(label: str, reports: list[Report], after: str | None = None) -> Position:
    """One side of a disagreement with the facts about it."""
    return Position(label, reports, side_evidence(reports, after))


def sentence_id(doc: str, sent: int) -> str:
    """The id of a sentence, in the scheme of the document's other ids (``doc:c3``, ``doc:e0``):
    ``doc:s82`` is the document's sentence 82."""
    return f"{doc}:s{sent}"


def cited(positions: list[Position]) -> list[str]:
    """The ids a disagreement cites: each report's claim, else the mention standing for it, else
    its sentence ("Initially, the estimate was 50 million raw profiles" holds no claim, event or
    name: the sentence itself is what the side cites)."""
    return list(
        dict.fromkeys(
            r.claim or r.mention or sentence_id(r.doc, r.sent) for p in positions for r in p.reports
        )
    )


def dedupe_reports(reports: list[Report]) -> list[Report]:
    """One report per sentence: a claim wins over the bare event it is about."""
    seen: dict[tuple[str, int], Report] = {}
    for r in reports:
        k = (r.doc, r.sent)
        if k not in seen or r.claim and not seen[k].claim:
            seen[k] = r
    return sorted(seen.values(), key=lambda r: (r.published or "", r.doc, r.sent))
