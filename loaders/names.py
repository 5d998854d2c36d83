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

This module holds how a name looks (the lexicons of data/lexicon/, the head and
leading words, the guess); loaders.name_spotter finds the candidate names of a
sentence with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graph import schema
from graph.model import fold

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
    "Robotic Machines Devices Instruments Platforms Platform Apps Innovations Innovation Engineering X "
    "Aviation Aircraft Airlines Airways Foods Mining Controls Brands Materials Chemicals Clinic Hospital".split()))
_ORG_LEAD_WORDS = (
    "Grupo Banco Fondo Fundación Instituto Universidad Centro Laboratorio Agencia Ministerio Departamento Consejo "
    "Sociedad Compañía Corporación Caja Caixa Bank University Institute Department Ministry Council Commission "
    "Office Center Centre Laboratory Federal National Royal Saudi Abu Emirates Qatar Temasek".split())
_ORG_LEADS = frozenset(fold(w) for w in _ORG_LEAD_WORDS)
ORG_LEAD_WORD = re.compile(rf"\b(?:{'|'.join(_ORG_LEAD_WORDS)})\s")
_ORG_LEAD_BEFORE = re.compile(rf"\b(?:{'|'.join(_ORG_LEAD_WORDS)})(?:\s+(?:of|de|del))?\s+$")


def after_org_lead(text: str, start: int) -> bool:
    """Whether the name at `start` follows an organization's leading word: "la Universidad Carnegie Mellon",
    "University of Toronto" name an institution, not a person called Carnegie Mellon."""
    return _ORG_LEAD_BEFORE.search(text, max(0, start - 30), start) is not None


# Words that end a company's full name and that a story drops once it has named it ("ZT Systems" then
# "ZT", "Sarvam AI" then "Sarvam"). Fund heads are not among them: "Salesforce Ventures" is not Salesforce.
_NAME_TAILS = frozenset(fold(w) for w in (
    "AI Labs Lab Systems Networks Technologies Technology Robotics Computing Semiconductor Semiconductors "
    "Software Group Dynamics Motors Therapeutics Biosciences Intelligence Analytics Company Corporation "
    # (and what it does, told by an industry: "Cipher Mining" then "Cipher", "Sword Health" then "Sword", "Aligned
    # Data Centers" then "Aligned")
    "Mining Health Healthcare Electronics Energy Pharma Pharmaceuticals Foods Aerospace Logistics Materials "
    "Data Centers Centres "
    # a country or region after the name says where the company is based ("Sapeon Korea" then "Sapeon")
    "Korea Japan China India Europe America Asia Canada Australia Brazil Mexico Germany France Spain Italy Singapore "
    "Indonesia Taiwan Africa".split()))


# Title Case words of a job title that news writes before a name ("Chief Executive Josh Payne").
TITLE_WORDS = frozenset(fold(w) for w in (
    "Chief Executive Officer CEO CFO CTO COO President Chairman Chairwoman Chair Founder Co-founder Cofounder "
    "Co-Founder Director Managing Partner Vice Head Secretary Minister Senator Governor Commissioner Professor "
    "Operating Financial Technology Technical Product Scientist Scientific Counsel Consejero Delegado "
    "Presidente Presidenta Director Directora Fundador Fundadora Cofundador Cofundadora".split()))

# The head nouns a job title ends in: a capitalized run ending in one is a post, not a name ("Corporate Executive
# Officer", "Senior Vice President").
TITLE_HEADS = frozenset(fold(w) for w in "Officer President Chairman Chairwoman Director Scientist Counsel".split())


def country_owner(tokens: list[str]) -> int:
    """How many opening tokens of a name are a country in the possessive, no part of the name: "China's Meituan",
    "South Korea's LG Innotek", "the United Arab Emirates' e&" (never the whole name)."""
    return next((k for k in (1, 2, 3, 4) if k < len(tokens) and re.search(r"['’]s?$", tokens[k - 1]) and
                 in_lexicon(re.sub(r"['’]s?$", "", " ".join(tokens[:k])), "places")), 0)


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
CONNECTOR = r"(?:de|del|de la|de los|van|von|der|den|da|di|du|of|for|the|&|für)"
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
@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    """A lexicon of data/lexicon/, folded; an absent file is an empty lexicon."""
    path = LEXICON / f"{name}.txt"
    if not path.exists():
        return frozenset()
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    if name == "not_names":
        # A model or an event spelled in its own case ("MarIA", "TED", "ERNIE") blocks no given name its letters
        # spell ("María", "Ted Stinson"); folded, the two would be one word.
        given = lexicon("first_names")
        lines = [line for line in lines if line.istitle() or fold(line) not in given]
    elif name == "places":
        # A place spelled with an accent blocks no given name its letters spell without one ("Saná" is no "Sana",
        # "León" no "Leon"): folded, the two would be one word, and the list gives a place's unaccented spelling
        # on a line of its own when news writes it so.
        given = lexicon("first_names")
        lines = [line for line in lines if fold(line) == line.lower() or fold(line) not in given]
    return frozenset(fold(line) for line in lines)


@lru_cache(maxsize=None)
def makers() -> dict[str, str]:
    """data/lexicon/makers.txt: a product -> the company that makes it ("ChatGPT" -> "OpenAI")."""
    path = LEXICON / "makers.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    pairs = [line.split(" = ", 1) for line in lines if " = " in line and not line.startswith("#")]
    return {product.strip(): company.strip() for product, company in pairs}


def looks_like_person(tokens: list[str]) -> bool:
    """"Roy Reznik", "María del Mar Ortega", "Alon N. Cohen": a given name, then one to three more names."""
    words = [t for t in tokens if not re.fullmatch(CONNECTOR, t, re.I)]
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
# (and a year, which a phrase of when leaves before a name: "vendió a Apple en 2016 Pallas Ludens, la startup")
LEADING_MODIFIER = re.compile(r"(?:.+-(?:based|backed|born|owned|led|founded|listed)|(?:19|20)\d\d)$", re.I)


@lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """Every inflection of the trigger verbs: "Fundada en 2021 por ...", "Founded in ..." open with a verb."""
    from loaders.inflections import TABLE
    import json
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    return frozenset(fold(f) for language in table.values() for kinds in language.values()
                     for forms in kinds.values() for f in forms if len(f) > 3)


def in_lexicon(name: str, which: str) -> bool:
    key = fold(name)
    return key in lexicon(which) or key.replace(".", "") in lexicon(which) or f"{key}." in lexicon(which)


_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august", "jan"})  # "Jan Leike", not "Jan. 5"
_DATE_BEFORE = re.compile(r"\b(?:in|on|since|until|from|early|late|mid|last|next|this|of|en|desde|hasta|de|"
                          r"del|a|finales|principios|mediados)\s*$", re.I)


def month_as_given_name(text: str, start: int, words: list[str]) -> bool:
    """"founded in 2017 by June Paik": a month that is also a given name opens a person's name when
    a surname follows and no date word comes before it ("in June Kavak raised" is a date)."""
    return (len(words) == 2 and fold(words[0]) in _MONTH_GIVEN_NAMES and not in_lexicon(words[1], "not_names")
            and not _DATE_BEFORE.search(text[max(0, start - 12):start]))
