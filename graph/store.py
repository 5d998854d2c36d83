"""The embedded store: LadybugDB tables generated from the schema, loaded in bulk or changed row by row.

The database is a materialized view of the claims, one per generation of the
graph directory (graph.directory). A full build stages every table's rows as
Parquet files while it merges and `StoreLoader` COPYs them into a new file; an
incremental build hands `apply_changes` the rows that changed (graph.rows),
which it deletes, updates and inserts through Arrow tables (`LOAD FROM`,
`COPY`) in one transaction on the spare generation. Values never reach Cypher
as text: they come in Arrow tables or parameters; labels and types come from
the schema. Queries open the current generation read-only through the query guard
(`run_query`: graph.query_guard, graph.store_session), and
`read_graph` reads the whole graph back for viz, export and push.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from graph import schema
from graph.directory import DB_FILE, reading
from graph.errors import StoreError
from graph.memgraph import KnowledgeGraph
from graph.rows import DEALS, DOC, ENTITY, RELATION, NodeRow, RelRow, Unit, relation_key
from graph.store_session import OPEN_LOCK, first_line

def db_path(db_dir: str | Path) -> Path:
    return Path(db_dir) / DB_FILE


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


def copy_file_sql(table: str, path: Path, from_label: str = "", to_label: str = "") -> str:
    """COPY of a staged Parquet file into a node table, or a relationship table between two labels."""
    options = f" (from='{from_label}', to='{to_label}')" if from_label else ""
    return f"COPY {table} FROM {_literal(path)}{options}"


# -- rows -------------------------------------------------------------------------

def to_date(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    return value.date() if isinstance(value, datetime) else date.fromisoformat(str(value)[:10])


json_text = json.JSONEncoder(ensure_ascii=False, default=str).encode


def _column(values: list, kind: str) -> list:
    """One column of cells in the type the schema gives it; a function call per cell was most of
    a load's time, so the column is converted in one comprehension."""
    if kind == schema.STRING:
        return [v if v is None or type(v) is str else json_text(v) if isinstance(v, (list, dict)) else v
                for v in values]
    if kind == schema.STRING_LIST:
        return [v if type(v) is list else list(v or []) for v in values]
    if kind == schema.DATE:
        return [v if v is None or type(v) is date else to_date(v) for v in values]
    return values


def _arrow_types():
    import pyarrow as pa
    return {schema.STRING: pa.string(), schema.STRING_LIST: pa.list_(pa.string()),
            schema.DOUBLE: pa.float64(), schema.DATE: pa.date32()}


def _table(rows: list, props: dict[str, str], ends: tuple[str, str] | None = None):
    """An Arrow table of node rows, or of relationship rows with their endpoint ids first
    (named `ends`, "from" and "to" for COPY)."""
    import pyarrow as pa
    types = _arrow_types()
    columns: dict[str, Any] = {}
    if ends:
        columns[ends[0]] = pa.array([r.source for r in rows], pa.string())
        columns[ends[1]] = pa.array([r.target for r in rows], pa.string())
    for name, kind in props.items():
        columns[name] = pa.array(_column([r.props.get(name) for r in rows], kind), types[kind])
    return pa.table(columns)


def _literal(path: Path) -> str:
    """A file path as a Cypher string literal, for COPY FROM (which takes no parameter)."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


Table = tuple[str, str, str]  # (label or type, from label, to label); "" for nodes


def tables() -> list[Table]:
    return [(label, "", "") for label in schema.NODE_LABELS] + \
           [(rel, a, b) for rel in schema.REL_TYPES for a, b in schema.REL_ENDPOINTS[rel]]


def table_of(row) -> Table:
    if isinstance(row, NodeRow):
        return row.label, "", ""
    ends = row.ends
    if ends not in schema.REL_ENDPOINTS.get(row.type, ()):
        raise StoreError(f"{row.type} from {row.source} ({ends[0]}) to {row.target} ({ends[1]}) is not in the schema")
    return row.type, ends[0], ends[1]


# -- a new database, loaded in bulk ----------------------------------------------------

class StoreLoader:
    """A new database from every row of a full build.

    Rows are staged table by table into Parquet files as they come (`add`), so
    the build holds a few batches, not the graph: a batch is written out once it
    holds BATCH rows, and all of them once the batches together hold BATCH_CLAIMS
    claims (a relationship of many claims weighs as much as many rows; with one
    limit per table, the tail of every table stayed in memory until the end).
    `load` creates the tables from the schema and COPYs each file, nodes first,
    the largest relationship table first, with one thread: LadybugDB's COPY of
    a relationship table holds the whole table in memory (twice, one copy per
    direction), and each further thread adds its own buffers to that."""

    BATCH = 20_000
    BATCH_CLAIMS = 60_000
    COPY_THREADS = 1

    def __init__(self, path: Path, staging: Path):
        self.path = path
        self.staging = staging
        self.pending: dict[Table, list] = {t: [] for t in tables()}
        self.claims = 0  # claims held by the pending rows
        self.writers: dict[Table, Any] = {}
        self.counts: dict[Table, int] = {t: 0 for t in tables()}
        self.staging_seconds = 0.0  # spent turning rows into Parquet (during the build's merge)

    def add(self, rows) -> None:
        for row in rows:
            table = table_of(row)
            batch = self.pending[table]
            batch.append(row)
            self.claims += len(row.props.get("claims") or ())
            if len(batch) >= self.BATCH:
                self._flush(table)
        if self.claims >= self.BATCH_CLAIMS:
            for table in self.pending:
                self._flush(table)

    def _flush(self, table: Table) -> None:
        import time

        import pyarrow.parquet as pq
        rows, self.pending[table] = self.pending[table], []
        if not rows:
            return
        self.claims -= sum(len(row.props.get("claims") or ()) for row in rows)
        clock = time.perf_counter()
        name, a, b = table
        props = schema.NODE_PROPERTIES[name] if not a else schema.REL_PROPERTIES[name]
        data = _table(rows, props, ("from", "to") if a else None)
        if table not in self.writers:
            self.staging.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(str(self._file(table)), data.schema, compression="snappy")
        self.writers[table].write_table(data)
        self.counts[table] += len(rows)
        self.staging_seconds += time.perf_counter() - clock

    def _file(self, table: Table) -> Path:
        return self.staging / ("-".join(part for part in table if part) + ".parquet")

    def staged(self) -> None:
        """Every row added is in its Parquet file (once: no row can be added after)."""
        if self.pending is None:
            return
        for table in list(self.pending):
            self._flush(table)
        for writer in self.writers.values():
            writer.close()
        self.pending = None

    def load(self, checkpoint: Callable[[str], None] | None = None) -> dict[str, int]:
        """Create and fill the database; returns the rows per label and type."""
        import ladybug
        self.staged()
        tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        _remove(tmp)
        written: dict[str, int] = {}
        try:
            release_memory()  # what the merge freed goes back to the system before COPY takes its share
            db = ladybug.Database(str(tmp), max_num_threads=self.COPY_THREADS)
            conn = ladybug.Connection(db)
            for statement in schema_sql():
                conn.execute(statement)
            nodes = [t for t in self.writers if not t[1]]
            rels = sorted((t for t in self.writers if t[1]), key=lambda t: -self.counts[t])
            for number, table in enumerate(nodes + rels):
                conn.execute(copy_file_sql(table[0], self._file(table), table[1], table[2]))
                self._file(table).unlink()
                if number == 0 and checkpoint:
                    checkpoint("store")
            conn.close()
            db.close()
            os.replace(tmp, self.path)
        except Exception as err:
            _remove(tmp)
            raise StoreError(f"{self.path}: could not write the graph database ({first_line(err)})") from err
        finally:
            _remove(Path(f"{tmp}.wal"))
            shutil.rmtree(self.staging, ignore_errors=True)
        for (name, _, _), count in self.counts.items():
            written[name] = written.get(name, 0) + count
        return written


def release_memory() -> None:
    """Give back to the system the memory a build's merge freed: Python's garbage, Arrow's pool and
    the C heap's free pages (glibc keeps them otherwise), so the COPY that follows starts small."""
    import ctypes
    import gc

    import pyarrow as pa
    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def write_store(kg: KnowledgeGraph, db_dir: str | Path,
                checkpoint: Callable[[str], None] | None = None) -> dict[str, int]:
    """The database of an in-memory graph, written in bulk at db_dir/graph.lbdb (for graphs made in
    Python; builds stream their rows to StoreLoader)."""
    import tempfile
    target = db_path(db_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="aikg-stage-") as staging:
        loader = StoreLoader(target, Path(staging))
        for unit in graph_units(kg):
            loader.add(unit.rows())
        return loader.load(checkpoint)


def graph_units(kg: KnowledgeGraph) -> list[Unit]:
    """An in-memory graph cut into the units a build makes (graph.rows): each entity, each
    relationship stated by claims, each company's deals with their mentions, each document."""
    units: dict[str, Unit] = {}

    def unit(key: str) -> Unit:
        return units.setdefault(key, Unit(key))

    deal_target = {u: v for u, v, k in kg.g.edges(keys=True) if k == schema.INTO}
    for position, (node_id, attrs) in enumerate(kg.g.nodes(data=True)):
        label = attrs["label"]
        props = {p: attrs.get(p) for p in schema.NODE_PROPERTIES[label]}
        if label == schema.DOCUMENT:
            unit(DOC + node_id).nodes.append(NodeRow(label, props, DOC + node_id))
        elif label == schema.INVESTMENT:
            key = DEALS + deal_target.get(node_id, node_id)
            unit(key).nodes.append(NodeRow(label, props, key, (position,)))
        else:
            unit(ENTITY + node_id).nodes.append(NodeRow(label, props, ENTITY + node_id, ("", "", "", position)))
    for u, v, rel, attrs in kg.g.edges(keys=True, data=True):
        ends = (kg.node(u)["label"], kg.node(v)["label"])
        if ends not in schema.REL_ENDPOINTS[rel]:
            raise StoreError(f"relationships outside the schema: {rel}-{ends[0]}-{ends[1]}")
        if rel in (schema.INVESTED, schema.INTO) or (rel == schema.MENTIONS and ends[1] == schema.INVESTMENT):
            deal = v if rel != schema.INTO else u
            key = DEALS + deal_target.get(deal, deal)
        elif rel == schema.MENTIONS:
            key = DOC + u
        else:
            key = RELATION + relation_key(rel, u, v)
        unit(key).rels.append(RelRow(rel, u, v, {p: attrs.get(p) for p in schema.REL_PROPERTIES[rel]}, key))
    return list(units.values())


# -- reading the whole graph back ------------------------------------------------------

def read_graph(path: Path) -> KnowledgeGraph:
    """Every node and relationship of a database as an in-memory graph (for viz, export, push)."""
    import ladybug
    kg = KnowledgeGraph()
    try:
        with OPEN_LOCK:
            db = ladybug.Database(str(path), read_only=True)
        conn = ladybug.Connection(db)
        for label, props in schema.NODE_PROPERTIES.items():
            columns = ", ".join(f"n.{p}" for p in props)
            for values in conn.execute(f"MATCH (n:{label}) RETURN {columns} ORDER BY n.id").get_all():
                attrs = {"label": label, **dict(zip(props, values))}
                if "claims" in attrs:
                    attrs["claims"] = json.loads(attrs["claims"]) if attrs["claims"] else []
                kg.g.add_node(attrs["id"], **attrs)
        for rel, props in schema.REL_PROPERTIES.items():
            columns = ", ".join(f"r.{p}" for p in props)
            rows = conn.execute(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id, b.id, {columns} ORDER BY a.id, b.id").get_all()
            for source, target, *values in rows:
                attrs = {"type": rel, **dict(zip(props, values))}
                attrs["claims"] = json.loads(attrs["claims"]) if attrs["claims"] else []
                kg.g.add_edge(source, target, key=rel, **attrs)
        conn.close()
        db.close()
    except RuntimeError as err:
        raise StoreError(f"{path}: cannot read the graph database ({first_line(err)}); "
                         f"rebuild it with `aikg build`") from err
    kg._index_names()
    return kg


def run_query(db_dir: str | Path, cypher: str, params: dict | None = None,
              write: bool = False, dialect: str = "embedded") -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of a query: one statement of reads, unless `write` (graph.query_guard decides,
    on the query's structure); several statements with `write` run in one transaction.
    dialect="neo4j": Neo4j's Cypher, rewritten first (graph.neo4j_dialect), with Neo4j's value shapes."""
    from graph.query_guard import check_text
    from graph.store_session import execute
    if dialect == "neo4j":
        from graph.neo4j_dialect import to_embedded
        script = check_text(to_embedded(cypher), write)
    else:
        script = check_text(cypher, write)
    # The generation `current` names now, held (graph.directory) so no build changes it meanwhile.
    with reading(db_dir, write=write) as generation:
        if not generation.store.exists():
            raise StoreError(f"no graph at {db_path(db_dir)}; run `aikg build PATH --db {db_dir}` first")
        columns, rows = execute(generation.store, script, dict(params or {}), write)
    if dialect == "neo4j":
        from graph.neo4j_equivalents import neo4j_shapes
        return columns, neo4j_shapes(rows)
    return columns, rows


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
