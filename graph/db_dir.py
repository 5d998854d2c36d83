"""A graph directory that aikg can write, and the failures of writing one as one line.

`writable_dir` refuses what is not a folder before a build starts; `write_errors` turns what the
file system says while a build writes (a full disk, a read-only file system, a lost permission),
from Python or from SQLite, into one StoreError naming the directory. A failed build keeps the
previous graph: it is swapped out only by the last rename (loaders.publish).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from graph.errors import StoreError
from graph.printable import printable

_KEPT = "the previous graph is kept"


def writable_dir(db_dir: str | Path) -> Path:
    """The graph directory, created if missing; StoreError if it is a file or cannot be made."""
    path = Path(db_dir)
    shown = printable(str(path))
    if path.exists() and not path.is_dir():
        raise StoreError(f"{shown}: is a file, not a graph directory; give --db a folder (it is created if missing)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{shown}: cannot create the graph directory ({err.strerror or err}); give --db a folder "
                         f"you can write") from err
    return path


def reason(err: BaseException) -> str:
    if isinstance(err, OSError):
        return printable(err.strerror or str(err))
    text = str(err).strip()
    return printable(text.splitlines()[0] if text else type(err).__name__)


@contextmanager
def write_errors(db_dir: str | Path) -> Iterator[None]:
    """OSError and SQLite's operational errors while writing `db_dir`, as one StoreError."""
    try:
        yield
    except (OSError, sqlite3.OperationalError) as err:
        raise StoreError(f"{printable(str(db_dir))}: cannot write the graph directory ({reason(err)}); free some "
                         f"space or fix its permissions and build again ({_KEPT})") from err
