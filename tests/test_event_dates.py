"""Claims carry the event's own date from the text, with its precision, apart from the report's date."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from loaders.entities import load_registry
from loaders.pipeline import extract
from loaders.read import parse_file, parse_text
from loaders.event_dates import claim_date
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
    # the report's own date in a dateline gives way to the day the text tells, and its year is no event's
    ("BERLIN, Dec 23, 2024 (dpa) - the companies said on Monday", (date(2024, 12, 23), "day")),
    ("no date is stated here", None),
])
def test_event_date_of_a_clause(text, expected):
    assert find_event_date(text, REF) == expected


_RAISED = "⟦C0⟧ said it had raised ⟦$0⟧ from ⟦C1⟧, as it prepares to enter Europe next year."
_INVESTED = "Con la ronda, ⟦C0⟧ invirtió en ⟦C1⟧ para lanzar su producto el próximo año"
_RETURNED = "⟦P0⟧ returned to ⟦C1⟧ last year in a deal with ⟦C2⟧, the startup ⟦P0⟧ co-founded"
_RESIGNED = "⟦P0⟧, who co-founded ⟦C1⟧ in 2012 with ⟦P2⟧, resigned on Friday"
_FICHO = "⟦C0⟧, que ⟦P1⟧ fundó en 2019, fichó el sábado a ⟦P2⟧"


@pytest.mark.parametrize("text, words, founding, expected", [
    # a prospect told beside a past event does not date it ...
    (_RAISED, "raised ⟦$0⟧ from ⟦C1⟧", False, None),
    (_INVESTED, "invirtió en ⟦C1⟧", False, None),
    # ... but dates a relation it states itself
    ("⟦C0⟧ raised ⟦$0⟧, as it plans to buy ⟦C1⟧ next year", "buy ⟦C1⟧", False, (date(2025, 1, 1), "year")),
    # a founding's date comes from its own clause, not from another party's event beside it
    (_RETURNED, "⟦C2⟧, the startup ⟦P0⟧ co-founded", True, None),
    (_RETURNED, "returned to ⟦C1⟧", False, (date(2023, 1, 1), "year")),
    # a founder's companion shares the founding's year; the resignation has its own day
    (_RESIGNED, "⟦P0⟧, who co-founded ⟦C1⟧ in 2012 with ⟦P2⟧", True, (date(2012, 1, 1), "year")),
    (_FICHO, "⟦C0⟧, que ⟦P1⟧ fundó", True, (date(2019, 1, 1), "year")),
    (_FICHO, "fichó el sábado a ⟦P2⟧", False, (date(2024, 12, 21), "day")),
    # ... nor from an earlier clause of the same stretch, nor from the report's dateline
    ("⟦P0⟧ joined ⟦C1⟧ in 2019 and ran its cloud before leaving in 2023 to start ⟦C2⟧.", "start ⟦C2⟧", True,
     (date(2023, 1, 1), "year")),
    ("BEIJING, Dec 20, 2024 — ⟦P0⟧, the founder of ⟦C1⟧, stepped down", "the founder of ⟦C1⟧", True, None),
    # a stretch naming no party dates the founding after it
    ("In 2015, ⟦P0⟧ co-founded ⟦C1⟧", "⟦P0⟧ co-founded ⟦C1⟧", True, (date(2015, 1, 1), "year")),
])
def test_each_clause_dates_its_own_relation(text, words, founding, expected):
    start = text.index(words)
    assert claim_date(text, start, start + len(words), text, REF, founding, True) == expected


def test_event_date_apart_from_the_report_date():
    text = "Musk recalls the early days\n\nSAN FRANCISCO, Dec 23, 2024 - Elon Musk co-founded OpenAI in 2015, he said."
    ex = extract(parse_text(text, "t.txt"), load_registry())
    [claim] = [c for c in ex.claims if c.type == "FOUNDED"]
    assert (claim.event_date, claim.event_precision) == (date(2015, 1, 1), "year")
    assert claim.date == date(2024, 12, 23)


_FOUNDED_IN = re.compile(r"(?i)\b(?:founded|fundad[oa]s?|established|set up|started|cread[oa]s?|nacid[oa]s?)\s+"
                         r"(?:in|en)\s+((?:19|20)\d{2})\b")


# A day or a year told relative to the report: "on Sunday", "el sábado", "last year", and a month or a day of one
# whose year is left to the report ("on Feb 1", "dimitió en marzo", "el 3 de marzo"; not "in March 2022").
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
_MES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
_RELATIVE = re.compile(r"(?i)\b(?:(?:on|el|last|this|este)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\s+pasado)?\b|\b(?:yesterday|"
                       r"today|ayer|hoy|last year|el año pasado|this year|este año|last month|el mes pasado)\b|"
                       rf"\b(?:on|in)\s+{_MONTH}(?:\s+\d{{1,2}}\b)?(?!\.?,?\s+(?:of\s+)?(?:19|20)\d\d)(?!\.?\s+\d)|"
                       rf"\b(?:el\s+\d{{1,2}}\s+de|en)\s+{_MES}\b(?!\s+(?:de|del)\s+(?:19|20)\d\d)")
_FOUNDING_WORD = re.compile(r"\b(?:co-?)?(?:founded|founding|fundó|fundaron|fundad[oa]s?|cofundó|cofundaron|"
                            r"cofundad[oa]s?|established|set up|started|created|creó|crearon|cread[oa]s?)\b", re.I)


def _told_relatively(claim, founding: bool, published: date | None) -> bool:
    """Whether the claim's date is a day or a year its sentence tells relative to the report, and not after it
    ("resigned on Sunday", "returned to Google last year"): its own clause's, even when the sentence states another
    event's year too. A founding's must be told with the founding ("the startup he co-founded last year"), not with
    another event of the sentence ("returned last year ..., the startup he co-founded")."""
    for stretch in re.split(r"[,;]", claim.evidence):
        if founding and not _FOUNDING_WORD.search(stretch):
            continue
        for m in _RELATIVE.finditer(stretch):
            told = find_event_date(m.group(0), published)
            if told and told[0] == claim.event_date and published and told[0] <= published:
                return True
    return False


def _founding_year_told(sentence: str, company: list[str]) -> bool:
    """Whether the sentence ties a year to the company's founding: "founded X in 2015", "X was founded in 2015",
    "X, la compañía que fundó en 1999"."""
    for name in map(re.escape, company):
        if re.search(rf"{_FOUNDING_WORD.pattern}\s+(?:\S+\s+){{0,3}}?{name}\s+(?:in|en)\s+(?:19|20)\d{{2}}\b|"
                     rf"\b{name}\b[^;.]{{0,40}}?{_FOUNDING_WORD.pattern}\s+(?:in|en)\s+(?:19|20)\d{{2}}\b", sentence, re.I):
            return True
    return False


def _wrong(rel: str, claim, published: date | None, company: list[str]) -> bool | None:
    """Whether a claim whose sentence states a year lacks one of its years (None: nothing to check); `company` the
    names of its target."""
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", claim.evidence)}
    if not years:
        return None
    if claim.event_date is None:
        # A founding told in passing dates that founding only ("X, founded in 2017 by Y, a former Samsung
        # engineer": not the year Y worked at Samsung), so a claim of another kind may have no date ...
        if rel != "FOUNDED" and years <= {int(y) for y in _FOUNDED_IN.findall(claim.evidence)}:
            return None
        # ... and a founding may have none when its sentence does not tie a year to it ("In May 2024 it bought
        # Magnific, the tool created by X": the year of the purchase; "founded Figure in 2022 after starting Archer").
        if rel == "FOUNDED" and not _founding_year_told(claim.evidence, company):
            return None
        return True
    return claim.event_date.year not in years and not _told_relatively(claim, rel == "FOUNDED", published)


def test_every_dev_claim_stating_a_year_has_one_of_its_years():
    """For every claim of the dev set that matches a gold line and whose sentence states a year, the
    claim's event year is a year the sentence states, or a day or year its own clause tells relative to the
    report (only counts and file names are reported: the test split's sentences are not to be read)."""
    from graph.model import name_key
    registry = load_registry()
    gold = {(g["doc"], g["type"], name_key(g["from"]), name_key(g["to"]))
            for g in map(json.loads, (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if g}
    checked, wrong = 0, []
    for path in sorted((DEV / "articles").iterdir()):
        for raw in parse_file(path):
            ex = extract(raw, registry)
            names = {e.id: name_key(e.name) for e in ex.entities}
            spelled = {e.id: [e.name, *e.aliases] for e in ex.entities}
            pairs = [(c.type, c.source, c.target, c) for c in ex.claims] + \
                [("INVESTED", i, d.target, d) for d in ex.deals for i in d.investors]
            for rel, a, b, claim in pairs:
                if (path.name, rel, names[a], names[b]) in gold:
                    verdict = _wrong(rel, claim, raw.published, spelled[b])
                    checked += verdict is not None
                    if verdict:
                        wrong.append(path.name)
    assert checked > 100
    assert not wrong, f"{len(wrong)} of {checked} claims with a stated year lack it: {sorted(set(wrong))}"
