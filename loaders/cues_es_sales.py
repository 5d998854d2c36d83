"""Spanish cues for a company sold told with the buyer right after the verb and the company sold last ("vendió a
Apple en 2016 Pallas Ludens", "creó y vendió a Hewlett-Packard el grupo de software Autonomy").

The seller's cue in loaders/cues_es_more.py reads the common order ("vendió X a Y"); kept apart because that
module is full.
"""

from __future__ import annotations

from graph.schema import ACQUIRED
from loaders.cues import Cue

_SOLD = r"(?:vendió|vende|venderá|vendería|ha vendido|había vendido|han vendido|habían vendido|vendieron|vender)"
# a phrase of when or price between the buyer and the company sold: "en 2016", "por 300 millones", "hace dos años"
_WHEN = r"(?:(?:en|por|hace|a finales de|a principios de)\s+(?:[^⟦,;.\s]+\s+){0,3}?(?:\d{4}|⟦\$\d+⟧|años|meses)\s+)?"

CUES: list[Cue] = [
    # the company sold is a name after a description of it at most, never a thing made by a company ("vendió a
    # Microsoft chips de Nvidia": the name follows "de") nor a stake ("vendió a X su participación en Y")
    Cue(ACQUIRED, rf"\b{_SOLD}\s+(?:a|al)\s+(?:(?:la|el|los|las)\s+)?(?:[a-záéíóúñü\-]+\s+){{0,2}}?{{buyer:C}}\s+{_WHEN}"
        r"(?!(?:[\w\-]+\s+){0,4}?(?:participación|participaciones|acciones|paquete|parte|chips|productos|servicios|"
        r"licencias?|derechos)\b)(?:(?:su|sus|la|el|los|las)\s+)?(?:[a-záéíóúñü\-]+\s+){0,4}?(?<!\bde )(?<!\bdel )"
        r"{tgt:C}(?=\s*[,.;:(]|\s*$|\s+(?:por|en|y|e|que|hace|tras)\b)", "buyer", "tgt",
        keys=frozenset({"vendió", "vende", "venderá", "vendería", "vendido", "vendieron", "vender"})),
]
