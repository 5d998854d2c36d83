"""Which of a sentence's time expressions dates which of its relations: the relation's own clause, not a prospect
told beside it ("as it prepares to ... next year"), nor, for a founding, another event of the same sentence."""

from __future__ import annotations

import re
from datetime import date

from loaders import status
from loaders.values import FOUNDED_IN, find_event_date

# A year that dates a founding told in passing ("Anthropic, fundada en 2021 por ..., compite con la creadora de ChatGPT,
# en la que Microsoft ha invertido ..."): the sentence's other relations did not happen then.
_FOUNDING_YEAR = re.compile(rf"\b({FOUNDED_IN})(?:19|20)\d{{2}}\b", re.I)

# The rest of a clause, up to a comma, a semicolon or the sentence's end (a point inside "U.S." or "1.5" goes on).
_REST = r"(?:[^,;.]|\.(?=\w))*"
# A subordinate clause telling what the subject means to do next: "as it prepares to put trucks on highways next
# year", "para expandirse a México el próximo año". Its time expressions date that prospect, never the main verb's
# past event ("said on Tuesday it had raised $200 million").
_PROSPECT = re.compile(
    r",?\s+(?:as\s+(?:it|they|he|she|the\s+(?:company|firm|startup|group)|⟦C\d+b?⟧)\s+(?:\w+\s+)?"
    r"(?:prepares|plans|looks|seeks|aims|gears\s+up|readies|moves|pushes|races|hopes|expects|intends|works)\s+to"
    r"|(?:para|con\s+el\s+(?:objetivo|fin)\s+de|a\s+fin\s+de)\s+[^\W\d_]+[aeiáéí]r(?:se|l[oa]s?|les?|nos)*)\b"
    + _REST, re.I)
# Parties named in a masked sentence: a stretch that names one tells of that party's event.
_PARTY = re.compile(r"⟦[CPU]\d+b?⟧")
# Comma-separated stretches of a sentence (not the comma of a date: "June 18, 2024"), or semicolon-separated.
_COMMA = re.compile(r";|,(?!\s*\d)")


def without_prospects(text: str, start: int = -1, end: int = -1) -> str:
    """`text` with the prospects told beside its relation blanked (same length: offsets stay); one holding the
    relation's own words [start, end) stays: "para comprar X el próximo año" dates that purchase."""
    return _PROSPECT.sub(lambda p: p.group(0) if p.start() < end and start < p.end() else " " * len(p.group(0)), text)


def relation_date(clause: str, sentence: str, ref: date | None, with_foundings: bool) -> tuple[date, str] | None:
    """The date of a relation the clause states (its own, "co-founded OpenAI in 2015"), else the sentence; without
    `with_foundings` (a relation other than a founding, in a sentence that tells another company's founding in
    passing), the years of foundings are taken out first."""
    def told(text: str) -> str:
        return text if with_foundings else _FOUNDING_YEAR.sub(r"\1", text)
    return find_event_date(told(clause), ref) or find_event_date(told(without_prospects(sentence)), ref)


# A report's dateline ("BEIJING, June 30, 2023 — ", "MADRID, 7 de marzo de 2025 (EFE).– "): the report's date.
_DATELINE = re.compile(r"^[^\d,]{2,40},\s*(?:[^,—–:-]|,(?=\s*\d)){0,20}?\b(?:19|20)\d{2}\b(?:\s*\([^)]*\))?\s*[.,]?\s*[-—–:]+")
# The words that tell a founding: its verb ("co-founded", "fundó", "set up"), its participle, its founder.
_FOUNDING = re.compile(r"\b(?:co-?)?(?:found(?:ed|ing|ers?)|(?:co)?fund(?:ó|aron|ad[oa]s?|ador(?:es|as?)?|ar)|"
                       r"establish(?:ed|ing)|set(?:ting)?\s+up|start(?:ed|ing)|launch(?:ed|ing)|creat(?:ed|ing|ors?)|"
                       r"cre(?:ó|aron|ar|ad[oa]s?|ador(?:es|as?)?))\b", re.I)


def founding_date(text: str, start: int, end: int, ref: date | None) -> tuple[date, str] | None:
    """The date of the founding whose words are text[start:end], from its own clause only: the comma-separated
    stretch that tells it ("who co-founded Meituan in 2010 with Wang Xing": a companion's founding too; "the startup
    he co-founded after leaving Google in 2021"; "Fundada en marzo de 2023 por X, ..."), else a stretch naming no
    party but the founding's own ("In 2015, ..."). A stretch naming another party tells of another event: "X returned
    to Google last year in a deal with Character.AI, the startup he co-founded" does not date the founding; nor
    does the report's own day ("BEIJING, June 30, 2023 - X, the founder of Y, ...")."""
    text = _DATELINE.sub(lambda d: " " * len(d.group(0)), without_prospects(text, start, end))
    told = [w.start() for w in _FOUNDING.finditer(text, start, end)]
    at = told[-1] if told else end
    # (the stretch ends where the clause does too: "he joined Alibaba in 2019 ... before leaving in 2023 to start X")
    clause = status.clause_of(text, at, at)
    opens = text.rfind(clause, 0, at + len(clause))
    left = max([c.end() for c in _COMMA.finditer(text, 0, at)] + [opens, 0])
    right = min([c.start() for c in _COMMA.finditer(text, at)] + [opens + len(clause), len(text)])
    own = set(_PARTY.findall(text, start, end))
    rest = " , ".join(part for part in _COMMA.split(text[:left] + " " * (right - left) + text[right:])
                      if set(_PARTY.findall(part)) <= own)
    found = find_event_date(text[left:right], ref)
    if found is None and rest.strip(" ,.;"):
        found = find_event_date(rest, ref)
        found = None if found == (ref, "day") else found
    return found


def claim_date(text: str, start: int, end: int, sentence: str, ref: date | None, founding: bool,
               with_foundings: bool) -> tuple[date, str] | None:
    """The event date of the relation whose words are text[start:end] (`text` the masked sentence or one of its
    clauses, `sentence` the sentence as written)."""
    if founding:
        return founding_date(text, start, end, ref)
    own = without_prospects(text, start, end)
    return relation_date(status.clause_of(own, start, end), sentence, ref, with_foundings)
