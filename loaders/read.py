"""Reading documents: pure parsers over text, and thin I/O that walks paths.

`parse_*` functions take text and return RawDocument fields; `read_paths`
walks files and folders, decodes bytes, and reports what it skipped as
warnings instead of raising, so one bad file never stops a build.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from graph.errors import InputError
from loaders.types import RawDocument, Warning_
from loaders.values import MONTHS

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 20_000_000

_SOURCE_LINE = re.compile(r"^\s*(?:Fuente|Source|Fuentes|Sources)\s*:\s*(?P<src>[^\n]{2,80}?)\s*$", re.I | re.M)
_DATELINE_ES = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,40},\s+(?P<d>\d{1,2})\s+de\s+(?P<m>[a-záéíóú]+)\s+de\s+"
                          r"(?P<y>\d{4})", re.M)
_DATELINE_EN = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+(?:\w+,\s+)?(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?"
                          r"\s*(?P<y>\d{4})?", re.M)
_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", re.S)


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) and UTF-16 by their marks; otherwise the detected charset."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without a mark leaves every other byte zero in Latin text.
        zeros_even = data[0:4096:2].count(0)
        zeros_odd = data[1:4096:2].count(0)
        if max(zeros_even, zeros_odd) > len(data[:4096]) // 4:
            return data.decode("utf-16-le" if zeros_odd > zeros_even else "utf-16-be", errors="replace")
        raise InputError(f"{path}: binary file, not text")
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{path}: unknown text encoding")
    return str(best)


def article_date(text: str) -> date | None:
    """The dateline's date: 'MADRID, 3 de marzo de 2025' or 'LONDON, May 4, 2024 —'."""
    head = text[:600]
    for pattern in (_DATELINE_ES, _DATELINE_EN):
        m = pattern.search(head)
        if m and m.group("m").lower() in MONTHS and m.group("y"):
            try:
                return date(int(m.group("y")), MONTHS[m.group("m").lower()], int(m.group("d")))
            except ValueError:
                continue
    return None


def _parse_date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline; else the start of the first sentence."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if first is None or len(first) <= 160:
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def parse_text(text: str, path: str) -> RawDocument:
    """A plain-text or Markdown article: first line the headline, "Fuente: X" the outlet."""
    meta: dict = {}
    fm = _FRONT_MATTER.match(text)
    if fm:
        for line in fm.group("body").splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[fm.end():]
    source = meta.get("source")
    m = _SOURCE_LINE.search(text)
    if m and m.start() > len(text) * 0.5:
        source = source or m.group("src").strip()
        text = text[:m.start()] + text[m.end():]
    text = re.sub(r"^#+\s*", "", text, flags=re.M).strip()
    title = meta.get("title") or headline(text)
    published = _parse_date(meta.get("date") or meta.get("published")) or article_date(text)
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title, url=meta.get("url"),
                       published=published, source=source)


def parse_record(record: dict, path: str) -> RawDocument:
    """A JSON record {"title", "text", "url", "published", "source"}."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(f"{path}: record has no 'text' string")
    title = record.get("title")
    body = record["text"].strip()
    text = f"{title}\n{body}" if title and not body.startswith(str(title)) else body
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title, url=record.get("url"),
                       published=_parse_date(record.get("published") or record.get("date")) or article_date(body),
                       source=record.get("source"))


def parse_html(html: str, path: str) -> RawDocument:
    """The article body of an HTML page, without menus, banners or scripts."""
    import trafilatura
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    if not body or not body.strip():
        raise InputError(f"{path}: no article text in the HTML (only navigation or scripts)")
    title = meta.title if meta and meta.title else None
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title or body.splitlines()[0],
                       url=meta.url if meta else None,
                       published=(_parse_date(meta.date) if meta and meta.date else None) or article_date(body),
                       source=meta.sitename if meta and meta.sitename else None)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_file(path: Path) -> Iterator[RawDocument]:
    """Documents in one file; raises InputError naming the file for anything unreadable."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unknown extension '{suffix or '(none)'}'; aikg reads "
                         f"{', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: {size / 1e6:.0f} MB is larger than the {MAX_BYTES / 1e6:.0f} MB limit "
                             f"for one article; split it")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from err
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode(data, name)
    if suffix in HTML_SUFFIXES:
        yield parse_html(text, name)
    elif suffix == ".json":
        try:
            record = json.loads(text)
        except ValueError as err:
            raise InputError(f"{name}: invalid JSON ({err})") from err
        for i, item in enumerate(record if isinstance(record, list) else [record]):
            yield parse_record(item, name if not isinstance(record, list) else f"{name}#{i + 1}")
    elif suffix in (".jsonl", ".ndjson"):
        yield from _parse_jsonl(text, name)
    else:
        yield parse_text(text, name)


def _parse_jsonl(text: str, name: str) -> Iterator[RawDocument | Warning_]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield parse_record(json.loads(line), where)
        except ValueError as err:
            yield Warning_(where, f"invalid JSON line ({err})")
        except InputError as err:
            yield Warning_(where, str(err).split(": ", 1)[1])


def _walk(path: Path, seen: set) -> Iterator[Path | Warning_]:
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as err:
        yield Warning_(str(path), f"cannot follow path ({err})")
        return
    if real in seen:
        yield Warning_(str(path), "already read (a symlink loop or a repeated path)")
        return
    seen.add(real)
    if path.is_dir():
        try:
            children = sorted(path.iterdir())
        except OSError as err:
            yield Warning_(str(path), f"cannot list folder ({err.strerror or err})")
            return
        for child in children:
            if child.name.startswith(".") or child.name in ("EXPECTED.md", "README.md", "gold.jsonl"):
                continue
            yield from _walk(child, seen)
    else:
        yield path


def read_paths(paths: list[str | Path]) -> Iterator[RawDocument | Warning_]:
    """Every document under the given files and folders, in a stable order, with warnings for the rest."""
    seen: set = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Warning_(str(path), "no such file or folder")
            continue
        for item in _walk(path, seen):
            if isinstance(item, Warning_):
                yield item
                continue
            try:
                for doc in parse_file(item):
                    yield doc if isinstance(doc, Warning_) else replace(doc, path=os.fspath(doc.path))
            except InputError as err:
                yield Warning_(str(item), str(err).split(": ", 1)[1] if ": " in str(err) else str(err))
