"""GraphML for Gephi, yEd and Cytoscape, and plain CSV for spreadsheets (graph/flat.py,
graph/graphml.py, graph/plain_csv.py), read back with networkx and the csv module."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graph.flat import FlatOptions
from graph.graphml import graphml_text, write_graphml
from graph.memgraph import KnowledgeGraph
from graph.model import Entity
from graph.plain_csv import write_csv

try:
    from neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
except ImportError:  # pragma: no cover
    from tests.neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph

GOLDEN = Path(__file__).parent / "data" / "export"
NS = "{http://graphml.graphdrawing.org/xmlns}"
# Names and key ids Gephi's GraphML importer takes as drawing properties rather than data.
GEPHI_NODE_PROPERTIES = {"label", "d3", "x", "y", "z", "xpos", "ypos", "size", "r", "g", "b"}
GEPHI_EDGE_PROPERTIES = {"label", "edgelabel", "d7", "weight", "edge weight", "id", "edgeid", "r", "g", "b"}
OPTIONS = {
    "all": FlatOptions(),
    "entities": FlatOptions(documents=False, investment_edges=True),
    "no-mentions": FlatOptions(mentions=False),
}


def read_back(kg: KnowledgeGraph, tmp_path: Path, options: FlatOptions = FlatOptions()) -> nx.MultiDiGraph:
    path = tmp_path / "g.graphml"
    write_graphml(kg, path, options)
    return nx.read_graphml(path, force_multigraph=True)


def keys(text: str) -> list[dict]:
    return [k.attrib for k in ET.fromstring(text).iter(f"{NS}key")]


@pytest.mark.parametrize("name", OPTIONS)
def test_graphml_matches_the_golden_file(name):
    # The golden files are this writer's output, checked by hand in Gephi's terms (see the
    # tests below); a change to them is a change to what analysts open.
    expected = (GOLDEN / f"sample-{name}.graphml").read_text(encoding="utf-8")
    assert graphml_text(sample_graph(), OPTIONS[name]) == expected


@pytest.mark.parametrize("name", OPTIONS)
def test_graphml_keys_are_what_gephi_and_cytoscape_read(name):
    found = keys(graphml_text(sample_graph(), OPTIONS[name]))
    ids = [k["id"] for k in found]
    assert len(ids) == len(set(ids))  # GraphML ids are unique across nodes and edges
    node = {k["attr.name"]: k for k in found if k["for"] == "node"}
    edge = {k["attr.name"]: k for k in found if k["for"] == "edge"}
    # Gephi: `label` is the label; nothing else is taken for a drawing property.
    assert {n for n in node if n.lower() in GEPHI_NODE_PROPERTIES} == {"label"}
    assert {n for n in edge if n.lower() in GEPHI_EDGE_PROPERTIES} == {"label"}
    assert not {k["id"] for k in found} & {"d3", "d7"}
    # Cytoscape: `name` names the node, `interaction` the edge.
    assert {"name", "type"} <= set(node) and "interaction" in edge
    assert {k["attr.type"] for k in found} <= {"string", "double", "int"}


def test_graphml_values_are_scalars_and_the_label_is_the_name(tmp_path):
    kg = sample_graph()
    back = read_back(kg, tmp_path)
    assert back.number_of_nodes() == kg.g.number_of_nodes()
    assert back.number_of_edges() == kg.g.number_of_edges()
    for node in kg.nodes():
        attrs = back.nodes[node["id"]]
        assert attrs["label"] == attrs["name"] == node["name"] and attrs["type"] == node["label"]
    assert back.nodes[HOSTILE_ID]["aliases"] == f"{HOSTILE}; a;b|c"  # lists joined, the text exact
    assert back.nodes["company:meta"]["aliases"] == "Meta Platforms; Facebook"
    deal = next(n for n, d in back.nodes(data=True) if d["type"] == "Investment")
    assert (back.nodes[deal]["stake"], back.nodes[deal]["announced"], back.nodes[deal]["claim_count"]) == \
        (0.49, "2025-06-12", 1)
    for _, _, attrs in back.edges(data=True):
        assert attrs["label"] == attrs["interaction"]
        for value in attrs.values():
            assert isinstance(value, (str, int, float)) and not str(value).startswith(("[", "{"))
    client = back.get_edge_data("company:google", "company:scale-ai")
    [attrs] = client.values()
    assert (attrs["label"], attrs["status"], attrs["certainty"], attrs["claim_count"]) == \
        ("CLIENT_OF", "reconsidering", "reported", 1)
    assert attrs["evidence"] == "Google reconsidera su contrato con Scale AI, según informes."
    edge_ids = [e.get("id") for e in ET.fromstring(graphml_text(kg)).iter(f"{NS}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == kg.g.number_of_edges()


def test_graphml_investments_as_edges_without_documents(tmp_path):
    back = read_back(sample_graph(), tmp_path, OPTIONS["entities"])
    assert {d["type"] for _, d in back.nodes(data=True)} == {"Company", "Person"}
    assert {d["label"] for _, _, d in back.edges(data=True)} == {"INVESTED", "WORKS_AT", "CLIENT_OF",
                                                                 "COMPETES_WITH", "PARTNERS_WITH"}
    [deal] = back.get_edge_data("company:meta", "company:scale-ai").values()
    assert (deal["amount_usd"], deal["stake"], deal["status"], deal["announced"]) == \
        (14.3e9, 0.49, "completed", "2025-06-12")
    assert deal["evidence"] == "Meta invirtió US$14.300 millones por el 49% de Scale AI."
    assert deal["investment"].startswith("investment:") and "co_investors" not in deal


def test_graphml_without_mentions_keeps_documents(tmp_path):
    back = read_back(sample_graph(), tmp_path, OPTIONS["no-mentions"])
    assert "MENTIONS" not in {d["label"] for _, _, d in back.edges(data=True)}
    assert "document:seed-000" in back


def test_graphml_holds_what_xml_can_and_replaces_what_it_cannot(tmp_path):
    kg = KnowledgeGraph()
    kg.add_entity(Entity(id="company:x", label="Company", name="line\r\nend\tand\u0001bell\u2028"))
    assert read_back(kg, tmp_path).nodes["company:x"]["name"] == "line\r\nend\tand\ufffdbell\u2028"


# -- plain CSV ------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_plain_csv_files_and_columns(tmp_path):
    files = write_csv(sample_graph(), tmp_path)
    assert [p.name for p in files] == [
        "nodes_Company.csv", "nodes_Person.csv", "nodes_Investment.csv", "nodes_Document.csv",
        "relationships_INVESTED.csv", "relationships_INTO.csv", "relationships_WORKS_AT.csv",
        "relationships_CLIENT_OF.csv", "relationships_COMPETES_WITH.csv", "relationships_PARTNERS_WITH.csv",
        "relationships_MENTIONS.csv"]
    raw = (tmp_path / "nodes_Company.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,name,aliases,kind\r\n")  # BOM: Excel reads the accents
    companies = {r["id"]: r for r in read_csv(tmp_path / "nodes_Company.csv")}
    assert companies["company:meta"] == {"id": "company:meta", "name": "Meta",
                                         "aliases": "Meta Platforms; Facebook", "kind": "big_tech"}
    assert companies[HOSTILE_ID]["name"] == HOSTILE
    [client] = read_csv(tmp_path / "relationships_CLIENT_OF.csv")
    assert {k: client[k] for k in ("source_id", "source_name", "type", "target_id", "target_name", "status",
                                   "certainty", "first_seen", "claim_count", "spend_usd")} == {
        "source_id": "company:google", "source_name": "Google", "type": "CLIENT_OF",
        "target_id": "company:scale-ai", "target_name": "Scale AI", "status": "reconsidering",
        "certainty": "reported", "first_seen": "2025-06-13", "claim_count": "1", "spend_usd": ""}
    [deal] = read_csv(tmp_path / "nodes_Investment.csv")
    assert (deal["stake"], deal["amount_usd"], deal["sources"]) == ("0.49", "14300000000.0", "document:seed-000")


def test_plain_csv_investments_as_edges_and_no_documents(tmp_path):
    files = write_csv(sample_graph(), tmp_path, FlatOptions(documents=False, investment_edges=True))
    names = {p.name for p in files}
    assert "nodes_Investment.csv" not in names and "nodes_Document.csv" not in names
    assert "relationships_INTO.csv" not in names and "relationships_MENTIONS.csv" not in names
    [deal] = read_csv(tmp_path / "relationships_INVESTED.csv")
    assert (deal["source_name"], deal["target_name"], deal["amount_usd"], deal["stake"], deal["status"]) == \
        ("Meta", "Scale AI", "14300000000.0", "0.49", "completed")


def test_plain_csv_text_never_runs_as_a_formula(tmp_path):
    kg = KnowledgeGraph()
    for i, name in enumerate(['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "Ordinary"]):
        kg.add_entity(Entity(id=f"company:{i}", label="Company", name=name))
    write_csv(kg, tmp_path)
    assert [r["name"] for r in read_csv(tmp_path / "nodes_Company.csv")] == [
        "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "Ordinary"]
