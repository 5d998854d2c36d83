"""More cues of trade between companies in both languages (loaders.cues_trade holds the first ones, tried before
these): what a deal or a move makes of a company ("convierte a Oracle en el principal proveedor de OpenAI", "made
Microsoft CoreWeave's biggest customer"), rivals told by how they compete or how they are seen, alliances a pair
calls its own and contracts renewed or extended."""

from __future__ import annotations

from graph.schema import CLIENT_OF, COMPETES_WITH, PARTNERS_WITH
from loaders.cues import Cue
from loaders.cues_trade import _RIVAL_KEYS, _WHOLE  # (shared with the first cues of trade)

EN: list[Cue] = []
ES: list[Cue] = []

# What a deal or a move makes of a company: "El acuerdo convierte a Oracle en el principal proveedor de computación de
# OpenAI", "convirtió a Microsoft en el mayor cliente de CoreWeave"; "made Microsoft CoreWeave's biggest customer",
# "turned Oracle into the main cloud provider of OpenAI".
# (the company may come after what it is to its owner: "convertía a su división de nube, Amazon Web Services, en ...")
_MAKES_ES = (r"\b(?:convierte|convierten|convirtió|convertía|convertirá|convertiría|ha convertido|había convertido)\s+a\s+"
             r"(?:(?:su|la|el)\s+[a-záéíóúñü ]{1,40}?,\s+(?=⟦[CU]\d+b?⟧,))?")
_MAKES_EN = r"\b(?:makes|made|making|will make|would make|turns|turned|turning|will turn|would turn)\s+"
_INTO_ES = r",?\s+en\s+(?:(?:el|la|su|un|una|uno de los|una de las)\s+)?(?:[\w\-]+\s+){0,2}?"
_NOUN_TAIL_ES = r"(?:\s+(?:de|del|en)\s+(?!⟦)[\w\-]+(?:\s+(?!de\b)[\w\-]+)?)?\s+(?:de|del)\s+"
_MADE_INTO = [  # (relation, Spanish nouns, English nouns, the made company's slot, the other's)
    (CLIENT_OF, "(?:cliente|clientes|comprador|compradores|inquilino)", "(?:customer|customers|client|clients|buyer|buyers|"
     "tenant)", "cl", "v"),
    (CLIENT_OF, "(?:proveedor|proveedora|proveedores|suministrador|suministradora|suministradores)",
     "(?:supplier|suppliers|provider|providers|vendor|vendors)", "v", "cl"),
    (PARTNERS_WITH, "(?:socio|socia|aliado|aliada)", "(?:partner|ally)", "a", "b"),
    (COMPETES_WITH, "(?:rival|competidor|competidora)", "(?:rival|competitor|challenger)", "a", "b"),
]
_MAKES_KEYS = frozenset({"convierte", "convierten", "convirtió", "convertía", "convertirá", "convertiría", "convertido",
                         "makes", "made", "making", "make", "turns", "turned", "turning", "turn"})
for _rel, _es, _en, _made, _other in _MADE_INTO:
    _src, _dst = ("cl", "v") if _rel == CLIENT_OF else ("a", "b")
    _st = "active" if _rel == CLIENT_OF else None
    ES.append(Cue(_rel, _MAKES_ES + f"{{{_made}:C}}" + _INTO_ES + _es + _NOUN_TAIL_ES + f"{{{_other}:C}}", _src, _dst, _st,
                  keys=_MAKES_KEYS))
    EN += [
        Cue(_rel, _MAKES_EN + f"{{{_made}:C}}" + r"\s+(?:into\s+)?(?:(?:the|a|an|one of)\s+)?" + f"{{{_other}:C}}" +
            r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}?" + _en + r"\b", _src, _dst, _st, keys=_MAKES_KEYS),
        Cue(_rel, _MAKES_EN + f"{{{_made}:C}}" + r"\s+(?:into\s+)?(?:the|a|an|one of the)\s+(?:[\w\-]+\s+){0,3}?" + _en +
            r"\s+(?:of|to|for)\s+(?:the\s+)?" + f"{{{_other}:C}}", _src, _dst, _st, keys=_MAKES_KEYS),
    ]

# Rivalry said with an adverb, as one of a pair, or as what a company is seen as: "Arm competes head-on with Intel",
# "compite de tú a tú con X"; "Databricks and Snowflake, two fierce rivals, ..."; "DeepSeek has emerged as a challenger
# to OpenAI", "is seen as Europe's answer to OpenAI", "se ha consolidado como alternativa a X"; "Microsoft now views
# OpenAI as a competitor", "considera a X su principal rival".
_HOW = (r"(?:head-on|head on|head-to-head|head to head|fiercely|aggressively|squarely|increasingly|intensely|hard|"
        r"more directly|frontalmente|de tú a tú|cara a cara|de frente|abiertamente|duramente|ferozmente|cada vez más)")
_COMPETE_ANY = (r"(?:competes|compete|competed|competing|will compete|vies|vie|vying|compite|compiten|competía|competían|"
                r"competirá|competirán|competir|rivaliza|rivalizan)")
EN.append(Cue(COMPETES_WITH, r"{a:C}~~\b" + _COMPETE_ANY + r"\s+" + _HOW + r"\s+(?:with|against)\s+(?:the\s+)?{b:Cs}" +
              _WHOLE, "a", "b", keys=frozenset({"competes", "compete", "competed", "competing", "vies", "vie", "vying"})))
ES.append(Cue(COMPETES_WITH, r"{a:C}~~\b" + _COMPETE_ANY + r"\s+" + _HOW + r"\s+(?:con|contra)\s+{b:Cs}" + _WHOLE, "a",
              "b", keys=frozenset({"compite", "compiten", "competía", "competían", "competirá", "competirán", "competir",
                                   "rivaliza", "rivalizan"})))
_PAIR_APPOS_RIVALS = (r"(?P<a>⟦[CU]\d+⟧)\s+(?:and|y|e)\s+(?P<b>⟦[CU]\d+⟧),\s+(?:two|both|the two|longtime|long-time|"
                      r"fierce|bitter|dos|los dos|eternos|viejos|grandes|históricos)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:rivals|competitors|rivales|competidores|competidoras)\b")
EN.append(Cue(COMPETES_WITH, _PAIR_APPOS_RIVALS, "a", "b", keys=_RIVAL_KEYS))
ES.append(Cue(COMPETES_WITH, _PAIR_APPOS_RIVALS, "a", "b", keys=_RIVAL_KEYS))
_SEEN_AS_KEYS = frozenset({"rival", "competitor", "challenger", "answer", "alternative", "rivales", "competidor",
                           "competidora", "alternativa", "respuesta"})
EN += [
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:emerged|emerges|emerging|has emerged|(?:is|was|has been|had been)\s+"
        r"(?:(?:once|now|widely|often|also|long|increasingly)\s+)?(?:seen|viewed|regarded|considered|billed|touted|hailed|"
        r"pitched)|established itself|positioned itself)\s+as\s+"
        r"(?:a|an|the|[A-Z][\w\-]*(?:'s|’s))\s+(?:[\w\-'’]+\s+){0,3}?(?:rival|competitor|challenger|answer|alternative)\s+(?:to|of|for)\s+"
        r"(?:the\s+)?{b:C}(?!\s*(?:'s|’s)?\s*-)", "a", "b", keys=_SEEN_AS_KEYS),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:views|viewed|sees|saw|considers|considered|regards|regarded|treats|treated|counts|"
        r"counted)\s+{b:Cs}\s+as\s+(?:a|an|its|their|one of its|one of their)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:rival|rivals|competitor|competitors)\b", "a", "b", keys=_SEEN_AS_KEYS | {"rivals", "competitors"}),
]
ES += [
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:se ha consolidado|se consolida|se consolidó|se ha erigido|se erige|se perfila|"
        r"se ha convertido|se convirtió|se presenta|se posiciona|se ha posicionado|es vista|es visto|es considerada|"
        r"es considerado|se postula|se postulaba|aspira a convertirse|quiere convertirse|pretende convertirse|"
        r"aspira a ser|quiere ser|pretende ser)\s+(?:(?:como|en)\s+)?(?:(?:la|el|una|un|uno de los|una de las)\s+)?"
        r"(?:[\w\-]+\s+){0,3}?"
        r"(?:rival|rivales|competidor|competidora|alternativa|respuesta)\s+(?:[\w\-]+\s+){0,2}?(?:a|de|del|al|frente a)\s+"
        r"{b:C}", "a", "b", keys=_SEEN_AS_KEYS),
    # ... and in apposition: "Mistral, la alternativa europea a OpenAI,", "X, considerada la respuesta china a OpenAI,"
    Cue(COMPETES_WITH, r"{a:C},\s+(?:(?:considerad[oa]|vist[oa]|señalad[oa])\s+(?:como\s+)?)?(?:la|una)\s+(?:gran\s+|principal\s+|"
        r"nueva\s+)?(?:alternativa|respuesta)\s+(?:[\w\-]+\s+){0,2}?(?:a|al)\s+{b:C}", "a", "b", keys=_SEEN_AS_KEYS),
    # (the possessive may come masked as the company it was resolved to: "considera a OpenAI ⟦C⟧ mayor competidor")
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:considera|consideraba|ve|veía|trata)\s+a\s+{b:Cs}\s+(?:como\s+)?(?:su|sus|un|una|"
        r"⟦C\d+b?⟧|uno de (?:sus|⟦C\d+b?⟧))\s+(?:[\w\-]+\s+){0,2}?(?:rival|rivales|competidor|competidora|competidores)\b", "a", "b",
        keys=_SEEN_AS_KEYS | {"competidores"}),
]

# The rivals as the antecedent of a relative with "con": "junto a CoreWeave, Lambda o Crusoe, con las que compite por
# contratos", "frente a gigantes como Google, con el que compite directamente": the sentence's company competes.
ES.append(Cue(COMPETES_WITH, r"{b:Cs},\s+con\s+(?:el|la|los|las)\s+(?:que|cual|cuales)\s+(?:también\s+|ya\s+|hoy\s+)?"
              r"(?:compite|compiten|competía|competían|competirá|rivaliza|rivalizan|rivalizaba)\b", "a?", "b",
              keys=frozenset({"compite", "compiten", "competía", "competían", "competirá", "rivaliza", "rivalizan",
                              "rivalizaba"})))
# ... and a second object after the first one's field, the preposition repeated: "Intel compite con TSMC en ese
# mercado, y con AMD y Nvidia en el de procesadores"
ES.append(Cue(COMPETES_WITH, r"{a:C}~~\b" + _COMPETE_ANY + r"\s+(?:\w+mente\s+)?(?:con|contra)\s+⟦[CU]\d+b?⟧\s+"
              r"(?:en|por)\s+[^⟦,;.]{1,40}?,?\s+(?:y|e)\s+(?:también\s+)?(?:con|contra)\s+{b:Cs}", "a", "b",
              keys=frozenset({"compite", "compiten", "competía", "competían", "competirá", "competirán", "competir",
                              "rivaliza", "rivalizan"})))

# A supplier's goods that its client runs on, the client inside a relative: "Nvidia suministra las GPU que la compañía
# despliega en sus centros de datos", "Nvidia, que suministra los chips con los que opera CoreWeave"
# (the supplier is the clause's subject, after its apposition if any: "Nvidia, socio tecnológico de Nscale, suministra")
_SUPPLIES = (r"(?:,\s+(?:[^⟦,;.]|⟦C\d+b?⟧){1,60}?,)?\s+(?:que\s+)?(?:ya\s+|también\s+)?(?:suministra|suministran|suministraba|suministrará|provee|proporciona|vende|aporta)\s+(?:los|las|sus)\s+"
             r"(?:[^⟦.;,]{1,30}?\s+)?")
_RUNS_ON = r"(?:despliega|despliegan|usa|usan|utiliza|utilizan|emplea|emplean|opera|operan|entrena|entrenan|funciona)"
_SUPPLY_KEYS = frozenset({"suministra", "suministran", "suministraba", "suministrará", "provee", "proporciona", "vende",
                          "aporta"})
ES += [
    Cue(CLIENT_OF, r"{v:C}" + _SUPPLIES + r"que\s+{cl:C}\s+(?:ya\s+|también\s+)?" + _RUNS_ON + r"\b", "cl", "v", "active",
        keys=_SUPPLY_KEYS),
    Cue(CLIENT_OF, r"{v:C}" + _SUPPLIES + r"(?:con|en|sobre)\s+(?:los|las)\s+que\s+" + _RUNS_ON + r"\s+{cl:C}", "cl", "v",
        "active", keys=_SUPPLY_KEYS),
]

# A project the subject pursues with another company, in an object relative: "Stargate, la iniciativa de centros de
# datos que el creador de ChatGPT impulsa con SoftBank y Oracle", "el modelo que Telefónica desarrolla junto a Meta"
ES.append(Cue(PARTNERS_WITH, r"\b(?:que|la cual|el cual)\s+{a:C}\s+(?:(?:ya|también|ahora|hoy)\s+)?(?:impuls|desarroll|"
              r"constru|lanz|explot|levant|co-?desarroll|diseñ)(?!\w*(?:dor|dora|dores|doras|ntes?|ción|ciones)\b)\w*\s+"
              r"(?:[^⟦.;,]{0,30}?\s+)?(?:con|junto a|junto con|junto al|de la mano de)\s+{b:Cs}", "a", "b",
              keys=frozenset({"que", "cual"})))

# A joint venture told by who holds it: "una sociedad conjunta participada a partes iguales por Nscale y Aker"
ES.append(Cue(PARTNERS_WITH, r"\b(?:empresa|sociedad|compañía)\s+(?:conjunta|mixta)\s+(?:[^⟦.;]{0,40}?\s+)?(?:participada|"
              r"controlada|formada|creada|constituida|propiedad)\s+(?:[^⟦.;]{0,30}?\s+)?(?:por|de)\s+{a:C}\s+(?:y|e)\s+{b:C}",
              "a", "b", keys=frozenset({"conjunta", "mixta"})))

# Two partners as the subject of their own alliance, the possessive masked as a name or not: "Telefónica y Microsoft
# amplían su alianza estratégica", "Accenture and Google are expanding their alliance".
_ALLIANCE = (r"(?:alianza|asociación|colaboración|cooperación|alliance|partnership|collaboration|cooperation|tie-up)")
_PAIR_OWN_ALLIANCE = (r"(?P<a>⟦[CU]\d+⟧)\s+(?:and|y|e)\s+(?P<b>⟦[CU]\d+⟧)\s+(?:[\w\-]+\s+){1,3}?(?:su|sus|their|⟦C\d+b?⟧)\s+"
                      r"(?:[\w\-]+\s+){0,2}?" + _ALLIANCE + r"\b(?!\s+(?:with|con)\s)")
_OWN_KEYS = frozenset({"alianza", "asociación", "colaboración", "cooperación", "alliance", "partnership", "collaboration",
                       "cooperation", "tie-up"})
EN.append(Cue(PARTNERS_WITH, _PAIR_OWN_ALLIANCE, "a", "b", keys=_OWN_KEYS))
ES.append(Cue(PARTNERS_WITH, _PAIR_OWN_ALLIANCE, "a", "b", keys=_OWN_KEYS))

# A contract its client renews or extends with a company that sells: "Mapfre ha extendido su contrato con Microsoft",
# "renewed its cloud contract with Oracle" (the vendor check: a seller as the other party, else the subject may sell).
_RENEW = (r"(?:renewed|renews|has renewed|will renew|extended|extends|has extended|will extend|expanded|expands|"
          r"has expanded|will expand|renovó|renueva|ha renovado|renovará|amplió|amplía|ha ampliado|ampliará|extendió|"
          r"extiende|ha extendido|extenderá|prorrogó|prorroga|ha prorrogado|prorrogará)")
_RENEW_TAIL = (r"\s+(?:its|their|su|sus|⟦C\d+b?⟧)\s+(?:[\w\-]+\s+){0,3}?(?:contract|contracts|contrato|contratos|"
               r"relación comercial|relaciones comerciales)\s+(?:[\w\-]+\s+){0,3}?(?:with|con)\s+(?:the\s+)?{v:C}")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b" + _RENEW + _RENEW_TAIL, "cl", "v", "active", vendor_check=True,
              keys=frozenset({"contract", "contracts"})))
ES.append(Cue(CLIENT_OF, r"{cl:C}~~\b" + _RENEW + _RENEW_TAIL, "cl", "v", "active", vendor_check=True,
              keys=frozenset({"contrato", "contratos", "comercial", "comerciales"})))

# The competition a company faces, told by a noun: "clave para retener a los clientes frente a la competencia de AMD y de
# los procesadores de ...", "ante la creciente competencia de Google" (the company facing it is the one named last before
# in the sentence, "la estrategia de Nvidia de ...", else the subject or the story's company, left to the engine).
ES.append(Cue(COMPETES_WITH, r"(?:{a:C}[^⟦.;]{0,160}?)?\b(?:frente a|ante|contra)\s+la\s+(?:creciente\s+|dura\s+|feroz\s+)?competencia\s+"
              r"(?:creciente\s+)?(?:de|del)\s+{b:Cs}", "a?", "b", keys=frozenset({"competencia"})))

# Money a client spends on what a vendor sells: "se comprometió a gastar 3.000 millones al año en soluciones de
# OpenAI", "destinará 3.000 millones anuales a desplegar las soluciones de OpenAI" (the thing bought is named: "gastó
# 650 millones en Inflection" is a deal, not a purchase; the English "spend $3 billion a year on OpenAI's tools" found
# nothing more in the train split and was left out).
_SOLD_ES = (r"(?:herramientas|productos|servicios|soluciones|software|tecnología|modelos|chips|procesadores|nube|licencias|"
            r"capacidad)")
_PER = r"(?:\s+(?:al|cada|por)\s+año|\s+(?:anuales|anualmente))?"
_SPEND_KEYS = frozenset({"gastar", "gasta", "gastará", "gastó", "gastado", "destinar", "destina", "destinará", "destinó",
                         "destinado"})
ES.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:gastar|gasta|gastará|gastó|ha gastado|destinar|destina|destinará|destinó|"
              r"ha destinado)\s+(?:(?:hasta|unos|unas|más de|cerca de)\s+)?⟦\$\d+⟧" + _PER + r"\s+(?:en|a)\s+"
              r"(?:(?:desplegar|usar|utilizar|comprar|contratar|adquirir|integrar)\s+)?(?:(?:las|los|la|el|sus)\s+)?"
              + _SOLD_ES + r"\s+(?:[\w\-]+\s+){0,2}?(?:de|del)\s+{v:C}", "cl", "v", "active", keys=_SPEND_KEYS))

# Goods bought with the seller told by a clitic before it, the goods after it: "acordó comprarle a Dell equipos y
# servicios por 5.800 millones", "le compró a Nvidia 10.000 procesadores" (the goods are named: "le compró a SoftBank su
# participación" is a stake, not a purchase of goods).
_CLITIC_BUY = (r"(?:comprarle|comprarles|le compra|le compró|le comprará|le ha comprado|encargarle|le encargó|le encarga|"
               r"alquilarle|le alquila|le alquiló)")
_GOODS_ES = (r"(?:equipos|chips?|procesadores|servidores|GPU|aceleradores|capacidad|servicios|licencias|memoria|"
             r"sistemas|hardware|software)")
ES.append(Cue(CLIENT_OF, r"{cl:C}~~\b" + _CLITIC_BUY + r"\s+(?:a|al)\s+{v:C}\s+(?:(?:[\w\-.,]+|⟦\$\d+⟧)\s+){0,3}?" +
              _GOODS_ES + r"\b", "cl", "v", "active",
              keys=frozenset({"comprarle", "comprarles", "compra", "compró", "comprará", "comprado", "encargarle",
                              "encargó", "encarga", "alquilarle", "alquila", "alquiló"})))

CUES: dict[str, list[Cue]] = {"en": EN, "es": ES}
