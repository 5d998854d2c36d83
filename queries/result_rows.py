"""The named questions' typed results (queries/types.py) cut to a limit and flattened to rows,
for `--limit` and `--format csv`.

One row per printed item: a hop of a path, a relationship of a profile, a
finding, a side of a disagreement, an event. Lists are joined with "; " and
each row carries its first evidence sentence and that sentence's document, so
a spreadsheet row can be checked against its source.
"""

from __future__ import annotations

from typing import Any

from queries.paths import describe
from queries.types import Connections, Copy, Evidence, Profile

COLUMNS: dict[str, list[str]] = {
    "path": ["path", "step", "source", "type", "target", "hop", "evidence", "document", "date"],
    "show": ["entity", "type", "direction", "other", "status", "role", "certainty", "first_seen",
             "last_seen", "sources", "copies", "evidence"],
    "conflicts": ["client", "vendor", "investor", "via", "stake", "person", "client_status", "competes",
                  "score", "evidence", "document"],
    "contradictions": ["source", "type", "target", "field", "value", "date", "evidence", "document", "copies"],
    "timeline": ["date", "event_date", "event_precision", "report_date", "type", "summary", "evidence", "document",
                 "copies"],
}


def limit(result: Any, n: int | None) -> tuple[Any, int, int]:
    """(the result cut to n items, how many it had, how many are left); a profile keeps n
    relationships of each type."""
    if n is None:
        return result, 0, 0
    if isinstance(result, Connections):
        total = len(result.paths)
        return result.model_copy(update={"paths": result.paths[:n]}), total, min(total, n)
    if isinstance(result, Profile):
        kept = {t: rels[:n] for t, rels in result.relationships.items()}
        return (result.model_copy(update={"relationships": kept}),
                sum(map(len, result.relationships.values())), sum(map(len, kept.values())))
    return result[:n], len(result), min(len(result), n)


def _copies(copies: list[Copy]) -> str:
    """'document:ab12 (Reuters); document:cd34': the copies of a story, with their outlets."""
    return "; ".join(f"{c.document} ({c.outlet})" if c.outlet else c.document for c in copies)


def _first(evidence: list[Evidence]) -> tuple[str | None, str | None]:
    return (evidence[0].sentence, evidence[0].source) if evidence else (None, None)


def rows(result: Any, kind: str) -> tuple[list[str], list[list[Any]]]:
    """(columns, rows) of one command's result; `kind` is the command."""
    out: list[list[Any]] = []
    if kind == "path":
        for number, path in enumerate(result.paths, 1):
            for step, hop in enumerate(path.hops, 1):
                sentence, doc = _first(hop.evidence)
                when = hop.evidence[0].date if hop.evidence else None
                out.append([number, step, hop.source, hop.type, hop.target, describe(hop), sentence, doc, when])
    elif kind == "show":
        for rel_type, relations in result.relationships.items():
            for r in relations:
                out.append([result.name, rel_type, r.direction, r.other, r.status, r.role, r.certainty,
                            r.first_seen, r.last_seen, "; ".join(r.sources), _copies(r.copies),
                            r.evidence[0] if r.evidence else None])
    elif kind == "conflicts":
        for f in result:
            out.append([f.client, f.vendor, f.investor, f.via, f.stake, f.person, f.client_status, f.competes,
                        f.score, *_first(f.evidence)])
    elif kind == "contradictions":
        for c in result:
            for side in c.sides:
                out.append([c.source, c.type, c.target, c.field, side.value, side.evidence.date,
                            side.evidence.sentence, side.evidence.source, _copies(side.evidence.copies)])
    elif kind == "timeline":
        for e in result:
            out.append([e.date, e.event_date, e.event_precision, e.report_date, e.type, e.summary,
                        e.evidence.sentence, e.evidence.source, _copies(e.evidence.copies)])
    else:
        raise ValueError(f"no rows for {kind!r}")
    return COLUMNS[kind], out
