"""More ways news tells that a deal failed, beyond loaders.status.CANCELLED, which joins them in.

A failure is often told in a later sentence with its own verb ("The deal fell apart in June", "la operación fue
tumbada por el regulador", "Acme se echó atrás"), or in a passive whose agent is a regulator, a court or the
shareholders ("was nixed by regulators", "fue rechazada por los accionistas"). Each of these ends a deal.
"""

from __future__ import annotations

# (a regex fragment: CANCELLED wraps it in word boundaries)
CALLED_OFF_MORE = (
    # English: undone, killed or refused
    r"scuttl(?:e|ed|es|ing)|derail(?:ed|s|ing)?|shelv(?:e|ed|es|ing)|fell apart|falls? apart|fallen apart|"
    r"unravel+ed|nix(?:ed|es)|struck down|strikes? down|torn up|tore up|backed out|backs? out|"
    r"pulled the plug|put on ice|mothballed|went nowhere|"
    r"(?:was|were|been|get|got) (?:\w+ly )?(?:killed|shelved|scrapped|dropped|rejected|turned down|rebuffed|voted down)|"
    r"vot(?:ed|es) (?:down|against)|turn(?:ed|s)? down|spurn(?:ed|s)|"
    r"(?:end|ends|ended|ending) (?:the|its|their) (?:\w+ )?(?:deal|agreement|merger|acquisition|offer|bid|takeover)|"
    r"failed to (?:win|get|secure|obtain|receive|close|complete)|postponed indefinitely|"
    # Spanish: the deal fell, was knocked down, frozen or turned back
    r"tumbad[oa]s?|tumbaron|vetad[oa]s?|vetaron|abortad[oa]s?|abort(?:ó|aron)|truncad[oa]s?|se trunc(?:ó|aron)|"
    r"se desbarat(?:ó|aron)|se desvaneci(?:ó|eron)|se deshizo|se deshicieron|se romp(?:ió|ieron)|"
    r"(?:dio|dieron|da|dan|ha dado|han dado) marcha atrás|se ech(?:ó|aron) (?:para )?atrás|"
    r"impidi(?:ó|eron) (?:la|el|su) (?:operación|compra|adquisición|fusión|acuerdo|venta|inversión)|"
    r"no (?:obtuvo|recibió|consiguió|logró) (?:el visto bueno|la aprobación|la autorización|luz verde|el aval)|"
    r"retir(?:ó|aron) (?:su|la|sus) (?:oferta|propuesta|puja|opa)|votaron en contra|"
    r"(?:fue|fueron) rechazad[oa]s?|puso punto final|pusieron punto final|congelad[oa]s?|congel(?:ó|aron)|"
    r"aplazad[oa]s? (?:sine die|indefinidamente)|se (?:ha |han )?aplazado (?:sine die|indefinidamente)|"
    r"(?:no|nunca) llegó a (?:completarse|consumarse|firmarse|ejecutarse|realizarse)|"
    r"(?:no|nunca) se (?:complet|consum|cerr|firm|concret)(?:ó|aron)|"
    # talks that reached nothing: "no llegaron a buen puerto", "no alcanzaron un acuerdo", "rechazaron la compra"
    r"(?:no|nunca) llegaron a (?:buen puerto|completarse|consumarse|firmarse|concretarse|materializarse)|"
    r"no (?:alcanz(?:ó|aron)|lleg(?:ó|aron) a) (?:un |ningún )?acuerdo|"
    r"rechaz(?:aron|ó) (?:la|el|su) (?:compra|adquisición|operación|fusión|oferta|opa|propuesta)|"
    # a deal named as failed after a comma: "la operación, finalmente frustrada,"
    r"(?:compra|adquisición|operación|oferta|fusión|absorción|venta|inversión)s?,\s+(?:finalmente|al final|luego)\s+"
    r"(?:fallid|frustrad)[oa]s?"
)
