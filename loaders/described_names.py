"""The description right before a name that says the name is a company: its noun, and what may stand
between the noun and the name.

Spanish says what a company does with a "de" phrase after the noun: "la empresa de software Cognitect",
"el banco de desarrollo CAF", "la firma de servicios financieros SBI", "la plataforma de contratación
Vettery". loaders.discovery reads the name after such a description as a company, as it reads one
right after the noun ("la fintech colombiana Kelvio").
"""

from __future__ import annotations

import re

from graph.model import fold
from loaders.entities import NOT_NAMES

# The nouns that describe a company right before its name ("the parcel company Kranich Logistik", "la
# cooperativa Olivar del Sur", "the recruitment marketplace Vettery", "la naviera X").
DESCRIPTION_HEADS = (r"(?:company|startup|firm|lab|maker|developer|provider|operator|group|empresa|compañía|firma|grupo|"
                     r"cooperativa|fabricante|operador|proveedor|fondo|fund|gestora|aseguradora|insurer|bank|banco|fintech|"
                     r"tecnológica|plataforma|unicornio|neobanco|desarrolladora|aerolínea|operadora|consultora|"
                     r"farmacéutica|distribuidora|chipmaker|carmaker|automaker|retailer|lender|platform|unicorn|"
                     r"conglomerate|airline|consultancy|neobank|naviera|holding|marketplace|brokerage|trading house)")

# "de" and one lowercase noun, perhaps with its adjective ("de realidad aumentada", "de servicios
# financieros"); never an article or a possessive, which open a noun phrase of their own ("la empresa
# de la familia", "la compañía de su fundador"), and never a name ("la empresa de Elon Musk": whose it is).
DESCRIPTION_OF = (r"(?:\s+de\s+(?!(?:la|el|los|las|lo|su|sus|un|una|este|esta|estos|estas|ese|esa|aquel|aquella)\b)"
                  r"[a-záéíóúñü]{3,}(?:\s+(?!(?:de|del|en|con|para|por|y|que|a|al|no|ya|se)\b)"
                  r"[a-záéíóúñü]+(?:os|as|o|a|es|e|és|í))?)?")

# An article right before a lowercase word makes it a common noun, however often the story uses it: "Antes de la
# compra, la compañía había levantado ..." names no company "compra" (a lowercase brand follows its description: "la
# startup poolside").
ARTICLE_BEFORE = re.compile(r"\b(?:la|el|los|las|una|un|the|an|a)\s+$", re.I)


def within_sentence(name: str) -> str:
    """A name a cue ran into the next sentence: what follows the break ("July. MosaicML"), unless that sentence
    opens with a word of no name ("la compañía desde 2013. Con Wennink se despide"), when the cue met no name."""
    parts = re.split(r"\.\s+", name)
    return parts[-1] if len(parts) == 1 or fold(parts[-1].split()[0]) not in NOT_NAMES else parts[0]
