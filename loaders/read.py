"""Reading documents: pure parsers over text, and thin I/O that walks paths.

`parse_*` functions take text and return RawDocument fields; `walk` lists the
files under the given paths and `read_file` turns one file into documents.
Neither raises for a bad file: whatever cannot be read becomes a `Warning_`
naming the file and the reason, so one bad file never stops a build. A file
that loads with a repair (bytes that were not UTF-8) yields its documents and
a `Repaired` note.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from graph.errors import InputError
from graph.printable import printable
from loaders.decode import clean_text, decode, decode_text  # noqa: F401 (decode: the reader's API)
from loaders.types import RawDocument, Warning_
from loaders.values import MONTHS

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 20_000_000  # one article, or one JSON document; JSONL files are streamed past it
# Text extracted per document: ten long news articles (a long one has 20,000 characters). Extraction
# takes 15 to 50 s per MB (the more without full stops), so a 5 MB "article" on one line (a dump, a
# concatenation) would hold a build for minutes; this bounds it to seconds.
MAX_CHARS = 200_000
SKIP_NAMES = frozenset({"EXPECTED.md", "README.md", "gold.jsonl"})

_DATELINE_SOURCE = re.compile(r"^[A-ZÁÉÍÓÚÑ][^\n]{0,90}?\((?P<src>Reuters|AP|AFP|EFE|Europa Press|Bloomberg|Xinhua|dpa|"
                              r"ANSA|Kyodo|Yonhap)\)", re.M)
_SOURCE_LINE = re.compile(r"^\s*(?:Fuente|Source|Fuentes|Sources)\s*:\s*(?P<src>[^\n]{2,80}?)\s*$", re.I | re.M)
_DATELINE_ES = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,40},\s+(?P<d>\d{1,2})\s+de\s+(?P<m>[a-záéíóú]+)\s+de\s+"
                          r"(?P<y>\d{4})", re.M)
_DATELINE_EN = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+(?:\w+,\s+)?(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),?"
                          r"\s*(?P<y>\d{4})?", re.M)
_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", re.S)
class Repaired(Warning_):
    """A note about a file that was loaded anyway (with invalid bytes replaced)."""


# -- parsers ---------------------------------------------------------------------------

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
        try:
            return date(int(m[1]), int(m[2]), int(m[3])) if m else None
        except ValueError:
            return None  # "2025-13-45": a bad date is no date, not a lost article


def _string(value) -> str | None:
    """A metadata field as text: numbers become text, lists and objects are not metadata."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = clean_text(str(value)).strip()
    return text or None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline; else the start of the first sentence."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if first is None or len(first) <= 160:
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def dateline_source(text: str) -> str | None:
    """The agency a dateline names: "SEATTLE, Nov 22 (Reuters) -", "MADRID, ... (EFE).–"."""
    m = _DATELINE_SOURCE.search(text[:400])
    return m.group("src") if m else None


_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]+)\]\([^)\s]+\)")


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
    # Markdown marks are not the article's words: "AMD CEO **Lisa Su**", "[Nvidia](https://...)".
    text = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_EMPHASIS.sub(r"\2", text))
    if not text:
        raise InputError(f"{path}: no article text")
    title = meta.get("title") or headline(text)
    published = _parse_date(meta.get("date") or meta.get("published")) or article_date(text)
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title, url=meta.get("url"),
                       published=published, source=source or dateline_source(text))


def parse_record(record: dict, path: str) -> RawDocument:
    """A JSON record {"title", "text", "url", "published", "source"}."""
    if not isinstance(record, dict):
        raise InputError(f"{path}: record is a JSON {type(record).__name__}, not an object")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(f"{path}: record has no 'text' string")
    title = _string(record.get("title"))
    body = clean_text(record["text"]).strip()
    if not body:
        raise InputError(f"{path}: record has no 'text' string")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title, url=_string(record.get("url")),
                       published=_parse_date(_string(record.get("published") or record.get("date")))
                       or article_date(body), source=_string(record.get("source")))


def parse_html(html: str, path: str) -> RawDocument:
    """The article body of an HTML page, without menus, banners or scripts."""
    try:
        import trafilatura
    except ImportError:  # see loaders.html_text: trafilatura needs lxml_html_clean
        trafilatura = None
    if trafilatura is not None:
        body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta and meta.title else None
        url, when, site = (meta.url, meta.date, meta.sitename) if meta else (None, None, None)
    else:
        from loaders.html_text import read_html
        page = read_html(html)
        body, title, url, when, site = page.body, page.title, page.url, page.published, page.site
    if not body or not body.strip():
        raise InputError(f"{path}: no article text in the HTML (only navigation or scripts)")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return RawDocument(path=path, text=text, sha256=_sha(text), title=title or body.splitlines()[0], url=url or None,
                       published=_parse_date(when) or article_date(body), source=site or None)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


# -- files -----------------------------------------------------------------------------

def _read_bytes(path: Path, limit: int) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{display_name(path)}: {os.path.getsize(path) / 1e6:.0f} MB is larger than the "
                         f"{limit / 1e6:.0f} MB limit for one article; split it")
    return data


def display_name(path: Path | str) -> str:
    """A path as text that prints and stores safely: bytes that are not UTF-8 and control
    characters written as escapes ("caf\\xe9.txt")."""
    return printable(str(path))


def bounded(doc: RawDocument, limit: int = MAX_CHARS) -> tuple[RawDocument, Repaired | None]:
    """A document cut to the text extraction reads, at a space near the limit; the note says so.
    The document keeps the hash of its whole text: it is still that file."""
    if len(doc.text) <= limit:
        return doc, None
    cut = doc.text.rfind(" ", limit - 1000, limit)
    cut = cut if cut > 0 else limit
    note = Repaired(doc.path, f"{len(doc.text):,} characters, more than the {limit:,} extracted from one article: "
                              f"only the first {cut:,} are read (split the file into articles to load the rest)")
    return replace(doc, text=doc.text[:cut]), note


def parse_file(path: Path) -> Iterator[RawDocument | Warning_]:
    """Documents in one file; raises InputError naming the file for anything unreadable."""
    name = display_name(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unknown extension '{suffix or '(none)'}'; aikg reads "
                         f"{', '.join(sorted(SUFFIXES))}")
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block the build forever on read().
            raise InputError(f"{name}: not a regular file")
        if suffix in (".jsonl", ".ndjson") and info.st_size > MAX_BYTES:
            yield from _stream_jsonl(path, name)
            return
        data = _read_bytes(path, MAX_BYTES)
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from err
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text, note = decode_text(data, name)
    yield from _parse_decoded(clean_text(text), name, suffix)
    if note:  # after the documents: a file that then fails to parse gets one line, its failure
        yield Repaired(name, note)


def _parse_decoded(text: str, name: str, suffix: str) -> Iterator[RawDocument | Warning_]:
    if suffix in HTML_SUFFIXES:
        yield parse_html(text, name)
    elif suffix == ".json":
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as err:
            raise InputError(f"{name}: invalid JSON ({_first_line(err)})") from err
        items = record if isinstance(record, list) else [record]
        for i, item in enumerate(items):
            where = f"{name}#{i + 1}" if isinstance(record, list) else name
            try:
                yield parse_record(item, where)
            except InputError as err:
                yield Warning_(where, _reason(err, where))
    elif suffix in (".jsonl", ".ndjson"):
        yield from _parse_jsonl(text.split("\n"), name)  # not splitlines(): U+2028 may sit inside a string
    else:
        yield parse_text(text, name)


def _parse_jsonl(lines, name: str) -> Iterator[RawDocument | Warning_]:
    for number, line in enumerate(lines, 1):
        if line is None:
            yield Warning_(f"{name}:{number}", f"line longer than the {MAX_BYTES / 1e6:.0f} MB limit for one article")
            continue
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield parse_record(json.loads(line), where)
        except (ValueError, RecursionError) as err:
            yield Warning_(where, f"invalid JSON line ({_first_line(err)})")
        except InputError as err:
            yield Warning_(where, _reason(err, where))


def _stream_jsonl(path: Path, name: str) -> Iterator[RawDocument | Warning_]:
    """A JSONL file larger than one article, read a line at a time so memory stays flat."""
    repaired = 0

    def lines(handle) -> Iterator[str | None]:
        nonlocal repaired
        for raw in handle:
            if len(raw) > MAX_BYTES:
                yield None
                continue
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                repaired += 1
                yield raw.decode("utf-8", errors="replace")

    with open(path, "rb") as handle:
        yield from _parse_jsonl(lines(handle), name)
    if repaired:
        yield Repaired(name, f"invalid UTF-8 on {repaired} line(s), replaced with U+FFFD")


def _first_line(err: BaseException | str) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _reason(err: BaseException, where: str) -> str:
    """The reason of an error whose message starts with the path (a path may hold ": " or a newline)."""
    text = str(err)
    return _first_line(text[len(where) + 2:] if text.startswith(f"{where}: ") else text)


def read_file(path: Path) -> list[RawDocument | Warning_]:
    """Documents (each cut to MAX_CHARS) and warnings of one file; never raises, whatever the file holds."""
    out: list[RawDocument | Warning_] = []
    name = display_name(path)
    cut: list[Warning_] = []
    try:
        for item in parse_file(path):
            if isinstance(item, RawDocument):
                item, too_long = bounded(item)
                cut += [too_long] if too_long else []
            out.append(item)
        out.extend(cut)
    except InputError as err:
        out.append(Warning_(name, _reason(err, name)))
    except Exception as err:  # noqa: BLE001 - a parser bug on one odd file must not stop the build
        out.append(Warning_(name, f"could not be parsed ({type(err).__name__}: {_first_line(err)})"))
    return out


def walk(paths: list[str | Path]) -> Iterator[Path | Warning_]:
    """Every file under the given files and folders, in a stable order; warnings for what cannot be walked."""
    seen: set = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield Warning_(display_name(path), "no such file or folder")
            continue
        yield from _walk(path, seen)


def _walk(path: Path, seen: set) -> Iterator[Path | Warning_]:
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports symlink loops this way
        yield Warning_(display_name(path), "symlink loop")
        return
    except OSError as err:
        reason = "symlink loop" if err.errno == errno.ELOOP else \
            "broken symlink (its target does not exist)" if path.is_symlink() else \
            f"cannot follow path ({err.strerror or err})"
        yield Warning_(display_name(path), reason)
        return
    if str(real) in seen:
        yield Warning_(display_name(path), "already read (a symlink loop or a repeated path)")
        return
    seen.add(str(real))
    if path.is_dir():
        yield from _walk_folder(path, str(real), seen)
    else:
        yield path


def _walk_folder(path: Path, real: str, seen: set) -> Iterator[Path | Warning_]:
    """The files under a folder whose resolved path is `real`. An entry that is not a symlink lies at
    real/name, so only symlinks are resolved: resolving every path of a corpus of 100,000 files
    took half a minute."""
    try:
        with os.scandir(path) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        yield Warning_(display_name(path), f"cannot list folder ({err.strerror or err})")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIP_NAMES:
            continue
        if entry.is_symlink():
            yield from _walk(Path(entry.path), seen)
            continue
        child_real = f"{real}/{entry.name}" if real != "/" else f"/{entry.name}"
        if child_real in seen:
            yield Warning_(display_name(Path(entry.path)), "already read (a symlink loop or a repeated path)")
            continue
        seen.add(child_real)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_folder(Path(entry.path), child_real, seen)
        else:
            yield Path(entry.path)


def read_paths(paths: list[str | Path]) -> Iterator[RawDocument | Warning_]:
    """Every document under the given files and folders, in a stable order, with warnings for the rest."""
    for item in walk(paths):
        if isinstance(item, Warning_):
            yield item
        else:
            yield from read_file(item)
