"""Printing every command's result as a table, JSON or CSV: the one place output is formatted.

Results are either rows (`Rows`: columns and values, from `query`, `stats`,
a push) or the typed answers of the named questions (queries.types). For
every one:

- `json`: rows as an array of objects keyed by column (dates as ISO strings,
  lists as arrays); a typed answer as its model's JSON;
- `csv`: rows as they are; a typed answer flattened to one row per finding,
  relationship, hop, side or event (queries.result_rows);
- `table`: rows as a table; a typed answer as a plain-text report, one finding
  per block with its evidence indented.

Every cell is plain text: nothing from a document is read as console markup.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Iterator

from graph.errors import InvalidValue
from graph.printable import UNPRINTABLE, printable
from queries.types import Conflict, Connections, Contradiction, Event, Evidence, Profile, Timeline

FORMATS = ("table", "json", "csv")


@dataclass
class Rows:
    columns: list[str]
    rows: list[list[Any]]
    title: str | None = None


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


# What an empty list of findings says.
EMPTY = {"conflicts": "no conflicts of interest found", "contradictions": "no contradictions found",
         "timeline": "no events"}


def render(result: Any, fmt: str, kind: str | None = None) -> str:
    """The text to print for a command's result: Rows, or the typed answer of the named question
    `kind` (path, show, conflicts, contradictions, timeline; queries.result_rows flattens it for CSV)."""
    if fmt not in FORMATS:
        raise InvalidValue(f"unknown format {fmt!r}; use table, json or csv")
    if isinstance(result, Timeline):
        if fmt == "table":
            return timeline_text(result) if result else EMPTY["timeline"] + "\n"
        result, kind = result.events(), "timeline"
    if fmt == "table" and not isinstance(result, Rows):
        return printable_lines(report(result, kind))
    if fmt == "json":
        data = records(result.columns, result.rows) if isinstance(result, Rows) else _model_json(result)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if not isinstance(result, Rows):
        from queries.result_rows import rows
        result = Rows(*rows(result, kind))
    if fmt == "csv":
        return to_csv(result.columns, result.rows)
    return to_table_text(result)


def printable_lines(lines: Iterable[str]) -> str:
    """Lines as one text, each made printable (graph.printable) and ended by a newline."""
    lines = list(lines)
    text = "".join(line + "\n" for line in lines)
    # Most reports have nothing to escape: their only unprintable characters are the line ends.
    if len(UNPRINTABLE.findall(text)) == len(lines):
        return text
    return "".join(printable(line) + "\n" for line in lines)


def _model_json(result: Any) -> Any:
    return [r.model_dump(mode="json") for r in result] if isinstance(result, list) else result.model_dump(mode="json")


# -- rows ----------------------------------------------------------------------------------

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
    for i, column in enumerate(columns):
        numbers = rows and all(isinstance(row[i], (int, float)) and not isinstance(row[i], bool) for row in rows)
        table.add_column(column, overflow="fold", justify="right" if numbers else "left")
    for row in rows:
        table.add_row(*(Text(printable(_text(v))) for v in row))
    return table


def to_table_text(table: Rows, width: int | None = None) -> str:
    from rich.console import Console
    out = io.StringIO()
    console = Console(file=out, width=width or max(120, Console().width), color_system=None, legacy_windows=False)
    console.print(to_table(table.columns, table.rows, table.title))
    return out.getvalue()


# -- typed answers as plain-text reports (table) ---------------------------------------------

def report(result: Any, kind: str | None = None) -> Iterator[str]:
    if isinstance(result, Connections):
        return connections_lines(result)
    if isinstance(result, Profile):
        return profile_lines(result)
    if not result:
        return iter([EMPTY.get(kind, "nothing found")])
    lines = {Conflict: conflicts_lines, Contradiction: contradictions_lines, Event: timeline_lines}[type(result[0])]
    return lines(result)


def _evidence(e: Evidence, indent: str = "    ") -> str:
    return evidence_line(e.sentence, e.source, e.title, e.outlet, e.date, e.certainty,
                         copy_names(e.copies) if e.copies else "", indent)


def evidence_line(sentence: str, source: str, title: str | None, outlet: str | None, when: date | None,
                  certainty: str | None, copies: str, indent: str = "    ") -> str:
    """'    "sentence" [hedge] (document; outlet, “title”, date; copies: outlets)'."""
    title = title if not title or len(title) <= 70 else title[:67].rsplit(" ", 1)[0] + "…"
    where = ", ".join(x for x in (outlet, title and f"“{title}”", when and when.isoformat()) if x)
    hedge = f" [{certainty}]" if certainty and certainty != "confirmed" else ""
    copies = f"; copies: {copies}" if copies else ""
    return f"{indent}\"{sentence}\"{hedge} ({source}{'; ' + where if where else ''}{copies})"


def copy_names(copies: list) -> str:
    """Copies of a story by outlet (by document id where the outlet is unknown)."""
    return ", ".join(c.outlet or c.document for c in copies)


def connections_lines(result: Connections) -> Iterator[str]:
    from queries.paths import describe
    if not result.paths:
        yield f"no path between {result.a} and {result.b} within {result.max_hops} hops"
        return
    for number, path in enumerate(result.paths, 1):
        yield f"{number}. {' — '.join(path.nodes)} ({len(path.hops)} hops)"
        for hop in path.hops:
            yield f"   {describe(hop)}"
            for e in hop.evidence:
                yield _evidence(e, "      ")


def profile_lines(p: Profile) -> Iterator[str]:
    kind = f", {p.kind}" if p.kind else ""
    yield f"{p.name} ({p.label}{kind}; {p.id})"
    if p.aliases:
        yield f"aliases: {', '.join(p.aliases)}"
    yield f"mentioned in {len(p.documents)} documents"
    for rel_type, relations in p.relationships.items():
        yield f"{rel_type}:"
        for r in relations:
            arrow = "->" if r.direction == "out" else "<-"
            details = ", ".join(f"{k}: {v}" for k, v in (("role", r.role), ("status", r.status),
                                                          *r.properties.items()) if v is not None)
            copies = f"; {len(r.copies)} copies: {copy_names(r.copies)}" if r.copies else ""
            yield f"  {arrow} {r.other}" + (f" ({details})" if details else "") + \
                  f" [{len(r.sources)} sources{copies}]"
            for sentence in r.evidence:
                yield f"      \"{sentence}\""


def conflicts_lines(findings: list[Conflict]) -> Iterator[str]:
    for f in findings:
        how = f"holds {f.stake:.0%} of {f.vendor}" if f.via == "stake" else \
            f"employs {f.person}, who led {f.vendor}"
        rival = ", and competes with it" if f.competes else ""
        yield f"{f.client} (client of {f.vendor}, {f.client_status}) is exposed to {f.investor}: " \
              f"{f.investor} {how}{rival}"
        for e in f.evidence:
            yield _evidence(e)


def contradictions_lines(found: list[Contradiction]) -> Iterator[str]:
    for c in found:
        yield f"{c.source} {c.type} {c.target}: sources disagree on {c.field}"
        for side in c.sides:
            yield f"  {c.field} {side.value}:"
            yield _evidence(side.evidence)


def timeline_lines(events: list[Event]) -> Iterator[str]:
    """Dated events first, each with its date and whose it is (the event's, at the precision the text
    gives, or the report's when the text gives none); then the undated ones, as a group."""
    undated = False
    for e in events:
        if e.date is None:
            if not undated:
                yield _UNDATED
                undated = True
            yield f"  {e.summary}"
        else:
            yield f"{event_when(e):<19}  {e.summary}"
        yield _evidence(e.evidence)


def event_when(e: Event) -> str:
    """'2015 (event)', '2024-03 (event)', '2024-Q1 (event)', '2024-06-10 (report)'; '' when undated."""
    return when_text(e.event_date, e.event_precision, e.date)


def when_text(event_date: date | None, precision: str | None, placed: date | None) -> str:
    if event_date is not None:
        d = event_date
        text = str(d.year) if precision == "year" else f"{d.year}-Q{(d.month - 1) // 3 + 1}" \
            if precision == "quarter" else f"{d.year}-{d.month:02d}" if precision == "month" else d.isoformat()
        return f"{text} (event)"
    return f"{placed.isoformat()} (report)" if placed else ""


_UNDATED = "undated (neither the text nor its report gives a date):"


def timeline_text(timeline: Timeline) -> str:
    """The table report of a compact timeline (queries.types.Timeline), as timeline_lines gives it
    for its events, written from the tuples without an object per event."""
    from queries.paths import day
    docs, none = timeline.docs, {}
    lines: list[str] = []
    add = lines.append
    undated = False
    for placed_undated, _, summary, doc_id, sentence, _, _, claim in timeline.rows:
        event, reported = day(claim.get("event_date")), day(claim.get("date"))
        if placed_undated:
            if not undated:
                add(_UNDATED)
                undated = True
            add(f"  {summary}")
        else:
            add(f"{when_text(event, claim.get('event_precision'), event or reported):<19}  {summary}")
        doc = docs.get(doc_id, none)
        copies = claim.get("copies")
        add(evidence_line(sentence, doc_id, doc.get("title"), doc.get("source"), reported, claim.get("certainty"),
                          ", ".join(docs.get(d, none).get("source") or d for d in copies) if copies else ""))
    return printable_lines(lines)


# -- counts ------------------------------------------------------------------------------------

def entity_counts(counts: dict[str, int]) -> str:
    """'entities: 8 (6 companies, 2 people), investments: 1'."""
    entities = counts.get("Company", 0) + counts.get("Person", 0)
    return (f"entities: {entities} ({counts.get('Company', 0)} companies, {counts.get('Person', 0)} people), "
            f"investments: {counts.get('Investment', 0)}")


def relationship_counts(counts: dict[str, int]) -> str:
    """'relationships: 9, mentions: 15': MENTIONS (a document names an entity) apart from the
    relationships between entities and investments."""
    mentions = counts.get("MENTIONS", 0)
    relationships = sum(v for k, v in counts.items() if k.isupper()) - mentions
    return f"relationships: {relationships}, mentions: {mentions}"


def build_lines(summary) -> Iterator[str]:
    """The summary `aikg build` prints (a loaders.build.BuildSummary)."""
    gone = f", {summary.removed} files gone" if summary.removed else ""
    yield f"documents: {summary.documents} ({summary.extracted} extracted, {summary.unchanged} unchanged{gone})"
    yield (f"read: {summary.read}, skipped: {summary.skipped} ({summary.duplicates} duplicates), "
           f"repaired: {summary.repaired}")
    yield entity_counts(summary.counts)
    yield relationship_counts(summary.counts)
    yield f"warnings: {len(summary.warnings)}"
