"""Issue 16: `aikg query` without --write is read-only by construction, whatever the quoting.

The probes of the issue, each a named test run through the command line on a copy of the demo
graph; the guard's decisions on their own (graph.query_guard); and the second wall: the read-only
engine with its connection settings (graph.store_session).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cypher_functions import READ_FUNCTIONS, READ_PROCEDURES, REFUSED
from graph.errors import QueryError
from graph.query_guard import check_text
from graph.store import db_path
from graph.store_session import NOWHERE, connection, session_settings_sql
from queries.cli import app

runner = CliRunner()


def aikg(*args):
    return runner.invoke(app, [str(a) for a in args])


def files(root: Path) -> dict[str, str]:
    """Every file under root (links followed) with its sha256."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def shared_library() -> Path:
    """A real shared library to offer to LOAD EXTENSION: loading it would show in /proc/self/maps."""
    import _csv, _json, zlib  # noqa: E401 - whichever is a separate file in this Python
    for module in (_csv, _json, zlib):
        if str(getattr(module, "__file__", "")).endswith(".so"):
            return Path(module.__file__)
    pytest.skip("this Python has no extension module in a .so file to stand in for a library")


def mapped(path: Path) -> bool:
    return str(path) in Path("/proc/self/maps").read_text()


@pytest.fixture
def graph(demo_db, tmp_path) -> Path:
    """A copy of the demo graph a test may try to damage."""
    return Path(shutil.copytree(demo_db, tmp_path / "graph", symlinks=True))


@pytest.fixture
def untouched(graph):
    """Asserts, after the test, that the graph's files are byte-identical and still readable."""
    before = files(graph)
    yield graph
    assert files(graph) == before
    result = aikg("query", "MATCH (n) RETURN count(n) AS n", "--db", graph, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["n"] > 0


# -- the probes of the issue -----------------------------------------------------------------

@pytest.mark.parametrize("alias", ["`//`", "`'`", "`/*`", '`"`', "````"])
def test_probe_load_from_behind_a_quoted_name_prints_no_file(untouched, alias):
    query = (f"UNWIND [1] AS {alias} LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim=':') "
             f"RETURN *")
    for mode in ([], ["--write"]):
        result = aikg("query", query, "--db", untouched, *mode)
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == ("error: LOAD FROM reads or writes files; aikg queries never touch files "
                                 f"(line 1, column {16 + len(alias)})\n")


def test_probe_copy_to_after_a_statement_writes_no_file(untouched, tmp_path):
    target = tmp_path / "x.csv"
    query = f"RETURN 1 AS `//`; COPY (MATCH (c:Company) RETURN c.name) TO '{target}'"
    refused = aikg("query", query, "--db", untouched)
    assert (refused.exit_code, refused.stderr) == (
        1, "error: COPY reads or writes files; aikg queries never touch files (line 1, column 19)\n")
    assert aikg("query", query, "--db", untouched, "--write").stderr == refused.stderr
    assert not target.exists()


def test_probe_load_extension_loads_no_library(untouched, tmp_path):
    library = tmp_path / "lib_probe.so"
    shutil.copy(shared_library(), library)
    for mode in ([], ["--write"]):
        result = aikg("query", f"RETURN 1 AS `//`; LOAD EXTENSION '{library}'", "--db", untouched, *mode)
        assert (result.exit_code, result.stderr) == (
            1, "error: LOAD EXTENSION loads or installs an extension (native code, from disk or the network); "
               "aikg queries never do (line 1, column 19)\n")
    assert not mapped(library)


def test_probe_load_extension_would_load_the_library_without_the_guard(graph, tmp_path):
    """The probe above is real: the engine alone runs the library's constructors."""
    library = tmp_path / "lib_loaded.so"
    shutil.copy(shared_library(), library)
    with connection(db_path(graph)) as conn, pytest.raises(RuntimeError, match="undefined symbol"):
        conn.execute(f"LOAD EXTENSION '{library}'")
    assert mapped(library)


@pytest.mark.parametrize("statement", ["INSTALL json", "FORCE INSTALL json", "UPDATE json", "UNINSTALL json",
                                       "LOAD json", "LOAD EXTENSION json"])
def test_probe_install_reaches_no_network(untouched, statement):
    result = aikg("query", f"RETURN 1 AS `//`; {statement}", "--db", untouched, "--write")
    assert result.exit_code == 1
    assert "an extension (native code, from disk or the network); aikg queries never do (line 1, column 19)" \
        in result.stderr


@pytest.mark.parametrize("mode", [[], ["--write"]])
def test_probe_checkpoint_leaves_the_graph_readable(untouched, mode):
    result = aikg("query", "RETURN 1 AS `//`; CHECKPOINT", "--db", untouched, *mode)
    assert (result.exit_code, result.stderr) == (
        1, "error: CHECKPOINT writes the database file; aikg queries never checkpoint (line 1, column 19)\n")


def test_probe_two_statements_are_one_line(untouched):
    result = aikg("query", "RETURN 1; RETURN 2", "--db", untouched)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("error: this query has 2 statements; run one at a time, or add --write to run them "
                             "in one transaction\n")


def test_probe_two_statements_with_write_commit_all_or_none(graph):
    count = "MATCH (c:Company) RETURN count(c) AS n"
    before = json.loads(aikg("query", count, "--db", graph, "-f", "json").stdout)[0]["n"]
    result = aikg("query", "CREATE (:Company {id: 'company:new', name: 'New'}); "
                           "MATCH (c:Company {id: 'company:new'}) SET c.stake = 'not a number'",
                  "--db", graph, "--write")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: statement 2 of 2: ")
    assert result.stderr.endswith("; nothing was committed\n") and result.stderr.count("\n") == 1
    assert json.loads(aikg("query", count, "--db", graph, "-f", "json").stdout)[0]["n"] == before
    done = aikg("query", "CREATE (:Company {id: 'company:new', name: 'New'}); "
                         "MATCH (c:Company {id: 'company:new'}) SET c.kind = 'lab' RETURN c.kind AS kind",
                "--db", graph, "--write", "-f", "json")
    assert (done.exit_code, json.loads(done.stdout)) == (0, [{"kind": "lab"}])
    assert json.loads(aikg("query", count, "--db", graph, "-f", "json").stdout)[0]["n"] == before + 1


@pytest.mark.parametrize("alias", ["`set`", "set", "`delete`", "load"])
def test_probe_a_column_named_set_is_a_read(untouched, alias):
    result = aikg("query", f"MATCH (c:Company {{name: 'OpenAI'}}) RETURN c.kind AS {alias}", "--db", untouched,
                  "-f", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [{alias.strip("`"): "lab"}])


def test_probe_a_mixed_list_parameter_is_one_line(untouched):
    result = aikg("query", "RETURN $n AS n", "--param", 'n=[1,"x"]', "--db", untouched)
    assert (result.exit_code, result.stderr) == (
        1, "error: parameter n: a list's items must be of one kind (all text, all numbers...), not number or "
           "boolean and text\n")


# -- the guard on its own ----------------------------------------------------------------------

READS = [
    "MATCH (c:Company) RETURN c.name",
    "OPTIONAL MATCH (c)-[r:CLIENT_OF]->(v) WHERE r.status = 'ended' RETURN c, label(r) ORDER BY c.name SKIP 1 LIMIT 5",
    "UNWIND [1, 2] AS x WITH x WHERE x > 1 RETURN x UNION ALL RETURN 3 AS x",
    "MATCH (c:Company) WHERE EXISTS { MATCH (c)<-[:FOUNDED]-(:Person) } RETURN COUNT { MATCH (c)--() } AS n",
    "CALL show_tables() RETURN *",
    "CALL table_info('Company') RETURN *",
    "EXPLAIN MATCH (n) RETURN n",
    "MATCH (n) RETURN n.set AS `load`, {copy: 1} AS m, 'LOAD FROM x' AS s // CHECKPOINT",
    "RETURN 1 AS `//`",
    "MATCH p = (a)-[* SHORTEST 1..3]-(b) RETURN nodes(p), list_transform(nodes(p), x -> x.name)",
]


@pytest.mark.parametrize("cypher", READS)
def test_reads_pass(cypher):
    check_text(cypher)


@pytest.mark.parametrize("cypher, message", [
    ("MATCH (n) SET n.x = 1", "this query changes the graph (SET at line 1, column 11); add --write to run it"),
    ("MATCH (n) RETURN n.name AS set LIMIT 1; RETURN 1", "this query has 2 statements; run one at a time, or add "
                                                         "--write to run them in one transaction"),
    ("CALL threads=1", "CALL threads=... changes a setting; aikg queries never change settings (line 1, column 1)"),
    ("CREATE MACRO m(x) AS x", "CREATE MACRO defines a macro; aikg queries never define macros (line 1, column 1)"),
    ("ATTACH 'x.lbdb' AS other (dbtype lbug)",
     "ATTACH attaches or switches databases; aikg queries read their graph directory only (line 1, column 1)"),
    ("EXPORT DATABASE '/tmp/x'", "EXPORT DATABASE reads or writes files; aikg queries never touch files "
                                 "(line 1, column 1)"),
    ("IMPORT DATABASE '/tmp/x'", "IMPORT DATABASE reads or writes files; aikg queries never touch files "
                                 "(line 1, column 1)"),
    ("RETURN read_parquet('x')", "read_parquet() reads or writes files (line 1, column 8)"),
    ("CALL read_csv_serial('x') RETURN *",
     "CALL read_csv_serial() reads or writes files (line 1, column 6); procedures allowed: catalog_version, "
     "current_setting, db_version, show_connection, show_functions, show_indexes, show_tables, show_warnings, "
     "storage_version, table_info"),
    ("RETURN tolowr('X')", "unknown function tolowr() (line 1, column 8); `CALL show_functions() RETURN *` lists the "
                           "embedded store's functions"),
    ("MATCH (as) WITH as LOAD FROM 'x' RETURN *", "LOAD FROM reads or writes files; aikg queries never touch files "
                                                  "(line 1, column 20)"),
    ("MATCH (n) WITH n /* **/ LOAD FROM 'x' RETURN *",
     "LOAD FROM reads or writes files; aikg queries never touch files (line 1, column 25)"),
    ("RETURN 1 // x\rCHECKPOINT", "CHECKPOINT writes the database file; aikg queries never checkpoint "
                                  "(line 1, column 15)"),
    ("RETURN 'abc\\q' AS x", "Cypher syntax error: a string that is not closed, or holds an escape other than \\\\ "
                             "\\' \\\" \\b \\f \\n \\r \\t \\xHH \\uHHHH (line 1, column 8)"),
    ("MATC (n) RETURN n", "Cypher syntax error: 'MATC' does not start a clause (line 1, column 1); did you mean "
                          "MATCH?"),
    ("MATCH (c) WHERE EXISTS { MATCH (c) LOAD FROM 'x' RETURN * } RETURN c",
     "LOAD FROM reads or writes files; aikg queries never touch files (line 1, column 36)"),
    ("CALL { COPY Company FROM 'x.csv' } RETURN 1",
     "COPY reads or writes files; aikg queries never touch files (line 1, column 8)"),
    ("", "empty query: give a Cypher statement"),
])
def test_refused(cypher, message):
    with pytest.raises(QueryError) as err:
        check_text(cypher)
    assert str(err.value) == message


@pytest.mark.parametrize("cypher", ["MATCH (n) DETACH DELETE n", "CREATE (:Company {id: 'x'})",
                                    "MERGE (c:Company {id: 'x'}) ON CREATE SET c.name = 'x'",
                                    "CREATE (:Company {id: 'x'}); MATCH (c:Company {id: 'x'}) SET c.kind = 'lab'"])
def test_writes_pass_with_write_only(cypher):
    check_text(cypher, write=True)
    with pytest.raises(QueryError, match="add --write"):
        check_text(cypher)


def test_every_engine_function_is_classified(demo_db):
    """A function the engine adds in a new version is refused until someone decides about it here."""
    with connection(db_path(demo_db)) as conn:
        rows = conn.execute("CALL show_functions() RETURN name, type").get_all()
    listed = {name.upper() for name, _ in rows if name.replace("_", "").isalnum()}
    classified = READ_FUNCTIONS | READ_PROCEDURES | set(REFUSED)
    assert listed - classified == set()
    assert not READ_FUNCTIONS & set(REFUSED) and not READ_PROCEDURES & set(REFUSED)
    tables = {name.upper() for name, kind in rows if "TABLE" in kind or "COPY" in kind}
    assert READ_PROCEDURES <= tables and not tables & READ_FUNCTIONS


# -- the second wall ---------------------------------------------------------------------------

def test_session_settings_sql():
    assert session_settings_sql() == ["CALL home_directory='/dev/null/aikg'", "CALL file_search_path='/dev/null/aikg'",
                                      "CALL spill_to_disk=false"]


def test_the_engine_runs_with_the_settings_and_read_only(graph):
    (db_path(graph).resolve().parent / "beside.csv").write_text("a\n1\n")
    with connection(db_path(graph)) as conn:
        assert conn.execute("CALL current_setting('home_directory') RETURN *").get_all() == [[NOWHERE]]
        assert conn.execute("CALL current_setting('spill_to_disk') RETURN *").get_all() == [["False"]]
        with pytest.raises(RuntimeError, match="No file found"):
            conn.execute("LOAD FROM 'beside.csv' RETURN *")  # relative names no longer resolve in the graph folder
        with pytest.raises(RuntimeError, match="has not been installed"):
            conn.execute("LOAD json")
        with pytest.raises(RuntimeError, match="read-only"):
            conn.execute("CREATE (:Company {id: 'x', name: 'x'})")
