// name: node_counts
// How many nodes of each label the graph holds (Neo4j spells the label function labels()).
// params:
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS nodes
ORDER BY label
