"""Names the registry does not know, found in a document from the words around them.

`discover` adds to a document's gazetteer the people and organizations that cues
name ("la startup X", "X, chief executive of Y", "X Inc.", "X was founded by
Y"), the full names that short ones abbreviate ("Sarvam" for "Sarvam AI"), and
the aliases a text states ("conocida como H", "(SETT)"). loaders.entities marks
their mentions afterwards.
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import PARTICLE as _PARTICLE
from graph.model import entity_id, fold, name_key
from loaders.cues import COMITATIVE
from loaders.described_names import ARTICLE_BEFORE, DESCRIPTION_HEADS, DESCRIPTION_OF, within_sentence
from loaders.division_names import is_division
from loaders.entities import NOT_NAMES, Gazetteer, add_short_forms, find_mentions, guess_kind
from loaders.literals import may_match
from loaders.names import (FUNCTION_WORDS, LEADING_MODIFIER, TITLE_HEADS, after_org_lead, bare_head, country_owner,
                           full_names, lexicon, looks_like_org, month_as_given_name)
from loaders.types import KnownEntity

_UP = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÄËÏÖÇ"
_WORD = rf"[{_UP}][\w'’\-]*(?:\.[A-Za-z]+|:[a-z]\w*)?"
# a middle initial belongs to the name ("Alon N. Cohen")
PERSON_NAME = rf"{_WORD}(?:\s+[{_UP}]\.)?(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
ORG_NAME = rf"(?:{_WORD}|[A-Z0-9][\w.\-&]*(?<!\.-))(?:\s+(?:(?:de|del|de la|&)\s+)?(?:{_WORD}|AI|[A-Z0-9][\w.\-&]*(?<!\.-))){{0,3}}"

# Capitalized words that open sentences or titles but never name an entity.

_TITLE_WORDS = (
    r"(?:director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|presidente(?: ejecutivo)?|presidenta|"
    r"cofundador(?:a)?|co-fundador(?:a)?|fundador(?:a)?|director(?:a)? (?:técnic[oa]|financier[oa]|"
    r"científic[oa]|de tecnología|general)|jef[ea] científic[oa]|científic[oa] jefe|"
    r"chief (?:executive|technology|scientist|financial officer|operating officer|scientific officer)"
    r"(?: officer)?|co-founder|cofounder|founder|president|chairman|chairwoman|chair|"
    r"head of [\w\-]+(?: [a-z\-]+)?|vice president|CEO|CTO|CFO|COO|presidente y CEO|executive chairman|"
    r"chief [a-z]+ officer|consejer[oa] general|máxim[oa] responsable)"
)
# A title in headline case before a name ("SK Telecom Chief Executive Ryu Young-sang").
_TITLE_CAPS = (r"(?:Chief (?:Executive|Technology|Financial|Operating|Scientific|Product)(?: Officer)?|Chief Scientist|"
               r"Executive Chairman|Chairman|Chairwoman|Vice President|Co-founder|Cofounder)")
_COMPANY_NOUNS = (
    r"(?i:la startup|la empresa emergente|la empresa|la compañía|la firma|la tecnológica|el fabricante|"
    r"el laboratorio|la plataforma|el proveedor|la proveedora|la rival|el grupo|the startup|"
    r"startup|the company|the firm|the lab|the chipmaker|chipmaker|the platform|rival|fabricante|"
    r"AI lab|AI startup|AI company|AI firm|the AI company|the AI startup|the provider|proveedor|el fondo|the fund|"
    r"fondo|la gestora|the investment firm|venture firm|el inversor)(?:\s+(?!(?:de|del|en|con|y|of|in|and|que|quien|"
    r"which|who|that|cuyo|cuya|by|por|at|from|for|to|para|a|al|junto|with|alongside|along|together|as)\b)"
    r"[a-záéíóúñü]+){0,2}"
)
# A legal form is not part of the name ("Core Scientific Inc"); "Labs" and "Technologies" are ("Isomorphic Labs").
_LEGAL_SUFFIX = (r"(?:Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|PLC|plc|S\.A\.|S\.L\.|GmbH|AG|SE|NV|N\.V\.|BV|"
                 r"B\.V\.|SpA|S\.p\.A\.|ASA|AB|Oyj)(?!\w)")
# A lowercase brand ("la startup poolside") is only taken right after these nouns,
# and never when it is an ordinary word.
_BRAND_NOUNS = r"(?:la startup|the start-?up|start-?up|la empresa emergente|AI start-?up|la compañía|la firma|the company|the firm)"
_COMMON_LOWER = frozenset(
    "de del la el los las que con en por para una un tan muy más como y e o su sus se es fue ha "
    "the of and a an to in on at for with that which who is was has had its their as by from "
    "also said says will would could based clave líder española estadounidense francesa round deal stake "
    "model models data cloud chips funding financing ronda acuerdo datos nube software platform plataforma "
    "company startup firm group unit lab empresa compañía firma grupo unidad "
    "alemana china británica european american french german chinese british rival "
    "behind junto about around through within without under over into upon among entre hacia desde sobre".split())
_APPOSITIVE_NOUN = (
    r"(?:startup|start-up|company|lab|laboratory|firm|empresa|compañía|firma|laboratorio|fabricante|"
    r"proveedor|provider|maker|developer|desarrolladora|unicornio|unicorn|tecnológica|plataforma|estudio|studio|"
    r"agencia|agency|consultora|consultancy|fondo|fund|operador|operator|platform|buscador|gestora|grupo|group)"
)

# "X y Y, un grupo de amigos": a group of people is no company, nor is "X, the company's chief executive".
_NOT_PEOPLE_GROUP = (r"(?!['’]s\b|\s+(?:de|of)\s+(?:(?:antiguos|jóvenes|former|young)\s+)?(?:amigos|personas|investigadores|"
                     r"ingenieros|emprendedores|científicos|exempleados|estudiantes|expertos|socios|friends|people|"
                     r"researchers|engineers|entrepreneurs|scientists|students|experts|employees|empleados)\b)")

# (label, compiled pattern with a group named "name")
_DISCOVERY = [
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?:(?:su|el|la|its|the|who is|quien es|"
                               rf"que es|now|ahora)\s+)?(?:(?:nuev[oa]|actual|antigu[oa]|former|new|"
                               rf"ex|interim|acting)\s+)?{_TITLE_WORDS}\b")),
    (schema.PERSON, re.compile(rf"\b(?:{_TITLE_WORDS}|{_TITLE_CAPS})(?:\s+(?:interin[oa]|interim))?(?:\s+(?:de|of)\s+"
                               rf"{ORG_NAME})?,?\s+(?P<name>{PERSON_NAME})")),
    (schema.PERSON, re.compile(rf"\b(?:Mr\.|Ms\.|Mrs\.|Dr\.|Sr\.|Sra\.|Dra\.)\s+(?P<name>{PERSON_NAME})")),
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?:[\w'’.\-]+\s+){{0,4}}?(?:{_TITLE_WORDS}|partner|"
                               rf"socio|socia|researcher|investigador(?:a)?|engineer|ingenier[oa]|scientist|"
                               rf"científic[oa]|executive|ejecutiv[oa]|directiv[oa])\b")),
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME})\s+(?:has\s+|had\s+|will\s+)?(?:left|joined|joins|leaves|"
                               rf"will join|is joining|stepped down|resigned|se unirá|se incorporará|dejó|fichó)\b")),
    (schema.PERSON, re.compile(rf"(?:founded|co-founded|fundada|cofundada|created|creada)\s+(?:in\s+\d{{4}}\s+|en\s+"
                               rf"\d{{4}}\s+|last year\s+|el año pasado\s+)?(?:by|por)\s+(?P<name>{PERSON_NAME})")),
    # "Sociedad Española para la Transformación Tecnológica (SETT)": a name with its acronym is an organization.
    (schema.COMPANY, re.compile(r"(?P<name>[A-ZÁÉÍÓÚÑ][\w\-]+(?:\s+(?:(?:para|de|del|la|las|los|of|the|for)\s+)*"
                                r"[A-ZÁÉÍÓÚÑ][\w\-]+){1,6})\s+\([A-Z][A-Z0-9]{1,7}\)")),
    (schema.COMPANY, re.compile(rf"\b{_COMPANY_NOUNS}\s+(?P<name>{ORG_NAME})")),
    (schema.COMPANY, re.compile(rf"\b{_BRAND_NOUNS}\s+(?P<name>[a-z][a-z0-9]{{2,}})(?=[\s,.;])")),
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME}\s+(?:Labs|Technologies)|{ORG_NAME}(?=\s+{_LEGAL_SUFFIX}))")),
    # a lowercase brand before its head ("dex Labs"): the brand must recur and read as no word
    (schema.COMPANY, re.compile(r"(?<![\w\-])(?P<name>[a-z][a-z0-9]{1,15}\s+(?:Labs|Technologies))\b")),
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME}),\s+(?:a|an|the|una|un|la|el)\s+(?:(?!(?:de|del|of|at)\b)[\w\-]+\s+)"
                                rf"{{0,4}}?{_APPOSITIVE_NOUN}\b(?!\s+(?:manager|analyst|partner)s?\b){_NOT_PEOPLE_GROUP}")),
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME}),\s+(?:fundada|cofundada|founded|co-founded|creada)\b")),
    # "Kavak era la startup más valiosa", "Wayve is a London-based startup": what a name is, said with a copula.
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME})\s+(?:es|era|fue|se convirtió en|is|was|has become|became)\s+"
                                rf"(?:la|el|una|un|the|a|an)\s+(?:(?!(?:de|del|of)\b)[\w\-]+\s+){{0,3}}?{_APPOSITIVE_NOUN}\b")),
    (schema.COMPANY, re.compile(rf"\b(?P<name>[a-z][a-z0-9]{{1,15}}),\s+(?:la|el|the|a|an|una)\s+(?:[\w\-]+\s+){{0,3}}?"
                                rf"{_APPOSITIVE_NOUN}\b")),
    # "The parcel company Kranich Logistik", "la cooperativa Olivar del Sur", "the recruitment marketplace Vettery".
    (schema.COMPANY, re.compile(rf"\b(?:the|The|la|La|el|El)\s+(?:(?!misma|mismo|same|dicha|dicho)[a-záéíóúñü\-]+\s+){{0,2}}"
                                rf"{DESCRIPTION_HEADS}"
                                # a Spanish adjective after the noun: "la fintech colombiana Kelvio"
                                rf"(?:\s+(?!(?:de|del|en|con|para|por|y|que|a|al|the|of)\b)[a-záéíóúñü]+(?:a|o|e|és|í))?"
                                # and what it does: "el banco de desarrollo CAF" (loaders.described_names)
                                rf"{DESCRIPTION_OF}\s+(?P<name>{ORG_NAME})")),
    # Companies by what only companies do: get founded, raise rounds.
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME})\s+(?:was|fue|has been|ha sido)\s+(?:co-?founded|founded|fundada|"
                                rf"cofundada|creada|created|set up)\b")),
    (schema.COMPANY, re.compile(rf"(?P<name>{ORG_NAME})(?:,[^,.]{{0,80}},)?\s+(?:raised|has raised|raises|ha levantado|"
                                rf"ha obtenido|ha recaudado|levanta|recauda|capta|ha captado|ha cerrado una ronda|"
                                rf"cerró una ronda|closed a funding round)\b")),
    (schema.PERSON, re.compile(rf"\b(?:named|appointed|hired|has hired|nombró a|contrató a|fichó a|ficha a|nombra a)\s+"
                               rf"(?!The\s)(?P<name>{PERSON_NAME})")),  # ("named The X Company": called so)
    # People by what happens to people: "X, who was poached from Y", "X was promoted to", "succeeds X as"
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME}),?\s+(?:who\s+)?(?:was|has been|had been|will be|is being)\s+"
                               rf"(?:recently\s+)?(?:named|appointed|promoted|elevated|poached|lured|hired|recruited|"
                               rf"tapped|ousted|fired|succeeded)\b")),
    (schema.PERSON, re.compile(rf"\b(?:succeeds|succeeded|succeeding|replaces|replaced|replacing|(?:succeeded|replaced) by|"
                               rf"poached|lured)\s+(?P<name>{PERSON_NAME})")),
    # "HP Tech Ventures", "Isar Peak Capital": names that say they invest.
    # (an "&" between its words: "BDT & MSD Partners"; managers: "Atreides Management"; "O'Shaughnessy Ventures")
    (schema.COMPANY, re.compile(r"\b(?P<name>(?:(?:[A-Z]['’])?[A-Z][\w&\-]*\s+(?:&\s+)?){1,3}(?:Ventures|Capital|"
                                r"Partners|Investments|Management|Holdings|Advisors)(?:\s+(?:Markets|Group))?)\b")),
    # Last: "director de tecnología de H" only names a company nothing above found in full.
    (schema.COMPANY, re.compile(rf"\b{_TITLE_WORDS}\s+(?:de|del|of|at)\s+(?P<name>{ORG_NAME})")),
    # People named in founder lists and relative clauses, without a title of their own.
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?:who|quien|que)\s+(?:also\s+|previously\s+|had\s+|has\s+|have\s+|"
                               rf"both\s+|later\s+|recently\s+)?(?:co-?founded|founded|cofundó|fundó|joined|left|led|ran|served|"
                               rf"worked|dirigía|dirigió|trabajó|trabajaron|se incorporó|se unió)\b")),
    (schema.PERSON, re.compile(rf"\b{COMITATIVE}\s+(?:el|la|the)?\s*"
                               rf"(?:[a-záéíóúñü]+\s+){{0,2}}?(?P<name>{PERSON_NAME})")),
    (schema.PERSON, re.compile(rf"(?i:founded|co-founded|fundada|cofundada)\b[^.]{{0,40}}?\b(?:by|por)\s+[^.]{{0,60}}?"
                               rf"\b(?:and|y)\s+(?P<name>{PERSON_NAME})")),
    (schema.PERSON, re.compile(rf"(?P<name>{PERSON_NAME})\s+(?:and|y)\s+{PERSON_NAME},\s+(?:who|que|quienes)\s+(?:both|"
                               rf"ambos)?")),
]


def _gate(pattern: re.Pattern) -> re.Pattern | None:
    """What must follow the name a pattern opens with ("..., a startup", "... was founded"), searched
    before it. Trying a capitalized name at every capital of an article costs far more than looking
    for its trailer, which most articles lack; the trailer is part of every match, so no match is lost."""
    for lead in (f"(?P<name>{ORG_NAME})", f"(?P<name>{PERSON_NAME})"):
        if pattern.pattern.startswith(lead):
            return re.compile(pattern.pattern[len(lead):], pattern.flags)
    if pattern.pattern.startswith(f"(?P<name>{ORG_NAME}\\s+(?:Labs|Technologies)|"):  # "X Labs", "X Inc."
        return re.compile(rf"\s+(?:Labs|Technologies|{_LEGAL_SUFFIX})")
    return None


_GATES = {pattern: _gate(pattern) for _, pattern in _DISCOVERY}


def _is_plausible(name: str, label: str) -> bool:
    tokens = name.split()
    if lexicon("places").__contains__(fold(name)) or fold(name) in lexicon("not_names"):
        return False  # "CTO of Applications", "director de tecnología de Madrid"
    if name.islower() and name in _COMMON_LOWER or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return False
    if not tokens or all(fold(t) in NOT_NAMES for t in tokens):
        return False
    if label == schema.PERSON and (fold(tokens[0]) in NOT_NAMES or fold(tokens[-1]) in TITLE_HEADS):
        return False
    return len(name) <= 60


# (with the endings of Spanish nationality adjectives: "la foodtech chilena NotCo", "la sueca Saab")
_VERB_OR_ADJECTIVE = re.compile(r"(?:ed|ing|ado|ada|ido|ida|aba|ará|aron|ó|ana|ano|ense|esa|ica|ico|ista|dora|dor|"
                                r"ena|eno|ina|ino|eña|eño|ola|ol|és|eca|eco|iza|izo|usa|uso|í)$")


def _lowercase_brand_ok(name: str, text: str, words: dict[str, int]) -> bool:
    """"la startup poolside": a lowercase brand must recur and not read as a verb or an adjective.
    `words` counts the text's words once (see _TextIndex): searching the whole text for every
    candidate made discovery quadratic on a long article."""
    if _VERB_OR_ADJECTIVE.search(name):
        return False
    if re.fullmatch(r"\w+", name):  # a whole word: its count is the number of `\bname\b` matches
        return words.get(name, 0) >= 2
    return len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2


_KNOWN_AS = re.compile(rf"\b(?:conocid[oa]s?\s+(?:simplemente\s+|también\s+)?como|"
                       rf"(?:better |also |simply )?known as|llamad[oa] a secas|"
                       rf"(?:later |since |then |since been |was |been )?(?:renamed|rebranded)(?: as)?|"
                       rf"(?:rebautizad[oa]|renombrad[oa]) como)\s+(?P<alias>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}})")
_ABBREVIATION = re.compile(rf"{ORG_NAME}\s+\((?P<alias>[A-Z][A-Za-z0-9.\-]{{1,12}})\)")


def _aliases(text: str, gazetteer: Gazetteer, discovered: set[str]) -> None:
    """"H Company, conocida simplemente como H", "Sociedad Española ... (SETT)": one entity, two names."""
    for pattern in (_KNOWN_AS, _ABBREVIATION):
        for m in pattern.finditer(text):
            # The company is the one named just before, in the same sentence: right before the
            # parenthesis for an abbreviation.
            start = m.start("alias")
            prefix = re.split(r"[.\n]", text[max(0, start - 160):start])[-1]
            named = [x for x in find_mentions(prefix, gazetteer, {}) if x.label == schema.COMPANY]
            if not named or (pattern is _ABBREVIATION and len(prefix) - named[-1].end > 2):
                continue
            known = gazetteer.by_id[named[-1].entity_id]
            current = gazetteer.lookup(m.group("alias"))
            # The alias may have been taken by a bare discovery of itself ("director de tecnología de H"),
            # never by an entity of the registry.
            if current is None or (current.id in discovered and current.id != known.id
                                   and name_key(current.name) == name_key(m.group("alias"))):
                gazetteer.names[name_key(m.group("alias"))] = known.id


class _TextIndex:
    """What discovery asks of one text again and again, computed once: its word counts, and the
    multi-word entities by the keys of their short forms (kept up to date as discovery adds
    entities; the gazetteer only ever appends). Scanning every entity and the whole text for
    every candidate name made a long article's discovery quadratic."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text, self.gazetteer = text, gazetteer
        self.indexed = 0
        self.by_short: dict[str, list[str]] = {}
        self.in_text: dict[str, bool] = {}
        self._words: dict[str, int] | None = None

    @property
    def words(self) -> dict[str, int]:
        if self._words is None:
            self._words = {}
            for word in re.findall(r"\w+", self.text):
                self._words[word] = self._words.get(word, 0) + 1
        return self._words

    def short_form_of_named(self, name: str) -> bool:
        """Is `name` the short form of a multi-word entity named in full in the text?"""
        entities = self.gazetteer.by_id
        shared, shared_index = self.gazetteer.short_index  # the registry's, worked out once
        if len(entities) != self.indexed:
            add_short_forms(self.by_short, list(entities.values())[max(self.indexed, shared):])
            self.indexed = len(entities)
        key = name_key(name)
        for full in (*shared_index.get(key, ()), *self.by_short.get(key, ())):
            if full not in self.in_text:
                self.in_text[full] = full in self.text
            if self.in_text[full]:
                return True
        return False


def discover(text: str, gazetteer: Gazetteer) -> list[KnownEntity]:
    """Names that the registry does not know, found from the words around them."""
    found: list[KnownEntity] = []
    index = _TextIndex(text, gazetteer)
    lowered = text.lower()
    for label, pattern in _DISCOVERY:
        if not may_match(pattern, lowered) or _GATES[pattern] and not _GATES[pattern].search(text):
            continue  # none of the words the pattern needs is in the text, or not in the order it needs them
        for m in pattern.finditer(text):
            if "\n" in text[m.start():m.start("name")] and _PARAGRAPH_BREAK.search(text, m.start(), m.start("name")):
                continue  # "... startup stays independent\n\nChief executive": a cue ends with its paragraph
            name = within_sentence(m.group("name").strip(" ,."))
            if name[:1].islower() and (not _lowercase_brand_ok(name.split()[0], text, index.words) or name.split()[0]
                                       in _COMMON_LOWER or ARTICLE_BEFORE.search(text, 0, m.start("name"))):
                continue
            if label == schema.COMPANY:
                name = re.sub(rf"\s+{_LEGAL_SUFFIX}$", "", " ".join(name.split()[country_owner(name.split()):]))
            else:
                name = re.split(r"['’]s\s+", name)[-1]  # "Ola's Bhavish Aggarwal": the person, not the company
                name = with_given_name(name, text)
            # Trim leading words that cannot start a name ("Según Jason Droege" -> "Jason Droege").
            words = name.split()
            given_month = label == schema.PERSON and month_as_given_name(text, m.start("name"), words)
            # A function word capitalized only because it opens the sentence ("Since March, the London-based
            # company ...") is no part of a name.
            at = m.start("name") + max(m.group("name").rfind(name.split()[0]), 0) if name else m.start("name")
            opening = _OPENING.search(text, max(0, at - 12), at) is not None  # (a short window: "^" is the text's start)
            # ("New Enterprise Associates": "New" opens an organization's name, not a place's)
            while words and ((fold(words[0]) in NOT_NAMES or opening and fold(words[0]) in FUNCTION_WORDS)
                             and not given_month and
                             not (words[0] == "New" and len(words) > 2 and looks_like_org(words)) and
                             not (len(words) == 2 and bare_head(words[1]))  # "March Capital"
                             or LEADING_MODIFIER.match(words[0])):
                words.pop(0)  # also "Bengaluru-based Sarvam AI": where it is based is no part of the name
            name = " ".join(words)
            if not given_month and not _is_plausible(name, label) or gazetteer.lookup(name):
                continue
            if bare_head(name) or is_division(text, text.rfind(name, 0, m.end("name")), words, index.words):
                continue
            if re.search(r"['’]s$", name) and gazetteer.lookup(name[:-2]):
                continue  # "Google's cloud business": the known company, possessive
            if label == schema.PERSON and (looks_like_org(words) or after_org_lead(text, m.start("name"))):
                continue  # "formado en la Universidad Tsinghua": an institution after a person's description
            if label == schema.PERSON and name.isupper():
                continue  # a dateline's city ("MENLO PARK, California, June 13"), not a person
            if label == schema.PERSON and len(words) < 2:
                continue  # "Freitas" alone is a short form of someone, not a new person
            if index.short_form_of_named(name):
                continue  # "el CEO de Scale" after "Scale AI": the same company; "Lizaso" after "Enrique Lizaso"
            if any(gazetteer.lookup(" ".join(words[k:])) for k in range(1, len(words))):
                continue  # "Vera Rubin de Nvidia": a product of a known company, not a company
            if label == schema.PERSON and any(gazetteer.lookup(w) for w in words):
                continue  # "Meta Alexandr" is a company next to a name, not a person
            if any(getattr(gazetteer.lookup(" ".join(words[:k])), "id", None) not in (None, *(f.id for f in found))
                   for k in range(1, len(words))):
                continue  # "OpenAI Mira Murati": a known name followed by another name
            entity = KnownEntity(id=entity_id(label, name), label=label, name=name,
                                 kind=guess_kind(name) if label == schema.COMPANY else None)
            found.append(gazetteer.add(entity))
    found += _spelled_out(text, gazetteer, found)
    found += _acronyms_spelled_out(text, gazetteer)
    _aliases(text, gazetteer, {f.id for f in found})
    return found


def with_given_name(name: str, text: str) -> str:
    """"García Ottati fundó ..." where the text also says "Carlos García Ottati": the person's full name."""
    if not name or fold(name.split()[0]) in lexicon("first_names"):
        return name  # "Joseph Quinlivan" has its given name already ("Según Joseph Quinlivan")
    for at in _occurrences(name, text):
        m = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
        if m and fold(m.group(1)) in lexicon("first_names") and fold(m.group(1)) not in NOT_NAMES:
            return f"{m.group(1)} {name}"
    return name


def _spelled_out(text: str, gazetteer: Gazetteer, found: list[KnownEntity]) -> list[KnownEntity]:
    """"Sarvam was founded ..." found a company the text also names in full ("chosen Sarvam AI"): the full
    name is the entity, and the short one its alias (else "Sarvam" would take every "Sarvam AI")."""
    out = []
    for entity in [f for f in found if f.label == schema.COMPANY]:
        full = full_name_in(entity.name, text)
        if full != entity.name and not gazetteer.lookup(full):
            whole = gazetteer.add(KnownEntity(id=entity_id(schema.COMPANY, full), label=schema.COMPANY,
                                              name=full, aliases=[entity.name], kind=entity.kind))
            gazetteer.names[name_key(entity.name)] = whole.id
            out.append(whole)
    return out


_ACRONYM_THEN_NAME = re.compile(r"\b(?P<acronym>[A-Z][A-Za-z0-9&]{1,7})\s+\((?P<full>[A-Z][\w\-]*(?:\s+(?:(?:de|del|de la|of|for|"
                                r"and|y|&)\s+)?[A-Z][\w\-]*){1,6})\)")


def _acronyms_spelled_out(text: str, gazetteer: Gazetteer) -> list[KnownEntity]:
    """"New investors WiL (World Innovation Lab)", "la CAF (Corporación Andina de Fomento)": an acronym spelled
    out in the parenthesis after it names the organization of the full name (its initials must match)."""
    out = []
    for m in _ACRONYM_THEN_NAME.finditer(text):
        acronym, full = m.group("acronym"), m.group("full")
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if initials.lower() != acronym.lower() or gazetteer.lookup(full) or gazetteer.lookup(acronym):
            continue  # (a name already known keeps its entity: "AWS (Amazon Web Services)")
        entity = gazetteer.add(KnownEntity(id=entity_id(schema.COMPANY, full), label=schema.COMPANY, name=full,
                                           aliases=[acronym], kind=guess_kind(full)))
        gazetteer.names[name_key(acronym)] = entity.id
        out.append(entity)
    return out


def full_name_in(name: str, text: str) -> str:
    """The full name a text gives a company it also calls `name`: "Juniper" -> "Juniper Networks"."""
    longer = {name}
    for at in _occurrences(name, text):
        run = _CAPITALIZED_RUN.match(text, at + len(name))
        if not run:
            continue
        # The whole capitalized run, but a legal form: "LG AI Research" is no "LG AI"; "Juniper Networks Inc."
        tail = _LEGAL_TAIL.sub("", run.group()).split()
        if 0 < len(tail) <= 2:
            longer.add(" ".join([name, *tail]))
    return full_names(sorted(longer)).get(name, name)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“«(¿¡]*\s*$")
_CAPITALIZED_RUN = re.compile(r"(?:\s+[A-Z][\w-]*)+")
_LEGAL_TAIL = re.compile(rf"\s+{_LEGAL_SUFFIX}.*$")
_GIVEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\s+$")


def _occurrences(name: str, text: str):
    """Where `name` stands in `text` as a whole word (a plain search: a pattern per name would be
    compiled again for every document)."""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and \
                not text[at + len(name):at + len(name) + 1].isalnum():
            yield at
        at = text.find(name, at + 1)
