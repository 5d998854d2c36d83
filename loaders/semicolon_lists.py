"""Lists whose items are set apart by semicolons, each with its own apposition.

News writes a list of backers or guests with semicolons when its items carry appositions full of commas: "Other
participants include X, chief executive of Y; Z, W's director of engineering; V; and U", "participaron también X,
el vehículo de inversión de Y; Z, que ya figuraba en el capital". Between two semicolons everything after the item's
first comma is its apposition, whatever it opens with, and the names in it are no further items.
"""

from __future__ import annotations

import re

# An item's apposition up to the semicolon that closes it (no sentence break, no second semicolon).
SEMICOLON_APPOS = r"(?:,(?:[^;.⟦]|⟦[CPU]\d+b?⟧)*?)?"
# The separator, perhaps with the last item's conjunction and an article.
SEMICOLON_SEP = r";\s*(?:(?:and|y|e)\s+)?(?:(?:the|el|la|los|las)\s+)?"
_APPOSITION_TO_SEMICOLON = re.compile(r"(?<=⟧),[^;]*?(?=;)")


def without_semicolon_appositions(text: str) -> str:
    """'⟦P0⟧, chief executive of ⟦C1⟧; ⟦P2⟧' -> '⟦P0⟧; ⟦P2⟧': the appositions of a semicolon list left out."""
    return _APPOSITION_TO_SEMICOLON.sub("", text) if ";" in text else text
