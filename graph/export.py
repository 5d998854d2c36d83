"""`aikg export`: every format in one place, and the cypher-shell script.

Formats: node-link JSON (memgraph.py, reads back whole), GraphML for Gephi, yEd
and Cytoscape (graphml.py), plain CSV for spreadsheets (plain_csv.py),
neo4j-admin import CSV (neo4j_csv.py) and the Cypher script below.

The Cypher script is the push without a driver: the same constraints, schema
tokens and MERGE statements (graph.neo4j_cypher), with `UNWIND $rows` replaced by a
literal list. A literal is the only way a script can carry values, so every
string is escaped here for a single-quoted Cypher string literal and nothing
else is ever written unescaped: `'}) DETACH DELETE n //` stays a name.
The script adds and updates; it removes nothing (`aikg push` does the sync).
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path
from typing import Any

from graph import neo4j_cypher as cypher
from graph.errors import InvalidValue
from graph.flat import FlatOptions
from graph.graphml import write_graphml
from graph.memgraph import KnowledgeGraph
from graph.neo4j_csv import write_neo4j_csv
from graph.neo4j_rows import all_node_rows, batches, rel_rows
from graph.plain_csv import write_csv

DEFAULT_BATCH_SIZE = 1000

# -- Cypher literals -----------------------------------------------------------
# Escapes Cypher defines for string literals; every other control character,
# and the characters that end a line in some readers, go as \uXXXX.
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _needs_code(ch: str) -> bool:
    n = ord(ch)
    return n < 0x20 or 0x7F <= n <= 0x9F or n in (0x2028, 0x2029) or 0xD800 <= n <= 0xDFFF


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal whose value is exactly `text`."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _needs_code(ch):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a row value: null, boolean, float, string, date, list, map."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValue(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            # Row keys are schema property names; anything else is backticked.
            name = key if _KEY.match(key) else "`" + key.replace("`", "``") + "`"
            parts.append(f"{name}: {cypher_literal(item)}")
        return "{" + ", ".join(parts) + "}"
    raise InvalidValue(f"{value!r} ({type(value).__name__}) has no Cypher literal")


def _unwind(rows: list) -> str:
    return "UNWIND [\n  " + ",\n  ".join(cypher_literal(r) for r in rows) + "\n] AS row\n"


def cypher_script(kg: KnowledgeGraph, batch_size: int = DEFAULT_BATCH_SIZE) -> list[str]:
    """The statements of the export script, in order, without their `;`."""
    statements = list(cypher.constraints())
    statements += [_unwind(cypher.token_names(kind)) + cypher.tokens_body(kind)
                   for kind in cypher.TOKEN_PROCEDURES]
    for label, rows in all_node_rows(kg).items():
        for group in batches(rows, batch_size):
            statements.append(_unwind(group) + cypher.node_merge_body(label))
    for (rel, a, b), rows in rel_rows(kg).items():
        for group in batches(rows, batch_size):
            statements.append(_unwind(group) + cypher.rel_merge_body(rel, a, b))
    return statements


def export_cypher(kg: KnowledgeGraph, path: str | Path,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> int:
    """Write a cypher-shell script (`cypher-shell -f PATH`); returns how many statements."""
    statements = cypher_script(kg, batch_size)
    header = ("// aikg graph for Neo4j: cypher-shell -u neo4j -d DATABASE -f THIS_FILE\n"
              "// Constraints, then nodes, then relationships; merging, so it can run again.\n\n")
    Path(path).write_text(header + "".join(f"{s};\n\n" for s in statements), encoding="utf-8")
    return len(statements)


# -- every format -------------------------------------------------------------------
FORMATS = ("json", "graphml", "cypher", "csv", "neo4j-csv")
FILTERED_FORMATS = ("graphml", "csv")  # the ones FlatOptions apply to


def export(kg: KnowledgeGraph, fmt: str, out: str | Path, options: FlatOptions = FlatOptions()) -> None:
    """`aikg export --format FMT --out OUT`: csv and neo4j-csv write a folder, the others one file.

    `options` (leave out MENTIONS or Documents, investments as edges) shape the
    files for viewers and spreadsheets, graphml and csv; json, cypher and
    neo4j-csv carry the whole graph in the schema, to be loaded again.
    """
    if fmt not in FORMATS:
        raise InvalidValue(f"export format {fmt!r} is not one of {', '.join(FORMATS)}")
    if options != FlatOptions() and fmt not in FILTERED_FORMATS:
        raise InvalidValue(f"leaving out mentions or documents and investments as edges apply to "
                           f"{' and '.join(FILTERED_FORMATS)}, not to {fmt}, which keeps the whole graph")
    if fmt == "json":
        kg.write_json(out)
    elif fmt == "graphml":
        write_graphml(kg, out, options)
    elif fmt == "cypher":
        export_cypher(kg, out)
    elif fmt == "csv":
        write_csv(kg, out, options)
    else:
        write_neo4j_csv(kg, out)
