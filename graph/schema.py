"""The graph schema, written once: labels, relationship types, their properties.

Every store (LadybugDB, Neo4j), export and query builds its statements from
these constants, so a label or type never comes from input text.
"""

from __future__ import annotations

# Property types, named as LadybugDB spells them; the Neo4j backend maps them.
STRING = "STRING"
STRING_LIST = "STRING[]"
DOUBLE = "DOUBLE"
DATE = "DATE"

COMPANY = "Company"
PERSON = "Person"
INVESTMENT = "Investment"
DOCUMENT = "Document"
NODE_LABELS: tuple[str, ...] = (COMPANY, PERSON, INVESTMENT, DOCUMENT)

INVESTED = "INVESTED"
INTO = "INTO"
WORKS_AT = "WORKS_AT"
FOUNDED = "FOUNDED"
CLIENT_OF = "CLIENT_OF"
COMPETES_WITH = "COMPETES_WITH"
ACQUIRED = "ACQUIRED"
PARTNERS_WITH = "PARTNERS_WITH"
MENTIONS = "MENTIONS"
REL_TYPES: tuple[str, ...] = (
    INVESTED, INTO, WORKS_AT, FOUNDED, CLIENT_OF,
    COMPETES_WITH, ACQUIRED, PARTNERS_WITH, MENTIONS,
)
# Stored once, from the endpoint whose id sorts first.
SYMMETRIC_TYPES = frozenset({COMPETES_WITH, PARTNERS_WITH})

# Provenance carried by Investment nodes and by every relationship.
# `claims` holds every claim behind the row as a JSON array, so disagreeing
# sources survive the merge (DESIGN: claims are never overwritten).
PROVENANCE: dict[str, str] = {
    "sources": STRING_LIST,
    "evidence": STRING_LIST,
    "certainty": STRING,
    "first_seen": DATE,
    "last_seen": DATE,
    "claims": STRING,
}

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    COMPANY: {"id": STRING, "name": STRING, "aliases": STRING_LIST, "kind": STRING},
    PERSON: {"id": STRING, "name": STRING, "aliases": STRING_LIST},
    INVESTMENT: {
        "id": STRING, "name": STRING,
        "amount_usd": DOUBLE, "amount": DOUBLE, "currency": STRING,
        "stake": DOUBLE, "announced": DATE, "status": STRING,
        **PROVENANCE,
    },
    DOCUMENT: {
        "id": STRING, "name": STRING, "title": STRING, "source": STRING,
        "url": STRING, "published": DATE, "language": STRING,
        "path": STRING, "sha256": STRING,
    },
}

_REL_OWN: dict[str, dict[str, str]] = {
    INVESTED: {},
    INTO: {},
    WORKS_AT: {"role": STRING, "status": STRING},
    FOUNDED: {},
    CLIENT_OF: {"status": STRING, "spend_usd": DOUBLE, "period": STRING},
    COMPETES_WITH: {},
    ACQUIRED: {"amount_usd": DOUBLE, "status": STRING},
    PARTNERS_WITH: {},
    MENTIONS: {},
}
REL_PROPERTIES: dict[str, dict[str, str]] = {
    rel: {**own, **PROVENANCE} for rel, own in _REL_OWN.items()
}

REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    INVESTED: ((COMPANY, INVESTMENT), (PERSON, INVESTMENT)),
    INTO: ((INVESTMENT, COMPANY),),
    WORKS_AT: ((PERSON, COMPANY),),
    FOUNDED: ((PERSON, COMPANY),),
    CLIENT_OF: ((COMPANY, COMPANY),),
    COMPETES_WITH: ((COMPANY, COMPANY),),
    ACQUIRED: ((COMPANY, COMPANY), (PERSON, COMPANY)),
    PARTNERS_WITH: ((COMPANY, COMPANY),),
    MENTIONS: ((DOCUMENT, COMPANY), (DOCUMENT, PERSON), (DOCUMENT, INVESTMENT)),
}

# Allowed statuses. Investment deals share ACQUIRED's vocabulary.
STATUSES: dict[str, tuple[str, ...]] = {
    WORKS_AT: ("current", "former", "incoming"),
    CLIENT_OF: ("active", "reconsidering", "reducing", "ended"),
    ACQUIRED: ("completed", "planned", "cancelled"),
    INVESTMENT: ("completed", "planned", "cancelled"),
}
# Statuses drawn dashed in the HTML graph and read as "no longer holds".
INACTIVE_STATUSES = frozenset({"former", "ended", "cancelled"})

CERTAINTIES: tuple[str, ...] = ("confirmed", "reported", "rumored")

ID_PREFIX: dict[str, str] = {
    COMPANY: "company", PERSON: "person",
    INVESTMENT: "investment", DOCUMENT: "document",
}
