"""Publishing a built graph: a new generation folder, made current with one rename.

`graph.json` and `graph.lbdb` at the top of a graph directory are fixed links
through `current`, which names the newest complete generation
(`gen-000007/`). A build writes the next generation beside it and renames a
new `current` link over the old one, so a reader, or a build killed at any
moment, sees the old pair or the new pair: never one of each, never half of one.
The generation before the current one is kept for readers that resolved the
old link a moment ago; older ones are removed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Callable

from graph.memgraph import KnowledgeGraph
from graph.store import DB_FILE, write_store

GRAPH_JSON = "graph.json"
CURRENT = "current"
_GENERATION = re.compile(r"^gen-(\d{6,})$")
_JSON_CHUNK = 5000  # nodes or links per json.dumps call

_PAUSED: set[str] = set()


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


def publish(kg: KnowledgeGraph, db_dir: Path, phase: Callable[[str], None] | None = None) -> dict[str, float]:
    """Write the graph into a new generation folder and make it current with one rename;
    returns the seconds each step took (store, json, swap). `phase` hears "store" and then
    "files" as each begins."""
    say = phase or (lambda _: None)
    clock = time.perf_counter()
    gen = _new_generation(db_dir)
    say("store")
    write_store(kg, gen, checkpoint=checkpoint)
    stored = time.perf_counter()
    say("files")
    write_graph_json(kg, gen)
    _fsync_dir(gen)
    written = time.perf_counter()
    checkpoint("written")
    _remove_path(db_dir / f"{DB_FILE}.wal")  # a WAL left by a killed `query --write` belongs to the old file
    _link(db_dir / CURRENT, gen.name)
    # Fixed links, made once (and over the files of a directory built by an older aikg).
    _link(db_dir / GRAPH_JSON, f"{CURRENT}/{GRAPH_JSON}")
    _link(db_dir / DB_FILE, f"{CURRENT}/{DB_FILE}")
    _fsync_dir(db_dir)
    checkpoint("swapped")
    _prune(db_dir, keep=gen)
    return {"store": stored - clock, "json": written - stored, "swap": time.perf_counter() - written}


def _generations(db_dir: Path) -> list[tuple[int, Path]]:
    out = []
    for child in db_dir.iterdir():
        m = _GENERATION.match(child.name)
        if m and child.is_dir() and not child.is_symlink():
            out.append((int(m.group(1)), child))
    return sorted(out)


def _current(db_dir: Path) -> str | None:
    try:
        return os.readlink(db_dir / CURRENT)
    except OSError:
        return None


def _new_generation(db_dir: Path) -> Path:
    numbers = [n for n, _ in _generations(db_dir)]
    gen = db_dir / f"gen-{(max(numbers) + 1 if numbers else 1):06d}"
    gen.mkdir()
    return gen


def _prune(db_dir: Path, keep: Path) -> None:
    """Keep the current generation and the one before it: a reader that resolved the old
    link a moment ago may still be opening it."""
    older = [path for _, path in _generations(db_dir) if path != keep and path.name < keep.name]
    for _, path in _generations(db_dir):
        if path != keep and (not older or path != older[-1]):
            shutil.rmtree(path, ignore_errors=True)


def clean_stale(db_dir: Path) -> None:
    """What a killed build left behind: temporary files and generations never made current."""
    current = _current(db_dir)
    for child in db_dir.iterdir():
        if ".tmp-" in child.name:
            _remove_path(child)
    for number, path in _generations(db_dir):
        if current is None or path.name > current:
            shutil.rmtree(path, ignore_errors=True)


def _link(path: Path, target: str) -> None:
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    _remove_path(tmp)
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    os.replace(tmp, path)


def _remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_graph_json(kg: KnowledgeGraph, folder: Path) -> None:
    """networkx's node-link JSON of the graph (what KnowledgeGraph.read_json reads), written in
    chunks with the C encoder: json.dumps with an indent runs the pure-Python encoder and
    builds the whole text in memory, which took minutes and gigabytes for a large corpus."""
    g = kg.g
    tmp = folder / f"{GRAPH_JSON}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(f'{{"directed": true, "multigraph": true, "graph": {_dumps(g.graph)}, "nodes": [')
        _write_items(out, ({**attrs, "id": n} for n, attrs in g.nodes(data=True)))
        out.write('], "links": [')
        _write_items(out, ({**attrs, "source": u, "target": v, "key": k}
                           for u, v, k, attrs in g.edges(keys=True, data=True)))
        out.write("]}\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, folder / GRAPH_JSON)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _write_items(out, items) -> None:
    separator = ""
    while chunk := list(islice(items, _JSON_CHUNK)):
        out.write(separator + _dumps(chunk)[1:-1])
        separator = ", "
