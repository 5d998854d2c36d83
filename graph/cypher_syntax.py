"""Cypher text as statements, clauses, bracketed groups, subqueries and function calls, over the
tokens of graph.cypher_tokens.

Pure functions. The query guard (graph.query_guard) decides on this structure, and the Neo4j
dialect rewriting (graph.neo4j_dialect) rewrites it.

The parser does not check the grammar: LadybugDB does that. It finds the clauses of each
statement and subquery conservatively: every clause word at a statement's bracket depth 0
starts a clause, unless the word is a property key (after `.`), a label (after `:`), or an alias
(after `AS`, ending the item). A keyword used as a name there is read as a clause, never the
other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union

from graph.cypher_tokens import COMMENT, NAME, NUMBER, OP, PARAM, QUOTED, SPACE, STRING, Token, line_column, tokenize
from graph.errors import QueryError

# Words LadybugDB reserves: never a name, so never a function either (ALL, ANY, NONE, SINGLE, CAST
# and EXISTS are written like functions and are read as calls below).
RESERVED = frozenset(
    "ACYCLIC ALL AND ANY ASC ASCENDING CASE CAST COLUMN DBTYPE DEFAULT DESC DESCENDING DISTINCT ELSE END ENDS "
    "EXISTS FALSE GLOB GROUP HEADERS HINT IN INSTALL JOIN MACRO MULTI_JOIN NONE NOT NULL ON ONLY OPTIONAL OR "
    "ORDER PRIMARY PROFILE SHORTEST SINGLE STARTS TABLE THEN TRAIL TRUE UNION UNWIND WHEN WHERE WITH WSHORTEST "
    "XOR".split())
_CALLABLE_RESERVED = frozenset({"ALL", "ANY", "NONE", "SINGLE", "CAST", "EXISTS"})

# Words that start a clause or a statement, in LadybugDB's grammar or in Neo4j's.
CLAUSE_WORDS = frozenset(
    "MATCH OPTIONAL WHERE WITH UNWIND RETURN ORDER SKIP LIMIT UNION CALL YIELD HINT CREATE MERGE SET DELETE "
    "DETACH REMOVE FOREACH ON DROP ALTER COPY LOAD INSTALL FORCE UNINSTALL UPDATE ATTACH USE IMPORT EXPORT "
    "CHECKPOINT BEGIN COMMIT ROLLBACK COMMENT EXPLAIN PROFILE FINISH GRANT REVOKE DENY SHOW TERMINATE".split())
# LadybugDB's other keywords: they may be names, but may also be operators (CONTAINS, IS).
NONRESERVED = frozenset(
    "ADD ALTER AS ATTACH BEGIN BY CALL CHECKPOINT COMMENT COMMIT CONTAINS COPY COUNT CYCLE DATABASE DECIMAL "
    "DELETE DETACH DROP EXPLAIN EXPORT EXTENSION FORCE FROM GRAPH IF IMPORT INCREMENT IS KEY LIMIT LOAD LOGICAL "
    "MAP MATCH MAXVALUE MERGE MINVALUE NO NODE PASSWORD PROJECT READ REL RENAME RETURN ROLE ROLLBACK SEQUENCE SET "
    "SKIP START STRUCT TO TRANSACTION TYPE UNINSTALL UPDATE USE USER WRITE YIELD".split())
# Braces after these hold a query: CALL { ... }, EXISTS { ... }, COUNT { ... }, COLLECT { ... }.
SUBQUERY_WORDS = frozenset({"CALL", "EXISTS", "COUNT", "COLLECT"})


# -- the tree ---------------------------------------------------------------------------------

@dataclass
class Group:
    """( ... ), [ ... ] or { ... }: its significant items, and a subquery's statements."""

    open: Token
    close: Token
    items: list["Item"] = field(default_factory=list)
    body: list["Statement"] | None = None


@dataclass
class Call:
    """name(args) or namespace.name(args)."""

    names: list[Token]  # the name tokens and the dots between them
    args: Group

    @property
    def name(self) -> str:
        return "".join(t.name if t.kind in (NAME, QUOTED) else t.text for t in self.names)


@dataclass
class Clause:
    """A clause: its keyword words ("OPTIONAL MATCH") and the items up to the next clause."""

    keyword: str
    words: list[Token]
    items: list["Item"] = field(default_factory=list)


@dataclass
class Statement:
    clauses: list[Clause]
    lead: list["Item"]  # items before the first clause word: not a statement LadybugDB would run
    separator: Token | None = None  # the ';' after it


@dataclass
class Script:
    source: str
    tokens: list[Token]
    statements: list[Statement]


Item = Union[Token, Group, Call]
_CLOSE = {"(": ")", "[": "]", "{": "}"}


def first_token(item: Item | Clause | Statement) -> Token:
    if isinstance(item, Token):
        return item
    if isinstance(item, Group):
        return item.open
    if isinstance(item, Call):
        return item.names[0]
    if isinstance(item, Clause):
        return item.words[0]
    return first_token((item.lead or item.clauses)[0])


def last_token(item: Item | Clause | Statement) -> Token:
    if isinstance(item, Token):
        return item
    if isinstance(item, Group):
        return item.close
    if isinstance(item, Call):
        return item.args.close
    if isinstance(item, Clause):
        return last_token(item.items[-1]) if item.items else item.words[-1]
    if item.clauses:
        return last_token(item.clauses[-1])
    return last_token(item.lead[-1])


def parse(source: str) -> Script:
    """The statements of a Cypher text; raises QueryError for an unbalanced bracket."""
    tokens = tokenize(source)
    significant = [t for t in tokens if t.kind not in (SPACE, COMMENT)]
    items = _nest(source, significant)
    return Script(source, tokens, _statements(items))


def _nest(source: str, tokens: list[Token]) -> list[Item]:
    """Tokens with every bracketed run folded into a Group."""
    top: list[Item] = []
    stack: list[tuple[Token, list[Item]]] = []
    current = top
    for token in tokens:
        if token.kind == OP and token.text in _CLOSE:
            stack.append((token, current))
            current = []
        elif token.kind == OP and token.text in (")", "]", "}"):
            if not stack or _CLOSE[stack[-1][0].text] != token.text:
                raise QueryError(_syntax(source, token, f"'{token.text}' closes nothing"
                                         if not stack else f"'{token.text}' where '{_CLOSE[stack[-1][0].text]}' "
                                         f"should close the '{stack[-1][0].text}' at {_where(source, stack[-1][0])}"))
            opener, outer = stack.pop()
            outer.append(Group(opener, token, current))
            current = outer
        else:
            current.append(token)
    if stack:
        opener = stack[-1][0]
        raise QueryError(_syntax(source, opener, f"'{opener.text}' is never closed"))
    return top


def _syntax(source: str, token: Token, what: str) -> str:
    return f"Cypher syntax error: {what} ({_where(source, token)})"


def _where(source: str, token: Token) -> str:
    line, column = line_column(source, token.start)
    return f"line {line}, column {column}"


def _statements(items: list[Item]) -> list[Statement]:
    """Split at ';' and read each part as clauses; empty parts (a trailing ';') are dropped."""
    out: list[Statement] = []
    part: list[Item] = []
    for item in items + [None]:
        if item is None or (isinstance(item, Token) and item.at(";")):
            if part:
                out.append(_clauses(part, item))
            part = []
        else:
            part.append(item)
    return out


def _clauses(items: list[Item], separator: Token | None) -> Statement:
    statement = Statement([], [], separator)
    i = 0
    while i < len(items):
        item = items[i]
        if _starts_clause(items, i):
            words = [item]
            follow = _CONTINUATIONS.get(item.word, ())
            while i + 1 < len(items) and isinstance(items[i + 1], Token) and items[i + 1].word in follow:
                i += 1
                words.append(items[i])
                follow = ()
            statement.clauses.append(Clause(" ".join(w.word for w in words), words))
        else:
            target = statement.clauses[-1].items if statement.clauses else statement.lead
            target.append(item)
        i += 1
    for clause in statement.clauses:
        clause.items = _expression(clause.items, clause.words)
    statement.lead = _expression(statement.lead, [])
    return statement


# Words read with the clause word before them: OPTIONAL MATCH, DETACH DELETE, ORDER BY, UNION ALL,
# ON MATCH / ON CREATE (MERGE's actions; with SET after them, a write either way).
_CONTINUATIONS = {"OPTIONAL": ("MATCH",), "DETACH": ("DELETE",), "ORDER": ("BY",), "UNION": ("ALL",),
                  "ON": ("MATCH", "CREATE")}


def _starts_clause(items: list[Item], i: int) -> bool:
    item = items[i]
    if not isinstance(item, Token) or item.word not in CLAUSE_WORDS:
        return False
    before = items[i - 1] if i else None
    if isinstance(before, Token):
        if before.at(".") or before.at(":"):
            return False  # a property key or a label
        if before.word in ("STARTS", "ENDS", "LOAD") and item.word == "WITH":
            return False  # STARTS WITH, ENDS WITH, LOAD WITH HEADERS
        if before.word in _CONTINUATIONS and item.word in _CONTINUATIONS[before.word]:
            return False
        if before.word == "AS" and i >= 2 and _ends_expression(items, i - 2):
            return False  # RETURN 1 AS set: after an expression, AS is the keyword and `set` an alias
    return True


def _ends_expression(items: list[Item], i: int) -> bool:
    """Does items[i] surely end an expression? Then an `as` after it is the keyword AS, not a variable
    (`WITH as LOAD FROM ...` starts a LOAD clause; so may `s CONTAINS as LOAD ...`)."""
    item = items[i]
    if isinstance(item, (Group, Call)) or item.kind in (STRING, NUMBER, PARAM, QUOTED):
        return True
    if item.kind != NAME:
        return False
    if i and isinstance(items[i - 1], Token) and items[i - 1].at("."):
        return True  # a property key
    return item.word in ("TRUE", "FALSE", "NULL", "END") or item.word not in RESERVED | NONRESERVED | CLAUSE_WORDS


def _expression(items: list[Item], words: list[Token]) -> list[Item]:
    """Items of a clause with calls formed, and subqueries and groups parsed inside."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, Group):
            out.append(_inner(item, out[-1] if out else (words[-1] if words else None)))
            i += 1
            continue
        chain_end = _call_chain(items, i)
        if chain_end:
            args = items[chain_end]
            out.append(Call(list(items[i:chain_end]), _inner(args, None)))
            i = chain_end + 1
            continue
        out.append(item)
        i += 1
    return out


def _call_chain(items: list[Item], i: int) -> int:
    """When items[i:] is `name(.name)* ( ... )`, the index of the parenthesized group, else 0."""
    item = items[i]
    if not _callable(item) or (i and isinstance(items[i - 1], Token) and items[i - 1].at(".")):
        return 0
    j = i + 1
    while j + 1 < len(items) and isinstance(items[j], Token) and items[j].at(".") and _callable(items[j + 1]):
        j += 2
    after = items[j] if j < len(items) else None
    return j if isinstance(after, Group) and after.open.text == "(" else 0


def _callable(item: Item) -> bool:
    if not isinstance(item, Token) or item.kind not in (NAME, QUOTED):
        return False
    return item.word not in RESERVED or item.word in _CALLABLE_RESERVED


def _inner(group: Group, before: Item | None) -> Group:
    """A group's items parsed: a subquery's as statements, anything else as an expression."""
    if _is_subquery(group, before):
        group.body = _statements(group.items)
    else:
        group.items = _expression(group.items, [])
    return group


def _is_subquery(group: Group, before: Item | None) -> bool:
    if group.open.text != "{":
        return False
    if isinstance(before, Token) and before.word in SUBQUERY_WORDS:
        return True
    items = group.items
    first = items[0] if items else None
    second = items[1] if len(items) > 1 else None
    # CALL (x) { MATCH ... } and { MATCH ... } after anything else too; { set: 1 } is a map.
    return isinstance(first, Token) and first.word in CLAUSE_WORDS and not (isinstance(second, Token)
                                                                           and second.at(":"))


def walk(node: Script | Statement | Clause | Group | Call | list) -> Iterator[Statement | Clause | Group | Call]:
    """Every statement, clause, group and call inside `node`, depth first, subqueries included."""
    if isinstance(node, Script):
        for statement in node.statements:
            yield from walk(statement)
    elif isinstance(node, Statement):
        yield node
        yield from walk(node.lead)
        for clause in node.clauses:
            yield from walk(clause)
    elif isinstance(node, Clause):
        yield node
        yield from walk(node.items)
    elif isinstance(node, Group):
        yield node
        if node.body is not None:
            for statement in node.body:
                yield from walk(statement)
        else:
            yield from walk(node.items)
    elif isinstance(node, Call):
        yield node
        yield from walk(node.args)
    elif isinstance(node, list):
        for item in node:
            if not isinstance(item, Token):
                yield from walk(item)


def text_of(script: Script, first: Token, last: Token) -> str:
    """The source from one token to another, both included."""
    return script.source[first.start:last.end]
