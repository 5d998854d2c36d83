"""Which slots of a cue's template sit inside a group the pattern may skip ("(?:, along with {more:Es})?"): such a
slot is no name a sentence must hold, so a cue whose only other name is said ("Accel led the round.") still runs."""

from __future__ import annotations

import re


def skippable_slots(template: str, slot: re.Pattern) -> frozenset:
    """Names of the slots `slot` finds in `template` that lie inside a group closed by ")?", ")*" or "){0,"."""
    names = set()
    opened: list[int] = []
    spans: list[tuple[int, int]] = []  # the groups that may be skipped
    k, in_class = 0, False
    while k < len(template):
        ch = template[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            opened.append(k)
        elif ch == ")" and opened:
            start = opened.pop()
            rest = template[k + 1:k + 4]
            if rest.startswith(("?", "*", "{0,")):
                spans.append((start, k))
        k += 1
    for m in slot.finditer(template):
        if any(start < m.start() and m.end() <= end for start, end in spans):
            names.add(m.group("name"))
    return frozenset(names)
