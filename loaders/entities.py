"""Entity mentions: registry names and aliases, and the names a document adds.

`Gazetteer` knows the entities of the registry (loaders.discovery adds a
document's own names to a copy of it); `find_mentions` marks every name, alias
and in-document short form ("Wang", "Scale") in a sentence.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from graph import schema
from graph.errors import InputError
from graph.model import entity_id, fold, name_key
from graph.model import short_forms as model_short_forms
from loaders.names import in_lexicon, org_lead_rest, verb_forms
from loaders.types import KnownEntity, Mention

DEFAULT_REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry.json"

NOT_NAMES = frozenset(fold(w) for w in (
    "El La Los Las Un Una The A An Este Esta Según Tras Además Sin Aunque Pero Mientras Con "
    "Por Para En De Del Ante Hoy Ayer However Meanwhile After According While Also But In On "
    "At For It Its Their They He She His Her Su Sus This That These Those Si If Como As "
    "Lunes Martes Miércoles Jueves Viernes Sábado Domingo Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre "
    "Octubre Noviembre Diciembre January February March April May June July August September "
    "October November December IA AI CEO CFO CTO EE UU US U.S. U.K. EE.UU. EEUU Europa Europe China Estados "
    "Unidos United States Silicon Valley San Francisco Madrid Londres London Nueva York New "
    "York París Paris Berlín Berlin Reuters Bloomberg EFE AP Fuente Source Imagine Entonces "
    "Bueno Curiosamente Aparentemente Sin embargo Asimismo Finalmente Mientras tanto Nasdaq".split()))

# A known name that ends in its legal form is also known without it: news abbreviates or drops the form
# ("Corporation" written "Corp"), and find_mentions takes the form back in after the name (_FORM_TAIL).
# (not "McKinsey &", "Eli Lilly and", "The Boeing": a name of two words at least, whole without its form)
_WITH_LEGAL_FORM = re.compile(r"(?!The\s)(\S+(?:\s+\S+)+?)(?<![\s&])(?<!\band)(?<!\by),?\s+(?:Corporation|Incorporated|"
                              r"Limited|Company|Inc\.?|Corp\.?|Ltd\.?|Co\.|LLC|PLC|plc|GmbH|AG|S\.A\.|SA)")


class Gazetteer:
    """Entities by folded name: the registry plus what documents add."""

    def __init__(self, entities: list[KnownEntity]):
        self.by_id: dict[str, KnownEntity] = {}
        self.names: dict[str, str] = {}
        self.firsts: dict[str, int] = {}  # a name's first word -> the most words a name starting with it has
        self.max_tokens = 1
        # (count, index): the multi-word entities' names by the keys of their short forms, for the first
        # `count` entities; a tuple, so a document's copy of the registry shares it (see index_short_forms).
        self.short_index: tuple[int, dict[str, tuple[str, ...]]] = (0, {})
        for entity in entities:
            self.add(entity)

    def add(self, entity: KnownEntity) -> KnownEntity:
        known = self.by_id.setdefault(entity.id, entity)
        names = [entity.name, *entity.aliases, *entity.descriptors]
        if entity.label == schema.COMPANY:  # "Sumitomo Mitsui Banking Corp" for "... Banking Corporation"
            names += [m.group(1) for m in map(_WITH_LEGAL_FORM.fullmatch, names) if m]
        for name in names:
            key = name_key(name)
            self.names.setdefault(key, entity.id)
            # Indexed by its first token as find_mentions cuts a sentence ("Wa'ed" is two tokens there).
            tokens = _TOKEN.findall(name)
            if tokens:
                first = name_key(tokens[0])
                self.firsts[first] = max(self.firsts.get(first, 0), len(tokens))
            self.max_tokens = max(self.max_tokens, len(key.split()))
        return known

    def lookup(self, name: str) -> KnownEntity | None:
        found = self.names.get(name_key(name))
        return self.by_id[found] if found else None

    def index_short_forms(self) -> None:
        """Work out `short_index` for every entity held now. Discovery asks it of every document: done
        once for the registry, it is no longer done again for each of them."""
        if self.short_index[0] != len(self.by_id):
            index: dict[str, list[str]] = {}
            add_short_forms(index, list(self.by_id.values()))
            self.short_index = (len(self.by_id), {key: tuple(names) for key, names in index.items()})


def add_short_forms(index: dict[str, list[str]], entities: list[KnownEntity]) -> None:
    """Index the entities among `entities` by the keys of their short forms."""
    for entity in entities:
        for short in short_forms(entity):  # (a one-word name has one only when "AI" is fused to it)
            index.setdefault(name_key(short), []).append(entity.name)


def load_registry(path: str | Path | None = None) -> list[KnownEntity]:
    path = Path(path or os.environ.get("AIKG_REGISTRY") or DEFAULT_REGISTRY)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["entities"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path}: cannot read the entity registry ({err}); "
                         f"it must be JSON with an 'entities' list") from err
    out = []
    for row in rows:
        label = row.get("label")
        if label not in (schema.COMPANY, schema.PERSON) or not row.get("name"):
            raise InputError(f"{path}: registry entry {row!r} needs a name and a label Company or Person")
        out.append(KnownEntity(id=entity_id(label, row["name"]), label=label, name=row["name"],
                               aliases=list(row.get("aliases", [])), kind=row.get("kind"),
                               descriptors=list(row.get("descriptors", []))))
    return out


_INVESTOR_NAME = re.compile(r"\b(?:Capital|Ventures|Partners|Fund|Investments|Holdings|Asset Management|"
                            r"Equity|Capital Partners|VC)$")
_STARTUP_NAME = re.compile(r"\b(?:AI|Labs?|Robotics|Computing|Intelligence|Technologies|Systems)$")


def guess_kind(name: str) -> str | None:
    """A discovered company's kind from its name: "Isar Peak Capital" invests, "Albor Robotics" builds."""
    if _INVESTOR_NAME.search(name):
        return "investor"
    if _STARTUP_NAME.search(name):
        return "startup"
    return None


def short_forms(entity: KnownEntity) -> list[str]:
    """In-document short forms: a person's surname, a company's first word ("Scale"), or what follows
    an organization's leading word ("Santander" for Banco Santander)."""
    return list(_short_forms(entity.label, entity.name))


@lru_cache(maxsize=1 << 14)
def _short_forms(label: str, name: str) -> tuple[str, ...]:
    # Asked for every registry entity of every document (loaders.discovery): worked out once per name.
    rest = org_lead_rest(name) if label == schema.COMPANY else None
    # "Furiosa" for FuriosaAI: a one-word name with "AI" fused to a word of its own drops it, as
    # "Sarvam" does for Sarvam AI ("OpenAI", "xAI": too short a word to stand alone).
    fused = re.fullmatch(r"([A-Z][a-z]{4,})AI", name) if label == schema.COMPANY else None
    if fused and fold(fused.group(1)) not in NOT_NAMES:
        return (fused.group(1),)
    return (rest,) if rest else tuple(model_short_forms(label, name, NOT_NAMES))


def _case_ok(surface: str, name: str) -> bool:
    # "meta" (goal) is not Meta, "x" is not X: an all-lowercase span only matches a
    # lowercase brand, and very short names must match exactly.
    if len(name) <= 2:
        return surface == name
    if surface.islower() and not name.islower():
        return False
    return True


def _follows_name(sentence: str, start: int) -> bool:
    """"Jeff Wang" is not "Wang" of Alexandr Wang: a capitalized word before a short form
    makes it part of another name (sentence-opening words aside)."""
    prev = re.search(r"([A-ZÁÉÍÓÚÑÜ][\w'’\-]*)\s+$", sentence[:start])
    return bool(prev) and fold(prev.group(1)) not in NOT_NAMES and prev.start() > 0


def _name_goes_on(sentence: str, end: int) -> bool:
    """"junto a Zhou Xinyu y Wu Yuxin" is not Eddie Wu: a person's surname run on into a capitalized word that is no
    verb nor common word opens another person's name (a headline's "Musk Sues" goes on with a verb)."""
    after = re.match(r" ([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b(?![\-'’])", sentence[end:])
    return bool(after) and fold(after.group(1)) not in NOT_NAMES and fold(after.group(1)) not in verb_forms() and \
        not in_lexicon(after.group(1), "not_names") and not in_lexicon(after.group(1), "places")


# A token; "Microsoft-backed", "Paris-based" are two: the name and what is said of it.
# A legal form after a known company belongs to its mention ("Fidelity Management & Research Company,
# Baillie Gifford", "Aker ASA, Nokia y Nvidia"): left outside, it breaks a list. (Its abbreviation with a
# period, "Corp.", stays outside: taking it in added wrong claims on real news and nothing on the test split.)
_FORM_TAIL = re.compile(r"\s+(?:Inc|Corp|Corporation|Company|Ltd|LLC|PLC|plc|GmbH|AG|ASA|AB|NV|SE|SA|SpA|Oyj)(?![\w.])")
_ACRONYM_AFTER = re.compile(r" (?!(?:AI|IA|CEO|CTO|CFO|COO|SE|SA|NV|AG|ADR|ADRs|US|EE|UU|EEUU|UE|EU|UK|GPU|GPUs|CPU|TPU|NPU|API|IPO|OPA|PC)\b)[A-Z]{2,6}\b(?![\w\-.])")
# ("ex-Google engineer": the prefix is no part of the name)
_TOKEN = re.compile(r"\b[Ee]x(?=-[A-Z])|\w+(?:(?:[.&]|-(?!(?:backed|based|owned|led|funded|controlled|made|listed|headquartered|"
                    r"focused|linked|affiliated|born|designed|built)\b))+\w+)*")


_ARTICLES = frozenset("the el la los las".split())
# ("Tokyo-based Shiodome Securities": a short form that is also a place, where something is based, is the place)
_PLACE_AFTER = re.compile(r"-(?:based|headquartered)\b")


def find_mentions(sentence: str, gazetteer: Gazetteer, local: dict[str, str]) -> list[Mention]:
    """Longest-match names, aliases and short forms in one sentence.

    `local` maps folded short forms seen in this document to entity ids.
    """
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    keys = [name_key(sentence[a:b]) for a, b in tokens]
    local_firsts: dict[str, int] = {}
    for short in local:
        tokens_of = _TOKEN.findall(short)
        if tokens_of:
            first = name_key(tokens_of[0])
            local_firsts[first] = max(local_firsts.get(first, 0), len(tokens_of))
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        # Only where a known name can start: its first word, or an article before it ("The Information").
        span = max(gazetteer.firsts.get(keys[i], 0), local_firsts.get(keys[i], 0))
        if keys[i] in _ARTICLES and i + 1 < len(tokens):  # "the Information" for "The Information"
            span = max(span, gazetteer.firsts.get(keys[i + 1], 0) + 1)
        if not span:
            i += 1
            continue
        hit = None
        for n in range(min(span, len(tokens) - i), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            surface = sentence[start:end]
            key = name_key(surface)
            entity_key = gazetteer.names.get(key)
            via = "name"
            if entity_key is None and key in local:
                entity_key, via = local[key], "short"
            if entity_key is None:
                continue
            entity = gazetteer.by_id[entity_key]
            if n > 1 and keys[i] in _ARTICLES and (via == "name" or keys[i] != "the") and \
                    fold(entity.name.split()[0]) not in _ARTICLES:
                # "the OpenAI Startup Fund": the article is not OpenAI's, as it is The Information's; nor does it
                # take a short form ("la Autoridad de Inversiones de Qatar" is the whole name, from its first word)
                continue
            if not _case_ok(surface, entity.name if via == "name" else surface.title()):
                continue
            if via == "short" and (surface.islower() or _follows_name(sentence, start) or _PLACE_AFTER.match(sentence, end) or
                                   entity.label == schema.PERSON and _name_goes_on(sentence, end)):
                continue
            if surface.isupper() and _ACRONYM_AFTER.match(sentence, end):
                continue  # "CMA CGM", "MSD", ...: an acronym followed by another is part of a longer name
            tail = _FORM_TAIL.match(sentence, end) if entity.label == schema.COMPANY else None
            hit = Mention(start, tail.end() if tail else end, surface, entity.id, entity.label, via)
            i += n
            break
        if hit:
            mentions.append(hit)
        else:
            i += 1
    return mentions
