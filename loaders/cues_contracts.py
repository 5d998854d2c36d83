"""Contracts told by their two parties, with no word for who buys: "Lambda signed a multibillion-dollar agreement
with Microsoft", "OpenAI's earlier agreements with Nvidia and AMD", "Nebius added a $3 billion deal with Meta".

The side that sells is told by what each party is (loaders.trade_sides.one_seller): the cue is written both
ways, the client first and the vendor first, and each reads only a pair whose vendor sells by its kind and whose
client does not, so at most one of them holds. A contract of another kind (a licence, a merger, an investment,
a partnership, a settlement) is no sale, and is left to the cues of its own relation.
"""

from __future__ import annotations

from graph.schema import CLIENT_OF, PARTNERS_WITH
from loaders.cues import Cue

# What makes a contract no purchase: its kind, named among the words before the noun.
_KINDS_NOT_SOLD = ("licensing", "license", "licence", "licencing", "partnership", "merger", "acquisition", "takeover",
                   "investment", "funding", "financing", "settlement", "peace", "trade", "tariff", "loan", "credit", "debt",
                   "collaboration", "cooperation", "co-operation", "joint", "strategic", "research", "non-compete",
                   "employment", "pay", "severance", "stock", "share", "equity", "buyout", "sale", "purchase")
_NOT_A_SALE = "(?:" + "|".join(_KINDS_NOT_SOLD) + ")"
# Up to five words before the noun: amounts, terms and kinds ("a five-year, $9.7 billion AI cloud contract"); no
# negation among them, nor before them: "has no deal with OpenAI" denies a contract.
_WORDS = rf"(?:(?:(?!(?:{_NOT_A_SALE}|no|not|without|never|any)\b)[\w\-]+|⟦[\$%]\d+⟧),?\s+){{0,5}}?"
_NOT_AFTER = ("no", "not", "without", "any", "never")
# A verb is no noun ("to deal with", "will deal with"), nor is "in agreement with" a contract, nor "the Nvidia deal",
# and the word right before the noun is no kind of contract that is not a sale ("a partnership agreement with").
_NOT_VERB = "".join(rf"(?<!\b{w} )" for w in ("to", "will", "would", "can", "could", "must", "not", "in",
                                              *_KINDS_NOT_SOLD)) + \
    "".join(rf"(?<![CU]{d}⟧ )" for d in (r"\d", r"\d\d", r"\db", r"\d\db"))
_NOUN = r"(?:contracts?|deals?|agreements?|orders?)"
_CONTRACT = ("".join(rf"(?<!\b{w} )" for w in _NOT_AFTER) +
             rf"\b(?:(?:a|an|the|its|their|this|that|new|⟦C\d+b?⟧(?:'s|’s)?|⟦\$\d+⟧)\s+)?{_WORDS}{_NOT_VERB}{_NOUN}"
             # (its worth may come before the other party: "a five-year contract worth $11.9 billion with CoreWeave")
             r"(?:,?\s+(?:worth|valued at)\s+(?:about\s+|around\s+|roughly\s+|up to\s+|more than\s+|nearly\s+)?⟦\$\d+⟧,?)?"
             r"\s+with\s+(?:the\s+)?")
_KEYS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders"})

# The same contract told the other ways round: in an object relative ("similar agreements Microsoft has struck with
# Nebius and Nscale"), by both parties as the subject ("IREN and Microsoft signed a $9.7 billion contract") and
# "between" them ("a contract between Oracle and OpenAI").
_SIGNED = r"(?:signed|struck|inked|sealed|reached|agreed|made|announced|unveiled)"
# An agreement made for an aim the two pursue together is an alliance, not a sale: "KT signed an agreement with AWS in
# February to develop generative AI services", "a co-operation agreement with Helsing last year to bring AI into its jets"
# (as Spanish "firmó un acuerdo con X para desarrollar", loaders.cues_es_more).
_JOINT_AIM = (r"\s+(?:(?:in|last|this|earlier|next)\s+[\w\-]+(?:\s+\d{4})?\s+)?to\s+(?:jointly\s+|together\s+)?"
              r"(?:develop|co-develop|build|create|design|research|explore|bring|integrate|train|launch|work|collaborate|"
              r"promote|accelerate|advance|set up|establish)\b")
_TOLD = [
    (r"{x:C}?~~" + _CONTRACT + r"{y:Cs}(?!" + _JOINT_AIM + ")", "x?", "y"),
    (rf"\b{_NOUN}\s+(?:that\s+|which\s+)?{{x:C}}\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+)?{_SIGNED}\s+"
     r"(?:[^⟦.;]{0,40}?\s+)?with\s+(?:the\s+)?{y:Cs}", "x", "y"),
    (rf"{{x:C}}\s+and\s+{{y:C}}\s+(?:have\s+|has\s+|had\s+|also\s+)*{_SIGNED}\s+(?:a|an|the|their)\s+{_WORDS}"
     rf"{_NOT_VERB}{_NOUN}\b", "x", "y"),
    (rf"\b(?:a|an|the|their)\s+{_WORDS}{_NOT_VERB}{_NOUN}\s+between\s+{{x:C}}\s+and\s+{{y:C}}", "x", "y"),
]
EN: list[Cue] = []
for _template, _x, _y in _TOLD:  # each read both ways: the seller's kind decides which holds
    EN += [Cue(CLIENT_OF, _template.replace("{x:", "{cl:").replace("{y:", "{v:"), _x.replace("x", "cl"),
               _y.replace("y", "v"), "active", vendor_check="kinds", keys=_KEYS),
           Cue(CLIENT_OF, _template.replace("{x:", "{v:").replace("{y:", "{cl:"), _y.replace("y", "cl"),
               _x.replace("x", "v"), "active", vendor_check="kinds", keys=_KEYS)]

_AGREEMENT = (r"(?:agreement|deal|pact|memorandum of understanding|MoU|MOU|letter of intent)")
EN.append(Cue(PARTNERS_WITH, r"{a:C}~~\b(?:signed|signs|sign|signing|struck|strikes|inked|inks|sealed|seals|reached|"
              r"reaches|entered into|enters into|has signed|had signed)\s+(?:a|an|the|its|their)\s+(?:[\w\-]+,?\s+|⟦\$\d+⟧\s+){0,5}?"
              + _AGREEMENT +
              r"\s+with\s+(?:the\s+)?{b:Cs}" + _JOINT_AIM, "a", "b",
              keys=frozenset({"agreement", "deal", "pact", "memorandum", "mou", "letter"})))

# A lease names its sides by the words: the company that signs leases with another lets it space, power or capacity, so
# the other is its tenant and client ("Applied Digital signed two 15-year leases with CoreWeave", "Cipher Mining signed a
# lease with Amazon Web Services"); the tenant's own "leases capacity from X" is a trigger's (loaders.triggers_en).
_LEASE = (r"(?<!\bno )\b(?:(?:a|an|the|its|their|two|three|four|several|new|⟦\$\d+⟧)\s+)?" + _WORDS +
          r"(?:lease|leases|lease agreements?|leasing agreements?|leasing deals?)\s+with\s+(?:the\s+)?")
EN.append(Cue(CLIENT_OF, r"{v:C}?~~" + _LEASE + r"{cl:Cs}", "cl", "v?", "active",
              keys=frozenset({"lease", "leases", "leasing"})))

# A licence taken from a company that sells (a chip designer's architecture, a vendor's software) makes the licensee its
# client, as the seller's kind tells: "Nuvia held an architecture license from Arm", "processors based on technology
# licensed from Arm" (a licence between two sellers or from a lab stays a partnership, loaders.triggers_en).
EN.append(Cue(CLIENT_OF, r"{cl:C}?~~\b(?:licen[cs](?:es|ed|ing)|licen[cs]e[sd]?|(?:an?|its|their)\s+(?:[\w\-]+\s+){0,2}?"
              r"licen[cs]es?)\s+(?:[^⟦.;]{0,40}?\s+)?from\s+(?:the\s+)?{v:C}", "cl?", "v", "active", vendor_check="kinds",
              keys=frozenset({"license", "licenses", "licensed", "licensing", "licence", "licences", "licenced",
                              "licencing"})))

# The same contracts told in Spanish: "Nebius anunció un contrato de unos 3.000 millones de dólares a cinco años con
# Meta", "IREN firmó con Microsoft un contrato de cinco años", "Microsoft y Nebius firmaron un contrato", "un contrato
# entre Oracle y OpenAI"; the seller again told by each party's kind.
_NOT_SOLD_ES = (r"(?:licencia|licencias|fusión|adquisición|compraventa|inversión|inversiones|financiación|financiamiento|"
                r"colaboración|cooperación|asociación|alianza|investigación|trabajo|patrocinio|préstamo|crédito|deuda|"
                r"accionistas|confidencialidad)")
# A lease or hosting contract names its sides by its kind: the company that signs it lets the space, so the other is
# its tenant ("TeraWulf ha firmado dos contratos de alojamiento a diez años con Fluidstack").
_LET_ES = r"(?:alojamiento|hospedaje|arrendamiento|alquiler|coubicación)"
_KIND_ES = r"(?:[\w\-]+\s+){0,3}?(?:de\s+)?"
_NOT_KIND_ES = rf"(?!{_KIND_ES}(?:{_NOT_SOLD_ES[3:-1]}|{_LET_ES[3:-1]})\b)"
# terms and amounts between the noun and the other party, no negation among them
_WORDS_ES = r"(?:(?:(?!(?:no|ni|sin|ningún)\b)[\w\-.,]+|⟦[\$%]\d+⟧)\s+){0,10}?"
_A_CONTRACT_ES = (r"(?<!\bno )(?<!\bsin )(?<!\bningún )\b(?:(?:un|el|los|sus|su|dos|tres|varios|sendos|⟦C\d+b?⟧)\s+)?"
                  r"(?:nuevos?\s+)?contratos?\s+")
# ... nor is a contract made for an aim the two pursue together a sale ("para desarrollar", as in English)
_JOINT_AIM_ES = r"(?![^⟦.;]{0,80}?\bpara\s+(?:desarrollar|crear|construir|investigar|diseñar|explorar|impulsar|colaborar)\b)"
_SIGNED_ES = (r"(?:firmó|firma|firman|firmaron|ha firmado|han firmado|había firmado|habían firmado|firmará|firmarán|"
              r"cerró|cierra|cerraron|ha cerrado|han cerrado|selló|sellaron|ha sellado|han sellado|suscribió|"
              r"suscribieron|ha suscrito|han suscrito|anunció|anunciaron|ha anunciado|han anunciado|renovó|ha renovado)")
_WITH_ES = r"con\s+(?:el|la|los)?\s*"
_TOLD_ES = [
    (r"{x:C}?~~" + _A_CONTRACT_ES + _NOT_KIND_ES + _WORDS_ES + _WITH_ES + r"{y:Cs}" + _JOINT_AIM_ES, "x?", "y"),
    (r"{x:C}~~\b" + _SIGNED_ES + r"\s+" + _WITH_ES + r"{y:Cs}\s+" + _A_CONTRACT_ES + _NOT_KIND_ES + _JOINT_AIM_ES,
     "x", "y"),
    (r"{x:C}\s+(?:y|e)\s+{y:C}\s+" + _SIGNED_ES + r"\s+" + _A_CONTRACT_ES + _NOT_KIND_ES + _JOINT_AIM_ES, "x", "y"),
    (r"\b(?:un|el|del|al)\s+contrato\s+" + _NOT_KIND_ES + _WORDS_ES + r"entre\s+{x:C}\s+(?:y|e)\s+{y:C}", "x", "y"),
]
_KEYS_ES = frozenset({"contrato", "contratos"})
ES: list[Cue] = []
for _template, _x, _y in _TOLD_ES:
    ES += [Cue(CLIENT_OF, _template.replace("{x:", "{cl:").replace("{y:", "{v:"), _x.replace("x", "cl"),
               _y.replace("y", "v"), "active", vendor_check="kinds", keys=_KEYS_ES),
           Cue(CLIENT_OF, _template.replace("{x:", "{v:").replace("{y:", "{cl:"), _y.replace("y", "cl"),
               _x.replace("x", "v"), "active", vendor_check="kinds", keys=_KEYS_ES)]
# (the landlord named, not taken from the story: the tenant's own provider is often the story's company)
ES.append(Cue(CLIENT_OF, r"{v:C}~~" + _A_CONTRACT_ES + rf"(?={_KIND_ES}{_LET_ES}\b)" + _WORDS_ES + _WITH_ES + r"{cl:Cs}",
              "cl", "v", "active", keys=_KEYS_ES))

CUES: dict[str, list[Cue]] = {"en": EN, "es": ES}
