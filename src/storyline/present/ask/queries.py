"""The full-text queries for a question, most specific first."""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from storyline.present.ask.match import query_forms, synonyms
from storyline.present.ask.question import Question, name_key

PER_QUERY = 40


MAX_QUERIES = 40


def _learned_tier(q: Question, learned: dict[str, list[str]]) -> list[list[str]]:
    """Last, the happening and words asked about with the description for the name ("gunman
    record")."""
    words_ = [q.trigger] if q.trigger else []
    words_ += [k for k in q.keywords if k not in q.name_keys and k not in words_]
    forms = [f for w in words_[:3] for f in query_forms(w, q.forms.get(w, set()))[:3]]
    return [[f"{r.removeprefix('the ')} {f}" for roles in learned.values() for r in roles for f in forms]]


def _tiers(
    q: Question,
    described: Optional[dict[str, list[str]]] = None,
    short: Optional[dict[str, list[str]]] = None,
) -> list[list[str]]:
    """Full-text queries, most specific first: everyone named with each word of the question, then
    everyone named; pairs only when a sentence may lack one of three or more names (or for "what
    did X say", where the topic may be a pronoun); each of two names with the happening, and the
    happening with each other word, for a sentence that puts a name as a pronoun. A name alone
    never supports an answer about two (a pronoun must be resolved, ``_resolve_pronouns``)."""
    names = q.search_keys
    kws = [k for k in q.keywords if k not in q.name_keys]
    trig = [q.trigger] if q.trigger else []
    forms = {k: query_forms(k, q.forms.get(k, set()))[:4] for k in dict.fromkeys(trig + kws)}
    for k, place in q.named_by.items():  # "the Paris agreement" written "Paris"
        if k in forms:
            forms[k].insert(1, place)
    if not names and not forms and q.quote:  # "who said it was all him": the words said
        return [[q.quote]]
    if not names:
        pairs = [f"{x} {y}" for a, b in combinations(forms, 2) for x in forms[a][:3] for y in forms[b][:3]]
        if trig and len(forms) >= 2:  # "who plowed into the crowd" for "who rammed the crowd"
            pairs += [
                f"{x} {y}"
                for x in _synonym_forms(trig[0], q.kind)
                for k in list(forms)[1:2]
                for y in forms[k][:2]
            ]
        # "who was killed when the car hit the crowd": the happening with the words of its setting
        pairs += [f"{x} {c}" for fs in list(forms.values())[:1] for x in fs[:3] for c in q.context[:3]]
        return [pairs, [f for fs in forms.values() for f in fs[:3]]]
    everyone = " ".join(names)
    tiers = [[f"{everyone} {f}" for fs in forms.values() for f in fs], [everyone]]
    if names != q.name_keys:  # "Russians" as written, then "Russian" ("Russian officials")
        stripped = " ".join(q.name_keys)
        tiers[0] += [f"{stripped} {fs[0]}" for fs in forms.values()]
        tiers[1].append(stripped)
    for key, alias in (described or {}).items():  # "the president ... Comey" when Trump is asked about
        other = " ".join(n for n in names if n != key)
        brief = min(alias, key=len).removeprefix("the ")
        tiers[0] += [f"{brief} {other} {f}" for fs in forms.values() for f in fs[:2]]
    for i, key in enumerate(q.name_keys):  # "ABA president Robert Carlson" for the American Bar Association
        for form in (short or {}).get(key, [])[:2]:
            with_form = " ".join(form if j == i else n for j, n in enumerate(names))
            tiers[0] += [f"{with_form} {fs[0]}" for fs in forms.values()]
            tiers[1].append(with_form)
    if len(names) >= 3 or q.kind == "said":
        tiers.append([" ".join(p) for p in combinations(names, 2)])
        tiers.append([f"{n} {f}" for n in names for fs in forms.values() for f in fs])
    elif len(names) == 2 and trig:  # "But he kept Merkel waiting": one of two names a pronoun
        alone = names + [f for k in q.name_keys for f in (short or {}).get(k, [])[:1]]
        tiers.append([f"{n} {f}" for n in alone for f in forms[trig[0]][:3]])
    if q.kind == "how_many" and q.counted == "time" and trig:  # "they have met twice before"
        tiers.append([f"{f} {n}" for f in forms[trig[0]][:2] for n in ("twice", "times", "once")])
    if len(forms) >= 3:  # "Last November, in Vietnam, they agreed to maintain open channels"
        lead, *rest = forms
        tiers.append([f"{x} {forms[b][0]}" for b in rest for x in forms[lead][:2]])
    if q.kind == "said" and q.speaker:  # "..., Axelrod said": the quote may be the sentence before
        tiers.append([q._key(q.speaker) if q.speaker in q.names else name_key(q.speaker)])
    for noun in q.qualifies.values():  # "The inquiry is expected to wrap": the FBI's, named before
        own = forms.get(noun, [noun])[:2]
        rest = [f for k, fs in forms.items() if k != noun for f in fs[:2]]
        tiers.append([f"{x} {f}" for x in own for f in rest] if rest else own)
    if trig:  # the happening told by another verb ("quit" for "resigned"), last: the rarer case
        tiers.append([f"{everyone} {f}" for f in _synonym_forms(trig[0], q.kind)[:4]])
    return tiers


def _synonym_forms(trigger: str, kind: str = "") -> list[str]:
    """A few searchable forms of the other verbs for the happening: the past and the base."""
    return [f for other in sorted(synonyms(trigger, kind)) for f in query_forms(other, set())[:2]][:8]
