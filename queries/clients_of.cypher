// name: clients_of
// Clients of a vendor, with the current status of each relationship and its evidence.
// params: vendor
MATCH (c:Company)-[r:CLIENT_OF]->(v:Company)
WHERE v.name = $vendor
RETURN c.name AS client, r.status AS status, r.spend_usd AS spend_usd, r.certainty AS certainty,
       r.last_seen AS last_seen, r.evidence AS evidence
ORDER BY client
