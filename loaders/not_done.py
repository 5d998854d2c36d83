"""Frame matches whose relation the sentence says did not happen, so that no claim is built from them.

A negated verb ("did not join", "sin comprar la empresa") states no relation. A support verb that calls an event off
("pulled out of a planned joint venture with X") leaves an acquisition or an investment as a deal with status
cancelled (loaders.status reads it), but a partnership has no status to carry that: a venture given up before it
began is no partnership (one that existed and ended was one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph import schema
from loaders import status

if TYPE_CHECKING:
    from loaders.cues import Cue


# A venture still to come ("a planned joint venture", "la alianza prevista"): one that existed and ended ("ended its
# collaboration agreement with X") was a partnership.
_NOT_YET = re.compile(r"\b(?:planned|proposed|potential|possible|prospective|mooted|would-be|intended|planead[oa]s?|"
                      r"previst[oa]s?|proyectad[oa]s?|posibles?|futur[oa]s?|anunciad[oa]s?)\b", re.I)

# Support verbs whose subject is a regulator, a court or a board, a third party to the event it clears or stops: "la
# CNMC autorizó la compra de X", "la Cofece frenó la compra de Y" (the buyer is not named there).
_THIRD_PARTY = re.compile(r"(?:(?:ha|han|había|habían|habría|habrían|haya|hubiera)\s+)?(?:autoriz|aprob|aprueb|bloque|"
                          r"vet|fren)\w*\b", re.I)


def not_done(cue: Cue, m: re.Match) -> bool:
    """Whether a frame's match is negated, or a partnership the support verb calls off."""
    if not cue.frame:
        return False
    support = cue.frame == "support verb"
    verb_at = m.span("verb")[0] if status.group(m, "verb") else m.start() if support else None
    if support and cue.lead and status.group(m, cue.lead[0]) and _THIRD_PARTY.match(m.group(0)):
        return True
    if support and cue.type == schema.PARTNERS_WITH and status.calls_off(m.group(0)) and _NOT_YET.search(m.group(0)):
        return True
    # (but "no seguirá adelante con la compra" calls a deal off: the claim stays, cancelled)
    return verb_at is not None and status.negated(m.string[:verb_at]) and \
        not (support and status.CANCELLED.search(m.string))
