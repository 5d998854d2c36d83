"""Which name is a sentence's subject: the first one outside a prepositional phrase.

loaders.resolve reads descriptions and possessives against it ("the company said" is the subject's), and
the cues take it for an endpoint a sentence leaves unsaid.
"""

from __future__ import annotations

import re
from typing import Callable

from graph import schema
from loaders import reference_words as words
from loaders.types import Mention

# What stands between two items of one list: "DST Global, Nvidia and Accel", "KT y SK Telecom".
_LIST_GAP = re.compile(r",\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+")
_AND_LAST = re.compile(r"\b(?:and|y|e)\s+$")
# A list a common noun opens: "Investors in that round included Microsoft, ...", "Its backers include X": the
# subject is the noun, and the first item is no more the sentence's topic than the others.
_LISTED_BY_NOUN = re.compile(r"\W*[A-Z][a-z]+(?:\s+[a-z]+){0,5}\s+(?:include|includes|included|including)\s+$")


def subject_mention(text: str, before: list[Mention], kind: Callable[[str], str | None]) -> Mention | None:
    """The first name in the sentence outside a prepositional phrase, when it is a company: the
    sentence's likely subject ("The unit is led by Wang, who left Scale AI" has none)."""
    opening = words.FRONTED_PARTICIPLE.match(text)  # "Founded in 2016 by X and Y, Scale supplies ..."
    governed = None  # where the last name a preposition governs ends
    closed = False  # whether that name came after "and": a comma after it closes the phrase
    for m in before:
        gap = _LIST_GAP.fullmatch(text, governed, m.start) if governed is not None else None
        gap = gap if gap and not (closed and "," in gap.group()) else \
            words.LISTED_AFTER_PREPOSITION.search(text[max(0, m.start - 60):m.start])
        if gap:
            # The next items of its list are in the phrase too: "The round was led by X, with participation
            # from DST Global, Nvidia and Accel" has no subject, Nvidia least of all (nor "start-up backed by
            # Schwarz Group, Bosch and SAP seeks to rival ...", whose first item is no known name). But the list
            # ends at its item after "and": "Founded in 2016 by Wang and Lucy Guo, Scale supplies ...".
            governed, closed = m.end, bool(_AND_LAST.search(gap.group()))
            continue
        if m.label == schema.COMPANY and kind(m.entity_id) in words.NEVER_ANTECEDENT:
            continue
        if opening and m.start < opening.end():
            continue
        if _LISTED_BY_NOUN.fullmatch(text, 0, m.start):
            return None
        if words.OWNER_OF_SUBJECT.match(text, m.end):
            continue  # "Snowflake's fiercest rival, Databricks, ...": the subject is the one in apposition
        if not words.PREPOSITION.search(text[max(0, m.start - 12):m.start]):
            return m if m.label == schema.COMPANY else None
        governed, closed = m.end, False
    return None


def heads_list(text: str, found: Mention, mentions: list[Mention]) -> bool:
    """Whether a subject is the first item of a list of companies ("Toyota, Sony, NTT and SoftBank invested ... to
    form the company"): the sentence is about them all, so none of them is what "the company" next means. (Not
    a pair, "NotCo and Kraft Heinz form a venture", whose first name often stays the story's subject.)"""
    after = next((m for m in mentions if m.start >= found.end), None)
    return bool(after and after.label == schema.COMPANY and re.fullmatch(r",\s*", text[found.end:after.start]) and
                not re.match(r"['’]", text[after.end:after.end + 1]))
