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


QUESTIONS = [["stats"], ["show", "Scale AI"], ["path", "Google", "Meta"], ["timeline", "OpenAI"], ["conflicts"],
             ["contradictions"]]


@pytest.mark.parametrize("command", QUESTIONS, ids=lambda c: c[0])
def test_no_question_command_imports_loaders_or_loads_the_graph(seed_db, command):
    """A question is answered from the question index: the command imports no loader, and neither
    networkx (the in-memory graph) nor the store's engine."""
    import subprocess
    import sys
    script = ("import sys\n"
              "from queries.cli import app\n"
              f"app({[*command, '--db', str(seed_db), '--format', 'json']!r}, standalone_mode=False)\n"
              "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'loaders', 'networkx', 'ladybug', 'pandas'})\n"
              "print('imported:', heavy, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr.strip().splitlines()[-1] == "imported: []"
