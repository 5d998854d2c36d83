"""The knowledge graph as one self-contained interactive HTML page (pyvis / vis-network).

What is drawn:
- every relationship type but MENTIONS by default. MENTIONS ties each
  document to everything it names, so Document nodes would outnumber and
  tangle the entities; they are drawn only when `types` asks for MENTIONS.
  Entities still list the documents that mention them in their tooltip.
- Investment nodes always (when INVESTED or INTO is drawn): a deal is a node
  between its investors (INVESTED) and its target (INTO), as in the schema.
- Company, Person and Investment nodes with no drawn relationship only when
  no `types` filter is given (the filter asks for those relationships).

Color and shape by label; edge label, color and arrow by type; dashed lines
for former, ended and cancelled (schema.INACTIVE_STATUSES); line width by
stake or amount; node size by degree (in the graph drawn before focusing or
cutting, so a hub stays big in a focused view). Page assembly and escaping
live in graph/html_page.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graph import schema
from graph.errors import InvalidValue
from graph.html_page import build_page, iframe
from graph.memgraph import KnowledgeGraph

# Measured in headless Chromium 156 (software rendering, 2 cores) on generated
# graphs with hubs and two edges per node (time to a settled layout; median
# time of one full redraw, i.e. one frame of pan, zoom or drag):
#   nodes    100   250   400   500   600   750  1000  1500  2000  3000
#   settle  0.6s  1.1s  1.8s  2.1s  2.6s  3.3s  4.9s  7.1s 10.8s 17.8s
#   redraw   3ms   5ms   7ms  13ms 11-17ms 12ms 23ms  24ms  32ms  62ms
# Up to 500 nodes the layout settles in about 2 s and a redraw fits in one
# 60 Hz frame (16.7 ms); beyond that both degrade, so larger graphs are cut.
MAX_NODES = 500

DEFAULT_TYPES = tuple(t for t in schema.REL_TYPES if t != schema.MENTIONS)

NODE_STYLE: dict[str, tuple[str, str, str]] = {  # label -> shape, fill, border
    schema.COMPANY: ("dot", "#5b8bd0", "#2f5d9e"),
    schema.PERSON: ("diamond", "#f2a14a", "#b86a12"),
    schema.INVESTMENT: ("square", "#6dbb63", "#3d7f35"),
    schema.DOCUMENT: ("triangle", "#b8b8b8", "#7a7a7a"),
}
EDGE_COLOR: dict[str, str] = {
    schema.INVESTED: "#3d9a4a", schema.INTO: "#3d9a4a", schema.WORKS_AT: "#d9822b",
    schema.FOUNDED: "#9b59b6", schema.CLIENT_OF: "#2f6fbf", schema.COMPETES_WITH: "#d64541",
    schema.ACQUIRED: "#16a085", schema.PARTNERS_WITH: "#c9a227", schema.MENTIONS: "#a0a0a0",
}
LABEL_CHARS = 40  # longer names are shortened on the canvas; the tooltip has them whole


@dataclass(frozen=True)
class RenderResult:
    html: str
    nodes: int  # drawn
    edges: int
    total_nodes: int  # in the graph asked for (types, focus) before any cut
    total_edges: int
    message: str | None = None  # set when the graph was cut to max_nodes


# -- choosing what to draw ---------------------------------------------------
def _types(types: list[str] | None) -> tuple[str, ...]:
    if types is None:
        return DEFAULT_TYPES
    # The CLI hands over "A,B"; accept either form and any case.
    wanted = [t.strip().upper() for item in types for t in item.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in schema.REL_TYPES]
    if unknown or not wanted:
        raise InvalidValue(f"unknown relationship type {', '.join(unknown) or repr('')}; "
                           f"known: {', '.join(schema.REL_TYPES)}")
    return tuple(dict.fromkeys(wanted))


def _view(kg: KnowledgeGraph, rels: tuple[str, ...], filtered: bool) -> nx.MultiDiGraph:
    view = nx.MultiDiGraph()
    if not filtered:
        view.add_nodes_from(n for n, d in kg.g.nodes(data=True) if d["label"] != schema.DOCUMENT)
    view.add_edges_from((u, v, k) for u, v, k in kg.g.edges(keys=True) if k in rels)
    return view


def _hop(kg: KnowledgeGraph):
    # A deal is one hop (Meta -> Scale AI), not two: half a hop in and half out.
    def weight(u: str, v: str, _data: dict) -> float:
        invest = schema.INVESTMENT in (kg.g.nodes[u]["label"], kg.g.nodes[v]["label"])
        return 0.5 if invest else 1.0
    return weight


def _select(kg: KnowledgeGraph, view: nx.MultiDiGraph, center: str | None,
            depth: int) -> tuple[list[str], dict[str, float]]:
    if center is None:
        return list(view.nodes), {}
    if center not in view:
        view.add_node(center)
    dist = nx.single_source_dijkstra_path_length(view.to_undirected(as_view=True), center,
                                                 cutoff=depth, weight=_hop(kg))
    return list(dist), dist


def _cut(nodes: list[str], dist: dict[str, float], degree: dict[str, int],
         max_nodes: int) -> list[str]:
    # Nearest to the focus first, then the most connected; ids break ties so
    # the same graph always gives the same page.
    ranked = sorted(nodes, key=lambda n: (dist.get(n, 0), -degree[n], n))
    return ranked[:max_nodes]


def _cut_message(kg: KnowledgeGraph, shown: int, total: int, center: str | None, depth: int) -> str:
    if center is None:
        return (f"Graph cut to stay responsive: showing the {shown:,} most connected of "
                f"{total:,} nodes. To see any part of it, focus on one entity: "
                f"aikg viz --focus NAME --depth 2 (render_html(kg, focus=NAME) in Python), "
                f"or draw fewer relationship types with --types.")
    name = _name(kg, center)
    return (f"Graph cut to stay responsive: showing the {shown:,} nodes nearest to {name} of "
            f"{total:,} within depth {depth}. Lower --depth or filter with --types to see less.")


# -- formatting ----------------------------------------------------------------
def _money(value: float | None) -> str | None:
    if not value:
        return None
    for size, unit in ((1e9, "B"), (1e6, "M")):
        if value >= size:
            return f"US${value / size:.3g}{unit}"
    return f"US${value:,.0f}"


def _pct(stake: float | None) -> str | None:
    return None if stake is None else f"{stake * 100:.3g}%"


def _facts(pairs: list[tuple[str, Any]]) -> list[list[str]]:
    return [[k, str(v)] for k, v in pairs if v not in (None, "", [])]


def _seen(attrs: dict) -> str | None:
    first, last = attrs.get("first_seen"), attrs.get("last_seen")
    if not first:
        return None
    return str(first) if first == last or not last else f"{first} to {last}"


def _width(stake: float | None, amount: float | None) -> float:
    # A 49% stake and a US$14.3B deal should both read as heavy, a US$10M one as thin.
    width = 1.5
    if stake:
        width = max(width, 1.5 + 8 * stake)
    if amount:
        width = max(width, 1.5 + 1.5 * max(0.0, math.log10(amount / 1e7)))
    return round(min(width, 10.0), 2)


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "\u2026"


def _name(kg: KnowledgeGraph, node: str) -> str:
    return kg.g.nodes[node].get("name") or node


def _node_tip(kg: KnowledgeGraph, node: str, degree: int) -> dict:
    a = kg.g.nodes[node]
    label = a["label"]
    tip: dict[str, Any] = {"title": _name(kg, node),
                           "subtitle": label + (f" \u00b7 {a['kind']}" if a.get("kind") else "")}
    pairs: list[tuple[str, Any]] = [("also", ", ".join(a.get("aliases") or []))]
    if label == schema.INVESTMENT:
        pairs += [("amount", _money(a.get("amount_usd"))),
                  ("original", f"{a['amount']:,.0f} {a.get('currency') or ''}".strip()
                   if a.get("amount") and a.get("currency") != "USD" else None),
                  ("stake", _pct(a.get("stake"))), ("status", a.get("status")),
                  ("announced", a.get("announced")), ("certainty", a.get("certainty")),
                  ("seen", _seen(a))]
        tip["evidence"], tip["sources"] = list(a.get("evidence") or []), list(a.get("sources") or [])
    elif label == schema.DOCUMENT:
        pairs += [("outlet", a.get("source")), ("published", a.get("published")),
                  ("language", a.get("language")), ("url", a.get("url"))]
    else:
        mentioned = sorted({u for u, _, k in kg.g.in_edges(node, keys=True) if k == schema.MENTIONS})
        tip["sources"], tip["sources_label"] = mentioned, "Mentioned in"
    tip["facts"] = _facts(pairs + [("connections", degree)])
    return tip


def _edge_tip(kg: KnowledgeGraph, u: str, v: str, rel: str, a: dict, deal: dict | None) -> dict:
    arrow = " \u2014 " if rel in schema.SYMMETRIC_TYPES else " \u2192 "
    pairs: list[tuple[str, Any]] = [
        ("status", a.get("status") or (deal or {}).get("status")), ("role", a.get("role")),
        ("certainty", a.get("certainty")), ("amount", _money(a.get("amount_usd"))),
        ("spend", _money(a.get("spend_usd"))), ("period", a.get("period")),
    ]
    if deal is not None:
        pairs += [("deal", _money(deal.get("amount_usd"))), ("stake", _pct(deal.get("stake")))]
    statuses = [(c.get("status"), c.get("date")) for c in a.get("claims") or [] if c.get("status")]
    if len({s for s, _ in statuses}) > 1:  # sources disagree: show every claim, in order
        pairs.append(("claims", "; ".join(f"{s} ({d or 'undated'})" for s, d in statuses)))
    pairs.append(("seen", _seen(a)))
    return {"title": f"{_name(kg, u)}{arrow}{rel}{arrow}{_name(kg, v)}", "subtitle": rel,
            "facts": _facts(pairs), "evidence": list(a.get("evidence") or []),
            "sources": list(a.get("sources") or [])}


# -- building the vis data with pyvis ------------------------------------------
def _network(kg: KnowledgeGraph, view: nx.MultiDiGraph, keep: list[str],
             degree: dict[str, int]) -> tuple[list[dict], list[dict]]:
    from pyvis.network import Network  # heavy optional import, only needed to render

    # directed=True also stops pyvis from merging two relationships of one pair.
    net = Network(directed=True)
    for node in keep:
        attrs = kg.g.nodes[node]
        shape, fill, border = NODE_STYLE[attrs["label"]]
        color = {"background": fill, "border": border,
                 "highlight": {"background": fill, "border": "#222"},
                 "hover": {"background": fill, "border": "#222"}}
        extra = {}
        if attrs.get("status") in schema.INACTIVE_STATUSES:
            extra["shapeProperties"] = {"borderDashes": [4, 3]}
        net.add_node(node, label=_short(_name(kg, node)), shape=shape, color=color,
                     size=round(10 + 5 * math.sqrt(degree.get(node, 0)), 1), borderWidth=2,
                     group_label=attrs["label"], tip=_node_tip(kg, node, degree.get(node, 0)), **extra)
    kept = set(keep)
    edges = [(u, v, k) for u, v, k in view.edges(keys=True) if u in kept and v in kept]
    pairs: dict[frozenset, int] = {}
    for u, v, _ in edges:
        pairs[frozenset((u, v))] = pairs.get(frozenset((u, v)), 0) + 1
    seen: dict[frozenset, int] = {}
    for u, v, rel in edges:
        attrs = kg.g.edges[u, v, rel]
        deal_id = u if rel == schema.INTO else v if rel == schema.INVESTED else None
        deal = kg.g.nodes[deal_id] if deal_id else None
        status = attrs.get("status") or (deal or {}).get("status")
        if deal is not None:
            width = _width(deal.get("stake"), deal.get("amount_usd"))
        else:
            width = _width(None, attrs.get("amount_usd") or attrs.get("spend_usd"))
        # Several relationships between one pair would overlap as straight
        # lines: fan them out as curves of growing roundness.
        pair = frozenset((u, v))
        index = seen[pair] = seen.get(pair, -1) + 1
        smooth: Any = False
        if pairs[pair] > 1:
            smooth = {"enabled": True, "type": "curvedCW" if index % 2 else "curvedCCW",
                      "roundness": 0.15 + 0.2 * (index // 2)}
        color = EDGE_COLOR[rel]
        net.add_edge(u, v, id=f"{u}|{rel}|{v}", label=rel, rel=rel, status=status,
                     color={"color": color, "highlight": color, "hover": color},
                     dashes=[8, 6] if status in schema.INACTIVE_STATUSES else False,
                     width=width, smooth=smooth,
                     arrows={"to": {"enabled": rel not in schema.SYMMETRIC_TYPES, "scaleFactor": 0.6}},
                     tip=_edge_tip(kg, u, v, rel, attrs, deal))
    nodes, edge_rows, *_ = net.get_network_data()
    return nodes, edge_rows


def _options(n_nodes: int) -> dict:
    return {
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 4,
                           "strokeColor": "#ffffff"}},
        "edges": {"font": {"size": 11, "align": "middle", "color": "#555", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}, "selectionWidth": 2, "hoverWidth": 0.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 300},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -150, "springLength": 190,
                                         "centralGravity": 0.01, "avoidOverlap": 0.5},
                    "minVelocity": 1.0,
                    "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 20}},
        # Kamada-Kawai seeding is quadratic: worth it only for small graphs.
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
    }


def _legend(nodes: list[dict], edges: list[dict]) -> dict:
    labels = {n["group_label"] for n in nodes}
    rels = {e["rel"] for e in edges}
    return {
        "nodes": [{"label": lb, "shape": NODE_STYLE[lb][0],
                   "color": {"background": NODE_STYLE[lb][1], "border": NODE_STYLE[lb][2]}}
                  for lb in schema.NODE_LABELS if lb in labels],
        "edges": [{"type": t, "color": EDGE_COLOR[t], "directed": t not in schema.SYMMETRIC_TYPES}
                  for t in schema.REL_TYPES if t in rels],
        "dashed": "dashed: " + ", ".join(sorted(schema.INACTIVE_STATUSES)),
        "width": "thicker: larger stake or amount",
        "notes": ["Bigger nodes have more connections.",
                  "Hover for evidence and sources; click for all of them; drag to move; scroll to zoom."],
    }


def render_html(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 2,
                types: list[str] | None = None, max_nodes: int = MAX_NODES,
                title: str = "aikg") -> RenderResult:
    """The graph (or the neighbourhood of `focus` to `depth` hops) as one HTML page.

    Raises graph.errors.UnknownEntity for an unknown focus, InvalidValue for a
    bad type, depth or max_nodes.
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise InvalidValue(f"depth {depth!r} is not a whole number >= 0")
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise InvalidValue(f"max_nodes {max_nodes!r} is not a whole number >= 1")
    view = _view(kg, _types(types), filtered=types is not None)
    center = kg.resolve(focus) if focus is not None else None
    degree = dict(view.degree())
    nodes, dist = _select(kg, view, center, depth)
    degree.update({n: 0 for n in nodes if n not in degree})
    total_edges = view.subgraph(nodes).number_of_edges()
    message = None
    if len(nodes) > max_nodes:
        message = _cut_message(kg, max_nodes, len(nodes), center, depth)
        keep = _cut(nodes, dist, degree, max_nodes)
    else:
        keep = sorted(nodes, key=lambda n: (dist.get(n, 0), n))
    vis_nodes, vis_edges = _network(kg, view, keep, degree)
    docs = {d for item in (*vis_nodes, *vis_edges) for d in item["tip"].get("sources", [])}
    subtitle = f"around {_name(kg, center)}, depth {depth}" if center is not None else ""
    data = {
        "title": title, "subtitle": subtitle, "message": message,
        "stats": f"{len(vis_nodes):,} nodes \u00b7 {len(vis_edges):,} relationships",
        "nodes": vis_nodes, "edges": vis_edges, "options": _options(len(vis_nodes)),
        "legend": _legend(vis_nodes, vis_edges),
        "docs": {d: _doc(kg, d) for d in sorted(docs)},
    }
    return RenderResult(html=build_page(data, title), nodes=len(vis_nodes), edges=len(vis_edges),
                        total_nodes=len(nodes), total_edges=total_edges, message=message)


def _doc(kg: KnowledgeGraph, doc_id: str) -> dict:
    if doc_id not in kg.g:
        return {"title": doc_id}
    a = kg.g.nodes[doc_id]
    return {"title": a.get("title") or a.get("name") or doc_id, "source": a.get("source"),
            "url": a.get("url"), "published": str(a["published"]) if a.get("published") else None}


def write_html(kg: KnowledgeGraph, path: str | Path, **options: Any) -> RenderResult:
    """render_html, written to `path` (parent folders created)."""
    result = render_html(kg, **options)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(result.html, encoding="utf-8")
    return result


def show_inline(kg: KnowledgeGraph, *, height: int = 650, **options: Any):
    """The page for Jupyter: an IPython HTML object holding a sandboxed iframe
    (srcdoc), so it works without files and cannot touch the notebook."""
    from IPython.display import HTML  # only in notebooks

    return HTML(iframe(render_html(kg, **options).html, height))
