"""Story groups: the live documents that are copies of one story, kept in the claim store.

Each document's MinHash signature is computed once, when it is extracted
(loaders.minhash, stored with the extraction). While a document is live, its
LSH band keys are in `lsh`; two live documents whose keys meet in MIN_BANDS bands and
whose signatures agree at least at the story threshold are `similar`; a story
group is a connected set of similar documents, and every member records the
group's first document in merge order (publication date, document id) as its
`story`. A document with no copy has no story (it is its own).

The groups are a function of the live documents alone: a document that comes
or goes changes the group it joins or leaves and nothing else, so the claim
store keeps them up to date as documents are linked and unlinked
(loaders.claims), and a build publishes the claims of every document whose
story changed again (loaders.publish).

Tables:
- `story_docs`: one row per live document with a signature (a short integer
  for the other tables, its story or NULL);
- `lsh`: band key -> document; `similar`: pairs of documents (a < b);
- `story_meta`: the threshold the pairs were judged with (a build with another
  threshold judges every pair again).
"""

from __future__ import annotations

import sqlite3
from collections import deque
from typing import Iterable

from loaders.minhash import MIN_BANDS, band_keys, similarities

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS story_docs (doc INTEGER PRIMARY KEY, sha TEXT NOT NULL UNIQUE, story TEXT)",
    "CREATE TABLE IF NOT EXISTS lsh (key INTEGER, doc INTEGER, PRIMARY KEY (key, doc)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS similar (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS similar_b ON similar(b)",
    "CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT)",
]
_TABLES = ("story_docs", "lsh", "similar")


class StoryGroups:
    """The story groups of a claim store's live documents; every change runs in the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, threshold: float):
        self.conn = conn
        self.threshold = threshold
        for statement in SCHEMA:
            conn.execute(statement)

    def judged_with_threshold(self) -> bool:
        row = self.conn.execute("SELECT value FROM story_meta WHERE key = 'threshold'").fetchone()
        return row is not None and float(row[0]) == self.threshold

    def reset(self) -> None:
        """Forget every group and record the threshold (the caller then adds every live document)."""
        for table in _TABLES:
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute("INSERT OR REPLACE INTO story_meta VALUES ('threshold', ?)", (repr(self.threshold),))

    def add(self, docs: Iterable[tuple[str, bytes | None]]) -> None:
        """Documents that became live, as (sha256, signature): indexed, compared with their candidates,
        and grouped."""
        added = []
        for sha, sig in docs:
            if sig is None:
                continue  # too short to tell a copy from a like report: a story of its own
            doc = self.conn.execute("INSERT INTO story_docs (sha) VALUES (?)", (sha,)).lastrowid
            keys = band_keys(sig)
            self.conn.executemany("INSERT OR IGNORE INTO lsh VALUES (?, ?)", [(key, doc) for key in keys])
            added.append((doc, sig, keys))
        pairs = []
        for doc, sig, keys in added:
            # Only the documents indexed before this one (a smaller number): a pair within this batch is
            # compared once, when its second document comes. A band's key holds its number, so the keys
            # met are the bands shared.
            rows = [(other, theirs) for other, theirs in self.conn.execute(
                f"SELECT c.doc, e.signature FROM (SELECT doc FROM lsh WHERE key IN ({','.join('?' * len(keys))}) "
                f"AND doc < ? GROUP BY doc HAVING count(*) >= ?) c JOIN story_docs s ON s.doc = c.doc "
                f"JOIN extractions e ON e.sha256 = s.sha", (*keys, doc, MIN_BANDS)) if theirs is not None]
            scores = similarities(sig, [theirs for _, theirs in rows])
            pairs += [(other, doc) for (other, _), score in zip(rows, scores) if score >= self.threshold]
        self.conn.executemany("INSERT OR IGNORE INTO similar VALUES (?, ?)", pairs)
        self._regroup({doc for doc, _, _ in added})

    def remove(self, shas: Iterable[str]) -> None:
        """Documents that stopped being live: out of the index, and the groups they were in split again."""
        touched: set[int] = set()
        for sha in shas:
            row = self.conn.execute("SELECT s.doc, e.signature FROM story_docs s LEFT JOIN extractions e "
                                    "ON e.sha256 = s.sha WHERE s.sha = ?", (sha,)).fetchone()
            if row is None:
                continue
            doc, sig = row
            touched |= self._neighbours(doc)
            self.conn.executemany("DELETE FROM lsh WHERE key = ? AND doc = ?", [(k, doc) for k in band_keys(sig)])
            self.conn.execute("DELETE FROM similar WHERE a = ? OR b = ?", (doc, doc))
            self.conn.execute("DELETE FROM story_docs WHERE doc = ?", (doc,))
            touched.discard(doc)
        self._regroup(touched)

    def _neighbours(self, doc: int) -> set[int]:
        return {other for (other,) in self.conn.execute(
            "SELECT b FROM similar WHERE a = ? UNION SELECT a FROM similar WHERE b = ?", (doc, doc))}

    def _regroup(self, docs: set[int]) -> None:
        """Set the story of every document in the groups of `docs`: the group's first document in
        merge order, or NULL for a document with no copy."""
        done: set[int] = set()
        for start in sorted(docs):
            if start in done:
                continue
            group, queue = {start}, deque([start])
            while queue:
                for other in self._neighbours(queue.popleft()):
                    if other not in group:
                        group.add(other)
                        queue.append(other)
            done |= group
            if len(group) == 1:
                self.conn.execute("UPDATE story_docs SET story = NULL WHERE doc = ?", (start,))
                continue
            members = sorted(group)
            rows = self.conn.execute(
                f"SELECT e.published, e.doc_id FROM story_docs s JOIN extractions e ON e.sha256 = s.sha "
                f"WHERE s.doc IN ({','.join('?' * len(members))})", members).fetchall()
            story = min(rows)[1]
            self.conn.executemany("UPDATE story_docs SET story = ? WHERE doc = ?", [(story, d) for d in members])

    def stories(self) -> dict[str, str]:
        """document id -> its story (the id of the group's first document) of every document that has copies."""
        return dict(self.conn.execute("SELECT e.doc_id, s.story FROM story_docs s JOIN extractions e "
                                      "ON e.sha256 = s.sha WHERE s.story IS NOT NULL"))
