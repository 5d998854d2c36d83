"""The cue-pattern language shared by the Spanish and English cue tables.

A cue is a regular expression over a masked sentence (see loaders.resolve)
with typed slots:

    {name:C}   one company           {name:Cs}  a list of companies ("A, B y C")
    {name:P}   one person            {name:Ps}  a list of people
    {name:E}   a company or a person
    ~          a short gap with no other entity (up to 40 characters)
    ~~         a longer gap with no other entity (up to 90 characters)

Amounts and percentages are slots too (`⟦$0⟧`, `⟦%0⟧`); gaps may cross them.

`src` and `dst` name the slots that become the claim's endpoints; a slot
followed by "?" may be missing, and then the story's current topic fills it
("También atienden a ..." after a sentence about Scale AI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SLOT = re.compile(r"\{(?P<name>\w+):(?P<kind>Cs|Ps|C|P|E)\}(?P<opt>\?)?")
_KINDS = {
    "C": r"⟦C\d+⟧",
    "P": r"⟦P\d+⟧",
    "E": r"⟦[CP]\d+⟧",
    "Cs": r"⟦C\d+⟧(?:(?:,\s*|,?\s+(?:y|e|and|as well as|and also)\s+)⟦C\d+⟧)*",
    "Ps": r"⟦P\d+⟧(?:(?:,\s*|,?\s+(?:y|e|and)\s+)⟦P\d+⟧)*",
}
# Gaps never cross another entity, nor a pronoun that takes over as subject
# ("clientes de Scale AI, particularmente aquellos que compiten con Meta").
_GAP_CHAR = r"(?:(?!⟦[CP]|\baquell|\bthose\b|\bquienes\b)[^\n])"
GAP = _GAP_CHAR + "{0,40}?"
LONG_GAP = _GAP_CHAR + "{0,90}?"

# Title words shared by the appositive cues of both languages.
TITLE = (
    r"(?:director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|presidente ejecutivo|presidente|presidenta|"
    r"cofundador(?:a)?|co-fundador(?:a)?|fundador(?:a)?|director(?:a)? (?:técnic[oa]|financier[oa]|"
    r"científic[oa]|de tecnología|de operaciones)|jef[ea] científic[oa]|científic[oa] jefe|"
    r"chief executive(?: officer)?|chief technology officer|chief scientist|chief financial officer|"
    r"chief operating officer|chief scientific officer|co-founder|cofounder|founder|president|"
    r"executive chairman|chairman|chairwoman|vice president|vicepresident[ea]|CEO|CTO|CFO|COO)"
)
ROLE = rf"(?P<role>{TITLE})"
MOD = (r"(?:(?P<mod>antigu[oa]|ex|ex-|former|new|nuev[oa]|actual|current|incoming|interim|acting|"
       r"interin[oa]|then)[\s-]+)?")
MOD_AFTER = r"(?:\s+(?P<mod2>interin[oa]|interim|saliente|entrante))?"
POSS = r"(?:'s|’s)"


@dataclass(frozen=True)
class Cue:
    type: str
    template: str
    src: str
    dst: str
    status: str | None = None
    nominal: bool = False  # "la inversión de X en Y": refers to a deal, voices no certainty
    regex: re.Pattern = field(init=False, compare=False, repr=False)
    optional: frozenset = field(init=False, default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        pattern = self.template.replace("~~", LONG_GAP).replace("~", GAP)

        def slot(m: re.Match) -> str:
            body = f"(?P<{m.group('name')}>{_KINDS[m.group('kind')]})"
            return f"(?:{body}\\s*)?" if m.group("opt") else body

        object.__setattr__(self, "regex", re.compile(_SLOT.sub(slot, pattern), re.I))
        object.__setattr__(self, "optional", frozenset(
            m.group("name") for m in _SLOT.finditer(self.template) if m.group("opt")))


def slot_names(text: str) -> list[str]:
    """'⟦C1⟧, ⟦C2⟧ y ⟦C4⟧' -> ['C1', 'C2', 'C4']."""
    return re.findall(r"⟦([CP]\d+)⟧", text or "")
