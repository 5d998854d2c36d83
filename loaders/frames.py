"""Argument frames shared by every relation: each trigger of loaders.triggers_* becomes cues in all of them.

A frame is a way news arranges a predicate and its parties, whatever the
predicate is. For a verb trigger ("acquire", "unirse a"): active ("X acquired
Y", "X agreed to buy Y", "adquirió Y" with the subject left out), passive ("Y
was acquired by X", "Y fue adquirida por X"), participle clause ("Y, a startup
backed by X"), fronted participle ("Founded in 2016 by X, Y ..."), adjectival
("Amazon-backed Y") and object relative ("Y, which X bought"). For an event
noun ("acquisition", "alianza"): possessive ("X's acquisition of Y"), by-phrase
("the purchase of Y by X", "la compra de Y por parte de X"), support verb ("X
announced the acquisition of Y"), between ("la alianza entre X e Y") and pair
("X and Y announced a partnership"). For a relational noun ("investor",
"cliente", "CEO"): apposition ("X, an investor in Y"), genitive or compound
("Y's investor X", "OpenAI rival Anthropic", "su consejero delegado, X"),
"the CEO of Y, X", copula ("X is a customer of Y", "X ocupa el cargo de CEO de
Y"), lists ("Y's customers include A, B and C", "entre sus clientes figuran
A y B"), "among" ("A and B are among Y's investors"), "where X serves as CEO"
and parentheses.

Slots may hold lists ("A, B, and C"), and descriptors before a name ("venture
capital firm Accel") are part of its slot already (loaders.resolve.mask). The
output is loaders.cues.Cue objects, the same the hand-written cue tables use. The frames of nouns (event,
relational and position nouns) are written in loaders.noun_frames, on this module's helpers.
"""

from __future__ import annotations

from functools import lru_cache

from graph.schema import ACQUIRED, CLIENT_OF, FOUNDED, INVESTED, WORKS_AT
from loaders.clause_openers import INVERTED_HEAD
from loaders.cues import Cue
from loaders.frame_words import (COMPANY_DESC, EN as _EN, EN_PERFECT as _EN_PERFECT, ES as _ES, ES_PERFECT as _ES_PERFECT,
                                  NOT_THE_COMPANY_EN, UNIT)
from loaders.inflections import alternation, forms
from loaders.triggers import Event, Position, Role, Verb, kind_of, support_verbs, triggers, verb_lemma

_LIST = {"C": "Cs", "P": "Ps", "E": "Es"}

# Words that end a noun phrase: a few modifiers between a determiner and a noun never include them.
_FUNCTION = (r"(?:and|or|but|y|e|o|u|ni|pero|who|whom|which|that|que|quien|quienes|said|says|dijo|afirmó|while|"
             r"mientras|when|cuando|after|tras|before|antes|with|con|without|sin|is|was|are|were|es|era|fue|son|"
             r"has|had|ha|han|will|would|to|para|from|desde|by|por|in|en|on|at|of|de|del|al|a)\b")
_WORD = rf"(?:(?!{_FUNCTION})[\w\-]+|(?:[A-Z]\.){{2,3}})"  # (an abbreviation with its periods: "its larger U.S. rival")
# what may stand before a person's name: "Stanford professor emeritus X", "el exdirectivo de Google X"
# A speaker is not the title's holder: "director financiero de AMD, según Lisa Su", "CFO of AMD, said Lisa Su".
_SAID = (r"(?!(?:según|dijo|afirmó|explicó|señaló|indicó|aseguró|añadió|declaró|informó|apuntó|destacó|comentó|"
         r"recordó|reconoció|precisó|confirmó|anunció|sostuvo|subrayó|said|says|told|according to|added|noted)\b)")
# A count of people whose names a colon then lists: "fundada por tres figuras del ecosistema israelí: A, B y C".
_COUNTED = (r"(?:(?:dos|tres|cuatro|cinco|seis|varios|varias|two|three|four|five|six|several)\s+[^⟦:;.,]{1,60}?:\s+)?")
# An apposition that counts the agents of a fronted participle, a company named inside it ("dos antiguos ingenieros de Google")
_COUNTED_AGENTS = (r"(?:,\s+(?:los\s+|las\s+)?(?:dos|tres|cuatro|cinco|ambos|ambas|two|three|four|five|both)\s+"
                   r"(?:[^,⟦;.]|⟦C\d+b?⟧){1,60}?(?=,))?")
_PERSON_DESC = {
    "en": rf"{_COUNTED}{_SAID}(?:(?:the|a|an|its|his|her|their|former|ex-|ex|veteran|longtime)\s+)?(?:(?:{_WORD}|⟦[CU]\d+b?⟧)(?:['’]s)?\s+){{0,3}}",
    # ("los exingenieros de Google X y Z": a company may stand in it; "su antiguo científico jefe X": the possessive, too)
    # (two trades may be joined: "presidida por el exastronauta y exministro X", "el empresario e inversor Y")
    "es": rf"{_COUNTED}{_SAID}(?:(?:el|la|los|las|su|sus|un|una|ex|exdirectivo|exdirectiva)\s+)?"
          rf"(?:[a-záéíóúñü][a-záéíóúñü\-]+\s+(?:y|e)\s+(?=[a-záéíóúñü]))?(?:(?:{_WORD}|(?:de\s+|del\s+)?⟦[CU]\d+b?⟧)\s+){{0,4}}",
}
_NOUN_WORDS = rf"(?:{_WORD}\s+|⟦[\$%]\d+⟧\s+){{0,4}}?"  # adjectives and amounts before a noun
# A share or extent joined to a participle by a hyphen: "Arm, which is majority-owned by SoftBank", "is 90%-owned by".
_SHARE_PREFIX = r"(?:(?:majority|minority|wholly|partly|partially|jointly|⟦%\d+⟧)\s*-\s*)?"
_FEW_WORDS = rf"(?:{_WORD}\s+){{0,3}}?"
_ADVERB = r"(?:(?:now|today|currently|also|still|hoy|ahora|actualmente|también|todavía|aún)\s+)?"
# When, between a Spanish verb and the subject after it: "que fundaron en 2013 X", "que dirige desde 2021 X".
_WHEN_ES = (r"(?:(?:en|desde)\s+(?:(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
            r"diciembre)(?:\s+de)?\s+)?\d{4},?\s+|hace\s+(?:\w+\s+){1,2}?(?:años|meses),?\s+)?")


def _words(language: str) -> dict[str, str]:
    return _EN if language == "en" else _ES


def _slot(name: str, relation: str, plural: bool = True) -> str:
    kind = kind_of(relation, name)
    return f"{{{name}:{_LIST[kind] if plural else kind}}}"


def _accented_gerund(gerund: str) -> str:
    """'uniendo' + 'se' -> 'uniéndose'."""
    for plain, accented in (("ando", "ándo"), ("iendo", "iéndo"), ("yendo", "yéndo")):
        if gerund.endswith(plain):
            return gerund[: -len(plain)] + accented
    return gerund


def _verb_regexes(specs: tuple[str, ...], language: str) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """Regexes of the lemmas' active forms and participles (particles included), and the words that
    must occur for each: finite forms, infinitives, gerunds, and in Spanish "ha invertido", "se unió",
    "unirse", "uniéndose"; participles for passives ("Spanish reflexives have none)."""
    active, passive, active_keys, passive_keys = [], [], set(), set()
    for spec in specs:
        verb, reflexive, particle = verb_lemma(spec, language)
        tail = rf"\s+{alternation([particle])}" if particle else ""
        finite = forms(verb, language, "finite", "infinitive", "gerund")
        participles = forms(verb, language, "participle")
        active_keys.update(finite + participles)
        fin, pp = alternation(finite), alternation(participles)
        if language == "es":
            core = rf"(?:{_ES_PERFECT}\s+{pp}|{fin})"
            if reflexive:
                infinitives = forms(verb, language, "infinitive")
                gerunds = [_accented_gerund(g) for g in forms(verb, language, "gerund")]
                core = rf"(?:se\s+{core}|{alternation([f + 'se' for f in infinitives + gerunds])})"
                active_keys.update(f + "se" for f in infinitives + gerunds)
            active.append(core + tail)
            if not reflexive:
                passive.append(pp + tail)
                passive_keys.update(participles)
        else:
            irregular = [p for p in participles if p not in finite]
            active.append((rf"(?:{_EN_PERFECT}\s+{alternation(irregular)}|{fin})" if irregular else fin) + tail)
            passive.append(pp + tail)
            passive_keys.update(participles)
    return ("(?:" + "|".join(active) + ")", "(?:" + "|".join(passive) + ")" if passive else "",
            frozenset(active_keys), frozenset(passive_keys))


def _keys(words: list[str]) -> frozenset[str]:
    """The words a sentence must contain for a cue to be worth trying: each noun's first word."""
    return frozenset(w.lower().split()[0] for w in words if w.strip())


def _prep_part(t: Verb, language: str) -> str:
    """What stands between the verb and its object."""
    person_a = r"(?:(?:a|al)\s+)?" if language == "es" and kind_of(t.relation, t.object) in ("P", "E") else ""
    # A company may come after its description: "acquired AI startup Inflection", "joins rival Anthropic",
    # "compite con su rival estadounidense Anduril"; a job's, after a team's: "joined the board of X".
    company = kind_of(t.relation, t.object) == "C"
    desc = COMPANY_DESC[language] if company else ""
    # ... or after "the", as agencies and armed forces are named: "runs a cloud for the CIA", "sells to the Pentagon"
    # (after a preposition only: a direct object's "the" is a product's, "deploy the Nvidia Omniverse platform")
    if company and language == "en" and t.prep and t.relation == CLIENT_OF:
        desc = rf"(?:the\s+(?=⟦))?{desc}"
    unit = UNIT[language] if company and t.relation == WORKS_AT else ""
    if not t.prep:
        # Spanish may put an adverb of time between the verb and its object: "cofundó después Depict.ai", "había
        # cofundado antes el estudio NaturalMotion", "adquirió también la startup X"
        adverb = (r"(?:(?:también|además|después|luego|antes|previamente|anteriormente|posteriormente|más tarde|"
                  r"finalmente|ya)\s+)?") if language == "es" else ""
        return r"\s+" + adverb + person_a + desc + unit
    needs = rf"(?:{t.needs})~~" if t.needs else ""
    if t.gap:
        # (a preposition may open on a possessive masked as its company: "increased ⟦C1⟧ stake in")
        # "to invest $200 million in an AI centre in Surakarta": past a thing the money goes in, "in" says where
        # that thing is; the gap never reaches it
        where = rf"(?!(?:(?!⟦[CPU])[^\n]){{0,90}}?\b(?:{t.prep})\s+(?:a|an)\s+[^⟦\n,;]{{0,40}}?\b(?:in|en)\s+⟦)" \
            if t.prep == "in|into" else ""
        return rf"{where}~~{needs}(?:\b|(?=⟦))(?:{t.prep})\s+{desc}"
    return rf"\s+{_ADVERB}(?:(?:previously|formerly|antes|anteriormente|brevemente|briefly)\s+)?(?:{t.prep})\s+{desc}{unit}"


def verb_cues(t: Verb, language: str) -> list[Cue]:
    w = _words(language)
    v, vpp, keys, pkeys = _verb_regexes(t.lemmas, language)
    s_list, o_list = _slot(t.subject, t.relation), _slot(t.object, t.relation)
    o_desc = _PERSON_DESC[language] if kind_of(t.relation, t.object) == "P" else ""
    s_desc = _PERSON_DESC[language] if kind_of(t.relation, t.subject) == "P" else ""
    status = dict(status=t.status, future=t.future, past=t.past, keys=keys, vendor_check=t.vendor_check,
                  known_only=t.known_only)
    src, dst = _endpoints(t.relation, t.subject, t.object)
    # "scoops up dex Labs' team", "buys Intel's modem unit": a part of the company is bought, not the company
    # ... and "built Apple's AI team", "started Google's cloud unit": a part is founded, not the company
    part = r"(?!['’])" if t.relation in (ACQUIRED, FOUNDED) else ""
    # ... nor is a company whose shares, stock or goods are bought ("will buy Intel common stock", "bought Nvidia chips")
    if t.relation == ACQUIRED and language == "en":
        part = NOT_THE_COMPANY_EN
    out = [] if not t.active else [
        # active, the subject possibly left unsaid ("Además, adquirió la startup X"): see Cue.lead
        Cue(t.relation, rf"{s_list}?~~\b{w['verb_guard']}(?P<verb>{w['passive_guard']}{v})\b{_prep_part(t, language)}{o_desc}{o_list}{part}",
            src + ("?" if src == t.subject else ""), dst + ("?" if dst == t.subject else ""), frame="active", **status),
    ]
    if vpp and not t.prep:
        pstatus = dict(status, keys=pkeys)
        # (an agency, a fund or an army is named with "the": "is used by the U.S. Army", "backed by the Public
        # Investment Fund", in every participle frame: "Yotta, the data centre company backed by the Hiranandani Group")
        the = r"(?:the\s+(?=⟦[CU]))?" if language == "en" and kind_of(t.relation, t.subject) in ("C", "E") else ""
        # A participle without "be" states no tense: "X, led by chief executive Y," is Y's job now.
        timeless = dict(pstatus, past=None)
        named_modifier = r"|⟦[CU]\d+b?⟧(?=\s+[a-z])" if language == "en" else ""
        # "Qimai, an investment vehicle controlled by Wang Xing": a vehicle is its holder's own instrument, not a
        # company the holder invests in
        own_vehicle = r"(?!(?:an?|the|its|his|her)\s+(?:[\w\-]+\s+){0,2}?vehicle\b)" if t.relation == INVESTED else ""
        out += [
            # (not "X raised $1 billion in a round that was led by Y": a relative clause about another noun)
            Cue(t.relation, rf"{o_list}~~(?<!\w that )(?<!\w which )(?<!\w, which )(?<!\w que )\b{w['be']}\s+(?:(?:\w+(?:ly|mente)|also|already|now|still|since|later|then|también|ya|ahora)\s+)?(?:⟦%\d+⟧\s+)?{_SHARE_PREFIX}(?P<verb>{vpp})\b~\b{w['by']}\s+"
                rf"{s_desc}{the}{s_list}", src, dst, frame="passive", **pstatus),
            Cue(t.relation, rf"{o_list},?\s+{_SHARE_PREFIX}(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{the}{s_list}", src, dst,
                frame="participle", **timeless),
            # (a share may stand in it: "Arm, the chip designer that is about 90% owned by SoftBank"; and a name as a
            # modifier: "Anthropic, an OpenAI rival backed by Amazon")
            Cue(t.relation, rf"{_slot(t.object, t.relation, False)},\s+{own_vehicle}(?:[^,⟦;]|⟦%\d+⟧{named_modifier}){{0,60}}?\s+{_SHARE_PREFIX}(?P<verb>{vpp})\b~\b{w['by']}\s+"
                            rf"{s_desc}{the}{s_list}", src, dst, frame="participle apposition", **timeless),
            # ... said of the whole list when the apposition counts them: "Signavio y LeanIX, dos compañías
            # adquiridas por SAP", "X and Y, both acquired by Z"
            Cue(t.relation, rf"{o_list},\s+(?:dos|tres|cuatro|ambas|ambos|las dos|los dos|las tres|los tres|two|three|"
                            rf"four|both)\s+(?:[^,⟦;]{{0,40}}?\s+)?(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{s_list}", src, dst,
                frame="counted participle apposition", **timeless),
            # (a date or place may follow the agent: "Acquired by Oracle in 2021, X ..."; and what it was before it, at
            # the sentence's opening: "Fundada en 2017 como una empresa de minería de criptomonedas por X, Y ...")
            # (the agents may be counted in an apposition of their own: "Fundada en 2011 por X, Y y Z, tres ingenieros de
            # la universidad, Feedzai ...", "Founded by X and Y, two former Google engineers, Z ...")
            Cue(t.relation, rf"^\W*(?P<verb>{vpp})\b~~\b{w['by']}\s+{s_desc}{the}{s_list}(?:\s+[^,⟦;]{{1,30}}?)?"
                            rf"{_COUNTED_AGENTS},\s+{o_list}",
                src, dst, frame="fronted", **timeless),
            # "NotCo es una compañía de tecnología alimentaria fundada en 2015 por X, Y y Z"
            Cue(t.relation, rf"{_slot(t.object, t.relation, False)}\s+{w['cop']}\s+(?:{w['det']}\s+)?[^⟦,;.]{{0,80}}?\s+"
                            rf"(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{the}{s_list}", src, dst, frame="described participle",
                **timeless),
        ]
        if language == "en":
            out += [
                # (a standing fact, whatever the sentence's verb hedges: "Arm, the SoftBank-controlled chip designer,
                # approached Intel about buying its product division")
                Cue(t.relation, rf"{s_list}\s*-\s*(?P<verb>{vpp})\s+{_FEW_WORDS}{o_list}", src, dst,
                    frame="adjectival", stative=True, **timeless),
                # "CoreWeave, the Nvidia-backed GPU cloud,"
                Cue(t.relation, rf"{_slot(t.object, t.relation, False)},\s+(?:(?:a|an|the)\s+)?{s_list}\s*-\s*(?P<verb>{vpp})\b",
                    src, dst, frame="adjectival apposition", stative=True, **timeless),
            ]
        if language == "es" and t.active and {kind_of(t.relation, t.subject), kind_of(t.relation, t.object)} == {"P", "C"}:
            # "Nebius, la compañía que dirige Arkady Volozh": the subject after the verb, told apart by its kind (when it
            # happened may stand between: "Nubank, que fundaron en 2013 X, Y y Z")
            out.append(Cue(t.relation, rf"{_slot(t.object, t.relation, False)},?\s+(?:{w['det']}\s+)?"
                                       rf"(?:[^⟦,.;]{{0,80}}?\s+)?(?:que|la cual|el cual)\s+"
                                       # (the subject may come with what it is: "que había fundado el alemán X")
                                       rf"(?P<verb>{v})\s+{_WHEN_ES}{s_desc}{_slot(t.subject, t.relation)}",  # ("que fundaron X y Y")
                           src, dst, frame="inverted relative", **status))
        if language == "es" and t.active and t.relation == ACQUIRED:
            # "Stupeflix, una startup de edición de vídeo que compró GoPro": a company described, then "que" and a
            # verb with a name closing the clause: the buyer comes after the verb (Cue.lead_slot leaves it too)
            out.append(Cue(t.relation, rf"{_slot(t.object, t.relation, False)},\s+{INVERTED_HEAD}(?P<verb>{v})\s+"
                                       rf"{_slot(t.subject, t.relation, False)}(?=\s*[,.;)]|\s*$|\s+(?:en|por|hace|tras)\b)",
                           src, dst, frame="inverted relative, described", **status))
        if t.active:
            # "Annapurna Labs, which Amazon bought", "Adallom, a cloud security startup that Microsoft bought"
            # the apposition may close with a comma: "X, la división de IA de la consultora, que Y compró"
            out.append(Cue(t.relation, rf"{o_list},?\s+(?:(?:a|an|the|una|un|la|el)\s+(?:[^⟦,;]|⟦[CU]\d+b?⟧){{1,60}}?,?\s+)?"
                                   rf"{w['obj_rel']}\s+{_slot(t.subject, t.relation)}\s+"
                                   rf"(?:[\w]+\s+){{0,2}}?(?P<verb>{v})\b(?!\s+(?:a\s+|to\s+|by\s+|por\s+)?⟦)",
                       src, dst, frame="object relative", **status))
    return out


def _endpoints(relation: str, first: str, second: str) -> tuple[str, str]:
    """The cue's (src, dst) slot names: the relation's source role first."""
    from loaders.triggers import ROLES
    source = ROLES[relation][0]
    return (first, second) if first == source else (second, first)


@lru_cache(maxsize=2)
def _support(language: str) -> str:
    """Any form of a support verb, compound tenses included."""
    v, _, _, _ = _verb_regexes(support_verbs(language), language)
    return v


@lru_cache(maxsize=2)
def relation_keys(language: str) -> dict[str, frozenset[str]]:
    """Per relation, every word one of its triggers may show: a sentence with none of them cannot state it
    in any frame, and the hand-written cues of that relation need not be tried either (None: always tried)."""
    out: dict[str, set[str] | None] = {}
    for cue in cues(language):
        if cue.keys is None or out.get(cue.type, set()) is None:
            out[cue.type] = None  # a title's frames (WORKS_AT) have no key words: always tried
        else:
            out.setdefault(cue.type, set()).update(cue.keys)
    return {rel: (None if words is None else frozenset(words)) for rel, words in out.items()}


@lru_cache(maxsize=2)
def cues(language: str) -> tuple[Cue, ...]:
    """Every trigger of the language in every frame that fits it."""
    from loaders.noun_frames import event_cues, position_cues, role_cues  # (they build on this module's helpers)
    out: list[Cue] = []
    for t in triggers(language):
        if isinstance(t, Verb):
            out += verb_cues(t, language)
        elif isinstance(t, Event):
            out += event_cues(t, language)
        elif isinstance(t, Role):
            out += role_cues(t, language)
        elif isinstance(t, Position):
            out += position_cues(t, language)
    return tuple(out)
