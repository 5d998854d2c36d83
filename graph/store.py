"""The embedded store: LadybugDB tables generated from the schema, loaded in bulk, swapped in atomically.

The database is a materialized view of the claims: `write_store` builds a new
file beside the live one with `COPY ... FROM` DataFrames and renames it over
the old one, so a reader or a crash never sees half a graph. Queries open it
read-only.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from graph import schema
from graph.errors import QueryError, StoreError
from graph.memgraph import KnowledgeGraph

DB_FILE = "graph.lbdb"
_WRITE = re.compile(r"\b(?:CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|INSTALL|LOAD|IMPORT|"
                    r"CHECKPOINT|ATTACH)\b", re.I)


# -- pure statement builders ----------------------------------------------------

def _columns(props: dict[str, str]) -> str:
    return ", ".join(f"{name} {kind}" for name, kind in props.items())


def node_table_sql(label: str) -> str:
    return f"CREATE NODE TABLE {label}({_columns(schema.NODE_PROPERTIES[label])}, PRIMARY KEY(id))"


def rel_table_sql(rel: str) -> str:
    pairs = ", ".join(f"FROM {a} TO {b}" for a, b in schema.REL_ENDPOINTS[rel])
    return f"CREATE REL TABLE {rel}({pairs}, {_columns(schema.REL_PROPERTIES[rel])})"


def schema_sql() -> list[str]:
    return [node_table_sql(label) for label in schema.NODE_LABELS] + \
           [rel_table_sql(rel) for rel in schema.REL_TYPES]


def copy_nodes_sql(label: str) -> str:
    return f"COPY {label} FROM nodes"


def copy_rels_sql(rel: str, from_label: str, to_label: str) -> str:
    return f"COPY {rel} FROM rels (from='{from_label}', to='{to_label}')"


def is_write(cypher: str) -> bool:
    """Does a statement change the graph? Strings and comments are ignored."""
    code = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", " ", cypher, flags=re.S)
    return bool(_WRITE.search(code))


# -- rows -------------------------------------------------------------------------

def _cell(value: Any, kind: str) -> Any:
    if kind == schema.STRING and isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if kind == schema.STRING_LIST:
        return list(value or [])
    return value


def node_rows(kg: KnowledgeGraph, label: str) -> list[dict]:
    props = schema.NODE_PROPERTIES[label]
    return [{p: _cell(attrs.get(p), kind) for p, kind in props.items()} for attrs in kg.nodes(label)]


def rel_rows(kg: KnowledgeGraph, rel: str) -> dict[tuple[str, str], list[dict]]:
    props = schema.REL_PROPERTIES[rel]
    out: dict[tuple[str, str], list[dict]] = {pair: [] for pair in schema.REL_ENDPOINTS[rel]}
    for u, v, attrs in kg.edges(rel):
        pair = (kg.node(u)["label"], kg.node(v)["label"])
        row = {"from": u, "to": v}
        row.update({p: _cell(attrs.get(p), kind) for p, kind in props.items()})
        out[pair].append(row)
    return out


def _frame(rows: list[dict], columns: list[str], props: dict[str, str]):
    import pandas as pd
    frame = pd.DataFrame(rows, columns=columns)
    for name, kind in props.items():
        if kind == schema.DATE:
            frame[name] = pd.to_datetime(frame[name]).dt.date.astype(object)
            frame[name] = frame[name].where(frame[name].notna(), None)
        elif kind == schema.DOUBLE:
            frame[name] = frame[name].astype("float64")
    return frame


# -- I/O --------------------------------------------------------------------------

def db_path(db_dir: str | Path) -> Path:
    return Path(db_dir) / DB_FILE


def write_store(kg: KnowledgeGraph, db_dir: str | Path) -> dict[str, int]:
    """Build the database beside the live one, then swap it in with one rename."""
    import ladybug
    target = db_path(db_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{DB_FILE}.tmp-{os.getpid()}")
    _remove(tmp)
    written: dict[str, int] = {}
    try:
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        for statement in schema_sql():
            conn.execute(statement)
        for label in schema.NODE_LABELS:
            props = schema.NODE_PROPERTIES[label]
            rows = node_rows(kg, label)
            if rows:
                nodes = _frame(rows, list(props), props)  # noqa: F841 (read by COPY ... FROM nodes)
                conn.execute(copy_nodes_sql(label))
            written[label] = len(rows)
        for rel in schema.REL_TYPES:
            props = schema.REL_PROPERTIES[rel]
            written[rel] = 0
            for (a, b), rows in rel_rows(kg, rel).items():
                if rows:
                    rels = _frame(rows, ["from", "to", *props], props)  # noqa: F841
                    conn.execute(copy_rels_sql(rel, a, b))
                    written[rel] += len(rows)
        conn.close()
        db.close()
        os.replace(tmp, target)
    except Exception as err:
        _remove(tmp)
        raise StoreError(f"{target}: could not write the graph database ({err})") from err
    finally:
        _remove(Path(f"{tmp}.wal"))
    return written


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        import shutil
        shutil.rmtree(path)


def run_query(db_dir: str | Path, cypher: str, params: dict | None = None,
              write: bool = False) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of one statement; read-only unless `write`."""
    import ladybug
    path = db_path(db_dir)
    if not path.exists():
        raise StoreError(f"no graph at {path}; run `aikg build PATH --db {db_dir}` first")
    if not write and is_write(cypher):
        raise QueryError("this query changes the graph (CREATE, MERGE, SET, DELETE or DDL); "
                         "add --write to run it")
    try:
        db = ladybug.Database(str(path), read_only=not write)
    except RuntimeError as err:
        raise StoreError(f"{path}: cannot open the graph database ({_first_line(err)}); "
                         f"rebuild it with `aikg build`") from err
    try:
        conn = ladybug.Connection(db)
        result = conn.execute(cypher, params or {})
        columns = result.get_column_names()
        rows = result.get_all()
        return columns, rows
    except RuntimeError as err:
        raise QueryError(_query_message(err)) from err
    finally:
        db.close()


def _query_message(err: Exception) -> str:
    """LadybugDB's parser error, shortened to what is wrong and where."""
    text = _first_line(err)
    m = re.match(r"Parser exception: (?P<what>.*?)(?: expecting \{.*\})? \(line: (?P<line>\d+), "
                 r"offset: (?P<offset>\d+)\)", text)
    if m:
        return f"Cypher syntax error: {m['what']} (line {m['line']}, offset {m['offset']})"
    return text


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
