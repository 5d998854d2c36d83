"""Neo4j's Cypher for the embedded store: rewritten on a parse of the query (graph.cypher_syntax).

Analysts write Neo4j's dialect; LadybugDB speaks its own. `to_embedded` rewrites what has an
equivalent and prints everything else unchanged (comments and spacing included):

    type(r)                      -> label(r)
    labels(n)                    -> [label(n)]                 (a list, as in Neo4j)
    n:Person, n:A|B, n:A:B       -> label(n) = 'Person', label(n) IN [...], ... AND ...
    shortestPath((a)-[*..4]-(b)) -> (a)-[* SHORTEST ..4]-(b)   (allShortestPaths: ALL SHORTEST)
    COUNT { (a)--() }, EXISTS {} -> COUNT { MATCH (a)--() }, EXISTS { MATCH ... }
    exists(n.p), exists((a)--()) -> n.p IS NOT NULL, EXISTS { MATCH (a)--() }
    size((a)--())                -> COUNT { MATCH (a)--() }
    [x IN l WHERE c | e]         -> list_transform(list_filter(l, x -> c), x -> e)
    n {.name, k: v, x}           -> {name: n.name, k: v, x: x}
    d.published.year, .month...  -> date_part('year', d.published), ...
    duration.inDays(a, b).days   -> (b - a)
    l[0], l[1..3]                -> l[1], l[2:3]               (Neo4j counts from 0, LadybugDB from 1)
    elementId(n), toInteger, toFloat, toBoolean, split, rand, startNode, endNode, head, last, tail,
    substring (from 0), reverse of a list, date(), datetime(), datetime(text)

A construct with no equivalent raises QueryError naming it and the embedded way to write it.
Labels and types only ever come from the schema's constants; values stay parameters.
"""

from __future__ import annotations

from typing import Callable

from graph import schema
from graph.cypher_syntax import Call, Clause, Group, Item, Script, first_token, last_token, parse
from graph.cypher_tokens import NAME, NUMBER, PARAM, QUOTED, STRING, Token, line_column
from graph.errors import QueryError
from graph.neo4j_equivalents import CALLS, LIST_FUNCTIONS, NO_EQUIVALENT, TEMPORAL, TEMPORAL_FIELDS

_PATTERN_CLAUSES = {"MATCH", "OPTIONAL MATCH", "MERGE", "CREATE"}
def to_embedded(cypher: str) -> str:
    """The query in LadybugDB's dialect; QueryError for a construct that has none."""
    script = parse(cypher)
    return _Rewriter(script).text()


class _Rewriter:
    def __init__(self, script: Script):
        self.script, self.tokens = script, script.tokens
        self.edits: dict[int, list[tuple[int, Callable[[], str]]]] = {}
        self.active: set[int] = set()

    # -- output -----------------------------------------------------------------------------

    def text(self) -> str:
        for statement in self.script.statements:
            self.statement(statement)
        return self.out(0, len(self.tokens) - 1)

    def edit(self, first: Token, last: Token, produce: Callable[[], str]) -> None:
        self.edits.setdefault(first.index, []).append((last.index, produce))
        self.edits[first.index].sort(key=lambda e: -e[0])

    def out(self, a: int, b: int) -> str:
        """The text of tokens a..b, with the edits inside that range applied (an edit being
        produced is not applied again inside itself)."""
        parts, i = [], a
        while i <= b:
            for end, produce in self.edits.get(i, ()):
                key = id(produce)
                if end <= b and key not in self.active:
                    self.active.add(key)
                    parts.append(produce())
                    self.active.discard(key)
                    i = end + 1
                    break
            else:
                parts.append(self.tokens[i].text)
                i += 1
        return "".join(parts)

    def of(self, items: list[Item]) -> str:
        return self.out(first_token(items[0]).index, last_token(items[-1]).index) if items else ""

    def inside(self, group: Group) -> str:
        return self.out(group.open.index + 1, group.close.index - 1)

    def fail(self, construct: str, token: Token, shown: str | None = None) -> None:
        line, column = line_column(self.script.source, token.start)
        raise QueryError(f"{shown or construct} (line {line}, column {column}) has no equivalent on the embedded "
                         f"store: {NO_EQUIVALENT[construct]}")

    # -- walking ----------------------------------------------------------------------------

    def statement(self, statement) -> None:
        self.expressions(statement.lead, pattern=True)
        for number, clause in enumerate(statement.clauses):
            self.expressions(clause.items, pattern=clause.keyword in _PATTERN_CLAUSES)
            if clause.keyword == "WITH":
                self.with_order(statement.clauses[number + 1:], clause)

    def with_order(self, rest: list[Clause], clause: Clause) -> None:
        """WITH ... ORDER BY with no SKIP or LIMIT: LadybugDB refuses it, and keeps no order into
        collect() anyway."""
        following = [c.keyword for c in rest]
        if following[:1] == ["ORDER BY"] and not (set(following[1:3]) & {"SKIP", "LIMIT"}):
            self.fail("WITH ... ORDER BY", rest[0].words[0], "ORDER BY after WITH without SKIP or LIMIT")

    def expressions(self, items: list[Item], pattern: bool) -> None:
        i = 0
        while i < len(items):
            item = items[i]
            before = items[i - 1] if i else None
            if isinstance(item, Call):
                self.call(items, i, pattern)
            elif isinstance(item, Group):
                self.group(item, before, pattern or _is_pattern_part(items, i))
            elif not pattern and _is_label_test(items, i):
                i = self.label_test(items, i)
                continue
            elif item.at(".") and i + 1 < len(items) and _word(items[i + 1]).lower() in TEMPORAL_FIELDS:
                self.accessor(items, i)
            i += 1

    def group(self, group: Group, before: Item | None, pattern: bool) -> None:
        if group.body is not None:
            if isinstance(before, Token) and before.word == "COLLECT":
                self.fail("COLLECT {", before, "COLLECT { ... }")
            for inner in group.body:
                if inner.lead and not inner.clauses and isinstance(before, Token):
                    first = first_token(inner.lead[0])
                    self.edit(first, first, lambda t=first: "MATCH " + self.out_one(t))
                self.statement(inner)
            return
        if group.open.text == "{":
            if isinstance(before, Token) and before.kind in (NAME, QUOTED) and _ends_value(before) and not pattern:
                self.map_projection(before, group)
            else:
                self.map_values(group)
        elif group.open.text == "[" and not pattern and _ends_value(before):
            self.subscript(group)
        elif group.open.text == "[" and not pattern and not (isinstance(before, Token) and before.at("-")):
            self.list_literal(group)
        elif group.open.text == "(" and pattern:
            self.node_pattern(group)
        else:
            self.expressions(group.items, pattern)

    def out_one(self, token: Token) -> str:
        return self.out(token.index, token.index)

    # -- constructs -------------------------------------------------------------------------

    def call(self, items: list[Item], i: int, pattern: bool) -> None:
        call: Call = items[i]
        name = call.name.upper()
        args = _split(call.args.items)
        if name in ("SHORTESTPATH", "ALLSHORTESTPATHS"):
            self.shortest(call, "ALL SHORTEST" if name.startswith("ALL") else "SHORTEST")
            return
        if name == "DURATION.INDAYS" and _accessor_after(items, i) == "days" and len(args) == 2:
            self.edit(call.names[0], items[i + 2], lambda: f"(({self.of(args[1])}) - ({self.of(args[0])}))")
            self.expressions(call.args.items, False)
            return
        if name in ("DURATION.BETWEEN", "REDUCE"):
            self.fail(name, call.names[0], f"{call.name}()")
        if name.startswith(("APOC.", "GDS.")) or name.startswith("DB."):
            line, column = line_column(self.script.source, call.names[0].start)
            hint = ("CALL show_tables() RETURN * lists the labels and types, CALL table_info('Company') RETURN * "
                    "their properties" if name.startswith("DB.") else "the embedded store has no plugins")
            raise QueryError(f"{call.name}() (line {line}, column {column}) is a Neo4j procedure: {hint}")
        if name in ("EXISTS", "SIZE") and len(args) == 1 and _is_path_pattern(args[0]):
            word = "EXISTS" if name == "EXISTS" else "COUNT"
            self.edit(call.names[0], call.args.close, lambda: f"{word} {{ MATCH {self.of(args[0])} }}")
            self.expressions(args[0], True)
            return
        if name == "EXISTS" and len(args) == 1:
            self.edit(call.names[0], call.args.close, lambda: f"({self.of(args[0])} IS NOT NULL)")
        elif name == "REVERSE" and len(args) == 1 and _is_list(args[0]):
            self.edit(call.names[0], call.args.close, lambda: f"list_reverse({self.of(args[0])})")
        elif name in CALLS:
            self.edit(call.names[0], call.args.close, lambda: CALLS[name]([self.of(a) for a in args]))
        self.expressions(call.args.items, pattern and name not in ("EXISTS", "SIZE"))

    def shortest(self, call: Call, how: str) -> None:
        detail = next((g for g in call.args.items if isinstance(g, Group) and g.open.text == "["), None)
        if detail is None:
            line, column = line_column(self.script.source, call.names[0].start)
            raise QueryError(f"{call.name}() (line {line}, column {column}): write its relationship in brackets, "
                             f"e.g. (a)-[*..4]-(b), to run it on the embedded store")
        star = next((t for t in detail.items if isinstance(t, Token) and t.at("*")), None)
        if star is not None:
            glued = self.tokens[star.index + 1].kind != "space" and not self.tokens[star.index + 1].at("]")
            self.edit(star, star, lambda: f"* {how}" + (" " if glued else ""))
        else:
            props = next((g for g in detail.items if isinstance(g, Group)), None)
            where = props.open if props else detail.close
            self.edit(where, where, lambda: f"* {how} 1..1 " + self.out_one(where))
        self.edit(call.names[0], call.args.close, lambda: self.inside(call.args))
        self.expressions(call.args.items, True)

    def label_test(self, items: list[Item], i: int) -> int:
        """n:A, n:A|B, n:A:B: the node's (or relationship's) label compared with the schema's constants;
        a label the schema does not have matches nothing, as in Neo4j."""
        subject, j, names, either = items[i], i + 1, [], False
        while j + 1 < len(items) and isinstance(items[j], Token) and (items[j].at(":") or items[j].at("|")) \
                and isinstance(items[j + 1], Token) and items[j + 1].kind in (NAME, QUOTED):
            either = either or items[j].at("|")
            names.append(_schema_name(items[j + 1].name))
            j += 2
        var = self.out_one(subject)
        if len(names) == 1:
            text = f"(label({var}) = {names[0]!r})" if names[0] else "false"
        elif either:
            known = [n for n in names if n]
            text = f"(label({var}) IN [{', '.join(repr(n) for n in known)}])" if known else "false"
        else:
            text = "(" + " AND ".join(f"label({var}) = {n!r}" for n in names) + ")" if all(names) else "false"
        self.edit(subject, items[j - 1], lambda: text)
        return j

    def accessor(self, items: list[Item], dot_at: int) -> None:
        """d.published.year: a temporal value's field, when the value is not a plain variable."""
        part = _word(items[dot_at + 1]).lower()
        start = dot_at - 1
        while start >= 2 and isinstance(items[start - 1], Token) and items[start - 1].at("."):
            start -= 2
        base = items[start:dot_at]
        if len(base) < 3 and not isinstance(base[0], (Call, Group)):
            return  # n.year: a property called year
        rendered = lambda: self.of(base)  # noqa: E731
        if part == "dayofweek":
            produce = lambda: f"((date_part('dayofweek', {rendered()}) + 6) % 7 + 1)"  # noqa: E731 - Monday 1
        else:
            produce = lambda: f"date_part('{TEMPORAL[part]}', {rendered()})"  # noqa: E731
        self.edit(first_token(base[0]), items[dot_at + 1], produce)

    def map_projection(self, subject: Token, group: Group) -> None:
        var = subject.text
        entries = []
        for entry in _split(group.items):
            if entry and isinstance(entry[0], Token) and entry[0].at("."):
                if len(entry) > 1 and isinstance(entry[1], Token) and entry[1].at("*"):
                    self.fail("MAP PROJECTION .*", entry[1], "the map projection .*")
                key = entry[1].text
                entries.append(lambda k=key: f"{k}: {var}.{k}")
            elif len(entry) == 1 and isinstance(entry[0], Token):
                name = entry[0].text
                entries.append(lambda n=name: f"{n}: {n}")
            else:
                self.expressions(entry[2:], False)
                entries.append(lambda e=entry: self.of(e))
        self.edit(first_token(subject), group.close, lambda: "{" + ", ".join(e() for e in entries) + "}")

    def map_values(self, group: Group) -> None:
        for entry in _split(group.items):
            if len(entry) > 2 and isinstance(entry[1], Token) and entry[1].at(":"):
                self.expressions(entry[2:], False)
            else:
                self.expressions(entry, False)

    def node_pattern(self, group: Group) -> None:
        for item in group.items:
            if isinstance(item, Group):
                self.map_values(item) if item.open.text == "{" else self.expressions(item.items, True)

    def subscript(self, group: Group) -> None:
        """l[i] and l[a..b]: Neo4j counts from 0 with an exclusive end, LadybugDB from 1 inclusive."""
        items = group.items
        dots = next((k for k, t in enumerate(items) if isinstance(t, Token) and t.at("..")), None)
        if dots is None:
            if len(items) == 1 and isinstance(items[0], Token) and items[0].kind == STRING:
                return  # m['key']
            self.expressions(items, False)
            self.edit(group.open, group.close, lambda: f"[{_plus_one(self, items)}]")
            return
        low, high = items[:dots], items[dots + 1:]
        self.expressions(low, False)
        self.expressions(high, False)
        self.edit(group.open, group.close,
                  lambda: f"[{_plus_one(self, low) if low else ''}:{_end(self, high) if high else ''}]")

    def list_literal(self, group: Group) -> None:
        items = group.items
        if items and isinstance(items[0], Group) and items[0].open.text == "(" and _is_path_pattern(items[:3]):
            self.fail("PATTERN COMPREHENSION", items[0].open, "a pattern comprehension [(a)-->(b) | ...]")
        if len(items) >= 3 and isinstance(items[0], Token) and items[0].kind == NAME and _word(items[1]) == "IN":
            self.comprehension(group)
        else:
            self.expressions(items, False)

    def comprehension(self, group: Group) -> None:
        items = group.items
        var = items[0].text
        where = next((k for k, t in enumerate(items) if isinstance(t, Token) and t.word == "WHERE"), None)
        bar = next((k for k, t in enumerate(items) if isinstance(t, Token) and t.at("|")), None)
        source = items[2:where or bar or len(items)]
        condition = items[where + 1:bar or len(items)] if where else []
        projection = items[bar + 1:] if bar else []
        for part in (source, condition, projection):
            self.expressions(part, False)

        def produce() -> str:
            text = self.of(source)
            if condition:
                text = f"list_filter({text}, {var} -> {self.of(condition)})"
            if projection:
                text = f"list_transform({text}, {var} -> {self.of(projection)})"
            return text
        self.edit(group.open, group.close, produce)


def _word(item: Item | None) -> str:
    return item.word if isinstance(item, Token) else ""


def _split(items: list[Item]) -> list[list[Item]]:
    """Items split at their top-level commas."""
    out: list[list[Item]] = [[]]
    for item in items:
        if isinstance(item, Token) and item.at(","):
            out.append([])
        else:
            out[-1].append(item)
    return [part for part in out if part]


def _ends_value(item: Item | None) -> bool:
    """Does `item` end an expression, so that a following [ or { applies to it?"""
    if isinstance(item, (Call, Group)):
        return not (isinstance(item, Group) and item.body is not None)
    if isinstance(item, Token):
        return item.kind in (QUOTED, PARAM, STRING) or (item.kind == NAME and item.word not in _KEYWORDS)
    return False


_KEYWORDS = {"RETURN", "WITH", "WHERE", "AND", "OR", "XOR", "NOT", "IN", "IS", "AS", "CASE", "WHEN", "THEN",
             "ELSE", "END", "DISTINCT", "UNWIND", "BY", "SKIP", "LIMIT", "CONTAINS", "STARTS", "ENDS", "SET",
             "DELETE", "MERGE", "CREATE", "MATCH", "OPTIONAL", "YIELD", "ORDER", "UNION", "ALL", "CALL"}


def _is_label_test(items: list[Item], i: int) -> bool:
    item = items[i]
    if not (isinstance(item, Token) and item.kind in (NAME, QUOTED) and item.word not in _KEYWORDS):
        return False
    if i and isinstance(items[i - 1], Token) and items[i - 1].at("."):
        return False
    return (i + 2 < len(items) and isinstance(items[i + 1], Token) and items[i + 1].at(":")
            and isinstance(items[i + 2], Token) and items[i + 2].kind in (NAME, QUOTED))


def _is_pattern_part(items: list[Item], i: int) -> bool:
    """Is the group at i a node of a pattern (an arrow's dash beside it)?"""
    near = [items[k] for k in (i - 1, i + 1) if 0 <= k < len(items)]
    return any(isinstance(t, Token) and (t.at("-") or t.at("<") or t.at(">")) for t in near)


def _is_path_pattern(items: list[Item]) -> bool:
    return (len(items) >= 2 and isinstance(items[0], Group) and items[0].open.text == "("
            and isinstance(items[1], Token) and (items[1].at("-") or items[1].at("<")))


def _is_list(items: list[Item]) -> bool:
    first = items[0] if len(items) == 1 else None
    return (isinstance(first, Group) and first.open.text == "[") or (
        isinstance(first, Call) and first.name.upper() in LIST_FUNCTIONS)


def _accessor_after(items: list[Item], i: int) -> str:
    return (_word(items[i + 2]).lower() if i + 2 < len(items) and isinstance(items[i + 1], Token)
            and items[i + 1].at(".") else "")


def _schema_name(name: str) -> str | None:
    """The schema's own constant for a label or type the query names, else None."""
    for known in (*schema.NODE_LABELS, *schema.REL_TYPES):
        if known == name:
            return known
    return None


def _int(items: list[Item]) -> int | None:
    """The value of an integer literal, signed or not."""
    tokens = [t for t in items if isinstance(t, Token)]
    if len(tokens) != len(items) or not tokens or tokens[-1].kind != NUMBER or not tokens[-1].text.isdigit():
        return None
    if len(tokens) == 1:
        return int(tokens[0].text)
    return -int(tokens[1].text) if len(tokens) == 2 and tokens[0].at("-") else None


def _plus_one(rewriter: _Rewriter, items: list[Item]) -> str:
    value = _int(items)
    if value is not None:
        return str(value + 1 if value >= 0 else value)
    return f"({rewriter.of(items)}) + 1"


def _end(rewriter: _Rewriter, items: list[Item]) -> str:
    value = _int(items)
    if value is not None:
        return str(value if value >= 0 else value - 1)
    return rewriter.of(items)
