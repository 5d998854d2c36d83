"""The claim store: every document's extraction, by content hash, in SQLite.

`extractions` holds one row per document: sha256, path, extractor version,
the merge order (publication date, document id) and the extraction as three
JSON parts, one per merge pass (loaders.merging), so a build streams each pass
from SQLite and parses only that pass's part; `files` remembers what each file gave last time (its
size, modification time and inode, its documents and its warnings), so an
unchanged file of a large corpus is not read, decoded and hashed again.
Writes are batched in transactions: a build killed in the middle keeps every
batch it committed and loses nothing else, because a later build extracts
whatever is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from graph.errors import StoreError
from graph.model import Claim, DealClaim, Document, Entity
from loaders.read import Repaired
from loaders.types import Extraction, Warning_

CLAIMS_DB = "claims.sqlite"
# Bump when extraction changes, so cached extractions are made again.
EXTRACTOR_VERSION = "1"
# (sha256, path, published, document id, head, claims, mentions): one stored extraction.
Row = tuple[str, str, str, str, str, str, str]
# A file modified this close to the moment it was remembered may change again within the
# same clock tick; it is read again next time rather than trusted (git's "racy clean" rule).
_RACY_NS = 2_000_000_000


def registry_version(registry_path: Path) -> str:
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    try:
        digest.update(registry_path.read_bytes())
    except OSError:
        pass
    return digest.hexdigest()[:16]


def file_stamp(path: Path) -> tuple[int, int, int, int] | None:
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


def decode(head: str, claims: str, mentions: str) -> Extraction:
    return Extraction.from_dict({**json.loads(head), **json.loads(claims), "mentions": json.loads(mentions)})


@dataclass
class FileEntry:
    path: str
    stamp: tuple[int, int, int, int]
    docs: list[tuple[str, str]]  # (sha256, document path)
    warnings: list[Warning_]


class ClaimStore:
    """Extractions by document hash; files by path."""

    def __init__(self, path: Path, version: str):
        self.version = version
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
        self.conn.execute("CREATE TABLE IF NOT EXISTS extractions (sha256 TEXT PRIMARY KEY, path TEXT, "
                          "version TEXT, published TEXT, doc_id TEXT, head TEXT, claims TEXT, mentions TEXT)")
        self.conn.execute("CREATE INDEX IF NOT EXISTS extractions_path ON extractions(path)")
        # The merge order, so each pass walks an index instead of sorting every row again.
        self.conn.execute("CREATE INDEX IF NOT EXISTS extractions_order ON extractions(version, published, "
                          "doc_id, sha256)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT, version TEXT, "
                          "remembered INTEGER, docs TEXT, warnings TEXT)")
        self.conn.commit()

    def has(self, sha: str) -> bool:
        row = self.conn.execute("SELECT version FROM extractions WHERE sha256 = ?", (sha,)).fetchone()
        return row is not None and row[0] == self.version

    def get(self, sha: str) -> tuple[str, Extraction] | None:
        row = self.conn.execute("SELECT path, version, head, claims, mentions FROM extractions WHERE sha256 = ?",
                                (sha,)).fetchone()
        if row is None or row[1] != self.version:
            return None
        return row[0], decode(*row[2:])

    def put(self, path: str, extraction: Extraction) -> None:
        self.put_many([(extraction.document.sha256, path, *encode(extraction))])

    def put_many(self, rows: list[Row]) -> None:
        """Stored extractions, in one transaction."""
        if not rows:
            return
        with self.conn:
            for sha, path, *parts in rows:
                # A changed file replaces its earlier version.
                self.conn.execute("DELETE FROM extractions WHERE path = ? AND sha256 != ?", (path, sha))
                self.conn.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                  (sha, path, self.version, *parts))

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM extractions WHERE version = ?", (self.version,)).fetchone()[0]

    def extractions(self) -> list[Extraction]:
        return [decode(*row) for row in self._ordered("head, claims, mentions")]

    all = extractions

    # -- the merge passes (loaders.merging.Passes), streamed in merge order ------------
    def _ordered(self, columns: str) -> Iterator[tuple]:
        return self.conn.execute(f"SELECT {columns} FROM extractions WHERE version = ? "
                                 f"ORDER BY version, published, doc_id, sha256", (self.version,))

    def documents(self) -> Iterator[tuple[Document, list[Entity]]]:
        for (head,) in self._ordered("head"):
            data = json.loads(head)
            yield Document(**data["document"]), [Entity(**e) for e in data["entities"]]

    def claims(self) -> Iterator[tuple[list[Claim], list[DealClaim]]]:
        for (part,) in self._ordered("claims"):
            data = json.loads(part)
            yield [Claim(**c) for c in data["claims"]], [DealClaim(**d) for d in data["deals"]]

    def mentions(self) -> Iterator[tuple[str, date | None, dict[str, str]]]:
        for doc_id, published, part in self._ordered("doc_id, published, mentions"):
            yield doc_id, date.fromisoformat(published) if published else None, json.loads(part)

    # -- files ------------------------------------------------------------------------
    def cached_file(self, path: str, stamp: tuple[int, int, int, int]) -> FileEntry | None:
        """What an unchanged file gave last time, if every document of it is still stored."""
        row = self.conn.execute("SELECT stamp, version, remembered, docs, warnings FROM files WHERE path = ?",
                                (path,)).fetchone()
        if row is None or row[1] != self.version or json.loads(row[0]) != list(stamp):
            return None
        if stamp[1] >= row[2] - _RACY_NS:
            return None
        docs = [tuple(d) for d in json.loads(row[3])]
        if not all(self.has(sha) for sha, _ in docs):
            return None  # a build killed before extracting them, or a failed extraction
        warnings = [(Repaired if repaired else Warning_)(where, reason)
                    for where, reason, repaired in json.loads(row[4])]
        return FileEntry(path, stamp, docs, warnings)

    def remember_files(self, entries: list[FileEntry]) -> None:
        if not entries:
            return
        now = time.time_ns()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [(e.path, json.dumps(list(e.stamp)), self.version, now, json.dumps(e.docs),
                  json.dumps([(w.path, w.reason, isinstance(w, Repaired)) for w in e.warnings]))
                 for e in entries])

    def close(self) -> None:
        self.conn.close()
