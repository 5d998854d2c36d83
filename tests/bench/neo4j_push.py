"""`make bench`, Neo4j section: the bench graph pushed to a real Neo4j 5.26 (the test server of
tests/neo4j_server), in rows per second, beside the embedded store's load of the same graph.

    python -m tests.bench.neo4j_push --articles 20000   # this section alone, on its own graph

Run alone, it builds the bench graph of that many articles if needed (the corpus and database
of `make bench --articles N`), measures, and puts its rows into BENCHMARKS.md in place of the
earlier Neo4j rows, leaving every other figure as it was.

What is measured: `graph.neo4j_store.push` (constraints, tokens, batched `UNWIND $rows MERGE`
in managed transactions, then the sync) into an empty database, first on a subgraph for each
batch size, then on the whole graph with the batch size that was fastest, then a second push of
the whole graph (nothing to write: the cost of checking). Kept in its own module so the other
sections of run.py change without touching it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from tests.bench import report as rep

BATCH_SIZES = (250, 1000, 2500, 5000, 10000)
SWEEP_ROWS = 100_000  # about how many rows the batch-size sweep pushes each time
ROW_PREFIX = "Neo4j push"  # every row this section adds starts so; a lone run replaces them


def _rows(kg) -> int:
    return sum(kg.counts().values())


def subgraph(kg, rows: int):
    """The first documents (by id), what they mention, and every relationship among those nodes,
    growing until about `rows` rows: a smaller graph of the same shape."""
    from graph import schema
    from graph.memgraph import KnowledgeGraph
    docs = sorted(n for n, d in kg.g.nodes(data=True) if d["label"] == schema.DOCUMENT)
    if _rows(kg) <= rows:
        return kg
    per_doc = max(1, _rows(kg) // max(1, len(docs)))
    keep: set[str] = set()
    for doc in docs[:max(1, rows // per_doc)]:
        keep.add(doc)
        keep.update(kg.g.successors(doc))
    # Investments bring their backers and targets, so the deal edges come along.
    for node in [n for n in keep if kg.g.nodes[n]["label"] == schema.INVESTMENT]:
        keep.update(kg.g.predecessors(node))
        keep.update(kg.g.successors(node))
    sub = KnowledgeGraph()
    sub.g = kg.g.subgraph(keep).copy()
    return sub


def _wipe(config) -> None:
    """Empty the database in transactions of bounded size (a large graph in one would not fit)."""
    from graph.neo4j_store import connect
    driver = connect(config)
    try:
        with driver.session(database=config.database) as session:
            # Relationships first: detaching a node with tens of thousands of them (a hub company, a
            # document's MENTIONS) in one inner transaction exceeds the server's transaction memory.
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    finally:
        driver.close()


def _timed_push(kg, config, batch_size: int) -> tuple[float, object]:
    from graph.neo4j_store import push
    start = time.perf_counter()
    summary = push(kg, config, batch_size=batch_size)
    return time.perf_counter() - start, summary


def _embedded_load(ctx: dict, kg) -> tuple[float, str]:
    """The embedded store's load of the same graph: the build's own figure when this run made it."""
    rows = _rows(kg)
    if "build" in ctx and "store" in ctx["build"].get("seconds", {}):
        seconds = ctx["build"]["seconds"]["store"]
        return rows / seconds, "in the build"
    from graph.store import write_store
    folder = Path(tempfile.mkdtemp(prefix="aikg-bench-store-"))
    try:
        start = time.perf_counter()
        write_store(kg, folder)
        return rows / (time.perf_counter() - start), "measured here"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def section_neo4j_push(ctx: dict) -> None:
    from graph.neo4j_store import Neo4jConfig
    from graph.directory import load_graph
    from tests.neo4j_server import launcher

    reason = launcher.missing_tools()
    if reason is not None:
        rep.add(ctx, ROW_PREFIX, f"not measured: {reason}")
        return
    kg = load_graph(ctx["db"])
    rows = _rows(kg)
    sample = subgraph(kg, SWEEP_ROWS)
    sample_rows = _rows(sample)
    home = Path(tempfile.mkdtemp(prefix="aikg-bench-neo4j-"))
    try:
        server = launcher.start(home, heap="2g", pagecache_mb=1024, quick_jit=False)
    except launcher.LauncherError as err:
        rep.add(ctx, ROW_PREFIX, f"not measured: {err}")
        shutil.rmtree(home, ignore_errors=True)
        return
    try:
        config = Neo4jConfig(uri=server.uri, username=server.username, password=server.password,
                             database=server.database)
        rates = {}
        for size in BATCH_SIZES:
            _wipe(config)
            seconds, _ = _timed_push(sample, config, size)
            rates[size] = sample_rows / seconds
        best = max(rates, key=rates.get)
        sweep = ", ".join(f"{size:,}: {rate:,.0f}" for size, rate in rates.items())
        rep.add(ctx, f"{ROW_PREFIX}, batch size",
                f"best {best:,} rows per transaction; rows/s by batch size ({sample_rows:,} rows, "
                f"{len(sample.nodes('Document')):,} documents, into an empty database each time): {sweep}")
        _wipe(config)
        first, summary = _timed_push(kg, config, best)
        again, unchanged = _timed_push(kg, config, best)
        written = unchanged.total_created + unchanged.total_updated + unchanged.total_removed
        embedded, how = _embedded_load(ctx, kg)
        rep.add(ctx, ROW_PREFIX,
                f"{rows / first:,.0f} rows/s ({rows:,} rows of {ctx['articles']:,} articles in "
                f"{first:.1f} s, batch size {best:,}, {summary.total_created:,} created, into an "
                f"empty Neo4j {server_version(config)}); embedded store load of the same graph "
                f"{embedded:,.0f} rows/s ({how}), {embedded / (rows / first):.1f}× the push")
        rep.add(ctx, f"{ROW_PREFIX}, again",
                f"{rows / again:,.0f} rows/s ({again:.1f} s) for a second push of the same graph: "
                f"{written} rows written, the rest compared by hash on the server; load average "
                f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end (other work shares "
                f"the machine)")
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def server_version(config) -> str:
    from graph.neo4j_store import run_query
    _, rows = run_query("CALL dbms.components() YIELD versions, edition "
                        "RETURN versions[0] + ' ' + edition", config=config)
    return rows[0][0]


# -- run alone ----------------------------------------------------------------------------------
def update_report(path: Path, lines: list[tuple]) -> None:
    """Put this section's rows into an existing BENCHMARKS.md table in place of its earlier ones
    (after the embedded store's row, or at the end of the table)."""
    rows = [f"| {name} | {text.replace('|', '/')} |  |  |" for name, text, *_ in lines]
    old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in old if not line.startswith(f"| {ROW_PREFIX}")]
    table = [i for i, line in enumerate(kept) if line.startswith("| ")]
    if not table:
        kept += ["", "| measure | result | goal | |", "|---|---|---|---|"]
        table = [len(kept) - 1]
    anchor = next((i for i in table if kept[i].startswith("| embedded store load")), table[-1])
    kept[anchor + 1:anchor + 1] = rows
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    from graph.directory import current
    from tests.bench.measure import machine
    from tests.bench.run import OUT, REPO, section_corpus, section_full_build

    parser = argparse.ArgumentParser(description="aikg benchmark: push to Neo4j only")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--report", type=Path, default=REPO / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ctx = {"articles": args.articles, "corpus": OUT / f"corpus-{args.articles}",
           "db": OUT / f"db-{args.articles}", "machine": machine(), "lines": [], "profiles": [],
           "started": time.time()}
    print(rep.machine_line(ctx["machine"]), flush=True)
    section_corpus(ctx)
    if current(ctx["db"]) is None:
        section_full_build(ctx)
    section_neo4j_push(ctx)
    update_report(args.report, [line for line in ctx["lines"]
                                if re.match(re.escape(ROW_PREFIX), line[0])])
    print(f"updated the {ROW_PREFIX} rows of {args.report} ({time.time() - ctx['started']:.0f} s)")


if __name__ == "__main__":
    main()
