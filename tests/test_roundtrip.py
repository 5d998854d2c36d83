"""Issue 7, item 4: hostile names and sentences come back byte-identical, and queries never write
unless told to.

A graph whose names, aliases, evidence, roles and document fields hold quotes,
backslashes, line breaks, Cypher fragments, markup and non-Latin scripts is
published as a graph directory (graph.directory.publish_graph, the store and index a build writes), then read back
through `aikg query` (json, csv, parameters) and `aikg export` (json, graphml,
cypher, csv, neo4j-csv). A second test sends the same text through the whole pipeline,
from JSON records to `aikg query`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity
from graph.directory import publish_graph
from queries.cli import app

HOSTILE = [
    "O'Brien \"Labs\"",
    "back\\slash \\\\ two \\'",
    "first line\nsecond line",
    "'}) DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "<script>alert('x')</script>",
    "<b onmouseover=\"alert(1)\">bold</b> &amp; &lt;",
    "Яндекс", "深度求索", "مرحبا بالعالم", "🚀 launch", "tab\there", "cr\rreturn",
    "e\u0301 decomposed", "zero\u200bwidth", "sep\u2028line", "$param {x: 1}", "`backtick`",
    "; DROP TABLE Company; --", " leading and trailing ",
]
WHEN = date(2025, 6, 13)


def aikg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def hostile_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_entity(Entity(id="company:meta", label="Company", name="Meta", kind="big_tech"))
    for i, text in enumerate(HOSTILE):
        doc = f"document:h{i:02d}"
        kg.add_document(Document(id=doc, title=text, source=text, url=f"https://example.org/?q={text}",
                                 published=WHEN, language="en", path=f"news/{text}.json", sha256=f"{i:064x}"))
        kg.add_entity(Entity(id=f"company:h{i:02d}", label="Company", name=text, aliases=[text, f"{text} alias"],
                             kind=text))
        kg.add_entity(Entity(id=f"person:h{i:02d}", label="Person", name=f"{text} person"))
        kg.add_claim(Claim(type="WORKS_AT", source=f"person:h{i:02d}", target=f"company:h{i:02d}", role=text,
                           status="current", doc=doc, date=WHEN, evidence=f"{text} hired someone."))
        kg.add_claim(Claim(type="CLIENT_OF", source="company:meta", target=f"company:h{i:02d}", status="active",
                           period=text, doc=doc, date=WHEN, evidence=text))
        kg.add_deal(DealClaim(investors=["company:meta"], target=f"company:h{i:02d}", amount=1e6 * (i + 1),
                              currency="USD", amount_usd=1e6 * (i + 1), status="completed", doc=doc, date=WHEN,
                              evidence=f"Meta invested in {text}."))
        kg.add_mention(doc, f"company:h{i:02d}", text, WHEN)
    return kg


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[KnowledgeGraph, Path]:
    kg = hostile_graph()
    db = tmp_path_factory.mktemp("hostile-db")
    publish_graph(kg, db)
    return kg, db


def _query_json(db: Path, cypher: str, *params: str) -> list[dict]:
    result = aikg("query", cypher, "--db", db, "--format", "json", *[a for p in params for a in ("--param", p)])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_query_json_returns_every_name_alias_and_document_field(published):
    kg, db = published
    rows = _query_json(db, "MATCH (c:Company) WHERE c.id STARTS WITH 'company:h' "
                           "RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.kind AS kind ORDER BY id")
    assert rows == [{"id": n["id"], "name": n["name"], "aliases": n["aliases"], "kind": n["kind"]}
                    for n in sorted(kg.nodes("Company"), key=lambda n: n["id"]) if n["id"].startswith("company:h")]
    docs = _query_json(db, "MATCH (d:Document) RETURN d.title AS title, d.source AS source, d.url AS url, "
                           "d.path AS path ORDER BY d.id")
    assert [d["title"] for d in docs] == HOSTILE
    assert [d["path"] for d in docs] == [f"news/{t}.json" for t in HOSTILE]
    assert [d["url"] for d in docs] == [f"https://example.org/?q={t}" for t in HOSTILE]


def test_query_returns_evidence_roles_and_claims_exactly(published):
    kg, db = published
    rows = _query_json(db, "MATCH (p:Person)-[r:WORKS_AT]->(c:Company) RETURN c.id AS id, r.role AS role, "
                           "r.evidence AS evidence, r.claims AS claims ORDER BY id")
    for row, text in zip(rows, HOSTILE):
        assert row["role"] == text
        assert row["evidence"] == [f"{text} hired someone."]
        assert json.loads(row["claims"])[0]["evidence"] == f"{text} hired someone."
    deals = _query_json(db, "MATCH (i:Investment) RETURN i.evidence AS evidence ORDER BY i.amount")
    assert [d["evidence"] for d in deals] == [[f"Meta invested in {t}."] for t in HOSTILE]


def test_query_csv_keeps_every_character(published):
    _, db = published
    result = aikg("query", "MATCH (d:Document) RETURN d.title AS title ORDER BY d.id", "--db", db, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows == [["title"], *[[t] for t in HOSTILE]]


@pytest.mark.parametrize("text", HOSTILE)
def test_parameters_carry_values_never_code(published, text):
    _, db = published
    rows = _query_json(db, "MATCH (c:Company) WHERE c.name = $name RETURN c.id AS id", f"name={text}")
    assert rows == [{"id": f"company:h{HOSTILE.index(text):02d}"}]
    assert _query_json(db, "MATCH (n) RETURN count(n) AS n")[0]["n"] == 1 + 4 * len(HOSTILE)


def test_export_json_reads_back_identical_and_graphml_keeps_the_text(published, tmp_path):
    import networkx as nx

    kg, db = published
    assert aikg("export", "--format", "json", "--out", tmp_path / "g.json", "--db", db).exit_code == 0
    assert _canonical(KnowledgeGraph.read_json(tmp_path / "g.json")) == _canonical(kg)
    assert aikg("export", "--format", "graphml", "--out", tmp_path / "g.graphml", "--db", db).exit_code == 0
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    for node in kg.nodes():
        attrs = back.nodes[node["id"]]
        assert attrs["label"] == attrs["name"] == node["name"]
        assert attrs.get("aliases") == ("; ".join(node["aliases"]) if node.get("aliases") else None)
    sentences = {d["evidence"] for _, _, d in back.edges(data=True) if "evidence" in d}
    for u, v, attrs in kg.edges():
        assert "; ".join(attrs["evidence"]) in sentences


def _canonical(kg: KnowledgeGraph) -> tuple:
    """Nodes and relationships with every attribute, in id order (a store keeps no insertion order)."""
    data = kg.to_json()
    return (sorted(data["nodes"], key=lambda n: n["id"]),
            sorted(data["links"], key=lambda e: (e["source"], e["target"], e["key"])))


_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'", re.S)
_UNESCAPE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def _cypher_strings(script: str) -> set[str]:
    """Every single-quoted literal of a Cypher script, unescaped by Cypher's rules (not by aikg's code)."""
    def unescape(body: str) -> str:
        return re.sub(r"\\(u[0-9a-fA-F]{4}|.)",
                      lambda m: chr(int(m[1][1:], 16)) if m[1][0] == "u" and len(m[1]) == 5 else _UNESCAPE[m[1]],
                      body, flags=re.S)
    return {unescape(m[1]) for m in _LITERAL.finditer(script)}


def test_export_cypher_and_csv_carry_the_exact_text(published, tmp_path):
    _, db = published
    assert aikg("export", "--format", "cypher", "--out", tmp_path / "g.cypher", "--db", db).exit_code == 0
    literals = _cypher_strings((tmp_path / "g.cypher").read_text(encoding="utf-8"))
    for text in HOSTILE:
        assert {text, f"{text} hired someone.", f"Meta invested in {text}."} <= literals, text
    assert "DETACH DELETE n //" not in re.sub(_LITERAL, "''", (tmp_path / "g.cypher").read_text(encoding="utf-8"))
    assert aikg("export", "--format", "neo4j-csv", "--out", tmp_path / "csv", "--db", db).exit_code == 0
    fields = set()
    for path in (tmp_path / "csv").glob("*.csv"):
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.reader(handle):
                fields.update(part for field in row for part in field.split("\u001f"))
    for text in HOSTILE:
        assert {text, f"{text} person", f"{text} hired someone."} <= fields, text
    # The plain CSV for spreadsheets carries the same names, one cell each.
    assert aikg("export", "--format", "csv", "--out", tmp_path / "plain", "--db", db).exit_code == 0
    with open(tmp_path / "plain" / "nodes_Company.csv", newline="", encoding="utf-8-sig") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    assert set(HOSTILE) <= names


def test_hostile_text_survives_the_whole_pipeline(tmp_path):
    records = tmp_path / "news.jsonl"
    lines = [{"title": text, "source": text, "url": f"https://example.org/{i}?q={text}", "published": "2025-06-13",
              "text": f"Meta invested $10 million in Scale AI, the company said of {text} on Friday."}
             for i, text in enumerate(HOSTILE)]
    records.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    result = aikg("build", records, "--db", tmp_path / "db")
    assert result.exit_code == 0, result.stderr
    docs = _query_json(tmp_path / "db", "MATCH (d:Document) RETURN d.title AS title, d.source AS source, "
                                        "d.url AS url ORDER BY d.url")
    expected = sorted(({"title": t.strip(), "source": t.strip(), "url": f"https://example.org/{i}?q={t}".strip()}
                       for i, t in enumerate(HOSTILE)), key=lambda d: d["url"])
    assert docs == expected
    mentions = _query_json(tmp_path / "db", "MATCH (d:Document)-[m:MENTIONS]->(c:Company {name: 'Meta'}) "
                                            "RETURN d.url AS url, m.evidence AS evidence")
    assert len(mentions) == len(HOSTILE)
    for row in mentions:
        i = int(re.match(r"https://example.org/(\d+)\?", row["url"])[1])
        sentence = row["evidence"][0]
        assert sentence in lines[i]["text"]  # a verbatim piece of the article, nothing escaped
        if not re.search(r"[\n\r\u2028]", HOSTILE[i]):
            assert HOSTILE[i].strip() in sentence


WRITES = ["CREATE (:Company {id: 'x', name: 'x'})", "MERGE (n:Company {id: 'x'})",
          "MATCH (n:Company) SET n.name = 'x'", "MATCH (n) DELETE n", "MATCH (n) DETACH DELETE n",
          "MATCH (n:Company) REMOVE n.kind", "create (:Company {id: 'y'})",
          "MATCH (n) // just reading\nDETACH DELETE n"]
# Schema changes and files: refused with --write too (graph.query_guard), so no hint to add it.
NEVER = ["DROP TABLE Company", "ALTER TABLE Company ADD x STRING", "CREATE NODE TABLE X(id STRING, PRIMARY KEY(id))",
         "COPY Company FROM 'x.csv'"]


@pytest.mark.parametrize("cypher", WRITES + NEVER)
def test_writes_are_refused_in_one_line(published, cypher):
    _, db = published
    result = aikg("query", cypher, "--db", db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert ("add --write" in result.stderr) is (cypher in WRITES)


def test_reads_that_only_mention_write_words_run(published):
    _, db = published
    rows = _query_json(db, "MATCH (c:Company) WHERE c.name = 'DETACH DELETE' OR c.name CONTAINS \"CREATE\" "
                           "/* SET x */ RETURN count(c) AS n")
    assert rows == [{"n": 0}]


def test_write_runs_with_write(published, tmp_path):
    import shutil
    _, db = published
    copy = tmp_path / "db"
    shutil.copytree(db, copy, symlinks=True)
    assert aikg("query", "CREATE (:Company {id: 'company:new', name: 'New'})", "--db", copy, "--write").exit_code == 0
    assert _query_json(copy, "MATCH (c:Company {id: 'company:new'}) RETURN c.name AS name") == [{"name": "New"}]
