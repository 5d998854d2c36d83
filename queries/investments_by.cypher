// name: investments_by
// Companies an investor (company or person) put money into, with amount, stake and status.
// params: investor
MATCH (i)-[:INVESTED]->(d:Investment)-[:INTO]->(c:Company)
WHERE i.name = $investor
RETURN c.name AS company, d.amount_usd AS amount_usd, d.stake AS stake, d.status AS status,
       d.certainty AS certainty, d.last_seen AS last_seen
ORDER BY company
