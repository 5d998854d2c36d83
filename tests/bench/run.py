"""`make bench`: the figures of issue 7 on a generated corpus, printed and written to BENCHMARKS.md.

    python -m tests.bench.run                    # 100,000 articles, writes BENCHMARKS.md
    python -m tests.bench.run --articles 2000    # a quick check, written under tests/bench/out/

Each section is a function that adds its figures to the report: the corpus,
extraction on one core and on all cores, the full build (wall time and peak
memory of the process tree), the embedded store load against LadybugDB's own
COPY of the same rows, one article added, edited and removed, a 5 MB article on
one line, each question command's time in a new process, and the push to a real
Neo4j (tests/bench/neo4j_push.py). A missed goal gets its factor and a profile.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from tests.bench import report as rep
from tests.bench.corpus import as_text, article, load_names, write_corpus
from tests.bench.measure import machine, profile, run_measured
from tests.bench.neo4j_push import section_neo4j_push

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "tests" / "bench" / "out"


def section_corpus(ctx: dict) -> None:
    start = time.perf_counter()
    reused = (ctx["corpus"] / ".complete").exists()
    stats = write_corpus(ctx["corpus"], ctx["articles"])
    ctx["corpus_stats"] = stats
    rep.add(ctx, "corpus", f"{stats['articles']:,} articles in {stats['files']:,} files, "
                           f"{stats['bytes'] / 1e6:.1f} MB ({stats['bytes'] / stats['articles']:.0f} bytes each), "
                           + ("reused from an earlier run" if reused else
                              f"generated in {time.perf_counter() - start:.1f} s"))


def _sample_docs(ctx: dict, count: int):
    from loaders.read import read_paths
    from loaders.types import Warning_
    docs = []
    for item in read_paths([ctx["corpus"]]):
        if not isinstance(item, Warning_):
            docs.append(item)
            if len(docs) >= count:
                break
    return docs


def section_extract_one_core(ctx: dict) -> None:
    from loaders.entities import load_registry
    from loaders.pipeline import extract
    docs = _sample_docs(ctx, ctx["sample"])
    registry = load_registry()
    from loaders.cue_tables import compile_all
    compile_all()  # the cues, compiled once by each worker of a long build (loaders.extract_pool)
    extract(docs[0], registry)  # warm the caches a long build has warm
    start = time.perf_counter()
    for doc in docs:
        extract(doc, registry)
    seconds = time.perf_counter() - start
    size = sum(len(d.text.encode()) for d in docs)
    rate = len(docs) / seconds
    ctx["one_core_rate"] = rate
    rep.figure(ctx, "extraction, one core", f"{rate:,.0f} articles/s, {size / seconds / 1e6:.2f} MB/s "
               f"({len(docs):,} articles)", rate >= 1000, "≥ 1,000 articles/s per core", 1000 / rate)
    _, table = profile(lambda: [extract(d, registry) for d in docs[:300]])
    rep.profile(ctx, "extraction, one core (300 articles, by own time)", table)


def section_extract_all_cores(ctx: dict) -> None:
    from loaders.entities import DEFAULT_REGISTRY, load_registry
    from loaders.extract_pool import Extractor, default_workers
    cores = default_workers()
    docs = _sample_docs(ctx, ctx["sample"] * cores)
    warmup = _sample_docs(ctx, 2 * 64 * cores)[-64 * cores:]
    done: list = []
    os.environ["AIKG_POOL_AFTER"] = "0"  # the pool from the first batch
    with Extractor(load_registry(), DEFAULT_REGISTRY, cores) as pool:
        for doc in warmup:  # start the workers and load their registry before the clock runs
            pool.submit(doc)
        pool.finish()
        pool.on_done = done.extend
        start = time.perf_counter()
        for doc in docs:
            pool.submit(doc)
        pool.finish()
        seconds = time.perf_counter() - start
    size = sum(len(d.text.encode()) for d in docs)
    rate = len(done) / seconds
    rep.figure(ctx, f"extraction, all cores ({cores})", f"{rate:,.0f} articles/s, {size / seconds / 1e6:.2f} MB/s "
               f"({len(docs):,} articles, {rate / cores:,.0f} per core)",
               rate / cores >= 1000, "≥ 1,000 articles/s per core", 1000 * cores / rate)


def _build(ctx: dict, *paths: Path) -> tuple[dict, object]:
    run = run_measured([sys.executable, "-m", "tests.bench.build_once", str(ctx["db"]), *map(str, paths)], cwd=REPO)
    if run.returncode != 0:
        raise SystemExit(f"build failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1]), run


def section_full_build(ctx: dict) -> None:
    shutil.rmtree(ctx["db"], ignore_errors=True)
    summary, run = _build(ctx, ctx["corpus"])
    ctx["build"] = summary
    seconds = summary["seconds"]
    phases = ", ".join(f"{k} {v:.0f} s" for k, v in seconds.items() if k != "staging")
    rows = sum(summary["counts"].values())
    rep.figure(ctx, "full build, wall time", f"{run.seconds:,.0f} s for {summary['documents']:,} documents "
               f"({phases})", run.seconds < 600, "< 10 minutes", run.seconds / 600)
    rep.figure(ctx, "full build, peak memory", f"{run.peak_tree_mb:,.0f} MB for the build and its workers "
               f"({run.peak_main_mb:,.0f} MB the building process alone)", run.peak_tree_mb < 2048, "< 2 GB",
               run.peak_tree_mb / 2048)
    rep.add(ctx, "graph", f"{rows:,} rows: " + ", ".join(f"{k} {v:,}" for k, v in summary["counts"].items()))
    rate = summary["extracted"] / seconds["read+extract"]
    rep.add(ctx, "extraction inside the build", f"{rate:,.0f} articles/s (reading, extraction in "
                                                f"{machine()['cores']} processes, claim store writes)")


def section_store_load(ctx: dict) -> None:
    """Our load against LadybugDB's COPY of the same rows from Parquet files it wrote itself.

    A full build stages every table's rows in Parquet files while it merges (graph.store.StoreLoader),
    then its store phase creates the tables and COPYs those files: the load is the store phase, and
    the staging, which the merge phase includes, is shown beside it."""
    import ladybug
    from graph import schema
    from graph.store import db_path, schema_sql
    ours = ctx["build"]["seconds"]["store"]
    rows = sum(ctx["build"]["counts"].values())
    folder = OUT / "copy-reference"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = ladybug.Database(str(db_path(ctx["db"]).resolve()), read_only=True)
    conn = ladybug.Connection(source)
    copies = []
    for label, props in schema.NODE_PROPERTIES.items():
        if ctx["build"]["counts"][label]:
            conn.execute(f"COPY (MATCH (n:{label}) RETURN {', '.join(f'n.{p} AS {p}' for p in props)}) "
                         f"TO '{folder / label}.parquet'")
            copies.append(f"COPY {label} FROM '{folder / label}.parquet'")
    for rel, props in schema.REL_PROPERTIES.items():
        for a, b in schema.REL_ENDPOINTS[rel]:
            name = folder / f"{rel}-{a}-{b}.parquet"
            count = conn.execute(f"MATCH (:{a})-[r:{rel}]->(:{b}) RETURN count(r)").get_all()[0][0]
            if count:
                conn.execute(f"COPY (MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN x.id AS `from`, y.id AS `to`, "
                             f"{', '.join(f'r.{p} AS {p}' for p in props)}) TO '{name}'")
                copies.append(f"COPY {rel} FROM '{name}' (from='{a}', to='{b}')")
    conn.close()
    source.close()
    target = ladybug.Database(str(folder / "reference.lbdb"))
    conn = ladybug.Connection(target)
    for statement in schema_sql():
        conn.execute(statement)
    start = time.perf_counter()
    for statement in copies:
        conn.execute(statement)
    reference = time.perf_counter() - start
    conn.close()
    target.close()
    shutil.rmtree(folder, ignore_errors=True)
    ratio = ours / reference
    staging = ctx["build"]["seconds"].get("staging", 0.0)
    rep.figure(ctx, "embedded store load", f"{rows / ours:,.0f} rows/s ({rows:,} rows in {ours:.1f} s); LadybugDB's "
               f"own COPY of the same rows from Parquet: {rows / reference:,.0f} rows/s ({reference:.1f} s), "
               f"ratio {ratio:.2f}; staging the rows as Parquet during the merge took {staging:.1f} s more "
               f"(ratio with it {(ours + staging) / reference:.2f})", ratio <= 1.5, "within 1.5× of plain COPY",
               ratio / 1.5)


def section_incremental(ctx: dict) -> None:
    """One article added to the 100,000, then edited, then removed: each a build of the corpus and a
    folder of extras, in its own process (wall time and peak memory of the process tree)."""
    extra = ctx["corpus"].parent / f"{ctx['corpus'].name}-extra"
    shutil.rmtree(extra, ignore_errors=True)
    extra.mkdir()
    one = extra / "one.txt"
    record = article(ctx["articles"] + 1, load_names())
    steps = [("add", lambda: one.write_text(as_text(record), encoding="utf-8")),
             ("edit", lambda: one.write_text(as_text(record).replace(". ", ". The company declined to comment. ", 1),
                                             encoding="utf-8")),
             ("removal", one.unlink)]
    for name, change in steps:
        change()
        summary, run = _build(ctx, ctx["corpus"], extra)
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in summary["seconds"].items() if k != "staging")
        rep.figure(ctx, f"one-article {name} at {summary['documents']:,} documents",
                   f"{run.seconds:.1f} s, peak {run.peak_tree_mb:,.0f} MB ({summary['mode']} build; "
                   f"{summary['extracted']} extracted, {summary['removed']} file removed; {phases})",
                   run.seconds < 10, "< 10 s", run.seconds / 10)
    shutil.rmtree(extra, ignore_errors=True)


def section_long_line(ctx: dict) -> None:
    """Issue 16: a 5 MB article on one line (generated articles joined by spaces), with and without
    full stops, builds in seconds: extraction reads at most loaders.read.MAX_CHARS of it."""
    folder = ctx["corpus"].parent / "long-line"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    names, parts, size, i = load_names(), [], 0, 0
    while size < 5_000_000:
        parts.append(as_text(article(10_000_000 + i, names)).replace("\n", " "))
        size, i = size + len(parts[-1]) + 1, i + 1
    text = " ".join(parts)
    for name, body in (("one-line.txt", text), ("no-full-stops.txt", text.replace(".", ","))):
        (folder / name).write_text(body + "\n", encoding="utf-8")
        db = ctx["corpus"].parent / "long-line-db"
        shutil.rmtree(db, ignore_errors=True)
        run = run_measured([sys.executable, "-m", "queries.cli", "build", str(folder / name), "--db", str(db)],
                           cwd=REPO)
        rep.figure(ctx, f"5 MB single-line article, {name}", f"built in {run.seconds:.1f} s (exit {run.returncode}, "
                   f"peak {run.peak_tree_mb:,.0f} MB)", run.returncode == 0 and run.seconds < 30, "< 30 s",
                   run.seconds / 30)
    shutil.rmtree(folder, ignore_errors=True)


QUESTIONS = [("stats", ["stats"], 1.0), ("show", ["show", "OpenAI"], 1.0), ("path", ["path", "Google", "Meta"], 1.0),
             ("timeline", ["timeline", "Anthropic"], 1.0), ("contradictions", ["contradictions"], 1.0),
             ("conflicts", ["conflicts"], 5.0)]


def section_queries(ctx: dict, runs: int = 3) -> None:
    """Each question command as an analyst runs it: a new `aikg` process, output to a pipe; the
    median of `runs` runs after one to warm the page cache."""
    aikg = Path(sys.executable).with_name("aikg")
    for name, args, goal in QUESTIONS:
        times, run = [], None
        for _ in range(runs + 1):
            run = run_measured([str(aikg), *args, "--db", str(ctx["db"])], cwd=REPO)
            if run.returncode != 0:
                rep.add(ctx, f"`{name}` cold process", f"failed: {run.stderr.strip()[-300:]}")
                break
            times.append(run.seconds)
        else:
            seconds = statistics.median(times[1:])
            rep.figure(ctx, f"`aikg {' '.join(args)}`, cold process",
                       f"{seconds:.2f} s (median of {runs}; {len(run.stdout.splitlines()):,} lines of output, "
                       f"peak {run.peak_tree_mb:,.0f} MB)", seconds < goal, f"< {goal:g} s", seconds / goal)


SECTIONS = [section_corpus, section_extract_one_core, section_extract_all_cores, section_full_build,
            section_store_load, section_incremental, section_long_line, section_queries, section_neo4j_push]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="aikg benchmarks (issue 7)")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=1000, help="articles for the extraction sections")
    parser.add_argument("--report", type=Path, help="default: BENCHMARKS.md for 100,000 articles, "
                                                    "tests/bench/out/BENCHMARKS-N.md otherwise")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ctx = {"articles": args.articles, "sample": min(args.sample, args.articles),
           "corpus": OUT / f"corpus-{args.articles}", "db": OUT / f"db-{args.articles}",
           "report": args.report or (REPO / "BENCHMARKS.md" if args.articles == 100_000
                                     else OUT / f"BENCHMARKS-{args.articles}.md"),
           "machine": machine(), "lines": [], "profiles": [], "started": time.time()}
    print(rep.machine_line(ctx["machine"]), flush=True)
    for section in SECTIONS:
        try:
            section(ctx)
        except Exception as err:  # one section's failure (a server out of memory) must not lose the others
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            rep.add(ctx, section.__name__.removeprefix("section_").replace("_", " "),
                    f"not measured: {type(err).__name__}: {first[:300]}")
            print(f"{section.__name__} failed: {type(err).__name__}: {first[:300]}", flush=True)
    rep.write(ctx)
    print(f"wrote {ctx['report']} ({time.time() - ctx['started']:.0f} s in all)")


if __name__ == "__main__":
    main()
