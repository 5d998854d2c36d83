// name: founders_of
// Founders of a company, with the sentences that say so.
// params: company
MATCH (p:Person)-[r:FOUNDED]->(c:Company)
WHERE c.name = $company
RETURN p.name AS founder, r.evidence AS evidence
ORDER BY founder
