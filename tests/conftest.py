"""Shared fixtures: the seed and demo graphs are built once and queried read-only;
tests that write get a fresh directory of their own.

Neo4j: `neo4j_server` is one real Neo4j 5.26 for the whole session, launched
from tests/neo4j_server/ (Java and Maven); `neo4j_demo` holds the demo graph
pushed by aikg, for read-only tests; `neo4j_empty` is an empty database for a
test that writes. All three give a LiveNeo4j (config(), env(), run(), ...).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DEMO = REPO / "data" / "demo"
DEV_ARTICLES = REPO / "data" / "dev" / "articles"
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


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory) -> Path:
    """The dev set's 243 articles, built once: read-only, and a cache of extractions for tests that build."""
    from loaders.build import build
    db = tmp_path_factory.mktemp("dev-db")
    build([DEV_ARTICLES], db)
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
    live_server_line(terminalreporter)
    lines = skip_groups(terminalreporter.stats.get("skipped", []))
    if lines:
        terminalreporter.section("skipped groups", sep="-")
        for line in lines:
            terminalreporter.write_line(line)


# -- Neo4j ----------------------------------------------------------------------
class LiveNeo4j:
    """The session's Neo4j test server, as the tests use it.

    `run()` goes through a driver of its own, not through aikg, so a test can
    check what aikg wrote with an independent reader. `holds` names what the
    database holds ("demo", or None when a writing test may have changed it).
    """

    def __init__(self, server):
        import neo4j

        self.server = server
        self.uri, self.username = server.uri, server.username
        self.password, self.database = server.password, server.database
        self.holds: str | None = None
        self.users = 0  # made by the neo4j_user fixture
        self.driver = neo4j.GraphDatabase.driver(self.uri, auth=(self.username, self.password))
        [component] = self.run("CALL dbms.components() YIELD versions, edition "
                               "RETURN versions[0] + ' ' + edition AS v")
        self.version = component["v"]

    def config(self, **changes):
        """A graph.neo4j_store.Neo4jConfig for this server; keyword arguments replace fields."""
        from graph.neo4j_store import Neo4jConfig
        fields = {"uri": self.uri, "username": self.username, "password": self.password,
                  "database": self.database, **changes}
        return Neo4jConfig(**fields)

    def env(self, **changes: str) -> dict:
        """The environment for an `aikg` subprocess pointed at this server."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.pop("AIKG_DB", None)
        env.update(NEO4J_URI=self.uri, NEO4J_USERNAME=self.username,
                   NEO4J_PASSWORD=self.password, NEO4J_DATABASE=self.database)
        env.update(changes)
        return env

    def run(self, cypher: str, database: str | None = None, **params) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher, params, database_=database or self.database)
        return [record.data() for record in records]

    def summary(self, cypher: str, **params):
        """The result summary (counters, notifications) of one statement."""
        return self.driver.execute_query(cypher, params, database_=self.database).summary

    def wipe(self) -> None:
        """An empty database: no nodes, relationships, constraints or indexes of anybody's."""
        self.holds = None
        self.run("MATCH (n) DETACH DELETE n")
        for row in self.run("SHOW CONSTRAINTS YIELD name"):
            self.run(f"DROP CONSTRAINT `{row['name']}`")
        for row in self.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'"):
            self.run(f"DROP INDEX `{row['name']}`")


_LIVE_SERVER: list[LiveNeo4j] = []  # the running server, for the closing summary


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """One real Neo4j for the session; skipped without Java 17+ and Maven (failed under CI)."""
    launcher = _neo4j_launcher()
    reason = launcher.missing_tools()
    require_tool(reason is None, f"no Neo4j test server: {reason}")
    try:
        server = launcher.start(tmp_path_factory.mktemp("neo4j-server"))
    except launcher.LauncherError as err:
        require_tool(False, f"the Neo4j test server did not start: {err}")
    try:
        live = LiveNeo4j(server)
    except BaseException:
        server.stop()
        raise
    _LIVE_SERVER.append(live)
    try:
        yield live
    finally:
        live.driver.close()
        server.stop()


def live_server_line(terminalreporter) -> None:
    """One line saying how the tests that used the live Neo4j server did (CI's log shows it)."""
    outcomes = {"passed": 0, "failed": 0, "error": 0, "skipped": 0}
    for outcome in outcomes:
        for report in terminalreporter.stats.get(outcome, []):
            if "neo4j_server" in getattr(report, "aikg_fixtures", ()):
                outcomes[outcome] += 1
    if not any(outcomes.values()):
        return
    where = (f"{_LIVE_SERVER[0].uri} (Neo4j {_LIVE_SERVER[0].version})" if _LIVE_SERVER
             else "no server")
    terminalreporter.write_line(
        f"Neo4j live tests against {where}: {outcomes['passed']} passed, "
        f"{outcomes['failed'] + outcomes['error']} failed, {outcomes['skipped']} skipped")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    outcome.get_result().aikg_fixtures = tuple(getattr(item, "fixturenames", ()))


def _neo4j_launcher():
    try:
        from neo4j_server import launcher
    except ImportError:  # pragma: no cover - run from the repository root
        from tests.neo4j_server import launcher
    return launcher


@pytest.fixture
def neo4j_user(neo4j_server) -> tuple[str, str]:
    """A new user of its own (name, password): a test may lock it out with wrong passwords."""
    neo4j_server.users += 1
    name, password = f"analyst{neo4j_server.users}", f"analyst-password-{neo4j_server.users}"
    neo4j_server.run("CREATE USER $name SET PASSWORD $password CHANGE NOT REQUIRED",
                     database="system", name=name, password=password)
    return name, password


@pytest.fixture
def neo4j_empty(neo4j_server) -> LiveNeo4j:
    """The server with an empty database, for a test that writes."""
    neo4j_server.wipe()
    return neo4j_server


@pytest.fixture
def neo4j_demo(neo4j_server, demo_db) -> LiveNeo4j:
    """The server holding the demo graph as `aikg push` writes it; read it, do not change it."""
    if neo4j_server.holds != "demo":
        from graph.neo4j_store import push
        from graph.directory import load_graph
        neo4j_server.wipe()
        push(load_graph(demo_db), neo4j_server.config())
        neo4j_server.holds = "demo"
    return neo4j_server
