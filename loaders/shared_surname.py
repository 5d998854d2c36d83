"""People named by given names that share one surname: "los hermanos Daniel y William Roberts", "fundada por Dario y
Daniela Amodei". The name finder (loaders.name_spotter) reads the last given name with the surname as one person; each given
name joined to it before ("y", "e", "and" or a comma) names another person of the same surname."""

from __future__ import annotations

import re

from graph import schema
from graph.model import fold, name_key
from loaders.names import lexicon
from loaders.types import Mention

_GIVEN_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?:,\s+|\s+(?:y|e|and)\s+)$")


def shared_surname(sentence: str, found: list[Mention]) -> list[Mention]:
    """Mentions of the people whose given names come before a found person's full name, with the same surname."""
    out = []
    for person in found:
        words = person.text.split()
        if person.label != schema.PERSON or len(words) != 2:
            continue
        at = person.start
        while (given := _GIVEN_BEFORE.search(sentence, 0, at)) and fold(given.group(1)) in lexicon("first_names"):
            if any(m.start < given.end(1) and given.start(1) < m.end for m in found):
                break  # a name already read there
            out.append(Mention(given.start(1), given.end(1), given.group(1), f"candidate:{given.group(1)} {words[1]}",
                               schema.PERSON, "candidate"))
            at = given.start(1)
    return out


def surname_owner(key: str, ids: set[str], by_id: dict) -> str | None:
    """The one entity a document's short form `key` names, None when several share it. "Babuschkin" beside Igor
    Babuschkin and Babuschkin Ventures is the person: a company named after a person is called by its whole name."""
    if len(ids) == 1:
        return next(iter(ids))
    people = [i for i in ids if by_id[i].label == schema.PERSON]
    if len(people) == 1 and all(name_key(by_id[i].name).startswith(key + " ") for i in ids if i not in people):
        return people[0]
    return None
