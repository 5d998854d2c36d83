"""Whose relation a possessive after a preposition names, when no other company stands before it.

After a preposition a possessive usually points away from the clause's subject ("contratar a sus
cofundadores", "la incorporación de su CEO": the company just bought). But a company's own clients,
suppliers or backers are named after a preposition as often as before one ("atender la demanda de sus
clientes", "competir con algunos de sus mayores clientes"): when the sentence names no company before it
other than its subject, the possessive is that subject's. (With none named, "Entre sus inversores figuran
...", the story's protagonist stays a better guess than the previous sentence's subject.)
"""

from __future__ import annotations

import re

from graph import schema
from loaders.reference_words import RELATION_NOUNS
from loaders.types import Mention

# The relation nouns a company has of its own, after the modifiers POSSESSIVE allows ("sus mayores clientes").
_OWN_RELATION = re.compile(rf"\s+(?:[\w\-]+\s+){{0,3}}?{RELATION_NOUNS}\b", re.I)
# The subject counted among the possessor's: "Nvidia es también uno de sus accionistas", "figura entre sus
# inversores", "el Gobierno se convirtió en su mayor accionista": the possessive is another company's.
_AMONG = re.compile(r"\b(?:(?:uno|una|unos|unas|one|some|algunos|algunas)\s+(?:de|of)|entre|among|amongst|"
                    r"(?:convert|convirt|convier)\w*\s+en)\s*$", re.I)


def subjects_own(text: str, start: int, end: int, prior: list[Mention], subject: Mention | None) -> bool:
    """Whether the possessive ending at `end` names its subject's own clients or backers: the relation
    noun follows, and the sentence names a subject and no other company before it."""
    if not _OWN_RELATION.match(text, end) or _AMONG.search(text[max(0, start - 40):start]):
        return False
    companies = {x.entity_id for x in prior if x.label == schema.COMPANY}
    return subject is not None and companies == {subject.entity_id}


# "Nscale, which will build the site, has grown fast since it was spun out of Arkon Energy, and counts Microsoft among its
# customers": a verb phrase after ", and" that counts a company among the possessor's own has the sentence's subject as
# its subject, however many names the clauses between named.
_COUNTED_AMONG = re.compile(r"(?:,\s*and|\band)\s+(?:also\s+|now\s+|already\s+)?(?:counts|counted|lists|listed|numbers|"
                            r"numbered)\s+[^,;.]{1,80}?\s+(?:among|as one of)\s+$", re.I)


def counter_of(text: str, start: int, subject: Mention | None) -> str | None:
    """The company whose possessive at `start` a coordinated "and counts X among its ..." names: the sentence's subject."""
    if subject is None or subject.label != schema.COMPANY or not _COUNTED_AMONG.search(text[max(0, start - 120):start]):
        return None
    return subject.entity_id


# "Barbieri, su director ejecutivo, explicó ...", "su consejero delegado, Sundar Pichai, reorganizó ...": a possessive
# post next to a person the story already tied to a company (as its head or founder) is that company's, not the one the
# clause or the previous sentence happens to name ("La operación fue liderada por SoftBank y Tencent. Barbieri, su ...").
_POST_THEN = re.compile(r"\s+(?:[\w\-]+\s+){0,6}?[\w\-]+,?\s+$")


def employer_of_person(text: str, start: int, end: int, mentions: list[Mention], employers: dict[str, str]) -> str | None:
    """The company the story said leads or founded the person next to the possessive at `start`-`end`."""
    before = [x for x in mentions if x.end <= start]
    after = [x for x in mentions if x.start >= end]
    person = None
    if before and before[-1].label == schema.PERSON and re.fullmatch(r",\s*", text[before[-1].end:start]):
        person = before[-1]
    elif after and after[0].label == schema.PERSON and _POST_THEN.fullmatch(text, end, after[0].start):
        person = after[0]
    return employers.get(person.entity_id) if person and person.via != "anaphora" else None


# "Juan Mora, cofundador de Orvia, y Sara Gil, su directora de investigación", "Ana Soler, quien era la consejera delegada
# de Orvia; Luis Prado, su director de tecnología": in a list of people, each with a post, a possessive post follows the
# company the previous item's post named (after a preposition, which the resolver otherwise passes over).
_LIST_ITEM_BEFORE = re.compile(r"\s*(?:[,;]\s*(?:y|e|and)?|\s(?:y|e|and))\s*$")
# (the previous person may be a name the registry does not know, which the resolver does not see: a capitalized word)
_POST_OF_BEFORE = re.compile(r"[A-ZÁÉÍÓÚ][\w\-]+,\s*(?:(?:quien|que|who)\s+(?:era|es|fue|was|is)\s+)?[^,;()\"“]{2,70}?"
                             r"\s+(?:de|del|of|at)\s+$")


def colleague_employer(text: str, start: int, mentions: list[Mention]) -> str | None:
    """The company named by the post of the list item before the person next to the possessive at `start`."""
    before = sorted((x for x in mentions if x.end <= start), key=lambda x: x.start)
    if len(before) < 2 or before[-1].label != schema.PERSON or not re.fullmatch(r",\s*", text[before[-1].end:start]):
        return None
    company = before[-2]
    if company.label != schema.COMPANY or not _LIST_ITEM_BEFORE.fullmatch(text[company.end:before[-1].start]) or \
            not _POST_OF_BEFORE.search(text[max(0, company.start - 100):company.start]):
        return None
    return company.entity_id
