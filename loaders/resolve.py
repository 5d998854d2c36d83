"""Mention resolution inside one document, and masking sentences for the cue patterns.

Short forms ("Wang", "Scale") come from the entities the document names in full;
descriptions and possessives ("la compañía", "the startup", "su CEO", "its
chief executive", "con ellos") point back to the most recent fitting company.
The masked sentence replaces each mention, amount and percentage with a slot
such as `⟦C3⟧`, `⟦P4⟧`, `⟦$0⟧`, `⟦%0⟧`, so cue patterns read like the news
phrases they match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from loaders.entities import Gazetteer, find_mentions, name_key, short_forms
from loaders.types import Mention, Sentence
from loaders.values import Money, find_money, find_percents

# Descriptions that name a company already in the story. The kinds a description
# may not point to keep "the startup" off the big companies.
_DESCRIPTIONS = re.compile(
    r"\b(?:la compañía|la empresa|la firma|la startup|la tecnológica|la desarrolladora|"
    r"el laboratorio|este proveedor(?: de datos)?|the company|the firm|the startup|the lab|"
    r"the group|the chipmaker|the AI lab|the AI company|the AI startup|the ChatGPT maker|"
    r"el fabricante de chips|the provider)\b(?!\s+[A-Z])",
    re.I,
)
_STARTUP_NOT = frozenset({"big_tech", "government", "investor"})
_POSSESSIVE = re.compile(
    r"\b(?:su|sus|its|their)\b(?=\s+(?:nuev[oa]s?\s+|antigu[oa]s?\s+|former\s+|new\s+|actual\s+)?"
    r"(?:CEO|CTO|CFO|COO|director|directora|consejer|presidente|presidenta|cofundador|fundador|"
    r"co-founder|founder|chief|president|chairman|chair|jef|head|científic|vicepresident|"
    r"vice president))",
    re.I,
)
_PRONOUN_OBJECT = re.compile(r"(?:(?<=\bcon )|(?<=\bpara ))(?:ellos|ella|ellas)\b|(?<=\bwith )(?:them|it)\b", re.I)


@dataclass
class MaskedSentence:
    sentence: Sentence
    mentions: list[Mention]
    money: list[Money]
    percents: list[tuple[float, int, int]]
    masked: str = ""
    slots: dict[str, object] = field(default_factory=dict)  # "C3" -> Mention, "$0" -> Money


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


class DocumentResolver:
    """Walks a document's sentences in order, remembering which companies it spoke of."""

    def __init__(self, gazetteer: Gazetteer, sentences: list[Sentence]):
        self.gazetteer = gazetteer
        self.history: list[tuple[int, str]] = []  # (sentence index, company id), oldest first
        self.local = self._local_short_forms(sentences)

    def _local_short_forms(self, sentences: list[Sentence]) -> dict[str, str]:
        named: dict[str, None] = {}
        for sentence in sentences:
            for mention in find_mentions(sentence.text, self.gazetteer, {}):
                named[mention.entity_id] = None
        owners: dict[str, set[str]] = {}
        for entity_id in named:
            for short in short_forms(self.gazetteer.by_id[entity_id]):
                owners.setdefault(name_key(short), set()).add(entity_id)
        # A short form two entities share ("Altman" for two Altmans) resolves to neither.
        return {key: ids.pop() for key, ids in owners.items()
                if len(ids) == 1 and key not in self.gazetteer.names}

    def _antecedent(self, before: list[Mention], allow_same: bool,
                    kinds_not: frozenset[str] = frozenset()) -> str | None:
        """Most recent fitting company. A description never points to a name of its own
        clause ("Meta invirtió ... en la empresa" is not Meta); a possessive may ("Scale AI y su CEO")."""
        order = [m.entity_id for m in reversed(before) if m.label == schema.COMPANY] if allow_same else []
        skip = {m.entity_id for m in before}
        order += [company for _, company in reversed(self.history) if company not in skip]
        for company in order:
            if self.gazetteer.by_id[company].kind not in kinds_not:
                return company
        return None

    def resolve(self, sentence: Sentence) -> list[Mention]:
        text = sentence.text
        mentions = find_mentions(text, self.gazetteer, self.local)
        extra: list[Mention] = []
        for m in _POSSESSIVE.finditer(text):
            before = [x for x in mentions if x.end <= m.start()]
            target = self._antecedent(before, allow_same=True)
            if target:
                extra.append(Mention(m.start(), m.end(), m.group(), target, schema.COMPANY, "anaphora"))
        for pattern, allow_same in ((_DESCRIPTIONS, False), (_PRONOUN_OBJECT, True)):
            for m in pattern.finditer(text):
                if _overlaps(m.start(), m.end(), mentions + extra):
                    continue
                before = [x for x in mentions if x.end <= m.start()]
                if allow_same:
                    # An object pronoun is not its own clause's subject, the nearest name
                    # ("según Scale, OpenAI continuará trabajando con ellos": ellos = Scale).
                    before = before[:-1]
                kinds_not = _STARTUP_NOT if "startup" in m.group().lower() else frozenset()
                target = self._antecedent(before, allow_same, kinds_not)
                if target:
                    extra.append(Mention(m.start(), m.end(), m.group(), target, schema.COMPANY, "anaphora"))
        mentions = sorted(mentions + extra, key=lambda x: x.start)
        for mention in mentions:
            if mention.label == schema.COMPANY and mention.via != "anaphora":
                self.history.append((sentence.index, mention.entity_id))
        return mentions

    def topic(self) -> str | None:
        """The company the previous sentences were about: the last one named."""
        return self.history[-1][1] if self.history else None


def mask(sentence: Sentence, mentions: list[Mention], language: str) -> MaskedSentence:
    text = sentence.text
    money = [m for m in find_money(text, language) if not _overlaps(m.start, m.end, mentions)]
    percents = [p for p in find_percents(text) if not _overlaps(p[1], p[2], mentions)]
    spans: list[tuple[int, int, str, object]] = []
    for i, m in enumerate(mentions):
        spans.append((m.start, m.end, f"{'C' if m.label == schema.COMPANY else 'P'}{i}", m))
    for i, m in enumerate(money):
        spans.append((m.start, m.end, f"${i}", m))
    for i, p in enumerate(percents):
        spans.append((p[1], p[2], f"%{i}", p))
    spans.sort()
    out, slots, cursor = [], {}, 0
    for start, end, name, obj in spans:
        if start < cursor:
            continue
        out.append(text[cursor:start])
        out.append(f"⟦{name}⟧")
        slots[name] = obj
        cursor = end
    out.append(text[cursor:])
    return MaskedSentence(sentence, mentions, money, percents, "".join(out), slots)
