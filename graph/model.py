"""The domain model: entities, documents and the claims loaders hand to the graph.

A claim is one relationship as one sentence of one document states it. The
graph keeps every claim; the current value of an edge is its latest claim.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from graph import schema
from graph.errors import InvalidValue


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Alexándr  WANG' -> 'alexandr wang'."""
    if text.isascii():
        # The hot path of mention lookup: ASCII has nothing to decompose or strip,
        # and str.split() splits on exactly what `\s` matches, so the key is the same.
        return " ".join(text.split()).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped).strip().casefold()


_ARTICLE = re.compile(r"^(?:el|la|los|las|the)\s+")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Lookup key for names: folded, without dots, apostrophes or a leading article
    ("el gobierno de los EE. UU." ~ "gobierno de los EE UU")."""
    key = re.sub(r"\s+", " ", re.sub(r"[.'’]", "", fold(text))).strip()
    return _ARTICLE.sub("", key)


# Particles inside names: "María del Mar Ortega", "Ursula von der Leyen".
PARTICLE = r"(?:de|del|de la|de los|van|von|der|den|da|di|du|le|la|ten|ter|bin|al)"


def short_forms(label: str, name: str, not_names: frozenset[str] = frozenset()) -> list[str]:
    """What a story calls an entity after naming it in full: a person's surname
    ("Wang", "von der Leyen", "García Ottati"), a company's first word ("Scale" for Scale AI)."""
    tokens = name.split()
    if label == "Person" and len(tokens) > 2 and tokens[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        tokens = tokens[:-1]  # "Gerard Williams III" is "Williams", never "III"
    if len(tokens) < 2:
        return []
    if label == "Person":
        tail = [tokens[-1]]
        for word in reversed(tokens[1:-1]):
            if re.fullmatch(PARTICLE, word, re.I):
                tail.insert(0, word)
            else:
                break
        if len(tail) >= len(tokens):
            return []
        # "García Ottati" for Carlos García Ottati: Spanish names carry two surnames, said together.
        both = [" ".join(tokens[1:])] if len(tokens) - len(tail) == 2 and tokens[1][:1].isupper() else []
        return [" ".join(tail), *both]
    if len(tokens[0]) >= 3 and tokens[0][0].isupper() and fold(tokens[0]) not in not_names:
        return [tokens[0]]
    return []


def slug(text: str) -> str:
    """A stable id fragment: 'Scale AI' -> 'scale-ai', 'Añil & Co.' -> 'anil-co'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def entity_id(label: str, name: str) -> str:
    return f"{schema.ID_PREFIX[label]}:{slug(name)}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def _check_certainty(value: str | None) -> str | None:
    if value is not None and value not in schema.CERTAINTIES:
        raise ValueError(f"certainty {value!r} is not one of {', '.join(schema.CERTAINTIES)}")
    return value


def _check_amount(value: float | None, name: str) -> float | None:
    if value is not None and value < 0:
        raise ValueError(f"{name} {value!r} is negative")
    return value


def _check_stake(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise ValueError(f"stake {value!r} is outside 0..1")
    return value


def _check_status(kind: str, value: str | None) -> str | None:
    allowed = schema.STATUSES.get(kind)
    if value is None:
        return value
    if allowed is None:
        raise ValueError(f"status {value!r} is not defined for {kind}")
    if value not in allowed:
        raise ValueError(f"status {value!r} is not one of {', '.join(allowed)} for {kind}")
    return value


class Entity(_Model):
    """A Company or a Person."""

    id: str
    label: Literal["Company", "Person"]
    name: str
    aliases: list[str] = []
    kind: str | None = None

    @field_validator("name")
    @classmethod
    def _name_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("name '' is empty")
        return value


class Document(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    path: str | None = None
    sha256: str


class Claim(_Model):
    """One relationship between two entities, as one sentence states it."""

    type: str
    source: str
    target: str
    status: str | None = None
    role: str | None = None
    spend_usd: float | None = None
    period: str | None = None
    amount_usd: float | None = None
    certainty: str | None = "confirmed"
    doc: str
    date: dt.date | None = None  # the report's: the sentence's own date, else the article's
    event_date: dt.date | None = None  # the event's, as the text states it ("founded in 2015")
    event_precision: str | None = None  # day, month, quarter or year
    evidence: str
    order: int = 0

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in schema.REL_TYPES or value in (schema.INVESTED, schema.INTO):
            raise ValueError(f"relationship type {value!r} cannot be claimed directly")
        return value

    @field_validator("certainty")
    @classmethod
    def _certainty(cls, value: str | None) -> str | None:
        return _check_certainty(value)

    @field_validator("spend_usd", "amount_usd")
    @classmethod
    def _amounts(cls, value: float | None, info) -> float | None:
        return _check_amount(value, info.field_name)

    @model_validator(mode="after")
    def _status_fits_type(self) -> "Claim":
        _check_status(self.type, self.status)
        return self


class DealClaim(_Model):
    """One sentence about an investment: who put money into whom, how much, for what stake.

    `certainty` is None for a bare reference ("la inversión de Meta en Scale
    AI"): it joins an existing deal and adds its source without voicing a
    certainty of its own.
    """

    investors: list[str]
    target: str
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    stake: float | None = None
    announced: dt.date | None = None
    status: str | None = None
    certainty: str | None = "confirmed"
    doc: str
    date: dt.date | None = None
    event_date: dt.date | None = None
    event_precision: str | None = None
    evidence: str
    order: int = 0

    @field_validator("amount", "amount_usd")
    @classmethod
    def _amounts(cls, value: float | None, info) -> float | None:
        return _check_amount(value, info.field_name)

    @field_validator("stake")
    @classmethod
    def _stake(cls, value: float | None) -> float | None:
        return _check_stake(value)

    @field_validator("certainty")
    @classmethod
    def _certainty(cls, value: str | None) -> str | None:
        return _check_certainty(value)

    @field_validator("status")
    @classmethod
    def _status(cls, value: str | None) -> str | None:
        return _check_status(schema.INVESTMENT, value)


def validated(model: type[_Model], **values) -> _Model:
    """Build a model, turning pydantic's error into one InvalidValue line."""
    try:
        return model(**values)
    except ValidationError as err:
        first = err.errors()[0]
        message = str(first.get("msg", err)).removeprefix("Value error, ")
        raise InvalidValue(f"{model.__name__}: {message}") from err
