"""How far a denial reaches in a sentence.

A denial said of a whole sentence ("X denied it would buy Y") leaves it no claim. One said inside a relative clause,
an apposition or a clause opened by "but"/"aunque" tells only of that clause: "X, a partner at Y, which is not an
investor in Z, said ..." still says that X works at Y, and "Meta será socia de la compañía, aunque no invertirá en
ella" still makes Meta a partner. Matches that reach into the denied clause go; the others stay.
"""

from __future__ import annotations

import re

from loaders import status
from loaders.clauses import clause_spans
from loaders.literals import search

# Denials the sentence-wide pattern does not read because a name stands inside them ("not a ⟦C2⟧ investor"), or
# which are said of a holding or of a round rather than with a deal verb ("que no es accionista", "which did not
# take part in the round", "que no participó en la ronda").
_MORE = re.compile(r"\b(?:(?:not|never|n't)\s+(?:(?:an?|the|one of (?:the|its))\s+)?(?:⟦C\d+b?⟧(?:'s|’s)?\s+)?"
                   r"(?:investors?|backers?|shareholders?|stakeholders?)\b|"
                   r"(?:not|never|n't)\s+(?:take|took|taken|participate\w*) part in|did not participate|"
                   r"no (?:es|era|fue|son|eran|fueron) (?:accionista|inversor|inversora|socio financiero)\w*|"
                   r"no (?:ha |han |había )?particip\w* en|sin (?:invertir|participar) en)", re.I)

# A clause that begins after a comma with a contrast: what follows tells of the clause, not of what came before.
_CONTRAST = re.compile(r"[,;]\s+(?:aunque|pero|sin embargo|but|although|though|while|whereas)\b", re.I)


def denied(sentence: str, masked: str) -> bool:
    """Whether the sentence denies a deal somewhere (a cancellation is no denial: it leaves a cancelled deal)."""
    return (bool(search(status.DENIED, sentence)) or bool(_MORE.search(masked))) and \
        not status.CANCELLED.search(sentence)


def denied_spans(text: str, relatives: list[tuple[int, int]] | None = None) -> list[tuple[int, int]] | None:
    """The stretches of `text` a denial speaks in; None when one of its denials is the sentence's own."""
    clauses = clause_spans(text) if relatives is None else relatives
    contrasts = [m.start() for m in _CONTRAST.finditer(text)]
    spans = []
    for pattern in (status.DENIED, _MORE):
        for m in pattern.finditer(text):
            inner = [(a, b) for a, b in clauses if a <= m.start() and m.end() <= b]
            if inner:
                spans.append(min(inner, key=lambda span: span[1] - span[0]))
            elif any(c < m.start() for c in contrasts):
                spans.append((max(c for c in contrasts if c < m.start()), len(text)))
            else:
                return None
    return spans


def outside(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    """Whether a match keeps clear of every denied stretch."""
    return not any(m.start() < b and a < m.end() for a, b in spans)


def scoped_views(views: list[tuple[str, list]], sentence: str) -> list[tuple[str, list, list]] | None:
    """Each view with the stretches of it that a denial takes; None when the whole sentence is denied."""
    if not denied(sentence, views[0][0]):
        return [(text, relatives, []) for text, relatives in views]
    out = []
    for k, (text, relatives) in enumerate(views):
        spans = denied_spans(text, relatives if k == 0 else None)
        if k == 0 and not spans:  # (none found in the masked text: a denial the names hid speaks for the sentence)
            return None
        if spans is not None:  # (a view that makes the denied clause a sentence of its own has nothing to give)
            out.append((text, relatives, spans))
    return out
