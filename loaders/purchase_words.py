"""When a Spanish "comprar a X" buys the company X itself rather than goods from X.

Spanish puts the personal "a" before a company bought ("Qualcomm quiere comprar a Intel") as before a vendor
goods are bought from ("comprar a Dell equipos"): what follows the name tells them apart.
"""

from __future__ import annotations

import re

# "compró a ⟦C1⟧ por ⟦$0⟧": a price right after the name, or nothing bought after it ("perdió interés en comprar a
# ⟦C1⟧, según ..."), buys that company (a list goes on after a comma: "compra a X, Y y Z sus chips").
BOUGHT_OUTRIGHT = re.compile(r"(?:[^⟦]*?\s)?compr\w+\s+a\s+⟦[CU]\d+b?⟧(?:\s+(?:en|por)\s+(?:unos\s+|cerca de\s+)?⟦\$\d+⟧|"
                             r"\s*[.;:)]|\s*,(?!\s*⟦)|\s*$|\s+(?:según|tras|hace)\b)")
