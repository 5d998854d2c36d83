"""The Python API, mirroring the CLI, for notebooks and scripts.

    from queries import api
    api.build(["data/demo"], db=".aikg")
    api.connections("Google", "Meta", db=".aikg")
    api.query("MATCH (c:Company) RETURN c.name", db=".aikg")   # a pandas DataFrame
"""

from __future__ import annotations

from pathlib import Path

from graph import manual_writes
from graph.memgraph import KnowledgeGraph
from graph.store import run_query
from loaders.build import BuildSummary, build as _build, default_db, load_graph
from queries import analysis, library, paths
from queries.types import Conflict, Connections, Contradiction, Event, Profile

_LOADED: dict[Path, tuple[float, KnowledgeGraph]] = {}


def graph(db: str | Path | None = None) -> KnowledgeGraph:
    """The in-memory graph of a directory, read again only when a build changed it."""
    path = Path(db or default_db())
    stamp = (path / "graph.json").stat().st_mtime if (path / "graph.json").exists() else 0.0
    cached = _LOADED.get(path)
    if cached is None or cached[0] != stamp:
        _LOADED[path] = (stamp, load_graph(path))
    else:
        manual_writes.warn_if_stale(path)  # as load_graph does: the store may have changed since
    return _LOADED[path][1]


def build(paths_: list[str | Path], db: str | Path | None = None) -> BuildSummary:
    return _build(paths_, db)


def query(cypher: str, db: str | Path | None = None, dialect: str = "neo4j", **params):
    """A Cypher query on the embedded store, as a pandas DataFrame: Neo4j's dialect (rewritten where
    the embedded store differs), or dialect="embedded" for LadybugDB's own."""
    import pandas as pd
    from queries.output import records
    columns, rows = run_query(db or default_db(), cypher, params, dialect=dialect)
    return pd.DataFrame(records(columns, rows), columns=columns)


def named(name: str, db: str | Path | None = None, **params):
    return query(library.get(name).cypher, db, dialect="embedded", **params)


def connections(a: str, b: str, max_hops: int = 4, db: str | Path | None = None) -> Connections:
    return paths.connections(graph(db), a, b, max_hops)


def profile(name: str, db: str | Path | None = None) -> Profile:
    return analysis.profile(graph(db), name)


def conflicts(min_stake: float = 0.2, db: str | Path | None = None, limit: int | None = 100) -> list[Conflict]:
    return analysis.conflicts(graph(db), min_stake, limit)


def contradictions(db: str | Path | None = None) -> list[Contradiction]:
    return analysis.contradictions(graph(db))


def timeline(name: str, db: str | Path | None = None) -> list[Event]:
    return analysis.timeline(graph(db), name)


def frame(results):
    """Typed results as a flat DataFrame (one row per result), for notebooks."""
    import pandas as pd
    items = results if isinstance(results, list) else [results]
    return pd.json_normalize([r.model_dump(mode="json") for r in items])
