"""Printing query results: table, JSON (array of objects keyed by column) or CSV."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from graph.printable import printable

FORMATS = ("table", "json", "csv")


_KEYS = {"_LABEL": "label", "_SRC": "start", "_DST": "end", "_nodes": "nodes", "_rels": "relationships"}


def plain(value: Any) -> Any:
    """A value as JSON-ready data: dates as ISO strings, nodes without engine-internal keys; a
    relationship's endpoints when they are known by id (in a path, or from Neo4j)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {_KEYS.get(k, k): plain(v) for k, v in value.items()
                if k != "_ID" and not (k in ("_SRC", "_DST") and not isinstance(v, str))}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def records(columns: list[str], rows: list[list[Any]]) -> list[dict]:
    return [{c: plain(v) for c, v in zip(columns, row)} for row in rows]


def to_json(columns: list[str], rows: list[list[Any]]) -> str:
    return json.dumps(records(columns, rows), ensure_ascii=False, indent=2)


def _text(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _csv_field(text: str) -> str:
    # Quoted as csv.writer's QUOTE_MINIMAL would, and also when the text holds "\r": Python 3.11's
    # writer quotes only the line terminator's characters, and a reader ends the row at a bare "\r".
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def to_csv(columns: list[str], rows: list[list[Any]]) -> str:
    lines = []
    for row in [columns, *[[_text(v) for v in row] for row in rows]]:
        lines.append('""' if row == [""] else ",".join(_csv_field(str(v)) for v in row))
    return "".join(line + "\n" for line in lines)


def to_table(columns: list[str], rows: list[list[Any]], title: str | None = None):
    """A rich Table; every cell is plain text (no console markup from document text, control characters
    escaped)."""
    from rich.table import Table
    from rich.text import Text
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(printable(_text(v))) for v in row))
    return table
