"""Frames of nouns (see loaders.frames): an event noun ("X's acquisition of Y", "la compra de Y por parte de X"),
a relational noun ("X, an investor in Y", "su consejero delegado, X", "Y's customers include A and B") and a
position taken or left ("X became chief executive of Y"). loaders.frames.cues puts them with the verb frames."""

from __future__ import annotations

from graph.schema import ACQUIRED, FOUNDED, INVESTED, WORKS_AT
from loaders.cues import NOT_LATER_ITEM, Cue
from loaders.cues_rejected import REJECTED
from loaders.title_words import MOD, MOD_AFTER, POSS, ROLE
from loaders.frames import (_ADVERB, _FEW_WORDS, _NOUN_WORDS, _PERSON_DESC, _WORD, _endpoints, _keys, _slot, _support,
                             _verb_regexes, _words)
from loaders.inflections import alternation
from loaders.triggers import Event, Position, Role, kind_of
from loaders.reference_words import POSTNOMINAL
from loaders.triggers_es import _SPAN, _WHEN

# Up to two Spanish adjectives after a noun of the parties a list names ("inversores corporativos", "clientes
# industriales"); English puts them before it.
_ADJECTIVES_AFTER = {"es": rf"(?:\s+{POSTNOMINAL}){{0,2}}", "en": ""}


def event_cues(t: Event, language: str) -> list[Cue]:
    w = _words(language)
    n, keys = alternation(list(t.nouns)), _keys(list(t.nouns))
    a_list, o_list = _slot(t.agent, t.relation), _slot(t.object, t.relation)
    a_one = _slot(t.agent, t.relation, plural=False)
    src, dst = _endpoints(t.relation, t.agent, t.object)
    gap = "~" if t.gap else r"\s+"
    if language == "es" and not t.gap and t.relation not in (ACQUIRED, INVESTED, FOUNDED, WORKS_AT):
        # Spanish adjectives and a field after the noun: "una alianza integral de varios años con X", "acuerdos
        # plurianuales con X" (never a clause's word: "la colaboración que mantiene con X")
        gap = (r"(?:\s+(?!(?:de|del|en|con|y|e|o|u|que|por|para|a|al|entre|sobre|tras|sin|según|se|su|sus|la|el|los|"
               r"las)\b)[a-záéíóúñü]+){0,2}?(?:\s+de\s+(?!⟦)[^⟦,;.]{1,30}?)?\s+")
    of, by = t.of, t.by
    opts = dict(status=t.status, keys=keys, nominal=True)
    no_agent_after = rf"(?!\s+(?:[^⟦.;]{{0,40}}?\s+)?(?:{by})\s+⟦[CPU])"
    # after an ordinal or "mayor" the name after "de" counts its own deals: "la tercera adquisición de AMD"
    counted = _COUNTED if language == "es" and "de" in of.split("|") else ""
    out = [
        Cue(t.relation, rf"{a_list}{POSS}\s+{_NOUN_WORDS}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}", src, dst,
            frame="possessive", **opts),
        # (not past another participle's agent: "the acquisition of Wiz, the firm backed by Sequoia")
        Cue(t.relation, rf"\b{counted}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}~{_NOT_AFTER_PARTICIPLE}\b(?:{by})\s+{a_list}", src, dst,
            frame="by-phrase", **opts),
        # the object as the possessor, the agent after: "Figma's acquisition by Adobe", "Lacework's sale to Fortinet"
        Cue(t.relation, rf"{_slot(t.object, t.relation, False)}{POSS}\s+{_NOUN_WORDS}(?P<noun>{n})\s+(?:{by})\s+{a_list}",
            src, dst, frame="object possessive", **opts),
        Cue(t.relation, rf"\b(?P<noun>{n})\s+(?:{by})\s+{a_list}~(?:{of})\s+{o_list}", src, dst,
            frame="agent first", **opts),
        # (not past a verb of turning the event down, whose object it is: "closed a deal months after rejecting an
        # offer from Meta")
        Cue(t.relation, rf"{a_list}?~~\b{_support(language)}\b{_NOT_REJECTED}~~\b{counted}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}"
                        rf"{no_agent_after}",
            src + ("?" if src == t.agent else ""), dst + ("?" if dst == t.agent else ""), frame="support verb", **opts),
        # a headline or an opening with no agent: "Nueva inversión de 4.000 millones en X"
        Cue(t.relation, rf"^\W*(?:{_WORD}\s+){{0,2}}?{counted}(?P<noun>{n})\b{gap}(?:{of})\s+{o_list}{no_agent_after}",
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
            # the first of three or more ("SoftBank, OpenAI and Oracle announced the joint venture"; the pair frame
            # reads the last two, loaders.joint_venture_partners the middle of a longer list)
            Cue(t.relation, rf"(?<!⟧, )(?<!⟧,){_slot(t.agent, t.relation, False)},\s+"
                            rf"(?=(?:⟦[^,]*?,\s+){{0,6}}⟦[^,]*?\s{w['and']}\s){o_list}"
                            rf"~~\b(?P<noun>{n})\b(?!\s+(?:with|con)\b)", src, dst, frame="group", **opts),
            Cue(t.relation, rf"{_slot(t.agent, t.relation, False)}\s*[-–]\s*{_slot(t.object, t.relation, False)}\s+"
                            rf"(?P<noun>{n})\b", src, dst, frame="compound pair", **opts),
        ]
        if language == "es":
            # the event noun as the object of a relative: "la alianza que Apple firmó con OpenAI", "la sociedad
            # conjunta que Nscale creó en 2024 con Aker"
            out.append(Cue(t.relation, rf"\b(?P<noun>{n})\b{gap}que\s+{a_one}\s+(?:[\w]+\s+){{0,3}}?{_support(language)}\b"
                                       rf"(?:\s+[^⟦.;,]{{1,30}}?)?\s+(?:{of})\s+{o_list}", src, dst,
                           frame="event relative", **opts))
    return out


# A verb of turning an offer down ahead, before any name (see loaders.cues_rejected).
_NOT_REJECTED = rf"(?!(?:(?!⟦)[^\n.;]){{0,90}}?\b{REJECTED}\s)"
# Ordinals and "mayor" before an event noun (a buyer's count of its deals, which "de" then names).
_COUNTED = "".join(rf"(?<!\b{w} )" for w in ("primera", "primer", "segunda", "segundo", "tercera", "tercer", "cuarta",
                                            "cuarto", "quinta", "quinto", "última", "último", "mayor"))
# A participle clause after an apposition's noun ends the noun phrase: "Anthropic, an OpenAI rival backed by Amazon,".
# ... and so does a relative clause: "Park Sung-hyun, the Rebellions co-founder who has led the startup since 2020"
_PARTICIPLE_NEXT = r"\s+(?:backed|founded|co-founded|led|owned|based|run|funded|valued|created|started|spun|who)\s"
# A participle right before "by" or "por" has its own agent: "X, the firm backed by Y", "la empresa fundada por Y".
_NOT_AFTER_PARTICIPLE = (r"(?<!ed )(?<!\bled )(?<!\brun )(?<!\bheld )(?<!\bmade )(?<!ado )(?<!ada )(?<!ido )(?<!ida )"
                         r"(?<!ados )(?<!adas )(?<!idos )(?<!idas )")


def _role_nouns(t: Role) -> tuple[str, str, frozenset[str] | None]:
    """Regexes of a relational noun in the singular and in the plural, and the prefilter keys; job titles
    are spelled by loaders.title_words.ROLE, with their modifiers ("former", "interim")."""
    if t.relation == WORKS_AT:
        return f"{MOD}{ROLE}{MOD_AFTER}", "", None
    return (f"(?P<noun>{alternation(list(t.nouns))})", f"(?P<noun>{alternation(list(t.plurals))})",
            _keys(list(t.nouns) + list(t.plurals)))


def role_cues(t: Role, language: str) -> list[Cue]:
    w = _words(language)
    one, many, keys = _role_nouns(t)
    h_list, x_one = _slot(t.holder, t.relation), _slot(t.other, t.relation, plural=False)
    h_one = _slot(t.holder, t.relation, plural=False)
    x_listed = _slot(t.other, t.relation) if t.relation == INVESTED else x_one
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
    # a title's acronym in brackets: "directora de operaciones (COO) de X", "chief technology officer (CTO) of X"
    post += r"(?:\s+\([A-Z][A-Za-z]{1,4}\))?" if t.relation == WORKS_AT else ""
    # a field after the noun, then the holder in apposition: "su gran rival en el mercado de chips, Nvidia"
    field = r"(?:\s+(?:en|de|del|para)\s+(?!⟦)[^⟦,;.()]{1,60}?(?=,))?" if language == "es" else ""
    # two roles share the other party: "Nvidia es a la vez proveedor y accionista de Nebius" (each noun its own frame)
    both = r"(?:[a-záéíóúñü]+\s+(?:y|e)\s+)?" if language == "es" else ""
    out = []
    for noun, holder in numbers:
        out += [
            # (an investor's companies may be a list: "Sean Parker, uno de los primeros inversores de Facebook y de Spotify")
            Cue(t.relation, rf"{holder},\s+{_ADVERB}(?:{w['det']}\s+)?{_FEW_WORDS}{noun}{post}\s+(?:{of})\s+{_FEW_WORDS}"
                            rf"{x_listed}", src, dst, frame="apposition", **opts),
            # "Two Seas Capital, one of Core Scientific's largest shareholders", "Greg Brockman, hoy su presidente"
            # ("Nvidia, AMD's main rival in AI accelerators, ...": a short field after the noun)
            # ("X, Y, entre otros inversores": a list's closing words, no one's investor)
            Cue(t.relation, rf"{holder},\s+{_ADVERB}(?:{w['det']}\s+)?{x_one}{POSS}?\s+(?!(?:entre|among)\s){_FEW_WORDS}{noun}"
                            rf"(?:\s+(?:in|en|on|for|de|del)\s+(?:[^\s,;.⟦]+\s+){{0,3}}?[^\s,;.⟦]+)?(?=\s*[,.;)]|\s*$|{_PARTICIPLE_NEXT}"
                            # (or a second title: "Sean Parker, the Napster co-founder and early Facebook president,")
                            rf"|\s+(?:and|y)\s+(?!⟦)(?:[^,;.⟦]|⟦[CU]\d+b?⟧){{1,40}},)",
                src, dst, frame="apposition possessive", **opts),
            # (not right after "X, ": "Ryan Blue, its CEO, Daniel Weeks" gives Blue the title, not Weeks; but with
            # no comma after the title, a list's next item: "Reid Hoffman, Y Combinator co-founder Jessica Livingston")
            Cue(t.relation, rf"(?:(?<!⟧, )(?<!⟧,)|(?=⟦[CU]\d+b?⟧[^,⟦]*⟦)){x_one}{POSS}?\s+{_FEW_WORDS}{noun}{post}{field}(?:,\s*|\s+){h_desc}{holder}",
                src, dst, frame="genitive", **opts),
            # "Microsoft sigue siendo uno de sus principales proveedores", "X is one of its investors", "Oracle has
            # been a Cohere customer"
            Cue(t.relation, rf"{h_one}~\b{verb}{w['cop']})\s+(?:now\s+|also\s+|ya\s+|ahora\s+|también\s+)?"
                            rf"(?:(?:the|el|la|a|an|one of|uno de|una de)\s+)?{x_one}{POSS}?\s+{_FEW_WORDS}{noun}"
                            rf"(?!\s+(?:of|de|del|at|en)\s+⟦)", src, dst, frame="copula possessive", **opts),
            # (the holder never owns an apposition: "customers of CoreWeave, Nebius's larger rival")
            Cue(t.relation, rf"\b{noun}\s+(?:{of})\s+{x_one},?\s+{h_desc}{holder}{NOT_LATER_ITEM}", src, dst,
                frame="title of", **opts),
            # ("X is stepping down as CEO of Y": a verb's "as" is no copula's complement; nor is "fue nombrada
            # consejera delegada", "was named CEO" a post held before: the position frames read an appointment)
            Cue(t.relation, rf"{holder}~\b{verb}{w['cop']})\s+(?!(?:[\w\-]+\s+){{0,3}}?(?:as|como)\s)(?!{_APPOINTED}\s)"
                            rf"(?:now\s+|also\s+|ya\s+|también\s+|ahora\s+|a la vez\s+|al mismo tiempo\s+)?"
                            rf"(?:{w['det']}\s+)?{_FEW_WORDS}{both}{noun}{trade_tail}\s+(?:{of})\s+{x_one}", src, dst,
                frame="copula", **opts),
        ]
        if language == "en":
            # the other's noun told first, its holder after "is": "OpenAI's biggest investor is Microsoft", "Nvidia,
            # whose largest customer is Microsoft," (nothing else may follow "is": "X's CEO is expected to ...")
            out.append(Cue(t.relation, rf"{x_one}(?:{POSS}|,\s+whose)?\s+{_FEW_WORDS}{noun}\s+(?:is|was|are|were|remains|"
                                       rf"remained|has been|had been|have been|became|is now|are now)\s+{h_desc}{holder}"
                                       rf"(?!\s*(?:'s|’s|-))", src, dst, frame="genitive copula", **opts))
        else:
            # the same in Spanish, told with "cuyo" or "en la que": "Indra, que preside X y cuyo mayor accionista es la
            # SEPI", "Hisdesat, en la que el segundo accionista es Isdefe", "Nvidia, cuyo mayor cliente es Microsoft"
            out.append(Cue(t.relation, rf"{x_one},\s+(?:que\s+(?:[^,;.⟦]|⟦[CPU]\d+b?⟧){{1,60}}?\s+y\s+)?(?:cuy[oa]s?|"
                                       rf"en\s+(?:la|el)\s+que\s+(?:el|la|los|las|su|sus))\s+{_FEW_WORDS}{noun}\s+"
                                       rf"(?:es|era|fue|son|eran|sigue siendo|seguía siendo)\s+(?:(?:el|la|los|las)\s+)?{h_desc}"
                                       rf"{holder}",
                           src, dst, frame="genitive copula", **opts))
    # one holder named as what it is to the other: "G42, which counts Microsoft as a minority shareholder",
    # "Prosus, que tiene en Naspers a su accionista de control" (lists, "entre sus accionistas": below)
    # (a Spanish "su" may be masked as the company named just before it: "tiene en Rappi a su principal rival")
    own = r"(?:⟦C\d+b?⟧\s+)?" if language == "es" else ""
    out.append(Cue(t.relation, rf"{x_one}~~\b{w['counts']}\s+{h_one}\s+{w['as']}{own}{_FEW_WORDS}{one}{post}\b"
                               rf"(?!\s+(?:{of})\s+⟦)", src, dst, frame="counts as", **opts))
    out += [
        # "Metaweb Technologies, a startup where he was chief technology officer"
        Cue(t.relation, rf"{x_one},?\s+(?:(?:a|an|the|una|un|la|el)\s+[^⟦,;]{{1,40}}?\s+)?{w['where']}\s+{h_one}\s+"
                        rf"{verb}{w['where_cop']})\s+(?:{w['det']}\s+)?{_FEW_WORDS}{one}", src, dst, frame="where", **opts),
        Cue(t.relation, rf"{h_one}\s+\((?:{_FEW_WORDS}){one}\s+(?:{of})\s+{x_one}\)", src, dst,
            frame="parenthesis", **opts),
    ]
    if t.relation == FOUNDED and language == "en":
        # "Ted Stinson, a co-founder who previously served as its COO": the story's company (English only)
        out.append(Cue(t.relation, rf"{h_one},\s+(?:a|an|the|its|another)\s+{one}(?=\s*[,.;)]|\s*$|\s+who\b)",
                       src, dst + "?", frame="apposition, company unsaid", **opts))
    if t.relation == WORKS_AT:
        det = r"(?:(?:the|its|el|la|su|their|sus)\s+)?"
        out += [
            # "X, the chief technology officer, ...", "X, hasta ahora director financiero,": the story's company
            # ("X, ingeniero de aprendizaje automático y hoy director de tecnología": the post held now, after a trade)
            Cue(t.relation, rf"{h_one},\s+(?:hasta ahora\s+|también\s+|[a-záéíóúñü][^,⟦;.]{{1,60}}?\s+y\s+(?:hoy|ahora|actualmente)\s+)?"
                            rf"{det}{one}(?=\s*[,.;)]|\s*$|\s+(?:who|que|quien)\b)",
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
    if t.relation == FOUNDED and language == "es":
        # "se fue el cofundador y científico jefe X", "otro cofundador, X, se incorporó a Y": a founder told with no
        # company, the one the sentence or the story is about (loaders.endpoints.fallback)
        out.append(Cue(t.relation, rf"\b(?:el|la|otro|otra|también)\s+(?:también\s+)?{one}(?:\s+y\s+(?:[\w\-]+\s+){{1,3}}?)?,?"
                                   rf"\s+{h_one}(?=\s+[a-záéíóúñü]|\s*[,.;:)]|\s*$)", src, dst + "?",
                       frame="title first, company unsaid", **opts))
    if many:
        lists = opts
        out += [
            Cue(t.relation, rf"{x_one}{POSS}?\s+{_FEW_WORDS}{many}\s*(?:[,—–:(]\s*)?(?:[\w\-]+\s+){{0,4}}?"
                            rf"{w['include']}\s*:?\s+(?:{_FEW_WORDS})?{h_list}", src, dst, frame="list", **lists),
            Cue(t.relation, rf"\b{many}\s+(?:{of})\s+{x_one}\s*(?:[,—–:(]\s*)?~\b{w['include']}\s*:?\s+{h_list}",
                src, dst, frame="list of", **lists),
            # "has watched rivals such as Google, Microsoft and OpenAI": the owner is the sentence's subject (a colon
            # opens the list too: "drew an unusual roster of backers: Microsoft, Nvidia and Samsung")
            # (a Spanish noun may come with its adjectives: "dos nuevos inversores corporativos: X, ..., y Z")
            Cue(t.relation, rf"(?<!⟧ )(?<!⟧'s )(?<!⟧’s )(?<!⟧ main )(?<!⟧ principales )\b{many}{_ADJECTIVES_AFTER[language]}"
                            rf"\s*(?::|,?\s*{w['include']})\s+{h_list}",
                src + ("?" if src == t.other else ""), dst + ("?" if dst == t.other else ""), frame="list, owner unsaid",
                **lists),
            Cue(t.relation, rf"{h_list}~\b{w['among']}\s+(?:(?:the|los|las|sus|its|their)\s+)?{x_one}{POSS}?\s*"
                            rf"{_FEW_WORDS}{many}", src, dst, frame="among", **lists),
            Cue(t.relation, rf"{h_list}~\b{w['among']}\s+(?:(?:the|los|las)\s+)?{_FEW_WORDS}{many}\s+(?:{of})\s+{x_one}",
                src, dst, frame="among of", **lists),
            # "Nebius ... cuenta con Nvidia entre sus accionistas", "counts Google among its customers" (also the second of
            # two roles the list holds together: "has LG and Hyundai among its partners and investors")
            # (a possessive masked as its company is the owner, whatever name stands before the verb: "X, which ...
            # since it was spun out of Y, and counts Z among its customers" is X's, loaders.possessive_owner; Spanish
            # keeps the name before the verb, its possessives' owners being read otherwise)
            *(Cue(t.relation, rf"{owner}\b(?:cuenta con|cuentan con|contaba con|counts|count|counted|lists|has|had)\s+"
                              rf"{h_list}\s+(?:entre|among)\s+{det}\s+{_FEW_WORDS}"
                              rf"(?:[\w\-]+\s+(?:and|y|e)\s+(?:{_WORD}\s+)?)?{many}",
                  src, dst, frame="counts among", **lists)
              for owner, det in (((f"{x_one}~~", r"(?:sus|its|their|los|las|the)"), ("", x_one)) if language == "en" else
                                 ((f"{x_one}~~", r"(?:⟦[CU]\d+b?⟧|sus|its|their|los|las|the)"),))),
            # "Anthropic counts Amazon and Google as investors"
            Cue(t.relation, rf"{x_one}~~\b{w['counts']}\s+{h_list}\s+{w['as']}{_FEW_WORDS}{many}\b(?!\s+(?:{of})\s+⟦)",
                src, dst, frame="counts as, a list", **lists),
        ]
        if language == "es":
            tail = (rf"\s*(?:[\w\-]+\s+){{0,3}}?(?:figuran|están|se encuentran|destacan|hay|se cuentan|aparecen|"
                    rf"se incluyen|estaban|figuraban|,)\s+{h_list}")
            out += [
                # the list after the noun: "Klarna, que tiene entre sus accionistas a Sequoia Capital", "cuenta entre
                # sus inversores con X y Z"
                Cue(t.relation, rf"{x_one}~~\b(?:tiene|tienen|tenía|tenían|cuenta|cuentan|contaba|incluye|incluyen|"
                                rf"incluía)\s+entre\s+(?:⟦[CU]\d+b?⟧|sus|los|las)\s+{_FEW_WORDS}{many}\s+(?:a|al|con)\s+"
                                rf"{h_list}", src, dst, frame="tiene entre", **lists),
                Cue(t.relation, rf"\bentre\s+(?:(?:los|las)\s+)?{x_one}\s*{_FEW_WORDS}{many}{tail}", src, dst,
                    frame="entre", **lists),
                Cue(t.relation, rf"\bentre\s+(?:los|las)\s+{_FEW_WORDS}{many}\s+(?:{of})\s+{x_one}{tail}", src, dst,
                    frame="entre de", **lists),
                Cue(t.relation, rf"\b[Ee]ntre\s+(?:los|las)\s+{_FEW_WORDS}{many}{tail}",
                    src + ("?" if src == t.other else ""), dst + ("?" if dst == t.other else ""),
                    frame="entre, owner unsaid", **lists),
            ]
    return out


_APPOINTED = (r"(?:(?:nombrad|designad|elegid|reelegid|ascendid|promovid|fichad|contratad|confirmad|ratificad)[oa]s?|"
              r"named|appointed|promoted|elevated|tapped|hired|chosen|picked|selected|elected|confirmed)")


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
    # a time phrase before the post, where Spanish often puts it: "fue nombrada en 2019 consejera delegada de X",
    # "ocupa desde 2019 el cargo de ..."
    if language == "es":
        intro = rf"(?:(?:{_WHEN}|{_SPAN})\s+)?{intro}"
    det = r"(?:(?:the|its|their|his|her|a|an|el|la|su|sus|un|una)\s+)?"
    new = r"(?:(?:new|permanent|nuev[oa]|próxim[oa])\s+)?"
    # ("will become CTO of Applications at OpenAI": an area in capitals between the title and its company)
    area = r"(?:\s+(?:of|for)\s+(?!⟦)[\w\-& ]{1,40}?(?=\s+at\s+⟦))?" if language == "en" else ""
    company = rf"(?:{area}\s+(?:of|at|for|de|del|en)\s+{{c:C}})?(?!\s+(?:of|at|for|de|del|en)\s+⟦)"
    return [Cue(WORKS_AT, rf"{{p:Ps}}?~~{verb}\s+{intro}{det}{new}{MOD}{ROLE}{MOD_AFTER}{company}", "p?", "c?",
                status=t.status, future=t.future, past=t.past, keys=k, frame="position")]
