"""Pronoun vocabulary, defined once. Each extractor derives its own set from these, and says
why it differs: a pronoun in a set means "this word names someone only through its antecedent"."""

from __future__ import annotations

# Personal pronouns that can stand for a person, subject and object forms.
THIRD_PERSON = frozenset({"he", "him", "she", "her", "they", "them"})
FIRST_SECOND_PERSON = frozenset({"i", "me", "we", "us", "you"})
PERSONAL = THIRD_PERSON | FIRST_SECOND_PERSON
SUBJECT_FORMS = frozenset({"i", "we", "you", "he", "she", "they"})
RELATIVE = frozenset({"who", "that", "which"})
