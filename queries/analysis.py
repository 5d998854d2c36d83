"""profile, timeline, conflicts and contradictions, answered from the question index (graph.index).

Each question reads only what its answer holds: the relations of one entity,
the relation rows of the types conflicts joins (without their claims, which
are read for the findings shown), or the disagreements found at build time.
Results are ordered by their content (ties broken by names and ids), so the
same graph gives the same answer however it was built. Copies of one story
(graph.aggregate.by_story) count as one source and are listed once, with the
other documents as its copies.
"""

from __future__ import annotations

import heapq
import re

from graph import schema
from graph.index import Index
from queries.paths import evidence, evidence_of
from queries.types import ClaimSide, Conflict, Contradiction, Copy, Event, Profile, Relation, Timeline, trusted

# Kinds of company that build AI and so compete for the same vendors' attention.
_BUILDERS = frozenset({"big_tech", "lab", "startup"})
# Roles that make a person someone who "led" a company.
_LEADER = re.compile(r"CEO|chief|president|chairman|founder|co-founder|CTO|CFO|COO|director|head", re.I)


def profile(index: Index, name: str) -> Profile:
    """Everything known about one entity: relationships grouped by type, with status, dates and sources."""
    node_id = index.resolve(name)
    node = index.node(node_id)
    relations = index.relations_of(node_id, "summary")  # what the index wrote of each one's claims for this
    names = index.nodes(r["target"] if r["source"] == node_id else r["source"] for r in relations)
    outlets = index.documents(d for r in relations for d in r["summary"]["copies"])
    groups: dict[str, list[Relation]] = {}
    for rel in relations:
        out = rel["source"] == node_id
        other = rel["target"] if out else rel["source"]
        summary = rel["summary"]
        props = {k: v for k, v in rel["props"].items() if k not in ("status", "role")}
        groups.setdefault(rel["type"], []).append(Relation(
            type=rel["type"], direction="out" if out else "in", other=names[other]["name"], other_id=other,
            status=rel["props"].get("status"), role=rel["props"].get("role"), properties=props,
            first_seen=summary["first_seen"], last_seen=summary["last_seen"], certainty=summary["certainty"],
            sources=summary["sources"],
            copies=[Copy(document=d, outlet=outlets.get(d, {}).get("source")) for d in summary["copies"]],
            evidence=summary["evidence"]))
    for group in groups.values():
        group.sort(key=lambda r: (r.direction, r.other, r.other_id))
    return Profile(id=node_id, name=node["name"], label=node["label"], kind=node.get("kind"),
                   aliases=node.get("aliases") or [], relationships=dict(sorted(groups.items())),
                   documents=index.mentioned_in(node_id))


def timeline(index: Index, name: str) -> list[Event]:
    """Every claim about an entity, each story once, as typed events (timeline_of)."""
    return timeline_of(index, name).events()


def timeline_of(index: Index, name: str) -> Timeline:
    """Every claim about an entity, each story once: in the order of the events' own dates as the
    text states them (else the date of the report), oldest first; then the undated ones. Ties go
    by summary, document and sentence, then in the order the index gives the relations."""
    node_id = index.resolve(name)
    relations = index.relations_of(node_id, "stories")
    nodes = index.nodes(n for r in relations for n in (r["source"], r["target"]))
    docs = index.documents(d for r in relations for c in r["stories"] for d in (c["doc"], *c.get("copies", ())))
    rows: list[tuple] = []
    add = rows.append
    for rel in relations:
        rel_type = rel["type"]
        said = f"{nodes[rel['source']]['name']} {rel_type} {nodes[rel['target']]['name']}"
        for claim in rel["stories"]:
            state = claim.get("status")
            # ISO dates sort as the dates do; a claim without an event date is placed by its report's
            when = claim.get("event_date") or claim.get("date")
            add((not when, when or "", f"{said} ({state})" if state else said, claim["doc"], claim["evidence"],
                 len(rows), rel_type, claim))
    rows.sort()
    return Timeline(rows, docs)


def conflicts(index: Index, min_stake: float = 0.2, limit: int | None = 100) -> list[Conflict]:
    """Clients of a vendor in which another company holds a large stake, or employs one who led it.

    Ranked, highest score first (ties by names); only the first `limit` findings are built with
    their evidence (None for all: a large graph has hundreds of millions). The score is 2 for a
    stated rivalry of investor and client, 0.5 for two AI builders, plus the stake (0.5 for a
    person), minus 1 for an ended client; findings are read in the order of what they can still
    reach (rivals' stakes, largest first; then rivals' people; then the rest) and each kind stops
    as soon as nothing left in it can rank, so the top 100 cost about what they hold.
    """
    names = index.entity_names()
    kinds = index.kinds()
    stakes = sorted(((stake, investor, vendor, deal) for investor, vendor, deal, _, _, stake
                     in index.relation_rows(schema.INVESTED) if stake is not None and stake >= min_stake),
                    key=lambda s: (-s[0], s[1], s[2], s[3]))
    leaders: dict[str, list[str]] = {}
    employers: dict[str, list[str]] = {}
    for person, company, _, status, role, _ in index.relation_rows(schema.WORKS_AT):
        if _LEADER.search(role or ""):
            leaders.setdefault(company, []).append(person)
        if status in ("current", "incoming"):
            employers.setdefault(person, []).append(company)
    rivals: dict[str, set[str]] = {}
    for a, b, *_ in index.relation_rows(schema.COMPETES_WITH):
        rivals.setdefault(a, set()).add(b)
        rivals.setdefault(b, set()).add(a)
    clients: dict[str, dict[str, str | None]] = {}
    for client, vendor, _, status, _, _ in index.relation_rows(schema.CLIENT_OF):
        clients.setdefault(vendor, {})[client] = status
    builders = {company for company, kind in kinds.items() if kind in _BUILDERS}
    best = _Best(limit)

    def score(client: str, investor: str, status: str | None, stake: float | None) -> float:
        both = client in builders and investor in builders
        return (2.0 if investor in rivals.get(client, ()) else 0.0) + (0.5 if both else 0.0) + \
            (stake if stake is not None else 0.5) - (1.0 if status == "ended" else 0.0)

    def offer(client, vendor, status, investor, via, stake, person, deal) -> None:
        value = score(client, investor, status, stake)
        if value < best.bar() or best.beaten((-value, names[client])):
            return
        best.offer((-value, names[client], names[investor], via, names[vendor], names[person] if person else "",
                    client, vendor, investor, person or "", deal or "", stake, status,
                    investor in rivals.get(client, ())))

    def stake_findings(rival: bool) -> None:
        top = 2.5 if rival else 0.5  # the most the rest of a stake's score can add
        for stake, investor, vendor, deal in stakes:
            if top + stake < best.bar():
                return  # every later stake is smaller
            served = clients.get(vendor, {})
            near = rivals.get(investor, set())
            chosen = near & served.keys() if rival else served.keys() - near
            for client in chosen:
                if client != investor:
                    offer(client, vendor, served[client], investor, "stake", stake, None, deal)

    employing: dict[str, dict[str, list[str]]] = {}  # vendor -> employer -> the vendor's leaders it employs

    def employed(vendor: str) -> dict[str, list[str]]:
        if vendor not in employing:
            found = employing[vendor] = {}
            for person in leaders.get(vendor, ()):
                for employer in employers.get(person, ()):
                    if employer != vendor:
                        found.setdefault(employer, []).append(person)
            for people in found.values():  # one finding per person: only the first few by name can rank
                people.sort(key=lambda p: (names[p], p))
                del people[limit or len(people):]
        return employing[vendor]

    edges = sorted(((names[c], c, v, st) for v, served in clients.items() for c, st in served.items()),
                   key=lambda e: (e[0], e[1], e[2]))

    def person_findings(rival: bool) -> None:
        top = 3.0 if rival else 1.0  # the most a person finding of this kind scores
        for client_name, client, vendor, status in edges:  # by client name: ties rank by it
            if best.beaten((-top, client_name)):
                return
            if top - (1.0 if status == "ended" else 0.0) < best.bar() or not leaders.get(vendor):
                continue
            near = rivals.get(client, set())
            for employer, people in employed(vendor).items():
                if employer == client or (employer in near) != rival:
                    continue
                if score(client, employer, status, None) < best.bar():
                    continue
                for person in people:
                    offer(client, vendor, status, employer, "person", None, person, None)

    stake_findings(rival=True)
    person_findings(rival=True)
    stake_findings(rival=False)
    person_findings(rival=False)
    return [_finding(index, *item) for item in best.ranked()]


class _Best:
    """The `limit` smallest ranking keys offered (all of them when limit is None)."""

    def __init__(self, limit: int | None):
        self.limit = limit
        self.heap: list = []  # the worst kept key on top (keys negated through _Reverse)

    def offer(self, key: tuple) -> None:
        if self.limit is None:
            self.heap.append(key)
        elif self.limit <= 0:
            return
        elif len(self.heap) < self.limit:
            heapq.heappush(self.heap, _Reverse(key))
        elif key < self.heap[0].key:
            heapq.heapreplace(self.heap, _Reverse(key))

    def beaten(self, prefix: tuple) -> bool:
        """Would every key starting with `prefix` rank after all those kept?"""
        if self.limit is not None and self.limit <= 0:
            return True
        if self.limit is None or len(self.heap) < self.limit:
            return False
        return prefix > self.heap[0].key[:len(prefix)]

    def bar(self) -> float:
        """The lowest score still worth offering (a tie may still rank by name)."""
        if self.limit is not None and self.limit <= 0:
            return float("inf")
        if self.limit is None or len(self.heap) < self.limit:
            return float("-inf")
        return -self.heap[0].key[0]

    def ranked(self) -> list[tuple]:
        return sorted(self.heap) if self.limit is None else sorted(item.key for item in self.heap)


class _Reverse:
    __slots__ = ("key",)

    def __init__(self, key: tuple):
        self.key = key

    def __lt__(self, other: "_Reverse") -> bool:
        return self.key > other.key


def _finding(index: Index, neg, client_name, investor_name, via, vendor_name, person_name, client, vendor,
             investor, person, deal, stake, status, rivalry) -> Conflict:
    chain = [index.claims(client, vendor, schema.CLIENT_OF)]
    if via == "stake":
        chain.append(index.claims(investor, vendor, schema.INVESTED, deal))
    else:
        chain += [index.claims(person, vendor, schema.WORKS_AT), index.claims(person, investor, schema.WORKS_AT)]
    if rivalry:
        chain.append(index.claims(*sorted((investor, client)), schema.COMPETES_WITH))
    return Conflict(client=client_name, vendor=vendor_name, investor=investor_name, via=via, stake=stake,
                    person=person_name or None, client_status=status, competes=rivalry, score=-neg,
                    evidence=evidence_of(index, *chain))


def contradictions(index: Index, limit: int | None = None) -> list[Contradiction]:
    """Relationships and deals whose claims disagree on status or role, each side with its source: all
    of them, or the first `limit` (in the order of their ids, as all of them come)."""
    found = index.disagreements(limit)
    nodes = index.nodes(n for source, _, target, _, _ in found for n in (source, target))
    docs = index.documents(d for *_, claims in found for c in claims for d in (c["doc"], *c.get("copies", ())))
    out = []
    for source, rel_type, target, field, claims in found:  # each story once (graph.aggregate.disagreements)
        sides = [trusted(ClaimSide, value=c.get(field), evidence=evidence(c, docs)) for c in claims]
        out.append(trusted(Contradiction, source=nodes[source]["name"], type=rel_type, target=nodes[target]["name"],
                           field=field, sides=sides))
    return out
