"""Issue 16, item 4: after `aikg query --write`, every command reads the change or says its copy is stale,
and the next build says the manual writes are replaced."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DEMO
from graph import manual_writes
from queries.cli import app

runner = CliRunner()
DELETE = "MATCH (c:Company {name: 'Nvidia'}) DETACH DELETE c"


def aikg(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def graph(demo_db, tmp_path) -> Path:
    return Path(shutil.copytree(demo_db, tmp_path / "graph", symlinks=True))


def stale_line(graph: Path) -> str:
    (entry,) = manual_writes.writes(graph)
    return (f"warning: {graph}: the store was changed by `aikg query --write` (1 query, last at {entry['at']}) and "
            f"this command reads the question index, which does not have those changes; rebuild with `aikg build PATH... "
            f"--db {graph}` (which replaces them with what the documents say)\n")


def test_a_write_is_seen_by_query_and_named_as_stale_by_the_other_readers(graph):
    assert aikg("query", DELETE, "--db", graph, "--write").exit_code == 0
    count = aikg("query", "MATCH (c:Company {name: 'Nvidia'}) RETURN count(c) AS n", "--db", graph, "-f", "json")
    assert (count.stderr, json.loads(count.stdout)) == ("", [{"n": 0}])
    for command in (["stats"], ["show", "Nvidia"], ["timeline", "Nvidia"], ["contradictions"], ["conflicts"],
                    ["path", "Nvidia", "Meta"]):
        result = aikg(*command, "--db", graph)
        assert result.stderr.startswith(stale_line(graph)), command
    # export, viz and push read the store itself, which has the change
    exported = aikg("export", "--format", "json", "--out", graph.parent / "x.json", "--db", graph)
    nodes = json.loads((graph.parent / "x.json").read_text(encoding="utf-8"))["nodes"]
    assert exported.stderr == "" and nodes and not [n for n in nodes if n.get("name") == "Nvidia"]


def test_a_failed_write_leaves_no_notice(graph):
    result = aikg("query", "CREATE (:Company {id: 'company:openai', name: 'again'})", "--db", graph, "--write")
    assert result.exit_code == 1 and result.stderr.endswith("; nothing was committed\n")
    assert manual_writes.writes(graph) == []
    assert aikg("stats", "--db", graph).stderr == ""


def test_the_next_build_says_the_writes_are_replaced(graph):
    assert aikg("query", DELETE, "--db", graph, "--write").exit_code == 0
    (entry,) = manual_writes.writes(graph)
    assert entry["statements"] == [DELETE]
    built = aikg("build", DEMO, "--db", graph)
    assert built.exit_code == 0
    assert (f"warning: {graph}: the changes made with `aikg query --write` (1 query, last at {entry['at']}) are "
            f"replaced by this build, which rebuilds the graph from the documents\n") in built.stderr
    assert re.search(r"^warnings: 1$", built.stdout, re.M)
    assert manual_writes.writes(graph) == []
    assert aikg("stats", "--db", graph).stderr == ""
    count = aikg("query", "MATCH (c:Company {name: 'Nvidia'}) RETURN count(c) AS n", "--db", graph, "-f", "json")
    assert json.loads(count.stdout) == [{"n": 1}]
