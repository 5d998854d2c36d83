"""The KnowledgeGraph as parameter rows for Neo4j: one dict per node or relationship.

Shared by the push (rows go out as `$rows`) and the exports (rows written as
literals or CSV), so all three carry exactly the same values:
- every schema property on every row, None where unknown;
- STRING[] as lists, DOUBLE as float, DATE as datetime.date (the driver sends
  a Neo4j DATE), `claims` as one JSON string;
- `aikg_hash`, a digest of the row, so Neo4j writes only rows that changed;
- symmetric types with the endpoint whose id sorts first as the source.
Rows are sorted by id (nodes) and endpoint ids (relationships), so pushes and
exports are deterministic.
"""

from __future__ import annotations

import hashlib
import json
import math
from datetime import date, datetime
from typing import Any

from graph import schema
from graph.errors import InvalidValue
from graph.memgraph import KnowledgeGraph
from graph.neo4j_cypher import FROM_ID, HASH, TO_ID, rel_combos

Combo = tuple[str, str, str]  # (type, from label, to label)


def _as_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise InvalidValue(f"{where}: {value!r} is not a date") from err


def convert(value: Any, kind: str, where: str) -> Any:
    """One property value in the type the schema gives it."""
    if value is None:
        return None
    if kind == schema.DATE:
        return _as_date(value, where)
    if kind == schema.DOUBLE:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidValue(f"{where}: {value!r} is not a number")
        if not math.isfinite(value):
            raise InvalidValue(f"{where}: {value!r} is not a finite number")
        return float(value)
    if kind == schema.STRING_LIST:
        if isinstance(value, str):
            raise InvalidValue(f"{where}: {value!r} is a string, not a list")
        return [str(v) for v in value if v is not None]
    if not isinstance(value, str):
        # `claims` is a list of dicts in memory and one JSON string in stores.
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def row_hash(row: dict) -> str:
    text = json.dumps(row, ensure_ascii=False, sort_keys=True, default=date.isoformat)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _finish(row: dict) -> dict:
    row[HASH] = row_hash(row)
    return row


def node_rows(kg: KnowledgeGraph, label: str) -> list[dict]:
    props = schema.NODE_PROPERTIES[label]
    rows = []
    for node_id, attrs in kg.g.nodes(data=True):
        if attrs.get("label") != label:
            continue
        row = {p: convert(attrs.get(p), kind, f"{label} {node_id} {p}") for p, kind in props.items()}
        row["id"] = node_id  # the graph key is the id, whatever the attribute says
        rows.append(_finish(row))
    rows.sort(key=lambda r: r["id"])
    return rows


def all_node_rows(kg: KnowledgeGraph) -> dict[str, list[dict]]:
    return {label: node_rows(kg, label) for label in schema.NODE_LABELS}


def rel_rows(kg: KnowledgeGraph) -> dict[Combo, list[dict]]:
    """Relationship rows grouped by (type, from label, to label), in schema order."""
    out: dict[Combo, list[dict]] = {combo: [] for combo in rel_combos()}
    for source, target, rel, attrs in kg.g.edges(keys=True, data=True):
        if rel in schema.SYMMETRIC_TYPES and target < source:
            source, target = target, source
        combo = (rel, kg.g.nodes[source].get("label"), kg.g.nodes[target].get("label"))
        if combo not in out:
            raise InvalidValue(f"{rel} from {source} ({combo[1]}) to {target} ({combo[2]}) "
                               "is not in the schema")
        row = {FROM_ID: source, TO_ID: target}
        for p, kind in schema.REL_PROPERTIES[rel].items():
            row[p] = convert(attrs.get(p), kind, f"{rel} {source}->{target} {p}")
        out[combo].append(_finish(row))
    for rows in out.values():
        rows.sort(key=lambda r: (r[FROM_ID], r[TO_ID]))
    return out


def batches(rows: list, size: int) -> list[list]:
    if size < 1:
        raise InvalidValue(f"batch size {size!r} is not a positive number")
    return [rows[i:i + size] for i in range(0, len(rows), size)]
