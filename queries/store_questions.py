"""profile and connections answered by the embedded store in Cypher.

The in-memory graph answers the same questions (queries.analysis, queries.paths);
the tests check both agree, and the bench says which is faster.
"""

from __future__ import annotations

import json
from pathlib import Path

from graph import schema
from graph.store import run_query
from queries.types import Profile, Relation

# Every relationship touching an entity, with an Investment read as one hop.
_DIRECT = """
MATCH (n){arrow}(m)
WHERE n.id = $id AND label(r) <> 'MENTIONS' AND label(r) <> 'INVESTED' AND label(r) <> 'INTO'
RETURN label(r) AS type, {out} AS out, m.id AS other_id, m.name AS other, r.claims AS claims,
       r.status AS status, r.role AS role, r.spend_usd AS spend_usd, r.amount_usd AS amount_usd
"""
PROFILE_DIRECT = _DIRECT.format(arrow="-[r]->", out="true") + "UNION ALL" + _DIRECT.format(arrow="<-[r]-", out="false")
PROFILE_DEALS = """
MATCH (a)-[:INVESTED]->(d:Investment)-[:INTO]->(b)
WHERE a.id = $id OR b.id = $id
RETURN a.id = $id AS out, CASE WHEN a.id = $id THEN b.id ELSE a.id END AS other_id,
       CASE WHEN a.id = $id THEN b.name ELSE a.name END AS other, d.claims AS claims, d.status AS status,
       d.amount_usd AS amount_usd, d.stake AS stake
"""
NODE = "MATCH (n) WHERE n.id = $id RETURN n.name, label(n), n.aliases, n.kind"
NODE_PERSON = "MATCH (n:Person) WHERE n.id = $id RETURN n.name, label(n), n.aliases, NULL"
DOCUMENTS = "MATCH (d:Document)-[:MENTIONS]->(n) WHERE n.id = $id RETURN d.id ORDER BY d.id"

_PROPS = {schema.CLIENT_OF: ("spend_usd",), schema.ACQUIRED: ("amount_usd",),
          schema.INVESTED: ("amount_usd", "stake")}


def _relation(rel_type: str, row: dict) -> Relation:
    claims = json.loads(row["claims"])
    dates = sorted(c["date"] for c in claims if c.get("date"))
    voiced = [c["certainty"] for c in claims if c.get("certainty")]
    return Relation(type=rel_type, direction="out" if row["out"] else "in", other=row["other"],
                    other_id=row["other_id"], status=row.get("status"), role=row.get("role"),
                    properties={p: row.get(p) for p in _PROPS.get(rel_type, ())},
                    first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
                    certainty=voiced[-1] if voiced else None,
                    sources=list(dict.fromkeys(c["doc"] for c in claims)),
                    evidence=list(dict.fromkeys(c["evidence"] for c in claims)))


def _rows(db: Path, cypher: str, node_id: str) -> list[dict]:
    columns, rows = run_query(db, cypher, {"id": node_id})
    return [dict(zip(columns, row)) for row in rows]


def profile(db: str | Path, node_id: str) -> Profile:
    """The profile of an entity, by id, read from the store."""
    db = Path(db)
    columns, rows = run_query(db, NODE if node_id.startswith("company:") else NODE_PERSON, {"id": node_id})
    name, label, aliases, kind = rows[0]
    groups: dict[str, list[Relation]] = {}
    for row in _rows(db, PROFILE_DIRECT, node_id):
        groups.setdefault(row["type"], []).append(_relation(row["type"], row))
    for row in _rows(db, PROFILE_DEALS, node_id):
        groups.setdefault(schema.INVESTED, []).append(_relation(schema.INVESTED, row))
    for relations in groups.values():
        relations.sort(key=lambda r: (r.direction, r.other))
    documents = [r[0] for r in run_query(db, DOCUMENTS, {"id": node_id})[1]]
    return Profile(id=node_id, name=name, label=label, kind=kind, aliases=aliases or [],
                   relationships=dict(sorted(groups.items())), documents=documents)


# Walks that avoid documents; an Investment in the middle of a walk counts as half of one hop.
PATHS = """
MATCH p = (a)-[r* 1..{edges} (e, n | WHERE label(e) <> 'MENTIONS' AND label(n) <> 'Document')]-(b)
WHERE a.id = $a AND b.id = $b AND is_acyclic(p)
RETURN list_transform(nodes(p), x -> x.id) AS ids, list_transform(rels(p), x -> label(x)) AS types
"""


def connection_paths(db: str | Path, a: str, b: str, max_hops: int = 4) -> list[list[str]]:
    """Entity-id sequences from a to b, shortest first, as the store walks them."""
    columns, rows = run_query(db, PATHS.format(edges=2 * max_hops), {"a": a, "b": b})
    found = set()
    for ids, types in rows:
        keep, entities = True, []
        for i, node in enumerate(ids):
            if node.startswith("investment:"):
                # Through a deal only from an investor to its company, never investor to co-investor.
                keep &= {types[i - 1], types[i]} == {schema.INVESTED, schema.INTO}
            else:
                entities.append(node)
        if keep and len(entities) - 1 <= max_hops:
            found.add(tuple(entities))
    return [list(p) for p in sorted(found, key=lambda p: (len(p), p))]
