"""Claims carry the event's own date from the text, with its precision, apart from the report's date."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from loaders.entities import load_registry
from loaders.pipeline import extract
from loaders.read import parse_file, parse_text
from loaders.values import find_event_date

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
REF = date(2024, 12, 23)


@pytest.mark.parametrize("text, expected", [
    ("Musk co-founded OpenAI in 2015", (date(2015, 1, 1), "year")),
    ("en 2019 Microsoft invirtió en la compañía", (date(2019, 1, 1), "year")),
    ("the deal closed last month", (date(2024, 11, 1), "month")),
    ("lo compró el año pasado", (date(2023, 1, 1), "year")),
    ("revenue grew in the first quarter", (date(2024, 1, 1), "quarter")),
    ("la operación se cerró en marzo de 2024", (date(2024, 3, 1), "month")),
    ("lo anunció el viernes pasado", (date(2024, 12, 20), "day")),
    ("on June 3, 2023 the companies said", (date(2023, 6, 3), "day")),
    ("no date is stated here", None),
])
def test_event_date_of_a_clause(text, expected):
    assert find_event_date(text, REF) == expected


def test_event_date_apart_from_the_report_date():
    text = "Musk recalls the early days\n\nSAN FRANCISCO, Dec 23, 2024 - Elon Musk co-founded OpenAI in 2015, he said."
    ex = extract(parse_text(text, "t.txt"), load_registry())
    [claim] = [c for c in ex.claims if c.type == "FOUNDED"]
    assert (claim.event_date, claim.event_precision) == (date(2015, 1, 1), "year")
    assert claim.date == date(2024, 12, 23)


_FOUNDED_IN = re.compile(r"(?i)\b(?:founded|fundad[oa]s?|established|set up|started|cread[oa]s?|nacid[oa]s?)\s+"
                         r"(?:in|en)\s+((?:19|20)\d{2})\b")


def test_every_dev_claim_stating_a_year_has_one_of_its_years():
    """For every claim of the dev set that matches a gold line and whose sentence states a year, the
    claim's event year is a year the sentence states (only counts are reported: the test split's
    sentences are not to be read)."""
    from graph.model import name_key
    registry = load_registry()
    gold = {(g["doc"], g["type"], name_key(g["from"]), name_key(g["to"]))
            for g in map(json.loads, (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if g}
    checked, wrong = 0, []
    for path in sorted((DEV / "articles").iterdir()):
        for raw in parse_file(path):
            ex = extract(raw, registry)
            names = {e.id: name_key(e.name) for e in ex.entities}
            pairs = [(c.type, c.source, c.target, c) for c in ex.claims] + \
                [("INVESTED", i, d.target, d) for d in ex.deals for i in d.investors]
            for rel, a, b, claim in pairs:
                if (path.name, rel, names[a], names[b]) not in gold:
                    continue
                years = {int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", claim.evidence)}
                # A founding told in passing dates that founding only ("X, founded in 2017 by Y, a former Samsung
                # engineer": not the year Y worked at Samsung), so a claim of another kind may have no date.
                founding = {int(y) for y in _FOUNDED_IN.findall(claim.evidence)}
                if rel != "FOUNDED" and claim.event_date is None and years <= founding:
                    continue
                if years:
                    checked += 1
                    if claim.event_date is None or claim.event_date.year not in years:
                        wrong.append(path.name)
    assert checked > 100
    assert not wrong, f"{len(wrong)} of {checked} claims with a stated year lack it"
