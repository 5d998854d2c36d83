"""`aikg demo`: build the demo corpus and print the answers an analyst asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from queries import api
from queries.render import entity_counts, relationship_counts

_DEAL = """
MATCH (a)-[:INVESTED]->(d:Investment)-[:INTO]->(b:Company)
WHERE a.name = $investor AND b.name = $company
RETURN d.amount_usd AS amount_usd, d.stake AS stake, d.certainty AS certainty, d.claims AS claims
"""


def money(amount: float | None) -> str:
    if amount is None:
        return "amount not stated"
    if amount >= 1e9:
        return f"US${amount / 1e9:.3g}B"
    return f"US${amount / 1e6:.3g}M"


def run(corpus: Path, db: Path, html_out: Path) -> Iterator[str]:
    import json
    summary = api.build([corpus], db)
    yield f"built {db} from {summary.documents} documents in {corpus}"
    yield f"{entity_counts(summary.counts)}, {relationship_counts(summary.counts)}"
    yield ""
    yield "Meta's investment in Scale AI:"
    rows = api.run_query(_DEAL, db, {"investor": "Meta", "company": "Scale AI"}, dialect="embedded").rows
    for amount_usd, stake, certainty, claims in rows:
        stake_text = f" for {stake:.0%}" if stake is not None else ""
        yield f"  Meta -> Scale AI: {money(amount_usd)}{stake_text} ({certainty})"
        best = max(json.loads(claims), key=lambda c: (c.get("amount") is not None, c.get("stake") is not None))
        yield f"  evidence: \"{best['evidence']}\""
    if not rows:
        yield "  (not in this corpus)"
    yield ""
    yield "Scale AI's clients:"
    clients = api.run_query(api.named_cypher("clients_of"), db, {"vendor": "Scale AI"}, dialect="embedded")
    for row in clients.rows:
        record = dict(zip(clients.columns, row))
        yield f"  {record['client']}: {record['status']}"
    yield ""
    result = api.viz(html_out, db, title="aikg demo")
    yield f"HTML graph: {html_out.resolve()}"
    if getattr(result, "message", None):
        yield f"  {result.message}"
