"""`python -m graph.store_apply`: a build's row changes applied to a generation's database
(graph.store.apply_changes sends them pickled on stdin), committed, and left in the write-ahead
log: the process ends without closing the database, which would checkpoint it (see apply_changes).
It leaves on its own when the build that started it dies."""

from __future__ import annotations

import os
import pickle
import sys
import threading
import time


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def main() -> None:
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    path, changes, fold = pickle.loads(sys.stdin.buffer.read())
    from graph.directory import checkpoint
    from graph.store_changes import change_in_place
    try:
        db = change_in_place(path, changes, fold, checkpoint)
    except Exception as err:  # noqa: BLE001 - reported by the build in one line
        print(str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__, flush=True)
        os._exit(1)
    if fold:
        db.close()
    sys.stdout.flush()
    os._exit(0)  # not db.close(): the commit is in the log, and closing would checkpoint it


if __name__ == "__main__":
    main()
