"""The library of named Cypher queries in queries/*.cypher.

Each file starts with comment lines: `// name: ...`, a summary, and
`// params: a, b`. A file `NAME.neo4j.cypher` beside one holds the Neo4j
variant where the dialects differ; otherwise the same text runs on both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import QueryError

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    params: tuple[str, ...]
    cypher: str
    neo4j_cypher: str
    path: Path


def parse_query(text: str, path: Path) -> NamedQuery:
    """Header comments and body of one .cypher file."""
    header = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        header.append(line[2:].strip())
    name = next((h.split(":", 1)[1].strip() for h in header if h.startswith("name:")), path.stem)
    params_line = next((h.split(":", 1)[1] for h in header if h.startswith("params:")), "")
    params = tuple(p.strip() for p in params_line.split(",") if p.strip())
    summary = " ".join(h for h in header if not re.match(r"(name|params):", h)).strip()
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
    if not summary or not body:
        raise QueryError(f"{path}: a named query needs a summary comment and a statement")
    return NamedQuery(name, summary, params, body, body, path)


def named_queries(folder: Path = HERE) -> list[NamedQuery]:
    out = []
    for path in sorted(folder.glob("*.cypher")):
        if path.name.endswith(".neo4j.cypher"):
            continue
        query = parse_query(path.read_text(encoding="utf-8"), path)
        variant = path.with_name(f"{path.stem}.neo4j.cypher")
        if variant.exists():
            neo = parse_query(variant.read_text(encoding="utf-8"), variant)
            query = NamedQuery(query.name, query.summary, query.params, query.cypher, neo.cypher, path)
        out.append(query)
    return out


def get(name: str) -> NamedQuery:
    queries = {q.name: q for q in named_queries()}
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `aikg query --list` shows them: {', '.join(sorted(queries))}")
    return queries[name]
