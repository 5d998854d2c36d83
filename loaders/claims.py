"""The claim store: every document's extraction, by content hash, in SQLite, and what each file gave.

Tables:

- `extractions`: one row per document (sha256, path, extractor version, the
  merge order: publication date and document id), its extraction as three
  JSON parts (document and entities, claims and deals, mentions), and `live`.
- `files` and `file_docs`: each file read (its size, modification time and
  inode, its warnings) and the documents it gave, so an unchanged file of a
  large corpus is not read, decoded and hashed again. A document is live while
  some remembered file gives it and its extraction is of the current version.
- `story_docs`, `lsh`, `similar`: the live documents' story groups (copies of
  one story, found by the MinHash signature each extraction stores: loaders.stories).
- `entity_refs`, `edge_claims`, `deal_claims`, `deal_backers`: the live
  documents' entities, claims and deals, one row each, keyed by the unit they
  belong to (graph.rows) and ordered by merge order, so a build reads the
  claims of one relationship, one entity or one company's deals with one
  indexed range scan (loaders.merging), and a full build reads every unit in
  one ordered pass without holding the corpus in memory.

Writes are batched in transactions: a build killed in the middle keeps every
batch it committed and loses nothing else, because a later build extracts
whatever is missing. The extraction of a document that is no longer live is
kept until a build has published a graph without it (`collect_garbage`): the
next build reads from it which units the document touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from graph.aggregate import edge_ends
from graph.errors import StoreError
from graph.rows import DEALS, DOC, ENTITY, RELATION, relation_key
from loaders.minhash import story_threshold
from loaders.read import Repaired
from loaders.stories import StoryGroups
from loaders.types import Extraction, Warning_

CLAIMS_DB = "claims.sqlite"
# Bump when the stored extraction's layout changes; a change to the extraction's code or data is
# seen without it (extraction_sources). 3: each extraction stores its text's MinHash signature.
EXTRACTOR_VERSION = "3"
_LOADERS = Path(__file__).resolve().parent
# Modules of loaders/ that do not change what a document's extraction is: the build around it
# (minhash.py stays in: the signature is stored with the extraction; stories.py groups them).
_NOT_EXTRACTION = {"build.py", "claims.py", "publish.py", "merging.py", "evaluate.py", "extract_pool.py",
                   "stories.py"}
# (sha256, path, published, document id, head, claims, mentions, signature): one stored extraction.
Row = tuple[str, str, str, str, str, str, str, "bytes | None"]
Stamp = tuple[int, int, int, int]
# A file modified this close to the moment it was remembered may change again within the
# same clock tick; it is read again next time rather than trusted (git's "racy clean" rule).
_RACY_NS = 2_000_000_000
_ORDER = "published, doc_id, sha, pos"
_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS extractions (sha256 TEXT PRIMARY KEY, path TEXT, version TEXT, published TEXT, "
    "doc_id TEXT, head TEXT, claims TEXT, mentions TEXT)",
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT, version TEXT, remembered INTEGER, "
    "docs TEXT, warnings TEXT)",
    "CREATE TABLE IF NOT EXISTS file_docs (path TEXT, sha TEXT, PRIMARY KEY (path, sha)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS file_docs_sha ON file_docs(sha)",
    *(f"CREATE TABLE IF NOT EXISTS {table} ({key} TEXT, published TEXT, doc_id TEXT, sha TEXT, pos INTEGER, "
      f"data TEXT, PRIMARY KEY ({key}, {_ORDER})) WITHOUT ROWID"
      for table, key in (("entity_refs", "entity"), ("edge_claims", "edge"), ("deal_claims", "target"))),
    *(f"CREATE INDEX IF NOT EXISTS {table}_sha ON {table}(sha)" for table in ("entity_refs", "edge_claims",
                                                                            "deal_claims")),
    "CREATE TABLE IF NOT EXISTS deal_backers (investor TEXT, target TEXT, sha TEXT, "
    "PRIMARY KEY (investor, target, sha)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS deal_backers_sha ON deal_backers(sha)",
]


def extraction_sources() -> list[Path]:
    """The files whose content decides a document's extraction: the extraction modules, their data
    (inflections.json), the data model and the lexicons of data/lexicon."""
    from loaders.names import LEXICON
    code = [p for p in _LOADERS.iterdir() if p.suffix in (".py", ".json") and p.name not in _NOT_EXTRACTION]
    # graph/model.py too: its short forms ("Wang", "García Ottati") decide which mentions are whose.
    return sorted(code) + [_LOADERS.parent / "graph" / "model.py"] + sorted(LEXICON.glob("*.txt"))


def digest_of(paths: Iterable[Path], seed: str = "") -> str:
    """A short digest of files' names and contents (a missing file counts as empty)."""
    digest = hashlib.sha256(seed.encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
        digest.update(b"\0")
    return digest.hexdigest()[:16]


_SOURCES_DIGEST: list[str] = []


def registry_version(registry_path: Path) -> str:
    """The version cached extractions are made with: the extraction's code and data and the registry.
    When it changes, every document is extracted again."""
    if not _SOURCES_DIGEST:  # once per process: the sources do not change under a running build
        _SOURCES_DIGEST.append(digest_of(extraction_sources(), EXTRACTOR_VERSION))
    return digest_of([registry_path], _SOURCES_DIGEST[0])


def file_stamp(path: Path) -> Stamp | None:
    """(size, mtime_ns, ctime_ns, inode) of a regular file, or None when it cannot be stat'ed."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def encode(extraction: Extraction) -> tuple[str, str, str, str, str]:
    """published ('' when unknown: it sorts first, like date.min), document id, and the three parts."""
    data = extraction.to_dict()
    doc = extraction.document
    return (doc.published.isoformat() if doc.published else "", doc.id,
            json.dumps({"document": data["document"], "entities": data["entities"]}, ensure_ascii=False),
            json.dumps({"claims": data["claims"], "deals": data["deals"]}, ensure_ascii=False),
            json.dumps(data["mentions"], ensure_ascii=False))


def unit_keys(doc_id: str, head: str, claims: str) -> set[str]:
    """The units (graph.rows) one stored extraction contributes to."""
    head_data, claim_data = json.loads(head), json.loads(claims)
    keys = {DOC + doc_id}
    keys.update(ENTITY + e["id"] for e in head_data["entities"])
    keys.update(RELATION + relation_key(c["type"], *edge_ends(c["type"], c["source"], c["target"]))
                for c in claim_data["claims"])
    keys.update(DEALS + d["target"] for d in claim_data["deals"])
    return keys


@dataclass
class FileEntry:
    path: str
    stamp: Stamp | None
    docs: list[tuple[str, str]]  # (sha256, document path)
    warnings: list[Warning_]
    remembered: int = 0  # when it was remembered (ns)
    version: str = ""


class ClaimStore:
    """Extractions by document hash; files by path; the live documents' claims by unit."""

    def __init__(self, path: Path, version: str, threshold: float | None = None):
        self.version = version
        self.threshold = story_threshold() if threshold is None else threshold
        try:
            self.conn = sqlite3.connect(str(path))
            self._create()
        except sqlite3.OperationalError:
            raise  # a full disk or a read-only folder, not damage: the build reports it (graph.db_dir)
        except sqlite3.Error as err:
            raise StoreError(f"{path}: the claim store is damaged ({err}); delete it and build again "
                             f"(every document is then extracted again)") from err

    def _create(self) -> None:
        # WAL with NORMAL sync: a commit is atomic and survives a killed process.
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("DROP TABLE IF EXISTS extraction")  # the one-column layout of the first builds
        for statement in _SCHEMA:
            self.conn.execute(statement)
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(extractions)")}
        if "live" not in columns:  # a store written before documents had a live flag
            self.conn.execute("ALTER TABLE extractions ADD COLUMN live INTEGER NOT NULL DEFAULT 0")
            self.conn.execute("INSERT OR IGNORE INTO file_docs SELECT files.path, json_extract(d.value, '$[0]') "
                              "FROM files, json_each(files.docs) AS d")
        if "signature" not in columns:  # a store written before story groups
            self.conn.execute("ALTER TABLE extractions ADD COLUMN signature BLOB")
        self.groups = StoryGroups(self.conn, self.threshold)
        self.conn.execute("CREATE INDEX IF NOT EXISTS extractions_live ON extractions(live, version)")
        self.conn.execute("CREATE INDEX IF NOT EXISTS extractions_doc ON extractions(doc_id)")
        self.conn.commit()

    # -- the extraction cache -----------------------------------------------------------
    def known(self) -> set[str]:
        """Hashes of the documents whose extraction of the current version is stored."""
        return {sha for (sha,) in self.conn.execute("SELECT sha256 FROM extractions WHERE version = ?",
                                                     (self.version,))}

    def put_many(self, rows: list[Row]) -> None:
        """Stored extractions, in one transaction; a document becomes live in `refresh`."""
        if not rows:
            return
        with self.conn:
            self.groups.remove(sha for sha, *_ in rows)  # an extraction of another version is replaced
            for sha, path, *parts in rows:
                self._unlink(sha)
                self.conn.execute("INSERT OR REPLACE INTO extractions (sha256, path, version, published, doc_id, "
                                  "head, claims, mentions, signature, live) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                                  (sha, path, self.version, *parts))

    # -- files ----------------------------------------------------------------------------
    def files_under(self, roots: list[str]) -> dict[str, FileEntry]:
        """Every remembered file at or under one of `roots` (paths as the walk spells them)."""
        out: dict[str, FileEntry] = {}
        for root in roots:
            prefix = root.rstrip("/") + "/"
            rows = self.conn.execute(
                "SELECT path, stamp, version, remembered, docs, warnings FROM files "
                "WHERE path = ? OR substr(path, 1, ?) = ?", (root, len(prefix), prefix))
            for path, stamp, version, remembered, docs, warnings in rows:
                stamp = json.loads(stamp)
                out[path] = FileEntry(
                    path, tuple(stamp) if stamp else None, [tuple(d) for d in json.loads(docs)],
                    [(Repaired if repaired else Warning_)(where, reason)
                     for where, reason, repaired in json.loads(warnings)], remembered, version)
        return out

    def fresh(self, entry: FileEntry | None, stamp: Stamp | None, known: set[str]) -> bool:
        """Is what the file gave last time still what it gives? (Same stamp, not racy, every
        document still extracted with this version.)"""
        return (entry is not None and stamp is not None and entry.version == self.version
                and entry.stamp == stamp and stamp[1] < entry.remembered - _RACY_NS
                and all(sha in known for sha, _ in entry.docs))

    def remember_files(self, entries: list[FileEntry]) -> None:
        if not entries:
            return
        now = time.time_ns()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [(e.path, json.dumps(list(e.stamp) if e.stamp else None), self.version, now, json.dumps(e.docs),
                  json.dumps([(w.path, w.reason, isinstance(w, Repaired)) for w in e.warnings]))
                 for e in entries])
            self.conn.executemany("DELETE FROM file_docs WHERE path = ?", [(e.path,) for e in entries])
            self.conn.executemany("INSERT OR IGNORE INTO file_docs VALUES (?, ?)",
                                  [(e.path, sha) for e in entries for sha, _ in e.docs])

    def forget_files(self, paths: Iterable[str]) -> None:
        """Files that are gone: their documents stop being live (unless another file gives them)."""
        paths = [(p,) for p in paths]
        with self.conn:
            self.conn.executemany("DELETE FROM files WHERE path = ?", paths)
            self.conn.executemany("DELETE FROM file_docs WHERE path = ?", paths)

    # -- live documents and their claims by unit --------------------------------------
    def refresh(self, batch: int = 2000) -> None:
        """Make the live documents exactly those some file gives, with their claims indexed by unit
        and their story groups up to date."""
        with self.conn:
            if not self.groups.judged_with_threshold():  # a new store, or another threshold: judge every pair
                self.groups.reset()
                self._group_all(batch)
            dead = [sha for (sha,) in self.conn.execute(
                "SELECT sha256 FROM extractions WHERE live = 1 AND (version != ? OR "
                "sha256 NOT IN (SELECT sha FROM file_docs))", (self.version,))]
            self.groups.remove(dead)
            for sha in dead:
                self._unlink(sha)
            born = [sha for (sha,) in self.conn.execute(
                "SELECT sha256 FROM extractions WHERE live = 0 AND version = ? "
                "AND sha256 IN (SELECT sha FROM file_docs)", (self.version,))]
            for start in range(0, len(born), batch):
                chunk = born[start:start + batch]
                rows = self.conn.execute(f"SELECT sha256, published, doc_id, head, claims, signature FROM extractions "
                                         f"WHERE sha256 IN ({','.join('?' * len(chunk))})", chunk).fetchall()
                self._link([row[:5] for row in rows])
                self.groups.add((row[0], row[5]) for row in rows)

    def _group_all(self, batch: int) -> None:
        live = [sha for (sha,) in self.conn.execute("SELECT sha256 FROM extractions WHERE live = 1")]
        for start in range(0, len(live), batch):
            chunk = live[start:start + batch]
            self.groups.add(self.conn.execute(f"SELECT sha256, signature FROM extractions "
                                              f"WHERE sha256 IN ({','.join('?' * len(chunk))})", chunk).fetchall())

    def stories(self) -> dict[str, str]:
        """document id -> story (its group's first document) of every live document that has copies."""
        return self.groups.stories()

    def _link(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        """Index the entities, claims and deals of documents by unit, and mark them live."""
        refs, edges, deals, backers = [], [], [], []
        for sha, published, doc_id, head, claims in rows:
            order = (published, doc_id, sha)
            data = json.loads(claims)
            refs += [(e["id"], *order, i, json.dumps(e, ensure_ascii=False))
                     for i, e in enumerate(json.loads(head)["entities"])]
            edges += [(relation_key(c["type"], *edge_ends(c["type"], c["source"], c["target"])), *order, i,
                       json.dumps(c, ensure_ascii=False)) for i, c in enumerate(data["claims"])]
            deals += [(d["target"], *order, i, json.dumps(d, ensure_ascii=False)) for i, d in enumerate(data["deals"])]
            backers += [(investor, d["target"], sha) for d in data["deals"] for investor in d["investors"]]
        self.conn.executemany("INSERT OR REPLACE INTO entity_refs VALUES (?, ?, ?, ?, ?, ?)", refs)
        self.conn.executemany("INSERT OR REPLACE INTO edge_claims VALUES (?, ?, ?, ?, ?, ?)", edges)
        self.conn.executemany("INSERT OR REPLACE INTO deal_claims VALUES (?, ?, ?, ?, ?, ?)", deals)
        self.conn.executemany("INSERT OR IGNORE INTO deal_backers VALUES (?, ?, ?)", backers)
        self.conn.executemany("UPDATE extractions SET live = 1 WHERE sha256 = ?", [(row[0],) for row in rows])

    def _unlink(self, sha: str) -> None:
        for table in ("entity_refs", "edge_claims", "deal_claims", "deal_backers"):
            self.conn.execute(f"DELETE FROM {table} WHERE sha = ?", (sha,))
        self.conn.execute("UPDATE extractions SET live = 0 WHERE sha256 = ?", (sha,))

    def live(self) -> dict[str, str]:
        """sha256 -> document id of every live document."""
        return dict(self.conn.execute("SELECT sha256, doc_id FROM extractions WHERE live = 1"))

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM extractions WHERE live = 1").fetchone()[0]

    def units_of(self, shas: Iterable[str]) -> set[str]:
        """The units the given documents contribute to (live or not, while their extraction is kept)."""
        keys: set[str] = set()
        for sha in shas:
            row = self.conn.execute("SELECT doc_id, head, claims FROM extractions WHERE sha256 = ?",
                                    (sha,)).fetchone()
            if row is not None:
                keys |= unit_keys(*row)
        return keys

    def collect_garbage(self) -> None:
        """Forget extractions no file gives any more, once a graph without them is published."""
        with self.conn:
            self.conn.execute("DELETE FROM extractions WHERE live = 0")

    # -- reads for the merge (loaders.merging), in merge order --------------------------
    def entity_refs(self, entity: str) -> list[tuple[tuple, dict]]:
        return [((p, d, s, i), json.loads(data)) for p, d, s, i, data in self.conn.execute(
            f"SELECT {_ORDER}, data FROM entity_refs WHERE entity = ? ORDER BY {_ORDER}", (entity,))]

    def edge_claims(self, edge: str) -> list[dict]:
        return [json.loads(data) for (data,) in self.conn.execute(
            f"SELECT data FROM edge_claims WHERE edge = ? ORDER BY {_ORDER}", (edge,))]

    def deal_claims(self, target: str) -> list[dict]:
        return [json.loads(data) for (data,) in self.conn.execute(
            f"SELECT data FROM deal_claims WHERE target = ? ORDER BY {_ORDER}", (target,))]

    def deal_targets_backed_by(self, investor: str) -> set[str]:
        return {t for (t,) in self.conn.execute("SELECT DISTINCT target FROM deal_backers WHERE investor = ?",
                                                (investor,))}

    def grouped(self, table: str) -> Iterator[tuple[str, list[tuple[tuple, str]]]]:
        """(unit key, [(merge order, JSON)]) for every key of entity_refs, edge_claims or deal_claims,
        in key order: one ordered scan of the primary key."""
        key = {"entity_refs": "entity", "edge_claims": "edge", "deal_claims": "target"}[table]
        current, rows = None, []
        for name, p, d, s, i, data in self.conn.execute(f"SELECT {key}, {_ORDER}, data FROM {table} "
                                                        f"ORDER BY {key}, {_ORDER}"):
            if name != current:
                if rows:
                    yield current, rows
                current, rows = name, []
            rows.append(((p, d, s, i), data))
        if rows:
            yield current, rows

    def documents(self, shas: Iterable[str] | None = None) -> Iterator[tuple[str, str, str, str]]:
        """(document id, published, head, mentions) of the given live documents (all when None)."""
        if shas is None:
            yield from self.conn.execute("SELECT doc_id, published, head, mentions FROM extractions WHERE live = 1")
            return
        for sha in shas:
            row = self.conn.execute("SELECT doc_id, published, head, mentions FROM extractions "
                                    "WHERE sha256 = ? AND live = 1", (sha,)).fetchone()
            if row is not None:
                yield row

    def published_of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        out = {}
        for doc_id in doc_ids:
            row = self.conn.execute("SELECT published FROM extractions WHERE doc_id = ? AND live = 1",
                                    (doc_id,)).fetchone()
            if row is not None:
                out[doc_id] = row[0]
        return out

    def all_published(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT doc_id, published FROM extractions WHERE live = 1"))

    def close(self) -> None:
        self.conn.close()
