"""neo4j-admin import files (`aikg export --format neo4j-csv`): CSV with Neo4j's headers.

The CSV files follow `neo4j-admin database import` headers (`id:ID(Company)`,
`:LABEL`, `:START_ID(...)`, `:END_ID(...)`, `:TYPE`, typed columns); lists are
joined with U+001F, which no text contains, and `import.sh` holds the command.
For spreadsheets, `--format csv` writes plain files (graph/plain_csv.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import InvalidValue
from graph.memgraph import KnowledgeGraph
from graph.neo4j_rows import all_node_rows, rel_rows

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


def write_neo4j_csv(kg: KnowledgeGraph, out_dir: str | Path) -> list[Path]:
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
