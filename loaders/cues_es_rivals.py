"""Spanish cues for rivals told with a competing verb whose rival comes later than the frames look (loaders.frames
reads "compite con X" right after the verb).

Spanish puts where or for what two companies compete between the verb and its rival ("compite en Brasil con X",
"pelea por los mismos usuarios con X", "se mide en Estados Unidos con X"), and repeats the preposition for each rival
of a list ("compite con X y con Y"). Each phrasing is general; none is written for one sentence.
"""

from __future__ import annotations

from graph.schema import COMPETES_WITH
from loaders.cues import Cue

_COMPETES = (r"(?:compite|compiten|competía|competían|competirá|competirán|competiría|competirían|ha competido|"
             r"han competido|competir|compitiendo|rivaliza|rivalizan|rivalizaba|rivalizará|se mide|se miden|se medía|"
             r"se medirá|medirse|pelea|pelean|peleaba|peleará|pelear|peleando)")
_COMPETES_KEYS = frozenset({"compite", "compiten", "competía", "competían", "competirá", "competirán", "competiría",
                            "competirían", "competido", "competir", "compitiendo", "rivaliza", "rivalizan", "rivalizaba",
                            "rivalizará", "mide", "miden", "medía", "medirá", "medirse", "pelea", "pelean", "peleaba",
                            "peleará", "pelear", "peleando"})
# What stands between the verb and "con": where, for what, how ("en el segmento de memorias", "por los mismos
# usuarios", "directamente"); no name, no clause's end.
_FIELD = r"(?:[^⟦.;:()]|\([^⟦)]*\)){1,90}?\s+"
# A later rival with its own "con", after the first ones and what is said of them: "con X, que ofrece ..., y cada vez
# más con Y" (not past a clause that turns to something else: "mientras que", "pero", "aunque").
BETWEEN = r"(?:(?!\b(?:mientras|pero|aunque|sino)\b)[^.;:])"
# From the rival to the verb: no name, and no relative clause the verb would close ("Nvidia, que domina los
# aceleradores, y pelea cuota con AMD" is the sentence subject's fight, not Nvidia's, also once loaders.clauses has
# taken the relative clause out), unless "que" is the verb's own.
_SUBJECT = r"(?!,\s*(?:y|e)\s)(?:,?\s+que\s+(?:ya\s+|también\s+|hoy\s+)?|(?:(?!⟦[CPU]|\b(?:que|donde|cuando|quien|cuyo|cuya)\b)[^\n.;]){1,90}?)"

_RIVAL = (r"(?:rival|rivales|competidor|competidora|competidores|competidoras|archirrival)"
          r"(?:\s+(?:direct[oa]s?|más direct[oa]s?|principal(?:es)?|natural(?:es)?))?")
_RIVAL_KEYS = frozenset({"rival", "rivales", "competidor", "competidora", "competidores", "competidoras", "archirrival"})

CUES: list[Cue] = [
    # the story's company's rival, owned by "su" at a clause's opening: "Su gran rival, la estadounidense X, debutó en
    # bolsa", "sus rivales directos —X y Y— pierden un canal" (the possessive may be masked as its company)
    Cue(COMPETES_WITH, rf"(?:^\W*|[;:]\s+|,\s+(?:y|e|pero|mientras que)\s+)(?:su|sus|{{a:C}})\s+(?:(?:gran|grandes|principal|principales|"
        rf"dos|tres|eterno|eterna|viejo|vieja)\s+)*{_RIVAL}\s*(?:,|—|–)\s*{{b:Cs}}", "a?", "b", keys=_RIVAL_KEYS),
    # a rival named by a second title in a company's apposition: "X, el mayor fabricante de software de Brasil y
    # competidor directo de Y," (not a title that opens the next company's: "..., y el rival de Y, Z")
    Cue(COMPETES_WITH, rf"{{a:C}},\s+(?:[^⟦;.]|⟦C\d+b?⟧){{3,100}}?\s+(?:y|e)\s+(?:(?:también|además|hoy|ahora)\s+)?"
        rf"(?:(?:el|la|un|una|uno de los|una de las)\s+)?(?:gran\s+|principal\s+)?{_RIVAL}\s+(?:de|del)\s+{{b:C}}"
        r"(?!\s*,?\s*⟦[CU])", "a", "b", keys=_RIVAL_KEYS),
    Cue(COMPETES_WITH, rf"{{a:C}}{_SUBJECT}\b{_COMPETES}\s+{_FIELD}(?:con|contra)\s+{{b:Cs}}", "a", "b", keys=_COMPETES_KEYS),
    Cue(COMPETES_WITH, rf"{{a:C}}{_SUBJECT}\b{_COMPETES}\s+(?:{_FIELD})?(?:con|contra)\s+⟦[CU]\d+b?⟧{BETWEEN}{{0,120}}?"
        r",?\s+(?:y|e)\s+(?:(?:también|cada vez más|sobre todo|además)\s+)?(?:con|contra)\s+{b:Cs}", "a", "b",
        keys=_COMPETES_KEYS),
]
