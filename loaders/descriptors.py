"""What a story calls each company, so a later description finds the company it was said of.

News introduces a company with words it reuses later: "Run:ai, an Israeli startup ... the Israeli
company", "la tecnológica francesa Mistral ... la francesa", "Scale AI, a data-labelling startup ...
the data-labelling startup". The words before a name ("the Israeli startup Run:ai") and those of the
apposition after it ("Scale AI, a data-labelling startup") are remembered per company; a description
whose own words match one company's, and no other's, points to that company.
"""

from __future__ import annotations

import re
import unicodedata

from graph import schema
from loaders.reference_words import HEADS_EN, HEADS_ES
from loaders.types import Mention

# Words that say nothing about which company is meant.
_EMPTY = frozenset("""
a an the la el las los un una unos unas de del of and y e in en for para with con its su sus this este esta
that which que who quien new nueva nuevo same misma mismo other otra otro another former antigua antiguo
company companies compañía empresa empresas firma firm firms group grupo business entidad
one uno its their also también has have ha han is es was fue now hoy ya
""".split())
_INITIALS = re.compile(r"\b[A-Z]\.(?:[A-Z]\.)+")
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü][\wáéíóúñü]*")
_AFTER = re.compile(r",\s+(?:a|an|the|la|el|una|un)\s+(?P<words>[^,;.()]{3,80}?)(?=\s*(?:[,;.()]|\s+(?:that|which|que|"
                    r"who|quien|cuyo|cuya|whose|where|donde)\b|$))", re.I)
# Words right before a name that end in a company noun ("the Israeli startup Run:ai", "AI chip startup
# Rebellions") or, in Spanish, follow an article ("la tecnológica francesa Mistral", "la israelí Deci").
_BEFORE = re.compile(rf"(?:\b(?P<en>(?:[\w\-]+\s+){{0,3}}(?:{HEADS_EN})s?\s+)|\b(?:la|el)\s+(?P<es>(?:(?:{HEADS_ES})\s+)?"
                     rf"(?:[a-záéíóúñü\-]+\s+){{1,2}}))$")


def stem(word: str) -> str:
    """A word's first five letters without accents: "francesa" and "francés", "labelling" and "labeling"."""
    plain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    return plain[:5]


# The nouns of descriptions, single words only ("fabricante de chips" lends "fabricante", not "chips").
_HEAD_STEMS = frozenset(stem(w) for w in (HEADS_EN + "|" + HEADS_ES).split("|") if " " not in w)


def content_stems(words: str) -> set[str]:
    # "U.S." or "U.K." is a word of its own ("the U.S. chipmaker" is not "the Dutch chipmaker").
    out = {stem(m.replace(".", "")) for m in _INITIALS.findall(words)}
    words = _INITIALS.sub(" ", words)
    for word in _WORD.findall(words.replace("-", " ")):
        if word.lower() not in _EMPTY and not word[0].isdigit() and len(word) > 2:
            out.add(stem(word))
    return out


def learn(text: str, mentions: list[Mention], into: dict[str, set[str]]) -> None:
    """Add the words this sentence puts right before or in apposition after each company's name."""
    named = [m for m in mentions if m.label == schema.COMPANY and m.via != "anaphora"]
    for i, m in enumerate(named):
        floor = named[i - 1].end if i else 0  # never the words of the name before
        before = _BEFORE.search(text[max(floor, m.start - 60):m.start])
        found = content_stems(before.group("en") or before.group("es")) if before else set()
        after = _AFTER.match(text, m.end)
        if after:
            # "Tabular, a data management startup founded by the creators of Iceberg,": the words before
            # another name inside the apposition
            inner = min((x.start for x in mentions if x is not m and m.end < x.start < after.end()), default=None)
            found |= content_stems(after.group("words") if inner is None else text[after.start("words"):inner])
        if found:
            into.setdefault(m.entity_id, set()).update(found)


def best_match(description: str, described: dict[str, set[str]], allowed: list[str]) -> str | None:
    """The one allowed company whose remembered words share most with the description's own words (its
    noun too: "the startup" after "Fluxo, a Berlin startup"), or None when none does or two tie."""
    words = content_stems(description)
    if not words:
        return None
    scores = {c: len(words & described.get(c, set())) for c in allowed}
    top = max(scores.values(), default=0)
    winners = [c for c, s in scores.items() if s == top]
    if not top or len(winners) != 1:
        return None
    # A description with words of its own besides the noun ("the data-labelling startup") is not a company
    # that shares only the noun ("an AI startup"): that company was described otherwise.
    modifiers = words - _HEAD_STEMS
    if modifiers and not modifiers & described.get(winners[0], set()):
        return None
    return winners[0]
