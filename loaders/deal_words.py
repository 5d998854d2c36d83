"""Deal phrasings that say less, or other, than they seem.

Spanish puts the personal "a" before a company bought ("Qualcomm quiere comprar a Intel") as before a vendor
goods are bought from ("comprar a Dell equipos"): what follows the name tells them apart. And a deal, a contract
or a loan "backed by" a company has that company's money behind it, not a stake in the party that signed it. Money
for a contract, a licence or a loan buys no shares, and a business or a unit bought from another makes the buyer no
client of the seller.
"""

from __future__ import annotations

import re

# Money for work or lent money, not for shares: "obtuvo un contrato de 200 millones", "dos líneas de crédito".
CONTRACT = re.compile(r"\b(?:contrato|contratos|contract|contracts|pedido|encargo|order|orders|licencia|license|"
                      r"licence|crédito|créditos|préstamo|préstamos|deuda|loan|loans|credit line|credit facility|"
                      r"debt)\b", re.I)
# A business, a unit or shares bought from or sold to another change hands once; the buyer is no client of the seller.
BUSINESS = (r"(?:negocios?|divisi[oó]n|divisiones|filial(?:es)?|unidad(?:es)?|participaci[oó]n|participaciones|acciones|"
            r"títulos|activos|business(?:es)?|divisions?|units?|subsidiar(?:y|ies)|stake|shares|assets)\b")
BUSINESS_SOLD = re.compile(rf"\b(?:vend\w*|sold|sells?|selling)\s+(?:[^⟦.;]{{0,30}}?\s)?{BUSINESS}", re.I)
# (and sold to: "vendió a X su negocio de chips", "vendió a Apple en 2016 Pallas Ludens", "vendió a HP el grupo
# de software Autonomy": the company or business named after the buyer is what changed hands, not goods)
BUYS_FROM = re.compile(r"\b(?:compr\w*|adquir\w*|vend\w*|bought|buy\w*|purchas\w*)\b", re.I)
BUSINESS_NEXT = re.compile(rf"\s+(?:(?:en|por|hace)\s+(?:[^⟦,;.\s]+\s+){{0,3}}?(?:\d{{4}}|⟦\$\d+⟧|años)\s+)?"
                           rf"(?:(?:parte\s+de\s+)?(?:(?:su|sus|el|la|los|las|un|una|its|the)\s+)?{BUSINESS}|"
                           r"(?:(?:el|la|los|las|su|sus)\s+(?:[a-záéíóúñü\-]+\s+){0,4}?(?<!\bde )(?<!\bdel ))?⟦C\d+b?⟧)", re.I)
# A deal told by its worth and the other party ("cerró un acuerdo de 2.400 millones con Windsurf", "a $2.4 billion
# deal with X"): what one pays the other, for a licence or a service, is no round the other put money in.
DEAL_WORTH = re.compile(r"\b(?:acuerdo|pacto|deal|agreement)\s+(?:[\w\-]+\s+){0,2}?(?:de|por valor de|valorado en|worth)?\s*"
                        r"(?:unos\s+|about\s+|some\s+)?⟦\$\d+⟧\s+(?:con|with)\s+⟦|⟦\$\d+⟧\s+(?:deal|agreement)\s+with\s+⟦", re.I)
SHARES = re.compile(r"\b(?:stake|shares|equity|participación|acciones|capital)\b", re.I)

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
# A deal's apposition telling what it would bring ("agreed to acquire ZT Systems, a deal that would give it rack-level
# expertise", "una operación que le permitiría ..."): its "would" is the deal's aim, and it hedges no deal.
AIM_OF_DEAL = re.compile(r",\s+(?:a|an|the|una|un|la|el)\s+(?:[\w\-⟦⟧$]+\s+){0,3}?(?:deal|move|acquisition|purchase|"
                         r"transaction|takeover|merger|operación|compra|adquisición|transacción|fusión)\s+(?:that|which|que)"
                         r"\s+[^,;]*", re.I)
