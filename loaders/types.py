"""The data passed between pipeline stages, in one place.

read -> RawDocument -> language -> sentences (Sentence) -> mentions (Mention)
-> resolution -> relation claims (graph.model.Claim / DealClaim) -> Extraction
(one document's result, cached in the claim store) -> graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.model import Claim, DealClaim, Document, Entity


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
class MaskedSentence:
    """A sentence as the cues read it: each mention, amount and percentage replaced by a slot such as
    `⟦C3⟧` (company), `⟦P4⟧` (person), `⟦$0⟧`, `⟦%0⟧`; `slots` maps "C3" to its Mention, "$0" to its
    Money, "%0" to its (fraction, start, end)."""

    sentence: Sentence
    mentions: list[Mention]
    money: list  # loaders.values.Money
    percents: list[tuple[float, int, int]]
    masked: str = ""
    slots: dict[str, object] = field(default_factory=dict)


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


@dataclass
class Extraction:
    """What one document says: serializable, cached by the document's sha256."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    deals: list[DealClaim] = field(default_factory=list)
    mentions: dict[str, str] = field(default_factory=dict)  # entity id -> first sentence naming it

    def to_dict(self) -> dict:
        return {
            "document": self.document.model_dump(mode="json"),
            "entities": [e.model_dump(mode="json") for e in self.entities],
            "claims": [c.model_dump(mode="json") for c in self.claims],
            "deals": [d.model_dump(mode="json") for d in self.deals],
            "mentions": self.mentions,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Extraction":
        return cls(Document(**data["document"]), [Entity(**e) for e in data["entities"]],
                   [Claim(**c) for c in data["claims"]], [DealClaim(**d) for d in data["deals"]],
                   dict(data["mentions"]))


@dataclass(frozen=True)
class BuildStep:
    """How far a build is, for `build(progress=...)`: the phase (counting, reading, extracting,
    merging, store, index, spare), `done` of `total` in its unit (files, documents, units or rows;
    total None while unknown), and the articles read so far."""

    phase: str
    done: int = 0
    total: int | None = None
    articles: int = 0

    def __str__(self) -> str:
        return f"{self.phase} {self.done}" + (f"/{self.total}" if self.total is not None else "")


@dataclass
class SentenceContext:
    """What a sentence's claims need beyond its own words."""

    language: str
    doc_id: str
    when: date | None  # the claim date: stated in the sentence, or the article's
    article_date: date | None
    topic: str | None  # the company the story was about before this sentence
    document_text: str
    subject: str | None = None  # this sentence's subject company, if it names one
    state: dict = None  # per-document memory: the company that last raised money
