"""Spanish cues for past jobs told as the sentence's predicate ("X fue alto ejecutivo de Mercari").

Kept apart from loaders/cues_es.py and loaders/cues_es_more.py, which are full.
"""

from __future__ import annotations

from graph.schema import WORKS_AT
from loaders.cues import Cue
from loaders.cues_es import _LEAVE_POST, _STAFF, _STAFF_AREA, _STAFF_PL
from loaders.title_words import MOD, ROLE

# The part of a company a person may run without a title of its own: "dirigió la investigación de Stability AI".
_UNIT = (r"(?:investigación|equipo|equipos|división|área|departamento|laboratorio|unidad|negocio|operaciones|"
         r"ingeniería|estrategia)")

# Staff words news adds for senior people who hold no named title: "alto ejecutivo", "alta directiva".
_SENIOR_STAFF = rf"(?:(?:alt[oa]\s+)?(?:ejecutiv[oa]|directiv[oa]|cargo)|{_STAFF})"

CUES: list[Cue] = [
    # the person's job in the past, told as what the person was (after an apposition on the person, which may say
    # the present job): "Ren Ito, director de operaciones, fue alto ejecutivo de Mercari", "X fue ingeniero de Google
    # y de Meta"
    Cue(WORKS_AT, rf"{{p:P}}(?:,\s+(?:[^⟦;.]|⟦[CU]\d+b?⟧){{1,60}}?,)?\s+(?P<verb>fue|había sido|ha sido)\s+"
        rf"(?:(?:un|una)\s+)?{_SENIOR_STAFF}{_STAFF_AREA}\s+(?:de|del|en)\s+{{c:Cs}}", "p", "c", "former",
        keys=frozenset({"fue", "sido"})),
    # a later post in a résumé, joined to what the person did before: "trabajó en Google Brain y en Meta, donde
    # participó en PyTorch, y después fue vicepresidente de Alibaba"; or an earlier one: "dirigió X y antes fue director de Y"
    # (the companies of the earlier posts may stand between, no other person)
    Cue(WORKS_AT, rf"{{p:P}}(?:[^⟦;.]|⟦[CU]\d+b?⟧){{1,160}}?,?\s+y\s+"
        rf"(?:después|luego|más tarde|posteriormente|antes|anteriormente)\s+(?P<verb>fue)\s+{MOD}{ROLE}\s+(?:de|del|en)\s+{{c:C}}",
        "p", "c", "former",
        keys=frozenset({"después", "luego", "tarde", "posteriormente", "antes", "anteriormente"})),
    # a unit run, the company after it: "David Ha dirigió la investigación de Stability AI"
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?P<verb>dirigió|dirigía|había dirigido|lideró|lideraba|había liderado|encabezó|"
        rf"dirige|lidera|encabeza)\s+(?:la|el|los|las)\s+{_UNIT}(?:\s+de\s+(?!⟦)[a-záéíóúñü]+){{0,2}}\s+"
        rf"(?:de|del|en)\s+{{c:C}}", "p", "c", "current", past="former",
        keys=frozenset({"dirigió", "dirigía", "dirigido", "lideró", "lideraba", "liderado", "encabezó", "dirige",
                        "lidera", "encabeza"})),
    # a job told by the company's project one worked on: "un ingeniero que trabajó en el robot Optimus de Tesla", "había
    # trabajado en el programa de robots humanoides de X" (not a deal one worked on: "trabajó en la compra de X")
    Cue(WORKS_AT, r"{p:P}~~\b(?P<verb>trabajó|trabajaba|había trabajado|ha trabajado|trabaja)\s+(?:antes\s+|durante\s+años\s+)?"
        r"en\s+(?:el|la|los|las)\s+(?!(?:compra|venta|adquisición|fusión|salida|ronda|operación|oferta|campaña|"
        r"financiación|integración|inversión)\b)(?:[a-záéíóúñü]+\s+){1,4}?(?:(?:⟦U\d+⟧|[A-Z][\w\-]*)\s+)?(?:de|del)\s+{c:C}",
        "p", "c", "current", past="former",
        keys=frozenset({"trabajó", "trabajaba", "trabajado", "trabaja"})),
    # a fronted founding clause whose founder holds a post at the company named after it: "Fundada en 2022 por el
    # colombiano Felipe Lora, quien es su director general, Hyperplane construye ..." ("su" points ahead,
    # so a company it was resolved to before is not the one)
    Cue(WORKS_AT, rf"\b(?:Fundada|Fundado|Creada|Creado|Cofundada|Cofundado)\s+(?:[^⟦.;,]{{0,60}}?\s+)?por\s+"
        rf"(?:[a-záéíóúñü]+\s+){{0,3}}?{{p:P}},\s+(?:(?:que|quien)\s+(?:es|sigue siendo)\s+)?"
        rf"(?:su|sus|⟦C\d+b?⟧)\s+(?:actual\s+)?{ROLE},\s+{{c:C}}", "p", "c", "current",
        keys=frozenset({"fundada", "fundado", "creada", "creado", "cofundada", "cofundado"})),
    # the head named after the post, the sentence opening on it: "Al frente de Humain está Tareq Amin", "Al frente
    # de X estará desde enero Y" (a future verb tells a post not yet taken)
    Cue(WORKS_AT, r"(?:^|[,;]\s+|\by\s+)(?:Al|al)\s+(?:frente|mando)\s+de\s+{c:C}\s+(?:(?:ya|hoy|ahora|todavía|aún)\s+)?"
        r"(?P<verb>está|estaba|estará|sigue|seguirá|continúa|continuará|se encuentra|se encontraba|se sitúa|queda|"
        r"quedará|se mantiene|se mantendrá)\s+(?:[^⟦,;.]{1,40}?\s+)?{p:P}", "p", "c", "current",
        future="incoming", past="former", keys=frozenset({"frente", "mando"})),
    # the post told as what the company has: "G42 tiene como director ejecutivo a Peng Xiao", "X cuenta con Y como
    # consejera delegada", "tiene a Y como presidente"
    # (the company may stand far before, or be the sentence's subject: "G42 está presidida por ..., y tiene como ...")
    *(Cue(WORKS_AT, rf"{{c:C}}?~~\b(?P<verb>tiene|tenía|tendrá|cuenta|contaba|contará)\s+(?:con\s+)?{order}", "p", "c?",
          "current", future="incoming", past="former", keys=frozenset({"como"}))
      for order in (rf"como\s+(?:su\s+)?{MOD}{ROLE}\s+a\s+{{p:P}}", rf"(?:a\s+)?{{p:P}}\s+como\s+(?:su\s+)?{MOD}{ROLE}")),
    # a company called a person's, opening the sentence: "La compañía de Sam Altman sigue de compras" (loaders.resolve
    # reads the description there as the previous sentence's subject); its head now, as for "X, de Mira Murati,"
    Cue(WORKS_AT, r"^\W*{c:C}\s+de\s+{p:P}(?!\s+(?:y|e)\s|\s*,\s*⟦P)", "p", "c", "current"),
    # the head of a group of former staff: "fundada por antiguos empleados de OpenAI con Dario Amodei a la cabeza",
    # "por un grupo de exinvestigadores de Google encabezado por su consejero delegado, X" (X was one of them)
    *(Cue(WORKS_AT, rf"(?:\bantigu[oa]s\s+|\bex-?\s*){_STAFF_PL}\s+de\s+{{c:Cs}},?\s+{head}", "p", "c", "former",
          keys=frozenset({key}))
      for head, key in ((r"con\s+{p:P}\s+a\s+la\s+cabeza", "cabeza"),
                        (rf"(?:encabezad|liderad|dirigid)[oa]s?\s+por\s+(?:(?:su|⟦C\d+b?⟧)\s+{MOD}{ROLE},\s+)?{{p:P}}", "por"))),
    # a post left with no company named: "Pat Gelsinger dejó el puesto el 1 de diciembre" (the story's company)
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_LEAVE_POST}\s+(?:el|su)\s+(?:cargo|puesto|sillón)\b(?!\s+(?:de|del|como|que)\b|\s+en\s+⟦)",
        "p", "c?", "former", keys=frozenset({"cargo", "puesto", "sillón"})),
    # a successor told without the post's company: "dejó el cargo de consejero delegado y fue sustituido por X", "Su
    # puesto en Apple lo ocupará X" (the company of the one who left, which the sentence or the story has named)
    Cue(WORKS_AT, r"\b(?:fue|ha sido|será|había sido)\s+(?P<verb>sustituid[oa]|reemplazad[oa]|relevad[oa])"
        r"(?:\s+en\s+(?:el|ese|su)\s+(?:cargo|puesto))?\s+por\s+{p:P}(?!\s*(?:,\s+)?(?:como|que|quien|en|de|al)\b)",
        "p", "c?", "current", future="incoming",
        keys=frozenset({"sustituido", "sustituida", "reemplazado", "reemplazada", "relevado", "relevada"})),
    Cue(WORKS_AT, r"(?:^|[.;]\s+)\W*(?:Su|su|El|el)\s+(?:puesto|cargo|sillón)(?:\s+en\s+{c:C})?\s+lo\s+"
        r"(?P<verb>ocupará|ocupa|ocupó|ha ocupado|asumirá|asume|asumió|ha asumido)\s+{p:P}", "p", "c?", "current",
        future="incoming", keys=frozenset({"puesto", "cargo", "sillón"})),
    # the one replaced, told by a successor who took a post without its company: "que asumió el cargo en enero en
    # sustitución de X", "llegó a la presidencia en sustitución de X", "pasa a ocupar la presidencia en lugar de X" (the
    # company the sentence or the story has named)
    Cue(WORKS_AT, rf"\b(?:asumió|asume|asumirá|ha asumido|llegó a|llega a|llegará a|pasa a ocupar|pasó a ocupar|"
        rf"pasará a ocupar|se convierte en|se convirtió en|se convertirá en)\s+(?:el\s+cargo|el\s+puesto|la\s+presidencia|"
        rf"la\s+dirección|el\s+mando|{MOD}{ROLE})\b[^⟦.;]{{0,30}}?\s+(?:en\s+sustitución\s+de|en\s+lugar\s+de|en\s+"
        rf"reemplazo\s+de|en\s+relevo\s+de)\s+{{p:P}}", "p", "c?", "former",
        keys=frozenset({"sustitución", "lugar", "reemplazo", "relevo"})),
]
