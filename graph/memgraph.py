"""The in-memory graph: a networkx MultiDiGraph that merges claims with provenance.

Node attributes: `label` plus every property of that label in the schema
(None where unknown). Edges are keyed by relationship type, one per
(source, target, type); attributes: `type`, every property of the type, and
`claims`, the list of claim dicts behind it. Aggregates (sources, evidence,
first_seen, last_seen, current status...) are recomputed from the claims, so
no claim is ever overwritten.
"""

from __future__ import annotations

import bisect
import difflib
import json
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterable

import networkx as nx

from graph import schema
from graph.aggregate import (CLAIM_VALUES, DEAL_VALUES, aggregate, as_date, blank_edge, blank_node,
                             claim_sort_key, deal_name, edge_ends, freeze, merge_entity, unique)
from graph.errors import InputError, UnknownEntity
from graph.model import Claim, DealClaim, Document, Entity, name_key, short_forms, slug

class KnowledgeGraph:
    """Entities, documents, investments and relationships, with every claim kept."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self._names: dict[str, str] = {}  # folded name or alias -> node id
        # Investments by target and backer (None: every backer), built on first use: scanning
        # every in-edge of a popular target for every deal made merging quadratic.
        self._deals: dict[str, dict[str | None, set[str]]] | None = None
        # Inside batch(): edges whose aggregates wait for the end, and their claims' fingerprints.
        self._pending: dict[int, tuple[dict, tuple[str, ...]]] | None = None
        self._seen: dict[int, set] = {}

    # -- nodes ---------------------------------------------------------
    def add_entity(self, entity: Entity) -> str:
        data = entity.model_dump()
        if entity.id in self.g:
            merge_entity(self.g.nodes[entity.id], data)
        else:
            self.g.add_node(entity.id, **merge_entity(None, data))
        for name in (entity.name, *entity.aliases):
            self._names.setdefault(name_key(name), entity.id)
        return entity.id

    def add_document(self, doc: Document) -> str:
        attrs = blank_node(schema.DOCUMENT)
        attrs.update(doc.model_dump())
        attrs["name"] = doc.title or doc.path or doc.id
        self.g.add_node(doc.id, **attrs)
        return doc.id

    def nodes(self, label: str | None = None) -> list[dict]:
        return [d for _, d in self.g.nodes(data=True) if label is None or d["label"] == label]

    def node(self, node_id: str) -> dict:
        return self.g.nodes[node_id]

    # -- name resolution -----------------------------------------------
    def _short_names(self) -> dict[str, str]:
        """Surnames and first words that name exactly one entity ("Wang", "Scale")."""
        owners: dict[str, set[str]] = {}
        for node_id, attrs in self.g.nodes(data=True):
            if attrs["label"] in (schema.COMPANY, schema.PERSON):
                for short in short_forms(attrs["label"], attrs["name"]):
                    owners.setdefault(name_key(short), set()).add(node_id)
        return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k not in self._names}

    def _index_names(self) -> None:
        for node_id, attrs in self.g.nodes(data=True):
            if attrs["label"] in (schema.COMPANY, schema.PERSON):
                for name in (attrs["name"], *(attrs.get("aliases") or [])):
                    self._names.setdefault(name_key(name), node_id)

    def resolve(self, name: str) -> str:
        """Node id for an id, a name or an alias, ignoring case and accents."""
        if name in self.g:
            return name
        found = self._names.get(name_key(name)) or self._short_names().get(name_key(name))
        if found is not None:
            return found
        close = difflib.get_close_matches(name_key(name), list(self._names), n=3, cutoff=0.6)
        names = unique(self.g.nodes[self._names[c]]["name"] for c in close)
        hint = f"; closest: {', '.join(names)}" if names else ""
        raise UnknownEntity(f"no entity named {name!r}{hint}")

    # -- relationships -------------------------------------------------
    def _edge(self, source: str, target: str, rel: str) -> dict:
        source, target = edge_ends(rel, source, target)
        if not self.g.has_edge(source, target, key=rel):
            self.g.add_edge(source, target, key=rel, **blank_edge(rel))
        return self.g.edges[source, target, rel]

    def _add_claim_dict(self, edge: dict, claim: dict, keep_sorted: bool = False) -> bool:
        if self._pending is None:
            if claim in edge["claims"]:
                return False  # the same sentence of the same document, already merged
            edge["claims"].append(claim)
            edge["claims"].sort(key=claim_sort_key)
            return True
        seen = self._seen.get(id(edge))
        if seen is None:
            if not edge["claims"]:  # most edges get one claim: no fingerprints for them
                edge["claims"].append(claim)
                return True
            seen = self._seen[id(edge)] = {freeze(c) for c in edge["claims"]}
        frozen = freeze(claim)
        if frozen in seen:
            return False
        seen.add(frozen)
        if keep_sorted:  # after equal keys, as the stable sort after an append puts it
            bisect.insort_right(edge["claims"], claim, key=claim_sort_key)
        else:
            edge["claims"].append(claim)  # sorted once when the batch ends
        return True

    def _changed(self, attrs: dict, values: tuple[str, ...]) -> None:
        if self._pending is None or (len(attrs["claims"]) == 1 and id(attrs) not in self._pending):
            aggregate(attrs, values)
        else:
            self._pending[id(attrs)] = (attrs, values)

    @contextmanager
    def batch(self):
        """Merge many claims, sorting and aggregating each edge once at the end: the same
        graph as adding them one by one, without re-sorting a popular edge at every claim."""
        if self._pending is not None:
            yield
            return
        self._pending = {}
        try:
            yield
        finally:
            pending, self._pending, self._seen = self._pending, None, {}
            for attrs, values in pending.values():
                attrs["claims"].sort(key=claim_sort_key)  # stable: equal keys keep their order
                aggregate(attrs, values)

    def add_claim(self, claim: Claim) -> None:
        edge = self._edge(claim.source, claim.target, claim.type)
        if self._add_claim_dict(edge, claim.model_dump(mode="json")):
            self._changed(edge, CLAIM_VALUES)

    def add_mention(self, doc_id: str, node_id: str, evidence: str, when: date | None) -> None:
        edge = self._edge(doc_id, node_id, schema.MENTIONS)
        claim = {"doc": doc_id, "evidence": evidence, "date": when.isoformat() if when else None,
                 "certainty": None, "order": 0}
        if self._add_claim_dict(edge, claim):
            self._changed(edge, ())

    # -- investments ---------------------------------------------------
    def _deal_index(self) -> dict[str, dict[str | None, set[str]]]:
        if self._deals is None:
            self._deals = {}
            for inv, target, key in self.g.edges(keys=True):
                if key == schema.INTO:
                    backers = {u for u, _, k in self.g.in_edges(inv, keys=True) if k == schema.INVESTED}
                    self._index_deal(inv, target, backers)
        return self._deals

    def _index_deal(self, inv: str, target: str, backers: Iterable[str]) -> None:
        by_backer = self._deals.setdefault(target, {})
        for backer in (None, *backers):
            by_backer.setdefault(backer, set()).add(inv)

    def _deals_between(self, investors: list[str], target: str) -> list[str]:
        """Investments into `target` backed by (at least) every one of `investors`."""
        by_backer = self._deal_index().get(target, {})
        found = set(by_backer.get(None, ()))
        for investor in investors:
            found &= by_backer.get(investor, set())
        return sorted(found)

    def _matching_deal(self, investors: list[str], target: str, amount: float | None) -> str | None:
        candidates = self._deals_between(investors, target)
        if amount is None:
            # A later mention without an amount joins the deal already known.
            return candidates[-1] if candidates else None
        for inv in candidates:
            known = self.g.nodes[inv]["amount"]
            if known is None or abs(known - amount) <= 0.02 * max(known, amount):
                return inv
        return None

    def add_deal(self, deal: DealClaim) -> str:
        return self.add_deal_claim(deal.model_dump(mode="json"))

    def add_deal_claim(self, claim: dict) -> str:
        """A deal claim as DealClaim.model_dump(mode="json") gives it (the claim store's form)."""
        investors, target = claim["investors"], claim["target"]
        inv = self._matching_deal(investors, target, claim.get("amount"))
        if inv is None:
            base = f"investment:{'-'.join(slug(i.split(':', 1)[1]) for i in investors)}--" \
                   f"{slug(target.split(':', 1)[1])}"
            inv, n = base, 1
            while inv in self.g:
                n += 1
                inv = f"{base}-{n}"
            attrs = blank_node(schema.INVESTMENT)
            attrs.update(id=inv, claims=[])
            self.g.add_node(inv, **attrs)
            if self._deals is not None:
                self._index_deal(inv, target, investors)
        node = self.g.nodes[inv]
        if self._add_claim_dict(node, claim, keep_sorted=True):
            aggregate(node, DEAL_VALUES)
            node["name"] = deal_name([self.g.nodes[i]["name"] for i in investors], self.g.nodes[target]["name"],
                                     node.get("amount_usd"))
        for investor in investors:
            self._link_deal(self._edge(investor, inv, schema.INVESTED), claim)
        self._link_deal(self._edge(inv, target, schema.INTO), claim)
        return inv

    def _link_deal(self, edge: dict, claim: dict) -> None:
        if self._add_claim_dict(edge, claim):
            self._changed(edge, ())

    # -- views ---------------------------------------------------------
    def edges(self, rel: str | None = None) -> list[tuple[str, str, dict]]:
        return [(u, v, d) for u, v, k, d in self.g.edges(keys=True, data=True)
                if rel is None or k == rel]

    def counts(self) -> dict[str, int]:
        out = {label: 0 for label in schema.NODE_LABELS}
        for _, data in self.g.nodes(data=True):
            out[data["label"]] += 1
        for rel in schema.REL_TYPES:
            out[rel] = 0
        for _, _, key in self.g.edges(keys=True):
            out[key] += 1
        return out

    # -- files -----------------------------------------------------------
    def to_json(self) -> dict:
        return nx.node_link_data(self.g, edges="links")

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1, default=str),
                              encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict) -> "KnowledgeGraph":
        kg = cls()
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
        for node_id, attrs in g.nodes(data=True):
            attrs["id"] = node_id  # node-link keeps the id as the node key only
            for prop, kind in schema.NODE_PROPERTIES[attrs["label"]].items():
                if kind == schema.DATE:
                    attrs[prop] = as_date(attrs.get(prop))
        for _, _, attrs in g.edges(data=True):
            for prop in ("first_seen", "last_seen"):
                attrs[prop] = as_date(attrs.get(prop))
        kg.g = g
        kg._index_names()
        return kg

    @classmethod
    def read_json(cls, path: str | Path) -> "KnowledgeGraph":
        try:
            return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(f"{path}: not an aikg JSON graph ({err})") from err
