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


# -- the end of the run: one line per group of skipped tests, with its reason -----------
def skip_groups(reports) -> list[str]:
    """'SKIPPED 62 in test_a.py, test_b.py: reason' per distinct reason, largest group first."""
    groups: dict[str, list[str]] = {}
    for report in reports:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        groups.setdefault(reason.removeprefix("Skipped: "), []).append(report.nodeid.split("::")[0])
    lines = []
    for reason, files in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        names = ", ".join(sorted({Path(f).name for f in files}))
        lines.append(f"SKIPPED {len(files)} in {names}: {reason}")
    return lines


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter):
    # The outermost wrapper: these lines come after pytest's own summaries, just before
    # its closing count, so what did not run and why is the last thing a run shows.
    yield
    lines = skip_groups(terminalreporter.stats.get("skipped", []))
    if lines:
        terminalreporter.section("skipped groups", sep="-")
        for line in lines:
            terminalreporter.write_line(line)
