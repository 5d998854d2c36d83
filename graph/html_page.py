"""The self-contained HTML page around a vis-network graph.

pyvis 0.3.2's own templates load Bootstrap from a CDN in every mode, point
`in_line` mode at a dead `../node_modules/...` script and write link titles
with innerHTML. This page replaces them: the vis-network JS and CSS that ship
inside the pyvis package are inlined, all graph text travels as one JSON
island and reaches the DOM through textContent only, and a Content Security
Policy forbids every request and every script but the page's own two (by
hash), so even markup that slipped through could neither run nor call out.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

VIS_VERSION = "vis-9.1.2"


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(js, css) of the vis-network build bundled in the pyvis package."""
    import pyvis  # heavy optional import, only needed to render

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # The source map is not shipped; DevTools would ask for it and fail.
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Inline code must not be able to end its own element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError(f"{lib}: vis-network assets contain a closing tag")
    return js, css


def _plain(value: Any) -> Any:
    # JSON has no NaN or infinity; an unknown amount is null.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def script_json(value: Any) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survive, so neither '</script'
    nor '<!--' can appear; U+2028/2029 are escaped for old JS parsers."""
    text = json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False, default=str)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #222; background: #fafafa; }
body { display: flex; flex-direction: column; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 18px; margin: 0; display: inline; }
#aikg-subtitle { margin-left: 12px; color: #555; }
#aikg-stats { margin-left: 12px; color: #777; font-size: 12px; }
#aikg-progress { margin-left: 12px; color: #a05a00; font-size: 12px; }
#aikg-message { margin: 6px 0 0; padding: 6px 10px; background: #fff4d6; border: 1px solid #e8c66a;
  border-radius: 4px; }
#aikg-message[hidden] { display: none; }
main { flex: 1; display: flex; min-height: 0; }
#aikg-graph { flex: 1; min-width: 0; background: #fff; }
aside { width: 320px; overflow: auto; border-left: 1px solid #ddd; padding: 10px 14px; background: #fcfcfc; }
aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 10px 0 6px; }
.legend-row { display: flex; align-items: center; gap: 8px; margin: 3px 0; font-size: 13px; }
.legend-row svg { flex: none; }
.legend-note { color: #666; font-size: 12px; margin: 3px 0; }
#aikg-details:empty::before { content: "Click a node or a line for its evidence and sources."; color: #888; }
.aikg-card { max-width: 420px; white-space: normal; font-size: 13px; }
.aikg-card .card-title { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.aikg-card .card-sub { color: #666; margin-bottom: 4px; }
.aikg-card dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 4px 0; }
.aikg-card dt { color: #777; }
.aikg-card dd { margin: 0; overflow-wrap: anywhere; }
.aikg-card h3 { font-size: 12px; margin: 6px 0 2px; color: #555; }
.aikg-card ul { margin: 0; padding-left: 16px; }
.aikg-card li { margin: 2px 0; overflow-wrap: anywhere; }
.aikg-card .evidence { font-style: italic; }
.aikg-card .src-url { display: block; color: #2a5db0; font-size: 12px; }
.aikg-card .more { color: #888; list-style: none; }
div.vis-tooltip { white-space: normal; max-width: 440px; padding: 8px 10px; background: #fff;
  border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.15); font-family: inherit; }
"""

# Every string from the graph reaches the DOM through el()'s textContent:
# no innerHTML, no HTML strings handed to vis-network (titles are Elements).
_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("aikg-data").textContent);
  var docs = data.docs, root = document.documentElement, t0 = performance.now();
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  function safeHref(url) {
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) { return null; }
  }
  function sourceItem(id) {
    var d = docs[id] || {}, li = el("li");
    li.appendChild(el("span", "src-title", [d.title || id, d.source, d.published]
      .filter(Boolean).join(" \u00b7 ")));
    if (d.url) {
      var href = safeHref(d.url), link = el(href ? "a" : "span", "src-url", d.url);
      if (href) { link.href = href; link.target = "_blank"; link.rel = "noopener noreferrer"; }
      li.appendChild(link);
    }
    return li;
  }
  function section(box, heading, items, limit, make) {
    if (!items || !items.length) return;
    box.appendChild(el("h3", null, heading));
    var ul = el("ul"), shown = limit ? items.slice(0, limit) : items;
    shown.forEach(function (item) { ul.appendChild(make(item)); });
    if (shown.length < items.length)
      ul.appendChild(el("li", "more", "+" + (items.length - shown.length) + " more: click for all"));
    box.appendChild(ul);
  }
  function card(tip, limit) {
    var box = el("div", "aikg-card");
    box.appendChild(el("div", "card-title", tip.title));
    if (tip.subtitle) box.appendChild(el("div", "card-sub", tip.subtitle));
    if (tip.facts && tip.facts.length) {
      var dl = el("dl");
      tip.facts.forEach(function (f) { dl.appendChild(el("dt", null, f[0])); dl.appendChild(el("dd", null, f[1])); });
      box.appendChild(dl);
    }
    section(box, "Evidence", tip.evidence, limit,
            function (s) { return el("li", "evidence", "\u201c" + s + "\u201d"); });
    section(box, tip.sources_label || "Sources", tip.sources, limit, sourceItem);
    return box;
  }

  function swatch(draw) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "16");
    draw(svg);
    return svg;
  }
  function shape(svg, kind, color) {
    var s;
    if (kind === "dot") { s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "17"); s.setAttribute("cy", "8"); s.setAttribute("r", "6"); }
    else if (kind === "square") { s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "11"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12"); }
    else { s = document.createElementNS(SVG, "polygon");
      s.setAttribute("points", kind === "diamond" ? "17,1 24,8 17,15 10,8" : "17,1 24,15 10,15"); }
    s.setAttribute("fill", color.background); s.setAttribute("stroke", color.border);
    svg.appendChild(s);
  }
  function line(svg, color, width, dashed) {
    var l = document.createElementNS(SVG, "line");
    l.setAttribute("x1", "2"); l.setAttribute("y1", "8"); l.setAttribute("x2", "32"); l.setAttribute("y2", "8");
    l.setAttribute("stroke", color); l.setAttribute("stroke-width", String(width));
    if (dashed) l.setAttribute("stroke-dasharray", "5 4");
    svg.appendChild(l);
  }
  function legendRow(parent, svg, text) {
    var row = el("div", "legend-row");
    row.appendChild(svg); row.appendChild(el("span", null, text));
    parent.appendChild(row);
  }
  function buildLegend() {
    var box = byId("aikg-legend"), lg = data.legend;
    lg.nodes.forEach(function (n) {
      legendRow(box, swatch(function (s) { shape(s, n.shape, n.color); }), n.label);
    });
    lg.edges.forEach(function (e) {
      legendRow(box, swatch(function (s) { line(s, e.color, 2, false); }), e.type + (e.directed ? " \u2192" : ""));
    });
    legendRow(box, swatch(function (s) { line(s, "#666", 2, true); }), lg.dashed);
    legendRow(box, swatch(function (s) { line(s, "#666", 7, false); }), lg.width);
    lg.notes.forEach(function (note) { box.appendChild(el("p", "legend-note", note)); });
  }

  byId("aikg-title").textContent = data.title;
  byId("aikg-subtitle").textContent = data.subtitle || "";
  byId("aikg-stats").textContent = data.stats;
  if (data.message) { byId("aikg-message").textContent = data.message; byId("aikg-message").hidden = false; }
  buildLegend();

  var nodes = data.nodes.map(function (n) { n.title = card(n.tip, 4); return n; });
  var edges = data.edges.map(function (e) { e.title = card(e.tip, 4); return e; });
  var nodeSet = new vis.DataSet(nodes), edgeSet = new vis.DataSet(edges);
  var network = new vis.Network(byId("aikg-graph"), {nodes: nodeSet, edges: edgeSet}, data.options);
  window.aikg = {network: network, nodes: nodeSet, edges: edgeSet, stabilizedMs: null};

  var details = byId("aikg-details");
  network.on("click", function (p) {
    details.replaceChildren();
    var item = p.nodes.length ? nodeSet.get(p.nodes[0]) : p.edges.length ? edgeSet.get(p.edges[0]) : null;
    if (item) details.appendChild(card(item.tip, 0));
  });

  // Physics only lays the graph out: once it settles it is switched off, so
  // the page stops spending CPU and nodes stay where the user drags them.
  function settled() {
    if (window.aikg.stabilizedMs !== null) return;
    network.setOptions({physics: {enabled: false}});
    window.aikg.stabilizedMs = Math.round(performance.now() - t0);
    byId("aikg-progress").textContent = "";
    root.setAttribute("data-aikg", "ready");
  }
  network.on("stabilizationProgress", function (p) {
    byId("aikg-progress").textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (!nodes.length) settled();
})();
"""


def build_page(data: dict, title: str) -> str:
    """The whole page: inlined vis-network, the JSON island, the app script."""
    vis_js, vis_css = vis_assets()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_sha256(vis_js)} {_sha256(_JS)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{vis_css}</style>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header><h1 id="aikg-title"></h1><span id="aikg-subtitle"></span>'
        '<span id="aikg-stats"></span><span id="aikg-progress"></span>'
        '<div id="aikg-message" role="status" hidden></div></header>',
        '<main><div id="aikg-graph" aria-label="knowledge graph"></div>'
        '<aside><h2>Legend</h2><div id="aikg-legend"></div>'
        '<h2>Details</h2><div id="aikg-details"></div></aside></main>',
        f'<script type="application/json" id="aikg-data">{script_json(data)}</script>',
        f"<script>{vis_js}</script>",
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
        "",
    ])


def iframe(page: str, height: int) -> str:
    """The page as an iframe srcdoc: no file, and sandboxed (scripts only, opaque
    origin) so it cannot reach the notebook around it."""
    # Wrapped in a div: IPython warns about HTML that starts with <iframe.
    return (f'<div class="aikg-inline"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts allow-popups" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
            f'title="aikg graph"></iframe></div>')
