"""What the `aikg` commands share, declared once: the options every command spells the same way
(`--db`, `-f/--format`, `-o/--out`, `--limit`), with a metavar (never a Python type name) and
help; and an example for every command's --help."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperArgument, TyperCommand

Db = Annotated[Optional[str], typer.Option(
    "--db", envvar="AIKG_DB", metavar="DIR", help="Graph directory (default .aikg).")]
Format = Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json or csv.")]


def at_least(low: float, high: float | None = None):
    """A check for a number option, with the range in the error rather than in every help line."""
    def check(value):
        if value is not None and (value < low or (high is not None and value > high)):
            bounds = f"from {low:g} to {high:g}" if high is not None else f"{low:g} or more"
            raise typer.BadParameter(f"{value:g} is not {bounds}")
        return value
    return check


def Limit(what: str):  # noqa: N802 - used as a type: `limit: Limit("paths") = None`
    return Annotated[Optional[int], typer.Option(
        "--limit", metavar="N", callback=at_least(1), help=f"Show the first N {what}; default all.")]
Name = Annotated[str, typer.Argument(
    metavar="NAME", help="An entity's name or alias; case and accents do not matter.", show_default=False)]

# One example per command, shown at the end of its --help.
EXAMPLES: dict[str, list[str]] = {
    "build": ["aikg build data/demo --db .aikg", "aikg build news/ extra/article.html --strict"],
    "query": ["aikg query \"MATCH (c:Company)-[r:CLIENT_OF]->(v:Company {name: 'Scale AI'}) "
              "RETURN c.name AS client, r.status AS status\"",
              "aikg query \"MATCH (c:Company) WHERE c.name = $n RETURN c.kind\" -p n=Meta -f json",
              "aikg query --list; aikg query --name clients_of -p vendor=\"Scale AI\" -f csv"],
    "stats": ["aikg stats --db .aikg -f csv"],
    "export": ["aikg export -f graphml -o graph.graphml --no-documents --investment-edges",
               "aikg export -f csv -o sheets/", "aikg export -f neo4j-csv -o import/"],
    "push": ["NEO4J_PASSWORD=... aikg push --uri neo4j://localhost:7687 --database news"],
    "viz": ["aikg viz -o scale.html --focus \"Scale AI\" --depth 2", "aikg viz -o clients.html --types CLIENT_OF"],
    "demo": ["aikg demo -o demo-graph.html"],
    "path": ["aikg path Google Meta --max-hops 3 --limit 5"],
    "show": ["aikg show \"Scale AI\" -f json"],
    "conflicts": ["aikg conflicts --min-stake 0.4 --limit 10 -f csv"],
    "contradictions": ["aikg contradictions --limit 20", "aikg contradictions --all -f csv"],
    "timeline": ["aikg timeline OpenAI -f csv"],
}


class PlainCommand(TyperCommand):
    """A command whose arguments show their metavar alone: typer writes the Python type after
    each argument ("NAME <str>", "PATH <list[Path]>") whatever the metavar says."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None


def finish(app: typer.Typer) -> None:
    """Every command: arguments without type names, and its examples under its help
    (click keeps a "\\b" paragraph as written)."""
    for command in app.registered_commands:
        command.cls = PlainCommand
        name = command.name or command.callback.__name__
        lines = EXAMPLES.get(name)
        if lines:
            command.epilog = "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def version_callback(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            typer.echo(f"aikg {version('aikg')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            typer.echo("aikg (not installed: run make install)")
        raise typer.Exit()
