"""Relationships in words (graph/wording.py): exact sentences for every type and status."""

from __future__ import annotations

import pytest

from graph.wording import deal_sentence, money, names, percent, relation_sentence


@pytest.mark.parametrize("value, text", [(14.3e9, "US$14.3B"), (2.5e8, "US$250M"), (9e5, "US$900,000"),
                                         (None, None), (0, None)])
def test_money(value, text):
    assert money(value) == text


def test_percent_and_names():
    assert (percent(0.49), percent(0.075), percent(None)) == ("49%", "7.5%", None)
    assert (names([]), names(["A"]), names(["A", "B"]), names(["A", "B", "C"])) == ("", "A", "A and B", "A, B and C")


@pytest.mark.parametrize("investors, deal, text", [
    (["Meta"], {"amount_usd": 14.3e9, "stake": 0.49, "status": "completed", "certainty": "confirmed"},
     "Meta invested US$14.3B in Scale AI for 49%"),
    (["Microsoft", "Nvidia"], {"amount_usd": 1.3e9}, "Microsoft and Nvidia invested US$1.3B in Scale AI"),
    (["SoftBank"], {"stake": 0.1, "status": "planned", "certainty": "reported"},
     "SoftBank plans to invest in Scale AI for 10% (reported)"),
    (["A", "B"], {"status": "planned"}, "A and B plan to invest in Scale AI"),
    (["Adobe"], {"amount_usd": 2e10, "status": "cancelled"}, "Adobe called off investing US$20B in Scale AI"),
    ([], {"certainty": "rumored"}, "Someone invested in Scale AI (rumored)"),
])
def test_deal_sentence(investors, deal, text):
    assert deal_sentence(investors, "Scale AI", deal) == text


@pytest.mark.parametrize("rel, props, text", [
    ("WORKS_AT", {"status": "current", "role": "CEO"}, "A works at B as CEO"),
    ("WORKS_AT", {"status": "former", "role": "CEO"}, "A worked at B as CEO"),
    ("WORKS_AT", {"status": "incoming"}, "A is joining B"),
    ("FOUNDED", {"certainty": "confirmed"}, "A founded B"),
    ("CLIENT_OF", {"status": "active", "spend_usd": 2e8}, "A is a client of B (spend US$200M)"),
    ("CLIENT_OF", {"status": "reconsidering"}, "A is a client of B, reconsidering the contract"),
    ("CLIENT_OF", {"status": "reducing"}, "A is a client of B, reducing its work with it"),
    ("CLIENT_OF", {"status": "ended", "certainty": "reported"}, "A was a client of B (reported)"),
    ("COMPETES_WITH", {}, "A competes with B"),
    ("PARTNERS_WITH", {"certainty": "rumored"}, "A partners with B (rumored)"),
    ("ACQUIRED", {"status": "completed", "amount_usd": 2e10}, "A acquired B for US$20B"),
    ("ACQUIRED", {"status": "planned"}, "A plans to acquire B"),
    ("ACQUIRED", {"status": "cancelled", "amount_usd": 2e10}, "A called off acquiring B for US$20B"),
    ("MENTIONS", {}, "A mentions B"),
])
def test_relation_sentence(rel, props, text):
    assert relation_sentence(rel, "A", "B", props) == text
