// name: people_moved
// People who worked at one company and now work at, or are joining, another.
// params: from_company, to_company
MATCH (a:Company)<-[r1:WORKS_AT]-(p:Person)-[r2:WORKS_AT]->(b:Company)
WHERE a.name = $from_company AND b.name = $to_company AND r2.status IN ['current', 'incoming']
RETURN p.name AS person, r1.role AS role_before, r1.status AS status_before,
       r2.role AS role_after, r2.status AS status_after, r2.evidence AS evidence
ORDER BY person
