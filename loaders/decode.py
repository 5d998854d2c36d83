"""Bytes to text: encodings by their marks, UTF-8, UTF-16 without a mark, repaired UTF-8, legacy
Windows-1252/Latin-1, and binary data told apart from all of them; then characters that are not text.
"""

from __future__ import annotations

import codecs
import re

from graph.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Characters that are not text: control codes (tab and line ends stay), the noncharacters
# U+FFFE/U+FFFF, and lone surrogates (which JSON escapes can produce). XML (GraphML) and
# UTF-8 (SQLite) cannot hold them; a page break or vertical tab becomes a line break.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"), (b"\x1f\x8b", "gzip data"),
          (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"BZh", "bzip2 data"))


def decode_text(data: bytes, path: str) -> tuple[str, str | None]:
    """Text and, when bytes had to be replaced, a note saying how many.

    UTF-8 and UTF-16/32 by their marks; UTF-8; UTF-16 without a mark; mostly-UTF-8
    with a few broken bytes (repaired); otherwise Windows-1252/Latin-1, which is what
    Spanish and English text is when it is not UTF-8 (charset detection guessed
    cp1250 for Latin-1 Spanish and garbled every "ñ"). Binary data raises InputError.
    """
    for mark, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                        (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(mark):
            return _checked(*_decode_or_repair(data, codec), path)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{path}: binary file ({kind}), not text")
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a mark leaves every other byte zero in Latin text (and is valid UTF-8,
        # NULs included, so this comes first); many other zeros mean binary data, a few a glitch.
        zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
        if max(zeros_even, zeros_odd) > len(head) // 4 and min(zeros_even, zeros_odd) < len(head) // 16:
            return _checked(*_decode_or_repair(data, "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"),
                            path)
        if zeros_even + zeros_odd > max(4, len(head) // 1000):
            raise InputError(f"{path}: binary file, not text")
    nuls = data.count(0)
    if nuls:
        # A few NUL bytes in text (a glitch of the tool that wrote it): removed, and said so.
        text, note = decode_text(data.replace(b"\x00", b""), path)
        removed = f"{nuls} NUL byte(s) removed"
        return text, f"{note}; {removed}" if note else removed
    try:
        return _checked(data.decode("utf-8"), None, path)
    except UnicodeDecodeError:
        pass
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(repaired) - len(repaired.encode("ascii", "ignore")) - bad
    if good > bad:
        # Real UTF-8 with a few broken bytes (a truncated character, a stray byte): keep the text.
        return _checked(repaired, f"invalid UTF-8: {bad} bad byte sequence(s) replaced with U+FFFD", path)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    in_runs = sum(len(run) for run in _NON_ASCII_RUN.findall(text))
    if non_ascii > 0.3 * len(text) or in_runs > 0.2 * non_ascii:
        # Accents in Latin text stand alone between ASCII letters ("compañía"); runs of
        # non-ASCII letters are another legacy charset (KOI8-R, GBK, Shift-JIS...) read as cp1252.
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{path}: unknown text encoding")
        text = str(best)
    return _checked(text, None, path)


def decode(data: bytes, path: str) -> str:
    return decode_text(data, path)[0]


def _decode_or_repair(data: bytes, codec: str) -> tuple[str, str | None]:
    try:
        return data.decode(codec), None
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return text, f"invalid {codec.upper().replace('-SIG', '')}: {text.count(chr(0xFFFD))} bad sequence(s) replaced"


def _checked(text: str, note: str | None, path: str) -> tuple[str, str | None]:
    controls = len(_CONTROL.findall(text, 0, 200_000))
    if controls > max(8, len(text[:200_000]) // 100) or text.count("\ufffd") > max(8, len(text) // 10):
        raise InputError(f"{path}: binary file, not text")
    return text, note


def clean_text(text: str) -> str:
    if not _NOT_TEXT.search(text):
        return text
    return _NOT_TEXT.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else
                         "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text)


