"""The rows a build hands to the graph's writers, grouped in units that are recomputed whole.

A unit is everything one piece of the claim store turns into (graph.aggregate):

- `E:<entity id>`: one Company or Person node;
- `R:<TYPE>|<from>|<to>`: one relationship stated by claims;
- `D:<company id>`: every deal into one company: its Investment nodes, their
  INVESTED and INTO relationships, and the MENTIONS from the documents behind them;
- `doc:<document id>`: one Document node and its MENTIONS of entities.

Document units never change (a document is its content hash); the others are
recomputed when a document that touches them comes or goes, and a writer
applies the difference row by row (graph.store, graph.index).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from graph import schema

ENTITY, RELATION, DEALS, DOC = "E:", "R:", "D:", "doc:"
_LABEL_OF_PREFIX = {prefix: label for label, prefix in schema.ID_PREFIX.items()}


def label_of(node_id: str) -> str:
    """The label an id names ("company:openai" -> Company)."""
    return _LABEL_OF_PREFIX[node_id.split(":", 1)[0]]


def relation_key(rel: str, source: str, target: str) -> str:
    return f"{rel}|{source}|{target}"


def _hash(value) -> str:
    """A digest of a row: its repr, which is deterministic here (properties in schema order, claims
    as the claim store keeps them), and several times faster than sorted JSON."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=12).hexdigest()


@dataclass(slots=True)
class NodeRow:
    label: str
    props: dict  # every schema property of the label; claims as a list
    unit: str
    order: tuple = ()  # entities: their first occurrence in merge order; investments: (creation index,)

    @property
    def key(self) -> str:
        return self.props["id"]

    def digest(self) -> str:
        return _hash([self.label, self.props, list(self.order)])


@dataclass(slots=True)
class RelRow:
    type: str
    source: str
    target: str
    props: dict  # every schema property of the type; claims as a list
    unit: str

    @property
    def key(self) -> str:
        return relation_key(self.type, self.source, self.target)

    @property
    def ends(self) -> tuple[str, str]:
        return label_of(self.source), label_of(self.target)

    def digest(self) -> str:
        return _hash([self.type, self.source, self.target, self.props])


@dataclass
class Unit:
    key: str
    nodes: list[NodeRow] = field(default_factory=list)
    rels: list[RelRow] = field(default_factory=list)

    def rows(self) -> list:
        return [*self.nodes, *self.rels]


@dataclass
class Changes:
    """What one incremental build does to the rows of a generation.

    Aggregate units (E, R, D) are compared row by row with what the generation
    holds; documents are added or removed whole."""

    deleted: list[str] = field(default_factory=list)  # row keys of aggregate units
    updated: list = field(default_factory=list)  # NodeRow / RelRow whose properties changed
    inserted: list = field(default_factory=list)  # new NodeRow / RelRow, documents' rows included
    removed_docs: list[str] = field(default_factory=list)  # document ids whose node and mentions go
    units: list[Unit] = field(default_factory=list)  # every recomputed aggregate unit, for the index
    documents: list[Unit] = field(default_factory=list)  # the added documents' units (their rows are inserted)

    def __len__(self) -> int:
        return len(self.deleted) + len(self.updated) + len(self.inserted) + len(self.removed_docs)
