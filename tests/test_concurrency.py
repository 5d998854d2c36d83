"""Issue 7, item 3: two builds at once on one --db, and queries during a build.

The second build exits with one clear line instead of corrupting the graph; a
query during a build sees the old graph or the new one, never half of one.
Builds pause at a named stage (AIKG_TEST_PAUSE_AT) until the test creates the
file AIKG_TEST_RESUME names, so the overlap is certain, not a matter of timing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from graph.store import run_query
from queries import api
from tests.cli_run import add_news, aikg, copy_db, env_with, node_count, first_graph, start, stats, wait_for_line

NEW_ARTICLES = 60


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A corpus, the graph of its first two articles, and the counts before and after the rest."""
    root = tmp_path_factory.mktemp("concurrency")
    corpus, old_db = first_graph(root)
    add_news(corpus, NEW_ARTICLES)
    new_db = root / "new-db"
    aikg("build", corpus, "--db", new_db, check=True)
    return {"corpus": corpus, "old_db": old_db, "old": (node_count(old_db), stats(old_db)),
            "new": (node_count(new_db), stats(new_db))}


def _paused(world, db: Path, stage: str, resume: Path):
    proc = start("build", world["corpus"], "--db", db,
                 env=env_with(AIKG_TEST_PAUSE_AT=stage, AIKG_TEST_RESUME=str(resume)))
    wait_for_line(proc, f"aikg-test: paused at {stage}")
    return proc


def test_second_build_exits_with_one_clear_line(world, tmp_path):
    db = copy_db(world["old_db"], tmp_path / "db")
    resume = tmp_path / "resume"
    first = _paused(world, db, "extracting", resume)
    try:
        second = aikg("build", world["corpus"], "--db", db)
    finally:
        resume.touch()
        first.wait(timeout=600)
    assert second.returncode == 1
    assert second.stderr == f"error: another build is running on {db}; wait for it to finish and run again\n"
    assert first.returncode == 0, first.stderr.read()
    assert (node_count(db), stats(db)) == world["new"]


def test_query_during_a_build_sees_the_old_graph_then_the_new(world, tmp_path):
    db = copy_db(world["old_db"], tmp_path / "db")
    resume = tmp_path / "resume"
    proc = _paused(world, db, "written", resume)  # the new generation is complete, not yet current
    try:
        assert (node_count(db), stats(db)) == world["old"]
    finally:
        resume.touch()
        proc.wait(timeout=600)
    assert proc.returncode == 0
    assert (node_count(db), stats(db)) == world["new"]


def test_queries_racing_a_build_never_see_half_a_graph(world, tmp_path):
    db = copy_db(world["old_db"], tmp_path / "db")
    allowed_nodes = {world["old"][0], world["new"][0]}
    allowed_stats = [world["old"][1], world["new"][1]]
    seen: list = []
    errors: list = []
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                seen.append(("store", run_query(db, "MATCH (n) RETURN count(n)")[1][0][0]))
                seen.append(("index", dict(api.stats(db).rows)))
            except Exception as err:  # noqa: BLE001 - recorded, then asserted empty
                errors.append(repr(err))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        result = aikg("build", world["corpus"], "--db", db)
    finally:
        done.set()
        for thread in threads:
            thread.join()
    assert result.returncode == 0, result.stderr
    assert errors == []
    assert {value for kind, value in seen if kind == "store"} <= allowed_nodes
    assert all(value in allowed_stats for kind, value in seen if kind == "index")
    assert len(seen) > 2
