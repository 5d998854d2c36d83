"""Relationships, amounts and stakes in words, for people reading the graph (the HTML page).

One sentence per relationship, written from its type, its current status and
certainty and the names of its two ends: "Meta invested US$14.3B in Scale AI
for 49%", "Alexandr Wang worked at Scale AI as CEO", "OpenAI was a client of
Scale AI". Pure functions over plain values, so they are tested by exact
comparison.
"""

from __future__ import annotations

from typing import Any

from graph import schema


def money(value: float | None) -> str | None:
    """US$14.3B, US$250M, US$900,000; None when unknown or zero."""
    if not value:
        return None
    for size, unit in ((1e9, "B"), (1e6, "M")):
        if value >= size:
            return f"US${value / size:.3g}{unit}"
    return f"US${value:,.0f}"


def percent(stake: float | None) -> str | None:
    return None if stake is None else f"{stake * 100:.3g}%"


def names(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _hedge(certainty: str | None) -> str:
    # Confirmed is the plain sentence; anything weaker says so.
    return f" ({certainty})" if certainty in ("reported", "rumored") else ""


def deal_sentence(investors: list[str], target: str, deal: dict) -> str:
    """One investment, read the same from every edge of it: investors, amount, target, stake."""
    amount, stake = money(deal.get("amount_usd")), percent(deal.get("stake"))
    who = names(investors) or "Someone"
    what = (f" {amount}" if amount else "") + f" in {target}" + (f" for {stake}" if stake else "")
    status = deal.get("status")
    if status == "planned":
        text = f"{who} plan{'s' if len(investors) == 1 else ''} to invest{what}"
    elif status == "cancelled":
        text = f"{who} called off investing{what}"
    else:
        text = f"{who} invested{what}"
    return text + _hedge(deal.get("certainty"))


def relation_sentence(rel: str, source: str, target: str, props: dict[str, Any]) -> str:
    """A relationship other than INVESTED/INTO (see deal_sentence) as a sentence."""
    status, role = props.get("status"), props.get("role")
    if rel == schema.WORKS_AT:
        as_role = f" as {role}" if role else ""
        verb = {"former": "worked at", "incoming": "is joining"}.get(status, "works at")
        text = f"{source} {verb} {target}{as_role}"
    elif rel == schema.FOUNDED:
        text = f"{source} founded {target}"
    elif rel == schema.CLIENT_OF:
        text = {
            "ended": f"{source} was a client of {target}",
            "reconsidering": f"{source} is a client of {target}, reconsidering the contract",
            "reducing": f"{source} is a client of {target}, reducing its work with it",
        }.get(status, f"{source} is a client of {target}")
        spend = money(props.get("spend_usd"))
        text += f" (spend {spend})" if spend else ""
    elif rel == schema.COMPETES_WITH:
        text = f"{source} competes with {target}"
    elif rel == schema.PARTNERS_WITH:
        text = f"{source} partners with {target}"
    elif rel == schema.ACQUIRED:
        price = money(props.get("amount_usd"))
        for_price = f" for {price}" if price else ""
        text = {
            "planned": f"{source} plans to acquire {target}{for_price}",
            "cancelled": f"{source} called off acquiring {target}{for_price}",
        }.get(status, f"{source} acquired {target}{for_price}")
    elif rel == schema.MENTIONS:
        text = f"{source} mentions {target}"
    else:  # a type added to the schema and not worded yet still reads
        text = f"{source} {rel} {target}"
    return text + _hedge(props.get("certainty"))
