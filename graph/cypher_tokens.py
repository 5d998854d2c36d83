"""Cypher text as tokens, cut as LadybugDB's grammar (its Cypher.g4) cuts it.

Pure functions, for the parser (graph.cypher_syntax). The lexer agrees with LadybugDB's on what is
a string, a quoted name, a comment or code, including its quirks: a `//` comment ends only at a
line feed (a lone carriage return leaves the `//` as two slashes), and `/* a **/` is no comment at
all. Where LadybugDB's lexer would fail (an unclosed quote, a string with an unknown escape) the
character becomes an UNKNOWN token, as it does there. Joined, the tokens give back the source
exactly, so a rewrite replaces some tokens and prints the rest unchanged (`render`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SPACE, COMMENT, STRING, NAME, QUOTED, NUMBER, PARAM, OP, UNKNOWN = (
    "space", "comment", "string", "name", "quoted", "number", "param", "op", "unknown")

# LadybugDB's WHITESPACE rule.
_SPACE = re.compile("[ \t\n\r\x0b\x0c\x1c-\x1f\u1680\u180e\u2000-\u200a\u2028\u2029\u205f\u3000\u00a0\u202f]+")
_BLOCK_COMMENT = re.compile(r"/\*(?:[^*]|\*[^/])*\*/")
_LINE_COMMENT = re.compile(r"//[^\r\n]*\r?(?:\n|\Z)")
_ESCAPE = r"\\(?:[\\'\"bfnrtBFNRT]|[xX][0-9a-fA-F]{2}|[uU][0-9a-fA-F]{8}|[uU][0-9a-fA-F]{4})"
_STRING = re.compile(rf"'(?:[^'\\]|{_ESCAPE})*'|\"(?:[^\"\\]|{_ESCAPE})*\"")
_QUOTED = re.compile(r"(?:`[^`]*`)+")
_NUMBER = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[eE]-?[0-9]+|[0-9]*\.[0-9]+|[0-9]+")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_OP = re.compile("\\.\\.|<>|<=|>=|!=|=~|<<|>>|[-()\\[\\]{},;:.=<>+*/%^|&!$]|"
                 "[\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u27e8\u3008\ufe64\uff1c\u27e9\u3009\ufe65\uff1e]")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int  # offset in the source
    index: int  # place in the token list

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def word(self) -> str:
        """The upper-cased text of an unquoted ASCII word (LadybugDB's keywords are ASCII), else ''."""
        return self.text.upper() if self.kind == NAME and self.text.isascii() else ""

    @property
    def name(self) -> str:
        """A name's value: `a``b` is a`b."""
        if self.kind == QUOTED:
            return "`".join(part[1:-1] for part in re.findall(r"`[^`]*`", self.text))
        return self.text

    def at(self, value: str) -> bool:
        """Is this the punctuation `value`?"""
        return self.kind == OP and self.text == value


def _name_end(text: str, pos: int) -> int:
    """End of an unquoted name starting at pos (0 if none): ID_Start or connector punctuation, then
    ID_Continue or currency symbols."""
    first = text[pos]
    if not (first.isidentifier() or unicodedata.category(first) == "Pc"):
        return 0
    end = pos + 1
    while end < len(text) and (("a" + text[end]).isidentifier() or unicodedata.category(text[end]) in ("Sc", "Pc")):
        end += 1
    return end


def tokenize(source: str) -> list[Token]:
    """Every character of `source` in exactly one token, in order."""
    tokens: list[Token] = []
    pos = 0

    def add(kind: str, end: int) -> None:
        nonlocal pos
        tokens.append(Token(kind, source[pos:end], pos, len(tokens)))
        pos = end

    while pos < len(source):
        char = source[pos]
        m = _SPACE.match(source, pos)
        if m:
            add(SPACE, m.end())
        elif char == "/" and (m := _BLOCK_COMMENT.match(source, pos) or _LINE_COMMENT.match(source, pos)):
            add(COMMENT, m.end())
        elif char in "'\"":
            m = _STRING.match(source, pos)
            add(STRING, m.end()) if m else add(UNKNOWN, pos + 1)
        elif char == "`":
            m = _QUOTED.match(source, pos)
            add(QUOTED, m.end()) if m else add(UNKNOWN, pos + 1)
        elif char == "$" and pos + 1 < len(source):
            after = pos + 1
            m = _QUOTED.match(source, after) or _DECIMAL.match(source, after)
            end = m.end() if m else _name_end(source, after)
            add(PARAM, end) if end else add(OP, after)
        elif (m := _NUMBER.match(source, pos)) and m.end() > pos:
            add(NUMBER, m.end())
        elif end := _name_end(source, pos):
            add(NAME, end)
        elif m := _OP.match(source, pos):
            add(OP, m.end())
        else:
            add(UNKNOWN, pos + 1)
    return tokens


def line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset (lines end at \\n, as LadybugDB counts them)."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def render(tokens: list[Token], replace: dict[int, str] | None = None) -> str:
    """The tokens' text with some tokens (by index) replaced; '' drops a token."""
    replace = replace or {}
    return "".join(replace.get(t.index, t.text) for t in tokens)
