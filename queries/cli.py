"""The `aikg` command line: thin commands that call the library and print one line per error."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from graph.errors import AikgError

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="aikg: AI-industry news in Spanish and English turned into a knowledge graph with evidence.",
)

Db = Annotated[Optional[Path], typer.Option("--db", envvar="AIKG_DB", help="Graph directory (default .aikg).")]
Format = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
REPO = Path(__file__).resolve().parents[1]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def reported() -> Iterator[None]:
    """Turn aikg's own errors into one line on stderr and exit code 1."""
    try:
        yield
    except AikgError as err:
        fail(str(err))


def show_result(result, fmt: str, kind: str | None = None) -> None:
    """Print a command's result in the chosen format (queries.render)."""
    from queries.render import render
    with reported():
        text = render(result, fmt, kind)
    typer.echo(text, nl=False)


def parse_param(text: str) -> tuple[str, object]:
    """'k=v' -> (k, v): numbers, true/false/null and JSON lists are typed, anything else is a string."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise AikgError(f"parameter {text!r} is not of the form name=value")
    try:
        value = json.loads(raw)
        if isinstance(value, dict):
            value = raw
    except ValueError:
        value = raw
    return key.strip(), value


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    db: Db = None,
    strict: Annotated[bool, typer.Option(help="Exit 2 when any file is skipped or repaired.")] = False,
) -> None:
    """Read documents, extract what is new, and rebuild the graph."""
    from contextlib import nullcontext
    from rich.progress import Progress, SpinnerColumn, TextColumn
    from queries import api
    console = _stderr_console()  # a spinner only on a terminal: logs and pipes get the lines below alone
    with reported(), Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), transient=True,
                              console=console) if console.is_terminal else nullcontext() as bar:
        task = bar.add_task("reading", total=None) if bar else None
        summary = api.build(paths, db, progress=bar and (lambda text: bar.update(task, description=text)))
    for warning in summary.warnings:
        typer.echo(f"warning: {warning}", err=True)
    entities = summary.counts["Company"] + summary.counts["Person"]
    relationships = sum(v for k, v in summary.counts.items() if k.isupper())
    typer.echo(f"documents: {summary.documents} ({summary.extracted} extracted, {summary.unchanged} unchanged)")
    typer.echo(f"read: {summary.read}, skipped: {summary.skipped} ({summary.duplicates} duplicates), "
               f"repaired: {summary.repaired}")
    typer.echo(f"entities: {entities} ({summary.counts['Company']} companies, {summary.counts['Person']} people), "
               f"investments: {summary.counts['Investment']}")
    typer.echo(f"relationships: {relationships}")
    typer.echo(f"warnings: {len(summary.warnings)}")
    if strict and summary.warnings:
        raise typer.Exit(2)


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)


@app.command()
def query(
    cypher: Annotated[Optional[str], typer.Argument(help="A Cypher statement.")] = None,
    db: Db = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="name=value, repeatable.")] = None,
    fmt: Format = "table",
    write: Annotated[bool, typer.Option("--write", help="Allow statements that change the graph.")] = False,
    name: Annotated[Optional[str], typer.Option("--name", help="Run a named query of queries/*.cypher.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Run on Neo4j (NEO4J_URI...) instead.")] = False,
) -> None:
    """Run Cypher on the graph (read-only unless --write)."""
    from queries import api
    from queries.render import Rows
    with reported():
        if list_:
            for q in api.named_queries():
                typer.echo(f"{q.name}: {q.summary}" + (f" (params: {', '.join(q.params)})" if q.params else ""))
            return
        params = dict(parse_param(p) for p in param or [])
        if neo4j:
            from queries.cli_neo4j import neo4j_query
            result = Rows(*neo4j_query(cypher, params, name=name, write=write))
        else:
            if name:
                cypher = api.named_cypher(name)
            if not cypher:
                fail("give a Cypher statement or --name NAME (see --list)")
            result = api.run_query(cypher, db, params, write=write)
    show_result(result, fmt)


@app.command()
def stats(db: Db = None, fmt: Format = "table") -> None:
    """Count nodes per label and relationships per type."""
    from queries import api
    with reported():
        result = api.stats(db)
    show_result(result, fmt)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (json, graphml, cypher) or folder (csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, graphml, cypher or csv.")] = "json",
    db: Db = None,
) -> None:
    """Write the graph as node-link JSON, GraphML, a Cypher script or neo4j-admin CSV files."""
    from queries import api
    with reported():
        api.export(fmt, out, db)
    typer.echo(f"wrote {out}")


@app.command()
def push(
    db: Db = None,
    uri: Annotated[Optional[str], typer.Option(help="Bolt URI (default NEO4J_URI).")] = None,
    username: Annotated[Optional[str], typer.Option(help="User (default NEO4J_USERNAME).")] = None,
    database: Annotated[Optional[str], typer.Option(help="Database (default NEO4J_DATABASE).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Rows per transaction.")] = 1000,
) -> None:
    """Push the graph to Neo4j (password from NEO4J_PASSWORD); a second push changes nothing."""
    from queries import api
    from queries.cli_neo4j import push_command
    with reported():
        code = push_command(api.graph(db), uri=uri, username=username, database=database,
                            batch_size=batch_size)
    raise typer.Exit(code)


@app.command()
def viz(
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")],
    db: Db = None,
    focus: Annotated[Optional[str], typer.Option(help="Show the neighbourhood of this entity.")] = None,
    depth: Annotated[int, typer.Option(help="Hops around --focus.")] = 2,
    types: Annotated[Optional[str], typer.Option(help="Relationship types to draw, e.g. CLIENT_OF,INVESTED.")] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "aikg",
) -> None:
    """Write an interactive HTML graph that works offline."""
    from queries import api
    with reported():
        result = api.viz(out, db, focus=focus, depth=depth, types=[types] if types else None, title=title)
    typer.echo(f"wrote {out}: {result.nodes} nodes, {result.edges} relationships")
    if result.message:
        typer.echo(result.message, err=True)


@app.command()
def demo(
    db: Db = None,
    out: Annotated[Path, typer.Option("--out", help="Where to write the HTML graph.")] = Path("demo-graph.html"),
    corpus: Annotated[Path, typer.Option(help="The demo articles.")] = REPO / "data" / "demo",
) -> None:
    """Build the demo corpus and show the answers it gives."""
    from queries import api
    with reported():
        for line in api.demo(corpus, db, out):
            typer.echo(line)


@app.command()
def path(a: str, b: str, db: Db = None, max_hops: Annotated[int, typer.Option("--max-hops")] = 4,
         fmt: Format = "table") -> None:
    """Who is connected to whom: paths from A to B, shortest first, with evidence."""
    from queries import api
    with reported():
        result = api.connections(a, b, max_hops, db=db)
    show_result(result, fmt)


@app.command()
def show(name: str, db: Db = None, fmt: Format = "table") -> None:
    """Everything known about one entity, with sources."""
    from queries import api
    with reported():
        result = api.profile(name, db=db)
    show_result(result, fmt)


@app.command()
def conflicts(db: Db = None, min_stake: Annotated[float, typer.Option("--min-stake")] = 0.2,
              limit: Annotated[int, typer.Option("--limit", help="Findings to show, highest ranked first.")] = 100,
              fmt: Format = "table") -> None:
    """Clients exposed to a rival through a vendor's owner or former leader."""
    from queries import api
    with reported():
        result = api.conflicts(min_stake, db=db, limit=limit)
    show_result(result, fmt, "conflicts")


@app.command()
def contradictions(db: Db = None, fmt: Format = "table") -> None:
    """Relationships whose sources disagree, each side with its sentence."""
    from queries import api
    with reported():
        result = api.contradictions(db=db)
    show_result(result, fmt, "contradictions")


@app.command()
def timeline(name: str, db: Db = None, fmt: Format = "table") -> None:
    """Dated events about an entity, oldest first."""
    from queries import api
    with reported():
        result = api.timeline(name, db=db)
    show_result(result, fmt, "timeline")


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="aikg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
