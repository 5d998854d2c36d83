"""Spanish triggers: the words Spanish-language news uses for each relation (see loaders.triggers)."""

from __future__ import annotations

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)
from loaders.triggers import Event, Position, Role, Verb

# What a funding verb's gap must hold: an amount or a round ("levantó 100 millones en una ronda liderada por").
_MONEY = r"⟦\$\d+⟧|\b(?:ronda|financiación|financiamiento|capital|inversión|fondos)\b"
# (backers told by kind may come with a few words on them: "de socios como", "de fondos de capital riesgo como")
_ROUND_FROM = (r"liderada por|liderado por|encabezada por|encabezado por|coliderada por|codirigida por|dirigida por|"
               r"de la mano de|con la participación de|con participación de|procedentes de|provenientes de|"
               r"aportados por|por parte de|por parte del|suscrita por|suscrito por|suscrita íntegramente por|de (?:inversores|inversionistas|fondos|socios|accionistas|patrocinadores|gestoras)(?:\s+(?!como\b)[a-záéíóúñü]+){0,3}?\s+como|con el respaldo de|con el apoyo de|"
               r"respaldada por|respaldado por|en la que (?:también\s+)?(?:han participado|participaron|participan|"
               r"participó|ha participado|entraron|han entrado)|que contó con|que cuenta con|"
               r"en la que (?:también\s+)?(?:figuran|están|estuvieron)|con inversores como|entre los que (?:figuran|están)|"
               r"con")

# A time phrase between a verb and its object ("adquirió en agosto la empresa X", "se incorporó en mayo a Y",
# "contrató el viernes pasado a X"): Spanish puts it there as often as after the object.
_MONTHS = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_WHEN = (rf"(?:en\s+(?:{_MONTHS}|\d{{4}})(?:\s+(?:de|del)\s+\d{{4}})?|"
         r"(?:este|esta|el|la)\s+(?:mism[oa]\s+|pasad[oa]\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|"
         r"domingo|semana|mes|año|verano|otoño|invierno|primavera)(?:\s+pasad[oa])?|"
         r"hace\s+(?:unos\s+|unas\s+)?\w+\s+(?:días|semanas|meses|años)|"
         rf"a\s+(?:principios|mediados|finales)\s+de\s+(?:{_MONTHS}|año|mes|\d{{4}})|"
         r"ayer|recientemente|finalmente|oficialmente|formalmente)")

# Cuánto duró un cargo ("entre 2009 y 2021", "durante diez años", "de 2015 a 2020").
_SPAN = (r"(?:entre\s+\d{4}\s+y\s+\d{4}|de\s+\d{4}\s+a\s+\d{4}|desde\s+\d{4}(?:\s+hasta\s+\d{4})?|hasta\s+\d{4}|"
         r"durante\s+(?:casi\s+|más\s+de\s+|unos\s+|cerca\s+de\s+)?\w+\s+(?:años|meses|décadas?))")

# Lo que un cliente compra a un proveedor ("comprar chips a Broadcom", no "comprar una participación a SoftBank").
GOODS = (r"\b(?:chips?|GPU|GPUs|procesador(?:es)?|aceleradores|servidores|capacidad|computación|cómputo|potencia|nube|"
         r"servicios?|almacenamiento|datos|megavatios|gigavatios|MW|GW|licencias?|software|sistemas?|memoria|energía|"
         r"electricidad)\b")

# Verbos que llevan un nombre de evento a su agente: "X anunció la compra de Y", "X tiene una participación en Y".
SUPPORT_VERBS = ("seguir adelante con", "renunciar a", "poner fin a", "desistir de", "abandonar", "cancelar",
                 "romper", "bloquear", "vetar", "autorizar", "aprobar", "frenar",
                 "anunciar", "completar", "cerrar", "finalizar", "firmar", "sellar", "acordar", "alcanzar", "formalizar",
                 "realizar", "hacer", "lanzar", "ampliar", "renovar", "reforzar", "concretar", "culminar", "ejecutar",
                 "confirmar", "materializar", "oficializar", "rubricar", "suscribir", "estrechar", "profundizar",
                 "tener", "mantener", "poseer", "elevar", "aumentar", "duplicar", "reducir", "liderar", "encabezar",
                 "proponer", "aprobar", "negociar", "estudiar", "explorar", "planear", "preparar", "protagonizar",
                 "cerrar", "recibir", "obtener", "lograr", "conseguir", "presentar", "revelar", "comunicar",
                 "establecer", "forjar", "iniciar", "emprender", "llevar", "ofrecer", "ultimar")

TRIGGERS: list = [
    # -- inversiones -------------------------------------------------------------------
    Verb(INVESTED, ("invertir", "inyectar", "desembolsar", "destinar", "aportar", "meter", "colocar"), "inv", "tgt",
         prep="en|a", gap=True, passive=False),
    Verb(INVESTED, ("apostar",), "inv", "tgt", prep="por", passive=False),
    # "ha puesto 100 millones en X": money put into a company (an amount must stand between)
    Verb(INVESTED, ("poner",), "inv", "tgt", prep="en", gap=True, passive=False, needs=r"⟦\$\d+⟧"),
    Verb(INVESTED, ("respaldar", "financiar", "apoyar", "sostener"), "inv", "tgt"),
    Verb(INVESTED, ("controlar", "poseer"), "inv", "tgt"),
    Verb(INVESTED, ("participar",), "inv", "tgt", active=False),  # "participada por X"
    Verb(INVESTED, ("liderar", "encabezar", "coliderar", "codirigir", "dirigir", "participar", "sumarse", "entrar",
                    "acudir", "unirse", "repetir"),
         "inv", "tgt",
         prep="(?:en\\s+|a\\s+)?(?:(?:la|una|esta|su|dicha|nueva)\\s+)?(?:[\\w\\-]+\\s+){0,3}?(?:ronda|ampliación de capital|"
              "operación de financiación|financiación|inversión)\\s+(?:[\\w\\-]+\\s+|⟦\\$\\d+⟧\\s+){0,5}?(?:de|en|para)",
         passive=False),
    Verb(INVESTED, ("entrar",), "inv", "tgt", prep="(?:en\\s+)?(?:el\\s+)?(?:capital|accionariado)\\s+(?:de|del)",
         passive=False),
    Verb(INVESTED, ("recaudar", "levantar", "obtener", "captar", "cerrar", "conseguir", "lograr", "asegurar",
                    "atraer", "recibir", "anunciar", "completar", "sumar", "cosechar", "amarrar"),
         "tgt", "inv", prep=_ROUND_FROM, gap=True, passive=False, needs=_MONEY),
    Verb(INVESTED, ("tomar", "adquirir", "comprar", "hacerse", "quedarse", "tener", "poseer", "controlar",
                    "mantener", "conservar", "elevar", "ampliar", "aumentar", "reforzar"),
         "inv", "tgt",
         prep="(?:con\\s+)?(?:una|un|el|la|su|sus)\\s+(?:[\\w\\-⟦⟧%$0-9]+\\s+){0,4}?(?:participación|paquete accionarial|"
              "porcentaje|participaciones|acciones|capital)\\s+(?:[\\w\\-⟦⟧%]+\\s+){0,2}?(?:en|de|del)|"
              # shares bare, as the plural allows: "adquirió acciones de X", "compró títulos preferentes de X"
              "(?:(?:nuevas|más)\\s+)?(?:acciones|participaciones|títulos)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:de|del|en)|"
              # a share told by its size alone: "compró un 5 % de X", "poseía alrededor del 23 % de X"
              "(?:un|el|alrededor del|cerca del|casi el|casi un|más del|más de un|otro)\\s+⟦%\\d+⟧\\s+"
              "(?:del capital\\s+|de las acciones\\s+)?(?:de|del|en)",
         gap=True, passive=False),
    Event(INVESTED, ("inversión", "inversiones", "participación", "inyección", "aportación", "apuesta",
                     "entrada en el capital", "desembolso", "respaldo", "financiación", "financiamiento"),
          "inv", "tgt", of="en|a", by="de|por parte de|por", gap=True),
    Role(INVESTED, ("inversor", "inversora", "accionista", "socio capitalista", "financiador", "financiadora",
                    "inversionista", "principal accionista", "mayor accionista", "accionista mayoritario",
                    "accionista minoritario", "inversor principal", "accionista de control", "accionista de referencia",
                    "socio de referencia", "accionista principal", "primer accionista", "accionista mayoritaria"),
         ("inversores", "inversoras", "accionistas", "socios capitalistas", "financiadores", "inversionistas",
          "accionistas de referencia", "accionistas de control"),
         "inv", "tgt", of="de|del|en"),
    # what a company is, told by who holds it: "Aleph Alpha Research, propiedad de la fundación Ipai"
    Role(INVESTED, ("propiedad",), (), "tgt", "inv", of="de|del"),
    # -- adquisiciones ------------------------------------------------------------------
    Verb(ACQUIRED, ("adquirir", "comprar", "absorber", "hacerse con", "quedarse con", "tomar el control de",
                    "hacerse con el control de", "comprarse"),
         "buyer", "tgt"),
    Verb(ACQUIRED, ("adquirir", "comprar", "absorber"), "buyer", "tgt", prep=_WHEN, passive=False),
    # (not "integración": "la integración de Perplexity en sus móviles" puts a product into another's, and after a
    # takeover the story has told the purchase itself)
    Event(ACQUIRED, ("compra", "adquisición", "absorción", "toma de control", "toma del control", "opa",
                     "oferta de compra"),
          "buyer", "tgt", of="de|del|sobre", by="por|por parte de"),
    Event(ACQUIRED, ("venta", "traspaso"), "buyer", "tgt", of="de|del", by="a|al"),
    # -- empleo --------------------------------------------------------------------------
    # a hire named by its noun: "Nvidia anunció el fichaje de X", "la contratación de X por Nvidia"
    Event(WORKS_AT, ("fichaje", "contratación", "nombramiento", "designación"), "c", "p", of="de|del",
          by="por|por parte de", status="current"),
    # a departure named by its noun: "Intel anunció la salida de X", "la dimisión de X de OpenAI"
    Event(WORKS_AT, ("salida", "marcha", "dimisión", "renuncia", "destitución", "despido"), "c", "p", of="de|del",
          by="de|del", status="former"),
    Verb(WORKS_AT, ("unirse", "incorporarse", "sumarse", "llegar", "regresar", "volver", "pasar", "recalar",
                    "aterrizar", "marcharse", "irse", "mudarse", "trasladarse", "reincorporarse"),
         "p", "c", prep=rf"(?:{_WHEN}\s+)?(?:a|al|en)", status="current", future="incoming", passive=False),
    # "X ha fichado por Orbis" (the preposition is the verb's own: no "a" follows it)
    Verb(WORKS_AT, ("fichar",), "p", "c", prep=rf"(?:{_WHEN}\s+)?por", status="current", future="incoming", passive=False),
    Verb(WORKS_AT, ("fichar", "contratar", "nombrar", "designar", "incorporar", "reclutar", "elegir", "atraer",
                    "captar", "recuperar", "readmitir", "restituir", "ascender", "promover", "reincorporar",
                    "llevarse"),  # "Meta se ha llevado a X"
         "c", "p", prep=rf"(?:{_WHEN}\s+)?(?:a|al)", status="current", future="incoming"),
    Verb(WORKS_AT, ("dejar", "abandonar", "salir de", "renunciar a", "dimitir de", "marcharse de", "irse de",
                    "despedirse de", "desvincularse de", "separarse de"),
         "p", "c", status="former", passive=False),
    Verb(WORKS_AT, ("despedir", "destituir", "cesar", "apartar", "echar", "expulsar"), "c", "p", prep="a|al",
         status="former"),
    Verb(WORKS_AT, ("dirigir", "codirigir", "liderar", "coliderar", "encabezar", "presidir", "capitanear", "comandar",
                    "pilotar",
                    "estar al frente de", "estar a cargo de", "ponerse al frente de",
                    # staying on: "X sigue al frente de Mercado Pago", "continuará al frente de la compañía"
                    "seguir al frente de", "continuar al frente de", "permanecer al frente de", "mantenerse al frente de",
                    "seguir a cargo de", "continuar a cargo de"),
         "p", "c", status="current", past="former"),
    # how long, between the verb and the company: "dirigió entre 2009 y 2021 Cadence", "presidió durante diez años X"
    Verb(WORKS_AT, ("dirigir", "liderar", "encabezar", "presidir"), "p", "c", prep=_SPAN, status="current",
         past="former", passive=False),
    # taking the helm: "tomará las riendas de X", "asumió la presidencia de X"
    Verb(WORKS_AT, ("tomar las riendas de", "coger las riendas de", "tomar el timón de", "tomar el mando de",
                    "asumir la dirección de", "asumir la presidencia de", "asumir el mando de", "asumir la jefatura de",
                    "asumir el liderazgo de", "asumir la dirección general de", "asumir la dirección ejecutiva de",
                    "asumir la vicepresidencia de", "asumir la consejería delegada de"),
         "p", "c", status="current", future="incoming", passive=False),
    # ... with the post's kind after it or a time before it: "asumirá la presidencia ejecutiva de X", "asumió en marzo
    # la dirección general de X", "ocupará la vicepresidencia de X"
    Verb(WORKS_AT, ("asumir", "ocupar"), "p", "c",
         prep=rf"(?:{_WHEN}\s+)?(?:la|su)\s+(?:presidencia|vicepresidencia|dirección|jefatura|consejería delegada)"
              "(?:\\s+(?:general|ejecutiva|financiera|técnica|de tecnología|de operaciones))?\\s+(?:de|del)",
         status="current", future="incoming", passive=False),
    # leaving the post: "abandona la presidencia de X", "deja la dirección general de X"
    Verb(WORKS_AT, ("abandonar", "dejar", "ceder"), "p", "c",
         prep="(?:la|su)\\s+(?:presidencia|vicepresidencia|dirección|jefatura|consejería delegada|secretaría general)"
              "(?:\\s+(?:general|ejecutiva|financiera|técnica|de tecnología|de operaciones))?\\s+(?:de|del)",
         status="former", passive=False),
    Verb(WORKS_AT, ("trabajar",), "p", "c", prep="en|para", status="current", past="former", passive=False),
    Role(WORKS_AT, (), (), "p", "c", of="de|del|en"),  # los cargos: loaders.title_words.ROLE
    Position(("asumir", "ejercer", "ocupar", "convertirse en", "pasar a ser", "volver", "regresar", "actuar", "trabajar",
              "desempeñarse", "fungir", "estrenarse", "llegar", "incorporarse", "unirse", "sumarse"), status="current"),
    # staying on: "seguirá como director financiero" is a job held now, not one to come
    Position(("seguir", "continuar", "permanecer", "mantenerse", "quedar", "quedarse",
              # "fundada por X, que sigue al frente como consejero delegado"
              "seguir al frente", "continuar al frente", "permanecer al frente", "mantenerse al frente"), status="current",
             future="current"),
    Position(("nombrar", "designar", "elegir", "ascender", "promover", "confirmar", "ratificar", "reelegir",
              "proponer", "fichar", "contratar", "escoger", "seleccionar"), status="current", passive=True),
    Position(("dimitir", "renunciar", "jubilarse", "retirarse", "dejar", "abandonar", "despedirse", "cesar",
              "salir", "marcharse", "dejar de ser"), status="former", future="former"),
    Position(("destituir", "cesar", "apartar", "relevar", "sustituir", "reemplazar", "despedir"), status="former",
             future="former", passive=True),
    # -- fundadores ----------------------------------------------------------------------
    Verb(FOUNDED, ("fundar", "cofundar", "establecer", "constituir"), "p", "c"),
    Verb(FOUNDED, ("fundar", "cofundar"), "p", "c", prep=_WHEN, passive=False),
    Verb(FOUNDED, ("crear", "lanzar", "poner en marcha", "montar", "impulsar"), "p", "c", known_only=True),
    # a founding named by its noun: "tras la fundación de Mistral AI por Arthur Mensch", "participó en la fundación de xAI"
    Event(FOUNDED, ("fundación", "cofundación", "creación"), "p", "c", of="de|del", by="por|por parte de"),
    Role(FOUNDED, ("fundador", "fundadora", "cofundador", "cofundadora", "co-fundador", "co-fundadora",
                   "socio fundador", "socia fundadora", "creador", "creadora"),
         ("fundadores", "fundadoras", "cofundadores", "cofundadoras", "co-fundadores", "socios fundadores",
          "creadores"),
         "p", "c", of="de|del"),
    # -- clientes y proveedores ------------------------------------------------------------
    Verb(CLIENT_OF, ("usar", "utilizar", "emplear", "adoptar", "desplegar", "elegir", "escoger", "seleccionar",
                     "recurrir a", "confiar en", "apoyarse en", "contratar", "integrar",
                     "comprar a", "alquilar a", "arrendar a", "depender de"),
         "cl", "v", status="active", passive=False),
    # "apostar por X" is a client's choice only of a company that sells; of a start-up it is an investor's bet
    # ("inversores como A y B, de los primeros en apostar por la empresa")
    Verb(CLIENT_OF, ("apostar por",), "cl", "v", status="active", passive=False, vendor_check=True),
    # "firmó un acuerdo para comprar chips a Broadcom": goods bought from a vendor ("alquilar ... a" is left out: it
    # rents to the one named as often as from it)
    Verb(CLIENT_OF, ("comprar", "adquirir", "encargar", "contratar"), "cl", "v", prep="a|al",
         gap=True, needs=GOODS, status="active", passive=False),
    # moving onto a vendor's platform: "migrará su infraestructura a la nube de Amazon"
    Verb(CLIENT_OF, ("migrar", "trasladar", "mudar"), "cl", "v", gap=True,
         prep="(?:a|al)\\s+(?:la\\s+)?(?:nube|plataforma|infraestructura|centros de datos|servidores|chips)\\s+(?:de|del)",
         status="active", passive=False),
    # ("presta servicio a X", in the singular, as often as "presta servicios a X")
    Verb(CLIENT_OF, ("suministrar", "proveer", "abastecer", "proporcionar", "prestar servicios", "prestar servicio",
                     "dar servicio", "atender", "servir", "alquilar", "arrendar", "vender"),
         "v", "cl", prep="(?:[\\w\\-]+\\s+){0,4}?(?:a|al|para)", gap=True, status="active", passive=False),
    # "Samsung fabricará los chips AI6 de Tesla", "TSMC produce los procesadores para Apple".
    Verb(CLIENT_OF, ("fabricar", "producir", "ensamblar"), "v", "cl", prep="de|del|para", gap=True,
         needs=r"\b(?:chips?|procesador(?:es)?|semiconductores|aceleradores|servidores|componentes|dispositivos)\b",
         status="active", passive=False),
    Verb(CLIENT_OF, ("dejar de usar", "dejar de utilizar", "dejar de trabajar con", "dejar de colaborar con",
                     "romper con", "prescindir de"),
         "cl", "v", status="ended", passive=False),
    Verb(CLIENT_OF, ("terminar", "poner fin a", "romper", "cortar", "cancelar", "rescindir", "finalizar", "concluir",
                     "liquidar"),
         "cl", "v", prep="(?:su|sus|la|las|los|el)\\s+(?:colaboración|relación|relaciones|contrato|contratos|lazos|"
                         "vínculos|acuerdo|acuerdos|alianza)(?:\\s+comercial(?:es)?)?\\s+con",
         status="ended", passive=False, vendor_check=True),
    Verb(CLIENT_OF, ("revisar", "replantear", "reevaluar", "reconsiderar", "renegociar", "replantearse"), "cl", "v",
         prep="(?:su|sus)\\s+(?:relación|contrato|contratos|acuerdo|acuerdos|lazos|colaboración|alianza)\\s+con",
         status="reconsidering", passive=False),
    # commitments pulled back: "Microsoft ha abandonado algunos de sus compromisos con CoreWeave", "se retira de parte
    # de sus compromisos con X"
    Verb(CLIENT_OF, ("abandonar", "retirarse de", "reducir", "recortar", "rebajar"), "cl", "v",
         prep="(?:parte de\\s+|algunos de\\s+|algunas de\\s+|varios de\\s+)?(?:sus)\\s+(?:compromisos|pedidos|encargos)"
              "(?:\\s+de\\s+[\\wáéíóúñ]+)?\\s+con",
         status="reducing", passive=False),
    Verb(CLIENT_OF, ("reducir", "recortar", "disminuir", "rebajar"), "cl", "v",
         prep="(?:su|sus)\\s+(?:dependencia|uso|gasto|pedidos|compras|encargos|contratos|trabajo)\\s+(?:de|con|en|a)",
         status="reducing", passive=False),
    Role(CLIENT_OF, ("cliente", "usuario", "usuaria", "comprador", "inquilino", "licenciatario", "cliente ancla"),
         ("clientes", "usuarios", "compradores", "inquilinos", "licenciatarios", "cartera de clientes"),
         "cl", "v", of="de|del", status="active"),
    Role(CLIENT_OF, ("proveedor", "proveedora", "suministrador", "suministradora", "contratista", "proveedor de nube",
                     "proveedor tecnológico"),
         ("proveedores", "proveedoras", "suministradores", "suministradoras", "contratistas"), "v", "cl", of="de|del|para",
         status="active"),
    # -- competencia -------------------------------------------------------------------------
    Verb(COMPETES_WITH, ("competir", "rivalizar", "medirse", "pugnar", "luchar"), "a", "b", prep="con|contra",
         passive=False),
    Verb(COMPETES_WITH, ("plantar cara a", "desafiar a", "hacer frente a", "disputar a", "hacer sombra a"), "a", "b",
         passive=False),
    Event(COMPETES_WITH, ("rivalidad", "competencia", "pugna"), "a", "b", of="con|contra", by="de"),
    Role(COMPETES_WITH, ("rival", "competidor", "competidora", "archirrival", "principal rival", "gran rival",
                         "principal competidor", "rival directo", "rival directa", "competidor directo",
                         "competidora directa"),
         ("rivales", "competidores", "competidoras", "rivales directos", "competidores directos",
          "competidoras directas", "principales rivales", "grandes rivales", "principales competidores"),
         "a", "b", of="de|del|para"),
    # -- alianzas ------------------------------------------------------------------------------
    Verb(PARTNERS_WITH, ("aliarse", "asociarse", "colaborar", "unir fuerzas", "cooperar", "hermanarse",
                         "firmar una alianza", "sellar una alianza", "establecer una alianza"),
         "a", "b", prep="con|junto a|junto con", passive=False),
    # "licencia su tecnología a Nvidia", "un acuerdo de licencia no exclusiva de su tecnología con Nvidia".
    Verb(PARTNERS_WITH, ("licenciar", "ceder bajo licencia"), "a", "b", prep="a|al", gap=True, passive=False),
    Event(PARTNERS_WITH, ("acuerdo de licencia", "acuerdo de licencias"), "a", "b", of="con", by="de|entre", gap=True),
    Event(PARTNERS_WITH, ("alianza", "asociación", "colaboración", "acuerdo de colaboración", "acuerdo estratégico",
                          "alianza estratégica", "acuerdo de licencia", "empresa conjunta", "joint venture",
                          "sociedad conjunta", "empresa mixta", "sociedad mixta", "compañía conjunta",
                          "acuerdo de asociación", "asociación estratégica", "acuerdo de cooperación", "pacto",
                          "carta de intención", "memorando de entendimiento",
                          # (plurals: "firmó cartas de intención con Samsung y SK hynix")
                          "alianzas", "alianzas estratégicas", "acuerdos de colaboración", "acuerdos estratégicos",
                          "cartas de intención", "memorandos de entendimiento", "acuerdos de asociación"),
          "a", "b", of="con", by="de|entre"),
    # (a partner named by what it does for the other: "socio de fabricación preferente de AMD", "su socio de nube";
    # never "socio" alone, which is also a venture firm's partner)
    Role(PARTNERS_WITH, ("socio estratégico", "socio tecnológico", "aliado", "aliada", "socio preferente",
                         "aliado estratégico", "socio comercial", "socio industrial", "socio de fabricación",
                         "socio de nube", "socio de infraestructura", "socio de distribución", "socio clave"),
         ("socios estratégicos", "socios tecnológicos", "aliados", "aliadas", "socios comerciales",
          "socios industriales", "socios de fabricación", "socios de distribución", "socios clave"), "a", "b",
         of="de|del|para"),
]
