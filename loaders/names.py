"""Names the registry does not know, recognized from their form.

A sentence's capitalized chunks that no known or discovered entity covers are
candidate names: "Roy Reznik", "AME Cloud Ventures", "Workday", "iRobot",
"Banco Santander", "Allen Institute for AI". Each gets a guess from its form:

- a person: two to four words, the first a given name (data/lexicon/first_names.txt);
- an organization: a head word (Capital, Ventures, Partners, Labs, AI, Inc., S.A.,
  Bank, Institute...), a leading one (Grupo, Banco, Fondo, Universidad, Bank of),
  an acronym (DCVC, MUFG), inner capitals (iRobot, CoreWeave), digits (G42), ":",
  "&" or a domain (Run:ai, Nod.ai);
- else a name of unknown kind.

Candidates are not entities yet: a relation frame that takes one in a slot
decides it is one, of the kind the slot needs (loaders.relations). Places,
products, months and the like (data/lexicon/places.txt, not_names.txt) are never
candidates, nor is a capitalized word that only opens a sentence or sits in a
Title Case headline when the text also writes it in lowercase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graph import schema
from graph.model import fold
from loaders.types import Mention

LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon"
UNKNOWN = "Unknown"

_ORG_HEADS = frozenset(fold(w) for w in (
    "AI Capital Ventures Venture Partners Partner Labs Lab Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC LLP LP "
    "PLC GmbH AG SE SA S.A. SL S.L. SAS SpA NV BV Oy AB ASA KK Holdings Holding Group Grupo Investments Investment "
    "Management Advisors Fund Funds Capital Bank Bancorp Technologies Technology Tech Systems Solutions Software "
    "Networks Network Semiconductor Semiconductors Robotics Robots Computing Cloud Intelligence Analytics Research "
    "Institute Institution University Universidad Foundation Fundación Global International Industries Motors "
    "Electronics Energy Pharma Pharmaceuticals Therapeutics Biosciences Bio Health Healthcare Media Studios Studio "
    "Games Entertainment Telecom Telecommunications Communications Mobile Payments Pay Financial Finance Securities "
    "Insurance Asset Assets Equity Associates Consulting Services Dynamics Data Digital Labs Works Industries Ventures "
    "Aerospace Defense Defence Automotive Mobility Logistics Energy Authority Agency Agencia Ministry Ministerio "
    "Department Departamento Council Consejo Commission Comisión Office Command Army Navy Force Exchange Markets "
    "Partners Company Compañía Sistemas Tecnologías Soluciones Inversiones Gestión Banco Caja Corporación "
    "Robotic Machines Devices Instruments Platforms Platform Apps Innovations Innovation Engineering X".split()))
_ORG_LEAD_WORDS = (
    "Grupo Banco Fondo Fundación Instituto Universidad Centro Laboratorio Agencia Ministerio Departamento Consejo "
    "Sociedad Compañía Corporación Caja Caixa Bank University Institute Department Ministry Council Commission "
    "Office Center Centre Laboratory Federal National Royal Saudi Abu Emirates Qatar Temasek".split())
_ORG_LEADS = frozenset(fold(w) for w in _ORG_LEAD_WORDS)
_ORG_LEAD_WORD = re.compile(rf"\b(?:{'|'.join(_ORG_LEAD_WORDS)})\s")
_ORG_LEAD_BEFORE = re.compile(rf"\b(?:{'|'.join(_ORG_LEAD_WORDS)})(?:\s+(?:of|de|del))?\s+$")


def after_org_lead(text: str, start: int) -> bool:
    """Whether the name at `start` follows an organization's leading word: "la Universidad Carnegie Mellon",
    "University of Toronto" name an institution, not a person called Carnegie Mellon."""
    return _ORG_LEAD_BEFORE.search(text, max(0, start - 30), start) is not None


# Words that end a company's full name and that a story drops once it has named it ("ZT Systems" then
# "ZT", "Sarvam AI" then "Sarvam"). Fund heads are not among them: "Salesforce Ventures" is not Salesforce.
_NAME_TAILS = frozenset(fold(w) for w in (
    "AI Labs Lab Systems Networks Technologies Technology Robotics Computing Semiconductor Semiconductors "
    "Software Group Dynamics Motors Therapeutics Biosciences Intelligence Analytics".split()))


# Title Case words of a job title that news writes before a name ("Chief Executive Josh Payne").
_TITLE_WORDS = frozenset(fold(w) for w in (
    "Chief Executive Officer CEO CFO CTO COO President Chairman Chairwoman Chair Founder Co-founder Cofounder "
    "Co-Founder Director Managing Partner Vice Head Secretary Minister Senator Governor Commissioner Professor "
    "Operating Financial Technology Technical Product Scientist Scientific Counsel Consejero Delegado "
    "Presidente Presidenta Director Directora Fundador Fundadora Cofundador Cofundadora".split()))


_DESCRIBED_BY = re.compile(r"-(?:backed|owned|led|funded|controlled|based)$")
_PLACE_MODIFIER = re.compile(r".-(?:based|born|headquartered)$", re.I)  # "San Jose-based": a place, never a party


_NONSPACE = re.compile(r"\S+")


def _chunks(sentence: str) -> list[tuple[int, int, list[str], list[int]]]:
    """The capitalized chunks of a sentence as (start, end, tokens, token offsets), a job title inside one
    left out: "Juniper Chief Executive Rami Rahim" is "Juniper" and "Rami Rahim"."""
    out = []
    for m in _CHUNK.finditer(sentence):
        tokens = m.group().split()
        offsets = [t.start() + m.start() for t in _NONSPACE.finditer(m.group())]
        backed = next((i for i, t in enumerate(tokens[:-1]) if _DESCRIBED_BY.search(t)), None) \
            if "-" in m.group() else None
        if backed is not None:  # "Sequoia Capital-backed Vertex": the backer describes the name after it
            if not _PLACE_MODIFIER.search(tokens[backed]):
                out.append((m.start(), offsets[backed] + len(tokens[backed]), tokens[:backed + 1], offsets[:backed + 1]))
            tokens, offsets = tokens[backed + 1:], offsets[backed + 1:]
            out.append((offsets[0], m.end(), tokens, offsets))
            continue
        if len(tokens) < 3 or not _TITLE_WORDS.intersection(t.rstrip(".,").lower() for t in tokens):
            out.append((m.start(), m.end(), tokens, offsets))  # (most chunks: no title inside)
            continue
        title = [fold(t.rstrip(".,")) in _TITLE_WORDS for t in tokens]
        # the name: two words or more after a title run, opening with a given name
        k = next((i for i in range(len(tokens) - 2, 0, -1) if title[i - 1] and not title[i]), 0)
        if k and fold(tokens[k]) in lexicon("first_names"):
            j = k
            while j > 0 and title[j - 1]:
                j -= 1
            if j:
                out.append((m.start(), offsets[j - 1] + len(tokens[j - 1]), tokens[:j], offsets[:j]))
            out.append((offsets[k], m.end(), tokens[k:], offsets[k:]))
        else:
            out.append((m.start(), m.end(), tokens, offsets))
    return out


def full_names(names: list[str]) -> dict[str, str]:
    """Each name that another one of `names` spells out with a tail word: {"ZT": "ZT Systems"}."""
    present = set(names)
    out: dict[str, str] = {}
    for long in sorted(names, key=len):
        words = long.split()
        for k in (len(words) - 1, len(words) - 2):
            if k > 0 and all(fold(w) in _NAME_TAILS for w in words[k:]) and " ".join(words[:k]) in present:
                out[" ".join(words[:k])] = long
                break
        # an acronym of the leading words, the tail kept: "AMI Labs" for "Advanced Machine Intelligence Labs"
        for short in present - {long}:
            head, *rest = short.split()
            if len(head) >= 2 and head.isupper() and len(words) == len(head) + len(rest) and \
                    words[len(head):] == rest and "".join(w[0] for w in words[:len(head)]) == head:
                out.setdefault(short, long)
    return out


def org_lead_rest(name: str) -> str | None:
    """"Banco Santander" -> "Santander": what a story calls an organization named by a leading word."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in _ORG_LEADS and words[1][:1].isupper():
        return " ".join(words[1:])
    return None


# Words that join the parts of one name.
_CONNECTOR = r"(?:de|del|de la|de los|van|von|der|den|da|di|du|of|for|the|&|für)"
_TOKEN = r"(?:[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÄËÏÖÇØÅ][\w'’.\-&]*(?::[a-z]\w*)?|[a-z]+[A-Z][\w.\-]*|\d+[A-Za-z][\w.\-]*)"
# A university's campus is part of its name: "Universidad de California en Berkeley".
# (never from inside a word: "b2venture" holds no name "2venture")
_CHUNK = re.compile(rf"(?<![\w'’])(?:Universidad(?:\s+(?:{_CONNECTOR}\s+)?{_TOKEN})+\s+en\s+{_TOKEN}(?:\s+{_TOKEN})*|"
                    rf"{_TOKEN}(?:\s+(?:{_CONNECTOR}\s+)?{_TOKEN})*)")
_ACRONYM_ADJECTIVE = re.compile(r"[A-Z]{2,5}-[a-z]{3,}")
_INNER_CAPITALS = re.compile(r"^(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
FUNCTION_WORDS = frozenset(fold(w) for w in (
    "the a an this that these those its his her their our my your el la los las un una unos unas lo este esta "
    "estos estas ese esa su sus nuestro nuestra and or but y o e pero in on at of for to by with from as en de del "
    "al a con por para sin sobre tras según entre hacia desde if si when cuando while mientras after before "
    "however meanwhile also además también still aún it he she they we i él ella ellos nosotros yo who what which "
    "quien que qué cual where donde how como why por qué is are was were es son era fue será said dijo says dice "
    "new nuevo nueva more más most less menos no not all todo todos toda todas some algunos algunas other otro "
    "otra otros otras both ambos ambas each cada aunque sin embargo además asimismo entonces luego igualmente "
    "finalmente although though despite still yet instead moreover furthermore indeed now today yesterday hoy "
    "ayer mañana here there aquí allí así thus so because porque since desde then once una vez unlike like "
    "amid among including excluding beyond per via versus vs several many few every others varios varias "
    "muchos muchas pocos pocas cada upon following until last earlier later under over against within without "
    "behind around across through throughout toward towards bajo contra "
    # Spanish adverbs that open a sentence before "de"/"a": "Detrás de Magnific están ...", "Dentro de Google"
    "detrás delante dentro fuera junto cerca lejos antes después durante frente alrededor encima debajo hasta".split()))
_MODIFIER_OF_HEAD = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?(?:startups?|firms?|compan(?:y|ies)|giants?|groups?|makers?|"
                               r"labs?|funds?|banks?|unicorns?|providers?|developers?|platforms?)\b")
_COMPANY_APPOSITION = re.compile(r",\s+(?:a|an|the|una|un|la|el)\s+(?:[\w\-]+\s+){0,3}?(?:startup|company|firm|"
                                 r"lab|maker|developer|provider|empresa|compañía|firma|fabricante|desarrolladora)\b")
_THING_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:format|standard|protocol|framework|library|"
                               r"programming language)\b(?!\s+(?:maker|developer|company|startup|firm|provider))")
_LEGAL_FORM = re.compile(r"(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|PLC|GmbH|AG|SE|SA|S\.A|SL|S\.L|SAS|SpA|NV|BV|ASA|AB|"
                         r"Oyj|SRL)\.?")
_SENTENCE_OPENER = re.compile(r"^[\s\"'“”«»‘’(\[¿¡\-–—•*#>]*$")


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    """A lexicon of data/lexicon/, folded; an absent file is an empty lexicon."""
    path = LEXICON / f"{name}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def makers() -> dict[str, str]:
    """data/lexicon/makers.txt: a product -> the company that makes it ("ChatGPT" -> "OpenAI")."""
    path = LEXICON / "makers.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    pairs = [line.split(" = ", 1) for line in lines if " = " in line and not line.startswith("#")]
    return {product.strip(): company.strip() for product, company in pairs}


def looks_like_person(tokens: list[str]) -> bool:
    """"Roy Reznik", "María del Mar Ortega", "Alon N. Cohen": a given name, then one to three more names."""
    words = [t for t in tokens if not re.fullmatch(_CONNECTOR, t, re.I)]
    if not 2 <= len(words) <= 4 or any(fold(t) in _ORG_HEADS for t in words[1:]):
        return False
    if any(t.isupper() and len(t) > 2 for t in words):
        return False
    return fold(words[0]) in lexicon("first_names") or fold(words[0].split("-")[0]) in lexicon("first_names")


def bare_head(name: str) -> bool:
    """"Fund", "Capital", "Labs": a head word alone names nothing ("the OpenAI Startup Fund" read as
    "the startup Fund")."""
    return " " not in name.strip() and fold(name.strip().rstrip(".,")) in _ORG_HEADS


def looks_like_org(tokens: list[str]) -> bool:
    first, last = tokens[0], tokens[-1]
    if fold(last.rstrip(".,")) in _ORG_HEADS or fold(first) in _ORG_LEADS and len(tokens) > 1:
        return True
    if len(tokens) == 1:
        t = first
        return bool(_INNER_CAPITALS.match(t) or (_ACRONYM.match(t) and not t.isdigit()) or re.search(r"\d", t)
                    or re.search(r"[:&]|\.(?:ai|io|com|co|net)$", t, re.I))
    return any("&" in t for t in tokens) or bool(re.search(r"\d", " ".join(tokens)))


def guess_label(name: str) -> str | None:
    tokens = name.split()
    if looks_like_person(tokens):
        return schema.PERSON
    if looks_like_org(tokens):
        return schema.COMPANY
    return UNKNOWN


# Heads that make a name that starts with a known company its own investment arm or fund:
# "Salesforce Ventures", "OpenAI Startup Fund", "SoftBank Vision Fund", "Samsung Next".
_ARM_HEADS = frozenset(fold(w) for w in "Ventures Capital Fund Investments Next Growth Partners".split())
# Who only reports the story: "según el diario X", "according to the newspaper X", "the outlet X reported".
_ATTRIBUTION = re.compile(r"(?:\bsegún|\baccording to|\bcitad[oa] por|\bcited by|\breported by|\bpublicó|\bpublished)\s+"
                          r"(?:(?:el|la|los|the|un|una|a)\s+)?(?:(?:diario|medio|periódico|newspaper|outlet|agencia|"
                          r"agency|publicación|publication|revista|magazine|sitio|site|web|portal|cadena|network|"
                          r"medios?)\s+)?(?:[a-záéíóúñü\-]+\s+){0,2}$", re.I)
LEADING_MODIFIER = re.compile(r".+-(?:based|backed|born|owned|led|founded|listed)$", re.I)


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Every inflection of the trigger verbs: "Fundada en 2021 por ...", "Founded in ..." open with a verb."""
    from loaders.inflections import TABLE
    import json
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    return frozenset(fold(f) for language in table.values() for kinds in language.values()
                     for forms in kinds.values() for f in forms if len(f) > 3)


def _in_lexicon(name: str, which: str) -> bool:
    key = fold(name)
    return key in lexicon(which) or key.replace(".", "") in lexicon(which) or f"{key}." in lexicon(which)


_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august", "jan"})  # "Jan Leike", not "Jan. 5"
_DATE_BEFORE = re.compile(r"\b(?:in|on|since|until|from|early|late|mid|last|next|this|of|en|desde|hasta|de|"
                          r"del|a|finales|principios|mediados)\s*$", re.I)


def month_as_given_name(text: str, start: int, words: list[str]) -> bool:
    """"founded in 2017 by June Paik": a month that is also a given name opens a person's name when
    a surname follows and no date word comes before it ("in June Kavak raised" is a date)."""
    return (len(words) == 2 and fold(words[0]) in _MONTH_GIVEN_NAMES and not _in_lexicon(words[1], "not_names")
            and not _DATE_BEFORE.search(text[max(0, start - 12):start]))


# A product named with its owner and its kind ("its Sonar search model", "Qualcomm's Snapdragon X chips").
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|the|open)|['’]s)\s+$", re.I)
_PRODUCT_BEFORE = re.compile(r"\b(?:chips?|models?|modelos?|assistants?|asistentes?|chatbots?|supercomputers?|processors?|"
                             r"procesador(?:es)?|drones?|dron|avión|aviones|robots?|frameworks?|architecture|arquitectura|"
                             r"lenguaje|language)(?:\s+(?:de|of)\s+[a-záéíóúñ]+)?,?\s+$")
_PRODUCT_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:models?|chatbots?|assistants?|processors?|chips?|robots?|apps?|"
                            r"engines?|browsers?|accelerators?|GPUs?|glasses|phones?|smartphones?|devices?|agents?|"
                            r"headsets?|operating system|search model|language models?|cores?|supercomputers?|"
                            r"architecture|frameworks?|software)\b")


class NameSpotter:
    """Candidate names in one document's sentences, told apart from capitalized ordinary words."""

    def __init__(self, text: str, headline: str = ""):
        # Words the document also writes in lowercase are ordinary words when only capitalized by position.
        self.lowercase = frozenset(fold(w) for w in re.findall(r"\b[a-záéíóúñüàèìòùç][\w\-]*", text))
        # A Title Case headline capitalizes every word: a name in it is one the body also writes.
        self.body = text.split("\n", 1)[1] if "\n" in text else ""
        self.headline = headline
        # Surnames of the people spotted so far ("Subramanya" after "Amar Subramanya"); None when two share one.
        self.surnames: dict[str, str | None] = {}
        self.org_rests: dict[str, str] = {}  # "santander" -> "Banco Santander"
        # A headline's "Santander se alía ..." before the body's "Banco Santander": the full name from the start.
        for lead in _ORG_LEAD_WORD.finditer(self.body):
            chunk = _CHUNK.match(self.body, lead.start())
            rest = org_lead_rest(chunk.group()) if chunk else None
            if rest:
                self.org_rests.setdefault(fold(rest), chunk.group())

    def _ordinary(self, token: str) -> bool:
        key = fold(token)
        return key in FUNCTION_WORDS or key in self.lowercase or _in_lexicon(token, "not_names") or \
            _in_lexicon(token, "places") or key.endswith(("mente", "ly")) or key in _verb_forms()

    def candidates(self, sentence: str, mentions: list[Mention], title_case: bool = False) -> list[Mention]:
        """Capitalized chunks of a sentence outside `mentions`, each as a Mention of label Person,
        Company or Unknown with via "candidate" and a provisional id. A chunk that extends a known
        company's name into its fund or venture arm ("Salesforce Ventures") is one too, and replaces
        that mention (see `arms`)."""
        out = []
        for start, end, tokens, offsets in _chunks(sentence):
            inside = [x for x in mentions if x.start < end and start < x.end]
            if inside:
                arm = self._arm(sentence, inside, tokens, offsets)
                if arm:
                    out.append(arm)
                    continue
                # "Se unen a Amazon Peter Chen, ...": a person's full name right after a known company.
                after = [k for k, at in enumerate(offsets) if at >= max(x.end for x in inside)]
                if len(after) != 2 or fold(tokens[after[0]]) not in lexicon("first_names") or \
                        any(x.start >= offsets[after[0]] for x in inside):
                    continue  # a known name takes its chunk: "Meta Superintelligence Labs" is Meta's
                tokens, offsets = [tokens[k] for k in after], [offsets[k] for k in after]
                start = offsets[0]
            if _ATTRIBUTION.search(sentence[:start]):
                continue  # an outlet reporting the story is not a party to it
            # An opening word that the text also writes in lowercase is not part of a name ("Investors",
            # "Founded"); in a Title Case headline, no word is a name by its capital alone.
            at_opening = bool(_SENTENCE_OPENER.match(sentence[:start])) or title_case or \
                re.search(r"[:;.!?]\s*$|[\"“«(]\s*$", sentence[:start]) is not None
            given_month = len(tokens) == 2 and month_as_given_name(sentence, start, tokens)
            # "Banco Santander ha dado ...": an organization's leading word opens its name, even first in a
            # sentence and written elsewhere in lowercase ("el banco").
            # ("March Capital": a word before a bare head is the name's own, whatever else it could be)
            org_lead = org_lead_rest(" ".join(tokens)) is not None or len(tokens) == 2 and bare_head(tokens[1])
            while tokens and not given_month and (
                    self._ordinary(tokens[0]) and at_opening and not org_lead or _in_lexicon(tokens[0], "not_names")
                    or re.fullmatch(_CONNECTOR, tokens[0], re.I) or LEADING_MODIFIER.match(tokens[0])):
                tokens.pop(0)
                offsets.pop(0)
                at_opening = title_case
            if tokens and _PLACE_MODIFIER.search(tokens[-1]):
                continue  # "the San Mateo-based vendor": "San" is part of a place
            while tokens and (re.fullmatch(_CONNECTOR, tokens[-1], re.I) or LEADING_MODIFIER.match(tokens[-1]) or
                              len(tokens) > 1 and _LEGAL_FORM.fullmatch(tokens[-1].rstrip(",;:"))):
                tokens.pop()  # (and "Aker ASA", "Kraft Heinz Co.": the legal form is no part of the name)
            if len(tokens) > 1 and re.search(r"['’]s$", tokens[0]) and _in_lexicon(tokens[0][:-2], "places"):
                tokens.pop(0)  # "China's Meituan": the country is not part of the name
                offsets.pop(0)
            if len(tokens) == 2 and _in_lexicon(tokens[0], "places") and fold(tokens[1]) in {"ai", "ia", "tech"}:
                continue  # "the British AI startup X": a description, not a name
            if not tokens:
                continue
            first, last_end = offsets[0], offsets[len(tokens) - 1] + len(tokens[-1])
            surface = re.sub(r"(?:['’]s|['’])?[.,:;]*$", "", sentence[first:last_end])  # "Musk's", "AI."
            name = " ".join(surface.split())
            if title_case and name not in self.body:
                continue
            # Described as a company ("Sana, an AI startup"), a name is one whatever else it could be.
            described = _COMPANY_APPOSITION.match(sentence, first + len(surface))
            if not described and (_in_lexicon(name, "places") or _in_lexicon(name, "not_names")) \
                    or fold(name) in FUNCTION_WORDS or len(name) < 2 or _LEGAL_FORM.fullmatch(name):
                continue
            label = schema.COMPANY if described else guess_label(name)
            if fold(name) in self.org_rests:  # "Santander" after "Banco Santander": the same bank
                out.append(Mention(first, first + len(surface), surface, f"candidate:{self.org_rests[fold(name)]}",
                                   schema.COMPANY, "candidate"))
                continue
            rest = org_lead_rest(name)
            if rest:
                self.org_rests.setdefault(fold(rest), name)
            if len(tokens) == 1 and not described and self.surnames.get(fold(name)):
                # a person named in full before, now by surname: the same person
                full = self.surnames[fold(name)]
                out.append(Mention(first, first + len(surface), surface, f"candidate:{full}", schema.PERSON,
                                   "candidate"))
                continue
            if label == schema.PERSON and len(tokens) > 1:
                key = fold(tokens[-1].rstrip(".,;:"))
                self.surnames[key] = name if self.surnames.get(key, name) == name else None
            if len(tokens) == 1 and (fold(name) in lexicon("first_names") or fold(name) in _TITLE_WORDS) and not described:
                continue  # a given name alone is someone's short form, not a new entity ("Chief executive X": a title)
            if _ACRONYM_ADJECTIVE.fullmatch(name):
                continue  # "an AI-powered answer engine", "GPU-rich labs": a compound adjective
            if not described and _THING_APPOSITION.match(sentence, first + len(surface)):
                continue  # "Delta Lake, the format Databricks created": a product or standard, not a party
            if _PRODUCT_AFTER.match(sentence, first + len(surface)) and _OWNER_BEFORE.search(sentence[:first]) or \
                    not described and _PRODUCT_BEFORE.search(sentence[:first]):
                continue  # "its Sonar search model", "its next chip, Rebel,", "drones de ataque HX-2": a product
            if len(tokens) == 1 and _MODIFIER_OF_HEAD.match(sentence, first + len(surface)):
                continue  # "AI startup Cohere", "Canadian firm X": a modifier of a description, not a name
            out.append(Mention(first, first + len(surface), surface, f"candidate:{name}", label, "candidate"))
        return out

    @staticmethod
    def _arm(sentence: str, inside: list[Mention], tokens: list[str], offsets: list[int]) -> Mention | None:
        """"Salesforce Ventures", "OpenAI Startup Fund": a known company's name followed by capitalized
        words that end in a fund or venture head names its investment arm, kept apart from the parent."""
        known = inside[0]
        if len(inside) > 1 or known.label != schema.COMPANY or not offsets:
            return None
        if known.start in offsets:
            start = known.start
        elif sentence[known.start:offsets[0]].strip().lower() in ("the", "el", "la"):
            start = offsets[0]  # the known mention took an article: "the OpenAI Startup Fund"
        else:
            return None
        tail = [(t.rstrip(".,;:"), at) for t, at in zip(tokens, offsets) if at >= known.end]
        while tail and fold(tail[-1][0]) not in _ARM_HEADS:
            tail.pop()
        if not tail or len(tail) > 3:
            return None
        end = tail[-1][1] + len(tail[-1][0])
        name = " ".join(sentence[start:end].split())
        return Mention(start, end, name, f"candidate:{name}", schema.COMPANY, "arm")
