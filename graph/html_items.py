"""The nodes and lines of the HTML graph: their vis-network style and the card each one shows.

Color and shape by label; line color and arrow by type (every type its own
color); dashed lines for former, ended and cancelled (schema.INACTIVE_STATUSES);
line width by stake or amount; node size by degree. A card (tooltip on hover,
details on click) holds a title in words, facts, evidence and sources; the
page turns it into DOM text (graph/html_page.py), never into markup.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from graph import schema
from graph.memgraph import KnowledgeGraph
from graph.wording import deal_sentence, money, percent, relation_sentence

NODE_STYLE: dict[str, tuple[str, str, str]] = {  # label -> shape, fill, border
    schema.COMPANY: ("dot", "#5b8bd0", "#2f5d9e"),
    schema.PERSON: ("diamond", "#f2a14a", "#b86a12"),
    schema.INVESTMENT: ("square", "#6dbb63", "#3d7f35"),
    schema.DOCUMENT: ("triangle", "#b8b8b8", "#7a7a7a"),
}
# One color per type, far enough apart to tell on a white page (tested: at least
# 80 apart in RGB), and none close to HIGHLIGHT.
EDGE_COLOR: dict[str, str] = {
    schema.INVESTED: "#2e8b3d", schema.INTO: "#8a6d3b", schema.WORKS_AT: "#e07b00",
    schema.FOUNDED: "#8e44ad", schema.CLIENT_OF: "#1f4fbf", schema.COMPETES_WITH: "#d62728",
    schema.ACQUIRED: "#11998e", schema.PARTNERS_WITH: "#d63384", schema.MENTIONS: "#9a9a9a",
}
HIGHLIGHT = "#00b4ff"  # the border of the focus entity and of a node found by the search
LABEL_CHARS = 40  # longer names are shortened on the canvas; the card has them whole


def width(stake: float | None, amount: float | None) -> float:
    # A 49% stake and a US$14.3B deal should both read as heavy, a US$10M one as thin.
    line = 1.5
    if stake:
        line = max(line, 1.5 + 8 * stake)
    if amount:
        line = max(line, 1.5 + 1.5 * max(0.0, math.log10(amount / 1e7)))
    return round(min(line, 10.0), 2)


def short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "\u2026"


def name(kg: KnowledgeGraph, node: str) -> str:
    return kg.g.nodes[node].get("name") or node


def _facts(pairs: list[tuple[str, Any]]) -> list[list[str]]:
    return [[k, str(v)] for k, v in pairs if v not in (None, "", [])]


def _seen(attrs: dict) -> str | None:
    first, last = attrs.get("first_seen"), attrs.get("last_seen")
    if not first:
        return None
    return str(first) if first == last or not last else f"{first} to {last}"


def deal_parties(kg: KnowledgeGraph, deal: str) -> tuple[list[str], str]:
    """(investor names, target name) of an Investment node."""
    investors = sorted(name(kg, u) for u, _, k in kg.g.in_edges(deal, keys=True) if k == schema.INVESTED)
    targets = [name(kg, v) for _, v, k in kg.g.out_edges(deal, keys=True) if k == schema.INTO]
    return investors, (targets[0] if targets else "an unnamed company")


def deal_label(attrs: dict) -> str:
    """The canvas label of an Investment: its amount and stake (its two ends name the parties)."""
    parts = [p for p in (money(attrs.get("amount_usd")), percent(attrs.get("stake"))) if p]
    return " \u00b7 ".join(parts) or "investment"


def node_card(kg: KnowledgeGraph, node: str, degree: int) -> dict:
    a = kg.g.nodes[node]
    label = a["label"]
    card: dict[str, Any] = {"title": name(kg, node),
                            "subtitle": label + (f" \u00b7 {a['kind']}" if a.get("kind") else "")}
    pairs: list[tuple[str, Any]] = [("also", ", ".join(a.get("aliases") or []))]
    if label == schema.INVESTMENT:
        investors, target = deal_parties(kg, node)
        card["title"] = deal_sentence(investors, target, a)
        pairs += [("amount", money(a.get("amount_usd"))),
                  ("original", f"{a['amount']:,.0f} {a.get('currency') or ''}".strip()
                   if a.get("amount") and a.get("currency") != "USD" else None),
                  ("stake", percent(a.get("stake"))), ("status", a.get("status")),
                  ("announced", a.get("announced")), ("certainty", a.get("certainty")),
                  ("seen", _seen(a))]
        card["evidence"], card["sources"] = list(a.get("evidence") or []), list(a.get("sources") or [])
    elif label == schema.DOCUMENT:
        pairs += [("outlet", a.get("source")), ("published", a.get("published")),
                  ("language", a.get("language")), ("url", a.get("url"))]
    else:
        mentioned = sorted({u for u, _, k in kg.g.in_edges(node, keys=True) if k == schema.MENTIONS})
        card["sources"], card["sources_label"] = mentioned, "Mentioned in"
    card["facts"] = _facts(pairs + [("relationships", degree)])
    return card


def edge_card(kg: KnowledgeGraph, u: str, v: str, rel: str, a: dict, deal_id: str | None) -> dict:
    deal = kg.g.nodes[deal_id] if deal_id else None
    if deal is not None:
        title = deal_sentence(*deal_parties(kg, deal_id), deal)
    else:
        title = relation_sentence(rel, name(kg, u), name(kg, v), a)
    pairs: list[tuple[str, Any]] = [
        ("status", a.get("status") or (deal or {}).get("status")), ("role", a.get("role")),
        ("certainty", a.get("certainty")), ("amount", money(a.get("amount_usd"))),
        ("spend", money(a.get("spend_usd"))), ("period", a.get("period")),
    ]
    if deal is not None:
        pairs += [("deal", money(deal.get("amount_usd"))), ("stake", percent(deal.get("stake")))]
    statuses = [(c.get("status"), c.get("date")) for c in a.get("claims") or [] if c.get("status")]
    if len({s for s, _ in statuses}) > 1:  # sources disagree: show every claim, in order
        pairs.append(("claims", "; ".join(f"{s} ({d or 'undated'})" for s, d in statuses)))
    pairs.append(("seen", _seen(a)))
    return {"title": title, "subtitle": rel, "facts": _facts(pairs),
            "evidence": list(a.get("evidence") or []), "sources": list(a.get("sources") or [])}


def vis_items(kg: KnowledgeGraph, view: nx.MultiDiGraph, keep: list[str], loose: list[str],
              degree: dict[str, int]) -> tuple[list[dict], list[dict], list[dict]]:
    """vis-network rows (built with pyvis): the nodes in `keep`, the nodes in `loose`
    (drawn only on request, with no line), and the lines between nodes in `keep`."""
    from pyvis.network import Network  # heavy optional import, only needed to render

    # directed=True also stops pyvis from merging two relationships of one pair.
    net = Network(directed=True)
    for node in (*keep, *loose):
        net.add_node(node, **vis_node(kg, node, degree.get(node, 0)))
    kept = set(keep)
    edges = [(u, v, k) for u, v, k in view.edges(keys=True) if u in kept and v in kept]
    pairs: dict[frozenset, int] = {}
    for u, v, _ in edges:
        pairs[frozenset((u, v))] = pairs.get(frozenset((u, v)), 0) + 1
    seen: dict[frozenset, int] = {}
    for u, v, rel in edges:
        # Several relationships between one pair would overlap as straight
        # lines: fan them out as curves of growing roundness.
        pair = frozenset((u, v))
        index = seen[pair] = seen.get(pair, -1) + 1
        smooth: Any = False
        if pairs[pair] > 1:
            smooth = {"enabled": True, "type": "curvedCW" if index % 2 else "curvedCCW",
                      "roundness": 0.15 + 0.2 * (index // 2)}
        net.add_edge(u, v, **_vis_edge(kg, u, v, rel), smooth=smooth)
    nodes, edge_rows, *_ = net.get_network_data()
    return nodes[:len(keep)], nodes[len(keep):], edge_rows


def vis_node(kg: KnowledgeGraph, node: str, degree: int) -> dict:
    """One node's vis-network options (without its id)."""
    attrs = kg.g.nodes[node]
    shape, fill, border = NODE_STYLE[attrs["label"]]
    color = {"background": fill, "border": border,
             "highlight": {"background": fill, "border": "#222"},
             "hover": {"background": fill, "border": "#222"}}
    extra: dict[str, Any] = {}
    if attrs.get("status") in schema.INACTIVE_STATUSES:
        extra["shapeProperties"] = {"borderDashes": [4, 3]}
    label = deal_label(attrs) if attrs["label"] == schema.INVESTMENT else short(name(kg, node))
    return {"label": label, "shape": shape, "color": color,
            "size": round(10 + 5 * math.sqrt(degree), 1), "borderWidth": 2,
            "group_label": attrs["label"], "aliases": list(attrs.get("aliases") or []),
            "degree": degree, "tip": node_card(kg, node, degree), **extra}


def _vis_edge(kg: KnowledgeGraph, u: str, v: str, rel: str) -> dict:
    attrs = kg.g.edges[u, v, rel]
    deal_id = u if rel == schema.INTO else v if rel == schema.INVESTED else None
    deal = kg.g.nodes[deal_id] if deal_id else None
    status = attrs.get("status") or (deal or {}).get("status")
    if deal is not None:
        line = width(deal.get("stake"), deal.get("amount_usd"))
    else:
        line = width(None, attrs.get("amount_usd") or attrs.get("spend_usd"))
    color = EDGE_COLOR[rel]
    return {"id": f"{u}|{rel}|{v}", "label": rel, "rel": rel, "status": status,
            "color": {"color": color, "highlight": color, "hover": color},
            "dashes": [8, 6] if status in schema.INACTIVE_STATUSES else False, "width": line,
            "arrows": {"to": {"enabled": rel not in schema.SYMMETRIC_TYPES, "scaleFactor": 0.6}},
            "tip": edge_card(kg, u, v, rel, attrs, deal_id)}
