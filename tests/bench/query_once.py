"""Query latencies in their own process, one JSON line per query as soon as it is measured, so the
benchmark can stop a query that runs too long and keep the others:
`python -m tests.bench.query_once DB`."""

from __future__ import annotations

import json
import statistics
import sys
import time


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    db = sys.argv[1]
    try:
        from queries import api
        calls = {"path": lambda: api.connections("Google", "Meta", db=db),
                 "show": lambda: api.profile("OpenAI", db=db),
                 "conflicts": lambda: api.conflicts(db=db)}
    except (ImportError, AttributeError) as err:
        print(json.dumps({"error": f"not available ({err})"}), flush=True)
        return
    print(json.dumps({"name": "load", "seconds": _timed(lambda: api.graph(db))}), flush=True)
    for name, call in calls.items():
        cold = _timed(call)  # the first call may build what later calls reuse
        # A slow query is timed again once, a very slow one not at all.
        runs = 5 if cold < 5 else 1 if cold < 60 else 0
        warm = statistics.median(_timed(call) for _ in range(runs)) if runs else None
        print(json.dumps({"name": name, "cold": cold, "warm": warm, "runs": runs}), flush=True)


if __name__ == "__main__":
    main()
