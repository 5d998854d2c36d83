"""Exports for Neo4j: neo4j-admin CSV headers and values, the cypher-shell script's literals; dispatch."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from graph import export, neo4j_csv, schema
from graph.errors import InvalidValue
from graph.memgraph import KnowledgeGraph
from graph.model import Entity
from graph.neo4j_cypher import node_merge_body, rel_merge_body
from graph.neo4j_rows import all_node_rows, rel_rows

try:
    from neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph
except ImportError:  # pragma: no cover
    from tests.neo4j_fixtures import HOSTILE, HOSTILE_ID, sample_graph


# -- an independent reader of Cypher literals (openCypher's grammar) -----------------
class LiteralReader:
    """Parses the literal that starts at `pos`: the test's own code, not export's."""

    ESC = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b",
           "f": "\f"}

    def __init__(self, text: str, pos: int = 0):
        self.text, self.pos = text, pos

    def _ws(self):
        while self.text[self.pos] in " \n\t\r":
            self.pos += 1

    def _eat(self, token: str):
        self._ws()
        assert self.text.startswith(token, self.pos), (token, self.text[self.pos:self.pos + 40])
        self.pos += len(token)

    def value(self):
        self._ws()
        ch = self.text[self.pos]
        if ch in "'\"":
            return self._string()
        if ch == "[":
            return self._sequence("[", "]", self.value)
        if ch == "{":
            return dict(self._sequence("{", "}", self._entry))
        for word, value in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        if self.text.startswith("date(", self.pos):
            self.pos += len("date(")
            text = self._string()
            self._eat(")")
            return date.fromisoformat(text)
        return self._number()

    def _sequence(self, open_, close, item):
        self._eat(open_)
        out = []
        self._ws()
        if self.text[self.pos] == close:
            self.pos += 1
            return out
        while True:
            out.append(item())
            self._ws()
            if self.text[self.pos] == close:
                self.pos += 1
                return out
            self._eat(",")

    def _entry(self):
        self._ws()
        start = self.pos
        while self.text[self.pos].isalnum() or self.text[self.pos] == "_":
            self.pos += 1
        key = self.text[start:self.pos]
        self._eat(":")
        return key, self.value()

    def _string(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out = []
        while True:
            ch = self.text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                code = self.text[self.pos + 1]
                if code in "uU":
                    width = 4 if code == "u" else 8
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 2 + width], 16)))
                    self.pos += 2 + width
                    continue
                out.append(self.ESC[code])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def _number(self):
        start = self.pos
        while self.text[self.pos] in "0123456789+-.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        return float(token) if any(c in token for c in ".eE") else int(token)


def _script_rows(statements: list[str]) -> list[tuple[str, list[dict]]]:
    out = []
    for statement in statements:
        if not statement.startswith("UNWIND ["):
            continue
        reader = LiteralReader(statement, len("UNWIND "))
        rows = reader.value()
        out.append((statement[reader.pos:], rows))
    return out


# -- the Cypher script --------------------------------------------------------------
def test_script_round_trips_every_row_byte_identical(tmp_path):
    kg = sample_graph(extra_companies=3)
    path = tmp_path / "graph.cypher"
    count = export.export_cypher(kg, path, batch_size=2)
    statements = export.cypher_script(kg, batch_size=2)
    text = path.read_text(encoding="utf-8")
    assert count == len(statements)
    assert text.endswith("".join(f"{s};\n\n" for s in statements))
    assert statements[:len(schema.NODE_LABELS)] == export.cypher.constraints()
    # Then the schema's names as tokens, as the push creates them.
    tokens = statements[len(schema.NODE_LABELS):len(schema.NODE_LABELS) + 3]
    assert [(body, names) for body, names in _script_rows(tokens)] == [
        (" AS row\n" + export.cypher.tokens_body(kind), export.cypher.token_names(kind))
        for kind in export.cypher.TOKEN_PROCEDURES]
    statements = statements[len(schema.NODE_LABELS) + 3:]

    expected = [(" AS row\n" + node_merge_body(label), rows)
                for label, rows in all_node_rows(kg).items() if rows]
    expected += [(" AS row\n" + rel_merge_body(*combo), rows)
                 for combo, rows in rel_rows(kg).items() if rows]
    got: dict[str, list[dict]] = {}
    for body, rows in _script_rows(statements):
        assert len(rows) <= 2  # batch size
        got.setdefault(body, []).extend(rows)
    assert got == {body: rows for body, rows in expected}

    hostile = [r for r in got[" AS row\n" + node_merge_body("Company")] if r["id"] == HOSTILE_ID]
    assert hostile[0]["name"] == HOSTILE
    assert hostile[0]["name"].encode("utf-8") == HOSTILE.encode("utf-8")


def test_hostile_text_stays_inside_string_literals():
    kg = sample_graph()
    statements = export.cypher_script(kg)
    for statement in statements:
        # Blank out every string literal; what is left is pure statement text.
        reader, bare, pos = LiteralReader(statement), [], 0
        while pos < len(statement):
            if statement[pos] == "'":
                reader.pos = pos
                reader._string()
                bare.append("''")
                pos = reader.pos
            else:
                bare.append(statement[pos])
                pos += 1
        code = "".join(bare)
        assert "DETACH" not in code and "//" not in code and '"' not in code
    # ...and yet the hostile name is in the script, as literal text.
    assert any("DETACH DELETE n //" in s for s in statements)


@pytest.mark.parametrize("text", [
    "", "plain", "O'Brien", 'say "hi"', "back\\slash", "\\'", "new\nline", "cr\rlf",
    "tab\t", "\x00nul\x1fus\x7f", "é ñ 中文 🚀", "\u2028\u2029", "'}) DETACH DELETE n //",
    "\\u0041 not an escape", "$rows", "`tick`",
])
def test_cypher_string_round_trips(text):
    literal = export.cypher_string(text)
    assert literal[0] == literal[-1] == "'"
    assert "\n" not in literal and "\r" not in literal
    reader = LiteralReader(literal)
    assert reader.value() == text
    assert reader.pos == len(literal)


def test_cypher_literal_types():
    row = {"a": None, "b": True, "c": 0.49, "d": 1.43e10, "e": date(2025, 6, 12),
           "f": ["x", "y'z"], "g": [], "weird key": 1}
    text = export.cypher_literal(row)
    assert text == ("{a: null, b: true, c: 0.49, d: 14300000000.0, e: date('2025-06-12'), "
                    "f: ['x', 'y\\'z'], g: [], `weird key`: 1}")
    with pytest.raises(InvalidValue):
        export.cypher_literal(float("nan"))
    with pytest.raises(InvalidValue):
        export.cypher_literal(object())


# -- neo4j-admin CSV ------------------------------------------------------------------
def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_csv_headers(tmp_path):
    neo4j_csv.write_neo4j_csv(sample_graph(), tmp_path)
    assert _read_csv(tmp_path / "nodes_Company.csv")[0] == [
        "id:ID(Company)", ":LABEL", "name", "aliases:string[]", "kind",
        "aikg_managed:boolean", "aikg_hash"]
    assert _read_csv(tmp_path / "nodes_Investment.csv")[0] == [
        "id:ID(Investment)", ":LABEL", "name", "amount_usd:double", "amount:double", "currency",
        "stake:double", "announced:date", "status", "sources:string[]", "evidence:string[]",
        "certainty", "first_seen:date", "last_seen:date", "claims", "aikg_managed:boolean",
        "aikg_hash"]
    assert _read_csv(tmp_path / "nodes_Document.csv")[0][:8] == [
        "id:ID(Document)", ":LABEL", "name", "title", "source", "url", "published:date",
        "language"]
    assert _read_csv(tmp_path / "rels_INVESTED_Person_Investment.csv")[0] == [
        ":START_ID(Person)", ":END_ID(Investment)", ":TYPE", "sources:string[]",
        "evidence:string[]", "certainty", "first_seen:date", "last_seen:date", "claims",
        "aikg_managed:boolean", "aikg_hash"]
    assert _read_csv(tmp_path / "rels_CLIENT_OF_Company_Company.csv")[0][:6] == [
        ":START_ID(Company)", ":END_ID(Company)", ":TYPE", "status", "spend_usd:double",
        "period"]


def test_csv_values_round_trip(tmp_path):
    kg = sample_graph()
    files = neo4j_csv.write_neo4j_csv(kg, tmp_path)
    assert {p.name for p in files} >= {"nodes_Company.csv", "import.sh", "constraints.cypher"}
    header, lines = _read_csv(tmp_path / "nodes_Company.csv")
    by_id = {line[0]: dict(zip(header, line)) for line in lines}
    assert set(by_id) == {n["id"] for n in kg.nodes("Company")}
    hostile = by_id[HOSTILE_ID]
    assert hostile["name"] == HOSTILE
    assert hostile["aliases:string[]"].split(neo4j_csv.ARRAY_DELIMITER) == [HOSTILE, "a;b|c"]
    assert hostile[":LABEL"] == "Company" and hostile["aikg_managed:boolean"] == "true"
    assert by_id["company:scale-ai"]["aliases:string[]"] == ""

    header, lines = _read_csv(tmp_path / "nodes_Investment.csv")
    [deal] = [dict(zip(header, line)) for line in lines]
    assert float(deal["stake:double"]) == 0.49
    assert deal["announced:date"] == "2025-06-12"
    assert json.loads(deal["claims"])[0]["stake"] == 0.49

    header, lines = _read_csv(tmp_path / "rels_CLIENT_OF_Company_Company.csv")
    [row] = [dict(zip(header, line)) for line in lines]
    assert (row[":START_ID(Company)"], row[":END_ID(Company)"], row[":TYPE"]) == \
        ("company:google", "company:scale-ai", "CLIENT_OF")
    assert row["spend_usd:double"] == ""  # unknown: no property, not an empty string


def test_csv_null_and_empty_string_differ(tmp_path):
    raw = (neo4j_csv._csv_field(None, "x"), neo4j_csv._csv_field("", "x"))
    assert raw == ("", '""')


def test_csv_refuses_the_array_delimiter_in_a_value(tmp_path):
    kg = KnowledgeGraph()
    kg.add_entity(Entity(id="company:x", label="Company", name="X", aliases=["a\u001fb"]))
    with pytest.raises(InvalidValue, match="U\\+001F"):
        neo4j_csv.write_neo4j_csv(kg, tmp_path)


def test_import_script_names_every_file_and_the_options(tmp_path):
    files = neo4j_csv.write_neo4j_csv(sample_graph(), tmp_path)
    script = (tmp_path / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    assert "--array-delimiter=U+001F" in script and "--multiline-fields=true" in script
    for path in files:
        if path.suffix == ".csv":
            flag = "--nodes=" if path.name.startswith("nodes_") else "--relationships="
            assert f"{flag}{path.name} " in script
    assert (tmp_path / "constraints.cypher").read_text().count("CREATE CONSTRAINT") == 4


# -- every format through one function ------------------------------------------------
def test_export_dispatches_every_format(tmp_path):
    import networkx as nx

    from graph.flat import FlatOptions

    kg = sample_graph()
    for fmt in export.FORMATS:
        out = tmp_path / f"out.{fmt}"
        export.export(kg, fmt, out)
        assert out.exists()
    assert KnowledgeGraph.read_json(tmp_path / "out.json").counts() == kg.counts()
    assert nx.read_graphml(tmp_path / "out.graphml").nodes[HOSTILE_ID]["label"] == HOSTILE
    assert (tmp_path / "out.csv" / "nodes_Company.csv").exists()
    assert (tmp_path / "out.neo4j-csv" / "import.sh").exists()
    with pytest.raises(InvalidValue, match="not one of"):
        export.export(kg, "xml", tmp_path / "x")
    with pytest.raises(InvalidValue, match="apply to graphml and csv, not to json"):
        export.export(kg, "json", tmp_path / "y.json", FlatOptions(mentions=False))
