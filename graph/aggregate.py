"""How claims become properties: the aggregate of one entity, one relationship or one deal.

A relationship's properties (sources, evidence, first_seen, last_seen,
certainty, and the latest status, role, spend or amount) are a function of its
claims alone, taken in merge order: documents by (publication date, document
id, content hash), and within a document in the order its extraction lists
them. An entity's node is a function of its occurrences in the same order (the
first names it, aliases accumulate, a company's first stated kind sticks).
Deals are matched to Investment nodes one target company at a time
(graph.memgraph.KnowledgeGraph.add_deal), so all deals into one company form
one unit.

Copies of one story count once: a claim from a document that has copies
carries its `story` (loaders.stories), and `sources` holds the first document
of each story among the claims; every copy's claim stays in `claims`.

Because each unit depends only on its own claims, a build can recompute the
units a changed document touches and leave every other row as it is: the
in-memory graph (graph.memgraph) and the build's merge (loaders.merging) both
call these functions, and give the same rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from graph import schema

# Claim fields that become relationship properties when the latest claim sets them.
CLAIM_VALUES = ("status", "role", "spend_usd", "period", "amount_usd")
DEAL_VALUES = ("amount", "currency", "amount_usd", "stake", "announced", "status")


def claim_sort_key(claim: dict) -> tuple:
    """Undated claims sort before dated ones; within a date, document then sentence order."""
    return (claim.get("date") or "", claim.get("doc") or "", claim.get("order") or 0)


def unique(values: Iterable[Any]) -> list:
    seen: dict = {}
    for value in values:
        if value is not None and value not in seen:
            seen[value] = None
    return list(seen)


def freeze(value: Any) -> Any:
    """A hashable twin of a claim: equal exactly when the claims are == (used to skip repeats fast)."""
    if isinstance(value, dict):
        return tuple(sorted((k, freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def story_of(claim: dict) -> str:
    """The story a claim's document tells: its story group's first document, or the document itself."""
    return claim.get("story") or claim["doc"]


def sources(claims: Iterable[dict]) -> list[str]:
    """One document per story: the first of each story among the claims."""
    first: dict[str, str] = {}
    for claim in claims:
        first.setdefault(story_of(claim), claim["doc"])
    return list(dict.fromkeys(first.values()))


def by_story(claims: Iterable[dict]) -> list[tuple[dict, list[str]]]:
    """Each story's claims once, with the documents that are its copies: for every story, the claims of
    its first document among `claims` (in their order), each with the story's other documents that
    state the same relationship, in order. Claims of documents with no copies come back as they are."""
    claims = list(claims)
    first: dict[str, str] = {}
    copies: dict[str, list[str]] = {}
    for claim in claims:
        story = story_of(claim)
        doc = first.setdefault(story, claim["doc"])
        if claim["doc"] != doc and claim["doc"] not in copies.setdefault(story, []):
            copies[story].append(claim["doc"])
    return [(c, copies.get(story_of(c), [])) for c in claims if first[story_of(c)] == c["doc"]]


def story_claims(*relations: list[dict]) -> list[dict]:
    """The claims of one or more relationships, each story once per relationship with the documents
    that are copies of it in `copies` (by_story), and one claim per distinct sentence of a document."""
    picked, seen = [], set()
    for claims in relations:
        for claim, copies in by_story(claims):
            key = (claim["evidence"], claim["doc"])
            if key not in seen:
                seen.add(key)
                picked.append(dict(claim, copies=copies) if copies else claim)
    return picked


# What the questions read of a claim told once per story (graph.index keeps only these).
STORY_FIELDS = ("doc", "evidence", "date", "certainty", "status", "role", "event_date", "event_precision", "copies")


def slim(claims: Iterable[dict]) -> list[dict]:
    """Claims with only the fields the questions show (STORY_FIELDS), those that are set."""
    return [{k: c[k] for k in STORY_FIELDS if c.get(k) is not None} for c in claims]


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def aggregate(attrs: dict, values: tuple[str, ...]) -> None:
    """Set the provenance and the latest values of `attrs` from its (sorted) claims, in place."""
    claims = attrs["claims"]
    attrs["sources"] = sources(claims)
    attrs["evidence"] = unique(c["evidence"] for c in claims)
    dates = sorted(c["date"] for c in claims if c.get("date"))
    attrs["first_seen"] = as_date(dates[0]) if dates else None
    attrs["last_seen"] = as_date(dates[-1]) if dates else None
    voiced = [c for c in claims if c.get("certainty")]
    attrs["certainty"] = voiced[-1]["certainty"] if voiced else None
    for name in values:
        if name not in attrs:
            continue
        latest = [c[name] for c in claims if c.get(name) is not None]
        value = latest[-1] if latest else None
        attrs[name] = as_date(value) if name == "announced" else value


def blank_edge(rel: str) -> dict:
    blank: dict[str, Any] = {p: None for p in schema.REL_PROPERTIES[rel]}
    blank.update(type=rel, claims=[])
    return blank


def edge_attrs(rel: str, claims: Iterable[dict], values: tuple[str, ...] = CLAIM_VALUES) -> dict:
    """A relationship's attributes from its claims in merge order: repeats dropped, sorted once
    (stably, so equal keys keep merge order), aggregated once."""
    attrs = blank_edge(rel)
    kept: list[dict] = attrs["claims"]
    claims = list(claims)
    if len(claims) == 1:  # most relationships: nothing to drop or sort
        kept.append(claims[0])
    else:
        seen: set = set()
        for claim in claims:
            frozen = freeze(claim)
            if frozen not in seen:
                seen.add(frozen)
                kept.append(claim)
        kept.sort(key=claim_sort_key)
    aggregate(attrs, values)
    return attrs


def edge_ends(rel: str, source: str, target: str) -> tuple[str, str]:
    """Symmetric types are stored once, from the endpoint whose id sorts first."""
    if rel in schema.SYMMETRIC_TYPES and target < source:
        return target, source
    return source, target


def blank_node(label: str) -> dict:
    return {"label": label, **{p: None for p in schema.NODE_PROPERTIES[label]}}


def merge_entity(node: dict | None, entity: dict) -> dict:
    """One more occurrence of an entity (Entity.model_dump()) merged into its node attributes
    (None for the first): the first occurrence names it, aliases accumulate, a company's first
    stated kind sticks."""
    if node is None:
        node = blank_node(entity["label"])
        node.update(id=entity["id"], name=entity["name"], aliases=list(entity["aliases"]))
        if entity["label"] == schema.COMPANY:
            node["kind"] = entity.get("kind")
        return node
    node["aliases"] = unique([*(node["aliases"] or []), *entity["aliases"]])
    node.setdefault("kind", None)
    if entity["label"] == schema.COMPANY and entity.get("kind") and not node.get("kind"):
        node["kind"] = entity["kind"]
    return node


def deal_name(investor_names: list[str], target_name: str, amount_usd: float | None) -> str:
    name = f"{' & '.join(investor_names)} -> {target_name}"
    if amount_usd:
        name += f" (US${amount_usd / 1e9:.3g}B)" if amount_usd >= 1e9 else f" (US${amount_usd / 1e6:.3g}M)"
    return name


# -- disagreement: claims about one relationship or deal that cannot all hold ------------
# Forward order of statuses: a later claim further along is progress, not disagreement.
PROGRESS = {
    schema.CLIENT_OF: {"active": 0, "reconsidering": 1, "reducing": 2, "ended": 3},
    schema.WORKS_AT: {"incoming": 0, "current": 1, "former": 2},
    schema.ACQUIRED: {"planned": 0, "completed": 1, "cancelled": 1},
    schema.INVESTMENT: {"planned": 0, "completed": 1, "cancelled": 1},
}
# Status pairs that cannot both hold at once.
CLASHES = {
    schema.CLIENT_OF: {frozenset({"active", "ended"}), frozenset({"reconsidering", "ended"}),
                       frozenset({"reducing", "ended"})},
    schema.WORKS_AT: {frozenset({"current", "former"}), frozenset({"incoming", "former"})},
    schema.ACQUIRED: {frozenset({"completed", "cancelled"}), frozenset({"planned", "cancelled"})},
    schema.INVESTMENT: {frozenset({"completed", "cancelled"}), frozenset({"planned", "cancelled"})},
}


def _clash(rel_type: str, a: dict, b: dict) -> bool:
    pair = frozenset({a.get("status"), b.get("status")})
    if pair not in CLASHES.get(rel_type, set()):
        return False
    if a.get("date") and b.get("date") and a["date"] != b["date"]:
        earlier, later = sorted((a, b), key=lambda c: c["date"])
        order = PROGRESS[rel_type]
        return order[later["status"]] < order[earlier["status"]]  # moving back in time is a clash
    return True


def disagreements(rel_type: str, claims: list[dict]) -> list[tuple[str, list[dict]]]:
    """[(field, the claims that disagree on it)] for a relationship's or a deal's claims (rel_type
    Investment for a deal): statuses that clash, and roles none of which contains the others. Copies
    of one story are one claim (by_story), which lists the others as its `copies`: a story does not
    disagree with its copies."""
    found = []
    claims = [dict(claim, copies=copies) if copies else claim for claim, copies in by_story(claims)]
    clashing = [c for c in claims if any(_clash(rel_type, c, other) for other in claims)]
    if clashing:
        found.append(("status", clashing))
    roles = [c for c in claims if c.get("role")]
    distinct = {c["role"] for c in roles}
    if len(distinct) > 1 and not any(all(r in other or other in r for other in distinct) for r in distinct):
        found.append(("role", roles))
    return found
