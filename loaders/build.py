"""Building a graph directory: documents -> cached extractions -> graph JSON and embedded store.

The claim store (`claims.sqlite`, loaders.claims) keeps one extraction per
document, keyed by content hash, so a document loaded twice changes nothing
and only new or changed documents are extracted again; files whose size and
modification time did not change are not even read. New documents are
extracted in a process pool when there are many (loaders.extract_pool); only
this process writes the store. The graph is then merged from the stored
extractions, streamed pass by pass (loaders.merging), and published as a new
generation with one rename (loaders.publish).
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from graph import manual_writes
from graph.db_dir import writable_dir, write_errors
from graph.errors import NothingToRead, StoreError
from graph.printable import printable
from graph.memgraph import KnowledgeGraph
from loaders.claims import CLAIMS_DB, ClaimStore, FileEntry, file_stamp, registry_version
from loaders.entities import DEFAULT_REGISTRY, load_registry
from loaders.extract_pool import Extractor, Result
from loaders.merging import merge_passes
from loaders.publish import GRAPH_JSON, checkpoint, clean_stale, publish
from loaders.read import Repaired, display_name, read_file, walk
from loaders.types import RawDocument, Warning_

__all__ = ["BuildStep", "BuildSummary", "build", "build_lock", "default_db", "load_graph", "GRAPH_JSON"]


def default_db() -> Path:
    return Path(os.environ.get("AIKG_DB") or ".aikg")


@dataclass
class BuildSummary:
    documents: int = 0  # documents in the graph after the build
    read: int = 0  # documents found under the paths this run, duplicates included
    extracted: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: int = 0  # files, records and duplicates not loaded (each has a warning line)
    repaired: int = 0  # files loaded with invalid bytes replaced (each has a warning line)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # read+extract, merge, store, json, swap

    def warn(self, warning: Warning_) -> None:
        if isinstance(warning, Repaired):
            self.repaired += 1
        else:
            self.skipped += 1
        self.warnings.append(one_line(str(warning)))


@dataclass(frozen=True)
class BuildStep:
    """How far a build is, for `build(progress=...)`: the phase (counting, reading, extracting,
    merging, store, files), `done` of `total` in its unit (files, documents or merge steps;
    total None while unknown), and the articles read so far."""

    phase: str
    done: int = 0
    total: int | None = None
    articles: int = 0

    def __str__(self) -> str:
        return f"{self.phase} {self.done}" + (f"/{self.total}" if self.total is not None else "")


class _CountedPasses:
    """The merge's three passes over the stored extractions, reporting each document as it goes."""

    def __init__(self, passes, documents: int, report: Callable[[BuildStep], None]):
        self.passes, self.total, self.report, self.done = passes, 3 * documents, report, 0

    def _count(self, items):
        for item in items:
            yield item
            self.done += 1
            if self.done % 256 == 0 or self.done == self.total:
                self.report(BuildStep("merging", self.done, self.total))

    def documents(self):
        return self._count(self.passes.documents())

    def claims(self):
        return self._count(self.passes.claims())

    def mentions(self):
        return self._count(self.passes.mentions())


def one_line(text: str) -> str:
    """A warning is one line that prints safely, even for a file name with a newline or an escape in it."""
    return printable(text)


@contextmanager
def build_lock(db_dir: Path, wait: bool = False) -> Iterator[None]:
    """One build at a time per graph directory; a second one is told so instead of corrupting it.
    The kernel drops the lock when the process dies, so a killed build leaves no stale lock."""
    db_dir.mkdir(parents=True, exist_ok=True)
    with open(db_dir / "build.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as err:
            raise StoreError(f"another build is running on {db_dir}; wait for it to finish and run again") from err
        yield


def build(paths: list[str | Path], db_dir: str | Path | None = None,
          progress: Callable[[BuildStep], None] | None = None, registry: str | Path | None = None,
          workers: int | None = None) -> BuildSummary:
    """Read, extract what is new, and rebuild the graph files of `db_dir`; `progress`, if given,
    is called with a BuildStep as each phase goes (files are counted before they are read)."""
    if paths and not any(os.path.lexists(p) for p in paths):
        raise NothingToRead(f"{', '.join(map(str, paths))}: no such file or folder; "
                            f"give the files or folders of articles to build from")
    db_dir = writable_dir(db_dir or default_db())
    registry_path = Path(registry or os.environ.get("AIKG_REGISTRY") or DEFAULT_REGISTRY)
    entities = load_registry(registry_path)
    say = progress or (lambda _: None)
    summary = BuildSummary()
    clock = time.perf_counter()
    with write_errors(db_dir), build_lock(db_dir):
        clean_stale(db_dir)
        checkpoint("locked")
        store = ClaimStore(db_dir / CLAIMS_DB, registry_version(registry_path))
        try:
            with Extractor(entities, registry_path, workers) as extractor:
                _ingest_all(paths, store, extractor, summary, say)
            summary.seconds["read+extract"] = time.perf_counter() - clock
            documents = store.count()
            say(BuildStep("merging", 0, 3 * documents))
            kg = merge_passes(_CountedPasses(store, documents, say))
            summary.seconds["merge"] = time.perf_counter() - clock - summary.seconds["read+extract"]
        finally:
            store.close()
        checkpoint("merged")
        summary.documents = len(kg.nodes("Document"))
        replaced = manual_writes.replaced_notice(db_dir)  # a new generation starts without them
        try:
            summary.seconds.update(publish(kg, db_dir, lambda phase: say(BuildStep(phase))))
        except OSError as err:
            raise StoreError(f"{db_dir}: cannot write the graph ({err.strerror or err})") from err
        if replaced:
            summary.warnings.append(one_line(replaced))
        summary.counts = kg.counts()
    return summary


def _ingest_all(paths, store: ClaimStore, extractor: Extractor, summary: BuildSummary, say) -> None:
    seen: dict[str, str] = {}  # sha256 -> path of the first copy read

    items = []
    for item in walk(paths):  # files are counted first, so the bar has a total
        items.append(item)
        if len(items) % 1000 == 0:
            say(BuildStep("counting", len(items)))
    total = sum(1 for item in items if not isinstance(item, Warning_))
    say(BuildStep("counting", total, total))
    files = submitted = finished = 0

    def take(doc: RawDocument) -> None:
        nonlocal submitted
        summary.read += 1
        if doc.sha256 in seen:
            summary.duplicates += 1
            summary.warn(Warning_(doc.path, f"same article as {seen[doc.sha256]}, loaded once"))
            return
        seen[doc.sha256] = doc.path
        if store.has(doc.sha256):
            summary.unchanged += 1
        else:
            submitted += 1
            extractor.submit(doc)

    def stored(done: list[Result]) -> None:
        nonlocal finished
        finished += len(done)
        if files == total:  # every file read: what is left is the extraction of the last batches
            say(BuildStep("extracting", finished, submitted, summary.read))
        rows = [(sha, path, *parts) for sha, path, parts, _ in done if parts is not None]
        store.put_many(rows)
        summary.extracted += len(rows)
        for sha, path, parts, error in done:
            if parts is None:
                summary.warn(Warning_(path, f"could not be extracted ({error})"))
        if rows:
            checkpoint("extracting")

    extractor.on_done = stored
    entries: list[FileEntry] = []
    say(BuildStep("reading", 0, total))
    for item in items:
        if isinstance(item, Warning_):
            summary.warn(item)
            continue
        files += 1
        stamp = file_stamp(item)
        cached = store.cached_file(display_name(item), stamp) if stamp else None
        if cached is not None:
            for sha, path in cached.docs:
                take(RawDocument(path=path, text="", sha256=sha))
            for warning in cached.warnings:
                summary.warn(warning)
            say(BuildStep("reading", files, total, summary.read))
            continue
        found = read_file(item)
        warnings = [w for w in found if isinstance(w, Warning_)]
        for warning in warnings:
            summary.warn(warning)
        docs = [d for d in found if not isinstance(d, Warning_)]
        for doc in docs:
            take(doc)
        if stamp:
            entries.append(FileEntry(display_name(item), stamp, [(d.sha256, d.path) for d in docs], warnings))
        if len(entries) >= 512:
            store.remember_files(entries)
            entries = []
        extractor.poll()
        say(BuildStep("reading", files, total, summary.read))
    if submitted > finished:
        say(BuildStep("extracting", finished, submitted, summary.read))
    extractor.finish()
    store.remember_files(entries)


def load_graph(db_dir: str | Path | None = None) -> KnowledgeGraph:
    """The in-memory graph of a built directory."""
    db_dir = Path(db_dir or default_db())
    path = db_dir / GRAPH_JSON
    if not path.exists():
        raise StoreError(f"no graph at {db_dir}; run `aikg build PATH --db {db_dir}` first")
    manual_writes.warn_if_stale(db_dir)
    return KnowledgeGraph.read_json(path)
