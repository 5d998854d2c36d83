"""Every named query of queries/*.cypher runs on the graph built from the demo corpus.

The demo articles state these facts; each query must return the rows that carry them.
"""

import pytest

from graph.store import run_query
from queries import library

# name -> (parameters, rows that must be among the results, columns compared)
EXPECTED = {
    "acquisitions": ({}, {("Adobe", "Figma", "cancelled")}, ("buyer", "target", "status")),
    "clients_of": ({"vendor": "Scale AI"}, {("Google", "active"), ("Microsoft", "active"), ("OpenAI", "active"),
                                            ("US Government", "active")}, ("client", "status")),
    "exposed_clients": ({"min_stake": 0.2}, {("Google", "Scale AI", "Meta"), ("OpenAI", "Scale AI", "Meta")},
                        ("client", "vendor", "investor")),
    "founders_of": ({"company": "Anthropic"}, {("Dario Amodei",)}, ("founder",)),
    "investments_by": ({"investor": "Microsoft"}, {("OpenAI",), ("Mistral AI",)}, ("company",)),
    "investors_of": ({"company": "OpenAI"}, {("Microsoft",), ("SoftBank",)}, ("investor",)),
    "large_stakes": ({"min_stake": 0.2}, {("Meta", "Scale AI", 0.49)}, ("investor", "company", "stake")),
    "mentioned_by_source": ({"source": "aikg demo corpus"}, {("company:meta", "Meta")}, ("id", "name")),
    "node_counts": ({}, {("Document", 14)}, ("label", "nodes")),
    "partners_and_rivals": ({"company": "OpenAI"}, {("Apple",)}, ("other",)),
    "people_at": ({"company": "Microsoft"}, {("Satya Nadella", "CEO", "current")}, ("person", "role", "status")),
    "people_moved": ({"from_company": "Inflection AI", "to_company": "Microsoft"}, {("Mustafa Suleyman",)},
                     ("person",)),
    "rivals_sharing_vendor": ({}, {("Scale AI", "Google", "Microsoft")}, ("vendor", "client_a", "client_b")),
    "unconfirmed": ({}, set(), ("source", "target")),
}


def test_every_named_query_is_covered():
    assert {q.name for q in library.named_queries()} == set(EXPECTED)


def test_each_query_documents_itself():
    for query in library.named_queries():
        assert query.summary and query.cypher.lstrip().upper().startswith("MATCH")
        for param in query.params:
            assert f"${param}" in query.cypher, (query.name, param)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_rows(demo_db, name):
    params, must, columns = EXPECTED[name]
    names, rows = run_query(demo_db, library.get(name).cypher, params)
    assert set(columns) <= set(names)
    got = {tuple(dict(zip(names, row))[c] for c in columns) for row in rows}
    assert must <= got, must - got
    if name == "unconfirmed":
        # Every row it returns really rests on hedged claims.
        certainty = names.index("certainty")
        assert all(row[certainty] in ("reported", "rumored") for row in rows)


def test_unconfirmed_on_the_seeds_lists_the_hedged_clients(seed_db):
    names, rows = run_query(seed_db, library.get("unconfirmed").cypher, {})
    got = {(row[0], row[1], row[2]) for row in rows}
    assert {("Google", "Scale AI", "reported"), ("Microsoft", "Scale AI", "reported")} <= got
