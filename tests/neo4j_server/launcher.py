"""Build and run the Neo4j test server of this folder (pom.xml, NeoTestServer.java).

    reason = missing_tools()          # None, or why Java or Maven cannot be used
    server = start(home_dir)          # builds once, starts, waits for READY
    server.uri, server.username, server.password, server.database
    server.stop()                     # also happens if this process dies

The build runs Maven only when pom.xml or the Java source changed since the
last successful build (or a jar it listed is gone); Maven keeps its downloads in ~/.m2, so later
builds work offline (`-o` is tried first). The server's standard input is a
pipe from this process: when the pipe closes (stop(), or this process exits
or is killed) the server shuts down, so no Java process outlives the tests.
Nothing here imports aikg: the test fixtures and the bench share it.
"""

from __future__ import annotations

import hashlib
import os
import queue
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "target"
CLASSES = TARGET / "classes"
CLASSPATH_FILE = TARGET / "classpath.txt"
MAIN_CLASS = "aikg.testserver.NeoTestServer"
SOURCES = (HERE / "pom.xml", HERE / "src" / "main" / "java" / "aikg" / "testserver" / "NeoTestServer.java")
COMPILED = CLASSES / "aikg" / "testserver" / "NeoTestServer.class"
STAMP = TARGET / "built-from.sha256"  # digest of SOURCES at the last successful build

USERNAME = "neo4j"
PASSWORD = "aikg-test-password"  # stated in README.md; the server exists only for the tests
DATABASE = "neo4j"
JAVA_MIN = 17
START_TIMEOUT = 240.0  # seconds; a cold JVM on a busy 2-core machine takes 15-60
STOP_TIMEOUT = 60.0


class LauncherError(Exception):
    """The server could not be built or started; the message says which command failed."""


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def java_version(java: str) -> int | None:
    """The feature release of `java -version` (17 for "17.0.15"), or None if it says none."""
    try:
        done = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 and match.group(2) else major


def missing_tools() -> str | None:
    """Why the server cannot be built here (no Java 17+, no Maven), or None."""
    java = _java()
    if java is None:
        return "Java is not installed (Neo4j 5.26 needs Java 17+; e.g. apt-get install openjdk-17-jdk-headless)"
    version = java_version(java)
    if version is None or version < JAVA_MIN:
        return f"{java} is Java {version}, and Neo4j 5.26 needs Java {JAVA_MIN}+ (set JAVA_HOME)"
    if shutil.which("mvn") is None:
        return "Maven is not installed (mvn builds the Neo4j test server; e.g. apt-get install maven)"
    return None


def _sources_digest() -> str:
    digest = hashlib.sha256()
    for path in SOURCES:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _built() -> bool:
    """True when the last Maven build was of the current sources and its jars are still there."""
    if not (COMPILED.is_file() and CLASSPATH_FILE.is_file() and STAMP.is_file()):
        return False
    if STAMP.read_text(encoding="utf-8").strip() != _sources_digest():
        return False
    return all(Path(jar).is_file() for jar in _classpath_jars())


def _classpath_jars() -> list[str]:
    text = CLASSPATH_FILE.read_text(encoding="utf-8").strip()
    return [jar for jar in text.split(os.pathsep) if jar]


def build() -> str:
    """Compile the server and resolve its jars if needed; returns the Java classpath."""
    if not _built():
        base = ["mvn", "-B", "-q", "-f", str(HERE / "pom.xml"), "compile"]
        done = subprocess.run([*base[:3], "-o", *base[3:]], capture_output=True, text=True)
        if done.returncode != 0:  # not cached yet: let Maven download what it needs
            done = subprocess.run(base, capture_output=True, text=True)
        if done.returncode == 0 and COMPILED.is_file() and CLASSPATH_FILE.is_file():
            STAMP.write_text(_sources_digest() + "\n", encoding="utf-8")
        if not _built():
            tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            raise LauncherError(f"`{' '.join(base)}` failed (exit {done.returncode}): {tail}")
    return os.pathsep.join([str(CLASSES), *_classpath_jars()])


@dataclass
class Server:
    """A running test server; `stop()` ends it and waits for it."""

    uri: str
    process: subprocess.Popen
    home: Path
    username: str = USERNAME
    password: str = field(default=PASSWORD, repr=False)
    database: str = DATABASE

    @property
    def port(self) -> int:
        return int(self.uri.rsplit(":", 1)[1])

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        _stop(self.process)


def _stop(process: subprocess.Popen) -> None:
    if process.stdin is not None and not process.stdin.closed:
        try:
            process.stdin.close()  # the server's cue to shut down cleanly
        except OSError:
            pass
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def start(home: Path, password: str = PASSWORD, heap: str = "768m", pagecache_mb: int = 256,
          quick_jit: bool = True, timeout: float = START_TIMEOUT) -> Server:
    """Build if needed, start a server with an empty database in `home`, wait until it answers.

    `heap` and `pagecache_mb` are the JVM heap and Neo4j's page cache: small for the tests,
    larger for the benchmark's graph. `quick_jit` compiles with the JVM's first tier only,
    which halves the CPU time of starting (about 16 -> 9 s here) and suits short tests; the
    benchmark turns it off for the fully optimized code a long push deserves.
    """
    classpath = build()
    home.mkdir(parents=True, exist_ok=True)
    log = home / "server.log"
    command = [_java() or "java", f"-Xmx{heap}", f"-Daikg.pagecache.mb={int(pagecache_mb)}",
               "-XX:+UseSerialGC", *(["-XX:TieredStopAtLevel=1"] if quick_jit else []),
               "-cp", classpath, MAIN_CLASS, str(home / "neo4j")]
    with open(log, "wb") as err:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=err, text=True, encoding="utf-8")
    try:
        process.stdin.write(password + "\n")
        process.stdin.flush()
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
        while True:
            line = lines.get(timeout=timeout)
            if line is None:
                raise LauncherError(f"the Neo4j test server exited ({process.wait()}) before it "
                                    f"was ready: {_tail(log)}")
            if line.startswith("READY "):
                return Server(uri=line.split()[1], process=process, home=home, password=password)
    except queue.Empty:
        _stop(process)
        raise LauncherError(f"the Neo4j test server was not ready after {timeout:.0f} s: "
                            f"{_tail(log)}") from None
    except BaseException:
        _stop(process)
        raise


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    return " | ".join(text[-lines:]) or f"(nothing in {path})"
