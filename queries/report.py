"""Plain-text rendering of the named questions' results, one finding per block, evidence indented."""

from __future__ import annotations

from typing import Iterator

from queries.paths import describe
from queries.types import Conflict, Connections, Contradiction, Event, Evidence, Profile


def _evidence(e: Evidence, indent: str = "    ") -> str:
    title = e.title if not e.title or len(e.title) <= 70 else e.title[:67].rsplit(" ", 1)[0] + "…"
    where = ", ".join(x for x in (e.outlet, title and f"“{title}”", e.date and e.date.isoformat()) if x)
    hedge = f" [{e.certainty}]" if e.certainty and e.certainty != "confirmed" else ""
    return f"{indent}\"{e.sentence}\"{hedge} ({e.source}{'; ' + where if where else ''})"


def connections_lines(result: Connections) -> Iterator[str]:
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
            yield f"  {arrow} {r.other}" + (f" ({details})" if details else "") + \
                  f" [{len(r.sources)} sources]"
            for sentence in r.evidence:
                yield f"      \"{sentence}\""


def conflicts_lines(findings: list[Conflict]) -> Iterator[str]:
    if not findings:
        yield "no conflicts of interest found"
    for f in findings:
        how = f"holds {f.stake:.0%} of {f.vendor}" if f.via == "stake" else \
            f"employs {f.person}, who led {f.vendor}"
        rival = ", and competes with it" if f.competes else ""
        yield f"{f.client} (client of {f.vendor}, {f.client_status}) is exposed to {f.investor}: " \
              f"{f.investor} {how}{rival}"
        for e in f.evidence:
            yield _evidence(e)


def contradictions_lines(found: list[Contradiction]) -> Iterator[str]:
    if not found:
        yield "no contradictions found"
    for c in found:
        yield f"{c.source} {c.type} {c.target}: sources disagree on {c.field}"
        for side in c.sides:
            yield f"  {c.field} {side.value}:"
            yield _evidence(side.evidence)


def timeline_lines(events: list[Event]) -> Iterator[str]:
    if not events:
        yield "no dated events"
    for e in events:
        yield f"{e.date.isoformat()}  {e.summary}"
        yield _evidence(e.evidence)


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
    yield f"documents: {summary.documents} ({summary.extracted} extracted, {summary.unchanged} unchanged)"
    yield (f"read: {summary.read}, skipped: {summary.skipped} ({summary.duplicates} duplicates), "
           f"repaired: {summary.repaired}")
    yield entity_counts(summary.counts)
    yield relationship_counts(summary.counts)
    yield f"warnings: {len(summary.warnings)}"
