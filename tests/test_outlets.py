"""Outlets and agencies are a document's source, never a Company node, when they only report the story."""

import json
from pathlib import Path

import pytest

from loaders.entities import load_registry
from loaders.pipeline import extract
from loaders.read import parse_file, parse_text

DATA = Path(__file__).resolve().parents[1] / "data"
OUTLETS = {e.name for e in load_registry() if e.kind == "media"}


def _entities(paths):
    registry = load_registry()
    return {e.name for path in paths for raw in parse_file(path) for e in extract(raw, registry).entities}


def test_registry_knows_the_outlets_of_datelines():
    assert {"Reuters", "EFE", "Europa Press", "Bloomberg", "Associated Press", "Agence France-Presse"} <= OUTLETS


@pytest.mark.parametrize("folder", ["demo", "dev/articles"])
def test_no_outlet_is_an_entity(folder):
    """Neither the demo graph nor the dev set's graph has an outlet named in a dateline or an
    attribution as an entity (none of them is a party to a deal there)."""
    entities = _entities(sorted((DATA / folder).iterdir()))
    assert not entities & OUTLETS, sorted(entities & OUTLETS)


@pytest.mark.parametrize("text", [
    "Nvidia backs Mistral\n\nPARIS, June 4 (Reuters) - Nvidia invested in Mistral AI, Bloomberg News reported.",
    "Telefónica invierte en Arbitrum Labs\n\nMADRID, 4 jun (EFE).- Según el diario Expansión, Telefónica invirtió "
    "en Arbitrum Labs, informó Europa Press.",
])
def test_attribution_is_no_party(text):
    ex = extract(parse_text(text, "t.txt"), load_registry())
    assert ex.deals and not {e.name for e in ex.entities} & (OUTLETS | {"Expansión"})
