"""Plain CSV for spreadsheets (`aikg export --format csv`): one file of nodes per label and one
file of relationships per type, readable without Neo4j's conventions.

    nodes_Company.csv            id, name, aliases, kind
    relationships_CLIENT_OF.csv  source_id, source_name, type, target_id, target_name, status, ...

Values are flat (graph/flat.py): lists joined with "; ", dates as ISO text,
claims counted. Files are UTF-8 with a byte-order mark, which is what makes
Excel read accents ("Telefónica") instead of guessing a legacy code page;
LibreOffice, pandas (`encoding="utf-8-sig"`) and csv readers take it too.
Text that a spreadsheet would run as a formula (a cell starting with =, +, -,
@, a tab or a carriage return, from an article's text) gets a leading
apostrophe, so it shows as the text it is. For `neo4j-admin import`, use
`--format neo4j-csv` (graph/neo4j_csv.py).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from graph import schema
from graph.flat import FlatOptions, edge_property_types, edges, node_labels, nodes, property_types, \
    rel_types
from graph.memgraph import KnowledgeGraph

ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def node_columns(label: str) -> list[str]:
    return ["id", "name", *property_types(schema.NODE_PROPERTIES[label])]


def relationship_columns(rel: str, options: FlatOptions) -> list[str]:
    return ["source_id", "source_name", "type", "target_id", "target_name", *edge_property_types(rel, options)]


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])


def write_csv(kg: KnowledgeGraph, out_dir: str | Path, options: FlatOptions = FlatOptions()) -> list[Path]:
    """Write the files into `out_dir` (created); returns their paths. Labels and types with no
    rows get no file."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    node_rows = list(nodes(kg, options))
    names = {row["id"]: row["name"] for row in node_rows}
    written = []
    for label in node_labels(options):
        rows = [r for r in node_rows if r["type"] == label]
        if rows:
            written.append(out / f"nodes_{label}.csv")
            _write(written[-1], node_columns(label), rows)
    edge_rows = list(edges(kg, options))
    for rel in rel_types(options):
        rows = [{**r, "source_id": r["source"], "target_id": r["target"],
                 "source_name": names.get(r["source"]), "target_name": names.get(r["target"])}
                for r in edge_rows if r["type"] == rel]
        if rows:
            written.append(out / f"relationships_{rel}.csv")
            _write(written[-1], relationship_columns(rel, options), rows)
    return written
