// name: rivals_sharing_vendor
// Pairs of competing companies that are clients of the same vendor.
// params:
MATCH (a:Company)-[:CLIENT_OF]->(v:Company)<-[:CLIENT_OF]-(b:Company), (a)-[:COMPETES_WITH]-(b)
WHERE a.name < b.name
RETURN v.name AS vendor, a.name AS client_a, b.name AS client_b
ORDER BY vendor, client_a, client_b
