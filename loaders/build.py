"""Building a graph directory: documents -> cached extractions -> a new generation of the graph.

The claim store (`claims.sqlite`, loaders.claims) keeps one extraction per
document, keyed by content hash, so a document loaded twice changes nothing
and only new or changed documents are extracted again; files whose size and
modification time did not change are not even read. New documents are
extracted in a process pool when there are many (loaders.extract_pool); only
this process writes the store.

A build brings the graph in line with the files under the paths it is given:
a new file adds its documents, a changed file replaces them, and a file that
was read before from under one of those paths and is gone now takes its
documents out of the graph. Files read from other paths stay, so a daily
`aikg build news/today` adds today's articles to what `aikg build news` read.
A path that does not exist removes nothing, and a file that can no longer be
read keeps the documents it gave until it reads again or is deleted.

The live claims are then published (loaders.publish): incrementally when a
spare generation can be brought up to date, in full otherwise.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph import manual_writes
from graph.db_dir import writable_dir, write_errors
from graph.directory import build_lock, checkpoint, clean_stale, default_db
from graph.errors import NothingToRead, StoreError
from graph.printable import printable
from loaders.claims import CLAIMS_DB, ClaimStore, FileEntry, file_stamp, registry_version
from loaders.entities import DEFAULT_REGISTRY, load_registry
from loaders import minhash
from loaders.extract_pool import Extractor, Result
from loaders.publish import publish
from loaders.read import Repaired, display_name, read_file, walk
from loaders.types import BuildStep, RawDocument, Warning_

__all__ = ["BuildStep", "BuildSummary", "build", "default_db"]


@dataclass
class BuildSummary:
    documents: int = 0  # documents in the graph after the build
    read: int = 0  # documents found under the paths this run, duplicates included
    extracted: int = 0
    unchanged: int = 0
    duplicates: int = 0
    removed: int = 0  # files that were read before from under the paths and are gone
    skipped: int = 0  # files, records and duplicates not loaded (each has a warning line)
    repaired: int = 0  # files loaded with invalid bytes replaced (each has a warning line)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    mode: str = ""  # full, incremental or unchanged
    seconds: dict[str, float] = field(default_factory=dict)  # read+extract, merge, store, index, swap

    def warn(self, warning: Warning_) -> None:
        if isinstance(warning, Repaired):
            self.repaired += 1
        else:
            self.skipped += 1
        self.warnings.append(one_line(str(warning)))


def one_line(text: str) -> str:
    """A warning is one line that prints safely, even for a file name with a newline or an escape in it."""
    return printable(text)


def build(paths: list[str | Path], db_dir: str | Path | None = None,
          progress: Callable[[BuildStep], None] | None = None, registry: str | Path | None = None,
          workers: int | None = None, story_threshold: float | None = None) -> BuildSummary:
    """Read, extract what is new, and publish the graph of `db_dir`; `progress`, if given, is called
    with a BuildStep as each phase goes (files are counted before they are read). `story_threshold`
    is the similarity from which two documents are copies of one story (loaders.minhash)."""
    if paths and not any(os.path.lexists(p) for p in paths):
        raise NothingToRead(f"{', '.join(map(str, paths))}: no such file or folder; "
                            f"give the files or folders of articles to build from")
    threshold = minhash.story_threshold(story_threshold)
    db_dir = writable_dir(db_dir or default_db())
    registry_path = Path(registry or os.environ.get("AIKG_REGISTRY") or DEFAULT_REGISTRY)
    entities = load_registry(registry_path)
    say = progress or (lambda _: None)
    summary = BuildSummary()
    clock = time.perf_counter()
    with write_errors(db_dir), build_lock(db_dir):
        clean_stale(db_dir)
        checkpoint("locked")
        store = ClaimStore(db_dir / CLAIMS_DB, registry_version(registry_path), threshold)
        try:
            with Extractor(entities, registry_path, workers) as extractor:
                _ingest_all(paths, store, extractor, summary, say)
            store.refresh()
            summary.documents = store.count()
            summary.seconds["read+extract"] = time.perf_counter() - clock
            replaced = manual_writes.replaced_notice(db_dir)  # the new generation starts without them
            try:
                published = publish(store, db_dir, say)
            except OSError as err:
                raise StoreError(f"{db_dir}: cannot write the graph ({err.strerror or err})") from err
            store.collect_garbage()
        finally:
            store.close()
    if replaced and published.mode != "unchanged":
        summary.warnings.append(one_line(replaced))
    summary.counts = published.counts
    summary.mode = published.mode
    summary.seconds.update(published.seconds)
    return summary


def _counted(paths, say) -> tuple[list, int]:
    """Everything the walk yields, listed first so the reading bar has a total; and the file count."""
    items = []
    for item in walk(paths):
        items.append(item)
        if len(items) % 1000 == 0:
            say(BuildStep("counting", len(items)))
    total = sum(1 for item in items if not isinstance(item, Warning_))
    say(BuildStep("counting", total, total))
    return items, total


def _ingest_all(paths, store: ClaimStore, extractor: Extractor, summary: BuildSummary, say) -> None:
    seen: dict[str, str] = {}  # sha256 -> path of the first copy read
    roots = [display_name(Path(p)) for p in paths if os.path.lexists(p)]
    remembered = store.files_under(roots)
    known = store.known()
    walked: set[str] = set()
    unreadable: list[str] = []  # folders the walk could not list: what they held stays
    items, total = _counted(paths, say)
    files = submitted = finished = 0

    def take(doc: RawDocument) -> None:
        nonlocal submitted
        summary.read += 1
        if doc.sha256 in seen:
            summary.duplicates += 1
            summary.warn(Warning_(doc.path, f"same article as {seen[doc.sha256]}, loaded once"))
            return
        seen[doc.sha256] = doc.path
        if doc.sha256 in known:
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
        known.update(sha for sha, *_ in rows)
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
            unreadable.append(item.path)
            continue
        files += 1
        path = display_name(item)
        walked.add(path)
        stamp = file_stamp(item)
        before = remembered.get(path)
        if store.fresh(before, stamp, known):
            for sha, doc_path in before.docs:
                take(RawDocument(path=doc_path, text="", sha256=sha))
            for warning in before.warnings:
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
        say(BuildStep("reading", files, total, summary.read))
        broken = not docs and any(not isinstance(w, Repaired) for w in warnings)
        if broken and before is not None and before.docs:
            continue  # unreadable now (half written?): it keeps what it gave, and is read again next time
        entries.append(FileEntry(path, stamp, [(d.sha256, d.path) for d in docs], warnings))
        if len(entries) >= 512:
            store.remember_files(entries)
            entries = []
        extractor.poll()
    if submitted > finished:
        say(BuildStep("extracting", finished, submitted, summary.read))
    extractor.finish()
    store.remember_files(entries)
    gone = [p for p in remembered if p not in walked and not _under(p, unreadable)]
    store.forget_files(gone)
    summary.removed = len(gone)


def _under(path: str, folders: list[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip("/") + "/") for f in folders)
