"""Job titles and their modifiers, shared by the appositive cues of both languages and the role frames:
"chief executive", "consejera delegada", "head of engineering", "former", "interino", "'s"."""

from __future__ import annotations

# The area a title covers: "head of engineering", "vicepresidente de producto de consumo".
_AREA = r"(?:\s+(?:of|for|de|del|de la|para)\s+(?!⟦)[a-záéíóúñü][\w\-]*(?:\s+(?:y|and|de|of|&)?\s*[a-záéíóúñü][\w\-]*){0,3}?)"
TITLE = (
    r"(?:director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|presidente ejecutivo|presidente|presidenta|"
    r"cofundador(?:a)?|co-fundador(?:a)?|fundador(?:a)?|director(?:a)? (?:técnic[oa]|financier[oa]|"
    r"científic[oa]|de tecnología|de operaciones)|jef[ea] científic[oa]|científic[oa] jefe|"
    r"chief executive(?: officer)?|chief technology officer|chief scientist|chief financial officer|"
    r"chief operating officer|chief scientific officer|chief [a-z]+(?: [a-z]+)? officer|"
    r"chief (?:[A-Z]{2,4}|[a-z]+) (?:scientist|officer|economist|architect)|co-founder|cofounder|founder|"
    r"president|executive chairman|chairman|chairwoman|chairperson|vice chair(?:man|woman)?|"
    # (Spanish ranks the title after the noun: "vicepresidente sénior de la compañía, X", "directora sénior de IA de Y")
    r"(?:senior |executive |corporate |global |group )?(?:vice president|vicepresident[ea](?: ejecutiv[oa])?(?: s[ée]nior)?|"
    r"VP|SVP|EVP)" + _AREA + r"?|"
    r"(?:global |regional |country |general |managing |senior |executive )?(?:head|jef[ea]|responsable|gerente|"
    # (Spanish puts the scope after the noun: "responsable global de adopción de IA en BBVA")
    r"manager|director(?:a)?|lead|leader|líder)(?:\s+(?:global|mundial|regional|sénior))?" + _AREA + r"|"
    r"máxim[oa] responsable|máxim[oa] ejecutiv[oa]|primer ejecutivo|primera ejecutiva|director(?:a)? general|consejer[oa] general|general counsel|"
    r"gerente general|general manager|managing director|managing partner|general partner|partner(?=\s+⟦P\d+⟧)|"
    r"presidente del consejo(?: de administración)?|presidenta del consejo(?: de administración)?|"
    r"chairman of the board|board chair|board member|miembro del consejo(?: de administración)?|"
    r"consejer[oa] independiente|co-?chair(?:man|woman|person)?s?|co-?CEOs|chair|CEO|CTO|CFO|COO|CIO|CMO|CSO|CPO|CRO|co-CEO|co-chief executive|co-president|co-head|co-?consejer[oa] delegad[oa]|co-?president[ea]|co-?director(?:a)? general|boss|head(?=\s+of\s+⟦)|director(?=\s+(?:of|at)\s+⟦)|"
    # (Latin American usage takes "gerente" bare before the company: "Marta Gil, gerente de Telefónica para América
    # Latina"; a bare "director", "responsable" or "jefe de X" was tried and took too many that were not jobs)
    r"(?:gerente|manager)(?=\s+(?:de|del)\s+⟦)|"
    # a head named by the work led: "research director", "software head", "product lead"
    r"(?:research|engineering|product|software|hardware|design|policy) (?:director|head|lead)|"
    r"(?:[a-z]+ )?chief(?! executive| technology| scientist| financial| operating| [a-z]+ officer))"
)
# ("presidente y también cofundador de OpenAI": an adverb may join the two titles)
ROLE = (rf"(?P<role>{TITLE})(?:\s+\([A-Z][A-Za-z]{{1,4}}\))?(?:\s+(?:y|and|e)\s+(?:(?:también|also)\s+)?(?:(?P<mod3>hasta entonces|until then|then)\s+)?"
        rf"(?P<role2>{TITLE}|(?:one of|uno de)\s+(?:its|their|sus|los|the|⟦C\d+b?⟧)\s+(?:co-?founders|cofundadores|fundadores|"
        rf"founders)))?")
MOD = (r"(?:(?P<mod>antigu[oa]|ex|ex-|former|new|nuev[oa]|actual|current|incoming|interim|acting|"
       r"interin[oa]|then|hasta entonces|until then|outgoing|saliente)[\s-]+)?")
MOD_AFTER = r"(?:\s+(?P<mod2>interin[oa]|interim|saliente|entrante))?"
POSS = r"(?:'s|’s|'|’)"
