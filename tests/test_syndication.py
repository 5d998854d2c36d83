"""Copies of one story count once (issue 11, item 1): generated syndicated variants of seed 000
(paragraphs reordered, a sentence changed or added, another outlet's header and footer:
tests/syndication.py) beside seed 003, an independent report of the same deal."""

from __future__ import annotations

import json
import random
import shutil
from itertools import combinations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from loaders.build import build
from loaders.minhash import MIN_BANDS, STORY_THRESHOLD, band_keys, signature, similarity
from queries import api
from queries.cli import app
from tests.syndication import OUTLETS, _dev_texts, _same_deal_pairs, as_records, syndicate
from tests.test_incremental import full_build, snapshot

COPIES = 3
OUTLETS_OF_COPIES = sorted(OUTLETS[:COPIES])


def aikg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def _corpus(folder: Path, seeds_dir: Path, copies: int = COPIES) -> Path:
    folder.mkdir()
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    original = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    for name, record in as_records("000", original, copies, "2025-06-14").items():
        (folder / name).write_text(record, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def syndicated(tmp_path_factory, seeds_dir) -> Path:
    """A graph of seeds 000 and 003 and three syndicated copies of 000."""
    root = tmp_path_factory.mktemp("syndicated")
    db = root / "db"
    build([_corpus(root / "corpus", seeds_dir)], db)
    return db


def _row(show: str, other: str) -> str:
    return next(line for line in show.splitlines() if line.startswith(f"  <- {other} "))


def _outlets(line: str) -> list[str]:
    """The outlets a line lists after 'copies: ' (in merge order), sorted."""
    return sorted(line.split("copies: ", 1)[1].rstrip("])").split(", "))


def test_show_counts_a_story_and_its_copies_as_one_source(syndicated):
    show = aikg("show", "Scale AI", "--db", syndicated)
    assert show.exit_code == 0
    # Only seed 000 (and its copies) says Google reconsiders: one source, the copies as its outlets.
    google = _row(show.stdout, "Google")
    assert google.startswith(f"  <- Google (status: reconsidering, spend_usd: 200000000.0) [1 sources; "
                             f"{COPIES} copies: ")
    assert _outlets(google) == OUTLETS_OF_COPIES
    # Seeds 000 and 003 both report Meta's investment: two independent stories stay two sources.
    meta = _row(show.stdout, "Meta")
    assert f"[2 sources; {COPIES} copies: " in meta and _outlets(meta) == OUTLETS_OF_COPIES
    profile = api.profile("Scale AI", db=syndicated)
    [meta] = profile.relationships["INVESTED"]
    assert len(meta.sources) == 2 and sorted(c.outlet for c in meta.copies) == OUTLETS_OF_COPIES
    assert len(meta.evidence) == len(set(meta.evidence))


def test_a_threshold_no_copy_reaches_keeps_every_copy_a_source(tmp_path, seeds_dir):
    db = tmp_path / "db"
    built = aikg("build", _corpus(tmp_path / "corpus", seeds_dir), "--db", db, "--story-threshold", "1")
    assert built.exit_code == 0, built.stderr
    show = aikg("show", "Scale AI", "--db", db).stdout
    assert _row(show, "Google").endswith(f"[{COPIES + 1} sources]")


def test_a_threshold_out_of_range_is_one_line(tmp_path, seeds_dir):
    result = aikg("build", seeds_dir, "--db", tmp_path / "db", "--story-threshold", "1.5")
    assert result.exit_code == 1
    assert result.stderr == ("error: story threshold 1.5: give a number above 0 and at most 1 (the share of a "
                             f"story's text two copies keep; default {STORY_THRESHOLD})\n")
    assert not (tmp_path / "db").exists()


def test_timeline_lists_each_story_once(syndicated):
    events = api.timeline("OpenAI", db=syndicated)
    stories = [(e.summary, e.evidence.sentence) for e in events]
    assert len(stories) == len(set(stories)) == 3  # 000's two claims and 003's, not once per copy
    for event in events:
        if event.evidence.copies:
            assert sorted(c.outlet for c in event.evidence.copies) == OUTLETS_OF_COPIES
    text = aikg("timeline", "OpenAI", "--db", syndicated).stdout
    assert text.count("Curiosamente, OpenAI supuestamente") == 1
    assert [_outlets(line) for line in text.splitlines() if "copies: " in line] == [OUTLETS_OF_COPIES] * 2


def test_contradictions_list_each_story_once(syndicated):
    [found] = [c for c in api.contradictions(db=syndicated) if c.source == "OpenAI"]
    sides = [(s.value, s.evidence.sentence) for s in found.sides]
    assert len(sides) == len(set(sides)) == 3
    assert {s.evidence.source for s in found.sides if s.evidence.copies} != set()
    text = aikg("contradictions", "--db", syndicated).stdout
    assert text.count("Aunque, según Scale, OpenAI continuará") == 1


def test_path_and_conflicts_list_each_story_once(syndicated):
    for path in api.connections("Google", "Meta", db=syndicated).paths:
        for hop in path.hops:
            sentences = [(e.sentence, e.source) for e in hop.evidence]
            assert len({s for s, _ in sentences}) == len(sentences), hop
    for finding in api.conflicts(db=syndicated):
        sentences = [e.sentence for e in finding.evidence]
        assert len(sentences) == len(set(sentences)), finding


def test_generated_copies_group_and_reports_of_one_deal_do_not():
    """The measurement behind STORY_THRESHOLD, on a sample the full run (python -m tests.syndication)
    covers: copies share MIN_BANDS LSH bands and reach the threshold; dev articles on one deal stay apart."""
    dev = _dev_texts()
    sample = sorted(dev)[::6]
    grouped = total = 0
    for number, name in enumerate(sample):
        original = signature(dev[name])
        for copy in map(signature, syndicate(dev[name], 2, seed=number)):
            total += 1
            grouped += len(set(band_keys(original)) & set(band_keys(copy))) >= MIN_BANDS and \
                similarity(original, copy) >= STORY_THRESHOLD
    assert total >= 70 and grouped / total >= 0.97
    pairs = _same_deal_pairs(set(dev))
    assert len(pairs) > 100
    sigs = {name: signature(text) for name, text in dev.items()}
    assert max(similarity(sigs[a], sigs[b]) for a, b in pairs if sigs[a] and sigs[b]) < STORY_THRESHOLD


def test_stories_coming_and_going_incrementally_equal_a_full_build(tmp_path, seeds_dir):
    """Copies added, the story's first document removed (its copies' story moves to the next), copies
    removed until the group is gone: each incremental build equals a full build."""
    corpus = _corpus(tmp_path / "corpus", seeds_dir, copies=0)
    original = next(seeds_dir.glob("000_*.txt"))
    records = as_records("000", original.read_text(encoding="utf-8"), 4, "2025-06-14", seed=5)
    db = tmp_path / "db"
    assert build([corpus], db).mode == "full"
    names = sorted(records)
    steps = [("add", names[:2]), ("add", names[2:]), ("remove", [original.name]), ("remove", names[:3]),
             ("add", [original.name])]
    for number, (step, files) in enumerate(steps):
        for name in files:
            if step == "remove":
                (corpus / name).unlink()
            elif name in records:
                (corpus / name).write_text(records[name], encoding="utf-8")
            else:
                shutil.copy(original, corpus / name)
        summary = build([corpus], db)
        assert summary.mode == "incremental", step
        full = tmp_path / f"full-{number}"
        full_build(corpus, full, db)
        assert snapshot(db) == snapshot(full), (step, files)
    sources = {len(r.sources) for r in api.profile("Scale AI", db=db).relationships["CLIENT_OF"]}
    assert sources == {1, 2}  # 000 and its one copy left are one story; OpenAI's is also told by 003
