// name: investors_of
// Who invested in a company: amount in US dollars, stake, certainty and sources of each deal.
// params: company
MATCH (i)-[:INVESTED]->(d:Investment)-[:INTO]->(c:Company)
WHERE c.name = $company
RETURN i.name AS investor, d.amount_usd AS amount_usd, d.stake AS stake, d.status AS status,
       d.certainty AS certainty, d.sources AS sources
ORDER BY amount_usd DESC, investor
