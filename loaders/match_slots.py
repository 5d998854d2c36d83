"""What a cue's match says in its slots: the lead name a match opens with (Cue.lead), a slot read past an
apposition, a list cut where a new clause starts, and a list whose last name alone a singular relative verb is
about. loaders.relations builds claims from these readings."""

from __future__ import annotations

import re

from loaders.clause_openers import apposition_owner, modifier_owner, relative_number
from loaders.cues import Cue
from loaders.status import group as _group


class LeadMatch:
    """A cue match plus the name found before it for a lead slot (see Cue.lead_slot)."""

    def __init__(self, m: re.Match, name: str, slot: str | None):
        self._m, self._name, self._slot = m, name, slot
        self.string = m.string

    def groupdict(self) -> dict:
        return {**self._m.groupdict(), self._name: self._slot}

    def group(self, name=0):
        return self._slot if name == self._name else self._m.group(name)

    def start(self, *args):
        return self._m.start(*args)

    def end(self, *args):
        return self._m.end(*args)

    def span(self, name=0):
        if name == self._name:
            at = self.string.rfind(self._slot, 0, self._m.start()) if self._slot else -1
            return (at, at + len(self._slot)) if at >= 0 else (-1, -1)
        return self._m.span(name)


def matches(cue: Cue, text: str):
    for m in cue.regex.finditer(text):
        yield LeadMatch(m, cue.lead[0], cue.lead_slot(text, m.start())) if cue.lead else m


def _opening_slot(m: re.Match, name: str) -> str | None:
    """A slot's text; for the name a match opens with, its owner when it sits in that owner's apposition
    ("⟦C0⟧, a company started by former ⟦C1⟧ employees, has raised ... led by X": C0 raised it)."""
    text = _group(m, name)
    if text and m.span(name)[0] == m.start() and text.startswith("⟦") and text.endswith("⟧") and \
            re.search(r"⟧,\s+(?:a|an|⟦[CPU]\d+b?⟧(?:'s|’s))\s[^,;⟦]*$", m.string[max(0, m.start() - 240):m.start()]):
        return apposition_owner(m.string, *m.span(name)) or modifier_owner(m.string, *m.span(name)) or text
    return text


_FRONTED_NONFINITE = re.compile(r"\W*(?:After|Since|Before|Upon|On|By|Following|Having|Tras|Después de|Antes de|"
                                r"Luego de|Al)\s+[a-záéíóúñü]+(?:ing|ar|er|ir|ado|ido)\b[^,;]*$")
# A sentence opening with a prepositional phrase (names may stand inside it) whose last word takes the name after it,
# and two names joined by a comma alone (a list of two takes "and"): the phrase ends at the comma.
_FRONTED_PHRASE = re.compile(r"\W*(?:After|Before|Like|Unlike|Besides|Beyond|Despite|Amid|Following|Against|Compared|"
                             r"As|Similar|Apart|With|Without|In|For|Behind|Over|Since|Under|Through|During|Ahead|"
                             r"Alongside|Along|Together|Across|Among|From|At|On|Of|By|Instead|Thanks|Due|"
                             r"Except|Aside)\b(?:[^,;]*?\b(?:with|of|to|from|for|by|at|in|on|like|unlike|than|about|"
                             r"against|over|between|behind|beyond|besides|amid|despite|after|before|following|"
                             r"alongside|including|among|under|since|through|during))?\s+(?:the\s+)?")
_TWO_NAMES = re.compile(r"⟦[CPU]\d+b?⟧,\s+⟦[CPU]\d+b?⟧")
# A finite verb right after a list: the names after its ", y" are a new clause's subject ("liderada por X, y las
# europeas Y y Z se han convertido en unicornios"): Spanish puts no comma before a list's last "y".
_NEW_CLAUSE_VERB = re.compile(r"(?:\s+(?:y|e)\s+⟦[CPU]\d+b?⟧)*\s+(?:se\s+|ya\s+|también\s+|no\s+)?(?:ha|han|había|habían|es|son|fue|fueron|era|"
                              r"eran|está|están|será|serán|[a-záéíóúñü]+(?:aron|ieron|aban|ían|arán|erán|irán))\b")


def clause_cut(m: re.Match, name: str, language: str) -> str | None:
    """A slot's text (see _opening_slot), without the names after a ", y" that open a new clause."""
    text = _opening_slot(m, name)
    if text and ", " in text and _FRONTED_NONFINITE.match(m.string, 0, m.span(name)[0]):
        # "After buying Activision, Microsoft became ...": the opening clause ends at its comma; the name after
        # it is the main clause's subject, no second object
        return text[:text.index(", ")]
    if text and language == "en" and _TWO_NAMES.fullmatch(text) and \
            _FRONTED_PHRASE.fullmatch(m.string, 0, m.span(name)[0]):
        # "After talks with OpenAI, Google acquired ...", "Unlike Microsoft, Amazon invested ...": the first name
        # is the opening phrase's, which its comma closes; the one after it is the subject
        return text[text.index(", ") + 2:]
    if language != "es" or not text or m.span(name)[1] != m.end():
        return text
    cut = list(re.finditer(r",\s+(?:y|e)\s+", text))
    if cut and _NEW_CLAUSE_VERB.match(m.string, m.end()):
        return text[:cut[-1].start()]
    return text


def singular_after_relative(m: re.Match, lead: str) -> bool:
    """Whether a list lead slot ("⟦P0⟧ y ⟦P1⟧") is followed by a relative clause whose verb is in the singular
    (loaders.clause_openers.relative_number, which Cue.lead_slot asks of a list before a cue)."""
    names = _group(m, lead)
    if not names or "verb" not in m.groupdict() or not _group(m, "verb") or not re.search(r"\s(?:y|e)\s", names):
        return False
    return relative_number(m.string[m.span(lead)[1]:m.span("verb")[1]]) == "one"
