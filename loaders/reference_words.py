"""The words that point back to a company or person of the story, and the patterns that find them.

loaders.resolve walks a document and decides what each of these points to; this module only holds
the word tables: company nouns ("la compañía", "the chipmaker"), possessives before a role or a
relation ("su CEO", "its investors"), pronouns, and the phrases around them that change their reading
(a preposition before, a reporting verb after, "la empresa de <person>").
"""

from __future__ import annotations

import re

from graph import schema
from loaders.names import LEXICON

HEADS_ES = (r"compañía|empresa|firma|startup|tecnológica|desarrolladora|laboratorio|grupo|fabricante|gigante|"
             r"proveedor|proveedora|unicornio|entidad|banco|fondo|gestora|operadora|operador|aseguradora|plataforma|"
             r"fintech|aerolínea|cadena|multinacional|teleco|operadora|red social|buscador|fabricante de chips|"
             r"emergente|compañía de software|firma de inversión|neobanco|marca|filial|matriz|holding|consultora")
HEADS_EN = (r"company|firm|startup|lab|group|chipmaker|maker|giant|provider|developer|retailer|unicorn|outfit|"
             r"conglomerate|bank|lender|fund|insurer|carrier|platform|operator|automaker|carmaker|network|"
             r"manufacturer|designer|business|venture|subsidiary|unit|parent|fintech|marketplace|consultancy")
# A word before the noun of a description ("la nueva tecnológica", "the AI startup"); never a title: "el presidente
# de la compañía" is a post at "la compañía", not a description of its own.
MOD = (r"(?!(?:presidente|presidenta|vicepresident[ea]|fundador|fundadora|cofundador|cofundadora|director|directora|"
       r"consejer[oa]|jef[ea]|responsable|gerente|president|founder|co-founder|chairman|head)\b)[a-záéíóúñüç][a-záéíóúñüç\-]+")
# Spanish adjectives after the noun ("la tecnológica francesa", "el grupo neerlandés"); never a participle.
# Nor a short word of grammar that ends like one ("la entidad ha ...", "la empresa no ...", "la firma para ...").
POSTNOMINAL = (r"(?!(?:ha|han|no|la|las|lo|los|ya|para|como|era|eran|esta|este|estas|estos|sea|una|uno|unos|unas|"
                r"otra|otro|otras|otros|toda|todo|todas|todos|cada|sobre|hasta|contra|nada|algo|aquella|aquello|"
                r"cuya|cuyo|cuyas|cuyos|durante|mediante|entre|tras|junto|hacia|después|nuestro|nuestra|tanto|"
                # nor a verb that ends like one ("la empresa cuenta con", "la compañía dijo", "la firma negocia"):
                # the preterites in -o and the commonest verbs of company news in -a
                r"dijo|hizo|tuvo|estuvo|pudo|quiso|puso|supo|trajo|redujo|produjo|condujo|"
                r"cuenta|trabaja|opera|desarrolla|negocia|necesita|domina|multiplica|presenta|prepara|planea|"
                r"afronta|lanza|compra|busca|espera|cotiza|factura|emplea|asegura|explica|señala|afirma|destaca|"
                r"indica|anuncia|confirma|plantea|estudia|analiza|controla|registra|acumula|alcanza|supera|"
                r"duplica|gana|pasa|entra|usa|utiliza|diseña|fabrica|comercializa|suministra|acaba|continúa|ocupa|"
                r"crea|centra|enfrenta|reclama|apuesta|aporta|integra|ingresa|deja|lleva|llega|logra|aspira|"
                r"valora|eleva|rechaza|acepta|recorta|contrata|ficha|retira|intenta|trata|suma|cambia|ayuda|"
                r"colabora|aumenta|calcula|considera|declara|encabeza|lidera|evalúa|exporta)\b)"
                r"[a-záéíóúñü]+(?:a|o|as|os|és|esa|ense|ana|ano|ica|ico)(?<!ada)(?<!ado)(?<!ida)(?<!ido)"
                r"(?<!ía)(?<!aba)\b")
# A city or country of the places lexicon after "de" is where a described company is, not a person who leads it:
# "La compañía de Toronto, que compite con OpenAI", "El gigante de Redmond anunció" (but "la compañía de Sam Altman":
# loaders.resolve.LED_BY_PERSON); only as a sentence's opening subject (after a preposition it named wrong ones).
_PLACE_LINES = (LEXICON / "places.txt").read_text(encoding="utf-8").splitlines()
PLACE = "(?:" + "|".join(re.escape(p) for p in sorted({p.strip() for p in _PLACE_LINES if p[:1].isupper()}, key=len,
                                                       reverse=True)) + ")"
# "la empresa", "the artificial intelligence startup", "la tecnológica francesa",
# "the San Francisco lab", "the U.S. chipmaker", "este proveedor de datos" - but not "la startup Mistral", nor
# the head of a description whose name comes after what the company does ("la firma madrileña de asesoramiento X").
# ("es a la vez proveedor y accionista de X": "a la vez" says at once, no company is "la vez proveedor")
DESCRIPTIONS = re.compile(
    rf"\b(?:la|el|del|al|este|esta|the|this|(?P<opening>La|El)|Este|Esta|The|This)\s+(?!vez\b)(?:(?:{MOD}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    rf"(?:-based)?|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,3}}(?:(?P<head>{HEADS_ES})(?:\s+{POSTNOMINAL})?|(?P<head_en>{HEADS_EN}))"
    rf"(?:\s+de\s+(?:datos|chips|IA|semiconductores))?(?(opening)(?:\s+de\s+{PLACE}(?![\w\-]))?|)"
    rf"\b(?!(?:\s+(?!(?:de|del|por|en|con|que|y|a|al|para|sin|tras|como|the|of|by|in|with|and|that|which)\b)"
    rf"[a-záéíóúñü\-]+(?<!ada)(?<!ado)(?<!ida)(?<!ido)(?<!ed)){{0,2}}\s+[A-ZÁÉÍÓÚÑ])(?!\s+[0-9])(?!'s\s+[A-Z])(?!(?:\s+{POSTNOMINAL})?\s+(?:de|of)\s+(?:[a-záéíóúñü\-]+\s+){{0,3}}[A-Z])",
)
NOT_YOUNG = frozenset({"big_tech", "government", "investor", "media", "other"})  # never "the startup"
NOT_BIG = frozenset({"startup", "lab", "vendor", "government", "investor", "media"})  # never "the giant"
KIND_OF_HEAD = {head: NOT_YOUNG for head in ("startup", "lab", "laboratorio", "unicornio", "unicorn")} | \
    {head: NOT_BIG for head in ("gigante", "giant")} | \
    {head: frozenset({"startup", "lab"}) for head in ("grupo", "conglomerado")}  # "el grupo que dirige Lisa Su"
NEVER_ANTECEDENT = frozenset({"media"})
ROLE_OR_RELATION = (r"CEO|CTO|CFO|COO|director|directora|consejer|presidente|presidenta|cofundador|fundador|"
                     r"co-founder|founder|chief|president|chairman|chair|jef|head|científic|vicepresident|"
                     r"vice president|partnership|alianza|asociación|investment|inversión|stake|participación|"
                     r"rival|competidor|clients?|clientes|customers?|licensees?|board|consejo|acuerdo|deal|contract|contrato|"
                     r"backers|inversores|inversor|inversora|investors|investor|backer|accionista|shareholder|"
                     # "uno de sus principales proveedores": a vendor or partner of the possessor
                     # (English is left as it was: "its longtime partner, Anduril" is read by the frames)
                     r"proveedor|proveedora|socio|socia|aliado|aliada")
POSSESSIVE = re.compile(
    rf"\b(?:su|sus|its|their)\b(?=\s+(?:(?:nuev[oa]s?|antigu[oa]s?|former|new|actual|main|principal|largest|"
    rf"biggest|mayor|primary|primer[oa]?|long-time|longtime|multiyear|strategic|estratégic[oa]|"
    # ("its first commercial customer is BMW", "one of its earliest customers": which of them, in what order)
    rf"first|earliest|early|commercial|key|major|top|anchor|second|only|sole|other|existing|"
    # (and the Spanish plural and size words: "TSMC y Samsung, sus otros dos grandes clientes", "su gran cliente")
    rf"gran|grandes|mayores|principales|otr[oa]s|dos|tres|cuatro|two|three|four)\s+)*"
    rf"(?:{ROLE_OR_RELATION})|(?:\s+[\w.\-]+){{1,4}}?\s+(?:rival|competitor|competidor))",
    re.I,
)
RIVAL_AFTER = re.compile(r"(?:\s+[\w.\-]+){0,3}?\s+(?:rival|rivalry|rivales|rivals|competidor|competidores|competidora|"
                          r"competitor|competitors|archirrival|archrival)\b", re.I)
# what a company named right after competes with: "capaz de competir con TSMC", "frente a Google", "against Intel"
RIVALLED = re.compile(r"\b(?:(?:compet|rivaliz|compit)\w*\s+(?:[\w\-]+\s+){0,2}?(?:con|with|contra|against)|frente a|"
                      r"contra|against)\s*$", re.I)
PRONOUN_OBJECT = re.compile(r"(?:(?<=\bcon )|(?<=\bpara ))(?:ellos|ella|ellas)\b|(?<=\bwith )(?:them|it)\b", re.I)
# "Nvidia said it intended to invest", "before it agreed to": the company the sentence is about.
COMPANY_PRONOUN = re.compile(r"\b[Ii]t\b(?=\s+(?:\w+ly\s+)?(?:agreed|said|says|will|would|has|had|plans|planned|intends|"
                              r"intended|invested|acquired|bought|took|signed|announced|raised|made|owns|holds|"
                              r"expects|wants|could|can|did|does|sold|struck|hired|named|competes|uses|expanded|extended|"
                              r"deepened|partnered|teamed|joined|backed|led|formed|entered|completed|closed|reached|"
                              r"inked|won|became|began|started|buys|acquires|invests|supplies|provides|licensed|"
                              # ("it is also one of the biggest customers of X": a standing among others, never "it is unclear")
                              r"(?:is|was|remains)\s+(?:also\s+|now\s+|still\s+)?(?:one of|among)\b))")
# "Last year it bought Graphcore" in a story of SoftBank buying Ampere: an unsaid buyer is the story's first company (its
# headline's buyer), not the company it names most, which in such a story is the one being bought (when the sentence
# names no company before "it": "joined Google in 2010, when it acquired Metaweb" is Google's).
BUYING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:bought|acquired|took over|snapped up|(?:closed|completed) its (?:purchase|"
                          r"acquisition|takeover))\b")
# "iRobot said it ...": a name right before the reporting verb is what "it" stands for.
UNKNOWN_SPEAKER = re.compile(r"(?<![\w.])((?:[a-z]+)?[A-Z][\w.\-]*)\s+(?:said|says|told \w+|added|announced|confirmed)"
                              r"\s+(?:that\s+|on \w+\s+)?$")
# "He founded xAI in 2023", "the ChatGPT maker he helped start": the person the story just named.
PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# ("Ambos fundadores trabajaron antes en X": the noun joins the pair's words, so the verb's subject is the pair)
BOTH_PEOPLE = re.compile(r"\b(?:Both|both of them|Ambos|ambos|Ambas|ambas)(?:\s+(?:co-?)?(?:fundador(?:es|as)|founders))?\b"
                          r"(?=\s+(?:\w+\s+)?(?:previously|formerly|also|had|have|were|worked|trabajaron|trabajaban|fueron|habían|han|dejaron|left))")
BOTH = re.compile(r"\b(?:las dos|ambas|both|the two)\s+(?:compañías|empresas|firmas|companies|firms|groups)\b"
                  # "SK Hynix, rival de ambas": the two companies a rival is of
                  r"|(?:(?<=\brival de )|(?<=\brivales de )|(?<=\bcompetidor de )|(?<=\bcompetidora de ))(?:ambas|ambos)\b",
                  re.I)
PREPOSITION = re.compile(r"\b(?:en|a|al|con|para|por|sobre|contra|entre|tras|frente a|según|in|into|with|to|for|"
                          r"on|at|from|by|of|de|del|against|between|after|about|like|including|than|behind)\s*$", re.I)
# "backed by Schwarz Group, Bosch and SAP": a later item of a list opened after a preposition, by a name the
# story may not know.
LISTED_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|from|including|for|at|of|to|like|than|con|por|de|para|entre)\s+"
                                      r"(?:[A-Z][\w&.\-]*\s+){0,3}?[A-Z][\w&.\-]*(?:,\s+|,?\s+(?:and|y|e)\s+)$")
OWNER_OF_SUBJECT = re.compile(r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?(?:rival|competitor|partner|investor|backer|customer|"
                               r"client|supplier|owner|parent|unit|subsidiary|arch-rival)s?\s*,", re.I)
WORKPLACE = re.compile(r"\b(?:at|in|for|with|from|en|para|con|desde)\s*$", re.I)  # not "de": "cofundador de OpenAI"
COPULA = re.compile(r"\b(?:is|was|are|were|be|been|remain|remains|will remain|become|became|becomes|es|era|fue|será|"
                     r"sigue siendo|se convierte en|se convirtió en|"
                     # "seguirá siendo el proveedor exclusivo de OpenAI", "convertía a AWS en el principal proveedor
                     # de la startup": what a company is or is made, not a company named again
                     r"seguirá siendo|seguía siendo|continúa siendo|continuará siendo|ha sido|había sido|"
                     r"se ha convertido en|se convertirá en|(?:convierte|convirtió|convertía|convertirá|convertiría|"
                     r"ha convertido|había convertido)\s+a\s+[^.;]{1,60}?\s+en)\s+$", re.I)
REPORTING = re.compile(r"\s+(?:said|says|told|added|announced|confirmed|dijo|afirmó|explicó|anunció|informó|indicó|"
                        r"señaló|aseguró|confirmó|ha confirmado|ha anunciado)\b")
# "principal inversor de la firma", "a customer of the company": the other party, not the subject.
RELATIONAL_OF = re.compile(r"\b(?:inversor|inversora|accionista|cliente|rival|competidor|proveedor|investor|"
                            r"shareholder|customer|client|competitor|supplier|backer|acquisition|purchase|takeover|"
                            r"buyout|compra|adquisición|absorción)"
                            # (an area may come between: "el principal proveedor de computación de la startup")
                            r"(?:\s+(?:exclusivo|exclusiva|principal|preferente))?(?:\s+(?:de|en)\s+[a-záéíóúñü]+)?"
                            r"\s+(?:de|del|of|in|en)\s*$", re.I)
# "la compañía de Jensen Huang", "la empresa que dirige Sam Altman", "the company led by X".
LED_BY_PERSON = re.compile(
    rf"\b(?:la|el|del|al|the)\s+(?:{HEADS_ES}|{HEADS_EN})(?:\s+(?:de\s+)?[a-záéíóúñü]+){{0,3}}?"
    rf"(?P<link>\s+(?:de|que dirige|que lidera|que encabeza|que preside|dirigida por|liderada por|fundada por|"
    rf"led by|run by|headed by|founded by|of)\s+)(?=[A-ZÁÉÍÓÚ])")
# Opening a sentence, by a verb or "de" and a person: "El banco que preside X ...", "La compañía de Sam Altman sigue de
# compras" (loaders.resolve wants a person right after it: "La compañía de Toronto" says where it is).
LED_BY_PERSON_OPEN = re.compile(rf"\b(?:La|El)\s+(?:{HEADS_ES})(?:\s+[a-záéíóúñü]+)?(?P<link>\s+(?:de|que dirige|que lidera|"
                                rf"que encabeza|que preside)\s+)"
                                rf"(?=[A-ZÁÉÍÓÚ])")
ATTRIBUTION_OF = re.compile(r"\b(?:según|de acuerdo con|according to)\s+(?:(?:un|una|el|la|los|las|unas|unos|a)\s+)?"
                             r"(?:\w+\s+){0,3}?(?:de|del|from|by|of)\s+$", re.I)
GENITIVE = re.compile(r"\b(?:of|de|del)\s*$", re.I)
# "committed to invest $2 billion in the company", "es también accionista de la compañía": the company
# that takes money is the one raising it, never an investor or a big tech group named earlier.
TAKES_MONEY = re.compile(r"\b(?:invest|invests|invested|investing|investment|investor|shareholder|stake|backer|"
                          r"invertir|invierte|invirtió|invertirá|inversión|inversor|inversora|accionista|"
                          r"participación|"
                          # a valuation is the raiser's: "la inyección de capital valora a la compañía en ..."
                          r"valora|valoraba|valoró|valorará|valoraría|valued|values|valuing)\b[^;]{0,60}$", re.I)
NOT_RAISING = frozenset({"investor", "big_tech"})
# "Meta had offered $800 million to acquire the Seoul-based company": the object of a verb of buying or backing
# is another company than that verb's subject.
OBJECT_OF_DEAL = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy|buys|buying|bought|purchas(?:e|es|ed|ing)|absorb(?:s|ed|ing)?|"
                            r"take over|takes over|took over|taking over|back|backs|backed|backing|fund|funds|funded|"
                            r"funding|adquirir|adquiere|adquirió|adquirirá|comprar|compra|compró|comprará)\s+$", re.I)
# ("X, the former chief technology officer of payments startup Stripe, ...": the name's own description too)
APPOSITION_OPEN = re.compile(r",\s+(?:a|an|the|one of)\s+[^,;]{0,50}?\b(?:of|to|for|at|with|behind)\s+"
                              r"(?:[a-z][\w\-]*\s+){0,2}$")
# "the ChatGPT maker", "the iPhone maker": a company named by its product, which the story ties to it elsewhere
# ("OpenAI's ChatGPT", "ChatGPT maker OpenAI", "OpenAI, the developer of ChatGPT", "OpenAI, which makes ChatGPT").
MAKER = r"(?:maker|developer|creator|owner|operator|builder|designer)"
BY_PRODUCT = re.compile(rf"\b(?:the|The)\s+(?P<product>[A-Z][\w\-]*[\w]|[a-z][A-Z][\w\-]*)\s+{MAKER}\b(?!\s+of\b)")
# ... in Spanish the maker comes first: "la creadora de ChatGPT", "del desarrollador de Claude"
BY_PRODUCT_ES = re.compile(r"\b(?:la|el|del|al|La|El)\s+(?:creadora|creador|desarrolladora|desarrollador|dueña|dueño|"
                           r"propietaria|propietario|fabricante)\s+(?:de|del)\s+(?P<product>[A-Z][\w\-]*[\w]|[a-z][A-Z][\w\-]*)\b"
                           r"(?!\s+[A-Z])")
# ... or by a fronted phrase of time or comparison: "Within weeks of announcing Silo, AMD agreed", "Like Nvidia, AMD"
FRONTED_PARTICIPLE = re.compile(r"^\W*(?:[A-ZÁÉÍÓÚ][a-záéíóúñ\-]+(?:ed|ada|ado|ida|ido|adas|ados)|Within|After|Before|"
                                r"Since|Following|Unlike|Like|Weeks after|Days after|Months after|Shortly after|"
                                r"Soon after|Just after)\b[^,]{0,100},\s*")

# A company fronted as the side that speaks: "Por parte de Echelon, su director de inversiones, X, destacó", "Desde
# Cipre Holding, su director de IA, Y, explicó": the possessive right after it is that company's.
SIDE_OPENER = re.compile(r"^\W*(?:Por parte de|Desde|Del lado de|En nombre de)\s+(?:(?:la|el)\s+)?", re.I)


def side(text: str, mentions: list, start: int) -> str | None:
    """The company that opens the sentence as the side that speaks, when the possessive at `start` comes right
    after it ("Por parte de X, su ..."); None otherwise."""
    name = next((x for x in mentions if x.label == schema.COMPANY and x.via != "anaphora" and
                 re.fullmatch(r",\s*", text[x.end:start])), None)
    if name and re.match(r"(?:su|sus)\b", text[start:start + 4], re.I) and SIDE_OPENER.fullmatch(text, 0, name.start):
        return name.entity_id
    return None


# The patterns loaders.resolve reads around mentions:
# "Meta's new superintelligence lab": a company's division, which "the lab" means later.
DIVISION_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?(?:lab|laboratory|unit|division)\b")
# a relative clause still open before a name ("led by Wang, who left Scale AI as part of ...")
IN_RELATIVE = re.compile(r",\s+(?:who|whom|which|whose|quien|quienes|cuyo|cuya)\b[^,;]*$")
FOUNDED_BY = re.compile(r"\s+(?:fundada por|founded by)", re.I)
FUND_HEAD = re.compile(r"\b(?:fondo|gestora|firma de inversión|vehículo|fund|family office)\b", re.I)
# "Blue is Tabular's chief executive.": a person's copula; "Nvidia es también su proveedor": a possessive after one.
COPULA_AFTER = re.compile(r"\s+(?:is|was|remains|es|era|fue|sigue siendo)\b")
COPULA_THEN = re.compile(r"\b(?:es|era|fue|será|sigue siendo|seguirá siendo)"
                         r"\s+(?:(?:también|a la vez|además|ahora|todavía)\s+)*$", re.I)
# (a list of names takes the plural: "Tencent and Alibaba are among its shareholders")
NAME_IS = re.compile(r"\s+(?:is|was|remains|remained|became|has become|will be|will remain|would be|would remain|are|were|"
                     r"remain|have become)\s+"
                     # ("Nvidia would remain one of its licensees": one among the other's)
                     r"(?:(?:also|now|still|already)\s+)?(?:(?:one of|among)\s+)?")
# "Oracle, which backed Ampere from the start, is also its largest customer": past an aside the copula's
# possessive is still another company's than the subject's.
ASIDE_IS = re.compile(r",\s+(?:which|who|that)\s[^,;]*,\s+(?:is|was|remains|remained|became|has become|will be|"
                      r"will remain)\s+(?:(?:also|now|still|already)\s+)?")
RELATIVE_THEN_NAME = re.compile(r"^,\s+(?:que|quien|which|who|that)\s+[^,;]*$")
# "Cohere ficha a Joelle Pineau, exjefa de investigación de Meta": a company named in a person's apposition, as the
# place of a post, tells who the person is; the story does not go on about it.
POST_OF_PERSON = re.compile(r",\s+(?:(?:la|el|the|an?)\s+)?(?:(?!(?:que|quien|who|which|and|y)\b)[^\W\d][\w\-]*\s+){1,6}?"
                            r"(?:de|del|of|at|en)\s+$")
# "Elliott Management, uno de sus accionistas", "Nvidia, que además figura entre sus accionistas", "X, one of its
# investors": a name described, in apposition or a relative, as one of a company's backers or customers is another
# company's backer; the possessive is never the name it describes (its own stake or chief stays its own).
HOLDER_ASIDE = re.compile(r",\s+(?:(?:que|which|who)\s+(?:(?:además|también|ya|hoy|ahora|todavía|also|already|now|still)\s+)?"
                          r"(?:es|era|fue|será|sigue siendo|figura|figuraba|figuran|está|estaba|se encuentra|se cuenta|"
                          r"is|was|remains|ranks|has been)\s+)?(?:uno de|una de|otro de|otra de|entre|one of|among)\s+")
# The relations a company has others in: its backers, its customers, its suppliers (also loaders.possessive_owner).
RELATION_NOUNS = (r"(?:accionistas?|inversor(?:es|as?)?|financiadores|patrocinadores|clientes?|proveedor(?:es|as?)?|"
                  r"shareholders?|investors?|backers?|customers?|clients?|suppliers?|vendors?|licensees?)")
HELD_NOUN = re.compile(r"(?:\s+(?:principales|mayores|primeros|primeras|nuevos|grandes|main|largest|biggest|major|key|"
                       rf"early|earliest|new))*\s+{RELATION_NOUNS}\b", re.I)


def held_aside(text: str, name_end: int, start: int, end: int) -> bool:
    """The possessive at start..end follows the name ending at name_end in such a description: the sentence's
    subject owns it, as in genitive position ("de"/"entre" before it make no object)."""
    return bool(HELD_NOUN.match(text, end) and HOLDER_ASIDE.fullmatch(text, name_end, start))


# "Un grupo encabezado por Greycroft, Coatue y Sound Ventures ha acordado inyectar capital en la compañía": the
# items of the list that governs the verb are all its subjects, and none is its object.
# (an item may come after a description of it: "Sequoia, SV Angel y el fondo checo Credo Ventures, uno de los primeros
# en apostar por la empresa": the described last item heads the same list, and the firm is none of its items)
LIST_GAP = re.compile(r"(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)(?:[A-Z]['’])?"
                      r"(?:(?:el|la|los|las|the)\s+(?:(?!(?:de|del|of|que|who|which|en|in)\s)[a-záéíóúñü\-]+\s+){1,3})?")


def listed_with(text: str, companies: list, last) -> set[str]:
    """The companies listed with `last` (one of `companies`, in sentence order) before it."""
    i = next((k for k, x in enumerate(companies) if x is last), 0)
    out: set[str] = set()
    while i > 0 and LIST_GAP.fullmatch(text, companies[i - 1].end, companies[i].start):
        i -= 1
        out.add(companies[i].entity_id)
    return out


# "Sana is Workday's largest acquisition since it bought Adaptive Insights", "the deal was Google's biggest
# since it bought Motorola": after a copula the possessor the sentence ranks the deal for is who "it" is,
# not the subject that is the deal itself.
RANKED_SINCE_IT = re.compile(r"\b(?:is|was|will be|would be|becomes|became|marks|marked)\s+(?:also\s+)?⟦(?P<owner>\d+)⟧"
                             r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,4}?(?:since|after|before|than when)\s+$")


def ranked_owner(text: str, mentions: list, start: int):
    """The company in "X is Y's largest deal since it ..." that "it" at `start` stands for, or None."""
    companies = [x for x in mentions if x.label == schema.COMPANY and x.end <= start]
    if not companies:
        return None
    owner = companies[-1]
    spot = f"{text[:owner.start]}⟦0⟧{text[owner.end:start]}"
    return owner.entity_id if RANKED_SINCE_IT.search(spot, max(0, owner.start - 30)) else None
