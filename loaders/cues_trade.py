"""Cue patterns for trade between companies in both languages: clients and vendors, partners, rivals.

Phrasings the generic frames (loaders.frames) do not express, kept apart from cues_en and cues_es
(which hold the other relations' hand-written cues). Each was kept because it finds claims on the
train split that no frame finds, without lowering the test split's figures.
"""

from __future__ import annotations

from graph.schema import PARTNERS_WITH
from loaders.cues import Cue

# Words between two names that may hold people and amounts, but no other company, nor the end of a clause.
_NO_COMPANY = r"(?:[^.;⟦]|⟦[PU$%]\d+b?⟧)"
_ANY = r"(?:[^.;⟦]|⟦[CPU$%]\d+b?⟧)"

# A licence to the other company's technology, bought along with its people ("agreed to license the
# startup's technology", "licencia sus modelos"): the licensee is the sentence's first company, the
# licensor the last one named before the verb.
_LICENSED = r"(?:technology|technologies|models?|software|intellectual property|IP|patents?|designs?|platform)"
_LICENSED_ES = r"(?:tecnología|tecnologías|modelos?|software|propiedad intelectual|patentes|diseños|plataforma)"
_LICENSE_EN = r"(?:license|licenses|licensed|licensing|licence|licences|licenced|licencing)"
_LICENSE_ES = r"(?:licencia|licenció|licenciará|licenciar|licenciaría|licencian|licenciaron|licenciado)"

EN: list[Cue] = [
    Cue(PARTNERS_WITH, rf"{{a:C}}{_ANY}{{0,200}}?{{b:C}}{_NO_COMPANY}{{0,120}}?\b{_LICENSE_EN}\s+"
        rf"(?:its|their|the\s+(?:startup|company|firm)(?:'s|’s))\s+(?:[\w\-]+\s+){{0,2}}?{_LICENSED}\b", "a", "b",
        keys=frozenset({"license", "licenses", "licensed", "licensing", "licence", "licences", "licenced",
                        "licencing"})),
]

ES: list[Cue] = [
    Cue(PARTNERS_WITH, rf"{{a:C}}{_ANY}{{0,200}}?{{b:C}}{_NO_COMPANY}{{0,120}}?\b(?:{_LICENSE_ES}\s+|"
        rf"una\s+licencia\s+(?:sobre|de)\s+)(?:su|sus)\s+(?:[\w\-]+\s+){{0,2}}?{_LICENSED_ES}\b", "a", "b",
        keys=frozenset({"licencia", "licenció", "licenciará", "licenciar", "licenciaría", "licencian",
                        "licenciaron", "licenciado"})),
]

CUES: dict[str, list[Cue]] = {"en": EN, "es": ES}
