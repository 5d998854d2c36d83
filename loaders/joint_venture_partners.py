"""Partnerships a joint venture implies: the companies that set one up together work together.

The joint-venture cues read each parent as investing in the venture ("OpenAI y SoftBank anunciaron la creación de
SB OpenAI Japan, una empresa conjunta", "X and Y formed a joint venture called Z"); the annotation conventions also
read the parents as partners of one another, every pair of them, which no pair frame sees when the venture's own
name stands between the parents and the word "joint venture".
"""

from __future__ import annotations

import re
from itertools import combinations

from graph import schema
from graph.model import Claim, DealClaim

# The nouns of a company owned by the companies that set it up.
JOINT_VENTURE = re.compile(r"\b(?:joint venture|joint company|empresa conjunta|sociedad conjunta|empresa mixta|sociedad mixta|"
                           r"compañía conjunta)\b", re.I)


def partners_of_joint_ventures(claims: list[Claim], deals: list[DealClaim]) -> list[Claim]:
    """A partnership claim for each pair of companies one sentence names as parents of the same joint venture."""
    parents: dict[tuple[str, str, str], tuple[DealClaim, list[str]]] = {}
    for d in deals:
        if d.certainty != "confirmed" or d.status == "cancelled" or not JOINT_VENTURE.search(d.evidence):
            continue
        _, seen = parents.setdefault((d.doc, d.evidence, d.target), (d, []))
        seen += [i for i in d.investors if i not in seen and i != d.target]
    known = {frozenset((c.source, c.target)) for c in claims if c.type == schema.PARTNERS_WITH}
    out: list[Claim] = []
    for deal, seen in parents.values():
        for a, b in combinations(seen, 2):
            if frozenset((a, b)) in known:
                continue
            known.add(frozenset((a, b)))
            out.append(Claim(type=schema.PARTNERS_WITH, source=a, target=b, doc=deal.doc, date=deal.date,
                             event_date=deal.event_date, event_precision=deal.event_precision,
                             evidence=deal.evidence, order=deal.order))
    return out
