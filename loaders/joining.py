"""The company a sentence's people join, which no pointer in that sentence stands for.

"Su fundador y consejero delegado, X, y otros miembros del equipo se incorporarán a Nvidia": the people who join
Nvidia are another company's, so "su" is not Nvidia even when Nvidia was the previous sentence's subject. The same
holds for "la empresa ... se une a Google" and "its founders will join Meta".
"""

from __future__ import annotations

import re

from graph import schema
from loaders.entities import Gazetteer, find_mentions

# a verb of joining a company, the company's name right after it
_JOIN = re.compile(r"\b(?:se\s+(?:incorpora|incorporan|incorporará|incorporarán|incorporó|incorporaron|une|unen|unirá|"
                   r"unirán|unió|unieron)\s+a(?:l)?|pasan a formar parte de|pasarán a formar parte de|"
                   r"join|joins|joined|will join|are joining|is joining)\s+(?=[A-ZÁÉÍÓÚ])")


def joined_after(text: str, start: int, gazetteer: Gazetteer, local: dict[str, str]) -> frozenset[str]:
    """The companies named right after a verb of joining that stands after `start` in `text`."""
    out = set()
    for m in _JOIN.finditer(text, start):
        named = find_mentions(text[m.end():m.end() + 60], gazetteer, local)
        if named and named[0].start == 0 and named[0].label == schema.COMPANY:
            out.add(named[0].entity_id)
    return frozenset(out)
