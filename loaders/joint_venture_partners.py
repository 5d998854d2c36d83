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


def partners_of_listed_groups(claims: list[Claim]) -> list[Claim]:
    """The missing pairs of a list that acted together: the frames read "A, B, C and D announced the alliance" as
    A with each of the others (the group frame) and C with D (the pair frame), never B with C. One sentence whose
    partnerships link one company to all the rest and two of the rest to each other told a list as the subject,
    and every pair of the list is partners; "A partnered with B and C" links none of the rest, and stays a star."""
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.type == schema.PARTNERS_WITH and c.certainty == "confirmed":
            by_sentence.setdefault((c.doc, c.evidence), []).append(c)
    known = {frozenset((c.source, c.target)) for c in claims if c.type == schema.PARTNERS_WITH}
    out: list[Claim] = []
    for group in by_sentence.values():
        pairs = {frozenset((c.source, c.target)) for c in group}
        members = sorted({e for p in pairs for e in p})
        if len(members) < 4:
            continue
        hubs = [m for m in members if all(frozenset((m, o)) in pairs for o in members if o != m)]
        if not hubs or not any(hubs[0] not in p for p in pairs):
            continue
        for a, b in combinations(members, 2):
            if frozenset((a, b)) not in known:
                known.add(frozenset((a, b)))
                out.append(group[0].model_copy(update={"source": a, "target": b}))
    return out
