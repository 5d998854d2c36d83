"""English cue patterns for phrasings the generic frames (loaders.frames) do not cover.

Most of what English news says is found by the triggers of loaders/triggers_en.py in every frame;
these hand-written cues remain for constructions no frame expresses (a round's "led by" list whose
company the story gives elsewhere, "X competes with", licensing phrasings, subjectless departures...).
Each was kept because it finds claims on the train split that no frame finds.
"""

from __future__ import annotations

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)
from loaders.cues import Cue
from loaders.title_words import MOD, POSS, ROLE
from loaders.frame_words import NOT_THE_COMPANY_EN
from loaders.triggers_en import GOODS

_RAISE = r"(?:raised|raises|has raised|had raised|secured|has secured|closed|landed|announced|drew|attracted)"
_BUY = (r"(?:acquired|acquires|acquire|will acquire|to acquire|bought|buys|buy|will buy|to buy|snapped up|"
        r"purchased|completed (?:its|the) (?:acquisition|purchase) of|agreed to (?:buy|acquire)|"
        r"announced (?:a deal|plans|an agreement) to (?:buy|acquire)|absorbed|took over|is acquiring|is buying)")
# a time told as how long ago: "a year ago", "two months ago"
_AGO = r"\s+(?:a|an|one|two|three|four|five|six|several|a few)\s+(?:years?|months?|weeks?)\s+ago"
_JOIN_FUTURE = r"(?:will join|is joining|joins|is set to join|agreed to join|to join|would join|will rejoin)"
_HIRE = (r"(?:hired|has hired|hires|appointed|appoints|named|names|has named|has appointed|poached|"
         r"brought in|tapped|recruited)")

_BECOME = (r"(?P<verb>has become|became|will become|becomes|takes over as|took over as|has taken over as|"
           r"will take over as|is taking over as|was named|has been named|was appointed|has been appointed|"
           r"will serve as|is named|is appointed|will be named|will remain|remains|will be)")

CUES: list[Cue] = [
    # -- investments ---------------------------------------------------------
    # (not "X, a lab started by former ⟦Google⟧ engineers, has raised": a name modifying a noun is no subject)
    Cue(INVESTED, rf"{{tgt:C}}(?!\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,)~~\b{_RAISE}\b~~\b(?:led by|co-led by|from investors including|from|backed by|"
        r"with participation from|including|with backing from|with support from)\s+(?:investors\s+(?:such as|including)\s+)?"
        r"{inv:Cs}", "inv", "tgt"),
    # -- acquisitions --------------------------------------------------------
    # (not "will buy Intel common stock", shares bought, which the investments below read; nor "bought Nvidia chips")
    # (nor a name in another phrase's object: "regained ground against rival Ericsson and agreed to buy X" is not Ericsson's)
    Cue(ACQUIRED, rf"(?<!\brival )(?<!\brivals )(?<!\bagainst )(?<!\bwith )(?<!\bfrom ){{buyer:E}}~~\b{_BUY}\s+(?:the startup\s+|AI startup\s+|startup\s+|rival\s+)?{{tgt:C}}"
        + NOT_THE_COMPANY_EN, "buyer", "tgt"),
    # -- employment ------------------------------------------------------------
    # "X, OpenAI's chief executive" (but "X, Y Combinator co-founder Z": the title is Z's)
    Cue(WORKS_AT, rf"{{p:P}},\s+{{c:C}}{POSS}?\s+{MOD}{ROLE}(?!\s+⟦[PU])", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_JOIN_FUTURE}\s+{{c:C}}", "p", "c", "incoming"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+{{p:P}}(?:(?:\s+as|~\bas)?\s+(?:its\s+)?(?:new\s+)?{MOD}{ROLE})?", "p", "c",
        "current"),
    # -- competition and partnership --------------------------------------------
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:competes|compete|competing|will compete|rivals)\s+(?:directly\s+|head-to-head\s+)?"
        r"(?:with\s+)?{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, rf"{{a:C}}{POSS}\s+(?:main\s+|chief\s+|biggest\s+|closest\s+|key\s+|larger\s+)?(?:rival|rivals|"
        r"competitor|competitors),?\s+(?:such as\s+|including\s+|like\s+)?{b:Cs}", "a", "b"),
    # -- more investments ------------------------------------------------------
    # shares handed to an investor: "AMD issued OpenAI a warrant for up to 160 million shares", "OpenAI will receive
    # $350 million worth of CoreWeave stock"
    Cue(INVESTED, r"{tgt:C}~~\b(?:issued|issues|will issue|granted|grants|will grant|gave|gives|will give)\s+{inv:Es}\s+"
        r"(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:warrants?|shares|stock|equity|stake)\b", "inv", "tgt",
        keys=frozenset({"warrant", "warrants", "shares", "stock", "equity", "stake"})),
    Cue(INVESTED, r"{inv:Es}~~\b(?:will receive|received|receives|is receiving|gets|got|will get|is getting|was granted)\s+"
        r"(?:(?:⟦\$\d+⟧|[\w\-]+)\s+){0,4}?(?:worth\s+of\s+|in\s+)?{tgt:C}(?:'s|’s)?\s+(?:stock|shares|equity)\b",
        "inv", "tgt", keys=frozenset({"stock", "shares", "equity"})),
    # shares bought: "Nvidia will buy Intel common stock at $23.28 a share", "agreed to buy a large block of Cerebras shares"
    Cue(INVESTED, r"{inv:Es}~~\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|pick up|picked up)\s+"
        r"(?:(?:⟦\$\d+⟧|[\w\-]+)\s+){0,4}?(?:worth\s+of\s+|of\s+)?{tgt:C}(?:'s|’s)?\s+(?:common\s+|ordinary\s+|preferred\s+)?"
        r"(?:stock|shares)\b", "inv", "tgt", keys=frozenset({"stock", "shares"})),
    # a share told by its size alone: "Meta bought 49% of Scale AI", "will own 100% of the startup"
    Cue(INVESTED, r"{inv:E}?~~\b(?:bought|buys|buy|acquired|acquires|acquire|took|takes|take|owns|own|holds|hold|held|"
        r"purchased|purchases|picked up|picks up)\s+(?:(?:about|around|nearly|roughly|almost|more than|another|an additional)\s+)?"
        r"⟦%\d+⟧\s+(?:stake\s+)?(?:of|in)\s+{tgt:C}", "inv", "tgt",
        keys=frozenset({"bought", "buys", "buy", "acquired", "acquires", "acquire", "took", "takes", "take", "owns", "own",
                        "holds", "hold", "held", "purchased", "purchases", "picked", "picks"})),
    # ... and by the price paid for it: "Meta paid $14.3 billion for 49% of Scale AI", "agreed to pay $11 billion for a
    # 49% stake in the venture" (a price paid for the whole company is a purchase, read below)
    Cue(INVESTED, r"{inv:E}~~\b(?:paid|pays|pay|paying)\s+(?:(?:about|around|roughly|nearly|some|more than|up to)\s+)?"
        r"⟦\$\d+⟧\s+(?:in\s+cash\s+)?for\s+(?:a|an|another|its)?\s*(?:(?:about|around|roughly|nearly|almost|more than)\s+)?⟦%\d+⟧\s+"
        r"(?:(?:minority|majority|controlling)\s+)?(?:stake\s+|holding\s+|interest\s+|shareholding\s+)?(?:of|in)\s+{tgt:C}",
        "inv", "tgt", keys=frozenset({"paid", "pays", "pay", "paying"})),
    # a joint venture's parents own it: "X and Y formed a joint venture called Z", "Z, a joint venture between X and Y"
    Cue(INVESTED, r"{inv:Es}?~~\b(?:formed|form|forms|created|create|creates|set up|sets up|launched|launch|launches|"
        r"established|establish|unveiled)\s+(?:a|an|the|their)\s+(?:new\s+)?(?:[\w\-]+\s+)?joint venture,?\s+"
        r"(?:called|named|dubbed|known as)\s+{tgt:C}", "inv", "tgt", keys=frozenset({"joint"})),
    Cue(INVESTED, r"{tgt:C},?\s+(?:a|an|the|their)\s+(?:[\w\-]+\s+)?joint venture\s+(?:between|of|owned by|formed by)\s+{inv:Es}",
        "inv", "tgt", keys=frozenset({"joint"})),
    # money between the participle and its giver: "X, backed by billions of dollars from Microsoft", "X's
    # chatbot, funded with $300 million from Y" (a product's backers back its maker)
    Cue(INVESTED, r"{tgt:C}(?:['’]s\s+[\w\-]+(?:\s+[\w\-]+){0,2}?)?,?\s+(?:which\s+(?:is|was|has been)\s+|(?:is|was|has been)\s+)?"
        r"(?:backed|funded|financed|bankrolled)\s+(?:with|by)\s+(?:⟦\$\d+⟧|(?:billions|millions|hundreds of millions|"
        r"tens of millions)\s+of\s+dollars)(?:\s+in\s+[\w\-]+(?:\s+[\w\-]+)?)?\s+from\s+{inv:Es}", "inv", "tgt",
        keys=frozenset({"backed", "funded", "financed", "bankrolled"})),
    # (past a description of the company: "Scale AI, the data-labeling startup in which Meta invested $14 billion")
    Cue(INVESTED, r"{tgt:C},?\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){1,4}?)?in which\s+{inv:Cs}~~\b(?:invested|has invested|"
        r"had invested|holds|owns|took)\b",
        "inv", "tgt"),
    # (a time may come between, and a relative pronoun: "its Series B round in 2023, which was led by X"; backers are
    # told as leaders are: "valued at $4.5 billion in a 2023 funding round backed by X and Y", "funded by US firms X")
    Cue(INVESTED, r"(?:{tgt:C}(?:'s|’s)\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,4}?)?\b(?:round|funding|financing)(?:\s+(?:in|last|this|"
        r"earlier)\s+[^,⟦.;]{1,25}?|" + _AGO + r")?(?:\s+(?:was\s+)?|"
        r",\s+(?:which|that)\s+was\s+|,\s+)(?:led|co-led|backed|funded|financed)\s+by\s+(?:(?:[\w\-]+\s+){0,2}?(?:firms|"
        r"investors|funds|groups|companies)\s+)?{inv:Es}", "inv", "tgt?"),
    Cue(INVESTED, r"\b(?:existing|new|other)?\s*(?:investors|backers)\s+{inv:Es},?\s+(?:also\s+)?(?:took part|participated|"
        r"joined|invested)\b(?:[^.;⟦]{0,30}?,?\s+(?:alongside|along with|together with)\s+(?:(?:existing|new|other|"
        r"returning)\s+)?(?:(?:investors?|backers?)\s+)?{more:Es})?", "inv,more", "tgt?"),
    # (or are them, when the sentence names no company: "TLV Partners and S Capital were also investors.")
    Cue(INVESTED, r"{inv:Es},?\s+(?:were|was)\s+(?:also\s+)?(?:among\s+(?:the\s+)?(?:\w+\s+)?(?:backers|investors|participants)|"
        r"(?:early\s+)?(?:backers|investors)(?=\s*[.;]))", "inv", "tgt?"),
    Cue(INVESTED, r"\b(?:and\s+)?{inv:Es}\s+among\s+(?:its|their|⟦C\d+b?⟧)\s+(?:\w+\s+)?(?:shareholders|investors|backers)",
        "inv", "tgt?"),
    Cue(INVESTED, r"{tgt:C}~~,\s+{inv:Es}\s+among\s+(?:the\s+)?(?:backers|investors)", "inv", "tgt"),
    # a round's participants as its verb's object: "The round included X, Y and Z", "The deal also drew X"
    # (its leader may stand between: "The round, led by X, also drew Y")
    # (a part of a round, or a round told by its series, is a round too: "That tranche included X", "The Series B drew Y")
    # (or a relative clause, maybe after a time: "Series B round a year ago, which was led by X and included Y")
    Cue(INVESTED, r"(?:{tgt:C}(?:'s|’s)\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,4}?)?"
        r"\b(?:round|funding|financing|raise|fundraise|investment|tranche|Series [A-H])(?:,\s+(?:led|co-led)\s+by\s+[^,;]{1,80}?,|"
        rf"(?:{_AGO})?,\s+(?:which|that)\s+was\s+(?:led|co-led)\s+by\s+[^,;.]{{1,80}}?\s+and)?"
        r"\s+(?:also\s+)?(?:included|includes|drew|draws|"
        r"attracted|featured|saw participation from|had participation from|was joined by|brought in)\s+(?:(?:existing|new|"
        r"returning|other)\s+(?:investors|backers)\s+)?(?:such as\s+|including\s+)?{inv:Es}", "inv", "tgt?",
        keys=frozenset({"round", "funding", "financing", "raise", "fundraise", "investment", "tranche", "series"})),
    # "Accel led Vertex's $50 million Series B", "Accel and Index co-led the round"
    Cue(INVESTED, r"{inv:Es}\s+(?:also\s+)?(?:co-led|led|co-leads|leads)\s+{tgt:C}(?:'s|’s|'|’)\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,4}?"
        r"(?:round|funding|financing|raise|Series [A-H])\b", "inv", "tgt", keys=frozenset({"led", "co-led", "leads"})),
    # (and who took part in it: "Nvidia participated in Perplexity's latest round", "also joined Mistral's Series B")
    Cue(INVESTED, r"{inv:Es}\s+(?:also\s+)?(?:participated|participates|took part|takes part|joined|joins|co-invested)\s+"
        r"(?:in\s+)?{tgt:C}(?:'s|’s|'|’)\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,4}?(?:round|funding|financing|raise|Series [A-H])\b",
        "inv", "tgt", keys=frozenset({"participated", "participates", "took", "takes", "joined", "joins", "co-invested"})),
    # (and who joined the leader: "Accel led the round, joined by Index", "..., which also drew Sequoia")
    Cue(INVESTED, r"{inv:Es}\s+(?:also\s+)?(?:co-led|led)\s+the\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,3}?(?:round|financing|funding|"
        r"raise|investment)\b(?!\s+(?:in|of|for|into)\s+⟦)(?:,?\s+(?:joined by|alongside|along with|with participation from|"
        r"which also (?:drew|included|attracted|featured)|which (?:drew|included|attracted|featured))\s+"
        r"(?:(?:existing|new|other|returning)\s+(?:investors|backers)\s+)?{more:Es})?", "inv,more", "tgt?",
        keys=frozenset({"led", "co-led"})),
    Cue(INVESTED, r"\b(?:participants|investors|backers)\s+in\s+the\s+(?:round|funding|financing|raise)\s+(?:also\s+)?"
        r"(?:included|include|were|are)\s+{inv:Es}", "inv", "tgt?", keys=frozenset({"participants", "investors", "backers"})),
    # "Other participants included X and Y", "The funding came from X, Y and Z"
    Cue(INVESTED, r"\b(?:[Oo]ther|[Nn]ew|[Aa]dditional)\s+(?:participants|investors|backers)\s+(?:also\s+)?"
        r"(?:included|include|were|are)\s+{inv:Es}", "inv", "tgt?", keys=frozenset({"participants", "investors", "backers"})),
    Cue(INVESTED, r"\b(?:round|funding|financing|money|capital|investment|raise)\s+(?:also\s+)?came\s+from\s+"
        r"(?:(?:existing|new|other|returning)\s+)?(?:(?:investors|backers)\s+)?(?:(?:such as|including|like)\s+)?{inv:Es}",
        "inv", "tgt?", keys=frozenset({"came"})),
    # -- more employment -----------------------------------------------------------
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_BECOME}\s+(?:the\s+)?(?:new\s+)?(?:{{c:C}}{POSS}?\s+)?{MOD}{ROLE}(?!\s+(?:of|at)\b)",
        "p", "c?"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:who|which)\s+(?:previously|formerly|once)\s+(?:led|ran|headed|worked at|worked for|"
        r"served at|managed)~~\b(?:at|of|for)?\s*{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:will lead|will head|will run|to lead|to head|will oversee)\b~~\b(?:at|of)\s+{c:C}", "p", "c",
        "incoming"),
    Cue(WORKS_AT, rf"{{c:C}}{POSS}\s+(?:hiring|hire|appointment|recruitment|poaching)\s+(?:[\w ]{{0,20}}\s+)?of\s+{{p:P}}",
        "p", "c", "current"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:a|the)\s+(?:partner|managing partner|general partner|founding partner)\s+(?:at|of|with)\s+"
        r"{c:C}", "p", "c", "current"),
    # -- more founders ---------------------------------------------------------------
    # (not a name that modifies a noun after an article: "Anthropic, the OpenAI rival founded by X" is Anthropic's)
    Cue(FOUNDED, r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bThe )(?<!\bA )(?<!\bAn ){c:C},?~~\b(?:co-?founded|founded|started)\s+"
        r"(?:in\s+\d{4}\s+|last year\s+|this year\s+)?by\s+"
        r"(?:(?:former|ex-)\s+)?(?:⟦C\d+b?⟧\s+)?(?:[\w\-]+\s+){0,3}?{p:Ps}"
        # "... by X, Y and two computer vision researchers, Z, a professor at U, and W"
        r"(?:,?\s+and\s+(?:two|three|four|several|other)\s+(?:[\w\-]+\s+){0,3}?(?:researchers|engineers|scientists|"
        r"students|executives|professors|colleagues|friends),\s+{p2:Ps})?", "p,p2?", "c"),
    # "founded in 2020 by X, its chief executive, along with Y, the chief technology officer, Z and W".
    Cue(FOUNDED, r"{c:C},?~~\b(?:co-?founded|founded|started|set up|created)\b[^.;⟦]{0,40}?\bby\s+⟦[PU]\d+⟧"
        r"[^.;]{0,160}?,?\s+(?:along|together)\s+with\s+{p:Ps}", "p", "c"),
    # "founded in 2021 by former OpenAI employees, including its CEO, Dario Amodei": the named among a group.
    Cue(FOUNDED, r"{c:C},?~~\b(?:co-?founded|founded|started|set up|created)\s+(?:in\s+\d{4}\s+)?by\s+"
        r"(?:a\s+(?:small\s+)?(?:group|team|handful|trio|pair)\s+of\s+)?(?:(?:former|ex-|two|three|four|several)\s+)*"
        r"(?:⟦C\d+b?⟧\s+)?(?:[\w\-]+\s+){0,2}?(?:employees|researchers|engineers|executives|veterans|alumni|"
        r"scientists|staffers|colleagues)\b,?\s+(?:including|led by|headed by|among them|such as)\s+"
        r"(?:⟦C\d+b?⟧\s+(?:[\w\-]+\s+){0,2}?[\w\-]+,\s+)?{p:Ps}", "p", "c"),
    # (the others may be described first: "with fellow roboticists X and Y", "with two of his students, X and Y",
    # "with fellow MIT roboticists X and Y")
    Cue(FOUNDED, r"{p:P}~~\b(?:founded|co-founded|cofounded|started|set up|established)\s+{c:C}~~\b(?:together with|along with|with)\s+"
        r"(?:[\w\-]+\s+|⟦C\d+b?⟧\s+){0,5}?(?:[\w\-]+,\s+)?{p2:Ps}",
        "p,p2", "c"),
    # -- more clients ---------------------------------------------------------------
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:named|chose|selected|picked|designated|made)\s+{v:C}\s+(?:as\s+)?(?:its|their|⟦C\d+b?⟧)\s+"
        r"(?:[\w\-]+\s+){0,5}?(?:provider|supplier|vendor|partner)", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:will remain|remains|is|became|will be)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:provider|supplier|"
        r"vendor)\s+(?:for|to|of)\s+{cl:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:pulling back from|pulled back from|pulls back from|pull back from|winding down (?:its )?"
        r"(?:work|business) with)\s+{v:C}", "cl", "v", "reducing"),
    # -- more competition and partnership ------------------------------------------
    Cue(COMPETES_WITH, rf"{{a:C}},[^⟦]{{0,80}}?\b(?:and\s+)?(?:now\s+|is\s+)?{{b:C}}{POSS}?\s+(?:[\w\.\-]+\s+){{0,4}}?"
        r"(?:rival|competitor)\b", "a", "b"),
    # (not "backs Mistral rival Cohere": a name right before the noun is the rival's, and another cue reads it)
    Cue(COMPETES_WITH, r"(?<!⟧ )(?<!⟧'s )(?<!⟧’s )\b(?:rival|rivals|competitor)\s+{b:C}", "a?", "b"),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:rivals|competitors)\s+(?:such as|including|like)\s+{b:Cs}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:team up|teams up|teamed up|teaming up|will team up|jointly develop|will jointly develop|"
        r"co-develop)\s+(?:with\s+{b:C})?", "a", "b?"),
    # both partners as the subject of work done jointly: "X and Y said they would jointly develop chips" (the
    # pronoun that takes the pair up again is no new subject here)
    Cue(PARTNERS_WITH, r"{a:C}\s+and\s+{b:C}\s+(?:[^⟦.;]{0,60}?\s+)?(?:jointly|together)\s+(?:develop|build|built|design|create|"
        r"launch|market|deploy|research|offer|operate|work on)\w*\b", "a", "b", keys=frozenset({"jointly", "together"})),
    # a company that joins others to start something with them: "SoftBank joined OpenAI and Oracle to announce
    # Stargate", "joined Nvidia in launching the consortium"
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:joined|joins|join|has joined|will join|is joining)\s+{b:Cs}\s+(?:to\s+(?:announce|"
        r"launch|form|build|create|develop|unveil|set up|start|establish)|in\s+(?:announcing|launching|forming|building|"
        r"creating|developing|unveiling|setting up|starting|establishing))\b", "a", "b",
        keys=frozenset({"joined", "joins", "join", "joining"})),
    # both rivals as the subject of a reciprocal verb: "OpenAI and Anthropic compete for enterprise customers"
    Cue(COMPETES_WITH, r"{a:C}\s+and\s+{b:C}(?:,[^⟦,;.]{1,60},)?\s+(?:also\s+|now\s+|still\s+|both\s+|directly\s+|"
        r"increasingly\s+|already\s+)?(?:compete|competed|are competing|have competed|have long competed|vie|vied|are vying|"
        r"rival each other|are battling|battle)\b(?!\s+(?:with|against)\s+⟦)", "a", "b",
        keys=frozenset({"compete", "competed", "competing", "vie", "vied", "vying", "rival", "battling", "battle"})),
    Cue(WORKS_AT, rf"\band\s+(?:served|had served)\s+as\s+(?:{{c:C}}{POSS}?\s+)?{MOD}{ROLE}", "p?", "c", "former"),
    # (a second verb of the same subject: "was previously president of Google China and before that worked at Microsoft
    # and Apple", "founded X in 2020 and previously worked at Google")
    Cue(WORKS_AT, r"\band\s+(?:before that\s+|previously\s+|earlier\s+|once\s+|had\s+)?(?:worked|had worked)\s+(?:at|for)\s+{c:Cs}",
        "p?", "c", "former", keys=frozenset({"worked"})),
    # (the present holds the post now: "who also founded Econet and serves as Cassava's chairman")
    Cue(WORKS_AT, rf"\band\s+(?:now\s+|also\s+|still\s+)?serves\s+as\s+(?:{{c:C}}{POSS}?\s+)?{MOD}{ROLE}", "p?", "c", "current"),
    # (the possessive may be "its", masked as its company: "who co-founded Silo AI in 2017 and is its chief executive")
    Cue(WORKS_AT, rf"\band\s+(?P<verb>is|was)\s+(?:now\s+)?(?:the\s+)?{{c:C}}{POSS}?\s+{MOD}{ROLE}", "p?", "c"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:who\s+)?(?:previously|formerly|once)\s+(?:led|ran|headed|worked at|worked for|served at|"
        r"managed)~~\b(?:at|of|for)?\s*{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:Ps}~~\b(?:will join|is joining|are joining|joins|is set to join|are set to join|agreed to join|"
        r"will move to)\s+{c:C}", "p", "c", "incoming"),
    Cue(FOUNDED, r"{c:C},\s+(?:the|a|an)\s+[\w\- ]{0,40}?\s+{p:P}\s+(?:had\s+|has\s+|once\s+|previously\s+|later\s+)?"
        r"(?:co-?founded|founded|cofounded|helped (?:to\s+)?(?:start|found)|started|set up)"
        r"(?:\s+(?:in\s+\d{4}\s+)?(?:together with|along with|with)\s+(?:[\w\-]+\s+|⟦C\d+b?⟧\s*){0,8}?"
        r"(?:[\w\-]+,\s+|⟦C\d+b?⟧,\s+)?{p2:Ps})?", "p,p2?", "c"),
    Cue(WORKS_AT, rf"\band\s+{{p:P}}\s+{{c:C}}{POSS}?\s+{MOD}{ROLE}\b", "p", "c"),
    # (how close may be told in a word or two, and the rivals as examples of a kind: "puts Workday in more direct
    # competition with X and Y", "in competition with well-funded humanoid makers such as X")
    Cue(COMPETES_WITH, r"{a:C}~~\bin\s+(?:(?:more|less|increasingly|ever)\s+)?(?:direct\s+|head-on\s+|close\s+|fierce\s+|"
        r"stiff\s+|open\s+|increasing\s+|growing\s+)?competition\s+with\s+(?:(?:[a-z][\w\-]*\s+){1,3}?(?:such as|including|"
        r"like)\s+|(?:(?!(?:each|one|for|to|in|on|at|from|over|by|of)\b)[a-z][\w\-]*\s+){1,2}?)?{b:Cs}", "a", "b"),
    # (also in a relative clause and side by side: "X and Y, who previously worked together at Z"; the past alone says
    # it too after "who": "founded by X and Y, who worked together at Meta")
    Cue(WORKS_AT, r"{p:Pl},?\s+(?:who\s+)?(?:both\s+|all\s+)?(?:(?:previously|formerly|once|had)\s+|(?<=who )(?=worked))"
        r"(?:worked|been|were)"
        r"(?:\s+(?:together|side by side|alongside each other))?\s+(?:at|for)\s+{c:C}", "p", "c", "former"),
    # a round's participants named after it: "with participation from X and Y", "con la participación de X"
    # (the backers may come as a group: "a fresh investment from a group that includes X, Y and Z")
    Cue(INVESTED, r"\b(?:participation|backing|support|money|funding|capital|"
        r"investment(?=\s+from\s+a\s+(?:[\w\-]+\s+)?group\b))\s+(?:also\s+)?(?:from|of|by)\s+"
        r"(?:(?:existing|new|other|returning)\s+)?(?:(?:investors?|backers?)\s+)?(?:(?:such as|including|like)\s+|"
        r"a\s+(?:[\w\-]+\s+)?group\s+(?:of\s+[\w\-]+(?:\s+[\w\-]+)?\s+)?(?:that|which)\s+(?:includes|included|include)\s+)?"
        r"{inv:Es}(?!\s*(?:in|into|to)\s+⟦)", "inv", "tgt?"),
    # a career somewhere: "after a long career at Broadcom", "spent 16 years at Google", "his role as CEO of X"
    # (also past the company of the person's own clause: "X, who co-founded Adept after stints at ...", "X takes
    # the helm at Intel after eight years at Cadence")
    Cue(WORKS_AT, r"{p:P}(?:(?:,\s+who)?\s+(?:[a-z0-9][\w\-]*\s+){1,4}⟦[CU]\d+b?⟧)?~~\b(?:after|following|before)\s+"
        r"(?:(?:a|an|his|her|their|nearly|more than|almost)\s+)*"
        r"(?:[\w\-]+\s+){0,2}?(?:career|stint|stints|spell|tenure|years|decade|decades)(?:\s+(?:this|last|that)\s+year)?"
        rf"(?:\s+as\s+{MOD}{ROLE})?\s+(?:at|in|with)\s+{{c:Cs}}", "p", "c", "former"),
    # "Netflix, where Reid also worked", "Intel, where she rose to president": a past job told by the place
    Cue(WORKS_AT, r"{c:C},\s+where\s+{p:Ps}\s+(?:also\s+|previously\s+|once\s+|later\s+|eventually\s+)?"
        r"(?:worked|had worked|spent|had spent|rose|started|began)\b", "p", "c", "former", keys=frozenset({"where"})),
    # (and a current one told in the present: "Meta, where she works as a researcher", "where he now serves as CFO")
    Cue(WORKS_AT, r"{c:C},\s+where\s+{p:Ps}\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:works|serves)\b", "p", "c",
        "current", keys=frozenset({"where"})),
    # (what the years were spent as or on may come first: "spent more than a decade as chief product manager at the X")
    Cue(WORKS_AT, r"{p:P}~~\b(?:spent|had spent)\s+(?:[\w\-]+\s+){1,4}?(?:(?:as|working)\s+(?:[\w\-]+\s+){1,6}?)?"
        r"(?:at|with)\s+(?:the\s+)?{c:C}", "p", "c", "former"),
    # "who created Iceberg while working at Netflix", "after working as a hardware engineer at Samsung and AMD", "after
    # working on AI research at Apple" (a few words of what the work was may stand before the employers)
    # (also past the company of the person's own clause: "X, who co-founded Furiosa in 2017 after working at ...")
    Cue(WORKS_AT, r"{p:Ps}(?:,\s+who\s+(?:[a-z][\w\-]*\s+){1,3}⟦[CU]\d+b?⟧)?~~\b(?:while|when|after|before)\s+(?:working|employed|they were|he was|she was)\s+"
        r"(?:(?:as|on)\s+(?:[\w\-]+\s+){1,4}?)?(?:at|for)\s+{c:Cs}", "p", "c", "former"),
    Cue(WORKS_AT, rf"{{p:P}}?~~\b(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:role|position|post|job)\s+as\s+{MOD}{ROLE}\s+"
        rf"(?:of|at)\s+{{c:C}}", "p?", "c", "current"),
    # ... past the person's relative clause ("X, who runs it as chief executive alongside his role as CEO of Y")
    Cue(WORKS_AT, rf"{{p:P}},\s+who\s+[^⟦.;]{{0,60}}?\b(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:role|position|post|job)\s+as\s+"
        rf"{MOD}{ROLE}\s+(?:of|at)\s+{{c:C}}", "p", "c", "current"),
    # participants named with no company: "Bpifrance also took part, as did Redpoint and Index Ventures"
    Cue(INVESTED, r"{inv:Es}\s+(?:also\s+|too\s+|all\s+|both\s+)?(?:took part|take part|participated|participate|chipped in|"
        r"piled in|pile in|came in|joined in|co-invested|joined as (?:[\w\-]+\s+){0,2}?(?:investors?|backers?)|joined the (?:round|financing|funding|raise))\b(?!\s+(?:in|into)\s+⟦)(?:,?\s+(?:alongside|along with|"
        r"together with)\s+{more:Es})?", "inv,more", "tgt?"),
    Cue(INVESTED, r"\b(?:took part|participated|invested|chipped in)\b[^.;]{0,40}?,\s+as did\s+{inv:Es}", "inv", "tgt?"),
    # where a person comes from: "who joined OpenAI from Intel", "both come from Meta Platforms"
    # (past the person's apposition that a relative ends: "X, a co-founder of DeepMind who joined Microsoft from Y")
    Cue(WORKS_AT, r"{p:Ps}(?:,\s+(?:a|an|the)\s+(?:[^,;⟦]|⟦[CU]\d+b?⟧){1,60}?\s+who\b)?~~\b(?:join|joins|joined|joining|"
        r"has joined|will join|is joining|moved to|moves to|jumped to|"
        r"defected to|came to|comes to|returned to)\s+⟦[CU]\d+b?⟧\s+(?:[^⟦.;]{0,40}?\s+)?from\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:Ps}\s*,?\s+(?:who\s+)?(?:both\s+|all\s+|also\s+)?(?:come|comes|came|hail|hails|hailed|arrive|arrives|"
        r"arrived|defected)\s+from\s+{c:C}", "p", "c", "former"),
    # "June Paik, a former Samsung Electronics and AMD engineer" (or "who is a former ..."): a past job named by
    # the company and the work ("a former Sequoia Capital partner": a person's partnership is a seat at a firm)
    Cue(WORKS_AT, r"{p:P},\s+(?:who\s+(?:is|was)\s+)?(?:a|an|the)\s+(?:former|onetime|one-time|ex-)\s*(?P<c>⟦C\d+b?⟧(?:(?:,\s*|,?\s+and\s+)⟦C\d+b?⟧)*)(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:engineers?|researchers?|scientists?|executives?|employees?|managers?|directors?|vice president|VP|"
        r"staffers?|veterans?|leaders?|heads?|officials?|lawyers?|designers?|developers?|analysts?|economists?|partners?)\b",
        "p", "c", "former"),
    # "Mara Quint, a 20-year veteran of Cisco, ...": a long past at a company
    Cue(WORKS_AT, r"{p:P},\s+(?:who\s+is\s+)?(?:a|an)\s+(?:[\w\-]+\s+){0,2}?veteran\s+of\s+{c:Cs}", "p", "c", "former"),
    # a contract whose purpose says who sells: "Nscale has signed an agreement with Microsoft to supply it with"
    Cue(CLIENT_OF, r"{v:C}~~\b(?:signed|has signed|had signed|inked|has inked|struck|has struck|reached|agreed|won|"
        r"landed|secured)\s+(?:an?\s+|the\s+)?(?:[^⟦.;\s]+\s+){0,4}?(?:agreement|contract|deal)\s+with\s+(?:the\s+)?{cl:C}"
        r"\s+(?:[^⟦.;]{0,40}?\s+)?to\s+(?:supply|provide|deliver|sell|rent|lease|build)\b", "cl", "v", "active",
        keys=frozenset({"supply", "provide", "deliver", "sell", "rent", "lease", "build"})),
    # a price paid for a whole company: "agreed to pay $15.3 billion, or $63.54 a share, for Mobileye"
    # "agreed to pay CoreWeave $2 billion for computing capacity": a vendor paid for goods
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:pay|paid|pays|paying)\s+{v:C}\s+(?:about\s+|around\s+|roughly\s+|more than\s+|up to\s+)?"
        r"⟦\$\d+⟧\s+(?:for|to)\s+(?:[\w\-]+\s+){0,4}?" + GOODS, "cl", "v", "active",
        keys=frozenset({"pay", "paid", "pays", "paying"})),
    Cue(ACQUIRED, r"{buyer:E}~~\b(?:agreed to pay|paid|pays|paying|will pay|would pay|to pay|is paying)\s+"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|up to\s+|an estimated\s+)?"
        r"⟦\$\d+⟧(?:,?\s+or\s+⟦\$\d+⟧\s*(?:a|per)\s+share(?:\s+in\s+cash)?,?)?\s+for\s+{tgt:C}(?!\s*['’]s\b)",
        "buyer", "tgt", keys=frozenset({"pay", "paid", "pays", "paying"})),
    # a company sold to its buyer: "Galileo Technology, sold to Marvell in 2000"
    Cue(ACQUIRED, r"{tgt:C},?\s+(?:[^⟦;]{0,60}?\s+)?(?:and\s+)?(?:later\s+|eventually\s+|since\s+|then\s+|was\s+)?"
        r"sold\s+to\s+{buyer:E}", "buyer", "tgt", keys=frozenset({"sold"})),
    # ... and told by its seller: "SK Telecom sold its chip unit Sapeon to Rebellions", "agreed to sell X to Y"
    # (never a stake: "sold its stake in X to Y" is no purchase of X)
    Cue(ACQUIRED, r"\b(?:sold|sells|sell|selling|offloaded|offloads|offload|divested|divests|divest)\s+"
        r"(?!(?:[\w\-]+\s+){0,3}?(?:stake|stakes|shares|holding|holdings|interest)\b)(?:(?:its|their|the|a)\s+)?"
        r"(?:[\w\-]+\s+){0,3}?(?:[\w\-]+,\s+)?{tgt:C}(?:,[^,;⟦]{0,60},)?,?\s+to\s+{buyer:E}", "buyer", "tgt",
        keys=frozenset({"sold", "sells", "sell", "selling", "offloaded", "offloads", "offload", "divested", "divests",
                        "divest"})),
    # ... and as "it" after a coordinated verb: "founded Ticketea in 2009 and sold it to Eventbrite"
    Cue(ACQUIRED, r"{tgt:C}[^⟦.;]{0,60}?\s+and\s+(?:(?:later|then|eventually|finally)\s+)?(?:sold|sells|will sell|has sold|"
        r"had sold)\s+it\s+to\s+{buyer:E}", "buyer", "tgt", keys=frozenset({"sold", "sells", "sell"})),
]

# a job in a relative clause: "X, who is the company's president", "Y, who serves as its chairman", "X, the former
# Scale AI chief executive who became Meta's chief AI officer"
# (also after the person's own apposition: "X, a former Samsung engineer who is its chief executive", "Renee James, a
# former president of Intel, who is its chief executive")
CUES.append(Cue(WORKS_AT, rf"{{p:P}},\s+(?:(?:a|an|the)\s+(?:[^⟦,;]{{0,30}}?⟦C\d+b?⟧)*[^⟦,;]{{0,30}}?,?\s+)?who\s+(?P<verb>is|was|has been|had been|remains|serves as|served as|will be|"
                rf"became|has become|becomes|will become|had become)\s+"
                rf"(?:(?:now|also|still)\s+)?(?:{{c:C}}{POSS}?\s+|the\s+(?:company|startup|firm|group|lab|business)"
                rf"(?:'s|’s)\s+)?{MOD}{ROLE}(?![\w\s\-]{{0,30}}?\b(?:of|at|for|in|with)\s+⟦)", "p", "c?", keys=frozenset({"who"})))
# a founder in apposition with the company unsaid: "Daniel Levy, another co-founder, will ..."
CUES.append(Cue(FOUNDED, r"{p:P},\s+(?:another|a|the other|a fellow|the third|the second)\s+(?:co-?founder|cofounder|founder)"
                r"(?:\s+and\s+[\w\- ]{1,40}?)?,", "p", "c?", keys=frozenset({"founder", "co-founder", "cofounder"})))
# the second of two hires: "has hired Sarah Friar as its CFO and Kevin Weil as its chief product officer"
_OWNER = r"(?:⟦[CU]\d+b?⟧(?:'s|’s)\s+)?"
CUES.append(Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+{_OWNER}⟦[PU]\d+b?⟧\s+as\s+(?:[^⟦;.]{{0,30}}?⟦C\d+b?⟧)?[^⟦;.]{{0,40}}?,?\s+"
                rf"and\s+{_OWNER}{{p:P}}\s+as\b", "p", "c", "current",
                keys=frozenset({"hired", "hires", "appointed", "appoints", "named", "names", "poached", "tapped",
                                "recruited", "brought"})))
# a hire named by the post held at another company: "Amazon hired Adept's chief executive, David Luan, and several of
# his colleagues" (the hirer's word, not the other company's possessive, tells where the person works now)
CUES.append(Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+(?:away\s+)?⟦[CU]\d+b?⟧(?:'s|’s|'|’)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]+,?\s+"
                r"{p:P}", "p", "c", "current",
                keys=frozenset({"hired", "hires", "appointed", "appoints", "named", "names", "poached", "tapped",
                                "recruited", "brought"})))
# "X, who co-founded Mellanox in 1999 and ran it as chief executive": "it" is the company just named
CUES.append(Cue(WORKS_AT, r"{p:P},?\s+(?:who\s+)?(?:had\s+|has\s+)?(?:co-?founded|founded|started|built|set up|joined)\s+{c:C}"
                r"[^⟦;.]{0,30}?\s+and\s+(?:has\s+|had\s+|still\s+)?(?P<verb>ran|runs|run|led|leads|headed|heads|chairs|chaired)\s+it\b",
                "p", "c", "current", past="former", keys=frozenset({"it"})))
# a company that loses someone loses an employee: "The lab has lost its chief technology officer and co-founder, X"
# ("its" is the company's slot once resolved)
CUES.append(Cue(WORKS_AT, rf"\b(?:lost|loses|losing|lose)\s+(?:(?:a|another|the|one of)\s+)?{{c:C}}{POSS}?\s+"
                rf"(?:(?:top|longtime|long-time|second|third|star|senior|own)\s+)?{ROLE},?\s+{{p:Ps}}", "p", "c", "former",
                keys=frozenset({"lost", "loses", "losing", "lose"})))

# "OpenAI made a similar decision", "X, another senior AI leader, made the same move": the previous claim, with this
# subject (a person for a job, a company for a client: loaders.relations._ellipsis).
ELLIPSIS = (r"{x:E}~~\b(?:(?:made|took|has made|had made)\s+(?:a similar decision|the same decision|a similar move|"
            r"the same move|a similar leap|the same leap|the same jump)|"
            r"did\s+the\s+same)")

# "Mistral AI has raised €600 million": later round participants invest in it.
RAISED = (r"{r:C}?~~\b(?:raised|raises|has raised|had raised|secured|has secured|closed|landed|announced|"
          r"completed|drew|attracted|is raising)\b~~(?:⟦\$\d+⟧|round|funding|financing)")
