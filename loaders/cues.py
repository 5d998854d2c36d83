"""The cue-pattern language shared by the Spanish and English cue tables.

A cue is a regular expression over a masked sentence (see loaders.resolve)
with typed slots:

    {name:C}   one company           {name:Cs}  a list of companies ("A, B y C")
    {name:P}   one person            {name:Ps}  a list of people
    {name:E}   a company or a person
    ~          a short gap with no other entity (up to 40 characters)
    ~~         a longer gap with no other entity (up to 90 characters)

Amounts and percentages are slots too (`⟦$0⟧`, `⟦%0⟧`); gaps may cross them.

`src` and `dst` name the slots that become the claim's endpoints; a slot
followed by "?" in the template, or an endpoint named "tgt?", may be missing, and then the story's current topic fills it
("También atienden a ..." after a sentence about Scale AI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.clause_openers import apposition_owner, inverted_relative, relative_number
from loaders.literals import holds_one, required_literals
from loaders.optional_slots import skippable_slots
from loaders.semicolon_lists import SEMICOLON_APPOS, SEMICOLON_SEP

_SLOT = re.compile(r"\{(?P<name>\w+):(?P<kind>Cs|Ps|Pl|Es|C|P|E)\}(?P<opt>\?)?")
# (an aside may follow the last "and": "DST Global, Nvidia, Accel y, a título personal, Jeff Bezos y Eric Schmidt")
_SEP = (r"(?:,?\s+(?:y|e|and),\s+(?:a título (?:personal|individual)|en menor medida|personalmente|in a personal capacity|"
        r"individually|personally),\s+|"
        r",\s*(?:(?:and|y|e|as well as|plus|along with|alongside|además de|así como|junto a|junto con)\s+)?|"
        # (a time may come before the company's companions: "a placement in Nebius in December alongside Accel")
        r"\s+(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r"(?:\s+\d{4})?|\d{4})|last\s+(?:year|month)|earlier\s+this\s+year),?\s+(?:alongside|along with|together with)\s+|"
        r"\s+(?:y|e|and|as well as|and also|así como|además de|plus|along with|alongside|junto a|junto con|or|o|u)\s+)"
        # a time word before the repeated preposition: "worked at Tenstorrent and previously at AMD"
        r"(?:(?:previously|formerly|earlier|later|then|before that|antes|anteriormente|después|luego)\s+"
        r"(?=(?:at|with|for|in|en|con|para)\s))?"
        # the backers a list goes on with, told as examples of a kind: "..., along with existing investors including X and
        # Y", "junto a inversores existentes como X e Y", "along with a line-up of founders investing as angels: X, Y"
        r"(?:(?:(?<=along with )|(?<=alongside )|(?<=as well as )|(?<=junto a )|(?<=junto con )|(?<=además de )|(?<=así como ))"
        r"(?:(?:existing|other|otros|los)\s+|(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:line-up|lineup|roster|group|list|host|slew)\s+of\s+"
        r"(?:[\w\-]+\s+){0,2}?)?(?:investors|backers|inversores|fondos|founders|angels|executives)(?:\s+(?:existentes|actuales|"
        r"previos|investing as angels))?(?:\s+(?:including|such as|like|como|that includes?|who include)\s+|:\s+))?"
        # ("a" before a name and a common noun is an English apposition's article: "Splunk, a Google rival")
        r"(?:(?:con|with|de|of|to|en|in|at|for|para|from|by|por)\s+|a\s+(?!⟦[CPU]\d+b?⟧(?:'s|’s)?\s+(?!(?:y|e|o|u|and|or)\b)"
        r"[a-z]))?")
_NOT_INTRO = (r"(?!(?:'s|’s)?\s+(?:co-?founders?|cofounders?|founders?|chief|CEO|cofundador(?:es|as?)?|fundador(?:es|as?)?|"
              r"president|presidente|executives?|researchers?|engineers?|staff|employees?|team)\b)")
# "Microsoft-backed OpenAI": an item's backer only describes it (loaders.frames reads it as an investment).
_BACKED = r"(?:⟦[CU]\d+b?⟧\s*-\s*(?:backed|owned|funded|controlled|led)\s+(?:[\w\-]+\s+){0,2}?)?"
# A fund manager's money is told by its funds: "investors including Nvidia, Accel and funds managed by Orbis" (a later
# item of a company list too: "alongside Accel and funds managed by Orbis Investments")
_MANAGED_BY = (r"(?:(?:funds|accounts|vehicles|fondos|vehículos)(?:\s+(?:and|y)\s+(?:accounts|cuentas))?\s+"
               r"(?:managed|advised|gestionados|asesorados)\s+(?:by|por)\s+)?")
# (a verb after the company opens a clause, not a title: "Nvidia bought Mellanox ... and completed")
_ITEM = rf"(?:(?:former\s+|ex-)?⟦[CU]\d+b?⟧(?:'s|’s)?\s+(?!(?:que|quien|who|which|that|el|la|the|[a-z]+ed|bought|sold|took)\s)(?:(?!\b(?:por|by)\s)[\w\- ]){{2,30}}?\s+⟦[PU]\d+⟧|{_MANAGED_BY}⟦[CU]\d+b?⟧{_NOT_INTRO}|(?:(?:investor|entrepreneur|billionaire|businessman|businesswoman|inversor|empresari[oa]|multimillonari[oa])\s+)?⟦P\d+⟧(?:,?\s+(?:through|via|a través de)\s+(?:his|her|their|su|sus)\s+(?:[\w\-]+\s+){{0,3}}?⟦[CU]\d+b?⟧)?)"
# An apposition after a person: it opens like one ("the", "a former", "its chief executive",
# "who ...") and is short; ", Scale supplies data to ..." is a new clause, not an apposition.
_APPOS = (r"(?:,\s*(?=(?:the|a|an|another|his|her|their|who|el|la|un|una|otro|otra|su|sus|que|quien|antigu[oa]|ex|former|actual)\b|"
          # a bare Spanish title: "por X, profesor de la Universidad de Nueva York ..., y por Y" (the company in it
          # may be one the registry does not know: "de la mano de X, presidente del grupo naviero CMA CGM, y de Y")
          r"(?:profesor|profesora|catedrátic[oa]|investigador|investigadora|director|directora|president[ea]|"
          r"consejer[oa]|cofundador|cofundadora|fundador|fundadora|ingenier[oa]|científic[oa])\b|"
          # a title with "ex" joined to it, as the RAE asks: "X, exdirectivo de Google, y Z"
          r"ex(?:directiv|ingenier|investigador|emplead|president|consejer|director|jef|ejecutiv|soci|responsable|"
          r"científic|trabajador)|"
          r"⟦C\d+b?⟧(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}?(?:chief|CEO|CTO|CFO|president|presidente|co-?founder|founder|"
          r"cofundador|fundador|director|consejer|head|jef|partner|socio))(?:[^,;.⟦]|⟦[CU]\d+b?⟧){1,90}?(?=[,;])|"
          # the name a person goes by: "Detrás de X están Javier López, más conocido en redes como Javi López, y Y"
          r",\s*(?:más\s+|better\s+)?(?:conocid[oa]|known)\s+(?:[^,;.⟦]{1,30}?\s+)?(?:como|as)\s+⟦[PU]\d+⟧(?=,))?")
# A list item's own apposition before the next item: "Microsoft, el mayor accionista de OpenAI, y Nvidia",
# "Peak XV Partners, the firm formerly known as Sequoia Capital India, and Khosla Ventures", "Bezos Expeditions, the
# investment firm of Amazon founder Jeff Bezos, and Baillie Gifford" (list_items.slot_names
# leaves the names inside it out of the list). "Microsoft, the OpenAI Startup Fund, Nvidia": a bare name
# after "the" is the next item. The next item may repeat the preposition: "con Salesforce, el proveedor de CRM, y
# con Workday".
APPOS_OPENER = r"(?:the|a|an|its|el|la|los|las|un|una|su|sus|uno de|una de|one of)"
_ITEM_APPOS = (rf"(?:,\s*{APPOS_OPENER}\s+(?!⟦[CU]\d+b?⟧,)(?:[^,;.⟦]|⟦[CPU]\d+b?⟧){{1,80}}?"
               r"(?=,\s*(?:(?:and|y|e|as well as|así como)\s+(?:(?:con|with|de|of|a|to|en|in)\s+)?)?(?:(?:the|el|la)\s+)?⟦))?")
# A later item is never a name inside a compound adjective ("CoreWeave, the Nvidia-backed GPU cloud, has agreed to") nor an owner in an apposition ("CoreWeave, Nebius's larger U.S. rival.")
NOT_LATER_ITEM = r"(?!\s*-\s*(?:backed|owned|funded|controlled|led|based)\b|(?:'s|’s|'|’)\s+(?:[^\s⟦,;]+\s+){0,3}?[a-z][\w\-]*\s*(?:[,;.]|$))"
# A title of a few words before a later person of a list: "X, chief executive Y and chief technology officer Z"
_TITLE_WORDS = (r"(?:(?:chief|senior|executive|technology|technical|operating|financial|product|research|scientific|"
                r"marketing|commercial|information|officer|president|vice|scientist|head|director|engineer|co-?founder|"
                r"founder|chairman|partner)\s+){2,3}")
# A later item may come after where it is based: "bought Jacada and Spain-based Emotion Research Lab"
_BASED = r"(?:[A-Z][\w]*(?:\s+[A-Z][\w]*)?-based\s+)?"
# ", and" then a name and a verb opens a new clause, whose subject is no second item of the list before it: "Rebellions
# absorbed Sapeon Korea, and SK Telecom became the largest shareholder" (two items take no comma before "and")
_NEW_CLAUSE = (r"(?!,\s*(?:and|y|e)\s+⟦[CU]\d+b?⟧\s+(?:[a-z]+ly\s+)?(?:became|becomes|will|"
               r"would|said|says|se|ha|han|había|fue|es|será|dijo|pasó|pasa|pasará|tiene|tendrá)\b)")
# What a later person of a list does, told in a few words before the name ("talent agent", "AI researchers", "el
# tenista"); no word of a clause ("and", "who", "said") is among them, nor a post, which tells a company's staff
# ("Accel and chief executive X"), and the name says nothing after it. English puts such words bare after the
# comma or "and"; a Spanish trade comes with its article ("y el tenista X"), which reads too often as someone's
# post there (the trade after an article was tried and took as many wrong names as right ones).
_TRADE = (r"(?:(?<=, )|(?<=and )|(?<=with )|(?<=as )|(?<=plus ))(?:(?!(?:and|or|y|o|e|u|who|whose|whom|which|that|"
          r"que|quien|cuyo|cuya|cuyos|cuyas|said|says|told|added|"
          r"while|mientras|dijo|with|con|from|de|of|in|en|to|a|by|por|for|para|its|his|her|their|su|sus|chief|executive|"
          r"CEO|president|presidente|presidenta|chairman|consejer[oa]|delegad[oa]|director|directora|jef[ea]|head|"
          r"officer|co-?founder|cofounder|founder|cofundador|cofundadora|fundador|fundadora|minister|ministr[oa]|"
          r"secretary|secretari[oa]|senator|senador|senadora|governor|gobernador|gobernadora|alcalde|alcaldesa|mayor|"
          r"analyst|analista|portavoz|spokesman|spokeswoman|spokesperson)\b)[^\W\d_][\w\-]*\s+){1,3}?")
_NOT_SAYING = r"(?!,?\s+(?:said|says|told|added|explained|wrote|dijo|afirmó|explicó|añadió|señaló)\b)"
_KINDS = {
    "C": r"⟦[CU]\d+b?⟧",
    "P": r"⟦[PU]\d+b?⟧",
    "E": r"⟦[CPU]\d+b?⟧",
    # A company that only introduces a person ("LinkedIn co-founder Reid Hoffman") ends the list.
    # (a last item after "and" may come after its own description: "Archer Aviation and the hiring marketplace Vettery";
    # after a comma such words are an apposition: "Tabular, the startup behind Apache Iceberg")
    "Cs": rf"{_BACKED}⟦[CU]\d+b?⟧{_NOT_INTRO}(?:{_NEW_CLAUSE}{_ITEM_APPOS}{_SEP}(?:(?<=and )the\s+(?:(?!(?:of|behind|by|for|from|in|at|with|that|which|who)\b)[a-z][\w\-]*\s+){{1,3}}?|(?:the|el|la|los|las)\s+)?{_BASED}{_BACKED}{_MANAGED_BY}⟦[CU]\d+b?⟧{_NOT_INTRO}"
          rf"{NOT_LATER_ITEM})*",
    # People, each possibly followed by an apposition: "X, its chief executive, and his sister Y".
    # (a Spanish companion may be told by trade: "junto al científico de datos X y el bioquímico Y")
    # (two appositions may follow one another: "por X, su consejero delegado, antiguo investigador de Y, y por Z"; items
    # with appositions may be set off by semicolons: "por X, fundador de Mobileye; Y, profesor de Stanford, y Z")
    # (a later person's institution may be a name no one knows yet: "together with Technion professor Y and Z")
    "Ps": rf"⟦[PU]\d+⟧{_APPOS}{_APPOS}(?:(?:{_SEP}|,?\s+(?:together with|junto al?|junto con|along with)\s+|;\s+(?=⟦[PU]\d+⟧,))"
          rf"(?:(?:his|her|their|su|sus)\s+)?(?:(?:former\s+|ex-)?⟦[CU]\d+b?⟧(?:'s|’s)?\s+(?:[a-z][\w\-]*\s+){{1,2}}?|\w+\s+|"
          rf"{_TITLE_WORDS}|"
          rf"(?:el\s+|la\s+)?[a-záéíóúñü]+(?:\s+de\s+[a-záéíóúñü]+)?\s+)?"
          rf"⟦[PU]\d+⟧{_APPOS}{_APPOS})*",
    # People named one after the other, with nothing said in between ("X and Y, who both ...").
    "Pl": rf"⟦[PU]\d+b?⟧(?:{_SEP}⟦[PU]\d+b?⟧)*",
    # Investors are companies or people, some introduced by what they are ("LinkedIn co-founder Reid Hoffman"), some
    # set apart by semicolons after their appositions (loaders.semicolon_lists), the last of which may be a list of its own.
    # (a later person may come after what they do: "..., Hollywood talent agent Y and AI researchers Z and W")
    "Es": rf"{_ITEM}(?:{_ITEM_APPOS}{_SEP}(?:(?:the|el|la|los|las)\s+)?(?:{_ITEM}|{_TRADE}⟦P\d+⟧{_NOT_SAYING})"
          rf"{NOT_LATER_ITEM})*(?:{SEMICOLON_APPOS}{SEMICOLON_SEP}{_ITEM}{NOT_LATER_ITEM}(?:{_SEP}{_ITEM}{NOT_LATER_ITEM})*)*",
}
# Gaps never cross another entity, nor a pronoun that takes over as subject
# ("clientes de Scale AI, particularmente aquellos que compiten con Meta").
_BLOCKER = re.compile(r"\baquell|\bthose\b|\bquienes\b|\bit\b|\bthey\b|\bthem\b|\bhe\b|\bshe\b|\bsome of\b|"
                      r"\balgunos de\b")
_AFTER_PREPOSITION = re.compile(r"(?<=\s)(?:en|in|de|del|of|a|al|to|con|with|for|para|from|by|por|at)\s+"
                                r"(?:(?:the|el|la|los|las)\s+)?⟦[CPU]\d+b?⟧")
# A company phrase's owner comes after it: "⟦C2⟧ de ⟦P3⟧" (a description masked as its company: "la compañía de
# inteligencia artificial de Elon Musk"), "la empresa de robótica de X".
OWNED_BY = re.compile(r"(?:⟦[CU]\d+b?⟧|\b(?:la|el)\s+(?:compañía|empresa|firma|startup|tecnológica|"
                      r"desarrolladora)(?:\s+(?:de|del)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+){0,2}?)?)\s+(?:de|del)\s+$")
_OWNER_PHRASE = re.compile(r"\b(?:la|el|the)\s+(?:compañía|empresa|firma|grupo|startup|company|firm|group)\s+"
                           r"(?:de|del|of)\s+$", re.I)
# The words that name who comes along: "junto a X", "alongside Y" (their names are companions, not parties)
COMITATIVE = r"(?:junto a|junto al|junto con|along with|together with|alongside)"
_COMITATIVE = re.compile(rf"\b{COMITATIVE}\s+(?:⟦[CPU]\d+b?⟧(?:,\s*|\s+(?:y|e|and)\s+))*$", re.I)
_COMPANIONS = re.compile(rf"\s+{COMITATIVE}\s+(?=(?:(?:el|la|los|las|the)\s+)?⟦)", re.I)


def companions(slot_text: str | None) -> str:
    """What follows a comitative inside a slot ("⟦C1⟧ junto con ⟦C2⟧" -> "⟦C2⟧"); "" when none does."""
    parts = _COMPANIONS.split(slot_text or "", 1)
    return parts[1] if len(parts) == 2 else ""


# A relative clause on the noun of a prepositional phrase after a name: ", on the LUMI supercomputer in Finland, which"
_PLACE_RELATIVE = re.compile(r",?\s+(?:on|in|at|into|onto|from|to|for|under|through|inside)\s+(?:the|a|an|its|their)\s+"
                             r"[^⟦;,]{1,60},\s+(?:which|that)\s+$")
AGENT_BEFORE = re.compile(r"\b(?:por|by)\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-záéíóúñü\-]+\s+){0,2}$")
# names, then a comma and a word that opens no apposition nor relative clause: the verb that follows them; in
# Spanish also past a relative and an "y" ("liderada por X, que ya era accionista, y cuenta con ..."): that verb
# is the passive's subject's, not the agent's
AGENT_THEN_VERB = re.compile(r"(?:⟦[CPU]\d+b?⟧(?:,\s+|\s+(?:y|e|and)\s+))*⟦[CPU]\d+b?⟧(?:,\s+(?!(?:a|an|the|el|la|los|las|"
                             r"un|una|su|sus|its|their|que|quien|who|which|y|e|and|or|o)\b)[a-záéíóúñü]|(?:,\s+que\s[^,;.⟦]{1,60})?"
                             r",?\s+(?:y|e)\s+(?:(?:ya|también|además|ahora)\s+)?(?:cuenta|contó|cuentan|contaron|ha contado|"
                             r"incluye|incluyó|ha incluido|reúne|reunió|suma|sumó|ha sumado)\b)")
_PARTICIPLE_AGENT = re.compile(r"(?:(?P<head>⟦[CPU]\d+b?⟧),?\s+|(?<!⟧ )(?<!⟧, ))\b(?!(?:fue|sido|been|was|ha|has)\s)"
                               r"(?:[a-záéíóúñü]+(?:ada|ado|ida|ido|adas|ados|idas|idos|ed)|run|led|held)\s+(?:por|by)\s+"
                               r"(?:(?:el|la|los|las|the)\s+)?(?:[a-záéíóúñü\-]+\s+){0,2}$")
# A sentence opening with a phrase of time or a gerund that ends in the name ("Within weeks of announcing",
# "Tras comprar"): the name belongs to that phrase.
# A name in object position (after a lowercase word that is no conjunction) and a coordinated verb after it
_AFTER_WORD = re.compile(r"\b(?!(?:and|or|but|that|which|while|as|when|said|says)\s)[a-z][\w\-]*\s+$")
_THEN_AND = re.compile(r"(?:\s+(?:for|in|at|on|from|with)\s+[^,;]{1,40}?)?,?\s+and\s+(?:[\w\-]+\s+){0,3}")
_OPENING_PHRASE = re.compile(r"^\W*(?:[\w\-]+\s+){0,3}?(?:after|before|since|following|of|tras|después de|antes de)\s+"
                             r"(?:[a-z]+(?:ing|ar|er|ir)\s+)?(?:(?:the|la|el)\s+)?$", re.I)
_COORDINATED = re.compile(r"\s+[a-z][^⟦\n]*?\s(?:and|y|e)\s+$")
_GAP_CHAR = rf"(?:(?!⟦[CPU]|{_BLOCKER.pattern})[^\n])"
GAP = _GAP_CHAR + "{0,40}?"
LONG_GAP = _GAP_CHAR + "{0,90}?"


@dataclass(frozen=True)
class Cue:
    type: str
    template: str
    src: str
    dst: str
    status: str | None = None
    nominal: bool = False  # "la inversión de X en Y": refers to a deal, voices no certainty
    stative: bool = False  # "X, OpenAI's largest investor": a standing fact, not an event
    vendor_check: bool | str = False  # "ended its collaboration with Y": a client only if Y sells (loaders.trade_sides)
    future: str | None = None  # the status when the verb is in the future ("will join" -> incoming)
    past: str | None = None  # the status when the verb is in the past ("dirigía" -> former)
    keys: frozenset | None = None  # words one of which a sentence must hold for the cue to be tried
    frame: str | None = None  # the frame a generated cue comes from (loaders.frames), for reports
    known_only: bool = False  # a candidate name of unknown kind does not become an entity through this cue
    pattern: str = field(init=False, default="", compare=False, repr=False)
    _compiled: re.Pattern | None = field(init=False, default=None, compare=False, repr=False)
    _literals: tuple | None | bool = field(init=False, default=False, compare=False, repr=False)
    _skeleton: str = field(init=False, default="", compare=False, repr=False)
    lead: tuple | None = field(init=False, default=None, compare=False, repr=False)
    need: tuple = field(init=False, default=(0, 0, 0), compare=False, repr=False)  # companies, people, either
    optional: frozenset = field(init=False, default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        template = self.template
        # "{v:C}?~~ atienden a ...": an optional name far before the cue word would make the regex
        # try a 90-character gap at every position; the cue word is matched alone and the name
        # looked up before it (see `lead_slot`).
        lead = re.match(r"\{(?P<name>\w+):(?P<kind>Cs|Ps|Es|C|P|E)\}\?~~", template)
        object.__setattr__(self, "lead", (lead.group("name"), lead.group("kind")) if lead else None)
        if lead:
            template = template[lead.end():]
        pattern = template.replace("~~", LONG_GAP).replace("~", GAP)

        def slot(m: re.Match) -> str:
            body = f"(?P<{m.group('name')}>{_KINDS[m.group('kind')]})"
            return f"(?:{body}\\s*)?" if m.group("opt") else body

        object.__setattr__(self, "pattern", _SLOT.sub(slot, pattern))
        # The cue without its slots and gaps, which hold no word a match must show (see `literals`).
        object.__setattr__(self, "_skeleton", _SLOT.sub(".", template.replace("~~", ".").replace("~", ".")))
        # An endpoint written "tgt?" may be missing from the match; the engine then supplies it.
        marked = {n.rstrip("?") for n in (*self.src.split(","), self.dst) if n.endswith("?")}
        object.__setattr__(self, "src", ",".join(n.rstrip("?") for n in self.src.split(",")))
        object.__setattr__(self, "dst", self.dst.rstrip("?"))
        object.__setattr__(self, "optional", frozenset(
            m.group("name") for m in _SLOT.finditer(self.template) if m.group("opt")) | marked)
        object.__setattr__(self, "need", self._needs())

    @property
    def regex(self) -> re.Pattern:
        """The compiled pattern, on first use: a process that extracts one article compiles the few
        hundred cues its sentences can try, not the whole table (a second of start-up or more)."""
        if self._compiled is None:
            object.__setattr__(self, "_compiled", re.compile(self.pattern, re.I))
        return self._compiled

    @property
    def literals(self) -> tuple[str, ...] | None:
        """Lower-cased strings one of which the text must hold for the regex to match (None: no such
        test), worked out on first use: a test that costs far less than a failed search."""
        if self._literals is False:
            object.__setattr__(self, "_literals", required_literals(self._skeleton, re.I))
        return self._literals

    def shows_in(self, lowered: str) -> bool:
        """Whether a lower-cased text holds one of the strings a match needs (True when there are none)."""
        return holds_one(self.literals, lowered)

    def _needs(self) -> tuple[int, int, int]:
        """How many company, person and either-kind names a sentence must hold for this cue to match."""
        kinds = {m.group("name"): m.group("kind") for m in _SLOT.finditer(self.template)}
        count = {"C": 0, "P": 0, "E": 0}
        skippable = skippable_slots(self.template, _SLOT)  # "(?:, along with {more:Es})?" may be absent
        for name in (*self.src.split(","), self.dst):
            if name in self.optional or name in skippable or name not in kinds:
                continue
            count[{"C": "C", "Cs": "C", "P": "P", "Ps": "P", "Pl": "P"}.get(kinds[name], "E")] += 1
        if self.src == self.dst:  # one slot read twice (ELLIPSIS, RAISED)
            count = {k: min(v, 1) for k, v in count.items()}
        return count["C"], count["P"], count["E"]

    def may_match(self, companies: int, people: int) -> bool:
        """Cheap test before the regex: does the sentence name enough companies and people?"""
        c, p, e = self.need
        return companies >= c and people >= p and companies + people >= c + p + e

    def lead_slot(self, text: str, start: int) -> str | None:
        """The name right before `start` (no other name nor subject pronoun between), for a lead slot;
        "" when a pronoun stands there ("some of them may reduce ..."): the subject is said, not named."""
        if self.lead is None:
            return None
        window = text[max(0, start - 90):start]
        if self.lead[1].startswith("P"):
            opener = _OPENER.match(text)
            if opener and _NAME_IN_PHRASE.search(text[opener.end():start]):
                # "X, who had taken over ... after the departure of Y, left for Meta": a name inside a
                # prepositional phrase that a comma closes is not the verb's subject; the sentence's is.
                return opener.group(1)
            # "X deja Cohere para incorporarse a Oracle", "X is leaving Cohere to join Oracle": a purpose
            # clause's subject is the person who leaves, past the company left.
            left = re.search(rf"({_KINDS[self.lead[1]]}){LEFT_FOR_PURPOSE.pattern}", window)
            if left and not _BLOCKER.search(left.group(0)):
                return left.group(1)
        if inverted_relative(text, start):
            return None  # "X, una startup ... que compró Y,": Y bought X (frames' "inverted relative, described")
        m = re.search(rf"({_KINDS[self.lead[1]]})((?:(?!⟦[CPU])[^\n])*)$", window)
        if m and _BLOCKER.search(m.group(2)) or not m and _BLOCKER.search(window[-40:]):
            return ""
        if m and _OPENING_PHRASE.match(text[:max(0, start - 90) + m.start(1)]) and re.match(r"⟦[^⟧]+⟧,\s", m.group(1)):
            # "Weeks after buying Globex, Acme bought Corvane": the first name is the opening phrase's; the subject follows
            return re.findall(r"⟦[^⟧]+⟧", m.group(1))[-1]
        comitative = _COMITATIVE.search(window[:m.start(1)]) if m else None
        if comitative and re.match(r",?\s+(?:y|e|and)\s", m.group(2)):
            # "X cofundó DeepMind junto a Y y Z, y dejó Google": the companions are not the subject; X is
            before = re.findall(rf"({_KINDS[self.lead[1]]})", window[:comitative.start()])
            return before[-1] if before else None
        if m and _ONE_OF_LIST.search(m.group(1)) and relative_number(m.group(2) + text[start:start + 40]) == "one":
            # "junto a X y Y, que hoy dirige la división de IA de Microsoft": a singular relative verb
            # says it of the last of them only.
            return _ONE_OF_LIST.search(m.group(1)).group(1)
        if m and (_PLACE_RELATIVE.match(m.group(2)) or re.match(r",?\s*(?:both|all|each) of whom\s", m.group(2) + text[start:])):
            if _PLACE_RELATIVE.match(m.group(2)):
                # "trained Poro on the LUMI supercomputer in Finland, which runs on AMD GPUs": the relative's head is no
                # name, and the sentence's subject is not the relative's subject either
                return ""
            # "by X and Y, both of whom worked at Z": the list; "all of whom had worked at Z or in Y's lab": each at
            # one of them, so no one is said to have worked at Z (no name to fall back on either)
            return "" if re.match(r"[^.;]*⟧\s+or\s", m.group(2) + text[start:]) else m.group(1)
        if m:
            # "el grupo que dirige Jensen Huang ... absorbió X": a relative clause's own subject, after its
            # verb, is not the main clause's; the name before "que" is.
            head = re.search(rf"({_KINDS[self.lead[1]]})\s+(?:que|quien)\s+\w+\s+$", window[:m.start(1)])
            if head:
                return head.group(1)
            # "... había trabajado en Samsung y en AMD, FuriosaAI aspira a competir": names after a
            # preposition belong to that phrase, so the subject is what follows the last of them.
            # "la compañía de Jensen Huang también compró ...", "controlado por la sudafricana Naspers, se
            # queda con ...": a name inside a prepositional phrase is not the verb's subject.
            # "Its chip is made by TSMC and uses memory from X": nor is a passive's agent the next verb's.
            # "La entidad dirigida por Ana Botín ha cerrado la compra de X", "the group run by X bought Y": the
            # agent of a participle that describes the subject is not the subject; the name described is.
            if self.lead[1][0] in "CE" and _AFTER_WORD.search(window[:m.start(1)]) and _THEN_AND.fullmatch(m.group(2)):
                return None  # "X bought Mellanox in 2020 and last year completed ...": an object, the subject is X
            agent = _PARTICIPLE_AGENT.search(window[:m.start(1)])
            if agent:
                return agent.group("head") if agent.group("head") and \
                    re.fullmatch(_KINDS[self.lead[1]], agent.group("head")) else None
            # "abandona la compañía de Elon Musk para lanzar X": a person after a company and "de" is its
            # owner, inside the company's phrase; he is not the verb's subject.
            if _OWNER_PHRASE.search(window[:m.start(1)]) or \
                    self.lead[1].startswith("P") and OWNED_BY.search(window[:m.start(1)]) or \
                    AGENT_BEFORE.search(window[:m.start(1)]) and re.match(r",|\s+(?:and|y|e)\s+$", m.group(2)) and \
                    not (re.match(r",\s*(?:which|who)\s", m.group(2)) and re.fullmatch(r"⟦[CPU]\d+b?⟧", m.group(1))):
                # (but "uses chips made by TSMC, which also supplies Nvidia": a relative right after one name is its)
                return None
            # "Anthropic uses AWS as its cloud provider and relies on ...": the name before a coordinated
            # verb phrase is the first verb's object; the subject is the name before that verb.
            if _COORDINATED.match(m.group(2)):
                first = re.search(rf"({_KINDS[self.lead[1]]})\s+[a-z][\w\-]*\s+(?:[^⟦\n]{{0,20}}\s)?$",
                                  window[:m.start(1)])
                if first:
                    return first.group(1)
            # "Nvidia compró la israelí Deci y acordó la adquisición de Run:ai": so is a name that a trigger
            # verb takes right before "y", "and" (the subject is the name before that verb, the company in
            # "la compañía de Jensen Huang compró X y ...", else the sentence's).
            pre = window[:m.start(1) + m.group(1).rindex("⟦")]
            if re.fullmatch(r"\s+(?:and|y|e)\s+", m.group(2)) and _after_finite_verb(pre):
                first = re.search(rf"({_KINDS[self.lead[1]]})\s+[a-z][\w\-]*\s+(?:[^⟦\n]{{0,20}}\s)?$", pre)
                owner = first and (re.search(r"(⟦C\d+b?⟧)\s+(?:de|del|of)\s+$", pre[:first.start(1)]) or
                                   re.fullmatch(r"(⟦C\d+b?⟧)\s+(?:de|del|of)\s+⟦P\d+b?⟧", first.group(1)))
                if owner:
                    return owner.group(1) if re.fullmatch(_KINDS[self.lead[1]], owner.group(1)) else None
                return None if not first or _OWNER_PHRASE.search(pre[:first.start(1)]) else first.group(1)
            # "Anthropic, a company started by former OpenAI employees, has raised ...": a name inside the
            # apposition of the name before it is not the verb's subject; that name is.
            lo = max(0, start - 90)
            owner = apposition_owner(text, lo + m.start(1), lo + m.end(1))
            if owner:
                return owner
            inside = list(_AFTER_PREPOSITION.finditer(m.group(1)))
            if inside:
                rest = re.sub(rf"^(?:{_SEP})", "", m.group(1)[inside[-1].end():])
                return rest if rest.startswith("⟦") else None
        return m.group(1) if m else None


_OBJECT_OPENING = re.compile(r"([^\W\d_]+)\s+(?:(?:the|a|an|el|la|los|las|un|una)\s+(?:[^\W\d_]+\s+)?)?$")


def _after_finite_verb(before: str) -> bool:
    """Whether a name after `before` is the object of a finite trigger verb ("compró la israelí ",
    "acquired ")."""
    m = _OBJECT_OPENING.search(before)
    return bool(m) and m.group(1).lower() in _finite_forms()


@lru_cache(maxsize=1)
def _finite_forms() -> frozenset[str]:
    from loaders.inflections import _table
    return frozenset(form for table in _table().values() for entry in table.values() for form in entry["finite"]
                     if " " not in form)


# "... is leaving Cohere to join", "... deja Cohere para incorporarse": a company left, then a purpose clause
_OPENER = re.compile(r"(⟦[PU]\d+⟧)[\s,]")
_NAME_IN_PHRASE = re.compile(r"\b(?:of|after|from|with|de|del|tras|con)\s+(?:[\w\-]+\s+){0,3}⟦[PU]\d+⟧,\s*$")
LEFT_FOR_PURPOSE = re.compile(r"\s+(?:(?:has|had|is|will|ha|había)\s+)?(?:left|leaving|leaves|leave|quit|quits|quitting|"
                              r"deja|dejó|dejará|dejaba|abandona|abandonó|abandonará|sale de|salió de)\s+"
                              r"(?:(?:the|la|el)\s+)?⟦[CU]\d+b?⟧(?:\s+(?:in|en)\s+\d{4})?\s+(?:to|para)\s+$")
_ONE_OF_LIST = re.compile(rf"{_SEP}(⟦[CPU]\d+b?⟧)$")
