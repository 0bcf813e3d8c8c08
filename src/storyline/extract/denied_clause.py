"""What a denial denies, as the parse reads it: the object or clause of its verb ("Trump, who
has denied the allegations, said on Twitter that …" denies "the allegations", not what he said on
Twitter), and whether it denies the denier's own saying ("denies having said any such thing")."""

from __future__ import annotations

import re

from storyline.extract import denials, disputes
from storyline.extract.nlp import lemma

# words calling what is said untrue, never part of what is denied
UNTRUE = {"false", "untrue", "inaccurate", "baseless", "groundless", "fabricated", "bogus"}

# verbs of saying whose "it", "so" or "any such thing" a denier denies having said
SAYING_VERBS = {"say", "tell", "make", "write", "tweet"}

# what a verb of denial denies: its object and its clauses ("denied the allegations", "denied
# that he met …", "denied reports on Friday that …"), not its adverbials nor the rest of the
# sentence ("Trump, who has denied the allegations, said on Twitter that …")
DENIED_DEPS = ("dobj", "ccomp", "xcomp", "pcomp", "oprd")


# what follows a verb of denial but is no part of what it denies: a second predicate ("…, and
# on Friday his lawyer said …"), a participle telling why ("…, saying that …")
NOT_DENIED_DEPS = {"conj", "cc", "punct", "advcl", "parataxis", "npadvmod", "nsubj", "nsubjpass", "agent"}


def what_denied(verb) -> str:
    """The words of what a denial's verb denies, from the parse: its object or clause, else
    what hangs on it after it ("rejected as untrue a charge …", parsed as a preposition);
    empty when it names nothing in its clause ("…, which Trump denies, …")."""
    if lemma(verb).lower() in disputes.OPPOSE_VERBS:
        obj = disputes.opposed(verb)  # "pushed back on reports that …"
        parts = [obj] if obj is not None else []
    elif any(c.dep_ == "agent" for c in verb.children):
        # "their accounts … were disputed … by the sheriff": the passive's subject is denied
        parts = [c for c in verb.children if c.dep_ in ("nsubjpass", "ccomp")]
    else:
        parts = [c for c in verb.children if c.dep_ in DENIED_DEPS]
    if not parts:
        parts = [c for c in verb.rights if c.dep_ not in NOT_DENIED_DEPS]
    return text_of(parts) if parts else ""


def text_of(parts) -> str:
    """The words of each token's subtree, in sentence order, without the word calling them
    untrue when the parse hung it inside ("reports that Abboud was story-shopping 'categorically
    false'" denies "reports that Abboud was story-shopping"), nor an editor's brackets ("[the
    report]" is "the report")."""
    doc = parts[0].doc
    pieces = []
    for p in sorted(parts, key=lambda p: p.i):
        end = p.right_edge.i + 1
        # only what is called so: "denied reports that the story was false" denies it all
        called = lemma(p.head).lower() in denials.CALLING
        untrue = [t for t in p.subtree if t.i != p.i and t.dep_ == "acomp" and lemma(t).lower() in UNTRUE]
        if called and untrue:
            end = min(t.left_edge.i for t in untrue)
            while end > p.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_quote):
                end -= 1
        pieces.append(doc[p.left_edge.i : end].text)
    return re.sub(r"[\[\]]", "", " ".join(pieces))


def own_saying(content) -> bool:
    """ "Denies having said any such thing", "denied saying it / so": what is denied is the
    denier's own saying, told before ("Firtash acknowledged that …")."""
    if content is None or lemma(content).lower() not in SAYING_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "so" for c in content.children):
        return True
    obj = next((c for c in content.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    such = lemma(obj).lower() == "thing" and any(c.lower_ == "such" for c in obj.children)
    return such or obj.pos_ in ("PRON", "DET") and obj.lower_ in ("it", "this", "that")
