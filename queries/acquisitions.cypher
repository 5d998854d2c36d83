// name: acquisitions
// Acquisitions with their status (completed, planned, cancelled) and amount; cancelled deals are kept, not hidden.
// params:
MATCH (b)-[r:ACQUIRED]->(t:Company)
RETURN b.name AS buyer, t.name AS target, r.status AS status, r.amount_usd AS amount_usd,
       r.certainty AS certainty, r.last_seen AS last_seen
ORDER BY buyer, target
