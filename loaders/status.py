"""Certainty, status and role: how a sentence qualifies the relation it states."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.attempt_words import ATTEMPT
from loaders.called_off_words import CALLED_OFF_MORE
from loaders.deal_words import AIM_OF_DEAL
from loaders.literals import search

if TYPE_CHECKING:  # a cue only lends its status fields
    from loaders.cues import Cue

# Hedges that make a claim "reported": attributed to unnamed sources or media.
_REPORTED = re.compile(
    r"\b(?:supuestamente|presuntamente|se ha informado|se informó|ha trascendido|según (?:fuentes|informes|"
    r"medios|la prensa|personas|varios medios|el diario|el periódico|publica|publicó|informa|informó|"
    r"Bloomberg|Reuters|The Information|el Financial Times|The Wall Street Journal)|informes(?: recientes)? "
    r"(?:sugieren|indican|apuntan)|en medio de informes|aparentemente|al parecer|de acuerdo con fuentes|"
    r"fuentes (?:cercanas|conocedoras|próximas)|habría (?:invertido|comprado|adquirido|acordado)|"
    r"reportedly|according to (?:people|sources|reports|a report|media|Bloomberg|Reuters|The Information|"
    r"the Financial Times|The Wall Street Journal|a person|two people|three people)|people familiar with|"
    r"person familiar with|sources (?:said|say|told|familiar)|is said to|are said to|was said to|"
    r"it was reported|was reported|has been reported|reports (?:said|say|suggest)|in talks|"
    r"en conversaciones|en negociaciones|negocia para)\b",
    re.I,
)
_RUMORED = re.compile(
    r"\b(?:rumores de que|según rumores|se rumorea|rumored|rumoured|rumou?rs (?:that|of|say)|"
    r"speculation that|se especula (?:con )?que|may be in talks|podría estar negociando)\b", re.I)

# Sentences that state a deal did not, or may not, happen.
CANCELLED = re.compile(
    r"\b(?:se frustró|se frustraron|fracasó|fracasaron|abandon[óa]\w* (?:las|sus) negociaciones|"
    r"abandon[óa]\w* (?:la|su) (?:compra|adquisición|oferta|operación)|no seguirá adelante|"
    r"no siguió adelante|cancel[óa]\w*|cancelad[oa]|desisti[óo]|renunci[óo] a (?:la|su) (?:compra|adquisición)|"
    r"rompi[óo] las negociaciones|se cayó|"
    r"called off|fell through|falls through|fallen through|abandon(?:s|ed|ing)?|scrapped|scrap|terminat\w*|"
    r"terminated (?:the|its|their) (?:deal|agreement|"
    r"acquisition|merger)|collapsed|walked away|cancel+ed|dropped (?:its|the) (?:bid|deal|offer|plan)|"
    r"did not go ahead|would not proceed|will not proceed|no longer (?:pursue|buy|acquire)|no longer in talks|"
    r"ya no est[áa] en (?:conversaciones|negociaciones)|proh[ií]b\w+|blocked|bloque[óa]\w*|vet[óa]|vetoed|"
    r"torpedo\w*|nothing came of|no prosper[óa]|no fructific\w+|quedó en nada|lost out|"
    r"perdió la puja|walked away|se retir[óa] de la puja|(?:was|were|been) withdrawn|"
    # (each with the deal it gives up: "withdrew its listing paperwork", "renunció a su cargo", "sin renunciar a su
    # independencia", "abandonó el consejo", "frenar la expansión" end no deal)
    r"withdr[ae]wn?\w* (?:from )?(?:(?:its|the|their|a|an)\s+)?(?:[\w\-]+\s+)?(?:bid|offer|proposal|deal|investment|"
    r"takeover|merger|acquisition|backing|support|commitment)s?|"
    r"renunci\w* a (?:(?:la|el|su|sus|los|las)\s+)?(?:[\w\-]+\s+)?(?:compra|adquisición|oferta|operación|fusión|"
    r"inversión|acuerdo|opa|puja|participación|absorción|venta)|la renuncia de [^,.;]{1,40}? a |"
    r"(?:fren|paraliz)\w* (?:(?:la|el|su|sus|los|las)\s+)?(?:[\w\-]+\s+)?(?:compra|adquisición|oferta|operación|"
    r"fusión|inversión|acuerdo|opa|venta|absorción|entrada)|(?:frenad|paralizad)[oa]s?|"
    r"gave up|give up|pulled out|tumb[óa]|se vino abajo|se vinieron abajo|naufrag[óo]|"
    r"no se concret[óo]|nunca se concret[óo]|no se materializ[óo]|nunca se materializ[óo]|"
    r"did not materiali[sz]e|never materiali[sz]ed|never happened|never closed|quedó en suspenso|en suspenso|"
    r"put on hold|(?:is|was) on hold|suspendi[óo]|suspendida|suspended|"
    # a deal named as failed ("the failed takeover of X", "la fallida compra de X", "la operación frustrada")
    r"failed (?:bid|deal|acquisition|takeover|merger|purchase|attempt|investment)|"
    r"(?:fallid|frustrad)[oa]s? (?:compra|adquisición|operación|oferta|fusión|inversión|absorción|venta)|"
    r"(?:compra|adquisición|operación|oferta|fusión|absorción|venta)s? (?:fallid|frustrad)[oa]s?|"
    # ended or annulled after it was agreed: "dieron por terminado el acuerdo", "fue anulada", "never took place"
    r"d(?:io|ieron) por (?:terminad|finalizad|cancelad|rot)[oa]s?|pusieron fin a|puso fin a|anulad[oa]s?|anul(?:ó|aron)|"
    r"rescindi(?:ó|eron|do|da)|(?:no|nunca) se produjo|(?:no|nunca) llegó a (?:producirse|materializarse|cerrarse|"
    r"concretarse|buen puerto)|never took place|did not take place|didn't take place|"
    r"sin (?:llegar a (?:un )?)?acuerdo\b(?!\s+(?:de|con|para))|"
    r"without (?:reaching )?(?:an? )?(?:agreement|deal)\b(?!\s+(?:on|with|to|for))|"
    # talks that ended without a deal
    r"talks (?:broke down|collapsed|ended)|broke off (?:talks|negotiations)|"
    r"(?:ended|halted|cut off|terminated) (?:its |their |the )?(?:talks|negotiations|discussions)|"
    r"(?:rompieron|rompió) (?:las )?(?:negociaciones|conversaciones)|"
    r"(?:negociaciones|conversaciones) se (?:rompieron|interrumpieron)|"
    # failing to close, or an agreement running out: "no logró cerrar la compra", "el acuerdo expiró"
    r"no (?:logr[óo]|lograron|consigui[óo]|consiguieron|pudo|pudieron) (?:cerrar|completar|concretar|culminar|"
    r"comprar|adquirir|cerrar)|expir[óo]|expiraron|caduc[óo]|" + CALLED_OFF_MORE + r")\b",
    re.I,
)

_SPECULATION = r"se especula|especula\w*|especulaciones|speculation"
HYPOTHETICAL = re.compile(
    r"(?:^|[,;:]\s*|\b(?:even|incluso)\s+)(?:si|if)\b|\b(?:podría|podrían|could|would|might|(?-i:may)|hipotétic\w*|"
    # only willing: "estaría dispuesto a invertir", "is open to buying"
    r"dispuest[oa]s? a|willing to|open to|"
    r"hypothetical\w*|whether|sarcastic\w*|joking\w*|in jest|ironic\w*|irónic\w*|en broma|tongue-in-cheek|"
    rf"{_SPECULATION})\b",
    re.I)
SPECULATION = re.compile(rf"\b(?:{_SPECULATION})\b", re.I)
# "La inversión de X en Y quedó en el aire": a deal no longer sure to happen.
UNSETTLED = re.compile(r"\b(?:(?:quedó|queda|está|sigue|quedaba) en el aire|up in the air|in limbo|en el limbo)\b", re.I)
DENIED = re.compile(
    r"\b(?:neg[óo]|negaron|niegan?|negado|desminti[óo]|desmintieron|desmienten?|desmentido|denied|denies|deny|"
    r"dismissed (?:reports|rumou?rs)|"
    r"descart[óa]\w*|descarta\w*|ruled out|rules out|rule out|"
    # (never "declined to comment", "no quiso hacer comentarios": only a deal refused)
    r"(?:declin\w*|refus\w*) to (?:invest|buy|acquire|purchase|participate|join|take part|back|fund)|"
    r"(?:se neg[óo] a|rehus[óo]|no quiso) (?:comprar|adquirir|invertir|participar|entrar|financiar)|"
    r"no plans? to|no tiene (?:planes|intención) de|no intention|ninguna intención|"
    r"rejected (?:reports|claims)|no (?:se\s+)?(?:ha\s+|han\s+|va a\s+)?(?:compr|adquir|invirt|invert|invier|absorb)\w*|"
    r"(?:not|never|n't)\s+(?:\w+\s+)?(?:buy|bought|acquir\w*|invest\w*|purchas\w*)|"
    r"has not (?:invested|bought|acquired))\b", re.I)
PLANNED = re.compile(
    r"\b(?:acord[óa] (?:comprar|adquirir|invertir|vender)|adquirirá|comprará|venderá|"
    r"invertirá|planea|prevé|pretende|tiene previsto|anunció (?:su intención|planes)|"
    r"agreed to (?:buy|acquire|invest|sell)|will (?:buy|acquire|invest|sell)|plans to|planned|intends to|"
    r"to sell|va a vender|"
    r"(?:is|are) expected to|se espera que|está previsto que|(?:was|were) (?:going|set|supposed|due) to|"
    r"iba(?:n)? a (?:invertir|comprar|adquirir|pagar|liderar|entrar|tomar|hacerse)|"
    r"announced (?:plans|a deal|an agreement) to|is set to|expected to close|pending|in talks|"
    r"en conversaciones|en negociaciones|to acquire|to buy|offer(?:ed)? to|bid for|offer for|oferta|opa|OPA|tender offer|takeover bid|ha acordado|acordó|"
    r"quiere|negocia|acuerdo para|acuerdo definitivo para|"
    # sought or weighed, not done: "busca comprar empresas como X", "estudia la compra de X", "sopesa invertir"
    r"(?:busca|buscan|buscaba|buscaban|intenta|intentan|aspira a|aspiran a|estudia|estudian|estudiaba|analiza|"
    r"analizan|explora|exploran|sopesa|sopesan|valora|valoran|evalúa|evalúan|considera|consideran)\s+"
    r"(?:(?:la|una|un|el|su)\s+)?(?:(?:posible|eventual|hipotética)\s+)?(?:compra|comprar|adquisición|adquirir|"
    r"inversión|invertir|entrada|entrar|hacerse|tomar|absorción|absorber|fusión|fusionarse)|"
    # talks and readiness: "mantiene conversaciones para invertir", "habría acordado", "se dispone a comprar"
    r"mantienen? conversaciones|(?:conversaciones|negociaciones) para|habrían? acordado|se disponen? a|"
    # the future of a deal verb ("aportará 500 millones", "participarán en la ronda", "se hará con"), a deal
    # being finished ("ultima la compra de") or a stake to come ("pasará a controlar")
    r"(?:invertir|inyectar|aportar|desembolsar|pagar|financiar|liderar|encabezar|participar|entrar|tomar|"
    r"absorber|controlar|respaldar|comprar|adquirir|har|quedar)án?|ultima|ultiman|ultimaba|ultimaban|ultimando|"
    r"pasará a|pasarán a|pledg(?:e|es|ed|ing)|committed to invest|"
    # promised, intended or announced, not done: "se comprometió a invertir", "intended to invest", "Amazon
    # acordara invertir", "will become a strategic investor", "ha anunciado la adquisición de X"
    r"se comprometi(?:ó|eron) a|se ha(?:n)? comprometido a|intended to|acordara|acordaran|"
    r"will become (?:a|an|its) (?:[\w\-]+ )?(?:investor|shareholder|backer|owner)|signed an agreement to|"
    r"anunciad[oa] la (?:compra|adquisición)|anunci(?:ó|aron) la (?:compra|adquisición)|"
    r"announced (?:the|its) (?:acquisition|purchase|takeover)|to absorb|to merge with|"
    r"(?:aún|todavía) no se ha (?:cerrado|completado)|has(?:n't| not) (?:yet )?(?:closed|been completed)|yet to close|"
    # waiting for a regulator: "pendiente de la aprobación de Bruselas", "subject to regulatory approval"
    r"(?:pendiente|a la espera|sujet[ao]|condicionad[ao])s?\s+(?:de|a)\s+(?:(?:la|el|las|los)\s+)?(?:aprobaci[oó]n|"
    r"autorizaci[oó]n|luz verde|visto bueno|aval)|(?:subject to|awaiting|conditional on)\s+(?:\w+\s+){0,2}?"
    r"(?:approval|clearance|sign-off)|"
    # "OpenAI is acquiring Statsig": a deal under way has not closed.
    r"(?:is|are|'s)\s+(?:\w+ly\s+)?(?:acquiring|buying|purchasing|taking over|investing)|"
    # ... and in the passive: "Wiz is being acquired by Google", "Informatica will be bought by Salesforce"
    r"(?:is|are) being (?:acquired|bought|purchased|taken over)|will be (?:acquired|bought|purchased|taken over))\b", re.I)

CLIENT_RECONSIDERING = re.compile(
    r"\b(?:reconsider\w*|reevalu\w*|replante\w*|consider\w* (?:proveedores alternativos|alternativas|"
    r"otros proveedores|alternatives|other (?:suppliers|vendors|providers))|evalú\w* alternativas|"
    r"busca\w* alternativas|weigh\w* alternatives|explor\w* alternatives|looking for alternatives)\b", re.I)
CLIENT_REDUCING = re.compile(
    r"\b(?:reduc\w* (?:su|sus|its|their) (?:dependencia|reliance|dependence|uso|use|gasto|spending|pedidos|orders|"
    r"compras|purchases|encargos)|"
    r"scal\w* back|cut\w* back)\b", re.I)


_FUTURE_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|would|is set to|are set to|is to|are to|is expected to|are expected to|is poised to|"
    r"plans to|plan to|planned to|agreed to|agrees to|is due to|to|va a|van a|iba a|iban a|pasará a|"
    r"está previsto que|tiene previsto|prevé|se espera que)\s+(?:\w+\s+)?$", re.I)
_FUTURE_AND = re.compile(r"\b(?:will|'ll|is set to|are set to|is expected to|are expected to|plans to|agreed to)\s+"
                         r"[^.;,⟦]{1,50}?\s+and\s+(?:then\s+|later\s+)?$", re.I)
_FUTURE_ES = re.compile(r"^(?:se\s+)?\w+(?:rá|rán|ría|rían)\b", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|ha|han|he|hemos)\s+(?:\w+\s+)?$", re.I)
_PAST_EN = re.compile(r"^(?:\w+ed|led|left|ran|took|bought|quit|held|ran|began|became|made|sold|won|brought)\b", re.I)
_PAST_ES = re.compile(r"^(?:se\s+)?(?:había|habían|hubo)\b|^(?:se\s+)?\w+(?:aba|aban|ía|ían|ó|aron|ieron|é|í)\b",
                      re.I)


_NEGATED = re.compile(r"\b(?:(?:not|n't|never|without|rather than|instead of|no longer|nor|nunca|sin|jamás|"
                      r"en lugar de|en vez de|ni|tampoco)\s+(?:\w+\s+){0,2}|no\s+(?:\w+\s+)?|"
                      # the last of a "neither ... nor" pair: "Neither Microsoft nor Amazon has invested in X"
                      r"\bnor\s+⟦[CPU]\d+b?⟧\s+(?:\w+\s+){0,2}|"
                      # an attempt right before the verb: "intentó reclutar a X", "trató de fichar", "tried to hire"
                      r"(?:intent(?:ó|aron|aba|aban)|había intentado|trat(?:ó|aron) de|quiso|quisieron|"
                      r"tried to|attempted to|sought to|"
                      # a refusal right before it: "Meta passed on investing in X", "decided against buying", "refused to"
                      r"passed on|passes on|passing on|balked at|balks at|decided against|decides against|ruled out|"
                      r"rules out|refused to|refuses to|declined to|declines to|opted against|opts against)\s+)$", re.I)


def negated(before: str) -> bool:
    """Does a negation stand just before a verb ("did not join", "sin comprar", "rather than acquiring")?"""
    return bool(_NEGATED.search(before[-40:]))


def tense(before: str, verb: str, language: str) -> str:
    """future, past or present, from a verb form and the words just before it ("will join", "dirigía")."""
    if _FUTURE_BEFORE.search(before[-40:]) or (language == "es" and _FUTURE_ES.match(verb)):
        return "future"
    if language == "en" and _FUTURE_AND.search(before[-80:]):
        return "future"  # "will step down as chief executive and join Amazon": the second verb shares "will"
    if language == "en" and verb.endswith("ing"):
        # The progressive: "is joining Meta" is a move under way, "was leading" a past job.
        if re.search(r"\b(?:was|were)\s+(?:\w+\s+)?$", before[-16:], re.I):
            return "past"
        if re.search(r"\b(?:is|are|am)\s+(?:\w+\s+)?$", before[-16:], re.I):
            return "future"
    if re.match(r"(?:haber|habiendo|having)\s", verb, re.I):
        return "past"  # the perfect infinitive: "después de haber dirigido iFood" tells of a job that is over
    if _PERFECT_BEFORE.search(before[-20:]):
        return "present"
    if (_PAST_EN if language == "en" else _PAST_ES).match(verb) or re.match(r"(?:había|habían|had)\b", verb, re.I):
        return "past"
    if re.search(r"\b(?:had|había|habían)\s+$", before[-12:], re.I):
        return "past"
    return "present"


def certainty_of(sentence: str) -> str:
    """confirmed, reported or rumored, from the hedges a sentence carries."""
    if search(_RUMORED, sentence):
        return "rumored"
    if _REPORTED.search(sentence):
        return "reported"
    return "confirmed"


# Where one clause ends and another, about another event, begins.
_CLAUSE_BREAK = re.compile(r";|\s(?:después de que|días después|semanas después|tras que|after|days after|weeks after|"
                           r"months after|before|antes de que|while|mientras)\s", re.I)


# A coordinated clause that moves on in time: "compró Arm en 2016 y después intentó venderla a Nvidia" (what it tries
# later is not this deal's status), unless it calls the deal off: "agreed to buy X and later abandoned the deal".
_MOVES_ON = re.compile(r",?\s+(?:y|e|and)\s+(?:después|luego|más tarde|posteriormente|años después|then|later|"
                       r"subsequently|years later)\s", re.I)


def clause_of(sentence: str, start: int, end: int) -> str:
    """The part of a sentence around [start, end) up to the nearest clause breaks."""
    left = max([m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)] or [0])
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    moves_on = next((m.start() for m in _MOVES_ON.finditer(sentence, end, right)), None)
    if moves_on is not None and not CANCELLED.search(sentence, moves_on, right):
        right = moves_on
    return sentence[left:right]


# Spanish conditional ("valoraría", "invertiría"): the deal is not closed.
_CONDITIONAL = re.compile(r"\b\w{3,}(?:aría|ería|iría)n?\b(?<!compañía)(?<!categoría)(?<!mayoría)", re.I)


# "Adobe said on Thursday it would buy Figma": a future reported, not a hypothesis.
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|announced|confirmed|stated|told\s+\w+|added)\s+(?:[\w$]+\s+){0,4}?"
                              r"(?:that\s+)?(?:it|they|he|she|the company|the firm|⟦C\d+b?⟧|\w+)\s+would\b", re.I)


# A regulator or a party trying to stop a deal, which has not stopped it yet: "the FTC sued to block", "busca
# bloquear" (checked before CANCELLED, whose "blocked" and "bloqueó" it contains).
_BLOCK_SOUGHT = re.compile(r"\b(?:(?:sued|sues|suing|moved|moves|seeks|sought|seeking|filed suit|asked a (?:judge|court)|"
                           r"tries|tried|trying|wants) to (?:block|stop|halt)|(?:busca|buscan|buscó|intenta|intentan|intentó|"
                           r"trata de|tratan de|trató de|pidió|pide|piden|solicitó|quiere) (?:bloquear|frenar|impedir|"
                           r"paralizar))\b", re.I)


def calls_off(text: str) -> bool:
    """Whether `text` says a deal was called off (not only that someone seeks to stop it)."""
    return bool(CANCELLED.search(text)) and not _BLOCK_SOUGHT.search(text)


def deal_status(sentence: str) -> str | None:
    """completed, planned or cancelled; None when the sentence denies the deal or only imagines it."""
    if _BLOCK_SOUGHT.search(sentence):
        return "planned"
    if CANCELLED.search(sentence):
        return "cancelled"
    reported = search(_REPORTED_FUTURE, sentence)
    rest = AIM_OF_DEAL.sub(" ", _REPORTED_FUTURE.sub(" ", sentence) if reported else sentence)
    if search(DENIED, sentence) or HYPOTHETICAL.search(rest) or search(ATTEMPT, sentence):
        return None
    if reported or search(PLANNED, sentence) or search(_CONDITIONAL, sentence):
        return "planned"
    return "completed"


_ROLES = [
    (r"director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|chief executive(?: officer)?|CEO|máxim[oa] responsable|"
     r"máxim[oa] ejecutiv[oa]|primer ejecutivo|primera ejecutiva|director(?:a)? general", "CEO"),
    (r"presidente del consejo|chairman of the board|board chair", "board chair"),
    (r"consejer[oa] general|general counsel", "general counsel"),
    (r"director(?:a)? (?:técnic[oa]|de tecnología)|chief technology officer|CTO", "CTO"),
    (r"director(?:a)? financier[oa]|chief financial officer|CFO", "CFO"),
    (r"director(?:a)? de operaciones|chief operating officer|COO", "COO"),
    (r"director(?:a)? científic[oa]|jef[ea] científic[oa]|científic[oa] jefe|chief scientist|"
     r"chief scientific officer", "chief scientist"),
    (r"cofundador(?:a)?|co-fundador(?:a)?|co-founder|cofounder|(?:one of|uno de) .*(?:founders|fundadores)",
     "co-founder"),
    (r"fundador(?:a)?|founder", "founder"),
    (r"presidente ejecutivo|executive chairman", "executive chairman"),
    (r"presidente|presidenta|president", "president"),
    (r"chairman|chairwoman|chair", "chairman"),
    (r"vicepresident[ea]|vice president", "vice president"),
]


def normalize_role(role: str | None, modifier: str | None = None) -> str | None:
    """'director ejecutivo' + 'interino' -> 'interim CEO'; English roles pass through."""
    if not role:
        return None
    text = role.strip()
    out = text
    for pattern, english in _ROLES:
        if re.fullmatch(pattern, text, re.I):
            out = english
            break
    if modifier and re.search(r"interin|interim|acting", modifier, re.I):
        out = f"interim {out}"
    return out


FOUNDER_ROLES = frozenset({"founder", "co-founder"})


def works_status(modifier: str | None, default: str = "current") -> str:
    if not modifier:
        return default
    if re.search(r"antigu|\bex\b|ex-|former|previous|anterior|hasta entonces|until then|\bthen\b", modifier, re.I):
        return "former"
    if re.search(r"incoming|entrante|futur", modifier, re.I):
        return "incoming"
    return default


# -- a job's role and status ------------------------------------------------------------------

_LEAD_ROLE = re.compile(r"\b(?:para|to)\s+(?P<verb>liderar|dirigir|encabezar|lead|head|run)\s+(?:sus\s+|su\s+|its\s+|"
                        r"the\s+|their\s+|el\s+|la\s+|los\s+|las\s+)?(?P<what>[^,.;]{3,60})", re.I)
_AS_ROLE = re.compile(r"\b(?:como|as)\s+(?:su\s+|its\s+|the\s+|el\s+|la\s+)?(?:nuev[oa]\s+|new\s+)?(?P<role>"
                      r"director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|CEO|CTO|CFO|chief [a-z ]+?officer|"
                      r"chief scientist|president[ea]?|chairman)\b", re.I)


def group(m: re.Match, name: str) -> str | None:
    """A named group of a match, None when the pattern has no such group or it did not take part."""
    return m.groupdict().get(name)


def _role_after(text: str, start: int) -> str | None:
    m = _AS_ROLE.search(text, start)
    if m:
        return normalize_role(m.group("role"))
    m = _LEAD_ROLE.search(text, start)
    if m:
        what = re.sub(r"[\"“”«»']", "", m.group("what")).strip()
        return f"{'lead' if m.group('verb').lower() in ('lead', 'head', 'run') else 'liderar'} {what}"
    return None


_DEPARTURE_OF = re.compile(r"\b(?:departure|exit|ouster|resignation|retirement|firing|salida|marcha|dimisión|renuncia|"
                           r"destitución|jubilación)\s+(?:of|de|del)\s+(?:[^\s⟦]+\s+){0,4}(?P<who>⟦[PU]\d+⟧)", re.I)


def job_of(cue: Cue, m: re.Match, text: str, language: str) -> tuple[dict | None, bool]:
    """The role and status of a WORKS_AT match, and whether it also says the person founded the company.

    "X, co-founder of Y" states a founding, not a job: no WORKS_AT then.
    """
    modifier = " ".join(x for x in (group(m, "mod"), group(m, "mod2"), group(m, "mod3")) if x) or None
    roles = [normalize_role(r) for r in (group(m, "role"), group(m, "role2")) if r]
    founded = any(r in FOUNDER_ROLES for r in roles)
    jobs = [r for r in roles if r not in FOUNDER_ROLES]
    if founded and not jobs and cue.status is None:
        return None, True
    role = normalize_role(jobs[0], modifier) if jobs else None
    state = cue.status or works_status(modifier)
    verb = (group(m, "verb") or "").lower()
    if re.match(r"(?:era|fue|fuera|fueran|was|were|had been|había sido|served as|ejercía como|dirigía|dirigió|lideraba|lideró|"
                r"presidía|presidió|encabezaba)\b(?!\s+(?:named|appointed|promoted|elevated|tapped|hired|chosen|"
                r"picked|selected|elected|installed|made)\b)", verb):  # "was named CEO": the job begins
        state = "former"
    elif re.match(r"(?:will|is set to|será|asumirá|volverá|ocupará|pasará|se convertirá|ejercerá|"
                  r"is to become)\b", verb):
        state = "incoming"
    elif re.search(r"\b(?:former|ex|antigu[oa]|then)[\s-]+$", m.string[max(0, m.start() - 12):m.start()], re.I):
        state = "former"  # "former Google advertising chief X"
    elif (gone := _DEPARTURE_OF.search(m.string[max(0, m.start() - 30):m.end()])) and \
            (not group(m, "p") or gone.group("who") in group(m, "p")):
        # "after the departure of Siri chief Robby Walker" (when the match's person is the one who left:
        # "X, who took over after the departure of Y, left for Meta" is X's move)
        state = "former"
    if (cue.future or cue.past) and verb:
        said = tense(m.string[:m.span("verb")[0]], verb, language)
        state = {"future": cue.future, "past": cue.past}.get(said) or state
    if role is None:
        role = _role_after(text, m.end())
        if role and state == "former" and role.startswith(("lead ", "liderar ")):
            role = None  # "poached X from Google to lead its lab": the purpose is the new job's, not the old one's
    return {"role": role, "status": state}, founded
