// name: large_stakes
// Companies in which one investor holds at least a given stake (0..1), largest first.
// params: min_stake
MATCH (i)-[:INVESTED]->(d:Investment)-[:INTO]->(c:Company)
WHERE d.stake >= $min_stake
RETURN i.name AS investor, c.name AS company, d.stake AS stake, d.amount_usd AS amount_usd,
       d.certainty AS certainty
ORDER BY stake DESC, investor
