"""Spanish cues for partnerships told in a relative clause, whose party is the sentence's company (loaders.endpoints
supplies it when the clause does not name it).

"Mistral AI, con la que firmó en febrero una alianza", "las alianzas que ha sellado con Stellantis y con la agencia
AFP": the agreement and its partner come after "que", the one who sealed it before the clause or nowhere in it. Each
phrasing is general; none is written for one sentence.
"""

from __future__ import annotations

from graph.schema import PARTNERS_WITH
from loaders.cues import Cue
from loaders.cues_es_rivals import BETWEEN

_PACTS = (r"(?:alianzas?|acuerdos? de colaboración|acuerdos? estratégicos?|alianzas? estratégicas?|asociaciones|"
          r"asociación estratégica|acuerdos? de asociación|acuerdos? de cooperación|colaboraciones)")
_PACT_KEYS = frozenset({"alianza", "alianzas", "acuerdo", "acuerdos", "asociaciones", "asociación", "colaboraciones"})
# An agreement reached (not one sought: "con la que negocia una alianza" is no partnership yet).
_SEALED = (r"(?:(?:ha|había|han|habían|habría)\s+(?:firmado|sellado|cerrado|suscrito|alcanzado|forjado|tejido|"
           r"establecido|renovado|ampliado)|firmó|firmaron|selló|sellaron|cerró|cerraron|suscribió|alcanzó|forjó|"
           r"estableció|renovó|amplió|mantiene|mantienen|mantenía|tiene|tenía)")
# (when it happened or what the agreement is about may stand between: "firmó en febrero una alianza")
_ASIDE = r"(?:[^⟦.;,]{0,40}?\s+)?"

CUES: list[Cue] = [
    # "Mistral AI, con la que Helsing firmó en febrero una alianza", "X, con el que ya mantiene un acuerdo estratégico"
    Cue(PARTNERS_WITH, rf"{{b:C}},\s+con\s+(?:la|el|las|los)\s+(?:que|cual|cuales)\s+(?:{{a:C}}\s+)?(?:ya\s+|también\s+)?"
        rf"{_SEALED}\s+{_ASIDE}(?:una|un|su|sus|varias|varios|dos|tres)\s+(?:[\w\-]+\s+){{0,2}}?{_PACTS}\b", "a?", "b",
        keys=_PACT_KEYS),
    # "las alianzas que ha sellado en los últimos meses con Stellantis y con la agencia AFP"
    Cue(PARTNERS_WITH, rf"\b{_PACTS}\s+(?:[\w\-]+\s+)?que\s+(?:{{a:C}}\s+)?{_SEALED}\s+{_ASIDE}con\s+{{b:Cs}}", "a?", "b",
        keys=_PACT_KEYS),
    Cue(PARTNERS_WITH, rf"\b{_PACTS}\s+(?:[\w\-]+\s+)?que\s+(?:{{a:C}}\s+)?{_SEALED}\s+{_ASIDE}con\s+⟦[CU]\d+b?⟧{BETWEEN}"
        r"{0,120}?,?\s+(?:y|e)\s+(?:también\s+)?con\s+{b:Cs}", "a?", "b", keys=_PACT_KEYS),
]
