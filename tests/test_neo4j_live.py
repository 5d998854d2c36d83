"""Push to a real Neo4j and read it back. Runs only when NEO4J_URI is set.

    NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... \
    [NEO4J_DATABASE=...] .venv/bin/python -m pytest tests/test_neo4j_live.py

The database must hold no aikg data (the test skips otherwise): it pushes,
syncs and finally removes everything aikg wrote there, and nothing else.
"""

from __future__ import annotations

import os

import pytest

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import Neo4jError, QueryError
from graph.export import cypher_script
from graph.memgraph import KnowledgeGraph
from graph.neo4j_rows import all_node_rows, rel_rows
from graph.neo4j_store import Neo4jConfig, push, run_query

try:
    from neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
except ImportError:  # pragma: no cover
    from tests.neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph

pytestmark = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="NEO4J_URI is not set: no Neo4j server to test against "
           "(set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE to run it)")

FOREIGN_ID = "company:aikg-live-test-foreign"


def _managed_count(config: Neo4jConfig) -> int:
    return sum(len(run_query(cypher.managed_node_ids(label), config=config)[1])
               for label in schema.NODE_LABELS)


@pytest.fixture()
def config():
    config = Neo4jConfig.from_env()
    if _managed_count(config):
        pytest.skip("the database already holds aikg data; point NEO4J_DATABASE at an empty one")
    yield config
    push(KnowledgeGraph(), config)  # removes what aikg wrote, and only that
    run_query("MATCH (n:Company {id: $id}) DETACH DELETE n", {"id": FOREIGN_ID},
              write=True, config=config)


def _read_back(config: Neo4jConfig) -> tuple[dict, dict]:
    nodes = {}
    for label in schema.NODE_LABELS:
        columns, rows = run_query(cypher.read_nodes(label), config=config)
        nodes[label] = [dict(zip(columns, row)) for row in rows]
    rels = {}
    for combo in cypher.rel_combos():
        columns, rows = run_query(cypher.read_rels(*combo), config=config)
        rels[combo] = [dict(zip(columns, row)) for row in rows]
    return nodes, rels


def _without_hash(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != cypher.HASH} for r in rows]


def test_push_reads_back_identical_and_twice_creates_nothing(config):
    kg = sample_graph()
    first = push(kg, config, batch_size=2)
    counts = kg.counts()
    assert {k: first.created.get(k, 0) for k in counts} == counts

    nodes, rels = _read_back(config)
    assert nodes == {label: _without_hash(rows) for label, rows in all_node_rows(kg).items()}
    assert rels == {combo: _without_hash(rows) for combo, rows in rel_rows(kg).items()}
    [hostile] = [n for n in nodes["Company"] if n["id"] == HOSTILE_ID]
    assert hostile["name"] == HOSTILE

    again = push(kg, config)
    assert (again.total_created, again.total_updated, again.total_removed) == (0, 0, 0)
    assert again.properties_set == 0


def test_exported_script_matches_the_push_exactly(config):
    kg = sample_graph()
    push(kg, config)
    # Every row of the script hashes like the pushed row: nothing is written.
    for statement in cypher_script(kg):
        columns, rows = run_query(statement, write=True, config=config)
        if columns == ["written"]:
            assert rows == [[0]], statement[:200]


def test_sync_removes_what_aikg_dropped_and_keeps_foreign_data(config):
    push(sample_graph(extra_companies=2), config)
    run_query("CREATE (n:Company {id: $id, name: $name})", {"id": FOREIGN_ID, "name": "theirs"},
              write=True, config=config)
    summary = push(sample_graph(hostile=False), config)
    assert summary.removed["Company"] == 3 and summary.removed["PARTNERS_WITH"] == 1
    ids = {row[0] for row in run_query("MATCH (n:Company) RETURN n.id", config=config)[1]}
    assert FOREIGN_ID in ids and HOSTILE_ID not in ids and "company:extra-000" not in ids


def test_read_mode_refuses_a_write(config):
    with pytest.raises(QueryError, match="--write"):
        run_query("CREATE (n:Company {id: $id})", {"id": FOREIGN_ID}, config=config)


def test_bad_credentials_and_missing_database(config):
    wrong = Neo4jConfig(uri=config.uri, username=config.username,
                        password="not-the-password-" + "x" * 8, database=config.database)
    with pytest.raises(Neo4jError) as caught:
        run_query("RETURN 1", config=wrong)
    assert "credentials" in str(caught.value) and "not-the-password" not in str(caught.value)
    missing = Neo4jConfig(uri=config.uri, username=config.username, password=config.password,
                          database="aikgnosuchdatabase")
    with pytest.raises(Neo4jError, match="has no database"):
        run_query("RETURN 1", config=missing)
