"""The Neo4j test server's launcher: what it says when Java or Maven is missing, and that no
Java process outlives the test process that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    from conftest import require_tool
    from neo4j_server import launcher
except ImportError:  # pragma: no cover
    from tests.conftest import require_tool
    from tests.neo4j_server import launcher

TESTS = Path(__file__).resolve().parent


def _fake_tool(folder: Path, name: str, stderr: str = "") -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{stderr}' >&2\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.parametrize("banner, version", [
    ('openjdk version "17.0.15" 2025-04-15', 17),
    ('openjdk version "25" 2025-09-16', 25),
    ('java version "1.8.0_392"', 8),
    ("no version here", None),
])
def test_java_version_reads_the_banner(tmp_path, banner, version):
    _fake_tool(tmp_path, "java", banner)
    assert launcher.java_version(str(tmp_path / "java")) == version


def test_missing_tools_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert launcher.missing_tools().startswith("Java is not installed")
    _fake_tool(tmp_path, "java", 'openjdk version "11.0.2" 2019-01-15')
    assert "is Java 11, and Neo4j 5.26 needs Java 17+" in launcher.missing_tools()
    _fake_tool(tmp_path, "java", 'openjdk version "17.0.15" 2025-04-15')
    assert launcher.missing_tools().startswith("Maven is not installed")
    _fake_tool(tmp_path, "mvn")
    assert launcher.missing_tools() is None


_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from neo4j_server import launcher
server = launcher.start(Path(sys.argv[2]))
print(server.process.pid, server.uri, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by its parent) is gone as far as the tests care.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def test_the_server_stops_when_the_process_that_started_it_is_killed(tmp_path):
    reason = launcher.missing_tools()
    require_tool(reason is None, f"no Neo4j test server: {reason}")
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(TESTS), str(tmp_path / "home")],
                             stdout=subprocess.PIPE, text=True)
    java_pid = None
    try:
        line = child.stdout.readline()
        assert line, "the child did not start a server"
        java_pid = int(line.split()[0])
        assert _alive(java_pid)
        child.send_signal(signal.SIGKILL)  # no cleanup runs: only the closed pipe tells the server
        child.wait()
        deadline = time.monotonic() + 120
        while _alive(java_pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _alive(java_pid), "the Java server outlived the killed test process"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if java_pid is not None and _alive(java_pid):  # never leave it behind, even on failure
            os.kill(java_pid, signal.SIGKILL)
