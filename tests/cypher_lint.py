"""Runs tests/neo4j_lint.cjs (Neo4j's own Cypher linter, from package-lock.json) for the tests.

`make test` runs `npm ci` when npm exists. Locally a missing node or
node_modules skips, with the reason; in CI (CI=true) it fails instead, so the
lint can never be silently skipped there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import neo4j_cypher, schema

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "tests" / "neo4j_lint.cjs"
PACKAGE = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"


def missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed (CI installs it; locally: apt-get install nodejs npm)"
    if not PACKAGE.is_dir():
        return "node_modules lacks @neo4j-cypher/language-support (make test runs `npm ci` when npm is installed)"
    return None


def require_linter() -> None:
    reason = missing_reason()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"Cypher linter unavailable in CI: {reason}")
    pytest.skip(f"Cypher linter unavailable: {reason}")


def lint_schema() -> dict:
    """Labels, types and keys aikg writes, plus the endpoint keys of relationship rows
    (map keys the linter would otherwise take for node properties)."""
    keys = [*neo4j_cypher.property_keys(), neo4j_cypher.FROM_ID, neo4j_cypher.TO_ID]
    return {"labels": list(schema.NODE_LABELS),
            "relationshipTypes": list(schema.REL_TYPES),
            "propertyKeys": keys}


def lint(statements: list, versions: tuple[str, ...] = ("CYPHER 5", "CYPHER 25")) -> list[dict]:
    """One result per statement: {"statements": n, "diagnostics": [...]}.

    A statement is a string or {"query": ..., "parameters": {...}}.
    """
    require_linter()
    request = {"statements": statements, "schema": lint_schema(), "versions": list(versions)}
    done = subprocess.run(["node", str(HARNESS)], input=json.dumps(request), cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"linter crashed: {done.stderr[-2000:]}"
    results = json.loads(done.stdout)
    assert len(results) == len(statements)
    return results


def problems(result: dict, severities: tuple[str, ...] = ("error", "warning")) -> list[str]:
    return [f"{d['version']} {d['severity']} line {d['line']} col {d['column']}: {d['message']}"
            for d in result["diagnostics"] if d["severity"] in severities]
