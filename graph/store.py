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
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

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


def _date(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    return value.date() if isinstance(value, datetime) else date.fromisoformat(str(value)[:10])


def _table(items: list, props: dict[str, str], ends: bool):
    """An Arrow table of nodes (attrs) or relationships ((from, to, attrs)), built column by
    column from generators: a DataFrame of a million row dicts took most of the load's time
    and memory. One table per COPY: COPY into a non-empty table costs more than one large COPY."""
    import pyarrow as pa
    types = {schema.STRING: pa.string(), schema.STRING_LIST: pa.list_(pa.string()),
             schema.DOUBLE: pa.float64(), schema.DATE: pa.date32()}
    columns: dict[str, Any] = {}
    if ends:
        columns["from"] = pa.array((u for u, _, _ in items), pa.string(), size=len(items))
        columns["to"] = pa.array((v for _, v, _ in items), pa.string(), size=len(items))
        items = [attrs for _, _, attrs in items]
    for name, kind in props.items():
        values = (_cell(attrs.get(name), kind) for attrs in items)
        columns[name] = pa.array((_date(v) for v in values) if kind == schema.DATE else values, types[kind],
                                 size=len(items))
    return pa.table(columns)


# -- I/O --------------------------------------------------------------------------

def db_path(db_dir: str | Path) -> Path:
    return Path(db_dir) / DB_FILE


def write_store(kg: KnowledgeGraph, db_dir: str | Path,
                checkpoint: Callable[[str], None] | None = None) -> dict[str, int]:
    """Build the database beside the live one, then swap it in with one rename.

    `checkpoint("store")` runs once the first table is loaded: the crash tests kill
    a build there, with a half-written database beside the live one."""
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
            items = kg.nodes(label)
            if items:
                nodes = _table(items, schema.NODE_PROPERTIES[label], False)  # noqa: F841
                conn.execute(copy_nodes_sql(label))  # COPY ... FROM nodes reads the local above
                del nodes
            written[label] = len(items)
            if checkpoint and label == schema.NODE_LABELS[0]:
                checkpoint("store")
        by_type: dict[tuple[str, str, str], list] = {}
        for u, v, rel, attrs in kg.g.edges(keys=True, data=True):
            by_type.setdefault((rel, kg.node(u)["label"], kg.node(v)["label"]), []).append((u, v, attrs))
        stray = [key for key in by_type if key[1:] not in schema.REL_ENDPOINTS.get(key[0], ())]
        if stray:
            raise StoreError(f"relationships outside the schema: {', '.join('-'.join(k) for k in stray)}")
        for rel in schema.REL_TYPES:
            written[rel] = 0
            for a, b in schema.REL_ENDPOINTS[rel]:
                items = by_type.pop((rel, a, b), [])
                if items:
                    rels = _table(items, schema.REL_PROPERTIES[rel], True)  # noqa: F841
                    conn.execute(copy_rels_sql(rel, a, b))
                    del rels
                written[rel] += len(items)
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
