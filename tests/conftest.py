"""Shared fixtures: the seed and demo graphs are built once and queried read-only;
tests that write get a fresh directory of their own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DEMO = REPO / "data" / "demo"
DATA = Path(__file__).resolve().parent / "data"


def require_tool(available: bool, reason: str) -> None:
    """Skip when a tool is missing, except in CI, where a missing tool is a failure."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the tool must be installed by .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        require_tool(False, f"seed articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, seeds_dir) -> Path:
    from loaders.build import build
    db = tmp_path_factory.mktemp("seed-db")
    build([seeds_dir], db)
    return db


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    from loaders.build import build
    db = tmp_path_factory.mktemp("demo-db")
    build([DEMO], db)
    return db


@pytest.fixture
def fresh_db(tmp_path) -> Path:
    return tmp_path / "db"


@pytest.fixture
def seed_copy(tmp_path, seeds_dir) -> Path:
    """The seed articles in a folder a test may change."""
    target = tmp_path / "seeds"
    target.mkdir()
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target
