"""The `aikg` command line: thin commands that call the library and print one line per error."""

from __future__ import annotations

import json
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from graph.errors import AikgError, NothingToRead
from graph.printable import printable
from queries.cli_options import Db, Format, Limit, Name, at_least, finish, version_callback

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="aikg: AI-industry news in Spanish and English turned into a knowledge graph with evidence.",
)

REPO = Path(__file__).resolve().parents[1]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {printable(message)}", err=True)
    raise typer.Exit(code)


@contextmanager
def reported() -> Iterator[None]:
    """Turn aikg's own errors into one line on stderr and exit code 1; a stale copy of the graph
    (graph.manual_writes) is one warning line."""
    from graph.manual_writes import StaleCopy
    error, code = None, 1
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", StaleCopy)
        try:
            yield
        except AikgError as err:
            error, code = str(err), 2 if isinstance(err, NothingToRead) else 1
    for warning in caught:
        if issubclass(warning.category, StaleCopy):
            typer.echo(f"warning: {printable(str(warning.message))}", err=True)
        else:
            warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
    if error is not None:
        fail(error, code)


def _db(db: str | None) -> Path:
    from loaders.build import default_db
    if db is not None and not db.strip():
        fail("--db is empty; give the graph directory, e.g. --db .aikg")  # Path("") would be the current folder
    return Path(db) if db else default_db()


def _out(path: Path) -> Path:
    """An output path whose folder exists: aikg never creates folders the user did not name."""
    if not path.parent.is_dir():
        fail(f"{path}: the folder {path.parent} does not exist; create it first or choose another --out")
    return path


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


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                                help="Print aikg's version and exit.")] = False) -> None:
    """aikg: AI-industry news in Spanish and English turned into a knowledge graph with evidence."""


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
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH", help="Files or folders of articles (.txt .md .html .json .jsonl), folders recursively.")],
    db: Db = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 2 when any file is skipped or repaired.")] = False,
) -> None:
    """Read documents, extract what is new, and rebuild the graph."""
    from contextlib import nullcontext
    from loaders.build import build as run_build
    from queries.build_progress import BuildProgress
    from queries.report import build_lines
    console = _stderr_console()  # progress only on a terminal: logs and pipes get the lines below alone
    with reported(), BuildProgress(console) if console.is_terminal else nullcontext() as bar:
        summary = run_build(paths, _db(db), progress=bar)
    for warning in summary.warnings:
        typer.echo(f"warning: {printable(warning)}", err=True)
    for line in build_lines(summary):
        typer.echo(line)
    if strict and summary.warnings:
        raise typer.Exit(2)


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)


@app.command()
def query(
    cypher: Annotated[Optional[str], typer.Argument(metavar="CYPHER", help="A Cypher statement (Neo4j's dialect).",
                                                    show_default=False)] = None,
    db: Db = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", metavar="NAME=VALUE",
                                                       help="A query parameter ($NAME), repeatable.")] = None,
    fmt: Format = "table",
    write: Annotated[bool, typer.Option("--write", help="Allow statements that change the graph.")] = False,
    name: Annotated[Optional[str], typer.Option("--name", metavar="QUERY",
                                                help="Run a named query of queries/*.cypher (see --list).")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Run on Neo4j (NEO4J_URI...) instead.")] = False,
    limit: Limit("rows") = None,
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
                cypher = library.get(name).cypher  # written for the embedded store already
            if not cypher:
                fail("give a Cypher statement or --name NAME (see --list)")
            columns, rows = run_query(_db(db), cypher, params, write=write, dialect="embedded" if name else "neo4j")
    _print_rows(columns, rows[:limit], fmt)
    _cut_note(len(rows), min(len(rows), limit or len(rows)))
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
    out: Annotated[Path, typer.Option("--out", "-o", metavar="PATH",
                                      help="Output file (json, graphml, cypher) or folder (csv, neo4j-csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                     help="json, graphml, cypher, csv or neo4j-csv.")] = "json",
    db: Db = None,
    mentions: Annotated[bool, typer.Option("--mentions/--no-mentions",
                                           help="graphml and csv: keep or leave out MENTIONS.")] = True,
    documents: Annotated[bool, typer.Option("--documents/--no-documents",
                                            help="graphml and csv: keep or leave out Documents (and MENTIONS).")] = True,
    investment_edges: Annotated[bool, typer.Option(
        "--investment-edges", help="graphml and csv: each investment as investor -> company, with amount and stake.")] = False,
) -> None:
    """Write the graph as node-link JSON, GraphML (Gephi, yEd, Cytoscape), a Cypher script,
    plain CSV for spreadsheets, or neo4j-admin import CSV."""
    from graph import export as exporter
    from graph.flat import FlatOptions
    from loaders.build import load_graph
    if fmt not in exporter.FORMATS:
        fail(f"unknown export format {fmt!r}; use {', '.join(exporter.FORMATS[:-1])} or {exporter.FORMATS[-1]}")
    options = FlatOptions(mentions=mentions, documents=documents, investment_edges=investment_edges)
    _out(out)
    with reported():
        try:
            exporter.export(load_graph(_db(db)), fmt, out, options)
        except OSError as err:
            raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err
    typer.echo(f"wrote {out}")


@app.command()
def push(
    db: Db = None,
    uri: Annotated[Optional[str], typer.Option(metavar="URI", help="Bolt URI (default NEO4J_URI).")] = None,
    username: Annotated[Optional[str], typer.Option(metavar="USER", help="User (default NEO4J_USERNAME).")] = None,
    database: Annotated[Optional[str], typer.Option(metavar="NAME", help="Database (default NEO4J_DATABASE).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", metavar="N", callback=at_least(1), help="Rows per transaction.")] = 1000,
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
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="The HTML file to write.")],
    db: Db = None,
    focus: Annotated[Optional[str], typer.Option(metavar="NAME", help="Show the neighbourhood of this entity, highlighted.")] = None,
    depth: Annotated[int, typer.Option(metavar="N", callback=at_least(0), help="Hops around --focus.")] = 2,
    types: Annotated[Optional[str], typer.Option(metavar="TYPES", help="Relationship types to draw, e.g. CLIENT_OF,INVESTED.")] = None,
    title: Annotated[str, typer.Option(metavar="TEXT", help="Page title.")] = "aikg",
) -> None:
    """Write an interactive HTML graph that works offline."""
    from graph.html import write_html
    from loaders.build import load_graph
    with reported():
        try:
            result = write_html(load_graph(_db(db)), _out(out), focus=focus, depth=depth,
                                types=[types] if types else None, title=title)
        except OSError as err:
            raise AikgError(f"{out}: cannot write ({err.strerror or err})") from err
    typer.echo(f"wrote {out}: {result.nodes} nodes, {result.edges} relationships")
    if result.message:
        typer.echo(result.message, err=True)


@app.command()
def demo(
    db: Db = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="Where to write the HTML graph.")] = Path("demo-graph.html"),
    corpus: Annotated[Path, typer.Option(metavar="DIR", help="The demo articles (default data/demo).", show_default=False)] = REPO / "data" / "demo",
) -> None:
    """Build the demo corpus and show the answers it gives."""
    from queries import demo as demo_
    with reported():
        for line in demo_.run(corpus, _db(db), _out(out)):
            typer.echo(line)


def _cut_note(total: int, shown: int) -> None:
    if shown < total:
        typer.echo(f"(showing {shown:,} of {total:,}; --limit N to change)", err=True)


def _emit(result, lines, fmt: str, kind: str, limit: int | None = None) -> None:
    """JSON of the typed result, its rows as CSV, or its plain-text report; cut to `limit`."""
    from queries.result_rows import limit as cut, rows
    result, total, shown = cut(result, limit)
    if fmt == "csv":
        _print_rows(*rows(result, kind), "csv")
    elif fmt == "json":
        items = [r.model_dump(mode="json") for r in result] if isinstance(result, list) \
            else result.model_dump(mode="json")
        typer.echo(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "table":
        for line in lines(result):
            typer.echo(printable(line))
    else:
        fail(f"unknown format {fmt!r}; use table, json or csv")
    _cut_note(total, shown)


@app.command()
def path(a: Annotated[str, typer.Argument(metavar="A", help="Where paths start: a name or alias.")],
         b: Annotated[str, typer.Argument(metavar="B", help="Where paths end: a name or alias.")],
         db: Db = None, max_hops: Annotated[int, typer.Option("--max-hops", metavar="N", callback=at_least(1), help=(
             "Longest path, in relationships (an investment counts as one)."))] = 4,
         fmt: Format = "table", limit: Limit("paths") = None) -> None:
    """Who is connected to whom: paths from A to B, shortest first, with evidence."""
    from queries import api, report
    with reported():
        result = api.connections(a, b, max_hops, db=_db(db))
    _emit(result, report.connections_lines, fmt, "path", limit)


@app.command()
def show(name: Name, db: Db = None, fmt: Format = "table", limit: Limit("relationships of each type") = None) -> None:
    """Everything known about one entity, with sources."""
    from queries import api, report
    with reported():
        result = api.profile(name, db=_db(db))
    _emit(result, report.profile_lines, fmt, "show", limit)


@app.command()
def conflicts(db: Db = None, min_stake: Annotated[float, typer.Option("--min-stake", metavar="STAKE", callback=at_least(0, 1), help=(
                  "Smallest stake that counts, 0 to 1 (0.2 = 20%)."))] = 0.2,
              limit: Annotated[int, typer.Option("--limit", metavar="N", callback=at_least(1), help="Show the first N findings, highest ranked first.")] = 100,
              fmt: Format = "table") -> None:
    """Clients exposed to a rival through a vendor's owner or former leader."""
    from queries import api, report
    with reported():
        result = api.conflicts(min_stake, db=_db(db), limit=limit)
    _emit(result, report.conflicts_lines, fmt, "conflicts")


@app.command()
def contradictions(db: Db = None, fmt: Format = "table", limit: Limit("disagreements") = None) -> None:
    """Relationships whose sources disagree, each side with its sentence."""
    from queries import api, report
    with reported():
        result = api.contradictions(db=_db(db))
    _emit(result, report.contradictions_lines, fmt, "contradictions", limit)


@app.command()
def timeline(name: Name, db: Db = None, fmt: Format = "table", limit: Limit("events") = None) -> None:
    """Dated events about an entity, oldest first."""
    from queries import api, report
    with reported():
        result = api.timeline(name, db=_db(db))
    _emit(result, report.timeline_lines, fmt, "timeline", limit)


finish(app)


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="aikg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
