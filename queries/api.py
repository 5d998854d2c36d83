"""The Python API: everything the `aikg` command does, for notebooks and scripts (the CLI calls only this).

    from queries import api
    api.build(["data/demo"], db=".aikg")
    api.connections("Google", "Meta", db=".aikg")
    api.query("MATCH (c:Company) RETURN c.name", db=".aikg")   # a pandas DataFrame

The named questions (`profile`, `connections`, `timeline`, `conflicts`,
`contradictions`, `stats`) read the question index of the graph directory
(graph.index) and never load the graph: a cold process answers in well under
a second at 100,000 articles. `graph` loads the whole graph in memory, for
drawing it, exporting it or pushing it to Neo4j. Heavy modules (the build,
LadybugDB, networkx, pandas) are imported by the functions that need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from graph.directory import default_db, open_index
from queries import analysis, paths
from queries.render import Rows
from queries.types import Conflict, Connections, Contradiction, Event, Profile, Timeline


def _db(db: str | Path | None) -> Path:
    return Path(db) if db else default_db()


# -- building ----------------------------------------------------------------------------

def build(paths_: list[str | Path], db: str | Path | None = None, progress: Callable[[Any], None] | None = None,
          story_threshold: float | None = None):
    """Read documents, extract what is new, publish the graph; returns loaders.build.BuildSummary.
    `progress` hears a loaders.types.BuildStep as each phase goes; `story_threshold` is the similarity
    from which two documents are copies of one story (default loaders.minhash.STORY_THRESHOLD)."""
    from loaders.build import build as run_build
    return run_build(paths_, _db(db), progress=progress, story_threshold=story_threshold)


def demo(corpus: Path, db: str | Path | None, html_out: Path):
    """Lines of `aikg demo`: build the demo corpus and show the first answers."""
    from queries.demo import run
    return run(corpus, _db(db), html_out)


# -- Cypher ------------------------------------------------------------------------------

def run_query(cypher: str, db: str | Path | None = None, params: dict | None = None, write: bool = False,
              dialect: str = "neo4j") -> Rows:
    """Cypher on the embedded store: one statement of reads, or with `write` several statements in one
    transaction (graph.query_guard decides). Neo4j's dialect is rewritten where the embedded store
    differs (graph.neo4j_dialect); dialect="embedded" runs LadybugDB's own as it is."""
    from graph.store import run_query as run
    return Rows(*run(_db(db), cypher, params or {}, write=write, dialect=dialect))


def query(cypher: str, db: str | Path | None = None, dialect: str = "neo4j", **params):
    """A Cypher query on the embedded store, as a pandas DataFrame (Neo4j's dialect, or
    dialect="embedded" for LadybugDB's own)."""
    import pandas as pd
    from queries.render import records
    result = run_query(cypher, db, params, dialect=dialect)
    return pd.DataFrame(records(result.columns, result.rows), columns=result.columns)


def named(name: str, db: str | Path | None = None, **params):
    """A named query of queries/*.cypher (written for the embedded store), as a pandas DataFrame."""
    from queries import library
    return query(library.get(name).cypher, db, dialect="embedded", **params)


def named_queries():
    from queries import library
    return library.named_queries()


def named_cypher(name: str, neo4j: bool = False) -> str:
    from queries import library
    found = library.get(name)
    return found.neo4j_cypher if neo4j else found.cypher


# -- the named questions, from the question index -----------------------------------------

def stats(db: str | Path | None = None) -> Rows:
    """Nodes per label and relationships per type."""
    with open_index(_db(db)) as index:
        return Rows(["kind", "count"], [[k, v] for k, v in index.counts().items()])


def connections(a: str, b: str, max_hops: int = 4, db: str | Path | None = None) -> Connections:
    with open_index(_db(db)) as index:
        return paths.connections(index, a, b, max_hops)


def profile(name: str, db: str | Path | None = None) -> Profile:
    with open_index(_db(db)) as index:
        return analysis.profile(index, name)


def conflicts(min_stake: float = 0.2, db: str | Path | None = None, limit: int | None = 100) -> list[Conflict]:
    with open_index(_db(db)) as index:
        return analysis.conflicts(index, min_stake, limit)


def contradictions(db: str | Path | None = None, limit: int | None = None) -> list[Contradiction]:
    """Every disagreement, or the first `limit` of them (in the order all of them come)."""
    with open_index(_db(db)) as index:
        return analysis.contradictions(index, limit)


def contradiction_count(db: str | Path | None = None) -> int:
    with open_index(_db(db)) as index:
        return index.disagreement_count()


def timeline(name: str, db: str | Path | None = None, compact: bool = False) -> list[Event] | Timeline:
    """The events about an entity, oldest first; `compact`: as a queries.types.Timeline (what the
    CLI prints: tens of thousands of events at 100,000 articles, written without an object each)."""
    with open_index(_db(db)) as index:
        return analysis.timeline_of(index, name) if compact else analysis.timeline(index, name)


# -- the whole graph -----------------------------------------------------------------------

def graph(db: str | Path | None = None):
    """The whole graph in memory (graph.memgraph.KnowledgeGraph), read from the current generation."""
    from graph.directory import load_graph
    return load_graph(_db(db))


def export(fmt: str, out: Path, db: str | Path | None = None, options=None) -> None:
    """Write the graph as node-link JSON, GraphML, a Cypher script, plain CSV or neo4j-admin CSV;
    `options` (graph.flat.FlatOptions) shape GraphML and plain CSV."""
    from graph import export as exporter
    from graph.errors import AikgError, InvalidValue
    if fmt not in exporter.FORMATS:
        raise InvalidValue(f"unknown export format {fmt!r}; use {', '.join(exporter.FORMATS[:-1])} "
                           f"or {exporter.FORMATS[-1]}")
    kg = graph(db)
    try:
        if options is None:
            exporter.export(kg, fmt, out)
        else:
            exporter.export(kg, fmt, out, options)
    except OSError as err:
        raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err
    except AikgError:
        raise
    except ValueError as err:  # e.g. text GraphML cannot hold (control characters from a hand-made graph)
        raise AikgError(f"{out}: cannot export as {fmt} ({err})") from err


def viz(out: Path, db: str | Path | None = None, **options: Any):
    """Write the interactive HTML graph; returns graph.html.RenderResult."""
    from graph.errors import AikgError
    from graph.html import write_html
    try:
        return write_html(graph(db), out, **options)
    except OSError as err:
        raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err


def frame(results):
    """Typed results as a flat DataFrame (one row per result), for notebooks."""
    import pandas as pd
    items = results if isinstance(results, list) else [results]
    return pd.json_normalize([r.model_dump(mode="json") for r in items])
