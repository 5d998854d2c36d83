"""Words of a deal only tried, wanted, weighed or talked of, never made: "tried to buy", "estudia invertir en",
"han debatido la posibilidad de adquirir". loaders.status.deal_status gives a deal no status (no claim) when its
sentence holds one of them."""

from __future__ import annotations

import re

# "tried to buy", "intentó comprar", "was rebuffed": an attempt is not a deal.
ATTEMPT = re.compile(r"\b(?:tried|attempted|sought|had tried|trató de|intentó|había intentado|rebuffed|rechazó|"
                     r"rechazada|rejected|considered|had considered|weighed|mulled|contemplated|explored|discussed|"
                     r"had discussed|had (?:also |previously |earlier )?been in (?:talks|discussions|negotiations)|"
                     r"held (?:\w+ )?(?:talks|discussions|negotiations)|mantuvo (?:conversaciones|negociaciones)|"
                     # "Qualcomm's interest in buying Intel cools": wanting a company is no deal
                     r"interest in (?:buying|acquiring)|inter[ée]s (?:de [^,.;]{1,40}?)?(?:en|por) (?:comprar|adquirir|hacerse con)|"
                     r"(?:conversaciones|discusiones|negociaciones)(?: \w+)? (?:sobre|para) (?:comprar|adquirir)|"
                     r"había mantenido (?:conversaciones|negociaciones)|offered to|proposed to|"
                     r"approached|consider[óa]|estudi[óa] (?:comprar|adquirir|invertir)|sope[sś][óa]|barajó|"
                     r"explor[óa]|explorab[an]+|(?:había|habían|ha|han) (?:explorado|estudiado|sopesado|barajado|"
                     r"considerado|tanteado|valorado)|había (?:negociado|estado en conversaciones)|negoci(?:ó|aron|aba|aban)|"
                     r"se ofreci[óo] a|ofreci[óo]|(?:ha|han|había|habían|habría|habrían) ofrecido|propuso|"
                     r"tante[óa]|sondeó|interesad[oa]s? en|interested in|eyeing|eyed|courted|courting|"
                     r"pretendientes?|suitors?|(?:was|were|came|had come) close to (?:a deal|buying|acquiring|investing|"
                     r"an agreement)|offer to (?:buy|purchase|acquire)|oferta para (?:comprar|adquirir)|"
                     # considering, wanting, or a deal only possible: "se plantea invertir", "la posible compra de"
                     r"se plante(?:a|an|ó|aba)|(?:valora|valoran|estudia|estudian|analiza|evalúa|considera|consideran|"
                     r"contempla|baraja|barajan|sopesa|sopesan|explora|exploran)\s+(?:la\s+)?(?:posibilidad de\s+)?"
                     r"(?:comprar|adquirir|invertir|entrar)|"
                     r"quer(?:er|ía|ían)\s+(?:comprar|adquirir|invertir)|weighing|weighs|mulling|mulls|considering|"
                     r"exploring|(?:posibles?|eventual(?:es)?|hipotétic[oa]s?)\s+(?:compra|adquisición|operación|"
                     r"inversión|fusión|venta|oferta)|(?:possible|potential|prospective)\s+(?:deal|acquisition|merger|"
                     r"investment|sale|takeover|bid|purchase)|quedó en el aire|"
                     # only talked of: "han debatido la posibilidad de adquirir X", "discussed the possibility of buying"
                     r"posibilidad de (?:comprar|adquirir|invertir|hacerse con|absorber|fusionarse)|possibility of "
                     r"(?:buying|acquiring|investing|merging)|(?:debat|discut)\w*\s+(?:\w+\s+){0,2}?(?:(?:la|una)\s+)?"
                     r"(?:compra|comprar|adquisición|adquirir|invertir|inversión|fusión)|"
                     # sounded out, eyed or weighed, in the present or the past: "sondea la compra de X", "se baraja
                     # la venta", "estuvo a punto de comprar X", "se interesó por X"
                     r"sonde(?:a|an|aba|aban|aron)|tante(?:a|an|aba|aban|aron)|se barajan?|"
                     r"baraj(?:a|an|aba|aban)\s+(?:(?:la|una)\s+)?(?:posible\s+)?(?:compra|adquisición|operación|"
                     r"inversión|entrada|venta|fusión)|"
                     r"busc(?:ó|aron|aba|aban)\s+(?:comprar|adquirir|invertir|hacerse con)|"
                     r"(?:pretend|aspir)(?:ía|ían|aba|aban)(?:\s+a)?\s+(?:comprar|adquirir|invertir|hacerse con|entrar)|"
                     r"estuvo (?:a punto|cerca) de|estuvieron (?:a punto|cerca) de|llegó a negociar|llegaron a negociar|"
                     r"se interes(?:ó|aron|a|an|aba|aban)\s+(?:en|por)|se ha(?:n|bía|bían)? interesado\s+(?:en|por)|"
                     r"(?:mantiene|mantienen|mantenía|mantenían|mantuvo|mantuvieron)\s+(?:\w+\s+)?contactos|"
                     r"dej(?:ó|aron) pasar)\b",
                     re.I)
