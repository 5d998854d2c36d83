"""Which company "la compañía que dirige X" is when the story never said which company X leads.

loaders.resolve finds the phrase (reference_words.LED_BY_PERSON, LED_BY_PERSON_OPEN); this module guesses
the company it stands for from what the story named before it.
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import fold
from loaders import reference_words as words
from loaders.mention_spans import listed
from loaders.types import Mention


def unsaid_leader_company(resolver, text: str, m: re.Match, mentions: list[Mention]) -> str | None:
    """The company named just before in the sentence ("adquisiciones de Nvidia en Israel, donde el grupo que
    dirige ..."), else the one the story named first, its headline's (a story of AMD buying Silo AI names the
    startup more, but "la compañía que dirige Lisa Su" is the buyer), never an investor or a government ("la
    ronda liderada por Thrive Capital valoraría a la compañía dirigida por ...").

    Opening a sentence ("El banco que preside X presume de ...", "El grupo que dirige X ha reiterado ...") the
    phrase is a writer's way not to repeat the name just given: the previous sentence's subject, else the company
    it named last, whatever its kind (a bank, a big tech group), never a government.
    """
    kind = resolver._kind
    not_led = words.NOT_RAISING | {"government"} | words.KIND_OF_HEAD.get(fold(m.group().split()[1]), frozenset())
    near = [x.entity_id for x in mentions if x.end <= m.start() and x.label == schema.COMPANY and
            kind(x.entity_id) not in not_led and not listed(text, x, mentions)]
    if near:
        return near[-1]
    if m.re is words.LED_BY_PERSON_OPEN:
        def fits(company: str | None) -> bool:
            return bool(company) and kind(company) not in {"government"} | words.NEVER_ANTECEDENT
        if fits(resolver.last_subject):
            return resolver.last_subject
        return next((c for _, c in reversed(resolver.history) if fits(c)), None)
    return min((c for c in resolver.counts if kind(c) not in not_led | words.NEVER_ANTECEDENT),
               key=lambda c: resolver.first_seen.get(c, 0), default=None)
