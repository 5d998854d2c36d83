"""Cached extractions are made again when what decides them changes: the extraction's code, its
data (inflections, lexicons) or the registry; not when only the build around them changes."""

from __future__ import annotations

from pathlib import Path

from loaders.claims import digest_of, extraction_sources, registry_version

REPO = Path(__file__).resolve().parents[1]


def test_the_sources_are_the_extraction_modules_and_their_data():
    names = {p.relative_to(REPO).as_posix() for p in extraction_sources()}
    assert {"loaders/relations.py", "loaders/frames.py", "loaders/triggers_es.py", "loaders/inflections.json",
            "loaders/read.py", "loaders/minhash.py", "loaders/discovery.py", "graph/model.py",
            "data/lexicon/first_names.txt", "data/lexicon/places.txt"} <= names
    assert not names & {"loaders/build.py", "loaders/publish.py", "loaders/claims.py", "loaders/merging.py",
                        "loaders/stories.py"}


def test_the_digest_follows_every_file_content(tmp_path):
    files = [tmp_path / "a.py", tmp_path / "b.txt"]
    files[0].write_text("x = 1\n")
    files[1].write_text("Ana\n")
    before = digest_of(files, "2")
    files[1].write_text("Ana\nLuis\n")
    assert digest_of(files, "2") != before
    files[1].write_text("Ana\n")
    assert digest_of(files, "2") == before
    assert digest_of(files, "3") != before  # the layout version counts too


def test_another_registry_is_another_version(tmp_path):
    registry = tmp_path / "registry.json"
    registry.write_text((REPO / "data" / "registry.json").read_text(encoding="utf-8"), encoding="utf-8")
    same = registry_version(registry)
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert registry_version(registry) != same
