"""Masking: a sentence and its mentions -> the text the cue patterns read (loaders.types.MaskedSentence).

Each mention, amount and percentage becomes a slot (`⟦C3⟧`, `⟦P4⟧`, `⟦$0⟧`,
`⟦%0⟧`). What only describes a company joins its slot, so that a cue sees the
name where the news puts a description before it: "venture capital firm
Accel", "tech giants Nvidia", "AI firms such as OpenAI", "la firma de capital
riesgo Thrive Capital", "el gigante chino Alibaba", "la francesa Mistral AI".
An abbreviation or ticker in parentheses right after a name joins it too:
"Amazon Web Services (AWS)", "Nvidia (NASDAQ: NVDA)".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from graph import schema
from loaders.names import country_owner
from loaders.types import MaskedSentence, Mention, Sentence
from loaders.values import find_money, find_percents

# Nouns that head a description of a company.
# Relational nouns (rival, investor, customer, partner) are not among them: they state a relation.
# (Spanish names a brokerage by its form: "analista de la sociedad de valores X", "de la correduría X".)
_HEADS = (r"firms?|compan(?:y|ies)|startups?|start-ups?|giants?|groups?|banks?|funds?|makers?|chipmakers?|apps?|"
          r"labs?|laborator(?:y|ies)|providers?|operators?|platforms?|developers?|units?|arms?|"
          r"conglomerates?|retailers?|carriers?|insurers?|managers?|incubators?|accelerators?|agenc(?:y|ies)|"
          r"institutes?|universit(?:y|ies)|publishers?|unicorns?|outfits?|specialists?|players?|titans?|"
          r"subsidiar(?:y|ies)|divisions?|vendors?|suppliers?|manufacturers?|designers?|operators?|lenders?|"
          r"telecoms?|brokers?|brokerages?|consultanc(?:y|ies)|consultants?|companies|corporations?|conglomerates?|"
          r"empresas?|compañías?|firmas?|gigantes?|grupos?|bancos?|fondos?|gestoras?|"
          r"fabricantes?|laboratorios?|proveedor(?:es|as?)?|operador(?:es|as?)?|plataformas?|desarrolladoras?|"
          r"unidad(?:es)?|filiales?|tecnológicas?|aseguradoras?|consultoras?|unicornios?|aceleradoras?|"
          r"incubadoras?|institutos?|universidad(?:es)?|agencias?|entidad(?:es)?|operadoras?|distribuidoras?|"
          r"cooperativas?|multinacional(?:es)?|matriz|holding|socimis?|sociedad(?:es)?|corredur[ií]as?|"
          r"fintechs?|neobancos?|telecos?|teleco|startups?|emergentes?")
_INTRO = r"(?:such as|including|like|among them|notably|como|tales como|entre ellos|entre ellas|incluidos?|incluidas?)"
# Words that never belong to a description: they start a clause or join two phrases.
_FUNCTION = frozenset(
    "de del en a al con por para que y o e u ni of in on at to for with and or by from as said dijo was were is es "
    "fue ha has had have will would se su sus its their his her which who whom whose cuyo cuya quien quienes "
    "this that these those este esta estos estas ese esa but pero while mientras after tras before antes "
    "than como not no the la el los las lo an un una unos unas figuran figura están está son hay incluyen incluye "
    "destacan destaca include includes are be been being behind over under against into about between among "
    "through within across via sobre contra entre hacia desde hasta durante según sin ante bajo mediante"
    .split())  # ("the startup behind Apache Iceberg" describes the name before; "una opa sobre X" does not describe X)
_VERB_LIKE = re.compile(r"(?:ed|ing|ó|aron|ieron|ará|erá|irá|aba|aban|ía|ían|ado|ido|ada|ida)$")
_DETERMINERS = frozenset("the a an la el los las una un unos unas otra otro fellow".split())
_PERSON_DESCRIPTION = re.compile(
    r"(?<![\w⟧])(?:billionaires?|entrepreneurs?|philanthropists?|magnates?|tycoons?|"
    r"businessman|businesswoman|multimillonari[oa]s?|millonari[oa]s?|empresari[oa]s?|filántrop[oa]s?|"
    # what a person is by trade, not a job at a company: "el psicólogo cognitivo Gary Marcus", "la economista X"
    r"ingenier[oa]s?|economistas?|investigador(?:a|es|as)?|científic[oa]s?(?!\s+jef)|psicólog[oa]s?|bioquímic[oa]s?|"
    r"físic[oa]s?|matemátic[oa]s?|informátic[oa]s?|diseñador(?:a|es|as)?|emprendedor(?:a|es|as)?|"
    r"profesor(?:a|es|as)?|catedrátic[oa]s?|académic[oa]s?|"
    # ("computer scientist Karim Pichara and biochemist Pablo Zamora"; not "chief scientist" nor "research scientist")
    r"(?<!chief )(?<!research )scientists?|biochemists?|chemists?|physicists?|mathematicians?|economists?|"
    r"psychologists?)(?:\s+(?:de\s+)?[a-záéíóúñü]+){0,2}?\s+$", re.I)
# What an investor is to the company of the story ("existing investor Microsoft"): not a head of its own,
# since "OpenAI investor Microsoft" states the investment, but part of the name with a modifier.
_HOLDER_DESCRIPTION = re.compile(r"(?<![\w⟧])(?:existing|new|early|returning|longtime|long-time|other|previous|"
                                 r"strategic|major|fellow|current|corporate|individual|institutional|financial|angel)\s+(?:investors?|backers?|shareholders?)\s+$", re.I)
_HEAD = re.compile(rf"(?:{_HEADS})$", re.I)
# Heads of two words, the last word read as the head (where a quoted analyst works: "del centro de estudios X",
# "de la casa de bolsa X"; not "centros de datos", which are places, not the company's kind)
_PHRASE_HEAD = re.compile(r"\b(?:centros?|casas?)\s+de\s+(?:estudios|investigación|análisis|bolsa)$", re.I)
# A bare comma ends a description: "Fidelity Management & Research Company, Baillie Gifford" is a list,
# and "a research company, OpenAI" an apposition the frames read on their own.
_INTRO_WORDS = re.compile(rf"\s*(?:,?\s*{_INTRO}\s*)?$", re.I)
_POST_PHRASE = re.compile(r"^de\s+(?:capital riesgo|capital de riesgo|capital privado|venture capital|inversión|"
                          r"inteligencia artificial|IA|"
                          r"semiconductores|chips|software|datos|la nube|pagos|tecnología|telecomunicaciones|"
                          r"comercio electrónico|internet|robótica|ciberseguridad|defensa|inversiones)\b", re.I)
# (one company's: "proveedores independientes de centros de datos, como A y B" opens a list, told whole)
_FROM_BEFORE_WHAT = re.compile(r"^([a-záéíóúñü]+(?<!s))\s+(?=de\s)")
_OF_WHAT = re.compile(r"^(?:de|del)\s+((?:(?!del?\b)[a-záéíóúñü]+(?:\s+|$)){1,2})")
_PLAIN = re.compile(r"[\w\-&.’']+")
_PARENTHESIS = re.compile(r"\s*\((?:(?:NASDAQ|NYSE|TSX|LSE|BME|BMV|Euronext|Nasdaq|TYO|HKEX|KRX|SIX|ASX)\s*:\s*)?"
                          r"[A-Za-z0-9][A-Za-z0-9.\-]{0,9}\)|"
                          # its name spelled out: "WiL (World Innovation Lab)"
                          r"\s*\((?:[A-Z][\w&\-]*\s+){1,4}[A-Z][\w&\-]*\)")
_PERSON_TIME = frozenset({"former", "onetime", "one-time", "then", "longtime", "veteran", "ex", "antiguo", "antigua",
                          "exempleado", "exempleada"})
# "Tabular, the Iceberg startup Snowflake also wanted", "the startup Meta acquired in 2019": a name followed by a
# verb that has no object of its own is a relative clause's subject; the description before it is the clause's head.
_CONTACT_RELATIVE = re.compile(r"\s+(?:also\s+|had\s+|once\s+|previously\s+|reportedly\s+)?(?:wanted|coveted|courted|"
                               r"bought|acquired|backed|funded|spun off|spun out|tried to buy|had sought)"
                               r"(?=\s*(?:[,.;:]|$)|\s+(?:in|last|earlier|years|for)\b)")
_PLACE_BASED = re.compile(r"(?<![\w\-])(?<!the )(?<!a )(?<!an )(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|headquartered)\s+$")
_DETERMINED = re.compile(r"\b(?:la|el|los|las|the|una|un|a|an)\s+((?:[a-záéíóúñüç\-]+\s+){1,3})$")


@lru_cache(maxsize=1)
def _trigger_forms() -> frozenset[str]:
    """Every inflection of a trigger verb: "Adobe to buy design startup Figma" keeps "buy" out of the slot."""
    from loaders.inflections import TABLE
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    # Forms of two letters are function words or dictionary noise ("ai" from "ain't"): "AI startup X" keeps "AI".
    return frozenset(f.lower() for language in table.values() for kinds in language.values()
                     for forms in kinds.values() for f in forms if len(f) > 2)


def _plain(word: str) -> bool:
    """A word that may modify a description's head: not a function word, not a verb form (a noun in -ing
    is one: "workplace messaging app Slack"; a trigger's "-ing" form never is)."""
    low = word.lower()
    return bool(_PLAIN.fullmatch(word)) and low not in _FUNCTION and low not in _trigger_forms() and \
        (not _VERB_LIKE.search(low) or low.endswith(("-based", "-backed", "-owned", "-listed", "-headquartered", "ing")))


def _modifiers_start(words: list[re.Match], k: int, most: int) -> int:
    """The index of the first of the plain words (at most `most`) before words[k], with the
    determiner that opens them ("the venture capital firm", "el multimillonario")."""
    first = k
    while first > 0 and k - first < most and _plain(words[first - 1].group()):
        first -= 1
    if first > 0 and words[first - 1].group().lower() in _DETERMINERS:
        first -= 1
    return first


_NONSPACE = re.compile(r"\S+")


def _descriptor_start(text: str, m: Mention, floor: int) -> int:
    """Where the description before a company mention starts ("venture capital firm Accel", "tech
    giants Nvidia", "la firma de capital riesgo Thrive"); `floor` is the end of the previous mention,
    which a description never crosses."""
    if m.via == "anaphora":
        return m.start
    if m.label == schema.PERSON:
        # "French telecoms billionaire Xavier Niel": what a person is, not a job anywhere, belongs to the
        # name, so a list of investors goes on past it. (Roles stay outside: "OpenAI investor X".)
        lo = max(floor, m.start - 60)
        d = _PERSON_DESCRIPTION.search(text[lo:m.start])
        if not d:
            return m.start
        words = list(_NONSPACE.finditer(text[lo:lo + d.start()]))
        first = _modifiers_start(words, len(words), 3)
        return lo + (words[first].start() if first < len(words) else d.start())
    if _CONTACT_RELATIVE.match(text, m.end):
        return m.start
    lo = max(floor, m.start - 80)
    window = text[lo:m.start]
    held = _HOLDER_DESCRIPTION.search(window)
    if held:
        return lo + held.start()  # "with participation from Nvidia and existing investor Microsoft"
    intro = _INTRO_WORDS.search(window)
    body = window[:intro.start()] if intro else window
    words = list(_NONSPACE.finditer(body))
    # The head is the last word, or is followed by Spanish post-modifiers ("fondo estadounidense",
    # "firma de capital riesgo").
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        phrase = k >= 2 and _PHRASE_HEAD.search(body, 0, words[k].end())
        if _HEAD.match(words[k].group()) or phrase:
            tail = body[words[k].end():].strip()
            head = k - 2 if phrase else k
            # (where it is from may come before what it does: "la firma madrileña de asesoramiento tecnológico X")
            ahead = _FROM_BEFORE_WHAT.match(tail)
            if ahead and _plain(ahead.group(1)):
                tail = tail[ahead.end():]
            tail = _POST_PHRASE.sub("", tail).strip()
            for _ in range(2):  # what the company does: "la empresa de camiones autónomos", "de edición de vídeo"
                what = _OF_WHAT.match(tail)
                # (a noun in -ía right after "de" is no verb: "la firma de consultoría energética X")
                if not what or not all(_plain(w) or (i == 0 and w.endswith("ía"))
                                        for i, w in enumerate(what.group(1).split())):
                    break
                tail = tail[what.end():].strip()
            if all(_plain(w) and w[:1].islower() for w in tail.split()) and len(tail.split()) <= 2:
                return lo + words[_modifiers_start(words, head, 4)].start()
            break
    based = _PLACE_BASED.search(window)
    if based:  # where it is based only describes it: "an analyst at London-based Fenwick Lane Research"
        return lo + based.start()
    d = _DETERMINED.search(window)
    # ("a former Samsung engineer": "former" is the person's, not a description of Samsung)
    if d and all(_plain(w) and w.lower() not in _PERSON_TIME for w in d.group(1).split()):
        return lo + d.start()  # "la francesa Mistral AI"
    return m.start


# A country in the possessive before a company: "led by Japan's SoftBank", "the United Arab Emirates' G42".
_WORDS_BEFORE = re.compile(r"(?:\S+\s+){1,4}$")
_POSSESSIVE_END = re.compile(r"['’]s?\s+$")


def _country_owner_start(text: str, start: int, floor: int) -> int:
    """Where a company's span starts once a country in the possessive before it joins it: the country is
    where the company is from, so "a round led by China's Tencent" reads as "led by Tencent"."""
    if not _POSSESSIVE_END.search(text[max(floor, start - 4):start]):
        return start  # (most names have none before them: no lexicon lookups)
    before = _WORDS_BEFORE.search(text, max(floor, start - 40), start)
    if not before:
        return start
    words = list(re.finditer(r"\S+", before.group()))
    for k in range(len(words)):  # the longest run of closing words that is a place: "South Korea", not "Korea"
        if country_owner([w.group() for w in words[k:]] + ["⟦name⟧"]) == len(words) - k:
            lead = before.start() + words[k].start()
            the = re.search(r"\bthe\s+$", text[max(floor, lead - 4):lead])
            return lead - len(the.group()) if the else lead
    return start


def _with_parentheses(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Amazon Web Services (AWS)": the abbreviation in parentheses, or a ticker, joins the name before."""
    out: list[Mention] = []
    swallowed = 0  # where the last parenthesis taken into a name ends: the names inside it go with it
    for m in mentions:
        if m.start < swallowed:
            continue
        if out and out[-1].entity_id == m.entity_id and re.fullmatch(r"\s*\(", text[out[-1].end:m.start]) \
                and text[m.end:m.end + 1] == ")":
            prev = out[-1]
            out[-1] = Mention(prev.start, m.end + 1, text[prev.start:m.end + 1], prev.entity_id, prev.label, prev.via)
            continue
        if m.label != schema.PERSON:  # (a name of unknown kind too: "la agencia France-Presse (AFP), ...")
            p = _PARENTHESIS.match(text, m.end)
            if p and not any(o.start < p.end() < o.end for o in mentions if o is not m):
                m = Mention(m.start, p.end(), text[m.start:p.end()], m.entity_id, m.label, m.via, m.pair)
                swallowed = p.end()
        out.append(m)
    return out


_RELATIONAL_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:stake|investment|deal|acquisition|purchase|takeover|"
                               r"partnership|alliance|rival|competitor|customer|client|supplier|investor|backer|"
                               r"shareholder|offer|bid|contract|agreement|unit|chief|CEO|founder|co-founder)", re.I)


def _owned_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Google's DeepMind", "Microsoft's LinkedIn": the company owned is the one meant; its owner only
    names it (a relation noun after it, "Microsoft's OpenAI stake", keeps both)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev and prev.label == m.label == schema.COMPANY and prev.entity_id != m.entity_id \
                and re.fullmatch(r"(?:'s|’s)\s+", text[prev.end:m.start]) and not _RELATIONAL_AFTER.match(text, m.end):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.entity_id, m.label, m.via, m.pair)
            continue
        out.append(m)
    return out


# "HP Tech Ventures, el brazo inversor de HP", "el brazo financiero del grupo Meituan": the parent only
# names whose arm it is; the arm, named or not, is the party, so the parent gets no slot.
_ARM_OF = re.compile(r"\b(?:brazo|vehículo|rama)\s+(?:inversor|inversora|financiero|financiera|de\s+(?:inversión|"
                     r"inversiones|capital\s+riesgo|capital\s+de\s+riesgo|venture\s+capital))\s+"
                     r"(?:corporativo\s+|corporativa\s+)?(?:de\s+la|de|del)\s+(?:[a-záéíóúñü\-]+\s+){0,3}$")


# ... and before it, in English: "Nvidia's venture arm NVentures", "Samsung's investment arm Samsung Catalyst Fund"
_ARM_NAMED_AFTER = re.compile(r"(?:'s|’s)\s+(?:corporate\s+)?(?:venture|venture[- ]capital|investment|investing)\s+"
                              r"(?:arm|unit|fund)\s+(?=[A-Z])")


def _parent_of_arm(text: str, m: Mention, floor: int) -> bool:
    return m.label != schema.PERSON and bool(_ARM_OF.search(text[max(floor, m.start - 80):m.start]))


# "SK Telecom, South Korea's largest carrier, said on Monday it has invested ...": the company speaking is
# the one "it" stands for (loaders.resolve does this for names it knows; a name found in this sentence too).
_SAID_IT = re.compile(r"(?:,\s+[^,;.]{1,80}?,)?\s+(?:said|says|announced|confirmed|added|disclosed|told\s+\w+)\s+"
                      r"(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?(?:that\s+)?(?P<it>it)\b(?!\s+(?:is|was)\s+"
                      r"(?:not\s+)?(?:a|an|the|likely|unlikely|possible|clear|unclear|important|time)\b)")


def _said_it(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        said = _SAID_IT.match(text, m.end) if m.label == schema.COMPANY else None
        if said:  # (what the story named before may have taken "it" for another company: the speaker wins)
            out = [x for x in out if not (x.via == "anaphora" and x.start == said.start("it"))]
            if not _overlaps(said.start("it"), said.end("it"), out):
                out.append(Mention(said.start("it"), said.end("it"), "it", m.entity_id, m.label, "anaphora"))
    return sorted(out, key=lambda x: x.start)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s.start < end and start < s.end for s in spans)


_ABBREVIATED_FORM = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Plc|PLC|Cía|Cia|Bros|Ltda|Bhd)$")


def mask(sentence: Sentence, mentions: list[Mention], language: str) -> MaskedSentence:
    text = sentence.text
    amounts = find_money(text, language)
    # "US$6.000 millones": an amount's currency is not the United States.
    mentions = [x for x in mentions if not any(a.start <= x.start and x.end <= a.end for a in amounts)]
    mentions = _said_it(text, _owned_units(text, _with_parentheses(text, mentions)))
    money = [m for m in amounts if not _overlaps(m.start, m.end, mentions)]
    percents = [p for p in find_percents(text) if not any(x.start < p[2] and p[1] < x.end for x in mentions)]
    spans: list[tuple[int, int, str, object]] = []
    floor = 0
    arm_owner = None  # where "Nvidia's venture arm" starts, which the arm's slot takes in
    for i, m in enumerate(mentions):
        if _parent_of_arm(text, m, floor):
            floor = m.end
            continue
        if m.label != schema.PERSON and _ARM_NAMED_AFTER.match(text, m.end):
            arm_owner = m.start
            continue
        letter = {schema.COMPANY: "C", schema.PERSON: "P"}.get(m.label, "U")  # U: a name of unknown kind
        # "Oracle Corp. and private equity firm Carlyle Group": an abbreviated legal form's period inside
        # a sentence is the name's, not a break in the list
        end = m.end + 1 if text.startswith(".", m.end) and m.end + 1 < len(text.rstrip()) and \
            _ABBREVIATED_FORM.search(text, 0, m.end) else m.end
        start = _descriptor_start(text, m, floor) if arm_owner is None else arm_owner
        if m.label == schema.COMPANY and arm_owner is None:
            start = _country_owner_start(text, start, floor)
        arm_owner = None
        spans.append((start, end, f"{letter}{i}", m))
        floor = end
    for i, m in enumerate(money):
        spans.append((m.start, m.end, f"${i}", m))
    for i, p in enumerate(percents):
        spans.append((p[1], p[2], f"%{i}", p))
    spans.sort(key=lambda s: (s[0], s[1]))
    out, slots, cursor = [], {}, 0
    for start, end, name, obj in spans:
        if start < cursor:
            if end <= cursor:
                continue
            start = cursor
        out.append(text[cursor:start])
        if isinstance(obj, Mention) and obj.pair:
            # "ambas compañías", "Both" stand for the two companies, or people, just named (joined in the sentence's
            # language, so that Spanish cues read "⟦C0⟧ y ⟦C0b⟧ ya colaboraban" as two subjects)
            second = Mention(obj.start, obj.end, obj.text, obj.pair, obj.label, "anaphora")
            out.append(f"⟦{name}⟧ {'y' if language == 'es' else 'and'} ⟦{name}b⟧")
            slots[f"{name}b"] = second
        else:
            out.append(f"⟦{name}⟧")
        slots[name] = obj
        cursor = end
    out.append(text[cursor:])
    return MaskedSentence(sentence, mentions, money, percents, "".join(out), slots)
