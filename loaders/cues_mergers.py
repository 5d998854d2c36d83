"""Cues for a merger told of the pair: "Rebellions y Sapeon Korea han completado su fusión", "Rebellions, Sapeon agree
to merge".

The dev set's convention reads a merger as the first-named company taking in the second (the one that keeps its
name and leads the combined firm is named first), so a pair that merges is a purchase by the first.
"""

from __future__ import annotations

from graph.schema import ACQUIRED
from loaders.cues import Cue

# (their own key words: the sentence may hold no word of the purchase frames)
# A description between the conjunction and the second name: "y la filial de SK", "and the chip unit"
_DESC = r"(?:(?:la|el|los|las|the)\s+(?:[\w\-]+\s+){0,4}?)?"

CUES: dict[str, list[Cue]] = {
    "es": [Cue(ACQUIRED, rf"{{buyer:C}}\s+(?:y|e)\s+{_DESC}{{tgt:C}}~~\b(?:(?:su|la|una)\s+(?:[\w\-]+\s+){{0,2}}?"
                         rf"fusión\b|(?:acuerdan|acordaron|han acordado|deciden|decidieron|para|van a)\s+fusionarse\b)",
               "buyer", "tgt", keys=frozenset({"fusión", "fusionarse"}))],
    "en": [Cue(ACQUIRED, rf"{{buyer:C}}(?:,?\s+and\s+|,\s+){_DESC}{{tgt:C}}~~\b(?:(?:their|a|the)\s+(?:[\w\-]+\s+){{0,2}}?"
                         rf"merger\b|(?:agree|agreed|agrees|plan|plans|planned|decided|decide)\s+to\s+merge\b)", "buyer", "tgt",
               keys=frozenset({"merger", "merge"}))],
}
