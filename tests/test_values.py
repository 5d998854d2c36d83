"""Money, percentages and dates in Spanish and English formats."""

from datetime import date

import pytest

from loaders.event_dates import relation_date
from loaders.values import find_date, find_money, find_percents, parse_number, period_of


@pytest.mark.parametrize("text, language, amount, currency", [
    ("invirtió US$ 14.3 mil millones por", "es", 14.3e9, "USD"),
    ("un total de US$ 2.7 mil millones", "es", 2.7e9, "USD"),
    ("recaudó 7.500 millones de dólares", "es", 7.5e9, "USD"),
    ("una ronda de 1.200 millones de euros", "es", 1.2e9, "EUR"),
    ("pagó US$ 350 millones", "es", 3.5e8, "USD"),
    ("unos 2,7 millones de euros", "es", 2.7e6, "EUR"),
    ("levantó 10 millones en una ronda", "es", 1e7, None),  # no currency said: an amount all the same
    ("recibió 3.500 millones de Kaszek", "es", 3.5e9, None),
    ("una ronda de 1,000 millones de pesos", "es", 1e9, None),  # whose peso, the text does not say
    ("captó 40 millones de reales", "es", 4e7, "BRL"),
    ("raised $2.5bn from", "en", 2.5e9, "USD"),
    ("a $40 billion round", "en", 4e10, "USD"),
    ("raised €600 million", "en", 6e8, "EUR"),
    ("for $1,200 million", "en", 1.2e9, "USD"),
    ("£1.5bn deal", "en", 1.5e9, "GBP"),
    ("about $300m", "en", 3e8, "USD"),
    ("levantó 1,000 millones de dólares", "es", 1e9, "USD"),
    ("una ronda de u$s150 millones", "es", 1.5e8, "USD"),
    ("invertirá 1.500 mdd en", "es", 1.5e9, "USD"),
])
def test_money(text, language, amount, currency):
    [money] = find_money(text, language)
    assert money.amount == pytest.approx(amount)
    assert money.currency == currency
    assert money.amount_usd == (pytest.approx(amount) if currency == "USD" else None)


@pytest.mark.parametrize("text", ["en 2025 creció", "a 49 % stake", "tiene 200 empleados",
                                  "tiene 10 millones de usuarios", "raised 10 million from"])
def test_not_money(text):
    assert find_money(text, "es") == []


@pytest.mark.parametrize("text, span", [
    ("scrap $1.4 billion deal under", "$1.4 billion"),  # "de" of "deal" is no Spanish "de"
    ("US$ 500 millones de dólares en", "US$ 500 millones de dólares"),
    ("US$132 millones de inversores como", "US$132 millones"),  # "de" only before a currency
])
def test_money_span(text, span):
    [money] = find_money(text, "en")
    assert text[money.start:money.end] == span


@pytest.mark.parametrize("text, language, value", [
    ("7.500", "es", 7500), ("1,200", "en", 1200), ("1,000", "es", 1000), ("2,7", "es", 2.7), ("14.3", "es", 14.3),
    ("1.200,5", "es", 1200.5), ("1,200.5", "en", 1200.5),
])
def test_numbers(text, language, value):
    assert parse_number(text, language) == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("una participación del 49%", 0.49), ("a 49 % stake", 0.49), ("el 49 por ciento", 0.49),
    ("a 12.5 percent stake", 0.125), ("un 7,5 %", 0.075),
])
def test_percents(text, value):
    [(found, _, _)] = find_percents(text)
    assert found == pytest.approx(value)


REF = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("se confirmó el 20 de Junio de 2025", date(2025, 6, 20)),
    ("MADRID, 3 de marzo de 2025", date(2025, 3, 3)),
    ("on May 4, 2024", date(2024, 5, 4)),
    ("on 4 May 2024", date(2024, 5, 4)),
    ("el 2 de enero", date(2025, 1, 2)),
    ("el viernes pasado", date(2025, 2, 28)),
    ("on Tuesday", date(2025, 3, 4)),
    ("ayer", date(2025, 3, 6)),
    ("2024-11-05T10:00", date(2024, 11, 5)),
])
def test_dates(text, expected):
    assert find_date(text, REF) == expected


def test_relative_dates_need_the_article_date():
    assert find_date("el viernes pasado", None) is None


@pytest.mark.parametrize("text, ref, expected", [
    ("gastar US$ 200 millones este año", None, "este año"),
    ("gastar US$ 200 millones este año", REF, "2025"),
    ("spend $5m next year", REF, "2026"),
    ("invested in 2021", None, "2021"),
])
def test_periods(text, ref, expected):
    assert period_of(text, ref) == expected


_TOLD_IN_PASSING = ("Anthropic, fundada en 2021 por Dario Amodei, compite con la creadora de ChatGPT, en la que "
                    "Microsoft ha invertido más de 10.000 millones de dólares.")


@pytest.mark.parametrize("clause, with_foundings, expected", [
    # a founding told in passing dates the founding, not the investment in the same sentence
    (_TOLD_IN_PASSING, True, (date(2021, 1, 1), "year")),
    (_TOLD_IN_PASSING, False, None),
    # the relation's own clause still gives its date
    ("en la que Microsoft invirtió en 2019", False, (date(2019, 1, 1), "year")),
    ("Nubalia, founded in 2015, signed a deal with Brenvia in March 2024", False, (date(2024, 3, 1), "month")),
])
def test_relation_dates_leave_out_foundings_told_in_passing(clause, with_foundings, expected):
    assert relation_date(clause, _TOLD_IN_PASSING, None, with_foundings) == expected
