"""Small questions loaders.resolve asks about a sentence's mentions: do two overlap, does a company stand
in a list, where a description's span starts, "Alphabet's Google" read as one mention, the company named in
the apposition of the person who opens a sentence, and whether a text ends with a person's name."""

from __future__ import annotations

import re

from graph import schema
from graph.model import fold
from loaders.names import lexicon
from loaders.title_words import MOD, ROLE
from loaders.types import Mention

# A company listed after others or as an example ("socios como Nvidia, AMD y Oracle") is no clause's topic.
_EXAMPLE = re.compile(r"\b(?:como|such as|including|incluid[oa]s?|entre ell[oa]s|among them)\s+$")


def after_contraction(m: re.Match) -> int:
    """Where a description's mention starts: "del grupo" and "al grupo" keep "del"/"al" in the text for
    the cues that read "director de/del"."""
    return m.start() + (len(c.group()) if (c := re.match(r"(?:del|al)\s", m.group(), re.I)) else 0)  # "al " is 3


def overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def listed(text: str, x: Mention, mentions: list[Mention]) -> bool:
    """Does `x` follow another name in a list, or an example marker ("such as", "como")?"""
    previous = [y for y in mentions if y.end <= x.start]
    return bool(_EXAMPLE.search(text[:x.start]) or previous and
                re.fullmatch(r",\s*|,?\s+(?:y|e|and)\s+", text[previous[-1].end:x.start]))


def merge_possessor(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Alphabet's Google": one mention of Google, not two."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].entity_id == m.entity_id and re.fullmatch(r"(?:'s|’s)?\s+", text[out[-1].end:m.start]):
            out[-1] = Mention(out[-1].start, m.end, text[out[-1].start:m.end], m.entity_id, m.label, m.via)
            continue
        out.append(m)
    return out


def speaker_company(text: str, before: list[Mention]) -> str | None:
    """The company named in the apposition of the person who opens the sentence ("X, Cerebras's CEO, ...")."""
    if len(before) < 2 or before[0].label != schema.PERSON or not re.fullmatch(r"\W*", text[:before[0].start]):
        return None
    owner = before[1]  # (", Cerebras's chief executive," or ", the chief executive of Cerebras,")
    between, after = text[before[0].end:owner.start], text[owner.end:owner.end + 3]
    if owner.label == schema.COMPANY and (re.fullmatch(r",\s+", between) and re.match(r"(?:'s|’s)\s", after) or
            re.fullmatch(rf",\s+(?:the\s+)?{MOD}{ROLE}\s+(?:of|at)\s+", between) and after.startswith(",")):
        return owner.entity_id
    return None


def person_before(text: str, prior: list[Mention]) -> bool:
    """Whether `text` ends with a person's name: one known, or a given name and a capitalized word."""
    if prior and re.fullmatch(r"\s*", text[prior[-1].end:]):
        return prior[-1].label == schema.PERSON
    name = re.search(r"\b([A-ZÁÉÍÓÚÑ][\w\-]+)(?:\s+[A-ZÁÉÍÓÚÑ][\w\-]+)+\s*$", text)
    return bool(name) and fold(name.group(1)) in lexicon("first_names")


def inside_quote(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation ("...", “...”, «...») opened before it in the sentence."""
    before = text[:at]
    curly = max(before.rfind("“"), before.rfind("«")) > max(before.rfind("”"), before.rfind("»"))
    return curly or before.count('"') % 2 == 1
