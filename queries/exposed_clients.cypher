// name: exposed_clients
// Clients of a vendor in which an investor holds at least a given stake: who is exposed to whom.
// params: min_stake
MATCH (c:Company)-[r:CLIENT_OF]->(v:Company)<-[:INTO]-(d:Investment)<-[:INVESTED]-(i)
WHERE d.stake >= $min_stake AND i.id <> c.id
RETURN c.name AS client, r.status AS client_status, v.name AS vendor, i.name AS investor, d.stake AS stake
ORDER BY vendor, client
