"""Claims a partnership implies about trade: a partner that sells what the other buys is also its vendor.

News calls a bank's, a telecom operator's or an AI lab's deal with a chipmaker, a cloud or a model maker an
alliance ("Santander se alía con OpenAI", "Humain and Nvidia announce a strategic partnership"), and the
annotation conventions read such a deal as both a partnership and a client relation (client -> vendor). Which
side sells comes from the registry's kind of company, never from the pair: chipmakers, clouds and vendors sell to
AI labs, and both sell to everyone else. Big technology groups are left out: they sell and buy alike, and an
alliance of Apple with Google says nothing of who buys.
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import Claim
from loaders.entities import Gazetteer

# A company set up together is shared, not sold: "SoftBank and OpenAI set up a joint venture", "SoftBank joined
# OpenAI and Oracle to announce Stargate", "it teamed up with OpenAI and Oracle to launch Stargate".
_JOINT = re.compile(r"\b(?:joint venture|joint company|empresa conjunta|sociedad conjunta|empresa mixta|sociedad mixta|"
                    r"compañía conjunta)\b|\b(?:join(?:ed|s|ing)?|team(?:ed|s|ing)?\s+up\s+with|partner(?:ed|s|ing)?\s+with)\s+"
                    r"[^.;]{1,60}?\s+(?:to\s+(?:announce|launch|form|set up|create|establish|start)|"
                    r"in\s+(?:announcing|launching|forming|setting up|creating|establishing|"
                    r"starting))\b|"
                    # ... and in Spanish, a project told in a relative as pursued with the partners, or a company set up
                    # with them: "Stargate, la iniciativa que OpenAI impulsa con SoftBank y Oracle", "el programa que
                    # OpenAI lanzó en enero con SoftBank y Oracle", "con quienes creó una sociedad"
                    r"\b(?:iniciativa|proyecto|programa|plan|consorcio|sociedad)\s+(?:[^.;]{0,60}?\s+)?que\s+[^.;]{0,40}?"
                    r"\b(?:impuls|lanz|cre|form|constitu|promuev|promov|desarroll)\w*\s+(?:[^.;]{0,30}?\s+)?"
                    r"(?:con|junto\s+(?:a|al|con))\s|\b(?:creó|crearon|formó|formaron|constituyó|constituyeron)\s+"
                    r"una\s+(?:nueva\s+)?(?:sociedad|empresa|compañía)\b", re.I)

# How far up the supply chain a kind of company sits (a higher rank sells to a lower one).
_RANK = {"chipmaker": 3, "cloud": 3, "vendor": 3, "lab": 2, "other": 1, "investor": 1, "government": 1}


def clients_of_partnerships(claims: list[Claim], gazetteer: Gazetteer) -> list[Claim]:
    """A client claim for each partnership whose parties' kinds say who sells, unless one is stated already."""
    traded = {frozenset((c.source, c.target)) for c in claims if c.type == schema.CLIENT_OF}
    out: list[Claim] = []
    for c in claims:
        if c.type != schema.PARTNERS_WITH or frozenset((c.source, c.target)) in traded or _JOINT.search(c.evidence):
            continue
        ranks = [_RANK.get(gazetteer.by_id[e].kind) for e in (c.source, c.target)]
        if None in ranks or min(ranks) != 1 or ranks[0] == ranks[1]:
            continue
        client, vendor = (c.source, c.target) if ranks[0] < ranks[1] else (c.target, c.source)
        traded.add(frozenset((client, vendor)))
        out.append(c.model_copy(update={"type": schema.CLIENT_OF, "source": client, "target": vendor,
                                        "status": "active"}))
    return out


_LICENCE = re.compile(r"\blicen[cs]", re.I)


def licences_bought(claims: list[Claim]) -> list[Claim]:
    """The claims without a partnership that a licence makes: "Nuvia held an architecture license from Arm" reads both
    as a partnership (the verb's frame) and, the licensor selling, as a client relation; when the same sentence made
    the pair client and vendor, the licence was bought, and the partnership goes."""
    bought = {(c.evidence, frozenset((c.source, c.target))) for c in claims if c.type == schema.CLIENT_OF}
    return [c for c in claims if not (c.type == schema.PARTNERS_WITH and _LICENCE.search(c.evidence) and
                                      (c.evidence, frozenset((c.source, c.target))) in bought)]
