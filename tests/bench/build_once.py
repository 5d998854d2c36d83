"""One build in its own process, so its wall time and memory are measured alone:
`python -m tests.bench.build_once DB PATH...` prints the summary as JSON."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from loaders.build import build


def main() -> None:
    db, *paths = sys.argv[1:]
    summary = asdict(build(paths, db))
    summary["warnings"] = summary["warnings"][:20]
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
