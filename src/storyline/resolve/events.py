"""Event coreference: merge event mentions that report the same real-world event.

The same code serves the pipeline and ``bench/ecbplus.py``: it sees only ``EventFeatures``
(type, trigger lemma, participants as entity ids, date, place, document), never spaCy objects.
Two passes: within a document (same sentence, anaphoric "the meeting", same participants), then
across documents, comparing clusters rather than single mentions so that a cluster carries the
date of one report and the place of another.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Optional, cast

from storyline.extract.legislation import MEASURE_ENDS, OUTCOME_NOUNS, PULLING
from storyline.model import CONTACT_TYPES, PLACE_TYPES, DateRange
from storyline.resolve.dates import combine, compatible, interval, width

# Events that happen to one participant once, so that participant and a compatible date
# identify them: a plea, a firing, a recusal. The key participant is the one it happens to (the
# person fired or appointed, the one who resigns), never the one who does it to many people.
# A withdrawal happens to what is left, once: the United States leaving the Paris agreement. A
# chamber's vote happens to what it is on (extract/legislation.py), once a day at most: the
# Senate confirming Gorsuch, voting down the repeal of Obamacare. A nominee is nominated to a
# post once; a race is decided once, and its reports name either candidate (ELECTIONS). An
# illness is found in someone once ("McCain has been diagnosed with brain cancer").
SINGULAR = {
    "RESIGN", "FIRE", "RECUSE", "APPOINT", "NOMINATE", "PLEAD", "SENTENCE", "TESTIFY", "WITHDRAW", "VOTE",
    "ELECT", "ARREST", "CHARGE", "DIAGNOSE",
}  # fmt: skip
# Kinds of event that report one happening from two sides: a resignation and an ouster of the
# same person at the same time are one departure ("Trump forced Flynn to resign"); "Trump picks
# Gorsuch" and "Trump nominated Gorsuch" one choice of a person for a post.
FAMILIES = {"RESIGN": "EXIT", "FIRE": "EXIT", "APPOINT": "CHOOSE", "NOMINATE": "CHOOSE"}
# "signed an executive order banning ...", "Trump's ban": one decree told by its signing or by
# what it bans (extract/acts.py)
FAMILIES |= {"ENACT": "DECREE", "BAN": "DECREE"}
# "The FBI arrested ... Reality Leigh Winner", "the Justice Department has charged a contractor,
# Reality Winner", "Winner was indicted in federal court on Monday": one case opened against one
# person, told by the arrest or by the charge (a later trial, plea or sentence is another event)
FAMILIES |= {"ARREST": "PROSECUTE", "CHARGE": "PROSECUTE"}
# Singular events whose reports name one side or the other: "Handel's victory", "Ossoff lost",
# "Handel defeated Ossoff" are one race; two clusters agree when they share a candidate. One
# that names no candidate is the article's race only when it points back to it ("the victory"):
# "a special election victory", "victories in other special elections" are any race's.
ELECTIONS = {"ELECT"}
# Families whose kinds share their agent: who picks (a nomination, an appointment), unlike a
# departure, whose resignation is done by the one who leaves and its firing by another.
SAME_AGENT = {"CHOOSE"}
# Contact types that name one exchange in two ways ("the calls", "their conversations")
TALK = {"CALL", "COMMUNICATE"}
# An accusation is one accuser's against one accused (extract/accusations.py): told by many
# outlets ("accused Obama of wiretapping", "his claims that Obama had him wiretapped", "the
# allegation he leveled"), it is one event; two accusers, or two accused, are two accusations.
ACCUSATIONS = {"ACCUSE"}
SALIENCE_WINDOW = 40  # sentences within which a bare "the firing" takes the document's main one
# A date held by one report does not keep it from an event that several reports date a little
# differently: one article misreading "Monday" or dating a summit by "last month" is likelier
# than two happenings of one kind with the same participants within a month.
LONE_DATE_DAYS = 31
LONE_DATE_AGAINST = 3  # documents the other side's date needs
# One happening to one person (a resignation, a firing) told on neighbouring days: "resigned
# Thursday" in one report, "was ousted Friday" in another (the announcement, a time zone).
SINGULAR_SLACK_DAYS = 2
MONTH_DAYS = 31  # the widest date that tells which vote on a law's repeal a report is of
REMERGE_ROUNDS = 2  # passes that merge the cross-document clusters among themselves
BARE_MIN_DOCS = 3  # reports an event needs before a document's unnamed mention may join it
PLACE_MIN_DOCS = 2  # ... by its place, for an attack or a disaster two dated reports put there
SHARED_DOCS_RATIO = 3  # ... when at most one in that many of their documents holds both
EVERYWHERE_SHARE = 0.25  # documents an entity is most-named in, past which it identifies no event
EVERYWHERE_MIN_DOCS = 40
DAY_NEWS_DAYS = 7  # days after an event's day during which a report giving that day is news of it
# Kinds of event that happen many times a day, to one agent or in one place, so a day singles none
# out: talks ("German Chancellor Angela Merkel told Trump in a telephone call Saturday" is not
# the Putin call of that Saturday), sayings, hearings ("Monday's hearing": Comey's or Gorsuch's),
# votes, protests, trips.
DAILY = {"STATEMENT", "DENY", "CONFIRM", "ANNOUNCE", "PROPOSE", "TESTIFY", "VOTE", "PROTEST", "TRAVEL"}
# police arrest and prosecutors charge someone somewhere every day: "A woman was arrested late
# Wednesday" (Manchester, May 24) is not the one case of that day told by several reports
DAILY |= {"ARREST", "CHARGE"}
# Acts one agent does seldom, each news for days after: an order signed, a ban imposed, secrets
# shared, a missile launched. Reports of one often give no day ("Trump's executive order on
# immigration", "Trump divulged classified information"), unlike a statement or a meeting,
# which the same agent makes daily (those never join by their agent alone).
ACTS = {"ENACT", "BAN", "DISCLOSE", "LAUNCH"}
ACT_DAYS = 7  # days after an act during which an undated report of it by its agent is news of it
ACT_GAP_DAYS = 3  # ... and between two undated reports of one act when none dates it
ACT_DOMINANCE = 3  # times the documents of any other dated act of the agent's, those days


@dataclass
class EventFeatures:
    id: str
    doc: str
    sent: int
    type: str
    lemma: str
    participants: frozenset[str] = frozenset()
    key_participants: frozenset[str] = frozenset()  # who a singular event happens to (see SINGULAR)
    date: Optional[DateRange] = None
    location: Optional[str] = None
    anaphoric: bool = False
    negated: bool = False
    agents: frozenset[str] = frozenset()  # who does it: "Trump fires Comey" ≠ "Obama fires Flynn"
    # reported as having happened (True), denied (None: may join the fact it disputes), or
    # planned, demanded, possible (False: never joins a fact)
    factual: Optional[bool] = True
    # An act done by deciding it, told as decided and still to come ("Trump's decision to ban
    # transgender personnel", "Trump said on Wednesday he would ban"): after the act, that is the
    # act; published before it, a plan (``factual`` True, kept from facts older than the report)
    decided: bool = False
    doc_cluster: Optional[str] = None  # documents about the same story (ECB+ topics)
    # For a mention naming no one ("the testimony", "the summit"): the entities its document
    # names most. It joins an event several documents tell whose main participants are among
    # them; it never makes an event of its own.
    topic: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()  # the entities the mention's sentence names
    published: Optional[str] = None  # the document's date: it reports nothing that came after
    # For an attack or a disaster: the places its sentence names (resolve.sites), where an
    # unplaced, unnamed report of it may be ("terrorist attacks at a concert Monday in Manchester")
    where: frozenset[str] = frozenset()
    around: frozenset[str] = frozenset()  # the places that contain its location (resolve.sites)
    # For a vote on an act: the acts the archive names with it in its votes' sentences, the law a
    # bill would repeal or the bill that would repeal it (resolve.measures). Keyed by either, two
    # reports may tell one vote: "pull the American Health Care Act", "the push to repeal ObamaCare".
    kin_keys: frozenset[str] = frozenset()


def same_type(a: str, b: str) -> bool:
    """Two trigger lemmas the extract lexicon gives one specific event type ("resign"/"quit",
    "fire"/"dismiss"/"oust", "meeting"/"summit", "kill"/"murder"): one happening in two words."""
    from storyline.extract.events import NOUN_TRIGGERS, VERB_TRIGGERS

    ta = VERB_TRIGGERS.get(a) or NOUN_TRIGGERS.get(a)
    return ta is not None and ta == (VERB_TRIGGERS.get(b) or NOUN_TRIGGERS.get(b))


# Words of one kind of happening that the extract lexicon gives no type of its own (or types
# apart): inside one story, "won" and "the victory", "captured" and "the arrest", "the blaze" and
# "the fire" are one happening more often than not. General news vocabulary, merged under the
# same vetoes as a shared lemma (ECB+ dev topics 1-35: cross-document CoNLL 76.6 -> 77.3).
EVENT_SYNONYMS = (
    "win victory beat defeat triumph",
    "find discover uncover locate",
    "arrest capture apprehend detain nab",
    "accuse charge indict",
    "flee escape run",
    "hit strike",
    "repair fix restore patch plug",
    "release issue launch unveil",
    "shoot gun",
    "blaze fire inferno",
    "quake earthquake tremor temblor",
    "injure hurt wound injury",
    "buy acquire purchase acquisition takeover",
    "sell sale",
    "crash collide collision accident",
    "explode explosion blast",
    "rescue save",
    "kidnap abduct abduction kidnapping",
    "steal rob theft robbery",
    "attack assault raid",
    "leave depart departure exit",
    "hire appoint name",
    # checked into rehab, entered a clinic, was admitted; thwarted, foiled; a DUI is the drive
    # (ECB+ dev topics 1-35: 77.3 -> 77.7)
    "check enter admit",
    "foil thwart",
    "nominate nominee nomination",
    "keep retain",
    "die perish suicide",
    "drive dui dwi",
    # killed, slain, murdered, executed; damaged, destroyed, devastated; a cable cut or severed
    # (ECB+ dev topics 1-35: 78.4 -> 78.6)
    "kill slay murder execute",
    "damage destroy devastate",
    "cut sever",
)
_SYNONYM_GROUP = {w: k for k, group in enumerate(EVENT_SYNONYMS) for w in group.split()}


def word(lemma: str) -> str:
    """A trigger lemma without the marks a headline or a hashtag leaves on it ("#oscar",
    "oscar®", a stray quote or tab): one word however it was typeset (ECB+ dev: +0.1)."""
    return re.sub(r"[^\w\- ]+|_", "", lemma).strip() or lemma


def related_words(a: str, b: str) -> bool:
    """One happening in two words: one lexicon type (``same_type``) or one synonym group."""
    group = _SYNONYM_GROUP.get(a)
    return (group is not None and group == _SYNONYM_GROUP.get(b)) or same_type(a, b)


@dataclass
class Params:
    """The one set of settings the pipeline and bench/ecbplus.py both run with (defaults)."""

    anaphora_window: int = 6  # sentences an anaphoric "the meeting" may reach back
    min_shared: int = 2  # shared participants that alone identify a contact event
    # Mentions whose documents are known to tell one story (``EventFeatures.doc_cluster``, the
    # ECB+ bench computes it with bench/ecbplus_doc_clusters.py) merge by trigger lemma inside it; two
    # lemmas ``related`` (synonyms) merge as one lemma does, under the same vetoes.
    related: Optional[Callable[[str, str], bool]] = related_words


@dataclass
class _Cluster:
    members: list[EventFeatures] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    lemmas: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    key_participants: set[str] = field(default_factory=set)
    keys: Counter[str] = field(default_factory=Counter)  # how many members name each key participant
    kin_keys: set[str] = field(default_factory=set)  # ``EventFeatures.kin_keys`` of the members
    agents: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)  # how many members name each participant
    kinds: set[Optional[bool]] = field(default_factory=set)  # the ``factual`` values of the members
    decided_from: str = ""  # the earliest publication of a member told as decided (``decided``)
    told_done: int = 0  # members told as done, not as decided
    # (number of dates, agreed date), recomputed as dates come
    _agreed: Optional[tuple[int, Optional[DateRange]]] = None
    _type: Optional[str] = None  # the majority type, recomputed after a member is added
    dates: list[DateRange] = field(default_factory=list)
    date_docs: dict[tuple[Optional[str], Optional[str]], tuple[DateRange, set[str]]] = field(
        default_factory=dict
    )
    locations: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    doc_clusters: set[str] = field(default_factory=set)
    last_sent: int = -1

    def add(self, f: EventFeatures) -> None:
        self.members.append(f)
        self.types[f.type] = self.types.get(f.type, 0) + 1
        self._type = None
        self.lemmas.add(word(f.lemma))
        self.participants |= f.participants
        self.key_participants |= f.key_participants
        self.keys.update(f.key_participants)
        self.kin_keys |= f.kin_keys
        self.agents.update(f.agents)
        self.named.update(f.participants)
        self.kinds.add(f.factual)
        if f.decided and f.published and (not self.decided_from or f.published[:10] < self.decided_from):
            self.decided_from = f.published[:10]
        self.told_done += f.factual is True and not f.decided
        if f.date is not None:
            self.dates.append(f.date)
            self.date_docs.setdefault((f.date.start, f.date.end), (f.date, set()))[1].add(f.doc)
        if f.location:
            self.locations.add(f.location)
        self.docs.add(f.doc)
        if f.doc_cluster is not None:
            self.doc_clusters.add(f.doc_cluster)
        self.last_sent = max(self.last_sent, f.sent)

    def absorb(self, other: _Cluster) -> None:
        for f in other.members:
            self.add(f)

    @property
    def type(self) -> str:
        if self._type is None:  # asked for at every comparison of two clusters
            self._type = max(
                self.types, key=lambda t: (self.types[t], t in CONTACT_TYPES and t != "COMMUNICATE")
            )
        return self._type

    @property
    def date(self) -> Optional[DateRange]:
        return combine(self.dates)

    @property
    def agreed_date(self) -> Optional[DateRange]:
        if self._agreed is None or self._agreed[0] != len(self.dates):
            self._agreed = (len(self.dates), agreed_date(self.dates))
        return self._agreed[1]

    @property
    def date_support(self) -> int:
        """How many documents give a date compatible with the agreed one."""
        agreed = self.agreed_date
        docs: set[str] = set()
        for d, ds in self.date_docs.values():
            if compatible(agreed, d):
                docs |= ds
        return len(docs)


def _family(t: str) -> str:
    return "CONTACT" if t in CONTACT_TYPES else FAMILIES.get(t, t)


def _same_kind(a: str, b: str) -> bool:
    """One type, or two names of one exchange ("the calls", "their conversations")."""
    return a == b or (a in TALK and b in TALK)


def _vetoed(a: _Cluster, b: _Cluster) -> bool:
    """What two reports of one event never disagree on: its kind, its date at the precision
    each gives, whom a singular event happens to, who does it, and whether it happened."""
    kin = _family(a.type) == _family(b.type) or _announces(a, b) or _announces(b, a)
    return not kin or _facts_differ(a, b)


# Acts done by announcing them: "Trump's announcement of 10th Circuit Judge Neil Gorsuch as his
# nominee" is the nomination, as "announced he would recuse himself" is the recusal; "Trump's
# sudden announcement Wednesday morning that transgender people would be barred" is the ban.
ANNOUNCED = {"NOMINATE", "APPOINT", "FIRE", "RECUSE", "WITHDRAW", "BAN", "ENACT"}
DECREES = {"BAN", "ENACT"}  # whom a decree happens to is seldom a name: its agent and day tell it


def _announces(a: _Cluster, b: _Cluster) -> bool:
    """``a`` is an announcement of ``b``'s act: by the one who does it (or by no one named),
    naming whom it happens to; a decree's, by its agent on its day."""
    if a.type != "ANNOUNCE" or b.type not in ANNOUNCED:
        return False
    key, agent, by = _main_key(b), _main_agent(b), _main_agent(a)
    if b.type in DECREES:
        return agent is not None and by == agent and _same_day(a, b)
    return key is not None and key in a.key_participants and (by is None or by == agent)


def _parties(c: _Cluster) -> frozenset[str]:
    """The two participants most of a contact's reports name (the two sides of it), when clear."""
    top = c.named.most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
        return frozenset()
    return frozenset(x for x, _ in top[:2])


def _facts_differ(a: _Cluster, b: _Cluster) -> bool:
    """The vetoes but the kind (the lemma rule has the trigger word itself for that)."""
    if not _dates_ok(a, b):
        return True
    if {True, False} <= a.kinds | b.kinds:
        return True  # "called for Sessions to resign" is not his resignation
    if _decided_before(a, b) or _decided_before(b, a):
        return True
    if _other_places(a, b):
        return True
    if _accusations_differ(a, b):
        return True
    if a.key_participants and b.key_participants and not _keys_agree(a, b):
        return a.type in SINGULAR or b.type in SINGULAR or _other_request(a, b)
    if a.type == b.type == "REQUEST" and None not in (_main_agent(a), _main_agent(b)):
        # "Comey asked Rosenstein for resources" is not "Trump asked Comey to drop it"
        return _main_agent(a) != _main_agent(b)
    # the agents of a firing must agree; a resignation's agent is the one who leaves
    agents = _main_agent(a), _main_agent(b)
    kin = a.type == b.type or _family(a.type) == _family(b.type) in SAME_AGENT
    if kin and a.type in SINGULAR and None not in agents and agents[0] != agents[1]:
        # a roll call has many voters: two reports of votes on one measure, on one day or
        # night, are one vote whoever each names ("McCain cast a decisive vote" and "his vote",
        # read as Pence's); votes told without their day stay apart by their voters
        return not (set(a.agents) & set(b.agents) or a.type == b.type == "VOTE" and _one_sitting(a, b))
    return False


def _other_places(a: _Cluster, b: _Cluster) -> bool:
    """Two trips to places neither holding the other: "He arrived in Israel after visiting Saudi
    Arabia" tells two legs of one journey, each its own visit (a visit to Riyadh is one to Saudi
    Arabia: ``around`` holds the places containing each)."""
    if a.type != "TRAVEL" or b.type != "TRAVEL" or not (a.locations and b.locations):
        return False
    return not _spots(a) & _spots(b)


def _spots(c: _Cluster) -> set[str]:
    return c.locations.union(*(f.around for f in c.members if f.location))


def _decided_before(a: _Cluster, b: _Cluster) -> bool:
    """``a`` tells an act only as decided, reported before ``b``'s act was done: "Trump plans to
    fire Comey" published in April is not May's firing, though "his decision to fire Comey" after
    it is. (Once a report tells the act as done, the cluster is that act.)"""
    if not a.decided_from or a.told_done or not b.dates:
        return False
    iv = interval(b.agreed_date)
    return iv is not None and len(iv[0]) == 10 and a.decided_from < iv[0]


def _accusations_differ(a: _Cluster, b: _Cluster) -> bool:
    """Two accusations whose accusers, or whose accused, clearly differ."""
    if a.type not in ACCUSATIONS or b.type not in ACCUSATIONS:
        return False
    ga, gb = _main_agent(a), _main_agent(b)
    ka, kb = _main_key(a), _main_key(b)
    return bool(ga and gb and ga != gb or ka and kb and ka != kb)


def _one_accusation(a: _Cluster, b: _Cluster) -> bool:
    """Across documents, one accuser's accusation of one accused: both name the accuser, and
    the accused when both name one. One that names no accused ("tweets accusing him", "the
    allegation he leveled") is that accuser's accusation several reports tell against one
    accused, at a compatible date (the vetoes), or one told the same day."""
    if not set(a.agents) & set(b.agents):
        return False
    if a.key_participants and b.key_participants:
        return _keys_agree(a, b)
    keyed = a if a.key_participants else b
    return _same_day(a, b) or len(keyed.docs) >= BARE_MIN_DOCS and _main_key(keyed) is not None


def _other_request(a: _Cluster, b: _Cluster) -> bool:
    """Two requests about different things (their keys are what is asked about): Trump asking
    Comey to drop the Flynn investigation is not his asking Comey for loyalty. Told with
    different words for one thing ("the FBI investigation into Flynn", "his investigation of
    Flynn"), they share someone."""
    return a.type == b.type == "REQUEST" and not (a.key_participants & b.key_participants)


def _asked(c: _Cluster) -> set[str]:
    """Who a request's reports say was asked (its participants but the askers)."""
    return set(c.participants) - set(c.agents)


def _one_request(a: _Cluster, b: _Cluster) -> Optional[bool]:
    """Two requests: one when the same asker asks about the same thing and no report names
    another one asked ("Trump pressured the former FBI director to drop the investigation of
    Flynn", the title left unnamed, and "Trump asked Comey to drop it"); never when each names a
    different one asked. None when either is no request."""
    if not a.type == b.type == "REQUEST":
        return None
    asked_a, asked_b = _asked(a), _asked(b)
    if asked_a and asked_b and not asked_a & asked_b:
        return False
    return bool(set(a.agents) & set(b.agents) and a.key_participants & b.key_participants)


def _one_sitting(a: _Cluster, b: _Cluster) -> bool:
    """Both clusters agree on a day (or a night, two days), a compatible one."""
    ia, ib = interval(a.agreed_date), interval(b.agreed_date)
    if ia is None or ib is None or not (ia[0][:4].isdigit() and ib[0][:4].isdigit()):
        return False
    return compatible(a.agreed_date, b.agreed_date) and max(_width_days(ia), _width_days(ib)) <= 1


def _within_month(a: _Cluster, b: _Cluster) -> bool:
    """Both clusters agree on a compatible date, each no wider than a month ("in March")."""
    ia, ib = interval(a.agreed_date), interval(b.agreed_date)
    if ia is None or ib is None or not (ia[0][:4].isdigit() and ib[0][:4].isdigit()):
        return False
    return compatible(a.agreed_date, b.agreed_date) and max(_width_days(ia), _width_days(ib)) <= MONTH_DAYS


def _width_days(iv: tuple[str, str]) -> int:
    return (date.fromisoformat(iv[1]) - date.fromisoformat(iv[0])).days


def agreed_date(dates: list[DateRange]) -> Optional[DateRange]:
    """The date most of a cluster's reports are compatible with (narrower on a tie): one report
    that misreads "Tuesday" does not keep thirty others apart. Compared over distinct dates
    (reports repeat the same few), so a cluster of thousands of reports stays cheap."""
    if not dates:
        return None
    distinct: dict[tuple[Optional[str], Optional[str]], list[DateRange]] = {}
    for d in dates:
        distinct.setdefault((d.start, d.end), []).append(d)
    reps = [(v[0], len(v)) for v in distinct.values()]
    return max(reps, key=lambda r: (sum(n for x, n in reps if compatible(r[0], x)), -width(r[0])))[0]


def _dates_ok(a: _Cluster, b: _Cluster) -> bool:
    """The agreed dates are compatible, or differ as misread reports of one event do: a date
    that rests on one document against one that several agree on, a month apart at most; or
    one happening to one person dated a day or two apart."""
    if compatible(a.agreed_date, b.agreed_date):
        return True
    gap = _gap_days(a.agreed_date, b.agreed_date)
    if gap is None:
        return False
    weak, strong = sorted((a.date_support, b.date_support))
    if weak <= 1 and strong >= LONE_DATE_AGAINST and gap <= LONE_DATE_DAYS:
        return True
    one = a.type in SINGULAR and b.type in SINGULAR and a.key_participants and b.key_participants
    # not two votes: a chamber votes on one bill on consecutive days (a motion, then the bill)
    votes = "VOTE" in (a.type, b.type)
    return bool(one) and not votes and gap <= SINGULAR_SLACK_DAYS and _keys_agree(a, b)


def _gap_days(a: Optional[DateRange], b: Optional[DateRange]) -> Optional[int]:
    """Days between two dates' intervals (None when either has no full year)."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or not (ia[0][:4].isdigit() and ib[0][:4].isdigit()):
        return None
    try:
        lo = max(date.fromisoformat(ia[0]), date.fromisoformat(ib[0]))
        hi = min(date.fromisoformat(ia[1]), date.fromisoformat(ib[1]))
    except ValueError:
        return None
    return max(0, (lo - hi).days)


def _main_key(c: _Cluster) -> Optional[str]:
    """The one a singular event happens to by most of its reports: a report of "Trump fired
    Flynn and Comey" joining the firing of Comey does not make it Flynn's departure as well."""
    if not c.keys:
        return None
    (top, n), second = c.keys.most_common(1)[0], (c.keys.most_common(2)[1:] or [("", 0)])[0][1]
    return top if n > second else None


def _keys_agree(a: _Cluster, b: _Cluster) -> bool:
    """Whom the two clusters happen to agrees: their main ones when both have one, else the
    main one of either among the other's, else any shared (no chaining through a report
    that names two)."""
    if a.type in ELECTIONS and b.type in ELECTIONS:
        return bool(a.key_participants & b.key_participants)
    ma, mb = _main_key(a), _main_key(b)
    if a.type == b.type == "VOTE" and ma and mb and (ma in b.kin_keys or mb in a.kin_keys):
        # a bill and the law it would repeal: the law is voted on again and again (the House in
        # March and May, the Senate in July), so only a date both give within a month tells
        # which vote it is; a cluster dated "2017" would take them all
        return _within_month(a, b)
    if ma and mb:
        return ma == mb
    if ma or mb:
        return ma in b.key_participants if ma else mb in a.key_participants
    return bool(a.key_participants & b.key_participants)


def _main_agent(c: _Cluster) -> Optional[str]:
    """The agent most of the cluster's reports name, when they are a clear majority."""
    if not c.agents:
        return None
    (top, n), total = c.agents.most_common(1)[0], sum(c.agents.values())
    return top if n * 2 > total else None


def _same_day(a: _Cluster, b: _Cluster) -> bool:
    return any(
        interval(x)
        and interval(y)
        and compatible(x, y)
        and cast(tuple[str, str], interval(x))[0][5:] == cast(tuple[str, str], interval(y))[0][5:]
        for x in a.dates
        for y in b.dates
    )


def should_merge(a: _Cluster, b: _Cluster, p: Params) -> bool:
    """Across documents: same kind of event, compatible dates, and enough shared evidence.
    Two people meet and talk many times, so shared participants alone are not enough for
    contact events: a shared place, the same day, or the same undated kind of event is."""
    if _vetoed(a, b):
        return False
    if a.doc_clusters and b.doc_clusters and not (a.doc_clusters & b.doc_clusters):
        return False
    if a.type in ACCUSATIONS and b.type in ACCUSATIONS:
        return _one_accusation(a, b)
    if _announces(a, b) or _announces(b, a):
        return True
    one_request = _one_request(a, b)
    if one_request is not None and not one_request and not _asked(a) & _asked(b):
        return False
    if one_request:
        return True
    shared = len(a.participants & b.participants)
    place = bool(a.locations & b.locations)
    if shared >= 1 and (place or _same_day(a, b)) and not _other_sides(a, b):
        return True
    if a.type in SINGULAR and b.type in SINGULAR and a.key_participants and b.key_participants:
        return _keys_agree(a, b)
    if place and _same_place_event(a, b):
        return True
    same_kind = _same_kind(a.type, b.type)
    # the same two parties and the same kind of exchange, at no incompatible date (vetoed
    # above): one exchange, whichever words and dates each report uses
    if shared >= p.min_shared and same_kind:
        return True
    return False


def _same_place_event(a: _Cluster, b: _Cluster) -> bool:
    """An attack or a disaster at one place on one day, whoever the reports name: "Monday's
    terror attack in Manchester" and "the attack in Manchester on Monday night". Both dated, at
    compatible dates (no misread-date slack: a place sees more than one attack in a month), and
    no two different attackers."""
    if a.type != b.type or a.type not in PLACE_TYPES or not (a.dates and b.dates):
        return False
    if not compatible(a.agreed_date, b.agreed_date):
        return False
    return not (a.agents and b.agents and not set(a.agents) & set(b.agents))


def _other_sides(a: _Cluster, b: _Cluster) -> bool:
    """Two exchanges whose reports clearly name different pairs: at one summit, on one day,
    Trump meets Putin and then Xi; sharing Trump, the place and the day does not make them one."""
    if _family(a.type) != "CONTACT" or _family(b.type) != "CONTACT":
        return False
    pa, pb = _parties(a), _parties(b)
    return bool(pa and pb and pa != pb)


def _few_shared(a: _Cluster, b: _Cluster) -> bool:
    """Two events of many reports each that a few documents tell apart (a planned and a held
    meeting, a report's two "meetings") are still one when most of their reports do not."""
    return len(a.docs & b.docs) * SHARED_DOCS_RATIO <= min(len(a.docs), len(b.docs))


def _one_exchange(a: _Cluster, b: _Cluster) -> bool:
    """Two exchanges of one kind, each naming the other's two sides: one meeting whose reports
    name some of its parties each ("Trump Jr. met Veselnitskaya", "Manafort and Kushner attended
    the meeting"), held apart by the documents that name it both ways (one cluster each there)."""
    if _family(a.type) != "CONTACT" or not _same_kind(a.type, b.type):
        return False
    pa, pb = _parties(a), _parties(b)  # (none when a third party is named as often as the second)
    return bool(pa or pb) and pa <= b.participants and pb <= a.participants


def _background(c: _Cluster, latest: Optional[str]) -> bool:
    """Dated a year or more before the latest date the document gives: an undated "the
    firing" there is the story's news, not Obama's firing of Flynn in 2014 told as background."""
    iv = interval(c.agreed_date) if c.dates else None
    if iv is None or latest is None or not iv[1][:4].isdigit():
        return False
    return int(latest[:4]) * 12 + int(latest[5:7]) - (int(iv[1][:4]) * 12 + int(iv[1][5:7])) >= 12


def _within_document(feats: list[EventFeatures], p: Params) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    ends = [iv[1] for f in feats if f.date and (iv := interval(f.date)) and iv[1][:4].isdigit()]
    latest = max(ends) if ends else None
    for f in sorted(feats, key=lambda f: (f.sent, f.id)):
        target = None
        fam = _family(f.type)
        one = _Cluster()
        one.add(f)
        # tested as far as a search below needs: most mentions join the cluster of their own
        # sentence or the one before, the first candidates, and a long article has hundreds
        candidates: Iterable[_Cluster] = _Memo(
            c
            for c in reversed(clusters)
            if _family(c.type) == fam
            and not _vetoed(c, one)
            and all(compatible(f.date, d) for d in c.dates)  # within one text, every date agrees
        )
        if f.anaphoric and not f.participants:
            # "the meeting" after a report that names its sides; "the attack" after one that
            # names its place ("the attacks last year" is another)
            target = next(
                (
                    c
                    for c in candidates
                    if (c.participants or c.type in PLACE_TYPES and c.locations and f.date is None)
                    and f.sent - c.last_sent <= p.anaphora_window
                ),
                None,
            )
        if target is None:
            target = next(
                (
                    c
                    for c in candidates
                    if c.last_sent == f.sent
                    and (not f.participants or not c.participants or f.participants & c.participants)
                ),
                None,
            )
        if target is None and len(f.participants) >= 2:
            target = next((c for c in candidates if c.participants == f.participants), None)
        if target is None and fam == "CONTACT" and f.participants:
            # "the calls with the Russian ambassador", "Flynn's conversations": one document's
            # reports of a contact name some of its parties each; they join the one exchange
            # that names them all (or that they name all of)
            target = next(
                (
                    c
                    for c in candidates
                    if _same_kind(c.type, f.type)
                    and (len(c.participants) >= 2 and f.participants <= c.participants)
                    or _same_kind(c.type, f.type)
                    and (len(f.participants) >= 2 and c.participants and c.participants <= f.participants)
                ),
                None,
            )
        if target is None and f.type == "TRAVEL" and f.location and f.participants:
            # "his two-day visit to Saudi Arabia", then "his visit to Saudi Arabia": one traveller's
            # one visit to one place (the place is no participant, ``trips``)
            target = next(
                (c for c in candidates if f.location in c.locations and f.participants <= c.participants),
                None,
            )
        if target is None and f.type in ACCUSATIONS and f.agents:
            # "his claims", "the allegation he leveled": the accusation the document tells of
            # that accuser (against the same accused when it names one)
            target = next(
                (
                    c
                    for c in candidates
                    if f.agents <= set(c.agents)
                    and (not f.key_participants or f.key_participants <= c.key_participants)
                ),
                None,
            )
        if target is None and f.date is None:
            candidates = [c for c in candidates if not _background(c, latest)]
        elif target is None and _background(one, latest):  # a background report joins only its own, dated
            candidates = [c for c in candidates if c.dates]
        if target is None and f.type in SINGULAR and f.key_participants:
            # "Flynn's resignation" again, paragraphs later: the one departure of that person
            target = next((c for c in candidates if f.key_participants & c.key_participants), None)
        # "McCain voted against the bill": a vote that names its voters but not what it is on
        keyless_vote = f.type == "VOTE" and not f.key_participants
        if target is None and f.type in SINGULAR and (not f.participants or keyless_vote) and _bare_ok(f):
            # a bare "the firing", "his resignation": the document's main one of that kind
            near = [c for c in candidates if c.participants and f.sent - c.last_sent <= SALIENCE_WINDOW]
            # one about whom the document or the sentence speaks: "this special-counsel
            # appointment" in an article on Mueller is not Bush's appointing him in 2001
            # (a bare "the vote" is the document's vote, on whatever measure the topic misses)
            near = [c for c in near if c.participants & f.topic] if f.topic and not keyless_vote else near
            near = [c for c in near if not _own_day(f, c)]
            target = max(near, key=lambda c: len(c.members), default=None)
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.add(f)
    return _join_sides(clusters)


def _told_later(merged: list[_Cluster], alive: list[bool]) -> None:
    """A bare mention in a document's lead ("House Republicans scrapped a vote on their health
    care replacement plan on Friday"), told before the document names who took part ("Ryan ...
    pulled the bill", two sentences on), that no event took (it would be dropped: it names no
    one), is the event of its kind the document tells within ``SALIENCE_WINDOW`` sentences after
    it, its largest: the within-document pass only looks back. Under the same rules as looking
    back (one about whom the document speaks; a vote: any), at compatible dates, no veto."""
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(merged):
        if alive[i] and c.participants:
            for d in c.docs:
                by_doc.setdefault(d, []).append(i)
    for i, c in enumerate(merged):
        if not alive[i] or c.participants or len(c.docs) != 1 or c.type not in SINGULAR:
            continue
        if not all(_bare_ok(f) for f in c.members):
            continue
        (doc,) = c.docs
        first = min(f.sent for f in c.members)
        topic = frozenset().union(*(f.topic for f in c.members))
        keyless_vote = c.type == "VOTE" and not c.key_participants
        near = []
        for j in by_doc.get(doc, ()):
            t = merged[j]
            own = [f for f in t.members if f.doc == doc]
            start = min(f.sent for f in own)
            if (
                alive[j]
                and _family(t.type) == _family(c.type)
                and 0 < start - first <= SALIENCE_WINDOW
                and (keyless_vote or not topic or bool(t.participants & topic))
                and all(compatible(x, f.date) for x in c.dates for f in own)
                and not _vetoed(t, c)
            ):
                near.append(j)
        if near:
            merged[max(near, key=lambda j: len(merged[j].members))].absorb(c)
            alive[i] = False


def _join_sides(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Macron's victory" and "Le Pen's defeat" in one article: one race told from each side,
    when the article tells one result naming losers only and its main result naming winners only
    (told more often than any other: "Trump's 2016 win", told in passing, is not it), at
    compatible dates, and each happened alike."""
    results = [c for c in clusters if c.type in ELECTIONS and c.key_participants]
    won = sorted(
        (c for c in results if c.agents and not c.key_participants - set(c.agents)),
        key=lambda c: -len(c.members),
    )
    lost = [c for c in results if not c.agents]
    if not won or len(lost) != 1 or len(won) > 1 and len(won[1].members) == len(won[0].members):
        return clusters
    if not _dates_ok(won[0], lost[0]) or {True, False} <= won[0].kinds | lost[0].kinds:
        return clusters  # (whom they happen to differs by construction: the vetoes but that one)
    won[0].absorb(lost[0])
    return [c for c in clusters if c is not lost[0]]


def _bare_ok(f: EventFeatures) -> bool:
    """A mention naming no one may stand for the article's event of its kind; a race only when
    the mention points back to it (ELECTIONS) or gives its day ("The 39-year-old's win over
    far-right candidate Marine Le Pen Sunday", the loser unlinked): a race is decided on one day."""
    return f.type not in ELECTIONS or bool(f.participants) or f.anaphoric or _stated_day(f.date)


def _own_day(f: EventFeatures, c: _Cluster) -> bool:
    """A bare mention that gives its own day ("Yates was fired two days later, on Jan. 30") and
    does not name the one the document's undated act of its kind happens to (Flynn, fired in
    February) may be another person's: it does not join here, where no date can tell them apart,
    but across documents, where the event's agreed day must fit it."""
    return (
        _stated_day(f.date) and not c.dates and bool(c.key_participants) and not c.key_participants & f.named
    )


def _stated_day(d: Optional[DateRange]) -> bool:
    """A day the report gives (not the week an undated vote or race is assumed to be of)."""
    iv = interval(d) if d is not None and d.text else None
    return iv is not None and iv[0] == iv[1] and iv[0][:4].isdigit()


class _Memo:
    """The items of an iterator, each computed once, when a pass over them first reaches it."""

    def __init__(self, items: Iterable[_Cluster]):
        self._rest = iter(items)
        self._seen: list[_Cluster] = []

    def __iter__(self) -> Iterator[_Cluster]:
        yield from self._seen
        for c in self._rest:  # a pass that stopped early leaves the rest for the next one
            self._seen.append(c)
            yield c


def _lemma_ok(f: EventFeatures, c: _Cluster, p: Params) -> Optional[bool]:
    """None: no lexical link; True: the same lemma; False: only a ``related`` one."""
    lemma = word(f.lemma)
    if lemma in c.lemmas:
        return True
    if p.related is not None and any(p.related(lemma, x) for x in c.lemmas):
        return False
    return None


def _by_lemma(feats: list[EventFeatures], p: Params) -> list[list[EventFeatures]]:
    """Mentions of one story (``doc_cluster``): a mention joins the cluster with its lemma (or a
    related one) that no veto keeps apart (kind, dates, whom a
    singular event happens to, who does it, whether it happened), preferring the one sharing
    most participants. A verb of saying stays alone."""
    from storyline.extract.attribution import REPORT_VERBS

    groups: dict[str, list[EventFeatures]] = {}
    out: list[list[EventFeatures]] = []
    for f in feats:
        if f.lemma in REPORT_VERBS:
            # "said", "told", "reported": one speaker's statement at one time; two reports'
            # "said" are two statements, and one report says many things. Never merged by the
            # word (ECB+ dev topics 1-35: cross-document CoNLL 75.8 -> 76.6, B³ precision +3.0)
            out.append([f])
            continue
        groups.setdefault(f.doc_cluster if f.doc_cluster is not None else f.doc, []).append(f)
    for key in sorted(groups, key=str):
        clusters: list[_Cluster] = []
        for f in sorted(groups[key], key=lambda f: (f.doc, f.sent, f.id)):
            one = _Cluster()
            one.add(f)
            best: Optional[tuple[Any, _Cluster]] = None  # (score or None for a new cluster, cluster)
            for c in clusters:
                same = _lemma_ok(f, c, p)
                if same is None:
                    continue
                if not all(compatible(f.date, d) for d in c.dates) or _facts_differ(c, one):
                    continue
                # a synonym ("quit" beside "resign") joins like the lemma itself, under the same
                # vetoes: inside one story, two words of one lexicon type are one happening more
                # often than not (ECB+ dev topics 1-35: 75.4 against 74.8 when it also needed a
                # shared participant)
                shared = len(f.participants & c.participants)
                score = (shared, same, f.doc in c.docs, len(c.members))
                if best is None or score > best[0]:
                    best = (score, c)
            if best is None:
                best = (None, _Cluster())
                clusters.append(best[1])
            best[1].add(f)
        out += [c.members for c in clusters]
    return out


def cluster_events(feats: list[EventFeatures], params: Optional[Params] = None) -> list[list[EventFeatures]]:
    """Partition event mentions into events (lists of mentions), within and across documents.
    Mentions with a story (``doc_cluster``) merge inside it by lemma; the others by the
    participant, place and date rules below."""
    p = params or Params()
    story = [f for f in feats if f.doc_cluster is not None]
    out: list[list[EventFeatures]] = []
    if story:
        out += _by_lemma(story, p)
    return out + _by_participants([f for f in feats if f.doc_cluster is None], p)


def _by_participants(feats: list[EventFeatures], p: Params) -> list[list[EventFeatures]]:
    by_doc: dict[str, list[EventFeatures]] = {}
    for f in feats:
        by_doc.setdefault(f.doc, []).append(f)
    doc_clusters = [c for doc in sorted(by_doc) for c in _within_document(by_doc[doc], p)]
    # biggest, best-attested clusters first, so small ones join them rather than each other
    doc_clusters.sort(key=lambda c: (-len(c.members), -len(c.participants), c.members[0].id))
    merged: list[_Cluster] = []
    # Candidates come from an index whose keys mirror the merge rules (a shared participant
    # plus a place, a day, a singular event type, or a second shared participant), so a store
    # of millions of mentions is never compared pairwise, even for someone in every story.
    index: dict[tuple[str, ...], set[int]] = {}

    def keys(c: _Cluster) -> Iterator[tuple[str, ...]]:
        people = sorted(c.participants)
        # a date interval() accepts has a start
        days = {
            cast(tuple[str, str], interval(d))[0][5:]
            for d in c.dates
            if interval(d) and len(cast(str, d.start)) >= 10
        }
        fam = _family(c.type)
        if c.type in PLACE_TYPES and days:
            yield from (("at", loc, c.type) for loc in c.locations)
        # an announcement meets the acts it may be (_announces) under their kinds
        fams = [fam] + (sorted({_family(t) for t in ANNOUNCED}) if c.type == "ANNOUNCE" else [])
        for x in people:
            yield from (("place", x, loc) for loc in c.locations)
            yield from (("day", x, day, f) for day in days for f in fams)
            if c.type in SINGULAR and x in c.key_participants:
                yield ("singular", x, fam)
            if c.type == "ANNOUNCE" and x in c.key_participants:
                yield from (("singular", x, f) for f in fams[1:])
            if c.type in ACCUSATIONS and x in c.agents:
                yield ("accuser", x)  # an accusation naming no accused meets its accuser's others
            if p.min_shared < 2:
                yield ("one", x, fam)
        if c.type == "VOTE":  # a bill's vote meets the votes told by the law it would repeal
            yield from (("singular", k, fam) for k in sorted(c.kin_keys))
        for i, a in enumerate(people[:12]):
            for b in people[i + 1 : 12]:
                yield ("pair", a, b, fam)
        if c.type == "REQUEST":  # one asker, one thing asked: the one asked may be unnamed
            yield from (("asks", a, k) for a in sorted(c.agents) for k in sorted(c.key_participants))

    for c in doc_clusters:
        best = None
        candidates = sorted({i for k in keys(c) for i in index.get(k, ())})
        for i in candidates:
            m = merged[i]
            if not (m.docs & c.docs) and should_merge(m, c, p):
                # the best-attested event wins an undated report: Trump's firing of Flynn in
                # 2017 rather than Obama's in 2014
                score = (len(m.participants & c.participants) + len(m.locations & c.locations), len(m.docs))
                if best is None or score > best[0]:
                    best = (score, i)
        if best is None:
            merged.append(c)
            target = len(merged) - 1
        else:
            target = best[1]
            merged[target].absorb(c)
        for k in keys(merged[target]):
            index.setdefault(k, set()).add(target)
    # A cluster met others before its reports agreed on a date or a participant: the merged
    # clusters meet again, biggest first, through the same index and the same rules.
    alive = [True] * len(merged)
    for _ in range(REMERGE_ROUNDS):
        changed = False
        for i in sorted(range(len(merged)), key=lambda i: (-len(merged[i].members), i)):
            if not alive[i]:
                continue
            m = merged[i]
            for j in sorted({j for k in keys(m) for j in index.get(k, ())}):
                if (
                    j != i
                    and alive[j]
                    and (_few_shared(m, merged[j]) or _one_exchange(m, merged[j]))
                    and should_merge(m, merged[j], p)
                ):
                    m.absorb(merged[j])
                    alive[j] = False
                    changed = True
            for k in keys(m):
                index.setdefault(k, set()).add(i)
        if not changed:
            break
    _attach_bare(merged, alive)
    from storyline.resolve.placed import join_placed  # (it reads this module's clusters)

    join_placed(merged, alive)
    _join_called_off(merged, alive)
    _join_unkeyed_votes(merged, alive)
    _join_failed(merged, alive)
    _told_later(merged, alive)
    _join_attackers(merged, alive)
    _join_acts(merged, alive)
    _join_races(merged, alive)
    from storyline.resolve.charged import join_charged

    join_charged(merged, alive)
    return [c.members for c, live in zip(merged, alive) if live]


ATTACKER_DOCS = 2  # documents of an attack that must name its attacker before his reports join it


def _join_attackers(merged: list[_Cluster], alive: list[bool]) -> None:
    """An attack told by its attacker alone ("Hodgkinson opened fire on Republican congressmen
    last Wednesday") is the attack, at a compatible date, that its victims' reports tell
    ("Scalise was shot in Alexandria") when articles among those reports name him among their
    main people: the shooter and his victims are seldom named in one sentence. The attacker's
    reports must give the day; an attack whose reports name another attacker twice, or whose
    articles never name this one, stays apart (another shooting the same day, elsewhere)."""
    by_month: dict[str, list[int]] = {}
    for i, c in enumerate(merged):
        iv = interval(c.agreed_date) if alive[i] and c.type in PLACE_TYPES and c.dates else None
        if iv is not None and iv[0][:4].isdigit() and iv[0][:7] == iv[1][:7]:  # a day, a week, a month
            by_month.setdefault(iv[0][:7], []).append(i)
    common = _everywhere(merged)  # the president "attacks" someone in every other article
    for i in sorted(j for ids in by_month.values() for j in ids):
        a = merged[i]
        attacker, day = _main_agent(a), interval(a.agreed_date)
        # told by its victims too (two of its reports name one; a single "after being shot by
        # police" names the attacker himself, under a misspelt name), by no one in
        # particular, or by everyone
        if not alive[i] or attacker is None or attacker in common or any(n >= 2 for n in a.keys.values()):
            continue
        if day is None or day[0] != day[1]:
            continue  # without its day
        fits = [
            j
            for j in by_month.get(day[0][:7], ())
            if j != i
            and alive[j]
            and merged[j].type == a.type
            and not any(x != attacker and n >= 2 for x, n in merged[j].agents.items())
            and len({f.doc for f in merged[j].members if attacker in f.topic}) >= ATTACKER_DOCS
            and not _facts_differ(merged[j], a)
        ]
        if fits:
            target = max(fits, key=lambda j: (len(merged[j].docs), -j))
            merged[target].absorb(a)
            alive[i] = False


def _main(c: _Cluster) -> frozenset[str]:
    """Who a cross-document event is about: whom a singular event happens to, the two sides of
    an exchange, else the participant most of its reports name."""
    if c.type in SINGULAR:
        key = _main_key(c)
        return frozenset([key]) if key else frozenset()
    if _family(c.type) == "CONTACT":
        return _parties(c)
    named = c.named
    if c.type == "REQUEST":  # the one asked: the asker (the president) asks many people
        named = Counter({x: n for x, n in c.named.items() if x in _asked(c)})
    top = named.most_common(2)
    return frozenset([top[0][0]]) if top and (len(top) == 1 or top[0][1] > top[1][1]) else frozenset()


def _attach_bare(merged: list[_Cluster], alive: list[bool]) -> None:
    """A document's mentions that name no one, or only some of its participants, join the event
    of their kind, told by at least ``BARE_MIN_DOCS`` documents, whose main participants the
    document names most or the mention's sentence names: "the testimony" in an article about
    Comey is his testimony. The best-attested such event wins; a date or a factuality that
    disagrees keeps the mention out. The document may already be among the event's reports:
    the within-document pass leaves a bare "the Trump-Putin meeting" alone when no report
    there named both sides, and a stray mention may have brought the document in."""
    told: dict[tuple[str, str], list[tuple[frozenset[str], _Cluster]]] = {}
    common = _everywhere(merged)
    for c, live in zip(merged, alive):
        main = _main(c) if live and c.participants and len(c.docs) >= BARE_MIN_DOCS else frozenset()
        if main <= common:
            continue  # "Trump travels": whom every article names says nothing of an unnamed report
        for x in main:
            told.setdefault((_family(c.type), x), []).append((main, c))
    # ... or whose place the mention gives: "last week's shooting in Alexandria"
    at: dict[tuple[str, str], list[_Cluster]] = {}
    for c, live in zip(merged, alive):
        least = PLACE_MIN_DOCS if c.type in PLACE_TYPES and c.dates else BARE_MIN_DOCS
        place = _place(c) if live and len(c.docs) >= least else None
        if place is not None:
            at.setdefault((_family(c.type), place), []).append(c)
    # ... or whose day the mention gives, when no other event of its kind was that day
    on_day: dict[tuple[str, str], list[_Cluster]] = {}
    for c, live in zip(merged, alive):
        day = _one_day(c.agreed_date) if live and len(c.docs) >= BARE_MIN_DOCS else None
        if day is not None:
            on_day.setdefault((_family(c.type), day), []).append(c)
    for i, c in enumerate(merged):
        if (
            not (told or at or on_day)
            or not alive[i]
            or len(c.docs) != 1
            or not all(_bare_ok(f) for f in c.members)
        ):
            continue
        # what the document names most or the mention's sentence names, and who the mention names
        # a document tells nothing as done that happened after it was published: "the attack in
        # London" in March is not June's (a plan, "Hayward is to step down on October 1", may be)
        told_by = (
            min((f.published for f in c.members if f.published), default=None) if c.kinds == {True} else None
        )
        topic = frozenset().union(*(f.topic for f in c.members)) | c.participants
        said = frozenset().union(*(f.named for f in c.members)) | c.participants
        fam = _family(c.type)
        fits = [
            t
            for x in sorted(topic)
            for main, t in told.get((fam, x), ())
            if (main <= topic or fam == "CONTACT" and _one_side_of(c, t, main - common, said - common))
            and _partial(c, t, main)
            and (fam != "CONTACT" or _same_kind(t.type, c.type) and bool(main & said))
            and not _facts_differ(t, c)
            and not _after(t, told_by)
        ]
        latest = False
        if not fits and fam != "CONTACT":  # an exchange needs its sides named
            # its place, else (naming no one) a place its sentence names
            spots = c.locations or (
                set().union(*(f.where for f in c.members)) if not c.participants else set()
            )
            # "Westminster Bridge" is in London: an attack placed there is London's
            spots = spots | set().union(*(f.around for f in c.members))
            fits = [
                t
                for x in sorted(spots)
                for t in at.get((fam, x), ())
                if _partial(c, t, _main(t)) and not _facts_differ(t, c) and not _after(t, told_by)
            ]
            latest = bool(fits) and not c.dates
            if not fits:
                fits = _placed_inside(c, spots, at, told_by)
        if not fits:
            fits = _that_day(c, on_day, topic - common)
        if fits and latest:
            # "the attack in London", undated: the latest one there the document can tell of
            max(fits, key=lambda t: (_start(t), len(t.docs), len(t.members))).absorb(c)
            alive[i] = False
        elif fits:
            # the event whose main participants the sentence itself names ("the ousted national
            # security adviser Michael Flynn": Flynn's departure, not a firing about Trump, whom
            # every article of the archive names most), then the best-attested, first of equals
            max(fits, key=lambda t: (_main(t) <= said, len(t.docs), len(t.members))).absorb(c)
            alive[i] = False


def _placed_inside(
    c: _Cluster, spots: set[str], at: dict[tuple[str, str], list[_Cluster]], published: Optional[str]
) -> list[_Cluster]:
    """The one event of its kind placed inside a place the report gives (``resolve.sites``
    containers), on a day at most ``DAY_NEWS_DAYS`` before the report: "the terror network behind
    the Manchester bombing", whose sentence names only the United Kingdom and the United States,
    published three days after the Manchester attack. Manchester, London Bridge and Westminster
    all lie in the United Kingdom: a report giving only that place joins none of them when two
    fall in its days."""
    if not spots or not published or not published[:4].isdigit():
        return []
    fam = _family(c.type)
    fits = {
        id(t): t
        for (kind, _), ts in at.items()
        if kind == fam
        for t in ts
        if spots & set().union(*(f.around for f in t.members))
        and (day := _one_day(t.agreed_date)) is not None
        and 0 <= _days(day, published[:10]) <= DAY_NEWS_DAYS
        and all(compatible(d, t.agreed_date) for d in c.dates)
    }
    if len(fits) != 1:
        return []
    t = next(iter(fits.values()))
    return [t] if _partial(c, t, _main(t)) and not _facts_differ(t, c) else []


def _one_day(d: Optional[DateRange]) -> Optional[str]:
    """The one day a date gives, when it gives one."""
    iv = interval(d) if d is not None else None
    return iv[0] if iv is not None and iv[0] == iv[1] and len(iv[0]) == 10 and iv[0][:4].isdigit() else None


def _that_day(
    c: _Cluster, on_day: dict[tuple[str, str], list[_Cluster]], topic: frozenset[str]
) -> list[_Cluster]:
    """The event of its kind on the day a report naming no one gives ("following Tuesday's
    special election defeat in Georgia", "the Justice Department's appointment of a special
    prosecutor on Wednesday"), when it is the only one of at least ``BARE_MIN_DOCS`` reports that
    day, and the report was published within ``DAY_NEWS_DAYS`` after it or its document names
    someone or somewhere of it. Not for kinds that happen many times a day (``DAILY``, contacts)."""
    if c.type in DAILY or _family(c.type) == "CONTACT":
        return []
    days = {_one_day(d) for d in c.dates if _stated_day(d)}
    if len(days) != 1 or None in days or not all(_stated_day(d) for d in c.dates):
        return []
    day = cast(str, days.pop())
    published = _published(c)
    fits = [
        t
        for t in on_day.get((_family(c.type), day), ())
        if _partial(c, t, _main(t)) and not _facts_differ(t, c)
    ]
    if len(fits) != 1:
        return []
    # news of that week ("Tuesday's defeat"), or an older day the document names someone of
    recent = published[:4].isdigit() and 0 <= _days(day, published[:10]) <= DAY_NEWS_DAYS
    return fits if recent or (fits[0].participants | fits[0].locations) & topic else []


def _pullers(c: _Cluster) -> frozenset[str]:
    """Who the reports of a vote say called it off: whom a pull names ("Ryan pulled the health
    bill from the schedule"), the bill aside."""
    return frozenset().union(
        *(f.participants - f.key_participants for f in c.members if f.lemma in PULLING and f.factual is None)
    )


def _first_pulled(c: _Cluster) -> str:
    """The day the first report of the vote's pull was published ("" when unknown)."""
    days = [f.published for f in c.members if f.lemma in PULLING and f.factual is None and f.published]
    return min(days, default="")


def _join_called_off(merged: list[_Cluster], alive: list[bool]) -> None:
    """A vote an article tells as called off, pulled or "the vote" denied, naming no one who
    votes ("the healthcare vote was cancelled on Friday", "the failure to hold the vote", "the
    healthcare bill was pulled"), is the vote called off at a compatible date that
    ``BARE_MIN_DOCS`` reports tell and name who called it off, when there is one such: a
    chamber seldom calls off two votes in a week. It may not name another bill nor another who
    pulled it. A bare vote told as held stays out (``_partial``: a chamber votes many times a
    day)."""
    called = [
        j
        for j, t in enumerate(merged)
        if alive[j] and t.type == "VOTE" and len(t.docs) >= BARE_MIN_DOCS and _pullers(t)
    ]
    if not called:
        return
    for i, c in enumerate(merged):
        if not alive[i] or c.type != "VOTE" or c.agents or len(c.docs) != 1 or c.kinds != {None}:
            continue  # (the bill may be named, or who pulled it: ``agents`` leaves him out)
        if not all(f.lemma in PULLING or f.anaphoric and f.negated for f in c.members):
            continue  # "would not vote for it", "did not vote": a vote not called off
        told_by = min((f.published for f in c.members if f.published), default=None)
        fits = [
            j
            for j in called
            if not _facts_differ(merged[j], c)
            and not (c.key_participants and merged[j].key_participants and not _keys_agree(c, merged[j]))
            and not (_pullers(c) and not _pullers(c) & _pullers(merged[j]))
            and not _after(merged[j], told_by)
            # not told before any report of the pull: "the vote" a week before was still ahead
            and (told_by or "") >= _first_pulled(merged[j])
        ]
        if len(fits) == 1:
            merged[fits[0]].absorb(c)
            alive[i] = False


def _unkeyed(c: _Cluster) -> _Cluster:
    """The cluster with its reports' keys left out (the vetoes then compare all else)."""
    out = _Cluster()
    for f in c.members:
        out.add(replace(f, key_participants=frozenset()))
    return out


def _join_unkeyed_votes(merged: list[_Cluster], alive: list[bool]) -> None:
    """A vote that several documents tell without saying what it is on ("Ryan pulled the bill",
    "the stunning collapse early Friday morning of Senate efforts": no key two of its reports
    give) is the vote keyed by an act, at a compatible date within a month, that at least
    ``BARE_MIN_DOCS`` of its documents are about (the act, or its kin, among the entities each
    names most), when every such vote is of one act: a chamber votes on many things, but a
    story's documents name the one it is about. Under every other veto (dates, agents, whether
    it happened). Whom every article names (``_everywhere``) tells no act."""
    common = _everywhere(merged)
    keyed = []
    for j, t in enumerate(merged):
        key = _main_key(t) if alive[j] and t.type == "VOTE" else None
        if key is not None and key not in common and t.keys[key] >= 2:
            keyed.append(j)
    for i, c in enumerate(merged):
        if (
            not alive[i]
            or c.type != "VOTE"
            or len(c.docs) < BARE_MIN_DOCS
            or any(n >= 2 for n in c.keys.values())
        ):
            continue
        topics: dict[str, set[str]] = {}
        for f in c.members:
            topics.setdefault(f.doc, set()).update(f.topic)
        bare = _unkeyed(c)
        fits = []
        for j in keyed:
            t = merged[j]
            about = {cast(str, _main_key(t))} | t.kin_keys
            if (
                j != i
                and alive[j]
                and sum(bool(ts & about) for ts in topics.values()) >= BARE_MIN_DOCS
                and _within_month(c, t)
                and not _facts_differ(t, bare)
            ):
                fits.append(j)
        acts = {cast(str, _main_key(merged[j])) for j in fits}
        if fits and all(acts <= {k} | merged[j].kin_keys for j in fits for k in [_main_key(merged[j])]):
            merged[max(fits, key=lambda j: (len(merged[j].docs), -j))].absorb(c)
            alive[i] = False


FAILED = (MEASURE_ENDS | OUTCOME_NOUNS) - {"passage"}  # "the failure", "the collapse", "was defeated"


def _failed_on(c: _Cluster) -> Optional[str]:
    """The day most of a vote's reports of its failure or its pull give ("pulled the American
    Health Care Act on Friday"), when they give one."""
    days = Counter(
        _one_day(f.date)
        for f in c.members
        if f.lemma in FAILED | PULLING and f.factual is not False and _stated_day(f.date)
    )
    days.pop(None, None)
    return days.most_common(1)[0][0] if days else None


def _join_failed(merged: list[_Cluster], alive: list[bool]) -> None:
    """A measure's failure an article tells naming no one and no measure ("the health care
    failure", "the defeat of the Republican health care plan", "the failure to repeal
    Obamacare", the law unlinked), undated and so of the week before it was published (or giving
    a day or a week), is the vote that ``BARE_MIN_DOCS`` documents tell as failed or called off
    on a day of that week, when there is one such: a chamber votes many times a day, but a bill
    fails seldom. Not a failure told before that day ("a defeat would be a momentum-killer")
    nor one dated more widely ("last month", "earlier this year")."""
    ends = FAILED | PULLING
    failed: list[tuple[int, str]] = []
    for j, t in enumerate(merged):
        if (
            alive[j]
            and t.type == "VOTE"
            and len({f.doc for f in t.members if f.lemma in ends}) >= BARE_MIN_DOCS
        ):
            day = _failed_on(t)
            if day is not None:
                failed.append((j, day))
    for i, c in enumerate(merged):
        if not failed or not alive[i] or c.type != "VOTE" or c.participants or len(c.docs) != 1:
            continue
        if c.kinds != {True} or not c.dates or not all(f.lemma in FAILED for f in c.members):
            continue
        spans = [interval(d) for d in c.dates]
        if any(
            iv is None or not iv[0][:4].isdigit() or len(iv[0]) < 10 or _width_days(iv) > 7 for iv in spans
        ):
            continue
        fits = [
            j
            for j, day in failed
            if j != i
            and all(compatible(d, DateRange(day, day, day)) for d in c.dates)
            and not _facts_differ(merged[j], c)
        ]
        if len(fits) == 1:
            merged[fits[0]].absorb(c)
            alive[i] = False


def _one_side_of(c: _Cluster, t: _Cluster, sides: frozenset[str], said: frozenset[str]) -> bool:
    """A contact told as done that names one side of the exchange ``t`` and no other party ("met
    with a Russian lawyer"): it is that exchange. Not when it names someone else ("told Priebus
    that he'd never met Page") nor when it is denied or planned: a denial naming one side is no
    report of the exchange that side is best known for. One that names no party, in a sentence
    naming one side ("Donald Trump Jr. released his e-mail chain about a meeting with a Russian
    lawyer", the lawyer unnamed), and no one else but whom every article names, is that
    exchange too."""
    named = c.participants or said
    return bool(sides & named) and named <= t.participants and c.kinds == {True}


def _start(c: _Cluster) -> str:
    """The first day of the cluster's agreed date ("" when undated or yearless)."""
    iv = interval(c.agreed_date) if c.dates else None
    return iv[0] if iv is not None and iv[0][:4].isdigit() else ""


def _after(c: _Cluster, published: Optional[str]) -> bool:
    """The cluster's agreed date begins after the document was published."""
    iv = interval(c.agreed_date) if c.dates and published else None
    return iv is not None and iv[0][:4].isdigit() and iv[0][:10] > cast(str, published)[:10]


def _place(c: _Cluster) -> Optional[str]:
    """Where most of the cluster's located reports put it (two at least)."""
    places = Counter(f.location for f in c.members if f.location)
    if not places:
        return None
    (top, n), total = places.most_common(1)[0], sum(places.values())
    return top if n >= 2 and n * 2 > total else None


def _everywhere(clusters: list[_Cluster]) -> set[str]:
    """Who is among the most-named of more than ``EVERYWHERE_SHARE`` of the documents (of
    ``EVERYWHERE_MIN_DOCS`` at least): the president in an archive of his first year."""
    topics: dict[str, set[str]] = {}
    for c in clusters:
        for f in c.members:
            topics.setdefault(f.doc, set()).update(f.topic)
    if len(topics) < EVERYWHERE_MIN_DOCS:
        return set()
    counts = Counter(x for t in topics.values() for x in t)
    return {x for x, n in counts.items() if n > EVERYWHERE_SHARE * len(topics)}


def _partial(c: _Cluster, t: _Cluster, main: frozenset[str]) -> bool:
    """A report naming part of a told event: "his meeting with Putin" (one side of the
    exchange; the other is whom the document is about), "Rosenstein has appointed" with the
    one appointed unlinked. Everyone it names takes part in the event, and whom it happens
    to, if it says, is the event's main one."""
    if t.type == "VOTE" and not c.key_participants:
        return False  # "the Senate votes": a chamber votes many times a day, on what it does not say
    if t.type == c.type == "REQUEST":
        # its key is what is asked about: "allegations that in February Trump pressured Comey to
        # shut down the FBI's Russia probe ... investigating ... Flynn", the asker unlinked, is
        # the request its reports tell of Comey about Flynn
        return c.participants <= t.participants and bool(c.key_participants & t.key_participants)
    return c.participants <= t.participants and set(c.key_participants) <= main


def _lone_act(c: _Cluster) -> Optional[str]:
    """The agent of an undated report of an act (``ACTS``) told as done in one article, naming
    one agent: "Trump's executive order on immigration"; None for any other cluster."""
    if c.type not in ACTS or c.dates or len(c.docs) != 1 or c.kinds != {True} or len(c.agents) != 1:
        return None
    return next(iter(c.agents))


def _other_keys(a: _Cluster, b: _Cluster) -> bool:
    """Both name whom the act happens to, and no one in common."""
    return bool(a.key_participants and b.key_participants and not a.key_participants & b.key_participants)


def _published(c: _Cluster) -> str:
    return min((f.published[:10] for f in c.members if f.published), default="")


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _join_acts(merged: list[_Cluster], alive: list[bool]) -> None:
    """Undated reports of an agent's act (``_lone_act``) name no one it happens to, so nothing
    joins them. One published within ``ACT_DAYS`` after the day of a dated act of its kind by
    the same agent is that act, when the act is the agent's news those days: its documents
    outnumber ``ACT_DOMINANCE`` times those of any other such dated act begun by then (Trump's
    travel-ban order of January 27 against the wall order of the 25th, told twice). Those left
    that no dated act takes, of one agent and kind, published close together (each within
    ``ACT_GAP_DAYS`` of the one before, all within ``ACT_DAYS``), are one act: "Trump divulged
    classified information" in five articles of one week, none giving its day. Not chained
    further: an agent may sign another order the next week. A report naming no agent ("the
    executive order further suspended the entry of all refugees") is the dated act of those days
    whose agent its document is about, when that act is the news of its kind those days."""
    lone: dict[tuple[str, str], list[int]] = {}
    unnamed: list[int] = []  # "the executive order further suspended the entry of all refugees"
    for i, c in enumerate(merged):
        agent = _lone_act(c) if alive[i] else None
        published = _published(c) if alive[i] and c.type in ACTS else ""
        if len(published) < 10 or not published[:4].isdigit():
            continue
        if agent:
            lone.setdefault((_family(c.type), agent), []).append(i)
        elif not c.agents and not c.dates and len(c.docs) == 1 and c.kinds == {True}:
            unnamed.append(i)
    if not lone and not unnamed:
        return
    dated: dict[tuple[str, str], list[int]] = {}
    for j, t in enumerate(merged):
        agent = _main_agent(t) if alive[j] and t.type in ACTS and t.dates else None
        if agent and len(_start(t)) == 10:
            dated.setdefault((_family(t.type), agent), []).append(j)

    def news_of(i: int, keys: Iterable[tuple[str, str]]) -> Optional[_Cluster]:
        """The dated act of these (kind, agent) that the days before the report were about: begun
        1 to ``ACT_DAYS`` days before it was published (on its own day, "Trump's executive
        orders" may be the week's others), with ``ACT_DOMINANCE`` times any other's documents."""
        published = _published(merged[i])
        recent = [
            j
            for key in keys
            for j in dated.get(key, ())
            if alive[j] and 0 < _days(_start(merged[j]), published) <= ACT_DAYS
        ]
        ranked = sorted(recent, key=lambda j: (-len(merged[j].docs), j))
        if ranked and (
            len(ranked) == 1 or len(merged[ranked[0]].docs) >= ACT_DOMINANCE * len(merged[ranked[1]].docs)
        ):
            act, c = merged[ranked[0]], merged[i]
            # whom it names the act happens to are among the act's: "his order" with Yates as
            # its object (a misparse) is no report of the ban
            return None if _facts_differ(act, c) or not c.key_participants <= act.participants else act
        return None

    for key, ids in sorted(lone.items()):
        left: list[int] = []
        for i in sorted(ids, key=lambda i: (_published(merged[i]), i)):
            act = news_of(i, [key])
            if act is not None:
                act.absorb(merged[i])
                alive[i] = False
            else:
                left.append(i)
        group: list[int] = []
        for i in left + [-1]:
            published = _published(merged[i]) if i >= 0 else ""
            if group and (
                i < 0
                or _days(_published(merged[group[-1]]), published) > ACT_GAP_DAYS
                or _days(_published(merged[group[0]]), published) > ACT_DAYS
                or any(
                    _facts_differ(merged[g], merged[i]) or _other_keys(merged[g], merged[i]) for g in group
                )
            ):
                for g in group[1:]:
                    merged[group[0]].absorb(merged[g])
                    alive[g] = False
                group = []
            if i >= 0:
                group.append(i)
    # "Mr. Trump also is expected to sign an executive order": the order its sentence tells of
    # as not done (ahead, asked for, hoped) is that undone act, not a report of a done one
    undone = {
        (f.doc, f.sent, f.type)
        for c, live in zip(merged, alive)
        if live and c.type in ACTS
        for f in c.members
        if f.factual is not True
    }
    for i in unnamed:
        c = merged[i]
        if any((f.doc, f.sent, f.type) in undone for f in c.members):
            continue
        topic = frozenset().union(*(f.topic for f in c.members))
        act = news_of(i, [(_family(c.type), x) for x in sorted(topic)])
        if act is not None:
            act.absorb(c)
            alive[i] = False


def _stated(c: _Cluster) -> list[DateRange]:
    """The dates its reports give (not the week an undated vote or race is assumed to be of)."""
    return [d for d in c.dates if d.text]


def _people(c: _Cluster) -> set[str]:
    return set(c.agents) | c.key_participants


def _one_race(c: _Cluster, t: _Cluster, winner: Optional[str]) -> bool:
    """The same winner, and a loser of the one among the other's candidates when both name one;
    or, naming no winner, only candidates of the other ("her loss", of Clinton)."""
    if winner is None or _main_agent(t) is None:
        return _people(c) <= _people(t)
    if winner != _main_agent(t):
        return False
    losers, others = c.key_participants - {winner}, t.key_participants - {winner}
    return not (losers and others and not losers & others)


def _join_races(merged: list[_Cluster], alive: list[bool]) -> None:
    """A race no report dates is assumed to be of the week before each report (``_recent``): the
    news of a special election. But "Trump's victory", "her loss to Trump" in a report of May
    2017 is the race of November 2016, so the president's one win split into an event per week
    of reports. A race whose reports give no date joins a race that reports do date, before the
    first of them was published, when it is that race (`_one_race`: the same winner, or,
    naming none, only its candidates); the best-attested such race when there are several."""
    dated: list[int] = []
    for j, t in enumerate(merged):
        stated = interval(agreed_date(_stated(t))) if alive[j] and t.type in ELECTIONS else None
        if stated is not None and stated[1][:4].isdigit():
            dated.append(j)
    by_person: dict[str, list[int]] = {}
    for j in dated:
        for x in _people(merged[j]):
            by_person.setdefault(x, []).append(j)
    for i, c in enumerate(merged):
        people = _people(c) if alive[i] and c.type in ELECTIONS and c.dates and not _stated(c) else set()
        first = _published(c)
        if not people or len(first) < 10:
            continue
        winner = _main_agent(c)
        fits = [
            j
            for j in sorted({j for x in people for j in by_person.get(x, ())})
            if alive[j]
            and j != i
            and cast(tuple[str, str], interval(agreed_date(_stated(merged[j]))))[1] < first
            and not {True, False} <= merged[j].kinds | c.kinds
            and _one_race(c, merged[j], winner)
        ]
        if fits:
            merged[max(fits, key=lambda j: (len(merged[j].docs), -j))].absorb(c)
            alive[i] = False
