"""Issue 16, item 5: the last bad-input holes, each one line with no traceback, nothing already loaded lost.

File names that are not UTF-8 or hold terminal escapes, a 5 MB article on one line, a NUL byte,
--db on a file, on a read-only folder or empty, a disk that fills while a build writes, and --out
into a folder that does not exist.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import require_tool
from tests.cli_run import REPO, aikg, drop_dac, env_with, no_traceback, write_articles

ARTICLE = "Meta invested $14.3 billion in Scale AI, the companies said on Friday.\n"


def documents(db: Path) -> list[str]:
    result = aikg("query", "MATCH (d:Document) RETURN d.path AS path ORDER BY path", "--db", db, "-f", "json",
                  check=True)
    return [row["path"] for row in json.loads(result.stdout)]


def test_probe_a_file_name_that_is_not_utf8_is_loaded_and_named_with_escapes(tmp_path, fresh_db):
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as out:
        out.write(ARTICLE)
    with open(os.path.join(os.fsencode(folder), b"vac\xedo.txt"), "w"):
        pass
    result = aikg("build", folder, "--db", fresh_db)
    no_traceback(result)
    assert result.returncode == 0
    assert result.stderr == f"warning: {folder}/vac\\xedo.txt: empty file\n"
    assert documents(fresh_db) == [f"{folder}/caf\\xe9.txt"]
    again = aikg("build", folder, "--db", fresh_db)
    assert "(0 extracted, 1 unchanged)" in again.stdout


def test_probe_terminal_escapes_in_a_file_name_are_printed_escaped(tmp_path, fresh_db):
    folder = tmp_path / "escapes"
    folder.mkdir()
    (folder / "red\x1b[31m.txt").write_text(ARTICLE)
    (folder / "bell\x07\x9b2J.txt").write_text("")
    result = aikg("build", folder, "--db", fresh_db)
    assert result.returncode == 0 and "\x1b" not in result.stderr + result.stdout and "\x9b" not in result.stderr
    assert result.stderr == f"warning: {folder}/bell\\x07\\x9b2J.txt: empty file\n"
    assert documents(fresh_db) == [f"{folder}/red\\x1b[31m.txt"]
    table = aikg("query", "MATCH (d:Document) RETURN d.path AS path", "--db", fresh_db)
    assert "\x1b" not in table.stdout and "red\\x1b[31m.txt" in table.stdout


def test_probe_a_5mb_article_on_one_line_is_read_up_to_the_limit(tmp_path, fresh_db):
    folder = tmp_path / "long"
    folder.mkdir()
    [single] = write_articles(folder, [0])
    text = " ".join(single.read_text().replace("\n", " ") for _ in range(5_000_000 // len(single.read_text()) + 1))
    single.write_text(text + "\n")
    result = aikg("build", folder, "--db", fresh_db)
    no_traceback(result)
    assert result.returncode == 0
    (warning,) = result.stderr.splitlines()
    m = re.fullmatch(rf"warning: {re.escape(str(single))}: (5,0\d\d,\d\d\d) characters, more than the 200,000 "
                     r"extracted from one article: only the first 199,\d{3} are read \(split the file into "
                     r"articles to load the rest\)", warning)
    assert m and int(m[1].replace(",", "")) > 5_000_000, warning
    assert "read: 1, skipped: 0 (0 duplicates), repaired: 1" in result.stdout
    assert documents(fresh_db) == [str(single)]


def test_sentences_longer_than_the_limit_are_cut_at_a_space():
    from loaders.sentences import MAX_SENTENCE, split_sentences
    words = " ".join(f"w{i}" for i in range(2000))  # no full stop anywhere
    pieces = split_sentences(words)
    assert all(len(s.text) <= MAX_SENTENCE for s in pieces) and len(pieces) > 1
    assert " ".join(s.text for s in pieces) == words
    assert all(words[s.start:s.end] == s.text for s in pieces)


def test_probe_a_nul_byte_is_removed_with_a_repaired_note(tmp_path, fresh_db):
    folder = tmp_path / "nul"
    folder.mkdir()
    (folder / "nul.txt").write_bytes(ARTICLE.encode().replace(b"invested", b"inv\x00ested"))
    result = aikg("build", folder, "--db", fresh_db)
    assert result.returncode == 0
    assert result.stderr == f"warning: {folder}/nul.txt: 1 NUL byte(s) removed\n"
    assert "repaired: 1" in result.stdout
    title = aikg("query", "MATCH (d:Document) RETURN d.title AS t", "--db", fresh_db, "-f", "json", check=True)
    assert json.loads(title.stdout) == [{"t": ARTICLE.strip()}]


def test_probe_db_on_a_file(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    result = aikg("build", tmp_path / "file", "--db", tmp_path / "file")
    no_traceback(result)
    assert (result.returncode, result.stderr) == (
        1, f"error: {tmp_path}/file: is a file, not a graph directory; give --db a folder (it is created if "
           f"missing)\n")
    assert (tmp_path / "file").read_text() == "not a folder"


def test_probe_db_on_a_read_only_folder(tmp_path):
    (tmp_path / "ro").mkdir()
    (tmp_path / "art.txt").write_text(ARTICLE)
    os.chmod(tmp_path / "ro", 0o555)
    try:
        inside = aikg("build", tmp_path / "art.txt", "--db", tmp_path / "ro" / "db", prefix=drop_dac())
        itself = aikg("build", tmp_path / "art.txt", "--db", tmp_path / "ro", prefix=drop_dac())
    finally:
        os.chmod(tmp_path / "ro", 0o755)
    no_traceback(inside, itself)
    assert (inside.returncode, inside.stderr) == (
        1, f"error: {tmp_path}/ro/db: cannot create the graph directory (Permission denied); give --db a folder you "
           f"can write\n")
    assert (itself.returncode, itself.stderr) == (
        1, f"error: {tmp_path}/ro: cannot write the graph directory (Permission denied); free some space or fix its "
           f"permissions and build again (the previous graph is kept)\n")


def test_probe_db_empty_is_refused(tmp_path):
    (tmp_path / "art.txt").write_text(ARTICLE)
    result = aikg("build", tmp_path / "art.txt", "--db", "")
    assert (result.returncode, result.stderr) == (1, "error: --db is empty; give the graph directory, e.g. --db .aikg\n")
    assert aikg("stats", "--db", "").stderr == result.stderr


@pytest.mark.parametrize("limit, full", [(60_000, False), (400_000, False), (2_000_000, True)])
def test_probe_a_disk_that_fills_during_the_build_keeps_the_previous_graph(tmp_path, limit, full):
    prlimit = shutil.which("prlimit")
    require_tool(bool(prlimit), "prlimit (util-linux) is needed to make writes fail as on a full disk")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, range(3))
    db = tmp_path / "db"
    aikg("build", corpus, "--db", db, check=True)
    before = documents(db)
    write_articles(corpus, range(3, 40))
    env = env_with()
    if full:  # another registry: every document is extracted again and the graph written whole
        registry = tmp_path / "registry.json"
        registry.write_text((REPO / "data" / "registry.json").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        env = env_with(AIKG_REGISTRY=str(registry))
    # Files may not grow past `limit` bytes: writes fail as on a full disk (EFBIG; Python ignores SIGXFSZ).
    result = aikg("build", corpus, "--db", db, prefix=(prlimit, f"--fsize={limit}"), env=env)
    no_traceback(result)
    assert result.returncode == 1
    assert re.fullmatch(r"error: \S+: (cannot write the graph directory \(.+\); free some space or fix its permissions "
                        r"and build again \(the previous graph is kept\)|could not write the graph database \(.+\))\n",
                        result.stderr), result.stderr
    assert documents(db) == before
    assert aikg("build", corpus, "--db", db, env=env).returncode == 0
    assert len(documents(db)) == 40


def test_probe_viz_out_into_a_missing_folder_is_refused(demo_db, tmp_path):
    target = tmp_path / "no" / "such" / "x.html"
    for command in (["viz", "--out", target], ["export", "--format", "json", "--out", target]):
        result = aikg(*command, "--db", demo_db)
        assert (result.returncode, result.stderr) == (
            1, f"error: {target}: the folder {target.parent} does not exist; create it first or choose another "
               f"--out\n")
    assert not (tmp_path / "no").exists()


def test_probe_control_characters_in_names_are_escaped_wherever_printed(demo_db, tmp_path):
    db = Path(shutil.copytree(demo_db, tmp_path / "db", symlinks=True))
    name = "Evil\x1b[2J\x9b31m Corp"
    aikg("query", "CREATE (:Company {id: 'company:evil', name: $name})", "--param", f"name={name}", "--db", db,
         "--write", check=True)
    table = aikg("query", "MATCH (c:Company {id: 'company:evil'}) RETURN c.name AS name", "--db", db, check=True)
    assert "Evil\\x1b[2J\\x9b31m Corp" in table.stdout and "\x1b" not in table.stdout
    missing = aikg("show", name, "--db", db)  # graph.json does not have it: the error names it, escaped
    assert missing.returncode == 1 and "\x1b" not in missing.stderr and "\\x1b[2J" in missing.stderr
