"""Named questions over the graph, the Cypher library and the `aikg` CLI."""
