"""Issue 7, item 1: a folder of scraped news with broken files.

Every good article loads; every bad file (or bad record) gets one warning line
naming it and the reason; the summary counts both; `--strict` exits 2; no
traceback. The small fixtures are in tests/data/bad_input/; the big, binary and
odd-encoding ones are made here, in a temporary folder.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import DATA
from tests.cli_run import aikg, drop_dac, no_traceback, write_articles

FIXTURES = DATA / "bad_input"
LATIN1 = ("MADRID, 3 de marzo de 2025 - La compañía española Telefónica invirtió 50 millones de euros en "
          "la startup Mistral AI, según fuentes cercanas a la operación.\nFuente: Cinco Días\n")
UTF16 = "Google partnered with Anthropic, the companies said on Monday.\nSource: Example Wire\n"
BROKEN_UTF8 = "Meta invirtió 14.300 millones de dólares en Scale AI, según la compañía.\n".encode()

# Bad files and records: the warning names the path and says why.
BAD = {
    "binary.txt": "binary file",
    "binary_nul.txt": "binary file",
    "dangling.txt": "broken symlink",
    "empty.txt": "empty file",
    "fifo.txt": "not a regular file",
    "huge.txt": "larger than the 20 MB limit",
    "loop_a.txt": "symlink loop",
    "loop_b.txt": "symlink loop",
    "nav_only.html": "no article text",
    "notes.csv": "unknown extension '.csv'",
    "record.json#2": "no 'text' string",
    "records.jsonl:2": "invalid JSON line",
    "records.jsonl:4": "not an object",
    "records.jsonl:5": "no 'text' string",
    "sub/parent": "already read",
    "truncated.json": "invalid JSON",
    "unreadable.txt": "cannot read (Permission denied)",
    "whitespace.md": "empty file",
    "zz_copy_of_000.txt": "same article as",
}
REPAIRED = {"broken_utf8.txt": "invalid UTF-8: 1 bad byte sequence(s) replaced"}
GOOD = ["000.txt", "003.txt", "broken_utf8.txt", "good_article.html", "good_front_matter.md", "latin1.txt",
        "record.json#1", "records.jsonl:1", "records.jsonl:3", "utf16.txt", "utf16_nobom.txt"]


@pytest.fixture
def scraped(tmp_path) -> Path:
    folder = tmp_path / "scraped"
    shutil.copytree(FIXTURES, folder)
    for path, name in zip(write_articles(folder, (0, 3)), ("000.txt", "003.txt")):
        path.rename(folder / name)
    shutil.copy(folder / "000.txt", folder / "zz_copy_of_000.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.md").write_bytes(b"  \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "binary_nul.txt").write_bytes(bytes((i * 37) % 256 for i in range(8000)))
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le"))
    (folder / "utf16_nobom.txt").write_bytes(("Microsoft invested in OpenAI. " + UTF16).encode("utf-16-le"))
    (folder / "broken_utf8.txt").write_bytes(BROKEN_UTF8.replace(b"Scale", b"Sc\xffale"))
    with open(folder / "huge.txt", "wb") as handle:  # 50 MB, never committed
        handle.write((b"Meta invested in Scale AI. " * 40 + b"\n") * 46_000)
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "parent")
    os.mkfifo(folder / "fifo.txt")
    (folder / "unreadable.txt").write_text("Amazon invested $4 billion in Anthropic.\n")
    os.chmod(folder / "unreadable.txt", 0)
    return folder


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning: ")]


def _summary(stdout: str) -> dict[str, int]:
    m = re.search(r"^read: (\d+), skipped: (\d+) \((\d+) duplicates\), repaired: (\d+)$", stdout, re.M)
    docs = re.search(r"^documents: (\d+) ", stdout, re.M)
    warnings = re.search(r"^warnings: (\d+)$", stdout, re.M)
    assert m and docs and warnings, stdout
    return {"documents": int(docs[1]), "read": int(m[1]), "skipped": int(m[2]), "duplicates": int(m[3]),
            "repaired": int(m[4]), "warnings": int(warnings[1])}


def test_every_good_article_loads_and_every_bad_one_is_named_once(scraped, fresh_db):
    result = aikg("build", scraped, "--db", fresh_db, prefix=drop_dac())
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    warnings = _warnings(result.stderr)
    for name, reason in {**BAD, **REPAIRED}.items():
        mine = [w for w in warnings if w.startswith(f"warning: {scraped / name}: ")]
        assert len(mine) == 1, (name, warnings)
        assert reason in mine[0], (name, mine[0])
    assert len(warnings) == len(BAD) + len(REPAIRED)
    assert _summary(result.stdout) == {"documents": len(GOOD), "read": len(GOOD) + 1, "skipped": len(BAD),
                                       "duplicates": 1, "repaired": len(REPAIRED),
                                       "warnings": len(BAD) + len(REPAIRED)}
    query = aikg("query", "MATCH (d:Document) RETURN d.path AS path ORDER BY path", "--db", fresh_db, "-f", "json")
    assert [row["path"] for row in json.loads(query.stdout)] == sorted(str(scraped / name) for name in GOOD)


def test_odd_encodings_come_back_as_the_text_they_were(scraped, fresh_db):
    aikg("build", scraped, "--db", fresh_db, prefix=drop_dac(), check=True)
    query = aikg("query", "MATCH (d:Document) RETURN d.path AS path, d.title AS title, d.source AS source",
                 "--db", fresh_db, "-f", "json")
    rows = {Path(row["path"]).name: row for row in json.loads(query.stdout)}
    assert rows["latin1.txt"]["source"] == "Cinco Días"
    assert rows["latin1.txt"]["title"].startswith("MADRID, 3 de marzo de 2025 - La compañía española")
    assert rows["utf16.txt"]["title"] == "Google partnered with Anthropic, the companies said on Monday."
    assert rows["utf16_nobom.txt"]["title"].startswith("Microsoft invested in OpenAI.")
    assert rows["broken_utf8.txt"]["title"] == BROKEN_UTF8.decode().strip().replace("Scale", "Sc\ufffdale")
    assert rows["good_article.html"]["title"] == "Nvidia partners with Mistral AI on European data centers"


def test_strict_turns_any_skip_into_exit_2(scraped, fresh_db, tmp_path):
    strict = aikg("build", scraped, "--db", fresh_db, "--strict", prefix=drop_dac())
    no_traceback(strict)
    assert strict.returncode == 2
    assert _summary(strict.stdout)["skipped"] == len(BAD)
    clean = tmp_path / "clean"
    clean.mkdir()
    shutil.copy(FIXTURES / "good_article.html", clean)
    assert aikg("build", clean, "--db", tmp_path / "db2", "--strict").returncode == 0


def test_a_build_after_a_bad_one_changes_nothing_and_repeats_the_warnings(scraped, fresh_db):
    first = aikg("build", scraped, "--db", fresh_db, prefix=drop_dac())
    second = aikg("build", scraped, "--db", fresh_db, prefix=drop_dac())
    no_traceback(first, second)
    assert sorted(_warnings(first.stderr)) == sorted(_warnings(second.stderr))
    summary = _summary(second.stdout)
    assert (summary["documents"], summary["skipped"]) == (len(GOOD), len(BAD))
    assert "(0 extracted, " in second.stdout


def test_missing_path_and_odd_file_names_are_one_line(tmp_path, fresh_db):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "line\nbreak.txt").write_text("")
    (folder / "[bold]markup[red].txt").write_text("Meta invested $1 billion in Scale AI.\n")
    result = aikg("build", folder, tmp_path / "nowhere", "--db", fresh_db)
    no_traceback(result)
    assert result.returncode == 0
    warnings = _warnings(result.stderr)
    assert f"warning: {folder}/line\\nbreak.txt: empty file" in warnings
    assert f"warning: {tmp_path / 'nowhere'}: no such file or folder" in warnings
    assert len(warnings) == 2
    assert "documents: 1 " in result.stdout


@pytest.mark.parametrize("data,text,note", [
    ("Compañía española".encode("cp1252"), "Compañía española", None),
    ("“Quoted” — and €5".encode("cp1252"), "“Quoted” — and €5", None),
    (codecs.BOM_UTF8 + "añil".encode(), "añil", None),
    (codecs.BOM_UTF32_LE + "añil".encode("utf-32-le"), "añil", None),
    (codecs.BOM_UTF16_BE + "añil".encode("utf-16-be"), "añil", None),
    (("Яндекс инвестировал в стартап " * 10).encode("koi8_r"), "Яндекс инвестировал в стартап " * 10, None),
    (("深度求索投资了一家公司。" * 10).encode("gbk"), "深度求索投资了一家公司。" * 10, None),
    ("Compañía españ".encode()[:-1], "Compañía espa\ufffd",
     "invalid UTF-8: 1 bad byte sequence(s) replaced with U+FFFD"),
])
def test_decoding(data, text, note):
    from loaders.decode import decode_text
    assert decode_text(data, "x.txt") == (text, note)


@pytest.mark.parametrize("data", [bytes(range(1, 256)) * 20, b"%PDF-1.7\n" + bytes(range(256)) * 4,
                                  b"\x00\x01\x02\x03" * 500])
def test_binary_is_refused(data):
    from graph.errors import InputError
    from loaders.decode import decode_text
    with pytest.raises(InputError, match="^x.txt: (binary file|unknown text encoding)"):
        decode_text(data, "x.txt")


def test_text_that_is_not_text_is_cleaned():
    from loaders.read import parse_record
    doc = parse_record({"title": "A\u0000B", "text": "Meta \ud800invested\x0cin Scale AI.\x07"}, "r.json")
    assert (doc.title, doc.text) == ("AB", "AB\nMeta \ufffdinvested\nin Scale AI.")
