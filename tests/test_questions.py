"""The named questions answer EXPECTED.md's queries on the seeds, each with its evidence, from the
question index, and give the answers the old whole-graph code gave (tests/question_oracle.py)."""

import itertools
import json

import pytest

from graph.directory import load_graph, open_index
from queries import analysis, api, paths
from queries.paths import describe
from queries.render import printable_lines, render
from tests import question_oracle as oracle
from tests.conftest import DEMO


def test_path_google_meta_through_the_investment_and_through_wang(seed_db):
    result = api.connections("Google", "Meta", db=seed_db)
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


def test_path_respects_max_hops(seed_db):
    assert len(api.connections("Google", "Meta", max_hops=2, db=seed_db).paths) == 1
    assert api.connections("Google", "Meta", max_hops=1, db=seed_db).paths == []


def test_conflicts_name_the_three_rival_clients_through_stake_and_wang(seed_db):
    findings = api.conflicts(db=seed_db)
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
    assert [f.score for f in findings] == sorted((f.score for f in findings), reverse=True)
    assert len(api.conflicts(db=seed_db, limit=2)) == 2


def test_contradictions_openai_ended_against_active(seed_db):
    [found] = [c for c in api.contradictions(db=seed_db) if c.source == "OpenAI"]
    assert (found.type, found.target, found.field) == ("CLIENT_OF", "Scale AI", "status")
    values = {(s.value, s.evidence.certainty) for s in found.sides}
    assert ("active", "confirmed") in values and ("ended", "reported") in values
    active = next(s for s in found.sides if s.value == "active")
    assert "según Scale" in active.evidence.sentence


def test_progress_over_time_is_not_a_contradiction(seed_db):
    # Wang: "se unirá" (000, undated) then "incorporación" (003): incoming -> current is progress.
    assert not [c for c in api.contradictions(db=seed_db) if c.source == "Alexandr Wang"]


def test_profile_groups_relationships(seed_db):
    p = api.profile("scale", db=seed_db)
    assert p.name == "Scale AI" and "Scale" in p.aliases
    clients = {r.other: r.status for r in p.relationships["CLIENT_OF"]}
    assert clients == {"Google": "reconsidering", "Microsoft": "reducing", "OpenAI": "ended",
                       "US Government": "active"}
    assert {r.other for r in p.relationships["INVESTED"]} == {"Meta"}
    assert len(p.documents) == 2


def test_timeline_oldest_first_then_the_undated(seed_db):
    events = api.timeline("OpenAI", db=seed_db)
    dated = [e for e in events if e.date is not None]
    assert dated and all(a.date <= b.date for a, b in zip(dated, dated[1:]))
    assert events[:len(dated)] == dated and len(events) > len(dated)  # the undated ones last, not dropped
    assert dated[-1].summary == "OpenAI CLIENT_OF Scale AI (ended)"


def test_stats_count_every_label_and_type(seed_db):
    counts = dict(api.stats(db=seed_db).rows)
    assert counts == load_graph(seed_db).counts()


# -- the same answers as the whole graph in memory gave -------------------------------------------

@pytest.fixture(scope="module", params=["seeds", "demo", "dev"])
def built(request, seeds_dir):
    """(graph directory, its graph in memory) of the seeds, the demo corpus and the dev set."""
    if request.param == "seeds":
        db = request.getfixturevalue("seed_db")
    elif request.param == "demo":
        db = request.getfixturevalue("demo_db")
    else:
        db = request.getfixturevalue("dev_db")
    return db, load_graph(db)


def _canonical(result) -> str:
    """JSON with ties in any order: findings, paths, events and the relations of a group sorted."""
    data = result.model_dump(mode="json") if hasattr(result, "model_dump") else [r.model_dump(mode="json")
                                                                               for r in result]
    if isinstance(data, dict) and "relationships" in data:
        for group in data["relationships"].values():
            group.sort(key=lambda r: json.dumps(r, sort_keys=True))
    if isinstance(data, dict) and "paths" in data:
        data["paths"].sort(key=lambda p: (len(p["hops"]), json.dumps(p, sort_keys=True)))
    if isinstance(data, list):
        data.sort(key=lambda r: json.dumps(r, sort_keys=True))
    return json.dumps(data, sort_keys=True)


def test_profiles_and_timelines_equal_the_whole_graph_answers(built):
    db, kg = built
    with open_index(db) as index:
        for node in kg.nodes("Company") + kg.nodes("Person"):
            assert _canonical(analysis.profile(index, node["id"])) == _canonical(oracle.profile(kg, node["id"]))
            assert _canonical(analysis.timeline(index, node["id"])) == _canonical(oracle.timeline(kg, node["id"]))


def test_a_compact_timeline_prints_as_its_events_do(built):
    """The CLI prints a timeline from its tuples (queries.render.timeline_text); the report of the
    typed events (timeline_lines) is the same text, whole and cut."""
    db, kg = built
    with open_index(db) as index:
        for node in kg.nodes("Company") + kg.nodes("Person"):
            compact = analysis.timeline_of(index, node["id"])
            events = compact.events()
            assert render(compact, "table") == render(events, "table", "timeline")
            assert render(compact[:3], "table") == render(events[:3], "table", "timeline")
            assert render(compact, "csv") == render(events, "csv", "timeline")


def test_reports_escape_what_a_terminal_would_read_in_any_line():
    assert printable_lines(["plain", "red\x1b[31m", "two\nlines"]) == "plain\nred\\x1b[31m\ntwo\\nlines\n"
    assert printable_lines(["plain", "text"]) == "plain\ntext\n"


def test_conflicts_and_contradictions_equal_the_whole_graph_answers(built):
    db, kg = built
    with open_index(db) as index:
        found = analysis.conflicts(index, 0.2, None)
        expected = oracle.conflicts(kg, 0.2)
        assert _canonical(found) == _canonical(expected)
        assert [f.score for f in found] == [f.score for f in expected]
        assert _canonical(analysis.contradictions(index)) == _canonical(oracle.contradictions(kg))
        for limit in (0, 1, 3, 10):  # the best few, found without ranking every finding, are the first few
            assert analysis.conflicts(index, 0.2, limit) == found[:limit]


def test_paths_equal_the_whole_graph_answers(built):
    db, kg = built
    entities = sorted(n["id"] for n in kg.nodes("Company") + kg.nodes("Person"))[:30]
    with open_index(db) as index:
        for a, b in itertools.combinations(entities, 2):
            found = paths.connections(index, a, b, 3, limit=10_000)
            expected = oracle.connections(kg, a, b, 3, limit=10_000)
            assert _canonical(found) == _canonical(expected), (a, b)


def test_paths_of_one_length_come_in_name_order(demo_db):
    result = api.connections("Microsoft", "OpenAI", max_hops=3, db=demo_db)
    by_length: dict[int, list] = {}
    for path in result.paths:
        by_length.setdefault(len(path.hops), []).append(path.nodes)
    assert len(result.paths) > 1
    assert all(group == sorted(group) for group in by_length.values())
    assert list(by_length) == sorted(by_length)


def test_unknown_name_lists_the_closest(seed_db):
    from graph.errors import UnknownEntity
    with pytest.raises(UnknownEntity, match=r"^no entity named 'Scael AI'; closest: Scale AI$"):
        api.profile("Scael AI", db=seed_db)


def test_the_demo_answers_need_no_whole_graph(demo_db):
    assert DEMO.is_dir()
    assert api.profile("Meta", db=demo_db).relationships


def test_an_index_of_another_format_is_named_and_the_next_build_writes_it_again(seed_copy, fresh_db):
    import sqlite3
    from graph import directory
    from graph.errors import StoreError
    db = fresh_db
    api.build([seed_copy], db=db)
    before = api.profile("OpenAI", db=db)
    with sqlite3.connect(directory.current(db).index) as conn:  # as an older aikg left it
        conn.execute("DELETE FROM meta WHERE key = 'format'")
    with pytest.raises(StoreError, match="written by another version of aikg; run `aikg build PATH --db"):
        api.profile("OpenAI", db=db)
    api.build([seed_copy], db=db)
    assert api.profile("OpenAI", db=db) == before
