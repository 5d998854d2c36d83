"""Values in text: money, percentages and dates, in Spanish and English formats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from loaders.literals import search

# -- money ---------------------------------------------------------------

@dataclass(frozen=True)
class Money:
    amount: float
    currency: str | None  # ISO code: USD, EUR, GBP...; None when the text does not say it
    start: int
    end: int

    @property
    def amount_usd(self) -> float | None:
        return self.amount if self.currency == "USD" else None


_NUMBER = r"\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_WORDS = (
    # longest first: "mil millones" before "millones"
    (r"mil\s+millones|billion|billones?|bn|b(?![a-z])", 1e9),
    (r"millones|millón|million|mn|mm|mdd|m(?![a-z])", 1e6),
    (r"mil|thousand|k(?![a-z])", 1e3),
    (r"trillion|tn", 1e12),
)
_SCALE = "|".join(f"(?:{w})" for w, _ in _SCALE_WORDS)
_PREFIX = r"(?P<pre>US\s?\$|USD\s?|U\.S\.\s?\$|u\$s\s?|U\$S\s?|u\$d\s?|\$|€|EUR\s?|£|GBP\s?)"
_SUFFIX = r"(?P<{name}>(?<=mdd)|de\s+dólares(?:\s+estadounidenses)?|dólares|dollars|de\s+euros|euros|€|de\s+libras|libras|pounds|USD|EUR|GBP)"
_MONEY = re.compile(
    rf"(?:{_PREFIX}\s?(?P<n1>{_NUMBER})\s*(?P<s1>{_SCALE})?(?:(?:\s+de)?\s+{_SUFFIX.format(name='suf1')})?"
    rf"|(?P<n2>{_NUMBER})\s*(?P<s2>{_SCALE})?\s*(?:de\s+)?{_SUFFIX.format(name='suf')})",
    re.IGNORECASE,
)
_CURRENCY = {"$": "USD", "us$": "USD", "u$s": "USD", "u$d": "USD", "usd": "USD", "u.s.$": "USD", "dólares": "USD",
             "dollars": "USD", "€": "EUR", "eur": "EUR", "euros": "EUR", "£": "GBP",
             "gbp": "GBP", "libras": "GBP", "pounds": "GBP"}


def parse_number(text: str, language: str) -> float:
    """'14.3' -> 14.3, '7.500' -> 7500, '1,200' -> 1200, '2,7' -> 2.7 (Spanish decimal comma)."""
    text = text.replace(" ", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        # "7.500" (Spain), "1,000" (Mexico, and English): groups of three digits are thousands in both
        # languages; a decimal amount of money has one or two decimals ("2,7 millones", "14.3 billion").
        return float(text.replace(".", "").replace(",", ""))
    if "," in text and "." in text:
        # "1.200,5" (es) or "1,200.5" (en): the last mark is the decimal one.
        if text.rfind(",") > text.rfind("."):
            return float(text.replace(".", "").replace(",", "."))
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    word = word.lower()
    for pattern, factor in _SCALE_WORDS:
        if re.fullmatch(pattern, word):
            return factor
    return 1.0


def find_money(text: str, language: str = "en") -> list[Money]:
    found = []
    for m in _MONEY.finditer(text):
        number = m.group("n1") or m.group("n2")
        scale_word = m.group("s1") or m.group("s2")
        marker = (m.group("pre") or m.group("suf") or m.group("suf1") or "").lower().replace(" ", "")
        marker = re.sub(r"^de", "", marker)
        currency = _CURRENCY.get(marker) or next(
            (code for key, code in _CURRENCY.items() if key in marker), "USD")
        scale = _scale(scale_word)
        if scale == 1.0 and not m.group("pre"):
            # "200 dólares" is rarely a deal; require a scale word or a currency sign.
            continue
        amount = parse_number(number, language) * scale
        found.append(Money(amount, currency, m.start(), m.end()))
    if language == "es":
        found = sorted(found + _bare_money(text, found), key=lambda money: money.start)
    return found


# Spanish news often leaves the currency out ("levantó 10 millones en una ronda", "3.500 millones de Kaszek") or
# names one whose country the text does not say ("1,000 millones de pesos"): an amount all the same, its
# currency unknown. Only with a scale word, and never one of something else ("10 millones de usuarios").
_BARE = re.compile(rf"(?<![\w$€£.,])(?P<n>{_NUMBER})\s+(?P<s>mil\s+millones|millones|millón)"
                   r"(?:\s+de\s+(?P<cur>pesos(?:\s+(?:mexicanos|argentinos|chilenos|colombianos|uruguayos))?|"
                   r"reales|soles|yuanes|yenes|francos suizos|coronas)|(?!\s+de\s+(?!(?-i:[A-ZÁÉÍÓÚ⟦]))))", re.I)
_BARE_CURRENCY = {"reales": "BRL", "soles": "PEN", "yuanes": "CNY", "yenes": "JPY", "francos suizos": "CHF"}


def _bare_money(text: str, taken: list[Money]) -> list[Money]:
    out = []
    for m in _BARE.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        currency = _BARE_CURRENCY.get((m.group("cur") or "").lower())
        out.append(Money(parse_number(m.group("n"), "es") * _scale(m.group("s")), currency, m.start(), m.end()))
    return out


# -- percentages -----------------------------------------------------------

_PERCENT = re.compile(r"(?P<n>\d+(?:[.,]\d+)?)\s?(?:%|por\s?ciento|percent|per\s?cent)", re.I)


def find_percents(text: str) -> list[tuple[float, int, int]]:
    """Fractions in 0..1 with their spans: '49 %' -> 0.49."""
    out = []
    for m in _PERCENT.finditer(text):
        value = float(m.group("n").replace(",", ".")) / 100
        if 0 <= value <= 1:
            out.append((value, m.start(), m.end()))
    return out


# -- dates -------------------------------------------------------------------

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_ES = re.compile(rf"\b(?P<d>\d{{1,2}})\s+de\s+(?P<m>{_MONTH})\.?(?:\s+(?:de|del)\s+(?P<y>\d{{4}}))?", re.I)
_DATE_EN = re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?", re.I)
_DATE_EN2 = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})", re.I)
_DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
    "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_WEEKDAY = re.compile(r"\b(?:el\s+|on\s+|last\s+|este\s+|this\s+)?(?P<w>" + "|".join(_WEEKDAYS)
                      + r")(?P<past>\s+pasado)?\b", re.I)
_RELATIVE = re.compile(r"\b(?P<w>hoy|ayer|today|yesterday)\b", re.I)


def _make(y: int | None, m: int, d: int, ref: date | None) -> date | None:
    year = y or (ref.year if ref else None)
    if year is None:
        return None
    try:
        return date(year, m, d)
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")  # every written date has its day in figures: no figure, no need to try them


# A sentence's dates are asked for again by each claim it makes (and its clauses by each of theirs):
# worked out once. Both functions are pure; dates are immutable.
@lru_cache(maxsize=4096)
def find_date(text: str, ref: date | None = None) -> date | None:
    """The first date a sentence states, absolute or relative to `ref` (the article date).

    The article's own date in a dateline ("MADRID, 7 de marzo de 2025 (EFE).– ... el viernes
    pasado") gives way to the relative date the sentence states for its event.
    """
    for pattern in (_DATE_ISO, _DATE_ES, _DATE_EN2, _DATE_EN) if _DIGIT.search(text) else ():
        m = pattern.search(text)
        if m:
            month = m.group("m")
            month_n = int(month) if month.isdigit() else MONTHS[month.lower()]
            year = int(m.group("y")) if m.group("y") else None
            found = _make(year, month_n, int(m.group("d")), ref)
            if found:
                return (_relative_date(text, ref) or found) if found == ref else found
    return _relative_date(text, ref)


def _relative_date(text: str, ref: date | None) -> date | None:
    if ref is None:
        return None
    m = search(_RELATIVE, text)
    if m:
        return ref - timedelta(days=1) if m.group("w").lower() in ("ayer", "yesterday") else ref
    m = search(_WEEKDAY, text)
    if m:
        target = _WEEKDAYS[m.group("w").lower()]
        back = (ref.weekday() - target) % 7 or (7 if m.group("past") else 0)
        return ref - timedelta(days=back)
    return None


_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?:(?:de|del)\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.I)
_YEAR = re.compile(r"\b(?:in|en|de|del|since|desde|during|durante|by|for|around|hacia|a finales de|a principios de|"
                   r"at the end of|early|late|back in|ya en|year|año)\s+(?P<y>(?:19|20)\d{2})\b|\((?P<y2>(?:19|20)\d{2})\)",
                   re.I)
# Any other year the text states ("the 2017 paper", "hasta 2021", "as early as 2017"), not an amount.
_BARE_YEAR = re.compile(r"(?<![\d$€£])(?<!\d[.,])\b(?P<y>(?:19|20)\d{2})\b(?![\d%]|[.,]\d|\s*(?:millones|million|mil|bn|m\b))")
_QUARTER = re.compile(r"\b(?:(?:in|en|during|durante)\s+)?(?:the|el)\s+(?P<q>first|second|third|fourth|primer|segundo|"
                      r"tercer|cuarto)\s+(?:quarter|trimestre)(?:\s+(?:of|de|del)\s+(?P<y>(?:19|20)\d{2}))?", re.I)
_QUARTERS = {"first": 1, "primer": 1, "second": 2, "segundo": 2, "third": 3, "tercer": 3, "fourth": 4, "cuarto": 4}
_RELATIVE_PERIOD = re.compile(r"\b(?P<p>last year|el año pasado|this year|este año|next year|el próximo año|"
                              r"last month|el mes pasado|this month|este mes|a year ago|hace un año)\b", re.I)
_MONTH_ALONE = re.compile(rf"\b(?:in|en|since|desde|el pasado|last|this|este)\s+(?P<m>{_MONTH})\b(?!\s+\d)", re.I)


@lru_cache(maxsize=4096)
def find_event_date(text: str, ref: date | None = None) -> tuple[date, str] | None:
    """The date a clause gives its event, with its precision (day, month, quarter or year): "founded in
    2015", "en marzo de 2024", "last month", "in the first quarter", "el viernes pasado". Kept apart from
    the report's own date (`ref`, the article's), which only anchors the relative ones."""
    day = find_date(text, ref)
    if day and day != ref:
        return day, "day"
    other = _event_period(text, ref)
    if other:
        return other  # the report's own date (a dateline) gives way to what the text says of the event
    return (day, "day") if day else None


def _event_period(text: str, ref: date | None) -> tuple[date, str] | None:
    """Explicit dates first ("en marzo de 2024", "in the first quarter of 2024", "in 2015"), then those
    relative to the report ("last year", "el mes pasado", "in June"), then any year the text states."""
    m = _MONTH_YEAR.search(text)
    if m:
        return date(int(m.group("y")), MONTHS[m.group("m").lower()], 1), "month"
    m = search(_QUARTER, text)
    if m and m.group("y"):
        return date(int(m.group("y")), 3 * _QUARTERS[m.group("q").lower()] - 2, 1), "quarter"
    m = _YEAR.search(text)
    if m:
        return date(int(m.group("y") or m.group("y2")), 1, 1), "year"
    if ref:
        m = search(_RELATIVE_PERIOD, text)
        if m:
            phrase = m.group("p").lower()
            if "month" in phrase or "mes" in phrase:
                month = ref.month - 1 if phrase in ("last month", "el mes pasado") else ref.month
                return date(ref.year - (month == 0), month or 12, 1), "month"
            shift = -1 if phrase in ("last year", "el año pasado", "a year ago", "hace un año") else \
                (1 if phrase in ("next year", "el próximo año") else 0)
            return date(ref.year + shift, 1, 1), "year"
        m = _MONTH_ALONE.search(text)
        if m and m.group("m").lower() not in ("may", "mar"):  # "may" and "mar" are words too
            month = MONTHS[m.group("m").lower()]
            return date(ref.year if month <= ref.month else ref.year - 1, month, 1), "month"
        m = search(_QUARTER, text)
        if m:
            return date(ref.year, 3 * _QUARTERS[m.group("q").lower()] - 2, 1), "quarter"
    # (not the year of a whole date: one other than the report's was taken as a day already, and the report's own
    # in a dateline, "TORONTO, June 18, 2024 (Reuters) - ... on Tuesday", is no year of the event)
    for whole in (_DATE_ISO, _DATE_ES, _DATE_EN2, _DATE_EN):
        text = whole.sub(lambda d: " " * len(d.group(0)), text)
    m = _BARE_YEAR.search(text)
    if m:
        return date(int(m.group("y")), 1, 1), "year"
    return None


# The words before the year of a founding told in passing ("Anthropic, fundada en 2021 por ..."): loaders.event_dates
# and loaders.endpoints keep that year from dating the sentence's other relations.
FOUNDED_IN = r"(?:co-?)?(?:fundad[oa]s?|founded|cread[oa]s?|established|nacid[oa]s?|set up|started)\s+(?:en|in)\s+"


def find_year(text: str) -> int | None:
    m = re.search(r"\b(?:en|in|de|del|since|desde)\s+(?P<y>(?:19|20)\d{2})\b", text)
    return int(m.group("y")) if m else None


def period_of(text: str, ref: date | None) -> str | None:
    """'este año' / 'this year' -> '2025' when the article date is known, else the phrase."""
    m = re.search(r"\b(este año|this year|el próximo año|next year|el año pasado|last year)\b", text, re.I)
    if not m:
        year = find_year(text)
        return str(year) if year else None
    phrase = m.group(1).lower()
    if ref is None:
        return phrase
    shift = {"este año": 0, "this year": 0, "el próximo año": 1, "next year": 1,
             "el año pasado": -1, "last year": -1}[phrase]
    return str(ref.year + shift)
