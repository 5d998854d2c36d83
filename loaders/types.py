"""The data passed between pipeline stages, in one place.

read -> RawDocument -> language -> sentences (Sentence) -> mentions (Mention)
-> resolution -> relation claims (graph.model.Claim / DealClaim) -> graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RawDocument:
    """One article as read from disk, before any extraction."""

    path: str
    text: str
    sha256: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A span of a sentence that names an entity (or points back to one)."""

    start: int  # offsets inside the sentence text
    end: int
    text: str
    entity_id: str
    label: str  # Company or Person
    via: str = "name"  # name, alias, short, discovered, anaphora
    pair: str | None = None  # "both companies": the second company it stands for


@dataclass
class KnownEntity:
    """An entity the extractor can name: from the registry or discovered in a document."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    descriptors: list[str] = field(default_factory=list)


@dataclass
class Warning_:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
