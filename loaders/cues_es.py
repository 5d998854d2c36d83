"""Spanish cue patterns: how Spanish-language news states each relation."""

from __future__ import annotations

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)
from loaders.cues import MOD, MOD_AFTER, ROLE, Cue

_INVEST = (r"(?:invirti[óo]|invirtieron|invertirá|invertirán|invierte|invierten|ha invertido|han invertido|"
           r"había invertido|habría invertido|invertiría|inyect[óa]|inyectará|aport[óa]|aportará|"
           r"destin[óa]|destinará|desembols[óa]|desembolsará|ha (?:inyectado|aportado|destinado|desembolsado)|"
           r"apost[óa])")
_RAISE = (r"(?:recaud[óa]|recaudará|ha recaudado|levant[óa]|ha levantado|obtuvo|ha obtenido|cerr[óo]|"
          r"ha cerrado|capt[óo]|ha captado|consigui[óo]|logr[óo])")
_BUY = (r"(?:adquiri[óo]|adquiere|adquirirá|adquirir|compr[óa]|comprará|comprar|se hizo con|se hará con|"
        r"absorbi[óo]|absorberá|ha adquirido|ha comprado|acord[óa] (?:comprar|adquirir)|"
        r"cerr[óo] la compra de|complet[óo] la (?:compra|adquisición) de|anunci[óo] la (?:compra|adquisición) de)")
_STAKE_BUY = (r"(?:compr[óa]|comprará|adquiri[óo]|adquirirá|adquiere|se hizo con|tom[óa]|tomará|"
              r"se qued[óa] con|ha adquirido|ha comprado|ha tomado)")
_END = (r"(?:terminar|termin[óa]|terminará|poner fin a|puso fin a|romper|rompi[óo]|cortar|cort[óo]|"
        r"cancelar|cancel[óo]|rescindir|rescindi[óo]|finalizar|finaliz[óo]|abandon[óa]r?)")
_TIES = r"(?:su |sus |la |los )?(?:colaboración|relación|contrato|contratos|lazos|vínculos|acuerdo)(?: comercial(?:es)?)?"
_JOIN_FUTURE = (r"(?:se unirá|se une|se incorporará|se incorpora|fichará por|ficha por|llegará a|"
                r"se sumará|se sumará a|se incorporaría|se uniría)")
_JOIN_PAST = r"(?:se unió|se ha unido|se incorporó|se ha incorporado|fichó por|llegó a|se sumó|regres[óa] a|volvi[óo] a)"
_LEAVE = (r"(?:dej[óa]|ha dejado|abandon[óa]|ha abandonado|sali[óo] de|renunci[óo] a|dimiti[óo] de|"
          r"se march[óo] de|se fue de)")
_HIRE = (r"(?:fich[óa]|ha fichado|contrat[óa]|ha contratado|nombr[óa]|ha nombrado|designó|ha designado|"
         r"incorpor[óa]|ha incorporado)")

CUES: list[Cue] = [
    # -- investments ---------------------------------------------------------
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_INVEST}\b~~\b(?:en|a)\s+{{tgt:C}}", "inv", "tgt"),
    Cue(INVESTED, r"\b(?:inversión|inyección|aportación|participación)\b~~\b(?:por parte )?de\s+{inv:Cs}~\ben\s+{tgt:C}",
        "inv", "tgt", nominal=True),
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_STAKE_BUY}\s+(?:una|un|el|la)\b~~\b(?:participación|paquete|porcentaje)\b~~\b(?:de|en)\s+{{tgt:C}}",
        "inv", "tgt"),
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_STAKE_BUY}\s+(?:el|un)\s+⟦%\d+⟧\s+(?:de|del capital de|de las acciones de)\s+{{tgt:C}}",
        "inv", "tgt"),
    Cue(INVESTED, rf"{{tgt:C}}~~\b{_RAISE}\b~~\b(?:liderada|encabezada|liderado|encabezado|respaldada|"
        r"con la participación|de inversores como|procedentes de|aportados por|por parte de|de la mano de)\b"
        r"(?:\s+(?:por|de))?~{inv:Cs}", "inv", "tgt"),
    Cue(INVESTED, r"{tgt:C},?~\b(?:respaldada|financiada|participada)\s+(?:también\s+)?por\s+{inv:Cs}", "inv", "tgt"),
    Cue(INVESTED, r"{inv:Cs}~~\b(?:lider[óa]|encabez[óa]|particip[óa] en|ha liderado|ha encabezado)\s+(?:la|una)\s+"
        r"ronda~~\b(?:de|en)\s+{tgt:C}", "inv", "tgt"),
    # -- acquisitions --------------------------------------------------------
    Cue(ACQUIRED, rf"{{buyer:E}}~~\b{_BUY}\s+(?:a\s+)?(?:la startup |la empresa |la compañía |la firma )?{{tgt:C}}",
        "buyer", "tgt"),
    Cue(ACQUIRED, r"\b(?:compra|adquisición|absorción)\s+de\s+{tgt:C}\s+por\s+(?:parte\s+de\s+)?{buyer:E}",
        "buyer", "tgt"),
    Cue(ACQUIRED, r"{buyer:C}~~\b(?:la|su)\s+(?:compra|adquisición|oferta (?:de compra )?por)\s+(?:de\s+)?{tgt:C}",
        "buyer", "tgt"),
    Cue(ACQUIRED, r"{tgt:C}~~\b(?:fue|será|ha sido|habría sido)\s+(?:adquirida|comprada|absorbida|adquirido|comprado)"
        r"\s+por\s+{buyer:E}", "buyer", "tgt"),
    # -- employment ------------------------------------------------------------
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:el\s+|la\s+|su\s+)?{MOD}{ROLE}{MOD_AFTER}\s+(?:y\s+\w+\s+)?(?:de|del|en)\s+{{c:C}}",
        "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}},\s+{{c:C}}\s+{MOD}{ROLE}{MOD_AFTER}", "p", "c"),
    Cue(WORKS_AT, rf"\b(?:el|la)\s+{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"{{c:C}}\s+{MOD}{ROLE}{MOD_AFTER},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_JOIN_FUTURE}\s+(?:a\s+)?(?:la directiva de\s+|el equipo de\s+)?{{c:C}}",
        "p", "c", "incoming"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_JOIN_PAST}\s+(?:a\s+)?(?:la directiva de\s+|el equipo de\s+)?{{c:C}}",
        "p", "c", "current"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_LEAVE}\s+(?:su (?:cargo|puesto) en\s+)?{{c:C}}", "p", "c", "former"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+(?:a\s+)?{{p:P}}(?:~\bcomo\s+(?:su\s+)?(?:nuev[oa]\s+)?{ROLE})?",
        "p", "c", "current"),
    Cue(WORKS_AT, r"\b(?:incorporación|entrada|llegada|fichaje|nombramiento)\s+de\s+(?:⟦C\d+⟧\s+\w+,\s+)?"
        r"{p:P},?\s+(?:a|en)\s+(?:la directiva de\s+|el equipo de\s+|la cúpula de\s+)?{c:C}", "p", "c", "current"),
    Cue(WORKS_AT, rf"{{p:P}}~\b(?P<verb>es|era|fue|será|sigue siendo|ejerce como|ejercía como)\s+(?:el\s+|la\s+)?"
        rf"{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del|en)\s+{{c:C}}", "p", "c"),
    # -- founders --------------------------------------------------------------
    Cue(FOUNDED, r"{p:Ps}~~\b(?:fund[óa]|fundaron|cofund[óa]|cofundaron|cre[óo]|crearon)\s+(?:la startup\s+|la empresa\s+)?{c:C}",
        "p", "c"),
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada)\s+(?:en\s+\d{4}\s+)?por\s+{p:Ps}", "p", "c"),
    Cue(FOUNDED, r"{p:P},\s+(?:el\s+|la\s+|su\s+)?(?:co-?)?fundador(?:a)?(?:\s+y\s+[\w ]{2,30}?)?\s+(?:de|del)\s+{c:C}",
        "p", "c"),
    Cue(FOUNDED, r"\b(?:co-?)?fundador(?:a)?\s+(?:de|del)\s+{c:C},?\s+{p:P}", "p", "c"),
    Cue(FOUNDED, r"{c:C}\s+(?:co-?)?fundador(?:a)?,?\s+{p:P}", "p", "c"),
    # -- clients and vendors ---------------------------------------------------
    Cue(CLIENT_OF, r"{cl:Cs}~~\b(?:evalúa|evalúan|estudia|estudian|considera|consideran|busca|buscan|explora|"
        r"exploran|sopesa|sopesan|analiza|analizan)\s+(?:alternativas|proveedores alternativos|otros proveedores|"
        r"sustitutos|reemplazar|sustituir)\s+(?:a|de|para)?\s*{v:C}", "cl", "v", "reconsidering"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:gastar|gasta|gastó|gastará|pagar|paga|pagó|pagará|destinar)\b~~\bcon\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:reducir|recortar|reduce|reducirá|redujo|recorta|recortó|disminuir)\s+(?:su\s+)?"
        r"(?:dependencia|gasto|uso|contratos?|pedidos|compras)\s+(?:de|con|en|a)\s+{v:C}", "cl", "v", "reducing"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b{_END}\s+{_TIES}\s+con\s+{{v:C}}", "cl", "v", "ended"),
    Cue(CLIENT_OF, rf"\b(?:decisión|salida)\s+de\s+{{cl:C}}\s+de\s+{_END}\s+{_TIES}\s+con\s+{{v:C}}", "cl", "v", "ended"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:dej[óa] de|dejará de)\s+(?:trabajar|colaborar|usar|utilizar)\s+(?:con\s+)?{v:C}",
        "cl", "v", "ended"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:continuará|seguirá|sigue|continúa)\s+(?:trabajando|colaborando|contando|usando)\s+"
        r"(?:con\s+)?{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}?~~\b(?:atiende|atienden|da servicio|dan servicio|presta servicios|prestan servicios|provee|"
        r"proveen|suministra|suministran|suministrará|vende|venden|proporciona|proporcionan|abastece)\b~~\b(?:a|al)\s+"
        r"{cl:Cs}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\bclientes\s+(?:como|tales como|incluyen a|incluyen|entre los que (?:figuran|están|se "
        r"encuentran))\s+{cl:Cs}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?P<verb>es|era|sigue siendo|fue)\s+(?:un\s+|el\s+)?(?:gran\s+|principal\s+|mayor\s+)?"
        r"cliente\s+de\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:compra|compró|comprará|adquiere|usa|utiliza|emplea|encarg[óa])\s+(?:chips|GPU|"
        r"GPUs|servicios|procesadores|modelos|datos|servidores|capacidad)\b~~\b(?:de|a)\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:firm[óa]|ha firmado|cerr[óo])\s+un\s+contrato\b~~\bcon\s+{v:C}", "cl", "v", "active"),
    # -- competition and partnership --------------------------------------------
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:compite|competirá|compiten|competía|rivaliza)\s+(?:directamente\s+)?con\s+{b:Cs}",
        "a", "b"),
    Cue(COMPETES_WITH, r"{a:C},\s+(?:el\s+|la\s+|un\s+|una\s+|su\s+)?(?:gran\s+|principal\s+)?(?:rival|competidor(?:a)?)"
        r"\s+(?:direct[oa]\s+)?de\s+{b:C}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}\s+y\s+(?:su\s+)?(?:rival|competidor(?:a)?)\s+{b:C}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}\s+y\s+{b:C},?\s+(?:son\s+)?(?:rivales|competidores)", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:se asoci[óa]|se asocia|se ali[óa]|se alía|colabora|colaborará|colaboran)\s+con\s+{b:Cs}",
        "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:alianza|asociación|acuerdo de colaboración)\s+(?:estratégica\s+)?(?:\w+\s+){0,2}?"
        r"con\s+{b:Cs}", "a", "b"),
    Cue(PARTNERS_WITH, r"\b(?:alianza|asociación|acuerdo de colaboración|colaboración)\s+(?:estratégica\s+)?entre\s+"
        r"{a:C}\s+y\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}\s+y\s+{b:C}~~\b(?:anunciaron|firmaron|sellaron|ampliaron)\s+(?:una\s+|su\s+)?"
        r"(?:alianza|asociación|acuerdo de colaboración)", "a", "b"),
]

# "OpenAI tomó una decisión similar": the previous claim, with this subject.
ELLIPSIS = (r"{x:C}~~\b(?:(?:tom[óa]|tomaron|ha tomado|habría tomado)\s+(?:una decisión similar|la misma decisión)|"
            r"(?:hizo|hará|ha hecho)\s+lo mismo)")

# "H Company ha obtenido 220 millones de dólares": later round participants invest in it.
RAISED = (r"{r:C}~~\b(?:recaud[óa]|recauda|ha recaudado|levant[óa]|levanta|ha levantado|obtuvo|ha obtenido|"
          r"cerr[óo]|ha cerrado|capt[óa]|capta|ha captado|consigui[óo]|ha conseguido|anunci[óo])\b~~"
          r"(?:⟦\$\d+⟧|ronda|financiación)")
