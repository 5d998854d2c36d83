"""GraphML that opens cleanly in Gephi, yEd and Cytoscape.

What each tool reads (from their importers):
- Gephi takes the node attribute named `label` as the node's label and the
  edge attribute named `label` as the edge's; it also takes the key *ids*
  `d3` (node) and `d7` (edge) as labels, and `x`, `y`, `size`, `r`, `g`, `b`,
  `weight` and `id` as drawing properties. networkx names its keys d0, d1, ...,
  so whatever attribute happened to be d3 (the schema label, an outlet)
  became every node's label. Here every key id is the attribute's own name
  (`e_` before edge keys, since GraphML ids are unique across nodes and edges),
  so nothing is taken for what it is not.
- Cytoscape names nodes by a `name` attribute and edges by an `interaction`.
- yEd reads every attribute as a data property (map `label` to the node text
  with Edit > Properties Mapper).
- All of them want one value per attribute: lists are joined with "; " and
  claims counted (graph/flat.py), and every edge has its own id.

Text that XML 1.0 cannot hold (control characters other than tab and line
ends) is replaced by U+FFFD; everything else reads back exactly.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from graph import schema
from graph.flat import INTEGER, FlatOptions, edge_property_types, edges, node_labels, nodes, \
    property_types, rel_types
from graph.memgraph import KnowledgeGraph

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
_XML_TYPES = {schema.STRING: "string", schema.STRING_LIST: "string", schema.DATE: "string",
              schema.DOUBLE: "double", INTEGER: "int"}
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NODE_HEAD = {"label": schema.STRING, "name": schema.STRING, "type": schema.STRING}  # label = name
EDGE_HEAD = {"label": schema.STRING, "interaction": schema.STRING}  # both = the type


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("\ufffd", str(value))


def node_keys(options: FlatOptions) -> dict[str, str]:
    keys = dict(NODE_HEAD)
    for label in node_labels(options):
        keys.update(property_types(schema.NODE_PROPERTIES[label]))
    return keys


def edge_keys(options: FlatOptions) -> dict[str, str]:
    keys = dict(EDGE_HEAD)
    for rel in rel_types(options):
        keys.update(edge_property_types(rel, options))
    return keys


def graphml_tree(kg: KnowledgeGraph, options: FlatOptions = FlatOptions()) -> ET.Element:
    root = ET.Element("graphml", xmlns=NAMESPACE)
    node_types, edge_types = node_keys(options), edge_keys(options)
    for domain, keys, prefix in (("node", node_types, ""), ("edge", edge_types, "e_")):
        for name, kind in keys.items():
            ET.SubElement(root, "key", {"id": prefix + name, "for": domain, "attr.name": name,
                                        "attr.type": _XML_TYPES[kind]})
    graph = ET.SubElement(root, "graph", id="aikg", edgedefault="directed")

    def data(element: ET.Element, prefix: str, row: dict, keys: dict[str, str]) -> None:
        for name in keys:
            if row.get(name) is not None:
                ET.SubElement(element, "data", key=prefix + name).text = _text(row[name])

    for row in nodes(kg, options):
        data(ET.SubElement(graph, "node", id=_text(row["id"])), "", {**row, "label": row["name"]}, node_types)
    for row in edges(kg, options):
        element = ET.SubElement(graph, "edge", id=_text(row["id"]), source=_text(row["source"]),
                                target=_text(row["target"]))
        data(element, "e_", {**row, "label": row["type"], "interaction": row["type"]}, edge_types)
    ET.indent(root, space=" ")
    return root


def graphml_text(kg: KnowledgeGraph, options: FlatOptions = FlatOptions()) -> str:
    text = ET.tostring(graphml_tree(kg, options), encoding="unicode")
    # A raw carriage return in text reads back as a line feed (XML end-of-line
    # handling); as a character reference it survives. Attributes are escaped already.
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text.replace("\r", "&#13;") + "\n"


def write_graphml(kg: KnowledgeGraph, path: str | Path, options: FlatOptions = FlatOptions()) -> None:
    Path(path).write_text(graphml_text(kg, options), encoding="utf-8")
