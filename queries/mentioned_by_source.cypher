// name: mentioned_by_source
// Entities and deals mentioned by the articles of one outlet, with how many of its articles name each.
// params: source
MATCH (d:Document)-[:MENTIONS]->(e)
WHERE d.source = $source
RETURN e.id AS id, e.name AS name, count(d) AS articles
ORDER BY articles DESC, name
