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
    from graph.directory import default_db
    if db is not None and not db.strip():
        fail("--db is empty; give the graph directory, e.g. --db .aikg")  # Path("") would be the current folder
    return Path(db) if db else default_db()


def _out(path: Path) -> Path:
    """An output path whose folder exists: aikg never creates folders the user did not name."""
    if not path.parent.is_dir():
        fail(f"{path}: the folder {path.parent} does not exist; create it first or choose another --out")
    return path


def show_result(result, fmt: str, kind: str | None = None, limit: int | None = None,
                cut_by_default: int | None = None) -> None:
    """Print a command's result in the chosen format (queries.render), cut to `limit` items.
    `cut_by_default`: the result is already the first `limit` of that many items, the command's
    default; the note says how to see them all."""
    from queries.render import Rows, render
    from queries.result_rows import limit as cut
    if cut_by_default is not None:
        total, shown = cut_by_default, len(result)
    elif isinstance(result, Rows):
        total, shown = len(result.rows), min(len(result.rows), limit or len(result.rows))
        result = Rows(result.columns, result.rows[:shown], result.title)
    else:
        result, total, shown = cut(result, limit)
    with reported():
        text = render(result, fmt, kind)
    typer.echo(text, nl=False)
    if shown < total and cut_by_default is not None:
        typer.echo(f"(showing {shown:,} of {total:,}; --all for every one, --limit N for another number)", err=True)
    elif shown < total:
        typer.echo(f"(showing {shown:,} of {total:,}; --limit N to change)", err=True)


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
    story_threshold: Annotated[Optional[float], typer.Option(
        "--story-threshold", metavar="SHARE", show_default=False,
        help="Similarity (0-1] from which two documents are copies of one story "
             "[default: AIKG_STORY_THRESHOLD, else 0.4].")] = None,
) -> None:
    """Read documents, extract what is new, and rebuild the graph."""
    from contextlib import nullcontext
    from queries import api
    from queries.build_progress import BuildProgress
    from queries.render import build_lines
    console = _stderr_console()  # progress only on a terminal: logs and pipes get the lines below alone
    with reported(), BuildProgress(console) if console.is_terminal else nullcontext() as bar:
        summary = api.build(paths, _db(db), progress=bar, story_threshold=story_threshold)
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
    from queries import api
    from queries.render import Rows
    with reported():
        if list_:
            for q in api.named_queries():
                typer.echo(f"{q.name}: {q.summary}" + (f" (params: {', '.join(q.params)})" if q.params else ""))
            return
        params = dict(parse_param(p) for p in param or [])
        notices: list[str] = []
        if neo4j:
            from queries.cli_neo4j import neo4j_query
            result = Rows(*neo4j_query(cypher, params, name=name, write=write, notices=notices))
        else:
            if name:
                cypher = api.named_cypher(name)  # written for the embedded store already
            if not cypher:
                fail("give a Cypher statement or --name NAME (see --list)")
            result = api.run_query(cypher, _db(db), params, write=write, dialect="embedded" if name else "neo4j")
    show_result(result, fmt, limit=limit)
    for notice in notices:
        typer.echo(f"warning: {notice}", err=True)


@app.command()
def stats(db: Db = None, fmt: Format = "table") -> None:
    """Count nodes per label and relationships per type."""
    from queries import api
    with reported():
        result = api.stats(_db(db))
    show_result(result, fmt)


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
    from graph.flat import FlatOptions
    from queries import api
    options = FlatOptions(mentions=mentions, documents=documents, investment_edges=investment_edges)
    with reported():
        api.export(fmt, _out(out), _db(db), options)
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
    from queries import api
    from queries.cli_neo4j import push_command
    with reported():
        code = push_command(api.graph(_db(db)), uri=uri, username=username, database=database,
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
    from queries import api
    with reported():
        result = api.viz(_out(out), _db(db), focus=focus, depth=depth, types=[types] if types else None, title=title)
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
    from queries import api
    with reported():
        for line in api.demo(corpus, _db(db), _out(out)):
            typer.echo(line)


@app.command()
def path(a: Annotated[str, typer.Argument(metavar="A", help="Where paths start: a name or alias.")],
         b: Annotated[str, typer.Argument(metavar="B", help="Where paths end: a name or alias.")],
         db: Db = None, max_hops: Annotated[int, typer.Option("--max-hops", metavar="N", callback=at_least(1), help=(
             "Longest path, in relationships (an investment counts as one)."))] = 4,
         fmt: Format = "table", limit: Limit("paths") = None) -> None:
    """Who is connected to whom: paths from A to B, shortest first, with evidence."""
    from queries import api
    with reported():
        result = api.connections(a, b, max_hops, db=_db(db))
    show_result(result, fmt, "path", limit)


@app.command()
def show(name: Name, db: Db = None, fmt: Format = "table", limit: Limit("relationships of each type") = None) -> None:
    """Everything known about one entity, with sources."""
    from queries import api
    with reported():
        result = api.profile(name, db=_db(db))
    show_result(result, fmt, "show", limit)


@app.command()
def conflicts(db: Db = None, min_stake: Annotated[float, typer.Option("--min-stake", metavar="STAKE", callback=at_least(0, 1), help=(
                  "Smallest stake that counts, 0 to 1 (0.2 = 20%)."))] = 0.2,
              limit: Annotated[int, typer.Option("--limit", metavar="N", callback=at_least(1), help="Show the first N findings, highest ranked first.")] = 100,
              fmt: Format = "table") -> None:
    """Clients exposed to a rival through a vendor's owner or former leader."""
    from queries import api
    with reported():
        result = api.conflicts(min_stake, db=_db(db), limit=limit)
    show_result(result, fmt, "conflicts")


# A large graph has tens of thousands of disagreements: the first ones, unless asked for all.
CONTRADICTIONS_SHOWN = 100


@app.command()
def contradictions(db: Db = None, fmt: Format = "table",
                   limit: Annotated[int, typer.Option("--limit", metavar="N", callback=at_least(1), help=(
                       "Show the first N disagreements (a note on stderr says how many there are)."))] = CONTRADICTIONS_SHOWN,
                   all_: Annotated[bool, typer.Option("--all", help="Show every disagreement.")] = False) -> None:
    """Relationships whose sources disagree, each side with its sentence."""
    from queries import api
    with reported():
        result = api.contradictions(db=_db(db), limit=None if all_ else limit)
        total = len(result) if all_ else api.contradiction_count(db=_db(db))
    show_result(result, fmt, "contradictions", cut_by_default=total)


@app.command()
def timeline(name: Name, db: Db = None, fmt: Format = "table", limit: Limit("events") = None) -> None:
    """Dated events about an entity, oldest first."""
    from queries import api
    with reported():
        result = api.timeline(name, db=_db(db), compact=True)
    show_result(result, fmt, "timeline", limit)


finish(app)


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="aikg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
