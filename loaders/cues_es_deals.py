"""Spanish cues for deals told with the partner before the deal's noun ("X firmó con Y una alianza").

Spanish often puts the comitative right after the verb and the object last, which the event frames of
loaders/triggers_es.py (noun, then "con") do not read; kept apart from loaders/cues_es_more.py, which is full.
"""

from __future__ import annotations

from graph.schema import PARTNERS_WITH
from loaders.cues import Cue
from loaders.cues_es_more import _AGREED, _JOINT_AIM

# A noun that says partnership by itself; a bare "acuerdo" or "contrato" may be a sale, so it needs a joint aim.
_PARTNERSHIP = (r"(?:alianza|asociación|colaboración|acuerdo\s+de\s+(?:colaboración|asociación|cooperación)|"
                r"acuerdo\s+estratégico|memorando\s+de\s+entendimiento|carta\s+de\s+intención)")

CUES: list[Cue] = [
    # "Acme ha cerrado con Globex una alianza estratégica", "firmó con Globex un acuerdo para desarrollar ..."
    Cue(PARTNERS_WITH, rf"{{a:C}}~~\b{_AGREED}\s+con\s+{{b:Cs}}\s+(?:una|un|su)\s+(?:(?:[\w\-]+\s+){{0,3}}?"
        rf"{_PARTNERSHIP}\b|(?:[\w\-]+\s+){{0,3}}?(?:acuerdo|pacto)\s+(?:[^⟦.;\s]+\s+){{0,4}}?{_JOINT_AIM})", "a", "b",
        keys=frozenset({"con"})),
]
