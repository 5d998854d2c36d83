// name: unconfirmed
// Relationships that rest on reported or rumored claims only, to double-check before citing.
// params:
MATCH (a)-[r:WORKS_AT|CLIENT_OF|ACQUIRED|FOUNDED|PARTNERS_WITH|COMPETES_WITH]->(b)
WHERE r.certainty IN ['reported', 'rumored']
RETURN a.name AS source, b.name AS target, r.certainty AS certainty, r.status AS status
ORDER BY source, target
