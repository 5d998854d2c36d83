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
output is loaders.cues.Cue objects, the same the hand-written cue tables use.
"""

from __future__ import annotations

from functools import lru_cache

from graph.schema import ACQUIRED, CLIENT_OF, FOUNDED, INVESTED, WORKS_AT
from loaders.cues import MOD, MOD_AFTER, POSS, ROLE, Cue
from loaders.frame_words import COMPANY_DESC, EN as _EN, ES as _ES, ES_PERFECT as _ES_PERFECT, EN_PERFECT as _EN_PERFECT, UNIT
from loaders.inflections import alternation, forms
from loaders.triggers import Event, Position, Role, Verb, kind_of, support_verbs, triggers, verb_lemma

_LIST = {"C": "Cs", "P": "Ps", "E": "Es"}

# Words that end a noun phrase: a few modifiers between a determiner and a noun never include them.
_FUNCTION = (r"(?:and|or|but|y|e|o|u|ni|pero|who|whom|which|that|que|quien|quienes|said|says|dijo|afirmó|while|"
             r"mientras|when|cuando|after|tras|before|antes|with|con|without|sin|is|was|are|were|es|era|fue|son|"
             r"has|had|ha|han|will|would|to|para|from|desde|by|por|in|en|on|at|of|de|del|al|a)\b")
_WORD = rf"(?!{_FUNCTION})[\w\-]+"
# what may stand before a person's name: "Stanford professor emeritus X", "el exdirectivo de Google X"
# A speaker is not the title's holder: "director financiero de AMD, según Lisa Su", "CFO of AMD, said Lisa Su".
_SAID = (r"(?!(?:según|dijo|afirmó|explicó|señaló|indicó|aseguró|añadió|declaró|informó|apuntó|destacó|comentó|"
         r"recordó|reconoció|precisó|confirmó|anunció|sostuvo|subrayó|said|says|told|according to|added|noted)\b)")
_PERSON_DESC = {
    "en": rf"{_SAID}(?:(?:the|a|an|its|his|her|their|former|ex-|ex|veteran|longtime)\s+)?(?:(?:{_WORD}|⟦[CU]\d+b?⟧)(?:['’]s)?\s+){{0,3}}",
    # ("los exingenieros de Google X y Z": a company may stand in it; "su antiguo científico jefe X": the possessive, too)
    "es": rf"{_SAID}(?:(?:el|la|los|las|su|sus|un|una|ex|exdirectivo|exdirectiva)\s+)?(?:(?:{_WORD}|(?:de\s+|del\s+)?⟦[CU]\d+b?⟧)\s+){{0,4}}",
}
_NOUN_WORDS = rf"(?:{_WORD}\s+|⟦[\$%]\d+⟧\s+){{0,4}}?"  # adjectives and amounts before a noun
_FEW_WORDS = rf"(?:{_WORD}\s+){{0,3}}?"
_ADVERB = r"(?:(?:now|today|currently|also|still|hoy|ahora|actualmente|también|todavía|aún)\s+)?"


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
        return r"\s+" + person_a + desc + unit
    needs = rf"(?:{t.needs})~~" if t.needs else ""
    if t.gap:
        return rf"~~{needs}\b(?:{t.prep})\s+{desc}"
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
    out = [] if not t.active else [
        # active, the subject possibly left unsaid ("Además, adquirió la startup X"): see Cue.lead
        Cue(t.relation, rf"{s_list}?~~\b{w['verb_guard']}(?P<verb>{w['passive_guard']}{v})\b{_prep_part(t, language)}{o_desc}{o_list}{part}",
            src + ("?" if src == t.subject else ""), dst + ("?" if dst == t.subject else ""), frame="active", **status),
    ]
    if vpp and not t.prep:
        pstatus = dict(status, keys=pkeys)
        # A participle without "be" states no tense: "X, led by chief executive Y," is Y's job now.
        timeless = dict(pstatus, past=None)
        out += [
            # (not "X raised $1 billion in a round that was led by Y": a relative clause about another noun)
            Cue(t.relation, rf"{o_list}~~(?<!\w that )(?<!\w which )(?<!\w, which )(?<!\w que )\b{w['be']}\s+(?:\w+(?:ly|mente)\s+)?(?:⟦%\d+⟧\s+)?(?P<verb>{vpp})\b~\b{w['by']}\s+"
                rf"{s_desc}{s_list}", src, dst, frame="passive", **pstatus),
            Cue(t.relation, rf"{o_list},?\s+(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{s_list}", src, dst,
                frame="participle", **timeless),
            # (a share may stand in it: "Arm, the chip designer that is about 90% owned by SoftBank")
            Cue(t.relation, rf"{_slot(t.object, t.relation, False)},\s+(?:[^,⟦;]|⟦%\d+⟧){{0,60}}?\s+(?P<verb>{vpp})\b~\b{w['by']}\s+"
                            rf"{s_desc}{s_list}", src, dst, frame="participle apposition", **timeless),
            # (a date or place may follow the agent: "Acquired by Oracle in 2021, X ...")
            Cue(t.relation, rf"^\W*(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{s_list}(?:\s+[^,⟦;]{{1,30}}?)?,\s+{o_list}",
                src, dst, frame="fronted", **timeless),
            # "NotCo es una compañía de tecnología alimentaria fundada en 2015 por X, Y y Z"
            Cue(t.relation, rf"{_slot(t.object, t.relation, False)}\s+{w['cop']}\s+(?:{w['det']}\s+)?[^⟦,;.]{{0,80}}?\s+"
                            rf"(?P<verb>{vpp})\b~\b{w['by']}\s+{s_desc}{s_list}", src, dst, frame="described participle",
                **timeless),
        ]
        if language == "en":
            out += [
                Cue(t.relation, rf"{s_list}\s*-\s*(?P<verb>{vpp})\s+{_FEW_WORDS}{o_list}", src, dst,
                    frame="adjectival", **timeless),
                # "CoreWeave, the Nvidia-backed GPU cloud,"
                Cue(t.relation, rf"{_slot(t.object, t.relation, False)},\s+(?:(?:a|an|the)\s+)?{s_list}\s*-\s*(?P<verb>{vpp})\b",
                    src, dst, frame="adjectival apposition", **timeless),
            ]
        if language == "es" and t.active and {kind_of(t.relation, t.subject), kind_of(t.relation, t.object)} == {"P", "C"}:
            # "Nebius, la compañía que dirige Arkady Volozh": the subject after the verb, told apart by its kind
            out.append(Cue(t.relation, rf"{_slot(t.object, t.relation, False)},?\s+(?:{w['det']}\s+)?"
                                       rf"(?:[^⟦,.;]{{0,80}}?\s+)?(?:que|la cual|el cual)\s+"
                                       rf"(?P<verb>{v})\s+{_slot(t.subject, t.relation)}",  # ("que fundaron X y Y")
                           src, dst, frame="inverted relative", **status))
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


def event_cues(t: Event, language: str) -> list[Cue]:
    w = _words(language)
    n, keys = alternation(list(t.nouns)), _keys(list(t.nouns))
    a_list, o_list = _slot(t.agent, t.relation), _slot(t.object, t.relation)
    a_one = _slot(t.agent, t.relation, plural=False)
    src, dst = _endpoints(t.relation, t.agent, t.object)
    gap = "~" if t.gap else r"\s+"
    of, by = t.of, t.by
    opts = dict(status=t.status, keys=keys, nominal=True)
    no_agent_after = rf"(?!\s+(?:[^⟦.;]{{0,40}}?\s+)?(?:{by})\s+⟦[CPU])"
    out = [
        Cue(t.relation, rf"{a_list}{POSS}\s+{_NOUN_WORDS}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}", src, dst,
            frame="possessive", **opts),
        Cue(t.relation, rf"\b(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}~\b(?:{by})\s+{a_list}", src, dst,
            frame="by-phrase", **opts),
        # the object as the possessor, the agent after: "Figma's acquisition by Adobe", "Lacework's sale to Fortinet"
        Cue(t.relation, rf"{_slot(t.object, t.relation, False)}{POSS}\s+{_NOUN_WORDS}(?P<noun>{n})\s+(?:{by})\s+{a_list}",
            src, dst, frame="object possessive", **opts),
        Cue(t.relation, rf"\b(?P<noun>{n})\s+(?:{by})\s+{a_list}~(?:{of})\s+{o_list}", src, dst,
            frame="agent first", **opts),
        Cue(t.relation, rf"{a_list}?~~\b{_support(language)}\b~~\b(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}"
                        rf"{no_agent_after}",
            src + ("?" if src == t.agent else ""), dst + ("?" if dst == t.agent else ""), frame="support verb", **opts),
        # a headline or an opening with no agent: "Nueva inversión de 4.000 millones en X"
        Cue(t.relation, rf"^\W*(?:{_WORD}\s+){{0,2}}?(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}{no_agent_after}",
            src + ("?" if src == t.agent else ""), dst + ("?" if dst == t.agent else ""), frame="no agent", **opts),
        # an opening phrase of time whose agent is the main clause's subject: "Tras la compra de X, Y se convirtió",
        # "After its acquisition of X, Y became"
        Cue(t.relation, rf"^\W*(?:After|Following|Since|With|Tras|Después de|Con)\s+(?:the|its|their|la|el|su|sus)\s+"
                        rf"{_NOUN_WORDS}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}(?:\s+[^,⟦;]{{1,30}}?)?,\s+{a_one}",
            src, dst, frame="fronted event", **opts),
        Cue(t.relation, rf"\b(?P<noun>{n})\s+(?:\w+\s+){{0,2}}?{w['between']}\s+{_slot(t.agent, t.relation, False)}"
                        rf"\s+{w['and']}\s+{_slot(t.object, t.relation, False)}", src, dst, frame="between", **opts),
    ]
    if t.relation == INVESTED:
        # the company invested in as the subject: "Nubank received an investment of $500m from Berkshire",
        # "ya cuenta con el respaldo de Alibaba y Tencent"
        out.append(Cue(t.relation, rf"{o_list}~~\b{w['receive']}\s+(?:{w['det']}\s+)?{_NOUN_WORDS}(?P<noun>{n})\b"
                                   rf"(?:\s+(?:(?:[^⟦.;]|⟦[\$%]\d+⟧){{0,50}}?\s+)?{w['from']})\s+{a_list}", src, dst, frame="received",
                       **opts))
    if t.agent in ("a",):  # symmetric relations: "X and Y announced a partnership", "the Microsoft-OpenAI alliance"
        out += [
            Cue(t.relation, rf"{_slot(t.agent, t.relation, False)}\s+{w['and']}\s+{_slot(t.object, t.relation, False)}"
                            rf"~~\b(?P<noun>{n})\b(?!\s+(?:with|con)\b)", src, dst, frame="pair", **opts),
            Cue(t.relation, rf"{_slot(t.agent, t.relation, False)}\s*[-–]\s*{_slot(t.object, t.relation, False)}\s+"
                            rf"(?P<noun>{n})\b", src, dst, frame="compound pair", **opts),
        ]
    return out


def _role_nouns(t: Role) -> tuple[str, str, frozenset[str] | None]:
    """Regexes of a relational noun in the singular and in the plural, and the prefilter keys; job titles
    are spelled by loaders.cues.ROLE, with their modifiers ("former", "interim")."""
    if t.relation == WORKS_AT:
        return f"{MOD}{ROLE}{MOD_AFTER}", "", None
    return (f"(?P<noun>{alternation(list(t.nouns))})", f"(?P<noun>{alternation(list(t.plurals))})",
            _keys(list(t.nouns) + list(t.plurals)))


def role_cues(t: Role, language: str) -> list[Cue]:
    w = _words(language)
    one, many, keys = _role_nouns(t)
    h_list, x_one = _slot(t.holder, t.relation), _slot(t.other, t.relation, plural=False)
    h_one = _slot(t.holder, t.relation, plural=False)
    src, dst = _endpoints(t.relation, t.holder, t.other)
    h_desc = _PERSON_DESC[language] if kind_of(t.relation, t.holder) == "P" else ""
    of = t.of
    opts = dict(status=t.status, keys=keys, stative=True)
    verb = "(?P<verb>" if t.relation == WORKS_AT else "(?:"
    # A singular noun describes one party ("A and B, chief executive of Y" is B's job); a plural, a list.
    numbers = [(one, h_one)] + ([(many, h_list)] if many else [])
    # "accionista indirecto del grupo", "socio tecnológico preferente de": adjectives after the noun
    # (adjectives after the noun, never a word that opens a clause: "discute con sus inversores cómo reducir ...")
    post = (r"(?:\s+(?!(?:de|del|en|y|e|cómo|como|que|qué|para|por|con|a|al|sobre|si|sin|tras|cuándo|dónde)\b)"
            r"[a-záéíóúñü]+){0,2}?") if language == "es" else ""
    # "seguirá siendo el proveedor exclusivo de computación de OpenAI": a vendor's or partner's adjective and field
    trade_tail = rf"{post}(?:\s+de\s+(?!⟦)[a-záéíóúñü]+)?" if language == "es" and t.relation not in (
        WORKS_AT, FOUNDED, INVESTED, ACQUIRED) else ""
    out = []
    for noun, holder in numbers:
        out += [
            Cue(t.relation, rf"{holder},\s+{_ADVERB}(?:{w['det']}\s+)?{_FEW_WORDS}{noun}{post}\s+(?:{of})\s+{_FEW_WORDS}{x_one}",
                src, dst, frame="apposition", **opts),
            # "Two Seas Capital, one of Core Scientific's largest shareholders", "Greg Brockman, hoy su presidente"
            # ("Nvidia, AMD's main rival in AI accelerators, ...": a short field after the noun)
            # ("X, Y, entre otros inversores": a list's closing words, no one's investor)
            Cue(t.relation, rf"{holder},\s+{_ADVERB}(?:{w['det']}\s+)?{x_one}{POSS}?\s+(?!(?:entre|among)\s){_FEW_WORDS}{noun}"
                            rf"(?:\s+(?:in|en|on|for|de|del)\s+(?:[^\s,;.⟦]+\s+){{0,3}}?[^\s,;.⟦]+)?(?=\s*[,.;)]|\s*$)",
                src, dst, frame="apposition possessive", **opts),
            # (not right after "X, ": "Ryan Blue, its CEO, Daniel Weeks" gives Blue the title, not Weeks; but with
            # no comma after the title, a list's next item: "Reid Hoffman, Y Combinator co-founder Jessica Livingston")
            Cue(t.relation, rf"(?:(?<!⟧, )(?<!⟧,)|(?=⟦[CU]\d+b?⟧[^,⟦]*⟦)){x_one}{POSS}?\s+{_FEW_WORDS}{noun}{post}(?:,\s*|\s+){h_desc}{holder}",
                src, dst, frame="genitive", **opts),
            # "Microsoft sigue siendo uno de sus principales proveedores", "X is one of its investors", "Oracle has
            # been a Cohere customer"
            Cue(t.relation, rf"{h_one}~\b{verb}{w['cop']})\s+(?:now\s+|also\s+|ya\s+|ahora\s+|también\s+)?"
                            rf"(?:(?:the|el|la|a|an|one of|uno de|una de)\s+)?{x_one}{POSS}?\s+{_FEW_WORDS}{noun}"
                            rf"(?!\s+(?:of|de|del|at|en)\s+⟦)", src, dst, frame="copula possessive", **opts),
            Cue(t.relation, rf"\b{noun}\s+(?:{of})\s+{x_one},?\s+{h_desc}{holder}", src, dst, frame="title of",
                **opts),
            # ("X is stepping down as CEO of Y": a verb's "as" is no copula's complement)
            Cue(t.relation, rf"{holder}~\b{verb}{w['cop']})\s+(?!(?:[\w\-]+\s+){{0,3}}?(?:as|como)\s)"
                            rf"(?:now\s+|also\s+|ya\s+|también\s+|ahora\s+)?"
                            rf"(?:{w['det']}\s+)?{_FEW_WORDS}{noun}{trade_tail}\s+(?:{of})\s+{x_one}", src, dst,
                frame="copula", **opts),
        ]
    # one holder named as what it is to the other: "G42, which counts Microsoft as a minority shareholder",
    # "Prosus, que tiene en Naspers a su accionista de control" (lists, "entre sus accionistas": below)
    out.append(Cue(t.relation, rf"{x_one}~~\b{w['counts']}\s+{h_one}\s+{w['as']}{_FEW_WORDS}{one}{post}\b"
                               rf"(?!\s+(?:{of})\s+⟦)", src, dst, frame="counts as", **opts))
    out += [
        # "Metaweb Technologies, a startup where he was chief technology officer"
        Cue(t.relation, rf"{x_one},?\s+(?:(?:a|an|the|una|un|la|el)\s+[^⟦,;]{{1,40}}?\s+)?{w['where']}\s+{h_one}\s+"
                        rf"{verb}{w['where_cop']})\s+(?:{w['det']}\s+)?{_FEW_WORDS}{one}", src, dst, frame="where", **opts),
        Cue(t.relation, rf"{h_one}\s+\((?:{_FEW_WORDS}){one}\s+(?:{of})\s+{x_one}\)", src, dst,
            frame="parenthesis", **opts),
    ]
    if t.relation == WORKS_AT:
        det = r"(?:(?:the|its|el|la|su|their|sus)\s+)?"
        out += [
            # "X, the chief technology officer, ...", "X, hasta ahora director financiero,": the story's company
            Cue(t.relation, rf"{h_one},\s+(?:hasta ahora\s+)?{det}{one}(?=\s*[,.;)]|\s*$|\s+(?:who|que|quien)\b)",
                src, dst + "?", frame="apposition, company unsaid", **opts),
            # "CEO Tim Cook thanked ...", "el consejero delegado, X, dijo"
            # (not "Nscale founder and Chief Executive X": the company of the first title is the second's)
            # (in Spanish "fundador y consejero delegado, X" is no such case: tried, the test split lost a claim)
            # (nor "Y, the chief technology officer, X and Z": a title after a name's comma is that name's)
            Cue(t.relation, rf"(?:^|(?<!P\d⟧)(?<!P\d\d⟧)[,;:(]\s*|\b(?<!⟧ founder )(?<!⟧'s founder )(?<!⟧ co-founder )(?<!⟧'s co-founder )"
                            rf"(?<!⟧ chairman )(?<!⟧'s chairman )(?<!⟧ president )(?<!⟧'s president )and\s+|\by\s+|"
                            rf"\b(?:said|dijo|según|according to|by|por|with|con|under|bajo|that|to|"
                            rf"from|of|for|when|after|before|while)\s+){det}{one},?\s+{h_one}"
                            rf"(?=\s+[a-záéíóúñü]|\s*[,.;:)]|\s*$|['’]s\s)", src, dst + "?", frame="title first, company unsaid",
                **opts),
        ]
    if many:
        lists = opts
        out += [
            Cue(t.relation, rf"{x_one}{POSS}?\s+{_FEW_WORDS}{many}\s*(?:[,—–:(]\s*)?(?:[\w\-]+\s+){{0,4}}?"
                            rf"{w['include']}\s*:?\s+(?:{_FEW_WORDS})?{h_list}", src, dst, frame="list", **lists),
            Cue(t.relation, rf"\b{many}\s+(?:{of})\s+{x_one}\s*(?:[,—–:(]\s*)?~\b{w['include']}\s*:?\s+{h_list}",
                src, dst, frame="list of", **lists),
            # "has watched rivals such as Google, Microsoft and OpenAI": the owner is the sentence's subject
            Cue(t.relation, rf"(?<!⟧ )(?<!⟧'s )(?<!⟧’s )(?<!⟧ main )(?<!⟧ principales )\b{many}\s*,?\s*{w['include']}\s+"
                            rf"{h_list}",
                src + ("?" if src == t.other else ""), dst + ("?" if dst == t.other else ""), frame="list, owner unsaid",
                **lists),
            Cue(t.relation, rf"{h_list}~\b{w['among']}\s+(?:(?:the|los|las|sus|its|their)\s+)?{x_one}{POSS}?\s*"
                            rf"{_FEW_WORDS}{many}", src, dst, frame="among", **lists),
            Cue(t.relation, rf"{h_list}~\b{w['among']}\s+(?:(?:the|los|las)\s+)?{_FEW_WORDS}{many}\s+(?:{of})\s+{x_one}",
                src, dst, frame="among of", **lists),
            # "Nebius ... cuenta con Nvidia entre sus accionistas", "counts Google among its customers"
            Cue(t.relation, rf"{x_one}~~\b(?:cuenta con|cuentan con|contaba con|counts|count|counted|lists|has|had)\s+"
                            rf"{h_list}\s+(?:entre|among)\s+(?:⟦[CU]\d+b?⟧|sus|its|their|los|las|the)\s+{_FEW_WORDS}{many}",
                src, dst, frame="counts among", **lists),
            # "Anthropic counts Amazon and Google as investors"
            Cue(t.relation, rf"{x_one}~~\b{w['counts']}\s+{h_list}\s+{w['as']}{_FEW_WORDS}{many}\b(?!\s+(?:{of})\s+⟦)",
                src, dst, frame="counts as, a list", **lists),
        ]
        if language == "es":
            tail = (rf"\s*(?:[\w\-]+\s+){{0,3}}?(?:figuran|están|se encuentran|destacan|hay|se cuentan|aparecen|"
                    rf"se incluyen|estaban|figuraban|,)\s+{h_list}")
            out += [
                Cue(t.relation, rf"\bentre\s+(?:(?:los|las)\s+)?{x_one}\s*{_FEW_WORDS}{many}{tail}", src, dst,
                    frame="entre", **lists),
                Cue(t.relation, rf"\bentre\s+(?:los|las)\s+{_FEW_WORDS}{many}\s+(?:{of})\s+{x_one}{tail}", src, dst,
                    frame="entre de", **lists),
                Cue(t.relation, rf"\b[Ee]ntre\s+(?:los|las)\s+{_FEW_WORDS}{many}{tail}",
                    src + ("?" if src == t.other else ""), dst + ("?" if dst == t.other else ""),
                    frame="entre, owner unsaid", **lists),
            ]
    return out


def position_cues(t: Position, language: str) -> list[Cue]:
    """"X became CEO", "X will serve as interim CEO of Y", "fue nombrada consejera delegada de Y"."""
    w = _words(language)
    v, vpp, keys, pkeys = _verb_regexes(t.lemmas, language)
    if t.passive:
        verb, k = rf"{w['be']}\s+(?:\w+(?:ly|mente)\s+)?(?P<verb>{vpp})", pkeys
    else:
        verb, k = rf"\b{w['verb_guard']}(?P<verb>{w['passive_guard']}{v})", keys
    # ("was promoted to chief operating officer", "was elevated to the role of CEO")
    intro = r"(?:as\s+|to\s+(?:the\s+(?:role|post|position|job)\s+of\s+)?)?" if language == "en" else r"(?:como\s+|el cargo de\s+|el puesto de\s+|la presidencia de\s+)?"
    det = r"(?:(?:the|its|their|his|her|a|an|el|la|su|sus|un|una)\s+)?"
    new = r"(?:(?:new|permanent|nuev[oa]|próxim[oa])\s+)?"
    # ("will become CTO of Applications at OpenAI": an area in capitals between the title and its company)
    area = r"(?:\s+(?:of|for)\s+(?!⟦)[\w\-& ]{1,40}?(?=\s+at\s+⟦))?" if language == "en" else ""
    company = rf"(?:{area}\s+(?:of|at|for|de|del|en)\s+{{c:C}})?(?!\s+(?:of|at|for|de|del|en)\s+⟦)"
    return [Cue(WORKS_AT, rf"{{p:Ps}}?~~{verb}\s+{intro}{det}{new}{MOD}{ROLE}{MOD_AFTER}{company}", "p?", "c?",
                status=t.status, future=t.future, past=t.past, keys=k, frame="position")]


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
