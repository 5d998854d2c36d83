"""The graph as flat records for other tools (GraphML for Gephi, yEd and Cytoscape; plain CSV
for spreadsheets): one dict per node and per relationship, every value a scalar.

Lists (aliases, sources, evidence) are joined with "; "; dates are ISO
strings; the JSON `claims` array becomes `claim_count` (the claims
themselves stay in the JSON export and the stores). Options leave out the
MENTIONS relationships, or Documents with them, and draw each investment as
one investor -> company INVESTED relationship carrying the deal's amount,
stake and provenance instead of an Investment node between INVESTED and INTO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from graph import schema
from graph.memgraph import KnowledgeGraph

LIST_SEPARATOR = "; "
# Types in the records: the schema's, plus the count that replaces `claims`.
INTEGER = "INTEGER"
DEAL_EDGE_PROPERTIES: dict[str, str] = {  # an investment drawn as one edge
    **{p: t for p, t in schema.NODE_PROPERTIES[schema.INVESTMENT].items() if p not in ("id", "name")},
    "investment": schema.STRING, "co_investors": schema.STRING_LIST,
}


@dataclass(frozen=True)
class FlatOptions:
    mentions: bool = True  # MENTIONS relationships (Document -> entity)
    documents: bool = True  # Document nodes (False leaves out MENTIONS too)
    investment_edges: bool = False  # investor -> company edges instead of Investment nodes

    @property
    def with_mentions(self) -> bool:
        return self.mentions and self.documents


def scalar(value: Any) -> str | float | int | bool | None:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value) if value else None
    if isinstance(value, date):
        return value.isoformat()
    return value


def _props(attrs: dict, props: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for prop, kind in props.items():
        if prop == "claims":
            out["claim_count"] = len(attrs.get("claims") or [])
        elif prop not in ("id", "name"):
            out[prop] = scalar(attrs.get(prop))
    return out


def property_types(props: dict[str, str]) -> dict[str, str]:
    """The flat columns of a schema property map, with their types, in order."""
    return {("claim_count" if p == "claims" else p): (INTEGER if p == "claims" else t)
            for p, t in props.items() if p not in ("id", "name")}


def node_labels(options: FlatOptions) -> tuple[str, ...]:
    return tuple(label for label in schema.NODE_LABELS
                 if not (label == schema.DOCUMENT and not options.documents)
                 and not (label == schema.INVESTMENT and options.investment_edges))


def rel_types(options: FlatOptions) -> tuple[str, ...]:
    return tuple(rel for rel in schema.REL_TYPES
                 if not (rel == schema.MENTIONS and not options.with_mentions)
                 and not (rel == schema.INTO and options.investment_edges))


def edge_property_types(rel: str, options: FlatOptions) -> dict[str, str]:
    if rel == schema.INVESTED and options.investment_edges:
        return property_types(DEAL_EDGE_PROPERTIES)
    return property_types(schema.REL_PROPERTIES[rel])


def nodes(kg: KnowledgeGraph, options: FlatOptions = FlatOptions()) -> Iterator[dict[str, Any]]:
    """{id, type, name, ...properties of its label} per node, in id order."""
    labels = set(node_labels(options))
    for node_id in sorted(kg.g.nodes):
        attrs = kg.g.nodes[node_id]
        if attrs["label"] in labels:
            yield {"id": node_id, "type": attrs["label"], "name": attrs.get("name") or node_id,
                   **_props(attrs, schema.NODE_PROPERTIES[attrs["label"]])}


def edges(kg: KnowledgeGraph, options: FlatOptions = FlatOptions()) -> Iterator[dict[str, Any]]:
    """{id, source, target, type, ...properties of its type} per relationship, by type then ends."""
    wanted = set(rel_types(options))
    keep = set(node_labels(options))
    rows = []
    for u, v, rel, attrs in kg.g.edges(keys=True, data=True):
        if rel not in wanted or kg.g.nodes[u]["label"] not in keep or kg.g.nodes[v]["label"] not in keep:
            continue
        rows.append({"id": f"{u}|{rel}|{v}", "source": u, "target": v, "type": rel,
                     **_props(attrs, schema.REL_PROPERTIES[rel])})
    if options.investment_edges:
        rows.extend(_deal_edges(kg))
    order = {rel: i for i, rel in enumerate(schema.REL_TYPES)}
    yield from sorted(rows, key=lambda r: (order[r["type"]], r["source"], r["target"], r["id"]))


def _deal_edges(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """Each investor -> target of each Investment, with the deal's own properties."""
    for deal, attrs in kg.g.nodes(data=True):
        if attrs["label"] != schema.INVESTMENT:
            continue
        investors = sorted(u for u, _, k in kg.g.in_edges(deal, keys=True) if k == schema.INVESTED)
        for _, target, k in kg.g.out_edges(deal, keys=True):
            if k != schema.INTO:
                continue
            for investor in investors:
                others = [kg.g.nodes[i].get("name") or i for i in investors if i != investor]
                row = {"id": f"{investor}|{schema.INVESTED}|{target}|{deal}", "source": investor,
                       "target": target, "type": schema.INVESTED,
                       **_props(attrs, DEAL_EDGE_PROPERTIES)}
                row.update(investment=deal, co_investors=scalar(others))
                yield row
