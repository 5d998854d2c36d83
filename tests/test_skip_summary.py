"""The end of a test run: one line per group of skipped tests and its reason (tests/conftest.py)."""

from types import SimpleNamespace

from conftest import skip_groups


def _skipped(nodeid: str, reason: str) -> SimpleNamespace:
    # What pytest's reports hold for a skip: (file, line, "Skipped: reason").
    return SimpleNamespace(nodeid=nodeid, longrepr=(nodeid.split("::")[0], 12, f"Skipped: {reason}"))


def test_skips_are_grouped_by_reason_largest_first():
    seeds = "seed articles not found at /x/shared/seeds"
    reports = [_skipped("tests/test_seeds.py::test_a", seeds), _skipped("tests/test_seeds.py::test_b", seeds),
               _skipped("tests/test_questions.py::test_c", seeds),
               _skipped("tests/test_neo4j_live.py::test_d", "NEO4J_URI is not set")]
    assert skip_groups(reports) == [
        f"SKIPPED 3 in test_questions.py, test_seeds.py: {seeds}",
        "SKIPPED 1 in test_neo4j_live.py: NEO4J_URI is not set",
    ]
    assert skip_groups([]) == []
