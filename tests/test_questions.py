"""The named questions answer EXPECTED.md's queries on the seeds, each with its evidence."""

import pytest

from loaders.build import load_graph
from queries import analysis, paths
from queries.paths import describe


@pytest.fixture(scope="module")
def kg(seed_db):
    return load_graph(seed_db)


def test_path_google_meta_through_the_investment_and_through_wang(kg):
    result = paths.connections(kg, "Google", "Meta")
    readings = [[describe(h) for h in p.hops] for p in result.paths]
    assert readings[0] == ["Google CLIENT_OF Scale AI (status: reconsidering, spend_usd: US$200M)",
                           "Meta invested US$14.3B for 49% in Scale AI"]
    assert [p.nodes for p in result.paths][:2] == [["Google", "Scale AI", "Meta"],
                                                   ["Google", "Scale AI", "Alexandr Wang", "Meta"]]
    via_wang = result.paths[1].hops
    assert [(h.type, h.forward) for h in via_wang] == [("CLIENT_OF", True), ("WORKS_AT", False), ("WORKS_AT", True)]
    for path in result.paths:
        for hop in path.hops:
            assert hop.evidence and all(e.sentence and e.source.startswith("document:") for e in hop.evidence)


def test_path_respects_max_hops(kg):
    assert len(paths.connections(kg, "Google", "Meta", max_hops=2).paths) == 1
    assert paths.connections(kg, "Google", "Meta", max_hops=1).paths == []


def test_conflicts_name_the_three_rival_clients_through_stake_and_wang(kg):
    findings = analysis.conflicts(kg)
    by_way = {(f.client, f.via) for f in findings if f.vendor == "Scale AI" and f.investor == "Meta"}
    for client in ("Google", "Microsoft", "OpenAI"):
        assert {(client, "stake"), (client, "person")} <= by_way
    wang = next(f for f in findings if f.client == "Google" and f.via == "person")
    assert wang.person == "Alexandr Wang"
    sentences = " ".join(e.sentence for e in wang.evidence)
    assert "Alexandr Wang" in sentences and "Google" in sentences
    stake = next(f for f in findings if f.client == "Microsoft" and f.via == "stake")
    assert stake.stake == pytest.approx(0.49)
    assert any("49%" in e.sentence for e in stake.evidence)
    # Rival AI builders rank above the government client.
    order = [f.client for f in findings]
    assert order.index("Google") < order.index("US Government")


def test_contradictions_openai_ended_against_active(kg):
    [found] = [c for c in analysis.contradictions(kg) if c.source == "OpenAI"]
    assert (found.type, found.target, found.field) == ("CLIENT_OF", "Scale AI", "status")
    values = {(s.value, s.evidence.certainty) for s in found.sides}
    assert ("active", "confirmed") in values and ("ended", "reported") in values
    active = next(s for s in found.sides if s.value == "active")
    assert "según Scale" in active.evidence.sentence


def test_progress_over_time_is_not_a_contradiction(kg):
    # Wang: "se unirá" (000, undated) then "incorporación" (003): incoming -> current is progress.
    assert not [c for c in analysis.contradictions(kg) if c.source == "Alexandr Wang"]


def test_profile_groups_relationships(kg):
    p = analysis.profile(kg, "scale")
    assert p.name == "Scale AI" and "Scale" in p.aliases
    clients = {r.other: r.status for r in p.relationships["CLIENT_OF"]}
    assert clients == {"Google": "reconsidering", "Microsoft": "reducing", "OpenAI": "ended",
                       "US Government": "active"}
    assert {r.other for r in p.relationships["INVESTED"]} == {"Meta"}
    assert len(p.documents) == 2


def test_timeline_oldest_first(kg):
    events = analysis.timeline(kg, "OpenAI")
    assert events and all(a.date <= b.date for a, b in zip(events, events[1:]))
    assert events[-1].summary == "OpenAI CLIENT_OF Scale AI (ended)"


ENTITIES = ["company:scale-ai", "company:meta", "company:google", "company:openai", "company:us-government",
            "person:alexandr-wang", "person:jason-droege"]


@pytest.mark.parametrize("node_id", ENTITIES)
def test_profile_from_store_equals_in_memory(seed_db, kg, node_id):
    from queries import store_questions
    assert store_questions.profile(seed_db, node_id) == analysis.profile(kg, node_id)


@pytest.mark.parametrize("a, b", [("company:google", "company:meta"), ("company:openai", "person:jason-droege"),
                                  ("company:us-government", "person:alexandr-wang")])
def test_connections_from_store_equal_in_memory(seed_db, kg, a, b):
    from queries import store_questions
    in_memory = sorted({tuple(kg.resolve(n) for n in p.nodes) for p in paths.connections(kg, a, b).paths},
                       key=lambda p: (len(p), p))
    assert store_questions.connection_paths(seed_db, a, b) == [list(p) for p in in_memory]
