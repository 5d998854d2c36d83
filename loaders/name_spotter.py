"""Candidate names in a document's sentences: the capitalized chunks no known entity covers.

Candidates are not entities yet: a relation frame that takes one in a slot
decides it is one, of the kind the slot needs (loaders.relations). Places,
products, months and the like (data/lexicon/places.txt, not_names.txt) are never
candidates, nor is a capitalized word that only opens a sentence or sits in a
Title Case headline when the text also writes it in lowercase. How a name looks
(a person's, an organization's) is loaders.names.
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import fold, slug
from loaders.names import (CONNECTOR, FUNCTION_WORDS, LEADING_MODIFIER, ORG_LEAD_WORD, TITLE_HEADS, TITLE_WORDS,
                           bare_head, country_owner, guess_label, in_lexicon, lexicon, makers, month_as_given_name,
                           org_lead_rest, verb_forms)
from loaders.division_names import is_division
from loaders.thing_words import THING_APPOSITION as _THING_APPOSITION
from loaders.treated_as_company import names_treated_as_companies
from loaders.types import Mention

_DESCRIBED_BY = re.compile(r"-(?:backed|owned|led|funded|controlled|based)$")
_BACKER = re.compile(r"\w-(?:backed|owned|led|funded|controlled)$")  # (where it is based is no party)
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
        if len(tokens) < 3 or not TITLE_WORDS.intersection(t.rstrip(".,").lower() for t in tokens):
            out.append((m.start(), m.end(), tokens, offsets))  # (most chunks: no title inside)
            continue
        title = [fold(t.rstrip(".,")) in TITLE_WORDS for t in tokens]
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


# (a number may open a fund's name when an investor's head follows it: "468 Capital", "500 Global"; a year never does)
_NUMBER_NAME = r"(?<![\w$€£¥.,])(?!(?:19|20)\d\d\b)\d{2,4}(?=\s+(?:Capital|Global|Ventures|Partners|Fund|Labs|VC)\b)"
_TOKEN = r"(?:" + _NUMBER_NAME + r"|[A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÄËÏÖÇØÅ][\w'’.\-&]*(?::[a-z]\w*)?|[a-z]+[A-Z][\w.\-]*|[a-z]+\d+[a-z]{3,}[\w.\-]*|(?<![\d$€£¥])\d+(?!(?:mn|bn|tn|m|b|k)\b)[A-Za-z][\w.\-]*)"
# (a sum of money is no name: "€23mn Series A", "$15B", as "5Y Capital" and "3M" are)
# A university's campus is part of its name: "Universidad de California en Berkeley".
# (never from inside a word: "b2venture" holds no name "2venture", but is one: a digit inside a lowercase word is
# no word's spelling, though "b2b" and "p2p" are)
_CHUNK = re.compile(rf"(?<![\w'’])(?:Universidad(?:\s+(?:{CONNECTOR}\s+)?{_TOKEN})+\s+en\s+{_TOKEN}(?:\s+{_TOKEN})*|"
                    rf"{_TOKEN}(?:\s+(?:{CONNECTOR}\s+)?{_TOKEN})*)")
# ("American-educated", "Indian-language", and a suspended "New York- and Paris-based": compound adjectives)
_ACRONYM_ADJECTIVE = re.compile(r"[A-Z]{2,5}-[a-z]{3,}|[A-Z][a-záéíóú]{2,}-[a-z]{3,}|.*\w-")
_AGENT_AFTER = re.compile(r"\s+(?:by|por)\s")  # (what a passive participle is followed by)
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]+[a-z]*")  # "LeanIX", "HiredScore": no acronym, no common noun
_MODIFIER_OF_HEAD = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?(?:startups?|firms?|compan(?:y|ies)|giants?|groups?|makers?|"
                               r"labs?|funds?|banks?|unicorns?|providers?|developers?|platforms?)\b")
# ("X, the company's chief executive": a post at the company the noun owns, said of a person)
_COMPANY_APPOSITION = re.compile(r",\s+(?:a|an|the|una|un|la|el)\s+(?:[\w\-]+\s+){0,3}?(?:startup|company|firm|"
                                 r"lab|maker|developer|provider|empresa|compañía|firma|fabricante|desarrolladora)\b(?!['’]s)")
_LEGAL_FORM = re.compile(r"(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|PLC|GmbH|AG|SE|SA|S\.A|SL|S\.L|SAS|SpA|NV|BV|ASA|AB|"
                         r"Oyj|SRL)\.?")
_NUMBERED = re.compile(r"\s\d{1,2}(?![\d.,%])(?!\s*(?:de|of)\b)")  # "Level 4", not "Kovra 12%" nor "June 5 of"
_SENTENCE_OPENER = re.compile(r"^[\s\"'“”«»‘’(\[¿¡\-–—•*#>]*$")


# (and a group's financial or industrial subsidiary: "Samsung Securities", "MUFG Bank", "Samsung Heavy Industries";
# "Blue Owl Managed Funds": the funds an asset manager runs)
_ARM_HEADS = frozenset(fold(w) for w in
                       "Ventures Capital Fund Funds Investments Next Growth Partners Securities Bank Industries Insurance".split())
_UNIT_HEADS_EN = frozenset(fold(w) for w in "Cloud Digital Mobile Electric Research".split())
# Spanish names a country's ministry with the demonym last ("el Ministerio de Asuntos Exteriores japonés"): the
# demonym tells one ministry from another country's, so it is part of the name (a lowercase word with a demonym's
# ending, not followed by "de").
_MINISTRY_OF = re.compile(r"Ministerio\s+de\s")
_DEMONYM_AFTER = re.compile(r"\s+[a-záéíóúñ]+(?:és|esa|án|ana|ano|ense|ino|ina|eño|eña|ol|ola|ico|ica|ío|ía|ita)\b(?!\s+de\b)")
# A field taught or studied, named between a teacher's or a degree's word and the school ("profesor de Ingeniería
# Eléctrica e Informática de la Universidad de Stanford"): Spanish and English both capitalize it; no party.
_SUBJECT_TAUGHT = re.compile(r"\b(?:profesora?|catedrátic[oa]|professor|lecturer|doctorado|licenciatura|licenciad[oa]|"
                             r"graduad[oa]|grado|máster|degrees?|PhD|doctorate)\s+(?:en|de|of|in)\s+$", re.I)
_AT_SCHOOL = re.compile(r"(?:\s+(?:y|e|and)\s+[A-ZÁÉÍÓÚ]\w*(?:\s+[A-ZÁÉÍÓÚ]\w*)?)?\s+(?:de|en|at|from)\s+"
                        r"(?:la\s+|el\s+|the\s+)?[A-ZÁÉÍÓÚ]")
# Who only reports the story: "según el diario X", "according to the newspaper X", "the outlet X reported".
_ATTRIBUTION = re.compile(r"(?:\bsegún|\baccording to|\bcitad[oa] por|\bcited by|\breported by|\bpublicó|\bpublished)\s+"
                          r"(?:(?:el|la|los|the|un|una|a)\s+)?(?:(?:diario|medio|periódico|newspaper|outlet|agencia|"
                          r"agency|publicación|publication|revista|magazine|sitio|site|web|portal|cadena|network|"
                          r"medios?)\s+)?(?:[a-záéíóúñü\-]+\s+){0,2}$", re.I)
# A product named with its owner and its kind ("its Sonar search model", "Qualcomm's Snapdragon X chips").
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|the|open)|['’]s)\s+$", re.I)
_PRODUCT_BEFORE = re.compile(r"\b(?:chips?|models?|modelos?|assistants?|asistentes?|chatbots?|supercomputers?|processors?|"
                             r"procesador(?:es)?|drones?|dron|avión|aviones|robots?|frameworks?|architecture|arquitectura|"
                             r"lenguaje|language)(?:\s+(?:de|of)\s+[a-záéíóúñ]+)?,?\s+$")
# "a family of image models called Flux", "un modelo llamado Kimi": a product named, which the story names again later
_PRODUCT_CALLED = re.compile(r"\b(?:models?|modelos?|chatbots?|assistants?|asistentes?|apps?|aplicaci[oó]n|chips?|"
                             r"robots?|agents?|agentes?|tools?|herramientas?)\s+(?:called|named|dubbed|llamad[oa]s?|"
                             r"denominad[oa]s?|bautizad[oa]s?)\s+$")
_PRODUCT_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:models?|chatbots?|assistants?|processors?|chips?|robots?|apps?|"
                            r"engines?|browsers?|accelerators?|GPUs?|glasses|phones?|smartphones?|devices?|agents?|"
                            r"headsets?|operating system|search model|language models?|cores?|supercomputers?|"
                            r"architecture|frameworks?|software)\b")


def _word_of_org(tokens: list[str], at_opening: bool) -> bool:
    """"the Mayo Clinic", "Sterling Arc Securities", "World Innovation Lab": a word that is no name alone (a month, a
    currency, a common noun) opens an organization's name when the chunk ends in an organization's head; first in a
    sentence it may only be capitalized there."""
    return len(tokens) > 1 and not at_opening and tokens[0][:1].isupper() and tokens[0][1:].islower() and \
        bare_head(tokens[-1].rstrip(".,;:")) and fold(tokens[0]) not in FUNCTION_WORDS


class NameSpotter:
    """Candidate names in one document's sentences, told apart from capitalized ordinary words."""

    def __init__(self, text: str, headline: str = "", language: str = ""):
        self.language = language
        # Words the document also writes in lowercase are ordinary words when only capitalized by position.
        self.lowercase = frozenset(fold(w) for w in re.findall(r"\b[a-záéíóúñüàèìòùç][\w\-]*", text))
        # A Title Case headline capitalizes every word: a name in it is one the body also writes.
        self.body = text.split("\n", 1)[1] if "\n" in text else ""
        self.headline = headline
        # Surnames of the people spotted so far ("Subramanya" after "Amar Subramanya"); None when two share one.
        self.surnames: dict[str, str | None] = {}
        self.org_rests: dict[str, str] = {}  # "santander" -> "Banco Santander"
        self.products: set[str] = set()  # names the story called a product ("models called Flux"), never a party
        self.companies = names_treated_as_companies(text)  # "Axel Springer's chief executive": a company's name
        # A headline's "Santander se alía ..." before the body's "Banco Santander": the full name from the start.
        for lead in ORG_LEAD_WORD.finditer(self.body):
            chunk = _CHUNK.match(self.body, lead.start())
            rest = org_lead_rest(chunk.group()) if chunk else None
            if rest:
                self.org_rests.setdefault(fold(rest), chunk.group())

    def _ordinary(self, token: str) -> bool:
        key = fold(token)
        return key in FUNCTION_WORDS or key in self.lowercase or in_lexicon(token, "not_names") or \
            in_lexicon(token, "places") or key.endswith(("mente", "ly")) or key in verb_forms()

    def _given_then_surname(self, tokens: list[str]) -> bool:
        """"Ted Stinson": a given name that folds to a word of not_names ("TED", "DORA") still opens a person's
        name when written in Title Case before a surname."""
        return len(tokens) == 2 and tokens[0][1:].islower() and fold(tokens[0]) in lexicon("first_names") and \
            not self._ordinary(tokens[1]) and not in_lexicon(" ".join(tokens), "not_names")

    def candidates(self, sentence: str, mentions: list[Mention], title_case: bool = False) -> list[Mention]:
        """Capitalized chunks of a sentence outside `mentions`, each as a Mention of label Person,
        Company or Unknown with via "candidate" and a provisional id. A chunk that extends a known
        company's name into its fund or venture arm ("Salesforce Ventures") is one too, and replaces
        that mention (see `arms`)."""
        out = []
        for start, end, tokens, offsets in _chunks(sentence):
            inside = [x for x in mentions if x.start < end and start < x.end]
            if inside:
                arm = self._arm(sentence, inside, tokens, offsets) or \
                    (not title_case and self._named_for(sentence, inside, tokens, offsets))
                if arm:
                    out.append(arm)
                    continue
                owner = self._owner_of(sentence, inside, tokens, offsets)
                if owner:
                    out.append(owner)
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
            if tokens and _BACKER.search(tokens[-1]) and tokens[-1][:1].isupper():
                tokens[-1] = tokens[-1][:tokens[-1].rindex("-")]  # "a Hiranandani Group-backed operator": the backer
            if at_opening and len(tokens) > 1 and in_lexicon(" ".join(tokens).rstrip(".,;:"), "places"):
                continue  # "Nueva York, 10 de julio.-": a place whose first word the text also writes in lowercase
            while tokens and not given_month and (
                    self._ordinary(tokens[0]) and at_opening and not org_lead or in_lexicon(tokens[0], "not_names") and
                    not self._given_then_surname(tokens) and not _word_of_org(tokens, at_opening) or re.fullmatch(CONNECTOR, tokens[0], re.I) or LEADING_MODIFIER.match(tokens[0])):
                tokens.pop(0)
                offsets.pop(0)
                at_opening = title_case
            if tokens and _PLACE_MODIFIER.search(tokens[-1]):
                continue  # "the San Mateo-based vendor": "San" is part of a place
            while tokens and (re.fullmatch(CONNECTOR, tokens[-1], re.I) or LEADING_MODIFIER.match(tokens[-1]) or
                              len(tokens) > 1 and _LEGAL_FORM.fullmatch(tokens[-1].rstrip(",;:")) or
                              sentence.startswith("$", offsets[len(tokens) - 1] + len(tokens[-1]))):
                tokens.pop()  # (and "Aker ASA", "Kraft Heinz Co.": the legal form is no part of the name; nor is
                # a currency's code, "una ronda Serie D de US$ 350 millones")
            owner = country_owner(tokens)  # "South Korea's LG Innotek": the country is no part of the name
            tokens, offsets = tokens[owner:], offsets[owner:]
            if len(tokens) == 2 and in_lexicon(tokens[0], "places") and fold(tokens[1]) in {"ai", "ia", "tech"}:
                continue  # "the British AI startup X": a description, not a name
            if not tokens:
                continue
            first, last_end = offsets[0], offsets[len(tokens) - 1] + len(tokens[-1])
            surface = re.sub(r"(?:['’]s|['’])?[.,:;]*$", "", sentence[first:last_end])  # "Musk's", "AI."
            demonym = _MINISTRY_OF.match(surface) and _DEMONYM_AFTER.match(sentence, first + len(surface))
            if demonym:  # "el Ministerio de Defensa alemán": whose ministry it is belongs to its name
                surface = sentence[first:demonym.end()]
            name = " ".join(surface.split())
            if title_case and name not in self.body:
                continue
            # Described as a company ("Sana, an AI startup"), a name is one whatever else it could be.
            described = _COMPANY_APPOSITION.match(sentence, first + len(surface))
            if not described and (in_lexicon(name, "places") or in_lexicon(name, "not_names")) \
                    or fold(name) in FUNCTION_WORDS or len(name) < 2 or _LEGAL_FORM.fullmatch(name):
                continue
            if not described and is_division(sentence, first, tokens, self.lowercase):
                continue  # "presidente de Comercio de la compañía": the area a post covers, no party
            label = schema.COMPANY if described or fold(name) in self.companies else guess_label(name)
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
            if len(tokens) == 1 and (fold(name) in lexicon("first_names") or fold(name) in TITLE_WORDS) and not described:
                continue  # a given name alone is someone's short form, not a new entity ("Chief executive X": a title)
            if len(tokens) == 1 and not described and _NUMBERED.match(sentence, first + len(surface)):
                continue  # "Level 4 autonomy", "Phase 2", "Gen 3": a word numbered is a designation, not a name
            if len(tokens) > 1 and fold(tokens[-1].rstrip(".,;:")) in TITLE_HEADS and \
                    fold(tokens[0]) not in lexicon("first_names"):
                continue  # "X, Corporate Executive Officer, Corporate Vice President and CTO": a post, not a name
            if _ACRONYM_ADJECTIVE.fullmatch(name):
                continue  # "an AI-powered answer engine", "GPU-rich labs": a compound adjective
            if len(tokens) == 1 and _SENTENCE_OPENER.match(sentence[:first]) and \
                    _AGENT_AFTER.match(sentence, first + len(surface)):
                continue  # "Led by chief executive X, the company ...": a participle opening the sentence, not a name
            if _SUBJECT_TAUGHT.search(sentence[:first]) and _AT_SCHOOL.match(sentence, first + len(surface)):
                continue  # "profesor de Ingeniería Eléctrica de la Universidad de Stanford": a field, no party
            if not described and _THING_APPOSITION.match(sentence, first + len(surface)):
                continue  # "Delta Lake, the format Databricks created": a product or standard, not a party
            if not described and _PRODUCT_CALLED.search(sentence[:first]):
                self.products.add(name)
            if _PRODUCT_AFTER.match(sentence, first + len(surface)) and _OWNER_BEFORE.search(sentence[:first]) or \
                    not described and (_PRODUCT_BEFORE.search(sentence[:first]) or name in self.products):
                continue  # "its Sonar search model", "its next chip, Rebel,", "drones de ataque HX-2": a product
            if len(tokens) == 1 and _MODIFIER_OF_HEAD.match(sentence, first + len(surface)):
                continue  # "AI startup Cohere", "Canadian firm X": a modifier of a description, not a name
            out.append(Mention(first, first + len(surface), surface, f"candidate:{name}", label, "candidate"))
        return out

    def _named_for(self, sentence: str, inside: list[Mention], tokens: list[str],
                   offsets: list[int]) -> Mention | None:
        """"Bezos Expeditions", "Schmidt Futures": a person's name with a capitalized word after it that is no
        name of a person names an organization called after them (a family office, a foundation), not the person;
        a company's name with a country's after it names its unit there."""
        known = inside[0]
        if len(inside) > 1 or known.label not in (schema.PERSON, schema.COMPANY) or known.start not in offsets:
            return None
        tail = [t.rstrip(".,;:") for t, at in zip(tokens, offsets) if at >= known.end]
        if known.label == schema.COMPANY and len(tail) == 1 and in_lexicon(tail[0], "places") and \
                known.start == offsets[0] and not re.match(r"['’]", sentence[known.end:]):
            # "Deloitte Australia", "Sequoia Capital India": a company's name with a country's right after it
            # names its unit there, a company of its own ("SB OpenAI Japan": the name opens before the company)
            end = offsets[-1] + len(tail[-1])
            return Mention(known.start, end, sentence[known.start:end], f"candidate:{sentence[known.start:end]}",
                           schema.COMPANY, "arm")
        if known.via == "short" and 1 <= len(tail) <= 2 and known.start == offsets[0] and not any(
                fold(t) in FUNCTION_WORDS or fold(t) in lexicon("first_names") or in_lexicon(t, "not_names") or
                in_lexicon(t, "places") for t in tail):
            # "Mercado Pago" where "Mercado" is Mercado Libre's short form: a short form stands alone; run on
            # into other capitalized words, it opens another name
            end = offsets[-1] + len(tail[-1])
            name = sentence[known.start:end]
            if in_lexicon(name, "places") or known.entity_id.split(":")[-1].startswith(slug(name) + "-"):
                return None  # ("Palo Alto" for Palo Alto Networks: a longer short form of the same company)
            return Mention(known.start, end, name, f"candidate:{name}", guess_label(name), "arm")
        if self.language == "es" and known.label == schema.COMPANY and known.via == "name" and len(tail) == 1 \
                and known.start == offsets[0] and not re.match(r"['’]", sentence[known.end:]) \
                and not self._ordinary(tail[0]) and (tail[0][1:].islower() or _CAMEL.fullmatch(tail[0])) \
                and not _LEGAL_FORM.fullmatch(tail[0]) and fold(tail[0]) not in lexicon("first_names") \
                and tail[0] not in makers():
            # "Google Brain", "Uber Eats", "SAP LeanIX" in a Spanish story, which writes common nouns in lowercase:
            # a word capitalized after a company's name is part of another name, the company's unit's
            end = offsets[-1] + len(tail[-1])
            name = sentence[known.start:end]
            return Mention(known.start, end, name, f"candidate:{name}", schema.COMPANY, "arm")
        if self.language == "en" and known.label == schema.COMPANY and known.via == "name" and len(tail) == 1 and \
                known.start == offsets[0] and fold(tail[0]) in _UNIT_HEADS_EN and not re.match(r"['’]", sentence[known.end:]):
            # "Aramco Digital", "Naver Cloud", "Rakuten Mobile", "Ola Electric", "IBM Research": a company's name with a
            # word for a unit's line of business after it names that unit, a company of its own (English capitalizes any
            # word of a name, so only these words, never a product's name: "Microsoft Teams"; a lab with a name of its
            # own, "Google Brain", is as often annotated as the group itself)
            end = offsets[-1] + len(tail[-1])
            return Mention(known.start, end, sentence[known.start:end], f"candidate:{sentence[known.start:end]}",
                           schema.COMPANY, "arm")
        if known.label != schema.PERSON or not 1 <= len(tail) <= 2 or any(
                self._ordinary(t) or fold(t) in lexicon("first_names") or t.isupper() or not t[:1].isupper()
                for t in tail):
            return None
        if not (tail[-1].endswith("s") or bare_head(tail[-1])):
            return None  # (a plural or an organization's head: "Jia Yangqing" is a name written family name first)
        end = offsets[-1] + len(tail[-1])
        name = " ".join(sentence[known.start:end].split())
        return Mention(known.start, end, name, f"candidate:{name}", schema.COMPANY, "arm")

    def _owner_of(self, sentence: str, inside: list[Mention], tokens: list[str], offsets: list[int]) -> Mention | None:
        """"founded by Ola's Bhavish Aggarwal": a word in the possessive right before a known person names where the
        person works, an organization (a place there is only where they come from: "India's Nandan Nilekani")."""
        known = inside[0]
        k = offsets.index(known.start) if known.start in offsets else 0
        if len(inside) > 1 or known.label != schema.PERSON or k != 1 or not re.search(r"\w['’]s$", tokens[0]):
            return None
        word = tokens[0][:-2]
        if self._ordinary(word) or fold(word) in lexicon("first_names") or fold(word) in TITLE_WORDS or \
                _SENTENCE_OPENER.match(sentence[:offsets[0]]):
            return None
        return Mention(offsets[0], offsets[0] + len(word), word, f"candidate:{word}", schema.COMPANY, "candidate")

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
