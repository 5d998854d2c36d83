"""The `aikg` command line: exact output and exit codes on the seed graph."""

import json

import pytest
from typer.testing import CliRunner

from queries.cli import app

runner = CliRunner()


def aikg(*args):
    return runner.invoke(app, [str(a) for a in args])


CLIENTS = ("MATCH (c:Company)-[r:CLIENT_OF]->(v:Company {name: 'Scale AI'}) "
           "RETURN c.name AS client, r.status AS status ORDER BY client")


def test_query_json_is_an_array_keyed_by_return_columns(seed_db):
    result = aikg("query", CLIENTS, "--db", seed_db, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"client": "Google", "status": "reconsidering"},
        {"client": "Microsoft", "status": "reducing"},
        {"client": "OpenAI", "status": "ended"},
        {"client": "US Government", "status": "active"},
    ]


def test_query_csv_with_parameters(seed_db):
    result = aikg("query", "MATCH (c:Company) WHERE c.name = $n RETURN c.id AS id, c.kind AS kind",
                  "--param", "n=US Government", "--db", seed_db, "--format", "csv")
    assert (result.exit_code, result.stdout) == (0, "id,kind\ncompany:us-government,government\n")


def test_query_dates_and_lists_in_json(seed_db):
    result = aikg("query", "MATCH (o:Company {name: 'OpenAI'})-[r:CLIENT_OF]->() RETURN r.last_seen AS last_seen, "
                  "size(r.sources) AS n", "--db", seed_db, "-f", "json")
    assert json.loads(result.stdout) == [{"last_seen": "2025-06-20", "n": 2}]


def test_syntax_error_is_one_line_and_exit_1(seed_db):
    result = aikg("query", "MATC (n) RETURN n", "--db", seed_db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: Cypher syntax error: 'MATC' does not start a clause (line 1, column 1); did you mean MATCH?\n"


@pytest.mark.parametrize("cypher, clause", [("MATCH (n) DETACH DELETE n", "DETACH DELETE at line 1, column 11"),
                                           ("CREATE (:Company {id: 'x', name: 'x'})", "CREATE at line 1, column 1"),
                                           ("MATCH (n:Company) SET n.name = 'x'", "SET at line 1, column 19"),
                                           ("MERGE (n:Company {id: 'x'})", "MERGE at line 1, column 1")])
def test_writes_are_refused_without_write(seed_db, cypher, clause):
    result = aikg("query", cypher, "--db", seed_db)
    assert result.exit_code == 1
    assert result.stderr == f"error: this query changes the graph ({clause}); add --write to run it\n"


def test_schema_changes_are_refused_even_with_write(seed_db):
    result = aikg("query", "DROP TABLE Company", "--db", seed_db, "--write")
    assert (result.exit_code, result.stderr) == (1, "error: DROP changes the schema, which aikg generates from its "
                                                    "data model; rebuild with `aikg build` instead (line 1, column 1)\n")


def test_missing_graph_names_the_directory(tmp_path):
    result = aikg("stats", "--db", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert result.stderr == (f"error: no graph at {tmp_path / 'nowhere'}; run `aikg build PATH --db "
                             f"{tmp_path / 'nowhere'}` first\n")


def test_bad_parameter_is_named(seed_db):
    result = aikg("query", "RETURN 1", "--param", "oops", "--db", seed_db)
    assert (result.exit_code, result.stderr) == (1, "error: parameter 'oops' is not of the form name=value\n")


def test_unknown_name_lists_the_closest(seed_db):
    result = aikg("show", "Scael AI", "--db", seed_db)
    assert (result.exit_code, result.stderr) == (1, "error: no entity named 'Scael AI'; closest: Scale AI\n")


def test_named_queries_list_and_run(seed_db):
    listed = aikg("query", "--list")
    assert listed.exit_code == 0
    assert "clients_of: Clients of a vendor, with the current status of each relationship and its evidence. " \
           "(params: vendor)" in listed.stdout.splitlines()
    result = aikg("query", "--name", "large_stakes", "-p", "min_stake=0.4", "--db", seed_db, "-f", "csv")
    assert (result.exit_code, result.stdout) == (
        0, "investor,company,stake,amount_usd,certainty\nMeta,Scale AI,0.49,14300000000.0,reported\n")


def test_unknown_named_query(seed_db):
    result = aikg("query", "--name", "nope", "--db", seed_db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no named query 'nope'; `aikg query --list` shows them: ")


def test_stats_csv(seed_db):
    result = aikg("stats", "--db", seed_db, "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == ["kind,count", "Company,6", "Person,2", "Investment,1"]


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_export(seed_db, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = aikg("export", "--format", fmt, "--out", out, "--db", seed_db)
    assert (result.exit_code, result.stdout) == (0, f"wrote {out}\n")
    assert "Scale AI" in out.read_text(encoding="utf-8")


def test_export_unknown_format(seed_db, tmp_path):
    result = aikg("export", "--format", "xls", "--out", tmp_path / "x", "--db", seed_db)
    assert (result.exit_code, result.stderr) == (1, "error: unknown export format 'xls'; use json, graphml, "
                                                    "cypher, csv or neo4j-csv\n")


def test_export_options_apply_to_graphml_and_csv_only(seed_db, tmp_path):
    result = aikg("export", "-f", "cypher", "-o", tmp_path / "g.cypher", "--no-mentions", "--db", seed_db)
    assert (result.exit_code, result.stderr) == (
        1, "error: leaving out mentions or documents and investments as edges apply to graphml and csv, "
           "not to cypher, which keeps the whole graph\n")


def test_path_json(seed_db):
    result = aikg("path", "Google", "Meta", "--db", seed_db, "--format", "json")
    assert result.exit_code == 0
    paths = json.loads(result.stdout)["paths"]
    assert [p["nodes"] for p in paths[:2]] == [["Google", "Scale AI", "Meta"],
                                              ["Google", "Scale AI", "Alexandr Wang", "Meta"]]


def test_path_table_reads_the_investment_as_one_hop(seed_db):
    result = aikg("path", "google", "META", "--db", seed_db, "--max-hops", "2")
    lines = result.stdout.splitlines()
    assert lines[0] == "1. Google — Scale AI — Meta (2 hops)"
    assert "   Meta invested US$14.3B for 49% in Scale AI" in lines


def test_contradictions_table(seed_db):
    result = aikg("contradictions", "--db", seed_db)
    lines = result.stdout.splitlines()
    assert lines[0] == "OpenAI CLIENT_OF Scale AI: sources disagree on status"
    assert "  status active:" in lines and "  status ended:" in lines


def test_conflicts_json(seed_db):
    result = aikg("conflicts", "--db", seed_db, "--min-stake", "0.4", "--format", "json")
    findings = json.loads(result.stdout)
    assert {(f["client"], f["via"]) for f in findings if f["investor"] == "Meta"} >= {
        ("Google", "stake"), ("Microsoft", "stake"), ("OpenAI", "stake"), ("Google", "person")}


def test_timeline(seed_db):
    result = aikg("timeline", "OpenAI", "--db", seed_db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # Seed 003 states no date of its own for the event: the report's date places it, and says so;
    # seed 000 has no date at all: its claims are listed in the undated group, not dropped.
    assert [line for line in lines if not line.startswith("    ")] == [
        "2025-06-20 (report)  OpenAI CLIENT_OF Scale AI (ended)",
        "undated (neither the text nor its report gives a date):",
        "  OpenAI CLIENT_OF Scale AI (active)",
        "  OpenAI CLIENT_OF Scale AI (ended)"]


def test_viz_writes_a_page(seed_db, tmp_path):
    out = tmp_path / "g.html"
    result = aikg("viz", "--out", out, "--db", seed_db, "--focus", "Scale", "--depth", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"wrote {out}: ")
    assert "Scale AI" in out.read_text(encoding="utf-8")


def test_push_unreachable_neo4j_is_one_line(seed_db, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-value")
    result = aikg("push", "--db", seed_db, "--uri", "bolt://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:9")
    assert result.stderr.count("\n") == 1 and "s3cret-value" not in result.stderr


def test_every_command_has_help():
    names = ["build", "query", "stats", "export", "push", "viz", "demo", "path", "show", "conflicts",
             "contradictions", "timeline"]
    for name in names:
        result = aikg(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout, name


def test_build_prints_the_summary_and_a_second_build_changes_nothing(seed_copy, fresh_db):
    expected = ("read: 2, skipped: 0 (0 duplicates), repaired: 0\n"
                "entities: 8 (6 companies, 2 people), investments: 1\n"
                "relationships: 9, mentions: 15\n"
                "warnings: 0\n")
    first = aikg("build", seed_copy, "--db", fresh_db)
    assert (first.exit_code, first.stdout) == (0, "documents: 2 (2 extracted, 0 unchanged)\n" + expected)
    second = aikg("build", seed_copy, "--db", fresh_db)
    assert (second.exit_code, second.stdout) == (0, "documents: 2 (0 extracted, 2 unchanged)\n" + expected)


def test_build_missing_path_warns_and_strict_exits_2(seed_copy, fresh_db):
    result = aikg("build", seed_copy, seed_copy / "nope.txt", "--db", fresh_db, "--strict")
    assert result.exit_code == 2
    assert result.stderr == f"warning: {seed_copy / 'nope.txt'}: no such file or folder\n"
    assert result.stdout.startswith("documents: 2 (2 extracted, 0 unchanged)\n")


def test_export_graphml_for_gephi_and_plain_csv(seed_db, tmp_path):
    import csv

    import networkx as nx

    out = tmp_path / "g.graphml"
    result = aikg("export", "-f", "graphml", "-o", out, "--no-documents", "--investment-edges", "--db", seed_db)
    assert (result.exit_code, result.stdout) == (0, f"wrote {out}\n")
    graph = nx.read_graphml(out, force_multigraph=True)
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"Company", "Person"}
    between = graph.get_edge_data("company:meta", "company:scale-ai").values()
    assert [d["stake"] for d in between if d["label"] == "INVESTED"] == [0.49]
    folder = tmp_path / "csv"
    assert aikg("export", "-f", "csv", "-o", folder, "--no-mentions", "--db", seed_db).exit_code == 0
    with open(folder / "relationships_CLIENT_OF.csv", encoding="utf-8-sig", newline="") as handle:
        clients = {(r["source_name"], r["target_name"], r["status"]) for r in csv.DictReader(handle)}
    assert ("OpenAI", "Scale AI", "ended") in clients
    assert not (folder / "relationships_MENTIONS.csv").exists()


# -- help, options and exit codes the same everywhere (issue 15, item 2) ------------------
def _commands():
    import typer.main

    return typer.main.get_command(app).commands


def test_version():
    from importlib.metadata import version

    result = aikg("--version")
    assert (result.exit_code, result.stdout) == (0, f"aikg {version('aikg')}\n")


def test_every_command_has_an_example_and_help_on_every_option():
    import re

    for name, command in _commands().items():
        text = aikg(name, "--help").stdout
        assert f"aikg {name} " in text.split("Examples:\n", 1)[1], name
        assert not re.search(r"<(str|int|float|path|list|bool)", text, re.I), (name, text)  # no Python types
        for param in command.params:
            assert param.help, (name, param.name)
            if not getattr(param, "is_flag", False):
                assert param.metavar and param.metavar.upper() == param.metavar, (name, param.name)


def test_every_command_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert [name for name in _commands() if f"aikg {name}" not in readme] == []


def test_the_same_options_everywhere():
    def options(name):
        return {opt for param in _commands()[name].params for opt in getattr(param, "opts", [])}

    for name in ("query", "stats", "path", "show", "conflicts", "contradictions", "timeline"):
        assert {"-f", "--format"} <= options(name), name
    for name in ("query", "path", "show", "conflicts", "contradictions", "timeline"):
        assert "--limit" in options(name), name
    for name in ("export", "viz", "demo"):
        assert {"-o", "--out"} <= options(name), name
    for name in _commands():  # every command reads or writes a graph
        assert "--db" in options(name), name


def test_build_of_paths_none_of_which_exist_exits_2(tmp_path):
    db = tmp_path / "db"
    result = aikg("build", tmp_path / "no" / "such", tmp_path / "nope.txt", "--db", db)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"error: {tmp_path / 'no' / 'such'}, {tmp_path / 'nope.txt'}: no such file or "
                             f"folder; give the files or folders of articles to build from\n")
    assert not db.exists()  # nothing made, not even an empty graph


def test_build_prints_no_progress_when_stderr_is_not_a_terminal(seed_copy, fresh_db):
    result = aikg("build", seed_copy, "--db", fresh_db)
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.mark.parametrize("command, header", [
    (["path", "Google", "Meta", "--max-hops", "2"], "path,step,source,type,target,hop,evidence,document,date"),
    (["show", "Scale AI"], "entity,type,direction,other,status,role,certainty,first_seen,last_seen,sources,copies,evidence"),
    (["conflicts"], "client,vendor,investor,via,stake,person,client_status,competes,score,evidence,document"),
    (["contradictions"], "source,type,target,field,value,date,evidence,document,copies"),
    (["timeline", "OpenAI"], "date,event_date,event_precision,report_date,type,summary,evidence,document,copies"),
])
def test_question_commands_print_csv(seed_db, command, header):
    import csv
    import io

    result = aikg(*command, "--db", seed_db, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert ",".join(rows[0]) == header and len(rows) > 1
    assert all(len(row) == len(rows[0]) for row in rows)


def test_csv_rows_say_what_the_table_says(seed_db):
    import csv
    import io

    timeline = aikg("timeline", "OpenAI", "--db", seed_db, "-f", "csv").stdout
    first = next(csv.DictReader(io.StringIO(timeline, newline="")))
    assert (first["date"], first["summary"]) == ("2025-06-20", "OpenAI CLIENT_OF Scale AI (ended)")
    contradictions = list(csv.DictReader(io.StringIO(aikg("contradictions", "--db", seed_db, "-f", "csv").stdout,
                                                     newline="")))
    assert {(r["source"], r["type"], r["target"], r["value"]) for r in contradictions} >= {
        ("OpenAI", "CLIENT_OF", "Scale AI", "active"), ("OpenAI", "CLIENT_OF", "Scale AI", "ended")}


def test_limit_cuts_and_says_so_on_stderr(seed_db):
    full = json.loads(aikg("path", "Google", "Meta", "--db", seed_db, "-f", "json").stdout)["paths"]
    assert len(full) > 1
    result = aikg("path", "Google", "Meta", "--db", seed_db, "-f", "json", "--limit", "1")
    assert json.loads(result.stdout)["paths"] == full[:1]
    assert result.stderr == f"(showing 1 of {len(full)}; --limit N to change)\n"
    rows = aikg("query", "MATCH (c:Company) RETURN c.name AS name ORDER BY name", "--db", seed_db,
                "-f", "csv", "--limit", "2")
    assert rows.stdout.count("\n") == 3 and rows.stderr.startswith("(showing 2 of ")
    show = json.loads(aikg("show", "Scale AI", "--db", seed_db, "-f", "json", "--limit", "1").stdout)
    assert all(len(rels) == 1 for rels in show["relationships"].values())
    bad = aikg("timeline", "OpenAI", "--db", seed_db, "--limit", "0")
    assert bad.exit_code == 2 and "0 is not 1 or more" in bad.stderr


def test_contradictions_show_the_first_ones_and_say_how_to_see_all(demo_db):
    everything = json.loads(aikg("contradictions", "--db", demo_db, "-f", "json", "--all").stdout)
    assert len(everything) > 1
    first = aikg("contradictions", "--db", demo_db, "-f", "json", "--limit", "1")
    assert json.loads(first.stdout) == everything[:1]
    assert first.stderr == f"(showing 1 of {len(everything)}; --all for every one, --limit N for another number)\n"
    whole = aikg("contradictions", "--db", demo_db, "-f", "csv", "--limit", str(len(everything)))
    assert whole.stderr == "" and whole.stdout == aikg("contradictions", "--db", demo_db, "-f", "csv", "--all").stdout


def test_timeline_lists_the_undated_investments_in_their_own_group(demo_db):
    # The demo's articles state no year for Microsoft's and SoftBank's investments in OpenAI, and those
    # with no publication date list them under the undated group, after every dated event. (The Mistral
    # article, dated 2024-02-26, also says Microsoft has invested in OpenAI: that copy is dated by its
    # report, never by an event the text does not give; so is the Anthropic article's, dated 2023-10-28, whose
    # "fundada en 2021" dates Anthropic's founding, not Microsoft's investment told in the same sentence.)
    lines = aikg("timeline", "OpenAI", "--db", demo_db).stdout.splitlines()
    heads = [line for line in lines if not line.startswith("    ")]
    undated = heads.index("undated (neither the text nor its report gives a date):")
    assert all(not line.startswith("  ") for line in heads[:undated]) and undated > 0
    group = heads[undated + 1:]
    assert all(line.startswith("  ") for line in group)
    assert {"  Microsoft INVESTED OpenAI (completed)", "  SoftBank INVESTED OpenAI (completed)"} <= set(group)
    assert not any("INVESTED" in line and "(event)" in line for line in heads[:undated])
    assert [line for line in heads[:undated] if "INVESTED" in line] == \
        ["2023-10-28 (report)  Microsoft INVESTED OpenAI (completed)",
         "2024-02-26 (report)  Microsoft INVESTED OpenAI (completed)"]
