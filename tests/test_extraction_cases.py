"""The hard cases of extraction, one small example per case and language (tests/data/extraction_cases.json).

Each case names claims that must be extracted (with the properties given), claims that must not,
deals that must not be asserted as done, and words that must not become entities.
"""

import json
from pathlib import Path

import pytest

from loaders.entities import load_registry
from loaders.pipeline import extract
from loaders.read import parse_text
from loaders.sentences import detect_language

# extraction_cases.json: the hard cases of the dev set's conventions; frame_cases.json: one small example per
# frame, kind of unknown name and discourse rule, in both languages.
CASES = [case for name in ("extraction_cases.json", "frame_cases.json")
         for case in json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def claims_of(text, registry):
    ex = extract(parse_text(text, "case.txt"), registry)
    names = {e.id: e.name for e in ex.entities}
    found = {}
    for c in ex.claims:
        found[(c.type, names[c.source], names[c.target])] = c.model_dump(mode="json")
    for d in ex.deals:
        for investor in d.investors:
            found[("INVESTED", names[investor], names[d.target])] = d.model_dump(mode="json")
    return found, {e.name for e in ex.entities}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['case']} [{c['lang']}]" for c in CASES])
def test_case(case, registry):
    assert detect_language(case["text"]) == case["lang"]
    found, entities = claims_of(case["text"], registry)
    for rel, source, target, *props in case.get("expect", []):
        key = (rel, source, target)
        assert key in found, f"missing {key}; found {sorted(found)}"
        for name, value in (props[0] if props else {}).items():
            assert found[key][name] == (pytest.approx(value) if isinstance(value, float) else value), (key, name)
    for rel, source, target in case.get("forbid", []):
        assert (rel, source, target) not in found
    for rel, source, target in case.get("forbid_done", []):
        claim = found.get((rel, source, target))
        assert claim is None or claim["status"] == "cancelled", (rel, source, target, claim)
    for word in case.get("no_entities", []):
        assert word not in entities
