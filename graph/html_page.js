// The aikg graph page. Every string from the graph reaches the DOM through
// el()'s textContent: nothing is ever parsed as markup, and vis-network gets
// Elements for titles, not HTML strings. graph/html_page.py inlines this file and pins it in
// the page's Content Security Policy by its hash.
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
  function list(box, items, limit, make, moreText) {
    var ul = el("ul"), shown = limit ? items.slice(0, limit) : items;
    shown.forEach(function (item) { ul.appendChild(make(item)); });
    if (shown.length < items.length)
      ul.appendChild(el("li", "more", "+" + (items.length - shown.length) + " more" + moreText));
    box.appendChild(ul);
  }
  function quote(s) { return el("li", "evidence", "\u201c" + s + "\u201d"); }
  function section(box, heading, items, limit, make) {
    if (!items || !items.length) return;
    box.appendChild(el("h3", null, heading));
    list(box, items, limit, make, ": click for all");
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
    section(box, "Evidence", tip.evidence, limit, quote);
    section(box, tip.sources_label || "Sources", tip.sources, limit, sourceItem);
    return box;
  }

  // -- the legend ---------------------------------------------------------------
  function swatch(draw) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "16");
    draw(svg);
    return svg;
  }
  function shape(svg, kind, color, strokeWidth) {
    var s;
    if (kind === "dot") { s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "17"); s.setAttribute("cy", "8"); s.setAttribute("r", "6"); }
    else if (kind === "square") { s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "11"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12"); }
    else { s = document.createElementNS(SVG, "polygon");
      s.setAttribute("points", kind === "diamond" ? "17,1 24,8 17,15 10,8" : "17,1 24,15 10,15"); }
    s.setAttribute("fill", color.background); s.setAttribute("stroke", color.border);
    if (strokeWidth) s.setAttribute("stroke-width", String(strokeWidth));
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
    legendRow(box, swatch(function (s) {
      shape(s, "dot", {background: "#fff", border: data.highlight}, 3); }), lg.highlight);
    lg.notes.forEach(function (note) { box.appendChild(el("p", "legend-note", note)); });
  }

  byId("aikg-title").textContent = data.title;
  byId("aikg-subtitle").textContent = data.subtitle || "";
  if (data.message) { byId("aikg-message").textContent = data.message; byId("aikg-message").hidden = false; }
  buildLegend();

  function withTitle(n) { n.title = card(n.tip, 4); return n; }
  var nodes = data.nodes.map(withTitle), loose = data.loose.map(withTitle);
  var edges = data.edges.map(withTitle);
  var original = {};  // id -> the node as drawn first, to undo a highlight
  nodes.concat(loose).forEach(function (n) {
    original[n.id] = {color: n.color, borderWidth: n.borderWidth, shadow: false};
  });
  var nodeSet = new vis.DataSet(nodes), edgeSet = new vis.DataSet(edges);
  var network = new vis.Network(byId("aikg-graph"), {nodes: nodeSet, edges: edgeSet}, data.options);
  var api = window.aikg = {network: network, nodes: nodeSet, edges: edgeSet, stabilizedMs: null,
                           marked: null, looseShown: false};

  function showStats() {
    var shown = nodeSet.length;
    byId("aikg-stats").textContent = shown.toLocaleString("en") + " nodes \u00b7 " +
      edgeSet.length.toLocaleString("en") + " relationships";
  }
  showStats();

  // -- details: a node's card and its relationships, or a line's card ----------
  function relationItem(edgeId) {
    var e = edgeSet.get(edgeId), li = el("li", "rel");
    li.style.borderLeftColor = e.color.color;
    li.appendChild(el("div", "rel-title", e.tip.title));
    var facts = e.tip.facts.filter(function (f) { return f[0] === "status" || f[0] === "certainty" ||
      f[0] === "seen" || f[0] === "claims"; }).map(function (f) { return f[0] + ": " + f[1]; });
    if (facts.length) li.appendChild(el("div", "rel-facts", facts.join(" \u00b7 ")));
    if (e.tip.evidence.length) list(li, e.tip.evidence, 2, quote, ": click the line");
    if (e.tip.sources.length) list(li, e.tip.sources, 2, sourceItem, ": click the line");
    return li;
  }
  function relations(box, nodeId) {
    var ids = network.getConnectedEdges(nodeId), node = nodeSet.get(nodeId);
    var heading = "Relationships (" + ids.length + ")";
    if (node.degree > ids.length) heading = "Relationships (" + ids.length + " of " + node.degree +
      " drawn here; aikg viz --focus NAME shows them all)";
    box.appendChild(el("h3", null, heading));
    if (!ids.length) return;
    var ul = el("ul", "rels");
    ids.forEach(function (id) { ul.appendChild(relationItem(id)); });
    box.appendChild(ul);
  }
  var details = byId("aikg-details");
  function showNode(id) {
    details.replaceChildren();
    var box = card(nodeSet.get(id).tip, 0);
    relations(box, id);
    details.appendChild(box);
  }
  network.on("click", function (p) {
    details.replaceChildren();
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) details.appendChild(card(edgeSet.get(p.edges[0]).tip, 0));
  });

  // -- highlight: the focus entity, or the node the search found ----------------
  function unmark() {
    if (api.marked !== null && nodeSet.get(api.marked)) nodeSet.update(Object.assign({id: api.marked}, original[api.marked]));
    api.marked = null;
  }
  function mark(id) {
    unmark();
    var fill = original[id].color.background, hl = data.highlight;
    nodeSet.update({id: id, borderWidth: 6,
                    color: {background: fill, border: hl, highlight: {background: fill, border: hl},
                            hover: {background: fill, border: hl}},
                    shadow: {enabled: true, color: hl, size: 14, x: 0, y: 0}});
    api.marked = id;
  }

  // -- entities with no drawn relationship, behind the toggle --------------------
  var looseBox = byId("aikg-loose-box"), looseCheck = byId("aikg-loose");
  if (loose.length) {
    looseBox.hidden = false;
    var more = data.loose_total > loose.length ? loose.length + " of " + data.loose_total : String(loose.length);
    byId("aikg-loose-label").textContent = "show " + more + " entities with no relationship (only mentioned)";
  }
  function showLoose(on) {
    if (on === api.looseShown) return;
    api.looseShown = looseCheck.checked = on;
    if (!on) {
      if (api.marked !== null && !original[api.marked].drawn) unmark();
      nodeSet.remove(loose.map(function (n) { return n.id; }));
      showStats();
      return;
    }
    // In rows under the graph, out of the layout: they have no line to place them by.
    var pos = network.getPositions(), xs = [], ys = [];
    Object.keys(pos).forEach(function (k) { xs.push(pos[k].x); ys.push(pos[k].y); });
    var left = xs.length ? Math.min.apply(null, xs) : 0, right = xs.length ? Math.max.apply(null, xs) : 0;
    var top = ys.length ? Math.max.apply(null, ys) + 160 : 0;
    var cols = Math.max(4, Math.floor((right - left) / 170) + 1);
    nodeSet.add(loose.map(function (n, i) {
      return Object.assign({}, n, {x: left + 170 * (i % cols), y: top + 90 * Math.floor(i / cols), physics: false});
    }));
    showStats();
  }
  nodes.forEach(function (n) { original[n.id].drawn = true; });
  looseCheck.addEventListener("change", function () { showLoose(looseCheck.checked); });

  // -- search: names and aliases, ignoring case and accents ----------------------
  function fold(s) { return String(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim(); }
  // Entities and documents by name; a deal is found through its parties.
  var index = nodes.concat(loose).filter(function (n) { return n.group_label !== "Investment"; }).map(function (n) {
    return {id: n.id, name: n.tip.title, degree: n.degree,
            keys: [n.tip.title].concat(n.aliases || []).map(function (k) { return [fold(k), k]; })};
  });
  function matches(text) {
    var q = fold(text), found = [];
    if (!q) return found;
    index.forEach(function (entry) {
      var best = null;
      entry.keys.forEach(function (pair, i) {
        var k = pair[0], rank = k === q ? 0 : k.indexOf(q) === 0 ? 1 : k.indexOf(" " + q) >= 0 ? 2 :
          k.indexOf(q) >= 0 ? 3 : null;
        if (rank !== null && (best === null || rank < best.rank)) best = {rank: rank, alias: i ? pair[1] : null};
      });
      if (best) found.push({id: entry.id, name: entry.name, degree: entry.degree, rank: best.rank, alias: best.alias});
    });
    found.sort(function (a, b) { return a.rank - b.rank || b.degree - a.degree || (a.name < b.name ? -1 : 1); });
    return found;
  }
  function pick(id) {
    if (!nodeSet.get(id)) showLoose(true);
    mark(id);
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1), animation: false});
    showNode(id);
    results.replaceChildren();
  }
  var search = byId("aikg-search"), results = byId("aikg-results"), status = byId("aikg-find-status");
  var found = [];
  function listResults() {
    found = matches(search.value);
    results.replaceChildren();
    status.textContent = !search.value.trim() ? "" : found.length ? found.length + (found.length === 1 ?
      " match" : " matches") : "no match";
    found.slice(0, 8).forEach(function (f) {
      var li = el("li"), button = el("button", null, f.name);
      button.type = "button";
      if (f.alias) button.appendChild(el("span", "alias", f.alias));
      button.addEventListener("click", function () { pick(f.id); });
      li.appendChild(button); results.appendChild(li);
    });
  }
  search.addEventListener("input", listResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && found.length) { ev.preventDefault(); pick(found[0].id); }
    else if (ev.key === "Escape") { search.value = ""; listResults(); }
  });
  byId("aikg-fit").addEventListener("click", function () { network.fit({animation: false}); });
  api.pick = pick; api.matches = matches; api.showLoose = showLoose;

  // -- the first view --------------------------------------------------------------
  // Fit the whole graph, unless that shrinks labels below reading size: then
  // open on the focus (or the most connected node) at the smallest readable zoom.
  function startView() {
    network.fit({animation: false});
    var anchor = data.focus || data.anchor;
    if (anchor && network.getScale() < data.min_scale)
      network.moveTo({position: network.getPositions([anchor])[anchor], scale: data.min_scale, animation: false});
    if (data.focus) { mark(data.focus); network.selectNodes([data.focus]); showNode(data.focus); }
  }
  // Physics only lays the graph out: once it settles it is switched off, so
  // the page stops spending CPU and nodes stay where the user drags them.
  function settled() {
    if (api.stabilizedMs !== null) return;
    network.setOptions({physics: {enabled: false}});
    api.stabilizedMs = Math.round(performance.now() - t0);
    byId("aikg-progress").textContent = "";
    startView();
    root.setAttribute("data-aikg", "ready");
  }
  network.on("stabilizationProgress", function (p) {
    byId("aikg-progress").textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (!nodes.length) settled();
})();
