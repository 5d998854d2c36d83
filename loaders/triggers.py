"""Relation triggers: the words that state a relation, kept apart from the frames that find its parties.

A trigger table (triggers_en.py, triggers_es.py) is data: for each relation,
the verbs, event nouns and relational nouns that state it, as lemmas, with the
role of each party. loaders.frames turns every trigger into cues for every
frame that fits it (active, passive, participle, nominal, appositive, copula,
list, headline...), so a trigger added here works in all of them.

Roles are the parties of a relation, named as the cue slots name them:

    INVESTED       inv (investor)   tgt (company invested in)
    ACQUIRED       buyer            tgt
    WORKS_AT       p (person)       c (company)
    FOUNDED        p                c
    CLIENT_OF      cl (client)      v (vendor)
    COMPETES_WITH  a                b        (symmetric)
    PARTNERS_WITH  a                b        (symmetric)
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)

# relation -> (source role, target role, what each role may be: C company, P person, E either)
ROLES: dict[str, tuple[str, str, str, str]] = {
    INVESTED: ("inv", "tgt", "E", "C"),
    ACQUIRED: ("buyer", "tgt", "E", "C"),
    WORKS_AT: ("p", "c", "P", "C"),
    FOUNDED: ("p", "c", "P", "C"),
    CLIENT_OF: ("cl", "v", "C", "C"),
    COMPETES_WITH: ("a", "b", "C", "C"),
    PARTNERS_WITH: ("a", "b", "C", "C"),
}


def kind_of(relation: str, role: str) -> str:
    src, dst, src_kind, dst_kind = ROLES[relation]
    return src_kind if role == src else dst_kind


@dataclass(frozen=True)
class Verb:
    """Verbs whose subject and object are the relation's parties: "X acquired Y", "Y raised ... from X".

    lemmas: "acquire", "take over" (a particle follows the verb), "unirse" (Spanish reflexive).
    prep: what introduces the object ("in|into"); empty for a direct object.
    gap: words may stand between the verb and `prep` ("invested $2bn in", "raised $1bn in a round led by").
    status: the status the verb states ("leave" -> former); future: the status when the verb is in
    the future ("will join" -> incoming); past: the status when in the past ("dirigía" -> former).
    passive: whether "Y was <verb>ed by X" exists (direct objects only).
    needs: a regex the words between verb and `prep` must match ("raised $1bn from X", not "got chips from X").
    """

    relation: str
    lemmas: tuple[str, ...]
    subject: str
    object: str
    prep: str = ""
    gap: bool = False
    status: str | None = None
    future: str | None = None
    past: str | None = None
    passive: bool = True
    active: bool = True  # False: only the passive says the relation ("participada por X", not "participó X")
    vendor_check: bool = False  # a client only if the object sells something (loaders.trade_sides.vendor_like)
    known_only: bool = False  # general verbs ("created Iceberg"): a name of unknown kind is no company by them
    needs: str | None = None  # what the gap before `prep` must hold (an amount for "raised ... from")


@dataclass(frozen=True)
class Event:
    """Nouns naming the event: "the acquisition of Y by X", "X's investment in Y", "la compra de Y por X".

    of: what introduces the object ("of", "in|into", "with"); by: what introduces the agent.
    gap: words may stand between the noun and `of` ("an investment of $2bn in Y").
    """

    relation: str
    nouns: tuple[str, ...]
    agent: str
    object: str
    of: str
    by: str = "by"
    gap: bool = False
    status: str | None = None


@dataclass(frozen=True)
class Role:
    """Nouns saying what one party is to the other: "X, an investor in Y", "Y's customers include X".

    holder: the role of the party the noun describes; other: the party it is relative to.
    singular and plural forms are both listed; of: what introduces the other party.
    """

    relation: str
    nouns: tuple[str, ...]
    plurals: tuple[str, ...]
    holder: str
    other: str
    of: str
    status: str | None = None


@dataclass(frozen=True)
class Position:
    """Verbs that put a person in a job named by a title: "X became CEO", "X will serve as interim CEO of Y",
    "X stepped down as chairman", "X fue nombrado consejero delegado de Y", "asumirá como presidenta".

    passive: the lemmas are said in the passive ("was named", "fue nombrada"); status, future and past as
    for Verb. The company, when the sentence leaves it out, is the one the story is about.
    """

    lemmas: tuple[str, ...]
    status: str | None = None
    future: str | None = "incoming"
    past: str | None = None
    passive: bool = False
    relation: str = WORKS_AT


def _modules() -> dict:
    from loaders import triggers_en, triggers_es
    return {"en": triggers_en, "es": triggers_es}


def _tables() -> dict[str, list]:
    return {language: module.TRIGGERS for language, module in _modules().items()}


def support_verbs(language: str) -> tuple[str, ...]:
    """Verbs whose object is an event noun and whose subject is its agent ("X announced the purchase of Y")."""
    return _modules()[language].SUPPORT_VERBS


def verb_lemma(spec: str, language: str) -> tuple[str, bool, str]:
    """'take over' -> ('take', False, 'over'); 'unirse' -> ('unir', True, ''); the verb, reflexive, particle."""
    verb, _, particle = spec.partition(" ")
    reflexive = language == "es" and verb.endswith("se") and verb[-4:-2] in ("ar", "er", "ir", "ír")
    return (verb[:-2] if reflexive else verb), reflexive, particle


def all_lemmas() -> dict[str, list[str]]:
    """Every verb lemma of the tables, per language: what the inflection table must hold."""
    out = {}
    for language, table in _tables().items():
        verbs = {verb_lemma(spec, language)[0] for t in table if isinstance(t, (Verb, Position)) for spec in t.lemmas}
        out[language] = sorted(verbs | {verb_lemma(spec, language)[0] for spec in support_verbs(language)})
    return out


def triggers(language: str) -> list:
    return _tables()[language]
