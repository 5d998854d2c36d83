"""Every Cypher statement aikg sends to Neo4j, built from graph/schema.py only.

Pure functions: they return strings and never see a value. Values travel as
parameters (`$rows`, `$ids`); labels, relationship types and property keys
are interpolated only after `_name` checked that the schema defines them, so
no text from a document can ever become Cypher.

What aikg owns in Neo4j, so a sync never touches anybody else's data:
- a node is aikg's when aikg created it: `MERGE` sets `aikg_managed = true`
  only ON CREATE. A node that already existed with the same label and id
  (someone else's) is matched, left unchanged and never removed.
- a relationship is aikg's when it carries `aikg_managed: true`, which is
  part of the MERGE pattern, so a relationship somebody else made between
  the same two nodes is never matched, changed or removed.
- `aikg_hash` is a digest of the row aikg last wrote; a row is written only
  when it differs, so pushing the same graph again sets nothing at all and
  the summary counters say 0 created, 0 updated.
Removal deletes aikg's stale relationships first, then aikg's stale nodes
that have no relationship left (a plain DELETE, never DETACH DELETE: a node
somebody else linked to stays).

Symmetric types (COMPETES_WITH, PARTNERS_WITH) arrive normalized by the rows
(source id sorts first) and are merged directed, so they are stored once.
"""

from __future__ import annotations

import re

from graph import schema
from graph.errors import InvalidValue

MANAGED = "aikg_managed"
HASH = "aikg_hash"
# Keys of a relationship row that name its endpoints (not properties).
FROM_ID = "from_id"
TO_ID = "to_id"

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _name(name: str, allowed) -> str:
    """A label, type or key from the schema, safe to write into Cypher as is."""
    if name not in allowed or not _IDENT.match(name):
        raise InvalidValue(f"{name!r} is not defined in graph/schema.py")
    return name


def _label(label: str) -> str:
    return _name(label, schema.NODE_LABELS)


def _rel(rel: str, from_label: str, to_label: str) -> tuple[str, str, str]:
    if (from_label, to_label) not in schema.REL_ENDPOINTS.get(rel, ()):
        raise InvalidValue(f"{rel!r} from {from_label!r} to {to_label!r} is not in the schema")
    return _name(rel, schema.REL_TYPES), _label(from_label), _label(to_label)


def rel_combos() -> list[tuple[str, str, str]]:
    """Every (type, from label, to label) the schema allows, in schema order."""
    return [(rel, a, b) for rel in schema.REL_TYPES for a, b in schema.REL_ENDPOINTS[rel]]


def node_property_names(label: str) -> list[str]:
    """Properties written on a node, `id` excluded (it is the MERGE key)."""
    return [p for p in schema.NODE_PROPERTIES[_label(label)] if p != "id"]


def rel_property_names(rel: str) -> list[str]:
    return list(schema.REL_PROPERTIES[_name(rel, schema.REL_TYPES)])


def property_keys() -> list[str]:
    """Every property key aikg writes in Neo4j (for the linter's schema)."""
    keys: dict[str, None] = {}
    for props in (*schema.NODE_PROPERTIES.values(), *schema.REL_PROPERTIES.values()):
        keys.update(dict.fromkeys(props))
    keys.update(dict.fromkeys((MANAGED, HASH)))
    return list(keys)


def _set_lines(var: str, props: list[str]) -> str:
    assignments = [f"{var}.{HASH} = row.{HASH}"]
    assignments += [f"{var}.{p} = row.{p}" for p in props]
    return "SET " + ",\n    ".join(assignments)


# -- schema ------------------------------------------------------------------
def constraint_name(label: str) -> str:
    return f"aikg_{_label(label).lower()}_id"


def constraint(label: str) -> str:
    label = _label(label)
    return (f"CREATE CONSTRAINT {constraint_name(label)} IF NOT EXISTS\n"
            f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")


def constraints() -> list[str]:
    return [constraint(label) for label in schema.NODE_LABELS]


# -- writes ------------------------------------------------------------------
ROWS_SOURCE = "UNWIND $rows AS row\n"


# -- tokens ------------------------------------------------------------------
# Neo4j stores no nulls: a property that is null on every row (CLIENT_OF's
# spend_usd in the demo graph) never exists on the server, and every query
# that names it gets the warning "property key does not exist". Creating the
# schema's labels, types and keys as tokens (names with no data) keeps the
# server quiet about aikg's own names, while a misspelt name still warns.
TOKEN_PROCEDURES = {"label": "db.createLabel", "type": "db.createRelationshipType",
                    "key": "db.createProperty"}


def token_names(kind: str) -> list[str]:
    """The schema's labels, relationship types or property keys: the `$rows` of tokens(kind)."""
    names = {"label": list(schema.NODE_LABELS), "type": list(schema.REL_TYPES),
             "key": property_keys()}
    return names[kind]


def tokens_body(kind: str) -> str:
    return f"CALL {TOKEN_PROCEDURES[kind]}(row)"


def tokens(kind: str) -> str:
    return ROWS_SOURCE + tokens_body(kind)


def node_merge_body(label: str) -> str:
    """The node MERGE after its UNWIND line (export puts a literal list there)."""
    label = _label(label)
    return (
        f"MERGE (n:{label} {{id: row.id}})\n"
        f"ON CREATE SET n.{MANAGED} = true\n"
        f"WITH n, row\n"
        f"WHERE n.{MANAGED} = true AND coalesce(n.{HASH}, '') <> row.{HASH}\n"
        f"{_set_lines('n', node_property_names(label))}\n"
        f"RETURN count(n) AS written"
    )


def node_merge(label: str) -> str:
    return ROWS_SOURCE + node_merge_body(label)


def rel_merge_body(rel: str, from_label: str, to_label: str) -> str:
    rel, a, b = _rel(rel, from_label, to_label)
    return (
        f"MATCH (a:{a} {{id: row.{FROM_ID}}})\n"
        f"MATCH (b:{b} {{id: row.{TO_ID}}})\n"
        f"MERGE (a)-[r:{rel} {{{MANAGED}: true}}]->(b)\n"
        f"WITH r, row\n"
        f"WHERE coalesce(r.{HASH}, '') <> row.{HASH}\n"
        f"{_set_lines('r', rel_property_names(rel))}\n"
        f"RETURN count(r) AS written"
    )


def rel_merge(rel: str, from_label: str, to_label: str) -> str:
    return ROWS_SOURCE + rel_merge_body(rel, from_label, to_label)


# -- sync --------------------------------------------------------------------
def managed_node_ids(label: str) -> str:
    label = _label(label)
    return (f"MATCH (n:{label})\n"
            f"WHERE n.{MANAGED} = true\n"
            f"RETURN n.id AS id")


def managed_rel_pairs(rel: str, from_label: str, to_label: str) -> str:
    rel, a, b = _rel(rel, from_label, to_label)
    return (f"MATCH (a:{a})-[r:{rel}]->(b:{b})\n"
            f"WHERE r.{MANAGED} = true\n"
            f"RETURN a.id AS {FROM_ID}, b.id AS {TO_ID}")


def delete_rels(rel: str, from_label: str, to_label: str) -> str:
    rel, a, b = _rel(rel, from_label, to_label)
    return (f"UNWIND $rows AS row\n"
            f"MATCH (a:{a} {{id: row.{FROM_ID}}})-[r:{rel}]->(b:{b} {{id: row.{TO_ID}}})\n"
            f"WHERE r.{MANAGED} = true\n"
            f"DELETE r")


def delete_nodes(label: str) -> str:
    # DELETE, not DETACH DELETE: a stale node that somebody else's relationship
    # still points at is kept rather than taking that relationship with it.
    label = _label(label)
    return (f"UNWIND $ids AS id\n"
            f"MATCH (n:{label} {{id: id}})\n"
            f"WHERE n.{MANAGED} = true AND NOT EXISTS {{ (n)--() }}\n"
            f"DELETE n")


# -- read back ---------------------------------------------------------------
def read_nodes(label: str) -> str:
    """aikg's nodes of one label with every schema property, ordered by id."""
    label = _label(label)
    columns = ",\n       ".join(f"n.{p} AS {p}" for p in schema.NODE_PROPERTIES[label])
    return (f"MATCH (n:{label})\n"
            f"WHERE n.{MANAGED} = true\n"
            f"RETURN {columns}\n"
            f"ORDER BY id")


def read_rels(rel: str, from_label: str, to_label: str) -> str:
    """aikg's relationships of one (type, from, to) with every property."""
    rel, a, b = _rel(rel, from_label, to_label)
    columns = [f"a.id AS {FROM_ID}", f"b.id AS {TO_ID}"]
    columns += [f"r.{p} AS {p}" for p in rel_property_names(rel)]
    return (f"MATCH (a:{a})-[r:{rel}]->(b:{b})\n"
            f"WHERE r.{MANAGED} = true\n"
            f"RETURN " + ",\n       ".join(columns) + "\n"
            f"ORDER BY {FROM_ID}, {TO_ID}")


# -- inventory ---------------------------------------------------------------
def all_statements() -> dict[str, tuple[str, dict]]:
    """Every statement the Neo4j backend can send, by name, with its parameters.

    The linter test checks each one; the push tests check push sends nothing
    that is not in here.
    """
    out: dict[str, tuple[str, dict]] = {}
    for label in schema.NODE_LABELS:
        out[f"constraint {label}"] = (constraint(label), {})
    for kind in TOKEN_PROCEDURES:
        out[f"tokens {kind}"] = (tokens(kind), {"rows": []})
    for label in schema.NODE_LABELS:
        out[f"merge {label}"] = (node_merge(label), {"rows": []})
        out[f"managed {label}"] = (managed_node_ids(label), {})
        out[f"delete {label}"] = (delete_nodes(label), {"ids": []})
        out[f"read {label}"] = (read_nodes(label), {})
    for rel, a, b in rel_combos():
        key = f"{rel} {a}->{b}"
        out[f"merge {key}"] = (rel_merge(rel, a, b), {"rows": []})
        out[f"managed {key}"] = (managed_rel_pairs(rel, a, b), {})
        out[f"delete {key}"] = (delete_rels(rel, a, b), {"rows": []})
        out[f"read {key}"] = (read_rels(rel, a, b), {})
    return out


def golden_text() -> str:
    """All statements as one text, compared with tests/data/neo4j_statements.cypher."""
    return "".join(f"// {name}\n{text};\n\n" for name, (text, _) in all_statements().items())
