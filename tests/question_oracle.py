"""The named questions as aikg answered them before the question index: by brute force over the
whole graph in memory (graph.memgraph), with networkx's shortest simple paths.

The tests compare the index's answers (queries.analysis, queries.paths) with these on the seeds,
the demo corpus and the dev set, ties aside: the old answers listed equal-ranked findings and
equal-length paths in the order the graph happened to store them, the index in a fixed order.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

import networkx as nx

from graph import schema
from graph.aggregate import by_story, disagreements
from graph.index import RELATION_PROPERTIES
from graph.memgraph import KnowledgeGraph
from queries.types import (ClaimSide, Conflict, Connections, Contradiction, Copy, Event, Evidence, Hop, Path, Profile,
                           Relation)

_BUILDERS = frozenset({"big_tech", "lab", "startup"})
_LEADER = re.compile(r"CEO|chief|president|chairman|founder|co-founder|CTO|CFO|COO|director|head", re.I)


def _doc(kg: KnowledgeGraph, doc_id: str) -> dict:
    return kg.g.nodes[doc_id] if doc_id in kg.g else {}


def evidence_of(kg: KnowledgeGraph, *relations: list[dict], stories: bool = True) -> list[Evidence]:
    """Each relationship's claims, a story once with its copies (a disagreement's sides, stories=False, are
    already one per story and carry their copies)."""
    out, seen = [], set()
    for claims in relations:
        for claim, copies in (by_story(claims) if stories else [(c, c.get("copies", [])) for c in claims]):
            key = (claim["evidence"], claim["doc"])
            if stories and key in seen:
                continue
            seen.add(key)
            doc = _doc(kg, claim["doc"])
            out.append(Evidence(sentence=claim["evidence"], source=claim["doc"], title=doc.get("title"),
                                outlet=doc.get("source"), date=claim.get("date"), certainty=claim.get("certainty"),
                                copies=[Copy(document=d, outlet=_doc(kg, d).get("source")) for d in copies]))
    return out


def all_relations(kg: KnowledgeGraph) -> list[dict]:
    rels = []
    for u, v, attrs in kg.edges():
        rel = attrs["type"]
        if rel in (schema.MENTIONS, schema.INTO):
            continue
        if rel == schema.INVESTED:
            deal = kg.node(v)
            for _, company, key in kg.g.out_edges(v, keys=True):
                if key == schema.INTO:
                    rels.append({"source": u, "target": company, "type": rel, "claims": deal["claims"],
                                 "props": {p: deal.get(p) for p in RELATION_PROPERTIES[rel]}})
            continue
        rels.append({"source": u, "target": v, "type": rel, "claims": attrs["claims"],
                     "props": {p: attrs.get(p) for p in RELATION_PROPERTIES.get(rel, ())}})
    return rels


_MEMO: dict = {"graph": None}  # what the last graph asked about gives, built once, not once per node or pair


def _memo(kg: KnowledgeGraph, key: str, make):
    if _MEMO["graph"] is not kg:
        _MEMO.clear()
        _MEMO["graph"] = kg
    if key not in _MEMO:
        _MEMO[key] = make()
    return _MEMO[key]


def relations_of(kg: KnowledgeGraph, node_id: str) -> list[dict]:
    """The relations with `node_id` at either end, in all_relations' order."""
    def by_node() -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = {}
        for rel in all_relations(kg):
            for end in dict.fromkeys((rel["source"], rel["target"])):
                found.setdefault(end, []).append(rel)
        return found
    return _memo(kg, "by_node", by_node).get(node_id, [])


def profile(kg: KnowledgeGraph, name: str) -> Profile:
    node_id = kg.resolve(name)
    node = kg.node(node_id)
    groups: dict[str, list[Relation]] = {}
    for rel in relations_of(kg, node_id):
        out = rel["source"] == node_id
        other = rel["target"] if out else rel["source"]
        claims = rel["claims"]
        dates = sorted(c["date"] for c in claims if c.get("date"))
        voiced = [c["certainty"] for c in claims if c.get("certainty")]
        stories = by_story(claims)
        copies = list(dict.fromkeys(d for _, docs in stories for d in docs))
        groups.setdefault(rel["type"], []).append(Relation(
            type=rel["type"], direction="out" if out else "in", other=kg.node(other)["name"], other_id=other,
            status=rel["props"].get("status"), role=rel["props"].get("role"),
            properties={k: v for k, v in rel["props"].items() if k not in ("status", "role")},
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            certainty=voiced[-1] if voiced else None, sources=list(dict.fromkeys(c["doc"] for c, _ in stories)),
            copies=[Copy(document=d, outlet=_doc(kg, d).get("source")) for d in copies],
            evidence=list(dict.fromkeys(c["evidence"] for c, _ in stories))))
    for relations in groups.values():
        relations.sort(key=lambda r: (r.direction, r.other))
    documents = sorted(u for u, _, k in kg.g.in_edges(node_id, keys=True) if k == schema.MENTIONS)
    return Profile(id=node_id, name=node["name"], label=node["label"], kind=node.get("kind"),
                   aliases=node.get("aliases") or [], relationships=dict(sorted(groups.items())), documents=documents)


def timeline(kg: KnowledgeGraph, name: str) -> list[Event]:
    node_id = kg.resolve(name)
    events = []
    for rel in relations_of(kg, node_id):
        seen, picked = set(), []
        for claim, _ in by_story(rel["claims"]):
            if (claim["evidence"], claim["doc"]) not in seen:
                seen.add((claim["evidence"], claim["doc"]))
                picked.append(claim)
        for claim, evidence in zip(picked, evidence_of(kg, rel["claims"])):
            state = claim.get("status")
            summary = f"{kg.node(rel['source'])['name']} {rel['type']} {kg.node(rel['target'])['name']}" + \
                      (f" ({state})" if state else "")
            event = date.fromisoformat(claim["event_date"]) if claim.get("event_date") else None
            reported = date.fromisoformat(claim["date"]) if claim.get("date") else None
            events.append(Event(date=event or reported, event_date=event, report_date=reported,
                                event_precision=claim.get("event_precision") if event else None,
                                type=rel["type"], summary=summary, evidence=evidence))
    events.sort(key=lambda e: (e.date is None, e.date or date.min, e.summary, e.evidence.source, e.evidence.sentence))
    return events


def conflicts(kg: KnowledgeGraph, min_stake: float = 0.2) -> list[Conflict]:
    """Every finding (no limit), highest score first."""
    def competes(a, b):
        for u, v in ((a, b), (b, a)):
            if kg.g.has_edge(u, v, key=schema.COMPETES_WITH):
                return kg.g.edges[u, v, schema.COMPETES_WITH]["claims"]
        return []

    findings = []
    for client, vendor, client_edge in kg.edges(schema.CLIENT_OF):
        exposures = [(rel["source"], "stake", rel["props"]["stake"], None, [rel["claims"]])
                     for rel in _memo(kg, "all", lambda: all_relations(kg)) if rel["type"] == schema.INVESTED and rel["target"] == vendor
                     and rel["props"].get("stake") is not None and rel["props"]["stake"] >= min_stake
                     and rel["source"] != client]
        for person, company, works in kg.edges(schema.WORKS_AT):
            if company != vendor or not _LEADER.search(works.get("role") or ""):
                continue
            for who, employer, later in kg.edges(schema.WORKS_AT):
                if who == person and later.get("status") in ("current", "incoming") \
                        and employer not in (vendor, client):
                    exposures.append((employer, "person", None, person, [works["claims"], later["claims"]]))
        for investor, via, stake, person, claims in exposures:
            rivalry = competes(investor, client)
            builders = {kg.node(client).get("kind"), kg.node(investor).get("kind")} <= _BUILDERS
            score = (2.0 if rivalry else 0.0) + (0.5 if builders else 0.0) + (stake if stake is not None else 0.5) \
                - (1.0 if client_edge.get("status") == "ended" else 0.0)
            findings.append(Conflict(
                client=kg.node(client)["name"], vendor=kg.node(vendor)["name"], investor=kg.node(investor)["name"],
                via=via, stake=stake, person=kg.node(person)["name"] if person else None,
                client_status=client_edge.get("status"), competes=bool(rivalry), score=score,
                evidence=evidence_of(kg, client_edge["claims"], *claims, rivalry)))
    findings.sort(key=lambda f: -f.score)
    return findings


def contradictions(kg: KnowledgeGraph) -> list[Contradiction]:
    rows = [(u, v, d["type"], d["claims"]) for u, v, d in kg.edges()
            if d["type"] not in (schema.MENTIONS, schema.INVESTED, schema.INTO)]
    rows += [(n["id"], n["id"], schema.INVESTMENT, n["claims"]) for n in kg.nodes(schema.INVESTMENT)]
    found = []
    for u, v, rel_type, claims in rows:
        for field, sides in disagreements(rel_type, claims):
            found.append(Contradiction(
                source=kg.node(u)["name"], type=rel_type, target=kg.node(v)["name"], field=field,
                sides=[ClaimSide(value=c.get(field), evidence=e)
                       for c, e in zip(sides, evidence_of(kg, sides, stories=False))]))
    return found


def _undirected(kg: KnowledgeGraph) -> nx.Graph:
    view = nx.Graph()
    for rel in all_relations(kg):
        x, y = rel["source"], rel["target"]
        if view.has_edge(x, y):
            view.edges[x, y]["rels"].append(rel)
        else:
            view.add_edge(x, y, rels=[rel])
    return view


def connections(kg: KnowledgeGraph, a: str, b: str, max_hops: int = 4, limit: int = 20) -> Connections:
    start, end = kg.resolve(a), kg.resolve(b)
    view = _memo(kg, "view", lambda: _undirected(kg))
    paths: list[Path] = []
    if start in view and end in view and start != end:
        try:
            for nodes in nx.shortest_simple_paths(view, start, end):
                if len(nodes) - 1 > max_hops or len(paths) >= limit:
                    break
                choices = [view.edges[x, y]["rels"] for x, y in zip(nodes, nodes[1:])]
                for combo in itertools.islice(itertools.product(*choices), limit - len(paths)):
                    hops = [Hop(source=kg.node(r["source"])["name"], source_id=r["source"], type=r["type"],
                                target=kg.node(r["target"])["name"], target_id=r["target"], forward=r["source"] == x,
                                properties=r["props"], evidence=evidence_of(kg, r["claims"]))
                            for r, x in zip(combo, nodes)]
                    paths.append(Path(nodes=[kg.node(n)["name"] for n in nodes], hops=hops))
        except nx.NetworkXNoPath:
            pass
    return Connections(a=kg.node(start)["name"], b=kg.node(end)["name"], max_hops=max_hops, paths=paths)
