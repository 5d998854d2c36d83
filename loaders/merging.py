"""Merging: the claim store's live claims turned into the graph's rows, one unit at a time.

A unit (graph.rows) is recomputed from its own claims only, read in merge
order from the claim store (loaders.claims): an entity from its occurrences,
a relationship from its claims, every deal into one company by replaying them
through the in-memory graph's deal matching, a document from its extraction.
A full build computes every unit in one ordered pass per table (`all_units`),
holding one unit at a time; an incremental build computes the units the added
and removed documents touch (`units`). Both go through the same functions,
so an incremental build gives the rows a full build gives.

A claim from a document that has copies (a story group: loaders.stories)
carries its `story`, the id of the group's first document, so a relationship
counts the story once among its sources (graph.aggregate) and the questions
list it once with its copies.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterable, Iterator

from graph import schema
from graph.aggregate import as_date, edge_attrs, merge_entity
from graph.memgraph import KnowledgeGraph
from graph.model import Document
from graph.rows import DEALS, DOC, ENTITY, RELATION, NodeRow, RelRow, Unit, label_of
from loaders.claims import ClaimStore


def entity_unit(entity_id: str, refs: list[tuple[tuple, dict]]) -> Unit:
    unit = Unit(ENTITY + entity_id)
    node = None
    for _, data in refs:
        node = merge_entity(node, data)
    if node is not None:
        label = node.pop("label")
        unit.nodes.append(NodeRow(label, {p: node.get(p) for p in schema.NODE_PROPERTIES[label]}, unit.key,
                                  tuple(refs[0][0])))
    return unit


def with_stories(claims: list[dict], stories: dict[str, str]) -> list[dict]:
    """The claims, each from a document with copies marked with its story."""
    if stories:
        for claim in claims:
            story = stories.get(claim["doc"])
            if story is not None:
                claim["story"] = story
    return claims


def relation_unit(key: str, claims: list[dict], stories: dict[str, str] | None = None) -> Unit:
    unit = Unit(RELATION + key)
    claims = with_stories(claims, stories or {})
    if claims:
        rel, source, target = key.split("|")
        attrs = edge_attrs(rel, claims)
        unit.rels.append(RelRow(rel, source, target, {p: attrs[p] for p in schema.REL_PROPERTIES[rel]}, unit.key))
    return unit


def deals_unit(target: str, deals: list[dict], names: dict[str, str], published: dict[str, str],
               stories: dict[str, str] | None = None) -> Unit:
    """Every deal into `target`, matched to Investment nodes as the in-memory graph matches them,
    with the MENTIONS of each Investment from the documents behind it (copies of a story included)."""
    unit = Unit(DEALS + target)
    if not deals:
        return unit
    deals = with_stories(deals, stories or {})
    kg = KnowledgeGraph()
    for party in {target, *(i for d in deals for i in d["investors"])}:
        kg.g.add_node(party, label=label_of(party), name=names[party])
    with kg.batch():
        for deal in deals:
            kg.add_deal_claim(deal)
    investments = [(n, a) for n, a in kg.g.nodes(data=True) if a["label"] == schema.INVESTMENT]
    for seq, (inv, attrs) in enumerate(investments):
        unit.nodes.append(NodeRow(schema.INVESTMENT, {p: attrs[p] for p in schema.NODE_PROPERTIES[schema.INVESTMENT]},
                                  unit.key, (seq,)))
        first = attrs["evidence"][0]
        for doc_id in dict.fromkeys(c["doc"] for c in attrs["claims"]):
            when = published.get(doc_id) or None
            claim = {"doc": doc_id, "evidence": first, "date": when, "certainty": None, "order": 0}
            unit.rels.append(_mention(doc_id, inv, claim, unit.key))
    for u, v, rel, attrs in kg.g.edges(keys=True, data=True):
        unit.rels.append(RelRow(rel, u, v, {p: attrs[p] for p in schema.REL_PROPERTIES[rel]}, unit.key))
    return unit


def _mention(doc_id: str, node_id: str, claim: dict, unit: str) -> RelRow:
    """A document's mention of a node: one claim, so its aggregate is written out directly (what
    graph.aggregate.edge_attrs gives for it, without the work a relationship of many claims needs)."""
    when = as_date(claim["date"])
    # The claim leaves out the sentence, which `evidence` holds already: a million mentions' sentences
    # written twice were the largest column of the store's COPY (about 1 GB at 100,000 articles).
    props = {"sources": [doc_id], "evidence": [claim["evidence"]], "certainty": None, "first_seen": when,
             "last_seen": when, "claims": [{k: v for k, v in claim.items() if k != "evidence"}]}
    return RelRow(schema.MENTIONS, doc_id, node_id, props, unit)


_DOCUMENT_FIELDS = tuple(Document.model_fields)


def document_unit(doc_id: str, published: str, head: str, mentions: str) -> Unit:
    unit = Unit(DOC + doc_id)
    doc = json.loads(head)["document"]  # as Document.model_dump(mode="json") wrote it
    props = {p: None for p in schema.NODE_PROPERTIES[schema.DOCUMENT]}
    props.update((field, doc.get(field)) for field in _DOCUMENT_FIELDS)
    props["published"] = as_date(props["published"])
    props["name"] = props["title"] or props["path"] or props["id"]
    unit.nodes.append(NodeRow(schema.DOCUMENT, props, unit.key))
    for entity_id, sentence in json.loads(mentions).items():
        claim = {"doc": doc_id, "evidence": sentence, "date": published or None, "certainty": None, "order": 0}
        unit.rels.append(_mention(doc_id, entity_id, claim, unit.key))
    return unit


class Merger:
    """Units computed from one claim store."""

    def __init__(self, store: ClaimStore):
        self.store = store
        self.name_of = lru_cache(maxsize=None)(self._name)
        self.stories = store.stories()

    def _name(self, entity_id: str) -> str:
        refs = self.store.entity_refs(entity_id)
        return refs[0][1]["name"] if refs else entity_id

    def units(self, keys: Iterable[str]) -> Iterator[Unit]:
        """The units named by `keys` (document keys are not computed here: see documents)."""
        deal_keys = []
        for key in sorted(keys):
            if key.startswith(ENTITY):
                entity = key[len(ENTITY):]
                yield entity_unit(entity, self.store.entity_refs(entity))
            elif key.startswith(RELATION):
                edge = key[len(RELATION):]
                yield relation_unit(edge, self.store.edge_claims(edge), self.stories)
            elif key.startswith(DEALS):
                deal_keys.append(key)
        for key in deal_keys:
            target = key[len(DEALS):]
            deals = self.store.deal_claims(target)
            docs = {d["doc"] for d in deals}
            names = {p: self.name_of(p) for p in {target, *(i for d in deals for i in d["investors"])}}
            yield deals_unit(target, deals, names, self.store.published_of(docs), self.stories)

    def all_units(self) -> Iterator[Unit]:
        """Every unit of the live claims, entities first, streamed one ordered scan per table."""
        names: dict[str, str] = {}
        for entity, rows in self.store.grouped("entity_refs"):
            unit = entity_unit(entity, [(order, json.loads(data)) for order, data in rows])
            names[entity] = unit.nodes[0].props["name"]
            yield unit
        for edge, rows in self.store.grouped("edge_claims"):
            yield relation_unit(edge, [json.loads(data) for _, data in rows], self.stories)
        published = self.store.all_published()
        for target, rows in self.store.grouped("deal_claims"):
            yield deals_unit(target, [json.loads(data) for _, data in rows], names, published, self.stories)
        for row in self.store.documents():
            yield document_unit(*row)
