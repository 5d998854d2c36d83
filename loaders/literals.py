"""The words a regular expression cannot match without: a cheap test before running it.

Python's regex engine tries a pattern such as r"\\b(?:hired|has hired|appointed)\\s+..." at every
position of a sentence, which costs far more than asking whether "hired" or "appointed" occurs in it
at all. `required_literals` reads a pattern's parse tree and returns strings one of which every match
must contain (lower-cased, for a test against the lower-cased text), or None when it cannot tell
(an optional part, a character class, a look-around). It is exact, never a guess: a text without any
of them cannot match.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11 and later
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _p

_MAX_ALTERNATIVES = 64  # beyond that many fixed strings, a part is treated as open
_MIN_LETTERS = 3  # shorter literals ("at", "de") are in nearly every sentence: no use as a test


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings, one of which every match of `pattern` holds; None when the pattern gives none worth testing."""
    try:
        tree = _p.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses is simply not pre-tested
        return None
    found = _of_sequence(list(tree))
    return tuple(sorted(found)) if found else None


def holds_one(literals: tuple[str, ...] | None, lowered: str) -> bool:
    """Whether a lower-cased text holds one of `literals` (True when there are none to test)."""
    if literals is None:
        return True
    for word in literals:
        if word in lowered:
            return True
    return False


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """`pattern.search(text)`, not run when the text lacks every string a match needs: for patterns with
    few such strings that most sentences lack ("would", "rumored"), the test costs a fraction of the search."""
    return pattern.search(text) if holds_one(_of_compiled(pattern), text.lower()) else None


def may_match(pattern: re.Pattern, lowered: str) -> bool:
    """Whether `pattern` may match the text whose lower-cased form is `lowered`."""
    return holds_one(_of_compiled(pattern), lowered)


@lru_cache(maxsize=None)
def _of_compiled(pattern: re.Pattern) -> tuple[str, ...] | None:
    return required_literals(pattern.pattern, pattern.flags)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _quality(found: frozenset[str] | None) -> int:
    """How selective a set of alternatives is: its weakest member's letter count (0 for none)."""
    return min(_letters(s) for s in found) if found else 0


def _of_sequence(items: list) -> frozenset[str] | None:
    """The best required set among a sequence's literal runs and its parts' own required sets. A run
    goes on through parts that are one of a few fixed strings: the parser factors "hired|has hired"
    into "h" + ("ired" | "as hired"), which gives back "hired" and "has hired"."""
    best: frozenset[str] | None = None
    run: set[str] = {""}
    for op, arg in items + [(None, None)]:
        exact = _exact(op, arg)
        if exact is not None and len(run) * len(exact) <= _MAX_ALTERNATIVES:
            run = {head + tail for head in run for tail in exact}
            continue
        if run != {""}:
            best = max(best, frozenset(run), key=_quality)
        run = {""} if exact is None else set(exact)
        if op is not None and exact is None:
            best = max(best, _of_item(op, arg), key=_quality)
    return best if _quality(best) >= _MIN_LETTERS else None


def _exact(op, arg) -> frozenset[str] | None:
    """The strings a part matches when they are a few fixed ones ("a", "ired|as hired"), else None."""
    if op is _c.LITERAL:
        return frozenset([chr(arg).lower()])
    if op is _c.SUBPATTERN:
        return _exact_sequence(list(arg[-1]))
    if op is _c.BRANCH:
        found = _union(_exact_sequence, arg[1])
        return found if found is not None and len(found) <= _MAX_ALTERNATIVES else None
    return None


def _exact_sequence(items: list) -> frozenset[str] | None:
    out: set[str] = {""}
    for op, arg in items:
        exact = _exact(op, arg)
        if exact is None or len(out) * len(exact) > _MAX_ALTERNATIVES:
            return None
        out = {head + tail for head in out for tail in exact}
    return frozenset(out)


def _of_item(op, arg) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _of_sequence(list(arg[-1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, body = arg
        return _of_sequence(list(body)) if low >= 1 else None
    if op is _c.BRANCH:
        return _union(_of_sequence, arg[1])
    return None  # classes, anchors, look-arounds, back-references: no literal is certain


def _union(of_branch, branches: list) -> frozenset[str] | None:
    """An alternation's strings: every branch's, or None as soon as one branch has none."""
    found: set[str] = set()
    for branch in branches:
        part = of_branch(list(branch))
        if part is None:
            return None
        found |= part
    return frozenset(found)
