"""Spanish cues for a purchase whose noun is left out the second time: "Su mayor compra reciente fue la de la
estadounidense TravelClick", "la segunda mayor compra de la historia de Microsoft, solo superada por la de LinkedIn".

Spanish names a second deal of the kind just said with the article alone ("la de X": la compra de X); the company
after it is then the one bought, and the buyer the owner of the purchases (the possessive's, told by "de", or the
sentence's subject, which the engine supplies when no name is given).
"""

from __future__ import annotations

from graph.schema import ACQUIRED
from loaders.cues import Cue

# The purchase, then a link to its second mention: "fue", "es", "ha sido", "superada por", "por detrás de".
_PURCHASE = r"\b(?:compra|adquisición|compras|adquisiciones)\b"
_LINK = (r"(?:fue|es|era|ha sido|sería|superada (?:solo |sólo |únicamente )?por|por detrás de|tras|después de|"
         r"junto a|además de)")
# A description of the company bought before its name: "la estadounidense", "la red social profesional"
_DESC = r"(?:(?:la|el|los|las)\s+(?:[a-záéíóúñü\-]+\s+){0,4}?)?"

CUES: list[Cue] = [
    # (the owner told by "de" after the noun: "la mayor compra de la historia de Microsoft"; otherwise the subject)
    Cue(ACQUIRED, rf"{_PURCHASE}(?:\s+[a-záéíóúñü]+){{0,2}}?(?:\s+de\s+(?:la\s+historia\s+de\s+)?{{buyer:C}})?"
                  rf"(?:\s+[a-záéíóúñü]+){{0,3}}?,?\s+(?:solo\s+|sólo\s+)?{_LINK}\s+la\s+de\s+{_DESC}{{tgt:C}}",
        "buyer?", "tgt"),
]
