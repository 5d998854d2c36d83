"""A recording fake of the neo4j driver for the push tests.

It records every call (session, access mode, statement, parameters) and
keeps a small in-memory graph so a second push or a sync can be checked. It
knows only the statements graph.neo4j_cypher builds, each by its exact text,
and applies them the way their Cypher reads (see that module's docstring):
an unknown statement fails the test, so push cannot send anything that the
linter tests did not see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from graph import neo4j_cypher as cypher
from graph import schema

MANAGED, HASH, FROM_ID, TO_ID = cypher.MANAGED, cypher.HASH, cypher.FROM_ID, cypher.TO_ID
_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
             "properties_set", "constraints_added")


def _statement_kinds() -> dict[str, tuple]:
    kinds: dict[str, tuple] = {}
    for label in schema.NODE_LABELS:
        kinds[cypher.constraint(label)] = ("constraint", label)
        kinds[cypher.node_merge(label)] = ("merge_node", label)
        kinds[cypher.managed_node_ids(label)] = ("managed_nodes", label)
        kinds[cypher.delete_nodes(label)] = ("delete_nodes", label)
    for kind in cypher.TOKEN_PROCEDURES:
        kinds[cypher.tokens(kind)] = ("tokens", kind)
    for combo in cypher.rel_combos():
        kinds[cypher.rel_merge(*combo)] = ("merge_rel", *combo)
        kinds[cypher.managed_rel_pairs(*combo)] = ("managed_rels", *combo)
        kinds[cypher.delete_rels(*combo)] = ("delete_rels", *combo)
    return kinds


KINDS = _statement_kinds()
WRITES = {"constraint", "tokens", "merge_node", "delete_nodes", "merge_rel", "delete_rels"}
_PLAIN = (str, float, bool, date, type(None))


def _check_value(value: Any) -> None:
    """What the real driver can send: no custom objects, no ints standing in for floats."""
    if isinstance(value, list):
        for v in value:
            _check_value(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str)
            _check_value(v)
    else:
        assert isinstance(value, _PLAIN), f"unexpected parameter value {value!r}"


@dataclass
class Call:
    mode: str  # "write" or "read": the managed transaction it ran in
    statement: str
    params: dict
    kind: tuple
    database: str | None


@dataclass
class FakeGraph:
    nodes: dict[tuple[str, str], dict] = field(default_factory=dict)  # (label, id) -> props
    rels: list[dict] = field(default_factory=list)  # {type, src, dst, props}
    constraints: set[str] = field(default_factory=set)
    tokens: dict[str, set[str]] = field(default_factory=dict)  # kind -> names

    def rel_count(self, key: tuple[str, str]) -> int:
        return sum(1 for r in self.rels if key in (r["src"], r["dst"]))


class FakeRecord(dict):
    def values(self):  # like neo4j.Record.values(): a list in column order
        return list(super().values())


class FakeResult:
    def __init__(self, records: list[dict], counters: dict[str, int]):
        self._records = [FakeRecord(r) for r in records]
        self._counters = SimpleNamespace(**{c: counters.get(c, 0) for c in _COUNTERS})

    def __iter__(self):
        return iter(self._records)

    def keys(self):
        return list(self._records[0]) if self._records else []

    def consume(self):
        return SimpleNamespace(counters=self._counters, gql_status_objects=[])


class FakeTx:
    def __init__(self, session: "FakeSession", mode: str):
        self.session, self.mode = session, mode

    def run(self, statement: str, parameters: dict | None = None, **kwargs) -> FakeResult:
        driver = self.session.driver
        params = dict(parameters or {}, **kwargs)
        if driver.fail_with is not None:
            raise driver.fail_with
        if statement in driver.answers:  # a user's query (run_query): canned records
            driver.calls.append(Call(self.mode, statement, params, ("query",),
                                     self.session.database))
            return FakeResult(driver.answers[statement], {})
        kind = KINDS.get(statement)
        assert kind is not None, f"statement not built by graph.neo4j_cypher:\n{statement}"
        _check_value(params)
        if kind[0] in WRITES and self.mode != "write":
            raise AssertionError(f"{kind} sent in a READ transaction")
        driver.calls.append(Call(self.mode, statement, params, kind, self.session.database))
        return getattr(self, "_" + kind[0])(params, *kind[1:])

    # -- the statements' semantics -------------------------------------------
    @property
    def g(self) -> FakeGraph:
        return self.session.driver.graph

    def _constraint(self, params, label):
        name = cypher.constraint_name(label)
        added = name not in self.g.constraints
        self.g.constraints.add(name)
        return FakeResult([], {"constraints_added": int(added)})

    def _tokens(self, params, kind):
        self.g.tokens.setdefault(kind, set()).update(params["rows"])
        return FakeResult([], {})

    def _set(self, target: dict, row: dict, props: list[str]) -> int:
        n = 0
        for p in [HASH, *props]:
            if row[p] is None:
                n += int(target.pop(p, None) is not None)
            else:
                target[p] = row[p]
                n += 1
        return n

    def _merge_node(self, params, label):
        created = written = props_set = 0
        for row in params["rows"]:
            node = self.g.nodes.get((label, row["id"]))
            if node is None:
                node = self.g.nodes[(label, row["id"])] = {"id": row["id"], MANAGED: True}
                created += 1
                props_set += 1
            if node.get(MANAGED) is True and node.get(HASH) != row[HASH]:
                props_set += self._set(node, row, cypher.node_property_names(label))
                written += 1
        return FakeResult([{"written": written}], {"nodes_created": created,
                                                   "properties_set": props_set})

    def _merge_rel(self, params, rel, a, b):
        created = written = props_set = 0
        for row in params["rows"]:
            src, dst = (a, row[FROM_ID]), (b, row[TO_ID])
            if src not in self.g.nodes or dst not in self.g.nodes:
                continue
            found = [r for r in self.g.rels if r["type"] == rel and r["src"] == src
                     and r["dst"] == dst and r["props"].get(MANAGED) is True]
            for r in found or [None]:
                if r is None:
                    r = {"type": rel, "src": src, "dst": dst, "props": {MANAGED: True}}
                    self.g.rels.append(r)
                    created += 1
                    props_set += 1
                if r["props"].get(HASH) != row[HASH]:
                    props_set += self._set(r["props"], row, cypher.rel_property_names(rel))
                    written += 1
        return FakeResult([{"written": written}], {"relationships_created": created,
                                                   "properties_set": props_set})

    def _managed_nodes(self, params, label):
        return FakeResult([{"id": i} for (lb, i), p in self.g.nodes.items()
                           if lb == label and p.get(MANAGED) is True], {})

    def _managed_rels(self, params, rel, a, b):
        return FakeResult([{FROM_ID: r["src"][1], TO_ID: r["dst"][1]} for r in self.g.rels
                           if r["type"] == rel and r["src"][0] == a and r["dst"][0] == b
                           and r["props"].get(MANAGED) is True], {})

    def _delete_rels(self, params, rel, a, b):
        gone = [r for r in self.g.rels for row in params["rows"]
                if r["type"] == rel and r["src"] == (a, row[FROM_ID])
                and r["dst"] == (b, row[TO_ID]) and r["props"].get(MANAGED) is True]
        self.g.rels = [r for r in self.g.rels if all(r is not x for x in gone)]
        return FakeResult([], {"relationships_deleted": len(gone)})

    def _delete_nodes(self, params, label):
        deleted = 0
        for node_id in params["ids"]:
            key = (label, node_id)
            node = self.g.nodes.get(key)
            if node and node.get(MANAGED) is True and self.g.rel_count(key) == 0:
                del self.g.nodes[key]
                deleted += 1
        return FakeResult([], {"nodes_deleted": deleted})


class FakeSession:
    def __init__(self, driver: "FakeDriver", database: str | None, default_access_mode=None):
        self.driver, self.database, self.access_mode = driver, database, default_access_mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.driver.sessions_closed += 1
        return False

    def execute_write(self, fn, *args, **kwargs):
        self.driver.transactions.append("write")
        return fn(FakeTx(self, "write"), *args, **kwargs)

    def execute_read(self, fn, *args, **kwargs):
        self.driver.transactions.append("read")
        return fn(FakeTx(self, "read"), *args, **kwargs)


class FakeDriver:
    """Records calls; `graph` is what a real server would hold afterwards."""

    def __init__(self, graph: FakeGraph | None = None, fail_with: Exception | None = None,
                 answers: dict[str, list[dict]] | None = None):
        self.graph = graph or FakeGraph()
        self.answers = answers or {}
        self.calls: list[Call] = []
        self.transactions: list[str] = []
        self.sessions: list[FakeSession] = []
        self.sessions_closed = 0
        self.fail_with = fail_with

    def session(self, database=None, default_access_mode=None, **config):
        session = FakeSession(self, database, default_access_mode)
        self.sessions.append(session)
        return session

    def close(self):
        pass
