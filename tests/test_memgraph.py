"""The in-memory graph merges claims without overwriting, resolves names, and round-trips files."""

from datetime import date

import pytest

from graph.errors import UnknownEntity
from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity


@pytest.fixture
def kg():
    kg = KnowledgeGraph()
    kg.add_entity(Entity(id="company:scale-ai", label="Company", name="Scale AI", kind="vendor"))
    kg.add_entity(Entity(id="company:openai", label="Company", name="OpenAI"))
    kg.add_entity(Entity(id="company:meta", label="Company", name="Meta"))
    kg.add_entity(Entity(id="company:google", label="Company", name="Google", aliases=["Alphabet"]))
    kg.add_entity(Entity(id="person:jose-nunez", label="Person", name="José Núñez"))
    for doc in ("document:a", "document:b"):
        kg.add_document(Document(id=doc, sha256=doc, title=f"title {doc}"))
    return kg


def client(status, doc, when, sentence, order=0):
    return Claim(type="CLIENT_OF", source="company:openai", target="company:scale-ai", status=status,
                 doc=doc, date=when, evidence=sentence, order=order)


def test_disagreeing_claims_are_all_kept_and_latest_wins(kg):
    kg.add_claim(client("ended", "document:b", date(2025, 6, 20), "OpenAI ended it."))
    kg.add_claim(client("active", "document:a", None, "OpenAI stays."))
    [(_, _, edge)] = kg.edges("CLIENT_OF")
    assert [c["status"] for c in edge["claims"]] == ["active", "ended"]
    assert edge["status"] == "ended"
    assert edge["sources"] == ["document:a", "document:b"]
    assert (edge["first_seen"], edge["last_seen"]) == (date(2025, 6, 20), date(2025, 6, 20))


def test_the_same_claim_twice_changes_nothing(kg):
    kg.add_claim(client("active", "document:a", None, "OpenAI stays."))
    kg.add_claim(client("active", "document:a", None, "OpenAI stays."))
    [(_, _, edge)] = kg.edges("CLIENT_OF")
    assert len(edge["claims"]) == 1


def test_symmetric_types_are_stored_once(kg):
    for a, b in (("company:meta", "company:google"), ("company:google", "company:meta")):
        kg.add_claim(Claim(type="COMPETES_WITH", source=a, target=b, doc="document:a", evidence=f"{a} {b}"))
    assert [(u, v) for u, v, _ in kg.edges("COMPETES_WITH")] == [("company:google", "company:meta")]


def test_a_later_mention_without_amount_joins_the_deal(kg):
    first = kg.add_deal(DealClaim(investors=["company:meta"], target="company:scale-ai", amount=14.3e9,
                                  currency="USD", amount_usd=14.3e9, stake=0.49, doc="document:a",
                                  evidence="Meta invirtió US$ 14.3 mil millones."))
    again = kg.add_deal(DealClaim(investors=["company:meta"], target="company:scale-ai", certainty=None,
                                  doc="document:b", evidence="la inversión de Meta en Scale AI"))
    other = kg.add_deal(DealClaim(investors=["company:meta"], target="company:scale-ai", amount=1e9,
                                  currency="USD", amount_usd=1e9, doc="document:b", evidence="otra ronda"))
    assert first == again != other
    deal = kg.node(first)
    assert deal["sources"] == ["document:a", "document:b"]
    assert (deal["amount_usd"], deal["stake"], deal["certainty"]) == (14.3e9, 0.49, "confirmed")
    assert deal["name"] == "Meta -> Scale AI (US$14.3B)"


@pytest.mark.parametrize("name, expected", [
    ("scale ai", "company:scale-ai"), ("SCALE AI", "company:scale-ai"), ("alphabet", "company:google"),
    ("jose nunez", "person:jose-nunez"), ("Núñez", "person:jose-nunez"), ("Scale", "company:scale-ai"),
    ("company:meta", "company:meta"),
])
def test_resolve_by_name_alias_case_and_accents(kg, name, expected):
    assert kg.resolve(name) == expected


def test_unknown_name_lists_the_closest(kg):
    with pytest.raises(UnknownEntity) as err:
        kg.resolve("Scale IA")
    assert str(err.value) == "no entity named 'Scale IA'; closest: Scale AI"


def test_json_file_round_trips(kg, tmp_path):
    kg.add_claim(client("ended", "document:b", date(2025, 6, 20), 'Dice "hola" <b>\\ y \'adiós\'.'))
    kg.add_deal(DealClaim(investors=["company:meta"], target="company:scale-ai", stake=0.49, doc="document:a",
                          evidence="x"))
    path = tmp_path / "g.json"
    kg.write_json(path)
    back = KnowledgeGraph.read_json(path)
    assert back.counts() == kg.counts()
    assert dict(back.g.nodes(data=True)) == dict(kg.g.nodes(data=True))
    assert sorted(back.g.edges(keys=True, data=True), key=str) == sorted(kg.g.edges(keys=True, data=True), key=str)
