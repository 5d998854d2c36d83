"""Small KnowledgeGraphs for the Neo4j and export tests, built through the public API."""

from __future__ import annotations

from datetime import date

from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity

# Quotes, backslashes, a newline, a tab and a Cypher fragment that would
# delete the graph if it ever reached a statement as text.
HOSTILE = "O'Brien \"Labs\" \\ back\\\\slash\nline\t'}) DETACH DELETE n //"
HOSTILE_ID = "company:hostile"


def sample_graph(extra_companies: int = 0, hostile: bool = True) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(Document(id="document:seed-000", title="Meta compra el 49% de Scale AI",
                             source="El Diario", url="https://example.org/a?x='1'",
                             published=date(2025, 6, 13), language="es",
                             path="seeds/000.md", sha256="ab" * 32))
    kg.add_entity(Entity(id="company:meta", label="Company", name="Meta",
                         aliases=["Meta Platforms", "Facebook"], kind="big_tech"))
    kg.add_entity(Entity(id="company:scale-ai", label="Company", name="Scale AI", kind="vendor"))
    kg.add_entity(Entity(id="company:google", label="Company", name="Google", kind="big_tech"))
    kg.add_entity(Entity(id="person:alexandr-wang", label="Person", name="Alexandr Wang",
                         aliases=["Wang"]))
    if hostile:
        kg.add_entity(Entity(id=HOSTILE_ID, label="Company", name=HOSTILE,
                             aliases=[HOSTILE, "a;b|c"]))
    for i in range(extra_companies):
        kg.add_entity(Entity(id=f"company:extra-{i:03d}", label="Company", name=f"Extra {i}"))
    doc, when = "document:seed-000", date(2025, 6, 13)
    kg.add_deal(DealClaim(investors=["company:meta"], target="company:scale-ai",
                          amount=14.3e9, currency="USD", amount_usd=14.3e9, stake=0.49,
                          announced=date(2025, 6, 12), status="completed", doc=doc, date=when,
                          evidence="Meta invirtió US$14.300 millones por el 49% de Scale AI."))
    kg.add_claim(Claim(type="WORKS_AT", source="person:alexandr-wang", target="company:meta",
                       status="incoming", role="chief AI officer", doc=doc, date=when,
                       evidence="Alexandr Wang se unirá a Meta."))
    kg.add_claim(Claim(type="CLIENT_OF", source="company:google", target="company:scale-ai",
                       status="reconsidering", certainty="reported", doc=doc, date=when,
                       evidence="Google reconsidera su contrato con Scale AI, según informes."))
    # Given meta -> google; stored once, google -> meta (the id that sorts first).
    kg.add_claim(Claim(type="COMPETES_WITH", source="company:meta", target="company:google",
                       doc=doc, date=when, evidence="Google, rival de Meta."))
    kg.add_mention(doc, "company:scale-ai", "Scale AI", when)
    if hostile:
        kg.add_claim(Claim(type="PARTNERS_WITH", source=HOSTILE_ID, target="company:meta",
                           doc=doc, date=when, evidence=HOSTILE))
    return kg


def count(kg: KnowledgeGraph) -> dict[str, int]:
    return kg.counts()
