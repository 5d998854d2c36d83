"""The domain model rejects values outside the schema with a message naming the value."""

import pytest

from graph import schema
from graph.errors import InvalidValue
from graph.model import Claim, DealClaim, Entity, entity_id, fold, name_key, slug, validated


@pytest.mark.parametrize("model, values, message", [
    (DealClaim, {"investors": ["company:a"], "target": "company:b", "stake": 1.5, "doc": "d", "evidence": "s"},
     "stake 1.5 is outside 0..1"),
    (DealClaim, {"investors": ["company:a"], "target": "company:b", "amount": -3.0, "doc": "d", "evidence": "s"},
     "amount -3.0 is negative"),
    (Claim, {"type": "CLIENT_OF", "source": "a", "target": "b", "status": "paused", "doc": "d", "evidence": "s"},
     "status 'paused' is not one of active, reconsidering, reducing, ended for CLIENT_OF"),
    (Claim, {"type": "FOUNDED", "source": "a", "target": "b", "status": "former", "doc": "d", "evidence": "s"},
     "status 'former' is not defined for FOUNDED"),
    (Claim, {"type": "LIKES", "source": "a", "target": "b", "doc": "d", "evidence": "s"},
     "relationship type 'LIKES' cannot be claimed directly"),
    (Claim, {"type": "WORKS_AT", "source": "a", "target": "b", "certainty": "sure", "doc": "d", "evidence": "s"},
     "certainty 'sure' is not one of confirmed, reported, rumored"),
    (Claim, {"type": "CLIENT_OF", "source": "a", "target": "b", "spend_usd": -1.0, "doc": "d", "evidence": "s"},
     "spend_usd -1.0 is negative"),
    (Entity, {"id": "company:x", "label": "Company", "name": "  "}, "name '' is empty"),
])
def test_invalid_values_are_named(model, values, message):
    with pytest.raises(InvalidValue) as err:
        validated(model, **values)
    assert str(err.value) == f"{model.__name__}: {message}"


def test_valid_claim_keeps_its_values():
    claim = validated(Claim, type="WORKS_AT", source="person:a", target="company:b", status="incoming",
                      role="CEO", doc="document:1", evidence="A se unirá a B.")
    assert (claim.status, claim.role, claim.certainty) == ("incoming", "CEO", "confirmed")


def test_every_status_table_names_a_schema_type_or_label():
    assert set(schema.STATUSES) <= set(schema.REL_TYPES) | set(schema.NODE_LABELS)


@pytest.mark.parametrize("text, expected", [
    ("Alexándr  WANG", "alexandr wang"), ("Ñandú", "nandu"), ("Müller", "muller"),
])
def test_fold_ignores_case_and_accents(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("el gobierno de los EE. UU.", "gobierno de los ee uu"), ("The U.S. Government", "us government"),
])
def test_name_key_drops_articles_and_dots(text, expected):
    assert name_key(text) == expected


def test_ids_are_stable_slugs():
    assert entity_id("Company", "Scale AI") == "company:scale-ai"
    assert slug("Añil & Co.") == "anil-co"
