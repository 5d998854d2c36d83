"""Issue 7, item 2: `aikg build` killed with SIGKILL at different moments.

After each kill the previous graph is intact and queryable (the same counts
through Cypher and through graph.json), and a re-run ends with exactly the
counts of a clean build. The build stops at a named stage when
AIKG_TEST_PAUSE_AT says so (loaders.publish.checkpoint), so most kills land
at a known moment; two more land after a delay, wherever the build is.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from tests.cli_run import add_news, aikg, copy_db, env_with, node_count, first_graph, start, stats, wait_for_line

NEW_ARTICLES = 80


@dataclass
class States:
    corpus: Path
    old_db: Path
    old: tuple[int, dict]
    clean: tuple[int, dict]


def _counts(db: Path) -> tuple[int, dict]:
    return node_count(db), stats(db)


@pytest.fixture(scope="module")
def states(tmp_path_factory) -> States:
    root = tmp_path_factory.mktemp("crash")
    corpus, old_db = first_graph(root)
    add_news(corpus, NEW_ARTICLES)
    clean_db = root / "clean-db"
    aikg("build", corpus, "--db", clean_db, check=True)
    states = States(corpus, old_db, _counts(old_db), _counts(clean_db))
    assert states.old != states.clean
    return states


def _kill(proc) -> None:
    """SIGKILL the build; its extraction workers must leave on their own, not linger as orphans."""
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    _, alive = psutil.wait_procs(children, timeout=30)
    assert alive == [], alive


def _check_after_kill(db: Path, states: States, expected: tuple[int, dict]) -> None:
    assert _counts(db) == expected
    rerun = aikg("build", states.corpus, "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(db) == states.clean
    leftovers = [p.name for p in db.iterdir() if ".tmp-" in p.name]
    generations = sorted(p.name for p in db.iterdir() if p.name.startswith("gen-"))
    assert leftovers == [] and len(generations) <= 2, (leftovers, generations)


# Stages before the `current` link is renamed leave the old graph; after it, the new one.
@pytest.mark.parametrize("stage,published", [("locked", False), ("extracting", False), ("merged", False),
                                             ("store", False), ("written", False), ("swapped", True)])
def test_killed_at_a_stage(states, tmp_path, stage, published):
    db = copy_db(states.old_db, tmp_path / "db")
    proc = start("build", states.corpus, "--db", db, env=env_with(AIKG_TEST_PAUSE_AT=stage))
    try:
        wait_for_line(proc, f"aikg-test: paused at {stage}")
    finally:
        _kill(proc)
    _check_after_kill(db, states, states.clean if published else states.old)


@pytest.mark.parametrize("delay,workers", [(1.0, "1"), (2.5, "2")])
def test_killed_after_a_delay(states, tmp_path, delay, workers):
    db = copy_db(states.old_db, tmp_path / "db")
    proc = start("build", states.corpus, "--db", db, env=env_with(AIKG_WORKERS=workers, AIKG_POOL_AFTER="0"))
    time.sleep(delay)
    finished = proc.poll() is not None
    _kill(proc) if not finished else proc.wait()
    assert _counts(db) in (states.old, states.clean)
    _check_after_kill(db, states, _counts(db))


def test_killed_twice_in_a_row_then_finished(states, tmp_path):
    db = copy_db(states.old_db, tmp_path / "db")
    for stage in ("extracting", "store"):
        proc = start("build", states.corpus, "--db", db, env=env_with(AIKG_TEST_PAUSE_AT=stage))
        try:
            wait_for_line(proc, f"aikg-test: paused at {stage}")
        finally:
            _kill(proc)
        assert _counts(db) == states.old
    _check_after_kill(db, states, states.old)


def test_a_damaged_graph_file_is_rebuilt(states, tmp_path):
    db = copy_db(states.old_db, tmp_path / "db")
    target = (db / "graph.lbdb").resolve()
    os.chmod(target, 0o644)
    target.write_bytes(b"not a database" * 1000)
    broken = aikg("query", "MATCH (n) RETURN count(n)", "--db", db)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
    aikg("build", states.corpus, "--db", db, check=True)
    assert _counts(db) == states.clean
