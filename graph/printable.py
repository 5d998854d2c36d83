"""Text that is safe to print on a terminal and to store as UTF-8.

File names are bytes: Python reads the ones that are not UTF-8 with lone surrogates
("caf\\udce9.txt"), which UTF-8 output, SQLite and JSON refuse; and any name may hold terminal
escape sequences or line breaks. `printable` writes those as escapes and leaves every other
character as it is.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, bidirectional overrides and isolates, lone surrogates.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # an undecodable byte of a file name, as Python keeps it
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """"caf\\udce9.txt" -> "caf\\\\xe9.txt", "a\\x1b[31m" -> "a\\\\x1b[31m", "a\\nb" -> "a\\\\nb"."""
    return UNPRINTABLE.sub(lambda m: _escape(m.group()), text)
