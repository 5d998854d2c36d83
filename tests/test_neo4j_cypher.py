"""The Cypher aikg sends to Neo4j: exact strings, schema names only, and Neo4j's own linter.

Regenerate the golden file after a deliberate change with:
  .venv/bin/python -c "from graph import neo4j_cypher as c; \
open('tests/data/neo4j_statements.cypher', 'w').write(c.golden_text())"
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import neo4j_cypher as cypher
from graph import schema
from graph.errors import InvalidValue
from graph.export import cypher_script

try:  # tests/ on sys.path (pytest's default) or the repository root
    from cypher_lint import lint, problems
    from neo4j_fixtures import HOSTILE, sample_graph
except ImportError:  # pragma: no cover
    from tests.cypher_lint import lint, problems
    from tests.neo4j_fixtures import HOSTILE, sample_graph

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "neo4j_statements.cypher"


# -- exact strings -------------------------------------------------------------
def test_constraint_is_exact():
    assert cypher.constraint(schema.COMPANY) == (
        "CREATE CONSTRAINT aikg_company_id IF NOT EXISTS\n"
        "FOR (n:Company) REQUIRE n.id IS UNIQUE")
    assert cypher.constraints() == [cypher.constraint(label) for label in schema.NODE_LABELS]


def test_token_statements_are_exact_and_name_only_schema_names():
    assert cypher.tokens("key") == "UNWIND $rows AS row\nCALL db.createProperty(row)"
    assert cypher.tokens("label") == "UNWIND $rows AS row\nCALL db.createLabel(row)"
    assert cypher.tokens("type") == "UNWIND $rows AS row\nCALL db.createRelationshipType(row)"
    assert cypher.token_names("label") == list(schema.NODE_LABELS)
    assert cypher.token_names("type") == list(schema.REL_TYPES)
    assert "spend_usd" in cypher.token_names("key") and "aikg_hash" in cypher.token_names("key")


def test_node_merge_is_exact():
    assert cypher.node_merge(schema.PERSON) == (
        "UNWIND $rows AS row\n"
        "MERGE (n:Person {id: row.id})\n"
        "ON CREATE SET n.aikg_managed = true\n"
        "WITH n, row\n"
        "WHERE n.aikg_managed = true AND coalesce(n.aikg_hash, '') <> row.aikg_hash\n"
        "SET n.aikg_hash = row.aikg_hash,\n"
        "    n.name = row.name,\n"
        "    n.aliases = row.aliases\n"
        "RETURN count(n) AS written")


def test_rel_merge_is_exact():
    assert cypher.rel_merge(schema.WORKS_AT, schema.PERSON, schema.COMPANY) == (
        "UNWIND $rows AS row\n"
        "MATCH (a:Person {id: row.from_id})\n"
        "MATCH (b:Company {id: row.to_id})\n"
        "MERGE (a)-[r:WORKS_AT {aikg_managed: true}]->(b)\n"
        "WITH r, row\n"
        "WHERE coalesce(r.aikg_hash, '') <> row.aikg_hash\n"
        "SET r.aikg_hash = row.aikg_hash,\n"
        "    r.role = row.role,\n"
        "    r.status = row.status,\n"
        "    r.sources = row.sources,\n"
        "    r.evidence = row.evidence,\n"
        "    r.certainty = row.certainty,\n"
        "    r.first_seen = row.first_seen,\n"
        "    r.last_seen = row.last_seen,\n"
        "    r.claims = row.claims\n"
        "RETURN count(r) AS written")


def test_sync_statements_are_exact():
    assert cypher.managed_node_ids(schema.DOCUMENT) == (
        "MATCH (n:Document)\nWHERE n.aikg_managed = true\nRETURN n.id AS id")
    assert cypher.delete_nodes(schema.DOCUMENT) == (
        "UNWIND $ids AS id\n"
        "MATCH (n:Document {id: id})\n"
        "WHERE n.aikg_managed = true AND NOT EXISTS { (n)--() }\n"
        "DELETE n")
    assert cypher.managed_rel_pairs(schema.INTO, schema.INVESTMENT, schema.COMPANY) == (
        "MATCH (a:Investment)-[r:INTO]->(b:Company)\n"
        "WHERE r.aikg_managed = true\n"
        "RETURN a.id AS from_id, b.id AS to_id")
    assert cypher.delete_rels(schema.INTO, schema.INVESTMENT, schema.COMPANY) == (
        "UNWIND $rows AS row\n"
        "MATCH (a:Investment {id: row.from_id})-[r:INTO]->(b:Company {id: row.to_id})\n"
        "WHERE r.aikg_managed = true\n"
        "DELETE r")


def test_every_statement_matches_the_golden_file():
    assert cypher.golden_text() == GOLDEN.read_text(encoding="utf-8")


def test_inventory_covers_every_label_and_combination():
    names = cypher.all_statements()
    for label in schema.NODE_LABELS:
        for kind in ("constraint", "merge", "managed", "delete", "read"):
            assert f"{kind} {label}" in names
    combos = cypher.rel_combos()
    assert len(combos) == sum(len(ends) for ends in schema.REL_ENDPOINTS.values())
    for rel, a, b in combos:
        assert f"merge {rel} {a}->{b}" in names
    assert [f"tokens {kind}" for kind in cypher.TOKEN_PROCEDURES] == [
        n for n in names if n.startswith("tokens ")]
    assert len(names) == 5 * len(schema.NODE_LABELS) + 4 * len(combos) + 3


# -- only schema names, never values ---------------------------------------------
def test_labels_and_types_all_come_from_the_schema():
    for name, (text, params) in cypher.all_statements().items():
        labels = set(re.findall(r"\((?:n|a|b):(\w+)", text))
        types = set(re.findall(r"\[r:(\w+)", text))
        assert labels or name.startswith("tokens "), name
        assert labels <= set(schema.NODE_LABELS), name
        assert types <= set(schema.REL_TYPES), name
        declared = set(re.findall(r"\$(\w+)", text))
        assert declared == set(params), name  # values only via these parameters
        assert "'" not in text.replace("coalesce(n.aikg_hash, '')", "") \
            .replace("coalesce(r.aikg_hash, '')", ""), name  # no string literal


@pytest.mark.parametrize("bad", [
    "Compny", "Company) DETACH DELETE (x", "company", HOSTILE, "",
])
def test_a_name_outside_the_schema_is_refused(bad):
    with pytest.raises(InvalidValue):
        cypher.node_merge(bad)
    with pytest.raises(InvalidValue):
        cypher.rel_merge(bad, schema.COMPANY, schema.COMPANY)


def test_an_endpoint_pair_outside_the_schema_is_refused():
    with pytest.raises(InvalidValue, match="not in the schema"):
        cypher.rel_merge(schema.WORKS_AT, schema.COMPANY, schema.PERSON)


def test_every_row_property_is_written():
    for label in schema.NODE_LABELS:
        text = cypher.node_merge(label)
        for prop in schema.NODE_PROPERTIES[label]:
            if prop != "id":
                assert f"n.{prop} = row.{prop}" in text
    for rel, a, b in cypher.rel_combos():
        text = cypher.rel_merge(rel, a, b)
        for prop in schema.REL_PROPERTIES[rel]:
            assert f"r.{prop} = row.{prop}" in text


# -- Neo4j's linter --------------------------------------------------------------
def test_every_statement_passes_neo4j_lint():
    statements = cypher.all_statements()
    results = lint([{"query": text, "parameters": params}
                    for text, params in statements.values()])
    failures = {name: problems(result) for name, result in zip(statements, results)
                if problems(result) or result["statements"] != 1}
    assert failures == {}


def test_the_linter_catches_a_broken_statement():
    # The harness must fail a bad statement, or the test above proves nothing.
    results = lint([
        {"query": "UNWIND $rows AS row MERGE (n:Company {id: row.id}) RETRN n",
         "parameters": {"rows": []}},
        {"query": "UNWIND $rows AS row RETURN row"},  # $rows not given
        {"query": "MATCH (n:Compny) RETURN n.nme"},
        {"query": "RETURN nosuchfunction(1)"},
    ])
    assert [bool(problems(r, ("error",))) for r in results] == [True, True, False, True]
    assert any("Compny" in p for p in problems(results[2], ("warning",)))


def test_exported_script_passes_neo4j_lint_as_one_file():
    kg = sample_graph(extra_companies=3)
    statements = cypher_script(kg, batch_size=2)
    script = "".join(f"{s};\n\n" for s in statements)
    [result] = lint([script])
    assert problems(result) == []
    # The linter's own splitter sees exactly our statements: no literal ended
    # early, no `;` or `//` inside a name started anything.
    assert result["statements"] == len(statements)


def test_named_queries_pass_neo4j_lint():
    """Each named query as `aikg query --neo4j --name` sends it: NAME.neo4j.cypher where it
    exists, else NAME.cypher, with exactly the parameters its `// params:` line declares."""
    from queries import library

    queries = library.named_queries()
    if not queries:
        pytest.skip("queries/ has no *.cypher file yet")
    results = lint([{"query": q.neo4j_cypher, "parameters": {p: "" for p in q.params}}
                    for q in queries])
    errors = {q.name: problems(r, ("error",)) for q, r in zip(queries, results)
              if problems(r, ("error",)) or r["statements"] != 1}
    assert errors == {}
