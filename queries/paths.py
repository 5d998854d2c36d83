"""connections(a, b): who is connected to whom, each hop with its evidence.

Paths run over a view of the graph where an Investment reads as one hop from
investor to company ("Meta invested US$14.3B for 49% in Scale AI"), Document
nodes and MENTIONS are left out, and direction is kept on each hop for
reading but ignored for walking.
"""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx

from graph import schema
from graph.memgraph import KnowledgeGraph
from queries.types import Connections, Evidence, Hop, Path

_HOP_PROPERTIES = {
    schema.INVESTED: ("amount_usd", "stake", "status"),
    schema.CLIENT_OF: ("status", "spend_usd"),
    schema.WORKS_AT: ("role", "status"),
    schema.ACQUIRED: ("status", "amount_usd"),
}
_VIEW_ATTR = "_aikg_path_view"


def evidence_of(kg: KnowledgeGraph, claims: list[dict], unique: bool = True) -> list[Evidence]:
    """The claims' sentences with their documents; one per distinct sentence unless `unique` is off."""
    out, seen = [], set()
    for claim in claims:
        key = (claim["evidence"], claim["doc"])
        if unique and key in seen:
            continue
        seen.add(key)
        doc = kg.g.nodes[claim["doc"]] if claim["doc"] in kg.g else {}
        out.append(Evidence(sentence=claim["evidence"], source=claim["doc"], title=doc.get("title"),
                            outlet=doc.get("source"), date=claim.get("date"), certainty=claim.get("certainty")))
    return out


def all_relations(kg: KnowledgeGraph) -> list[dict]:
    """Every relationship between entities, investments folded into one investor -> company hop.

    Computed once per loaded graph: profile, timeline and conflicts all read it.
    """
    cached = getattr(kg, "_aikg_relations", None)
    if cached is not None:
        return cached
    rels = []
    for u, v, attrs in kg.edges():
        rel = attrs["type"]
        if rel in (schema.MENTIONS, schema.INTO):
            continue
        if rel == schema.INVESTED:
            deal = kg.node(v)
            for _, company, key in kg.g.out_edges(v, keys=True):
                if key == schema.INTO:
                    rels.append({"source": u, "target": company, "type": rel, "claims": deal["claims"],
                                 "props": {p: deal.get(p) for p in _HOP_PROPERTIES[rel]}, "deal": v})
            continue
        rels.append({"source": u, "target": v, "type": rel, "claims": attrs["claims"],
                     "props": {p: attrs.get(p) for p in _HOP_PROPERTIES.get(rel, ())}})
    kg._aikg_relations = rels
    return rels


def relations_of(kg: KnowledgeGraph, node_id: str) -> list[dict]:
    """The relationships touching one entity, from an index built once per loaded graph."""
    index = getattr(kg, "_aikg_relations_by_entity", None)
    if index is None:
        index = {}
        for rel in all_relations(kg):
            index.setdefault(rel["source"], []).append(rel)
            if rel["target"] != rel["source"]:
                index.setdefault(rel["target"], []).append(rel)
        kg._aikg_relations_by_entity = index
    return index.get(node_id, [])


def path_view(kg: KnowledgeGraph) -> nx.Graph:
    """The walking graph, built once per loaded graph."""
    view = getattr(kg, _VIEW_ATTR, None)
    if view is None:
        view = nx.Graph()
        for rel in all_relations(kg):
            a, b = rel["source"], rel["target"]
            if view.has_edge(a, b):
                view.edges[a, b]["rels"].append(rel)
            else:
                view.add_edge(a, b, rels=[rel])
        setattr(kg, _VIEW_ATTR, view)
    return view


def _hop(kg: KnowledgeGraph, rel: dict, walking_from: str) -> Hop:
    return Hop(source=kg.node(rel["source"])["name"], source_id=rel["source"], type=rel["type"],
               target=kg.node(rel["target"])["name"], target_id=rel["target"],
               forward=rel["source"] == walking_from, properties=rel["props"],
               evidence=evidence_of(kg, rel["claims"]))


def connections(kg: KnowledgeGraph, a: str, b: str, max_hops: int = 4, limit: int = 20) -> Connections:
    """Paths from a to b, shortest first, up to `max_hops` hops and `limit` paths."""
    start, end = kg.resolve(a), kg.resolve(b)
    view = path_view(kg)
    paths: list[Path] = []
    if start in view and end in view and start != end:
        try:
            for nodes in nx.shortest_simple_paths(view, start, end):
                if len(nodes) - 1 > max_hops or len(paths) >= limit:
                    break
                choices = [view.edges[x, y]["rels"] for x, y in zip(nodes, nodes[1:])]
                for combo in itertools.islice(itertools.product(*choices), limit - len(paths)):
                    hops = [_hop(kg, rel, x) for rel, x in zip(combo, nodes)]
                    paths.append(Path(nodes=[kg.node(n)["name"] for n in nodes], hops=hops))
        except nx.NetworkXNoPath:
            pass
    return Connections(a=kg.node(start)["name"], b=kg.node(end)["name"], max_hops=max_hops, paths=paths)


def _money(value: Any) -> str:
    if value is None:
        return ""
    return f"US${value / 1e9:.3g}B" if value >= 1e9 else f"US${value / 1e6:.3g}M"


def describe(hop: Hop) -> str:
    """A hop as a sentence: 'Meta invested US$14.3B for 49% in Scale AI'."""
    p = hop.properties
    if hop.type == schema.INVESTED:
        amount = f" {_money(p.get('amount_usd'))}" if p.get("amount_usd") else ""
        stake = f" for {p['stake']:.0%}" if p.get("stake") is not None else ""
        return f"{hop.source} invested{amount}{stake} in {hop.target}"
    details = ", ".join(f"{k}: {_money(v) if k.endswith('_usd') else v}" for k, v in p.items() if v is not None)
    return f"{hop.source} {hop.type} {hop.target}" + (f" ({details})" if details else "")
