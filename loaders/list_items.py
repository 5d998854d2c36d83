"""The names a matched list slot holds, one per item: what a cue's slot of companies or people gives its relation."""
import re

from loaders.cues import APPOS_OPENER
from loaders.semicolon_lists import without_semicolon_appositions


def slot_names(text: str) -> list[str]:
    """'⟦C1⟧, ⟦C2⟧ y ⟦C4⟧' -> ['C1', 'C2', 'C4']; a company that only introduces a
    person ("⟦C1⟧ co-founder ⟦P2⟧") is left out."""
    text = without_semicolon_appositions(text or "")  # (and below, not "⟦C1⟧ and ⟦P2⟧": two items)
    text = re.sub(r"⟦[CU]\d+b?⟧(?:'s|’s)?\s+(?!(?:and|or|y|e|o|u|plus)\s)(?:[\w\- ]{0,30}?\s+)?(?=⟦P)", " ", text)
    text = re.sub(rf"(?<=⟧),\s*{APPOS_OPENER}\s+(?!⟦[CU]\d+b?⟧,)[^,;.]{{1,120}}?(?=,)", "",
                  text)  # an item's apposition: "⟦C1⟧, el mayor accionista de ⟦C2⟧, y ⟦C3⟧"
    text = re.sub(r"⟦[CU]\d+b?⟧\s*-\s*(?:backed|owned|funded|controlled|led)\s+(?:[\w\-]+\s+){0,2}?(?=⟦)", " ", text)
    text = re.sub(r",\s*(?:más\s+|better\s+)?(?:conocid[oa]|known)\s+[^,;.⟦]{0,30}?(?:como|as)\s+⟦[PU]\d+⟧(?=,)", "", text)
    return re.findall(r"⟦([CPU]\d+b?)⟧", text)
