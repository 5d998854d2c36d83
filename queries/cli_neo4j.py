"""What `aikg push` and `aikg query --neo4j` call; queries/cli.py stays a thin layer over these.

    aikg push [--uri U] [--username N] [--database D] [--batch-size 1000]
        -> push_command(api.graph(db), uri=..., username=..., database=..., batch_size=...)
    aikg query --neo4j "CYPHER" | --neo4j --name NAME [--param k=v] [--write]
        -> columns, rows = neo4j_query(cypher, params, name=..., write=..., notices=[...])
           then print them like the embedded store's results, and the server's
           warnings on stderr.

Both raise AikgError subclasses (Neo4jError, QueryError) with one-line
messages that never contain the password; the CLI's `reported()` prints them.
The password comes only from NEO4J_PASSWORD, never from a command-line flag
(it would show in `ps` and in shell history).
"""

from __future__ import annotations

from typing import Any, Mapping

from graph.memgraph import KnowledgeGraph
from graph.neo4j_store import DEFAULT_BATCH_SIZE, Neo4jConfig, PushSummary, push, run_query
from queries.render import Rows, to_table


def config_for(uri: str | None = None, username: str | None = None,
               database: str | None = None) -> Neo4jConfig:
    """Flags win over NEO4J_URI, NEO4J_USERNAME, NEO4J_DATABASE; NEO4J_PASSWORD from the env."""
    return Neo4jConfig.from_env(uri=uri, username=username, database=database)


def summary_rows(summary: PushSummary, title: str | None = None) -> Rows:
    """Created, updated, removed per label and relationship type, and the totals."""
    rows = [list(row) for row in summary.rows()]
    rows.append(["total", summary.total_created, summary.total_updated, summary.total_removed])
    return Rows(["label / type", "created", "updated", "removed"], rows, title)


def push_command(kg: KnowledgeGraph, uri: str | None = None, username: str | None = None,
                 database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 console=None) -> int:
    """Push with a progress bar on stderr, then print the summary; returns the exit code."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    config = config_for(uri, username, database)
    console = console or Console()
    err = Console(stderr=True)
    # No bar when stderr is not a terminal: it would leave a blank line before errors in logs.
    with Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
                  transient=True, console=err, disable=not err.is_terminal) as bar:
        task = bar.add_task("connecting", total=None)

        def progress(what: str, done: int, total: int) -> None:
            bar.update(task, description=what, completed=done, total=total)

        summary = push(kg, config, batch_size=batch_size, progress=progress)
    where = config.where + (f" database {config.database}" if config.database else "")
    table = summary_rows(summary, title=f"pushed to {where}")
    console.print(to_table(table.columns, table.rows, table.title))
    kept = {k: v for k, v in summary.kept.items() if v}
    if kept:
        console.print("kept, though aikg no longer has them, because data aikg did not write "
                      "points at them: " + ", ".join(f"{k} {v}" for k, v in kept.items()))
    return 0


def neo4j_query(cypher: str | None = None, params: Mapping[str, Any] | None = None, *,
                name: str | None = None, write: bool = False, uri: str | None = None,
                username: str | None = None, database: str | None = None,
                notices: list[str] | None = None) -> tuple[list[str], list[list]]:
    """Run CYPHER, or the Neo4j variant of the named query NAME, on Neo4j.

    READ access mode unless `write`, so the server itself refuses a write. The
    server's warnings go to `notices`, one line each; the driver's own log of
    them (a long record on stderr) is silenced, so they show once, readably.
    """
    import logging

    from graph.errors import QueryError

    logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())

    if name:
        from queries import library
        cypher = library.get(name).neo4j_cypher
    if not cypher:
        raise QueryError("give a Cypher statement or --name NAME (see --list)")
    return run_query(cypher, dict(params or {}), write=write,
                     config=config_for(uri, username, database), notices=notices)
