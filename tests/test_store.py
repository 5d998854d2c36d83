"""The embedded store: tables generated from the schema, bulk load, atomic swap, read-only queries."""

import os
from pathlib import Path

import pytest

from graph import schema
from graph.errors import QueryError, StoreError
from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity
from graph.store import (StoreLoader, copy_file_sql, db_path, graph_units, node_table_sql, rel_table_sql, run_query,
                         schema_sql, write_store)
from graph.store_changes import create_nodes_sql, create_rels_sql, delete_nodes_sql, delete_rels_sql, update_nodes_sql


def test_node_table_sql_is_generated_from_the_schema():
    assert node_table_sql("Company") == (
        "CREATE NODE TABLE Company(id STRING, name STRING, aliases STRING[], kind STRING, PRIMARY KEY(id))")


def test_rel_table_sql_lists_every_endpoint_pair():
    assert rel_table_sql("INVESTED") == (
        "CREATE REL TABLE INVESTED(FROM Company TO Investment, FROM Person TO Investment, sources STRING[], "
        "evidence STRING[], certainty STRING, first_seen DATE, last_seen DATE, claims STRING)")
    assert copy_file_sql("INVESTED", Path("/s/it's\\x.parquet"), "Person", "Investment") == \
        "COPY INVESTED FROM '/s/it\\'s\\\\x.parquet' (from='Person', to='Investment')"


def test_row_by_row_changes_take_their_rows_as_parameters_with_every_value_cast():
    assert delete_rels_sql("CLIENT_OF", "Company", "Company") == \
        "UNWIND $rows AS r MATCH (a:Company {id: r.src})-[x:CLIENT_OF]->(b:Company {id: r.dst}) DELETE x"
    assert delete_nodes_sql("Investment") == "UNWIND $ids AS i MATCH (n:Investment {id: i}) DETACH DELETE n"
    assert update_nodes_sql("Person") == ("UNWIND $rows AS r MATCH (n:Person {id: r.id}) SET n.name = "
                                          "CAST(r.name AS STRING), n.aliases = CAST(r.aliases AS STRING[])")
    assert create_nodes_sql("Person") == ("UNWIND $rows AS r CREATE (n:Person {id: CAST(r.id AS STRING), "
                                          "name: CAST(r.name AS STRING), aliases: CAST(r.aliases AS STRING[])})")
    assert create_rels_sql("FOUNDED", "Person", "Company") == (
        "UNWIND $rows AS r MATCH (a:Person {id: r.src}), (b:Company {id: r.dst}) CREATE (a)-[:FOUNDED {"
        "sources: CAST(r.sources AS STRING[]), evidence: CAST(r.evidence AS STRING[]), certainty: "
        "CAST(r.certainty AS STRING), first_seen: CAST(r.first_seen AS DATE), last_seen: CAST(r.last_seen AS DATE), "
        "claims: CAST(r.claims AS STRING)}]->(b)")


def test_schema_sql_covers_every_label_and_type():
    statements = schema_sql()
    assert len(statements) == len(schema.NODE_LABELS) + len(schema.REL_TYPES)


@pytest.fixture
def hostile_kg():
    kg = KnowledgeGraph()
    name = "Evil'}) DETACH DELETE n // \"Co\" \\ <script>alert(1)</script>\nZ 中文"
    kg.add_entity(Entity(id="company:evil", label="Company", name=name, aliases=["e'vil"]))
    kg.add_entity(Entity(id="company:b", label="Company", name="B"))
    kg.add_entity(Entity(id="person:p", label="Person", name="Pé Ñ"))
    kg.add_document(Document(id="document:1", sha256="1", title="t"))
    kg.add_claim(Claim(type="CLIENT_OF", source="company:evil", target="company:b", status="active",
                       doc="document:1", evidence=name))
    kg.add_deal(DealClaim(investors=["person:p"], target="company:b", amount=5e8, amount_usd=5e8,
                          currency="USD", stake=0.1, doc="document:1", evidence="s"))
    return kg, name


def test_round_trip_keeps_hostile_text_byte_identical(hostile_kg, fresh_db):
    kg, name = hostile_kg
    written = write_store(kg, fresh_db)
    assert written["Company"] == 2 and written["CLIENT_OF"] == 1 and written["INVESTED"] == 1
    _, rows = run_query(fresh_db, "MATCH (c:Company)-[r:CLIENT_OF]->() RETURN c.name, c.aliases, r.evidence")
    assert rows == [[name, ["e'vil"], [name]]]
    _, rows = run_query(fresh_db, "MATCH (c:Company) WHERE c.name = $n RETURN c.id", {"n": name})
    assert rows == [["company:evil"]]


def test_staged_rows_are_written_out_once_they_hold_many_claims(hostile_kg, tmp_path, monkeypatch):
    """A relationship's claims weigh on the build's memory as much as rows do: batches are written
    out when their claims pass the limit, not only when one table has BATCH rows."""
    kg, _ = hostile_kg
    monkeypatch.setattr(StoreLoader, "BATCH_CLAIMS", 1)
    loader = StoreLoader(tmp_path / "db" / "graph.lbdb", tmp_path / "staging")
    for unit in graph_units(kg):
        loader.add(unit.rows())
        if any(row.props.get("claims") for row in unit.rows()):
            assert loader.claims == 0 and not any(loader.pending.values())
    assert {name for name, _, _ in loader.writers} >= {"CLIENT_OF", "INVESTED"}
    (tmp_path / "db").mkdir()
    assert loader.load() == write_store(kg, tmp_path / "whole")
    query = "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id, r.evidence, r.claims ORDER BY a.id, b.id"
    assert run_query(tmp_path / "db", query) == run_query(tmp_path / "whole", query)


def test_rebuild_swaps_in_a_new_file_and_leaves_no_temporaries(hostile_kg, fresh_db):
    kg, _ = hostile_kg
    write_store(kg, fresh_db)
    write_store(KnowledgeGraph(), fresh_db)
    assert os.listdir(fresh_db) == [db_path(fresh_db).name]
    _, rows = run_query(fresh_db, "MATCH (n) RETURN count(n)")
    assert rows == [[0]]


def test_queries_are_read_only_unless_asked(hostile_kg, fresh_db):
    write_store(hostile_kg[0], fresh_db)
    with pytest.raises(QueryError, match="add --write"):
        run_query(fresh_db, "MATCH (n:Company) DETACH DELETE n")
    run_query(fresh_db, "MATCH (n:Company) WHERE n.id = 'company:b' DETACH DELETE n", write=True)
    assert run_query(fresh_db, "MATCH (n:Company) RETURN count(n)")[1] == [[1]]


def test_syntax_error_is_one_line(hostile_kg, fresh_db):
    write_store(hostile_kg[0], fresh_db)
    with pytest.raises(QueryError) as err:
        run_query(fresh_db, "MATC (n) RETURN n")
    assert str(err.value) == "Cypher syntax error: 'MATC' does not start a clause (line 1, column 1); did you mean MATCH?"


def test_missing_and_broken_databases_are_named(tmp_path):
    with pytest.raises(StoreError, match="run `aikg build PATH"):
        run_query(tmp_path / "none", "MATCH (n) RETURN n")
    (tmp_path / "bad").mkdir()
    db_path(tmp_path / "bad").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="rebuild it with `aikg build`"):
        run_query(tmp_path / "bad", "MATCH (n) RETURN n")
