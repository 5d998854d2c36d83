"""The three code folders are the architecture: loaders -> graph -> queries, no import going back."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# A package may import itself and the packages listed here, nothing downstream.
ALLOWED = {"graph": {"graph"}, "loaders": {"graph", "loaders"}, "queries": {"graph", "loaders", "queries"}}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(ALLOWED)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_no_import_goes_back(package):
    bad = {str(p.relative_to(REPO)): sorted(_imports(p) - ALLOWED[package])
           for p in (REPO / package).rglob("*.py")}
    assert {k: v for k, v in bad.items() if v} == {}
