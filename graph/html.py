"""The knowledge graph as one self-contained interactive HTML page (pyvis / vis-network).

What is drawn:
- every relationship type but MENTIONS by default. MENTIONS ties each
  document to everything it names, so Document nodes would outnumber and
  tangle the entities; they are drawn only when `types` asks for MENTIONS.
  Entities still list the documents that mention them in their card.
- Investment nodes always (when INVESTED or INTO is drawn): a deal is a node
  between its investors (INVESTED) and its target (INTO), as in the schema.
- In the full view (no focus, no `types`), entities with no drawn
  relationship (named by articles, tied to nothing) travel in the page but are
  left off the canvas: dozens of loose dots would crowd out the graph. A toggle
  in the page shows them, and the search finds them.

The page opens at a zoom where labels can be read (around the focus entity,
or the most connected one), highlights the focus entity, and has a search box
for names and aliases. Node and line styles and cards live in
graph/html_items.py, the sentences in graph/wording.py, page assembly and
escaping in graph/html_page.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graph import schema
from graph.errors import InvalidValue
from graph.html_items import EDGE_COLOR, HIGHLIGHT, NODE_STYLE, name, vis_items
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
NODE_FONT_PX = 16
# The smallest label size on screen the page starts at: fitting a large graph
# to the window shrinks 16 px labels to 6 px, so the page zooms in instead.
MIN_LABEL_PX = 11


@dataclass(frozen=True)
class RenderResult:
    html: str
    nodes: int  # drawn
    edges: int
    total_nodes: int  # in the graph asked for (types, focus) before any cut
    total_edges: int
    loose: int = 0  # entities with no drawn relationship, behind the page's toggle (full view only)
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
    return (f"Graph cut to stay responsive: showing the {shown:,} nodes nearest to {name(kg, center)} of "
            f"{total:,} within depth {depth}. Lower --depth or filter with --types to see less.")


def _options(n_nodes: int) -> dict:
    return {
        "nodes": {"font": {"size": NODE_FONT_PX, "face": "system-ui, sans-serif", "strokeWidth": 4,
                           "strokeColor": "#ffffff"}},
        "edges": {"font": {"size": 12, "align": "middle", "color": "#555", "strokeWidth": 3,
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
        "highlight": "found by the search, or the focus",
        "notes": ["Bigger nodes have more relationships.",
                  "Hover for evidence and sources; click for all of them and the node's relationships; "
                  "drag to move; scroll to zoom."],
    }


def _check(depth: Any, max_nodes: Any) -> None:
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 0:
        raise InvalidValue(f"depth {depth!r} is not a whole number >= 0")
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise InvalidValue(f"max_nodes {max_nodes!r} is not a whole number >= 1")


def render_html(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 2,
                types: list[str] | None = None, max_nodes: int = MAX_NODES,
                title: str = "aikg") -> RenderResult:
    """The graph (or the neighbourhood of `focus` to `depth` hops) as one HTML page.

    Raises graph.errors.UnknownEntity for an unknown focus, InvalidValue for a
    bad type, depth or max_nodes.
    """
    _check(depth, max_nodes)
    view = _view(kg, _types(types), filtered=types is not None)
    center = kg.resolve(focus) if focus is not None else None
    degree = dict(view.degree())
    nodes, dist = _select(kg, view, center, depth)
    degree.update({n: 0 for n in nodes if n not in degree})
    loose: list[str] = []
    if center is None:  # the full view: entities tied to nothing drawn wait behind the toggle
        loose = sorted((n for n in nodes if degree[n] == 0), key=lambda n: (name(kg, n).casefold(), n))
        nodes = [n for n in nodes if degree[n] > 0]
    total_edges = view.subgraph(nodes).number_of_edges()
    message = None
    if len(nodes) > max_nodes:
        message = _cut_message(kg, max_nodes, len(nodes), center, depth)
        keep = _cut(nodes, dist, degree, max_nodes)
    else:
        keep = sorted(nodes, key=lambda n: (dist.get(n, 0), n))
    vis_nodes, vis_loose, vis_edges = vis_items(kg, view, keep, loose[:max_nodes], degree)
    docs = {d for item in (*vis_nodes, *vis_loose, *vis_edges) for d in item["tip"].get("sources", [])}
    # The page opens on the focus, or else on the most connected node, at a readable zoom.
    anchor = center if center is not None else min(keep, key=lambda n: (-degree[n], n), default=None)
    data = {
        "title": title, "subtitle": f"around {name(kg, center)}, depth {depth}" if center else "",
        "message": message,
        "stats": f"{len(vis_nodes):,} nodes \u00b7 {len(vis_edges):,} relationships",
        "nodes": vis_nodes, "edges": vis_edges, "loose": vis_loose, "loose_total": len(loose),
        "focus": center, "anchor": anchor, "highlight": HIGHLIGHT,
        "min_scale": round(MIN_LABEL_PX / NODE_FONT_PX, 3),
        "options": _options(len(vis_nodes)), "legend": _legend(vis_nodes, vis_edges),
        "docs": {d: _doc(kg, d) for d in sorted(docs)},
    }
    return RenderResult(html=build_page(data, title), nodes=len(vis_nodes), edges=len(vis_edges),
                        total_nodes=len(nodes), total_edges=total_edges, loose=len(loose),
                        message=message)


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


# Tall enough to read a neighbourhood in a notebook: most of the browser window,
# never less than 600 px (a fixed 650 px frame left the graph a strip).
INLINE_HEIGHT = "max(600px, 85vh)"


def show_inline(kg: KnowledgeGraph, *, height: int | str = INLINE_HEIGHT, **options: Any):
    """The page for Jupyter: an IPython HTML object holding a sandboxed iframe
    (srcdoc), so it works without files and cannot touch the notebook.
    `height` is pixels (an int) or a CSS length."""
    from IPython.display import HTML  # only in notebooks

    return HTML(iframe(render_html(kg, **options).html, height))
