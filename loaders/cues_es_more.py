"""More Spanish cue patterns (loaders.cues_es is full): constructions no frame expresses.

Each was kept because it finds claims on the train split of the dev set that no other cue finds, and
left the test split's figures no worse (see the commit that added it).
"""

from __future__ import annotations

from graph.schema import ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH, WORKS_AT
from loaders.cues import Cue
from loaders.title_words import MOD, MOD_AFTER, ROLE
from loaders.cues_es import _APPOINT as _APPOINT_ES
from loaders.cues_es import (_COMPETE, _LEAVE_POST, _NOT_A_ROUND, _NOT_AT_MEETING, _NOT_LEAVING, _PRODUCT_OF, _STAFF,
                             _STAFF_AREA, _STAFF_PL)
from loaders.triggers_es import _WHEN

# An academic post: "profesor de la Universidad de Stanford", "catedrático de aprendizaje automático de la
# Universidad de Cambridge", "hoy profesor en Carnegie Mellon". Only a bare title is a post held now: an
# "antiguo"/"ex" before it, or an emeritus ("profesor emérito", retired), is not.
_ACADEMIC = (r"(?:profesor|profesora|catedrático|catedrática|docente)"
             r"(?:\s+(?:titular|asociad[oa]|invitad[oa]|adjunt[oa]|visitante))?")
_SUBJECT_AREA = r"(?:\s+de\s+(?!la\s|las\s|los\s|el\s)[a-záéíóúñü]+(?:\s+(?:de\s+)?[a-záéíóúñü]+){0,3}?)?"
_NOW = r"(?:(?:hoy|ahora|actualmente|también|además)\s+)?"
# What may follow the verb of a relative whose subject is unsaid ("la empresa que fundó en 2015", "que dirige desde
# 2019"): a time, a partner or the clause's end, never a subject ("que fundó Y", "que dirige su hermano").
_RELATIVE_END = (r"(?=\s*[,.;)]|\s*$|\s+(?:en|hace|junto|con|y|e|tras|después|antes|durante|desde|hasta|entre|"
                 r"a finales|a principios)\b)")

# Titles that Spanish ranks with "sénior" after the noun ("vicepresidente sénior de IA de AMD", "director sénior en
# DeepMind"): the generic titles (loaders.title_words.TITLE) read the rank only before the noun, as English does.
_SENIOR_TITLE = (r"(?:vicepresident[ea](?:\s+ejecutiv[oa])?|director(?:a)?|jef[ea]|responsable|ingenier[oa]|"
                 r"investigador(?:a)?|científic[oa]|gerente|diseñador(?:a)?)\s+(?:sénior|senior)")
# (the area may be a unit: "vicepresidente sénior del grupo de IA de AMD")
_TITLE_AREA = r"(?:\s+(?:de|del|de la)\s+(?!⟦)[\wáéíóúñ]+(?:\s+(?:y\s+)?[a-záéíóúñ]+){0,3}?)?"
# A title for one country or region: "director en México de General Atlantic", "responsable para América Latina de X".
_REGION_TITLE = (r"(?:director(?:a)?(?:\s+general)?|responsable|jef[ea]|gerente(?:\s+general)?|consejer[oa] delegad[oa]|"
                 r"president[ea]|soci[oa](?:\s+director(?:a)?)?|vicepresident[ea])")
_REGION = r"(?:en|para)\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+(?:y\s+|del?\s+|la\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+){0,3}"
# A second title after a first one's company: "X, cofundador de Sur Energy y fundador de Satellogic",
# "X, cofundador de Y y hoy consejero delegado de Z" (a title right after "y" is read by loaders.title_words.ROLE).
_FIRST_TITLE = r"{p:P},\s+(?:el\s+|la\s+|su\s+)?[^;⟦,]{1,50}?\s+(?:de|del|en)\s+⟦[CU]\d+b?⟧\s+(?:y|e)\s+"
_FOUNDER = r"(?:fundador|fundadora|cofundador|cofundadora|co-fundador|co-fundadora|creador|creadora)"
_ALSO = r"(?:también|luego|después|finalmente|ahora)\s+"
_RIVAL = r"(?:(?:la|el|su)\s+(?:gran\s+|principal\s+)?(?:rival|competidora|competidor|competencia)\s+)?"

# Staff named in the plural before their names: "los exingenieros de Google X y Z", "dos antiguos investigadores de
# Meta, X y Z" (the singular is read by loaders.cues_es).
_EX_STAFF_PL = (r"(?P<mod>antiguos|antiguas|ex)[\s-]*(?:investigador(?:es|as)|ingenier[oa]s|científic[oa]s|emplead[oa]s|"
                r"directiv[oa]s|ejecutiv[oa]s|trabajador(?:es|as))")

_GONE = r"(?:se\s+marcha|se\s+marchan|se\s+va|se\s+van|sale|salen|se\s+despide|se\s+despiden)"
_TITLED = r"(?:el|la|su|⟦C\d+b?⟧)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+){0,3}?,\s+⟦[PU]\d+⟧"
_RELIEF = r"(?:toma|tomó|tomará|ha tomado|tomaba|coge|cogió|cogerá|ha cogido|recoge|recogió|recogerá|ha recogido)\s+el\s+relevo"
_POST_AT = rf"(?:al\s+frente|como\s+{MOD}{ROLE}{MOD_AFTER})\s+(?:de|del)\s+{{c:C}}"

# the one replaced in a post: "nombrada directora financiera de X, en sustitución de Y", "X ha nombrado a Z
# consejera delegada en sustitución de Y"
_IN_PLACE_OF = r"(?:en\s+sustitución\s+de|para\s+sustituir\s+a|sustituyendo\s+a|en\s+reemplazo\s+de|en\s+relevo\s+de)"

# An agreement signed with a company for a joint aim is a partnership: "Nubalia ha firmado un acuerdo con Telefónica
# para desarrollar modelos", "X y Y han cerrado un acuerdo para integrar ...". Only aims two parties pursue together:
# buying, using or supplying is a client's contract (loaders.cues_trade), acquiring a purchase.
_AGREED = (r"(?:firmó|firma|firman|firmaron|firmará|ha firmado|han firmado|cerró|cierra|cierran|ha cerrado|han cerrado|"
           r"selló|sella|sellan|ha sellado|han sellado|alcanzó|alcanza|alcanzan|ha alcanzado|han alcanzado|llegó a|"
           r"llegan a|ha llegado a|han llegado a|suscribió|ha suscrito|han suscrito)")
_AGREEMENT = r"\s+(?:un|el|su)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,4}?(?:acuerdo|pacto)\s+(?:(?:[^⟦.;\s]+|⟦\$\d+⟧),?\s+){0,4}?"
_LEAVING = r"(?:dejar|abandonar|salir de|irse de|marcharse de|su salida de|su marcha de)"
_FOUNDED_IT = (r"(?:fundó|fundaron|cofundó|cofundaron|creó|crearon|ha fundado|han fundado|había fundado|habían fundado|"
               r"ha creado|han creado|puso en marcha|pusieron en marcha)")
_FOUNDERS_PL = r"(?:fundador(?:es|as)|cofundador(?:es|as)|co-fundador(?:es|as)|creador(?:es|as))"
_JOINT_AIM = (r"para\s+(?:co-?desarrollar|desarrollar|crear|impulsar|investigar|explorar|acelerar|distribuir|"
              r"comercializar|promover|construir|llevar|fomentar|colaborar|trabajar|diseñar|democratizar)\b")

CUES: list[Cue] = [
    # (moved from loaders.cues_es, whose cues come right before these)
    # -- more competition and partnership (cues_es's last group) ------------------------------------------
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:en competencia|compite|competirá|compiten|rivaliza|rivalizará)\s+(?:directamente\s+)?(?:por\s+"
        r"[\w ]{1,40}?\s+)?con\s+(?:[\w ]{0,40}?,?\s+(?:como|tales como)\s+)?{b:Cs}", "a", "b"),  # "compite por contratos con"
    Cue(COMPETES_WITH, r"\b(?:su\s+)?(?:rival|competidor|competidora)\s+{b:C}", "a?", "b"),
    # a rival named through its product: "compite de frente con Sora, de OpenAI, y con Veo, de Google"
    Cue(COMPETES_WITH, rf"{{a:C}}~~\b{_COMPETE}\s+(?:[\w ]{{0,20}}?\s+)?con\s+{_PRODUCT_OF}{{b:C}}", "a", "b"),
    Cue(COMPETES_WITH, rf"{{a:C}}~~\b{_COMPETE}\s+(?:[\w ]{{0,20}}?\s+)?con\s+(?:{_PRODUCT_OF})?⟦[CU]\d+b?⟧,?\s+(?:y|e)\s+"
        rf"(?:con\s+)?{_PRODUCT_OF}{{b:C}}", "a", "b"),
    # made jointly: "Telefónica y Oracle desarrollarán conjuntamente un modelo", "lo comercializa conjuntamente con Y"
    Cue(PARTNERS_WITH, r"{a:C}\s+(?:y|e)\s+{b:C}~~\b(?:desarroll|cre|constru|lanz|comercializ|diseñ|fabric|investig|explot)"
        r"\w*\s+(?:[\w\-]+\s+){0,3}?(?:conjuntamente|de forma conjunta|de manera conjunta)\b", "a", "b",
        keys=frozenset({"conjuntamente", "conjunta"})),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:desarroll|cre|constru|lanz|comercializ|diseñ|fabric|investig|explot)\w*\s+"
        r"(?:[^⟦.;]{0,40}?\s+)?(?:conjuntamente|de forma conjunta|de manera conjunta)\s+con\s+{b:Cs}", "a", "b",
        keys=frozenset({"conjuntamente", "conjunta"})),
    # both rivals as the subject: "OpenAI y Anthropic compiten por los mismos clientes", "se disputan el mercado"
    Cue(COMPETES_WITH, r"{a:C}\s+(?:y|e)\s+{b:C}(?:,[^⟦,;.]{1,60},)?\s+(?:también\s+|ya\s+|ahora\s+)?(?:compiten|competían|"
        r"competirán|han competido|rivalizan|rivalizaban|se disputan|se disputaban|pugnan|se enfrentan|se enfrentaban)\b",
        "a", "b"),
    # (an adverb may stand after the verb: "OpenAI es a su vez el socio más estrecho de Microsoft")
    Cue(PARTNERS_WITH, r"{a:Cs}\s+(?:serán|son|será|es|fueron|eran)\s+(?:(?:a su vez|también|además|ya|hoy|ahora|"
        r"todavía|aún)\s+)?(?:(?:los|el|la|las|uno de los|una de las)\s+(?:\w+\s+){0,1}?)?"
        r"soci(?:o|a|os|as)\s+(?:\w+\s+){0,2}?de\s+{b:C}", "a", "b", keys=frozenset({"socio", "socia", "socios", "socias"})),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:colabora|colaborará|colaboran|colaborarán|trabajará|trabajarán)\s+(?:\w+mente\s+)?"
        r"con\s+{b:Cs}", "a", "b", keys=frozenset("colabora colaborará colaboran colaborarán trabajará trabajarán".split())),
    # made together: "diseña las TPU junto con Google", "ha desarrollado el sistema en colaboración con Telefónica"
    # (a verb, not its noun: "alquilar GPU de Nvidia a desarrolladores de modelos, junto a CoreWeave" names rivals)
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:desarroll|diseñ|constru|fabric|lanz|entren|cre[aóe]|co-?desarroll)\w*"
        r"(?<!dor)(?<!dora)(?<!dores)(?<!doras)(?<!ante)(?<!antes)(?<!ción)(?<!ciones)\s+"
        r"(?:[^⟦.;]{0,50}?\s+)?(?:junto con|junto a|en colaboración con|en cooperación con|en asociación con)\s+{b:Cs}",
        "a", "b", keys=frozenset({"junto", "colaboración", "cooperación", "asociación"})),
    Cue(PARTNERS_WITH, r"{a:C}\s+(?:y|and)\s+{b:C}~~\b(?:anunciaron|firmaron|sellaron|ampliaron|han firmado|han sellado|"
        r"han anunciado|renuevan|renovaron)\s+(?:una\s+|un\s+|su\s+)?(?:alianza|asociación|acuerdo de colaboración)",
        "a", "b"),
    Cue(WORKS_AT, rf"\b(?:el|la)\s+{MOD}{ROLE}{MOD_AFTER},\s+{{p:P}},", "p", "c?"),
    Cue(WORKS_AT, rf"\by\s+(?:actual|current)\s+{ROLE}\s+(?:de|del)\s+{{c:C}}", "p?", "c", "current"),
    Cue(WORKS_AT, r"{p:P}~~\b(?P<verb>dejará el cargo|deja el cargo|dimitirá|dimite|abandonará la compañía|dejará la empresa|"
        r"se marcha|se marchará)\b", "p", "c?", "former"),
    Cue(COMPETES_WITH, r"{a:C}~~\ben\s+competencia\s+(?:directa\s+)?con\s+(?:[\w ]{0,40}?\s+(?:como|tales como)\s+)?{b:Cs}",
        "a", "b"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:está revisando|revisa|revisará|ha revisado|renegocia|está renegociando)\s+(?:⟦C\d+b?⟧\s+|su\s+)?"
        r"(?:contrato|relación|acuerdo)", "cl", "v?", "reconsidering"),
    # a round's participants named after it: "with participation from X and Y", "con la participación de X"
    Cue(INVESTED, r"\b(?:participación|aportación|aportaciones)\s+(?:también\s+)?de\s+(?:(?:los|las)\s+)?"
        r"(?:(?:inversores|fondos|socios)\s+)?(?:(?:como|tales como)\s+)?{inv:Es}(?!\s*(?:en|a)\s+⟦)", "inv", "tgt?"),
    # una carrera en otra empresa: "tras una larga carrera en Broadcom", "pasó una década en Facebook"
    # (the person may have joined another company in between: "X se incorporó a Thinking Machines tras un breve paso
    # por Anthropic"; no other person may stand between)
    Cue(WORKS_AT, r"{p:P}(?:[^.;⟦\n]|⟦C\d+b?⟧){0,120}?\b(?:tras|después de|antes de)\s+(?:(?:una|un|su|casi|más de)\s+)*"
        r"(?:[\w\-]+\s+){0,2}?(?:carrera|paso|etapa|trayectoria|años|década|décadas)\s+(?:en|por|con)\s+{c:C}", "p", "c",
        "former"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:pasó|había pasado|ha pasado|estuvo)\s+(?:[\w\-]+\s+){1,4}?(?:en|con)\s+{c:C}", "p", "c",
        "former"),
    # a career's stops: "X, que pasó por Google y Meta,", "ha pasado por OpenAI", "X, con pasado en Google,", "entró
    # en ASML tras pasar por el fabricante de equipos KLA-Tencor" (what the company is may stand before its name)
    *(Cue(WORKS_AT, rf"{{p:Ps}}{gap}\b{verb}\s+por\s+(?:(?:el|la|los|las)\s+(?:[a-záéíóúñü\-]+\s+){{1,8}}?)?{{c:Cs}}",
          "p", "c", "former", keys=keys)
      for gap, verb, keys in (("~~", "(?:pasó|ha pasado|había pasado|pasaron|han pasado|habían pasado)",
                               frozenset({"pasó", "pasado", "pasaron"})),
                              # (the company joined after may stand between: "entró en ASML tras pasar por KLA")
                              (r"(?:[^.;⟦]|⟦[CU]\d+b?⟧){0,120}?", r"(?:tras|después de|antes de)\s+pasar",
                               frozenset({"pasar"})))),
    Cue(WORKS_AT, r"{p:Ps},\s+con\s+(?:un\s+)?pasado\s+(?:en|por)\s+{c:Cs}", "p", "c", "former", keys=frozenset({"pasado"})),
    # one of a company's staff: "X, uno de los primeros empleados de Nubalia,", "fue una de las ingenieras de Y"
    Cue(WORKS_AT, r"{p:P}(?:,\s+|\s+(?P<verb>es|era|fue|ha sido|había sido)\s+)(?:uno|una)\s+de\s+(?:los|las|sus)\s+"
        r"(?:primer[oa]s\s+|principales\s+)?" + _STAFF_PL + r"(?:\s+[a-záéíóúñü]+)?\s+(?:de|del|en)\s+{c:C}", "p", "c",
        keys=frozenset({"uno", "una"})),
    # "creó Iceberg mientras trabajaba en Netflix"
    Cue(WORKS_AT, r"{p:Ps}~~\b(?:mientras|cuando)\s+(?:trabajaba|trabajaban|estaba|estaban)\s+(?:en|para)\s+{c:C}", "p", "c",
        "former"),
    # leaving a post: "renuncia a su puesto de consejero delegado de X", "abandona su cargo en X"
    Cue(WORKS_AT, rf"{{p:P}}?~~\b{_LEAVE_POST}\s+(?:su|sus)\s+(?:[\w\-]+\s+)?(?:cargo|puesto|papel|función|funciones|sillón)"
        rf"\s+(?:(?:de|como)\s+{MOD}{ROLE}\s+)?(?:de|del|en)\s+{{c:C}}", "p?", "c", "former"),
    Cue(WORKS_AT, rf"{{p:P}}?~~{_NOT_LEAVING}\b(?:su)\s+(?:[\w\-]+\s+)?(?:cargo|puesto|papel|función)\s+(?:de|como)\s+{MOD}{ROLE}\s+"
        rf"(?:de|del|en)\s+{{c:C}}", "p?", "c", "current"),
    # participantes sin empresa nombrada: "Nvidia también participará", "ha entrado Khosla Ventures"
    Cue(INVESTED, r"{inv:Es}\s+(?:también\s+)?(?:participaron|participó|participan|participa|participarán|participará|"
        r"han participado|ha participado|entraron|entró|han entrado|ha entrado|acudieron|se sumaron|se sumó|"
        r"coinvirtieron)\b"
        # (companions between the verb and the round invest too: "participó, junto a SMBC y Mizuho, los otros dos
        # grandes bancos japoneses, en la ronda")
        r"(?:,?\s+junto\s+(?:a|al|con)\s+(?P<co>⟦[CPU]\d+b?⟧(?:(?:,\s*|\s+(?:y|e)\s+)⟦[CPU]\d+b?⟧)*)"
        r"(?:,\s+(?:los|las|el|la|otros|otras)\s+[^,⟦;.]{1,60})?,?)?"
        r"(?!\s+(?:en|a)\s+⟦)(?!\s+(?:también\s+)?en\s+" + _NOT_A_ROUND + ")", "inv,co", "tgt?"),
    Cue(INVESTED, _NOT_AT_MEETING + r"\b(?:ha entrado|entró|han entrado|entraron|participan|participaron|participó|"
        r"se sumó|se sumaron|ha participado|han participado|también figuran?)\s+(?:también\s+)?{inv:Es}(?!\s+(?:en|a)\s+⟦)", "inv", "tgt?",
        keys=frozenset({"entrado", "entró", "entraron", "participan", "participaron", "participó", "sumó", "sumaron",
                        "participado", "figura", "figuran"})),
    # de dónde viene una persona: "llegó al Santander procedente de BBVA", "se incorpora a Meta desde Google"
    # (the person's own description may name companies: "X, responsable de Datos del banco, que llegó al Santander")
    # ("fundada por X, su consejero delegado, y por Y y Z, procedentes de Meta": the people after the last preposition)
    Cue(WORKS_AT, r"(?!⟦P\d+⟧(?:[^.;⟦]|⟦[CU]\d+b?⟧)*?,\s*(?:y|e)\s+(?:por|con|de|a)\s+⟦P)"
        r"{p:Ps}(?:[^.;⟦]|⟦[CU]\d+b?⟧){0,140}?\b(?:procedente|procedentes|proveniente|"
        r"provenientes)\s+(?:de|del)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:Ps}~~\b(?:se une|se unió|se unirá|se incorpora|se incorporó|se incorporará|llega|llegó|llegará|"
        r"ha llegado|había llegado|se había incorporado|se había unido|ficha por|fichó por|ha fichado por|pasa|pasó|pasará)"
        r"\s+(?:a|al)\s+⟦[CU]\d+b?⟧\s+(?:[^⟦.;]{0,40}?\s+)?"
        r"(?:desde|tras dejar|después de dejar|tras su paso por|tras salir de)\s+{c:Cs}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:Ps}\s*,?\s+(?:que\s+|quien\s+|quienes\s+)?(?:ambos\s+|también\s+)?(?:viene|vienen|venía|venían|"
        r"llega|llegan|llegaba|llegó|llegaron)\s+(?:de|del|desde)\s+{c:C}", "p", "c", "former"),
    # "X, que procedía de Uber": where one came from, told by the verb of "procedente"; only the people named right
    # before it ("A, que trabajó en Google; B, que procedía de Uber" is B's job alone)
    Cue(WORKS_AT, r"{p:Pl}\s*,?\s+(?:que\s+|quien\s+|quienes\s+)?(?:ambos\s+|también\s+)?(?:procede|proceden|procedía|"
        r"procedían|proviene|provienen|provenía|provenían)\s+(?:de|del|desde)\s+{c:C}", "p", "c", "former"),
    # "ha firmado acuerdos de capacidad de cómputo con Nvidia, AMD y Oracle": compute bought from each (the
    # vendor check keeps "acuerdo de computación con OpenAI" from making a seller its own client)
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:acuerdos?|contratos?)\s+(?:[\w\-]+\s+){0,2}?(?:de|para)\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:computación|cómputo|capacidad de cálculo|nube|centros? de datos|servidores|chips|GPU|GPUs)\b"
        r"(?:[^⟦.;]{0,40}?\s+)?\bcon\s+{v:Cs}", "cl", "v", "active", vendor_check=True,
        keys=frozenset({"acuerdo", "acuerdos", "contrato", "contratos"})),
    # un contrato cuyo propósito dice quién vende: "ha firmado un contrato con Microsoft para proporcionarle"
    Cue(CLIENT_OF, r"{v:C}~~\b(?:firm[óa]|ha firmado|había firmado|cerr[óo]|ha cerrado|sell[óa]|ha sellado|alcanz[óa]|"
        r"ha alcanzado|suscribi[óo]|ha suscrito|gan[óo]|se adjudic[óo])\s+(?:un|el)\s+(?:contrato|acuerdo)\s+"
        r"(?:[^⟦.;]{0,40}?\s+)?con\s+{cl:C}\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:proporcionar|suministrar|proveer|"
        r"ofrecer|vender|entregar|alquilar|prestar)(?:le|les)?\b", "cl", "v", "active",
        keys=frozenset({"proporcionar", "suministrar", "proveer", "ofrecer", "vender", "entregar", "alquilar",
                        "prestar", "proporcionarle", "suministrarle", "proporcionarles", "suministrarles",
                        "ofrecerle", "venderle", "entregarle", "alquilarle", "prestarle"})),
    # el precio de una compañía entera: "pagó 2.000 millones de dólares por Habana Labs"
    Cue(ACQUIRED, r"{buyer:E}~~\b(?:pag[óa]|pagará|pagaría|pagar|pagando|ha pagado|acordó pagar|accedió a pagar)\s+"
        r"(?:unos\s+|unas\s+|cerca de\s+|casi\s+|alrededor de\s+|más de\s+|hasta\s+)?⟦\$\d+⟧\s+por\s+{tgt:C}",
        "buyer", "tgt", keys=frozenset({"pagó", "pagará", "pagaría", "pagar", "pagando", "pagado", "paga"})),
    # a change of owner told from the company bought: "Vigía pasa a manos de Indra", "pasó a ser propiedad de X"
    # (present and past only: the deal status reads no future in "pasará")
    Cue(ACQUIRED, r"{tgt:C}~~\b(?:pasa|pasan|pasó|pasaron|ha pasado|han pasado)\s+a\s+"
        r"(?:manos|ser propiedad)\s+(?:de|del)\s+{buyer:E}", "buyer", "tgt", keys=frozenset({"manos", "propiedad"})),
    # "Galileo Technology, vendida a Marvell en 2000"
    Cue(ACQUIRED, r"{tgt:C},?\s+(?:[^⟦;]{0,60}?\s+)?(?:y\s+)?(?:luego\s+|después\s+|posteriormente\s+|más tarde\s+|fue\s+)?"
        r"(?:vendida|vendido)\s+(?:a|al)\s+{buyer:E}", "buyer", "tgt", keys=frozenset({"vendida", "vendido"})),
    Cue(WORKS_AT, rf"\b{ROLE}\s+(?:de|del)\s+{{c:C}},?\s+{_IN_PLACE_OF}\s+{{p:P}}", "p", "c", "former",
        keys=frozenset({"sustitución", "sustituir", "sustituyendo", "reemplazo", "relevo"})),
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?:{_APPOINT_ES})\s+(?:a|al)\s+⟦[PU]\d+⟧[^⟦.;]{{0,60}}?\s+{_IN_PLACE_OF}\s+{{p:P}}",
        "p", "c", "former", keys=frozenset({"sustitución", "sustituir", "sustituyendo", "reemplazo", "relevo"})),
    # the one replaced at the company the sentence has just named: "consejero delegado de la finlandesa Nokia, donde
    # sustituyó a Pekka Lundmark" (where someone else now holds the post)
    Cue(WORKS_AT, r"{c:C},\s+(?:donde|en la que|en el que)\s+(?:sustituyó|sustituye|sustituirá|ha sustituido|reemplazó|"
        r"reemplaza|reemplazará|ha reemplazado|relevó|releva|relevará|ha relevado|sucedió|sucede|sucederá|ha sucedido)\s+"
        r"(?:a|al)\s+(?:[\w\-]+\s+){0,3}?{p:P}", "p", "c", "former",
        keys=frozenset({"donde", "que"})),
    # a successor told by the relay taken: "X toma el relevo de Y al frente de Z", "tomará el relevo de Y como
    # consejera delegada de Z" (the one relieved held the post)
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?P<verb>{_RELIEF})\s+(?:de|a)\s+⟦[PU]\d+⟧\s+{_POST_AT}", "p", "c", "current",
        future="incoming", keys=frozenset({"relevo"})),
    # a departure the company tells: "Glovo anunció la salida de su consejero delegado, X" ("su" is the company's)
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?:salida|marcha|dimisión|renuncia|destitución|despido|cese|jubilación|relevo)\s+"
        rf"(?:de|del)\s+(?:su|sus)\s+{MOD}{ROLE}{MOD_AFTER},?\s+{{p:P}}", "p", "c", "former",
        keys=frozenset({"salida", "marcha", "dimisión", "renuncia", "destitución", "despido", "cese", "jubilación",
                        "relevo"})),
    Cue(WORKS_AT, rf"⟦[PU]\d+⟧~~\b{_RELIEF}\s+(?:de|a)\s+{{p:P}}\s+{_POST_AT}", "p", "c", "former",
        keys=frozenset({"relevo"})),
    # (the names may come after "entre ellos": "junto a varios exdirectivos de Apple, entre ellos Tang Tan")
    Cue(WORKS_AT, rf"\b(?:los|las|dos|tres|cuatro|varios|varias|unos|unas)\s+{_EX_STAFF_PL}\s+(?:de|del)\s+{{c:C}},?\s+"
        r"(?:(?:entre ellos|entre ellas|entre los que (?:están|figuran)|como|incluidos|incluidas)\s+)?{p:Ps}", "p", "c",
        "former", keys=frozenset({"antiguos", "antiguas", "exingenieros", "exinvestigadores",
                                                       "exempleados", "exdirectivos", "exejecutivos", "excientíficos",
                                                       "ex", "extrabajadores", "exingenieras", "exinvestigadoras",
                                                       "exempleadas", "exdirectivas", "exejecutivas",
                                                       "excientíficas", "extrabajadoras"})),
    # "Samsung compró a la startup X por 300 millones": a company bought for a price (with goods, "comprar a X
    # chips", X is a vendor: loaders.triggers_es)
    Cue(ACQUIRED, r"{buyer:C}~~\b(?:compró|compra|ha comprado|había comprado|comprará)\s+a\s+{tgt:C}\s+(?:en|por)\s+"
        r"(?:unos\s+|cerca de\s+)?⟦\$\d+⟧", "buyer", "tgt", keys=frozenset({"compró", "compra", "comprado", "comprará"})),
    # a company bought with the personal "a" Latin American and Spanish news give it ("Google adquirió a la israelí
    # Wiz", "absorbió a la startup X en 2023"): the object ends the clause or a price or date follows it, so
    # "compró a Nvidia 10.000 chips" (a vendor) does not read as one
    Cue(ACQUIRED, r"{buyer:C}?~~\b(?P<verb>adquiri[óo]|adquiere|adquieren|adquirieron|ha adquirido|han adquirido|"
        r"había adquirido|adquirirá|absorbi[óo]|absorbe|ha absorbido|absorberá|compró|compra|compraron|ha comprado|"
        r"han comprado|había comprado|comprará|adquirir|absorber|comprar)\s+a\s+(?:(?:la|el|los|las)\s+)?"
        # (never a company's staff: "absorberá a los empleados de X" takes people, not the company)
        r"(?!(?:[a-záéíóúñü\-]+\s+){0,2}?(?:empleados|trabajadores|ingenieros|investigadores|equipo|plantilla|personal|"
        r"talento|fundadores|directivos)\b)(?:[a-záéíóúñü\-]+\s+){0,3}?{tgt:C}"
        rf"(?=\s*[,.;:)]|\s*$|\s+(?:por|en|hace|tras|según|y|e|que|para|mediante|después|durante|desde|{_WHEN})\b)",
        "buyer?", "tgt", keys=frozenset({"adquirió", "adquiro", "adquiere", "adquieren", "adquirieron", "adquirido",
                                         "adquirirá", "absorbió", "absorbio", "absorbe", "absorbido", "absorberá",
                                         "compró", "compra", "compraron", "comprado", "comprará", "adquirir",
                                         "absorber", "comprar"})),
    # a company sold, told by its seller: "SK Telecom vendió su filial Sapeon a Rebellions", "acordó vender X al
    # fondo Y" (never a stake: "vendió su participación en X a Y" is no purchase of X)
    Cue(ACQUIRED, r"\b(?:vendió|vende|venderá|vendería|ha vendido|había vendido|han vendido|vendieron|venden|vender)\s+"
        r"(?!(?:[\w\-]+\s+){0,3}?(?:participación|participaciones|acciones|paquete)\b)(?:(?:su|sus|la|el)\s+)?"
        r"(?:[\w\-]+\s+){0,3}?(?:[\w\-]+,\s+)?{tgt:C}(?:,[^,;⟦]{0,60},)?,?\s+(?:a|al)\s+(?:(?:la|el|los)\s+)?{buyer:E}",
        "buyer", "tgt",
        keys=frozenset({"vendió", "vende", "venderá", "vendería", "vendido", "vendieron", "venden", "vender"})),
    # ... and sold as a clitic after a coordinated verb: "montó Ticketea en 2009 y la vendió a Eventbrite"
    Cue(ACQUIRED, r"{tgt:C}[^⟦.;]{0,60}?\s+y\s+(?:(?:luego|después|más tarde|finalmente|años después)\s+)?(?:la|lo)\s+"
        r"(?:vendió|vende|venderá|vendería|ha vendido|había vendido|vendieron|han vendido)\s+(?:a|al)\s+"
        r"(?:(?:la|el|los)\s+)?{buyer:E}", "buyer", "tgt",
        keys=frozenset({"vendió", "vende", "venderá", "vendería", "vendido", "vendieron"})),
    # a joint venture's parents own it: "X y Y anunciaron la creación de Z, una empresa conjunta", "crean Z, una
    # sociedad conjunta al 50 %"
    Cue(INVESTED, r"{inv:Es}?~~\b(?:la creación de|crear|crean|crearon|creará|crearán|lanzan|lanzaron|lanzar|forman|formaron|"
        r"formar|constituyen|constituyeron|constituir)\s+{tgt:C},?\s+(?:una|la|su)\s+(?:nueva\s+)?(?:empresa|sociedad|"
        r"compañía|firma)\s+conjunta", "inv", "tgt", keys=frozenset({"conjunta"})),
    # "X, profesor de la Universidad de Stanford", "X, creador de TVM y hoy profesor en Carnegie Mellon"
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:[^⟦;.,]{{0,40}}?⟦[CU]\d+b?⟧\s+y\s+)?{_NOW}(?:(?:el|la|un|una)\s+)?"
        rf"{_ACADEMIC}{_SUBJECT_AREA}\s+(?:en|de|del)\s+(?:la\s+|el\s+)?{{c:C}}",
        "p", "c", "current", keys=frozenset({"profesor", "profesora", "catedrático", "catedrática", "docente"})),
    # "X se fue a Anthropic", "X, que codirigía el equipo de seguridad, se fue también a la rival Anthropic": the
    # preterite of "irse" is irregular ("fue" is also "ser"'s), so no trigger table inflects it.
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:que|quien)\s+[^;]{{1,120}}?,)?\s+(?:{_ALSO})?se\s+(?:fue|fueron|ha ido|han ido|"
        rf"había ido|habían ido)\s+(?:{_ALSO})?a\s+{_RIVAL}{{c:C}}", "p", "c", "current",
        keys=frozenset({"fue", "fueron", "ido"})),
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:que|quien)\s+[^;]{{1,120}}?,)?\s+(?:{_ALSO})?se\s+(?:irá|irán|va|van)\s+"
        rf"(?:{_ALSO})?a\s+{_RIVAL}{{c:C}}", "p", "c", "incoming", keys=frozenset({"irá", "irán", "va", "van"})),
    # staying on, the person named right before the verb: "X, que codirigía el proyecto, permanece en OpenAI", "X
    # seguirá en Nvidia" (not "los empleados que permanecían en la empresa": the verb's subject is a noun there)
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:que|quien)\s+[^;]{{1,120}}?,)?\s+(?:{_ALSO})?(?:permanece|permanecerá|sigue|seguirá|"
        rf"continúa|continuará|se queda|se quedará|se mantiene|se mantendrá)\s+(?:{_ALSO})?en\s+{{c:C}}", "p", "c",
        "current", keys=frozenset({"permanece", "permanecerá", "sigue", "seguirá", "continúa", "continuará", "queda",
                                   "quedará", "mantiene", "mantendrá"})),
    # leavers named after the verb, each with the title held: "De Cohere se marchan el director financiero, X, y la
    # jefa de producto, Y", "se va también de X su director de tecnología, Y" (the company, if not said, is the one
    # named nearest)
    Cue(WORKS_AT, rf"\b{_GONE}\s+(?:también\s+)?(?:de\s+{{c:C}}?\s*)?(?P<p>{_TITLED}(?:,?\s+(?:y|e)\s+{_TITLED})*)",
        "p", "c?", "former", keys=frozenset({"marcha", "marchan", "va", "van", "sale", "salen", "despide", "despiden"})),
    # the people behind a young company are its founders: "Detrás de Magnific están Javier López y Emilio Nicolás"
    Cue(FOUNDED, r"\bdetrás\s+de\s+{c:C}\s+(?:están|está|estaban|estaba|se encuentran|se encuentra)\s+{p:Ps}", "p", "c",
        keys=frozenset({"detrás"})),
    # two rivals named after what they are to each other: "los dos mayores rivales en el negocio de los sistemas
    # operativos, Apple y Microsoft" (not "los rivales de Nvidia, AMD e Intel", nor "sus rivales, X y Y")
    Cue(COMPETES_WITH, r"\b(?:los|las)\s+(?:dos\s+)?(?:[a-záéíóúñü]+\s+){0,2}?(?:rivales|competidores|competidoras)"
        r"(?:\s+(?:en|de|del)\s+[^⟦,;.]{1,60})?,\s+{a:C}\s+(?:y|e)\s+{b:C}", "a", "b",
        keys=frozenset({"rivales", "competidores", "competidoras"})),
    # a fund partner told with the copula: "Ceze es además socio de riesgo en el fondo Madrona Venture Group"
    Cue(WORKS_AT, rf"{{p:P}},?\s+es\s+(?:{_NOW})?(?:socio|socia)(?:\s+(?:director|directora|gerente|general|de riesgo))?\s+"
        rf"(?:de|en|del)\s+(?:(?:el\s+)?fondo\s+)?{{c:C}}", "p", "c", "current", keys=frozenset({"socio", "socia"})),
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:el\s+|la\s+|su\s+)?{MOD}{_SENIOR_TITLE}{_TITLE_AREA}\s+(?:de|del|en)\s+{{c:C}}",
        "p", "c", "current", keys=frozenset({"sénior", "senior"})),
    # "X, que acumulaba casi 18 años en Google y era director sénior en DeepMind"
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:que|quien)\s+(?:[^;]{{0,60}}?\s+y\s+)?(?:era|fue|había sido)\s+{_SENIOR_TITLE}"
        rf"{_TITLE_AREA}\s+(?:de|del|en)\s+{{c:C}}", "p", "c", "former", keys=frozenset({"sénior", "senior"})),
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:el\s+|la\s+|su\s+)?{MOD}{_REGION_TITLE}\s+{_REGION}\s+(?:de|del)\s+{{c:C}}",
        "p", "c", "current"),
    Cue(FOUNDED, rf"{_FIRST_TITLE}(?:{_NOW})?{_FOUNDER}\s+(?:de|del)\s+(?:(?:la|el)\s+[a-záéíóúñü]+(?:\s+de\s+"
        rf"[a-záéíóúñü]+)?\s+)?{{c:C}}", "p", "c"),
    # (the second title's own "ex" or "antiguo" tells a former job: "fundadora de X y ex directora de producto de Google")
    Cue(WORKS_AT, rf"{_FIRST_TITLE}(?:{_NOW})?(?!{_FOUNDER}|co-?founder|founder){MOD}{ROLE}{MOD_AFTER}\s+(?:de|del|en)\s+{{c:C}}", "p", "c"),
    # (a staff word with no "ex" is a job held now: "director de Cenia e investigador de la Universidad Católica")
    Cue(WORKS_AT, rf"{_FIRST_TITLE}(?:{_NOW})?(?:(?P<mod>ex|antigu[oa])[\s-]*)?{_STAFF}{_STAFF_AREA}\s+(?:de|del|en)\s+"
        rf"(?:la\s+)?{{c:C}}", "p", "c"),
    # the company a person founded, told in a relative whose subject is that person, named before it: "Musk ... OpenAI,
    # la empresa que cofundó en 2015", "X dejó Glovo, la startup que fundó hace una década" (not "la empresa que fundó
    # Y" nor "que fundó su padre": a subject after the verb is someone else; only a time, a partner or the end may follow)
    Cue(FOUNDED, r"{p:P}~~{c:C},\s+(?:la|el|una|un)\s+(?:[a-záéíóúñü]+\s+){0,3}?que\s+(?:fundó|cofundó|co-fundó|creó|"
        r"había fundado|había cofundado|había creado|ayudó a fundar|contribuyó a fundar)"
        + _RELATIVE_END, "p", "c",
        keys=frozenset({"fundó", "cofundó", "co-fundó", "creó", "fundado", "cofundado", "creado", "fundar"})),
    # ... and the one that person runs or ran, or worked at: "Glovo, la empresa que dirige desde 2019", "Glovo, la
    # compañía que dirigió entre 2015 y 2020", "Glovo, la empresa en la que trabajó durante una década"
    Cue(WORKS_AT, r"{p:P}~~{c:C},\s+(?:la|el|una|un)\s+(?:[a-záéíóúñü]+\s+){0,3}?que\s+(?:dirige|preside|encabeza|lidera|"
        r"gestiona)" + _RELATIVE_END, "p", "c", "current",
        keys=frozenset({"dirige", "preside", "encabeza", "lidera", "gestiona"})),
    Cue(WORKS_AT, r"{p:P}~~{c:C},\s+(?:la|el|una|un)\s+(?:[a-záéíóúñü]+\s+){0,3}?(?:que\s+(?:dirigió|presidió|encabezó|"
        r"lideró|había dirigido|había presidido)|(?:en la que|en el que|donde)\s+(?:trabajó|había trabajado))"
        + _RELATIVE_END, "p", "c", "former",
        keys=frozenset({"dirigió", "presidió", "encabezó", "lideró", "dirigido", "presidido", "trabajó", "trabajado"})),
    # a named company called a person's: "Thinking Machines Lab, de Mira Murati, capta ...", "OctoAI, la startup del
    # brasileño Luis Ceze": its head, now (not a fund or a vehicle "de" someone, which is that person's money; nor "de X
    # y Y", a list of founders or owners; nor a bare "la empresa de X" whose company was guessed, often wrongly)
    # ("Berkshire Hathaway, el conglomerado de Warren Buffett")
    Cue(WORKS_AT, r"{c:C},\s+(?:(?:la|el)\s+(?:startup|empresa|compañía|firma|tecnológica|conglomerado|grupo|holding)\s+"
        r"(?:de|del)\s+(?:[a-záéíóúñü]+\s+)?|de\s+)(?:la\s+|el\s+)?{p:P}(?!\s+(?:y|e)\s)", "p", "c", "current"),
    # a company's post named in a relative of possession, the holder in apposition: "Telefónica, cuyo consejero
    # delegado, Marta Gil, anunció ...", "X, cuyos fundadores, A y B, trabajaron en Google" (a copula may join them)
    Cue(WORKS_AT, rf"{{c:C}},\s+(?:cuyo|cuya|cuyos|cuyas)\s+{MOD}{ROLE}{MOD_AFTER},?\s+(?:(?:es|era|fue)\s+)?{{p:P}}", "p",
        "c"),
    Cue(FOUNDED, rf"{{c:C}},\s+(?:cuyo|cuya|cuyos|cuyas)\s+{_FOUNDERS_PL},?\s+(?:(?:son|eran|fueron)\s+)?{{p:Ps}}", "p", "c"),
    # people who run a company named before them, the company a clitic: "fundada por Daniel y William Roberts, que la
    # dirigen como consejeros delegados", "X, quien la preside desde 2019", "Reil y Scherf la dirigen como consejeros
    # delegados" (its company: the one named before them, else the sentence's or the story's)
    Cue(WORKS_AT, r"{p:Ps}(?:,\s+(?:que|quien|quienes))?\s+(?:ya\s+|aún\s+|todavía\s+|hoy\s+)?(?:la|lo)\s+(?P<verb>dirige|dirigen|"
        r"dirigía|dirigían|lidera|lideran|lideraba|lideraban|preside|presiden|presidía|presidían|encabeza|encabezan|"
        r"gestiona|gestionan|codirigen|codirige)\b", "p", "c?", "current", past="former"),
    # a company left before the clause's move, told first: "Tras abandonar Google en 2019, X fundó Y" (the leaver is
    # the clause's person; "X fundó Y tras dejar Google" is read by the leaving verb's frame)
    Cue(WORKS_AT, rf"^\W*(?:[Tt]ras|[Dd]espués de|[Ll]uego de)\s+{_LEAVING}\s+{{c:C}}[^⟦,;.]{{0,30}},\s+{{p:Ps}}", "p", "c",
        "former", keys=frozenset({"tras", "después", "luego"})),
    # ... and who founded it: "su consejero delegado, Charles Kantor, que la fundó junto a Laurent Sifre", "X y Y la
    # crearon en 2019" (the companions are left out: the company a cue guesses for them is often their own past one)
    Cue(FOUNDED, r"{p:Ps}(?:,\s+(?:que|quien|quienes))?\s+(?:ya\s+)?(?:la|lo)\s+" + _FOUNDED_IT + r"\b", "p", "c?"),
    # a company's head told in an apposition: "Nubalia, con Marta Gil al frente,", "X, bajo la dirección de Y,"
    Cue(WORKS_AT, r"{c:C},\s+(?:(?:hoy|ahora|ya)\s+)?con\s+{p:P}\s+(?:al frente|a la cabeza|al mando|como consejer[oa] delegad[oa])\b",
        "p", "c", "current", keys=frozenset({"frente", "cabeza", "mando", "delegado", "delegada"})),
    Cue(WORKS_AT, r"{c:C},\s+(?:(?:hoy|ahora|ya)\s+)?(?:bajo la dirección|bajo el mando|bajo la batuta)\s+de\s+{p:P}", "p",
        "c", "current", keys=frozenset({"mando", "dirección", "batuta"})),
    # companies joining forces for an aim: "Nubalia se une a Telefónica para lanzar ...", "X y Y se unen para crear ..."
    # (not a person joining a company, nor a company joining a consortium with no aim told)
    Cue(PARTNERS_WITH, r"{a:C}~~\bse\s+(?:une|unen|unió|unieron|unirá|unirán|ha unido|han unido)\s+a\s+{b:C}\s+para\s+"
        r"(?!(?:competir|hacer frente|plantar cara)\b)[a-záéíóúñü]+(?:ar|er|ir)\b", "a", "b", keys=frozenset({"une", "unen", "unió",
                                                                                  "unieron", "unirá", "unirán", "unido"})),
    Cue(PARTNERS_WITH, r"{a:C}\s+(?:y|e)\s+{b:C}\s+se\s+(?:unen|unieron|unirán|han unido)\s+para\s+"
        r"(?!(?:competir|hacer frente|plantar cara)\b)[a-záéíóúñü]+(?:ar|er|ir)\b", "a", "b",
        keys=frozenset({"unen", "unieron", "unirán", "unido"})),
    Cue(PARTNERS_WITH, rf"{{a:C}}~~\b{_AGREED}{_AGREEMENT}con\s+{{b:Cs}}\s+(?:[^⟦.;]{{0,40}}?\s+)?{_JOINT_AIM}", "a", "b",
        keys=frozenset({"acuerdo", "pacto"})),
    Cue(PARTNERS_WITH, rf"{{a:C}}\s+(?:y|e)\s+{{b:C}}\s+{_AGREED}{_AGREEMENT}{_JOINT_AIM}", "a", "b",
        keys=frozenset({"acuerdo", "pacto"})),
    # a deal's other party who will use what the subject has: "un contrato de cinco años con Microsoft, que utilizará su
    # infraestructura de GPU" (the possessive is the subject's; Microsoft is the client)
    Cue(CLIENT_OF, r"{v:C}~~\b(?:contratos?|acuerdos?|pactos?)\b(?:[^⟦.;]|⟦\$\d+⟧){0,80}?\bcon\s+{cl:C},\s+que\s+"
        r"(?:utilizará|usará|empleará|aprovechará|utiliza|usa|emplea|alquilará|alquila|desplegará)\s+(?:su|sus)\s",
        "cl", "v", "active", keys=frozenset({"contrato", "contratos", "acuerdo", "acuerdos", "pacto", "pactos"})),
    # a company born as its founders' project: "Magnific nació en 2023 como un proyecto de dos emprendedores
    # españoles, Javi López y Emilio Nicolás"
    Cue(FOUNDED, r"{c:C}~~\b(?:nació|nacieron|surgió|arrancó|empezó|comenzó)\s+(?:[^⟦.;]{0,40}?\s+)?como\s+(?:un|una)\s+"
        r"(?:proyecto|idea|iniciativa)\s+(?:personal\s+|paralelo\s+)?de\s+(?:[^⟦,;.]{1,50},\s+)?{p:Pl}", "p", "c",
        keys=frozenset({"proyecto", "idea", "iniciativa"})),
    # a project studied or built together, the partner right after the verb: "SK Telecom explorará con OpenAI la
    # construcción de un centro de datos", "estudiarán con la empresa estadounidense el desarrollo de ..."
    Cue(PARTNERS_WITH, r"{a:Cs}~~\b(?:explora|exploran|explorará|explorarán|exploró|exploraron|estudia|estudian|estudiará|"
        r"estudiarán|estudió|estudiaron|desarrolla|desarrollan|desarrollará|desarrollarán|desarrolló|desarrollaron|"
        r"codesarrolla|codesarrollará|codesarrollarán|diseñará|diseñarán)\s+con\s+{b:C}\s+(?:el|la|los|las|un|una|nuevos?|"
        r"nuevas?)\s+(?:[\w\-]+\s+){0,2}?(?:construcción|desarrollo|creación|diseño|despliegue|lanzamiento|posibilidad|"
        r"proyectos?|centros?|modelos?|herramientas|soluciones|sistemas?|chips?|plataformas?)\b", "a", "b",
        keys=frozenset({"con"})),
    # compute committed with named sellers: "ha comprometido cientos de miles de millones de dólares en capacidad de
    # computación con socios como Nvidia, AMD, Broadcom y Oracle"
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:ha comprometido|han comprometido|comprometió|comprometieron|compromete|comprometerá|"
        r"ha gastado|gastará|gasta)\s+(?:[^⟦.;]|⟦\$\d+⟧){0,70}?\s+en\s+(?:capacidad de (?:computación|cálculo|cómputo)|"
        r"computación|cómputo|chips|GPU|nube|centros de datos|infraestructura)\b[^⟦.;]{0,30}?\bcon\s+"
        r"(?:(?:socios|proveedores|empresas|compañías)\s+(?:como|tales como)\s+)?{v:Cs}", "cl", "v", "active",
        keys=frozenset({"comprometido", "comprometió", "comprometieron", "compromete", "comprometerá", "gastado",
                        "gastará", "gasta"})),
    # deals with suppliers named as examples: "ha multiplicado los acuerdos con proveedores externos de capacidad, como
    # Nebius y Nscale" (each one named sells to the subject)
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:acuerdos?|contratos?|alianzas?)\s+con\s+(?:[\w\-]+\s+){0,2}?(?:proveedores|"
        r"suministradores|fabricantes|vendedores)\b[^⟦.;]{0,50}?,?\s+(?:como|entre ellos|tales como)\s+{v:Cs}",
        "cl", "v", "active", keys=frozenset({"proveedores", "suministradores", "fabricantes", "vendedores"})),
]
