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


def _db(db: Path | None) -> Path:
    from loaders.build import default_db
    return db or default_db()


def _print_rows(columns: list[str], rows: list[list], fmt: str, title: str | None = None) -> None:
    from queries import output
    if fmt == "json":
        typer.echo(output.to_json(columns, rows))
    elif fmt == "csv":
        typer.echo(output.to_csv(columns, rows), nl=False)
    elif fmt == "table":
        from rich.console import Console
        Console(width=max(120, Console().width)).print(output.to_table(columns, rows, title))
    else:
        fail(f"unknown format {fmt!r}; use table, json or csv")


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
    from loaders.build import build as run_build
    console = _stderr_console()  # a spinner only on a terminal: logs and pipes get the lines below alone
    with reported(), Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), transient=True,
                              console=console) if console.is_terminal else nullcontext() as bar:
        task = bar.add_task("reading", total=None) if bar else None
        summary = run_build(paths, _db(db), progress=bar and (lambda text: bar.update(task, description=text)))
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
    from graph.store import run_query
    from queries import library
    with reported():
        if list_:
            for q in library.named_queries():
                typer.echo(f"{q.name}: {q.summary}" + (f" (params: {', '.join(q.params)})" if q.params else ""))
            return
        params = dict(parse_param(p) for p in param or [])
        notices: list[str] = []
        if neo4j:
            from queries.cli_neo4j import neo4j_query
            columns, rows = neo4j_query(cypher, params, name=name, write=write, notices=notices)
        else:
            if name:
                cypher = library.get(name).cypher
            if not cypher:
                fail("give a Cypher statement or --name NAME (see --list)")
            columns, rows = run_query(_db(db), cypher, params, write=write)
    _print_rows(columns, rows, fmt)
    for notice in notices:
        typer.echo(f"warning: {notice}", err=True)


@app.command()
def stats(db: Db = None, fmt: Format = "table") -> None:
    """Count nodes per label and relationships per type."""
    from loaders.build import load_graph
    with reported():
        counts = load_graph(_db(db)).counts()
    _print_rows(["kind", "count"], [[k, v] for k, v in counts.items()], fmt)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (json, graphml, cypher) or folder (csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, graphml, cypher or csv.")] = "json",
    db: Db = None,
) -> None:
    """Write the graph as node-link JSON, GraphML, a Cypher script or neo4j-admin CSV files."""
    from graph import export as exporter
    from loaders.build import load_graph
    writers = {"json": lambda kg: kg.write_json(out), "graphml": lambda kg: kg.write_graphml(out),
               "cypher": lambda kg: exporter.export_cypher(kg, out),
               "csv": lambda kg: exporter.export_csv(kg, out)}
    if fmt not in writers:
        fail(f"unknown export format {fmt!r}; use json, graphml, cypher or csv")
    with reported():
        try:
            writers[fmt](load_graph(_db(db)))
        except OSError as err:
            raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err
        except ValueError as err:  # e.g. text GraphML cannot hold (control characters from a hand-made graph)
            raise AikgError(f"{out}: cannot export as {fmt} ({err})") from err
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
    from loaders.build import load_graph
    from queries.cli_neo4j import push_command
    with reported():
        code = push_command(load_graph(_db(db)), uri=uri, username=username, database=database,
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
    from graph.html import write_html
    from loaders.build import load_graph
    with reported():
        try:
            result = write_html(load_graph(_db(db)), out, focus=focus, depth=depth,
                                types=[types] if types else None, title=title)
        except OSError as err:
            raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err
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
    from queries import demo as demo_
    with reported():
        for line in demo_.run(corpus, _db(db), out):
            typer.echo(line)


Fmt2 = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


def _emit(result, lines, fmt: str) -> None:
    """JSON of the typed result, or its plain-text report."""
    if fmt == "json":
        items = [r.model_dump(mode="json") for r in result] if isinstance(result, list) \
            else result.model_dump(mode="json")
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "table":
        for line in lines(result):
            typer.echo(line)
    else:
        fail(f"unknown format {fmt!r}; use table or json")


@app.command()
def path(a: str, b: str, db: Db = None, max_hops: Annotated[int, typer.Option("--max-hops")] = 4,
         fmt: Fmt2 = "table") -> None:
    """Who is connected to whom: paths from A to B, shortest first, with evidence."""
    from queries import api, report
    with reported():
        result = api.connections(a, b, max_hops, db=_db(db))
    _emit(result, report.connections_lines, fmt)


@app.command()
def show(name: str, db: Db = None, fmt: Fmt2 = "table") -> None:
    """Everything known about one entity, with sources."""
    from queries import api, report
    with reported():
        result = api.profile(name, db=_db(db))
    _emit(result, report.profile_lines, fmt)


@app.command()
def conflicts(db: Db = None, min_stake: Annotated[float, typer.Option("--min-stake")] = 0.2,
              limit: Annotated[int, typer.Option("--limit", help="Findings to show, highest ranked first.")] = 100,
              fmt: Fmt2 = "table") -> None:
    """Clients exposed to a rival through a vendor's owner or former leader."""
    from queries import api, report
    with reported():
        result = api.conflicts(min_stake, db=_db(db), limit=limit)
    _emit(result, report.conflicts_lines, fmt)


@app.command()
def contradictions(db: Db = None, fmt: Fmt2 = "table") -> None:
    """Relationships whose sources disagree, each side with its sentence."""
    from queries import api, report
    with reported():
        result = api.contradictions(db=_db(db))
    _emit(result, report.contradictions_lines, fmt)


@app.command()
def timeline(name: str, db: Db = None, fmt: Fmt2 = "table") -> None:
    """Dated events about an entity, oldest first."""
    from queries import api, report
    with reported():
        result = api.timeline(name, db=_db(db))
    _emit(result, report.timeline_lines, fmt)


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="aikg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
