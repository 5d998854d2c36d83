// name: node_counts
// How many nodes of each label the graph holds.
// params:
MATCH (n)
RETURN label(n) AS label, count(n) AS nodes
ORDER BY label
