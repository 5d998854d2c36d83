"""Spanish cues for past jobs told as the sentence's predicate ("X fue alto ejecutivo de Mercari").

Kept apart from loaders/cues_es.py and loaders/cues_es_more.py, which are full.
"""

from __future__ import annotations

from graph.schema import WORKS_AT
from loaders.cues import Cue
from loaders.cues_es import _STAFF, _STAFF_AREA

# Staff words news adds for senior people who hold no named title: "alto ejecutivo", "alta directiva".
_SENIOR_STAFF = rf"(?:(?:alt[oa]\s+)?(?:ejecutiv[oa]|directiv[oa]|cargo)|{_STAFF})"

CUES: list[Cue] = [
    # the person's job in the past, told as what the person was (after an apposition on the person, which may say
    # the present job): "Ren Ito, director de operaciones, fue alto ejecutivo de Mercari", "X fue ingeniero de Google
    # y de Meta"
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:[^⟦;.]|⟦[CU]\d+b?⟧){{1,60}}?,)?\s+(?P<verb>fue|había sido|ha sido)\s+"
        rf"(?:(?:un|una)\s+)?{_SENIOR_STAFF}{_STAFF_AREA}\s+(?:de|del|en)\s+{{c:Cs}}", "p", "c", "former",
        keys=frozenset({"fue", "sido"})),
]
