"""Push, sync and queries against a real Neo4j 5.26 (the `neo4j_server` fixture of conftest.py).

The server checks what the fake driver and the linter cannot: constraint
syntax, property types as stored, MERGE under the uniqueness constraints,
the counters of the result summary and READ access mode. The CLI's handling
of a wrong password, a stopped server and a wrong database is in
test_neo4j_live_cli.py.
"""

from __future__ import annotations

import shutil

import pytest
from neo4j.exceptions import ConstraintError

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import Neo4jError, QueryError
from graph.export import cypher_script
from graph.memgraph import KnowledgeGraph
from graph.neo4j_rows import all_node_rows, rel_rows
from graph.neo4j_store import push, run_query
from graph.store import run_query as embedded_query
from graph.directory import load_graph
from loaders.build import build
from queries import library

try:
    from conftest import DEMO
    from neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
    from test_named_queries import EXPECTED as NAMED_QUERY_PARAMS
except ImportError:  # pragma: no cover
    from tests.conftest import DEMO
    from tests.neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
    from tests.test_named_queries import EXPECTED as NAMED_QUERY_PARAMS

FOREIGN_ID = "company:aikg-live-test-foreign"
# The article whose removal the sync test checks: Nebius, its founder and its contract with
# Microsoft appear in no other demo article.
REMOVED_ARTICLE = "es_microsoft_nebius_2025.txt"
# How Neo4j's valueType() names what aikg writes for each schema type.
NEO4J_TYPES = {
    schema.STRING: {"STRING NOT NULL"},
    schema.DOUBLE: {"FLOAT NOT NULL"},
    schema.DATE: {"DATE NOT NULL"},
    schema.STRING_LIST: {"LIST<STRING NOT NULL> NOT NULL", "LIST<NOTHING> NOT NULL"},  # [] is typeless
}


# -- reading both stores the same way --------------------------------------------------------
def _embedded_nodes(db, label: str) -> tuple[list[str], list[list]]:
    columns = ", ".join(f"n.{p} AS {p}" for p in schema.NODE_PROPERTIES[label])
    return embedded_query(db, f"MATCH (n:{label}) RETURN {columns} ORDER BY id")


def _embedded_rels(db, rel: str, a: str, b: str) -> tuple[list[str], list[list]]:
    columns = [f"x.id AS {cypher.FROM_ID}", f"y.id AS {cypher.TO_ID}"]
    columns += [f"r.{p} AS {p}" for p in cypher.rel_property_names(rel)]
    return embedded_query(db, f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN {', '.join(columns)} "
                              f"ORDER BY {cypher.FROM_ID}, {cypher.TO_ID}")


def _server_counts(live) -> dict[str, int]:
    counts = {label: live.run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
              for label in schema.NODE_LABELS}
    counts.update({rel: live.run(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[0]["n"]
                   for rel in schema.REL_TYPES})
    return counts


def _embedded_counts(db) -> dict[str, int]:
    counts = {label: embedded_query(db, f"MATCH (n:{label}) RETURN count(n)")[1][0][0]
              for label in schema.NODE_LABELS}
    counts.update({rel: embedded_query(db, f"MATCH ()-[r:{rel}]->() RETURN count(r)")[1][0][0]
                   for rel in schema.REL_TYPES})
    return counts


def _snapshot(live) -> tuple[list, list]:
    """Every node and relationship with its element id and properties: what a write would change."""
    nodes = live.run("MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, "
                     "properties(n) AS props ORDER BY eid")
    rels = live.run("MATCH (a)-[r]->(b) RETURN elementId(r) AS eid, type(r) AS type, "
                    "a.id AS a, b.id AS b, properties(r) AS props ORDER BY eid")
    return nodes, rels


def _without_hash(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != cypher.HASH} for r in rows]


def _read_back(live) -> tuple[dict, dict]:
    """aikg's nodes and relationships on the server, through aikg's own read statements."""
    config = live.config()
    nodes = {}
    for label in schema.NODE_LABELS:
        columns, rows = run_query(cypher.read_nodes(label), config=config)
        nodes[label] = [dict(zip(columns, row)) for row in rows]
    rels = {}
    for combo in cypher.rel_combos():
        columns, rows = run_query(cypher.read_rels(*combo), config=config)
        rels[combo] = [dict(zip(columns, row)) for row in rows]
    return nodes, rels


def _expected_rows(kg: KnowledgeGraph) -> tuple[dict, dict]:
    return ({label: _without_hash(rows) for label, rows in all_node_rows(kg).items()},
            {combo: _without_hash(rows) for combo, rows in rel_rows(kg).items()})


# -- the demo graph: counts, values and types --------------------------------------------------
def test_demo_push_counts_equal_the_embedded_store(neo4j_empty, demo_db):
    summary = push(load_graph(demo_db), neo4j_empty.config())
    expected = _embedded_counts(demo_db)
    assert _server_counts(neo4j_empty) == expected
    assert {k: summary.created.get(k, 0) for k in expected} == expected
    assert sum(expected.values()) > 300  # the whole demo graph, not an empty one
    neo4j_empty.holds = "demo"


@pytest.mark.parametrize("label", schema.NODE_LABELS)
def test_node_properties_read_back_equal_the_embedded_store(neo4j_demo, demo_db, label):
    columns, embedded = _embedded_nodes(demo_db, label)
    got_columns, served = run_query(cypher.read_nodes(label), config=neo4j_demo.config())
    assert got_columns == columns
    assert served == embedded and embedded
    _check_stored_types(neo4j_demo, f"MATCH (n:{label}) WHERE n.aikg_managed", "n",
                        schema.NODE_PROPERTIES[label])


@pytest.mark.parametrize("combo", cypher.rel_combos(), ids=" ".join)
def test_relationship_properties_read_back_equal_the_embedded_store(neo4j_demo, demo_db, combo):
    rel, a, b = combo
    columns, embedded = _embedded_rels(demo_db, rel, a, b)
    got_columns, served = run_query(cypher.read_rels(rel, a, b), config=neo4j_demo.config())
    assert got_columns == columns
    assert served == embedded
    _check_stored_types(neo4j_demo, f"MATCH (:{a})-[r:{rel}]->(:{b})", "r",
                        schema.REL_PROPERTIES[rel])


def _check_stored_types(live, match: str, var: str, props: dict[str, str]) -> None:
    """Every stored value has the Neo4j type of its schema type: a DATE, not its ISO string."""
    columns = ", ".join(f"collect(DISTINCT valueType({var}.{p})) AS {p}" for p in props)
    [stored] = live.run(f"{match} RETURN {columns}")
    for prop, kind in props.items():
        types = set(stored[prop]) - {"NULL"}
        assert types <= NEO4J_TYPES[kind], (prop, kind, types)


def test_every_schema_type_is_stored_somewhere_in_the_demo_graph(neo4j_demo):
    # The type checks above would pass on nulls alone; the demo graph has real values of each.
    found = set()
    for label, props in schema.NODE_PROPERTIES.items():
        for prop in props:
            found |= {r["t"] for r in neo4j_demo.run(
                f"MATCH (n:{label}) RETURN DISTINCT valueType(n.{prop}) AS t")}
    assert {"STRING NOT NULL", "FLOAT NOT NULL", "DATE NOT NULL",
            "LIST<STRING NOT NULL> NOT NULL"} <= found


# -- idempotence, sync, foreign data -------------------------------------------------------------
def test_a_second_push_changes_nothing_by_the_servers_counters(neo4j_empty, demo_db):
    kg = load_graph(demo_db)
    config = neo4j_empty.config()
    push(kg, config, batch_size=50)
    before = _snapshot(neo4j_empty)
    again = push(kg, config, batch_size=50)
    assert (again.total_created, again.total_updated, again.total_removed) == (0, 0, 0)
    assert (again.properties_set, again.constraints_added) == (0, 0)
    assert _snapshot(neo4j_empty) == before  # same elements, same properties: nothing rewritten
    neo4j_empty.holds = "demo"


def _add_foreign_data(live) -> None:
    """Data aikg did not write: a node, links between aikg's nodes, a link to a doomed node."""
    live.run("CREATE (:Company {id: $id, name: 'theirs'})", id=FOREIGN_ID)
    live.run("MATCH (a:Company {id: 'company:microsoft'}), (b:Company {id: 'company:google'}) "
             "CREATE (a)-[:CLIENT_OF {note: 'theirs'}]->(b), (a)-[:WATCHES]->(b)")
    live.run("MATCH (a:Company {id: $id}), (b:Company {id: 'company:nebius'}) "
             "CREATE (a)-[:WATCHES]->(b)", id=FOREIGN_ID)


def test_removing_an_article_removes_exactly_what_came_from_it(neo4j_empty, demo_db, tmp_path):
    before = load_graph(demo_db)
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO, corpus)
    (corpus / REMOVED_ARTICLE).unlink()
    build([corpus], tmp_path / "db")
    after = load_graph(tmp_path / "db")

    config = neo4j_empty.config()
    push(before, config)
    _add_foreign_data(neo4j_empty)
    foreign_before = neo4j_empty.run("MATCH (a)-[r]->(b) WHERE r.aikg_managed IS NULL "
                                     "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p "
                                     "ORDER BY a, t, b")
    summary = push(after, config)

    old_nodes, new_nodes = all_node_rows(before), all_node_rows(after)
    old_rels, new_rels = rel_rows(before), rel_rows(after)
    gone_nodes = {label: {r["id"] for r in old_nodes[label]} - {r["id"] for r in new_nodes[label]}
                  for label in schema.NODE_LABELS}
    # Nebius is linked by the foreign WATCHES: kept, and counted as kept, not removed.
    assert "company:nebius" in gone_nodes["Company"]
    assert {k: n for k, n in summary.kept.items() if n} == {"Company": 1}
    gone_nodes["Company"].discard("company:nebius")
    gone_rels: dict[str, int] = {}
    for combo in cypher.rel_combos():
        keys = {(r[cypher.FROM_ID], r[cypher.TO_ID]) for r in old_rels[combo]}
        keys -= {(r[cypher.FROM_ID], r[cypher.TO_ID]) for r in new_rels[combo]}
        gone_rels[combo[0]] = gone_rels.get(combo[0], 0) + len(keys)
    expected = {**{k: len(v) for k, v in gone_nodes.items()}, **gone_rels}
    assert {k: summary.removed.get(k, 0) for k in expected} == expected
    # Its document, companies, a person, and their relationships.
    assert (expected["Document"], expected["Person"]) == (1, 1) and expected["CLIENT_OF"] >= 1
    assert expected["Company"] >= 1 and expected["MENTIONS"] >= 3

    nodes, rels = _read_back(neo4j_empty)
    want_nodes, want_rels = _expected_rows(after)
    kept = [n for n in nodes["Company"] if n["id"] == "company:nebius"]
    assert len(kept) == 1
    assert {label: [n for n in rows if n["id"] != "company:nebius"]
            for label, rows in nodes.items()} == want_nodes
    assert rels == want_rels
    foreign_after = neo4j_empty.run("MATCH (a)-[r]->(b) WHERE r.aikg_managed IS NULL "
                                    "RETURN a.id AS a, type(r) AS t, b.id AS b, "
                                    "properties(r) AS p ORDER BY a, t, b")
    assert foreign_after == foreign_before and len(foreign_after) == 3
    assert neo4j_empty.run("MATCH (n {id: $id}) RETURN properties(n) AS p", id=FOREIGN_ID) == [
        {"p": {"id": FOREIGN_ID, "name": "theirs"}}]


def test_a_foreign_node_with_an_aikg_id_is_never_changed_or_removed(neo4j_empty):
    neo4j_empty.run("CREATE (:Company {id: 'company:google', name: 'Their Google', rank: 1})")
    config = neo4j_empty.config()
    summary = push(sample_graph(), config)
    assert summary.created["Company"] == 3  # meta, scale-ai, hostile; google was theirs
    push(KnowledgeGraph(), config)  # aikg removes all of its own data
    assert neo4j_empty.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p") == [
        {"l": ["Company"], "p": {"id": "company:google", "name": "Their Google", "rank": 1}}]
    assert neo4j_empty.run("MATCH ()-[r]->() RETURN count(r) AS n") == [{"n": 0}]


def test_hostile_text_arrives_intact_and_the_export_script_agrees(neo4j_empty):
    kg = sample_graph(extra_companies=2)
    config = neo4j_empty.config()
    push(kg, config, batch_size=2)
    nodes, rels = _read_back(neo4j_empty)
    assert (nodes, rels) == _expected_rows(kg)
    [hostile] = [n for n in nodes["Company"] if n["id"] == HOSTILE_ID]
    assert hostile["name"] == HOSTILE
    # The exported script carries the same rows: run after the push it writes nothing.
    before = _snapshot(neo4j_empty)
    for statement in cypher_script(kg):
        columns, rows = run_query(statement, write=True, config=config)
        if columns == ["written"]:
            assert rows == [[0]], statement[:200]
    assert _snapshot(neo4j_empty) == before


# -- constraints ----------------------------------------------------------------------------------
def test_the_constraints_exist_after_push_and_the_server_enforces_them(neo4j_empty):
    assert neo4j_empty.run("SHOW CONSTRAINTS") == []
    summary = push(sample_graph(), neo4j_empty.config())
    assert summary.constraints_added == len(schema.NODE_LABELS)
    shown = neo4j_empty.run("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, "
                            "properties RETURN * ORDER BY name")
    assert shown == sorted(({"name": cypher.constraint_name(label), "type": "UNIQUENESS",
                             "entityType": "NODE", "labelsOrTypes": [label], "properties": ["id"]}
                            for label in schema.NODE_LABELS), key=lambda c: c["name"])
    with pytest.raises(ConstraintError):
        neo4j_empty.run("CREATE (:Company {id: 'company:meta'})")
    assert push(sample_graph(), neo4j_empty.config()).constraints_added == 0


def test_a_constraint_the_user_already_has_under_another_name_is_kept(neo4j_empty):
    neo4j_empty.run("CREATE CONSTRAINT theirs FOR (n:Company) REQUIRE n.id IS UNIQUE")
    summary = push(sample_graph(), neo4j_empty.config())
    assert summary.constraints_added == len(schema.NODE_LABELS) - 1
    names = {r["name"] for r in neo4j_empty.run("SHOW CONSTRAINTS YIELD name")}
    assert "theirs" in names and cypher.constraint_name("Company") not in names


# -- named queries --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(NAMED_QUERY_PARAMS))
def test_named_query_gives_the_same_rows_on_neo4j(neo4j_demo, demo_db, name):
    params = NAMED_QUERY_PARAMS[name][0]
    query = library.get(name)
    expected = embedded_query(demo_db, query.cypher, params)
    notices: list[str] = []
    got = run_query(query.neo4j_cypher, params, config=neo4j_demo.config(), notices=notices)
    assert got == expected
    # Every name the queries use exists on the server, even one no row has a value for.
    assert notices == []


def test_every_named_query_is_compared():
    assert {q.name for q in library.named_queries()} == set(NAMED_QUERY_PARAMS)


def test_a_misspelt_property_is_one_warning_line(neo4j_demo):
    notices: list[str] = []
    run_query("MATCH (n:Company)\nRETURN n.nmae AS name LIMIT 1", config=neo4j_demo.config(),
              notices=notices)
    assert notices == ["property key does not exist. The property `nmae` does not exist. "
                       "Verify that the spelling is correct. (line 2, column 10)"]


# -- access mode and connection errors ----------------------------------------------------------
def test_read_mode_is_refused_by_the_server_and_write_mode_writes(neo4j_empty):
    config = neo4j_empty.config()
    statement = "CREATE (n:Company {id: $id}) RETURN n.id AS id"
    with pytest.raises(QueryError, match="add --write") as caught:
        run_query(statement, {"id": FOREIGN_ID}, config=config)
    assert caught.value.__cause__.code == "Neo.ClientError.Statement.AccessMode"
    assert neo4j_empty.run("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    assert run_query(statement, {"id": FOREIGN_ID}, config=config, write=True) == (
        ["id"], [[FOREIGN_ID]])
    assert neo4j_empty.run("MATCH (n) RETURN n.id AS id") == [{"id": FOREIGN_ID}]


def test_repeated_wrong_passwords_lock_the_user_for_a_while(neo4j_server, neo4j_user):
    user, password = neo4j_user
    wrong = neo4j_server.config(username=user, password="not-the-password-x")
    for _ in range(3):  # the server's default: three failures, then a lock of a few seconds
        with pytest.raises(Neo4jError, match="refused the credentials"):
            run_query("RETURN 1", config=wrong)
    right = neo4j_server.config(username=user, password=password)
    with pytest.raises(Neo4jError) as caught:
        run_query("RETURN 1", config=right)
    assert str(caught.value) == (
        f"Neo4j at {neo4j_server.uri} is refusing user '{user}' for now after too many wrong "
        "passwords in a row: check NEO4J_PASSWORD, wait a few seconds and run again")
    assert password not in str(caught.value)
