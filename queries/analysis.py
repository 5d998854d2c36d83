"""profile, timeline, conflicts and contradictions over the in-memory graph."""

from __future__ import annotations

import re
from datetime import date

from graph import schema
from graph.memgraph import KnowledgeGraph
from queries.paths import all_relations, evidence_of, relations_of
from queries.types import ClaimSide, Conflict, Contradiction, Event, Profile, Relation

# Kinds of company that build AI and so compete for the same vendors' attention.
_BUILDERS = frozenset({"big_tech", "lab", "startup"})
# Roles that make a person someone who "led" a company.
_LEADER = re.compile(r"CEO|chief|president|chairman|founder|co-founder|CTO|CFO|COO|director|head", re.I)
# Forward order of statuses: a later claim further along is progress, not disagreement.
_PROGRESS = {
    schema.CLIENT_OF: {"active": 0, "reconsidering": 1, "reducing": 2, "ended": 3},
    schema.WORKS_AT: {"incoming": 0, "current": 1, "former": 2},
    schema.ACQUIRED: {"planned": 0, "completed": 1, "cancelled": 1},
    schema.INVESTMENT: {"planned": 0, "completed": 1, "cancelled": 1},
}
# Status pairs that cannot both hold at once.
_CLASHES = {
    schema.CLIENT_OF: {frozenset({"active", "ended"}), frozenset({"reconsidering", "ended"}),
                       frozenset({"reducing", "ended"})},
    schema.WORKS_AT: {frozenset({"current", "former"}), frozenset({"incoming", "former"})},
    schema.ACQUIRED: {frozenset({"completed", "cancelled"}), frozenset({"planned", "cancelled"})},
    schema.INVESTMENT: {frozenset({"completed", "cancelled"}), frozenset({"planned", "cancelled"})},
}


def profile(kg: KnowledgeGraph, name: str) -> Profile:
    """Everything known about one entity: relationships grouped by type, with status, dates and sources."""
    node_id = kg.resolve(name)
    node = kg.node(node_id)
    groups: dict[str, list[Relation]] = {}
    for rel in relations_of(kg, node_id):
        out = rel["source"] == node_id
        other = rel["target"] if out else rel["source"]
        claims = rel["claims"]
        dates = sorted(c["date"] for c in claims if c.get("date"))
        voiced = [c["certainty"] for c in claims if c.get("certainty")]
        props = {k: v for k, v in rel["props"].items() if k not in ("status", "role")}
        groups.setdefault(rel["type"], []).append(Relation(
            type=rel["type"], direction="out" if out else "in", other=kg.node(other)["name"], other_id=other,
            status=rel["props"].get("status"), role=rel["props"].get("role"), properties=props,
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            certainty=voiced[-1] if voiced else None,
            sources=list(dict.fromkeys(c["doc"] for c in claims)),
            evidence=list(dict.fromkeys(c["evidence"] for c in claims))))
    for relations in groups.values():
        relations.sort(key=lambda r: (r.direction, r.other))
    documents = sorted(u for u, _, k in kg.g.in_edges(node_id, keys=True) if k == schema.MENTIONS)
    return Profile(id=node_id, name=node["name"], label=node["label"], kind=node.get("kind"),
                   aliases=node.get("aliases") or [], relationships=dict(sorted(groups.items())),
                   documents=documents)


def timeline(kg: KnowledgeGraph, name: str) -> list[Event]:
    """Dated claims about an entity, oldest first."""
    node_id = kg.resolve(name)
    events = []
    for rel in relations_of(kg, node_id):
        for claim, evidence in zip(_dated(rel["claims"]), evidence_of(kg, _dated(rel["claims"]))):
            state = claim.get("status")
            summary = f"{kg.node(rel['source'])['name']} {rel['type']} {kg.node(rel['target'])['name']}" + \
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


def _competes(kg: KnowledgeGraph, a: str, b: str) -> list[dict]:
    for u, v in ((a, b), (b, a)):
        if kg.g.has_edge(u, v, key=schema.COMPETES_WITH):
            return kg.g.edges[u, v, schema.COMPETES_WITH]["claims"]
    return []


def conflicts(kg: KnowledgeGraph, min_stake: float = 0.2, limit: int | None = 100) -> list[Conflict]:
    """Clients of a vendor in which another company holds a large stake, or employs one who led it.

    Ranked, highest first; only the first `limit` findings are built with their evidence
    (None for all: a large graph has tens of thousands).
    """
    ranked: list[tuple] = []
    stakes: dict[str, list[dict]] = {}
    for rel in all_relations(kg):
        stake = rel["props"].get("stake") if rel["type"] == schema.INVESTED else None
        if stake is not None and stake >= min_stake:
            stakes.setdefault(rel["target"], []).append(rel)
    # Indexed once: who led each company, and where each person works now.
    leaders: dict[str, list[tuple[str, dict]]] = {}
    employers: dict[str, list[tuple[str, dict]]] = {}
    for person, company, works in kg.edges(schema.WORKS_AT):
        if _LEADER.search(works.get("role") or ""):
            leaders.setdefault(company, []).append((person, works))
        if works.get("status") in ("current", "incoming"):
            employers.setdefault(person, []).append((company, works))
    for client, vendor, client_edge in kg.edges(schema.CLIENT_OF):
        exposures = [(rel["source"], "stake", rel["props"]["stake"], None, rel["claims"])
                     for rel in stakes.get(vendor, []) if rel["source"] != client]
        for person, works in leaders.get(vendor, []):
            for employer, later in employers.get(person, []):
                if employer not in (vendor, client):
                    exposures.append((employer, "person", None, person, works["claims"] + later["claims"]))
        for investor, via, stake, person, claims in exposures:
            rivalry = _competes(kg, investor, client)
            score = _score(kg, client, investor, rivalry, stake, client_edge.get("status"))
            names = (kg.node(client)["name"], kg.node(investor)["name"])
            ranked.append((-score, names[0], names[1], via, client, vendor, investor, stake, person, claims,
                           rivalry, client_edge))
    ranked.sort(key=lambda r: r[:4])
    findings = []
    for neg, client_name, investor_name, via, client, vendor, investor, stake, person, claims, rivalry, edge \
            in ranked[:limit]:
        findings.append(Conflict(
            client=client_name, vendor=kg.node(vendor)["name"], investor=investor_name, via=via, stake=stake,
            person=kg.node(person)["name"] if person else None, client_status=edge.get("status"),
            competes=bool(rivalry), score=-neg, evidence=evidence_of(kg, edge["claims"] + claims + rivalry)))
    return findings


def _score(kg: KnowledgeGraph, client: str, investor: str, rivalry: list, stake: float | None,
           status: str | None) -> float:
    """Stated rivalry first, then two AI builders, then the size of the stake; an ended client last."""
    builders = {kg.node(client).get("kind"), kg.node(investor).get("kind")} <= _BUILDERS
    return (2.0 if rivalry else 0.0) + (0.5 if builders else 0.0) + (stake if stake is not None else 0.5) \
        - (1.0 if status == "ended" else 0.0)


def _clash(rel_type: str, a: dict, b: dict) -> bool:
    pair = frozenset({a.get("status"), b.get("status")})
    if pair not in _CLASHES.get(rel_type, set()):
        return False
    if a.get("date") and b.get("date") and a["date"] != b["date"]:
        earlier, later = sorted((a, b), key=lambda c: c["date"])
        order = _PROGRESS[rel_type]
        return order[later["status"]] < order[earlier["status"]]  # moving back in time is a clash
    return True


def contradictions(kg: KnowledgeGraph) -> list[Contradiction]:
    """Relationships whose claims disagree on status or role, each side with its source."""
    found = []
    rows = [(u, v, d["type"], d["claims"]) for u, v, d in kg.edges() if d["type"] not in
            (schema.MENTIONS, schema.INVESTED, schema.INTO)]
    rows += [(n["id"], n["id"], schema.INVESTMENT, n["claims"]) for n in kg.nodes(schema.INVESTMENT)]
    for u, v, rel_type, claims in rows:
        clashing = [c for c in claims if any(_clash(rel_type, c, other) for other in claims)]
        if clashing:
            found.append(_contradiction(kg, u, v, rel_type, "status", clashing))
        roles = [c for c in claims if c.get("role")]
        distinct = {c["role"] for c in roles}
        if len(distinct) > 1 and not any(all(r in other or other in r for other in distinct) for r in distinct):
            found.append(_contradiction(kg, u, v, rel_type, "role", roles))
    return found


def _contradiction(kg, u, v, rel_type, field, claims) -> Contradiction:
    sides = [ClaimSide(value=c.get(field), evidence=e)
             for c, e in zip(claims, evidence_of(kg, claims, unique=False))]
    return Contradiction(source=kg.node(u)["name"], type=rel_type, target=kg.node(v)["name"], field=field,
                         sides=sides)
