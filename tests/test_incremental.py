"""Issue 14: an incremental build gives exactly the graph a full build of the same files gives.

The dev set's articles are added, edited and removed in several orders; after
every build the graph directory built step by step (the spare generation
brought up to date in place) is compared with one built from scratch: every
node and relationship of the store, every table of the question index, and
the counts. Then the build's scope: a file gone from under the paths given is
removed, files read from other paths stay, an unreadable file keeps what it gave.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from graph.directory import load_graph, reading
from graph.errors import NothingToRead
from loaders.build import build

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "data" / "dev" / "articles").iterdir())
_INDEX_TABLES = ("nodes", "rows", "relations", "mentions", "disagreements", "names", "stories", "meta")


def snapshot(db: Path) -> tuple:
    """Everything a reader can see: the store's rows and the index's rows, in a canonical order."""
    kg = load_graph(db)
    nodes = sorted((n, sorted(a.items(), key=str)) for n, a in kg.g.nodes(data=True))
    edges = sorted(((u, v, k), sorted(a.items(), key=str)) for u, v, k, a in kg.g.edges(keys=True, data=True))
    with reading(db) as generation:
        conn = sqlite3.connect(generation.index)
        index = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}" if t != "meta" else
                                                  "SELECT * FROM meta WHERE key = 'counts'")))
                 for t in _INDEX_TABLES}
        conn.close()
    return repr(nodes), repr(edges), index


def cached_extractions(db: Path, cache_from: Path, corpus: Path | None = None) -> None:
    """A new graph directory that holds only extractions from `cache_from` (extraction is the slow
    part, and the same text extracts the same): no files, no live documents, no generation. With
    `corpus`, only the extractions of its files' names, spelled with its path, as reading it gives."""
    db.mkdir()
    conn = sqlite3.connect(db / "claims.sqlite")
    conn.execute(f"ATTACH DATABASE '{cache_from / 'claims.sqlite'}' AS src")
    conn.execute("CREATE TABLE extractions AS SELECT sha256, path, version, published, doc_id, head, claims, "
                 "mentions, 0 AS live, signature FROM src.extractions")
    if corpus is not None:
        names = {p.name for p in corpus.iterdir()}
        for sha, path, head in conn.execute("SELECT sha256, path, head FROM extractions").fetchall():
            if Path(path).name in names:
                moved, head = str(corpus / Path(path).name), json.loads(head)
                head["document"]["path"] = moved
                conn.execute("UPDATE extractions SET path = ?, head = ? WHERE sha256 = ?",
                             (moved, json.dumps(head), sha))
            else:
                conn.execute("DELETE FROM extractions WHERE sha256 = ?", (sha,))
    conn.commit()
    conn.close()


def full_build(corpus: Path, db: Path, cache_from: Path):
    """A build from scratch that extracts nothing: every extraction comes from `cache_from`."""
    cached_extractions(db, cache_from)
    return build([corpus], db)


def _edit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(". ", ". The company declined to comment. ", 1), encoding="utf-8")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_builds_equal_a_full_build(tmp_path, seed, dev_db):
    rng = random.Random(seed)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    order = ARTICLES[:]
    rng.shuffle(order)
    for path in order[: len(order) // 2]:
        shutil.copy(path, corpus / path.name)
    cached_extractions(tmp_path / "db", dev_db, corpus)  # the first half as the dev set's build read it
    first = build([corpus], tmp_path / "db")
    assert (first.mode, first.extracted) == ("full", 0)
    steps = ["add", "remove", "edit", "mixed", "add", "remove"]
    rng.shuffle(steps)
    for number, step in enumerate(steps):
        present = sorted(corpus.iterdir())
        absent = [p for p in order if not (corpus / p.name).exists()]
        if step in ("add", "mixed"):
            for path in absent[:3]:
                shutil.copy(path, corpus / path.name)
        if step in ("remove", "mixed"):
            for path in rng.sample(present, 2):
                path.unlink()
        if step == "edit":
            # (a plain-text article: in a page or a record the first ". " may sit in a part the reader
            # skips, such as a meta description, and the document would not change)
            _edit(rng.choice([p for p in present if p.suffix == ".txt"]))
        summary = build([corpus], tmp_path / "db")
        assert summary.mode == "incremental", step
        full = tmp_path / f"full-{number}"
        scratch = full_build(corpus, full, tmp_path / "db")
        assert (scratch.mode, scratch.extracted) == ("full", 0)
        assert snapshot(tmp_path / "db") == snapshot(full), step
        assert summary.counts == scratch.counts


def test_a_file_gone_from_under_the_paths_is_removed_and_other_paths_stay(tmp_path):
    old, today = tmp_path / "news", tmp_path / "today"
    old.mkdir()
    today.mkdir()
    for path in ARTICLES[:4]:
        shutil.copy(path, old / path.name)
    shutil.copy(ARTICLES[4], today / ARTICLES[4].name)
    db = tmp_path / "db"
    assert build([old], db).documents == 4
    daily = build([today], db)
    assert (daily.mode, daily.documents, daily.extracted) == ("incremental", 5, 1)
    (old / ARTICLES[0].name).unlink()
    pruned = build([old], db)
    assert (pruned.documents, pruned.removed) == (4, 1)
    expected = tmp_path / "expected"
    assert build([old, today], expected).documents == 4
    assert snapshot(db) == snapshot(expected)
    with pytest.raises(NothingToRead):  # a path that is not there is an error, and removes nothing
        build([tmp_path / "missing"], db)
    assert build([tmp_path / "missing", today], db).documents == 4  # nor when another path is there
    assert snapshot(db) == snapshot(expected)


def test_an_unreadable_file_keeps_the_documents_it_gave(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = corpus / "wire.json"
    record.write_text('{"title": "Meta invests", "text": "Meta invested $14.3 billion in Scale AI, taking a 49% '
                      'stake, the companies said on Friday.", "published": "2025-06-13"}', encoding="utf-8")
    db = tmp_path / "db"
    before = build([corpus], db)
    record.write_text('{"title": "Meta invests", "text": "Meta inv', encoding="utf-8")  # half written
    during = build([corpus], db)
    assert during.documents == before.documents == 1 and during.warnings
    assert during.counts == before.counts
