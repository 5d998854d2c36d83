"""Building a graph directory: documents -> cached extractions -> graph JSON and embedded store.

The claim store (`claims.sqlite`) keeps one extraction per document, keyed by
content hash, so a document loaded twice changes nothing and only new or
changed documents are extracted again. The graph files are rebuilt from all
stored extractions and each is swapped in with one rename.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from graph.errors import StoreError
from graph.memgraph import KnowledgeGraph
from graph.store import write_store
from loaders.entities import DEFAULT_REGISTRY, load_registry
from loaders.pipeline import Extraction, extract, merge
from loaders.read import read_paths
from loaders.types import RawDocument, Warning_

# Cached extractions are keyed by the extractor's own source and the registry,
# so a change to either makes them again.
EXTRACTOR_SOURCES = Path(__file__).resolve().parent
GRAPH_JSON = "graph.json"
CLAIMS_DB = "claims.sqlite"


def default_db() -> Path:
    return Path(os.environ.get("AIKG_DB") or ".aikg")


@dataclass
class BuildSummary:
    documents: int = 0  # documents in the graph after the build
    read: int = 0
    extracted: int = 0
    unchanged: int = 0
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return len(self.warnings)


@contextmanager
def build_lock(db_dir: Path, wait: bool = False) -> Iterator[None]:
    """One build at a time per graph directory; a second one is told so instead of corrupting it."""
    db_dir.mkdir(parents=True, exist_ok=True)
    with open(db_dir / "build.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as err:
            raise StoreError(f"another build is running on {db_dir}; wait for it to finish") from err
        yield


class ClaimStore:
    """Extractions by document hash, in SQLite: every write is one transaction."""

    def __init__(self, path: Path, version: str):
        self.version = version
        self.conn = sqlite3.connect(str(path))
        self.conn.execute("CREATE TABLE IF NOT EXISTS extraction (sha256 TEXT PRIMARY KEY, path TEXT, "
                          "version TEXT, data TEXT)")

    def get(self, sha: str) -> tuple[str, Extraction] | None:
        row = self.conn.execute("SELECT path, version, data FROM extraction WHERE sha256 = ?", (sha,)).fetchone()
        if row is None or row[1] != self.version:
            return None
        return row[0], Extraction.from_dict(json.loads(row[2]))

    def put(self, path: str, extraction: Extraction) -> None:
        with self.conn:
            # A changed file replaces its earlier version.
            self.conn.execute("DELETE FROM extraction WHERE path = ? AND sha256 != ?",
                              (path, extraction.document.sha256))
            self.conn.execute("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?)",
                              (extraction.document.sha256, path, self.version, json.dumps(extraction.to_dict())))

    def all(self) -> list[Extraction]:
        rows = self.conn.execute("SELECT data FROM extraction WHERE version = ? ORDER BY sha256", (self.version,))
        return [Extraction.from_dict(json.loads(data)) for (data,) in rows]

    def close(self) -> None:
        self.conn.close()


def _version(registry_path: Path) -> str:
    digest = hashlib.sha256()
    for source in sorted(EXTRACTOR_SOURCES.glob("*.py")):
        digest.update(source.read_bytes())
    try:
        digest.update(registry_path.read_bytes())
    except OSError:
        pass
    return digest.hexdigest()[:16]


def build(paths: list[str | Path], db_dir: str | Path | None = None,
          progress: Callable[[str], None] | None = None, registry: str | Path | None = None) -> BuildSummary:
    """Read, extract what is new, and rebuild the graph files of `db_dir`."""
    db_dir = Path(db_dir or default_db())
    registry_path = Path(registry or os.environ.get("AIKG_REGISTRY") or DEFAULT_REGISTRY)
    entities = load_registry(registry_path)
    summary = BuildSummary()
    with build_lock(db_dir):
        store = ClaimStore(db_dir / CLAIMS_DB, _version(registry_path))
        try:
            seen: dict[str, str] = {}
            for item in read_paths(paths):
                if isinstance(item, Warning_):
                    summary.warnings.append(str(item))
                    continue
                _ingest(item, store, entities, seen, summary)
                if progress:
                    progress(item.path)
            extractions = store.all()
        finally:
            store.close()
        kg = merge(extractions)
        summary.documents = len(extractions)
        write_graph_json(kg, db_dir)
        write_store(kg, db_dir)
        summary.counts = kg.counts()
    return summary


def _ingest(doc: RawDocument, store: ClaimStore, entities, seen: dict[str, str], summary: BuildSummary) -> None:
    summary.read += 1
    if doc.sha256 in seen:
        summary.duplicates += 1
        summary.warnings.append(f"{doc.path}: same article as {seen[doc.sha256]}, loaded once")
        return
    seen[doc.sha256] = doc.path
    if store.get(doc.sha256) is not None:
        summary.unchanged += 1
        return
    store.put(doc.path, extract(doc, entities))
    summary.extracted += 1


def write_graph_json(kg: KnowledgeGraph, db_dir: Path) -> None:
    tmp = db_dir / f"{GRAPH_JSON}.tmp-{os.getpid()}"
    kg.write_json(tmp)
    os.replace(tmp, db_dir / GRAPH_JSON)


def load_graph(db_dir: str | Path | None = None) -> KnowledgeGraph:
    """The in-memory graph of a built directory."""
    db_dir = Path(db_dir or default_db())
    path = db_dir / GRAPH_JSON
    if not path.exists():
        raise StoreError(f"no graph at {db_dir}; run `aikg build PATH --db {db_dir}` first")
    return KnowledgeGraph.read_json(path)
