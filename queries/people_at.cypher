// name: people_at
// People who work, worked or will work at a company, with role and status.
// params: company
MATCH (p:Person)-[r:WORKS_AT]->(c:Company)
WHERE c.name = $company
RETURN p.name AS person, r.role AS role, r.status AS status, r.certainty AS certainty, r.last_seen AS last_seen
ORDER BY person
