"""The graph: domain model, in-memory graph, stores, exports and HTML."""
