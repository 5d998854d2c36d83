"""The embedded store: LadybugDB tables generated from the schema, loaded in bulk, swapped in atomically.

The database is a materialized view of the claims: `write_store` builds a new
file beside the live one with `COPY ... FROM` DataFrames and renames it over
the old one, so a reader or a crash never sees half a graph. Queries open it
read-only, through the query guard (graph.query_guard) and graph.store_session.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from graph import schema
from graph.errors import StoreError
from graph.memgraph import KnowledgeGraph

DB_FILE = "graph.lbdb"


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


_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode  # what _cell's json.dumps writes


def _column(values: list, kind: str) -> list:
    """_cell over a whole column, inlined: a function call per cell was most of the load's time."""
    if kind == schema.STRING:
        return [v if v is None or type(v) is str else _JSON(v) if isinstance(v, (list, dict)) else v
                for v in values]
    if kind == schema.STRING_LIST:
        return [v if type(v) is list else list(v or []) for v in values]
    if kind == schema.DATE:
        return [v if v is None or type(v) is date else _date(v) for v in values]
    return values


def _table(items: list, props: dict[str, str], ends: bool):
    """An Arrow table of nodes (attrs) or relationships ((from, to, attrs)), column by column:
    a DataFrame of a million row dicts took most of the load's time and memory. One table per
    COPY: COPY into a non-empty table costs more than one large COPY."""
    import pyarrow as pa
    types = {schema.STRING: pa.string(), schema.STRING_LIST: pa.list_(pa.string()),
             schema.DOUBLE: pa.float64(), schema.DATE: pa.date32()}
    columns: dict[str, Any] = {}
    if ends:
        columns["from"] = pa.array([u for u, _, _ in items], pa.string())
        columns["to"] = pa.array([v for _, v, _ in items], pa.string())
        items = [attrs for _, _, attrs in items]
    for name, kind in props.items():
        columns[name] = pa.array(_column([attrs.get(name) for attrs in items], kind), types[kind])
    return pa.table(columns)


# -- I/O --------------------------------------------------------------------------

def db_path(db_dir: str | Path) -> Path:
    return Path(db_dir) / DB_FILE


def write_store(kg: KnowledgeGraph, db_dir: str | Path,
                checkpoint: Callable[[str], None] | None = None) -> dict[str, int]:
    """Build the database beside the live one, then swap it in with one rename.

    Tables are made here while a second thread runs the COPY of the previous one
    (LadybugDB releases the GIL), so building Arrow tables costs little beyond COPY itself.
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
        jobs: queue.Queue = queue.Queue(maxsize=3)  # a few tables waiting, one loading: memory stays bounded
        failures: list[Exception] = []
        copier = threading.Thread(target=_copy_tables, args=(conn, jobs, failures, checkpoint), daemon=True)
        copier.start()
        try:
            for label, items in ((label, kg.nodes(label)) for label in schema.NODE_LABELS):
                written[label] = len(items)
                jobs.put((copy_nodes_sql(label), _table(items, schema.NODE_PROPERTIES[label], False) if items else None))
            for (rel, a, b), items in _relationships(kg):
                written[rel] = written.get(rel, 0) + len(items)
                if items:
                    jobs.put((copy_rels_sql(rel, a, b), _table(items, schema.REL_PROPERTIES[rel], True)))
        finally:
            jobs.put(None)
            copier.join()
        if failures:
            raise failures[0]
        conn.close()
        db.close()
        os.replace(tmp, target)
    except Exception as err:
        _remove(tmp)
        raise StoreError(f"{target}: could not write the graph database ({err})") from err
    finally:
        _remove(Path(f"{tmp}.wal"))
    return written


def _relationships(kg: KnowledgeGraph) -> list[tuple[tuple[str, str, str], list]]:
    """[((type, from label, to label), [(from, to, attrs)])] for every pair of the schema."""
    by_type: dict[tuple[str, str, str], list] = {}
    for u, v, rel, attrs in kg.g.edges(keys=True, data=True):
        by_type.setdefault((rel, kg.node(u)["label"], kg.node(v)["label"]), []).append((u, v, attrs))
    stray = [key for key in by_type if key[1:] not in schema.REL_ENDPOINTS.get(key[0], ())]
    if stray:
        raise StoreError(f"relationships outside the schema: {', '.join('-'.join(k) for k in stray)}")
    groups = [((rel, a, b), by_type.pop((rel, a, b), [])) for rel in schema.REL_TYPES
              for a, b in schema.REL_ENDPOINTS[rel]]
    # The largest first: the smaller tables are made while it loads.
    return sorted(groups, key=lambda group: -len(group[1]))


def _copy_tables(conn, jobs: queue.Queue, failures: list, checkpoint: Callable[[str], None] | None) -> None:
    """Run each (COPY statement, Arrow table) job; after a failure, only drain the queue."""
    first = True
    while (job := jobs.get()) is not None:
        statement, table = job
        if failures or table is None:
            continue
        nodes = rels = table  # noqa: F841 - COPY ... FROM nodes / rels reads these locals
        try:
            conn.execute(statement)
        except Exception as err:  # noqa: BLE001 - raised again by write_store
            failures.append(err)
        del nodes, rels, table, job
        if first and checkpoint:
            checkpoint("store")
        first = False


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        import shutil
        shutil.rmtree(path)


def run_query(db_dir: str | Path, cypher: str, params: dict | None = None,
              write: bool = False, dialect: str = "embedded") -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of a query: one statement of reads, unless `write` (graph.query_guard decides,
    on the query's structure); several statements with `write` run in one transaction.
    dialect="neo4j": Neo4j's Cypher, rewritten first (graph.neo4j_dialect), with Neo4j's value shapes."""
    from graph.query_guard import check_text
    from graph.store_session import execute
    path = db_path(db_dir)
    if not path.exists():
        raise StoreError(f"no graph at {path}; run `aikg build PATH --db {db_dir}` first")
    if dialect == "neo4j":
        from graph.neo4j_dialect import to_embedded
        from graph.neo4j_equivalents import neo4j_shapes
        columns, rows = execute(path, check_text(to_embedded(cypher), write), dict(params or {}), write)
        return columns, neo4j_shapes(rows)
    return execute(path, check_text(cypher, write), dict(params or {}), write)
