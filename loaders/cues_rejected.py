"""Cues for a takeover offer turned down: "Qualcomm rejected an offer from Meta", "FuriosaAI rechaza una oferta de
800 millones de dólares de Meta".

The one who turns an offer down is the company offered for, and the offer's maker (after "from" or "de") the would-be
buyer; the deal did not happen. The event frames of loaders.noun_frames read "una oferta de compra de Meta" with
Meta as the company bought, so REJECTED also keeps their support-verb frame from reaching past such a verb.
"""

from __future__ import annotations

from graph.schema import ACQUIRED
from loaders.cues import Cue

# Verbs of turning an offer down, every tense the stories use.
REJECTED = (r"(?:rechaz(?:a|an|ó|aron|aba|aban|ar|ado|ada|ando)|dio un portazo a|"
            r"(?:rejected|rejects|rejecting|reject|turned down|turns down|turn down|turning down|rebuffed|rebuffs|"
            r"rebuff|spurned|spurns|declined|declines|snubbed))")
_DET = r"(?:una|un|la|el|su|sus|dos|varias|an|a|the|its|two|several|multiple)"
# The offer, with what it was worth or what it was for before its maker: "una oferta de compra de ⟦$0⟧ de",
# "a $16bn takeover offer from", "an acquisition offer from"
_OFFER = (r"(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,3}?(?:ofertas?|propuestas?|pujas?|offers?|bids?|approach(?:es)?|"
          r"overtures?|proposals?)(?:\s+(?:de|para)\s+(?:compra|adquisición|adquirir\w*|comprar\w*|fusión))?"
          r"(?:\s+(?:de\s+)?(?:unos\s+|about\s+|around\s+)?⟦\$\d+⟧)?")

# The company offered for as the verb's subject: right before it, past an apposition and a few words ("Acme, the chip
# designer, has also rejected"); a name further back is often a preposition's ("rival de Nvidia, ... tras rechazar").
_SUBJECT = r"{tgt:C}(?:,[^⟦;.]{1,80}?,)?\s+(?:[\w\-]+\s+){0,3}?"

CUES: dict[str, list[Cue]] = {
    "es": [Cue(ACQUIRED, rf"{_SUBJECT}{REJECTED}\s+{_DET}\s+{_OFFER}\s+(?:de|del|por parte de)\s+{{buyer:C}}",
               "buyer", "tgt", status="cancelled")],
    "en": [Cue(ACQUIRED, rf"{_SUBJECT}{REJECTED}\s+{_DET}\s+{_OFFER}\s+(?:from|by)\s+{{buyer:C}}",
               "buyer", "tgt", status="cancelled")],
}
