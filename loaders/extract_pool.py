"""Extraction of new documents, in this process for a few, in a pool of processes for many.

Extraction is pure CPU work per document, so a corpus of thousands spreads
over every core; the results come back in submission order, and only the
building process writes them to the claim store. Workers are spawned, not
forked: a fork would copy the build lock's file descriptor (keeping the lock
held by orphans after the build is killed) and the progress bar's thread.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from graph.errors import AikgError
from loaders.claims import encode
from loaders.entities import load_registry
from loaders.minhash import signature
from loaders.pipeline import extract
from loaders.cue_tables import compile_all
from loaders.types import KnownEntity, RawDocument

BATCH = 64  # documents per task: large enough to amortize pickling, small enough to keep progress smooth
INLINE_FIRST = 256  # a build with fewer new documents never pays for starting workers (AIKG_POOL_AFTER)

# sha256, path, the stored parts (loaders.claims.encode, then the text's MinHash signature) or None, the error or None
Result = tuple[str, str, "tuple[str, ...] | None", "str | None"]


def extract_batch(docs: list[RawDocument], entities: list[KnownEntity]) -> list[Result]:
    """Each document's extraction, encoded for the claim store with its text's signature (computed here,
    once per document: loaders.stories groups copies of one story by it); a document that breaks the
    extractor gets its error instead."""
    out: list[Result] = []
    for doc in docs:
        try:
            out.append((doc.sha256, doc.path, (*encode(extract(doc, entities)), signature(doc.text)), None))
        except Exception as err:  # noqa: BLE001 - one odd document must not stop the build
            first = (str(err).strip().splitlines() or [""])[0]
            out.append((doc.sha256, doc.path, None, f"{type(err).__name__}: {first}"))
    return out


_WORKER_ENTITIES: list[KnownEntity] = []


def _init_worker(registry_path: str, parent: int) -> None:
    # `parent` comes from the building process: read here with os.getppid(), after a slow start
    # (imports, the registry), it was already init's pid when the build had been killed in the
    # meantime, and the watcher below then waited for a change that never came.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _WORKER_ENTITIES[:] = load_registry(registry_path)
    compile_all()


def _exit_with_parent(parent: int) -> None:
    """A build killed with SIGKILL cannot stop its workers, and they never see their task pipe
    close (each worker holds both ends of the queue), so each one leaves when it is orphaned.
    The build's pid comes from the build itself: a worker that starts after the build was killed
    is already orphaned, and its getppid() names the reaper, which would never change."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _in_worker(docs: list[RawDocument]) -> list[Result]:
    return extract_batch(docs, _WORKER_ENTITIES)


def default_workers() -> int:
    configured = os.environ.get("AIKG_WORKERS")
    if configured:
        return max(1, int(configured))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Extractor:
    """Collects submitted documents and hands each finished batch to `on_done`, in order."""

    def __init__(self, entities: list[KnownEntity], registry_path: Path, workers: int | None = None):
        self.entities = entities
        self.registry_path = registry_path
        self.workers = workers or default_workers()
        self.on_done: Callable[[list[Result]], None] = lambda results: None
        self.pending: list[RawDocument] = []
        self.inflight: deque[Future] = deque()
        self.pool: ProcessPoolExecutor | None = None
        self.inline = 0

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=exc[0] is None, cancel_futures=True)

    def submit(self, doc: RawDocument) -> None:
        self.pending.append(doc)
        if len(self.pending) >= BATCH:
            self._flush()

    def poll(self) -> None:
        """Store what the workers finished, without waiting."""
        while self.inflight and self.inflight[0].done():
            self._collect()

    def finish(self) -> None:
        self._flush()
        while self.inflight:
            self._collect()

    def _flush(self) -> None:
        docs, self.pending = self.pending, []
        if not docs:
            return
        inline_first = int(os.environ.get("AIKG_POOL_AFTER", INLINE_FIRST))
        if self.workers <= 1 or (self.pool is None and self.inline < inline_first):
            self.inline += len(docs)
            self.on_done(extract_batch(docs, self.entities))
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_worker, initargs=(str(self.registry_path), os.getpid()))
        self.inflight.append(self.pool.submit(_in_worker, docs))
        while len(self.inflight) > 3 * self.workers:
            self._collect()

    def _collect(self) -> None:
        try:
            results = self.inflight.popleft().result()
        except BrokenProcessPool as err:
            raise AikgError("an extraction worker died (out of memory?); what was extracted is kept: run the "
                            "build again, with AIKG_WORKERS=1 to use one process") from err
        self.on_done(results)
