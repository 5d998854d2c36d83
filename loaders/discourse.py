"""What a document says across sentences: a deal that a later sentence calls off.

News often reports a deal first and its end later: "Visa announced the
purchase of Plaid in January 2020 ... The companies abandoned the deal in
January 2021", "CoreWeave agreed to buy Core Scientific ... Core Scientific's
shareholders voted the merger down". A later sentence that cancels, blocks or
says a deal fell through, and that names one of its parties or refers to "the
deal" / "la operación", adds a cancelled claim for it; the relationship's
status is the document's last word (as the graph reads it).
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import Claim, DealClaim
from loaders import status
from loaders.values import find_event_date

_DEAL_WORDS = re.compile(r"\b(?:deal|acquisition|merger|takeover|transaction|purchase|buyout|offer|bid|tie-up|"
                         r"operación|operacion|compra|adquisición|fusión|oferta|opa|transacción|acuerdo|venta|"
                         r"investment|inversión|stake|participación|round|ronda|agreement|talks|negotiations|negociaciones|"
                         r"conversaciones)\b", re.I)


_FLASHBACK = re.compile(r"\b(?:había|habían|had)\s+(?:\w+\s+)?(?:anunciado|acordado|pactado|announced|agreed|"
                        r"struck|reached|planned|planeado|offered|ofrecido)\b", re.I)


def later_cancellations(claims: list[Claim], deals: list[DealClaim],
                        sentences: list[tuple[int, str, set[str]]]) -> list[Claim | DealClaim]:
    """Cancelled claims for the deals (acquisitions, investments) that a later sentence calls off.

    `sentences` holds (index, text, ids of the entities it names) for every sentence of the document.
    """
    out: list[Claim | DealClaim] = []
    done = set()
    calls_off: dict[int, bool] = {}  # sentence index -> whether it calls a deal off, asked once per sentence
    for deal in [c for c in claims if c.type == schema.ACQUIRED] + list(deals):
        if deal.status == "cancelled":
            continue
        parties = {deal.target, *(getattr(deal, "investors", None) or [getattr(deal, "source", None)])}
        key = (deal.target, frozenset(parties))
        if key in done:
            continue
        # A deal told as a flashback ("había anunciado en enero de 2020 la compra de Plaid") comes after
        # the news of its end ("Visa y Plaid renuncian a su fusión"): an earlier sentence may call it off.
        flashback = bool(_FLASHBACK.search(deal.evidence))
        for index, text, named in sentences:
            if index == deal.order or index < deal.order and not flashback:
                continue
            if index not in calls_off:
                calls_off[index] = status.calls_off(text)
            if not calls_off[index]:
                continue
            # The cancellation must be about this deal: a party named, or "the deal" with no other company.
            # ... and not another deal of one party ("Intel walked away from its agreement to buy Tower").
            others = any(e.startswith("company:") for e in named - parties)
            about = (deal.target in named or _DEAL_WORDS.search(text) and not others) if named & parties else \
                (_DEAL_WORDS.search(text) and not named)
            event = find_event_date(text, deal.date) if about else None
            if event and deal.event_date and event[0] < deal.event_date and \
                    (event[1] != "year" or event[0].year < deal.event_date.year):
                continue  # talks that ended before this deal was struck ("held talks in April 2024, but ...")
            if about:
                done.add(key)
                update = {"status": "cancelled", "evidence": text, "order": index, "certainty": status.certainty_of(text),
                          "event_date": event[0] if event else None, "event_precision": event[1] if event else None}
                out.append(deal.model_copy(update=update))
                break
    return out
