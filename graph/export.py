"""Files for Neo4j and other tools: a cypher-shell script, neo4j-admin import CSV, JSON, GraphML.

The Cypher script is the push without a driver: the same constraints, schema
tokens and MERGE statements (graph.neo4j_cypher), with `UNWIND $rows` replaced by a
literal list. A literal is the only way a script can carry values, so every
string is escaped here for a single-quoted Cypher string literal and nothing
else is ever written unescaped: `'}) DETACH DELETE n //` stays a name.
The script adds and updates; it removes nothing (`aikg push` does the sync).

The CSV files follow `neo4j-admin database import` headers (`id:ID(Company)`,
`:LABEL`, `:START_ID(...)`, `:END_ID(...)`, `:TYPE`, typed columns); lists are
joined with U+001F, which no text contains, and `import.sh` holds the command.
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path
from typing import Any

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import InvalidValue
from graph.memgraph import KnowledgeGraph
from graph.neo4j_rows import all_node_rows, batches, rel_rows

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


# -- neo4j-admin CSV ------------------------------------------------------------
ARRAY_DELIMITER = "\u001f"
ARRAY_DELIMITER_OPTION = "U+001F"
_CSV_TYPES = {schema.STRING: "", schema.STRING_LIST: ":string[]",
              schema.DOUBLE: ":double", schema.DATE: ":date"}


def _csv_field(value: Any, where: str) -> str:
    if value is None:
        return ""  # an empty unquoted field: no property
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        if any(ARRAY_DELIMITER in v for v in value):
            raise InvalidValue(f"{where}: a list item contains U+001F, the CSV array delimiter")
        value = ARRAY_DELIMITER.join(value)
    return '"' + str(value).replace('"', '""') + '"'


def _csv_line(fields: list[str]) -> str:
    return ",".join(fields) + "\n"


def node_csv_header(label: str) -> list[str]:
    props = [p for p in schema.NODE_PROPERTIES[label] if p != "id"]
    return ([f"id:ID({label})", ":LABEL"]
            + [p + _CSV_TYPES[schema.NODE_PROPERTIES[label][p]] for p in props]
            + [f"{cypher.MANAGED}:boolean", cypher.HASH])


def rel_csv_header(rel: str, from_label: str, to_label: str) -> list[str]:
    props = schema.REL_PROPERTIES[rel]
    return ([f":START_ID({from_label})", f":END_ID({to_label})", ":TYPE"]
            + [p + _CSV_TYPES[kind] for p, kind in props.items()]
            + [f"{cypher.MANAGED}:boolean", cypher.HASH])


def _write_csv(path: Path, header: list[str], lines: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(_csv_line(header))
        for fields in lines:
            out.write(_csv_line(fields))


def export_csv(kg: KnowledgeGraph, out_dir: str | Path) -> list[Path]:
    """nodes_<Label>.csv, rels_<TYPE>_<From>_<To>.csv, constraints.cypher and import.sh."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    node_files, rel_files = [], []
    for label, rows in all_node_rows(kg).items():
        props = [p for p in schema.NODE_PROPERTIES[label] if p != "id"]
        lines = [[_csv_field(r["id"], label), _csv_field(label, label)]
                 + [_csv_field(r[p], f"{label} {r['id']} {p}") for p in props]
                 + ["true", _csv_field(r[cypher.HASH], label)] for r in rows]
        path = out / f"nodes_{label}.csv"
        _write_csv(path, node_csv_header(label), lines)
        node_files.append(path.name)
    for (rel, a, b), rows in rel_rows(kg).items():
        props = list(schema.REL_PROPERTIES[rel])
        lines = [[_csv_field(r[cypher.FROM_ID], rel), _csv_field(r[cypher.TO_ID], rel),
                  _csv_field(rel, rel)]
                 + [_csv_field(r[p], f"{rel} {r[cypher.FROM_ID]} {p}") for p in props]
                 + ["true", _csv_field(r[cypher.HASH], rel)] for r in rows]
        path = out / f"rels_{rel}_{a}_{b}.csv"
        _write_csv(path, rel_csv_header(rel, a, b), lines)
        rel_files.append(path.name)
    constraints = out / "constraints.cypher"
    constraints.write_text("".join(f"{s};\n" for s in cypher.constraints()), encoding="utf-8")
    script = out / "import.sh"
    script.write_text(import_command(node_files, rel_files), encoding="utf-8")
    return [out / n for n in (*node_files, *rel_files)] + [constraints, script]


def import_command(node_files: list[str], rel_files: list[str]) -> str:
    """The neo4j-admin call for the CSV files (Neo4j 5 syntax), as a shell script."""
    args = [f"  --nodes={n} \\\n" for n in node_files]
    args += [f"  --relationships={r} \\\n" for r in rel_files]
    return ("#!/bin/sh\n"
            "# Import into a new, stopped database: sh import.sh [DATABASE]\n"
            "# then create the constraints: cypher-shell -d DATABASE -f constraints.cypher\n"
            "set -e\n"
            'cd "$(dirname "$0")"\n'
            "neo4j-admin database import full --overwrite-destination \\\n"
            f"  --array-delimiter={ARRAY_DELIMITER_OPTION} --multiline-fields=true \\\n"
            + "".join(args)
            + '  "${1:-neo4j}"\n')


# -- JSON and GraphML --------------------------------------------------------------
def export_json(kg: KnowledgeGraph, path: str | Path) -> None:
    kg.write_json(path)


def export_graphml(kg: KnowledgeGraph, path: str | Path) -> None:
    kg.write_graphml(path)


FORMATS = ("json", "graphml", "cypher", "csv")


def export(kg: KnowledgeGraph, fmt: str, out: str | Path) -> None:
    """`aikg export --format FMT --out OUT`; csv writes a directory, the others one file."""
    writers = {"json": export_json, "graphml": export_graphml,
               "cypher": export_cypher, "csv": export_csv}
    if fmt not in writers:
        raise InvalidValue(f"export format {fmt!r} is not one of {', '.join(FORMATS)}")
    writers[fmt](kg, out)
