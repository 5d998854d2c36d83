"""Running checked Cypher on the embedded store: the connection settings, one transaction for
several statements, parameters checked, and the engine's errors as one line.

The query guard (graph.query_guard) has already refused what must not run; this module is the
second wall. The database opens read-only unless --write, and every connection first points the
engine's home directory (where extensions are installed and looked up) and its file search path
(how relative file names resolve) at a path that cannot exist, and turns off spilling to disk.
LadybugDB has no setting that turns extension loading or file access off (its connection settings
are threads, timeout, var_length_extend_max_depth, enable_semi_mask, home_directory,
file_search_path, progress_bar, checkpoint_threshold, warning_limit, spill_to_disk and a few
planner switches), so these are the settings there are.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from graph import manual_writes
from graph.cypher_syntax import Script, Statement, first_token, last_token, text_of
from graph.cypher_tokens import PARAM
from graph.errors import QueryError, StoreError

OPEN_LOCK = threading.Lock()
# Under /dev/null nothing can be created, not even by root: no extension is found or installed
# there, and no relative file name resolves.
NOWHERE = "/dev/null/aikg"


def session_settings_sql() -> list[str]:
    return [f"CALL home_directory='{NOWHERE}'", f"CALL file_search_path='{NOWHERE}'", "CALL spill_to_disk=false"]


def check_params(params: dict[str, Any]) -> None:
    """Values the engine cannot bind, refused by name before they reach it."""
    for name, value in params.items():
        if isinstance(value, list):
            if not value:
                raise QueryError(f"parameter {name}: an empty list has no type the embedded store can bind; "
                                 f"leave it out of the query or give at least one item")
            kinds = {"text" if isinstance(v, str) else "list" if isinstance(v, list) else "map"
                     if isinstance(v, dict) else "number or boolean" for v in value if v is not None}
            if len(kinds) > 1:
                raise QueryError(f"parameter {name}: a list's items must be of one kind (all text, all numbers...), "
                                 f"not {' and '.join(sorted(kinds))}")


def statement_texts(script: Script) -> list[str]:
    """Each statement's own text, comments inside it included."""
    return [text_of(script, first_token(s), last_token(s)) for s in script.statements]


def _used_params(script: Script, statement: Statement) -> set[str]:
    """The names of the parameters a statement uses ($name, $`a name`, $1): the engine refuses others."""
    tokens = script.tokens[first_token(statement).index:last_token(statement).index + 1]
    return {re.sub(r"^`|`$", "", t.text[1:]).replace("``", "`") for t in tokens if t.kind == PARAM}


@contextmanager
def connection(database: Path, write: bool = False) -> Iterator[Any]:
    """A connection with the settings above, to the database opened read-only unless `write`."""
    import ladybug
    try:
        # Open the generation the link names now, once: a build can rename `current` meanwhile. The
        # lock: ladybug loads its engine lazily, and two threads opening their first database raced it.
        with OPEN_LOCK:
            db = ladybug.Database(str(database.resolve()), read_only=not write)
    except RuntimeError as err:
        raise StoreError(f"{database}: cannot open the graph database ({first_line(err)}); "
                         f"rebuild it with `aikg build`") from err
    try:
        conn = ladybug.Connection(db)
        for setting in session_settings_sql():
            conn.execute(setting)
        yield conn
    finally:
        db.close()


def execute(database: Path, script: Script, params: dict[str, Any], write: bool) -> tuple[list[str], list[list]]:
    """Columns and rows of the last statement of a checked script."""
    check_params(params)
    with connection(database, write) as conn:
        if not write:
            return _run(conn, script.source, params)
        return _run_in_transaction(conn, database.resolve(), script, params)


def _run(conn, text: str, params: dict[str, Any]) -> tuple[list[str], list[list]]:
    try:
        result = conn.execute(text, params)
        return result.get_column_names(), result.get_all()
    except (RuntimeError, ValueError, TypeError) as err:
        raise QueryError(query_message(err)) from err


def _run_in_transaction(conn, database: Path, script: Script, params: dict[str, Any]) -> tuple[list[str], list[list]]:
    """All statements or none: one transaction, rolled back on the first error."""
    texts = statement_texts(script)
    undo = manual_writes.record(database, texts)
    conn.execute("BEGIN TRANSACTION")
    result: tuple[list[str], list[list]] = ([], [])
    for number, (statement, text) in enumerate(zip(script.statements, texts), 1):
        used = _used_params(script, statement)
        try:
            result = _run(conn, text, {k: v for k, v in params.items() if k in used})
        except QueryError as err:
            _rollback(conn)
            undo()
            where = f"statement {number} of {len(texts)}: " if len(texts) > 1 else ""
            raise QueryError(f"{where}{err}; nothing was committed") from err
    try:
        conn.execute("COMMIT")
    except RuntimeError as err:
        undo()
        raise QueryError(f"{query_message(err)}; nothing was committed") from err
    return result


def _rollback(conn) -> None:
    try:
        conn.execute("ROLLBACK")
    except RuntimeError:
        pass  # the engine already rolled the failed transaction back


def query_message(err: Exception) -> str:
    """LadybugDB's error as one line: a parser error shortened to what is wrong and where (its echo
    of the query and the caret line dropped); any other error with all its lines, which hold the
    useful part ("Expected: (STRING) -> DATE")."""
    text = first_line(err)
    m = re.match(r"Parser exception: (?P<what>.*?)(?: expecting \{.*\})?(?:: expected rule \w+)? "
                 r"\(line: (?P<line>\d+), offset: (?P<offset>\d+)\)", text)
    if m:
        return f"Cypher syntax error: {m['what']} (line {m['line']}, offset {m['offset']})"
    return " ".join(" ".join(line.split()) for line in str(err).splitlines() if line.strip()) or text


def first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
