"""Deal phrasings that say less, or other, than they seem.

Spanish puts the personal "a" before a company bought ("Qualcomm quiere comprar a Intel") as before a vendor
goods are bought from ("comprar a Dell equipos"): what follows the name tells them apart. And a deal, a contract
or a loan "backed by" a company has that company's money behind it, not a stake in the party that signed it.
"""

from __future__ import annotations

import re

# "compró a ⟦C1⟧ por ⟦$0⟧": a price right after the name, or nothing bought after it ("perdió interés en comprar a
# ⟦C1⟧, según ..."), buys that company (a list goes on after a comma: "compra a X, Y y Z sus chips").
BOUGHT_OUTRIGHT = re.compile(r"(?:[^⟦]*?\s)?compr\w+\s+a\s+⟦[CU]\d+b?⟧(?:\s+(?:en|por)\s+(?:unos\s+|cerca de\s+)?⟦\$\d+⟧|"
                             r"\s*[.;:)]|\s*,(?!\s*⟦)|\s*$|\s+(?:según|tras|hace)\b)")

# "have signed capacity deals backed by Google", "en una operación que cuenta con el respaldo financiero de Google"
_DEALS = r"deals?|contracts?|agreements?|loans?|bonds?|projects?|operaci[oó]n|operaciones|acuerdos?|contratos?|préstamos?"
_HAS = r"(?:que|that|which)\s+(?:cuenta|contó|contará|cuentan|has|had|have|is|was|are|were)\s+(?:con\s+)?(?:el\s+|un\s+)?"
_BACKED = r"backed|funded|financed|respaldad[oa]s?|financiad[oa]s?|respaldo|apoyo"
_DEAL_BACKED = re.compile(rf"\b(?:{_DEALS})\s+(?:{_HAS})?(?:{_BACKED})\b", re.I)


def backs_a_deal(text: str) -> bool:
    """Whether a matched investment names the backing of a deal rather than of a company."""
    return bool(_DEAL_BACKED.search(text))
