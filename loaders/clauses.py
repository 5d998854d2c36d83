"""Clauses of a masked sentence that a cue must look into or around: non-restrictive relative clauses
(", which is backed by investors including X,") and appositions between a name and its verb.

A claim's subject inside such a clause is not the subject of the verb after it; the sentence is also
read without its clauses, and each relative clause with its antecedent as subject (loaders.relations
tries every cue on each of these views).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph import schema
from loaders.clause_openers import INVERTED_HEAD
from loaders.cues import Cue


# "X, Y and Z, all of whom had worked at OpenAI,": a relative opened by a quantifier tells of the whole list before it
_OF_WHOM = r"(?:all|both|each|most|some|many|several|two|three|four|five|all three|all four|all five)\s+of\s+whom"
# ", which is backed by investors including Andreessen Horowitz," - a non-restrictive relative clause,
# possibly inside an apposition (", el estudio que fundó tras su salida de Apple,").
_RELATIVE = re.compile(rf"(?P<head>⟦[CPU]\d+b?⟧)(?:'s|’s)?,\s+(?P<clause>(?:(?:el|la|los|las|un|una|the|a|an)\s+"
                       rf"[\w\- ]{{1,40}}?\s+)?(?:which|who|whose|que|quien|quienes|cuyo|cuya|{_OF_WHOM}|"
                       # "Arm, in which SoftBank holds about 90%,": a relative after a preposition
                       r"(?P<prep>(?:in|of|for|with|from|at|to|en|de|con|para|a)\s+(?:which|whom|la que|el que|los que|"
                       # ("Google, where he was head of engineering,": a place's relative, whose subject is another)
                       r"las que|la cual|el cual|quien|quienes)|where))\s[^,;]*?"
                       # a name ending the clause takes its own apposition along ("... de Berkshire, el conglomerado",
                       # "que la fundó junto a X, antiguo investigador de Google": a past job has no article)
                       # ("..., uno de los primeros inversores de Spotify", "one of its first backers": one of many)
                       r"(?:(?<=⟧),\s+(?:(?:el|la|los|las|un|una|uno|the|a|an|one|antigu[oa]s?|actual|former)\s+|"
                       r"ex-?(?=[a-záéíóúñü]))(?:[^,;⟦]|⟦[CPU]\d+b?⟧)*?)?)(?=,|;|\.?\s*$)")


# "Naveen Rao, MosaicML's co-founder and chief executive, will lead ...": an apposition between
# a name and its verb.
# ("with X, Y and Z, among others": people named alone and joined by "and" are the list going on, no apposition of X;
# so are names alone, joined by "and", then "además de", "along with" ... or an apposition of the last one: "participan
# C1, C2, U4 y C5 y U6, además del inversor X", "C0, C1 and C2, the investment arm of U3, also joined"; an English
# copula or auxiliary after the comma is the main clause's verb, once a relative clause is read out: "⟦C0⟧, is also its
# largest customer, using ...")
_APPOSITION = re.compile(r"(?P<head>⟦[CPU]\d+b?⟧),\s+(?P<clause>(?!(?:which|who|que|quien|and|y|is|was|are|were|remains|"
                         r"has|had|will|would)\b)"
                         r"(?!(?:⟦P\d+⟧,\s*)*⟦P\d+⟧,?\s+(?:and|y|e)\s+⟦P\d+⟧,)"
                         r"(?!(?:⟦[CPU]\d+b?⟧(?:,\s*|\s+(?:and|y|e)\s+))+⟦[CPU]\d+b?⟧,\s+(?:además|así|junto|along|"
                         r"alongside|plus|as well|(?:the|a|an|el|la|los|las|un|una)\s)\b)(?:[^,;⟦]|⟦[CPU]\d+b?⟧)"
                         r"{2,90}?),(?=\s+(?!(?:and|y|or|o|as|who|which|que)\b)[a-záéíóúñü])")


# Spanish words spelled as a trigger verb's form that open an apposition as a determiner or a noun
_NOT_VERBS = frozenset({"una", "uno", "de", "entre", "esta", "este", "compra", "venta"})


@lru_cache(maxsize=1)
def _finite_only() -> frozenset[str]:
    """The Spanish trigger verbs' finite forms that are no participle ("compite", "invirtió"); English is left
    out, where an apposition opens with a noun that is also a verb ("X, partner at Y,")."""
    from loaders.inflections import _table
    entries = list(_table()["es"].values())
    participles = {form for entry in entries for form in entry["participle"]}
    finite = {form for entry in entries for form in entry["finite"] if " " not in form}
    return frozenset(finite - participles - _NOT_VERBS)


def _is_apposition(m: re.Match) -> bool:
    """"Windsurf, que antes se llamaba Codeium, compite con Cursor, de Anysphere": what follows the name that
    ends a relative clause and opens with a finite verb is the main clause, not an apposition of that name."""
    first = re.match(r"[^\W\d_]+", m.group("clause"))
    # "Before Intel, Katti was a professor ... and co-founded X, a startup ...": a name in a phrase that opens the
    # sentence has no apposition, the comma after it opens the main clause
    return not (first and first.group().lower() in _finite_only() or _OPENING_PHRASE.match(m.string[:m.start()]))


_OPENING_PHRASE = re.compile(r"\W*(?:before|after|at|like|unlike|besides|beyond|since|until|antes de|después de|tras|"
                             r"como|a diferencia de|además de|al igual que|desde|hasta)\s+$", re.I)


def clause_spans(masked: str) -> list[tuple[int, int]]:
    return [(m.start("clause"), m.end("clause")) for pattern in (_RELATIVE, _APPOSITION) for m in pattern.finditer(masked)
            if pattern is _RELATIVE or _is_apposition(m)]


# A Spanish relative clause of a described company whose name-object ends it: the name is the verb's subject.
# (a time or a price may close it: "la empresa que compró Intel en 2017 por 15.300 millones")
_INVERTED = re.compile(rf"{INVERTED_HEAD}[^\W\d_]+\s+⟦[CPU]\d+b?⟧(?:\s+(?:en|por|hace|tras)\b(?:[^⟦]|⟦\$\d+⟧)*)?\W*$")

# A name after a product noun and "de" is its maker, and a relative after it tells of the product.
PRODUCT_NOUNS = (r"(?:chips?|GPU|procesador(?:es)?|aceleradores|servidores|software|sistemas?|modelos?|herramientas?|"
                 r"plataformas?|tecnologías?|robots?|productos?|aplicaciones|servicios?)")
_OWNED_THING = re.compile(rf"\b{PRODUCT_NOUNS}\s+(?:de|del)\s+$", re.I)
_THING_THEN_QUE = re.compile(rf"\b{PRODUCT_NOUNS}(?:\s+[^\s,;.]+){{0,3}}?,?\s+que\s+(?:ya\s+|también\s+|hoy\s+)?$", re.I)
_VERB_THEN_NAMES = re.compile(r"[^\W\d_]+\s+(?:ya\s+|también\s+)?⟦")


def users_of_product(cue: Cue, language: str, m: re.Match) -> bool:
    """Whether a Spanish client cue's verb opens a relative on a product with its users after it ("los aceleradores
    MI300, que ya utilizan Microsoft y Meta"): the users are the clients, the product's maker the vendor."""
    return cue.type == schema.CLIENT_OF and bool(cue.lead) and language == "es" and \
        bool(_THING_THEN_QUE.search(m.string, max(0, m.start() - 80), m.start())) and \
        bool(_VERB_THEN_NAMES.match(m.group(0)))


# A company, then an apposition whose noun has a "de" naming the slot right after it: "⟦C1⟧, el conglomerado de "
_OWNER_BEFORE = re.compile(r"(⟦[CU]\d+b?⟧),\s+(?:el|la|los|las|un|una|the|an?)\s+[^,;⟦]{1,40}?\s+(?:de|del|of)\s+$")


def other_views(masked: str, clauses: list[tuple[int, int]]) -> list[str]:
    """The sentence without its relative clauses ("Databricks competes with Snowflake"), and each
    clause with its antecedent as subject ("Databricks is backed by investors including ...")."""
    if not clauses:
        return []
    views = [_APPOSITION.sub(lambda m: m.group("head") if _is_apposition(m) else m.group(0),
                             _RELATIVE.sub(lambda m: m.group("head"), masked))]
    for m in _RELATIVE.finditer(masked):
        if m.group("prep") or re.match(_OF_WHOM, m.group("clause")):
            continue  # its antecedent is no subject of the clause ("in which SoftBank holds"; "all of whom": a list's)
        body = re.sub(rf"^(?:(?:el|la|los|las|un|una|the|a|an)\s+[\w\- ]{{1,40}}?\s+)?(?:which|who|whose|que|quien|quienes|"
                      rf"cuyo|cuya|{_OF_WHOM})\s+",
                      "", m.group("clause"))
        if _INVERTED.match(m.group("clause")):
            continue  # "X, una startup de vídeo que compró GoPro": GoPro, after the verb, is its subject
        if _OWNED_THING.search(masked, 0, m.start()):
            continue  # "los chips de AMD, que utilizan Microsoft y Meta": the clause tells of the chips, not of AMD
        owner = _OWNER_BEFORE.search(masked, 0, m.start()) if m.group("head")[1] == "P" else None
        # "Berkshire Hathaway, el conglomerado de Warren Buffett, que invirtió ...": the clause tells of the
        # apposition's noun, the company it describes, not of the person its "de" names
        views.append(f"{owner.group(1) if owner else m.group('head')} {body}")
    return views


def inside_relative(m: re.Match, cue: Cue, clauses: list[tuple[int, int]]) -> bool:
    """A subject inside a relative clause is not the subject of the verb after it (the subject is the
    cue's source, or its lead slot, whichever party it is); nor is a name inside it the subject of a passive
    after it ("Cerebras, which competes with Nvidia in chips, was co-founded by X": not Nvidia)."""
    subjects = {*cue.src.split(","), *(cue.lead[:1] if cue.lead else ())}
    sources = [m.span(n)[0] for n in cue.src.split(",") if m.groupdict().get(n) is not None]
    passive = m.groupdict().get(cue.dst) is not None and sources and m.span(cue.dst)[1] <= min(sources)
    for name in subjects | ({cue.dst} if passive else set()):
        if m.groupdict().get(name) is None:
            continue
        start, end = m.span(name)
        # (the passive's object only from inside a relative clause proper, not its last word, with the agent after
        # it: in an apposition, "X, uno de los cofundadores de Y, la startup creada por Z", the name may well be
        # what the next apposition describes; "X, who chairs Y, which he founded in 2009" is Y's own relative)
        if any(a <= start and end <= b and m.end() > b + 1 and not (end == b and _APPOSITION_AFTER.match(m.string, b))
               and (name in subjects or end < b and _RELATIVE_OPENING.match(m.string, a) and
                    re.search(r"\b(?:by|por)\s", m.string[b:min(sources)])) for a, b in clauses):
            return True
    return False


_RELATIVE_OPENING = re.compile(r"(?:which|who|whose|que|quien|quienes|cuyo|cuya)\s", re.I)


# "... que cofundó Daniel Ek, fundador de Spotify": the name that ends a relative clause keeps its own
# apposition, a title of a company with no verb in it ("founded by X, a former Samsung engineer"); ", es
# también accionista de X" is the main clause's verb.
_APPOSITION_AFTER = re.compile(r",\s+(?!(?:es|era|fue|será|sería|sigue|is|was|will|remains|has|ha)\s)"
                               r"(?:(?:el|la|los|las|un|una|su|the|a|an|its)\s+)?"
                               r"(?:(?:(?!que\b|quien\b|who\b|which\b)[^\W\d_][\w\-]*\s+){0,5}?(?:de|del|of|at|en)\s+|"
                               r"(?:former|onetime|one-time|ex-)\s*)⟦[CU]")
