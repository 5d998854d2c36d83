"""The build's last stage: the claim store's live claims published as a new generation.

A full build (the first one, a new extractor or registry version, a damaged
graph) computes every unit (loaders.merging) and streams its rows to a new
store and index (graph.store.StoreLoader, graph.index.IndexWriter), then
copies the result to make the spare generation (graph.directory).

An incremental build compares the live documents with those of the
generation it starts from, recomputes only the units the difference touches
(an entity, a relationship, one company's deals, a document), compares each
unit's rows with the digests the index keeps, and writes the rows that
changed into the spare generation in place: the cost follows what changed,
not the size of the graph. Every unit is a function of the live claims (and
the story groups of their documents: loaders.stories) alone, so the result is
the graph a full build of the same documents gives. A document that joins or
leaves a story group changes the story of the group's other documents: the
units they touch are recomputed too (their sources count the story once).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from graph import directory
from graph.directory import Generation, checkpoint
from graph.errors import StoreError
from graph.index import Index, IndexWriter
from graph.rows import DEALS, DOC, ENTITY, Changes, Unit
from graph.store import StoreLoader
from graph.store_changes import apply_changes
from loaders.claims import ClaimStore
from loaders.merging import Merger, document_unit
from loaders.types import BuildStep

FULL = "*"  # in a generation's changes: it was written whole, so a spare older than it is of no use


@dataclass
class Published:
    counts: dict[str, int]
    mode: str  # full, incremental, unchanged
    seconds: dict[str, float] = field(default_factory=dict)
    rows_written: int = 0


def publish(store: ClaimStore, db_dir: Path, say: Callable[[BuildStep], None]) -> Published:
    """The live claims of `store` as the current generation of `db_dir`; `say` hears a BuildStep as
    each phase (merging, store, index, spare) goes."""
    now = directory.current(db_dir)
    facts = _facts(now, store.version)
    if facts is None:
        return _full(store, db_dir, now, say)
    state, documents, changes, counts, stories = facts
    live = store.live()
    changed = {sha for sha in live if sha not in documents} | {sha for sha in documents if sha not in live}
    now_stories = store.stories()
    moved = {doc for doc in stories.keys() | now_stories.keys() if stories.get(doc) != now_stories.get(doc)}
    changed |= {sha for sha, doc in live.items() if doc in moved}  # their claims' story changed
    if not changed:
        if not _healthy(now):  # nothing to add, but a damaged file is rebuilt
            return _full(store, db_dir, now, say)
        if not now.tainted:
            return Published(counts, "unchanged")
        # changed by `query --write`: the spare, which has no manual writes, becomes current again
    return _incremental(store, db_dir, now, state, changes, store.units_of(changed), say)


def _facts(now: Generation | None, version: str):
    """(state, documents by hash, the units it changed, counts) of a healthy current generation that
    holds claims of this version; None when the next build must be a full one."""
    if now is None or now.state() is None:
        return None
    try:
        index = Index(now.index)
        try:
            meta = dict(index.conn.execute("SELECT key, value FROM meta"))
            if meta.get("version") != version:
                return None
            documents = dict(index.conn.execute("SELECT sha, id FROM nodes WHERE label = 'Document'"))
            changes = {u for (u,) in index.conn.execute("SELECT unit FROM changes")}
            counts = index.counts()
            stories = index.stories()
        finally:
            index.close()
    except (StoreError, OSError, ValueError, sqlite3.Error):
        return None  # a damaged index: rebuilt whole
    return now.state(), documents, changes, counts, stories


def _healthy(generation: Generation) -> bool:
    """Does the generation's database open and answer? (A damaged file is rebuilt, not copied.)"""
    import ladybug
    try:
        db = ladybug.Database(str(generation.store), read_only=True)
        try:
            ladybug.Connection(db).execute("MATCH (n:Company) RETURN count(n)").get_all()
        finally:
            db.close()
    except RuntimeError:
        return False
    return True


def _full(store: ClaimStore, db_dir: Path, now: Generation | None, say) -> Published:
    state = (now.state() or 0) + 1 if now is not None else 1
    clock = time.perf_counter()
    gen = directory.new_generation(db_dir)
    say(BuildStep("merging"))
    loader = StoreLoader(gen.store, gen.path / "staging")
    writer = IndexWriter(gen.index, fresh=True)
    merger = Merger(store)
    try:
        writer.set_stories(merger.stories)
        for done, unit in enumerate(merger.all_units(), 1):
            loader.add(unit.rows())
            writer.add(unit)
            if done % 1024 == 0:
                say(BuildStep("merging", done))
        loader.staged()
        checkpoint("merged")
        merged = time.perf_counter()
        say(BuildStep("store"))
        loader.load(checkpoint)
        stored = time.perf_counter()
        say(BuildStep("index"))
        counts = writer.finish(state, store.version, [FULL])
    except BaseException:
        writer.abort()
        raise
    writer.close()
    indexed = time.perf_counter()
    gen.mark(state)
    checkpoint("written")
    directory.swap(db_dir, gen)
    swapped = time.perf_counter()
    say(BuildStep("spare"))
    spare = directory.new_generation(db_dir)  # the next incremental build changes this copy in place
    directory.copy_generation(gen, spare)
    spare.mark(state)
    directory.prune(db_dir, keep=[gen, spare])
    return Published(counts, "full", {"merge": merged - clock, "store": stored - merged,
                                      "index": indexed - stored, "swap": swapped - indexed,
                                      "spare": time.perf_counter() - swapped, "staging": loader.staging_seconds})


def _incremental(store: ClaimStore, db_dir: Path, now: Generation, state: int, now_changes: set[str],
                 keys: set[str], say) -> Published:
    clock = time.perf_counter()
    merger = Merger(store)
    say(BuildStep("merging", 0, len(keys)))
    aggregate_keys = {k for k in keys if not k.startswith(DOC)}
    units = {unit.key: unit for unit in merger.units(aggregate_keys)}
    checkpoint("merged")
    usable = {state} if FULL in now_changes else {state, state - 1}
    with directory.spare(db_dir, usable) as taken:
        if taken is None and (now.tainted or not _healthy(now)):  # changed by hand, or damaged: not a copy
            return _full(store, db_dir, now, say)                   # of the claims to start from
        if taken is None:
            say(BuildStep("spare"))  # no spare to bring up to date: a copy of the current generation
            gen, base = directory.new_generation(db_dir), state
            directory.copy_generation(now, gen)
        else:
            gen, base = taken
        writer = IndexWriter(gen.index, fresh=False)
        try:
            if base != state:  # the spare misses what the current generation changed as well
                extra = {k for k in now_changes if not k.startswith(DOC)} - set(units)
                units.update((u.key, u) for u in merger.units(extra))
            _follow_renames(merger, writer, units)
            writer.set_stories(merger.stories)
            changes = _diff(store, writer, units)
            merged = time.perf_counter()
            say(BuildStep("store", 0, len(changes)))
            apply_changes(gen.store, changes, checkpoint)
            stored = time.perf_counter()
            say(BuildStep("index"))
            _index(writer, changes)
            counts = writer.finish(state + 1, store.version,
                                   [*units, *(DOC + d for d in changes.removed_docs),
                                    *(u.key for u in changes.documents)])
        except BaseException:
            writer.abort()
            raise
        writer.close()
        indexed = time.perf_counter()
        gen.mark(state + 1)
        checkpoint("written")
        directory.swap(db_dir, gen)
    directory.prune(db_dir, keep=[gen, now])
    return Published(counts, "incremental", {"merge": merged - clock, "store": stored - merged,
                                             "index": indexed - stored, "swap": time.perf_counter() - indexed},
                     len(changes))


def _follow_renames(merger: Merger, writer: IndexWriter, units: dict[str, Unit]) -> None:
    """An entity whose name changed renames the deals it is party to (an Investment's name holds
    its investors' and company's names)."""
    entities = [u for u in units.values() if u.key.startswith(ENTITY)]
    old = writer.names_of(u.key[len(ENTITY):] for u in entities)
    renamed = [u.key[len(ENTITY):] for u in entities
               if u.nodes and old.get(u.key[len(ENTITY):]) not in (None, u.nodes[0].props["name"])]
    more = set()
    for entity in renamed:
        more |= {DEALS + entity, *(DEALS + t for t in merger.store.deal_targets_backed_by(entity))}
    more -= set(units)
    units.update((u.key, u) for u in merger.units(more))


def _diff(store: ClaimStore, writer: IndexWriter, units: dict[str, Unit]) -> Changes:
    """The rows to delete, update and insert to bring the generation behind `writer` to the live claims."""
    changes = Changes(units=list(units.values()))
    old = writer.digests(units)
    new = {row.key: row for unit in units.values() for row in unit.rows()}
    for key, (_, digest) in old.items():
        row = new.get(key)
        if row is None:
            changes.deleted.append(key)
        elif row.digest() != digest:
            changes.updated.append(row)
    changes.inserted.extend(row for key, row in new.items() if key not in old)
    held = writer.documents()
    live = store.live()
    changes.removed_docs.extend(doc_id for sha, doc_id in held.items() if sha not in live)
    added = [sha for sha in live if sha not in held]
    for row in store.documents(added):
        unit = document_unit(*row)
        changes.documents.append(unit)
        changes.inserted.extend(unit.rows())
    return changes


def _index(writer: IndexWriter, changes: Changes) -> None:
    for doc_id in changes.removed_docs:
        writer.remove_document(doc_id)
    for unit in changes.units:
        writer.remove(unit.key)
        writer.add(unit)
    for unit in changes.documents:
        writer.add(unit)
