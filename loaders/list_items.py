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
    # an unknown name after a preposition inside a person's apposition is where the person works, no item: "⟦P1⟧,
    # presidente del grupo naviero ⟦U2⟧, y de ⟦P3⟧", "⟦P1⟧, who was head of payments at the ⟦U2⟧, and ⟦P3⟧" (a
    # preposition a list repeats comes right after its separator: "y de ⟦P3⟧")
    # (not the vehicle one invests through: "⟦P1⟧, a través de su oficina familiar ⟦U2⟧", an item of its own)
    text = re.sub(r"(?<![,ye])(?<!través)(\s(?:del|de|en|of|at|in|for)\s+(?:(?:the|el|la|los|las)\s+)?(?:[^\W\d_]+\s+){0,3}?)⟦U\d+b?⟧",
                  r"\1 ", text)
    return re.findall(r"⟦([CPU]\d+b?)⟧", text)
