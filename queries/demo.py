"""`aikg demo`: build the demo corpus and print the answers an analyst asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from graph.store import run_query
from loaders.build import build, load_graph
from queries import library
from queries.report import entity_counts, relationship_counts

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
    summary = build([corpus], db)
    yield f"built {db} from {summary.documents} documents in {corpus}"
    yield f"{entity_counts(summary.counts)}, {relationship_counts(summary.counts)}"
    yield ""
    yield "Meta's investment in Scale AI:"
    _, rows = run_query(db, _DEAL, {"investor": "Meta", "company": "Scale AI"})
    for amount_usd, stake, certainty, claims in rows:
        stake_text = f" for {stake:.0%}" if stake is not None else ""
        yield f"  Meta -> Scale AI: {money(amount_usd)}{stake_text} ({certainty})"
        best = max(json.loads(claims), key=lambda c: (c.get("amount") is not None, c.get("stake") is not None))
        yield f"  evidence: \"{best['evidence']}\""
    if not rows:
        yield "  (not in this corpus)"
    yield ""
    yield "Scale AI's clients:"
    columns, rows = run_query(db, library.get("clients_of").cypher, {"vendor": "Scale AI"})
    for row in rows:
        record = dict(zip(columns, row))
        yield f"  {record['client']}: {record['status']}"
    yield ""
    try:
        from graph.html import write_html
    except ImportError:
        yield "HTML graph: renderer not available"
        return
    result = write_html(load_graph(db), html_out, title="aikg demo")
    yield f"HTML graph: {html_out.resolve()}"
    if getattr(result, "message", None):
        yield f"  {result.message}"
