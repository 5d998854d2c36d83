"""Running the real `aikg` command in a subprocess, for the tests that kill it, race it or read its
stderr as an analyst's terminal would."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_SCRIPT = Path(sys.executable).with_name("aikg")
AIKG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "queries.cli"]


def env_with(**extra: str) -> dict:
    env = {**os.environ, **extra}
    env.pop("AIKG_DB", None)
    return env


def aikg(*args, env: dict | None = None, prefix: tuple[str, ...] = (), timeout: float = 900,
         check: bool = False) -> subprocess.CompletedProcess:
    result = subprocess.run([*prefix, *AIKG, *map(str, args)], capture_output=True, text=True,
                            env=env or env_with(), cwd=REPO, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"aikg {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}")
    return result


def start(*args, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([*AIKG, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or env_with(), cwd=REPO)


def wait_for_line(proc: subprocess.Popen, marker: str, timeout: float = 300) -> str:
    """Read the process's stderr until a line contains `marker`; fail if it exits or times out first."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            line = proc.stderr.readline()
            if line == "" and proc.poll() is not None:
                break
            seen.append(line)
            if marker in line:
                return line
        elif proc.poll() is not None:
            break
    raise AssertionError(f"never saw {marker!r}; exit {proc.poll()}; stderr:\n{''.join(seen)}")


def node_count(db: Path) -> int:
    result = aikg("query", "MATCH (n) RETURN count(n) AS n", "--db", db, "--format", "json", check=True)
    return json.loads(result.stdout)[0]["n"]


def stats(db: Path) -> dict[str, int]:
    result = aikg("stats", "--db", db, "--format", "json", check=True)
    return {row["kind"]: row["count"] for row in json.loads(result.stdout)}


def drop_dac() -> tuple[str, ...]:
    """A command prefix under which root gets EACCES like anyone else (no CAP_DAC_OVERRIDE): to make
    a file unreadable or a folder read-only to aikg."""
    if os.geteuid() != 0:
        return ()
    from conftest import require_tool
    setpriv = shutil.which("setpriv")
    require_tool(bool(setpriv), "running as root without setpriv: file permissions cannot apply to aikg")
    return (setpriv, "--bounding-set", "-dac_override,-dac_read_search")


def no_traceback(*results: subprocess.CompletedProcess) -> None:
    for result in results:
        assert "Traceback" not in result.stderr + result.stdout, result.stderr


def copy_db(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


def first_graph(root: Path) -> tuple[Path, Path]:
    """A corpus folder holding two generated articles, and a graph directory built from it."""
    corpus = root / "corpus"
    corpus.mkdir()
    write_articles(corpus, range(100_000, 100_002))
    db = root / "old-db"
    aikg("build", corpus, "--db", db, check=True)
    return corpus, db


def add_news(corpus: Path, count: int) -> None:
    """`count` more generated wire articles, in corpus/news."""
    (corpus / "news").mkdir()
    write_articles(corpus / "news", range(count))


def write_articles(folder: Path, numbers) -> list[Path]:
    """Generated wire articles (tests.bench.corpus), one .txt file each."""
    from tests.bench.corpus import article, as_text, load_names
    names = load_names()
    paths = []
    for i in numbers:
        paths.append(folder / f"{i:06d}.txt")
        paths[-1].write_text(as_text(article(i, names)), encoding="utf-8")
    return paths
