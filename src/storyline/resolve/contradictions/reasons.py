"""Reasons that exclude one another: one account gives the only reason for an event ("he fired
Flynn only for lying to Vice President Pence"), or says it was not for something ("fired for
alienating the workforce, not due to anything about ISIS"), and another account of the same
event gives a reason beyond it ("because he lied to the Vice President and the FBI") or the
one ruled out ("fired from the DIA for his efforts to push President Obama to take ISIS more
seriously"). Several reasons for one event are no disagreement; an exclusive one and another
are. Both accounts are claims about the same event (or of that kind in one article)."""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Analysis, Claim, Contradiction, Event, EventMention
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.words import UNSURE, is_supposed

_BECAUSE = r"(?:for|because(?: of)?|over|due to)"
# the reason told after the event's word, to the end of its clause
_REASON = r"(?P<r>[^.;:,—–()“”\"]{3,120})"
_ONLY = re.compile(rf"\b(?:only|solely) {_BECAUSE}\s+{_REASON}", re.I)
_NOT = re.compile(rf"\bnot {_BECAUSE}\s+{_REASON}", re.I)
_ANY = re.compile(rf"\b{_BECAUSE}\s+{_REASON}", re.I)
# what a reason is about is no other reason: "lied to Pence about his conversations"
_TOPIC = re.compile(r"\b(about|regarding|concerning|over|on)\b.*", re.I)
_NEAR = 60  # characters from the event's word to its reason
_STOP = set("the and for that this with his her their its was were has had have been not from".split())
_STOP |= set("anything something about what which who when only because due just".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def _names(text: str) -> set[str]:
    """The capitalised words a reason names after its first word ("Pence", "FBI")."""
    return {w for w in re.findall(r"(?<=\s)[A-Z][\w.-]{2,}", " " + text)}


class _Told:
    """A claim giving a reason for an event: exclusive ("only for …"), ruled out ("not due to
    …") or plain."""

    def __init__(self, c: Claim, m: EventMention) -> None:
        self.claim, self.mention = c, m
        at = c.text.find(m.trigger)
        after = c.text[at + len(m.trigger) :] if at >= 0 else ""
        self.only: str | None = None
        self.ruled_out: str | None = None
        self.plain: str | None = None
        for rx, slot in ((_ONLY, "only"), (_NOT, "ruled_out"), (_ANY, "plain")):
            found = rx.search(after)
            if found is not None and found.start() <= _NEAR and getattr(self, slot) is None:
                setattr(self, slot, found.group("r").strip())
        if self.only:
            self.plain = None  # "only for" one reason gives no other

    def against(self, other: _Told) -> bool:
        """Whether the other claim's plain reason is one this claim excludes."""
        theirs = other.plain
        if theirs is None or other.claim.doc == self.claim.doc and other.claim.sent == self.claim.sent:
            return False
        if self.ruled_out and _words(self.ruled_out) & _words(theirs):
            return True  # the reason ruled out, given by the other
        if self.only:
            core, own = _TOPIC.sub("", theirs), _TOPIC.sub("", self.only)
            # the same kind of reason ("lying to Pence" / "lied to Pence"), and one more named
            # ("and the FBI"): a name of one person written in full ("Mike Pence") adds none
            more = {
                w
                for w in _names(core) - _names(self.claim.text)
                if not re.search(rf"\b{re.escape(w)} [A-Z]", core)
            }
            return bool(_words(core) & _words(own)) and bool(more)
        return False


def find_reasons(
    analyses: list[Analysis],
    events: list[Event],
    reader: Reader,
    speaker_of: Callable[[Claim], str | None],
) -> list[Contradiction]:
    """``speaker_of``: a claim's speaking entity, to tell one account changed from two."""
    mentions = {m.id: m for a in analyses for m in a.events}
    cluster = {m: ev.id for ev in events for m in ev.members}
    told: list[_Told] = []
    for a in analyses:
        for c in a.claims:
            m = mentions.get(c.event) if c.event else None
            if (
                m is None
                or c.stance not in ("ASSERT", "CONFIRM")
                or UNSURE.search(c.text)
                or is_supposed(c.text)
            ):
                continue
            t = _Told(c, m)
            if t.only or t.ruled_out or t.plain:
                told.append(t)
    out = []
    for t in told:
        if not (t.only or t.ruled_out):
            continue
        same = cluster.get(t.mention.id)
        others = [
            o
            for o in told
            if o.mention.type == t.mention.type
            and (same is not None and cluster.get(o.mention.id) == same or o.claim.doc == t.claim.doc)
            and t.against(o)
        ]
        if not others:
            continue
        mine = dedupe_reports([reader.claim(t.claim, set())])
        theirs = dedupe_reports([reader.claim(o.claim, set()) for o in others])
        label = f"only {t.only}" if t.only else f"not {t.ruled_out}"
        one = speaker_of(t.claim)
        changed = one is not None and all(speaker_of(o.claim) == one for o in others)
        positions = [position(label, mine), position(others[0].plain or "", theirs)]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason="one account gives a reason for it that excludes the reason another gives",
                kind="CHANGED_ACCOUNT" if changed else "DENIAL",
                question=f"why: {t.mention.trigger} — {label}?",
                positions=positions,
                events=[same] if same else [],
            )
        )
    return out
