"""Which company a story ties a product to: "Anthropic's Claude", "ChatGPT, the chatbot made by OpenAI", "the
Claude maker". loaders.resolve asks it when a product's maker stands for the company ("the ChatGPT maker")."""

from __future__ import annotations

import re

from graph import schema
from loaders import reference_words as words
from loaders.entities import Gazetteer, find_mentions
from loaders.names import makers
from loaders.types import Sentence


def story_maker(product: str, sentences: list[Sentence], gazetteer: Gazetteer, local: dict[str, str],
                named: set[str]) -> str | None:
    """The company the story's sentences tie `product` to most often; else the maker news takes as known, when the
    story names it; else None."""
    name = re.escape(product)
    after = re.compile(rf"(?:'s|’s)\s+{name}\b|,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}?{words.MAKER}\s+of\s+"
                       rf"(?:the\s+)?{name}\b|,?\s+(?:which|that)\s+(?:makes|made|develops|developed|builds|"
                       rf"built|created|owns|operates|runs)\s+(?:the\s+)?{name}\b")
    before = re.compile(rf"\b{name}(?:\s+|-){words.MAKER}\s+$")
    ties: dict[str, int] = {}
    for sentence in sentences:
        if product not in sentence.text:
            continue
        for m in find_mentions(sentence.text, gazetteer, local):
            if m.label == schema.COMPANY and (after.match(sentence.text, m.end) or
                                              before.search(sentence.text[max(0, m.start - 40):m.start])):
                ties[m.entity_id] = ties.get(m.entity_id, 0) + 1
    known = gazetteer.lookup(makers().get(product, ""))  # else what news takes as known
    return max(ties, key=ties.get) if ties else (known.id if known and known.id in named else None)
