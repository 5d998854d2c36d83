"""What opens right after a name in a masked sentence: a relative clause, whose verb says whether it speaks of one
person or of many (", que hoy dirige", ", who both worked"), and an apposition, whose owner is the name before it
(", a company started by former ⟦C1⟧ employees,"). loaders.cues and loaders.match_slots ask both; loaders.resolve
asks whether a pointer is the object of the clause of the name before it. Also the Spanish relative clause that puts
its verb before its subject (", una startup que compró GoPro", ", que ya utilizan Microsoft y Meta").
"""

from __future__ import annotations

import re

# (the last name's apposition may come first: "y a Z, pionero de las redes neuronales que trabajó para Google")
_RELATIVE_OPENS = re.compile(r",\s+(?:[^,;⟦]{0,60}?\s)?(?P<pronoun>que|quien|quienes|who|which)\s+((?:(?:hoy|ahora|también|actualmente|ya|luego|"
                             r"después|entonces|además|todavía|aún|se|le|les|lo|la|los|las|nos|no|now|also|later|then|currently|still|since)\s+)*)"
                             r"(?P<word>[^\W\d_]+)")


def relative_number(gap: str) -> str | None:
    """"one" or "many" for the verb of a relative clause that opens `gap` (", que hoy dirige", ", who
    both worked"); None when no relative opens it or its verb does not tell."""
    m = _RELATIVE_OPENS.match(gap)
    if not m:
        return None
    word, pronoun = m.group("word").lower(), m.group("pronoun")
    if pronoun == "quienes" or word in ("both", "all", "together", "each", "ambos", "ambas", "are", "were", "have",
                                        "juntos"):
        return "many"
    # ("dirigen", "han": plural; "dirigir", "dirigiendo": no person)
    if word in ("is", "was", "has") or (pronoun in ("que", "quien") and not word.endswith(("n", "r", "ndo"))):
        return "one"
    if re.fullmatch(r"[a-z]+[^s]s", word) and pronoun == "who":
        return "one"  # "who runs", "who leads"
    return None


# (or a possessive: "⟦C0⟧, ⟦P1⟧'s rival to ⟦C2⟧, raised ...")
_APPOSITION_OPENS = re.compile(r"(⟦[CU]\d+b?⟧),\s+(?:a|an|the|one of|un|una|el|la|uno de|una de|⟦[CPU]\d+b?⟧(?:'s|’s))\s"
                               r"[^,;⟦]*$")

# An apposition with no article, as Spanish writes one ("⟦C0⟧, dueña de ⟦C1⟧,", "⟦C0⟧, principal inversor de
# ⟦C1⟧,"), or a relative clause ("⟦C0⟧, que el año pasado compró ⟦C1⟧,", "which bought"): not a companion or a
# list's next item ("⟦C0⟧, junto a ⟦C1⟧," and "⟦C0⟧, como ⟦C1⟧," name more subjects).
_BARE_APPOSITION_OPENS = re.compile(
    r"(⟦[CU]\d+b?⟧),\s+(?:(?!(?:junto|con|como|así|además|incluid\w*|entre|y|e|o|u|ni|"
    r"and|or|including|such|like|as|along|together|with|plus|según|according)\b)[a-záéíóúñü]+\s+(?:[^,;⟦]*\s)?"
    r"(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?)$")


def apposition_owner(text: str, start: int, end: int) -> str | None:
    """The name whose apposition holds the slot at [start, end), when that apposition closes with a comma
    after it: in "⟦C0⟧, a company started by former ⟦C1⟧ employees, has raised ...", C1's owner is C0, the
    verb's subject."""
    owner = _APPOSITION_OPENS.search(text, max(0, start - 240), start) or \
        _BARE_APPOSITION_OPENS.search(text, max(0, start - 120), start)
    return owner.group(1) if owner and re.match(r"[^,;⟦]*,\s", text[end:]) else None


# A name that only modifies the apposition's noun before a relative clause: "⟦C0⟧, a ⟦C1⟧ subsidiary that has become
# an ⟦C2⟧ cloud partner": the clause tells of the subsidiary, C0, not of its owner C1.
_MODIFIER_THEN_RELATIVE = re.compile(r"(?:'s|’s)?\s+(?:[\w\-]+\s+){1,3}?(?:that|which)\s")


def modifier_owner(text: str, start: int, end: int) -> str | None:
    """The name whose apposition's noun the slot at [start, end) modifies, when a relative clause follows the noun."""
    if not _MODIFIER_THEN_RELATIVE.match(text, end):
        return None
    owner = _APPOSITION_OPENS.search(text, max(0, start - 240), start)
    return owner.group(1) if owner else None


def clause_of_name_before(text: str, subject, nearest, start: int, companies: list) -> bool:
    """Whether a pointer at `start` ("el fabricante", "the company") is the object of a clause whose verb is the
    name's just before it (`nearest`), so the pointer is the sentence's `subject`: a relative clause ("Intel ...
    tras recibir inversiones de la propia Nvidia, que invirtió 5.000 millones en el fabricante"), past the name's
    apposition too ("con Berkshire Hathaway, el conglomerado de X, que invirtió ..."), or a coordinated clause with
    no other company between ("G42 has divested ..., and Microsoft invested $1.5 billion in the Abu Dhabi company").
    """
    if re.fullmatch(r"(?:,\s+(?:el|la|un|una|the|an?)\s[^,;]*)?,\s+(?:que|quien|which|who)\s[^,;⟦]*",
                    text[nearest.end:start]):
        return True
    return bool(re.search(r"(?:,\s+(?:and|but|y|pero)|;)\s+$", text[subject.end:nearest.start])) and \
        not re.search(r"[,;]", text[nearest.end:start]) and \
        all(x.entity_id == subject.entity_id for x in companies if subject.end <= x.start < nearest.start)


# "X, una startup de edición de vídeo que compró GoPro": a described company's relative clause with the verb first
INVERTED_HEAD = (r"(?:una|un|la|el)\s+(?:startup|empresa|compañía|firma|tecnológica|plataforma|fabricante|desarrolladora|"
                 r"unidad|división|filial|aplicación|app)\b[^⟦,.;]{0,60}?\s+que\s+")
_INVERTED_BEFORE = re.compile(rf"⟧,\s+{INVERTED_HEAD}$")
# ... and a thing's: "los aceleradores Instinct MI300, que ya utilizan Microsoft y Meta" (a name right after the verb)
_THING_RELATIVE = re.compile(r"(?<!⟧)(?<!⟧\))\b[\w\-]+,\s+que\s+(?:ya\s+|también\s+|hoy\s+|ahora\s+)?$")


def inverted_relative(text: str, start: int) -> bool:
    """Whether the verb at `start` opens a described company's relative clause with its subject after it
    ("X, una startup de edición de vídeo que compró GoPro,"), or a thing's ("los chips MI300, que usan Meta y X")."""
    return bool(_INVERTED_BEFORE.search(text, max(0, start - 120), start)) and \
        re.match(r"\w+\s+⟦[CPU]\d+b?⟧\s*(?:[,.;)]|$)", text[start:]) is not None or \
        bool(_THING_RELATIVE.search(text, max(0, start - 40), start)) and \
        re.match(r"\w+\s+⟦[CU]\d+b?⟧", text[start:]) is not None
