"""The company a title told inside a sentence-opening participle phrase belongs to.

"Founded in 2017 by X, a former president of Intel who remains chief executive, Ampere designs ...", "Founded in
Toronto by chief executive X and other engineers ..., Alphawave makes ...": the phrase fronts the founding (or the
leading) of the sentence's subject, which is named only after it; a job told there without its company is at that
subject, not at the story's topic nor at a company named nearer the person.
"""

from __future__ import annotations

import re

from loaders.types import MaskedSentence

_FRONTED_BY = re.compile(r"^\W*(?:Co-?founded|Founded|Started|Set up|Launched|Created|Established|Led|Run|Headed)\b"
                         r"[^⟦;]{0,40}?\bby\s"
                         # the same fronted phrase in Spanish: "Fundada en 2015 por X, que ejerce como ..., Y, su ..., Sword ..."
                         r"|^\W*(?:Co-?fundad|Fundad|Cread|Lanzad|Constituid|Dirigid|Liderad|Encabezad)[ao]s?\b"
                         r"[^⟦;]{0,40}?\bpor\s", re.I)
# the main clause's subject: a name right after a comma, followed by no possessive, no list and no apposition
_MAIN_SUBJECT = re.compile(r",\s+⟦(?P<slot>[CU]\d+b?)⟧(?!['’]s|\s*[,;]|\s+(?:and|or|y|o)\s)\s+[a-záéíóúñ]")


def fronted_subject(ms: MaskedSentence, m: re.Match) -> str | None:
    """The subject of the clause after the fronted phrase a matched job stands in, if the job does."""
    text, start = m.string, m.end()
    if not _FRONTED_BY.match(text):
        # a relative clause read on its own ("⟦P0⟧ ejerce como consejero delegado", from "Fundada por ⟦P0⟧, que
        # ejerce como ...") still stands in the whole sentence's fronted phrase: read on from its person there
        people = re.findall(r"⟦[PU]\d+b?⟧", text[:m.end()])
        if text == ms.masked or not people or not _FRONTED_BY.match(ms.masked) or people[-1] not in ms.masked:
            return None
        text = ms.masked
        start = text.index(people[-1]) + len(people[-1])
    subject = _MAIN_SUBJECT.search(text, start)
    if not subject or ";" in text[:subject.start()]:
        return None
    return ms.slots[subject.group("slot")].entity_id
