"""English triggers: the words English-language news uses for each relation (see loaders.triggers)."""

from __future__ import annotations

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)
from loaders.triggers import Event, Position, Role, Verb

# What a funding verb's gap must hold: an amount or a round ("raised $1bn in a round led by").
_MONEY = r"⟦\$\d+⟧|\b(?:round|funding|financing|capital|investment|cash)\b"
_ROUND_FROM = (r"from|led by|co-led by|co-led with|backed by|with participation from|with participation of|"
               r"with backing from|with investment from|with support from|with funding from|"
               r"from investors (?:including|such as|like)|from backers (?:including|such as|like)|"
               r"including|that included|which included|joined by|"
               # named backers after a kind of unnamed ones: "raises $214 million from Japanese banks, Nvidia and US funds"
               r"from (?:[\w\-]+\s+){1,2}?(?:banks|funds|insurers|lenders|investors|backers|firms),"
               r"(?!\s+⟦[CU]\d+⟧,?\s+(?:said|says|told|added)\b)")

# What a maker's gap must hold to make it a supplier ("makes chips for Apple", not "made an offer for").
# (and what is built for a client's computing: "Oracle is building data centers for OpenAI")
_HARDWARE = (r"\b(?:chips?|processors?|semiconductors?|accelerators?|servers?|hardware|components?|devices?|racks?|"
             r"data cent(?:er|re)s?|supercomputers?|(?:GPU|AI|computing|compute) clusters?)\b")

# What a client buys from a vendor ("buy capacity from", not "buy a stake from").
# ("processing units" spelled out; "access" to a model or to chips: "provide Microsoft with access to GB300 processors")
GOODS = (r"\b(?:chips?|GPUs?|processors?|accelerators?|servers?|hardware|capacity|compute|computing|power|cloud|"
          r"services?|storage|data|megawatts?|gigawatts?|MW|GW|licen[cs]es?|software|systems?|racks?|memory|"
          r"processing units|access)\b")

# Verbs that carry an event noun for its agent: "X announced the acquisition of Y", "X has a stake in Y".
# (Not "approve" or "block": their subject is a regulator or a government, a third party to the deal.)
SUPPORT_VERBS = ("proceed", "go ahead", "push ahead", "abandon", "drop", "scrap", "call off", "terminate",
                 "pull out of", "walk away from", "complete",
                 "announce", "complete", "close", "finalize", "finalise", "make", "sign", "agree", "seal", "strike",
                 "unveil", "confirm", "reach", "launch", "form", "expand", "deepen", "renew", "extend", "pursue",
                 "plan", "take", "have", "hold", "own", "build", "increase", "boost", "raise", "double", "cut",
                 "disclose", "enter", "forge", "ink", "lead", "propose", "receive", "win",
                 "secure", "get", "strengthen", "broaden", "cement", "deal", "outline", "detail", "offer")

TRIGGERS: list = [
    # -- investments ---------------------------------------------------------------
    Verb(INVESTED, ("invest", "pour", "pump", "inject", "plough", "plow", "sink", "put", "commit"),
         "inv", "tgt", prep="in|into", gap=True, passive=False),
    Verb(INVESTED, ("back", "fund", "finance", "bankroll", "co-lead", "lead"), "inv", "tgt",
         prep="(?:(?:the|a|an|its)\\s+)?(?:(?:[\\w\\-]+|⟦\\$\\d+⟧)\\s+){0,3}?(?:round|funding|financing|raise|investment|"
              "Series [A-H])s?\\s+(?:in|of|for|into)", gap=False, passive=False),
    Verb(INVESTED, ("back", "fund", "finance", "bankroll", "seed"), "inv", "tgt"),
    Verb(INVESTED, ("own", "control", "co-own"), "inv", "tgt"),
    Verb(INVESTED, ("raise", "secure", "close", "land", "attract", "draw", "get", "receive", "win", "bag", "snag",
                    "obtain", "net", "collect", "complete", "announce", "take", "accept", "pull in", "rake in"),
         "tgt", "inv", prep=_ROUND_FROM, gap=True, passive=False, needs=_MONEY),
    # "pledged $1 billion to OpenAI", "committed $500 million to the round's leader": money promised to a company
    Verb(INVESTED, ("pledge", "commit", "promise", "earmark"), "inv", "tgt", prep="to|toward|towards", gap=True,
         passive=False, needs=_MONEY),
    # (a round's size and kind may come first: "took part in a $700 million private placement in Nebius")
    Verb(INVESTED, ("participate", "take part", "join", "co-invest"), "inv", "tgt",
         prep="(?:in\\s+)?(?:(?:the|a|an|its)\\s+)?(?:(?:[\\w\\-]+|⟦\\$\\d+⟧)\\s+){0,3}?(?:round|funding|financing|raise|"
              "investment|placement|tranche)s?\\s+(?:in|of|for|into)", passive=False),
    # ("increased its stake in X": a holding made larger is a holding)
    Verb(INVESTED, ("take", "buy", "acquire", "pick up", "hold", "own", "have", "purchase", "build", "increase", "raise",
                    "boost", "lift", "double", "expand"), "inv", "tgt",
         prep="(?:(?:a|an|the|its|their|⟦C\\d+b?⟧)\\s+(?:[\\w\\-⟦⟧%$0-9]+\\s+){0,4}?(?:stake|holding|interest|shareholding|share|"
              "shares|equity)|(?:(?:minority|majority|small|big|large|sizable|significant)\\s+)?(?:stakes|shares|holdings))"
              "\\s+(?:in|of)", gap=True, passive=False),
    Event(INVESTED, ("investment", "investments", "stake", "holding", "bet", "injection", "backing", "infusion",
                     "cash injection", "shareholding"),
          "inv", "tgt", of="in|into", gap=True),
    Role(INVESTED, ("investor", "backer", "shareholder", "stakeholder", "funder", "financier", "part-owner",
                    "lead investor", "early investor", "early backer", "minority shareholder"),
         ("investors", "backers", "shareholders", "stakeholders", "funders", "financiers", "part-owners",
          "lead investors", "early investors", "early backers", "minority shareholders"),
         "inv", "tgt", of="in|of|behind|to"),
    # -- acquisitions -----------------------------------------------------------------
    Verb(ACQUIRED, ("acquire", "buy", "purchase", "take over", "snap up", "absorb", "scoop up", "gobble up",
                    "buy out", "pick up", "swallow", "take private"),
         "buyer", "tgt"),
    # (a plural lists the deals: "the company's 2024 acquisitions of HiredScore and Evisort")
    Event(ACQUIRED, ("acquisition", "purchase", "takeover", "buyout", "take-over", "acquiring", "buying",
                     "purchasing", "acquisitions", "purchases", "takeovers", "buyouts"),
          "buyer", "tgt", of="of"),
    Event(ACQUIRED, ("sale",), "buyer", "tgt", of="of", by="to"),
    # "abandoned its $20 billion bid for Figma", "made a takeover offer for Arm"
    Event(ACQUIRED, ("bid", "takeover bid", "buyout bid", "takeover offer", "buyout offer", "offer"), "buyer", "tgt",
          of="for"),
    # -- employment ---------------------------------------------------------------------
    Verb(WORKS_AT, ("join", "rejoin", "move to", "defect to", "jump to", "return to", "head to", "switch to",
                    "decamp to", "move over to", "jump ship to"),
         "p", "c", future="incoming", passive=False),
    # "Gunter and Lee followed him to Meta": colleagues who went after someone to a company
    Verb(WORKS_AT, ("follow",), "p", "c", prep="(?:him|her|them|⟦[PU]\\d+b?⟧)\\s+(?:over\\s+)?to", status="current",
         future="incoming", passive=False),
    Verb(WORKS_AT, ("hire", "appoint", "name", "poach", "recruit", "tap", "bring in", "bring on", "bring back",
                    "rehire", "reinstate", "lure", "elect", "promote", "install", "nominate", "welcome", "snag"),
         "c", "p", status="current", future="incoming"),
    Verb(WORKS_AT, ("leave", "quit", "exit", "depart", "resign from", "step down from", "step away from",
                    "part ways with", "depart from", "be ousted from", "be fired from", "retire from", "walk out of",
                    "defect from"),
         "p", "c", status="former", passive=False),
    # "left for Meta", "left Google for OpenAI": the company gone to (the one left is the direct object's)
    Verb(WORKS_AT, ("leave", "depart", "decamp", "bolt", "exit", "quit"), "p", "c", prep="(?:⟦C\\d+b?⟧\\s+)?for",
         status="current", future="incoming", passive=False),
    Verb(WORKS_AT, ("fire", "oust", "sack", "dismiss", "remove", "push out"),
         "c", "p", status="former"),
    Verb(WORKS_AT, ("lead", "head", "run", "chair", "helm", "oversee", "steer"),
         "p", "c", status="current", past="former"),
    # ("worked with him at Tenstorrent": a colleague named by a pronoun before the company)
    Verb(WORKS_AT, ("work", "serve"), "p", "c", prep="(?:(?:with|alongside)\\s+(?:him|her|them)\\s+|"
         "as\\s+(?:an?\\s+)?(?:[\\w\\-]+\\s+){1,4}?)?(?:at|for)",  # "worked as a hardware engineer at Samsung"
         status="current", past="former", passive=False),
    # "takes the helm at Intel", "took charge of the unit"
    Verb(WORKS_AT, ("take the helm", "take charge"), "p", "c", prep="at|of", status="current", future="incoming",
         passive=False),
    # "he led product at Instagram", "ran engineering at Stripe": a function led at a company
    Verb(WORKS_AT, ("lead", "run", "head", "oversee", "manage"), "p", "c",
         prep="(?:product|products|engineering|research|sales|marketing|design|operations|policy|finance|strategy|"
              "partnerships|growth|communications|infrastructure|security|hardware|software)\\s+(?:at|for)",
         status="current", past="former", passive=False),
    Role(WORKS_AT, (), (), "p", "c", of="of|at|for|with"),  # job titles: loaders.title_words.ROLE
    Position(("become", "serve", "take over", "step in", "step up", "remain", "continue", "stay", "return", "act",
              "start", "begin", "join", "rejoin", "come", "work"), status="current"),
    Position(("name", "appoint", "elect", "promote", "tap", "hire", "install", "confirm", "reappoint", "reinstate",
              "elevate", "choose", "select", "nominate", "bring in"), status="current", passive=True),
    Position(("step down", "resign", "retire", "quit", "leave", "depart", "step aside", "exit"), status="former",
             future="former"),
    Position(("oust", "fire", "remove", "dismiss", "replace", "succeed"), status="former", future="former",
             passive=True),
    # -- founders -------------------------------------------------------------------------
    Verb(FOUNDED, ("found", "co-found", "cofound", "set up", "establish", "start up", "incorporate"), "p", "c"),
    Verb(FOUNDED, ("start", "launch", "create", "spin up", "spin out", "form", "build"), "p", "c", known_only=True),
    Role(FOUNDED, ("founder", "co-founder", "cofounder", "founding member", "founding partner", "founding CEO"),
         ("founders", "co-founders", "cofounders", "founding members", "founding partners"), "p", "c",
         of="of|at|behind"),
    # -- clients and vendors ------------------------------------------------------------
    Verb(CLIENT_OF, ("use", "rely on", "adopt", "deploy", "tap", "choose", "select", "pick",
                     "contract", "engage", "enlist", "turn to", "depend on", "run on",
                     "buy from", "purchase from", "source from", "rent from", "lease from", "order from"),
         "cl", "v", status="active", passive=False),
    # "agreed to buy up to 750 megawatts of computing capacity from Cerebras": goods bought from a vendor, or through
    # one that resells them ("will buy access to Claude through Amazon Web Services").
    Verb(CLIENT_OF, ("buy", "purchase", "order", "rent", "lease", "source", "procure", "license", "licence", "use"),
         "cl", "v", prep="from|through|via", gap=True, needs=GOODS, status="active", passive=False),
    # "has relied mostly on Microsoft's data centers", "depends heavily on TSMC"
    Verb(CLIENT_OF, ("rely", "depend", "lean"), "cl", "v",
         prep="(?:heavily|mostly|largely|primarily|mainly|entirely|increasingly|partly|exclusively)\\s+on",
         status="active", passive=False),
    Verb(CLIENT_OF, ("supply", "provide", "deliver", "ship", "rent", "lease"),
         "v", "cl", prep="(?:[\\w\\-]+\\s+){0,4}?(?:to|for)", gap=True, status="active", passive=False),
    Verb(CLIENT_OF, ("supply", "serve", "equip"), "v", "cl", status="active", passive=False),
    # "Nvidia sells its chips to Microsoft": goods sold to a client (not "sold its chip unit to Marvell", a business)
    Verb(CLIENT_OF, ("sell", "resell"), "v", "cl", prep="to", gap=True, status="active", passive=False,
         needs=r"\b(?:chips?|GPUs?|processors?|accelerators?|servers?|capacity|compute|computing|memory|licen[cs]es?|"
               r"software|systems?|racks?|models?)\b(?!(?:\s+[\w\-]+){0,2}?\s+(?:units?|business|businesses|divisions?|arm|operations|"
               r"subsidiary|maker|designer|company|startup|assets|factories|plants?)\b)"),
    # "runs a classified cloud for the CIA", "has lined up capacity for Microsoft": goods kept for a client
    Verb(CLIENT_OF, ("run", "operate", "host", "line up", "reserve", "set aside"), "v", "cl",
         prep="(?:[\\w\\-]+\\s+){0,4}?for", gap=True, needs=GOODS, status="active", passive=False),
    # "Perplexity runs its search model on Cerebras hardware", "moves its AI training onto Microsoft's cloud".
    Verb(CLIENT_OF, ("run", "train", "host", "move", "shift", "migrate"), "cl", "v", prep="on|onto|to",
         gap=True, needs=r"\b(?:its|their)\b", status="active", passive=False),
    # "TSMC makes the chips for Apple": a maker of hardware for a company is its supplier.
    Verb(CLIENT_OF, ("make", "manufacture", "produce", "fabricate", "build", "assemble"), "v", "cl", prep="for",
         gap=True, needs=_HARDWARE, status="active", passive=False),
    Verb(CLIENT_OF, ("drop", "ditch", "dump", "abandon", "stop using", "cut ties with", "sever ties with",
                     "walk away from", "move away from", "pull its business from", "stop working with",
                     "part ways with", "pull the plug on", "switch off", "phase out", "rip out"),
         "cl", "v", status="ended", passive=False),
    Verb(CLIENT_OF, ("end", "terminate", "cut", "sever", "cancel", "wind down", "scrap", "close"),
         "cl", "v", prep="(?:its|their|the|a|⟦C\\d+b?⟧)\\s+(?:[\\w\\-]+\\s+)?(?:contract|contracts|relationship|ties|work|deal|"
                         "partnership|collaboration|business|agreement)\\s+with",
         status="ended", passive=False, vendor_check=True),
    Verb(CLIENT_OF, ("reconsider", "review", "reevaluate", "re-evaluate", "rethink", "reassess"), "cl", "v",
         prep="(?:its|their|⟦C\\d+b?⟧)\\s+(?:relationship|contract|contracts|ties|work|deal|partnership|business)\\s+with",
         status="reconsidering", passive=False),
    Verb(CLIENT_OF, ("reduce", "cut", "trim", "scale back", "lower", "pare back"), "cl", "v",
         prep="(?:its|their|⟦C\\d+b?⟧)\\s+(?:reliance|dependence|dependency|use|spending|orders|purchases|work|business)\\s+"
              "(?:on|of|with|from)", status="reducing", passive=False),
    Role(CLIENT_OF, ("customer", "client", "user", "buyer", "anchor customer", "anchor tenant", "tenant", "licensee"),
         ("customers", "clients", "users", "buyers", "clientele", "customer base", "tenants", "licensees"),
         "cl", "v", of="of|for|at", status="active"),
    Role(CLIENT_OF, ("supplier", "provider", "vendor", "cloud provider", "contractor", "landlord"),
         ("suppliers", "providers", "vendors", "contractors"), "v", "cl", of="to|for|of", status="active"),
    # -- competition --------------------------------------------------------------------
    # (where or for what may come first: "competes in the U.S. with X", "competes for cloud contracts with Y")
    # (and the rivals may be given as examples of a kind the mask does not know: "with other converted miners such as X",
    # or after a few words of what they are, the kind joined to the names: "with much larger and better funded ⟦X⟧")
    # (or how or where, in a word or two: "competes at home with X", "competes fiercely with Y", "competes abroad with Z")
    Verb(COMPETES_WITH, ("compete", "vie", "go up"), "a", "b",
         prep="(?:(?:in|for|on)\\s+(?:[\\w\\-.]+\\s+){1,4}?|at\\s+home\\s+|(?:abroad|overseas|globally|locally|"
              "internationally|head-on|head-to-head|[a-z]+ly)\\s+)?(?:with|against)"
              "(?:\\s+(?:other\\s+)?(?:[a-z][\\w\\-]*\\s+){1,3}?(?:such as|including|like)|"
              "(?=\\s+(?:[a-z][\\w\\-]*\\s+){1,5}?⟦)(?:\\s+(?!(?:with|to|for|in|on|at|from|by|of|its|their|each|one|"
              "it|them|which|that|who|but|while)\\b)[a-z][\\w\\-]*){1,5}?)?", passive=False),
    # ("in a push to catch Nvidia": a company chased is a rival)
    Verb(COMPETES_WITH, ("rival", "challenge", "take on", "compete against", "square off against",
                         "go head-to-head with", "square off with", "catch"),
         "a", "b", passive=False),
    # "Microsoft beats Amazon for the Pentagon contract", "Samsung overtook Apple as the largest seller"
    Verb(COMPETES_WITH, ("beat", "outbid", "edge out", "overtake", "outsell", "undercut", "battle"), "a", "b",
         passive=False),
    Event(COMPETES_WITH, ("rivalry", "competition"), "a", "b", of="with|against"),
    Role(COMPETES_WITH, ("rival", "competitor", "challenger", "archrival", "arch-rival", "arch rival"),
         ("rivals", "competitors", "challengers", "archrivals"), "a", "b",
         of="of|to|for"),
    # -- partnerships -----------------------------------------------------------------
    Verb(PARTNERS_WITH, ("partner", "team up", "ally", "collaborate", "join forces", "link up", "tie up",
                         "cooperate", "co-operate", "pair up", "hook up", "align", "work"),
         "a", "b", prep="with", passive=False),
    # "agreed to license technology from Groq", "licenses its models to Microsoft".
    Verb(PARTNERS_WITH, ("license", "licence"), "a", "b", prep="from|to", gap=True, passive=False),
    Event(PARTNERS_WITH, ("partnership", "alliance", "collaboration", "tie-up", "joint venture", "licensing deal",
                          "licensing agreement", "license agreement", "licence agreement", "strategic agreement",
                          "strategic partnership", "collaboration agreement", "cooperation agreement", "pact",
                          "letter of intent", "memorandum of understanding"),
          "a", "b", of="with"),
    Role(PARTNERS_WITH, ("partner", "ally", "strategic partner", "technology partner", "launch partner",
                         "development partner", "key partner"),
         ("partners", "allies", "strategic partners", "technology partners", "launch partners"), "a", "b",
         of="of|to|for|with"),
]
