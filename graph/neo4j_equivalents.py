"""What Neo4j's constructs and values are on the embedded store: the tables graph.neo4j_dialect
rewrites with, and the shapes of results where the engines differ."""

from __future__ import annotations

from typing import Callable

from graph import schema

TEMPORAL = {"year": "year", "month": "month", "day": "day", "quarter": "quarter", "week": "week",
            "hour": "hour", "minute": "minute", "second": "second"}
LIST_FUNCTIONS = {"COLLECT", "NODES", "RELATIONSHIPS", "RANGE", "KEYS", "LABELS", "SPLIT", "TAIL", "REVERSE"}
# name -> (embedded text for the call, given its rendered arguments)
CALLS: dict[str, Callable[[list[str]], str]] = {
    "TYPE": lambda a: f"label({', '.join(a)})",
    "LABELS": lambda a: f"[label({', '.join(a)})]",
    "ELEMENTID": lambda a: f"string(id({', '.join(a)}))",
    "TOINTEGER": lambda a: f"to_int64({', '.join(a)})",
    "TOFLOAT": lambda a: f"to_double({', '.join(a)})",
    "TOBOOLEAN": lambda a: f"to_bool({', '.join(a)})",
    "TOSTRING": lambda a: f"to_string({', '.join(a)})",
    "SPLIT": lambda a: f"string_split({', '.join(a)})",
    "RAND": lambda a: "random()",
    "STARTNODE": lambda a: f"start_node({', '.join(a)})",
    "ENDNODE": lambda a: f"end_node({', '.join(a)})",
    # LadybugDB evaluates both branches of a CASE and refuses an index out of range: a slice is never out.
    "HEAD": lambda a: f"(CASE WHEN size({a[0]}) = 0 THEN NULL ELSE list_any_value(({a[0]})[1:1]) END)",
    "LAST": lambda a: f"(CASE WHEN size({a[0]}) = 0 THEN NULL ELSE list_any_value(({a[0]})[-1:]) END)",
    "TAIL": lambda a: f"({a[0]})[2:]",
    "SUBSTRING": lambda a: (f"substring({a[0]}, ({a[1]}) + 1, {a[2]})" if len(a) == 3
                            else f"substring({a[0]}, ({a[1]}) + 1, size({a[0]}))"),
    "DATE": lambda a: f"date({a[0]})" if a else "current_date()",
    "DATETIME": lambda a: f"timestamp({a[0]})" if a else "current_timestamp()",
    "LOCALDATETIME": lambda a: f"timestamp({a[0]})" if a else "current_timestamp()",
}
# Constructs with no equivalent: what to write instead.
NO_EQUIVALENT = {
    "DURATION.BETWEEN": "subtract the dates: `b - a` is the number of days (duration.inDays(a, b).days is "
                        "rewritten to it)",
    "REDUCE": "use list_reduce(list, (acc, x) -> expression), which starts from the first item",
    "COLLECT {": "use OPTIONAL MATCH ... WITH n, collect(...) instead of a COLLECT subquery",
    "PATTERN COMPREHENSION": "use OPTIONAL MATCH (pattern) WITH ..., collect(expression) instead",
    "MAP PROJECTION .*": "name the properties: n {.name, .kind}, or return n itself",
    "WITH ... ORDER BY": "the embedded store does not carry a WITH's order to the clauses after it: put the "
                         "ORDER BY on the RETURN, or sort a collected list with list_sort(collect(x))",
}
TEMPORAL_FIELDS = set(TEMPORAL) | {"dayofweek"}  # dayOfWeek: Monday 1 in Neo4j, Sunday 0 in LadybugDB


def neo4j_shapes(value):
    """A result value as Neo4j gives it where the embedded store differs: a path's relationships
    name their endpoints (by `id`), as graph.neo4j_store's values do: {"_nodes", "_rels"}."""
    if isinstance(value, list):
        return [neo4j_shapes(v) for v in value]
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            # A path's nodes and relationships hold every table's columns: each keeps its own.
            nodes = [_own(n, schema.NODE_PROPERTIES) for n in value["_NODES"]]
            ids = {_key(n.get("_ID")): n.get("id") for n in value["_NODES"]}
            rels = [{**_own(r, schema.REL_PROPERTIES), "_SRC": ids.get(_key(r.get("_SRC")), r.get("_SRC")),
                     "_DST": ids.get(_key(r.get("_DST")), r.get("_DST"))} for r in value["_RELS"]]
            return {"_nodes": nodes, "_rels": rels}
        return {k: neo4j_shapes(v) for k, v in value.items()}
    return value


def _own(entity: dict, properties: dict[str, dict]) -> dict:
    own = properties.get(entity.get("_LABEL"), {})
    return {k: neo4j_shapes(v) for k, v in entity.items() if k.startswith("_") or k in own}


def _key(internal) -> tuple | None:
    return (internal.get("table"), internal.get("offset")) if isinstance(internal, dict) else None
