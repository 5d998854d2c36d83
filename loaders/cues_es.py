"""Spanish cue patterns for phrasings the generic frames (loaders.frames) do not cover.

Most of what Spanish news says is found by the triggers of loaders/triggers_es.py in every frame;
these hand-written cues remain for constructions no frame expresses ("Entre los inversores figuran",
lists after "la ronda", "tomó una decisión similar"...). Each was kept because it finds claims on
the train split that no frame finds.
"""

from __future__ import annotations

from graph.schema import CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH, WORKS_AT
from loaders.cues import Cue
from loaders.title_words import MOD, MOD_AFTER, ROLE, TITLE
from loaders.triggers_es import _WHEN

_RAISE = (r"(?:recaud[óa]|recaudará|ha recaudado|levant[óa]|ha levantado|obtuvo|ha obtenido|cerr[óo]|"
          r"ha cerrado|capt[óo]|ha captado|consigui[óo]|logr[óo])")

# (a person after "el fondo de" owns the item, he is not it: "liderada por el fondo de Daniel Ek")
_DP = r"(?:(?:el|la|los|las|un|una)\s+(?:[a-záéíóúñü\-]+\s+){0,5}?(?:(?<!\bde )(?<!\bdel )|(?=⟦C)))?"
# An item may carry its own apposition ("HP Tech Ventures, el brazo inversor de HP, ...").
_ITEM_APPOS = r"(?:,\s*(?:el|la|los|las|un|una)\s+[^,⟦]{1,60}(?=,))?"
# Staff who hold no title ("investigadora de OpenAI", "dos antiguos ingenieros de Google", "académico de la
# Universidad de Chile", as Latin America calls faculty): the job is at the
# company all the same. An area may follow the noun ("ingeniero de investigación en FAIR"). A quoted analyst's trade
# is one too ("X, gestor de la firma de inversión Y", "Z, consultora de la firma W").
_STAFF = (r"(?:investigador(?:a)?|académic[oa]|ingenier[oa]|científic[oa](?:\s+investigador(?:a)?)?|emplead[oa]|directiv[oa]|"
          r"programador(?:a)?|desarrollador(?:a)?|portavoz|analista|gestor(?:a)?|consultor(?:a)?|director(?:a)?(?=\s+s[ée]nior))"
          r"(?:\s+(?:sénior|senior|principal|jefe))?")
# the article of a name that opens with its kind: "la Universidad de Washington", "la Fundación X"
_NAMED_BY_KIND = r"(?:la\s+(?=⟦C\d+b?⟧))?"
_POST_BEFORE = r"(?:(?:[a-záéíóúñü]+\s+){1,5}(?:de|del)\s+⟦C\d+b?⟧,\s+(?=(?:un|una)\s+))?"
_STAFF_PL = r"(?:investigador(?:es|as)|ingenier[oa]s|científic[oa]s|emplead[oa]s|directiv[oa]s)"
# (the area may be a sector or a region: "analista del sector biotecnológico en X", "analista para Asia de Y")
_STAFF_AREA = (r"(?:\s+(?:de|del)\s+(?!⟦)[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)?|"
               r"\s+para\s+(?!⟦)[A-ZÁÉÍÓÚ][a-záéíóúñü]+(?:\s+[A-ZÁÉÍÓÚ][a-záéíóúñü]+)?)?")
_AS_JOB = (r"(?:(?:antes|anteriormente|durante\s+[\w ]{1,20}?)\s+)?como\s+(?:[\w\-]+\s+){1,4}?(?:en|para)\s+"
           r"(?P<c>⟦[CU]\d+b?⟧(?:,\s*(?:en\s+)?⟦[CU]\d+b?⟧)*(?:\s+(?:y|e)\s+(?:en\s+|para\s+)?⟦[CU]\d+b?⟧)?)")
# people named one after the other, each maybe with a short lower-case apposition ("X, su consejero delegado, y Y";
# the possessive may come masked as the company it was resolved to)
_PERSON_ITEM = r"⟦[PU]\d+⟧(?:,\s*(?:⟦C\d+b?⟧\s+)?[a-záéíóúñü][^,⟦;.]{0,40}?(?=,))?"
_PEOPLE = rf"{_PERSON_ITEM}(?:(?:,\s*|,?\s+(?:y|e)\s+){_PERSON_ITEM})*"

_COUNTED = r"(?:(?:los\s+|sus\s+)?(?:dos|tres|cuatro|cinco|seis|siete|ocho)\s+[^⟦,;.:]{1,60}?[,:]\s+)?"
# (a name of unknown kind inside the list, never at its end: "repiten Accel, Plural y General Catalyst")
# (the list may open with the group it counts: "La ronda la encabezan tres fondos de Silicon Valley, X, Y y Z")
_ITEMS = (rf"{_COUNTED}{_DP}⟦[CP]\d+b?⟧{_ITEM_APPOS}(?:(?:,\s*|,?\s+(?:y|e|además de|así como)\s+){_DP}(?:⟦C\d+b?⟧\s+)?"
          rf"(?:⟦[CP]\d+b?⟧|⟦U\d+b?⟧(?=(?:,\s*|,?\s+(?:y|e)\s+)⟦[CP])){_ITEM_APPOS})*")

# kinds of backers a list may be told as: "figuras como X", "grandes tecnológicas como Y"
_BACKER_KIND = (r"(?:figuras|nombres|personalidades|inversores(?:\s+[a-záéíóúñü]+)?|fondos|empresarios|ángeles inversores|"
                r"business angels|particulares|(?:grandes\s+)?tecnológicas|empresas)")
# the members of a group of backers: any name, known or not, a name spelled with "O'" too ("O'Shaughnessy")
_GROUP_ITEMS = r"⟦[CPU]\d+b?⟧(?:(?:,\s*|,?\s+(?:y|e)\s+)(?:[A-Z]['’])?⟦[CPU]\d+b?⟧)*"
# A meeting is not a round: "En el encuentro participó también X", "X participó en la reunión".
_MEETING_WORDS = ("encuentro", "reunión", "evento", "acto", "foro", "cumbre", "conferencia", "debate", "panel",
                  "presentación", "ceremonia", "conversaciones", "negociaciones", "jornada", "mesa redonda")
_MEETING = r"(?:(?:el|la|los|las|un|una|esta|este)\s+)?(?:" + "|".join(_MEETING_WORDS) + r")\b"
_NOT_AT_MEETING = "".join(f"(?<!{word} )" for word in _MEETING_WORDS)

# What one takes part in that is no funding round: "SAP participa en la iniciativa", "participó en la reunión".
_NOT_A_ROUND = (r"(?:el|la|los|las|un|una|esta|este|estas|estos|dicha|dicho)\s+(?!(?:[\w\-]+\s+){0,2}?(?:ronda|operación|"
                r"financiación|ampliación|inversión|serie|capital|accionariado|campaña)\b)")
_COMPETE = r"(?:compite|compiten|competirá|competirán|competía|competían|rivaliza|rivalizan|rivalizará)"
# a product and its maker: "Sora, de OpenAI,", "el chatbot Gemini, de Google"
_PRODUCT_OF = r"(?:(?:el|la|los|las)\s+(?:[a-záéíóúñü]+\s+)?)?[A-Z][^\s,⟦]*(?:\s+[A-Z0-9][^\s,⟦]*){0,2},\s+(?:de|del)\s+"
_LEAVE_POST = (r"(?:deja|dejó|dejará|ha dejado|abandona|abandonó|abandonará|ha abandonado|renuncia a|renunció a|"
               r"renunciará a|ha renunciado a|dimite de|dimitió de|cesa en|cesó en|sale de|salió de|saldrá de)")
_NOT_LEAVING = "".join(f"(?<!{verb} )" for verb in ("deja", "dejó", "dejará", "dejado", "abandona", "abandonó",
                                                      "abandonará", "abandonado", "renuncia a", "renunció a",
                                                      "renunciará a", "renunciado a", "dimite de", "dimitió de",
                                                      "cesa en", "cesó en", "sale de", "salió de", "saldrá de"))
# A company letting its chief go: "X despide a su consejero delegado, Y", "prescinde de su presidenta, Y"
_DISMISS = (r"(?:despide|despidió|ha despedido|destituye|destituyó|ha destituido|cesa|cesó|ha cesado|prescinde de|"
            r"prescindió de|ha prescindido de|aparta|apartó|ha apartado|releva|relevó|ha relevado)")
_APPOINT = (r"nombra|nombró|ha nombrado|nombrará|designa|designó|ha designado|designará|elige|eligió|ha elegido|elegirá|"
            r"ficha|fichó|ha fichado|fichará|contrata|contrató|ha contratado|contratará|asciende|ascendió|ha ascendido|"
            # (the gerund after a verb of outcome: "acabó contratando al consejero delegado de Windsurf, X")
            r"nombrando|designando|fichando|contratando")
_SUCCEED = (r"releva|relevó|relevará|ha relevado|sustituye|sustituyó|sustituirá|ha sustituido|reemplaza|reemplazó|"
            r"reemplazará|ha reemplazado|sucede|sucedió|sucederá|ha sucedido")
CUES: list[Cue] = [
    # -- investments ---------------------------------------------------------
    Cue(INVESTED, rf"{{tgt:C}}~~\b{_RAISE}\b~~\b(?:liderada|encabezada|liderado|encabezado|respaldada|"
        r"con la participación|de inversores como|procedentes de|aportados por|por parte de|de la mano de)\b"
        r"(?:\s+(?:por|de))?~{inv:Cs}", "inv", "tgt"),
    # money received from someone: "OpenAI, que ha recibido unos 13.000 millones de dólares de Microsoft" (not
    # "recibió 2.000 millones en pedidos de Microsoft", a sale)
    # ... or raised from them: "ha captado 10 millones de euros de Seaya y Kibo" (nor profits, grants or aid)
    Cue(INVESTED, r"{tgt:C}~~\b(?:ha recibido|han recibido|había recibido|recibió|recibieron|recibe|reciben|recibirá|"
        r"(?:ha|han|había)\s+(?:captado|levantado|obtenido|conseguido|recaudado|logrado)|captó|levantó|obtuvo|consiguió|"
        r"recaudó|logró)\s+(?:unos\s+|unas\s+|cerca de\s+|casi\s+|más de\s+|hasta\s+|otros\s+)?⟦\$\d+⟧\s+"
        r"(?:(?:(?!ingresos|ventas|pedidos|contratos?|licencias?|multas?|indemniz|beneficios?|facturación|subvenci|"
        r"ayudas?|préstamos?|crédito|deuda)[^⟦.;]){0,30}?\s+)?"
        r"(?:de|del|por parte de|procedentes de)\s+{inv:Es}", "inv", "tgt"),  # not sales, fees or fines
    # -- employment ------------------------------------------------------------
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:el\s+|la\s+|su\s+)?{MOD}{ROLE}{MOD_AFTER}\s+(?:y\s+\w+\s+)?(?:de|del|en)\s+{{c:C}}",
        "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}},\s+{{c:C}}\s+{MOD}{ROLE}{MOD_AFTER}(?!\s+⟦[PU])", "p", "c"),
    Cue(WORKS_AT, rf"\b(?:el|la)\s+{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"{{c:C}}\s+{MOD}{ROLE}{MOD_AFTER},?\s+{{p:P}}", "p", "c"),
    # a company's post named in a relative: "Adept, cuyo consejero delegado, David Luan, se unió al grupo"
    Cue(WORKS_AT, rf"{{c:C}},\s+(?:cuyo|cuya|cuyos|cuyas)\s+{MOD}{ROLE}{MOD_AFTER},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, r"\b(?:incorporación|entrada|llegada|fichaje|nombramiento)\s+de\s+(?:⟦C\d+⟧\s+\w+,\s+)?"
        r"{p:P},?\s+(?:a|en)\s+(?:la directiva de\s+|el equipo de\s+|la cúpula de\s+)?{c:C}", "p", "c", "current"),
    # (a staff word may cover several companies: "X, exdirectiva de Google y Meta")
    # (a company named by what it is takes its article: "investigador de la Universidad de Stanford")
    # (the staff word may come in a second apposition, after the present post: "X, fundador de Y, un antiguo directivo
    # de Apple")
    Cue(WORKS_AT, rf"{{p:P}},\s+{_POST_BEFORE}(?:(?:un|una|el|la)\s+)?(?:(?P<mod>antigu[oa]|ex)[\s-]*)?{_STAFF}{_STAFF_AREA}\s+"
        rf"(?:de|del|en)\s+{_NAMED_BY_KIND}{{c:Cs}}", "p", "c"),
    Cue(WORKS_AT, rf"\b(?:el|la|al|del)\s+(?:(?P<mod>antigu[oa]|ex)[\s-]*)?{_STAFF}\s+(?:de|del)\s+{_NAMED_BY_KIND}{{c:C}},?\s+"
        r"{p:P}", "p",
        "c"),
    # "X, que había sido científico investigador en DeepMind durante un año": a past job in a relative clause
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:que|quien)\s+(?P<verb>era|fue|había sido|es)\s+(?:(?:un|una)\s+)?{_STAFF}{_STAFF_AREA}\s+"
        rf"(?:de|del|en)\s+{{c:C}}", "p", "c"),
    Cue(WORKS_AT, rf"(?P<p>{_PEOPLE}),\s+(?:(?:dos|tres|cuatro|ambos|los dos|los tres)\s+)?(?P<mod>antiguos|antiguas|ex)"
        rf"[\s-]*{_STAFF_PL}{_STAFF_AREA}\s+(?:de|del|en)\s+{{c:C}}", "p", "c"),
    # "trabajó como investigador en Google DeepMind y en OpenAI": a job told by what the person did there, at
    # one or more companies (one person for a singular verb, so "A y B, que trabajó en" is B's job only)
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?P<verb>trabajó|trabajaba|había trabajado|ha trabajado|trabaja|trabajará)\s+"
        rf"{_AS_JOB}", "p", "c", "current", past="former"),
    Cue(WORKS_AT, rf"{{p:Ps}}~~\b(?P<verb>trabajaron|trabajaban|habían trabajado|han trabajado|trabajan)\s+"
        rf"{_AS_JOB}", "p", "c", "current", past="former"),
    # "X, cofundador de OpenAI y hoy al frente de Safe Superintelligence", "X, al frente de Nabla desde 2020"
    Cue(WORKS_AT, r"{p:P},\s+(?:(?:[^,;.⟦]|⟦C\d+b?⟧){0,60}?\s+(?:y|e)\s+)?(?:(?:hoy|ahora|actualmente|ya|aún|todavía)\s+)?"
        r"al\s+frente\s+(?:de|del)\s+{c:C}", "p", "c", "current", keys=frozenset({"frente"})),
    Cue(WORKS_AT, rf"{{c:C}}~~\b{_DISMISS}\s+(?:a\s+)?(?:su|sus|⟦C\d+b?⟧)\s+{MOD}{ROLE}{MOD_AFTER},?\s+{{p:P}}", "p", "c",
        "former"),  # ("su" may come masked as the company the story resolved it to: the subject is meant)
    # "el exconsejero delegado de Google Eric Schmidt": "ex" written joined to the title, as the RAE now asks
    Cue(WORKS_AT, rf"\b(?:el|la|del|al)\s+(?P<mod>ex){ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    # a hire described by a past job: "Amazon ha fichado al exdirectivo de Microsoft Peter Lee"
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?P<verb>{_APPOINT})\s+(?:a|al)\s+(?:(?:la|el)\s+)?(?:ex|antigu[oa]\s+)?[\w\-]+\s+"
        rf"(?:[\w\-]+\s+)?(?:de|del)\s+⟦[CU]\d+b?⟧,?\s+{{p:P}}", "p", "c", "current", future="incoming"),
    # a hire named after the title they held ("fichó a su consejero delegado, X", "contrató al cofundador y
    # consejero delegado de Windsurf, X"): the title is the old job, the hiring company the new one
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?P<verb>{_APPOINT}|contratara|fichara|recluta|reclutó|ha reclutado|se lleva|se llevó|"
        rf"se ha llevado)\s+(?:{_WHEN}\s+)?(?:a|al)\s+(?:(?:su|sus|la|el)\s+|⟦C\d+b?⟧\s+)?(?:(?:antigu[oa]|ex)[\s-]+)?{TITLE}"
        rf"(?:\s+(?:y|e)\s+(?:(?:hasta\s+(?:ahora|entonces)|antigu[oa]|ex)\s+)?{TITLE})?(?:\s+(?:de|del)\s+⟦[CU]\d+b?⟧)?,"
        rf"\s+{{p:P}}", "p", "c", "current", future="incoming"),
    # a job that has just ended: "X, hasta ahora consejero delegado de Y", "X, hasta ahora en Y"
    # ... also after a founder's title: "X es cofundador y hasta ahora consejero delegado de Y" (still a founder)
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:que\s+)?|\s+)(?:(?:es|era|fue|había sido)\s+)?(?:(?:el|la|su)\s+)?"
        rf"(?:co-?fundador(?:a)?\s+y\s+|fundador(?:a)?\s+y\s+|[a-záéíóúñü][^,⟦;.]{{0,40}}?⟦C\d+b?⟧\s+y\s+)?"  # ("profesor de X y ...")
        rf"hasta\s+(?:ahora|hace\s+poco)\s+(?:(?:el|la|su)\s+)?"
        rf"(?:{ROLE}{MOD_AFTER}\s+(?:de|del|en)|en)\s+{{c:C}}", "p", "c", "former", keys=frozenset({"hasta"})),
    Cue(FOUNDED, rf"{{p:P}}(?:,\s+(?:que\s+)?|\s+)(?:(?:es|era|fue)\s+)?(?:(?:el|la|su)\s+)?(?:co-?fundador(?:a)?|fundador(?:a)?)"
        rf"\s+y\s+(?:hasta\s+(?:ahora|hace\s+poco)|actual|antigu[oa])\s+{TITLE}\s+(?:de|del)\s+{{c:C}}", "p", "c",
        keys=frozenset({"hasta", "actual", "antiguo", "antigua"})),
    # a successor and the one replaced: "X releva a Y al frente de Z", "sustituirá a Y como consejero delegado de Z"
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?P<verb>{_SUCCEED})\s+a\s+⟦[PU]\d+⟧\s+(?:al frente|como\s+{MOD}{ROLE})\s+(?:de|del)\s+{{c:C}}",
        "p", "c", "current", future="incoming"),
    Cue(WORKS_AT, rf"⟦[PU]\d+⟧~~\b(?:{_SUCCEED})\s+a\s+{{p:P}}\s+(?:al frente|como\s+{MOD}{ROLE})\s+(?:de|del)\s+{{c:C}}",
        "p", "c", "former"),
    # -- founders --------------------------------------------------------------
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada)\s+(?:en\s+\d{4}\s+)?por\s+{p:Ps}", "p", "c"),
    # the co-founders after an object relative: "Nuvolar, el laboratorio que X fundó en 2013 junto a Y"
    Cue(FOUNDED, r"{c:C},\s+(?:el|la)\s+[^,⟦;.]{1,60}?\s+que\s+⟦[PU]\d+⟧\s+(?:cofundó|fundó|creó|había fundado|"
        r"ha fundado|había cofundado|ha cofundado)\s+(?:en\s+\d{4}\s+)?(?:junto\s+(?:a|con)|con)\s+{p:Ps}", "p", "c"),
    # -- clients and vendors ---------------------------------------------------
    Cue(CLIENT_OF, r"{cl:Cs}~~\b(?:evalúa|evalúan|estudia|estudian|considera|consideran|busca|buscan|explora|"
        r"exploran|sopesa|sopesan|analiza|analizan)\s+(?:alternativas|proveedores alternativos|otros proveedores|"
        r"sustitutos|reemplazar|sustituir)\s+(?:a|de|para)?\s*{v:C}", "cl", "v", "reconsidering"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:gastar|gasta|gastó|gastará|pagar|paga|pagó|pagará|destinar)\b~~\bcon\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:continuará|seguirá|sigue|continúa)\s+(?:trabajando|colaborando|contando|usando)\s+"
        r"(?:con\s+)?{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:compra|compró|comprará|adquiere|usa|utiliza|emplea|encarg[óa])\s+(?:chips|GPU|"
        r"GPUs|servicios|procesadores|modelos|datos|servidores|capacidad)\b~~\b(?:de|a)\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:firm[óa]|ha firmado|cerr[óo])\s+un\s+contrato\b~~\bcon\s+{v:C}"
        r"(?!\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:proporcionar|suministrar|proveer|ofrecer|vender|entregar|alquilar|prestar))",
        "cl", "v", "active"),
    # -- competition and partnership --------------------------------------------
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:compite|competirá|compiten|competía|rivaliza)\s+(?:directamente\s+)?con\s+{b:Cs}",
        "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:alianza|asociación|acuerdo de colaboración)\s+(?:estratégica\s+)?(?:\w+\s+){0,2}?"
        r"con\s+{b:Cs}", "a", "b"),
    # -- more investments ------------------------------------------------------
    # backers of another kind after a round's list: "de inversores como X e Y, además de figuras como A, B y C"
    Cue(INVESTED, rf"{{tgt:C}}~~\b(?:inversores|fondos|accionistas|patrocinadores)\s+(?:[\w\-]+\s+){{0,2}}?como\s+{_ITEMS},?\s+"
        rf"(?:además de|así como|y)\s+{_BACKER_KIND}\s+como\s+(?P<inv>{_ITEMS})", "inv", "tgt"),
    # a company's standing backers: "X cuenta con el respaldo de Alibaba y Tencent", "contaba con el respaldo de
    # figuras como A y B" (support alone, "con el apoyo de su consejo", is no money); the company may be the subject
    # of a first verb the support's is coordinated with: "X levantó ... de inversores como Y, y contaba con ..."
    Cue(INVESTED, rf"{{tgt:C}}(?:~~|(?:[^.;⟦]|⟦(?:[CU]|\$)\d+b?⟧){{0,160}}?,?\s+y\s+)\b(?:cuenta|cuentan|contaba|contaban|"
        rf"ha contado|había contado|contó)\s+(?:ya\s+|también\s+|además\s+)?con\s+el\s+(?:respaldo|apoyo financiero)\s+"
        rf"(?:financiero\s+)?de\s+(?:{_BACKER_KIND}\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?como\s+)?(?P<inv>{_ITEMS})", "inv", "tgt"),
    # a group of backers named by who heads or forms it, then what the group puts in: "Un grupo de inversores
    # encabezado por X, Y y Z ha acordado inyectar capital en la compañía" (every item backs it, not the last alone)
    Cue(INVESTED, rf"\b(?:grupo|consorcio|sindicato)\s+(?:de\s+(?:inversores|inversionistas|fondos)\s+)?(?:encabezado|"
        rf"liderado|formado|integrado|compuesto)\s+por\s+(?P<inv>{_GROUP_ITEMS})~~\b(?:invertir|inyectar|aportar|invertirá|"
        rf"inyectará|aportará|invierte|inyecta|invirtió|inyectó|ha invertido|ha inyectado|han invertido)\b"
        rf"(?:\s+[^⟦.;]{{0,60}}?)?\s+en\s+{{tgt:C}}", "inv", "tgt"),
    Cue(INVESTED, rf"\b(?:ronda|operación|financiación|financiamiento|inversión|ampliación de capital)\b~~\b(?:liderada|"
        rf"encabezada|liderado|encabezado|dirigida|coliderada|codirigida)\s+por\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    # (an apposition on the round may name its company: "En la operación, la serie D de la compañía, han participado")
    Cue(INVESTED, rf"\b(?:ronda|operación|financiación|financiamiento|ampliación de capital)\b"
        rf"(?:,\s+(?:la|el|su)\s+[^⟦,;.]{{1,40}}?⟦C\d+b?⟧,)?~~\b(?:han participado|participaron|participan|ha participado|"
        rf"participó|han invertido|figuran|han entrado|entraron|entran|entra|entró|ha entrado|"
        # returning and joining investors: "En la ronda repiten X e Y", "se suman Z"; the list after a colon that
        # introduces it: "han participado también inversores que ya estaban en su capital: los fondos X, Y y Z"
        rf"repiten|repite|repitieron|repitió|han repetido|se suman|se sumaron|se suma|se sumó|se han sumado|"
        rf"acuden|acudieron|acude|acudió|han acudido)\s+(?:también\s+)?(?:[^⟦.;:]{{1,60}}?:\s+)?(?P<inv>{_ITEMS})", "inv", "tgt?"),
    # an investor's share of a round the sentence does not name again: "así como SoftBank, que planea invertir
    # 500 millones", "X, que aportará unos 1.000 millones" (the company is the one raising)
    Cue(INVESTED, r"{inv:Es},\s+que\s+(?:también\s+)?(?:(?:planea|prevé|va a|tiene previsto|pretende)\s+)?"
        r"(?:invertir|aportar|poner|invertirá|aportará|pondrá|invirtió|aportó|puso|ha invertido|ha aportado|ha puesto)\s+"
        r"(?:unos\s+|unas\s+|hasta\s+|cerca de\s+|alrededor de\s+|otros\s+)?⟦\$\d+⟧(?!\s+(?:en|a|al)\s)", "inv", "tgt?",
        keys=frozenset({"invertir", "aportar", "poner", "invertirá", "aportará", "pondrá", "invirtió", "aportó", "puso",
                        "invertido", "aportado", "puesto"})),
    # a holder named as what it is to the company: "Prosus, que tiene en Naspers a su accionista de control",
    # "Nuvolar tiene en Telefónica a su principal inversor"
    Cue(INVESTED, r"{tgt:C},?\s+(?:que\s+)?(?:tiene|tenía|tienen|tendrá)\s+en\s+{inv:Es}\s+a\s+"
        r"(?:su|sus|uno de sus|(?:uno de\s+)?⟦C\d+b?⟧)\s+"
        r"(?:(?:principal(?:es)?|mayor(?:es)?|gran(?:des)?|primer|nuevo|nuevos)\s+)?(?:accionista|accionistas|inversor|"
        r"inversores|inversora|socio capitalista|financiador)\b", "inv", "tgt", stative=True),
    # "OpenAI, en la que Microsoft ha invertido 13.000 millones", "en la que Nvidia tiene una participación"
    Cue(INVESTED, r"{tgt:C},?\s+en\s+(?:la|el)\s+(?:que|cual)\s+(?:también\s+|ya\s+)?{inv:Es}\s+(?:también\s+|ya\s+)?"
        r"(?:ha invertido|había invertido|invirtió|invertirá|han invertido|habían invertido|invirtieron|"
        r"(?:tiene|tienen|posee|poseen|mantiene|tenía|poseía|ha tomado|tomó)\s+(?:una|un|el|la|su)\s+"
        r"(?:[\w\-⟦⟧%$0-9]+\s+){0,4}?(?:participación|paquete|porcentaje|acciones|⟦%\d+⟧))", "inv", "tgt",
        keys=frozenset({"que", "cual"})),
    # "Vision-Box, hasta ahora controlada por el fondo X", "está participada por X" (estar + participle)
    Cue(INVESTED, rf"{{tgt:C}}~~\b(?:está|están|estaba|estaban|estará|ha estado|sigue|seguía)\s+(?:mayoritariamente\s+|"
        rf"parcialmente\s+|principalmente\s+)?(?:participad[ao]s?|controlad[ao]s?|respaldad[ao]s?|financiad[ao]s?)\s+"
        rf"(?:mayoritariamente\s+|en parte\s+)?por\s+(?P<inv>{_ITEMS})", "inv", "tgt",
        keys=frozenset({"participada", "participado", "controlada", "controlado", "respaldada", "respaldado",
                        "financiada", "financiado", "participadas", "controladas"})),
    # "Los inversores de X incluyen a A y B"
    Cue(INVESTED, rf"\b(?:inversores|accionistas|patrocinadores|financiadores)\s+(?:de|del)\s+{{tgt:C}}\s+(?:incluyen|incluían|"
        rf"son|eran|cuentan)\s+(?:a\s+|con\s+)?(?P<inv>{_ITEMS})", "inv", "tgt"),
    # a bet on a company, as "apostar por" says: "Daniel Ek dobla su apuesta por Helsing", "la apuesta de X por Y"
    Cue(INVESTED, r"{inv:Es}~~\b(?:dobla|dobló|duplica|duplicó|redobla|redobló|refuerza|reforzó|aumenta|aumentó|amplía|amplió|"
        r"eleva|elevó|mantiene|confirma|renueva|ha doblado|ha redoblado|ha reforzado)\s+(?:su|sus)\s+apuestas?\s+por\s+{tgt:C}",
        "inv", "tgt", keys=frozenset({"apuesta", "apuestas"})),
    Cue(INVESTED, r"\b[Ll]a\s+(?:[\w\-]+\s+)?apuesta\s+de\s+{inv:Es}\s+por\s+{tgt:C}", "inv", "tgt",
        keys=frozenset({"apuesta"})),
    # new shareholders: "Velora suma a Nvidia y Samsung a su accionariado", "incorpora a Nvidia como accionista",
    # "Nvidia entra en Velora con una inversión de ...", "Velora, en cuyo capital participa Nvidia"
    Cue(INVESTED, r"{tgt:C}~~\b(?:suma|sumó|ha sumado|incorpora|incorporó|ha incorporado|da entrada|dio entrada|ha dado entrada)"
        r"\s+a\s+{inv:Es}\s+(?:a\s+su\s+(?:accionariado|capital)|en\s+su\s+(?:accionariado|capital)|como\s+(?:nuev[oa]s?\s+)?"
        r"(?:accionistas?|inversor(?:es|a)?|socios? capitalistas?))", "inv", "tgt",
        keys=frozenset({"accionariado", "capital", "accionista", "accionistas", "inversor", "inversores", "inversora"})),
    Cue(INVESTED, r"{inv:Es}~~\b(?:entra|entró|entrará|ha entrado|entran|entraron)\s+en\s+{tgt:C}\s+con\s+(?:una|un)\s+"
        r"(?:inversión|participación|aportación|paquete)", "inv", "tgt", keys=frozenset({"entra", "entró", "entrará",
                                                                                       "entrado", "entran", "entraron"})),
    Cue(INVESTED, r"{tgt:C},?\s+en\s+cuyo\s+(?:capital|accionariado)\s+(?:también\s+)?(?:participa|participan|participó|"
        r"participaron|está|están|figura|figuran|entró|entraron|ha entrado|han entrado)\s+{inv:Es}", "inv", "tgt",
        keys=frozenset({"cuyo"})),
    # who led the round, told after it: "General Catalyst ha liderado la operación", "La ronda la lidera X",
    # "... a la que se suman Nvidia y Samsung" (the company that raised it is the story's)
    Cue(INVESTED, r"{inv:Es}\s+(?:también\s+)?(?:ha liderado|han liderado|lideró|lideraron|lidera|lideran|encabeza|"
        r"encabezan|encabezó|encabezaron|ha encabezado|han encabezado|ha codirigido|codirigió|ha coliderado|colideró|"
        r"codirige|colidera)\s+(?:la|esta|dicha|una)\s+(?:ronda|operación|financiación|ampliación de capital)\b"
        r"(?!\s+(?:[\w\-]+\s+){0,4}?(?:de|en|para)\s+⟦)", "inv", "tgt?"),
    Cue(INVESTED, rf"\b(?:ronda|operación|financiación)\s+(?:la|lo)\s+(?:lidera|lideran|lideró|lideraron|encabeza|encabezan|"
        rf"encabezó|ha liderado|han liderado|ha encabezado|codirigen|colideran)\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    Cue(INVESTED, rf"\ba\s+la\s+que\s+(?:también\s+)?(?:se suman|se sumaron|se han sumado|se suma|se sumó|se une|se unen|"
        rf"se unieron|acuden|acudieron|se incorporan|se incorporaron)\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    Cue(INVESTED, rf"\bEntre\s+(?:los|sus)\s+(?:inversores|accionistas|socios)\s+(?:figuran|están|se encuentran|destacan|"
        rf"hay)\s+(?P<inv>{_ITEMS})", "inv", "tgt?"),
    # -- more employment -----------------------------------------------------------
    Cue(WORKS_AT, rf"\b(?:el|la|del|al)\s+{MOD}{ROLE}{MOD_AFTER}\s+(?:de|del)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, r"{p:P},?\s+que\s+(?:hoy\s+|ahora\s+|actualmente\s+)?(?:dirige|lidera|preside|encabeza)\s+(?:[\w ]{0,60}?\s+"
        r"de\s+)?{c:C}", "p", "c", "current"),
    Cue(WORKS_AT, r"{p:Ps}~~\b(?P<verb>trabajó|trabajaron|trabajaba|trabajaban|estuvo|estuvieron|había trabajado|habían trabajado)\s+"
        r"(?:[\w ]{0,20}?\s+)?(?:en|para)\s+{c:C}", "p", "c", "former"),
    # a plural relative after several people is said of each: "por X y Z, que antes trabajaron en AI4Bharat"
    Cue(WORKS_AT, rf"(?P<p>{_PEOPLE}),\s+(?:que|quienes)\s+(?:antes\s+|anteriormente\s+|ya\s+|también\s+)?(?:trabajaron|"
        r"habían trabajado|trabajaban|estuvieron)\s+(?:juntos\s+|juntas\s+)?(?:en|para)\s+{c:C}", "p", "c", "former"),
    # (after the person's present title, if any: "X, su consejero delegado, antiguo investigador de Google DeepMind")
    # (a second past employer joined by "y de", maybe after what it is: "antiguo ingeniero de Intel y del banco de
    # inversión Morgan Stanley")
    Cue(WORKS_AT, r"{p:P},\s+(?:(?:⟦C\d+b?⟧|su|sus)\s+[^,⟦;.]{1,40},\s+)?(?:(?:un|una|el|la)\s+)?(?:antigu[oa]|ex)(?:\s*"
        r"[\w\- ]{2,40}?\s+(?:de|del|en)\s+|\s+(?:de|del)\s+|[\s\-])\s*(?P<c>⟦[CU]\d+b?⟧(?:\s+(?:y|e)\s+(?:de|del|de la|en)\s+"
        r"(?:[a-záéíóúñü]+\s+){0,4}?⟦[CU]\d+b?⟧)?)", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},\s+(?:socio|socia)\s+(?:director[a]?\s+|fundador[a]?\s+|gerente\s+)?(?:de|en|del)\s+"
        r"(?:(?:el\s+)?fondo\s+)?{c:C}", "p", "c", "current"),  # ("socio director del fondo Kaszek")
    Cue(WORKS_AT, rf"{{c:C}},?~~\b(?:dirigida|dirigido|liderada|liderado|encabezada|encabezado|presidida|presidido)\s+por\s+"
        rf"(?:{MOD}{ROLE},?\s+)?{{p:P}}", "p", "c", "current"),
    # "... encabezado por su consejero delegado, X": the possessive says whose job it is.
    Cue(WORKS_AT, rf"\b(?:dirigida|dirigido|liderada|liderado|encabezada|encabezado|presidida|presidido)\s+por\s+"
        rf"{{c:C}}\s+{MOD}{ROLE},?\s+{{p:P}}", "p", "c", "current"),
    # "Se unen a Amazon Peter Chen, ...", "Se incorpora a Meta el investigador X": the subject after the verb.
    Cue(WORKS_AT, r"\b[Ss]e\s+(?:une|unen|unió|unieron|unirá|unirán|incorpora|incorporan|incorporó|incorporaron|"
        r"incorporará|incorporarán|suma|suman|sumó|sumaron)\s+(?:también\s+)?a\s+{c:C}\s+"
        r"(?:(?:el|la|los|las)\s+(?:[\w\-]+\s+){1,3}?)?{p:Ps}", "p", "c", "current"),
    # -- more founders ---------------------------------------------------------------
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada|fundado|cofundado|creado)\s+(?:en\s+\d{4}\s+|hace [\w ]+?\s+)?"
        r"por\s+(?:(?:el|la)\s+[\w\- ]{0,40}?(?:de\s+⟦C\d+b?⟧\s+)?)?{p:Ps}", "p", "c"),
    # "fundada en Tokio por X, su consejero delegado, y Y, ..., junto a Z": a founder added after the by-list.
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada|fundado|cofundado|creado)\b[^.;⟦]{0,60}?\bpor\s+⟦[PU]\d+⟧"
        r"[^.;]{0,160}?,\s+junto\s+(?:a|al|con)\s+{p:Ps}", "p", "c"),
    # "fundada en 2021 por un grupo de antiguos empleados de OpenAI encabezado por su consejero delegado, Dario
    # Amodei", "... con Dario Amodei a la cabeza": el nombrado de un grupo de fundadores.
    Cue(FOUNDED, r"{c:C},?~~\b(?:fundada|cofundada|creada|fundado|cofundado|creado)\s+(?:en\s+\d{4}\s+)?por\s+"
        r"(?:un\s+(?:pequeño\s+)?(?:grupo|equipo|puñado)\s+de\s+)?(?:(?:antiguos|ex|varios|dos|tres|cuatro)\s+)*"
        r"(?:empleados|investigadores|ingenieros|directivos|ejecutivos|científicos|veteranos)\s+(?:de\s+⟦C\d+b?⟧\s*)?"
        r"(?:,?\s*(?:encabezados?|liderados?|dirigidos?|entre ellos)\s+(?:por\s+)?(?:⟦C\d+b?⟧\s+(?:[\w\-]+\s+){0,2}?"
        r"[\w\-]+,\s+)?|con\s+(?=⟦P\d+⟧\s+a\s+la\s+cabeza)){p:Ps}", "p", "c"),
    Cue(FOUNDED, r"{c:C},\s+(?:la|el|una|un)\s+[\w ]{0,40}?\s+que\s+{p:P}\s+(?:co)?fund[óa]", "p", "c"),
    # "Velora nació en 2019 de la mano de X y Z": a company born by its founders' hand
    Cue(FOUNDED, r"{c:C},?~~\b(?:nació|nace|surgió|surge|echó a andar|vio la luz)\b(?:[^⟦.;]{0,40}?)?\s+"
        r"de\s+la\s+mano\s+de\s+{p:Ps}", "p", "c", keys=frozenset({"nació", "nace", "surgió", "surge", "andar", "luz"})),
    Cue(FOUNDED, r"{p:P}~~\b(?:fund[óa]|cofund[óa]|creó)\s+{c:C}~~\b(?:junto a|junto al|junto con|con)\s+(?:[\w]+\s+)?{p2:Ps}",
        "p,p2", "c"),
    # a fronted participle whose agent comes with a long apposition, the company after it as the main clause's subject:
    # "Fundada en 2023 por X, egresado de la Universidad Tsinghua con un paso por Google Brain, Moonshot se hizo ..."
    Cue(FOUNDED, r"^\W*(?:fundada|cofundada|creada|fundado|cofundado|creado)\b[^⟦;,]{0,40}?\bpor\s+"
        r"(?:(?:el|la)\s+(?:[a-záéíóúñü]+\s+){1,2}?)?{p:Ps},\s+(?:[^;.]|\.(?=\w)){1,200}?,\s+{c:C}\s+"
        r"(?!(?:y|e|de|del|en|con|a|al)\b)(?=[a-záéíóúñü])", "p", "c",
        keys=frozenset({"fundada", "cofundada", "creada", "fundado", "cofundado", "creado"})),
    # a second title in a person's apposition: "X, cofundador de Kaszek y antes uno de los fundadores de Mercado Libre,"
    # (not a title that opens the next person's: "X, fundador de A, y el cofundador de B, Y")
    Cue(FOUNDED, r"{p:P},\s+(?:[^⟦;.]|⟦C\d+b?⟧){3,100}?\s+(?:y|e)\s+(?:(?:antes|también|además|hoy|ahora|anteriormente)\s+)?"
        r"(?:(?:el|la|uno de los|una de las|uno de sus|una de sus)\s+)?(?:co-?fundador(?:a|es|as)?|fundador(?:a|es|as)?)\s+"
        r"(?:de|del)\s+{c:C}(?!\s*,?\s*⟦[PU])", "p", "c",
        keys=frozenset({"fundador", "fundadora", "fundadores", "fundadoras", "cofundador", "cofundadora", "cofundadores",
                        "cofundadoras", "co-fundador", "co-fundadora"})),
    # the company told first and taken up by a pronoun, its founders after the verb: "Lovable la fundaron X, su consejero
    # delegado, y Y", "A Velora la creó en 2019 X"; or the pronoun alone opening a clause: "La fundaron en 2016 X y Y"
    Cue(FOUNDED, r"(?:(?:^\W*|[,;:]\s+)(?:(?:a|al)\s+)?{c:C},?\s+|(?:^\W*|[;:]\s+))(?:la|lo)\s+(?:fundaron|fundó|cofundaron|cofundó|"
        r"crearon|creó|pusieron en marcha|puso en marcha)\s+(?:(?:en\s+\d{4}|hace\s+(?:[\w\-]+\s+){1,2}?(?:años|meses)),?\s+)?"
        r"(?:(?:el|la|los|las)\s+(?:[a-záéíóúñü]+\s+){1,2}?)?{p:Ps}", "p", "c?",
        keys=frozenset({"fundaron", "fundó", "cofundaron", "cofundó", "crearon", "creó", "pusieron", "puso"})),
    # -- more clients -----------------------------------------------------------------
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:usará|utilizará|usa|utiliza|empleará|emplea|desplegará|despliega|despliegue|"
        r"(?:conversaciones|negociaciones|acuerdo|contrato)\s+para\s+(?:usar|utilizar|emplear|desplegar|alquilar))\s+"
        r"(?:[\w\-]+\s+){0,6}?(?:de|del)\s+{v:C}", "cl", "v", "active",
        keys=frozenset({"usará", "utilizará", "usa", "utiliza", "empleará", "emplea", "desplegará", "despliega",
                        "despliegue", "usar", "utilizar", "emplear", "desplegar", "alquilar"})),
    # a vendor's services or platform relied on: "ha contratado los servicios de Oracle", "se apoyará en la nube de X"
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:contrata|contrató|contratará|ha contratado|contratan|contrataron|se apoya|se apoyan|se apoyó|"
        r"se apoyará|se apoyaba|confía|confió|confiará|depende|dependerá|dependía|recurre|recurrió|recurrirá)\s+"
        r"(?:en|a|de)?\s*(?:los|las|el|la)\s+(?:servicios|nube|chips|servidores|modelos|tecnología|plataforma|"
        r"infraestructura|centros de datos|procesadores|GPU|GPUs|software|sistemas)\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:de|del)\s+{v:C}", "cl", "v", "active",
        keys=frozenset({"servicios", "nube", "chips", "servidores", "modelos", "tecnología", "plataforma",
                        "infraestructura", "centros", "procesadores", "gpu", "gpus", "software", "sistemas"})),
    # a contract awarded or won: "ha adjudicado a Oracle un contrato", "Oracle se ha adjudicado un contrato de Telefónica"
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:adjudica|adjudicó|ha adjudicado|adjudicará|encarga|encargó|ha encargado|encargará|"
        r"encomienda|encomendó|ha encomendado)\s+a\s+{v:C}\s+(?:un|una|el|la|los|las|su|sus)\s+", "cl", "v", "active",
        keys=frozenset({"adjudica", "adjudicó", "adjudicado", "adjudicará", "encarga", "encargó", "encargado", "encargará",
                        "encomienda", "encomendó", "encomendado"})),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:se adjudica|se adjudicó|se ha adjudicado|se adjudicará|gana|ganó|ha ganado|obtiene|obtuvo|"
        r"ha obtenido|consigue|consiguió|ha conseguido|logra|logró|ha logrado)\s+(?:un|una|el|varios|nuevos?)\s+"
        r"(?:contratos?|pedidos?|encargos?)\s+(?:(?:[^⟦.;]|⟦\$\d+⟧){0,40}?\s+)?(?:de|del|con)\s+{cl:C}", "cl", "v", "active",
        keys=frozenset({"contrato", "contratos", "pedido", "pedidos", "encargo", "encargos"})),
    # "firmó con Oracle un contrato de 300 millones": the same as "firmó un contrato con Oracle", said in the other order
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:firm[óa]|ha firmado|firmará|cerr[óo]|ha cerrado|sell[óa]|ha sellado)\s+con\s+{v:C}\s+"
        r"(?:un|el|varios|sendos)\s+(?:contratos?|acuerdos? comerciales?|pedidos?)\b"
        r"(?!\s+(?:[^⟦.;]{0,40}?\s+)?para\s+(?:proporcionar|suministrar|proveer|ofrecer|vender|entregar|alquilar|prestar))",
        "cl", "v", "active", vendor_check=True,
        keys=frozenset({"contrato", "contratos", "acuerdo", "acuerdos", "pedido", "pedidos"})),
    # the same order with a purpose that makes the subject the seller: "firma con Microsoft un contrato de 17.400
    # millones para suministrarle capacidad" (Microsoft is the client)
    Cue(CLIENT_OF, r"{v:C}~~\b(?:firm[óa]|ha firmado|firmará|cerr[óo]|cierra|ha cerrado|sell[óa]|ha sellado)\s+con\s+{cl:C}\s+"
        r"(?:un|el|varios|sendos)\s+(?:contratos?|acuerdos?)\s+(?:[^⟦.;]{0,40}?\s+|⟦\$\d+⟧\s+){0,3}?para\s+(?:proporcionar|"
        r"suministrar|proveer|ofrecer|vender|entregar|alquilar|prestar)(?:le|les)?\b", "cl", "v", "active",
        keys=frozenset({"contrato", "contratos", "acuerdo", "acuerdos"})),
    # a vendor chosen as such: "Telefónica eligió a Oracle como su proveedor de nube"
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:eligió|elige|ha elegido|escogió|escoge|ha escogido|seleccionó|selecciona|ha seleccionado|"
        r"designó|ha designado)\s+a\s+{v:C}\s+como\s+(?:su\s+|⟦C\d+b?⟧\s+)?(?:nuev[oa]\s+|principal\s+|únic[oa]\s+)?"
        r"(?:proveedor|proveedora|suministrador|suministradora)\b", "cl", "v", "active",
        keys=frozenset({"proveedor", "proveedora", "suministrador", "suministradora"})),
]

# "OpenAI tomó una decisión similar": the previous claim, with this subject.
ELLIPSIS = (r"{x:C}~~\b(?:(?:tom[óa]|tomaron|ha tomado|habría tomado)\s+(?:una decisión similar|la misma decisión)|"
            r"(?:hizo|hará|ha hecho)\s+lo mismo)")

# "H Company ha obtenido 220 millones de dólares": later round participants invest in it.
RAISED = (r"{r:C}?~~\b(?:recaud[óa]|recauda|ha recaudado|levant[óa]|levanta|ha levantado|obtuvo|ha obtenido|"
          r"cerr[óo]|ha cerrado|capt[óa]|capta|ha captado|consigui[óo]|ha conseguido|anunci[óo]|"
          r"(?:había|habían|han)\s+(?:recaudado|levantado|captado|obtenido|cerrado|conseguido)|"
          r"(?:acaba|acababa|acaban)\s+de\s+(?:recaudar|levantar|captar|cerrar|obtener|conseguir)|"
          r"recaudaron|levantaron|captaron|cerraron)\b~~"
          r"(?:⟦\$\d+⟧|ronda|financiación)")
