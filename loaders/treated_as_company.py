"""Names with a person's form that a story treats as a company ("Axel Springer's chief executive").

A name is labelled by its form (loaders.names.guess_label): a given name from the lexicon first makes
a person. A company named after its founder keeps that form, so the story's own words about it decide:
loaders.name_spotter labels every mention of such a name a company.
"""

from __future__ import annotations

import re

from graph.model import fold

# A two-word name with a person's form that the story treats as a company: a post or a body it has ("Axel
# Springer's chief executive", "X's board"), or a company's noun in its apposition ("X, the German publisher of
# ..."). Every mention of it is then the company's ("Axel Springer strikes deal", "Axel Springer itself").
_TREATED_AS_COMPANY = re.compile(
    r"\b([A-Z][\w\-]+\s+[A-Z][\w\-]+)(?:['’]s\s+(?:chief executive|chief executive officer|CEO|chairman|board|"
    r"shareholders|employees|headquarters|newsrooms?|subsidiary|subsidiaries)\b|,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:publisher|group|conglomerate|company|firm|carmaker|automaker|retailer|bank|insurer|broadcaster|operator|"
    r"publishing house)\b(?!['’]s|\s+(?:founder|co-founder|chief|CEO|head|chairman|executive|president|boss|leader)\b))")


def names_treated_as_companies(text: str) -> frozenset[str]:
    """The folded names the story treats as companies whatever their form (see _TREATED_AS_COMPANY)."""
    return frozenset(fold(m.group(1)) for m in _TREATED_AS_COMPANY.finditer(text))
