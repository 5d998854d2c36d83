"""Changes made with `aikg query --write`, remembered in the generation they changed.

A generation of the graph directory (graph.directory) holds the embedded store (graph.lbdb),
which a `--write` query changes, and the question index (graph.index), which the named questions
read and which the write does not change. A write leaves `manual-writes.jsonl` beside the
database it changed (one line per query run), so:

- whatever reads the question index says it is stale and how to rebuild (`stale_notice`);
- the next `aikg build` says the manual writes are replaced (`replaced_notice`): a build makes a
  new generation from the documents' claims, and a generation starts without the marker.

A command that reads the store (query, viz, export, push) needs no notice: the marker is only
about the index.
"""

from __future__ import annotations

import json
import os
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

MARKER = "manual-writes.jsonl"


class StaleCopy(UserWarning):
    """The question index was read after `aikg query --write` changed the store beside it."""


def _generation(db_dir: Path) -> Path:
    """The folder of the generation the directory's `current` link names now (the directory itself
    for a directory built before generations)."""
    from graph.directory import DB_FILE
    return (Path(db_dir) / DB_FILE).resolve().parent


def record(database: Path, statements: list[str]) -> Callable[[], None]:
    """Remember a write about to run on `database`; returns the undo for a write that failed.
    Written before the write commits: a crash in between leaves a notice too many, never one missing."""
    marker = Path(database).parent / MARKER
    size = marker.stat().st_size if marker.exists() else None
    line = json.dumps({"at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                       "statements": statements}, ensure_ascii=False)
    with open(marker, "a", encoding="utf-8") as out:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())

    def undo() -> None:
        if size is None:
            marker.unlink(missing_ok=True)
        else:
            with open(marker, "r+b") as out:
                out.truncate(size)
    return undo


def writes(db_dir: str | Path) -> list[dict]:
    """The manual writes made since the current generation was built, oldest first."""
    marker = _generation(Path(db_dir)) / MARKER
    try:
        lines = marker.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            out.append({"at": "?", "statements": []})  # a line cut short by a crash still counts
    return out


def stale_notice(db_dir: str | Path) -> str | None:
    found = writes(db_dir)
    if not found:
        return None
    return (f"{db_dir}: the store was changed by `aikg query --write` ({_times(found)}, last at {found[-1]['at']}) "
            f"and this command reads the question index, which does not have those changes; rebuild with "
            f"`aikg build PATH... --db {db_dir}` (which replaces them with what the documents say)")


def replaced_notice(db_dir: str | Path) -> str | None:
    found = writes(db_dir)
    if not found:
        return None
    return (f"{db_dir}: the changes made with `aikg query --write` ({_times(found)}, last at {found[-1]['at']}) "
            f"are replaced by this build, which rebuilds the graph from the documents")


def warn_if_stale(db_dir: str | Path) -> None:
    """Called by readers of the question index: a StaleCopy warning, which the CLI prints as one line."""
    notice = stale_notice(db_dir)
    if notice:
        warnings.warn(notice, StaleCopy, stacklevel=3)


def _times(found: list[dict]) -> str:
    return "1 query" if len(found) == 1 else f"{len(found)} queries"
