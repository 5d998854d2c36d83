"""A company's division or field named with capitals after a post or an area: no party.

"presidente de Comercio de la compañía", "vicepresidenta de Tecnología y Desarrollo de Producto para
X", "el área de Estrategia y Nuevos Negocios", "senior vice president of Services": both languages
capitalize the business area a post or a team covers. Such a run is made of ordinary words that the
story also writes in lowercase ("el comercio electrónico", "services"); a company's or a person's
name after a post ("consejero delegado de Kavak", "CEO of Poolside") is not, so the test is that
every word of the run is one of those.
"""

from __future__ import annotations

import re
from collections.abc import Container

from graph.model import fold
from loaders.names import CONNECTOR

# An area's noun, then "de"/"of": what follows is the area ("el área de Estrategia y Nuevos Negocios"); also the
# second of two fields ("de Tecnología y Desarrollo de Producto").
_FIELDS_BEFORE = r"\s+(?:de|of)\s+(?:[A-ZÁÉÍÓÚ][\w\-]*\s+){0,3}(?:(?:y|e|and|&)\s+)?$"
_AREA_OF = re.compile(r"\b(?i:área|area|división|division|departamento|department|unidad|unit|equipo|team)" + _FIELDS_BEFORE)
# A post's noun, then "de"/"of": what follows is the area it covers only when the company it serves comes after
# ("presidente de Comercio de la compañía", "... para Mercado Envíos"); "presidente de Telefónica" names the company.
_POST_OF = re.compile(r"\b(?i:president[ae]?|vicepresident[ae]|vice\s+president|director[a]?|head|jef[ea]|chief|"
                      r"responsable|gerente|manager|líder|lead)" + _FIELDS_BEFORE)
_COMPANY_AFTER = re.compile(r"\s+(?:de|del|of|para|for|at|en)\s+(?:(?:la|el|the|its|su)\s+(?:compañía|empresa|firma|"
                            r"company|firm|group|grupo)\b|[A-ZÁÉÍÓÚ])")


def is_division(sentence: str, start: int, tokens: list[str], lowercase: Container[str]) -> bool:
    """Whether the capitalized run `tokens` at `start` is a post's or an area's field, not a name (`lowercase`: the
    words the story writes in lowercase, folded or as written)."""
    words = [t.rstrip(".,;:") for t in tokens if not re.fullmatch(CONNECTOR, t, re.I)]
    if not words or not all(fold(w) in lowercase or w.lower() in lowercase for w in words):
        return False
    before = sentence[max(0, start - 40):start]
    end = start + len(" ".join(tokens).rstrip(".,;:"))
    return _AREA_OF.search(before) is not None or \
        _POST_OF.search(before) is not None and _COMPANY_AFTER.match(sentence, end) is not None
