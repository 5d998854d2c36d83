"""Neo4j I/O: push a KnowledgeGraph, run a query. Statements come from graph.neo4j_cypher.

Every call goes through a managed transaction (`execute_write` /
`execute_read`), so the driver retries transient failures; each batch is its
own transaction and every statement is idempotent, so a retry or a second
push never duplicates anything. Driver errors leave this module as one-line
Neo4jError / QueryError messages that never contain the password.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import Neo4jError, QueryError
from graph.memgraph import KnowledgeGraph
from graph.neo4j_rows import all_node_rows, batches, rel_rows

DEFAULT_URI = "neo4j://localhost:7687"
DEFAULT_USERNAME = "neo4j"
DEFAULT_BATCH_SIZE = 1000

# (what, done, total): called after every batch; `what` is a label or a type.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Neo4jConfig:
    """Where and as whom to connect. repr() and str() never show the password."""

    uri: str = DEFAULT_URI
    username: str = DEFAULT_USERNAME
    password: str | None = field(default=None, repr=False)
    database: str | None = None  # None: the server's home database

    @classmethod
    def from_env(cls, uri: str | None = None, username: str | None = None,
                 password: str | None = None, database: str | None = None,
                 env: Mapping[str, str] | None = None) -> "Neo4jConfig":
        """Arguments win over NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE."""
        env = os.environ if env is None else env
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            username=username or env.get("NEO4J_USERNAME") or DEFAULT_USERNAME,
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or None,
        )

    @property
    def where(self) -> str:
        """The URI without any user:password@ part, for messages."""
        scheme, sep, rest = self.uri.partition("://")
        host = rest.rpartition("@")[2] if sep else self.uri.rpartition("@")[2]
        return f"{scheme}{sep}{host}" if sep else host


def connect(config: Neo4jConfig, verify: bool = True):
    """A neo4j driver for the config; the caller closes it.

    `verify` checks the server and the credentials at once: a managed
    transaction would retry an unreachable server for 30 s before failing.
    """
    import neo4j  # imported here so the embedded store never pays for it

    auth = (config.username, config.password) if config.password is not None else None
    with translate_errors(config):
        try:
            driver = neo4j.GraphDatabase.driver(config.uri, auth=auth)
        except (ValueError, ImportError) as err:  # a URI or scheme the driver cannot use
            raise Neo4jError(_one_line(f"invalid Neo4j URI {config.where!r}: {err}", config)) \
                from err
        if verify:
            try:
                driver.verify_connectivity()
            except BaseException:
                driver.close()
                raise
        return driver


# -- errors ------------------------------------------------------------------
def _one_line(text: str, config: Neo4jConfig | None) -> str:
    line = " ".join(str(text).split())
    if config is not None and config.password:
        line = line.replace(config.password, "***")
    return line if len(line) <= 300 else line[:297] + "..."


def _server_message(err: Exception) -> str:
    return getattr(err, "message", None) or str(err)


@contextlib.contextmanager
def translate_errors(config: Neo4jConfig | None, database: str | None = None,
                     query: bool = False) -> Iterator[None]:
    """Driver exceptions -> one-line Neo4jError (connection) or QueryError (statement)."""
    from neo4j import exceptions as ex

    where = config.where if config is not None else "Neo4j"
    db = database or (config.database if config else None)
    user = config.username if config is not None else "?"
    try:
        yield
    except (Neo4jError, QueryError):
        raise
    except ex.AuthError as err:
        hint = "NEO4J_PASSWORD is not set" if config is not None and config.password is None \
            else "check NEO4J_USERNAME and NEO4J_PASSWORD"
        raise Neo4jError(_one_line(
            f"Neo4j at {where} refused the credentials of user {user!r} ({hint})", config)) from err
    except (ex.ServiceUnavailable, ex.SessionExpired) as err:
        raise Neo4jError(_one_line(
            f"cannot reach Neo4j at {where}: {err} (check NEO4J_URI and that the server runs)",
            config)) from err
    except ex.ConfigurationError as err:
        raise Neo4jError(_one_line(f"invalid Neo4j settings for {where}: {err}", config)) from err
    except ex.Neo4jError as err:  # an error the server sent back
        code = getattr(err, "code", "") or ""
        message = _server_message(err)
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            raise Neo4jError(_one_line(
                f"Neo4j at {where} has no database {db!r} (check NEO4J_DATABASE or --database)",
                config)) from err
        if code == "Neo.ClientError.Security.AuthenticationRateLimit":
            # After a few wrong passwords in a row the server turns the user away for a
            # while (dbms.security.auth_lock_time), even with the right password.
            raise Neo4jError(_one_line(
                f"Neo4j at {where} is refusing user {user!r} for now after too many wrong "
                "passwords in a row: check NEO4J_PASSWORD, wait a few seconds and run again",
                config)) from err
        if code.startswith("Neo.ClientError.Security."):
            raise Neo4jError(_one_line(f"Neo4j at {where} refused: {message}", config)) from err
        if code == "Neo.ClientError.Statement.AccessMode":
            raise QueryError("the query writes, and queries run read-only: add --write") from err
        if isinstance(err, ex.CypherSyntaxError):
            raise QueryError(_one_line(f"Cypher syntax error: {message}", config)) from err
        kind = QueryError if query else Neo4jError
        raise kind(_one_line(f"Neo4j error {code}: {message}", config)) from err
    except ex.DriverError as err:
        raise Neo4jError(_one_line(f"Neo4j driver error talking to {where}: {err}", config)) \
            from err


# -- push --------------------------------------------------------------------
@dataclass
class PushSummary:
    """What one push changed, per label and per relationship type."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # stale, but linked by foreign data
    constraints_added: int = 0
    properties_set: int = 0

    def add(self, what: str, created: int = 0, updated: int = 0, removed: int = 0,
            kept: int = 0) -> None:
        for table, n in ((self.created, created), (self.updated, updated),
                         (self.removed, removed), (self.kept, kept)):
            table[what] = table.get(what, 0) + n

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    @property
    def total_removed(self) -> int:
        return sum(self.removed.values())

    def rows(self) -> list[tuple[str, int, int, int]]:
        """(label or type, created, updated, removed) in schema order."""
        names = [*schema.NODE_LABELS, *schema.REL_TYPES]
        return [(n, self.created.get(n, 0), self.updated.get(n, 0), self.removed.get(n, 0))
                for n in names]

    def lines(self) -> list[str]:
        out = [f"{name:<14} created {c:>7}  updated {u:>7}  removed {r:>7}"
               for name, c, u, r in self.rows()]
        out.append(f"{'total':<14} created {self.total_created:>7}  "
                   f"updated {self.total_updated:>7}  removed {self.total_removed:>7}")
        kept = {k: v for k, v in self.kept.items() if v}
        if kept:
            out.append("kept (no longer in aikg, but linked by data aikg did not write): "
                       + ", ".join(f"{k} {v}" for k, v in kept.items()))
        return out


def _write(tx, statement: str, params: dict) -> tuple[int, Any]:
    result = tx.run(statement, params)
    records = list(result)
    counters = result.consume().counters
    written = records[0]["written"] if records else 0
    return written, counters


def _consume(tx, statement: str, params: dict) -> Any:
    return tx.run(statement, params).consume().counters


def _read_column_pairs(tx, statement: str, keys: tuple[str, ...]) -> list[tuple]:
    return [tuple(record[k] for k in keys) for record in tx.run(statement, {})]


def push(kg: KnowledgeGraph, driver_or_config, database: str | None = None,
         batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None) -> PushSummary:
    """Constraints and schema tokens, nodes, relationships, then remove what aikg wrote
    before and no longer has.

    `driver_or_config` is a Neo4jConfig (the driver is opened and closed here)
    or an open driver (anything with `.session(database=...)`).
    """
    config = driver_or_config if isinstance(driver_or_config, Neo4jConfig) else None
    database = database or (config.database if config else None)
    nodes = all_node_rows(kg)
    rels = rel_rows(kg)
    node_batches = {label: batches(rows, batch_size) for label, rows in nodes.items()}
    rel_batches = {combo: batches(rows, batch_size) for combo, rows in rels.items()}
    total = sum(map(len, nodes.values())) + sum(map(len, rels.values()))
    done = 0
    summary = PushSummary()

    def tick(what: str, n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(what, done, total)

    with translate_errors(config, database):
        driver = connect(config) if config is not None else driver_or_config
        try:
            with driver.session(database=database) as session:
                for statement in cypher.constraints():
                    counters = session.execute_write(_consume, statement, {})
                    summary.constraints_added += counters.constraints_added
                for kind in cypher.TOKEN_PROCEDURES:
                    session.execute_write(_consume, cypher.tokens(kind),
                                          {"rows": cypher.token_names(kind)})
                for label, groups in node_batches.items():
                    for rows in groups:
                        written, counters = session.execute_write(
                            _write, cypher.node_merge(label), {"rows": rows})
                        summary.add(label, created=counters.nodes_created,
                                    updated=written - counters.nodes_created)
                        summary.properties_set += counters.properties_set
                        tick(label, len(rows))
                for (rel, a, b), groups in rel_batches.items():
                    for rows in groups:
                        written, counters = session.execute_write(
                            _write, cypher.rel_merge(rel, a, b), {"rows": rows})
                        summary.add(rel, created=counters.relationships_created,
                                    updated=written - counters.relationships_created)
                        summary.properties_set += counters.properties_set
                        tick(rel, len(rows))
                _sync(session, nodes, rels, batch_size, summary)
                if progress is not None:
                    progress("sync", done, total)
        finally:
            if config is not None:
                driver.close()
    return summary


def _sync(session, nodes: dict[str, list[dict]], rels: dict, batch_size: int,
          summary: PushSummary) -> None:
    """Remove aikg's relationships, then aikg's nodes, that the graph no longer has."""
    for (rel, a, b), rows in rels.items():
        current = {(r[cypher.FROM_ID], r[cypher.TO_ID]) for r in rows}
        stored = session.execute_read(_read_column_pairs, cypher.managed_rel_pairs(rel, a, b),
                                      (cypher.FROM_ID, cypher.TO_ID))
        stale = sorted(set(stored) - current)
        for group in batches(stale, batch_size):
            params = {"rows": [{cypher.FROM_ID: s, cypher.TO_ID: t} for s, t in group]}
            counters = session.execute_write(_consume, cypher.delete_rels(rel, a, b), params)
            summary.add(rel, removed=counters.relationships_deleted)
    for label, rows in nodes.items():
        current = {r["id"] for r in rows}
        stored = session.execute_read(_read_column_pairs, cypher.managed_node_ids(label), ("id",))
        stale = sorted({i for (i,) in stored} - current)
        for group in batches(stale, batch_size):
            counters = session.execute_write(_consume, cypher.delete_nodes(label), {"ids": group})
            summary.add(label, removed=counters.nodes_deleted,
                        kept=len(group) - counters.nodes_deleted)


# -- queries -----------------------------------------------------------------
_INTERNAL = (cypher.MANAGED, cypher.HASH)


def _plain(value: Any) -> Any:
    """Driver values -> Python: dates as datetime.date, nodes and relationships as dicts.

    Nodes and relationships read like the embedded store's (`_LABEL`, and
    `_SRC`/`_DST` holding the endpoint ids), without aikg's bookkeeping.
    """
    from neo4j import graph as g
    from neo4j import time as t

    if isinstance(value, (t.Date, t.DateTime, t.Time)):
        return value.to_native()
    if isinstance(value, t.Duration):
        return str(value)
    if isinstance(value, g.Node):
        labels = sorted(value.labels, key=lambda lb: (lb not in schema.NODE_LABELS, lb))
        props = {k: _plain(v) for k, v in value.items() if k not in _INTERNAL}
        return {"_LABEL": labels[0] if labels else None, **props}
    if isinstance(value, g.Relationship):
        props = {k: _plain(v) for k, v in value.items() if k not in _INTERNAL}
        src = value.start_node.get("id") if value.start_node is not None else None
        dst = value.end_node.get("id") if value.end_node is not None else None
        return {"_LABEL": value.type, "_SRC": src, "_DST": dst, **props}
    if isinstance(value, g.Path):
        return {"_nodes": [_plain(n) for n in value.nodes],
                "_rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def notice_line(status) -> str:
    """One line for a server notification (a GqlStatusObject): what and where.

    "warn: property key does not exist. The property `nmae` does not exist. ..." at
    line 1, column 30 -> "property key does not exist. The property `nmae` does not
    exist. ... (line 1, column 30)".
    """
    text = " ".join(str(status.status_description or "").split())
    text = re.sub(r"^(warn|info|note)\s*:\s*", "", text)
    position = getattr(status, "position", None)
    if position is not None and getattr(position, "line", 0) > 0:
        text += f" (line {position.line}, column {position.column})"
    return text


def _warnings(summary) -> list[str]:
    from neo4j import NotificationSeverity

    return [notice_line(s) for s in summary.gql_status_objects
            if s.is_notification and s.severity == NotificationSeverity.WARNING]


def _fetch(tx, statement: str, params: dict,
           notices: list[str] | None = None) -> tuple[list[str], list[list]]:
    result = tx.run(statement, params)
    columns = list(result.keys())
    rows = [[_plain(v) for v in record.values()] for record in result]
    if notices is not None:
        notices.extend(_warnings(result.consume()))
    return columns, rows


def run_query(cypher_text: str, params: Mapping[str, Any] | None = None, *, write: bool = False,
              config: Neo4jConfig | None = None, driver=None, database: str | None = None,
              notices: list[str] | None = None) -> tuple[list[str], list[list]]:
    """Run one statement; READ access mode unless `write`. Returns (columns, rows).

    Values go as parameters; the statement is the user's own Cypher. The server's
    warnings (a misspelt label or property, ...) are appended to `notices` as one
    line each, when a list is given.
    """
    import neo4j

    if config is None and driver is None:
        config = Neo4jConfig.from_env()
    database = database or (config.database if config else None)
    mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
    with translate_errors(config, database, query=True):
        own = driver is None
        drv = connect(config) if own else driver
        try:
            with drv.session(database=database, default_access_mode=mode) as session:
                run = session.execute_write if write else session.execute_read
                return run(_fetch, cypher_text, dict(params or {}), notices)
        finally:
            if own:
                drv.close()
