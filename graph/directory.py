"""The graph directory: where a built graph lives, how a build replaces it, how readers open it.

    DB/
      claims.sqlite        the claim store (loaders.claims): every document's extraction
      current -> gen-000007            the generation readers see, renamed over in one step
      graph.lbdb -> current/graph.lbdb (a fixed link, for tools that open the database by path)
      gen-000007/          graph.lbdb (graph.store), index.sqlite (graph.index), STATE
      gen-000006/          the spare: the generation before, brought up to date by the next build
      build.lock

A generation is complete when its STATE file exists; it names the state of
the claims it holds (the number of the build that made it). A build writes a
generation that is not current, writes its STATE, then renames a new
`current` link over the old one: a reader, or a build killed at any moment,
sees the old generation or the new one, never one of each, never half of one.

A full build writes a new generation in bulk, then copies it to make the
spare. An incremental build takes the spare (state N-1 or N while `current`
holds N), applies to it in place the units the current generation changed
and the units this build changes (graph.rows), and makes it current; the old
current becomes the next spare. Changing a generation in place is safe from
readers because readers hold a shared lock on the generation they read, and
a build takes the spare only with an exclusive lock (and renames it first, so
a reader that resolved the old name a moment ago finds nothing and looks
again). Without a usable spare (the first build after a crash, or after
`query --write` changed the current database) the build copies the current
generation instead.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from graph.errors import StoreError
from graph.index import INDEX_FILE, Index

DB_FILE = "graph.lbdb"
CURRENT = "current"
STATE = "STATE"
WRITTEN = "WRITTEN"  # marks a generation changed by `query --write`: never brought up to date in place
LEGACY_JSON = "graph.json"  # written by aikg before the question index
_GENERATION = re.compile(r"^gen-(\d{6,})$")
_PAUSED: set[str] = set()


def default_db() -> Path:
    return Path(os.environ.get("AIKG_DB") or ".aikg")


def checkpoint(stage: str) -> None:
    """Test hook: with AIKG_TEST_PAUSE_AT=stage the build stops here (once), says so on
    stderr and waits until the file AIKG_TEST_RESUME exists, so a test can kill it or run
    something beside it at a known moment. Stages: locked, extracting, merged, store,
    written, swapped."""
    if os.environ.get("AIKG_TEST_PAUSE_AT") != stage or stage in _PAUSED:
        return
    _PAUSED.add(stage)
    print(f"aikg-test: paused at {stage}", file=sys.stderr, flush=True)
    resume = os.environ.get("AIKG_TEST_RESUME")
    deadline = time.monotonic() + float(os.environ.get("AIKG_TEST_PAUSE_SECONDS", "120"))
    while time.monotonic() < deadline and not (resume and os.path.exists(resume)):
        time.sleep(0.02)


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


@dataclass
class Generation:
    path: Path

    @property
    def number(self) -> int:
        m = _GENERATION.match(self.path.name)
        return int(m.group(1)) if m else 0

    @property
    def store(self) -> Path:
        return self.path / DB_FILE

    @property
    def index(self) -> Path:
        return self.path / INDEX_FILE

    def state(self) -> int | None:
        """The build whose claims this generation holds, None while it is incomplete."""
        try:
            return int((self.path / STATE).read_text().strip())
        except (OSError, ValueError):
            return None

    def mark(self, state: int) -> None:
        """Complete: everything written is on disk, then STATE says so."""
        for name in (DB_FILE, f"{DB_FILE}.wal", INDEX_FILE):
            _fsync(self.path / name)
        tmp = self.path / f"{STATE}.tmp-{os.getpid()}"
        tmp.write_text(f"{state}\n")
        _fsync(tmp)
        os.replace(tmp, self.path / STATE)
        _fsync(self.path)

    def taint(self) -> None:
        """Changed by hand (`query --write`): it stays current until the next build, but never
        becomes a spare or the source of a copy."""
        (self.path / WRITTEN).touch()

    @property
    def tainted(self) -> bool:
        return (self.path / WRITTEN).exists()


# -- readers -----------------------------------------------------------------------------

@contextmanager
def reading(db_dir: str | Path, write: bool = False) -> Iterator[Generation]:
    """The current generation, held with a shared lock while in use (marked as changed by hand with
    `write`)."""
    db_dir = Path(db_dir)
    for _ in range(200):
        target = _current(db_dir)
        if target is None:
            if (db_dir / DB_FILE).exists():  # a directory written by an aikg before generations
                yield Generation(db_dir)
                return
            raise StoreError(f"no graph at {db_dir}; run `aikg build PATH --db {db_dir}` first")
        path = db_dir / target
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue  # a build renamed or removed it a moment ago: look at `current` again
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                time.sleep(0.01)
                continue
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                continue
            generation = Generation(path)
            if write:
                generation.taint()
            yield generation
            return
        finally:
            os.close(fd)  # also releases the lock
    raise StoreError(f"{db_dir}: the graph kept changing while opening it; try again")


@contextmanager
def open_index(db_dir: str | Path) -> Iterator[Index]:
    """The question index of the current generation (graph.index); a StaleCopy warning when
    `query --write` changed the store since it was built (graph.manual_writes)."""
    from graph.manual_writes import warn_if_stale
    with reading(db_dir) as generation:
        warn_if_stale(db_dir)
        index = Index(generation.index)
        try:
            yield index
        finally:
            index.close()


def load_graph(db_dir: str | Path):
    """The whole graph of the current generation in memory (graph.memgraph.KnowledgeGraph)."""
    from graph.store import read_graph
    with reading(db_dir) as generation:
        if not generation.store.exists():
            raise StoreError(f"no graph at {db_dir}; run `aikg build PATH --db {db_dir}` first")
        return read_graph(generation.store)


# -- builders ----------------------------------------------------------------------------

def publish_graph(kg, db_dir: str | Path) -> Generation:
    """An in-memory graph (graph.memgraph.KnowledgeGraph, made in Python) published as the current
    generation of `db_dir`, with its store and question index; builds publish through
    loaders.publish instead."""
    from graph.index import IndexWriter
    from graph.store import StoreLoader, graph_units
    db_dir = Path(db_dir)
    db_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(db_dir, wait=True):
        clean_stale(db_dir)
        now = current(db_dir)
        state = (now.state() or 0) + 1 if now else 1
        generation = new_generation(db_dir)
        loader = StoreLoader(generation.store, generation.path / "staging")
        writer = IndexWriter(generation.index, fresh=True)
        for unit in graph_units(kg):
            loader.add(unit.rows())
            writer.add(unit)
        loader.load()
        writer.finish(state, "", ["*"])
        writer.close()
        generation.mark(state)
        swap(db_dir, generation)
        prune(db_dir, keep=[generation])
    return generation


def current(db_dir: Path) -> Generation | None:
    target = _current(db_dir)
    if target is None or not (db_dir / target).is_dir():
        return None
    return Generation(db_dir / target)


def new_generation(db_dir: Path) -> Generation:
    numbers = [g.number for g in _generations(db_dir)]
    path = db_dir / f"gen-{(max(numbers) + 1 if numbers else 1):06d}"
    path.mkdir()
    return Generation(path)


@contextmanager
def spare(db_dir: Path, usable: set[int], wait: float = 5.0) -> Iterator[tuple[Generation, int] | None]:
    """The newest complete generation other than the current one whose state is in `usable`,
    locked for writing and renamed to the next generation number, with the state it holds; None
    when there is none (or readers hold it longer than `wait` seconds). Its STATE is removed: it
    is incomplete until the build marks it again."""
    now = current(db_dir)
    candidates = [g for g in _generations(db_dir) if now is None or g.path != now.path]
    candidates = [g for g in candidates if g.state() in usable and not g.tainted]
    if not candidates:
        yield None
        return
    chosen = max(candidates, key=lambda g: (g.state(), g.number))
    fd = os.open(chosen.path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield None
                    return
                time.sleep(0.05)
        state = chosen.state()
        numbers = [g.number for g in _generations(db_dir)]
        renamed = Generation(db_dir / f"gen-{max(numbers) + 1:06d}")
        os.rename(chosen.path, renamed.path)
        (renamed.path / STATE).unlink()
        _fsync(db_dir)
        yield renamed, state
    finally:
        os.close(fd)


def copy_generation(source: Generation, target: Generation) -> None:
    """The store and index files of a complete generation, copied (for a spare)."""
    for name in (DB_FILE, f"{DB_FILE}.wal", INDEX_FILE):
        if (source.path / name).exists():
            shutil.copyfile(source.path / name, target.path / name)


def swap(db_dir: Path, generation: Generation) -> None:
    """Make a complete generation current with one rename."""
    _remove(db_dir / f"{DB_FILE}.wal")  # a WAL left by a killed `query --write` on a pre-generation layout
    _link(db_dir / CURRENT, generation.path.name)
    _link(db_dir / DB_FILE, f"{CURRENT}/{DB_FILE}")
    _remove(db_dir / LEGACY_JSON)
    _fsync(db_dir)
    checkpoint("swapped")


def prune(db_dir: Path, keep: list[Generation]) -> None:
    """Remove every generation but `keep`, except those a reader still holds (the next build
    removes them)."""
    kept = {g.path for g in keep}
    for generation in _generations(db_dir):
        if generation.path in kept:
            continue
        fd = os.open(generation.path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue
        finally:
            os.close(fd)
        shutil.rmtree(generation.path, ignore_errors=True)


def clean_stale(db_dir: Path) -> None:
    """What a killed build left behind: temporary files, and generations never completed."""
    now = current(db_dir)
    for child in db_dir.iterdir():
        if ".tmp-" in child.name:
            _remove(child)
    for generation in _generations(db_dir):
        if (now is None or generation.path != now.path) and generation.state() is None:
            shutil.rmtree(generation.path, ignore_errors=True)


def _generations(db_dir: Path) -> list[Generation]:
    out = []
    for child in db_dir.iterdir():
        if _GENERATION.match(child.name) and child.is_dir() and not child.is_symlink():
            out.append(Generation(child))
    return sorted(out, key=lambda g: g.number)


def _current(db_dir: Path) -> str | None:
    try:
        return os.readlink(db_dir / CURRENT)
    except OSError:
        return None


def _link(path: Path, target: str) -> None:
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    _remove(tmp)
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    os.replace(tmp, path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
