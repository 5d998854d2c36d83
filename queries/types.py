"""Typed results of the named questions: the CLI prints them, notebooks turn them into DataFrames."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel


class Copy(BaseModel):
    """Another document of the same story (a syndicated copy), and its outlet."""

    document: str
    outlet: str | None = None


class Evidence(BaseModel):
    """One sentence that states something, and where it comes from: one story, listed once, with the
    other documents that are copies of it."""

    sentence: str
    source: str  # document id
    title: str | None = None
    outlet: str | None = None
    date: dt.date | None = None  # the report's
    certainty: str | None = None
    copies: list[Copy] = []


class Hop(BaseModel):
    """One relationship on a path; an investment reads as one hop from investor to company."""

    source: str
    source_id: str
    type: str
    target: str
    target_id: str
    forward: bool  # True when the path walks the relationship in its own direction
    properties: dict[str, Any]
    evidence: list[Evidence]

    def text(self) -> str:
        props = ", ".join(f"{k} {v}" for k, v in self.properties.items() if v is not None)
        arrow = f"-[{self.type}{': ' + props if props else ''}]->"
        return f"{self.source} {arrow} {self.target}"


class Path(BaseModel):
    nodes: list[str]  # names, in walking order
    hops: list[Hop]


class Connections(BaseModel):
    a: str
    b: str
    max_hops: int
    paths: list[Path]


class Relation(BaseModel):
    """One relationship seen from the entity a profile is about."""

    type: str
    direction: str  # "out" or "in"
    other: str
    other_id: str
    status: str | None = None
    role: str | None = None
    properties: dict[str, Any] = {}
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    certainty: str | None = None
    sources: list[str] = []  # one document per story
    copies: list[Copy] = []  # the other documents of those stories
    evidence: list[str] = []


class Profile(BaseModel):
    id: str
    name: str
    label: str
    kind: str | None = None
    aliases: list[str] = []
    relationships: dict[str, list[Relation]]
    documents: list[str]


class Conflict(BaseModel):
    """Client C uses vendor V while investor I holds a stake in V or employs one who led V."""

    client: str
    vendor: str
    investor: str
    via: str  # "stake" or "person"
    stake: float | None = None
    person: str | None = None
    client_status: str | None = None
    competes: bool  # an article says I and C compete
    score: float
    evidence: list[Evidence]


class ClaimSide(BaseModel):
    value: Any
    evidence: Evidence


class Contradiction(BaseModel):
    source: str
    type: str
    target: str
    field: str
    sides: list[ClaimSide]


class Event(BaseModel):
    """One claim on a timeline. `date` places it: the event's own date when the text states one (at
    `event_precision`: day, month, quarter or year), else the date of the report that states it;
    None when neither is known (the undated group)."""

    date: dt.date | None
    event_date: dt.date | None = None
    event_precision: str | None = None
    report_date: dt.date | None = None
    type: str
    summary: str
    evidence: Evidence


def trusted(cls: type[BaseModel], **values: Any) -> Any:
    """An instance of a result model from values already of its field types, every field given.

    The named questions build results from the question index, which holds what validated models
    wrote; an answer at 100,000 articles can hold 250,000 of them, and even pydantic's
    model_construct spent 20 µs on each, more than the rest of the question."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


class Timeline:
    """Events about an entity in timeline order (queries.analysis.timeline_of), held compactly: an
    answer at 100,000 articles holds tens of thousands of them, and an object per event, sorted and
    printed through, cost more than a second. The tuples' first fields are the sort key, so they sort
    without a key function, and the table report is written straight from them (queries.render).

    `rows`: (undated, date, summary, document id, sentence, position, type, claim) per event, where
    `date` is the ISO date that places it (the event's own, else the report's; "" when undated) and
    `position` keeps the index's order among events equal in the rest, as a stable sort would; `docs`:
    document id -> {title, source} of every document the claims cite."""

    __slots__ = ("rows", "docs")

    def __init__(self, rows: list[tuple], docs: dict[str, dict]):
        self.rows = rows
        self.docs = docs

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, cut: slice) -> "Timeline":
        if not isinstance(cut, slice):
            raise TypeError("a Timeline is cut with a slice; Timeline.events() gives the events")
        return Timeline(self.rows[cut], self.docs)

    def events(self) -> list[Event]:
        from queries.paths import day, evidence
        docs = self.docs
        out = []
        for _, _, summary, _, _, _, rel_type, claim in self.rows:
            event, reported = day(claim.get("event_date")), day(claim.get("date"))
            out.append(trusted(Event, date=event or reported, event_date=event,
                               event_precision=claim.get("event_precision") if event else None,
                               report_date=reported, type=rel_type, summary=summary,
                               evidence=evidence(claim, docs)))
        return out
