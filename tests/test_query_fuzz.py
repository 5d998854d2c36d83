"""Issue 16, item 2: queries built from read and forbidden fragments, with random quoting, comments,
backticks, case and separators. For every query the guard accepts, running it for real on a copy
of the demo graph creates no file, loads nothing, and leaves the graph's files byte-identical and
readable. Fixed seed; the budget (at least 2,000 generated queries) is asserted.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from graph.errors import QueryError, StoreError
from graph.query_guard import check_text
from graph.store import run_query

BUDGET = 2000

READS = [
    "MATCH (c:Company) RETURN c.name AS name ORDER BY name LIMIT 3",
    "RETURN 1 AS x",
    "UNWIND [1, 2] AS u RETURN u",
    "WITH 1 AS a RETURN a",
    "MATCH (a)-[r]->(b) RETURN a.name, label(r) LIMIT 2",
    "CALL show_tables() RETURN *",
    "MATCH (c:Company) WHERE EXISTS { MATCH (c)<-[:FOUNDED]-(:Person) } RETURN c.name LIMIT 2",
    "MATCH (c:Company) RETURN COUNT { MATCH (c)--() } AS n LIMIT 2",
    "RETURN lower('ABC') AS l, size([1, 2]) AS s",
    "MATCH p = (a:Company)-[* SHORTEST 1..2]-(b:Company) RETURN length(p) LIMIT 1",
    "MATCH (d:Document) RETURN d.title LIMIT 1",
    "OPTIONAL MATCH (p:Person) RETURN p.name SKIP 1 LIMIT 1",
    "MATCH (c:Company) RETURN c.name UNION ALL MATCH (p:Person) RETURN p.name",
]
# Everything here must be refused; {csv}, {out}, {lib}, {dir}, {db} name places in the sandbox.
FORBIDDEN = [
    "LOAD FROM '{csv}' (header=false) RETURN *",
    "LOAD WITH HEADERS (a STRING) FROM '{csv}' RETURN a",
    "LOAD FROM 'data.csv' RETURN *",
    "COPY (MATCH (c:Company) RETURN c.name) TO '{out}'",
    "COPY (RETURN 1) TO 'out.csv'",
    "COPY Company FROM '{csv}'",
    "LOAD EXTENSION '{lib}'",
    "LOAD '{lib}'",
    "LOAD json",
    "INSTALL json",
    "FORCE INSTALL json",
    "UNINSTALL json",
    "UPDATE json",
    "CHECKPOINT",
    "EXPORT DATABASE '{dir}'",
    "IMPORT DATABASE '{dir}'",
    "ATTACH '{db}' AS other (dbtype lbug)",
    "DETACH other",
    "USE other",
    "CREATE MACRO m(x) AS x",
    "CALL threads=1",
    "CALL home_directory='{dir}'",
    "CALL file_search_path='{dir}'",
    "CALL read_csv_serial('{csv}') RETURN *",
    "RETURN read_parquet('{csv}')",
    "BEGIN TRANSACTION",
    "COMMIT",
    "ROLLBACK",
    "CREATE (:Company {{id: 'company:fuzz', name: 'f'}})",
    "MATCH (n:Company) DETACH DELETE n",
    "MATCH (n) SET n.name = 'x'",
    "MERGE (n:Company {{id: 'company:fuzz'}})",
    "DROP TABLE Company",
    "ALTER TABLE Company ADD extra INT64",
    "CREATE NODE TABLE T(id STRING, PRIMARY KEY(id))",
    "COMMENT ON TABLE Company IS 'x'",
    "CALL project_graph('g', ['Company'], ['CLIENT_OF']) RETURN *",
]
# Names and texts that fool a scanner that does not know the grammar.
TRAPS = ["`//`", "`'`", '`"`', "`/*`", "`*/`", "````", "`a``b`", "`--`", "`;`", "`set`", "`LOAD`", "x"]
STRINGS = ["'//'", "'/*'", "'it\\'s'", '"say \\"hi\\""', "'a\\\\'", "'; CHECKPOINT'", "'`'"]
# Clauses that lead into the next fragment, naming a trap.
LEADS = ["WITH 1 AS {}", "UNWIND [1] AS {}", "WITH {s} AS {}", "MATCH (c:Company) WHERE c.name <> {s} WITH c AS {}"]
SEPARATORS = [" ", " ", "\n", "\t", "\r\n", "\u00a0", "\u2028", ";", " ; ", "/* c */", "// c\n", "//x\r",
              " /* **/ ", "/*", "*/", "'", '"', "`", "//", "/* // */", "\\", "\r"]
KEYWORD = re.compile(r"\b(?:MATCH|OPTIONAL|WHERE|WITH|UNWIND|RETURN|ORDER BY|LIMIT|SKIP|UNION|ALL|CALL|EXISTS|COUNT|"
                     r"LOAD|FROM|COPY|TO|INSTALL|CHECKPOINT|EXPORT|IMPORT|DATABASE|ATTACH|CREATE|MACRO|SET|DELETE|"
                     r"DETACH|MERGE|DROP|TABLE|AS|EXTENSION|HEADERS|BEGIN|TRANSACTION|COMMIT|ROLLBACK)\b")


def _case(text: str, how: str) -> str:
    change = {"keep": str, "lower": str.lower, "title": str.title, "swap": str.swapcase}[how]
    return KEYWORD.sub(lambda m: change(m.group()), text)


@st.composite
def fragment(draw, places: dict) -> str:
    """A read or a forbidden fragment, sometimes after a clause that names a trap, in some case."""
    if draw(st.booleans()):
        part = draw(st.sampled_from(READS))
    else:
        part = draw(st.sampled_from(FORBIDDEN)).format(**places)
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        lead = draw(st.sampled_from(LEADS)).format(draw(st.sampled_from(TRAPS)), s=draw(st.sampled_from(STRINGS)))
        part = lead + draw(st.sampled_from(SEPARATORS)) + part
    part = _case(part, draw(st.sampled_from(["keep", "keep", "lower", "title", "swap"])))
    return draw(st.sampled_from(["{}"] * 8 + ["CALL {{ {} }} RETURN 1", "MATCH (n) WHERE EXISTS {{ {} }} RETURN n"])
                ).format(part)


@st.composite
def queries(draw, places: dict) -> str:
    """Mostly one fragment (so that many accepted queries run), else two or three joined by separators."""
    text = draw(fragment(places))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        text += draw(st.sampled_from(SEPARATORS)) + draw(fragment(places))
    return draw(st.sampled_from(["{}", "{}", "{};", " {} ", "// lead\n{}", "/* lead */ {}", "EXPLAIN {}"])
                ).format(text)


def _stat(root: Path) -> dict[str, tuple]:
    """Every path under root with its kind, size, modification time and inode: a new, changed or
    removed file shows (contents are compared by hash at the end)."""
    out = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        out[str(path.relative_to(root))] = (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ino)
    return out


def _hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture
def sandbox(demo_db, tmp_path, monkeypatch):
    """A copy of the demo graph, and a folder holding every file a forbidden fragment names; the
    process works in it and calls it home, so relative paths and ~/.lbug would land there too."""
    import _csv, _json, zlib  # noqa: E401 - one of them is a shared library file
    box = tmp_path / "box"
    (box / "home").mkdir(parents=True)
    (box / "data.csv").write_text("a\n1\n")
    library = next((Path(m.__file__) for m in (_csv, _json, zlib) if str(getattr(m, "__file__", "")).endswith(".so")),
                   None)
    if library:
        shutil.copy(library, box / "lib_fuzz.so")
    graph = Path(shutil.copytree(demo_db, tmp_path / "graph", symlinks=True))
    monkeypatch.chdir(box)
    monkeypatch.setenv("HOME", str(box / "home"))
    places = {"csv": str(box / "data.csv"), "out": str(box / "out.csv"), "lib": str(box / "lib_fuzz.so"),
              "dir": str(box / "export"), "db": str(graph / "graph.lbdb")}
    return box, graph, places


def test_no_accepted_query_touches_a_file(sandbox):
    box, graph, places = sandbox
    box_before, graph_before, bytes_before = _stat(box), _stat(graph), _hashes(graph)
    library = str(box / "lib_fuzz.so")
    counts: Counter = Counter()
    ran: set[str] = set()

    @seed(20251129)
    @settings(max_examples=BUDGET, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(queries(places))
    def run(query: str) -> None:
        counts["generated"] += 1
        try:
            check_text(query)
        except QueryError:
            counts["refused"] += 1
            return
        counts["accepted"] += 1
        if query in ran:
            return  # the same text again proves nothing new
        ran.add(query)
        try:
            run_query(graph, query)
            counts["ran"] += 1
        except (QueryError, StoreError):
            counts["engine refused"] += 1
        assert _stat(box) == box_before, query
        assert _stat(graph) == graph_before, query
        assert library not in Path("/proc/self/maps").read_text(), query

    run()
    assert counts["generated"] >= BUDGET, counts
    assert counts["accepted"] >= BUDGET // 5 and counts["refused"] >= BUDGET // 5, counts
    assert counts["ran"] >= BUDGET // 20, counts
    assert _hashes(graph) == bytes_before
    assert run_query(graph, "MATCH (n) RETURN count(n) AS n")[1][0][0] > 0
    print(f"fuzz: {dict(counts)}, {len(ran)} distinct accepted queries run")


def test_every_forbidden_fragment_is_refused_alone(sandbox):
    _, _, places = sandbox
    for fragment in FORBIDDEN:
        with pytest.raises(QueryError):
            check_text(fragment.format(**places))
    assert os.environ["HOME"].endswith("home")
