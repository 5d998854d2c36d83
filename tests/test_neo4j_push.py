"""Push to Neo4j against a recording fake driver: order, batches, idempotency, sync, errors."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from neo4j import READ_ACCESS, WRITE_ACCESS
from neo4j import exceptions as ex

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import Neo4jError, QueryError
from graph.memgraph import KnowledgeGraph
from graph.model import Entity
from graph.neo4j_rows import all_node_rows, rel_rows
from graph.neo4j_store import Neo4jConfig, PushSummary, push, run_query

try:
    from fake_neo4j import FakeDriver, FakeGraph
    from neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
except ImportError:  # pragma: no cover
    from tests.fake_neo4j import FakeDriver, FakeGraph
    from tests.neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph

PASSWORD = "s3cret-Pa55"


def _kinds(driver: FakeDriver) -> list[str]:
    return [c.kind[0] for c in driver.calls]


# -- what is sent, in what order -------------------------------------------------
def test_constraints_then_tokens_then_nodes_then_relationships_then_sync():
    driver = FakeDriver()
    push(sample_graph(), driver)
    kinds = _kinds(driver)
    phases = {"constraint": 0, "tokens": 1, "merge_node": 2, "merge_rel": 3, "managed_rels": 4,
              "delete_rels": 4, "managed_nodes": 5, "delete_nodes": 5}
    assert [phases[k] for k in kinds] == sorted(phases[k] for k in kinds)
    assert kinds[:4] == ["constraint"] * 4
    assert [c.kind[1] for c in driver.calls[:4]] == list(schema.NODE_LABELS)
    merged_labels = [c.kind[1] for c in driver.calls if c.kind[0] == "merge_node"]
    assert merged_labels == list(schema.NODE_LABELS)  # one batch each, schema order
    assert driver.graph.constraints == {cypher.constraint_name(lb) for lb in schema.NODE_LABELS}
    # Every schema name exists on the server, even one no row has a value for.
    assert driver.graph.tokens == {"label": set(schema.NODE_LABELS), "type": set(schema.REL_TYPES),
                                   "key": set(cypher.property_keys())}


def test_writes_run_in_write_transactions_and_sync_reads_in_read_ones():
    driver = FakeDriver()
    push(sample_graph(), driver, database="news")
    for call in driver.calls:
        expected = "read" if call.kind[0].startswith("managed") else "write"
        assert call.mode == expected, call.kind
        assert call.database == "news"
    # One managed transaction per statement: a batch commits on its own.
    assert len(driver.transactions) == len(driver.calls)


def test_everything_sent_is_a_linted_statement():
    sent = {c.statement for c in _run_all(sample_graph())}
    linted = {text for text, _ in cypher.all_statements().values()}
    assert sent <= linted
    assert len(sent) > 10


def _run_all(kg: KnowledgeGraph) -> list:
    driver = FakeDriver()
    push(kg, driver)
    return driver.calls


@pytest.mark.parametrize("batch_size, sizes", [(2, [2, 2, 2, 1]), (3, [3, 3, 1]),
                                               (1000, [7]), (7, [7])])
def test_batches_of_the_requested_size(batch_size, sizes):
    kg = sample_graph(extra_companies=3)  # 4 + 3 companies
    driver = FakeDriver()
    push(kg, driver, batch_size=batch_size)
    company = [len(c.params["rows"]) for c in driver.calls if c.kind == ("merge_node", "Company")]
    assert company == sizes
    ids = [r["id"] for c in driver.calls if c.kind == ("merge_node", "Company")
           for r in c.params["rows"]]
    assert ids == sorted(n["id"] for n in kg.nodes("Company"))


def test_default_batch_size_is_1000():
    kg = sample_graph(extra_companies=1500)
    driver = FakeDriver()
    push(kg, driver)
    company = [len(c.params["rows"]) for c in driver.calls if c.kind == ("merge_node", "Company")]
    assert company == [1000, 504]


def test_a_batch_size_below_one_is_refused():
    with pytest.raises(Exception, match="batch size"):
        push(sample_graph(), FakeDriver(), batch_size=0)


def test_rows_carry_every_schema_property_with_neo4j_types():
    driver = FakeDriver()
    kg = sample_graph()
    push(kg, driver)
    for call in driver.calls:
        if call.kind[0] == "merge_node":
            props = set(schema.NODE_PROPERTIES[call.kind[1]])
            for row in call.params["rows"]:
                assert set(row) == props | {cypher.HASH}
        if call.kind[0] == "merge_rel":
            props = set(schema.REL_PROPERTIES[call.kind[1]])
            for row in call.params["rows"]:
                assert set(row) == props | {cypher.HASH, cypher.FROM_ID, cypher.TO_ID}
    [deal] = [r for c in driver.calls if c.kind == ("merge_node", "Investment")
              for r in c.params["rows"]]
    assert deal["announced"] == date(2025, 6, 12) and type(deal["announced"]) is date
    assert deal["stake"] == 0.49 and deal["amount_usd"] == 14.3e9
    assert deal["sources"] == ["document:seed-000"]
    assert isinstance(deal["claims"], str)
    assert json.loads(deal["claims"]) == kg.node(deal["id"])["claims"]
    [doc] = [r for c in driver.calls if c.kind == ("merge_node", "Document")
             for r in c.params["rows"]]
    assert doc["published"] == date(2025, 6, 13)
    [person] = [r for c in driver.calls if c.kind == ("merge_node", "Person")
                for r in c.params["rows"]]
    assert "kind" not in person  # only the schema's properties of that label


def test_symmetric_relationships_are_sent_once_from_the_smaller_id():
    driver = FakeDriver()
    push(sample_graph(), driver)
    rows = [r for c in driver.calls if c.kind[:2] == ("merge_rel", "COMPETES_WITH")
            for r in c.params["rows"]]
    assert [(r["from_id"], r["to_id"]) for r in rows] == [("company:google", "company:meta")]
    partners = [r for c in driver.calls if c.kind[:2] == ("merge_rel", "PARTNERS_WITH")
                for r in c.params["rows"]]
    assert [(r["from_id"], r["to_id"]) for r in partners] == [(HOSTILE_ID, "company:meta")]


def test_hostile_names_reach_neo4j_only_as_parameters():
    driver = FakeDriver()
    push(sample_graph(), driver)
    for call in driver.calls:
        for fragment in (HOSTILE, "O'Brien", "DETACH", "//", "Labs"):
            assert fragment not in call.statement
    names = [r["name"] for c in driver.calls if c.kind == ("merge_node", "Company")
             for r in c.params["rows"]]
    assert HOSTILE in names  # byte for byte, as a parameter
    evidence = [e for c in driver.calls if c.kind[:2] == ("merge_rel", "PARTNERS_WITH")
                for r in c.params["rows"] for e in r["evidence"]]
    assert evidence == [HOSTILE]


# -- idempotency --------------------------------------------------------------------
def test_first_push_creates_the_whole_graph():
    kg = sample_graph()
    driver = FakeDriver()
    summary = push(kg, driver)
    counts = kg.counts()
    for name in (*schema.NODE_LABELS, *schema.REL_TYPES):
        assert summary.created.get(name, 0) == counts[name], name
        assert summary.updated.get(name, 0) == 0 and summary.removed.get(name, 0) == 0
    assert summary.constraints_added == 4
    assert len(driver.graph.nodes) == sum(counts[lb] for lb in schema.NODE_LABELS)
    assert len(driver.graph.rels) == sum(counts[t] for t in schema.REL_TYPES)


def test_second_push_of_the_same_graph_changes_nothing():
    driver = FakeDriver()
    push(sample_graph(), driver)
    before = json.dumps(_snapshot(driver.graph), default=str, sort_keys=True)
    again = push(sample_graph(), driver)
    assert again.total_created == 0
    assert again.total_updated == 0
    assert again.total_removed == 0
    assert again.properties_set == 0 and again.constraints_added == 0
    assert json.dumps(_snapshot(driver.graph), default=str, sort_keys=True) == before
    assert all(line.split()[2] == "0" for line in again.lines()[:-1])


def _snapshot(graph: FakeGraph) -> dict:
    return {"nodes": sorted(graph.nodes.items()),
            "rels": sorted((r["type"], r["src"], r["dst"], sorted(r["props"].items()))
                           for r in graph.rels)}


def test_a_changed_property_is_an_update_not_a_creation():
    driver = FakeDriver()
    push(sample_graph(), driver)
    kg = sample_graph()
    kg.add_entity(Entity(id="company:meta", label="Company", name="Meta", aliases=["FB"]))
    summary = push(kg, driver)
    assert summary.total_created == 0
    assert summary.updated == {**{n: 0 for n in summary.updated}, "Company": 1}
    assert driver.graph.nodes[("Company", "company:meta")]["aliases"] == \
        ["Meta Platforms", "Facebook", "FB"]


def test_a_property_that_becomes_unknown_is_removed():
    driver = FakeDriver()
    push(sample_graph(), driver)
    kg = sample_graph()
    kg.g.nodes["company:scale-ai"]["kind"] = None
    summary = push(kg, driver)
    assert summary.updated["Company"] == 1
    assert "kind" not in driver.graph.nodes[("Company", "company:scale-ai")]


# -- sync -------------------------------------------------------------------------------
def _foreign(graph: FakeGraph) -> None:
    """Data aikg did not write: a node, a relationship between aikg's nodes, one to a stale node."""
    graph.nodes[("Company", "company:theirs")] = {"id": "company:theirs", "name": "Theirs"}
    graph.rels.append({"type": "PARTNERS_WITH", "src": ("Company", "company:google"),
                       "dst": ("Company", "company:meta"), "props": {"note": "mine"}})
    graph.rels.append({"type": "CLIENT_OF", "src": ("Company", "company:theirs"),
                       "dst": ("Company", HOSTILE_ID), "props": {}})


def test_sync_removes_exactly_what_aikg_no_longer_has():
    driver = FakeDriver()
    push(sample_graph(extra_companies=2), driver)
    _foreign(driver.graph)
    foreign_before = ([r for r in driver.graph.rels if cypher.MANAGED not in r["props"]],
                      dict(driver.graph.nodes[("Company", "company:theirs")]))

    kg = sample_graph(extra_companies=0, hostile=False)  # drops 2 extras and the hostile one
    summary = push(kg, driver)

    assert summary.removed["Company"] == 2  # the two extras
    assert summary.kept["Company"] == 1  # the hostile one: a foreign CLIENT_OF points at it
    assert summary.removed["PARTNERS_WITH"] == 1  # aikg's hostile->meta, not the foreign one
    assert summary.total_removed == 3 and summary.total_created == 0
    deleted = {i for c in driver.calls if c.kind == ("delete_nodes", "Company")
               for i in c.params["ids"]}
    assert deleted == {"company:extra-000", "company:extra-001", HOSTILE_ID}
    remaining = {key for key in driver.graph.nodes}
    assert ("Company", "company:extra-000") not in remaining
    assert ("Company", "company:theirs") in remaining and ("Company", HOSTILE_ID) in remaining
    assert [r for r in driver.graph.rels if cypher.MANAGED not in r["props"]] == foreign_before[0]
    assert driver.graph.nodes[("Company", "company:theirs")] == foreign_before[1]
    assert any("kept" in line for line in summary.lines())


def test_a_foreign_node_with_an_aikg_id_is_never_changed_or_removed():
    graph = FakeGraph()
    graph.nodes[("Company", "company:meta")] = {"id": "company:meta", "name": "Their Meta"}
    driver = FakeDriver(graph)
    summary = push(sample_graph(), driver)
    assert driver.graph.nodes[("Company", "company:meta")] == \
        {"id": "company:meta", "name": "Their Meta"}
    assert summary.created["Company"] == 3
    push(KnowledgeGraph(), driver)  # aikg now has nothing: remove all of aikg's
    assert list(driver.graph.nodes) == [("Company", "company:meta")]
    assert driver.graph.rels == []


def test_pushing_an_empty_graph_removes_all_of_aikgs_data():
    driver = FakeDriver()
    first = push(sample_graph(), driver)
    summary = push(KnowledgeGraph(), driver)
    assert summary.removed == {**{k: 0 for k in summary.removed},
                               **{k: v for k, v in first.created.items() if v}}
    assert driver.graph.nodes == {} and driver.graph.rels == []


# -- progress and summary ----------------------------------------------------------------
def test_progress_reports_every_batch_up_to_the_total():
    seen = []
    kg = sample_graph(extra_companies=3)
    push(kg, FakeDriver(), batch_size=2, progress=lambda what, done, total: seen.append(
        (what, done, total)))
    total = sum(v for v in kg.counts().values())
    assert all(t == total for _, _, t in seen)
    dones = [d for _, d, _ in seen]
    assert dones == sorted(dones) and dones[-1] == total
    assert seen[-1][0] == "sync" and seen[0][0] == "Company"


def test_summary_lines_name_every_label_and_type():
    summary = PushSummary()
    summary.add("Company", created=2, updated=1)
    summary.add("INVESTED", removed=3)
    lines = summary.lines()
    assert len(lines) == len(schema.NODE_LABELS) + len(schema.REL_TYPES) + 1
    assert lines[0].split() == ["Company", "created", "2", "updated", "1", "removed", "0"]
    assert lines[-1].split() == ["total", "created", "2", "updated", "1", "removed", "3"]


# -- configuration and errors ------------------------------------------------------------
def test_config_from_env_and_arguments_never_shows_the_password():
    env = {"NEO4J_URI": "bolt://db:7687", "NEO4J_USERNAME": "aikg",
           "NEO4J_PASSWORD": PASSWORD, "NEO4J_DATABASE": "news"}
    config = Neo4jConfig.from_env(env=env)
    assert (config.uri, config.username, config.password, config.database) == \
        ("bolt://db:7687", "aikg", PASSWORD, "news")
    assert PASSWORD not in repr(config) and PASSWORD not in str(config)
    override = Neo4jConfig.from_env(uri="neo4j://other", database="x", env=env)
    assert (override.uri, override.database, override.password) == ("neo4j://other", "x", PASSWORD)
    assert Neo4jConfig.from_env(env={}).uri == "neo4j://localhost:7687"
    assert Neo4jConfig(uri=f"bolt://u:{PASSWORD}@h:7687").where == "bolt://h:7687"


def _server_error(code: str, message: str) -> Exception:
    # How the driver builds the exception it raises for a server failure.
    return ex.Neo4jError._hydrate_neo4j(code=code, message=message)


@pytest.mark.parametrize("error, expected", [
    (ex.ServiceUnavailable(f"Couldn't connect to h:7687\nreason {PASSWORD}"), "cannot reach Neo4j"),
    (_server_error("Neo.ClientError.Security.Unauthorized",
                   "The client is unauthorized due to authentication failure."),
     "refused the credentials of user 'neo4j'"),
    (_server_error("Neo.ClientError.Database.DatabaseNotFound",
                   "Database does not exist. Database name: 'nope'."), "has no database 'nope'"),
    (_server_error("Neo.ClientError.Security.AuthenticationRateLimit",
                   "The client has provided incorrect authentication details too many times in a row."),
     "refusing user 'neo4j' for now after too many wrong passwords in a row: check NEO4J_PASSWORD"),
])
def test_push_errors_are_one_line_without_the_password(error, expected, monkeypatch):
    config = Neo4jConfig(uri="bolt://h:7687", password=PASSWORD, database="nope")
    monkeypatch.setattr("graph.neo4j_store.connect", lambda config: FakeDriver(fail_with=error))
    with pytest.raises(Neo4jError) as caught:
        push(sample_graph(), config)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and PASSWORD not in message
    assert caught.value.__cause__ is error


def test_an_unreachable_server_fails_fast_with_one_line():
    # A real driver against a closed loopback port: no server, no retry loop.
    config = Neo4jConfig(uri="bolt://127.0.0.1:9", password=PASSWORD)
    started = time.monotonic()
    with pytest.raises(Neo4jError) as caught:
        push(sample_graph(), config)
    assert time.monotonic() - started < 10
    message = str(caught.value)
    assert message.startswith("cannot reach Neo4j at bolt://127.0.0.1:9")
    assert "\n" not in message and PASSWORD not in message


def test_a_bad_uri_is_one_line():
    with pytest.raises(Neo4jError, match="invalid Neo4j"):
        push(sample_graph(), Neo4jConfig(uri="ftp://h", password=PASSWORD))


def test_auth_error_without_a_password_says_so(monkeypatch):
    error = _server_error("Neo.ClientError.Security.Unauthorized", "unauthorized")
    monkeypatch.setattr("graph.neo4j_store.connect", lambda config: FakeDriver(fail_with=error))
    with pytest.raises(Neo4jError, match="NEO4J_PASSWORD is not set"):
        push(sample_graph(), Neo4jConfig(uri="bolt://h"))


# -- queries --------------------------------------------------------------------------------
def test_queries_run_in_read_mode_unless_write():
    query = "MATCH (n:Company) RETURN n.name AS name, n.founded AS founded"
    from neo4j.time import Date
    driver = FakeDriver(answers={query: [{"name": "Meta", "founded": Date(2004, 2, 4)}]})
    columns, rows = run_query(query, {"x": 1}, driver=driver)
    assert columns == ["name", "founded"]
    assert rows == [["Meta", date(2004, 2, 4)]] and type(rows[0][1]) is date
    assert driver.sessions[-1].access_mode == READ_ACCESS
    assert driver.transactions == ["read"] and driver.calls[-1].params == {"x": 1}
    run_query(query, driver=driver, write=True)
    assert driver.sessions[-1].access_mode == WRITE_ACCESS
    assert driver.transactions == ["read", "write"]


@pytest.mark.parametrize("code, message, expected", [
    ("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'\n\"RETRN 1\"\n ^",
     "Cypher syntax error: Invalid input 'RETRN'"),
    ("Neo.ClientError.Statement.AccessMode",
     "Writing in read access mode not allowed.", "add --write"),
    ("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): x",
     "Neo.ClientError.Statement.ParameterMissing"),
])
def test_query_errors_are_query_errors(code, message, expected):
    driver = FakeDriver(fail_with=_server_error(code, message))
    with pytest.raises(QueryError) as caught:
        run_query("RETRN 1", driver=driver)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_query_against_a_missing_database_is_a_neo4j_error():
    error = _server_error("Neo.ClientError.Database.DatabaseNotFound", "no such database")
    with pytest.raises(Neo4jError, match="has no database 'nope'"):
        run_query("RETURN 1", driver=FakeDriver(fail_with=error), database="nope")


def test_rows_helpers_agree_with_the_graph():
    kg = sample_graph()
    nodes = all_node_rows(kg)
    assert [r["id"] for r in nodes["Company"]] == sorted(n["id"] for n in kg.nodes("Company"))
    rels = rel_rows(kg)
    assert sum(len(v) for v in rels.values()) == len(kg.edges())


# -- what the CLI calls ------------------------------------------------------------------------
def test_push_command_shows_progress_and_a_summary_without_the_password(monkeypatch):
    import io

    from rich.console import Console

    from queries.cli_neo4j import push_command

    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    driver = FakeDriver()
    seen = []
    monkeypatch.setattr("graph.neo4j_store.connect",
                        lambda config: seen.append(config) or driver)
    out = io.StringIO()
    code = push_command(sample_graph(), uri="bolt://h:7687", database="news", batch_size=2,
                        console=Console(file=out, width=120))
    assert code == 0
    assert (seen[0].uri, seen[0].database, seen[0].password) == ("bolt://h:7687", "news", PASSWORD)
    text = out.getvalue()
    assert "pushed to bolt://h:7687 database news" in text
    assert "Company" in text and "MENTIONS" in text and "total" in text
    assert PASSWORD not in text
    assert {c.database for c in driver.calls} == {"news"}


def test_named_neo4j_query_uses_the_neo4j_variant_read_only(monkeypatch):
    from queries import cli_neo4j, library

    queries = library.named_queries()
    if not queries:
        pytest.skip("queries/ has no *.cypher file yet")
    sent = []
    monkeypatch.setattr(cli_neo4j, "run_query",
                        lambda cypher, params, write, config, notices: sent.append((cypher, params, write))
                        or (["x"], [[1]]))
    assert cli_neo4j.neo4j_query(name=queries[0].name, params={"a": 1}) == (["x"], [[1]])
    assert sent == [(queries[0].neo4j_cypher, {"a": 1}, False)]
    with pytest.raises(QueryError):
        cli_neo4j.neo4j_query()


def test_a_server_notification_reads_as_one_line_with_its_position():
    from types import SimpleNamespace

    from graph.neo4j_store import notice_line

    status = SimpleNamespace(
        status_description="warn: property key does not exist. The property `nmae` does not "
                           "exist. Verify that the spelling is correct.",
        position=SimpleNamespace(line=2, column=10, offset=40))
    assert notice_line(status) == ("property key does not exist. The property `nmae` does not "
                                   "exist. Verify that the spelling is correct. (line 2, column 10)")
    status = SimpleNamespace(status_description="info: something\nelse", position=None)
    assert notice_line(status) == "something else"
