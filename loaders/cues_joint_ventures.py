"""Cues for a company that several companies set up together, which the dev set reads as each of them investing in
it: "OpenAI, SoftBank y Oracle anunciaron ... la creación de Stargate, una nueva empresa que invertirá ...".

The joint-venture cues of loaders.cues_es_more need the word "conjunta"; news often leaves it out when the creators
are named as a list before a plural verb, which says by itself that the company is shared.
"""

from __future__ import annotations

from graph.schema import INVESTED
from loaders.cues import Cue

# The plural verbs of setting up or presenting a company (a plural verb after a list: the list did it together).
_SET_UP_ES = (r"(?:anunciaron|anuncian|han anunciado|presentaron|presentan|presentaran|presentaban|han presentado|"
              r"lanzan|lanzaron|han lanzado|crean|crearon|han creado|constituyen|constituyeron|han constituido|forman|"
              r"formaron|han formado)")
# When it was told, and where: "este martes", "el jueves", "en la Casa Blanca" (a seat of government named as the
# place of the announcement is no party to it).
_WHEN_ES = (r"(?:(?:este|esta|el|hoy|ayer|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mes|semana|pasado|"
            r"pasada)\s+){0,3}")
_WHERE_ES = r"(?:en\s+(?:la|el)\s+⟦C\d+b?⟧\s+)?"

ES: list[Cue] = [
    # "X, Y y Z anunciaron este martes en la Casa Blanca la creación de W, una nueva empresa que ...", "X e Y
    # presentaron W, una sociedad con la que ..." (a company, not "un proyecto" or "un complejo": those may be a
    # client's, built by the others)
    Cue(INVESTED, rf"{{inv:Cs}}\s+{_SET_UP_ES}\s+{_WHEN_ES}{_WHERE_ES}(?:la\s+creación\s+de\s+)?{{tgt:C}},\s+"
        r"(?:una|un)\s+(?:nueva\s+|nuevo\s+)?(?:empresa|sociedad|compañía|firma)\b", "inv", "tgt",
        keys=frozenset({"empresa", "sociedad", "compañía", "firma"})),
]

CUES: dict[str, list[Cue]] = {"en": [], "es": ES}
