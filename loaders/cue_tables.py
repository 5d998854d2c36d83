"""The cues of each language, and which of them a sentence's words call for.

CUES holds the hand-written cues (loaders.cues_en, cues_en_more, cues_en_careers, cues_es, cues_es_more, cues_es_deals,
cues_es_elided, cues_es_sales, cues_es_careers, cues_es_rivals, cues_es_partners, cues_mergers, cues_rejected,
cues_trade, cues_trade_roles, cues_trade_more, cues_joint_ventures, cues_contracts), then every trigger in every frame
(loaders.frames); a cue compiles on first use. A sentence only tries the cues one of its words calls for
(`worth_trying`), through an index of their key words built once per language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders import (cues_en, cues_en_careers, cues_en_more, cues_es, cues_es_careers, cues_es_deals, cues_es_elided,
                     cues_es_more, cues_es_partners, cues_es_rivals, cues_es_sales, cues_contracts, cues_joint_ventures,
                     cues_mergers, cues_rejected, cues_trade, cues_trade_more, cues_trade_roles, frames)
from loaders.cues import Cue

# The hand-written cues, then every trigger in every frame (loaders.frames).
CUES: dict[str, list[Cue]] = {
    "es": cues_es.CUES + cues_es_more.CUES + cues_es_deals.CUES + cues_es_elided.CUES + cues_es_sales.CUES +
    cues_es_careers.CUES + cues_es_rivals.CUES + cues_es_partners.CUES + cues_mergers.CUES["es"] +
    cues_rejected.CUES["es"] + cues_trade.CUES["es"] + cues_trade_roles.CUES["es"] + cues_trade_more.CUES["es"] +
    cues_joint_ventures.CUES["es"] + cues_contracts.CUES["es"] + list(frames.cues("es")),
    "en": cues_en.CUES + cues_en_more.CUES + cues_en_careers.CUES["en"] + cues_mergers.CUES["en"] +
    cues_rejected.CUES["en"] + cues_trade.CUES["en"] + cues_trade_roles.CUES["en"] + cues_trade_more.CUES["en"] +
    cues_contracts.CUES["en"] + list(frames.cues("en")),
}
ELLIPSIS: dict[str, Cue] = {
    "es": Cue("ELLIPSIS", cues_es.ELLIPSIS, "x", "x"),
    "en": Cue("ELLIPSIS", cues_en.ELLIPSIS, "x", "x"),
}
RAISED: dict[str, Cue] = {
    "es": Cue("RAISED", cues_es.RAISED, "r", "r"),
    "en": Cue("RAISED", cues_en.RAISED, "r", "r"),
}


def compile_all(languages: tuple[str, ...] = ("en", "es")) -> list[re.Pattern]:
    """Compile every cue, and work out the words it needs, now (both happen on first use otherwise):
    a worker that will extract thousands of documents pays for it once, before its first document."""
    cues = [cue for language in languages for cue in (*CUES[language], ELLIPSIS[language], RAISED[language])]
    for cue in cues:
        cue.literals  # noqa: B018 - worked out now, like the pattern
    return [cue.regex for cue in cues]


@lru_cache(maxsize=2)
def _cue_index(language: str) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Which cues each key word calls for, and, per relation, the cues without key words of their own."""
    by_word: dict[str, list[int]] = {}
    by_relation: dict[str, list[int]] = {}
    for k, cue in enumerate(CUES[language]):
        if cue.keys is None:
            by_relation.setdefault(cue.type, []).append(k)
        else:
            for word in cue.keys:
                by_word.setdefault(word, []).append(k)
    return by_word, by_relation


def worth_trying(language: str, words: set[str], stated: set[str]) -> list[Cue]:
    """The cues a sentence's words call for, in table order: a cue with its own key words ("paid ...
    for X") when one of them shows, whatever its relation's; the others when their relation's show."""
    by_word, by_relation = _cue_index(language)
    picked = {k for word in words for k in by_word.get(word, ())}
    picked.update(k for rel in stated for k in by_relation.get(rel, ()))
    table = CUES[language]
    return [table[k] for k in sorted(picked)]
