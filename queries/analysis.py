"""profile, timeline, conflicts and contradictions, answered from the question index (graph.index).

Each question reads only what its answer holds: the relations of one entity,
the relation rows of the types conflicts joins (without their claims, which
are read for the findings shown), or the disagreements found at build time.
Results are ordered by their content (ties broken by names and ids), so the
same graph gives the same answer however it was built.
"""

from __future__ import annotations

import heapq
import re
from datetime import date

from graph import schema
from graph.index import Index
from queries.paths import evidence_of
from queries.types import ClaimSide, Conflict, Contradiction, Event, Profile, Relation

# Kinds of company that build AI and so compete for the same vendors' attention.
_BUILDERS = frozenset({"big_tech", "lab", "startup"})
# Roles that make a person someone who "led" a company.
_LEADER = re.compile(r"CEO|chief|president|chairman|founder|co-founder|CTO|CFO|COO|director|head", re.I)


def profile(index: Index, name: str) -> Profile:
    """Everything known about one entity: relationships grouped by type, with status, dates and sources."""
    node_id = index.resolve(name)
    node = index.node(node_id)
    relations = index.relations_of(node_id)
    names = index.nodes(r["target"] if r["source"] == node_id else r["source"] for r in relations)
    groups: dict[str, list[Relation]] = {}
    for rel in relations:
        out = rel["source"] == node_id
        other = rel["target"] if out else rel["source"]
        claims = rel["claims"]
        dates = sorted(c["date"] for c in claims if c.get("date"))
        voiced = [c["certainty"] for c in claims if c.get("certainty")]
        props = {k: v for k, v in rel["props"].items() if k not in ("status", "role")}
        groups.setdefault(rel["type"], []).append(Relation(
            type=rel["type"], direction="out" if out else "in", other=names[other]["name"], other_id=other,
            status=rel["props"].get("status"), role=rel["props"].get("role"), properties=props,
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            certainty=voiced[-1] if voiced else None,
            sources=list(dict.fromkeys(c["doc"] for c in claims)),
            evidence=list(dict.fromkeys(c["evidence"] for c in claims))))
    for group in groups.values():
        group.sort(key=lambda r: (r.direction, r.other, r.other_id))
    return Profile(id=node_id, name=node["name"], label=node["label"], kind=node.get("kind"),
                   aliases=node.get("aliases") or [], relationships=dict(sorted(groups.items())),
                   documents=index.mentioned_in(node_id))


def timeline(index: Index, name: str) -> list[Event]:
    """Dated claims about an entity, oldest first."""
    node_id = index.resolve(name)
    relations = index.relations_of(node_id)
    names = index.nodes(n for r in relations for n in (r["source"], r["target"]))
    events = []
    for rel in relations:
        dated = _dated(rel["claims"])
        for claim, evidence in zip(dated, evidence_of(index, dated)):
            state = claim.get("status")
            summary = f"{names[rel['source']]['name']} {rel['type']} {names[rel['target']]['name']}" + \
                      (f" ({state})" if state else "")
            events.append(Event(date=date.fromisoformat(claim["date"]), type=rel["type"], summary=summary,
                                evidence=evidence))
    events.sort(key=lambda e: (e.date, e.summary))
    return events


def _dated(claims: list[dict]) -> list[dict]:
    seen, out = set(), []
    for claim in claims:
        if claim.get("date") and (claim["evidence"], claim["doc"]) not in seen:
            seen.add((claim["evidence"], claim["doc"]))
            out.append(claim)
    return out


def conflicts(index: Index, min_stake: float = 0.2, limit: int | None = 100) -> list[Conflict]:
    """Clients of a vendor in which another company holds a large stake, or employs one who led it.

    Ranked, highest first; only the first `limit` findings are built with their evidence
    (None for all: a large graph has tens of thousands).
    """
    names = index.entity_names()
    kinds = index.kinds()
    stakes: dict[str, list[tuple]] = {}
    for investor, vendor, deal, _, _, stake in index.relation_rows(schema.INVESTED):
        if stake is not None and stake >= min_stake:
            stakes.setdefault(vendor, []).append((investor, stake, deal))
    leaders: dict[str, list[str]] = {}
    employers: dict[str, list[str]] = {}
    for person, company, _, status, role, _ in index.relation_rows(schema.WORKS_AT):
        if _LEADER.search(role or ""):
            leaders.setdefault(company, []).append(person)
        if status in ("current", "incoming"):
            employers.setdefault(person, []).append(company)
    rivals = {frozenset((a, b)) for a, b, *_ in index.relation_rows(schema.COMPETES_WITH)}
    ranked = []
    for client, vendor, _, status, _, _ in index.relation_rows(schema.CLIENT_OF):
        exposures = [(investor, "stake", stake, None, deal) for investor, stake, deal in stakes.get(vendor, ())
                     if investor != client]
        exposures += [(employer, "person", None, person, None) for person in leaders.get(vendor, ())
                      for employer in employers.get(person, ()) if employer not in (vendor, client)]
        for investor, via, stake, person, deal in exposures:
            rivalry = frozenset((investor, client)) in rivals
            builders = {kinds.get(client), kinds.get(investor)} <= _BUILDERS
            score = (2.0 if rivalry else 0.0) + (0.5 if builders else 0.0) + \
                (stake if stake is not None else 0.5) - (1.0 if status == "ended" else 0.0)
            ranked.append((-score, names[client], names[investor], via, names[vendor],
                           names[person] if person else "", client, vendor, investor, person or "", deal or "",
                           stake, status, rivalry))
    top = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
    return [_finding(index, *item) for item in top]


def _finding(index: Index, neg, client_name, investor_name, via, vendor_name, person_name, client, vendor,
             investor, person, deal, stake, status, rivalry) -> Conflict:
    claims = index.claims(client, vendor, schema.CLIENT_OF)
    if via == "stake":
        claims += index.claims(investor, vendor, schema.INVESTED, deal)
    else:
        claims += index.claims(person, vendor, schema.WORKS_AT) + index.claims(person, investor, schema.WORKS_AT)
    if rivalry:
        claims += index.claims(*sorted((investor, client)), schema.COMPETES_WITH)
    return Conflict(client=client_name, vendor=vendor_name, investor=investor_name, via=via, stake=stake,
                    person=person_name or None, client_status=status, competes=rivalry, score=-neg,
                    evidence=evidence_of(index, claims))


def contradictions(index: Index) -> list[Contradiction]:
    """Relationships and deals whose claims disagree on status or role, each side with its source."""
    found = index.disagreements()
    names = index.nodes(n for source, _, target, _, _ in found for n in (source, target))
    out = []
    for source, rel_type, target, field, claims in found:
        sides = [ClaimSide(value=c.get(field), evidence=e)
                 for c, e in zip(claims, evidence_of(index, claims, unique=False))]
        out.append(Contradiction(source=names[source]["name"], type=rel_type, target=names[target]["name"],
                                 field=field, sides=sides))
    return out
