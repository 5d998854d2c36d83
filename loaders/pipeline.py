"""The extraction pipeline: one document in, its entities and claims out; many extractions into a graph."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from graph import schema
from graph.model import Claim, DealClaim, Document, Entity
from loaders.entities import Gazetteer, discover
from loaders.relations import SentenceContext, extract_claims
from loaders.resolve import DocumentResolver, mask
from loaders.sentences import detect_language, split_sentences
from loaders.types import KnownEntity, RawDocument
from loaders.values import find_date

# A sentence that opens by pointing back at the previous one's event
# ("Este movimiento ... se confirmó el 20 de junio", "The deal, announced on Tuesday")
# lends that event its date.
_EVENT_BACKREF = re.compile(r"^(?:Este|Esta|El|La|The|This)\s+(?:movimiento|operación|acuerdo|decisión|anuncio|"
                            r"move|deal|decision|announcement|transaction|agreement)\b", re.I)


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


def document_id(raw: RawDocument) -> str:
    return f"document:{raw.sha256[:16]}"


def _to_entity(known: KnownEntity, short: set[str]) -> Entity:
    # Short forms the document used ("Wang", "Scale") become aliases, so queries find them too.
    aliases = list(dict.fromkeys([*known.aliases, *sorted(short)]))
    return Entity(id=known.id, label=known.label, name=known.name, aliases=aliases,
                  kind=known.kind if known.label == schema.COMPANY else None)


# The registry's gazetteer, built once per registry list: building it for every
# document took a third of the time of extracting a short article.
_BASE: list = [None, -1, None]  # registry list, its length, its Gazetteer


def document_gazetteer(registry: list[KnownEntity] | Gazetteer) -> Gazetteer:
    """A private copy of the registry's gazetteer, for discovery to add one document's names to."""
    if isinstance(registry, Gazetteer):
        base = registry
    else:
        if _BASE[0] is not registry or _BASE[1] != len(registry):
            _BASE[:] = [registry, len(registry), Gazetteer(registry)]
        base = _BASE[2]
    overlay = copy.copy(base)
    for name, value in vars(overlay).items():
        if isinstance(value, (dict, list, set)):
            setattr(overlay, name, value.copy())  # the entities themselves are never changed
    return overlay


def extract(raw: RawDocument, registry: list[KnownEntity] | Gazetteer) -> Extraction:
    """Entities, relation claims and deals stated in one document."""
    language = detect_language(raw.text)
    doc = Document(id=document_id(raw), title=raw.title, source=raw.source, url=raw.url,
                   published=raw.published, language=language, path=raw.path, sha256=raw.sha256)
    gazetteer = document_gazetteer(registry)
    discover(raw.text, gazetteer)
    sentences = split_sentences(raw.text)
    resolver = DocumentResolver(gazetteer, sentences)
    out = Extraction(doc)
    short: dict[str, set[str]] = {}
    state: dict = {}
    dates = [find_date(s.text, raw.published) for s in sentences]
    for i, sentence in enumerate(sentences):
        topic = resolver.topic()
        mentions = resolver.resolve(sentence)
        state["salient"] = resolver.salient()
        for mention in mentions:
            out.mentions.setdefault(mention.entity_id, sentence.text)
            if mention.via == "short":
                short.setdefault(mention.entity_id, set()).add(mention.text)
        if not mentions:
            continue
        when = dates[i]
        if when is None and i + 1 < len(sentences) and _EVENT_BACKREF.match(sentences[i + 1].text):
            when = dates[i + 1]
        ctx = SentenceContext(language=language, doc_id=doc.id, when=when or raw.published,
                              article_date=raw.published, topic=topic, document_text=raw.text,
                              subject=resolver.subject(sentence.text, mentions), state=state)
        masked = mask(sentence, mentions, language)
        for claim in extract_claims(masked, ctx, gazetteer, out.claims):
            (out.deals if isinstance(claim, DealClaim) else out.claims).append(claim)
    involved = set(out.mentions)
    out.entities = [_to_entity(gazetteer.by_id[e], short.get(e, set())) for e in gazetteer.by_id if e in involved]
    return out
