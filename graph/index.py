"""The question index: one SQLite file per generation that answers the named questions.

`aikg show`, `path`, `timeline`, `conflicts`, `contradictions` and `stats`
read this file instead of loading the graph: every lookup is an indexed range
scan, so a question costs what its answer holds, not what the graph holds.
It is written beside the embedded store (graph.store) from the same rows
(graph.rows) and swapped in with it (graph.directory).

Its tables are graph.index_tables.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from graph import schema
from graph.aggregate import disagreements, slim, story_claims, unique
from graph.errors import StoreError, UnknownEntity
from graph.model import name_key, short_forms
from graph.index_tables import FORMAT, TABLES
from graph.rows import DEALS, DOC, NodeRow, RelRow, Unit

INDEX_FILE = "index.sqlite"
# Relationship properties a question shows on each hop (an investment: the deal's).
RELATION_PROPERTIES = {
    schema.INVESTED: ("amount_usd", "stake", "status"),
    schema.CLIENT_OF: ("status", "spend_usd"),
    schema.WORKS_AT: ("role", "status"),
    schema.ACQUIRED: ("status", "amount_usd"),
}
_NOT_RELATIONS = (schema.MENTIONS, schema.INVESTED, schema.INTO)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=date.isoformat)


def _first(order: tuple) -> str | None:
    """An entity's first occurrence as a string that sorts in merge order."""
    if not order:
        return None
    published, doc_id, sha, pos = order
    return f"{published}\t{doc_id}\t{sha}\t{pos:09d}"


# -- writing ------------------------------------------------------------------------------

class IndexWriter:
    """Writes the index of a new generation (`fresh`) or brings a spare one up to date."""

    def __init__(self, path: Path, fresh: bool):
        self.path = path
        if fresh and path.exists():
            path.unlink()
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=DELETE")
        self.conn.execute("PRAGMA synchronous=FULL")
        if fresh:
            self.conn.execute("PRAGMA page_size=8192")
            for statement in TABLES:
                self.conn.execute(statement)
        self.conn.execute("BEGIN")
        self.entities_changed = fresh
        self.pending: dict[str, list] = {table: [] for table in self._INSERTS}
        self.buffered = 0

    # what the generation holds, for the next incremental build
    def documents(self) -> dict[str, str]:
        """sha256 -> document id of every document in the generation."""
        return dict(self.conn.execute("SELECT sha, id FROM nodes WHERE label = ?", (schema.DOCUMENT,)))

    def digests(self, units: Iterable[str]) -> dict[str, tuple[str, str]]:
        """row key -> (unit, digest) of every row the given aggregate units gave."""
        out = {}
        for unit in units:
            for key, digest in self.conn.execute("SELECT key, hash FROM rows WHERE unit = ?", (unit,)):
                out[key] = (unit, digest)
        return out

    def set_stories(self, stories: dict[str, str]) -> None:
        """The story of every document that has copies, as the claim store groups them now."""
        self.conn.execute("DELETE FROM stories")
        self.conn.executemany("INSERT INTO stories VALUES (?, ?)", sorted(stories.items()))

    def names_of(self, ids: Iterable[str]) -> dict[str, str]:
        out = {}
        for node_id in ids:
            row = self.conn.execute("SELECT name FROM nodes WHERE id = ?", (node_id,)).fetchone()
            if row is not None:
                out[node_id] = row[0]
        return out

    # rows, buffered: one executemany per table every few thousand units
    _INSERTS = {"rows": "INSERT OR REPLACE INTO rows VALUES (?, ?, ?)",
                "nodes": "INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "mentions": "INSERT OR IGNORE INTO mentions VALUES (?, ?)",
                "relations": "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "disagreements": "INSERT INTO disagreements VALUES (?, ?, ?, ?, ?, ?)"}

    def add(self, unit: Unit) -> None:
        pending = self.pending
        if not unit.key.startswith(DOC):
            pending["rows"] += [(row.key, unit.key, row.digest()) for row in unit.rows()]
            pending["relations"] += self._relations(unit)
            pending["disagreements"] += self._disagreements(unit)
        pending["nodes"] += [self._node(row) for row in unit.nodes]
        pending["mentions"] += [(r.target, r.source) for r in unit.rels if r.type == schema.MENTIONS]
        if unit.nodes and unit.nodes[0].label in (schema.COMPANY, schema.PERSON):
            self.entities_changed = True
        self.buffered += 1
        if self.buffered >= 5000:
            self.flush()

    def flush(self) -> None:
        for table, statement in self._INSERTS.items():
            if self.pending[table]:
                self.conn.executemany(statement, self.pending[table])
        self.pending = {table: [] for table in self._INSERTS}
        self.buffered = 0

    @staticmethod
    def _node(row: NodeRow) -> tuple:
        p = row.props
        entity = row.label in (schema.COMPANY, schema.PERSON)
        aliases = _json(p.get("aliases")) if entity else None
        published = p.get("published")
        return (p["id"], row.label, p.get("name"), p.get("kind"), aliases, row.unit,
                _first(row.order) if entity else None,
                p.get("title"), p.get("source"), published.isoformat() if published else None, p.get("sha256"))

    @staticmethod
    def _relations(unit: Unit) -> list[tuple]:
        out = []
        if unit.key.startswith(DEALS):
            deals = {n.props["id"]: n for n in unit.nodes}
            targets = {r.source: r.target for r in unit.rels if r.type == schema.INTO}
            for r in unit.rels:
                if r.type == schema.INVESTED:
                    deal = deals[r.target]
                    props = {p: deal.props.get(p) for p in RELATION_PROPERTIES[schema.INVESTED]}
                    out.append((unit.key, r.source, targets[r.target], r.type, deal.order[0], r.target,
                                props["status"], None, props["stake"], _json(props),
                                *IndexWriter._claims(deal.props["claims"])))
            return out
        for r in unit.rels:
            if r.type not in _NOT_RELATIONS:
                props = {p: r.props.get(p) for p in RELATION_PROPERTIES.get(r.type, ())}
                out.append((unit.key, r.source, r.target, r.type, 0, None, props.get("status"), props.get("role"),
                            None, _json(props), *IndexWriter._claims(r.props["claims"])))
        return out

    @staticmethod
    def _claims(claims: list[dict]) -> tuple[str, str, str]:
        """A relationship's claims as the three columns that hold them: all of them, each story once
        (slim), and what a profile shows (sources, copies and sentences of the stories; dates and
        certainty of every claim, as graph.aggregate.aggregate takes them)."""
        stories = slim(story_claims(claims))
        dates = sorted(c["date"] for c in claims if c.get("date"))
        voiced = [c["certainty"] for c in claims if c.get("certainty")]
        summary = {"sources": unique(c["doc"] for c in stories),
                   "copies": unique(d for c in stories for d in c.get("copies", ())),
                   "evidence": unique(c["evidence"] for c in stories),
                   "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
                   "certainty": voiced[-1] if voiced else None}
        return _json(claims), _json(stories), _json(summary)

    @staticmethod
    def _disagreements(unit: Unit) -> list[tuple]:
        rows = [(r.source, r.type, r.target, r.props["claims"]) for r in unit.rels if r.type not in _NOT_RELATIONS]
        rows += [(n.key, schema.INVESTMENT, n.key, n.props["claims"]) for n in unit.nodes
                 if n.label == schema.INVESTMENT]
        return [(unit.key, source, rel, target, field, _json(slim(claims)))
                for source, rel, target, all_claims in rows
                for field, claims in disagreements(rel, all_claims)]

    def remove(self, unit: str) -> None:
        """Every row of an aggregate unit (to be added again as it is now)."""
        self.conn.execute("DELETE FROM mentions WHERE node IN (SELECT id FROM nodes WHERE unit = ? AND label = ?)",
                          (unit, schema.INVESTMENT))
        for table in ("rows", "nodes", "relations", "disagreements"):
            self.conn.execute(f"DELETE FROM {table} WHERE unit = ?", (unit,))
        self.entities_changed = True if unit.startswith("E:") else self.entities_changed

    def remove_document(self, doc_id: str) -> None:
        self.conn.execute("DELETE FROM mentions WHERE doc = ?", (doc_id,))
        self.conn.execute("DELETE FROM nodes WHERE id = ?", (doc_id,))

    def finish(self, generation: int, version: str, changes: Iterable[str]) -> dict[str, int]:
        """Names, counts and bookkeeping; commits. Returns the counts per label and type."""
        self.flush()
        if self.entities_changed:
            self._names()
        counts = {label: 0 for label in schema.NODE_LABELS}
        counts.update(self.conn.execute("SELECT label, count(*) FROM nodes GROUP BY label"))
        counts.update({rel: 0 for rel in schema.REL_TYPES})
        counts.update(self.conn.execute("SELECT type, count(*) FROM relations GROUP BY type"))
        counts[schema.INTO] = counts[schema.INVESTMENT]
        counts[schema.MENTIONS] = self.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        self.conn.execute("DELETE FROM changes")
        self.conn.executemany("INSERT OR IGNORE INTO changes VALUES (?)", [(u,) for u in changes])
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                              [("generation", str(generation)), ("version", version), ("counts", _json(counts)),
                               ("format", FORMAT)])
        # Statistics for the query planner, from a sample: without them it may read a whole type's
        # relations to find one pair's.
        self.conn.execute("PRAGMA analysis_limit=1000")
        self.conn.execute("ANALYZE")
        self.conn.execute("COMMIT")
        return counts

    def _names(self) -> None:
        """Name keys in first-occurrence order (the first entity to use a name keeps it), then
        the short forms that name exactly one entity and no full name."""
        names: dict[str, str] = {}
        owners: dict[str, set[str]] = {}
        for node_id, label, name, aliases in self.conn.execute(
                "SELECT id, label, name, aliases FROM nodes WHERE label IN (?, ?) ORDER BY first, id",
                (schema.COMPANY, schema.PERSON)):
            for text in (name, *json.loads(aliases or "[]")):
                names.setdefault(name_key(text), node_id)
            for short in short_forms(label, name):
                owners.setdefault(name_key(short), set()).add(node_id)
        shorts = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k not in names}
        self.conn.execute("DELETE FROM names")
        self.conn.executemany("INSERT INTO names VALUES ('name', ?, ?)", names.items())
        self.conn.executemany("INSERT INTO names VALUES ('short', ?, ?)", shorts.items())

    def abort(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        self.conn.close()

    def close(self) -> None:
        self.conn.close()


# -- reading ------------------------------------------------------------------------------

class Index:
    """Read-only lookups over one generation's index (opened by graph.directory.reading)."""

    def __init__(self, path: Path):
        if not path.exists():
            raise StoreError(f"{path.parent.parent}: this graph has no question index (it was built by an older "
                             f"aikg); run `aikg build PATH --db {path.parent.parent}` again")
        try:
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            found = self.conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot read the question index ({err}); rebuild it with `aikg build`") from err
        if found is None or found[0] != FORMAT:
            self.conn.close()
            raise StoreError(f"{path.parent.parent}: this graph's question index was written by another version of "
                             f"aikg; run `aikg build PATH --db {path.parent.parent}` again")

    def close(self) -> None:
        self.conn.close()

    def stories(self) -> dict[str, str]:
        """document id -> story of every document that has copies (graph.index's `stories`)."""
        return dict(self.conn.execute("SELECT doc, story FROM stories"))

    def counts(self) -> dict[str, int]:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
        return json.loads(row[0]) if row else {}

    # nodes and names
    def resolve(self, name: str) -> str:
        """Node id for an id, a name or an alias, ignoring case and accents."""
        if self.conn.execute("SELECT 1 FROM nodes WHERE id = ?", (name,)).fetchone():
            return name
        key = name_key(name)
        for kind in ("name", "short"):
            row = self.conn.execute("SELECT id FROM names WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            if row:
                return row[0]
        keys = [k for (k,) in self.conn.execute("SELECT key FROM names WHERE kind = 'name'")]
        close = difflib.get_close_matches(key, keys, n=3, cutoff=0.6)
        found = self.nodes(self.conn.execute("SELECT id FROM names WHERE kind = 'name' AND key = ?",
                                             (c,)).fetchone()[0] for c in close)
        names = unique(found[i]["name"] for i in found)
        hint = f"; closest: {', '.join(names)}" if names else ""
        raise UnknownEntity(f"no entity named {name!r}{hint}")

    def nodes(self, ids: Iterable[str]) -> dict[str, dict]:
        """id -> {id, label, name, kind, aliases, title, source, published} of the nodes that exist."""
        wanted = list(dict.fromkeys(ids))
        out = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for row in self.conn.execute("SELECT id, label, name, kind, aliases, title, source, published FROM nodes "
                                         f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[row[0]] = {"id": row[0], "label": row[1], "name": row[2], "kind": row[3],
                               "aliases": json.loads(row[4]) if row[4] else [], "title": row[5],
                               "source": row[6], "published": row[7]}
        return out

    def documents(self, ids: Iterable[str]) -> dict[str, dict]:
        """id -> {title, source} of the given documents (what evidence shows of its document)."""
        wanted = list(dict.fromkeys(ids))
        if len(wanted) > 5000:  # one scan of every document beats many lookups
            known = set(wanted)
            return {node_id: {"title": title, "source": source} for node_id, title, source in self.conn.execute(
                "SELECT id, title, source FROM nodes WHERE label = ?", (schema.DOCUMENT,)) if node_id in known}
        out = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for node_id, title, source in self.conn.execute(
                    f"SELECT id, title, source FROM nodes WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[node_id] = {"title": title, "source": source}
        return out

    def node(self, node_id: str) -> dict:
        return self.nodes([node_id])[node_id]

    def mentioned_in(self, node_id: str) -> list[str]:
        return [d for (d,) in self.conn.execute("SELECT doc FROM mentions WHERE node = ? ORDER BY doc", (node_id,))]

    def entity_names(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, name FROM nodes WHERE label IN (?, ?)",
                                      (schema.COMPANY, schema.PERSON)))

    def adjacency(self) -> dict[str, set[str]]:
        """Entities related to each entity, in either direction (the pairs only, no claims)."""
        out: dict[str, set[str]] = {}
        for source, target in self.conn.execute("SELECT DISTINCT source, target FROM relations"):
            if source != target:
                out.setdefault(source, set()).add(target)
                out.setdefault(target, set()).add(source)
        return out

    def kinds(self) -> dict[str, str | None]:
        return dict(self.conn.execute("SELECT id, kind FROM nodes WHERE label = ?", (schema.COMPANY,)))

    # relations: {"source", "target", "type", "deal", "props", and one of "claims" (all of them),
    # "stories" (each story once, slim) or "summary" (what a profile shows)}, in one order everywhere
    _ORDER = "ORDER BY source, target, type, seq"
    _CLAIM_COLUMNS = ("claims", "stories", "summary")

    def _columns(self, claims: str) -> str:
        if claims not in self._CLAIM_COLUMNS:
            raise ValueError(f"no claims column {claims!r}")
        return f"source, target, type, deal, props, {claims}, seq"

    @staticmethod
    def _relations(rows: Iterable[tuple], claims: str) -> list[dict]:
        loads = json.loads
        return [{"source": source, "target": target, "type": rel, "deal": deal, "props": loads(props),
                 claims: loads(held)} for source, target, rel, deal, props, held, _ in rows]

    def relations_of(self, node_id: str, claims: str = "claims") -> list[dict]:
        columns = self._columns(claims)
        rows = self.conn.execute(f"SELECT {columns} FROM relations WHERE source = ? UNION ALL "
                                 f"SELECT {columns} FROM relations WHERE target = ? AND source != ? "
                                 f"{self._ORDER}", (node_id, node_id, node_id))
        return self._relations(rows, claims)

    def relations_between(self, a: str, b: str, claims: str = "claims") -> list[dict]:
        columns = self._columns(claims)
        rows = self.conn.execute(f"SELECT {columns} FROM relations WHERE source = ? AND target = ? UNION ALL "
                                 f"SELECT {columns} FROM relations WHERE source = ? AND target = ? AND ? != ? "
                                 f"{self._ORDER}", (a, b, b, a, a, b))
        return self._relations(rows, claims)

    def relation_rows(self, rel: str) -> list[tuple]:
        """(source, target, deal, status, role, stake) of every relation of one type, claims left out."""
        return self.conn.execute("SELECT source, target, deal, status, role, stake FROM relations WHERE type = ? "
                                 f"{self._ORDER}", (rel,)).fetchall()

    def claims(self, source: str, target: str, rel: str, deal: str | None = None) -> list[dict]:
        row = self.conn.execute("SELECT claims FROM relations WHERE source = ? AND target = ? AND type = ? "
                                "AND deal IS ?", (source, target, rel, deal)).fetchone()
        return json.loads(row[0]) if row else []

    def disagreements(self, limit: int | None = None) -> list[tuple[str, str, str, str, list[dict]]]:
        """(source id, type, target id, field, claims) of every disagreement, or of the first `limit`."""
        # the order is found on the small columns alone; only the rows kept read their claims
        rows = self.conn.execute("SELECT d.source, d.type, d.target, d.field, d.claims FROM disagreements d JOIN "
                                 "(SELECT rowid AS id FROM disagreements ORDER BY source, target, type, field DESC "
                                 "LIMIT ?) o ON d.rowid = o.id ORDER BY d.source, d.target, d.type, d.field DESC",
                                 (-1 if limit is None else limit,))
        return [(s, t, o, f, json.loads(c)) for s, t, o, f, c in rows]

    def disagreement_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM disagreements").fetchone()[0]
