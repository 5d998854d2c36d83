"""What `aikg query` lets through, decided on the query's structure (graph.cypher_syntax).

Without --write: one statement of read clauses (MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN,
ORDER BY, SKIP, LIMIT, UNION, CALL subqueries and the catalogue procedures, EXPLAIN, PROFILE) and
read functions only. With --write: several statements, and CREATE, MERGE, SET, DELETE and REMOVE
too. Never, in either mode: anything that reads or writes files (LOAD FROM, COPY, EXPORT and IMPORT
DATABASE, read_csv...), loads or installs extensions, attaches databases, checkpoints, defines
macros, changes the schema or settings, or opens and closes transactions.

An allow-list: a clause, procedure or function not named here is refused. The engine's read-only
mode and the connection settings of graph.store_session are the second wall.
"""

from __future__ import annotations

import difflib

from graph.cypher_functions import READ_FUNCTIONS, READ_PROCEDURES, REFUSED
from graph.cypher_syntax import Call, Clause, Group, Script, Statement, first_token, parse, walk
from graph.cypher_tokens import NAME, UNKNOWN, Token, line_column
from graph.errors import QueryError

READ_CLAUSES = frozenset({"MATCH", "OPTIONAL MATCH", "WHERE", "WITH", "UNWIND", "RETURN", "ORDER BY", "SKIP",
                          "LIMIT", "UNION", "UNION ALL", "CALL", "YIELD", "HINT", "EXPLAIN", "PROFILE"})
WRITE_CLAUSES = frozenset({"CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "REMOVE", "ON MATCH", "ON CREATE",
                           "FOREACH"})

_FILES = "reads or writes files; aikg queries never touch files"
_EXTENSIONS = "loads or installs an extension (native code, from disk or the network); aikg queries never do"
_DATABASES = "attaches or switches databases; aikg queries read their graph directory only"
_SCHEMA = "changes the schema, which aikg generates from its data model; rebuild with `aikg build` instead"
# Clauses refused in every mode: why, by their first word.
_NEVER = {
    "COPY": _FILES, "IMPORT": _FILES, "EXPORT": _FILES,
    "INSTALL": _EXTENSIONS, "FORCE": _EXTENSIONS, "UNINSTALL": _EXTENSIONS, "UPDATE": _EXTENSIONS,
    "ATTACH": _DATABASES, "DETACH": _DATABASES, "USE": _DATABASES,
    "CHECKPOINT": "writes the database file; aikg queries never checkpoint",
    "BEGIN": "opens a transaction; aikg runs each query in one of its own (several statements with --write)",
    "COMMIT": "ends a transaction; aikg runs each query in one of its own (several statements with --write)",
    "ROLLBACK": "ends a transaction; aikg runs each query in one of its own (several statements with --write)",
    "DROP": _SCHEMA, "ALTER": _SCHEMA, "COMMENT": _SCHEMA,
    "FINISH": "is not supported by the embedded store",
    **dict.fromkeys(["GRANT", "REVOKE", "DENY", "SHOW", "TERMINATE"], "is a Neo4j administration command"),
}


def check_text(cypher: str, write: bool = False) -> Script:
    """Parse and check a query; returns its parse, raises QueryError naming what is refused."""
    script = parse(cypher)
    check(script, write)
    return script


def check(script: Script, write: bool = False) -> None:
    for token in script.tokens:
        if token.kind == UNKNOWN:
            raise QueryError(_unknown(script, token))
    statements = script.statements
    if not statements:
        raise QueryError("empty query: give a Cypher statement")
    for statement in statements:  # what no mode allows first: --write would not help
        _check_statement(script, statement, True)
    if len(statements) > 1 and not write:
        raise QueryError(f"this query has {len(statements)} statements; run one at a time, or add --write to run "
                         f"them in one transaction")
    for statement in statements:
        _check_statement(script, statement, write)
    procedures = {id(node.items[0]) for node in walk(script)
                  if isinstance(node, Clause) and node.keyword == "CALL" and node.items}
    for node in walk(script):
        if isinstance(node, Call) and id(node) not in procedures:
            _check_function(script, node)


def _check_statement(script: Script, statement: Statement, write: bool) -> None:
    if statement.lead:
        first = first_token(statement.lead[0])
        close = difflib.get_close_matches(first.text.upper(), sorted(READ_CLAUSES | WRITE_CLAUSES), n=1)
        raise QueryError(f"Cypher syntax error: {first.text!r} does not start a clause ({_at(script, first)})"
                         + (f"; did you mean {close[0]}?" if close else
                            "; a statement starts with MATCH, UNWIND, WITH, RETURN or CALL"))
    for node in walk(statement):
        if isinstance(node, Clause):
            _check_clause(script, node, write)
        elif isinstance(node, Group) and node.body is not None:
            if len(node.body) > 1:
                raise QueryError(f"Cypher syntax error: ';' inside a subquery ({_at(script, node.open)})")
            # A body of a pattern alone (COUNT { (a)-->(b) }) is the engine's to refuse; a pattern
            # before clauses is not a subquery.
            inner = node.body[0] if node.body else None
            if inner and inner.lead and inner.clauses:
                first = first_token(inner.lead[0])
                raise QueryError(f"Cypher syntax error: a subquery starts with a clause such as MATCH, not "
                                 f"{first.text!r} ({_at(script, first)})")


def _check_clause(script: Script, clause: Clause, write: bool) -> None:
    keyword, word = clause.keyword, clause.words[0]
    what = _shown(clause)
    if keyword == "CALL":
        _check_call(script, clause)
    elif keyword in READ_CLAUSES:
        return
    elif keyword == "LOAD":
        after = clause.items[0] if clause.items else None
        reason = _FILES if isinstance(after, Token) and after.word in ("FROM", "WITH") else _EXTENSIONS
        raise QueryError(f"{what} {reason} ({_at(script, word)})")
    elif keyword == "CREATE" and not _creates_pattern(clause):
        after = clause.items[0] if clause.items else None
        kind = after.word if isinstance(after, Token) else ""
        reason = "defines a macro; aikg queries never define macros" if kind == "MACRO" else _SCHEMA
        raise QueryError(f"CREATE {kind or '...'} {reason} ({_at(script, word)})")
    elif keyword in WRITE_CLAUSES or keyword == "CREATE":
        if not write:
            raise QueryError(f"this query changes the graph ({what} at {_at(script, word)}); add --write to run it")
    elif keyword.split()[0] in _NEVER:
        raise QueryError(f"{what} {_NEVER[keyword.split()[0]]} ({_at(script, word)})")
    else:  # pragma: no cover - every clause word is classified above; a new one must be too
        raise QueryError(f"{what} is not a clause aikg allows ({_at(script, word)})")


def _creates_pattern(clause: Clause) -> bool:
    """CREATE (n:X ...) or CREATE p = (...): a write of the graph, not DDL (CREATE NODE TABLE, MACRO...)."""
    items = clause.items
    if not items:
        return False
    if isinstance(items[0], Group):
        return items[0].open.text == "("
    return len(items) > 1 and isinstance(items[1], Token) and items[1].at("=")


def _check_call(script: Script, clause: Clause) -> None:
    items = clause.items
    first = items[0] if items else None
    if isinstance(first, Group) and (first.body is not None or (
            len(items) > 1 and isinstance(items[1], Group) and items[1].body is not None)):
        return  # CALL { ... } or CALL (x) { ... }: the subquery's clauses are checked on their own
    if isinstance(first, Call):
        name = first.name.upper()
        if name in READ_PROCEDURES:
            return
        reason = REFUSED.get(name, "is not one of the catalogue procedures aikg allows")
        allowed = ", ".join(sorted(n.lower() for n in READ_PROCEDURES))
        raise QueryError(f"CALL {first.name}() {reason} ({_at(script, first.names[0])}); procedures allowed: "
                         f"{allowed}")
    if isinstance(first, Token) and len(items) > 1 and isinstance(items[1], Token) and items[1].at("="):
        raise QueryError(f"CALL {first.text}=... changes a setting; aikg queries never change settings "
                         f"({_at(script, clause.words[0])})")
    raise QueryError(f"CALL needs a procedure such as show_tables() or a subquery {{ ... }} "
                     f"({_at(script, clause.words[0])})")


def _check_function(script: Script, call: Call) -> None:
    name = call.name.upper()
    if name in READ_FUNCTIONS:
        return
    where = _at(script, call.names[0])
    if name in REFUSED:
        raise QueryError(f"{call.name}() {REFUSED[name]} ({where})")
    if name in READ_PROCEDURES:
        raise QueryError(f"{call.name}() is a procedure: write CALL {call.name}() RETURN * ({where})")
    raise QueryError(f"unknown function {call.name}() ({where}); `CALL show_functions() RETURN *` lists the "
                     f"embedded store's functions")


def _shown(clause: Clause) -> str:
    words = " ".join(w.text for w in clause.words)
    after = clause.items[0] if clause.items else None
    if isinstance(after, Token) and after.kind == NAME and after.word in ("FROM", "EXTENSION", "DATABASE",
                                                                          "TRANSACTION", "WITH"):
        words += f" {after.text}"
    return words


def _at(script: Script, token: Token) -> str:
    line, column = line_column(script.source, token.start)
    return f"line {line}, column {column}"


def _unknown(script: Script, token: Token) -> str:
    if token.text in "'\"":
        what = ("a string that is not closed, or holds an escape other than \\\\ \\' \\\" \\b \\f \\n \\r \\t "
                "\\xHH \\uHHHH")
    elif token.text == "`":
        what = "a `quoted name` that is not closed"
    else:
        what = f"unexpected character {token.text!r}"
    return f"Cypher syntax error: {what} ({_at(script, token)})"

