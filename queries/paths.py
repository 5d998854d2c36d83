"""connections(a, b): who is connected to whom, each hop with its evidence, from the question index.

Paths run over the relations between entities (graph.index): an Investment
reads as one hop from investor to company ("Meta invested US$14.3B for 49% in
Scale AI"), documents are left out, and direction is kept on each hop for
reading but ignored for walking. Shortest paths come first; paths of one
length come in the order of their entities' names, each with every
combination of the relationships on its hops, until `limit`.

The walk reads the pairs of related entities once (the index's relations,
without their claims) and the claims of the hops it returns; a walk from A
only enters an entity from which B is still near enough.
"""

from __future__ import annotations

import functools
import itertools
from datetime import date
from typing import Any, Iterator

from graph import schema
from graph.aggregate import story_claims
from graph.index import Index
from queries.types import Connections, Copy, Evidence, Hop, Path, trusted


def evidence_of(index: Index, *relations: list[dict], grouped: bool = False) -> list[Evidence]:
    """The sentences of the claims of one or more relationships with their documents, each story once
    with its copies (graph.aggregate.story_claims; `grouped`: one relationship's claims that the index
    grouped so already, its `stories`)."""
    picked = relations[0] if grouped else story_claims(*relations)
    docs = index.documents(d for c in picked for d in (c["doc"], *c.get("copies", ())))
    return [evidence(claim, docs) for claim in picked]


@functools.lru_cache(maxsize=65536)
def day(value: str | None) -> date | None:
    """An ISO date of the index as a date (remembered: a long answer repeats the same few thousand)."""
    return date.fromisoformat(value) if value else None


def evidence(claim: dict, docs: dict[str, dict]) -> Evidence:
    """One claim's sentence, where it comes from and its copies (`docs`: id -> {title, source}).
    Built without validation: every value comes from the index, which holds what the validated claim
    models wrote (a large answer has hundreds of thousands of these: queries.types.trusted)."""
    doc = docs.get(claim["doc"], _NO_DOCUMENT)
    copies = [trusted(Copy, document=d, outlet=docs.get(d, _NO_DOCUMENT).get("source"))
              for d in claim.get("copies", ())]
    return trusted(Evidence, sentence=claim["evidence"], source=claim["doc"], title=doc.get("title"),
                   outlet=doc.get("source"), date=day(claim.get("date")), certainty=claim.get("certainty"),
                   copies=copies)


_NO_DOCUMENT: dict = {}


def _hop(index: Index, rel: dict, walking_from: str, names: dict[str, str]) -> Hop:
    return Hop(source=names[rel["source"]], source_id=rel["source"], type=rel["type"],
               target=names[rel["target"]], target_id=rel["target"], forward=rel["source"] == walking_from,
               properties=rel["props"], evidence=evidence_of(index, rel["stories"], grouped=True))


def _distances(adjacency: dict[str, set[str]], end: str, depth: int) -> dict[str, int]:
    """Hops from every entity within `depth` of `end` (breadth first)."""
    dist = {end: 0}
    frontier = [end]
    for step in range(1, depth + 1):
        nxt = []
        for node in frontier:
            for other in adjacency.get(node, ()):
                if other not in dist:
                    dist[other] = step
                    nxt.append(other)
        frontier = nxt
    return dist


def simple_paths(adjacency: dict[str, set[str]], start: str, end: str, length: int,
                 order: dict[str, Any], dist: dict[str, int]) -> Iterator[list[str]]:
    """Simple paths of exactly `length` hops from start to end, in the order of their nodes' `order`
    keys; a branch is entered only if `end` is still reachable in the hops left."""
    path = [start]
    on_path = {start}

    def walk(node: str, left: int) -> Iterator[list[str]]:
        if left == 0:
            if node == end:
                yield list(path)
            return
        for other in sorted(adjacency.get(node, ()), key=order.__getitem__):
            if other in on_path or dist.get(other, left + 1) > left - 1 or (other == end) != (left == 1):
                continue
            path.append(other)
            on_path.add(other)
            yield from walk(other, left - 1)
            path.pop()
            on_path.discard(other)

    yield from walk(start, length)


def connections(index: Index, a: str, b: str, max_hops: int = 4, limit: int = 20) -> Connections:
    """Paths from a to b, shortest first, up to `max_hops` hops and `limit` paths."""
    start, end = index.resolve(a), index.resolve(b)
    names = index.entity_names()
    for node in (start, end):
        names.setdefault(node, index.node(node)["name"])
    paths: list[Path] = []
    adjacency = index.adjacency()
    if start in adjacency and end in adjacency and start != end:
        order = {n: (names.get(n, n), n) for n in adjacency}
        dist = _distances(adjacency, end, max_hops)
        for length in range(1, max_hops + 1):
            if len(paths) >= limit:
                break
            for nodes in simple_paths(adjacency, start, end, length, order, dist):
                if len(paths) >= limit:
                    break
                choices = [index.relations_between(x, y, "stories") for x, y in zip(nodes, nodes[1:])]
                for combo in itertools.islice(itertools.product(*choices), limit - len(paths)):
                    hops = [_hop(index, rel, x, names) for rel, x in zip(combo, nodes)]
                    paths.append(Path(nodes=[names[n] for n in nodes], hops=hops))
    return Connections(a=names[start], b=names[end], max_hops=max_hops, paths=paths)


def _money(value: Any) -> str:
    if value is None:
        return ""
    return f"US${value / 1e9:.3g}B" if value >= 1e9 else f"US${value / 1e6:.3g}M"


def describe(hop: Hop) -> str:
    """A hop as a sentence: 'Meta invested US$14.3B for 49% in Scale AI'."""
    p = hop.properties
    if hop.type == schema.INVESTED:
        amount = f" {_money(p.get('amount_usd'))}" if p.get("amount_usd") else ""
        stake = f" for {p['stake']:.0%}" if p.get("stake") is not None else ""
        return f"{hop.source} invested{amount}{stake} in {hop.target}"
    details = ", ".join(f"{k}: {_money(v) if k.endswith('_usd') else v}" for k, v in p.items() if v is not None)
    return f"{hop.source} {hop.type} {hop.target}" + (f" ({details})" if details else "")
