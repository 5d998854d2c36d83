"""`aikg push` and `aikg query --neo4j` against the real Neo4j test server, as a user runs them.

Exact output and exit codes; the password never appears in any output.
"""

from __future__ import annotations

import json
import socket

import pytest

try:
    from cli_run import aikg
except ImportError:  # pragma: no cover
    from tests.cli_run import aikg

WRITE = "CREATE (n:Company {id: 'company:cli-test'}) RETURN n.id AS id"


def _no_password(result, *passwords: str) -> None:
    for password in passwords:
        assert password not in result.stdout and password not in result.stderr


def test_push_prints_the_summary_and_a_second_push_changes_nothing(neo4j_empty, demo_db):
    env = neo4j_empty.env()
    first = aikg("push", "--db", demo_db, env=env)
    assert (first.returncode, first.stderr) == (0, "")
    assert f"pushed to {neo4j_empty.uri} database neo4j" in first.stdout
    # Every node and relationship of the demo graph is created, nothing updated or removed.
    from graph.directory import load_graph
    total = sum(load_graph(demo_db).counts().values())
    assert f"│ total         │ {total:>7} │       0 │       0 │" in first.stdout
    again = aikg("push", "--db", demo_db, env=env)
    assert (again.returncode, again.stderr) == (0, "")
    assert "│ total         │       0 │       0 │       0 │" in again.stdout
    _no_password(first, neo4j_empty.password)
    _no_password(again, neo4j_empty.password)
    neo4j_empty.holds = "demo"


def test_the_default_routing_scheme_works_too(neo4j_demo):
    env = neo4j_demo.env(NEO4J_URI=neo4j_demo.uri.replace("bolt://", "neo4j://"))
    result = aikg("query", "--neo4j", "MATCH (n:Document) RETURN count(n) AS documents",
                  "-f", "json", env=env)
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == [{"documents": 14}]


def test_a_named_query_prints_the_embedded_stores_rows(neo4j_demo, demo_db):
    args = ("query", "--name", "clients_of", "--param", "vendor=Scale AI", "-f", "json")
    on_neo4j = aikg(*args, "--neo4j", env=neo4j_demo.env())
    embedded = aikg(*args, "--db", demo_db, env=neo4j_demo.env())
    assert (on_neo4j.returncode, on_neo4j.stderr) == (0, "")  # no warning about spend_usd
    assert on_neo4j.stdout == embedded.stdout
    assert len(json.loads(on_neo4j.stdout)) == 4


def test_a_misspelt_property_warns_in_one_line(neo4j_demo):
    result = aikg("query", "--neo4j", "MATCH (n:Company) RETURN n.nmae AS name LIMIT 1",
                  "-f", "json", env=neo4j_demo.env())
    assert result.returncode == 0
    assert json.loads(result.stdout) == [{"name": None}]
    assert result.stderr == ("warning: property key does not exist. The property `nmae` does not "
                             "exist. Verify that the spelling is correct. (line 1, column 28)\n")


def test_query_refuses_a_write_without_write_and_runs_it_with(neo4j_empty):
    env = neo4j_empty.env()
    refused = aikg("query", "--neo4j", WRITE, env=env)
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == "error: the query writes, and queries run read-only: add --write\n"
    assert neo4j_empty.run("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    allowed = aikg("query", "--neo4j", WRITE, "--write", "-f", "json", env=env)
    assert (allowed.returncode, allowed.stderr) == (0, "")
    assert json.loads(allowed.stdout) == [{"id": "company:cli-test"}]
    assert neo4j_empty.run("MATCH (n) RETURN n.id AS id") == [{"id": "company:cli-test"}]


COMMANDS = pytest.mark.parametrize(
    "command", [("push",), ("query", "--neo4j", "RETURN 1 AS one")], ids=["push", "query"])


def _run(command: tuple[str, ...], demo_db, env: dict):
    return aikg(*command, "--db", demo_db, env=env) if command[0] == "push" else \
        aikg(*command, env=env)


def _closed_port() -> int:
    """A loopback port no server listens on: what a stopped server leaves behind."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@COMMANDS
def test_a_wrong_password_is_one_line_and_exit_1(neo4j_server, neo4j_user, demo_db, command):
    user, password = neo4j_user
    wrong = "wrong-" + password
    env = neo4j_server.env(NEO4J_USERNAME=user, NEO4J_PASSWORD=wrong)
    result = _run(command, demo_db, env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"error: Neo4j at {neo4j_server.uri} refused the credentials of user "
                             f"'{user}' (check NEO4J_USERNAME and NEO4J_PASSWORD)\n")
    _no_password(result, wrong, password, neo4j_server.password)


@COMMANDS
def test_a_wrong_database_is_one_line_and_exit_1(neo4j_server, demo_db, command):
    env = neo4j_server.env(NEO4J_DATABASE="nosuchdb")
    result = _run(command, demo_db, env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"error: Neo4j at {neo4j_server.uri} has no database 'nosuchdb' "
                             "(check NEO4J_DATABASE or --database)\n")
    _no_password(result, neo4j_server.password)


@COMMANDS
def test_a_stopped_server_is_one_line_and_exit_1(neo4j_server, demo_db, command):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    env = neo4j_server.env(NEO4J_URI=uri)
    result = _run(command, demo_db, env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith(f"error: cannot reach Neo4j at {uri}: ")
    assert result.stderr.endswith("(check NEO4J_URI and that the server runs)\n")
    assert result.stderr.count("\n") == 1
    _no_password(result, neo4j_server.password)
