"""Merging extractions into one graph, pass by pass, from a list or streamed from the claim store.

The merge reads the extractions three times in one order (by publication date,
then document id): documents and entities, then claims and deals, then
mentions. Given as `Passes`, each pass can be read again from the claim
store instead of holding every extraction of a large corpus in memory at once.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Protocol

from graph import schema
from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity


class Passes(Protocol):
    def documents(self) -> Iterable[tuple[Document, list[Entity]]]: ...

    def claims(self) -> Iterable[tuple[list[Claim], list[DealClaim]]]: ...

    def mentions(self) -> Iterable[tuple[str, date | None, dict[str, str]]]: ...


class ListPasses:
    """The passes over extractions held in memory (loaders.types.Extraction), in merge order."""

    def __init__(self, extractions: list):
        self.ordered = sorted(extractions, key=lambda x: (x.document.published or date.min, x.document.id))

    def documents(self):
        return ((ex.document, ex.entities) for ex in self.ordered)

    def claims(self):
        return ((ex.claims, ex.deals) for ex in self.ordered)

    def mentions(self):
        return ((ex.document.id, ex.document.published, ex.mentions) for ex in self.ordered)


def merge_passes(passes: Passes, graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
    """Every extraction into one graph, in a stable order; merging twice changes nothing."""
    kg = graph or KnowledgeGraph()
    for document, entities in passes.documents():
        kg.add_document(document)
        for entity in entities:
            kg.add_entity(entity)
    with kg.batch():
        for claims, deals in passes.claims():
            for claim in claims:
                kg.add_claim(claim)
            for deal in deals:
                kg.add_deal(deal)
    # Which deals each document backs, indexed once: scanning every Investment node
    # for every document made merging quadratic in the size of the corpus.
    deals_by_doc: dict[str, set[str]] = {}
    for node in kg.nodes(schema.INVESTMENT):
        for doc_id in node["sources"] or []:
            deals_by_doc.setdefault(doc_id, set()).add(node["id"])
    with kg.batch():
        for doc_id, when, mentions in passes.mentions():
            for entity_id, sentence in mentions.items():
                kg.add_mention(doc_id, entity_id, sentence, when)
            for inv in sorted(deals_by_doc.get(doc_id, ())):
                kg.add_mention(doc_id, inv, kg.node(inv)["evidence"][0], when)
    return kg
