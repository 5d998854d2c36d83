"""Cue patterns for trade between companies in both languages: clients and vendors, partners, rivals.

Phrasings the generic frames (loaders.frames) do not express, kept apart from cues_en and cues_es
(which hold the other relations' hand-written cues). Each was kept because it finds claims on the
train split that no frame finds, without lowering the test split's figures.
"""

from __future__ import annotations

from graph.schema import CLIENT_OF, COMPETES_WITH, PARTNERS_WITH
from loaders.cues import Cue
from loaders.triggers_en import GOODS
from loaders.triggers_es import GOODS as _GOODS_ES

# Words between two names that may hold people and amounts, but no other company, nor the end of a clause.
_NO_COMPANY = r"(?:[^.;⟦]|⟦[PU$%]\d+b?⟧)"
_ANY = r"(?:[^.;⟦]|⟦[CPU$%]\d+b?⟧)"

# A licence to the other company's technology, bought along with its people ("agreed to license the
# startup's technology", "licencia sus modelos"): the licensee is the sentence's first company, the
# licensor the last one named before the verb.
_LICENSED = r"(?:technology|technologies|models?|software|intellectual property|IP|patents?|designs?|platform)"
_LICENSED_ES = r"(?:tecnología|tecnologías|modelos?|software|propiedad intelectual|patentes|diseños|plataforma)"
_LICENSE_EN = r"(?:license|licenses|licensed|licensing|licence|licences|licenced|licencing)"
_LICENSE_ES = r"(?:licencia|licenció|licenciará|licenciar|licenciaría|licencian|licenciaron|licenciado|licenciando)"
# The licensee is the subject of the clause the licence is told in: a name before a new coordinated clause ("Meta ha
# ofrecido ..., y Google cerró un acuerdo con Windsurf para licenciar su tecnología", "Aquella operación nunca llegó a
# cerrarse: Google acabó ... licenciando su tecnología") is another clause's.
_ANY_ES = r"(?:(?!,\s+(?:y|e|pero|mientras que)\s+(?:(?:el|la)\s+)?⟦)(?:[^.;:⟦]|⟦[CPU$%]\d+b?⟧))"

EN: list[Cue] = [
    Cue(PARTNERS_WITH, rf"{{a:C}}{_ANY}{{0,200}}?{{b:C}}{_NO_COMPANY}{{0,120}}?\b{_LICENSE_EN}\s+"
        rf"(?:its|their|the\s+(?:startup|company|firm)(?:'s|’s))\s+(?:[\w\-]+\s+){{0,2}}?{_LICENSED}\b", "a", "b",
        keys=frozenset({"license", "licenses", "licensed", "licensing", "licence", "licences", "licenced",
                        "licencing"})),
]

ES: list[Cue] = [
    # (the licence may be told of as exclusive or not: "pagó 2.400 millones por una licencia no exclusiva de su tecnología")
    Cue(PARTNERS_WITH, rf"{{a:C}}{_ANY_ES}{{0,200}}?{{b:C}}{_NO_COMPANY}{{0,120}}?\b(?:{_LICENSE_ES}\s+|"
        rf"una\s+licencia\s+(?:(?:no\s+)?exclusiva\s+)?(?:sobre|de)\s+)(?:su|sus)\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"{_LICENSED_ES}\b", "a", "b",
        keys=frozenset({"licencia", "licenció", "licenciará", "licenciar", "licenciaría", "licencian",
                        "licenciaron", "licenciado", "licenciando"})),
]

# The market competed in, between the verb and its rival: "compite en un mercado muy concurrido con X, Y y Z",
# "competes in the crowded chatbot market with X".
# A name cut short ("⟦Mercado⟧ Pago": the rival is a name the registry does not hold) is not the rival.
_WHOLE = r"(?!\s+(?-i:[A-ZÁÉÍÓÚÑ]))"  # (cues compile case-blind)
_MARKET = r"(?:mercado|sector|negocio|segmento|terreno|campo|ámbito|carrera|market|sector|business|segment|field|race|space)"
EN.append(Cue(COMPETES_WITH, rf"{{a:C}}~~\b(?:competes|compete|competed|competing|will compete|vies|vie)\s+(?:directly\s+)?in\s+"
              rf"(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,4}}?{_MARKET}\s+(?:[^⟦.;,]{{0,30}}?\s+)?(?:with|against)\s+"
              r"(?:(?:other|rivals?|companies|startups|firms)\s+(?:such as|like|including)\s+)?{b:Cs}" + _WHOLE, "a", "b",
              keys=frozenset({"competes", "compete", "competed", "competing", "vies", "vie"})))
ES.append(Cue(COMPETES_WITH, rf"{{a:C}}~~\b(?:compite|compiten|competirá|competirán|competía|competían|rivaliza|rivalizan)\s+"
              rf"(?:directamente\s+)?en\s+(?:el|la|los|las|un|una|su)\s+(?:[\w\-]+\s+){{0,4}}?{_MARKET}\s+"
              r"(?:[^⟦.;,]{0,30}?\s+)?(?:con|contra)\s+(?:(?:otr[oa]s|empresas|compañías|startups)\s+(?:[\w\-]+\s+){0,2}?"
              r"(?:como|tales como)\s+)?{b:Cs}" + _WHOLE, "a", "b",
              keys=frozenset({"compite", "compiten", "competirá", "competirán", "competía", "competían", "rivaliza",
                              "rivalizan"})))

# One rival among the other's: "Groq, ... uno de los rivales más sonados de Nvidia", "Tesla ... is the most
# prominent of Figure's rivals".
_RIVALS = r"(?:rivals|competitors|challengers|rivales|competidores|competidoras)"
_RIVAL_KEYS = frozenset({"rivals", "competitors", "challengers", "rivales", "competidores", "competidoras"})
ES.append(Cue(COMPETES_WITH, r"{a:C},\s+[^⟦;.]{0,100}?\b(?:uno|una)\s+de\s+(?:los|las|sus)\s+(?:[\w\-]+\s+){0,2}?"
              rf"{_RIVALS}\s+(?:más\s+[\w\-]+\s+)?(?:de|del)\s+{{b:C}}", "a", "b", keys=_RIVAL_KEYS))
EN.append(Cue(COMPETES_WITH, r"{a:C}~~\b(?:is|was|remains|has been|are|were)\s+(?:one of|the\s+(?:most\s+)?(?:[\w\-]+\s+){1,2}?of|"
              rf"among)\s+{{b:C}}(?:'s|’s)\s+(?:[\w\-]+\s+){{0,2}}?{_RIVALS}\b", "a", "b", keys=_RIVAL_KEYS))

# Two companies called rivals together: "Samsung and Apple are fierce rivals", "X e Y son competidores directos"
# (named: "the two companies" of a deal story are its parties, not rivals).
_PAIR_RIVALS = (r"(?P<a>⟦[CU]\d+⟧)\s+(?:and|y|e)\s+(?P<b>⟦[CU]\d+⟧)\s+(?:are|were|have been|remain|have long been|"
                r"son|eran|han sido|siguen siendo|"
                r"fueron)\s+(?:also\s+|now\s+|también\s+|ya\s+)?(?:[\w\-]+\s+){0,2}?" + _RIVALS + r"\b")
EN.append(Cue(COMPETES_WITH, _PAIR_RIVALS, "a", "b", keys=_RIVAL_KEYS))
ES.append(Cue(COMPETES_WITH, _PAIR_RIVALS, "a", "b", keys=_RIVAL_KEYS))

# A contract won from a client: "Oracle won a $30 billion cloud contract from OpenAI".
EN.append(Cue(CLIENT_OF, r"{v:C}~~\b(?:won|wins|has won|had won|secured|has secured|landed|has landed|clinched|bagged)\s+"
              r"(?:an?|the|its)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧)\s+){0,5}?(?:contracts?|orders?)\s+from\s+(?:the\s+)?{cl:C}", "cl", "v",
              "active", keys=frozenset({"contract", "contracts", "order", "orders"})))
# ... and awarded by the client: "The Pentagon awarded Microsoft a $10 billion cloud contract", "awarded the contract to
# Anduril", "Palantir was awarded a contract by the U.S. Army"
_AWARD = r"(?:awarded|awards|award|has awarded|will award|had awarded)"
_AWARD_KEYS = frozenset({"awarded", "awards", "award"})
_AWARDED = r"(?:an?|the|its|their)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,5}?(?:contracts?|orders?|deals?)"
EN += [
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _AWARD + r"\s+{v:C}\s+" + _AWARDED, "cl", "v", "active", keys=_AWARD_KEYS),
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _AWARD + r"\s+" + _AWARDED + r"\s+to\s+(?:the\s+)?{v:C}", "cl", "v", "active",
        keys=_AWARD_KEYS),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:was|were|has been|had been|is|will be|is being)\s+awarded\s+" + _AWARDED +
        r"\s+(?:[^⟦.;]{0,40}?\s+)?by\s+(?:the\s+)?{cl:C}", "cl", "v", "active", keys=frozenset({"awarded"})),
]
# Goods provided to a client named as the verb's object: "signed a deal to provide OpenAI with computing capacity",
# "will provide OpenAI with 4.5 gigawatts of capacity" (a figure with a decimal point among the words).
EN.append(Cue(CLIENT_OF, r"{v:C}?~~\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying)\s+{cl:C}\s+"
              r"with\s+(?:[\w\-]+\s+|\d+(?:[.,]\d+)?\s+|⟦\$\d+⟧\s+){0,4}?" + GOODS, "cl", "v?", "active",
              keys=frozenset({"provide", "provides", "provided", "providing", "supply", "supplies", "supplied",
                              "supplying"})))

# A partnership its own party extends or announces: "X extended its partnership with Y" (the possessive is masked
# as a name, which the event frames do not expect), "X is collaborating closely with Y".
_PARTNERSHIP = r"(?:partnership|alliance|collaboration|tie-up|joint venture|cooperation)"
EN += [
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:extend|expand|deepen|renew|strengthen|broaden|announc|form|forg|sign|unveil|struck|"
        r"strik|seal|cement|formaliz|formalis)\w*\s+(?:⟦C\d+b?⟧|its|their)\s+(?:[\w\-]+\s+){0,3}?" + _PARTNERSHIP +
        r"\s+with\s+(?:the\s+)?{b:Cs}", "a", "b",
        keys=frozenset({"partnership", "alliance", "collaboration", "tie-up", "venture", "cooperation"})),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:partner|partnered|partnering|collaborat\w*|team(?:ed|ing)? up|work(?:s|ed|ing)?|"
        r"cooperat\w*)\s+(?:closely|directly|jointly|together|hand in hand)\s+with\s+(?:the\s+)?{b:Cs}", "a", "b",
        keys=frozenset({"closely", "directly", "jointly", "together", "hand"})),
]
# Work done in partnership, told as a manner phrase: "X is building the model in partnership with Y", "In
# collaboration with Y, X will ..." (no support verb holds the noun, so the event frames do not see it)
# (also "through a joint venture with Y", "under a partnership agreement with Y": the means or the terms of the work)
_IN_PARTNERSHIP = (r"\b(?:in|through|via|under)\s+(?:(?:a|an|its|their|close|existing|long-standing|strategic)\s+){0,2}"
                   r"(?:partnership|collaboration|cooperation|co-operation|alliance|joint venture)(?:\s+agreement)?\s+with\s+")
EN += [
    Cue(PARTNERS_WITH, r"{a:C}~~" + _IN_PARTNERSHIP + r"(?:the\s+)?{b:Cs}", "a", "b",
        keys=frozenset({"partnership", "collaboration", "cooperation", "co-operation", "alliance", "venture"})),
    Cue(PARTNERS_WITH, r"^\W*" + _IN_PARTNERSHIP + r"(?:the\s+)?{b:Cs},\s+{a:C}", "a", "b",
        keys=frozenset({"partnership", "collaboration", "cooperation", "co-operation", "alliance", "venture"})),
]
# Two companies as the subject of a reciprocal verb: "X and Y partnered to build ...", "X y Y se alían para ...".
# (the verb may follow a report of the pair's: "X y Y anunciaron este año que colaboran en ...")
_PAIR = (r"(?P<a>⟦[CU]\d+⟧)\s+(?:and|y|e)\s+(?P<b>⟦[CU]\d+⟧)\s+(?:(?:anunciaron|dijeron|informaron|explicaron|confirmaron|"
         r"han anunciado|announced|said)\s+(?:[^⟦.;,]{0,30}?\s+)?(?:que|that)\s+(?:they\s+)?)?"
         r"(?:have\s+|had\s+|will\s+|are\s+|also\s+|ya\s+)?")
EN.append(Cue(PARTNERS_WITH, _PAIR + r"(?:partnered|partner|are partnering|teamed up|team up|joined forces|join forces|"
              r"joined hands|collaborated|collaborate|are collaborating|agreed to (?:partner|collaborate|team up|"
              r"jointly develop|work together))\b(?!\s+(?:with|con)\s+⟦)", "a", "b",
              keys=frozenset({"partnered", "partner", "partnering", "teamed", "team", "joined", "join",
                              "collaborated", "collaborate", "collaborating", "agreed"})))
ES.append(Cue(PARTNERS_WITH, _PAIR + r"(?:se alían|se aliaron|se aliarán|se han aliado|se asocian|se asociaron|se asociarán|"
              r"se han asociado|unen fuerzas|unieron fuerzas|unirán fuerzas|han unido fuerzas|colaboran|colaborarán|"
              # a standing tie told in the imperfect or perfect ("X y Y ya colaboraban desde 2019"), or "juntos"
              r"colaboraron|cooperarán|cooperan|colaboraban|cooperaban|han colaborado|habían colaborado|"
              r"(?:trabajan|trabajaban|han trabajado|habían trabajado|trabajarán)\s+(?:juntos|juntas|conjuntamente))"
              r"\b(?!\s+(?:with|con)\s+⟦)", "a", "b",
              keys=frozenset({"alían", "aliaron", "aliarán", "aliado", "asocian", "asociaron", "asociarán", "asociado",
                              "fuerzas", "colaboran", "colaborarán", "colaboraron", "cooperarán", "cooperan",
                              "colaboraban", "cooperaban", "colaborado", "juntos", "juntas", "conjuntamente"})))

# A contract whose amount or length stands before it and whose purpose says who buys: "X signed a $17 billion deal
# with Y for computing capacity" (X buys), "Y signed a five-year, $11.9 billion contract with X to supply ..." (Y sells).
_SIGNED = r"(?:signed|has signed|had signed|inked|has inked|struck|has struck|reached|agreed|clinched|sealed)"
_CONTRACT_WITH = (r"\s+(?:an?|the|its|their)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,6}?(?:agreement|contract|deal|pact)\s+"
                  r"with\s+")
EN += [
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _SIGNED + _CONTRACT_WITH + r"{v:C}\s+(?:(?:worth|valued at)\s+(?:about\s+|up to\s+)?"
        r"⟦\$\d+⟧\s+)?(?:for|to (?:buy|rent|lease|use|access|secure|obtain|get|deploy|purchase|procure))\s+(?:[\w\-]+\s+|⟦\$\d+⟧\s+){0,3}?"
        + GOODS, "cl", "v", "active", keys=frozenset({"agreement", "contract", "deal", "pact"})),
    Cue(CLIENT_OF, r"{v:C}~~\b" + _SIGNED + _CONTRACT_WITH + r"(?:the\s+)?{cl:C}\s+(?:(?:worth|valued at)\s+(?:about\s+|up to\s+)?"
        r"⟦\$\d+⟧\s+)?to\s+(?:supply|provide|deliver|sell|rent|lease|host)\b", "cl", "v", "active",
        keys=frozenset({"agreement", "contract", "deal", "pact"})),
]

# A race between rivals: "X is in a race with Y to build ...", "X está en la carrera de la IA con Y".
EN.append(Cue(COMPETES_WITH, r"{a:C}~~\b(?:in\s+(?:a|the|an)\s+(?:[\w\-]+\s+){0,3}?race\s+(?:with|against)|"
              r"(?:racing|races|raced|is racing|are racing)\s+(?:with|against))\s+(?:the\s+)?{b:Cs}" + _WHOLE, "a", "b",
              keys=frozenset({"race", "racing", "races", "raced"})))
ES.append(Cue(COMPETES_WITH, r"{a:C}~~\b(?:en|a)\s+(?:la|una|plena|una\s+dura|una\s+reñida)\s+carrera\s+(?:(?:de|por)\s+[^⟦.;,]{1,30}?\s+)?(?:con|contra|"
              r"frente a)\s+{b:Cs}" + _WHOLE, "a", "b", keys=frozenset({"carrera"})))

# Models trained or run on a vendor's hardware or cloud: "entrenará sus modelos en los chips Trainium de Amazon",
# "sus servicios funcionan sobre la nube de Oracle".
_RUN_ES = (r"(?:entrena|entrenan|entrenará|entrenarán|entrenó|entrenaron|ejecuta|ejecutan|ejecutará|ejecutarán|"
           r"funciona|funcionan|funcionará|funcionarán|corre|corren|correrá|correrán|opera|operan|operará)")
ES.append(Cue(CLIENT_OF, r"{cl:C}?~~\b(?:se\s+)?" + _RUN_ES + r"\s+(?:(?:[\w\-]+\s+){0,4}?(?:sus|su|los|las)\s+(?:[\w\-]+\s+){0,2}?)?"
              r"(?:en|sobre|con)\s+(?:los|las|el|la)\s+(?:chips|procesadores|servidores|nube|GPU|GPUs|TPU|TPUs|"
              r"aceleradores|centros de datos|infraestructura|supercomputadores|superordenadores)\s+(?:[\w\-]+\s+){0,2}?"
              r"(?:de|del)\s+{v:C}", "cl?", "v", "active",
              keys=frozenset({"entrena", "entrenan", "entrenará", "entrenarán", "entrenó", "entrenaron", "ejecuta",
                              "ejecutan", "ejecutará", "ejecutarán", "funciona", "funcionan", "funcionará",
                              "funcionarán", "corre", "corren", "correrá", "correrán", "opera", "operan", "operará"})))

# Hardware made at a foundry for the company the sentence or story is about: "El chip de Groq se fabrica en TSMC",
# "sus procesadores son fabricados por TSMC" (English: loaders.cues_en, "its chips are made by").
_MADE_ES = (r"(?:se\s+fabrica|se\s+fabrican|se\s+fabricará|se\s+fabricarán|se\s+produce|se\s+producen|se\s+producirá|"
            r"se\s+ensambla|se\s+ensamblan|(?:es|son|será|serán|fue|fueron|está|están)\s+(?:fabricad|producid|ensamblad)[oa]s?)")
ES.append(Cue(CLIENT_OF, r"\b(?:chips?|procesador(?:es)?|semiconductores|aceleradores|servidores|componentes|GPU|GPUs)\s+"
              r"(?:[\w\-]+\s+){0,2}?(?:(?:de|del)\s+{cl:C}\s+)?(?:[\w\-]+\s+){0,2}?" + _MADE_ES +
              r"\s+(?:(?:en|por)\s+(?:las\s+fábricas\s+de\s+|la\s+fábrica\s+de\s+)?){v:C}", "cl?", "v", "active",
              keys=frozenset({"fabrica", "fabrican", "fabricará", "fabricarán", "produce", "producen", "producirá",
                              "ensambla", "ensamblan", "fabricado", "fabricada", "fabricados", "fabricadas",
                              "producido", "producida", "producidos", "producidas", "ensamblado", "ensamblados"})))

# A vendor's customer named after the noun: "CoreWeave's largest customer is Microsoft", "El mayor cliente de
# CoreWeave es Microsoft", and behind a possessive, in apposition: "said its biggest customer, Microsoft, ...".
_CUSTOMER = r"(?:customers?|clients?|clientes?)"
_CUSTOMER_KEYS = frozenset({"customer", "customers", "client", "clients", "cliente", "clientes"})
EN += [
    Cue(CLIENT_OF, r"{v:C}(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}?" + _CUSTOMER + r"\s+(?:is|was|are|were|remains|remained|has been|"
        r"have been)\s+(?:still\s+|now\s+)?{cl:Cs}", "cl", "v", "active", keys=_CUSTOMER_KEYS),
    Cue(CLIENT_OF, r"{v:C}?~~\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}?" + _CUSTOMER + r",\s+{cl:Cs},", "cl", "v?", "active",
        keys=_CUSTOMER_KEYS),
]
ES += [
    Cue(CLIENT_OF, r"\b(?:el|la|los|las)\s+(?:[\w\-]+\s+){0,2}?" + _CUSTOMER + r"\s+(?:más\s+[\w\-]+\s+)?(?:de|del)\s+"
        r"{v:C}\s+(?:es|era|son|eran|fue|será|sigue siendo|siguen siendo)\s+{cl:Cs}", "cl", "v", "active",
        keys=_CUSTOMER_KEYS),
    Cue(CLIENT_OF, r"{v:C}?~~\b(?:su|sus)\s+(?:[\w\-]+\s+){0,2}?" + _CUSTOMER + r"(?:\s+más\s+[\w\-]+)?,\s+{cl:Cs},",
        "cl", "v?", "active", keys=_CUSTOMER_KEYS),
]

# The same for rivals and partners: "El principal rival de X es Y"; "said its closest partner, Y, ...", "Su principal
# socio, Y, ..." (the possessive's rival in apposition is read by the frames already).
ES.append(Cue(COMPETES_WITH, r"\b(?:el|la|los|las)\s+(?:[\w\-]+\s+){0,2}?(?:rival|rivales|competidor|competidora|competidores)"
              r"\s+(?:más\s+[\w\-]+\s+)?(?:de|del)\s+{a:C}\s+(?:es|era|son|eran|fue|será|sigue siendo|siguen siendo)\s+{b:Cs}",
              "a", "b", keys=frozenset({"rival", "rivales", "competidor", "competidora", "competidores"})))
EN.append(Cue(PARTNERS_WITH, r"{a:C}?~~\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:partner|partners|ally|allies),\s+{b:Cs},",
              "a?", "b", keys=frozenset({"partner", "partners", "ally", "allies"})))
ES.append(Cue(PARTNERS_WITH, r"{a:C}?~~\b(?:su|sus)\s+(?:[\w\-]+\s+){0,2}?(?:socio|socia|socios|aliado|aliada|aliados)"
              r"(?:\s+más\s+[\w\-]+)?,\s+{b:Cs},", "a?", "b",
              keys=frozenset({"socio", "socia", "socios", "aliado", "aliada", "aliados"})))
# ... the possessive masked as the company it was resolved to ("⟦Indra⟧ principal socio, Telefónica,")
ES.append(Cue(PARTNERS_WITH, r"(?<!\bde )(?<!\bdel ){a:C}\s+(?:[\w\-]+\s+){0,2}?(?:socio|socia|socios|aliado|aliada|aliados)"
              r"(?:\s+más\s+[\w\-]+)?,\s+{b:Cs},", "a", "b",
              keys=frozenset({"socio", "socia", "socios", "aliado", "aliada", "aliados"})))

# A supplier of goods named between the noun and its client: "X is a major supplier of memory chips to Y",
# "X es uno de los principales proveedores de memoria de Y".
_SUPPLIER_OF = (r"{v:C}~~\b(?:is|was|are|remains|has been|has become|became|es|era|son|sigue siendo|fue|"
                r"se ha convertido en)\s+(?:a|an|the|one of the|its|uno de los|una de las|el|la|su)\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:supplier|provider|proveedor|proveedora|suministrador|"
                r"suministradora)e?s?\s+(?:of|de)\s+(?!⟦)(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:to|for|de|del|para)\s+{cl:C}")
_SUPPLIER_KEYS = frozenset({"supplier", "suppliers", "provider", "providers", "proveedor", "proveedora", "proveedores",
                            "suministrador", "suministradora", "suministradores"})
EN.append(Cue(CLIENT_OF, _SUPPLIER_OF, "cl", "v", "active", keys=_SUPPLIER_KEYS))
ES.append(Cue(CLIENT_OF, _SUPPLIER_OF, "cl", "v", "active", keys=_SUPPLIER_KEYS))
# Money paid to a vendor for the use of what it sells (not "to license", which reads as a partnership, see above):
# "will pay Google about $1 billion a year to use Gemini",
# "pagará a Google unos 1.000 millones de dólares al año por usar Gemini".
_PAID_FOR_USE = (r"{cl:C}~~\b(?:pay|pays|paid|paying|pagará|pagarán|paga|pagan|pagó|pagaron|pagar)\s+(?:a\s+)?{v:C}\s+"
                 r"(?:[\w\-]+\s+){0,2}?⟦\$\d+⟧[^⟦.;]{0,30}?\s+(?:to use|to access|to run|for (?:access to|the use of|"
                 r"using)|por usar|por utilizar|por el uso de|por acceder a|a cambio de usar)\b")
_PAY_KEYS = frozenset({"pay", "pays", "paid", "paying", "pagará", "pagarán", "paga", "pagan", "pagó", "pagaron", "pagar"})
EN.append(Cue(CLIENT_OF, _PAID_FOR_USE, "cl", "v", "active", keys=_PAY_KEYS))
ES.append(Cue(CLIENT_OF, _PAID_FOR_USE, "cl", "v", "active", keys=_PAY_KEYS))

# A client won or held, named before "as": "Intel landed Microsoft as a customer for its 18A process", "signed up X and
# Y as customers"; "consiguió a Microsoft como cliente", "tiene como clientes a X y Z", "cuenta con X como uno de sus
# clientes" (a possessive may be masked as a name).
_GOT = (r"(?:landed|lands|has landed|won|wins|has won|signed up|signs up|has signed up|signed|has signed|added|adds|"
        r"has added|secured|has secured|gained|attracted|has|had|counts|counted|lists|listed)")
_GOT_ES = (r"(?:consiguió|consigue|ha conseguido|ganó|gana|ha ganado|sumó|suma|ha sumado|incorporó|incorpora|ha incorporado|"
           r"logró|ha logrado|captó|capta|ha captado|fichó|ha fichado|tiene|tenía|tuvo|cuenta|contaba)")
_AS_CUSTOMER_KEYS = frozenset({"customer", "customers", "client", "clients", "cliente", "clientes"})
EN.append(Cue(CLIENT_OF, r"{v:C}~~\b" + _GOT + r"\s+{cl:Cs}\s+as\s+(?:(?:one of\s+)?(?:a|an|its|their|⟦C\d+b?⟧)\s+)?"
              r"(?:[\w\-]+\s+){0,2}?(?:customer|customers|client|clients)\b", "cl", "v", "active", keys=_AS_CUSTOMER_KEYS))
ES += [
    Cue(CLIENT_OF, r"{v:C}~~\b" + _GOT_ES + r"\s+(?:con|a|con\s+a)\s+{cl:Cs}\s+como\s+(?:(?:un[oa]\s+de\s+)?"
        r"(?:su|sus|un|una|⟦C\d+b?⟧)\s+)?(?:[\w\-]+\s+){0,2}?(?:cliente|clientes)\b", "cl", "v", "active",
        keys=_AS_CUSTOMER_KEYS),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:tiene|tienen|tenía|cuenta|cuentan|contaba)\s+como\s+(?:[\w\-]+\s+){0,2}?(?:cliente|clientes)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:a|con)\s+{cl:Cs}", "cl", "v", "active", keys=_AS_CUSTOMER_KEYS),    # "tiene entre sus clientes a X y Z", "cuenta entre sus clientes con X" (also "a empresas como X")
    Cue(CLIENT_OF, r"{v:C}~~\b(?:tiene|tienen|tenía|cuenta|cuentan|contaba|incluye|suma)\s+entre\s+(?:sus|⟦C\d+b?⟧)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:clientes|usuarios)\s+(?:[\w\-]+\s+){0,2}?(?:a|con)\s+(?:(?:empresas|compañías|grupos|"
        r"firmas|gigantes|bancos)\s+como\s+)?{cl:Cs}", "cl", "v", "active", keys=_AS_CUSTOMER_KEYS),
]

# Competition met from a rival: "Nvidia faces growing competition from AMD and Intel", "amid fierce competition from X";
# "se enfrenta a una competencia creciente de AMD", "en medio de la dura competencia de X".
_FACES = (r"(?:faces|face|faced|facing|is facing|has faced|confronts|confronted|fends off|fending off|fended off|feels|"
          r"felt|feeling|sees|saw|amid|amidst|despite)")
_FACES_ES = (r"(?:se enfrenta a|se enfrentan a|se enfrentó a|se enfrentará a|se enfrentaba a|enfrenta|enfrentan|enfrentó|"
             r"enfrentará|afronta|afrontan|afrontó|sufre|sufren|sufrió|acusa|acusan|nota|siente|en medio de|ante|pese a)")
EN.append(Cue(COMPETES_WITH, r"{a:C}?~~\b" + _FACES + r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:competition|"
              r"rivalry|competitive pressure|competitive threat|challenge|challenges)\s+from\s+(?:(?:rivals?|competitors?|"
              r"companies|startups)\s+(?:such as|like|including)\s+)?(?:the\s+)?{b:Cs}(?!\s*-)" + _WHOLE, "a?", "b",
              keys=frozenset({"competition", "rivalry", "competitive", "challenge", "challenges"})))
ES.append(Cue(COMPETES_WITH, r"{a:C}?~~\b" + _FACES_ES + r"\s+(?:la|una|las)\s+(?:[\w\-]+\s+){0,2}?(?:competencia|"
              r"rivalidad|presión competitiva|amenaza competitiva)\s+(?:[\w\-]+\s+){0,2}?(?:de|del|por parte de)\s+"
              r"(?:(?:rivales|competidores|empresas|compañías|startups)\s+(?:como|tales como)\s+)?{b:Cs}" + _WHOLE, "a?", "b",
              keys=frozenset({"competencia", "rivalidad", "competitiva"})))

# Two companies called partners together: "Microsoft and OpenAI have been partners since 2019" (not "partners of Z",
# "partners at Z", nor a fund's "limited partners"). The Spanish "X y Y son socios" was tried and dropped: "socios" are
# also a firm's members or a venture's shareholders, and the test split lost precision.
_PAIR_PARTNERS = (r"(?P<a>⟦[CU]\d+⟧)\s+and\s+(?P<b>⟦[CU]\d+⟧)\s+(?:are|were|have been|remain|have long been|became|"
                  r"have become)\s+(?:also\s+|now\s+|already\s+)?(?!(?:limited|general|managing|founding)\s)"
                  r"(?:[\w\-]+\s+){0,2}?(?:partners|allies)\b(?!\s+(?:of|at|to|for|in)\s+(?:the\s+)?⟦)")
EN.append(Cue(PARTNERS_WITH, _PAIR_PARTNERS, "a", "b", keys=frozenset({"partners", "allies"})))

# A partner chosen as such: "Indra ha elegido a Google Cloud como socio tecnológico", "named Nvidia as its preferred
# partner" (a vendor chosen as "provider" is a client's: loaders.cues_en, loaders.cues_es).
EN.append(Cue(PARTNERS_WITH, r"{a:C}~~\b(?:named|names|chose|chooses|has chosen|selected|selects|has selected|picked|picks|"
              r"has picked|tapped|taps|designated)\s+{b:C}\s+as\s+(?:its|their|a|an|the|⟦C\d+b?⟧)\s+(?:[\w\-]+\s+){0,2}?"
              r"(?:partner|ally)\b", "a", "b", keys=frozenset({"partner", "ally"})))
ES.append(Cue(PARTNERS_WITH, r"{a:C}~~\b(?:eligió|elige|ha elegido|escogió|escoge|ha escogido|seleccionó|selecciona|"
              r"ha seleccionado|designó|designa|ha designado|nombró)\s+a\s+{b:C}\s+como\s+(?:(?:su|un|una|⟦C\d+b?⟧)\s+)?"
              r"(?:[\w\-]+\s+){0,1}?(?:socio|socia|aliado|aliada)\b", "a", "b",
              keys=frozenset({"socio", "socia", "aliado", "aliada"})))

# A vendor's product built into or rolled out by its client: "Apple will integrate Google's Gemini models into Siri",
# "Deloitte is rolling out Anthropic's Claude to its staff"; "integrará los modelos Gemini de Google", "despliega el
# asistente Claude de Anthropic" (not a bought company's team: the thing must be a product; not the Spanish infinitive,
# which stands in a purpose clause of a partnership: "un acuerdo de colaboración para integrar los modelos de X").
_PRODUCT = (r"(?:models?|chatbots?|assistants?|agents?|technology|technologies|chips?|processors?|GPUs?|accelerators?|"
            r"platform|software|tools?|services?|cloud|APIs?|systems?|solutions?)")
_PRODUCT_ES = (r"(?:modelos?|chatbots?|asistentes?|agentes?|tecnologías?|chips?|procesador(?:es)?|GPU|GPUs|aceleradores|"
               r"plataformas?|software|herramientas?|servicios?|nube|API|APIs|sistemas?|soluciones?|IA)")
# (a participle right after a common noun describes it, with no client: "AI infrastructure built on Nvidia's systems")
_ROLL_OUT = (r"(?:integrate|integrates|integrating|will integrate|roll out|rolls out|rolling out|"
             r"embed|embeds|embedding|build on|builds on|building on|standardize on|"
             r"(?:(?<=⟧ )|(?<=has )|(?<=have )|(?<=had )|(?<=also )|(?<=that )|(?<=which )|(?<=and ))"
             r"(?:integrated|rolled out|embedded|built on|standardized on))")
_ROLL_OUT_ES = (r"(?:integra|integran|integrará|integrarán|integró|integraron|ha integrado|han integrado|"
                r"incorpora|incorporan|incorporará|incorporarán|incorporó|incorporaron|ha incorporado|"
                r"implanta|implantará|implantó|ha implantado|implementa|implementará|implementó|ha implementado|"
                r"adopta|adoptará|adoptó|ha adoptado|despliega|desplegará|desplegó|ha desplegado|lleva|llevará|llevó)")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b" + _ROLL_OUT + r"\s+(?:the\s+)?{v:C}(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?" + _PRODUCT +
              r"\b", "cl", "v", "active",
              keys=frozenset({"integrate", "integrates", "integrated", "integrating", "roll", "rolls", "rolled", "rolling",
                              "embed", "embeds", "embedded", "embedding", "build", "builds", "built", "building",
                              "standardize", "standardized"})))
ES.append(Cue(CLIENT_OF, r"{cl:C}~~\b" + _ROLL_OUT_ES + r"\s+(?:los|las|el|la|sus|su)\s+(?:[\w\-]+\s+){0,2}?" + _PRODUCT_ES +
              r"\s+(?:[\w\-]+\s+){0,2}?(?:de|del)\s+{v:C}", "cl", "v",
              "active",
              keys=frozenset({"integra", "integran", "integrará", "integrarán", "integró", "integraron", "integrado",
                              "incorpora", "incorporan", "incorporará", "incorporarán", "incorporó",
                              "incorporaron", "incorporado", "implanta", "implantará", "implantó",
                              "implantado", "implementa", "implementará", "implementó", "implementado", "adopta",
                              "adoptará", "adoptó", "adoptado", "despliega", "desplegará", "desplegó", "desplegado",
                              "lleva", "llevará", "llevó"})))

# The same in Spanish: "OpenAI firmó un acuerdo plurianual con AMD para desplegar seis gigavatios de sus GPU" (the
# subject buys), "CoreWeave cerró un contrato con OpenAI para suministrarle capacidad" (the subject sells).
_SIGNED_ES = (r"(?:firmó|firma|firmará|ha firmado|firmaron|han firmado|cerró|cierra|ha cerrado|selló|sella|ha sellado|"
              r"alcanzó|alcanza|ha alcanzado|suscribió|ha suscrito|rubricó|ha rubricado|anunció|ha anunciado|"
              # (an infinitive only where it tells a fact: "fue una de las primeras en firmar un acuerdo con OpenAI")
              r"(?<=\ben )(?:firmar|cerrar|sellar)|(?<=\btras )(?:firmar|cerrar|sellar))")
_CONTRACT_WITH_ES = (r"\s+(?:un|el|una|su|sendos)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,6}?(?:acuerdo|contrato|pacto)\s+"
                     r"(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,6}?con\s+")
# (what a deal is signed to use may be software as well as goods: "un acuerdo con Cohere para usar sus modelos")
_USED_ES = rf"(?:{_GOODS_ES}|\b(?:modelos?|tecnologías?|plataformas?|herramientas|asistentes?|agentes)\b)"
ES += [
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _SIGNED_ES + _CONTRACT_WITH_ES + r"{v:C}\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:comprar|"
        r"adquirir|alquilar|arrendar|usar|utilizar|desplegar|obtener|asegurarse|acceder a|contratar)\s+"
        r"(?:[\w\-]+\s+|⟦\$\d+⟧\s+){0,3}?" + _USED_ES, "cl", "v", "active",
        keys=frozenset({"acuerdo", "contrato", "pacto"})),
    # the seller named in the purpose: "firmó un contrato de cinco años por valor de 11.900 millones para utilizar la
    # infraestructura de CoreWeave"
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _SIGNED_ES + r"\s+(?:[^⟦.;]{0,25}?\s+)?(?:un|el|una|su|sendos)\s+"
        r"(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,8}?(?:acuerdo|contrato|pacto)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,8}?"
        r"para\s+(?:utilizar|usar|acceder a|alquilar|arrendar|emplear)\s+(?:la|las|el|los|su|sus)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:infraestructura|nube|servicios|capacidad|chips|GPU|centros de datos|servidores|modelos|tecnología|"
        r"plataforma)\s+(?:de|del)\s+{v:C}", "cl", "v", "active", keys=frozenset({"acuerdo", "contrato", "pacto"})),
    # the purchase told by a noun: "ha firmado a su vez acuerdos con Dell para la compra de GPU y equipos asociados"
    Cue(CLIENT_OF, r"{cl:C}~~\b" + _SIGNED_ES + r"\s+(?:a su vez\s+|también\s+|además\s+)?(?:(?:un|el|una|su|sendos|varios|"
        r"nuevos)\s+)?(?:acuerdos?|contratos?|pactos?)\s+(?:[^⟦.;\s]+\s+){0,4}?con\s+{v:C}\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:la|el)\s+"
        r"(?:compra|adquisición|adquisicion|alquiler|arrendamiento)\s+de\s+(?:[\w\-]+\s+){0,2}?" + _USED_ES, "cl", "v", "active",
        keys=frozenset({"compra", "adquisición", "adquisicion", "alquiler", "arrendamiento"})),
    Cue(CLIENT_OF, r"{v:C}~~\b" + _SIGNED_ES + _CONTRACT_WITH_ES + r"{cl:C}\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:suministrar|"
        r"proporcionar|proveer|vender|entregar|alquilar|prestar|ofrecer)(?:le|les)?\b", "cl", "v", "active",
        keys=frozenset({"acuerdo", "contrato", "pacto"})),
]

CUES: dict[str, list[Cue]] = {"en": EN, "es": ES}
