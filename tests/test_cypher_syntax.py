"""The Cypher lexer (graph.cypher_tokens) and parser (graph.cypher_syntax): tokens as LadybugDB's
grammar cuts them, statements, clauses, subqueries and calls."""

import pytest

from graph.cypher_syntax import Call, Clause, Group, parse, walk
from graph.cypher_tokens import render, tokenize
from graph.errors import QueryError


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text) if t.kind != "space"]


@pytest.mark.parametrize("text, expected", [
    ("RETURN 'it\\'s', \"say \\\"hi\\\"\"", [("name", "RETURN"), ("string", "'it\\'s'"), ("op", ","),
                                             ("string", '"say \\"hi\\""')]),
    ("RETURN '\\u00e9\\x41\\U0001F600\\n'", [("name", "RETURN"), ("string", "'\\u00e9\\x41\\U0001F600\\n'")]),
    ("RETURN 'a\nb'", [("name", "RETURN"), ("string", "'a\nb'")]),
    ("n.`a``b`, `//`", [("name", "n"), ("op", "."), ("quoted", "`a``b`"), ("op", ","), ("quoted", "`//`")]),
    ("$x, $`a b`, $1, $ 1", [("param", "$x"), ("op", ","), ("param", "$`a b`"), ("op", ","), ("param", "$1"),
                             ("op", ","), ("op", "$"), ("number", "1")]),
    ("1..3, .5, 1.5e-3, 7", [("number", "1"), ("op", ".."), ("number", "3"), ("op", ","), ("number", ".5"),
                             ("op", ","), ("number", "1.5e-3"), ("op", ","), ("number", "7")]),
    ("a // rest\nb", [("name", "a"), ("comment", "// rest\n"), ("name", "b")]),
    ("a // rest\r\nb", [("name", "a"), ("comment", "// rest\r\n"), ("name", "b")]),
    ("a // rest\r", [("name", "a"), ("comment", "// rest\r")]),
    ("a /* x */ b", [("name", "a"), ("comment", "/* x */"), ("name", "b")]),
    ("a /* x ***/ b", [("name", "a"), ("comment", "/* x ***/"), ("name", "b")]),
    ("x$y é_1", [("name", "x$y"), ("name", "é_1")]),
])
def test_tokens(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # LadybugDB's comment rule needs a line feed (or the end) after an optional carriage return:
    # `// x\rLOAD` is two slashes and code, as the engine reads it.
    ("a // x\rLOAD b", [("name", "a"), ("op", "/"), ("op", "/"), ("name", "x"), ("name", "LOAD"), ("name", "b")]),
    # `/* a **/`: the grammar pairs the stars, so the comment never closes and the text is code.
    ("a /* b **/", [("name", "a"), ("op", "/"), ("op", "*"), ("name", "b"), ("op", "*"), ("op", "*"), ("op", "/")]),
    # ...and a comment that seems to close at `**/` goes on to the next `*/`.
    ("a /* **/ LOAD */ b", [("name", "a"), ("comment", "/* **/ LOAD */"), ("name", "b")]),
    # A string with an unknown escape is not a string: its quote is an unknown character.
    ("RETURN '\\q' x", [("name", "RETURN"), ("unknown", "'"), ("unknown", "\\"), ("name", "q"), ("unknown", "'"),
                        ("name", "x")]),
    ("RETURN `open", [("name", "RETURN"), ("unknown", "`"), ("name", "open")]),
    ("a → b", [("name", "a"), ("unknown", "→"), ("name", "b")]),
])
def test_tokens_where_ladybugdb_is_odd(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", ["", "MATCH (n) RETURN n", "RETURN '\\q' `x\n// y\r/* **/ z", "¿qué? 中文 \x00",
                                  "a /* b", "'open"])
def test_tokens_give_back_the_source(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert [t.index for t in tokens] == list(range(len(tokens)))
    assert all(text[t.start:t.end] == t.text for t in tokens)


def outline(text):
    """Statements as lists of clause keywords; subqueries and calls noted where they are."""
    out = []
    for statement in parse(text).statements:
        parts = []
        for node in walk(statement):
            if isinstance(node, Clause):
                parts.append(node.keyword)
            elif isinstance(node, Call):
                parts.append(f"{node.name}()")
            elif isinstance(node, Group) and node.body is not None:
                parts.append("{")
        out.append(parts)
    return out


@pytest.mark.parametrize("text, expected", [
    ("MATCH (n:Company) WHERE n.name STARTS WITH 'A' RETURN n.name AS name ORDER BY name SKIP 1 LIMIT 2",
     [["MATCH", "WHERE", "RETURN", "ORDER BY", "SKIP", "LIMIT"]]),
    ("OPTIONAL MATCH (a) RETURN a UNION ALL MATCH (b) RETURN b", [["OPTIONAL MATCH", "RETURN", "UNION ALL", "MATCH",
                                                                  "RETURN"]]),
    ("RETURN 1; RETURN 2;", [["RETURN"], ["RETURN"]]),
    ("MATCH (c) WHERE EXISTS { MATCH (c)--() } RETURN count(*), COUNT { MATCH (c)--() }",
     [["MATCH", "WHERE", "{", "MATCH", "RETURN", "count()", "{", "MATCH"]]),
    ("CALL { MATCH (n) RETURN n } RETURN n", [["CALL", "{", "MATCH", "RETURN", "RETURN"]]),
    ("CALL (x) { WITH x RETURN x } RETURN 1", [["CALL", "{", "WITH", "RETURN", "RETURN"]]),
    ("CALL show_tables() RETURN *", [["CALL", "show_tables()", "RETURN"]]),
    ("RETURN duration.between(a, b), `weird name`(1), lower(upper('x'))",
     [["RETURN", "duration.between()", "weird name()", "lower()", "upper()"]]),
    ("MERGE (n {id: 1}) ON CREATE SET n.x = 1 ON MATCH SET n.y = 2",
     [["MERGE", "ON CREATE", "SET", "ON MATCH", "SET"]]),
    ("MATCH (n) DETACH DELETE n", [["MATCH", "DETACH DELETE"]]),
    ("LOAD WITH HEADERS (a STRING) FROM 'f' RETURN a", [["LOAD", "RETURN"]]),
    # Aliases after AS are names when AS follows an expression; `as` itself may be a variable.
    ("RETURN 1 AS set, 2 AS load LIMIT 1", [["RETURN", "LIMIT"]]),
    ("MATCH (as) WITH as LOAD FROM 'x' RETURN *", [["MATCH", "WITH", "LOAD", "RETURN"]]),
    ("RETURN s CONTAINS as LOAD FROM 'x'", [["RETURN", "LOAD"]]),
    # Property keys, labels and map keys are names; a clause word used as a variable starts a clause.
    ("MATCH (n:Load {set: 1}) RETURN n.delete, n:Copy", [["MATCH", "RETURN"]]),
    ("MATCH (load) RETURN load", [["MATCH", "RETURN", "LOAD"]]),
    ("RETURN {match: 1}, { MATCH (n) RETURN n }", [["RETURN", "{", "MATCH", "RETURN"]]),
])
def test_clauses(text, expected):
    assert outline(text) == expected


def test_a_statement_without_a_clause_word_keeps_its_items_apart():
    statement = parse("foo LOAD FROM 'x'").statements[0]
    assert [t.text for t in statement.lead] == ["foo"]
    assert [c.keyword for c in statement.clauses] == ["LOAD"]


@pytest.mark.parametrize("text, message", [
    ("MATCH (n RETURN n", "Cypher syntax error: '(' is never closed (line 1, column 7)"),
    ("RETURN [1)", "Cypher syntax error: ')' where ']' should close the '[' at line 1, column 8 (line 1, column 10)"),
    ("RETURN 1\n}", "Cypher syntax error: '}' closes nothing (line 2, column 1)"),
])
def test_unbalanced_brackets_are_one_line(text, message):
    with pytest.raises(QueryError) as err:
        parse(text)
    assert str(err.value) == message


def test_render_replaces_tokens_and_keeps_the_rest():
    tokens = tokenize("MATCH (n) // keep me\nRETURN type(r)")
    name = next(t for t in tokens if t.text == "type")
    assert render(tokens, {name.index: "label"}) == "MATCH (n) // keep me\nRETURN label(r)"
