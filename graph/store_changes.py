"""Changing an existing database row by row: what an incremental build writes into the spare generation.

The rows that changed (graph.rows.Changes) go in one transaction as
parameterized UNWIND statements, every value cast to its schema type (a column
of nulls is otherwise typed STRING); a changed relationship's properties are
set in place, because replacing it would delete it from its node group. The
transaction is committed to the database's write-ahead log and not
checkpointed (see apply_changes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from graph import schema
from graph.errors import StoreError
from graph.rows import Changes, NodeRow, RelRow, label_of
from graph.store import Table, json_text, table_of, tables, to_date


def _cast(prop: str, kind: str) -> str:
    # Cast every value: a column of nulls would otherwise be typed STRING and refused for DATE or DOUBLE.
    return f"CAST(r.{prop} AS {kind})"


def delete_rels_sql(rel: str, a: str, b: str) -> str:
    return f"UNWIND $rows AS r MATCH (a:{a} {{id: r.src}})-[x:{rel}]->(b:{b} {{id: r.dst}}) DELETE x"


def delete_nodes_sql(label: str) -> str:
    return f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) DETACH DELETE n"


def create_nodes_sql(label: str) -> str:
    props = ", ".join(f"{p}: {_cast(p, kind)}" for p, kind in schema.NODE_PROPERTIES[label].items())
    return f"UNWIND $rows AS r CREATE (n:{label} {{{props}}})"


def update_nodes_sql(label: str) -> str:
    props = ", ".join(f"n.{p} = {_cast(p, kind)}" for p, kind in schema.NODE_PROPERTIES[label].items() if p != "id")
    return f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {props}"


def create_rels_sql(rel: str, a: str, b: str) -> str:
    props = ", ".join(f"{p}: {_cast(p, kind)}" for p, kind in schema.REL_PROPERTIES[rel].items())
    return f"UNWIND $rows AS r MATCH (a:{a} {{id: r.src}}), (b:{b} {{id: r.dst}}) CREATE (a)-[:{rel} {{{props}}}]->(b)"


def update_rels_sql(rel: str, a: str, b: str) -> str:
    props = ", ".join(f"x.{p} = {_cast(p, kind)}" for p, kind in schema.REL_PROPERTIES[rel].items())
    return f"UNWIND $rows AS r MATCH (a:{a} {{id: r.src}})-[x:{rel}]->(b:{b} {{id: r.dst}}) SET {props}"


def _params(row, props: dict[str, str]) -> dict:
    """A row as query parameters: dates as ISO text, lists as lists, claims as JSON text."""
    out = {}
    for name, kind in props.items():
        value = row.props.get(name)
        if kind == schema.DATE:
            value = to_date(value).isoformat() if value is not None else None
        elif kind == schema.STRING_LIST:
            value = [str(v) for v in value or []]
        elif kind == schema.DOUBLE:
            value = float(value) if value is not None else None
        elif value is not None and not isinstance(value, str):
            value = json_text(value)
        out[name] = value
    if isinstance(row, RelRow):
        out["src"], out["dst"] = row.source, row.target
    return out


# A generation's write-ahead log past this size is checkpointed into its file by the next change.
WAL_LIMIT = 256 * 2**20


def apply_changes(path: Path, changes: Changes, checkpoint: Callable[[str], None] | None = None) -> None:
    """Bring a database up to date in place, in one committed transaction left in its write-ahead
    log.

    LadybugDB rewrites a whole node group's relationships when it checkpoints a change to them,
    and its list columns make that slow: at 100,000 articles every company shares one node
    group holding 850,000 MENTIONS, and checkpointing one added mention took 7 s, one deleted
    mention over three minutes. The change is therefore made by a child process that commits and
    leaves without closing the database: the commit is in the log, which every reader replays
    in milliseconds, and the log is checkpointed once it passes WAL_LIMIT (or by the next full
    build, which writes a new file)."""
    import pickle
    import subprocess
    import sys
    wal = Path(f"{path}.wal")
    fold = wal.exists() and wal.stat().st_size > WAL_LIMIT
    job = pickle.dumps((str(path), changes, fold))
    child = subprocess.run([sys.executable, "-m", "graph.store_apply"], input=job, stdout=subprocess.PIPE,
                           stderr=None, timeout=None)
    if child.returncode != 0:
        lines = child.stdout.decode("utf-8", "replace").strip().splitlines()
        reason = lines[-1] if lines else f"the updating process stopped with code {child.returncode}"
        raise StoreError(f"{path}: could not update the graph database ({reason})")


def change_in_place(path: str, changes: Changes, fold: bool, checkpoint: Callable[[str], None] | None) -> Any:
    """The changes in one transaction, committed; returns the open database (closing it checkpoints)."""
    import ladybug
    gone = [key.split("|") for key in changes.deleted if "|" in key]
    gone_nodes = [key for key in changes.deleted if "|" not in key]
    updated_nodes = [r for r in changes.updated if isinstance(r, NodeRow)]
    updated_rels = [r for r in changes.updated if isinstance(r, RelRow)]
    by_table: dict[Table, list] = {}
    for row in changes.inserted:
        by_table.setdefault(table_of(row), []).append(row)
    db = ladybug.Database(path, auto_checkpoint=fold)
    conn = ladybug.Connection(db)

    def run(statement: str, name: str, values: list, batch: int = 2000) -> None:
        for start in range(0, len(values), batch):
            conn.execute(statement, {name: values[start:start + batch]})

    conn.execute("BEGIN TRANSACTION")
    for (rel, a, b), keys in _group_rels(gone).items():
        run(delete_rels_sql(rel, a, b), "rows", [{"src": s, "dst": t} for s, t in keys])
    for label, ids in _group_nodes(gone_nodes + changes.removed_docs).items():
        run(delete_nodes_sql(label), "ids", ids)
    for label in schema.NODE_LABELS:
        props = schema.NODE_PROPERTIES[label]
        updated = [_params(r, props) for r in updated_nodes if r.label == label]
        if updated:
            run(update_nodes_sql(label), "rows", updated)
        if (label, "", "") in by_table:
            run(create_nodes_sql(label), "rows", [_params(r, props) for r in by_table[(label, "", "")]])
    if checkpoint:
        checkpoint("store")
    for table in tables():
        name, a, b = table
        if not a:
            continue
        props = schema.REL_PROPERTIES[name]
        updated = [_params(r, props) for r in updated_rels if table_of(r) == table]
        if updated:  # set in place: replacing a relationship would delete it from its node group
            run(update_rels_sql(name, a, b), "rows", updated)
        if table in by_table:
            run(create_rels_sql(name, a, b), "rows", [_params(r, props) for r in by_table[table]])
    conn.execute("COMMIT")
    if fold:
        conn.execute("CHECKPOINT")
    return db


def _group_rels(keys: list[list[str]]) -> dict[Table, list[tuple[str, str]]]:
    out: dict[Table, list[tuple[str, str]]] = {}
    for rel, source, target in keys:
        out.setdefault((rel, label_of(source), label_of(target)), []).append((source, target))
    return out


def _group_nodes(ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for node_id in ids:
        out.setdefault(label_of(node_id), []).append(node_id)
    return out
