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

_BECOME = (r"(?P<verb>fue nombrad[oa]|ha sido nombrad[oa]|será nombrad[oa]|asumirá (?:el cargo de|como)|"
           r"asumió (?:el cargo de|como)|asume (?:el cargo de|como)|volverá a ocupar el cargo de|ocupará el cargo de|"
           r"pasa a ser|pasará a ser|se convertirá en|se convierte en|es nombrad[oa]|ejercerá como|ejerce como)")
_DP = r"(?:(?:el|la|los|las|un|una)\s+(?:[a-záéíóúñü\-]+\s+){0,5}?)?"
# An item may carry its own apposition ("HP Tech Ventures, el brazo inversor de HP, ...").
_ITEM_APPOS = r"(?:,\s*(?:el|la|los|las|un|una)\s+[^,⟦]{1,60}(?=,))?"
_ITEMS = (rf"{_DP}⟦[CP]\d+b?⟧{_ITEM_APPOS}(?:(?:,\s*|,?\s+(?:y|e|además de|así como)\s+){_DP}(?:⟦C\d+b?⟧\s+)?"
          rf"⟦[CP]\d+b?⟧{_ITEM_APPOS})*")

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
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b{_END}\s+{_TIES}\s+con\s+{{v:C}}", "cl", "v", "ended", vendor_check=True),
    Cue(CLIENT_OF, rf"\b(?:decisión|salida)\s+de\s+{{cl:C}}\s+de\s+{_END}\s+{_TIES}\s+con\s+{{v:C}}", "cl", "v", "ended",
        vendor_check=True),
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
    # -- more investments ------------------------------------------------------
    Cue(INVESTED, rf"\b(?:ronda|operación|financiación|ampliación de capital)\b~~\b(?:liderada|encabezada|liderado|"
        rf"encabezado|dirigida)\s+por\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    Cue(INVESTED, rf"\b(?:ronda|operación|financiación)\b~~\b(?:han participado|participaron|participan|ha participado|"
        rf"participó|han invertido|figuran|han entrado|entraron)\s+(?:también\s+)?(?P<inv>{_ITEMS})", "inv", "tgt?"),
    Cue(INVESTED, rf"\bEntre\s+(?:los|sus)\s+(?:inversores|accionistas|socios)\s+(?:figuran|están|se encuentran|destacan|"
        rf"hay)\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    Cue(INVESTED, rf"(?P<inv>{_ITEMS})~~\b(?:también\s+)?(?:participan|participaron|han participado|participa|participó|"
        r"entran|entraron|acudieron|acuden)\s+(?:también\s+)?(?:en|a)\s+(?:la|esta|dicha)\s+(?:ronda|operación|ampliación)",
        "inv", "tgt?"),
    Cue(INVESTED, r"{inv:C},\s+{tgt:C}\s+(?:mayor|principal|primer)\s+(?:inversor|accionista|socio inversor)", "inv", "tgt",
        stative=True),
    Cue(INVESTED, r"{inv:C},\s+(?:el\s+)?(?:mayor|principal|primer)\s+(?:inversor|accionista)\s+de\s+{tgt:C}", "inv", "tgt",
        stative=True),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:es|era|sigue siendo|se ha convertido en)\s+(?:también\s+)?(?:el\s+)?{v:C}\s+"
        r"(?:mayor|principal|primer)\s+cliente", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:es|era|sigue siendo|se ha convertido en)\s+(?:también\s+)?(?:el\s+)?(?:mayor|principal|"
        r"primer)\s+cliente\s+de\s+{v:C}", "cl", "v", "active"),
    Cue(INVESTED, r"{inv:Cs}~~\b(?:tendrá|tiene|tendría|mantiene|posee|controla|conserva|se queda con|se quedará con|"
        r"se quedaría con|ostenta|retiene)\b~~\b(?:participación|⟦%\d+⟧)~~\b(?:en|de)\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, r"{inv:Cs}~~\b(?:es|era|fue|se convierte en|se convirtió en)\s+(?:ya\s+)?(?:un|una|el|la)?\s*"
        r"(?:\w+\s+)?(?:inversor|inversora|accionista)\s+(?:\w+\s+)?(?:de|en)\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, r"{tgt:C},?~~\b(?:respaldada|financiada|participada)\s+(?:también\s+)?por\s+(?P<inv>" + _ITEMS + ")",
        "inv", "tgt"),
    # -- more acquisitions -------------------------------------------------------
    Cue(ACQUIRED, r"{buyer:E}~~\b(?:ha acordado|acordó|acuerda|firmó un acuerdo para|ha firmado un acuerdo para|"
        r"anunció un acuerdo para|llegó a un acuerdo para|alcanzó un acuerdo para|pretende|quiere|planea|negocia)\s+"
        r"(?:comprar|adquirir|hacerse con)\s+(?:a\s+)?{tgt:C}", "buyer", "tgt"),
    Cue(ACQUIRED, r"\b(?:venta|traspaso)\s+de\s+{tgt:C}\s+a\s+{buyer:E}", "buyer", "tgt"),
    Cue(ACQUIRED, r"{tgt:C}\s+(?:venta|traspaso)\s+a\s+{buyer:E}", "buyer", "tgt"),
    Cue(ACQUIRED, r"\b(?:oferta|propuesta)\s+(?:de\s+compra\s+)?(?:por|para comprar|para hacerse con)\s+{tgt:C}~~"
        r"\b(?:presentada|lanzada|hecha)\s+por\s+{buyer:E}", "buyer", "tgt"),
    # -- more employment -----------------------------------------------------------
    Cue(WORKS_AT, rf"\b(?:el|la|del|al)\s+{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_BECOME}\s+(?:el\s+|la\s+|su\s+)?(?:nuev[oa]\s+)?{MOD}{ROLE}{MOD_AFTER}"
        rf"(?!\s+(?:de|del)\b)", "p", "c?"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_BECOME}\s+(?:el\s+|la\s+|su\s+)?(?:nuev[oa]\s+)?{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del|en)\s+"
        r"{c:C}", "p", "c"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?:readmite|readmitió|ha readmitido|restituye|restituyó|repone|repuso|nombra|nombró|"
        rf"ha nombrado|designa|designó|elige|eligió)\s+(?:a\s+)?{{p:P}}\s+como\s+(?:su\s+)?(?:nuev[oa]\s+)?{MOD}{ROLE}"
        rf"{MOD_AFTER}", "p", "c", "current"),
    Cue(WORKS_AT, rf"{{p:P}},\s+que\s+(?P<verb>dirigía|dirigió|lideraba|lideró|presidía|presidió|encabezaba|fundó y dirigió)\s+"
        rf"{{c:C}}(?:\s+como\s+{ROLE})?", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},?\s+que\s+(?:hoy\s+|ahora\s+|actualmente\s+)?(?:dirige|lidera|preside|encabeza)\s+(?:[\w ]{0,60}?\s+"
        r"de\s+)?{c:C}", "p", "c", "current"),
    Cue(WORKS_AT, r"{p:Ps}~~\b(?:trabajó|trabajaron|trabajaba|trabajaban|estuvo|estuvieron|había trabajado|habían trabajado)\s+"
        r"(?:[\w ]{0,20}?\s+)?(?:en|para)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:tras|después de)\s+(?:un\s+|una\s+)?(?:breve\s+|largo\s+|larga\s+)?(?:paso|etapa|trayectoria)\s+"
        r"(?:por|en)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},\s+(?:antigu[oa]|ex)\s*[\w\- ]{2,40}?\s+(?:de|del|en)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},\s+(?:socio|socia)\s+(?:director[a]?\s+|fundador[a]?\s+)?(?:de|en)\s+{c:C}", "p", "c", "current"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:dejará|dejaba|deja|abandonará|abandona)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, rf"{{c:C}},?~~\b(?:dirigida|dirigido|liderada|liderado|encabezada|encabezado|presidida|presidido)\s+por\s+"
        rf"(?:{{c2:C}}\s+)?(?:{MOD}{ROLE},?\s+)?{{p:P}}", "p", "c", "current"),
    Cue(WORKS_AT, r"\b(?:el\s+)?(?:fichaje|nombramiento|contratación)\s+de\s+{p:P}\s+(?:por|en)\s+(?:parte\s+de\s+)?{c:C}",
        "p", "c", "current"),
    # -- more founders ---------------------------------------------------------------
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada|fundado|cofundado|creado)\s+(?:en\s+\d{4}\s+|hace [\w ]+?\s+)?"
        r"por\s+(?:(?:el|la)\s+[\w\- ]{0,40}?(?:de\s+⟦C\d+b?⟧\s+)?)?{p:Ps}", "p", "c"),
    Cue(FOUNDED, r"{c:C},\s+(?:la|el|una|un)\s+[\w ]{0,40}?\s+que\s+{p:P}\s+(?:co)?fund[óa]", "p", "c"),
    Cue(FOUNDED, r"{p:P}~~\b(?:fund[óa]|cofund[óa]|creó)\s+{c:C}~~\b(?:junto a|junto al|junto con|con)\s+(?:[\w]+\s+)?{p2:Ps}",
        "p,p2", "c"),
    Cue(FOUNDED, r"{p:P},?\s+(?:que|quien)\s+(?:también\s+)?(?:fundó|cofundó|creó|ayudó a fundar)\s+{c:C}", "p", "c"),
    # -- more clients -----------------------------------------------------------------
    Cue(CLIENT_OF, r"{v:C}~~\b(?:ha retirado|retiró|retira|cortó|corta|ha cortado|revocó|bloqueó|ha bloqueado)\s+(?:a\s+)?"
        r"{cl:C}\s+(?:el\s+)?acceso", "cl", "v", "ended"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:corta|cortó|ha cortado|retira|retiró|ha retirado|revoca|revocó)\s+el\s+acceso\s+de\s+{cl:C}",
        "cl", "v", "ended"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:será|es|seguirá siendo|se convierte en|se convertirá en)\s+(?:el\s+)?{cl:C}\s+"
        r"(?:principal\s+|mayor\s+|único\s+)?(?:proveedor|suministrador)", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:será|es|seguirá siendo)\s+(?:el\s+)?(?:principal\s+|mayor\s+|único\s+)?(?:proveedor|"
        r"suministrador)\s+(?:[\w ]{0,30}?\s+)?de\s+{cl:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:usará|utilizará|usa|utiliza|empleará|emplea|desplegará|despliega|despliegue)\s+"
        r"(?:[\w\-]+\s+){0,6}?(?:de|del)\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:reducirá|ha reducido|redujo|recorta|recortó|ha recortado)\s+(?:sus\s+|su\s+)?(?:pedidos|"
        r"compras|encargos|uso|contratos|gasto)\b~~\b(?:a|con|de)\s+{v:C}", "cl", "v", "reducing"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:estudia|evalúa|se plantea|plantea|considera)\s+(?:cambiar de|sustituir a|buscar otro|"
        r"prescindir de)\s+(?:proveedor\s+)?{v:C}?", "cl", "v?", "reconsidering"),
    # -- more competition and partnership ------------------------------------------
    Cue(COMPETES_WITH, r"{a:C},\s+{b:C}\s+(?:principal\s+|gran\s+|mayor\s+|directo\s+)?(?:rival|competidor)", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:en competencia|compite|competirá|compiten|rivaliza|rivalizará)\s+(?:directamente\s+)?con\s+"
        r"(?:[\w ]{0,40}?\s+(?:como|tales como)\s+)?{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, r"\b(?:su\s+)?(?:rival|competidor|competidora)\s+{b:C}", "a?", "b"),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:rivales|competidores)\s+(?:como|tales como)\s+{b:Cs}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:Cs}\s+(?:serán|son|será|es|fueron|eran)\s+(?:los|el|la|las|uno de los|una de las)\s+"
        r"(?:\w+\s+){0,1}?socios?\s+(?:\w+\s+){0,2}?de\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:colabora|colaborará|colaboran|colaborarán|trabajará|trabajarán)\s+(?:\w+mente\s+)?"
        r"con\s+{b:Cs}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:acuerdo|contrato|pacto)\s+de\s+licencia\b~~\bcon\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}?~~\blicenciar\s+(?:la\s+|el\s+|los\s+)?(?:tecnología|propiedad intelectual|modelos|software)\s+"
        r"de\s+{b:C}", "a?", "b"),
    Cue(PARTNERS_WITH, r"{a:C}\s+(?:y|and)\s+{b:C}~~\b(?:anunciaron|firmaron|sellaron|ampliaron|han firmado|han sellado|"
        r"han anunciado|renuevan|renovaron)\s+(?:una\s+|un\s+|su\s+)?(?:alianza|asociación|acuerdo de colaboración)",
        "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:renueva|renovó|amplía|amplió|refuerza|reforzó)\s+(?:así\s+)?(?:su|la)\s+(?:alianza|"
        r"asociación|colaboración)\s+con\s+{b:C}", "a", "b"),
    Cue(WORKS_AT, rf"\b(?:el|la)\s+{MOD}{ROLE}{MOD_AFTER},\s+{{p:P}},", "p", "c?"),
    Cue(WORKS_AT, rf"\by\s+(?:actual|current)\s+{ROLE}\s+(?:de|del)\s+{{c:C}}", "p?", "c", "current"),
    Cue(WORKS_AT, rf"{{p:P}},\s+que\s+(?P<verb>dirigía|dirigió|lideraba|lideró|presidía|presidió|encabezaba)\s+"
        rf"(?:[\w ]{{0,30}}?\s+de\s+)?{{c:C}}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:Ps},\s+de\s+{c:C}(?=[,.;]|\s+(?:y|que|han|ha|ganan|ganaron|dijo|afirmó))", "p", "c", "current"),
    Cue(WORKS_AT, rf"{{p:Ps}}~~\b(?:se unirán|se incorporarán|se incorporan|se unen|fichan por|ficharán por)\s+(?:a\s+)?"
        rf"{{c:C}}", "p", "c", "incoming"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?:asumió|asume|asumirá)\s+(?:como|el cargo de)\s+{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}}",
        "p", "c"),
    Cue(FOUNDED, r"{c:C}\s+(?:cofundadores|fundadores),?\s+{p:Ps}", "p", "c"),
    Cue(FOUNDED, r"\b(?:el\s+|la\s+)?(?:cofundador|cofundadora)\s+{p:P}", "p", "c?"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:también\s+)?(?:trabaja para|trabajó para|presta servicios a|da servicio a)\s+{cl:Cs}", "cl", "v",
        "active"),
    Cue(WORKS_AT, r"{p:P}~~\b(?P<verb>dejará el cargo|deja el cargo|dimitirá|dimite|abandonará la compañía|dejará la empresa|"
        r"se marcha|se marchará)\b", "p", "c?", "former"),
    Cue(CLIENT_OF, r"{v:C}~~\bclientes\s+(?:como|entre los que (?:están|figuran)|que incluyen a)\s+{cl:Cs}", "cl", "v", "active"),
    Cue(FOUNDED, r"\b(?:Fundada|Fundado|Cofundada|Cofundado|Creada|Creado)\s+(?:en\s+\d{4}\s+)?por\s+{p:Ps},\s+{c:C}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}\s+(?P<verb>es|era|será|sigue siendo)\s+(?:ahora\s+|también\s+)?(?:el\s+|la\s+)?{{c:C}}\s+{MOD}{ROLE}",
        "p", "c"),
    Cue(COMPETES_WITH, r"{a:C}~~\ben\s+competencia\s+(?:directa\s+)?con\s+(?:[\w ]{0,40}?\s+(?:como|tales como)\s+)?{b:Cs}",
        "a", "b"),
    Cue(CLIENT_OF, r"{cl:C},\s+{v:C}\s+(?:mayor|principal|primer|gran)\s+cliente", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:está revisando|revisa|revisará|ha revisado|renegocia|está renegociando)\s+(?:⟦C\d+b?⟧\s+|su\s+)?"
        r"(?:contrato|relación|acuerdo)", "cl", "v?", "reconsidering"),
    Cue(INVESTED, r"{inv:Cs}\s+(?:figuran|están|se encuentran|estaban|figuraban)\s+(?:también\s+)?entre\s+(?:los\s+)?"
        r"(?:inversores|accionistas|socios capitalistas)\s+de\s+{tgt:C}", "inv", "tgt", stative=True),
    # a round's participants named after it: "with participation from X and Y", "con la participación de X"
    Cue(INVESTED, r"\b(?:participación|aportación|apoyo|respaldo|entrada)\s+(?:también\s+)?de\s+(?:(?:los|las)\s+)?"
        r"(?:(?:inversores|fondos|socios)\s+)?(?:(?:como|tales como)\s+)?{inv:Es}(?!\s*(?:en|a)\s+⟦)", "inv", "tgt?"),
]

# "OpenAI tomó una decisión similar": the previous claim, with this subject.
ELLIPSIS = (r"{x:C}~~\b(?:(?:tom[óa]|tomaron|ha tomado|habría tomado)\s+(?:una decisión similar|la misma decisión)|"
            r"(?:hizo|hará|ha hecho)\s+lo mismo)")

# "H Company ha obtenido 220 millones de dólares": later round participants invest in it.
RAISED = (r"{r:C}?~~\b(?:recaud[óa]|recauda|ha recaudado|levant[óa]|levanta|ha levantado|obtuvo|ha obtenido|"
          r"cerr[óo]|ha cerrado|capt[óa]|capta|ha captado|consigui[óo]|ha conseguido|anunci[óo])\b~~"
          r"(?:⟦\$\d+⟧|ronda|financiación)")
